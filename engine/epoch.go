package engine

import (
	"errors"
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
	// Items, when known, is how many line items the stream yields: the
	// close sizes its maps for them up front (a hint; any count works).
	Items int
}

// EpochResult is what a close produces: the postings it applied (to persist,
// in order), the statements, and the fundings (State.Fundings after the close).
type EpochResult struct {
	Postings   []*Posting
	Statements *EpochStatements
	Fundings   []Funding
}

// accGroup folds the allocations of one (consumer, asset, source) group's new
// line items into per-recipient accumulators (epoch_fold.go): one part per
// shard while the stream runs, then recips and accs in address order.
type accGroup struct {
	consumer, asset common.Address
	source          Source
	shards          []foldShard
	recips          []common.Address
	accs            []uint256.Int
	gross, reserve  uint256.Int
	items           []*ItemState
}

// CloseEpoch accrues the epoch's new line items (a stream: each is folded
// into per-recipient accumulators and not kept), settles obligations oldest
// first from the consumers' balances, releases reserves whose window has
// ended, sets each consumer's funding, and issues statements and cumulative
// entitlements. It fails with a *ConservationError rather than publish an
// entitlement that the fundings do not cover or that no settled cash backs.
//
// items may yield line items in any order; an item already accrued with the
// same hash is skipped. Their allocations are folded on every CPU, in
// batches, with a result and any error identical to a one-by-one fold's
// (epoch_fold.go); the stream must leave each item's Allocations unchanged
// until the close returns (see Accrual). lookup serves older line items
// (settling or releasing them needs their allocations). On error the State
// must be discarded and rebuilt from the persisted postings and operations.
func (st *State) CloseEpoch(c Close, items iter.Seq2[Accrual, error], lookup Lookup) (*EpochResult, error) {
	if c.Epoch != st.epoch+1 || c.End <= c.Start || (st.epoch > 0 && c.Start != st.lastEnd) {
		return nil, fmt.Errorf("close epoch %d [%d,%d) after epoch %d ending %d: %w", c.Epoch, c.Start, c.End, st.epoch, st.lastEnd, ErrEpochOrder)
	}
	res := &EpochResult{}
	groups, err := st.accrue(c, items)
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
	if err := st.settle(c, groups, lookup, res); err != nil {
		return nil, err
	}
	if err := st.release(c, lookup, res); err != nil {
		return nil, err
	}
	st.closeFundings()
	stm, sums, err := st.statements(c)
	if err != nil {
		return nil, err
	}
	// Conservation, on the engine's own result: a close that would publish
	// an entitlement no consumer's cash backs fails here, with the numbers.
	if err := st.checkCash(c.Epoch, sums); err != nil {
		return nil, fmt.Errorf("close epoch %d: %w", c.Epoch, err)
	}
	res.Fundings = st.Fundings()
	entitled := make(map[common.Address]*uint256.Int, len(sums))
	for a, s := range sums {
		entitled[a] = &s.entitled
	}
	if err := conserved(entitled, res.Fundings); err != nil {
		var ce *ConservationError
		if errors.As(err, &ce) {
			ce.Epoch = c.Epoch
		}
		return nil, fmt.Errorf("close epoch %d: %w", c.Epoch, err)
	}
	res.Statements = stm
	st.epoch, st.lastEnd = c.Epoch, c.End
	st.corrections = nil
	st.recMoves = map[recKey]*recMoves{}
	st.conMoves = map[conKey]*conMoves{}
	return res, nil
}

func (st *State) apply(res *EpochResult, p *Posting) error {
	if len(p.Legs) == 0 {
		return nil
	}
	if _, err := st.ledger.Apply(p); err != nil {
		return err
	}
	res.Postings = append(res.Postings, p)
	return nil
}

type groupKey struct {
	consumer, asset common.Address
	source          Source
}

// itemSlab is how many ItemStates are allocated together. A slab lives as
// long as any of its items is open; a close's items are released together
// (same epoch, similar windows), so little is held for nothing.
const itemSlab = 256

