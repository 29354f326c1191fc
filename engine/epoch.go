package engine

import (
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Close describes one epoch close. A calendar close (Thresholds nil) raises
// every recipient's cumulative entitlement to ⌊payable/10^18⌋; a threshold
// close raises only those whose unpaid whole units reach the asset's threshold
// (others carry their payable forward untouched).
type Close struct {
	Epoch      uint64 // must be the last closed epoch + 1
	Start, End uint64 // the period [Start, End) in unix seconds; Start = previous End
	Thresholds map[common.Address]uint256.Int
}

// EpochResult is what a close produces: the postings it applied (to persist,
// in order) and the statements.
type EpochResult struct {
	Postings   []*Posting
	Statements *EpochStatements
}

// accGroup folds the allocations of one (consumer, asset, source) group's new
// line items into per-recipient accumulators.
type accGroup struct {
	consumer, asset common.Address
	source          Source
	idx             map[common.Address]int
	recips          []common.Address
	accs            []uint256.Int
	gross, reserve  uint256.Int
	items           []*ItemState
	layout          []int // recipient index per allocation of the last layout (−1: reserve)
	layoutItem      *LineItem
}

func (g *accGroup) slot(a common.Address) int {
	i, ok := g.idx[a]
	if !ok {
		i = len(g.recips)
		g.idx[a] = i
		g.recips = append(g.recips, a)
		g.accs = append(g.accs, uint256.Int{})
	}
	return i
}

// sameLayout reports whether li allocates to the same accounts in the same
// order as the cached layout (true for line items sharing snapshot, policy
// and consumer), so the map lookups per allocation can be skipped.
func (g *accGroup) sameLayout(li *LineItem) bool {
	p := g.layoutItem
	if p == nil || len(p.Allocations) != len(li.Allocations) || p.SnapshotHash != li.SnapshotHash {
		return false
	}
	for i := range li.Allocations {
		if p.Allocations[i].Kind != li.Allocations[i].Kind || p.Allocations[i].Account != li.Allocations[i].Account {
			return false
		}
	}
	return true
}

func (g *accGroup) fold(li *LineItem) error {
	if !g.sameLayout(li) {
		g.layout = g.layout[:0]
		for i := range li.Allocations {
			if li.Allocations[i].Kind == KindReserve {
				g.layout = append(g.layout, -1)
			} else {
				g.layout = append(g.layout, g.slot(li.Allocations[i].Account))
			}
		}
		g.layoutItem = li
	}
	for i := range li.Allocations {
		s := g.layout[i]
		if s < 0 {
			continue
		}
		if _, c := g.accs[s].AddOverflow(&g.accs[s], &li.Allocations[i].AmountAtto); c {
			return fmt.Errorf("accrue %s: recipient %s: %w", li.EventID, g.recips[s].Hex(), ErrAmountOverflow)
		}
	}
	var ga uint256.Int
	ga.Mul(&li.Gross, attoPerUnit) // checked in checkItem
	if _, c := g.gross.AddOverflow(&g.gross, &ga); c {
		return fmt.Errorf("accrue %s: gross total: %w", li.EventID, ErrAmountOverflow)
	}
	return nil
}

// CloseEpoch accrues the epoch's new line items (a stream: each is folded
// into per-recipient accumulators and not kept), settles obligations oldest
// first from the consumers' balances, releases reserves whose window has
// ended, and issues statements and cumulative entitlements.
//
// items may yield line items in any order; an item already accrued with the
// same hash is skipped. lookup serves older line items (settling or releasing
// them needs their allocations). On error the State must be discarded and
// rebuilt from the persisted postings and operations.
func (st *State) CloseEpoch(c Close, items iter.Seq2[Accrual, error], lookup Lookup) (*EpochResult, error) {
	if c.Epoch != st.Epoch+1 || c.End <= c.Start || (st.Epoch > 0 && c.Start != st.LastEnd) {
		return nil, fmt.Errorf("close epoch %d [%d,%d) after epoch %d ending %d: %w", c.Epoch, c.Start, c.End, st.Epoch, st.LastEnd, ErrEpochOrder)
	}
	res := &EpochResult{}
	newItems := map[string]bool{}
	groups, err := st.accrue(c, items, newItems)
	if err != nil {
		return nil, err
	}
	// Accrual postings, one per asset, in asset order.
	byAsset := map[common.Address][]*accGroup{}
	for _, g := range groups {
		byAsset[g.asset] = append(byAsset[g.asset], g)
	}
	for _, asset := range sortedAssets(byAsset) {
		p, err := st.accrualPosting(c.Epoch, asset, byAsset[asset])
		if err != nil {
			return nil, err
		}
		if err := st.apply(res, p); err != nil {
			return nil, err
		}
	}
	if err := st.settle(c, groups, newItems, lookup, res); err != nil {
		return nil, err
	}
	if err := st.release(c, lookup, res); err != nil {
		return nil, err
	}
	stm, err := st.statements(c)
	if err != nil {
		return nil, err
	}
	res.Statements = stm
	st.Epoch, st.LastEnd = c.Epoch, c.End
	st.corrections = nil
	st.recMoves = map[recKey]*recMoves{}
	st.conMoves = map[conKey]*conMoves{}
	return res, nil
}

func (st *State) apply(res *EpochResult, p *Posting) error {
	if len(p.Legs) == 0 {
		return nil
	}
	if _, err := st.Ledger.Apply(p); err != nil {
		return err
	}
	res.Postings = append(res.Postings, p)
	return nil
}

type groupKey struct {
	consumer, asset common.Address
	source          Source
}

func (st *State) accrue(c Close, items iter.Seq2[Accrual, error], newItems map[string]bool) ([]*accGroup, error) {
	gm := map[groupKey]*accGroup{}
	var order []*accGroup
	for a, err := range items {
		if err != nil {
			return nil, fmt.Errorf("close epoch %d: read line items: %w", c.Epoch, err)
		}
		li := a.Item
		if li.Timestamp >= c.End {
			return nil, fmt.Errorf("close epoch %d: line item %s at %d: %w", c.Epoch, li.EventID, li.Timestamp, ErrFutureItem)
		}
		if h, ok := st.Accrued[li.EventID]; ok {
			if h == li.Hash {
				continue
			}
			return nil, fmt.Errorf("close epoch %d: line item %s: %w", c.Epoch, li.EventID, ErrItemConflict)
		}
		if err := checkItem(li); err != nil {
			return nil, fmt.Errorf("close epoch %d: %w", c.Epoch, err)
		}
		k := groupKey{li.Consumer, li.Asset, sourceOf(li.Mode)}
		g := gm[k]
		if g == nil {
			g = &accGroup{consumer: k.consumer, asset: k.asset, source: k.source, idx: map[common.Address]int{}}
			gm[k] = g
			order = append(order, g)
		}
		if err := g.fold(li); err != nil {
			return nil, err
		}
		var ra uint256.Int
		ra.Mul(&li.Reserve, attoPerUnit)
		g.reserve.Add(&g.reserve, &ra)
		it := &ItemState{
			EventID: li.EventID, Hash: li.Hash, Consumer: li.Consumer, Asset: li.Asset,
			Mode: li.Mode, Timestamp: li.Timestamp, ReleaseAt: li.Timestamp + a.DisputeWindow,
			Reserve: li.Reserve, Epoch: c.Epoch,
		}
		if it.ReleaseAt < li.Timestamp {
			it.ReleaseAt = ^uint64(0)
		}
		it.Gross.Mul(&li.Gross, attoPerUnit)
		st.Items[li.EventID] = it
		st.Accrued[li.EventID] = li.Hash
		newItems[li.EventID] = true
		g.items = append(g.items, it)
		cm := st.con(li.Consumer, li.Asset)
		cm.owed.Add(&cm.owed, &it.Gross)
		cm.items++
	}
	// Deterministic group order regardless of arrival order.
	slices.SortFunc(order, func(a, b *accGroup) int {
		if x := a.asset.Cmp(b.asset); x != 0 {
			return x
		}
		if x := a.consumer.Cmp(b.consumer); x != 0 {
			return x
		}
		return int(a.source) - int(b.source)
	})
	return order, nil
}

func sortedAssets[V any](m map[common.Address]V) []common.Address {
	out := make([]common.Address, 0, len(m))
	for a := range m {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b common.Address) int { return a.Cmp(b) })
	return out
}

