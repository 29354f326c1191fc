package routes_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/bindings/uniswapv2pair"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/chaintest"
	"github.com/dataroyalty/royalty/internal/uniswaptest"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store/storetest"
)

// venueWorld is an anvil with the royalty deployment, a second asset (tEUR), Uniswap V2 with
// a real tUSD/tEUR pool, and a relayer (account 0) holding tUSD and sending through txmgr.
type venueWorld struct {
	w        *chaintest.World
	usd, eur common.Address
	uni      uniswaptest.Uniswap
	venue    *routes.UniswapV2
	mgr      *txmgr.Manager
}

func newVenueWorld(t *testing.T) *venueWorld {
	t.Helper()
	ctx := context.Background()
	w := chaintest.New(t, chaintest.Options{DisputeWindow: 3600})
	v := &venueWorld{w: w, usd: w.Token}
	var err error
	if v.eur, err = deploy.TestToken(ctx, w.Chain(0), "Test EUR", "tEUR"); err != nil {
		t.Fatal(err)
	}
	if v.uni, err = uniswaptest.Deploy(ctx, w.Chain(0)); err != nil {
		t.Fatal(err)
	}
	// 1,000,000.000000 tUSD against 900,000.000000 tEUR.
	if err := v.uni.AddLiquidity(ctx, w.Chain(3), v.usd, v.eur, big.NewInt(1_000_000_000_000), big.NewInt(900_000_000_000)); err != nil {
		t.Fatal(err)
	}
	if v.venue, err = routes.NewUniswapV2(ctx, w.Client, w.Node.ChainID, v.uni.Router); err != nil {
		t.Fatal(err)
	}
	st := storetest.Open(t, storetest.SQLiteDSN(t))
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations, cfg.PollInterval = 1, 20*time.Millisecond
	if v.mgr, err = txmgr.New(ctx, cfg, w.Client, st.Outbox(), w.Keys[0], nil); err != nil {
		t.Fatal(err)
	}
	tok := testtoken.NewTestToken()
	if _, err := w.Chain(0).Transact(ctx, "mint", tok.Instance(w.Client, v.usd), tok.PackMint(w.Addr(0), big.NewInt(50_000_000))); err != nil {
		t.Fatal(err)
	}
	return v
}

