package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/store"
)

// Dispute targets and outcomes, as GovernanceConfig numbers them
// (docs/contracts.md "Disputes").
const (
	TargetEvent     = 0
	TargetCF        = 1
	TargetValuation = 2

	OutcomeDismissed          = 1
	OutcomeCFDeprecated       = 2
	OutcomeCFAmended          = 3
	OutcomeValuationCorrected = 4
	OutcomeEventVoided        = 5
)

// Dispute is one dispute, or one CF correction outside a dispute, as the
// pipeline applied it at the closes so far.
type Dispute struct {
	ID       string                 // "dispute-<n>", or "cf-<id>-deprecated@<block>.<log>" / "cf-<id>-amended@…"
	Opened   *store.DisputeOpened   // nil for a correction outside a dispute
	Resolved *store.DisputeResolved // nil while open, and for a correction outside a dispute
	EventIDs []string               // the line items whose reserve it froze
	Status   string                 // "open", "dismissed", "upheld", "refused" (a change the inputs cannot take: released as dismissed), "ignored", or StatusWaiting
	Note     string                 // why ignored, refused or waiting
	Reason   string                 // the correction's reason, as the statements record it

	upheld *fix // an upheld resolution that came while the dispute waited for its line item
}

// StatusWaiting: an event dispute whose event has no priced line item yet;
// every later close looks for it, and it freezes the item when it comes.
const StatusWaiting = "waiting for its line item"

// errNoItem marks an event dispute whose line item is not priced yet.
var errNoItem = errors.New("no priced line item yet")

// corrector applies a deployment's disputes, resolutions and CF amendments
// and deprecations at epoch closes, from final facts, in chain order: every
// replay, close and recomputation runs the same one, so the same facts give
// the same statements (docs/pipeline.md "Disputes and corrections").
type corrector struct {
	dep      deploy.Deployment
	facts    []store.Fact // every fact of the deployment, in chain order
	ops      []store.Fact // the ones that open, resolve or correct
	next     int
	base     engine.Lookup
	overlay  map[string]*engine.Input // corrected inputs, by event id
	byChain  map[uint64]*Dispute
	all      []*Dispute
	waiting  []*Dispute // event disputes whose line item is not priced yet, in chain order
	deferred []deferredFix
	registry map[uint256.Int]common.Address // CF → contributor
}

type deferredFix struct {
	d   *Dispute
	fix fix
}

// fix is an upheld change: what it does to each named line item's input.
type fix struct {
	outcome          uint8
	cf, newCf        uint256.Int
	valuationVersion uint64
	block            uint64 // the fact's block: an amending CF's holders are taken there
	at               uint64
	reason           string
}

func newCorrector(dep deploy.Deployment, facts []store.Fact, base engine.Lookup) *corrector {
	c := &corrector{dep: dep, facts: facts, base: base, overlay: map[string]*engine.Input{}, byChain: map[uint64]*Dispute{},
		registry: map[uint256.Int]common.Address{}}
	for _, f := range facts {
		m := f.Meta()
		switch x := f.(type) {
		case *store.DisputeOpened, *store.DisputeResolved:
			if m.Address == dep.GovernanceConfig {
				c.ops = append(c.ops, f)
			}
		case *store.ContributionDeprecated, *store.ContributionAmended:
			if m.Address == dep.OwnershipToken {
				c.ops = append(c.ops, f)
			}
		case *store.ContributionRegistered:
			if m.Address == dep.OwnershipToken {
				c.registry[x.CfID] = x.Contributor
			}
		}
	}
	return c
}

// lookup serves a line item's current input: the corrected one after a
// correction, else the stored bundle.
func (c *corrector) lookup(id string) (*engine.Input, error) {
	if in := c.overlay[id]; in != nil {
		return in, nil
	}
	return c.base(id)
}

type candidate struct {
	id string
	in *engine.Input
}

// candidates are the line items a dispute can reach at this close: those
// accrued and not final, and those the close is about to accrue.
func (c *corrector) candidates(st *engine.State, pending []*engine.Input) ([]candidate, error) {
	var out []candidate
	for _, id := range st.Held() {
		in, err := c.lookup(id)
		if err != nil {
			return nil, fmt.Errorf("dispute candidates: %w", err)
		}
		out = append(out, candidate{id, in})
	}
	for _, in := range pending {
		if accrued, _, _ := st.ItemStatus(in.Event.ID); !accrued {
			out = append(out, candidate{in.Event.ID, in})
		}
	}
	return out, nil
}