func (st *State) accrualPosting(epoch uint64, asset common.Address, gs []*accGroup) (*Posting, error) {
	ls := legSet{}
	var reserveLegs []Leg
	for _, g := range gs {
		if err := ls.addNeg(AcctOwed(g.consumer), &g.gross); err != nil {
			return nil, fmt.Errorf("close epoch %d: accrue: %w", epoch, err)
		}
		for i, r := range g.recips {
			if err := ls.addPos(AcctAccrued(r), &g.accs[i]); err != nil {
				return nil, fmt.Errorf("close epoch %d: accrue: %w", epoch, err)
			}
			m := st.rec(r, asset)
			if _, c := m.accrued.AddOverflow(&m.accrued, &g.accs[i]); c {
				return nil, fmt.Errorf("close epoch %d: accrue %s: %w", epoch, r.Hex(), ErrAmountOverflow)
			}
		}
		for _, it := range g.items {
			if it.Reserve.IsZero() {
				continue
			}
			var ra uint256.Int
			ra.Mul(&it.Reserve, attoPerUnit)
			reserveLegs = append(reserveLegs, Leg{AcctReserve(it.EventID), Pos(&ra)})
		}
	}
	legs := append(ls.legs(), reserveLegs...)
	slices.SortFunc(legs, func(a, b Leg) int { return strings.Compare(a.Account, b.Account) })
	return &Posting{
		Key:   fmt.Sprintf("epoch/%d/accrue/%s", epoch, hexAddr(asset)),
		Asset: asset,
		Memo:  "accrue line items",
		Legs:  legs,
	}, nil
}

