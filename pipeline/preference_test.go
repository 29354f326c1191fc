package pipeline_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

func (f *flow) setPreference(i int, chainID uint64, asset common.Address) {
	f.t.Helper()
	d := royaltydistributor.NewRoyaltyDistributor()
	if _, err := f.w.Chain(i).Transact(context.Background(), "set payout preference", d.Instance(f.w.Client, f.w.Dep.RoyaltyDistributor),
		d.PackSetPayoutPreference(chainID, asset)); err != nil {
		f.t.Fatal(err)
	}
}

func payoutOf(t *testing.T, s *engine.EpochStatements, who common.Address) *engine.PayoutPreference {
	t.Helper()
	for _, r := range s.Recipients {
		if common.HexToAddress(r.Account) == who {
			return r.Payout
		}
	}
	t.Fatalf("no recipient statement for %s", who)
	return nil
}

// The preference in force at an epoch's end applies to it and its recipient
// statement shows it: one set before the end applies, one set after the end
// (even before the close runs) waits for the next epoch, one cleared before
// the next end is gone from it. The audit recomputes the same statements from
// the chain's own logs, and catches a stored statement whose preference was
// edited.
func TestPayoutPreferenceInForceAtEpochEnd(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := newWorkedFlow(t, st)
		w := f.w
		eur := common.HexToAddress("0x00000000000000000000000000000000000000e0")
		const other = 31338
		f.setPreference(2, other, eur) // the patient, before the epoch's end
		evTime := f.head() + 5
		ev := f.signEvent("evt-pref-1", evTime).Event()
		w.Warp(t, 10)
		end1 := evTime + 1
		f.setPreference(3, other, w.Token) // Dr. Lin, after epoch 1's end
		f.index()
		if res, err := (&pipeline.Pricer{Store: st, Dep: w.Dep}).Price(ctx, ev, f.parties.Meter); err != nil || res.Outcome != pipeline.Priced {
			t.Fatalf("price: %+v %v", res, err)
		}
		c1, err := f.epochs.Close(ctx, end1)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := engine.NewPayoutPreference(other, eur)
		if got := payoutOf(t, c1.Statements, f.parties.Patient); got == nil || *got != want {
			t.Fatalf("epoch 1: the patient's statement shows %v, want %v", got, want)
		}
		if got := payoutOf(t, c1.Statements, f.parties.DrLin); got != nil {
			t.Fatalf("epoch 1: Dr. Lin's preference was set after the end, yet the statement shows %v", got)
		}
		if !strings.Contains(string(c1.Row.Statements), `"payout":{"chainId":31338,"asset":"0x00000000000000000000000000000000000000e0"}`) {
			t.Fatalf("the stored statements do not show the preference: %s", c1.Row.Statements)
		}
		f.relay(&c1.Payout)

		// The epoch's routes appear in its receipt with every step's route and rate.
		g, err := routes.Plan(c1.Statements, w.Dep.ChainID)
		if err != nil {
			t.Fatal(err)
		}
		if len(g) != 1 || g[0].ToChain != other || len(g[0].Parts) != 1 || g[0].Parts[0].Account != f.parties.Patient {
			t.Fatalf("epoch 1 groups %+v: want the patient's, to chain %d", g, other)
		}
		run := routes.Run{Key: "31337/epoch/1/route/0", Epoch: 1, Group: g[0], Steps: []routes.StepRecord{{Kind: routes.KindBridge,
			Status: routes.StatusSent, Venue: "hyperlane-warp:test", FromChain: w.Dep.ChainID, ToChain: other, AmountIn: g[0].Parts[0].Amount.Dec()}}}
		state, err := json.Marshal(run)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.SaveRouteRun(ctx, store.RouteRunRow{Key: run.Key, ChainID: w.Dep.ChainID, Epoch: 1, State: state}); err != nil {
			t.Fatal(err)
		}
		rc, err := f.epochs.Receipt(ctx, 1)
		if err != nil {
			t.Fatal(err)
		}
		if len(rc.Routes) != 1 || rc.Routes[0].Steps[0].Venue != "hyperlane-warp:test" || rc.Routes[0].Steps[0].AmountIn != "342000" {
			t.Fatalf("receipt routes %+v: want the stored bridge step of the patient's 342000", rc.Routes)
		}

		f.setPreference(2, 0, common.Address{}) // the patient clears it
		w.Warp(t, reserveWindow+10)
		f.index()
		c2, err := f.epochs.Close(ctx, f.head()-1)
		if err != nil {
			t.Fatal(err)
		}
		if got := payoutOf(t, c2.Statements, f.parties.Patient); got != nil {
			t.Fatalf("epoch 2: the patient cleared the preference, yet the statement shows %v", got)
		}
		want, _ = engine.NewPayoutPreference(other, w.Token)
		if got := payoutOf(t, c2.Statements, f.parties.DrLin); got == nil || *got != want {
			t.Fatalf("epoch 2: Dr. Lin's statement shows %v, want %v", got, want)
		}
		for k := uint64(1); k <= 2; k++ {
			if v, err := f.epochs.Audit(ctx, k, w.Client); err != nil || !v.OK {
				t.Fatalf("audit of epoch %d: %+v %v", k, v, err)
			}
		}
		if _, err := st.DB().ExecContext(ctx, st.DB().Rebind(`UPDATE epochs SET statements = REPLACE(statements, '"chainId":31338', '"chainId":31339') WHERE epoch = ?`), 1); err != nil {
			t.Fatal(err)
		}
		if v, err := f.epochs.Audit(ctx, 1, w.Client); err != nil || v.OK {
			t.Fatalf("audit passed a statement whose payout preference was edited: %+v %v", v, err)
		}
	})
}
