package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/ownershiptoken"
	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/internal/anviltest"
	worked "github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// fundingRun is the issue-9 reproduction's chain side: the builders'
// deposits and the holders' transfers go through the bindings (their own
// tools); everything the operator does goes through the binary.
type fundingRun struct {
	runbook
	ctx    context.Context
	node   *anviltest.Node
	client *ethclient.Client
	dep    deploy.Deployment
	dir    string
	n      int
}

func (f *fundingRun) chain(key *ecdsa.PrivateKey) deploy.Chain {
	return deploy.Chain{Backend: f.client, Auth: bind.NewKeyedTransactor(key, big.NewInt(int64(f.node.ChainID))), Poll: 20 * time.Millisecond}
}

// consumerKey is a fresh account for a consumer (anvil's well-known keys are
// taken by other roles), given gas money.
func (f *fundingRun) consumerKey(name string) *ecdsa.PrivateKey {
	f.t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("issue 9 consumer " + name)))
	if err != nil {
		f.t.Fatal(err)
	}
	if err := f.node.RPC.CallContext(f.ctx, nil, "anvil_setBalance", crypto.PubkeyToAddress(k.PublicKey), "0x56bc75e2d63100000"); err != nil {
		f.t.Fatal(err)
	}
	return k
}

// deposit mints exactly amount to a consumer's wallet and deposits it.
func (f *fundingRun) deposit(key *ecdsa.PrivateKey, token common.Address, amount int64) {
	f.t.Helper()
	f.pay(key, token, amount, false)
}

// pay mints exactly amount to a consumer's wallet and pays it into the vault
// for itself: as a deposit, or with credit as a prepaid credit purchase.
func (f *fundingRun) pay(key *ecdsa.PrivateKey, token common.Address, amount int64, credit bool) {
	f.t.Helper()
	tok, vault := testtoken.NewTestToken(), revenuevault.NewRevenueVault()
	who := crypto.PubkeyToAddress(key.PublicKey)
	what, data := "deposit", vault.PackDeposit(who, token, big.NewInt(amount))
	if credit {
		what, data = "buy credit", vault.PackBuyCredit(who, token, big.NewInt(amount))
	}
	for _, s := range []struct {
		what string
		to   *bind.BoundContract
		data []byte
	}{
		{"mint", tok.Instance(f.client, token), tok.PackMint(who, big.NewInt(amount))},
		{"approve", tok.Instance(f.client, token), tok.PackApprove(f.dep.RevenueVault, big.NewInt(amount))},
		{what, vault.Instance(f.client, f.dep.RevenueVault), data},
	} {
		if _, err := f.chain(key).Transact(f.ctx, s.what, s.to, s.data); err != nil {
			f.t.Fatal(err)
		}
	}
}

func (f *fundingRun) head() uint64 {
	f.t.Helper()
	h, err := f.client.HeaderByNumber(f.ctx, nil)
	if err != nil {
		f.t.Fatal(err)
	}
	return h.Time
}

// mineAfter mines a block with a time of at least ts.
func (f *fundingRun) mineAfter(ts uint64) {
	f.t.Helper()
	if err := f.node.MineAt(f.ctx, max(ts, f.head()+1)); err != nil {
		f.t.Fatal(err)
	}
}

type use struct {
	consumer  common.Address
	qty       int
	valuation int
	mode      string
}

// events has the meter sign the events (times ts, ts+1, …) and the operator ingest them.
func (f *fundingRun) events(ts uint64, evs ...use) {
	f.t.Helper()
	var lines []string
	for i, e := range evs {
		f.n++
		c := e.consumer.Hex()
		lines = append(lines, fmt.Sprintf(`{"id":"ev-%d","consumer":"%s","paymentAccount":"%s","datasetId":"1","datasetVersion":1,"quantity":"%d","unit":"requests","timestamp":%d,"policyRule":"rule-1","valuationVersion":%d,"mode":"%s"}`,
			f.n, c, c, e.qty, ts+uint64(i), e.valuation, e.mode))
	}
	in := filepath.Join(f.dir, fmt.Sprintf("events-%d.jsonl", f.n))
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		f.t.Fatal(err)
	}
	signed := filepath.Join(f.dir, fmt.Sprintf("signed-%d.jsonl", f.n))
	if err := os.WriteFile(signed, f.run(hexKey(4), "sign-event", in), 0o644); err != nil {
		f.t.Fatal(err)
	}
	f.run("", "ingest", signed)
}

// priceSummary is what `royalty price` prints.
type priceSummary struct {
	Priced, Waiting, Rejected, HeldForReview int
	NotPriced                                []struct{ EventID, Outcome, Reason string }
}