// settle pays obligations from each consumer's balance, oldest first (event
// time, then event id), one queue per (consumer, asset, source). A fully
// paid item moves all its allocations from accrued to payable; the one item a
// balance covers only in part moves that part pro rata: Apportion over what
// each allocation still lacks, so successive partial payments never take back
// a share and end exactly at the allocations.
func (st *State) settle(c Close, groups []*accGroup, newItems map[string]bool, lookup Lookup, res *EpochResult) error {
	type qk = groupKey
	queues := map[qk][]*ItemState{}
	for _, it := range st.sortedItems(func(it *ItemState) bool { return !it.fullySettled() }) {
		k := qk{it.Consumer, it.Asset, sourceOf(it.Mode)}
		queues[k] = append(queues[k], it)
	}
	gByKey := map[qk]*accGroup{}
	for _, g := range groups {
		gByKey[qk{g.consumer, g.asset, g.source}] = g
	}
	keys := make([]qk, 0, len(queues))
	for k := range queues {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b qk) int {
		if x := a.asset.Cmp(b.asset); x != 0 {
			return x
		}
		if x := a.consumer.Cmp(b.consumer); x != 0 {
			return x
		}
		return int(a.source) - int(b.source)
	})
	for _, k := range keys {
		q := queues[k]
		acct := k.source.account(k.consumer)
		bal := st.Ledger.Balance(acct, k.asset)
		if bal.Neg || bal.IsZero() {
			continue
		}
		funds := bal.Abs
		// Plan: which items are paid in full, and the part paid of the next.
		full := 0
		var part uint256.Int
		for _, it := range q {
			var need uint256.Int
			need.Sub(&it.Gross, &it.Settled)
			if funds.Cmp(&need) >= 0 {
				funds.Sub(&funds, &need)
				full++
				continue
			}
			part = funds
			break
		}
		ls := legSet{}
		cm := st.con(k.consumer, k.asset)
		// New items paid in full from zero: if that is every new item of the
		// group, their accumulators move in one step (no per-item lookup).
		g := gByKey[k]
		bulk := g != nil
		if bulk {
			paidNew := 0
			for _, it := range q[:full] {
				if newItems[it.EventID] {
					paidNew++
				}
			}
			bulk = paidNew == len(g.items)
		}
		if bulk {
			for i, r := range g.recips {
				if err := st.movePayable(ls, r, k.asset, &g.accs[i]); err != nil {
					return err
				}
			}
		}
		for i, it := range q {
			if i > full || (i == full && part.IsZero()) {
				break
			}
			var pay uint256.Int
			if i < full {
				pay.Sub(&it.Gross, &it.Settled)
			} else {
				pay = part
			}
			if err := ls.addNeg(acct, &pay); err != nil {
				return err
			}
			if err := ls.addPos(AcctOwed(it.Consumer), &pay); err != nil {
				return err
			}
			cm.settled.Add(&cm.settled, &pay)
			if bulk && newItems[it.EventID] && i < full {
				it.Settled = it.Gross
				continue
			}
			if err := st.settleItem(ls, it, &pay, lookup); err != nil {
				return fmt.Errorf("close epoch %d: settle %s: %w", c.Epoch, it.EventID, err)
			}
		}
		p := &Posting{
			Key:   fmt.Sprintf("epoch/%d/settle/%s/%s/%d", c.Epoch, hexAddr(k.consumer), hexAddr(k.asset), k.source),
			Asset: k.asset,
			Memo:  "settle obligations oldest first",
			Legs:  ls.legs(),
		}
		if err := st.apply(res, p); err != nil {
			return fmt.Errorf("close epoch %d: %w", c.Epoch, err)
		}
	}
	return nil
}

