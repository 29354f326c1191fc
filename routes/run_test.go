package routes_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/uniswaptest"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// routeWorld is the bridge world plus a second home asset (tEUR) with a real tUSD/tEUR Uniswap
// V2 pool on the home chain; the relayer (account 0) holds tEUR to route.
type routeWorld struct {
	*bridgeWorld
	eur   common.Address
	uni   uniswaptest.Uniswap
	venue *routes.UniswapV2
	st    *store.Store
}

func newRouteWorld(t testing.TB) *routeWorld {
	t.Helper()
	ctx := context.Background()
	w := &routeWorld{bridgeWorld: newBridgeWorld(t), st: storetest.Open(t, storetest.SQLiteDSN(t))}
	home := w.home
	var err error
	if w.eur, err = deploy.TestToken(ctx, home.Chain(0), "Test EUR", "tEUR"); err != nil {
		t.Fatal(err)
	}
	if w.uni, err = uniswaptest.Deploy(ctx, home.Chain(0)); err != nil {
		t.Fatal(err)
	}
	if err := w.uni.AddLiquidity(ctx, home.Chain(3), home.Token, w.eur, big.NewInt(1_000_000_000_000), big.NewInt(900_000_000_000)); err != nil {
		t.Fatal(err)
	}
	if w.venue, err = routes.NewUniswapV2(ctx, home.Client, 31337, w.uni.Router); err != nil {
		t.Fatal(err)
	}
	tok := testtoken.NewTestToken()
	if _, err := home.Chain(0).Transact(ctx, "mint", tok.Instance(home.Client, w.eur), tok.PackMint(home.Addr(0), big.NewInt(100_000_000))); err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *routeWorld) runner(dest bool) *routes.Runner {
	r := &routes.Runner{Store: w.st, Venue: w.venue, Bridge: w.bridge, Home: w.homeMgr, Hold: w.home.Addr(0),
		DestRecipient: w.dest.Dep.RoyaltyDistributor, SlippageBps: 100, Deadline: 1 << 40, Checks: 2}
	if dest {
		r.Dest = w.destMgr
	}
	return r
}

// A tEUR group paid on the destination chain: swap to tUSD at home, bridge through the Warp
// Route to the destination's distributor. With no relayer delivering, the bridge step is left
// undelivered (the record says so, with the message id); the next resume, with the trusted
// relayer, delivers it. Every step's record carries its route, chain ids, assets, amounts, rate,
// fee, hashes and message id, and the holders' shares reconcile to the base unit with what
// arrived. A resume of a finished route changes nothing.
func TestRouteSwapThenBridge(t *testing.T) {
	ctx := context.Background()
	w := newRouteWorld(t)
	g := routes.Group{HomeChain: 31337, Asset: w.eur, ToChain: 31338, ToAsset: w.warp.Synthetic,
		Parts: []routes.Part{part(1, 1_234_567), part(2, 7_654_321), part(3, 1)}}
	run, err := w.runner(false).Plan(ctx, "31337/epoch/1/route/0", 1, g)
	if err != nil {
		t.Fatal(err)
	}
	if len(run.Steps) != 2 || run.Steps[0].Kind != routes.KindSwap || run.Steps[1].Kind != routes.KindBridge {
		t.Fatalf("planned steps %+v: want swap then bridge", run.Steps)
	}
	run, err = w.runner(false).Resume(ctx, run.Key)
	if err != nil {
		t.Fatal(err)
	}
	sw, br := run.Steps[0], run.Steps[1]
	if sw.Status != routes.StatusDone || br.Status != routes.StatusUndelivered || br.MessageID == nil || br.AmountIn != sw.AmountOut {
		t.Fatalf("without a relayer: swap %s, bridge %s (message %v, in %s, swap out %s)", sw.Status, br.Status, br.MessageID, br.AmountIn, sw.AmountOut)
	}
	distributor := w.dest.Dep.RoyaltyDistributor
	if got := balanceOn(t, w.dest, w.warp.Synthetic, distributor); got.Sign() != 0 {
		t.Fatalf("undelivered, yet the destination holds %s", got)
	}
	run, err = w.runner(true).Resume(ctx, run.Key)
	if err != nil {
		t.Fatal(err)
	}
	br = run.Steps[1]
	if br.Status != routes.StatusDone || br.Delivery != "trusted relayer" || br.Conversion == nil || br.FromChain != 31337 || br.ToChain != 31338 {
		t.Fatalf("after the retry: %+v", br)
	}
	arrived := balanceOn(t, w.dest, w.warp.Synthetic, distributor)
	if arrived.String() != br.AmountOut || br.AmountOut != sw.AmountOut {
		t.Fatalf("arrived %s, bridge out %s, swap out %s", arrived, br.AmountOut, sw.AmountOut)
	}
	sum := new(big.Int)
	for _, s := range br.Conversion.Shares {
		n, _ := new(big.Int).SetString(s.AmountOut, 10)
		sum.Add(sum, n)
	}
	if sum.Cmp(arrived) != 0 {
		t.Fatalf("the holders' shares on the destination sum to %s, %s arrived", sum, arrived)
	}
	again, err := w.runner(true).Resume(ctx, run.Key)
	if err != nil || len(again.Steps[1].TxHashes) != len(br.TxHashes) {
		t.Fatalf("resuming a finished route: %+v %v", again, err)
	}
	if got := balanceOn(t, w.dest, w.warp.Synthetic, distributor); got.Cmp(arrived) != 0 {
		t.Fatalf("resuming a finished route moved funds: %s", got)
	}
}

