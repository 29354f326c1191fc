package api_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dataroyalty/royalty/api"
	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/internal/servicetest"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// TestDisputeRoutes: on both databases over a real dispute history on
// anvil (epoch 1's event disputed by governance inside its window; epoch 2
// closed with it open, the event's reserve frozen: the patient's held
// reserve says so; then upheld by voiding the event and applied by epoch
// 3's close), GET /v1/disputes
// lists it as `royalty dispute list` does, with both reason hashes, and GET
// /v1/accounts/{a}/disputes lists it and its correction (reason, dispute id,
// amounts in units) for the patient, who has a share in the event, and
// nothing for an account without one.
func TestDisputeRoutes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		f := servicetest.NewClosed(t, st)
		ctx := context.Background()
		c := serve(t, api.Config{Store: st, Dep: f.W.Dep, Chain: f.W.Client})
		var none api.DisputesView
		c.json("/v1/disputes", 200, &none)
		if none.Disputes == nil || len(none.Disputes) != 0 {
			t.Fatalf("disputes before any: %+v", none)
		}

		gov := governanceconfig.NewGovernanceConfig()
		inst := gov.Instance(f.W.Client, f.W.Dep.GovernanceConfig)
		opened, ruling := crypto.Keccak256Hash([]byte("metered twice")), crypto.Keccak256Hash([]byte("voided: duplicate"))
		if _, err := f.W.Chain(0).Transact(ctx, "open dispute", inst, gov.PackOpenDispute(pipeline.TargetEvent, new(big.Int), f.EventID, f.EventTime, 1, opened)); err != nil {
			t.Fatal(err)
		}
		// Epoch 2 closes with the dispute open: epoch 1's reserve stays held
		// past its window, frozen, beside epoch 2's own.
		f.Activate(t, 1)
		n2, _ := f.CloseNext(t, "evt-api-2", engine.ModeStandard, 2_000_000)
		var open api.DisputesView
		c.json("/v1/disputes", 200, &open)
		if len(open.Disputes) != 1 || open.Disputes[0].Status != "open" || len(open.Disputes[0].LineItems) != 1 {
			t.Fatalf("disputes after epoch %d: %+v", n2, open)
		}
		var v api.HolderView
		c.json("/v1/accounts/"+f.Parties.Patient.Hex()+"/statement", 200, &v)
		var held2 api.ReceiptProof
		c.json("/v1/line-items/evt-api-2/receipt-proof", 200, &held2)
		if tot := v.Display.Totals[0]; tot.HeldEvents != 2 || tot.NextRelease != pipeline.ReleaseTime(held2.ReleaseAt)+" (and 1 frozen by a dispute)" ||
			v.Statement.Totals[0].Held.Frozen != 1 {
			t.Fatalf("held with epoch 1's reserve frozen: %+v; want the next release %s, evt-api-2's", tot, pipeline.ReleaseTime(held2.ReleaseAt))
		}
		if _, err := f.W.Chain(0).Transact(ctx, "resolve", inst, gov.PackResolveDispute(1, pipeline.OutcomeEventVoided, new(big.Int), new(big.Int), 0, ruling)); err != nil {
			t.Fatal(err)
		}
		f.Activate(t, n2)
		n3, _ := f.CloseNext(t, "evt-api-3", engine.ModeStandard, 2_000_000)

		var all api.DisputesView
		c.json("/v1/disputes", 200, &all)
		if len(all.Disputes) != 1 {
			t.Fatalf("disputes: %+v", all)
		}
		d := all.Disputes[0]
		if d.ID != "dispute-1" || d.Status != "upheld" || d.Target != "event "+f.EventID || d.Outcome != "event-voided" || !d.Governance ||
			d.Opener != f.W.Addr(0).Hex() || d.ReasonHash == nil || *d.ReasonHash != opened || d.ResolutionReasonHash == nil ||
			*d.ResolutionReasonHash != ruling || len(d.LineItems) != 1 || d.LineItems[0] != f.EventID {
			t.Fatalf("dispute: %+v", d)
		}

		var mine api.AccountDisputesView
		c.json("/v1/accounts/"+f.Parties.Patient.Hex()+"/disputes", 200, &mine)
		if len(mine.Disputes) != 1 || mine.Disputes[0].ID != "dispute-1" || len(mine.Corrections) != 1 {
			t.Fatalf("patient's disputes: %+v", mine)
		}
		cr := mine.Corrections[0]
		if cr.Epoch != n3 || cr.DisputeID != "dispute-1" || cr.EventID != f.EventID || !strings.HasPrefix(cr.Correction.Reason, "dispute-1 upheld: event voided") ||
			cr.Name != "tUSD" || !strings.HasSuffix(cr.OldUnits, " tUSD") || cr.OldUnits == "0 tUSD" || cr.NewUnits != "0 tUSD" || cr.Refund != cr.OldUnits {
			t.Fatalf("patient's correction: %+v", cr)
		}
		var other api.AccountDisputesView
		c.json("/v1/accounts/0x000000000000000000000000000000000000dEaD/disputes", 200, &other)
		if other.Disputes == nil || len(other.Disputes) != 0 || len(other.Corrections) != 0 {
			t.Fatalf("an account without shares: %+v", other)
		}
		c.wantError("/v1/accounts/0xnope/disputes", 400, api.CodeBadRequest, "account")
	})
}
