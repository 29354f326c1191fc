package pipeline

import (
	"iter"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/store"
)

var (
	tGov      = common.HexToAddress("0x6060")
	tToken    = common.HexToAddress("0x7070")
	tAsset    = common.HexToAddress("0xa55e7")
	tConsumer = common.HexToAddress("0xc0")
)

func tInput(id string, ts uint64) *engine.Input {
	h := func(cf uint64, holder string, u uint64) engine.Holding {
		return engine.Holding{CfID: *uint256.NewInt(cf), Holder: common.HexToAddress(holder), Units: *uint256.NewInt(u)}
	}
	return &engine.Input{
		Event: engine.Event{ID: id, Consumer: tConsumer, DatasetID: *uint256.NewInt(7), DatasetVersion: 1,
			Quantity: *uint256.NewInt(1_000), Unit: "request", Timestamp: ts, ValuationVersion: 1},
		Valuation: engine.Valuation{Version: 1, Asset: tAsset, Unit: "request", BasePrice: *uint256.NewInt(2_000), PriceUnit: *uint256.NewInt(1)},
		Policy: engine.Policy{Version: 1, ReserveBps: 500, ProtocolBps: 1500, DeveloperBps: 1000, PoolBps: 6000,
			Treasury: common.HexToAddress("0xa1"), Developers: []engine.Developer{{Account: common.HexToAddress("0xd1"), Weight: *uint256.NewInt(1)}},
			DisputeWindow: 1_000},
		Snapshot: engine.Snapshot{Holdings: []engine.Holding{h(1, "0xb01", 30), h(2, "0xb02", 50), h(3, "0xb03", 20)}},
	}
}

func meta(addr common.Address, block, at uint64) store.FactMeta {
	return store.FactMeta{ChainID: 1, BlockNumber: block, BlockTime: at, Address: addr}
}

type corrCase struct {
	t      *testing.T
	st     *engine.State
	c      *corrector
	inputs map[string]*engine.Input
	epoch  uint64
	end    uint64
}

func (k *corrCase) close(end uint64, ids ...string) *engine.EpochStatements {
	k.t.Helper()
	var pending []*engine.Input
	for _, id := range ids {
		pending = append(pending, k.inputs[id])
	}
	if err := k.c.before(k.st, end, pending); err != nil {
		k.t.Fatal(err)
	}
	seq := func(yield func(engine.Accrual, error) bool) {
		for _, in := range pending {
			li, err := engine.ComputeLineItem(in)
			if !yield(engine.Accrual{Item: &li, DisputeWindow: in.Policy.DisputeWindow}, err) {
				return
			}
		}
	}
	k.epoch++
	res, err := k.st.CloseEpoch(engine.Close{Epoch: k.epoch, Start: k.end, End: end}, iter.Seq2[engine.Accrual, error](seq), k.c.lookup)
	if err != nil {
		k.t.Fatal(err)
	}
	k.end = end
	if err := k.c.after(k.st); err != nil {
		k.t.Fatal(err)
	}
	return res.Statements
}

func (k *corrCase) dispute(id string) *Dispute {
	for _, d := range k.c.all {
		if d.ID == id {
			return d
		}
	}
	k.t.Fatalf("no dispute %s among %d", id, len(k.c.all))
	return nil
}