func (st *State) movePayable(ls legSet, r, asset common.Address, x *uint256.Int) error {
	if x.IsZero() {
		return nil
	}
	if err := ls.addNeg(AcctAccrued(r), x); err != nil {
		return err
	}
	if err := ls.addPos(AcctPayable(r), x); err != nil {
		return err
	}
	m := st.rec(r, asset)
	m.settled.Add(&m.settled, x)
	return nil
}

// settleItem pays pay atto of one item, pro rata over what each allocation
// still lacks.
func (st *State) settleItem(ls legSet, it *ItemState, pay *uint256.Int, lookup Lookup) error {
	li, _, err := recompute(lookup, it)
	if err != nil {
		return err
	}
	done := settledShares(it, li)
	lack := make([]uint256.Int, len(done))
	for i := range lack {
		lack[i].Sub(&li.Allocations[i].AmountAtto, &done[i])
	}
	shares, err := Apportion(pay, lack)
	if err != nil {
		return fmt.Errorf("apportion payment: %w", err)
	}
	for i := range shares {
		a := &li.Allocations[i]
		if a.Kind != KindReserve {
			if err := st.movePayable(ls, a.Account, it.Asset, &shares[i]); err != nil {
				return err
			}
		}
		done[i].Add(&done[i], &shares[i])
	}
	it.Settled.Add(&it.Settled, pay)
	if it.fullySettled() {
		it.Partial = nil
	} else {
		it.Partial = done
	}
	return nil
}

// release pays out the reserve of every item that is fully settled, not
// frozen by a dispute and whose window ended by the close's end, split by the
// line item's own policy and snapshot (Split). Released items are final.
func (st *State) release(c Close, lookup Lookup, res *EpochResult) error {
	due := st.sortedItems(func(it *ItemState) bool {
		return !it.Released && st.Freezes[it.EventID] == "" && it.fullySettled() && it.ReleaseAt <= c.End
	})
	byAsset := map[common.Address]legSet{}
	for _, it := range due {
		if !it.Reserve.IsZero() {
			li, in, err := recompute(lookup, it)
			if err != nil {
				return fmt.Errorf("close epoch %d: release: %w", c.Epoch, err)
			}
			allocs, err := Split(&it.Reserve, &in.Policy, in.Snapshot.Holdings, li.Consumer)
			if err != nil {
				return fmt.Errorf("close epoch %d: release %s: split: %w", c.Epoch, it.EventID, err)
			}
			ls := byAsset[it.Asset]
			if ls == nil {
				ls = legSet{}
				byAsset[it.Asset] = ls
			}
			var ra uint256.Int
			ra.Mul(&it.Reserve, attoPerUnit)
			if err := ls.addNeg(AcctReserve(it.EventID), &ra); err != nil {
				return err
			}
			for i := range allocs {
				a := &allocs[i]
				if a.AmountAtto.IsZero() {
					continue
				}
				if err := ls.addPos(AcctPayable(a.Account), &a.AmountAtto); err != nil {
					return err
				}
				m := st.rec(a.Account, it.Asset)
				m.released.Add(&m.released, &a.AmountAtto)
			}
		}
		it.Released = true
		delete(st.Items, it.EventID)
	}
	for _, asset := range sortedAssets(byAsset) {
		p := &Posting{
			Key:   fmt.Sprintf("epoch/%d/release/%s", c.Epoch, hexAddr(asset)),
			Asset: asset,
			Memo:  "release reserves after the dispute window",
			Legs:  byAsset[asset].legs(),
		}
		if err := st.apply(res, p); err != nil {
			return fmt.Errorf("close epoch %d: %w", c.Epoch, err)
		}
	}
	return nil
}