// closeAndRelay indexes past end, prices (held events are left to the
// caller), closes the epoch at end and relays it until its root is active;
// it returns the payout's fundings.
func (f *fundingRun) closeAndRelay(epoch, end uint64) []relayer.Funding {
	f.t.Helper()
	f.mineAfter(end + 2)
	f.run("", "index", "--exit-at-head", "--confirmations", "0")
	var sum priceSummary
	if err := json.Unmarshal(f.run("", "price"), &sum); err != nil || sum.Waiting+sum.Rejected != 0 {
		f.t.Fatalf("price: %+v %v", sum, err)
	}
	var closed struct {
		Epoch  uint64
		Payout relayer.Payout
	}
	if err := json.Unmarshal(f.run("", "epoch", "close", "--end", fmt.Sprint(end)), &closed); err != nil || closed.Epoch != epoch {
		f.t.Fatalf("epoch close: %+v %v", closed, err)
	}
	// Fund and propose, let the root's dispute window pass, then activate.
	var prog relayer.Progress
	relay := []string{"relay", "--epoch", fmt.Sprint(epoch), "--confirmations", "1", "--json"}
	if out := f.run(hexKey(0), relay...); json.Unmarshal(out, &prog) != nil || prog.Stage != relayer.StageProposed {
		f.t.Fatalf("relay epoch %d inside the window: %s", epoch, out)
	}
	f.mineAfter(f.head() + rootWindow + 1)
	out := f.run(hexKey(0), append(relay, "--wait", "--poll", "100ms")...)
	if err := json.Unmarshal(out, &prog); err != nil || prog.Stage != relayer.StageActivated {
		f.t.Fatalf("relay epoch %d: %s %v", epoch, out, err)
	}
	return closed.Payout.Fundings
}

func fundedOf(fs []relayer.Funding, consumer, asset common.Address) int64 {
	for _, f := range fs {
		if f.Consumer == consumer && f.Asset == asset {
			return f.Amount.Int64()
		}
	}
	return 0
}

