package pipeline_test

import (
	"context"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

func findMismatch(v pipeline.Verdict, artifact, field string) (pipeline.Finding, bool) {
	for _, m := range v.Mismatches {
		if m.Artifact == artifact && strings.Contains(m.Field, field) {
			return m, true
		}
	}
	return pipeline.Finding{}, false
}

// The database's ownership facts are forged before pricing (the patient's 30
// units of CF 1 recorded as minted to Dr. Lin), so every stored artifact is
// consistent with the database: an audit from the database's facts passes.
// The audit with the chain folds the node's own logs and catches it: the
// bundle's snapshot is not the chain's. Once the forged root is paid and Dr.
// Lin claims, the chain shows a claim above the entitlement.
func TestAuditFromChainLogsCatchesForgedOwnershipRows(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := newWorkedFlow(t, st)
		w := f.w
		ev := f.signEvent("evt-forged-1", f.head()+5)
		evTime := ev.Timestamp
		w.Warp(t, 10)
		f.index()

		res, err := st.DB().ExecContext(ctx, st.DB().Rebind(`UPDATE transfers SET to_addr = ? WHERE to_addr = ?`),
			f.parties.DrLin.Bytes(), f.parties.Patient.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if n, _ := res.RowsAffected(); n != 1 {
			t.Fatalf("forged %d transfer rows, want the patient's mint", n)
		}
		if sum, err := (&pipeline.Pricer{Store: st, Dep: w.Dep}).PriceAll(ctx); err != nil || sum.Priced != 1 {
			t.Fatalf("price: %+v %v", sum, err)
		}
		c1, err := f.epochs.Close(ctx, evTime+1)
		if err != nil {
			t.Fatal(err)
		}

		if v, err := f.epochs.Audit(ctx, 1, nil); err != nil || !v.OK || v.Facts != "database" {
			t.Fatalf("audit from the database's own facts: %+v %v; want a pass (they agree with themselves)", v, err)
		}
		v, err := f.epochs.Audit(ctx, 1, w.Client)
		if err != nil {
			t.Fatal(err)
		}
		mm, ok := findMismatch(v, pipeline.ArtLineItem, "bundle.snapshot")
		if v.OK || v.Facts != "chain" || !ok || mm.Key.Event != ev.ID {
			t.Fatalf("audit from the chain's logs: want a line item mismatch in bundle.snapshot of %s, got %+v", ev.ID, v)
		}

		f.relay(&c1.Payout)
		f.claim(3, loadTree(t, c1.Row.Tree))
		if v, err = f.epochs.Audit(ctx, 1, w.Client); err != nil {
			t.Fatal(err)
		}
		for _, want := range [][2]string{{pipeline.ArtDistributor, "RootProposed.root"}, {pipeline.ArtDistributor, "rootOf"},
			{pipeline.ArtClaimed, "claimed"}, {pipeline.ArtClaimed, "Claimed.cumulative"}} {
			m, ok := findMismatch(v, want[0], want[1])
			if !ok {
				t.Fatalf("after paying the forged root: no %s mismatch on %s in %+v", want[0], want[1], v.Mismatches)
			}
			if want[0] == pipeline.ArtClaimed && common.HexToAddress(m.Key.Account) != f.parties.DrLin {
				t.Fatalf("claimed mismatch names %s, want Dr. Lin", m.Key.Account)
			}
		}
	})
}
