package engine

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// The accrual fold, sharded: every line item's allocations are cut into as
// many contiguous position ranges as there are shards, and shard w folds
// range w of every item, in stream order, into its own per-recipient
// accumulators (a small item is not cut: shard w folds it whole when its
// place in the batch is w modulo the shard count). The items come in batches. Helper goroutines (one fewer
// than the CPUs) take a batch's shards one at a time while the close takes
// in the next batch (bookkeeping, maps); when that one is full the close
// folds whatever shards of the previous batch are left itself, then waits
// for those in progress. A shard is held by one goroutine at a time, so no
// two write the same memory; there are more shards than goroutines, so a
// goroutine the OS deschedules on a busy machine holds up only its shard,
// and if no helper runs at all the close folds everything itself.
//
// Each shard also sums its range of each item; the close then checks every
// item in stream order (Σ of the shards' partial sums = gross·10^18) and
// stops at the first bad one, so the error, like the result, does not depend
// on the shard count. After the stream, each group's shards merge into one
// accumulator per recipient, in address order. Addition of non-negative
// integers commutes, so the merged sums are the sequential fold's exactly; a
// recipient's sum cannot overflow once every item is checked (it is at most
// the group's gross total, itself checked), and an overflow there is
// reported as a bug.

// foldBatchShares is about how many allocations one batch holds (15 MiB of
// allocations referenced per batch, two batches at a time), foldBatchItems
// its cap in items; foldShardsPar is the shard count when there is more
// than one CPU; foldSpin is how long a helper out of shards polls for the
// next batch before it parks; items of fewer than foldSplitMin allocations
// are not cut but dealt whole to the shards in turn.
const (
	foldBatchShares = 1 << 17
	foldBatchItems  = 4096
	foldShardsPar   = 8
	foldSpin        = 200 * time.Microsecond
	foldSplitMin    = 16 * foldShardsPar
)

// foldShard is one shard's part of a group: its accumulators and the layout
// of the last item it folded (recipient slot per position of its range).
type foldShard struct {
	idx      map[common.Address]int
	recips   []common.Address
	accs     []uint256.Int
	overflow bool // an accumulator wrapped: only an unchecked bad item can cause it

	n      int // allocation count the layout was built for
	layout []layoutEntry
}

type layoutEntry struct {
	acct common.Address
	kind AllocationKind
	slot int32 // −1: the reserve, not accumulated
}

func (s *foldShard) slot(a common.Address) int32 {
	i, ok := s.idx[a]
	if !ok {
		i = len(s.recips)
		s.idx[a] = i
		s.recips = append(s.recips, a)
		s.accs = append(s.accs, uint256.Int{})
	}
	return int32(i)
}

func (s *foldShard) entry(a *Allocation) layoutEntry {
	e := layoutEntry{acct: a.Account, kind: a.Kind, slot: -1}
	if a.Kind != KindReserve {
		e.slot = s.slot(a.Account)
	}
	return e
}

func sameAccount(a, b *common.Address) bool {
	return binary.LittleEndian.Uint64(a[0:8]) == binary.LittleEndian.Uint64(b[0:8]) &&
		binary.LittleEndian.Uint64(a[8:16]) == binary.LittleEndian.Uint64(b[8:16]) &&
		binary.LittleEndian.Uint32(a[16:20]) == binary.LittleEndian.Uint32(b[16:20])
}