// before applies, in chain order, every dispute fact in a block with time
// before end, ahead of the close; an upheld change to a line item not
// accrued yet waits for after (the close accrues it, frozen).
func (c *corrector) before(st *engine.State, end uint64, pending []*engine.Input) error {
	waiting := c.waiting
	c.waiting = nil
	for _, d := range waiting {
		if err := c.openChecked(st, pending, d); err != nil {
			return err
		}
	}
	for ; c.next < len(c.ops) && c.ops[c.next].Meta().BlockTime < end; c.next++ {
		if err := c.apply(st, c.ops[c.next], pending); err != nil {
			return err
		}
	}
	return nil
}

// after applies the upheld changes held back by before.
func (c *corrector) after(st *engine.State) error {
	d := c.deferred
	c.deferred = nil
	for _, x := range d {
		if err := c.uphold(st, x.d, x.fix); err != nil {
			return err
		}
	}
	return nil
}

func (c *corrector) apply(st *engine.State, f store.Fact, pending []*engine.Input) error {
	switch x := f.(type) {
	case *store.DisputeOpened:
		d := &Dispute{ID: fmt.Sprintf("dispute-%d", x.ID), Opened: x, Status: "open"}
		c.byChain[x.ID] = d
		c.all = append(c.all, d)
		return c.openChecked(st, pending, d)
	case *store.DisputeResolved:
		d := c.byChain[x.ID]
		if d == nil {
			return nil // opened before the deployment's start block: nothing of ours
		}
		d.Resolved = x
		if d.Status == "ignored" {
			return nil
		}
		if d.Status == StatusWaiting && x.Outcome == OutcomeDismissed {
			d.Status, d.Note = "dismissed", "dismissed before its line item was priced"
			c.waiting = slices.DeleteFunc(c.waiting, func(w *Dispute) bool { return w == d })
			return nil
		}
		if x.Outcome == OutcomeDismissed {
			d.Status = "dismissed"
			_, err := st.ResolveDispute(engine.Resolution{DisputeID: d.ID, Reason: d.ID + " dismissed; resolution " + x.ReasonHash.Hex(), At: x.BlockTime}, c.lookup)
			return err
		}
		fx := fix{outcome: x.Outcome, cf: x.CfID, newCf: x.NewCfID, valuationVersion: x.ValuationVersion, block: x.BlockNumber, at: x.BlockTime,
			reason: fmt.Sprintf("%s upheld: %s; dispute reason %s; resolution %s", d.ID, describe(x.Outcome, &x.CfID, &x.NewCfID, x.ValuationVersion),
				d.Opened.ReasonHash.Hex(), x.ReasonHash.Hex())}
		if d.Status == StatusWaiting {
			d.upheld, d.Note = &fx, "upheld before its line item was priced: applies when it is"
			return nil
		}
		return c.upholdWhenAccrued(st, d, fx)
	case *store.ContributionDeprecated:
		return c.outside(st, pending, x.CfID, fix{outcome: OutcomeCFDeprecated, cf: x.CfID, block: x.BlockNumber, at: x.BlockTime,
			reason: fmt.Sprintf("CF %s deprecated outside a dispute; reason %s", x.CfID.Dec(), x.ReasonHash.Hex())}, "deprecated", &x.FactMeta)
	case *store.ContributionAmended:
		return c.outside(st, pending, x.OldCfID, fix{outcome: OutcomeCFAmended, cf: x.OldCfID, newCf: x.NewCfID, block: x.BlockNumber, at: x.BlockTime,
			reason: fmt.Sprintf("CF %s amended by CF %s outside a dispute; reason %s", x.OldCfID.Dec(), x.NewCfID.Dec(), x.ReasonHash.Hex())}, "amended", &x.FactMeta)
	}
	return nil
}

// openChecked opens a chain dispute on the line items it reaches, or keeps
// an event dispute waiting for its line item, or ignores it.
func (c *corrector) openChecked(st *engine.State, pending []*engine.Input, d *Dispute) error {
	o := d.Opened
	ids, note, err := c.affected(st, pending, o)
	if errors.Is(err, errNoItem) {
		d.Status, d.Note = StatusWaiting, "no priced line item "+o.EventID+" yet"
		if d.upheld != nil {
			d.Note = "upheld before its line item was priced: applies when it is"
		}
		c.waiting = append(c.waiting, d)
		return nil
	}
	if err != nil {
		return err
	}
	d.Status, d.Note = "open", ""
	if err := c.open(st, d, ids, note, o.BlockTime, o.ReasonHash.Hex()); err != nil || d.upheld == nil || d.Status == "ignored" {
		return err
	}
	return c.upholdWhenAccrued(st, d, *d.upheld)
}