// Issue 9, section 1, through the binary on anvil: consumers that owe more
// than they deposited. Epoch 1: consumer A deposits 45% of what it owes in
// two assets; consumer C pays its standard event in full and has a prepaid
// event with no credit. Epoch 2: ownership changes, A tops up, a TNPL
// consumer B uses data and pays 10,266 of it. Epoch 3: B pays the rest, the
// reserves' windows are over. Every root activates (the old funding rule
// left the distributor short at epoch 1: Insolvent), and once every
// recipient claims, each holds exactly ⌊Σ its exact shares⌋ of every paid
// event, computed here from the stored bundles with the engine's pure
// functions, not from the ledger.
func TestUnderDepositedConsumersPaidExactly(t *testing.T) {
	bin := royaltyBinary(t)
	ctx := context.Background()
	dsn := storetest.DSN(t, "sqlite")
	node := anviltest.Start(t, anviltest.Options{})
	client := ethclient.NewClient(node.RPC)
	node.MineEvery(t, 100*time.Millisecond)
	dir := t.TempDir()
	depFile := filepath.Join(dir, "deployment.json")
	f := &fundingRun{runbook: runbook{t: t, bin: bin, env: []string{"ROYALTY_DB=" + dsn, "ROYALTY_DEPLOYMENT=" + depFile, "ROYALTY_RPC=" + node.URL}},
		ctx: ctx, node: node, client: client, dir: dir}

	operator := f.chain(anviltest.Key(0))
	usd, err := deploy.TestToken(ctx, operator, "Test USD", "tUSD")
	if err != nil {
		t.Fatal(err)
	}
	eur, err := deploy.TestToken(ctx, operator, "Test EUR", "tEUR")
	if err != nil {
		t.Fatal(err)
	}
	f.run(hexKey(0), "deploy", "--out", depFile, "--dispute-window", fmt.Sprint(rootWindow), "--single-key-dev", "--asset", usd.Hex(), "--asset", eur.Hex())
	if f.dep, err = deploy.Load(depFile); err != nil {
		t.Fatal(err)
	}
	const reserveWindow = 20 // seconds a line item's reserve is held
	patient, drLin := addr(2), addr(3)
	newHolder := common.HexToAddress("0x00000000000000000000000000000000000000b7") // buys CF 1 units in epoch 2
	parties := worked.Parties{Patient: patient, DrLin: drLin,
		Validator: common.HexToAddress("0x00000000000000000000000000000000000000a1"),
		Treasury:  common.HexToAddress("0x00000000000000000000000000000000000007e5"),
		Developer: common.HexToAddress("0x00000000000000000000000000000000000000de"), Meter: addr(4)}
	if err := worked.Seed(ctx, operator, f.dep, usd, parties, reserveWindow); err != nil {
		t.Fatal(err)
	}
	gov := governanceconfig.NewGovernanceConfig()
	if _, err := operator.Transact(ctx, "publish tEUR valuation", gov.Instance(client, f.dep.GovernanceConfig),
		gov.PackPublishValuation(big.NewInt(worked.DatasetID), eur, "requests", big.NewInt(3_000), big.NewInt(1), [][32]byte{}, []*big.Int{})); err != nil {
		t.Fatal(err)
	}
	// Consumers: A under-deposits, B is TNPL, C has a prepaid event.
	ka, kb, kc := f.consumerKey("A"), f.consumerKey("B"), f.consumerKey("C")
	a, b, c := crypto.PubkeyToAddress(ka.PublicKey), crypto.PubkeyToAddress(kb.PublicKey), crypto.PubkeyToAddress(kc.PublicKey)

	// The operator holds any tUSD event above 2.5 tUSD for review.
	f.run("", "price", "--max-gross", usd.Hex()+"=2.5")

	// Epoch 1. A owes 2,000,000 tUSD and 1,500,000 tEUR, deposits 45%.
	f.deposit(ka, usd, 900_000)
	f.deposit(ka, eur, 675_000)
	f.deposit(kc, usd, 1_400_000)
	t1 := f.head() + 1
	f.events(t1, use{a, 1_000, 1, "standard"}, use{a, 500, 2, "standard"}, use{c, 700, 1, "standard"}, use{c, 100, 1, "prepaid"})
	fund1 := f.closeAndRelay(1, t1+4)
	// Only the paid 45% of A's items, less the paid part of their reserves
	// (the old rule took the whole reserve off: 800,000 and 603,750); C is
	// funded its standard event's 1,330,000, not less its prepaid reserve.
	for _, w := range []struct {
		who, asset common.Address
		want       int64
	}{{a, usd, 855_000}, {a, eur, 641_250}, {c, usd, 1_330_000}} {
		if got := fundedOf(fund1, w.who, w.asset); got != w.want {
			t.Fatalf("epoch 1 funds consumer %s %d in %s, want %d", w.who.Hex(), got, w.asset.Hex(), w.want)
		}
	}
	f.run(hexKey(0), "claim", "--account", patient.Hex()) // a holder claims between epochs too

	// Epoch 2: the patient sells 10 of CF 1's 30 units; A tops up and uses
	// more; B uses data on TNPL and pays 10,266 of its 600,000.
	tok := ownershiptoken.NewOwnershipToken()
	if _, err := f.chain(anviltest.Key(2)).Transact(ctx, "transfer CF 1 units", tok.Instance(client, f.dep.OwnershipToken),
		tok.PackSafeTransferFrom(patient, newHolder, big.NewInt(1), big.NewInt(10), nil)); err != nil {
		t.Fatal(err)
	}
	f.deposit(ka, usd, 1_100_000+400_000)
	f.deposit(ka, eur, 825_000)
	f.deposit(kb, usd, 10_266)
	t2 := f.head() + 1
	f.events(t2, use{b, 300, 1, "tnpl"}, use{a, 200, 1, "standard"})
	end2 := max(t2+3, t1+3+reserveWindow+1) // epoch 1's reserves are released
	fund2 := f.closeAndRelay(2, end2)
	if got := fundedOf(fund2, b, usd); got != 9_753 { // ⌈10,266 · 95%⌉: the old rule funded 0
		t.Fatalf("epoch 2 funds the TNPL consumer %d, want 9,753", got)
	}

	// Epoch 3: B pays the rest; every paid item's window is over. An absurd
	// event (a thousand times A's usual) is held for review, not priced.
	f.deposit(kb, usd, 600_000-10_266)
	t3 := f.head() + 1
	f.events(t3, use{a, 1_000_000, 1, "standard"})
	absurd := fmt.Sprintf("ev-%d", f.n)
	f.closeAndRelay(3, max(t3+1, t2+1+reserveWindow+1))
	var sum priceSummary
	if err := json.Unmarshal(f.run("", "price"), &sum); err != nil || sum.HeldForReview != 1 || len(sum.NotPriced) != 1 ||
		sum.NotPriced[0].EventID != absurd || sum.NotPriced[0].Outcome != "held" ||
		!strings.Contains(sum.NotPriced[0].Reason, "gross 2000.000000 tUSD is above the maximum of 2.500000 tUSD per event") {
		t.Fatalf("price lists the absurd event as %+v (%v), want it held for review with its gross in tUSD", sum, err)
	}
	// An operator reviews it and releases it: it is priced, for the next epoch.
	sum = priceSummary{}
	if err := json.Unmarshal(f.run("", "price", "--release", absurd, "--note", "bulk export agreed with A"), &sum); err != nil ||
		sum.Priced != f.n || sum.HeldForReview != 0 || len(sum.NotPriced) != 0 {
		t.Fatalf("price --release: %+v %v", sum, err)
	}
	for _, bad := range [][]string{{"--release", absurd}, {"--max-gross", "2.5"}, {"--max-gross", usd.Hex() + "=2.5000001"}} {
		cmd := exec.Command(bin, append([]string{"price"}, bad...)...)
		cmd.Env = append(os.Environ(), f.env...)
		out, err := cmd.CombinedOutput()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 2 {
			t.Fatalf("price %v: %v %s, want exit status 2", bad, err, out)
		}
	}
	f.run("", "price", "--max-gross", usd.Hex()+"=none")

	// Every recipient claims; each then holds exactly its entitlement.
	want := exactEntitlements(t, dsn, f.dep.ChainID, 3, func(in *engine.Input) bool { return in.Event.Mode != engine.ModePrepaid })
	if len(want) < 9 {
		t.Fatalf("only %d recipients: %v", len(want), want)
	}
	tokBind := testtoken.NewTestToken()
	for acct, assets := range want {
		f.run(hexKey(0), "claim", "--account", acct.Hex())
		for asset, amt := range assets {
			got, err := bind.Call(tokBind.Instance(client, asset), nil, tokBind.PackBalanceOf(acct), tokBind.UnpackBalanceOf)
			if err != nil {
				t.Fatal(err)
			}
			if got.Cmp(amt) != 0 {
				t.Errorf("%s holds %s of %s, its exact entitlement is %s", acct.Hex(), got, asset.Hex(), amt)
			}
		}
	}
	// What is left in the distributor is the rounding surplus: below one
	// base unit per consumer and asset.
	for _, asset := range []common.Address{usd, eur} {
		left, err := bind.Call(tokBind.Instance(client, asset), nil, tokBind.PackBalanceOf(f.dep.RoyaltyDistributor), tokBind.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		if left.Sign() < 0 || left.Cmp(big.NewInt(3)) >= 0 {
			t.Errorf("distributor keeps %s of %s after every claim, want under one unit per consumer", left, asset.Hex())
		}
	}
}

// exactEntitlements computes, from the stored bundles of epochs 1..epochs
// alone, what every recipient is owed in whole units once every event that
// was paid for (those paid says) is settled and its reserve released:
// ⌊Σ (its allocations + its share of the reserve split) / 10^18⌋.
func exactEntitlements(t *testing.T, dsn string, chainID, epochs uint64, paid func(*engine.Input) bool) map[common.Address]map[common.Address]*big.Int {
	t.Helper()
	st, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	atto := map[common.Address]map[common.Address]*uint256.Int{}
	add := func(r, asset common.Address, x *uint256.Int) {
		if atto[r] == nil {
			atto[r] = map[common.Address]*uint256.Int{}
		}
		if atto[r][asset] == nil {
			atto[r][asset] = new(uint256.Int)
		}
		atto[r][asset].Add(atto[r][asset], x)
	}
	for k := uint64(1); k <= epochs; k++ {
		rows, err := st.LineItems(context.Background(), chainID, k)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			in, err := engine.DecodeBundle(strings.NewReader(string(row.Bundle)))
			if err != nil {
				t.Fatal(err)
			}
			if !paid(in) {
				continue
			}
			li, err := engine.ComputeLineItem(in)
			if err != nil {
				t.Fatal(err)
			}
			for _, al := range li.Allocations {
				if al.Kind != engine.KindReserve {
					add(al.Account, li.Asset, &al.AmountAtto)
				}
			}
			rel, err := engine.Split(&li.Reserve, &in.Policy, in.Snapshot.Holdings, li.Consumer)
			if err != nil {
				t.Fatal(err)
			}
			for _, al := range rel {
				add(al.Account, li.Asset, &al.AmountAtto)
			}
		}
	}
	out := map[common.Address]map[common.Address]*big.Int{}
	for r, m := range atto {
		out[r] = map[common.Address]*big.Int{}
		for a, v := range m {
			var w uint256.Int
			w.Div(v, uint256.NewInt(engine.AttoPerUnit))
			out[r][a] = w.ToBig()
		}
	}
	return out
}
