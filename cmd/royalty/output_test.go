package main

import (
	"bytes"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/govern"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/routes"
)

var update = flag.Bool("update", false, "rewrite the golden tables in testdata/")

var (
	goldenToken   = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	goldenUnknown = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	goldenPatient = common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	goldenBuyer   = common.HexToAddress("0x70997970C51812dc3A010C7d01b50e0d17dc79C8")
	goldenMsg     = common.HexToHash("0x4d5e")
)

// goldenUnits knows the test token (6 decimals, tUSD) and not goldenUnknown,
// whose amounts stay in base units.
func goldenUnits() *units {
	return &units{known: map[common.Address]relayer.Token{
		goldenToken:   {Address: goldenToken, Symbol: "tUSD", Decimals: 6},
		goldenUnknown: {Address: goldenUnknown},
	}}
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -run TestGoldenTables -update writes it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from %s:\n--- got\n%s--- want\n%s", name, path, got, want)
	}
}

// TestGoldenTables: what people read, byte for byte: the epoch, receipt,
// proof, pricing and governance tables, with amounts in token units
// (0.342 tUSD from 342000 base units, 1.197 tUSD from atto) and, for a token
// that could not be read, in base units naming it.
func TestGoldenTables(t *testing.T) {
	u := goldenUnits()
	stm := &engine.EpochStatements{Epoch: 1, Start: 0, End: 1_796_024_307, Trigger: "calendar",
		Hash: common.HexToHash("0x6a4b"),
		Recipients: []engine.RecipientStatement{{Account: goldenPatient.Hex(), Lines: []engine.RecipientLine{
			{Asset: goldenToken.Hex(), AccruedAtto: "342000000000000000000000", SettledAtto: "342000000000000000000000",
				ReleasedAtto: "0", UnsettledAtto: "18000000000000000000000", Cumulative: "342000"},
			{Asset: goldenUnknown.Hex(), AccruedAtto: "5000000000000000000", SettledAtto: "5000000000000000000",
				ReleasedAtto: "0", UnsettledAtto: "0", Cumulative: "5"}}}},
		Consumers: []engine.ConsumerStatement{{Consumer: goldenBuyer.Hex(), Asset: goldenToken.Hex(), LineItems: 1,
			OwedAtto: "2000000000000000000000000", SettledAtto: "1900000000000000000000000", DepositedAtto: "2000000000000000000000000",
			OutstandingAtto: "100000000000000000000000"}},
	}
	payout := &relayer.Payout{Root: common.HexToHash("0x928b"), ReceiptRoot: common.HexToHash("0x8cee"),
		Fundings: []relayer.Funding{{Consumer: goldenBuyer, Asset: goldenToken, Amount: big.NewInt(1_900_000)}}}
	var b bytes.Buffer
	printClosed(&b, u, stm, payout, 1)
	checkGolden(t, "epoch", b.Bytes())

	b.Reset()
	printReceipt(&b, u, &pipeline.Receipt{ChainID: 31337, Epoch: 1, End: 1_796_024_307, Stage: "activated",
		StatementsHash: common.HexToHash("0x6a4b"), Root: common.HexToHash("0x928b"), ReceiptRoot: common.HexToHash("0x8cee"),
		Transactions: []pipeline.ReceiptTx{{TxRecord: relayer.TxRecord{Action: "fund", Hash: common.HexToHash("0xf1"), Block: 40, GasUsed: 61234}, FeeWei: "61234000000"},
			{TxRecord: relayer.TxRecord{Action: "propose", Hash: common.HexToHash("0xf2"), Block: 41, GasUsed: 90000, DoneElsewhere: true, From: goldenBuyer}, FeeWei: "0"}},
		Fundings: payout.Fundings,
		Payouts: []pipeline.AssetPayout{{Asset: goldenToken, Total: "1900000",
			Route: []pipeline.RouteStep{{Kind: "direct", From: "vault 0x9f", To: "distributor 0xe7", Rate: "1/1"}},
			LineItems: []pipeline.ReceiptLineItem{{EventID: "runbook-1", Consumer: goldenBuyer.Hex(), ValuationVersion: 1, PolicyVersion: 1,
				SnapshotHash: common.HexToHash("0x63a5"), Gross: "2000000", Reserve: "100000", Net: "1900000"}}}},
		Routes: []routes.Run{{Key: "31337/epoch/1/route/a", Epoch: 1, Group: routes.Group{HomeChain: 31337, Asset: goldenToken, ToChain: 31338,
			ToAsset: goldenUnknown, Parts: []routes.Part{{Account: goldenPatient, Amount: *uint256.NewInt(342000)}}},
			Steps: []routes.StepRecord{{Kind: routes.KindSwap, Status: routes.StatusDone, Venue: "uniswap-v2", FromChain: 31337, ToChain: 31337,
				AssetIn: goldenToken, AssetOut: goldenToken, AmountIn: "342000", AmountOut: "341000", Rate: "341000/342000", Fee: "1026",
				TxHashes: []common.Hash{common.HexToHash("0xa1")}},
				{Kind: routes.KindBridge, Status: routes.StatusDone, Venue: "hyperlane-warp", FromChain: 31337, ToChain: 31338,
					AssetIn: goldenToken, AssetOut: goldenUnknown, AmountIn: "341000", AmountOut: "341000", Rate: "1/1", Fee: "0",
					TxHashes: []common.Hash{common.HexToHash("0xa2")}, MessageID: &goldenMsg}}},
			{Key: "31337/epoch/1/route/b", Epoch: 1, Group: routes.Group{HomeChain: 31337, Asset: goldenToken, ToChain: 31337,
				ToAsset: goldenUnknown, Parts: []routes.Part{{Account: goldenBuyer, Amount: *uint256.NewInt(18000)}}},
				Steps: []routes.StepRecord{{Kind: routes.KindSwap, Status: routes.StatusAborted, Venue: "uniswap-v2", FromChain: 31337, ToChain: 31337,
					AssetIn: goldenToken, AssetOut: goldenUnknown, AmountIn: "18000", Reason: "quote 17000 below the minimum 17900"},
					{Kind: routes.KindPay, Status: routes.StatusDone, Venue: "transfer", FromChain: 31337, ToChain: 31337, AssetIn: goldenToken,
						AssetOut: goldenToken, AmountIn: "18000", AmountOut: "18000", TxHashes: []common.Hash{common.HexToHash("0xa3")},
						Reason: "step 1 (swap) was aborted: paid in the original asset on the home chain"}}}}})
	checkGolden(t, "receipt", b.Bytes())

	b.Reset()
	printProofs(&b, u, relayer.AccountProofs{ChainID: 31337, Distributor: common.HexToAddress("0xe7"), Account: goldenPatient,
		Root: common.HexToHash("0x928b"), Entitlements: []relayer.Entitlement{
			{Asset: goldenToken, Cumulative: "342000", Proof: []common.Hash{{1}, {2}}},
			{Asset: goldenUnknown, Cumulative: "5", Proof: []common.Hash{{3}}}}})
	checkGolden(t, "proof", b.Bytes())

	b.Reset()
	printPriced(&b, pipeline.Summary{Seen: 4, Priced: 1, Earlier: 2, Held: 1,
		Pending: []pipeline.Result{{EventID: "ev-9", Outcome: pipeline.Held, Reason: "gross 2000 tUSD is above the maximum of 2.5 tUSD per event"}},
		Limits:  []pipeline.Limit{{Asset: goldenToken, Symbol: "tUSD", MaxGross: "2.5", Base: "2500000"}}})
	checkGolden(t, "price", b.Bytes())

	b.Reset()
	tx := common.HexToHash("0xd0")
	printResults(&b, []govern.Result{
		{Action: "deposit", From: goldenBuyer, Tx: &tx, Block: 35, Gas: 80357, Events: []govern.Event{{Name: "Deposited", Contract: "RevenueVault",
			Fields: []govern.Field{{Name: "consumer", Value: goldenBuyer.Hex()}, {Name: "amount", Value: "2000000", Formatted: "2 tUSD"}}}}},
		{Action: "meter set", InPlace: true},
	})
	checkGolden(t, "govern", b.Bytes())
}