func (st *State) accrue(c Close, items iter.Seq2[Accrual, error]) ([]*accGroup, error) {
	gm := map[groupKey]*accGroup{}
	var order []*accGroup
	shards, helpers := st.shards()
	f := newFolder(shards, helpers, st.foldBatchItems, st.foldSplitMin)
	defer f.stop()
	// Two batches: the helpers fold one while this loop fills the other.
	cur, prev := &foldBatch{}, &foldBatch{}
	pending := false
	// flush finishes and checks the batch in flight, then starts cur.
	flush := func(startCur bool) error {
		if pending {
			f.finish(prev)
			pending = false
			if err := f.check(prev); err != nil {
				return fmt.Errorf("close epoch %d: %w", c.Epoch, err)
			}
		}
		if startCur && len(cur.items) > 0 {
			cur, prev = prev, cur
			cur.reset()
			f.start(prev)
			pending = true
		}
		return nil
	}
	if hint := max(c.Items, 0); hint > 0 {
		// Only an empty map is re-made: growing a full one would copy it.
		if len(st.items) == 0 {
			st.items = make(map[string]*ItemState, hint)
		}
		if len(st.accrued) == 0 {
			st.accrued = make(map[string]common.Hash, hint)
		}
	}
	// ItemStates come from slabs: one allocation per itemSlab items.
	var slab []ItemState
	var streamErr error
	for a, err := range items {
		if err != nil {
			streamErr = fmt.Errorf("close epoch %d: read line items: %w", c.Epoch, err)
			break
		}
		li := a.Item
		if li.Timestamp >= c.End {
			streamErr = fmt.Errorf("close epoch %d: line item %s at %d: %w", c.Epoch, li.EventID, li.Timestamp, ErrFutureItem)
			break
		}
		if h, ok := st.accrued[li.EventID]; ok {
			if h == li.Hash {
				continue
			}
			streamErr = fmt.Errorf("close epoch %d: line item %s: %w", c.Epoch, li.EventID, ErrItemConflict)
			break
		}
		if err := checkItemShape(li); err != nil {
			streamErr = fmt.Errorf("close epoch %d: %w", c.Epoch, err)
			break
		}
		k := groupKey{li.Consumer, li.Asset, sourceOf(li.Mode)}
		g := gm[k]
		if g == nil {
			g = &accGroup{consumer: k.consumer, asset: k.asset, source: k.source, shards: make([]foldShard, f.shards)}
			gm[k] = g
			order = append(order, g)
		}
		cur.items = append(cur.items, foldItem{li: *li, g: g})
		cur.shares += len(li.Allocations)
		var ra uint256.Int
		ra.Mul(&li.Reserve, attoPerUnit)
		g.reserve.Add(&g.reserve, &ra)
		if len(slab) == 0 {
			slab = make([]ItemState, itemSlab)
		}
		it := &slab[0]
		slab = slab[1:]
		*it = ItemState{
			EventID: li.EventID, Hash: li.Hash, Consumer: li.Consumer, Asset: li.Asset,
			Mode: li.Mode, Timestamp: li.Timestamp, ReleaseAt: li.Timestamp + a.DisputeWindow,
			Reserve: li.Reserve, Epoch: c.Epoch, SnapshotHash: li.SnapshotHash, PolicyVersion: li.PolicyVersion,
		}
		if it.ReleaseAt < li.Timestamp {
			it.ReleaseAt = ^uint64(0)
		}
		it.Gross.Mul(&li.Gross, attoPerUnit)
		st.items[li.EventID] = it
		st.accrued[li.EventID] = li.Hash
		g.items = append(g.items, it)
		cm := st.con(li.Consumer, li.Asset)
		cm.owed.Add(&cm.owed, &it.Gross)
		cm.items++
		if cur.shares >= foldBatchShares || len(cur.items) >= f.batchItems {
			if err := flush(true); err != nil {
				return nil, err
			}
		}
	}
	// Items before a stream error are checked first: the first bad item in
	// stream order is the one reported, as in a one-by-one fold.
	if err := flush(true); err != nil {
		return nil, err
	}
	if err := flush(false); err != nil {
		return nil, err
	}
	if streamErr != nil {
		return nil, streamErr
	}
	for _, g := range order {
		if err := g.merge(); err != nil {
			return nil, fmt.Errorf("close epoch %d: %w", c.Epoch, err)
		}
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
	held := 0
	for _, g := range gs {
		for _, it := range g.items {
			if !it.Reserve.IsZero() {
				held++
			}
		}
	}
	reserveLegs := make([]Leg, 0, held)
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
	legs := append(ls.appendLegs(make([]Leg, 0, len(ls)+len(reserveLegs))), reserveLegs...)
	slices.SortFunc(legs, func(a, b Leg) int { return strings.Compare(a.Account, b.Account) })
	return &Posting{
		Key:   fmt.Sprintf("epoch/%d/accrue/%s", epoch, hexAddr(asset)),
		Asset: asset,
		Memo:  "accrue line items",
		Legs:  legs,
	}, nil
}

// release pays out the reserve of every item that is fully settled, not
// frozen by a dispute and whose window ended by the close's end, split by the
// line item's own policy and snapshot (Split). Released items are final.
func (st *State) release(c Close, lookup Lookup, res *EpochResult) error {
	due := st.sortedItems(func(it *ItemState) bool {
		return !it.Released && st.freezes[it.EventID] == "" && it.fullySettled() && it.ReleaseAt <= c.End
	})
	byAsset := map[common.Address]legSet{}
	var reserveLegs = map[common.Address][]Leg{}
	rm := newReleaseMemo()
	for _, it := range due {
		if !it.Reserve.IsZero() {
			if err := rm.add(lookup, it); err != nil {
				return fmt.Errorf("close epoch %d: release: %w", c.Epoch, err)
			}
			var ra uint256.Int
			ra.Mul(&it.Reserve, attoPerUnit)
			reserveLegs[it.Asset] = append(reserveLegs[it.Asset], Leg{AcctReserve(it.EventID), NegOf(&ra)})
		}
		it.Released = true
		delete(st.items, it.EventID)
	}
	// Each distinct split is posted once, times the number of items it
	// releases: a release of a million reserves costs a million lookups, not
	// a billion legs.
	for _, e := range rm.splits {
		ls := byAsset[e.asset]
		if ls == nil {
			ls = legSet{}
			byAsset[e.asset] = ls
		}
		n := uint256.NewInt(e.count)
		for i := range e.allocs {
			a := &e.allocs[i]
			if a.AmountAtto.IsZero() {
				continue
			}
			var x uint256.Int
			if _, o := x.MulOverflow(&a.AmountAtto, n); o {
				return fmt.Errorf("close epoch %d: release to %s: %w", c.Epoch, a.Account.Hex(), ErrAmountOverflow)
			}
			if err := ls.addPos(AcctPayable(a.Account), &x); err != nil {
				return err
			}
			m := st.rec(a.Account, e.asset)
			if _, o := m.released.AddOverflow(&m.released, &x); o {
				return fmt.Errorf("close epoch %d: release to %s: %w", c.Epoch, a.Account.Hex(), ErrAmountOverflow)
			}
			if err := st.payIn(e.consumer, e.asset, &x); err != nil {
				return fmt.Errorf("close epoch %d: release: %w", c.Epoch, err)
			}
		}
	}
	for _, asset := range sortedAssets(byAsset) {
		legs := append(byAsset[asset].legs(), reserveLegs[asset]...)
		slices.SortFunc(legs, func(a, b Leg) int { return strings.Compare(a.Account, b.Account) })
		p := &Posting{
			Key:   fmt.Sprintf("epoch/%d/release/%s", c.Epoch, hexAddr(asset)),
			Asset: asset,
			Memo:  "release reserves after the dispute window",
			Legs:  legs,
		}
		if err := st.apply(res, p); err != nil {
			return fmt.Errorf("close epoch %d: %w", c.Epoch, err)
		}
	}
	return nil
}

// releaseMemo makes releasing many reserves cheap when line items share a
// snapshot and policy (the usual case): the looked-up input is checked by its
// policy version (governance versions are immutable) and snapshot hash
// against what the line item recorded, each distinct Holdings slice is hashed
// once per close (by identity: a Lookup must not modify a slice it returned
// during the close), and each distinct (snapshot, policy, consumer, reserve)
// is split once.
type releaseMemo struct {
	snaps  map[snapID]common.Hash
	splits map[splitKey]*splitEntry
}

type splitEntry struct {
	asset    common.Address
	consumer common.Address // whose cash the reserve is
	allocs   []Allocation
	count    uint64
}

type snapID struct {
	first *Holding
	n     int
	chain uint64
	block uint64
	bh    common.Hash
}

type splitKey struct {
	asset    common.Address
	snap     common.Hash
	policy   uint64
	consumer common.Address
	reserve  uint256.Int
}

func newReleaseMemo() *releaseMemo {
	return &releaseMemo{snaps: map[snapID]common.Hash{}, splits: map[splitKey]*splitEntry{}}
}

func (m *releaseMemo) add(lookup Lookup, it *ItemState) error {
	if lookup == nil {
		return fmt.Errorf("line item %s: no lookup given: %w", it.EventID, ErrLookup)
	}
	in, err := lookup(it.EventID)
	if err != nil {
		return fmt.Errorf("look up line item %s: %w", it.EventID, err)
	}
	s := &in.Snapshot
	var h common.Hash
	if len(s.Holdings) > 0 {
		id := snapID{&s.Holdings[0], len(s.Holdings), s.ChainID, s.Block, s.BlockHash}
		var ok bool
		if h, ok = m.snaps[id]; !ok {
			h = SnapshotHash(s)
			m.snaps[id] = h
		}
	} else {
		h = SnapshotHash(s)
	}
	if h != it.SnapshotHash || in.Policy.Version != it.PolicyVersion || in.Event.Consumer != it.Consumer {
		return fmt.Errorf("line item %s: snapshot, policy version or consumer differ from the recorded ones: %w", it.EventID, ErrLookup)
	}
	k := splitKey{it.Asset, h, in.Policy.Version, it.Consumer, it.Reserve}
	if e, ok := m.splits[k]; ok {
		e.count++
		return nil
	}
	a, err := Split(&it.Reserve, &in.Policy, s.Holdings, it.Consumer)
	if err != nil {
		return fmt.Errorf("line item %s: split reserve: %w", it.EventID, err)
	}
	m.splits[k] = &splitEntry{asset: it.Asset, consumer: it.Consumer, allocs: a, count: 1}
	return nil
}
