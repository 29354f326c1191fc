package engine

import (
	"bytes"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// MaxBps is 100%: 10,000 basis points.
const MaxBps = 10_000

var bpsDen = uint256.NewInt(MaxBps)

// ComputeLineItem prices, splits and apportions one event (docs/overview.md "Money
// and numbers"). It validates the whole bundle and returns a *FieldError naming
// the first invalid field. The result does not depend on the order of any input
// list, the inputs are not modified, and Σ allocations = gross · 10^18.
func ComputeLineItem(in *Input) (LineItem, error) {
	var c calc
	return c.lineItem(in, nil, snapshotHash)
}

// Calculator is ComputeLineItem for callers that price many events: it reuses
// its scratch memory, appends the allocations to a caller's buffer, and hashes
// a snapshot only when its contents differ from the previous call's (checked
// field by field, which costs far less than keccak). Results are identical to
// ComputeLineItem's. Not safe for concurrent use; the zero value is ready.
type Calculator struct {
	c        calc
	last     Snapshot
	lastHash common.Hash
	primed   bool
}

// Compute prices in, appending the allocations to dst (pass dst[:0] to reuse
// it; the returned LineItem's Allocations then alias dst).
func (x *Calculator) Compute(in *Input, dst []Allocation) (LineItem, error) {
	return x.c.lineItem(in, dst, x.snapshotHash)
}

func (x *Calculator) snapshotHash(s *Snapshot, order []int) common.Hash {
	if x.primed && sameSnapshot(&x.last, s) {
		return x.lastHash
	}
	x.lastHash = snapshotHash(s, order)
	holdings := append(x.last.Holdings[:0], s.Holdings...)
	x.last = *s
	x.last.Holdings = holdings
	x.primed = true
	return x.lastHash
}

func sameSnapshot(a, b *Snapshot) bool {
	if a.ChainID != b.ChainID || a.Token != b.Token || a.DatasetID != b.DatasetID ||
		a.DatasetVersion != b.DatasetVersion || a.Block != b.Block || a.BlockHash != b.BlockHash ||
		len(a.Holdings) != len(b.Holdings) {
		return false
	}
	for i := range a.Holdings {
		if a.Holdings[i] != b.Holdings[i] {
			return false
		}
	}
	return true
}

// Split divides a whole-unit amount exactly as a line item's net is divided:
// protocol, developers by weight, pool by units across (cfId, holder), and the
// consumer margin as the remainder. Allocations come in canonical order
// (protocol, developers by account, pool by cfId then holder, consumer margin);
// there is no reserve allocation. A line item's held reserve is released with
// Split(reserve, policy, snapshot holdings, consumer).
func Split(amount *uint256.Int, p *Policy, holdings []Holding, consumer common.Address) ([]Allocation, error) {
	if amount.Gt(maxGross) {
		return nil, fieldErr("amount", ErrGrossTooLarge)
	}
	var c calc
	if err := c.prepare(p, holdings); err != nil {
		return nil, err
	}
	allocs := make([]Allocation, 0, 3+len(p.Developers)+len(holdings))
	return c.split(allocs, amount, p, holdings, consumer), nil
}

// Splitter is Split with reusable scratch space, for callers that split many
// amounts (reserve releases, epoch re-splits): with a dst of enough capacity
// passed back in, a call allocates nothing. A Splitter is not safe for
// concurrent use; its zero value is ready.
type Splitter struct{ c calc }

// Append is Split appending to dst (pass dst[:0] to reuse its memory).
func (s *Splitter) Append(dst []Allocation, amount *uint256.Int, p *Policy, holdings []Holding, consumer common.Address) ([]Allocation, error) {
	if amount.Gt(maxGross) {
		return dst, fieldErr("amount", ErrGrossTooLarge)
	}
	if err := s.c.prepare(p, holdings); err != nil {
		return dst, err
	}
	return s.c.split(slices.Grow(dst, 3+len(p.Developers)+len(holdings)), amount, p, holdings, consumer), nil
}

// calc holds the canonical orders and scratch buffers of one computation.
type calc struct {
	devOrder []int // nil: already in canonical order
	hOrder   []int
	ap       apportioner
	weights  []uint256.Int
	shares   []uint256.Int
}

func (c *calc) lineItem(in *Input, dst []Allocation, hashSnapshot func(*Snapshot, []int) common.Hash) (LineItem, error) {
	var li LineItem
	ev, v, p, s := &in.Event, &in.Valuation, &in.Policy, &in.Snapshot
	if ev.ID == "" {
		return li, fieldErr("event.id", ErrEmpty)
	}
	if ev.Quantity.IsZero() {
		return li, fieldErr("event.quantity", ErrZero)
	}
	if ev.Mode > ModePrepaid {
		return li, fieldErr("event.mode", ErrBadMode)
	}
	if v.Version != ev.ValuationVersion {
		return li, fieldErr("valuation.version", fmt.Errorf("%w: valuation %d, event %d", ErrMismatch, v.Version, ev.ValuationVersion))
	}
	if v.Unit != ev.Unit {
		return li, fieldErr("valuation.unit", fmt.Errorf("%w: valuation %q, event %q", ErrMismatch, v.Unit, ev.Unit))
	}
	// A snapshot that names its dataset must name the event's.
	if !s.DatasetID.IsZero() && !s.DatasetID.Eq(&ev.DatasetID) {
		return li, fieldErr("snapshot.datasetId", fmt.Errorf("%w: snapshot %s, event %s", ErrMismatch, s.DatasetID.Dec(), ev.DatasetID.Dec()))
	}
	if s.DatasetVersion != 0 && s.DatasetVersion != ev.DatasetVersion {
		return li, fieldErr("snapshot.datasetVersion", fmt.Errorf("%w: snapshot %d, event %d", ErrMismatch, s.DatasetVersion, ev.DatasetVersion))
	}
	if err := c.prepare(p, s.Holdings); err != nil {
		return li, err
	}
	gross, err := Gross(&ev.Quantity, v)
	if err != nil {
		return li, err
	}

	li = LineItem{
		EventID:          ev.ID,
		Consumer:         ev.Consumer,
		Asset:            v.Asset,
		DatasetID:        ev.DatasetID,
		DatasetVersion:   ev.DatasetVersion,
		ValuationVersion: v.Version,
		PolicyVersion:    p.Version,
		Timestamp:        ev.Timestamp,
		Mode:             ev.Mode,
		Gross:            gross,
	}
	bpsOf(&li.Reserve, &gross, p.ReserveBps)
	li.Net.Sub(&gross, &li.Reserve)

	allocs := slices.Grow(dst, 4+len(p.Developers)+len(s.Holdings))
	allocs = c.split(allocs, &li.Net, p, s.Holdings, ev.Consumer)
	var reserve Allocation
	reserve.Kind = KindReserve
	reserve.AmountAtto.Mul(&li.Reserve, Atto)
	allocs = append(allocs, reserve)
	li.Allocations = allocs
	splitTotals(&li)

	if err := checkSum(&li); err != nil {
		return LineItem{}, err
	}
	li.SnapshotHash = hashSnapshot(s, c.hOrder)
	li.Hash = LineItemHash(&li)
	return li, nil
}

// splitTotals recovers the whole-unit parts from the allocations just made.
func splitTotals(li *LineItem) {
	var dev, pool uint256.Int
	for i := range li.Allocations {
		a := &li.Allocations[i]
		switch a.Kind {
		case KindProtocol:
			li.Protocol.Div(&a.AmountAtto, Atto)
		case KindDeveloper:
			dev.Add(&dev, &a.AmountAtto)
		case KindPool:
			pool.Add(&pool, &a.AmountAtto)
		case KindConsumerMargin:
			li.ConsumerMargin.Div(&a.AmountAtto, Atto)
		}
	}
	li.Developers.Div(&dev, Atto)
	li.Pool.Div(&pool, Atto)
}

// checkSum asserts the line-item invariant; a failure is a bug, never bad input.
func checkSum(li *LineItem) error {
	var sum, want uint256.Int
	for i := range li.Allocations {
		if _, c := sum.AddOverflow(&sum, &li.Allocations[i].AmountAtto); c {
			return fmt.Errorf("line item %q: allocation sum overflows", li.EventID)
		}
	}
	want.Mul(&li.Gross, Atto)
	if !sum.Eq(&want) {
		return fmt.Errorf("line item %q: allocations sum to %s atto, want %s", li.EventID, sum.Dec(), want.Dec())
	}
	return nil
}

// prepare validates the policy and holdings and finds their canonical orders.
func (c *calc) prepare(p *Policy, holdings []Holding) error {
	for _, b := range []struct {
		name string
		v    uint16
	}{{"policy.reserveBps", p.ReserveBps}, {"policy.protocolBps", p.ProtocolBps},
		{"policy.developerBps", p.DeveloperBps}, {"policy.poolBps", p.PoolBps}} {
		if b.v > MaxBps {
			return fieldErr(b.name, fmt.Errorf("%w: %d", ErrBps, b.v))
		}
	}
	if sum := int(p.ProtocolBps) + int(p.DeveloperBps) + int(p.PoolBps); sum > MaxBps {
		return fieldErr("policy.poolBps", fmt.Errorf("%w: protocolBps+developerBps+poolBps = %d", ErrBps, sum))
	}

	devs := p.Developers
	c.devOrder = canonicalOrder(c.devOrder, len(devs), func(i, j int) int {
		return bytes.Compare(devs[i].Account[:], devs[j].Account[:])
	})
	if k, j, dup := firstDup(c.devOrder, len(devs), func(i, j int) bool { return devs[i].Account == devs[j].Account }); dup {
		return fieldErr(fmt.Sprintf("policy.developers[%d].account", k),
			fmt.Errorf("%w: %s also at developers[%d]", ErrDuplicate, devs[k].Account.Hex(), j))
	}
	if p.DeveloperBps > 0 && !anyNonZero(len(devs), func(i int) *uint256.Int { return &devs[i].Weight }) {
		return fieldErr("policy.developers", ErrNoDevelopers)
	}

	c.hOrder = canonicalOrder(c.hOrder, len(holdings), func(i, j int) int { return cmpHolding(&holdings[i], &holdings[j]) })
	if k, j, dup := firstDup(c.hOrder, len(holdings), func(i, j int) bool {
		return holdings[i].Holder == holdings[j].Holder && holdings[i].CfID.Eq(&holdings[j].CfID)
	}); dup {
		return fieldErr(fmt.Sprintf("snapshot.holdings[%d]", k),
			fmt.Errorf("%w: (cfId %s, holder %s) also at holdings[%d]", ErrDuplicate, holdings[k].CfID.Dec(), holdings[k].Holder.Hex(), j))
	}
	if p.PoolBps > 0 && !anyNonZero(len(holdings), func(i int) *uint256.Int { return &holdings[i].Units }) {
		return fieldErr("snapshot.holdings", ErrNoUnits)
	}
	return nil
}

func cmpHolding(a, b *Holding) int {
	if c := a.CfID.Cmp(&b.CfID); c != 0 {
		return c
	}
	return bytes.Compare(a.Holder[:], b.Holder[:])
}

func anyNonZero(n int, at func(int) *uint256.Int) bool {
	for i := 0; i < n; i++ {
		if !at(i).IsZero() {
			return true
		}
	}
	return false
}

// canonicalOrder returns nil when the list is already strictly ascending (the
// usual case for indexer snapshots: a linear check, no sort), else the sorted
// index order (equal elements by input position).
func canonicalOrder(buf []int, n int, cmp func(i, j int) int) []int {
	sorted := true
	for i := 1; i < n; i++ {
		if cmp(i-1, i) >= 0 {
			sorted = false
			break
		}
	}
	if sorted {
		return nil
	}
	buf = growInt(buf, n)
	for i := range buf {
		buf[i] = i
	}
	slices.SortStableFunc(buf, cmp)
	return buf
}

// firstDup reports a pair of equal neighbours in canonical order as (later,
// earlier) input positions.
func firstDup(order []int, n int, eq func(i, j int) bool) (int, int, bool) {
	if order == nil {
		return 0, 0, false // strictly ascending: no duplicates
	}
	for k := 1; k < n; k++ {
		a, b := order[k-1], order[k]
		if eq(a, b) {
			return max(a, b), min(a, b), true
		}
	}
	return 0, 0, false
}

func at(order []int, k int) int {
	if order == nil {
		return k
	}
	return order[k]
}

// split appends the allocations of a whole-unit amount (validated by prepare).
func (c *calc) split(allocs []Allocation, amount *uint256.Int, p *Policy, holdings []Holding, consumer common.Address) []Allocation {
	var protocol, devs, pool, margin uint256.Int
	bpsOf(&protocol, amount, p.ProtocolBps)
	bpsOf(&devs, amount, p.DeveloperBps)
	bpsOf(&pool, amount, p.PoolBps)
	margin.Sub(amount, &protocol)
	margin.Sub(&margin, &devs)
	margin.Sub(&margin, &pool)

	var a Allocation
	a.Kind, a.Account = KindProtocol, p.Treasury
	a.AmountAtto.Mul(&protocol, Atto)
	allocs = append(allocs, a)

	n := len(p.Developers)
	c.weights = growU256(c.weights, n)
	for k := 0; k < n; k++ {
		c.weights[k] = p.Developers[at(c.devOrder, k)].Weight
	}
	c.shares = growU256(c.shares, n)
	var total uint256.Int
	total.Mul(&devs, Atto)
	// prepare guarantees weight whenever the share is nonzero.
	_ = c.ap.apportion(c.shares, &total, c.weights)
	for k := 0; k < n; k++ {
		allocs = append(allocs, Allocation{Kind: KindDeveloper, Account: p.Developers[at(c.devOrder, k)].Account, AmountAtto: c.shares[k]})
	}

	n = len(holdings)
	c.weights = growU256(c.weights, n)
	if c.hOrder == nil {
		for k := range holdings {
			c.weights[k] = holdings[k].Units
		}
	} else {
		for k, i := range c.hOrder {
			c.weights[k] = holdings[i].Units
		}
	}
	c.shares = growU256(c.shares, n)
	total.Mul(&pool, Atto)
	_ = c.ap.apportion(c.shares, &total, c.weights)
	base := len(allocs)
	allocs = slices.Grow(allocs, n)[:base+n]
	for k := 0; k < n; k++ {
		h := &holdings[at(c.hOrder, k)]
		dst := &allocs[base+k]
		dst.Kind, dst.Account, dst.CfID, dst.Units, dst.AmountAtto = KindPool, h.Holder, h.CfID, h.Units, c.shares[k]
	}

	a = Allocation{Kind: KindConsumerMargin, Account: consumer}
	a.AmountAtto.Mul(&margin, Atto)
	return append(allocs, a)
}

// bpsOf sets z = ⌊x · bps / 10^4⌋. Callers keep x ≤ maxGross < 2^197, so the
// product (< 2^211) never wraps and a one-limb division suffices.
func bpsOf(z, x *uint256.Int, bps uint16) {
	z.Mul(x, uint256.NewInt(uint64(bps)))
	z.Div(z, bpsDen)
}

func growU256(b []uint256.Int, n int) []uint256.Int {
	if cap(b) < n {
		return make([]uint256.Int, n)
	}
	return b[:n]
}