// fold adds allocations [lo, hi) of allocs into the shard and returns their
// sum; ovf reports that the sum wrapped (then the item is bad).
func (s *foldShard) fold(allocs []Allocation, lo, hi int) (sum uint256.Int, ovf bool) {
	if s.idx == nil {
		s.idx = map[common.Address]int{}
	}
	part := allocs[lo:hi]
	if s.n != len(allocs) || len(s.layout) != len(part) {
		s.n = len(allocs)
		s.layout = s.layout[:0]
		for k := range part {
			s.layout = append(s.layout, s.entry(&part[k]))
		}
	}
	// The sum lives in four registers and the carries are or-ed, so the
	// loop has no branch but the layout check and the reserve's slot.
	layout, accs := s.layout, s.accs
	var s0, s1, s2, s3, sumCarry, accCarry uint64
	for k := range part {
		a := &part[k]
		e := &layout[k]
		if a.Kind != e.kind || !sameAccount(&a.Account, &e.acct) {
			*e = s.entry(a)
			accs = s.accs
		}
		x := &a.AmountAtto
		var c uint64
		s0, c = bits.Add64(s0, x[0], 0)
		s1, c = bits.Add64(s1, x[1], c)
		s2, c = bits.Add64(s2, x[2], c)
		s3, c = bits.Add64(s3, x[3], c)
		sumCarry |= c
		if e.slot < 0 {
			continue
		}
		y := &accs[e.slot]
		y[0], c = bits.Add64(y[0], x[0], 0)
		y[1], c = bits.Add64(y[1], x[1], c)
		y[2], c = bits.Add64(y[2], x[2], c)
		y[3], c = bits.Add64(y[3], x[3], c)
		accCarry |= c
	}
	if accCarry != 0 {
		s.overflow = true
	}
	sum = uint256.Int{s0, s1, s2, s3}
	ovf = sumCarry != 0
	return sum, ovf
}

// foldItem is one line item waiting in a batch: a copy of the caller's
// LineItem header (its Allocations are read in place) and its group.
type foldItem struct {
	li LineItem
	g  *accGroup
}

// foldBatch is a batch of items and, per item and shard, the partial sums.
type foldBatch struct {
	items  []foldItem
	shares int
	sums   []uint256.Int // len(items) × shards
	ovf    []bool
	next   atomic.Int32 // the next shard to take
	wg     sync.WaitGroup
}

func (b *foldBatch) reset() {
	b.items = b.items[:0]
	b.shares = 0
}

// folder runs the shards of one close.
type folder struct {
	shards     int
	batchItems int
	splitMin   int                       // items of fewer allocations are folded whole by one shard
	cur        atomic.Pointer[foldBatch] // the batch being folded
	wake       chan struct{}             // a hint to the helpers: cur has shards left
	quit       chan struct{}
}

func newFolder(shards, helpers, batchItems, splitMin int) *folder {
	f := &folder{shards: max(shards, 1), batchItems: foldBatchItems, splitMin: foldSplitMin}
	if batchItems > 0 {
		f.batchItems = batchItems
	}
	if splitMin != 0 {
		f.splitMin = splitMin // tests: < 0 cuts every item
	}
	if f.shards == 1 {
		return f
	}
	f.wake = make(chan struct{}, helpers)
	f.quit = make(chan struct{})
	for h := 0; h < helpers; h++ {
		go func() {
			for {
				select {
				case <-f.quit:
					return
				case <-f.wake:
				}
				for {
					if b := f.cur.Load(); b != nil {
						f.take(b)
					}
					if !f.spin() {
						break
					}
				}
			}
		}()
	}
	return f
}

// spin waits up to foldSpin for the next batch, yielding to other
// goroutines meanwhile, and reports whether one came. Batches follow each
// other closely while a stream flows; a helper that parked instead would
// need the OS to wake its thread for every batch, which on a busy machine
// takes longer than the batch.
func (f *folder) spin() bool {
	deadline := time.Now().Add(foldSpin)
	for time.Now().Before(deadline) {
		if b := f.cur.Load(); b != nil && int(b.next.Load()) < f.shards {
			return true
		}
		select {
		case <-f.quit:
			return false
		default:
		}
		runtime.Gosched()
	}
	return false
}

// start makes b the batch being folded and wakes the helpers.
func (f *folder) start(b *foldBatch) {
	n := len(b.items) * f.shards
	if cap(b.sums) < n {
		b.sums = make([]uint256.Int, n)
		b.ovf = make([]bool, n)
	}
	b.sums, b.ovf = b.sums[:n], b.ovf[:n]
	b.wg.Add(f.shards)
	b.next.Store(0)
	f.cur.Store(b)
	for i := 0; i < cap(f.wake); i++ {
		select {
		case f.wake <- struct{}{}:
		default: // a helper has a wake-up pending already
		}
	}
}

// take folds shards of b until none is left.
func (f *folder) take(b *foldBatch) {
	for {
		w := int(b.next.Add(1)) - 1
		if w >= f.shards {
			return
		}
		f.run(b, w)
		b.wg.Done()
	}
}

