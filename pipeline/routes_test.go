package pipeline_test

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/internal/chaintest"
	"github.com/dataroyalty/royalty/internal/hyperlanetest"
	"github.com/dataroyalty/royalty/internal/uniswaptest"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

func balanceOf(t *testing.T, c bind.ContractBackend, asset, who common.Address) *big.Int {
	t.Helper()
	tok := testtoken.NewTestToken()
	v, err := bind.Call(tok.Instance(c, asset), nil, tok.PackBalanceOf(who), tok.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func routeManager(t *testing.T, w *chaintest.World) *txmgr.Manager {
	t.Helper()
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations, cfg.PollInterval = 1, 20*time.Millisecond
	m, err := txmgr.New(context.Background(), cfg, w.Client, storetest.Open(t, storetest.SQLiteDSN(t)).Outbox(), w.Keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// crossEpoch is the worked example's epoch 1 closed with a route account on a home chain (31337)
// with a Hyperlane Warp Route of its asset to a destination chain (31338, its own deployment)
// and a Uniswap V2 tUSD/tEUR pool at home: the patient asked to be paid on chain 31338, Dr. Lin
// in tEUR at home. The epoch is relayed and the route account has claimed its leaf.
type crossEpoch struct {
	f                  *flow
	w, dest            *chaintest.World
	homeCore, destCore hyperlanetest.Core
	warp               hyperlanetest.Warp
	eur                common.Address
	uni                uniswaptest.Uniswap
	c1                 *pipeline.Closed
	routeAcct          common.Address
}

func newCrossEpoch(t *testing.T, st *store.Store) *crossEpoch {
	t.Helper()
	ctx := context.Background()
	f := newWorkedFlow(t, st)
	w := f.w
	routeAcct := w.Addr(0)
	f.epochs.RouteAccount = routeAcct
	dest := chaintest.New(t, chaintest.Options{DisputeWindow: rootWindow, Anvil: anviltest.Options{ChainID: 31338}})
	homeCore, err := hyperlanetest.DeployCore(ctx, w.Chain(0), 31337, w.Addr(0))
	if err != nil {
		t.Fatal(err)
	}
	destCore, err := hyperlanetest.DeployCore(ctx, dest.Chain(0), 31338, dest.Addr(0))
	if err != nil {
		t.Fatal(err)
	}
	warp, err := hyperlanetest.DeployWarp(ctx, w.Chain(0), homeCore, dest.Chain(0), destCore, w.Token, 6, "Test USD (bridged)", "tUSD.h")
	if err != nil {
		t.Fatal(err)
	}
	d := royaltydistributor.NewRoyaltyDistributor()
	if _, err := dest.Chain(0).Transact(ctx, "allow", d.Instance(dest.Client, dest.Dep.RoyaltyDistributor), d.PackSetAssetAllowed(warp.Synthetic, true)); err != nil {
		t.Fatal(err)
	}
	eur, err := deploy.TestToken(ctx, w.Chain(0), "Test EUR", "tEUR")
	if err != nil {
		t.Fatal(err)
	}
	uni, err := uniswaptest.Deploy(ctx, w.Chain(0))
	if err != nil {
		t.Fatal(err)
	}
	if err := uni.AddLiquidity(ctx, w.Chain(3), w.Token, eur, big.NewInt(1_000_000_000_000), big.NewInt(900_000_000_000)); err != nil {
		t.Fatal(err)
	}

	f.setPreference(2, 31338, warp.Synthetic) // the patient: paid on chain 31338
	f.setPreference(3, 31337, eur)            // Dr. Lin: paid in tEUR at home
	evTime := f.head() + 5
	ev := f.signEvent("evt-routes-1", evTime).Event()
	w.Warp(t, 10)
	f.index()
	if res, err := (&pipeline.Pricer{Store: st, Dep: w.Dep}).Price(ctx, ev, f.parties.Meter); err != nil || res.Outcome != pipeline.Priced {
		t.Fatalf("price: %+v %v", res, err)
	}
	c1, err := f.epochs.Close(ctx, evTime+1)
	if err != nil {
		t.Fatal(err)
	}
	tree := loadTree(t, c1.Row.Tree)
	for who, want := range map[common.Address]string{f.parties.Patient: "", f.parties.DrLin: "", routeAcct: "912000", f.parties.Validator: "228000"} {
		p, err := relayer.ProofsFor(tree, who)
		got := ""
		if err == nil {
			got = p.Entitlements[0].Cumulative
		}
		if got != want {
			t.Fatalf("home tree leaf of %s = %q, want %q (the routed 342000 + 570000 move to the route account)", who, got, want)
		}
	}

	f.relay(&c1.Payout)
	before := balanceOf(t, w.Client, w.Token, routeAcct)
	f.claim(0, tree)
	if got := new(big.Int).Sub(balanceOf(t, w.Client, w.Token, routeAcct), before); got.Int64() != 912_000 {
		t.Fatalf("the route account claimed %s, want 912000", got)
	}
	return &crossEpoch{f: f, w: w, dest: dest, homeCore: homeCore, destCore: destCore, warp: warp, eur: eur, uni: uni, c1: c1, routeAcct: routeAcct}
}

// runner is a route runner for the epoch; dest false: nobody delivers on the destination.
func (x *crossEpoch) runner(t *testing.T, st *store.Store, dest bool) *routes.Runner {
	t.Helper()
	venue, err := routes.NewUniswapV2(context.Background(), x.w.Client, 31337, x.uni.Router)
	if err != nil {
		t.Fatal(err)
	}
	bridge := &routes.HyperlaneWarp{Home: x.w.Client, Dest: x.dest.Client, HomeChain: 31337, DestChain: 31338, HomeDomain: 31337, DestDomain: 31338,
		HomeMailbox: x.homeCore.Mailbox, DestMailbox: x.destCore.Mailbox, Token: x.w.Token, Collateral: x.warp.Collateral, Synthetic: x.warp.Synthetic}
	r := &routes.Runner{Store: st, Venue: venue, Bridge: bridge, Home: routeManager(t, x.w), Hold: x.routeAcct,
		DestRecipient: x.dest.Dep.RoyaltyDistributor, SlippageBps: 100, Deadline: 1 << 40, Checks: 2}
	if dest {
		r.Dest = routeManager(t, x.dest)
	}
	return r
}

// The worked example's epoch paid across two chains and two assets: the patient asked for the
// home asset on chain 31338 (a Hyperlane Warp Route), Dr. Lin for tEUR at home (a Uniswap V2
// pool). The home tree moves their amounts to the route account; the relayer pays the epoch,
// the route account claims, the routes run (bridge; swap then pay); the destination gets its
// own root and the patient claims there; the receipt lists every step and its sums reconcile to
// the base unit with the route account's leaf; the audit recomputes the same tree.
func TestEpochPaidAcrossChains(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		x := newCrossEpoch(t, st)
		f, w, dest, warp, eur, c1 := x.f, x.w, x.dest, x.warp, x.eur, x.c1
		d := royaltydistributor.NewRoyaltyDistributor()

		runner := x.runner(t, st, true)
		groups, err := routes.Plan(c1.Statements, 31337)
		if err != nil || len(groups) != 2 {
			t.Fatalf("groups %+v %v", groups, err)
		}
		for i, g := range groups {
			key := "31337/epoch/1/route/" + string(rune('0'+i))
			if _, err := runner.Plan(ctx, key, 1, g); err != nil {
				t.Fatal(err)
			}
			if run, err := runner.Resume(ctx, key); err != nil || run.Steps[len(run.Steps)-1].Status != routes.StatusDone {
				t.Fatalf("route %d: %+v %v", i, run, err)
			}
		}

		rc, err := f.epochs.Receipt(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		in := new(big.Int)
		var runs []routes.Run
		var swapOut string
		for _, run := range rc.Routes {
			n, _ := new(big.Int).SetString(run.Steps[0].AmountIn, 10)
			in.Add(in, n)
			runs = append(runs, run)
			for _, s := range run.Steps {
				if s.Venue == "" || s.FromChain == 0 || s.ToChain == 0 || s.Status != routes.StatusDone {
					t.Fatalf("receipt step %+v lacks its route or chains", s)
				}
				if s.Kind == routes.KindSwap {
					swapOut = s.AmountOut
				}
				if s.Kind == routes.KindBridge && (s.MessageID == nil || s.Rate == "") {
					t.Fatalf("bridge step without message id or rate: %+v", s)
				}
			}
		}
		if in.Int64() != 912_000 || len(rc.Routes) != 2 {
			t.Fatalf("the receipt's routes take %s in, the route account's leaf is 912000", in)
		}
		if got := balanceOf(t, w.Client, eur, f.parties.DrLin).String(); got != swapOut {
			t.Fatalf("Dr. Lin holds %s tEUR units, the swap paid out %s", got, swapOut)
		}

		payout, dtree, err := routes.DestinationPayout(runs, dest.Dep, 1, dest.HeadTime(t)-1)
		if err != nil || dtree == nil {
			t.Fatalf("destination payout: %v", err)
		}
		drel := relayer.New(routeManager(t, dest), dest.Client, nil)
		prog, err := drel.Step(ctx, &payout)
		if err == nil && prog.Stage != relayer.StageActivated {
			dest.Warp(t, rootWindow+1)
			prog, err = drel.Step(ctx, &payout)
		}
		if err != nil || prog.Stage != relayer.StageActivated {
			t.Fatalf("destination root: %+v %v", prog, err)
		}
		proofs, err := relayer.ProofsFor(dtree, f.parties.Patient)
		if err != nil {
			t.Fatal(err)
		}
		data, err := relayer.ClaimCalldata(proofs)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := dest.Chain(2).Transact(ctx, "the patient claims on chain 31338", d.Instance(dest.Client, dest.Dep.RoyaltyDistributor), data); err != nil {
			t.Fatal(err)
		}
		if got := balanceOf(t, dest.Client, warp.Synthetic, f.parties.Patient); got.Int64() != 342_000 {
			t.Fatalf("the patient holds %s on chain 31338, want its 342000", got)
		}
		// The route account is stored with the epoch: an audit that is not told it reads it back,
		// and a later close cannot switch to another account.
		if v, err := (&pipeline.Epochs{Store: st, Dep: w.Dep}).Audit(ctx, 1, w.Client); err != nil || !v.OK {
			t.Fatalf("audit with the routed tree: %+v %v", v, err)
		}
		w.Warp(t, 10)
		f.index()
		other := &pipeline.Epochs{Store: st, Dep: w.Dep, RouteAccount: w.Addr(1)}
		if _, err := other.Close(ctx, f.head()-1); err == nil || !strings.Contains(err.Error(), "earlier epochs route to") {
			t.Fatalf("closing with another route account: %v; want it refused", err)
		}
		raw, _ := json.Marshal(rc.Routes)
		if len(raw) == 0 {
			t.Fatal("no routes in the receipt")
		}
	})
}

// The failure paths at the epoch level. The pool moves beyond the slippage bound after the
// routes were planned: Dr. Lin's swap is aborted and he is paid his whole 570000 in the original
// asset at home. Nobody delivers the patient's bridge message: the step is left undelivered, the
// receipt says so with the message id, the destination has nothing to pay yet; the next run,
// with the trusted relayer, delivers it once and the patient claims its 342000 on chain 31338.
// The route account ends holding exactly what it held before claiming the epoch's 912000.
func TestEpochRoutesFailurePaths(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		x := newCrossEpoch(t, st)
		w, dest := x.w, x.dest
		held := balanceOf(t, w.Client, w.Token, x.routeAcct) // after the claim
		groups, err := routes.Plan(x.c1.Statements, 31337)
		if err != nil || len(groups) != 2 {
			t.Fatalf("groups %+v %v", groups, err)
		}
		noRelayer := x.runner(t, st, false)
		keys := []string{"31337/epoch/1/route/0", "31337/epoch/1/route/1"}
		for i, g := range groups {
			if _, err := noRelayer.Plan(ctx, keys[i], 1, g); err != nil {
				t.Fatal(err)
			}
		}
		// Another trader buys tEUR with 100,000 tUSD: tEUR is ~20% dearer than the plan's quote.
		if err := x.uni.Trade(ctx, w.Chain(3), w.Token, x.eur, big.NewInt(100_000_000_000)); err != nil {
			t.Fatal(err)
		}
		drLin0 := balanceOf(t, w.Client, w.Token, x.f.parties.DrLin)
		for _, k := range keys {
			if _, err := noRelayer.Resume(ctx, k); err != nil {
				t.Fatal(err)
			}
		}
		rc, err := x.f.epochs.Receipt(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		var bridged *routes.Run
		for i := range rc.Routes {
			run := &rc.Routes[i]
			switch run.Group.ToChain {
			case 31337:
				if run.Steps[0].Status != routes.StatusAborted || run.Steps[len(run.Steps)-1].Kind != routes.KindPay ||
					run.Steps[len(run.Steps)-1].Status != routes.StatusDone || run.Steps[len(run.Steps)-1].AssetIn != w.Token {
					t.Fatalf("the swap route in the receipt: %+v; want aborted, then paid in tUSD", run.Steps)
				}
			case 31338:
				bridged = run
				if st := run.Steps[0]; st.Status != routes.StatusUndelivered || st.MessageID == nil || st.Reason == "" {
					t.Fatalf("the bridge route in the receipt: %+v; want undelivered with its message id", st)
				}
			}
		}
		if got := new(big.Int).Sub(balanceOf(t, w.Client, w.Token, x.f.parties.DrLin), drLin0); got.Int64() != 570_000 {
			t.Fatalf("Dr. Lin received %s tUSD units after the aborted swap, want his whole 570000", got)
		}
		if _, tree, err := routes.DestinationPayout(rc.Routes, dest.Dep, 1, 1); err != nil || tree != nil {
			t.Fatalf("nothing delivered, yet a destination tree: %v", err)
		}

		withRelayer := x.runner(t, st, true)
		run, err := withRelayer.Resume(ctx, bridged.Key)
		if err != nil || run.Steps[0].Status != routes.StatusDone || run.Steps[0].Delivery != "trusted relayer" {
			t.Fatalf("retry with the trusted relayer: %+v %v", run, err)
		}
		if _, err := withRelayer.Resume(ctx, bridged.Key); err != nil {
			t.Fatal(err)
		}
		payout, tree, err := routes.DestinationPayout([]routes.Run{*run}, dest.Dep, 1, dest.HeadTime(t)-1)
		if err != nil || tree == nil {
			t.Fatalf("destination payout: %v", err)
		}
		drel := relayer.New(routeManager(t, dest), dest.Client, nil)
		prog, err := drel.Step(ctx, &payout)
		if err == nil && prog.Stage != relayer.StageActivated {
			dest.Warp(t, rootWindow+1)
			prog, err = drel.Step(ctx, &payout)
		}
		if err != nil || prog.Stage != relayer.StageActivated {
			t.Fatalf("destination root: %+v %v", prog, err)
		}
		proofs, err := relayer.ProofsFor(tree, x.f.parties.Patient)
		if err != nil {
			t.Fatal(err)
		}
		data, err := relayer.ClaimCalldata(proofs)
		if err != nil {
			t.Fatal(err)
		}
		d := royaltydistributor.NewRoyaltyDistributor()
		if _, err := dest.Chain(2).Transact(ctx, "claim", d.Instance(dest.Client, dest.Dep.RoyaltyDistributor), data); err != nil {
			t.Fatal(err)
		}
		if got := balanceOf(t, dest.Client, x.warp.Synthetic, x.f.parties.Patient); got.Int64() != 342_000 {
			t.Fatalf("the patient holds %s on chain 31338, want 342000", got)
		}
		if left := new(big.Int).Sub(held, balanceOf(t, w.Client, w.Token, x.routeAcct)); left.Int64() != 912_000 {
			t.Fatalf("the route account paid out %s of the epoch's 912000", left)
		}
	})
}
