package pipeline_test

import (
	"context"
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/reverts"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

var govABI = governanceconfig.NewGovernanceConfig()

func (f *flow) gov(from int, what string, data []byte) error {
	f.t.Helper()
	_, err := f.w.Chain(from).Transact(context.Background(), what, govABI.Instance(f.w.Client, f.w.Dep.GovernanceConfig), data)
	return err
}

func (f *flow) mustGov(from int, what string, data []byte) {
	f.t.Helper()
	if err := f.gov(from, what, data); err != nil {
		f.t.Fatal(err)
	}
}

func (f *flow) openEvent(from int, id string, at uint64) error {
	return f.gov(from, "open dispute on "+id, govABI.PackOpenDispute(pipeline.TargetEvent, new(big.Int), id, at, 1, crypto.Keccak256Hash([]byte("wrong "+id))))
}

func (f *flow) resolve(id uint64, outcome uint8, cf, version uint64) {
	f.t.Helper()
	f.mustGov(0, "resolve", govABI.PackResolveDispute(id, outcome, new(big.Int).SetUint64(cf), new(big.Int), version, crypto.Keccak256Hash([]byte("ruling"))))
}

func (f *flow) close(end uint64) *pipeline.Closed {
	f.t.Helper()
	c, err := f.epochs.Close(context.Background(), end)
	if err != nil {
		f.t.Fatal(err)
	}
	return c
}

func (f *flow) audit(k uint64) pipeline.Verdict {
	f.t.Helper()
	v, err := f.epochs.Audit(context.Background(), k, f.w.Client)
	if err != nil {
		f.t.Fatal(err)
	}
	return v
}

func cumOf(s *engine.EpochStatements, who common.Address) *big.Int {
	for _, e := range s.Entitlements {
		if common.HexToAddress(e.Account) == who {
			v, _ := new(big.Int).SetString(e.Cumulative, 10)
			return v
		}
	}
	return new(big.Int)
}

func lineOf(t *testing.T, s *engine.EpochStatements, who common.Address) engine.RecipientLine {
	for _, r := range s.Recipients {
		if common.HexToAddress(r.Account) == who && len(r.Lines) == 1 {
			return r.Lines[0]
		}
	}
	b, _ := json.Marshal(s)
	t.Fatalf("no statement line for %s in epoch %d: %s", who, s.Epoch, b)
	return engine.RecipientLine{}
}

func atto(whole int64) string {
	return new(big.Int).Mul(big.NewInt(whole), big.NewInt(1e18)).String()
}

// Disputes from the chain through the pipeline, on one anvil history (the
// worked example: each event grosses 2,000,000 with a 100,000 reserve held
// reserveWindow seconds; holders Patient 30, Dr. Lin 50, Validator 20 units
// of CFs 1, 2, 3):
//
//   - events A..E are accrued in epoch 1; disputes open inside the window on
//     A, B, C (the consumer) and on CF 3 by governance (reaching D only: A..C
//     are frozen already); a dispute on E after its window is refused on chain;
//   - epoch 2, after the window: exactly E's reserve is released, A..D held;
//   - then A dismissed, B upheld with valuation 2 (a lower gross), C voided,
//     CF 3 deprecated: epoch 3 releases A by the original split, lists the
//     three corrections with their reasons, refunds the consumer 500,000 +
//     2,000,000, keeps every cumulative (the Validator's over-payment is a
//     debt) and gives D's pool share to the remaining holders;
//   - epoch 4: a new event's Validator share nets against its debt;
//   - the audit passes after each close (from the chain's logs) and catches
//     a tampered correction.
func TestDisputesThroughThePipeline(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := newWorkedFlow(t, st)
		w, p := f.w, f.parties
		w.Deposit(t, 1, 10_000_000)
		f.mustGov(0, "valuation 2", govABI.PackPublishValuation(big.NewInt(example.DatasetID), w.Token, "requests", big.NewInt(1500), big.NewInt(1), [][32]byte{}, []*big.Int{}))
		evTime := f.head() + 5
		for _, id := range []string{"A", "B", "C", "D", "E"} {
			f.signEvent(id, evTime)
		}
		w.Warp(t, 10)
		f.index()
		pricer := &pipeline.Pricer{Store: st, Dep: w.Dep}
		if s, err := pricer.PriceAll(ctx); err != nil || s.Priced != 5 {
			t.Fatalf("price: %+v %v", s, err)
		}
		c1 := f.close(evTime + 1)
		if got := cumOf(c1.Statements, p.Validator); got.Cmp(big.NewInt(5*228_000)) != 0 {
			t.Fatalf("epoch 1 Validator cumulative %s, want 5 × 228,000", got)
		}

		// Inside the window: A, B, C by the consumer, CF 3 by governance.
		for _, id := range []string{"A", "B", "C"} {
			if err := f.openEvent(1, id, evTime); err != nil {
				t.Fatal(err)
			}
		}
		if err := f.openEvent(0, "D", evTime); err != nil { // governance
			t.Fatal(err)
		}
		// After the window: refused on chain, with the deadline.
		w.Warp(t, reserveWindow+10)
		err := f.openEvent(1, "E", evTime)
		if err == nil || !strings.Contains(reverts.Explain(err).Error(), "DisputeWindowClosed") {
			t.Fatalf("a dispute after the window: %v (%s), want DisputeWindowClosed", err, reverts.Explain(err).Error())
		}
		f.index()
		c2 := f.close(f.head() - 1)
		if v := f.audit(2); !v.OK {
			t.Fatalf("audit of epoch 2: %+v", v.Mismatches)
		}
		// Exactly E's reserve released: 18,000 of it to the Patient; A..D held.
		if got := lineOf(t, c2.Statements, p.Patient).ReleasedAtto; got != atto(18_000) {
			t.Fatalf("epoch 2 Patient released %s, want only E's 18,000", got)
		}
		ds, err := f.epochs.Disputes(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(ds) != 4 || ds[3].Status != "open" || len(ds[3].EventIDs) != 1 || ds[3].EventIDs[0] != "D" || !ds[3].Opened.Governance {
			t.Fatalf("disputes after epoch 2: %+v; want governance's dispute open on D", ds)
		}

		// Resolutions.
		f.resolve(1, pipeline.OutcomeDismissed, 0, 0)
		f.resolve(2, pipeline.OutcomeValuationCorrected, 0, 2)
		f.resolve(3, pipeline.OutcomeEventVoided, 0, 0)
		f.resolve(4, pipeline.OutcomeCFDeprecated, 3, 0)
		w.Warp(t, 10)
		f.index()
		c3 := f.close(f.head() - 1)
		if v := f.audit(3); !v.OK {
			t.Fatalf("audit of epoch 3: %+v", v.Mismatches)
		}
		cs := c3.Statements.Corrections
		if len(cs) != 3 || cs[0].EventID != "B" || cs[1].EventID != "C" || cs[2].EventID != "D" {
			t.Fatalf("epoch 3 corrections %+v; want B, C, D", cs)
		}
		for i, want := range []string{"dispute-2 upheld: valuation corrected to version 2", "dispute-3 upheld: event voided", "dispute-4 upheld: CF 3 deprecated"} {
			if !strings.HasPrefix(cs[i].Reason, want) {
				t.Errorf("correction of %s has reason %q, want it to start %q", cs[i].EventID, cs[i].Reason, want)
			}
		}
		if cs[0].NewGross != atto(1_500_000) || cs[0].RefundAtto != atto(500_000) || cs[1].RefundAtto != atto(2_000_000) {
			t.Errorf("corrections %+v: want B regrossed to 1,500,000 refunding 500,000 and C refunding 2,000,000", cs[:2])
		}
		for _, c := range c3.Statements.Consumers {
			if common.HexToAddress(c.Consumer) == w.Consumer && c.RefundedAtto != atto(2_500_000) {
				t.Errorf("consumer refunded %s in epoch 3, want 2,500,000 back in its balance", c.RefundedAtto)
			}
		}
		// Cumulatives never decrease; the Validator carries its over-payment as debt.
		for _, who := range []common.Address{p.Patient, p.DrLin, p.Validator, p.Treasury, p.Developer, w.Consumer} {
			if cumOf(c3.Statements, who).Cmp(cumOf(c2.Statements, who)) < 0 {
				t.Errorf("cumulative of %s fell from %s to %s", who, cumOf(c2.Statements, who), cumOf(c3.Statements, who))
			}
		}
		vl := lineOf(t, c3.Statements, p.Validator)
		if vl.Cumulative != vl.PreviousCumulative || vl.DebtAtto == "0" {
			t.Fatalf("Validator after corrections: %+v; want its cumulative kept and a debt", vl)
		}
		// D's pool share goes to the remaining holders: the Patient's payable
		// rises by D's 1,140,000 · 30/80 − 342,000 = 85,500 (+ its reserve shares).
		pl := lineOf(t, c3.Statements, p.Patient)
		if !strings.HasPrefix(pl.CorrectionAtto, "-") && pl.CorrectionAtto == "0" {
			t.Fatalf("Patient's correction %s", pl.CorrectionAtto)
		}
		// A released by its original split: 18,000 more to the Patient, plus
		// the corrected B's and D's reserves (13,500 and 100,000·30/80 of D's split).
		if pl.ReleasedAtto == "0" {
			t.Fatalf("Patient released nothing in epoch 3")
		}

		// Epoch 4: a new event; the Validator's 228,000 share nets its debt.
		// CF disputes on CF 2: by its contributor (reaches F, the only held
		// item holding it) and by the Patient, who has no standing on it.
		ev4 := f.head() + 20
		f.signEvent("F", ev4)
		for _, who := range []int{3, 2} {
			f.mustGov(who, "open CF dispute", govABI.PackOpenDispute(pipeline.TargetCF, big.NewInt(2), "", 0, 0, crypto.Keccak256Hash([]byte("label copied"))))
		}
		w.Warp(t, 30)
		f.index()
		if s, err := pricer.PriceAll(ctx); err != nil || s.Priced != 6 {
			t.Fatalf("price F: %+v %v", s, err)
		}
		c4 := f.close(ev4 + 1)
		v4 := lineOf(t, c4.Statements, p.Validator)
		debt3, _ := new(big.Int).SetString(vl.DebtAtto, 10)
		debt4, _ := new(big.Int).SetString(v4.DebtAtto, 10)
		if v4.Cumulative != vl.Cumulative || new(big.Int).Sub(debt3, debt4).String() != atto(228_000) {
			t.Fatalf("epoch 4 Validator %+v after %+v; want its debt lowered by 228,000 and its cumulative unchanged", v4, vl)
		}
		ds, err = f.epochs.Disputes(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(ds) != 6 || ds[4].Status != "open" || strings.Join(ds[4].EventIDs, ",") != "F" ||
			ds[5].Status != "ignored" || !strings.Contains(ds[5].Note, "neither governance, the CF's contributor nor a holder") {
			t.Fatalf("CF disputes: %+v %+v; want the contributor's open on F and the Patient's ignored", ds[4], ds[5])
		}
		for i, want := range []string{"dismissed", "upheld", "upheld", "upheld"} {
			if ds[i].Status != want {
				t.Errorf("dispute %d is %s, want %s", i+1, ds[i].Status, want)
			}
		}
		for k := uint64(1); k <= 4; k++ {
			if v := f.audit(k); !v.OK {
				t.Fatalf("audit of epoch %d: %+v", k, v.Mismatches)
			}
		}

		// A tampered correction is caught.
		if _, err := st.DB().ExecContext(ctx, st.DB().Rebind(`UPDATE epochs SET statements = REPLACE(statements, 'event voided', 'event voidee') WHERE epoch = 3`)); err != nil {
			t.Fatal(err)
		}
		if v := f.audit(3); v.OK {
			t.Fatal("audit passed a tampered correction")
		}
	})
}
