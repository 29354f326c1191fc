package engine

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// OpenDispute freezes the reserve of exactly the line items d names; other
// items' reserves keep to their own windows. A named item may still be on its
// way to its epoch's close (the freeze then applies when it is accrued), but
// must not have had its reserve released. Re-opening the same dispute is a
// no-op.
func (st *State) OpenDispute(d Dispute) error {
	if d.ID == "" || len(d.EventIDs) == 0 {
		return fmt.Errorf("open dispute %q: needs an id and line items: %w", d.ID, ErrBadItem)
	}
	ids := slices.Clone(d.EventIDs)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	if old, ok := st.disputes[d.ID]; ok {
		if slices.Equal(old.EventIDs, ids) {
			return nil
		}
		return fmt.Errorf("open dispute %s: %w", d.ID, ErrDisputeConflict)
	}
	if _, ok := st.resolved[d.ID]; ok {
		return fmt.Errorf("open dispute %s: already resolved: %w", d.ID, ErrDisputeConflict)
	}
	for _, id := range ids {
		if _, ok := st.accrued[id]; ok && st.items[id] == nil {
			return fmt.Errorf("open dispute %s: line item %s: %w", d.ID, id, ErrReserveReleased)
		}
		if other := st.freezes[id]; other != "" {
			return fmt.Errorf("open dispute %s: line item %s already disputed by %s: %w", d.ID, id, other, ErrDisputeConflict)
		}
	}
	for _, id := range ids {
		st.freezes[id] = d.ID
	}
	dd := d
	dd.EventIDs = ids
	st.disputes[d.ID] = &dd
	return nil
}

// Change is an upheld dispute's new input for one line item: the recomputed
// bundle (CF deprecated or amended: a new snapshot; valuation corrected), or
// Void for an event that should never have been charged.
type Change struct {
	EventID string
	Input   *Input // nil when Void
	Void    bool
}

// Resolution ends a dispute. Dismissed releases the freeze (the reserve then
// follows its window); upheld recomputes each changed line item, which must
// have been accrued by a close already (the store holds an upheld resolution
// until then).
type Resolution struct {
	DisputeID string
	Upheld    bool
	Reason    string
	Changes   []Change
	At        uint64
}

