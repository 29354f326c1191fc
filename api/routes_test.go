package api_test

import (
	"context"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/api"
	"github.com/dataroyalty/royalty/internal/servicetest"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// TestRoutesInReceiptAndStatement: with route runs stored for epoch 1 (the
// states routes.Runner stores, written through the real store on both
// databases: the patient's part swapped and bridged, the Validator's swap
// aborted past the slippage bound, then paid in the original asset at
// home), GET /v1/epochs/1/receipt carries every
// step (kind, venue, chain ids, assets, amounts, rate, fee, transactions,
// message id, status, reason), and each holder's statement says what
// became of its routed payout: the aborted one paid in the original asset
// on the home chain. The routes themselves are not run here (pipeline's
// TestEpochPaidAcrossChains and TestEpochRoutesFailurePaths run them on
// Uniswap V2 and Hyperlane); this checks the API reads what they store.
func TestRoutesInReceiptAndStatement(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		f := servicetest.NewClosed(t, st)
		ctx := context.Background()
		home, usd, synth := f.W.Dep.ChainID, f.W.Token, common.HexToAddress("0x00000000000000000000000000000000000005e7")
		msg, tx, payTx := common.HexToHash("0x77"), common.HexToHash("0x88"), common.HexToHash("0x99")
		runs := []routes.Run{
			{Key: "epoch-1/route/2/" + synth.Hex(), Epoch: 1,
				Group: routes.Group{HomeChain: home, Asset: usd, ToChain: 777, ToAsset: synth, Parts: []routes.Part{{Account: f.Parties.Patient, Amount: *uint256.NewInt(342000)}}},
				Steps: []routes.StepRecord{{Kind: routes.KindBridge, Status: routes.StatusDone, Venue: "hyperlane warp", FromChain: home, ToChain: 777,
					AssetIn: usd, AssetOut: synth, AmountIn: "342000", AmountOut: "342000", Rate: "1/1", Fee: "0", TxHashes: []common.Hash{tx}, MessageID: &msg,
					Delivery: "trusted relayer"}}},
			{Key: "epoch-1/route/1/" + synth.Hex(), Epoch: 1,
				Group: routes.Group{HomeChain: home, Asset: usd, ToChain: home, ToAsset: synth, Parts: []routes.Part{{Account: f.Parties.Validator, Amount: *uint256.NewInt(228000)}}},
				Steps: []routes.StepRecord{{Kind: routes.KindSwap, Status: routes.StatusAborted, Reason: "quote 200000 below the minimum 225720 (slippage 100 bps)",
					Venue: "uniswap-v2", FromChain: home, ToChain: home, AssetIn: usd, AssetOut: synth, AmountIn: "228000", Quote: "200000", MinOut: "225720",
					TxHashes: []common.Hash{}},
					{Kind: routes.KindPay, Status: routes.StatusSkipped, Venue: "transfer", FromChain: home, ToChain: home, AssetIn: synth, AssetOut: synth, TxHashes: []common.Hash{}},
					{Kind: routes.KindPay, Status: routes.StatusDone, Venue: "transfer", FromChain: home, ToChain: home, AssetIn: usd, AssetOut: usd,
						AmountIn: "228000", AmountOut: "228000", TxHashes: []common.Hash{payTx}}}},
		}
		for _, r := range runs {
			raw, err := json.Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if err := st.SaveRouteRun(ctx, store.RouteRunRow{Key: r.Key, ChainID: home, Epoch: 1, State: raw}); err != nil {
				t.Fatal(err)
			}
		}
		c := serve(t, api.Config{Store: st, Dep: f.W.Dep, Chain: f.W.Client})

		var rc pipeline.Receipt
		c.json("/v1/epochs/1/receipt", 200, &rc)
		if len(rc.Routes) != 2 {
			t.Fatalf("receipt routes: %+v", rc.Routes)
		}
		byKey := map[string]routes.Run{}
		for _, r := range rc.Routes {
			byKey[r.Key] = r
		}
		b := byKey[runs[0].Key].Steps
		if len(b) != 1 || b[0].Kind != routes.KindBridge || b[0].Venue != "hyperlane warp" || b[0].FromChain != home || b[0].ToChain != 777 ||
			b[0].AmountIn != "342000" || b[0].AmountOut != "342000" || b[0].Rate != "1/1" || b[0].Fee != "0" || b[0].MessageID == nil || *b[0].MessageID != msg ||
			len(b[0].TxHashes) != 1 || b[0].TxHashes[0] != tx || b[0].AssetIn != usd || b[0].AssetOut != synth {
			t.Fatalf("bridge step in the receipt: %+v", b)
		}
		s := byKey[runs[1].Key].Steps
		if len(s) != 3 || s[0].Status != routes.StatusAborted || s[0].Reason != runs[1].Steps[0].Reason || s[0].Quote != "200000" || s[0].MinOut != "225720" ||
			s[1].Status != routes.StatusSkipped || s[2].Status != routes.StatusDone || s[2].AssetOut != usd {
			t.Fatalf("aborted swap in the receipt: %+v", s)
		}

		var v api.HolderView
		c.json("/v1/accounts/"+f.Parties.Patient.Hex()+"/statement", 200, &v)
		want := "routed: 0.342 tUSD: bridge to chain 777 done, message " + msg.Hex()
		if ep := v.Display.Epochs; len(ep) != 1 || len(ep[0].Routes) != 1 || ep[0].Routes[0] != want || len(v.Statement.Epochs[0].Routes) != 1 {
			t.Fatalf("patient's routes: %+v, want %q", v.Display.Epochs, want)
		}
		c.json("/v1/accounts/"+f.Parties.Validator.Hex()+"/statement", 200, &v)
		want = fmt.Sprintf("routed: swap to %s aborted (%s): 0.228 tUSD paid in tUSD on the home chain %d, tx %s", synth.Hex(), runs[1].Steps[0].Reason, home, payTx.Hex())
		if ep := v.Display.Epochs; len(ep) != 1 || len(ep[0].Routes) != 1 || ep[0].Routes[0] != want {
			t.Fatalf("Validator's routes: %+v, want %q", v.Display.Epochs, want)
		}
		c.json("/v1/accounts/"+f.Parties.DrLin.Hex()+"/statement", 200, &v)
		if ep := v.Display.Epochs; len(ep[0].Routes) != 0 {
			t.Fatalf("Dr Lin was not routed: %+v", ep[0].Routes)
		}
	})
}
