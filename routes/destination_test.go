package routes_test

import (
	"context"
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/routes"
)

// The destination chain's own roots, epoch after epoch, from the routes' delivered bridge
// steps: a swap-then-bridge route and a bridge route in epoch 1, another bridge route in epoch
// 2 for a holder already paid there. Every holder claims on the destination exactly its shares'
// sum; after all claims the destination distributor holds nothing: the shares reconcile to the
// base unit with what the bridge delivered.
func TestDestinationRootsAcrossEpochs(t *testing.T) {
	ctx := context.Background()
	w := newRouteWorld(t)
	r := w.runner(true)
	h := func(b byte) common.Address { return common.Address{18: 0xee, 19: b} }
	p := func(b byte, n uint64) routes.Part { return routes.Part{Account: h(b), Amount: *uint256.NewInt(n)} }
	routesOf := map[uint64][]routes.Group{
		1: {
			{HomeChain: 31337, Asset: w.eur, ToChain: 31338, ToAsset: w.warp.Synthetic, Parts: []routes.Part{p(1, 1_111_111), p(2, 2_222_223)}},
			{HomeChain: 31337, Asset: w.home.Token, ToChain: 31338, ToAsset: w.warp.Synthetic, Parts: []routes.Part{p(2, 500_000), p(3, 3)}},
		},
		2: {{HomeChain: 31337, Asset: w.home.Token, ToChain: 31338, ToAsset: w.warp.Synthetic, Parts: []routes.Part{p(2, 7)}}},
	}
	dist := royaltydistributor.NewRoyaltyDistributor()
	rel := relayer.New(w.destMgr, w.dest.Client, nil)
	claimed := map[common.Address]*big.Int{}
	for epoch := uint64(1); epoch <= 2; epoch++ {
		for i, g := range routesOf[epoch] {
			key := "31337/epoch/" + string(rune('0'+epoch)) + "/route/" + string(rune('0'+i))
			if _, err := r.Plan(ctx, key, epoch, g); err != nil {
				t.Fatal(err)
			}
			if run, err := r.Resume(ctx, key); err != nil || run.Steps[len(run.Steps)-1].Status != routes.StatusDone {
				t.Fatalf("route %s: %+v %v", key, run, err)
			}
		}
		var runs []routes.Run
		for k := uint64(1); k <= epoch; k++ {
			rows, err := w.st.RouteRuns(ctx, 31337, k)
			if err != nil {
				t.Fatal(err)
			}
			for _, row := range rows {
				var run routes.Run
				if err := json.Unmarshal(row.State, &run); err != nil {
					t.Fatal(err)
				}
				runs = append(runs, run)
			}
		}
		payout, tree, err := routes.DestinationPayout(runs, w.dest.Dep, epoch, w.dest.HeadTime(t)-1)
		if err != nil || tree == nil {
			t.Fatalf("destination payout of epoch %d: %v", epoch, err)
		}
		prog, err := rel.Step(ctx, &payout)
		if err != nil {
			t.Fatal(err)
		}
		if prog.Stage != relayer.StageActivated {
			w.dest.Warp(t, 3601)
			if prog, err = rel.Step(ctx, &payout); err != nil || prog.Stage != relayer.StageActivated {
				t.Fatalf("epoch %d on the destination: %+v %v", epoch, prog, err)
			}
		}
		for b := byte(1); b <= 3; b++ {
			proofs, err := relayer.ProofsFor(tree, h(b))
			if err != nil {
				t.Fatal(err)
			}
			data, err := relayer.ClaimCalldata(proofs)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := w.dest.Chain(0).Transact(ctx, "claim", dist.Instance(w.dest.Client, w.dest.Dep.RoyaltyDistributor), data); err != nil {
				t.Fatal(err)
			}
			prev := claimed[h(b)]
			claimed[h(b)] = cumulativeOf(t, tree, h(b))
			if epoch == 2 && b == 2 && claimed[h(b)].Cmp(new(big.Int).Add(prev, big.NewInt(7))) != 0 {
				t.Fatalf("holder 2's cumulative went from %s to %s, want +7", prev, claimed[h(b)])
			}
			if got := balanceOn(t, w.dest, w.warp.Synthetic, h(b)); got.Cmp(claimed[h(b)]) != 0 {
				t.Fatalf("epoch %d: holder %d holds %s on the destination, its cumulative is %s", epoch, b, got, claimed[h(b)])
			}
		}
		if left := balanceOn(t, w.dest, w.warp.Synthetic, w.dest.Dep.RoyaltyDistributor); left.Sign() != 0 {
			t.Fatalf("epoch %d: %s left in the destination distributor after every holder claimed", epoch, left)
		}
	}
	if claimed[h(3)].Int64() != 3 {
		t.Fatalf("holder 3 claimed %s, want its 3 units bridged 1:1", claimed[h(3)])
	}
}

func cumulativeOf(t *testing.T, tree *merkle.Tree, who common.Address) *big.Int {
	t.Helper()
	proofs, err := relayer.ProofsFor(tree, who)
	if err != nil {
		t.Fatal(err)
	}
	total := new(big.Int)
	for _, e := range proofs.Entitlements {
		n, ok := new(big.Int).SetString(e.Cumulative, 10)
		if !ok {
			t.Fatalf("cumulative %q", e.Cumulative)
		}
		total.Add(total, n)
	}
	return total
}