func (r *Resolution) digest() common.Hash {
	var b []byte
	b = appendStr(b, r.DisputeID)
	if r.Upheld {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = appendStr(b, r.Reason)
	b = appendU64(b, r.At)
	ch := slices.Clone(r.Changes)
	slices.SortFunc(ch, func(a, b Change) int { return strings.Compare(a.EventID, b.EventID) })
	for _, c := range ch {
		b = appendStr(b, c.EventID)
		if c.Void || c.Input == nil {
			b = append(b, 0)
			continue
		}
		li, err := ComputeLineItem(c.Input)
		if err != nil {
			b = appendStr(b, err.Error())
			continue
		}
		h := LineItemHash(&li)
		b = append(b, h[:]...)
	}
	return crypto.Keccak256Hash(b)
}

// ResolveDispute applies a resolution. For an upheld one, each changed line
// item is recomputed with ComputeLineItem and its ledger position replaced in
// one posting: its held reserve and settled shares are unwound, the amount
// settled so far (capped at the new gross, the excess refunded to the
// consumer's paying balance) is apportioned over the new allocations, and the
// new reserve is held until the new window ends. A recipient whose payable
// falls below its published cumulative carries the difference as debt, netted
// against later accruals; cumulatives never decrease. Applying the same
// resolution twice is a no-op.
func (st *State) ResolveDispute(r Resolution, lookup Lookup) ([]*Posting, error) {
	dg := r.digest()
	if old, ok := st.resolved[r.DisputeID]; ok {
		if old == dg {
			return nil, nil
		}
		return nil, fmt.Errorf("resolve dispute %s: %w", r.DisputeID, ErrDisputeConflict)
	}
	d := st.disputes[r.DisputeID]
	if d == nil {
		return nil, fmt.Errorf("resolve dispute %s: %w", r.DisputeID, ErrUnknownDispute)
	}
	var posts []*Posting
	if r.Upheld {
		ch := slices.Clone(r.Changes)
		slices.SortFunc(ch, func(a, b Change) int { return strings.Compare(a.EventID, b.EventID) })
		// Check every change before applying any, so a refused resolution
		// leaves the state as it was (only a failing Lookup can still stop
		// it half-way; the state is then to be rebuilt).
		for i, c := range ch {
			if _, named := slices.BinarySearch(d.EventIDs, c.EventID); !named {
				return nil, fmt.Errorf("resolve dispute %s: change to %s, not named by the dispute: %w", r.DisputeID, c.EventID, ErrUnknownItem)
			}
			if i > 0 && ch[i-1].EventID == c.EventID {
				return nil, fmt.Errorf("resolve dispute %s: two changes to %s: %w", r.DisputeID, c.EventID, ErrBadItem)
			}
			if st.items[c.EventID] == nil {
				return nil, fmt.Errorf("resolve dispute %s: change to %s before its epoch closed: %w", r.DisputeID, c.EventID, ErrUnknownItem)
			}
			if !c.Void {
				if c.Input == nil {
					return nil, fmt.Errorf("resolve dispute %s: change to %s: no input and not void: %w", r.DisputeID, c.EventID, ErrBadItem)
				}
				if _, err := ComputeLineItem(c.Input); err != nil {
					return nil, fmt.Errorf("resolve dispute %s: recompute %s: %w", r.DisputeID, c.EventID, err)
				}
			}
		}
		for _, c := range ch {
			p, err := st.correct(r, c, lookup)
			if err != nil {
				return nil, fmt.Errorf("resolve dispute %s: %w", r.DisputeID, err)
			}
			posts = append(posts, p)
		}
	}
	for _, id := range d.EventIDs {
		delete(st.freezes, id)
	}
	delete(st.disputes, r.DisputeID)
	st.resolved[r.DisputeID] = dg
	return posts, nil
}

func (st *State) correct(r Resolution, c Change, lookup Lookup) (*Posting, error) {
	it := st.items[c.EventID]
	if it == nil {
		return nil, fmt.Errorf("correct %s: %w", c.EventID, ErrUnknownItem)
	}
	old, _, err := recompute(lookup, it)
	if err != nil {
		return nil, fmt.Errorf("correct %s: %w", c.EventID, err)
	}
	var nu *LineItem
	var window uint64
	if !c.Void {
		if c.Input == nil {
			return nil, fmt.Errorf("correct %s: no input and not void: %w", c.EventID, ErrBadItem)
		}
		li, err := ComputeLineItem(c.Input)
		if err != nil {
			return nil, fmt.Errorf("correct %s: recompute: %w", c.EventID, err)
		}
		if li.EventID != it.EventID || li.Consumer != it.Consumer || li.Asset != it.Asset || li.Mode != it.Mode {
			return nil, fmt.Errorf("correct %s: new line item changes event, consumer, asset or mode: %w", c.EventID, ErrBadItem)
		}
		nu, window = &li, c.Input.Policy.DisputeWindow
	}
	src := sourceOf(it.Mode).account(it.Consumer)
	ls := legSet{}
	deltas := map[common.Address][2]Signed{} // payable, unsettled
	note := func(a common.Address, paid, unset Signed) error {
		d := deltas[a]
		var err1, err2 error
		d[0], err1 = d[0].Add(paid)
		d[1], err2 = d[1].Add(unset)
		deltas[a] = d
		return errors.Join(err1, err2)
	}
	// Unwind the old position. oldOut and newIn are the consumer's cash
	// leaving and entering payable accounts.
	var oldOut, newIn uint256.Int
	oldPaid := settledShares(it, old)
	for i := range old.Allocations {
		a := &old.Allocations[i]
		var lack uint256.Int
		lack.Sub(&a.AmountAtto, &oldPaid[i])
		if a.Kind == KindReserve {
			if err := ls.addNeg(AcctReserve(it.EventID), &a.AmountAtto); err != nil {
				return nil, err
			}
			continue
		}
		if err := ls.addNeg(AcctPayable(a.Account), &oldPaid[i]); err != nil {
			return nil, err
		}
		oldOut.Add(&oldOut, &oldPaid[i]) // ≤ the item's gross·10^18
		if err := ls.addNeg(AcctAccrued(a.Account), &lack); err != nil {
			return nil, err
		}
		if err := note(a.Account, NegOf(&oldPaid[i]), NegOf(&lack)); err != nil {
			return nil, err
		}
	}
	// The new position: what was settled, up to the new gross, pro rata.
	var newGross, newSettled, refund uint256.Int
	if nu != nil {
		newGross.Mul(&nu.Gross, attoPerUnit)
	}
	newSettled = it.Settled
	if newSettled.Cmp(&newGross) > 0 {
		newSettled = newGross
	}
	refund.Sub(&it.Settled, &newSettled)
	var newPaid []uint256.Int
	if nu != nil {
		w := make([]uint256.Int, len(nu.Allocations))
		for i := range w {
			w[i] = nu.Allocations[i].AmountAtto
		}
		if newPaid, err = Apportion(&newSettled, w); err != nil {
			return nil, fmt.Errorf("correct %s: apportion settled: %w", c.EventID, err)
		}
		for i := range nu.Allocations {
			a := &nu.Allocations[i]
			var lack uint256.Int
			lack.Sub(&a.AmountAtto, &newPaid[i])
			if a.Kind == KindReserve {
				if err := ls.addPos(AcctReserve(it.EventID), &a.AmountAtto); err != nil {
					return nil, err
				}
				continue
			}
			if err := ls.addPos(AcctPayable(a.Account), &newPaid[i]); err != nil {
				return nil, err
			}
			newIn.Add(&newIn, &newPaid[i]) // ≤ the new gross·10^18
			if err := ls.addPos(AcctAccrued(a.Account), &lack); err != nil {
				return nil, err
			}
			if err := note(a.Account, Pos(&newPaid[i]), Pos(&lack)); err != nil {
				return nil, err
			}
		}
	}
	// The consumer: owes the new unpaid remainder instead of the old; the excess paid comes back.
	var oldOwe, newOwe uint256.Int
	oldOwe.Sub(&it.Gross, &it.Settled)
	newOwe.Sub(&newGross, &newSettled)
	if err := ls.addPos(AcctOwed(it.Consumer), &oldOwe); err != nil {
		return nil, err
	}
	if err := ls.addNeg(AcctOwed(it.Consumer), &newOwe); err != nil {
		return nil, err
	}
	if err := ls.addPos(src, &refund); err != nil {
		return nil, err
	}
	p := &Posting{
		Key:   fmt.Sprintf("correction/%s/%s", r.DisputeID, c.EventID),
		Asset: it.Asset,
		Memo:  r.Reason,
		Legs:  ls.legs(),
	}
	if _, err := st.ledger.Apply(p); err != nil {
		return nil, fmt.Errorf("correct %s: %w", c.EventID, err)
	}
	if err := st.payOut(it.Consumer, it.Asset, &oldOut); err != nil {
		return nil, fmt.Errorf("correct %s: %w", c.EventID, err)
	}
	if err := st.payIn(it.Consumer, it.Asset, &newIn); err != nil {
		return nil, fmt.Errorf("correct %s: %w", c.EventID, err)
	}
	// Statements: corrections and movements.
	for _, a := range sortedAddrs(deltas) {
		m := st.rec(a, it.Asset)
		var err1, err2 error
		m.corrected, err1 = m.corrected.Add(deltas[a][0])
		m.correctedUnset, err2 = m.correctedUnset.Add(deltas[a][1])
		if err := errors.Join(err1, err2); err != nil {
			return nil, err
		}
	}
	cm := st.con(it.Consumer, it.Asset)
	cm.refunded.Add(&cm.refunded, &refund)
	dg, err := cm.corrected.Add(Pos(&newGross))
	if err != nil {
		return nil, err
	}
	if cm.corrected, err = dg.Sub(Pos(&it.Gross)); err != nil {
		return nil, err
	}
	corr := Correction{
		DisputeID: r.DisputeID, EventID: it.EventID, Consumer: hexAddr(it.Consumer), Asset: hexAddr(it.Asset),
		OldHash: it.Hash, Reason: r.Reason, OldGross: it.Gross.Dec(), NewGross: newGross.Dec(),
		RefundAtto: refund.Dec(), At: r.At,
	}
	if nu == nil {
		delete(st.items, it.EventID)
	} else {
		corr.NewHash = nu.Hash
		it.Hash, it.Gross, it.Reserve, it.Settled = nu.Hash, newGross, nu.Reserve, newSettled
		it.SnapshotHash, it.PolicyVersion = nu.SnapshotHash, nu.PolicyVersion
		it.ReleaseAt = nu.Timestamp + window
		it.Partial = nil
		if !it.fullySettled() && !newSettled.IsZero() {
			it.Partial = newPaid
		}
	}
	st.corrections = append(st.corrections, corr)
	return p, nil
}

func sortedAddrs[V any](m map[common.Address]V) []common.Address {
	out := make([]common.Address, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}
