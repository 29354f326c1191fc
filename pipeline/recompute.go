package pipeline

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"iter"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/usage"
)

// expectedItem is a line item as recomputed from its signed usage event and
// the chain's facts at the event's time, beside the row the store holds.
type expectedItem struct {
	row store.LineItemRow
	in  *engine.Input
	li  *engine.LineItem
}

// expectedEpoch is a closed epoch as recomputed, beside its stored row.
type expectedEpoch struct {
	row        store.EpochRow
	items      []expectedItem
	statements *engine.EpochStatements
	tree       *merkle.Tree // nil when nobody is entitled
	receipts   *merkle.Tree // nil when no line item
	payout     relayer.Payout
}

// recomputation is epochs 1..N rebuilt from the signed usage events, the
// chain's facts and the epochs' boundaries and line-item assignments (the
// operator's choices, taken as input and checked), trusting no stored result.
type recomputation struct {
	epochs   []expectedEpoch
	loose    []expectedItem                // priced line items no epoch has accrued yet
	events   int                           // stored usage events read
	seen     map[string]bool               // ids of the stored usage events, valid or not
	signed   map[string]*usage.SignedEvent // the stored usage events that passed their checks
	findings []Finding                     // what is wrong with the inputs themselves
	stopped  bool                          // the engine refused an epoch: later ones were not recomputed
}

func (r *recomputation) add(artifact string, key Key, field, expected, found string) {
	r.findings = append(r.findings, Finding{Artifact: artifact, Key: key, Field: field, Expected: expected, Found: found})
}

// recompute rebuilds epochs 1..through (0: every closed epoch).
func (e *Epochs) recompute(ctx context.Context, facts *Facts, through uint64) (*recomputation, error) {
	r := &recomputation{seen: map[string]bool{}}
	signed, err := e.signedEvents(ctx, r)
	if err != nil {
		return nil, err
	}
	r.signed = signed
	if through == 0 {
		last, err := e.Store.LastEpoch(ctx, e.Dep.ChainID)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		through = last.Epoch
	}
	inputs := map[string]*engine.Input{}
	lookup := func(id string) (*engine.Input, error) {
		if in := inputs[id]; in != nil {
			return in, nil
		}
		return nil, fmt.Errorf("line item %s: not in an earlier epoch: %w", id, store.ErrNotFound)
	}
	corr := newCorrector(e.Dep, facts.all, lookup)
	st := engine.NewState()
	for k := uint64(1); k <= through; k++ {
		row, err := e.Store.Epoch(ctx, e.Dep.ChainID, k)
		if errors.Is(err, store.ErrNotFound) {
			return nil, fmt.Errorf("epoch %d is not closed: %w", k, err)
		} else if err != nil {
			return nil, err
		}
		rows, err := e.Store.LineItems(ctx, e.Dep.ChainID, k)
		if err != nil {
			return nil, err
		}
		ep := expectedEpoch{row: row}
		var accruals []engine.Accrual
		for i := range rows {
			it := e.expectItem(facts, signed, &rows[i], r)
			if it.li == nil {
				continue
			}
			ep.items = append(ep.items, it)
			inputs[it.li.EventID] = it.in
			accruals = append(accruals, engine.Accrual{Item: it.li, DisputeWindow: it.in.Policy.DisputeWindow})
		}
		for _, d := range facts.Deposits(row.End) {
			if _, err := st.Deposit(d); err != nil {
				return nil, fmt.Errorf("apply deposit %s: %w", d.ID, err)
			}
		}
		for _, c := range facts.Credits(row.End) {
			if _, err := st.AddCredit(c); err != nil {
				return nil, fmt.Errorf("apply credit purchase %s: %w", c.ID, err)
			}
		}
		pending := make([]*engine.Input, len(ep.items))
		for i := range ep.items {
			pending[i] = ep.items[i].in
		}
		if err := corr.before(st, row.End, pending); err != nil {
			r.add(ArtStatements, Key{Epoch: k}, "disputes", "the engine applies the epoch's disputes and corrections", err.Error())
			r.stopped = true
			return r, nil
		}
		res, err := st.CloseEpoch(engine.Close{Epoch: k, Start: row.Start, End: row.End}, accrualSeq(accruals), corr.lookup)
		if err != nil {
			r.add(ArtStatements, Key{Epoch: k}, "close", "the engine closes the epoch from its inputs", err.Error())
			r.stopped = true
			return r, nil
		}
		if err := corr.after(st); err != nil {
			r.add(ArtStatements, Key{Epoch: k}, "disputes", "the engine applies the epoch's upheld changes after its close", err.Error())
			r.stopped = true
			return r, nil
		}
		ep.statements = res.Statements
		tree, totals, err := e.entitlementTree(res.Statements)
		if err != nil {
			return nil, err
		}
		ep.tree = tree
		if ep.receipts, err = receiptTreeOf(ep.items); err != nil {
			return nil, err
		}
		ep.payout = relayer.Payout{ChainID: e.Dep.ChainID, Vault: e.Dep.RevenueVault, Distributor: e.Dep.RoyaltyDistributor, Epoch: k, End: row.End}
		if tree != nil {
			ep.payout.Root = tree.Root()
		}
		if ep.receipts != nil {
			ep.payout.ReceiptRoot = ep.receipts.Root()
		}
		for _, a := range sortedKeys(totals) {
			ep.payout.Assets = append(ep.payout.Assets, a)
			ep.payout.Totals = append(ep.payout.Totals, totals[a].ToBig())
		}
		ep.payout.Fundings = payoutFundings(res.Fundings) // the ledger's: the engine derives them at the close
		r.epochs = append(r.epochs, ep)
	}
	rows, err := e.Store.LineItems(ctx, e.Dep.ChainID, 0)
	if err != nil {
		return nil, err
	}
	for i := range rows {
		if it := e.expectItem(facts, signed, &rows[i], r); it.li != nil {
			r.loose = append(r.loose, it)
		}
	}
	return r, nil
}

