package routes_test

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/routes"
)

// BenchmarkRouteSteps measures, in one run on the same two anvil chains, the wall time of a
// direct payout step (one ERC-20 transfer to the distributor through txmgr, confirmed), a swap
// step (ExecuteSwap: approve + swap on Uniswap V2) and a bridge step (Send: approve +
// transferRemote, then Deliver: Mailbox.process on the destination), and reports each route
// step's time as a ratio to the direct step's (docs/benchmarks.md).
func BenchmarkRouteSteps(b *testing.B) {
	ctx := context.Background()
	w := newRouteWorld(b)
	r := &routes.Runner{Venue: w.venue, Bridge: w.bridge}
	var direct, swap, bridge time.Duration
	for i := 0; i < b.N; i++ {
		key := fmt.Sprintf("bench/%d", i)
		t0 := time.Now()
		if _, err := w.homeMgr.Send(ctx, txmgr.Candidate{Key: key + "/direct", To: w.home.Token,
			Data: testtoken.NewTestToken().PackTransfer(w.home.Dep.RoyaltyDistributor, big.NewInt(1_000))}); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		g := &routes.Group{HomeChain: 31337, Asset: w.eur, ToChain: 31337, ToAsset: w.home.Token,
			Parts: []routes.Part{{Account: common.Address{19: 1}, Amount: *uint256.NewInt(100_000)}}}
		plan, err := routes.PlanSwap(ctx, r.Venue, g, 100)
		if err != nil {
			b.Fatal(err)
		}
		if rec, err := routes.ExecuteSwap(ctx, r.Venue, w.homeMgr, key+"/swap", g, plan, w.home.Addr(0), 1<<40); err != nil || rec.Status != routes.StatusDone {
			b.Fatalf("swap: %+v %v", rec, err)
		}
		t2 := time.Now()
		sent, err := w.bridge.Send(ctx, w.homeMgr, key+"/bridge", routes.BridgeTransfer{From: 31337, To: 31338, Asset: w.home.Token,
			Amount: big.NewInt(1_000), Recipient: w.dest.Dep.RoyaltyDistributor})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := w.bridge.Deliver(ctx, w.destMgr, key+"/bridge", sent); err != nil {
			b.Fatal(err)
		}
		t3 := time.Now()
		direct, swap, bridge = direct+t1.Sub(t0), swap+t2.Sub(t1), bridge+t3.Sub(t2)
	}
	n := float64(b.N)
	b.ReportMetric(float64(direct.Microseconds())/n, "direct-µs/op")
	b.ReportMetric(float64(swap)/float64(direct), "swap/direct")
	b.ReportMetric(float64(bridge)/float64(direct), "bridge/direct")
}