func (v *venueWorld) balance(t *testing.T, asset, who common.Address) *big.Int {
	t.Helper()
	tok := testtoken.NewTestToken()
	b, err := bind.Call(tok.Instance(v.w.Client, asset), nil, tok.PackBalanceOf(who), tok.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// constantProduct is Uniswap V2's amount out, computed here from the pool's reserves.
func (v *venueWorld) constantProduct(t *testing.T, in, out common.Address, amountIn *big.Int) *big.Int {
	t.Helper()
	pair, err := v.venue.Pair(context.Background(), in, out)
	if err != nil {
		t.Fatal(err)
	}
	p := uniswapv2pair.NewUniswapV2Pair()
	res, err := bind.Call(p.Instance(v.w.Client, pair), nil, p.PackGetReserves(), p.UnpackGetReserves)
	if err != nil {
		t.Fatal(err)
	}
	rIn, rOut := res.Reserve0, res.Reserve1
	if in.Cmp(out) > 0 {
		rIn, rOut = rOut, rIn
	}
	withFee := new(big.Int).Mul(amountIn, big.NewInt(997))
	num := new(big.Int).Mul(withFee, rOut)
	den := new(big.Int).Add(new(big.Int).Mul(rIn, big.NewInt(1000)), withFee)
	return num.Quo(num, den)
}

// On a real Uniswap V2 with real liquidity: the quote is the constant-product amount; the swap
// pays the recipient exactly what the pair's Swap event says, which is the quote when nobody
// traded in between; sending the same key again swaps nothing more and reports the same fill;
// a price moved beyond the slippage bound since the quote aborts the step with nothing sent,
// the funds still in the original asset.
func TestUniswapV2Venue(t *testing.T) {
	ctx := context.Background()
	v := newVenueWorld(t)
	relayer, holder := v.w.Addr(0), v.w.Addr(2)
	amountIn := big.NewInt(10_000_000) // 10 tUSD

	t.Run("swap", func(t *testing.T) {
		q, err := v.venue.Quote(ctx, v.usd, v.eur, amountIn)
		if err != nil {
			t.Fatal(err)
		}
		if want := v.constantProduct(t, v.usd, v.eur, amountIn); q.Cmp(want) != 0 {
			t.Fatalf("quote %s, constant product %s", q, want)
		}
		minOut, _ := routes.MinOut(q, 50)
		usd0, eur0 := v.balance(t, v.usd, relayer), v.balance(t, v.eur, holder)
		o := routes.SwapOrder{In: v.usd, Out: v.eur, AmountIn: amountIn, MinOut: minOut, To: holder, Deadline: 1 << 40}
		f, err := v.venue.Swap(ctx, v.mgr, "test/swap/1", o)
		if err != nil {
			t.Fatal(err)
		}
		if f.AmountIn.Cmp(amountIn) != 0 || f.AmountOut.Cmp(q) != 0 || len(f.TxHashes) != 2 {
			t.Fatalf("fill %+v: want %s in, the quote %s out, approve and swap", f, amountIn, q)
		}
		if got := new(big.Int).Sub(v.balance(t, v.eur, holder), eur0); got.Cmp(f.AmountOut) != 0 {
			t.Fatalf("holder received %s tEUR units, the Swap event says %s", got, f.AmountOut)
		}
		if got := new(big.Int).Sub(usd0, v.balance(t, v.usd, relayer)); got.Cmp(amountIn) != 0 {
			t.Fatalf("relayer spent %s tUSD units, want %s", got, amountIn)
		}
		scaled := new(big.Int).Mul(q, new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil))
		if want := fmt.Sprintf("0.%018s", scaled.Quo(scaled, amountIn)); f.Fee.Int64() != 30_000 || f.Rate() != want {
			t.Fatalf("fee %s (want 0.3%% = 30000), rate %s (want %s)", f.Fee, f.Rate(), want)
		}
		again, err := v.venue.Swap(ctx, v.mgr, "test/swap/1", o)
		if err != nil {
			t.Fatal(err)
		}
		if again.AmountOut.Cmp(f.AmountOut) != 0 || again.TxHashes[len(again.TxHashes)-1] != f.TxHashes[1] {
			t.Fatalf("the same key again: %+v, first %+v", again, f)
		}
		if got := new(big.Int).Sub(v.balance(t, v.eur, holder), eur0); got.Cmp(f.AmountOut) != 0 {
			t.Fatalf("the same key again swapped again: holder has %s more, want %s", got, f.AmountOut)
		}
	})

	t.Run("slippage", func(t *testing.T) {
		q, err := v.venue.Quote(ctx, v.usd, v.eur, amountIn)
		if err != nil {
			t.Fatal(err)
		}
		minOut, _ := routes.MinOut(q, 50) // 0.5%
		// Another trader moves the price by about 2% before the step runs.
		if err := v.uni.Trade(ctx, v.w.Chain(3), v.usd, v.eur, big.NewInt(10_000_000_000)); err != nil {
			t.Fatal(err)
		}
		usd0, eur0 := v.balance(t, v.usd, relayer), v.balance(t, v.eur, holder)
		_, err = v.venue.Swap(ctx, v.mgr, "test/swap/2", routes.SwapOrder{In: v.usd, Out: v.eur, AmountIn: amountIn, MinOut: minOut, To: holder, Deadline: 1 << 40})
		if !errors.Is(err, routes.ErrSlippage) {
			t.Fatalf("swap after the price moved 2%% with a 0.5%% bound: err = %v, want ErrSlippage", err)
		}
		if v.balance(t, v.usd, relayer).Cmp(usd0) != 0 || v.balance(t, v.eur, holder).Cmp(eur0) != 0 {
			t.Fatal("an aborted swap moved funds")
		}
		if _, err := v.mgr.Lookup(ctx, "test/swap/2/swap"); !errors.Is(err, txmgr.ErrNotFound) {
			t.Fatalf("an aborted swap left an intent: %v", err)
		}
	})
}

// A group's swap step end to end on the real pool: planned (quote, min out), executed once,
// the realised output split between the holders by largest remainder with the dust recorded,
// reconciling to the base unit with what the pool paid out; a second run under the same key
// swaps nothing more. A step whose pool moved beyond the bound after planning is aborted with
// nothing moved.
func TestSwapStep(t *testing.T) {
	ctx := context.Background()
	v := newVenueWorld(t)
	holdings := v.w.Addr(1) // where the converted funds wait for the holders
	g := &routes.Group{HomeChain: v.w.Node.ChainID, Asset: v.usd, ToChain: v.w.Node.ChainID, ToAsset: v.eur, Parts: []routes.Part{
		part(1, 1_000_003), part(2, 2_000_001), part(3, 3_333_333)}}
	plan, err := routes.PlanSwap(ctx, v.venue, g, 100)
	if err != nil {
		t.Fatal(err)
	}
	eur0 := v.balance(t, v.eur, holdings)
	rec, err := routes.ExecuteSwap(ctx, v.venue, v.mgr, "epoch/1/swap/usd-eur", g, plan, holdings, 1<<40)
	if err != nil {
		t.Fatal(err)
	}
	received := new(big.Int).Sub(v.balance(t, v.eur, holdings), eur0)
	if rec.Status != routes.StatusDone || rec.AmountIn != "6333337" || rec.AmountOut != received.String() || rec.Conversion == nil {
		t.Fatalf("record %+v; the holdings account received %s", rec, received)
	}
	sum := new(big.Int)
	for _, s := range rec.Conversion.Shares {
		n, _ := new(big.Int).SetString(s.AmountOut, 10)
		sum.Add(sum, n)
	}
	if sum.Cmp(received) != 0 {
		t.Fatalf("shares sum to %s, the pool paid %s", sum, received)
	}
	if rec.Venue != v.venue.Name() || rec.FromChain != v.w.Node.ChainID || rec.Rate == "" || rec.Fee == "" || len(rec.TxHashes) != 2 || rec.Conversion.Dust == "" {
		t.Fatalf("record lacks venue, chain, rate, fee, hashes or dust: %+v", rec)
	}
	again, err := routes.ExecuteSwap(ctx, v.venue, v.mgr, "epoch/1/swap/usd-eur", g, plan, holdings, 1<<40)
	if err != nil || again.AmountOut != rec.AmountOut {
		t.Fatalf("the same step again: %+v %v", again, err)
	}
	if got := new(big.Int).Sub(v.balance(t, v.eur, holdings), eur0); got.Cmp(received) != 0 {
		t.Fatalf("the same step again swapped again: %s received in all, want %s", got, received)
	}

	plan2, err := routes.PlanSwap(ctx, v.venue, g, 100)
	if err != nil {
		t.Fatal(err)
	}
	if err := v.uni.Trade(ctx, v.w.Chain(3), v.usd, v.eur, big.NewInt(30_000_000_000)); err != nil {
		t.Fatal(err)
	}
	usd0 := v.balance(t, v.usd, v.w.Addr(0))
	rec2, err := routes.ExecuteSwap(ctx, v.venue, v.mgr, "epoch/2/swap/usd-eur", g, plan2, holdings, 1<<40)
	if err != nil || rec2.Status != routes.StatusAborted || rec2.Reason == "" || rec2.Conversion != nil {
		t.Fatalf("swap beyond the slippage bound: %+v %v; want aborted", rec2, err)
	}
	if v.balance(t, v.usd, v.w.Addr(0)).Cmp(usd0) != 0 {
		t.Fatal("an aborted step moved the group's funds")
	}
}