func accrualSeq(as []engine.Accrual) iter.Seq2[engine.Accrual, error] {
	return func(yield func(engine.Accrual, error) bool) {
		for _, a := range as {
			if !yield(a, nil) {
				return
			}
		}
	}
}

// signedEvents reads every stored usage event of the deployment's chain and
// checks it as stored: the
// body decodes, its id is the row's, the meter's EIP-712 signature over the
// body verifies under the deployment's domain, and every column agrees with
// the body. It returns the events that pass, by id.
func (e *Epochs) signedEvents(ctx context.Context, r *recomputation) (map[string]*usage.SignedEvent, error) {
	dom := usage.Domain{ChainID: e.Dep.ChainID, VerifyingContract: e.Dep.GovernanceConfig}
	out := map[string]*usage.SignedEvent{}
	var after []byte
	for {
		rows, err := e.Store.UsageEventRows(ctx, e.Dep.ChainID, after, store.MaxUsageEventsPage)
		if err != nil {
			return nil, err
		}
		for i := range rows {
			r.events++
			r.seen[string(rows[i].ID)] = true
			if ev := checkUsageEvent(&rows[i], dom, r); ev != nil {
				out[ev.ID] = ev
			}
		}
		if len(rows) < store.MaxUsageEventsPage {
			return out, nil
		}
		after = rows[len(rows)-1].ID
	}
}

func checkUsageEvent(row *store.UsageEventRow, dom usage.Domain, r *recomputation) *usage.SignedEvent {
	id := string(row.ID)
	key := Key{Event: id}
	ev, err := usage.Decode([]byte(row.Body))
	if err != nil {
		r.add(ArtUsageEvent, key, "body", "a signed usage event (docs/usage-events.md)", err.Error())
		return nil
	}
	ok := true
	if ev.ID != id {
		r.add(ArtUsageEvent, key, "id", id, ev.ID)
		ok = false
	}
	if err := ev.Verify(dom); err != nil {
		r.add(ArtUsageEvent, key, "signature", "signed by meter "+ev.Meter.Hex()+" over the body", err.Error())
		ok = false
	}
	sh := ev.StructHash()
	for _, c := range []struct {
		column         string
		expected, have string
	}{
		{"consumer", ev.Consumer.Hex(), common.BytesToAddress(row.Consumer).Hex()},
		{"payment_account", ev.PaymentAccount.Hex(), common.BytesToAddress(row.PaymentAccount).Hex()},
		{"dataset_id", ev.DatasetID.Dec(), row.DatasetID},
		{"dataset_version", strconv.FormatUint(ev.DatasetVersion, 10), row.DatasetVersion},
		{"event_time", strconv.FormatUint(ev.Timestamp, 10), strconv.FormatInt(row.EventTime, 10)},
		{"valuation_version", strconv.FormatUint(ev.ValuationVersion, 10), row.ValuationVersion},
		{"meter", ev.Meter.Hex(), common.BytesToAddress(row.Meter).Hex()},
		{"mode", strconv.Itoa(int(ev.Mode)), strconv.FormatInt(row.Mode, 10)},
		{"struct_hash", sh.Hex(), common.BytesToHash(row.StructHash).Hex()},
	} {
		if c.expected != c.have {
			r.add(ArtUsageEvent, key, c.column, c.expected, c.have)
		}
	}
	if !ok {
		return nil
	}
	return ev
}