// A pool moved beyond the slippage bound between planning and running aborts the swap; the
// bridge after it is skipped; the group's funds stay in tEUR on the home chain, untouched.
func TestRouteSlippageKeepsTheGroupHome(t *testing.T) {
	ctx := context.Background()
	w := newRouteWorld(t)
	g := routes.Group{HomeChain: 31337, Asset: w.eur, ToChain: 31338, ToAsset: w.warp.Synthetic,
		Parts: []routes.Part{{Account: common.Address{19: 1}, Amount: *uint256.NewInt(5_000_000)}}}
	r := w.runner(true)
	if _, err := r.Plan(ctx, "31337/epoch/1/route/1", 1, g); err != nil {
		t.Fatal(err)
	}
	if err := w.uni.Trade(ctx, w.home.Chain(3), w.eur, w.home.Token, big.NewInt(40_000_000_000)); err != nil {
		t.Fatal(err)
	}
	eur0 := balanceOn(t, w.home, w.eur, w.home.Addr(0))
	run, err := r.Resume(ctx, "31337/epoch/1/route/1")
	if err != nil {
		t.Fatal(err)
	}
	if len(run.Steps) != 3 || run.Steps[0].Status != routes.StatusAborted || run.Steps[1].Status != routes.StatusSkipped || run.Steps[1].Reason == "" ||
		run.Steps[2].Kind != routes.KindPay || run.Steps[2].Status != routes.StatusDone || run.Steps[2].AssetIn != w.eur {
		t.Fatalf("steps %+v: want the swap aborted, the bridge skipped, the group paid in tEUR at home", run.Steps)
	}
	holder := common.Address{19: 1}
	if got := balanceOn(t, w.home, w.eur, holder); got.Int64() != 5_000_000 {
		t.Fatalf("the holder got %s tEUR units, want its whole 5000000 in the original asset", got)
	}
	if spent := new(big.Int).Sub(eur0, balanceOn(t, w.home, w.eur, w.home.Addr(0))); spent.Int64() != 5_000_000 {
		t.Fatalf("the route account paid out %s, want exactly the group's 5000000", spent)
	}
	again, err := r.Resume(ctx, "31337/epoch/1/route/1")
	if err != nil || len(again.Steps) != 3 {
		t.Fatalf("resuming an aborted route: %+v %v", again, err)
	}
	if got := balanceOn(t, w.home, w.eur, holder); got.Int64() != 5_000_000 {
		t.Fatalf("resuming paid again: the holder has %s", got)
	}
}

// A tEUR group preferring tUSD at home: swapped on the pool, then each holder is paid its share
// of what the pool paid, summing to it to the base unit.
func TestRouteSwapAndPayAtHome(t *testing.T) {
	ctx := context.Background()
	w := newRouteWorld(t)
	g := routes.Group{HomeChain: 31337, Asset: w.eur, ToChain: 31337, ToAsset: w.home.Token,
		Parts: []routes.Part{{Account: common.Address{19: 7}, Amount: *uint256.NewInt(3_333_333)}, {Account: common.Address{19: 8}, Amount: *uint256.NewInt(1)}}}
	r := w.runner(false)
	if _, err := r.Plan(ctx, "31337/epoch/1/route/2", 1, g); err != nil {
		t.Fatal(err)
	}
	run, err := r.Resume(ctx, "31337/epoch/1/route/2")
	if err != nil {
		t.Fatal(err)
	}
	if len(run.Steps) != 2 || run.Steps[0].Status != routes.StatusDone || run.Steps[1].Kind != routes.KindPay || run.Steps[1].Status != routes.StatusDone {
		t.Fatalf("steps %+v: want the swap and the pay done", run.Steps)
	}
	sum := new(big.Int)
	for _, a := range []common.Address{{19: 7}, {19: 8}} {
		sum.Add(sum, balanceOn(t, w.home, w.home.Token, a))
	}
	if sum.String() != run.Steps[0].AmountOut || run.Steps[1].AmountOut != run.Steps[0].AmountOut {
		t.Fatalf("holders hold %s tUSD units, the swap paid %s, the pay step says %s", sum, run.Steps[0].AmountOut, run.Steps[1].AmountOut)
	}
}