// The corrector's rules without a chain: a CF amendment outside a dispute
// corrects every held item holding the CF that no dispute freezes (the
// amending CF's holders at the amendment's block take its place) and waits
// for an item not accrued yet; a dispute whose items are all frozen already
// is ignored, as is one without standing; a corrected valuation of another
// asset is refused and releases the items as a dismissal would.
func TestCorrectorRules(t *testing.T) {
	dep := deploy.Deployment{ChainID: 1, GovernanceConfig: tGov, OwnershipToken: tToken}
	cf := func(v uint64) uint256.Int { return *uint256.NewInt(v) }
	h4 := common.HexToAddress("0xb04")
	facts := []store.Fact{
		&store.ContributionRegistered{FactMeta: meta(tToken, 5, 150), CfID: cf(4), Contributor: h4, Holder: h4, Units: cf(10)},
		&store.Transfer{FactMeta: meta(tToken, 5, 150), To: h4, ID: cf(4), Value: cf(10)},
		&store.ValuationPublished{FactMeta: meta(tGov, 5, 150), Version: 2, DatasetID: cf(7), Asset: common.HexToAddress("0xbad"), Unit: "request",
			BasePrice: cf(1_500), PriceUnit: cf(1)},
		&store.DisputeOpened{FactMeta: meta(tGov, 6, 200), ID: 1, Target: TargetEvent, Opener: tConsumer, EventID: "X1", EventTime: 100, PolicyVersion: 1},
		&store.ContributionAmended{FactMeta: meta(tToken, 7, 300), OldCfID: cf(3), NewCfID: cf(4)},
		&store.DisputeOpened{FactMeta: meta(tGov, 8, 350), ID: 2, Target: TargetValuation, Subject: cf(1), Opener: common.HexToAddress("0x5ee")},
		&store.DisputeOpened{FactMeta: meta(tGov, 9, 360), ID: 3, Target: TargetValuation, Subject: cf(1), Opener: common.HexToAddress("0x5ee"), Governance: true},
		&store.DisputeResolved{FactMeta: meta(tGov, 10, 450), ID: 1, Outcome: OutcomeValuationCorrected, ValuationVersion: 2},
		// X4 is priced late (it first reaches close 3); X5 never is.
		&store.DisputeOpened{FactMeta: meta(tGov, 11, 460), ID: 4, Target: TargetEvent, Opener: tConsumer, EventID: "X4", EventTime: 205, PolicyVersion: 1},
		&store.DisputeOpened{FactMeta: meta(tGov, 11, 460), ID: 5, Target: TargetEvent, Opener: tConsumer, EventID: "X5", EventTime: 205, PolicyVersion: 1},
		&store.DisputeResolved{FactMeta: meta(tGov, 12, 470), ID: 4, Outcome: OutcomeEventVoided},
		&store.DisputeResolved{FactMeta: meta(tGov, 12, 470), ID: 5, Outcome: OutcomeDismissed},
	}
	k := &corrCase{t: t, st: engine.NewState(), inputs: map[string]*engine.Input{"X1": tInput("X1", 100), "X2": tInput("X2", 100), "X3": tInput("X3", 400), "X4": tInput("X4", 205)}}
	k.c = newCorrector(dep, facts, func(id string) (*engine.Input, error) { return k.inputs[id], nil })
	if _, err := k.st.Deposit(engine.Deposit{ID: "d", Consumer: tConsumer, Asset: tAsset, Amount: cf(10_000_000), At: 1}); err != nil {
		t.Fatal(err)
	}
	k.close(110, "X1", "X2")
	s2 := k.close(500, "X3")
	if len(s2.Corrections) != 0 {
		t.Fatalf("epoch 2 corrections %+v; the amendment waits for X3's accrual", s2.Corrections)
	}
	amended := k.dispute("cf-3-amended@7.0")
	if amended.Status != "upheld" || strings.Join(amended.EventIDs, ",") != "X2,X3" {
		t.Fatalf("amendment outside a dispute: %+v; want X2 and X3 (X1 frozen by dispute-1)", amended)
	}
	if d := k.dispute("dispute-2"); d.Status != "ignored" || !strings.Contains(d.Note, "neither governance nor a consumer") {
		t.Errorf("dispute-2 without standing: %+v", d)
	}
	if d := k.dispute("dispute-3"); d.Status != "ignored" || !strings.Contains(d.Note, "already disputed") {
		t.Errorf("dispute-3 on frozen items only: %+v", d)
	}
	if d := k.dispute("dispute-1"); d.Status != "refused" || !strings.Contains(strings.ToLower(d.Note), "prices dataset 7 in 0x0000000000000000000000000000000000000bad") {
		t.Errorf("dispute-1 with a valuation of another asset: %+v", d)
	}
	if d := k.dispute("dispute-4"); d.Status != StatusWaiting || !strings.Contains(d.Note, "upheld before its line item was priced") {
		t.Errorf("dispute-4 on a line item not priced yet: %+v", d)
	}
	if d := k.dispute("dispute-5"); d.Status != "dismissed" {
		t.Errorf("dispute-5 dismissed while waiting: %+v", d)
	}
	in, err := k.c.lookup("X2")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, h := range in.Snapshot.Holdings {
		got = append(got, h.CfID.Dec()+":"+h.Holder.Hex()+":"+h.Units.Dec())
	}
	if strings.ToLower(strings.Join(got, " ")) != "1:0x0000000000000000000000000000000000000b01:30 2:0x0000000000000000000000000000000000000b02:50 4:0x0000000000000000000000000000000000000b04:10" {
		t.Fatalf("X2's corrected snapshot %v", got)
	}
	// Epoch 3 lists the amendment's two corrections; X1 (refused, so
	// released as dismissed) and X2 release after their window by their
	// splits; the old holder of CF 3 keeps its cumulative.
	s3 := k.close(1_200, "X4")
	if len(s3.Corrections) != 2 || s3.Corrections[0].EventID != "X2" || s3.Corrections[1].EventID != "X3" ||
		!strings.HasPrefix(s3.Corrections[0].Reason, "CF 3 amended by CF 4 outside a dispute") {
		t.Fatalf("epoch 3 corrections %+v", s3.Corrections)
	}
	if _, final, _ := k.st.ItemStatus("X1"); !final {
		t.Errorf("X1 not released after its refused dispute")
	}
	// X4 came, frozen at its accrual, voided after the close: its correction is in epoch 4.
	if d := k.dispute("dispute-4"); d.Status != "upheld" || strings.Join(d.EventIDs, ",") != "X4" {
		t.Errorf("dispute-4 once X4 was priced: %+v", d)
	}
	s4 := k.close(1_300)
	if len(s4.Corrections) != 1 || s4.Corrections[0].EventID != "X4" || s4.Corrections[0].NewGross != "0" ||
		!strings.HasPrefix(s4.Corrections[0].Reason, "dispute-4 upheld: event voided") {
		t.Fatalf("epoch 4 corrections %+v; want X4 voided", s4.Corrections)
	}
	old := k.st.Cumulative(common.HexToAddress("0xb03"), tAsset)
	if old.IsZero() {
		t.Errorf("CF 3's holder lost its cumulative")
	}
}