// finish folds what is left of b and waits for the shards in progress.
func (f *folder) finish(b *foldBatch) {
	f.take(b)
	b.wg.Wait()
}

func (f *folder) stop() {
	if f.quit != nil {
		close(f.quit)
	}
}

// run folds shard w of b: range w of every item that is cut, and every
// item below splitMin allocations whose place in the batch is w modulo the
// shard count, whole (cutting a small item costs more than its fold).
func (f *folder) run(b *foldBatch, w int) {
	for i := range b.items {
		it := &b.items[i]
		n := len(it.li.Allocations)
		k := i*f.shards + w
		if n < f.splitMin {
			if i%f.shards != w {
				b.sums[k], b.ovf[k] = uint256.Int{}, false
				continue
			}
			b.sums[k], b.ovf[k] = it.g.shards[w].fold(it.li.Allocations, 0, n)
			continue
		}
		lo, hi := n*w/f.shards, n*(w+1)/f.shards
		b.sums[k], b.ovf[k] = it.g.shards[w].fold(it.li.Allocations, lo, hi)
	}
}

// check verifies every item of a folded batch in stream order: its shards'
// partial sums add up to gross·10^18, and the group's gross total grows by
// that without overflow.
func (f *folder) check(b *foldBatch) error {
	for i := range b.items {
		it := &b.items[i]
		li, g := &it.li, it.g
		var sum uint256.Int
		for w := 0; w < f.shards; w++ {
			k := i*f.shards + w
			if _, c := sum.AddOverflow(&sum, &b.sums[k]); c || b.ovf[k] {
				return fmt.Errorf("accrue %s: allocations: %w", li.EventID, ErrAmountOverflow)
			}
		}
		var ga uint256.Int
		if _, o := ga.MulOverflow(&li.Gross, attoPerUnit); o || !ga.Eq(&sum) {
			return fmt.Errorf("accrue %s: allocations sum %s, gross·10^18 %s: %w", li.EventID, sum.Dec(), ga.Dec(), ErrBadItem)
		}
		if _, c := g.gross.AddOverflow(&g.gross, &ga); c {
			return fmt.Errorf("accrue %s: gross total: %w", li.EventID, ErrAmountOverflow)
		}
	}
	return nil
}

// merge folds a group's shards into one accumulator per recipient, in
// address order.
func (g *accGroup) merge() error {
	n := 0
	for i := range g.shards {
		if g.shards[i].overflow {
			return fmt.Errorf("accrue: consumer %s: a recipient's sum wrapped although every item checked: %w", g.consumer.Hex(), ErrAmountOverflow)
		}
		n += len(g.shards[i].recips)
	}
	idx := make(map[common.Address]int, n)
	var recips []common.Address
	for i := range g.shards {
		for _, r := range g.shards[i].recips {
			if _, ok := idx[r]; !ok {
				idx[r] = 0
				recips = append(recips, r)
			}
		}
	}
	slices.SortFunc(recips, func(a, b common.Address) int { return a.Cmp(b) })
	for i, r := range recips {
		idx[r] = i
	}
	accs := make([]uint256.Int, len(recips))
	for i := range g.shards {
		s := &g.shards[i]
		for j, r := range s.recips {
			k := idx[r]
			if _, c := accs[k].AddOverflow(&accs[k], &s.accs[j]); c {
				return fmt.Errorf("accrue: recipient %s: %w", r.Hex(), ErrAmountOverflow)
			}
		}
	}
	g.recips, g.accs, g.shards = recips, accs, nil
	return nil
}

// shards is the shard count a close uses (1 on one CPU: the sequential
// fold, no goroutines) unless a test set it, and helpers the goroutines
// that fold beside the close's own: one fewer than the CPUs, at least one
// when there are shards to share.
func (st *State) shards() (shards, helpers int) {
	cpus := runtime.GOMAXPROCS(0)
	shards = st.foldShards
	if shards == 0 {
		shards = 1
		if cpus > 1 {
			shards = foldShardsPar
		}
	}
	if shards == 1 {
		return 1, 0
	}
	return shards, min(max(cpus-1, 1), shards-1)
}