func describe(outcome uint8, cf, newCf *uint256.Int, version uint64) string {
	switch outcome {
	case OutcomeCFDeprecated:
		return "CF " + cf.Dec() + " deprecated"
	case OutcomeCFAmended:
		return "CF " + cf.Dec() + " amended by CF " + newCf.Dec()
	case OutcomeValuationCorrected:
		return fmt.Sprintf("valuation corrected to version %d", version)
	case OutcomeEventVoided:
		return "event voided"
	}
	return fmt.Sprintf("outcome %d", outcome)
}

// outside is a CF amendment or deprecation published outside a dispute: a
// correction of every held line item whose snapshot holds the CF (items
// frozen by an open dispute follow that dispute's resolution instead).
func (c *corrector) outside(st *engine.State, pending []*engine.Input, cf uint256.Int, fx fix, what string, m *store.FactMeta) error {
	cands, err := c.candidates(st, pending)
	if err != nil {
		return err
	}
	var ids []string
	for _, k := range cands {
		if holds(k.in, &cf) {
			if _, _, frozen := st.ItemStatus(k.id); frozen == "" {
				ids = append(ids, k.id)
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	d := &Dispute{ID: fmt.Sprintf("cf-%s-%s@%d.%d", cf.Dec(), what, m.BlockNumber, m.LogIndex), Status: "open"}
	c.all = append(c.all, d)
	if err := c.open(st, d, ids, "", m.BlockTime, fx.reason); err != nil {
		return err
	}
	return c.upholdWhenAccrued(st, d, fx)
}

func (c *corrector) open(st *engine.State, d *Dispute, ids []string, note string, at uint64, reason string) error {
	if note == "" {
		var free []string
		for _, id := range ids {
			accrued, final, frozen := st.ItemStatus(id)
			switch {
			case accrued && final:
				note = "line item " + id + ": reserve already released"
			case frozen != "":
				note = "line item " + id + " already disputed by " + frozen
			default:
				free = append(free, id)
			}
		}
		if len(free) > 0 {
			ids, note = free, ""
		} else if note == "" {
			note = "no held line item is affected"
		}
	}
	if note != "" {
		d.Status, d.Note = "ignored", note
		return nil
	}
	if err := st.OpenDispute(engine.Dispute{ID: d.ID, EventIDs: ids, Opened: at, Reason: reason}); err != nil {
		return fmt.Errorf("apply %s: %w", d.ID, err)
	}
	d.EventIDs = ids
	return nil
}

// affected names the line items a dispute reaches, or says why it is ignored
// (no standing, declared event time or policy not the line item's, nothing
// held).
func (c *corrector) affected(st *engine.State, pending []*engine.Input, o *store.DisputeOpened) ([]string, string, error) {
	cands, err := c.candidates(st, pending)
	if err != nil {
		return nil, "", err
	}
	switch o.Target {
	case TargetEvent:
		for _, k := range cands {
			if k.id != o.EventID {
				continue
			}
			if k.in.Event.Timestamp != o.EventTime || k.in.Policy.Version != o.PolicyVersion {
				return nil, fmt.Sprintf("declared event time %d and policy %d, the line item's are %d and %d",
					o.EventTime, o.PolicyVersion, k.in.Event.Timestamp, k.in.Policy.Version), nil
			}
			if !o.Governance && !paidBy(k.in, o.Opener) {
				return nil, "opener " + o.Opener.Hex() + " is neither governance, the event's consumer nor paid by its line item", nil
			}
			return []string{k.id}, "", nil
		}
		if _, final, _ := st.ItemStatus(o.EventID); final {
			return nil, "line item " + o.EventID + ": reserve already released", nil
		}
		return nil, "", errNoItem
	case TargetCF:
		var ids []string
		standing := o.Governance || c.registry[o.Subject] == o.Opener
		for _, k := range cands {
			if holds(k.in, &o.Subject) {
				ids = append(ids, k.id)
				for _, h := range k.in.Snapshot.Holdings {
					standing = standing || (h.CfID == o.Subject && h.Holder == o.Opener)
				}
			}
		}
		if !standing {
			return nil, "opener " + o.Opener.Hex() + " is neither governance, the CF's contributor nor a holder of it", nil
		}
		return ids, "", nil
	case TargetValuation:
		var ids []string
		standing := o.Governance
		for _, k := range cands {
			if o.Subject.IsUint64() && k.in.Event.ValuationVersion == o.Subject.Uint64() {
				ids = append(ids, k.id)
				standing = standing || k.in.Event.Consumer == o.Opener
			}
		}
		if !standing {
			return nil, "opener " + o.Opener.Hex() + " is neither governance nor a consumer priced by the version", nil
		}
		return ids, "", nil
	}
	return nil, fmt.Sprintf("unknown target %d", o.Target), nil
}

func holds(in *engine.Input, cf *uint256.Int) bool {
	for _, h := range in.Snapshot.Holdings {
		if h.CfID == *cf {
			return true
		}
	}
	return false
}

// paidBy: the event's consumer, or an account its line item pays.
func paidBy(in *engine.Input, a common.Address) bool {
	if in.Event.Consumer == a {
		return true
	}
	li, err := engine.ComputeLineItem(in)
	if err != nil {
		return false
	}
	for _, x := range li.Allocations {
		if x.Account == a && x.Kind != engine.KindReserve {
			return true
		}
	}
	return false
}

func (c *corrector) upholdWhenAccrued(st *engine.State, d *Dispute, fx fix) error {
	for _, id := range d.EventIDs {
		if accrued, _, _ := st.ItemStatus(id); !accrued {
			c.deferred = append(c.deferred, deferredFix{d, fx})
			return nil
		}
	}
	return c.uphold(st, d, fx)
}

// uphold recomputes each named line item from its corrected input and posts
// the corrections; a change the inputs cannot take (a valuation of another
// dataset or asset) releases the items as a dismissal would, noted.
func (c *corrector) uphold(st *engine.State, d *Dispute, fx fix) error {
	var changes []engine.Change
	for _, id := range d.EventIDs {
		in, err := c.lookup(id)
		if err != nil {
			return fmt.Errorf("uphold %s: %w", d.ID, err)
		}
		ch, err := c.change(in, fx)
		if errors.Is(err, errRefusedChange) {
			d.Status, d.Note = "refused", err.Error()
			_, err := st.ResolveDispute(engine.Resolution{DisputeID: d.ID, Reason: d.ID + " refused: " + err.Error(), At: fx.at}, c.lookup)
			return err
		}
		if err != nil {
			return fmt.Errorf("uphold %s: %w", d.ID, err)
		}
		if ch != nil {
			changes = append(changes, *ch)
		}
	}
	d.Status, d.Reason = "upheld", fx.reason
	if _, err := st.ResolveDispute(engine.Resolution{DisputeID: d.ID, Upheld: true, Reason: fx.reason, Changes: changes, At: fx.at}, c.lookup); err != nil {
		return fmt.Errorf("uphold %s: %w", d.ID, err)
	}
	for _, ch := range changes {
		if ch.Void {
			delete(c.overlay, ch.EventID) // final: never looked up again
		} else {
			c.overlay[ch.EventID] = ch.Input
		}
	}
	return nil
}

var errRefusedChange = errors.New("change refused")

// change is the corrected input of one line item, or nil when the fix does
// not change it.
func (c *corrector) change(in *engine.Input, fx fix) (*engine.Change, error) {
	if fx.outcome == OutcomeEventVoided {
		return &engine.Change{EventID: in.Event.ID, Void: true}, nil
	}
	nu := *in
	nu.Snapshot.Holdings = slices.Clone(in.Snapshot.Holdings)
	switch fx.outcome {
	case OutcomeCFDeprecated, OutcomeCFAmended:
		if !holds(in, &fx.cf) {
			return nil, nil
		}
		nu.Snapshot.Holdings = slices.DeleteFunc(nu.Snapshot.Holdings, func(h engine.Holding) bool { return h.CfID == fx.cf })
		if fx.outcome == OutcomeCFAmended {
			nu.Snapshot.Holdings = append(nu.Snapshot.Holdings, c.holders(&fx.newCf, fx.block)...)
		}
	case OutcomeValuationCorrected:
		v, ds, err := c.valuation(fx.valuationVersion)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", errRefusedChange, err)
		}
		if *ds != in.Event.DatasetID || v.Asset != in.Valuation.Asset {
			return nil, fmt.Errorf("%w: valuation %d prices dataset %s in %s, the event is of dataset %s in %s", errRefusedChange,
				v.Version, ds.Dec(), v.Asset.Hex(), in.Event.DatasetID.Dec(), in.Valuation.Asset.Hex())
		}
		nu.Valuation, nu.Event.ValuationVersion = v, v.Version
	default:
		return nil, fmt.Errorf("%w: unknown outcome %d", errRefusedChange, fx.outcome)
	}
	if _, err := engine.ComputeLineItem(&nu); err != nil {
		return nil, fmt.Errorf("%w: recompute %s: %w", errRefusedChange, in.Event.ID, err)
	}
	return &engine.Change{EventID: in.Event.ID, Input: &nu}, nil
}

func (c *corrector) valuation(version uint64) (engine.Valuation, *uint256.Int, error) {
	for _, f := range c.facts {
		if v, ok := f.(*store.ValuationPublished); ok && v.Address == c.dep.GovernanceConfig && v.Version == version {
			val, err := v.Valuation()
			return val, &v.DatasetID, err
		}
	}
	return engine.Valuation{}, nil, fmt.Errorf("valuation version %d is not published", version)
}

// holders of a CF at the end of a block, from the token's transfers.
func (c *corrector) holders(cf *uint256.Int, block uint64) []engine.Holding {
	bal := map[common.Address]*uint256.Int{}
	var order []common.Address
	for _, f := range c.facts {
		t, ok := f.(*store.Transfer)
		if !ok || t.Address != c.dep.OwnershipToken || t.BlockNumber > block || t.ID != *cf {
			continue
		}
		for _, a := range []common.Address{t.From, t.To} {
			if bal[a] == nil {
				bal[a] = new(uint256.Int)
				order = append(order, a)
			}
		}
		bal[t.From].Sub(bal[t.From], &t.Value)
		bal[t.To].Add(bal[t.To], &t.Value)
	}
	var out []engine.Holding
	for _, a := range order {
		if a != (common.Address{}) && !bal[a].IsZero() {
			out = append(out, engine.Holding{CfID: *cf, Holder: a, Units: *bal[a]})
		}
	}
	slices.SortFunc(out, func(x, y engine.Holding) int { return x.Holder.Cmp(y.Holder) })
	return out
}

// Disputes lists, in chain order, every dispute and every CF correction
// outside a dispute as the closed epochs applied them; disputes opened or
// resolved since the last close are listed "awaiting close" (the next close
// applies them).
func (e *Epochs) Disputes(ctx context.Context) ([]*Dispute, error) {
	l, err := e.replay(ctx)
	if err != nil {
		return nil, err
	}
	c := l.corr
	out := slices.Clone(c.all)
	for _, f := range c.ops[c.next:] {
		switch x := f.(type) {
		case *store.DisputeOpened:
			d := &Dispute{ID: fmt.Sprintf("dispute-%d", x.ID), Opened: x, Status: "awaiting close"}
			c.byChain[x.ID] = d
			out = append(out, d)
		case *store.DisputeResolved:
			if d := c.byChain[x.ID]; d != nil {
				d.Resolved = x
				if d.Status == "open" || d.Status == "awaiting close" {
					d.Status = "resolved, awaiting close"
				}
			}
		}
	}
	return out, nil
}

// EpochCorrection is a correction as a stored epoch's statements list it.
type EpochCorrection struct {
	Epoch uint64 `json:"epoch"`
	engine.Correction
}

// Corrections lists the corrections of a dispute (all of them for "") in
// the stored statements of the closed epochs, in epoch order.
func (e *Epochs) Corrections(ctx context.Context, disputeID string) ([]EpochCorrection, error) {
	out := []EpochCorrection{}
	for k := uint64(1); ; k++ {
		row, err := e.Store.Epoch(ctx, e.Dep.ChainID, k)
		if errors.Is(err, store.ErrNotFound) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		var s engine.EpochStatements
		if err := json.Unmarshal(row.Statements, &s); err != nil {
			return nil, fmt.Errorf("epoch %d statements: %w", k, err)
		}
		for _, c := range s.Corrections {
			if disputeID == "" || c.DisputeID == disputeID {
				out = append(out, EpochCorrection{Epoch: k, Correction: c})
			}
		}
	}
}