// expectItem recomputes a stored line item from its signed event and the
// facts at the event's time. A missing input is a finding; the stored
// bundle's part stands in for it so that the rest is still checked.
func (e *Epochs) expectItem(facts *Facts, signed map[string]*usage.SignedEvent, row *store.LineItemRow, r *recomputation) expectedItem {
	it := expectedItem{row: *row}
	key := Key{Epoch: row.Epoch, Event: row.EventID}
	stored, serr := engine.DecodeBundle(bytes.NewReader(row.Bundle))
	var in engine.Input
	if ev := signed[row.EventID]; ev != nil {
		in.Event = ev.Event()
		if ok, err := facts.MeterAt(ev.Meter, ev.Timestamp); err != nil || !ok {
			found := "not authorised"
			if err != nil {
				found = err.Error()
			}
			r.add(ArtUsageEvent, Key{Event: ev.ID}, "meter", ev.Meter.Hex()+" authorised at "+strconv.FormatUint(ev.Timestamp, 10), found)
		}
	} else {
		if !r.seen[row.EventID] {
			r.add(ArtLineItem, key, "event", "a stored usage event signed by an authorised meter", "none stored")
		}
		if serr != nil {
			r.add(ArtLineItem, key, "bundle", "a bundle to price", serr.Error())
			return it
		}
		in.Event = stored.Event
	}
	ev := &in.Event
	fallback := func(field string, err error) bool {
		r.add(ArtLineItem, key, "bundle."+field, "from the chain's facts at "+strconv.FormatUint(ev.Timestamp, 10), err.Error())
		return serr == nil
	}
	val, dataset, err := facts.Valuation(ev.ValuationVersion)
	switch {
	case err != nil:
		if !fallback("valuation", err) {
			return it
		}
		val = stored.Valuation
	case !dataset.Eq(&ev.DatasetID):
		if !fallback("valuation", fmt.Errorf("valuation version %d prices dataset %s, not %s", ev.ValuationVersion, dataset.Dec(), ev.DatasetID.Dec())) {
			return it
		}
		val = stored.Valuation
	}
	pol, err := facts.PolicyAt(&ev.DatasetID, ev.Timestamp)
	if err != nil {
		if !fallback("policy", err) {
			return it
		}
		pol = stored.Policy
	}
	snap, err := facts.Snapshot(&ev.DatasetID, ev.DatasetVersion, ev.Timestamp)
	if err != nil {
		if !fallback("snapshot", err) {
			return it
		}
		snap = stored.Snapshot
	}
	in.Valuation, in.Policy, in.Snapshot = val, pol, snap
	li, err := engine.ComputeLineItem(&in)
	if err != nil {
		r.add(ArtLineItem, key, "event", "an event the engine prices", err.Error())
		return it
	}
	it.in, it.li = &in, &li
	return it
}

// receiptLeaf is one line item's leaf of the receipt tree (ReceiptTypes).
func receiptLeaf(in *engine.Input, li *engine.LineItem) []string {
	return []string{crypto.Keccak256Hash([]byte(li.EventID)).Hex(), li.Hash.Hex(),
		strconv.FormatUint(li.ValuationVersion, 10), engine.SnapshotHash(&in.Snapshot).Hex(), li.Asset.Hex(), li.Gross.Dec()}
}

func receiptTreeOf(items []expectedItem) (*merkle.Tree, error) {
	if len(items) == 0 {
		return nil, nil
	}
	values := make([][]string, len(items))
	for i := range items {
		values[i] = receiptLeaf(items[i].in, items[i].li)
	}
	return merkle.Build(ReceiptTypes, values)
}