// A valuation dispute by a consumer priced with it reaches every held item
// of the version; upheld with a corrected version of the same asset, each is
// repriced (2,000,000 → 1,500,000, 500,000 refunded each). A CF dispute by
// its contributor, upheld as amended, gives the old CF's pool share to the
// amending CF's holders.
func TestValuationAndCFDisputesUpheld(t *testing.T) {
	dep := deploy.Deployment{ChainID: 1, GovernanceConfig: tGov, OwnershipToken: tToken}
	cf := func(v uint64) uint256.Int { return *uint256.NewInt(v) }
	contributor, h5 := common.HexToAddress("0xc2"), common.HexToAddress("0xb05")
	facts := []store.Fact{
		&store.ContributionRegistered{FactMeta: meta(tToken, 1, 50), CfID: cf(2), Contributor: contributor, Holder: common.HexToAddress("0xb02"), Units: cf(50)},
		&store.ValuationPublished{FactMeta: meta(tGov, 5, 150), Version: 2, DatasetID: cf(7), Asset: tAsset, Unit: "request",
			BasePrice: cf(1_500), PriceUnit: cf(1)},
		&store.DisputeOpened{FactMeta: meta(tGov, 6, 200), ID: 1, Target: TargetValuation, Subject: cf(1), Opener: tConsumer},
		&store.DisputeResolved{FactMeta: meta(tGov, 7, 300), ID: 1, Outcome: OutcomeValuationCorrected, ValuationVersion: 2},
		&store.Transfer{FactMeta: meta(tToken, 8, 350), To: h5, ID: cf(5), Value: cf(25)},
		&store.DisputeOpened{FactMeta: meta(tGov, 9, 600), ID: 2, Target: TargetCF, Subject: cf(2), Opener: contributor},
		&store.DisputeResolved{FactMeta: meta(tGov, 10, 700), ID: 2, Outcome: OutcomeCFAmended, CfID: cf(2), NewCfID: cf(5)},
	}
	k := &corrCase{t: t, st: engine.NewState(), inputs: map[string]*engine.Input{"Y1": tInput("Y1", 100), "Y2": tInput("Y2", 100)}}
	k.c = newCorrector(dep, facts, func(id string) (*engine.Input, error) { return k.inputs[id], nil })
	if _, err := k.st.Deposit(engine.Deposit{ID: "d", Consumer: tConsumer, Asset: tAsset, Amount: cf(10_000_000), At: 1}); err != nil {
		t.Fatal(err)
	}
	k.close(110, "Y1", "Y2")
	s2 := k.close(500)
	if d := k.dispute("dispute-1"); d.Status != "upheld" || strings.Join(d.EventIDs, ",") != "Y1,Y2" {
		t.Fatalf("valuation dispute: %+v", d)
	}
	if len(s2.Corrections) != 2 {
		t.Fatalf("epoch 2 corrections %+v", s2.Corrections)
	}
	for _, c := range s2.Corrections {
		if c.NewGross != "1500000"+strings.Repeat("0", 18) || c.RefundAtto != "500000"+strings.Repeat("0", 18) {
			t.Errorf("correction %+v: want 1,500,000 and 500,000 refunded", c)
		}
	}
	s3 := k.close(800)
	if d := k.dispute("dispute-2"); d.Status != "upheld" || strings.Join(d.EventIDs, ",") != "Y1,Y2" {
		t.Fatalf("CF dispute: %+v", d)
	}
	if len(s3.Corrections) != 2 || !strings.HasPrefix(s3.Corrections[0].Reason, "dispute-2 upheld: CF 2 amended by CF 5") {
		t.Fatalf("epoch 3 corrections %+v", s3.Corrections)
	}
	in, err := k.c.lookup("Y1")
	if err != nil {
		t.Fatal(err)
	}
	cf2, cf5 := cf(2), cf(5)
	if in.Valuation.Version != 2 || holds(in, &cf2) || !holds(in, &cf5) {
		t.Fatalf("Y1's input after both: valuation %d, holdings %+v", in.Valuation.Version, in.Snapshot.Holdings)
	}
	// The amending CF's holder is paid from the next close: its payable holds Y1's and Y2's pool share of CF 5.
	if b := k.st.Balance(engine.AcctPayable(h5), tAsset); b.String() == "0" {
		t.Fatalf("the amending CF's holder has payable %s", b.String())
	}
}
