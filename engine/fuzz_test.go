package engine

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// byteSource draws values from fuzz input; when it runs dry it yields zeros,
// so every input maps to some case.
type byteSource struct{ b []byte }

func (s *byteSource) u8() uint8 {
	if len(s.b) == 0 {
		return 0
	}
	v := s.b[0]
	s.b = s.b[1:]
	return v
}

func (s *byteSource) u64() uint64 {
	var buf [8]byte
	n := copy(buf[:], s.b)
	s.b = s.b[n:]
	return binary.LittleEndian.Uint64(buf[:])
}

// value draws a uint256 from a size class that reaches every apportionment
// path and the edges near 2^256.
func (s *byteSource) value() uint256.Int {
	var z uint256.Int
	switch s.u8() % 8 {
	case 0:
		z.SetUint64(uint64(s.u8()))
	case 1:
		z.SetUint64(s.u64() % 1000)
	case 2:
		z.SetUint64(s.u64())
	case 3:
		z[0], z[1] = s.u64(), s.u64()
	case 4:
		z[0], z[1], z[2], z[3] = s.u64(), s.u64(), s.u64(), s.u64()
	case 5: // 2^256 − small
		z.SetAllOne()
		z.Sub(&z, uint256.NewInt(uint64(s.u8())))
	case 6: // 2^64 ± small: the fast path's border
		z.Lsh(uint256.NewInt(1), 64)
		z.Sub(&z, uint256.NewInt(uint64(s.u8())))
		z.Add(&z, uint256.NewInt(uint64(s.u8()%4)))
	default: // a power of two
		z.Lsh(uint256.NewInt(1), uint(s.u8()))
	}
	return z
}

func addr(b byte) common.Address { return common.Address{19: b} }

// genInput builds a bundle whose lists draw from small pools of ids and
// addresses, so ties and zero weights are common. Unless the first byte asks
// for a raw (often invalid) input, it repairs the rules ComputeLineItem
// enforces, so most inputs reach the arithmetic.
func genInput(s *byteSource) *Input {
	raw := s.u8()%8 == 7
	in := &Input{}
	in.Event = Event{ID: "e", Consumer: addr(0xc0), DatasetVersion: 1, Unit: "row", ValuationVersion: 3}
	in.Event.Quantity = s.value()
	in.Valuation = Valuation{Version: 3, Asset: addr(0xaa), Unit: "row"}
	in.Valuation.BasePrice = s.value()
	in.Valuation.PriceUnit = s.value()
	names := []string{"quality", "novelty", "demand", "timeliness"}
	for k := int(s.u8() % 4); k > 0; k-- {
		var f Factor
		f.Name = names[s.u8()%4]
		f.WAD = s.value()
		in.Valuation.Factors = append(in.Valuation.Factors, f)
	}
	p := &in.Policy
	p.Version = 2
	p.Treasury = addr(0xa1)
	p.ReserveBps = uint16(s.u64() % 10_001)
	p.ProtocolBps = uint16(s.u64() % 10_001)
	p.DeveloperBps = uint16(s.u64() % 10_001)
	p.PoolBps = uint16(s.u64() % 10_001)
	for k := int(s.u8() % 5); k > 0; k-- {
		p.Developers = append(p.Developers, Developer{Account: addr(0xd0 + s.u8()%8), Weight: s.value()})
	}
	for k := int(s.u8() % 13); k > 0; k-- {
		var h Holding
		h.CfID.SetUint64(uint64(s.u8() % 6))
		h.Holder = addr(0xb0 + s.u8()%4)
		h.Units = s.value()
		in.Snapshot.Holdings = append(in.Snapshot.Holdings, h)
	}
	if raw {
		return in
	}
	if in.Event.Quantity.IsZero() {
		in.Event.Quantity.SetOne()
	}
	if in.Valuation.PriceUnit.IsZero() {
		in.Valuation.PriceUnit.SetOne()
	}
	in.Valuation.Factors = dedupe(in.Valuation.Factors, func(a, b Factor) bool { return a.Name == b.Name })
	p.DeveloperBps %= MaxBps + 1 - p.ProtocolBps
	p.PoolBps %= MaxBps + 1 - p.ProtocolBps - p.DeveloperBps
	p.Developers = dedupe(p.Developers, func(a, b Developer) bool { return a.Account == b.Account })
	if p.DeveloperBps > 0 && !anyNonZero(len(p.Developers), func(i int) *uint256.Int { return &p.Developers[i].Weight }) {
		p.Developers = append(p.Developers, Developer{Account: addr(0xdf), Weight: *uint256.NewInt(1)})
	}
	h := dedupe(in.Snapshot.Holdings, func(a, b Holding) bool { return a.CfID == b.CfID && a.Holder == b.Holder })
	if p.PoolBps > 0 && !anyNonZero(len(h), func(i int) *uint256.Int { return &h[i].Units }) {
		h = append(h, Holding{CfID: *uint256.NewInt(9), Holder: addr(0xbf), Units: *uint256.NewInt(1)})
	}
	in.Snapshot.Holdings = h
	return in
}

func dedupe[T any](xs []T, eq func(a, b T) bool) []T {
	var out []T
	for _, x := range xs {
		if !slices.ContainsFunc(out, func(y T) bool { return eq(x, y) }) {
			out = append(out, x)
		}
	}
	return out
}

func cloneInput(in *Input) *Input {
	c := *in
	c.Valuation.Factors = slices.Clone(in.Valuation.Factors)
	c.Policy.Developers = slices.Clone(in.Policy.Developers)
	c.Snapshot.Holdings = slices.Clone(in.Snapshot.Holdings)
	return &c
}

// permuted reverses and rotates every input list.
func permuted(in *Input, rot int) *Input {
	c := cloneInput(in)
	perm := func(n int, swap func(i, j int)) {
		for i, j := 0, n-1; i < j; i, j = i+1, j-1 {
			swap(i, j)
		}
		for k := 0; n > 1 && k < rot%n; k++ {
			for i := 0; i < n-1; i++ {
				swap(i, i+1)
			}
		}
	}
	f, d, h := c.Valuation.Factors, c.Policy.Developers, c.Snapshot.Holdings
	perm(len(f), func(i, j int) { f[i], f[j] = f[j], f[i] })
	perm(len(d), func(i, j int) { d[i], d[j] = d[j], d[i] })
	perm(len(h), func(i, j int) { h[i], h[j] = h[j], h[i] })
	return c
}

func FuzzLineItem(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 0xe8, 3, 0, 0, 0, 0, 0, 0, 1, 0xd0, 7, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0xf4, 1, 0, 0, 0, 0, 0, 0})
	f.Add(bytes.Repeat([]byte{5, 3, 0xff, 1, 2, 7}, 40))
	f.Add(bytes.Repeat([]byte{3, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88}, 30))
	f.Add(bytes.Repeat([]byte{6, 1, 2, 3}, 60))
	f.Add(bytes.Repeat([]byte{4, 0xff, 0xfe, 0x01}, 100))
	f.Add(bytes.Repeat([]byte{0, 9, 1, 1, 1, 1, 1, 1, 1, 1, 2}, 50))
	f.Fuzz(func(t *testing.T, data []byte) {
		in := genInput(&byteSource{b: data})
		checkLineItem(t, in)
	})
}

// checkLineItem asserts the oracle's answer and the invariants for one input.
func checkLineItem(t *testing.T, in *Input) bool {
	t.Helper()
	before := cloneInput(in)
	li, err := ComputeLineItem(in)
	if !reflect.DeepEqual(before, in) {
		t.Fatal("ComputeLineItem modified its input")
	}
	if err != nil {
		var fe *FieldError
		if !errors.As(err, &fe) {
			t.Fatalf("error is not a *FieldError: %v", err)
		}
		if _, perr := ComputeLineItem(permuted(in, 1)); perr == nil {
			t.Fatalf("input rejected (%v) but its permutation accepted", err)
		}
		if errors.Is(err, ErrGrossTooLarge) {
			if _, ok := oracleLineItem(in); ok {
				t.Fatal("gross rejected as too large but fits atto units")
			}
		}
		return false
	}
	want, ok := oracleLineItem(in)
	if !ok {
		t.Fatal("gross accepted but does not fit atto units")
	}
	for _, c := range []struct {
		got  *uint256.Int
		want *big.Int
		name string
	}{{&li.Gross, want.gross, "gross"}, {&li.Reserve, want.reserve, "reserve"}, {&li.Net, want.net, "net"},
		{&li.Protocol, want.protocol, "protocol"}, {&li.Developers, want.devs, "developers"},
		{&li.Pool, want.pool, "pool"}, {&li.ConsumerMargin, want.margin, "consumerMargin"}} {
		if !u256Eq(c.got, c.want) {
			t.Fatalf("%s = %s, oracle %s", c.name, c.got.Dec(), c.want)
		}
	}
	if len(li.Allocations) != len(want.allocs) {
		t.Fatalf("%d allocations, oracle %d", len(li.Allocations), len(want.allocs))
	}
	sum := new(big.Int)
	for i, a := range li.Allocations {
		w := want.allocs[i]
		if a.Kind != w.kind || a.Account != w.account || !u256Eq(&a.AmountAtto, w.atto) {
			t.Fatalf("allocation %d = %v %s %s, oracle %v %x %s", i, a.Kind, a.Account.Hex(), a.AmountAtto.Dec(), w.kind, w.account, w.atto)
		}
		if a.Kind == KindPool && (!u256Eq(&a.CfID, w.cfID) || !u256Eq(&a.Units, w.units)) {
			t.Fatalf("allocation %d traces to cf %s units %s, oracle %s %s", i, a.CfID.Dec(), a.Units.Dec(), w.cfID, w.units)
		}
		sum.Add(sum, a.AmountAtto.ToBig())
	}
	if sum.Cmp(new(big.Int).Mul(want.gross, bigAtto)) != 0 {
		t.Fatalf("Σ allocations = %s atto, want gross·10^18", sum)
	}
	checkWithinOneAtto(t, li.Allocations, KindDeveloper, new(big.Int).Mul(want.devs, bigAtto),
		func(a *Allocation) *big.Int { return weightOf(in, a) })
	checkWithinOneAtto(t, li.Allocations, KindPool, new(big.Int).Mul(want.pool, bigAtto),
		func(a *Allocation) *big.Int { return a.Units.ToBig() })

	enc, err := EncodeLineItem(&li)
	if err != nil {
		t.Fatal(err)
	}
	for rot := 0; rot < 3; rot++ {
		li2, err := ComputeLineItem(permuted(in, rot))
		if err != nil {
			t.Fatalf("permutation %d rejected: %v", rot, err)
		}
		enc2, _ := EncodeLineItem(&li2)
		if !bytes.Equal(enc, enc2) || li.Hash != li2.Hash {
			t.Fatalf("permutation %d changed the output:\n%s\n%s", rot, enc, enc2)
		}
	}
	return true
}

func weightOf(in *Input, a *Allocation) *big.Int {
	for _, d := range in.Policy.Developers {
		if d.Account == a.Account {
			return d.Weight.ToBig()
		}
	}
	return new(big.Int)
}

// checkWithinOneAtto: |share·W − P·w| < W for every share of kind k.
func checkWithinOneAtto(t *testing.T, allocs []Allocation, k AllocationKind, P *big.Int, weight func(*Allocation) *big.Int) {
	t.Helper()
	W := new(big.Int)
	for i := range allocs {
		if allocs[i].Kind == k {
			W.Add(W, weight(&allocs[i]))
		}
	}
	if W.Sign() == 0 {
		return
	}
	for i := range allocs {
		a := &allocs[i]
		if a.Kind != k {
			continue
		}
		d := new(big.Int).Mul(a.AmountAtto.ToBig(), W)
		d.Sub(d, new(big.Int).Mul(P, weight(a)))
		if d.CmpAbs(W) >= 0 {
			t.Fatalf("%v share %s is not within one atto of %s·%s/%s", k, a.AmountAtto.Dec(), P, weight(a), W)
		}
	}
}

// TestLineItemSweep runs the fuzz checks over a fixed pseudo-random sample,
// so plain `go test` exercises the arithmetic on every path, and fails if too
// few inputs are valid for the sample to mean anything.
func TestLineItemSweep(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 17))
	valid := 0
	const n = 4000
	var calc Calculator
	var dst []Allocation
	var prev *Input
	for i := 0; i < n; i++ {
		b := make([]byte, 40+rng.IntN(400))
		for j := range b {
			b[j] = byte(rng.Uint32())
			if j%3 == 0 && rng.IntN(2) == 0 {
				b[j] %= 3 // favour small size classes so that grosses fit
			}
		}
		in := genInput(&byteSource{b: b})
		if prev != nil && i%3 == 0 {
			in.Snapshot = prev.Snapshot // same snapshot again: the Calculator's cache
		}
		if i%5 == 0 && len(in.Snapshot.Holdings) > 0 {
			in.Snapshot.Holdings = slices.Clone(in.Snapshot.Holdings) // same length, one unit more
			in.Snapshot.Holdings[0].Units.AddUint64(&in.Snapshot.Holdings[0].Units, 1)
		}
		prev = in
		if checkLineItem(t, in) {
			valid++
		}
		// A reused Calculator agrees with ComputeLineItem byte for byte.
		want, werr := ComputeLineItem(in)
		got, gerr := calc.Compute(in, dst[:0])
		dst = got.Allocations
		if (werr == nil) != (gerr == nil) {
			t.Fatalf("Calculator err %v, ComputeLineItem err %v", gerr, werr)
		}
		if werr == nil {
			a, _ := EncodeLineItem(&want)
			b, _ := EncodeLineItem(&got)
			if !bytes.Equal(a, b) || want.Hash != got.Hash {
				t.Fatalf("Calculator output differs:\n%s\n%s", b, a)
			}
		}
	}
	if valid < n/10 {
		t.Fatalf("only %d of %d generated line items were valid", valid, n)
	}
	t.Logf("%d of %d generated line items valid", valid, n)
}

func TestApportionSweep(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 23))
	for i := 0; i < 3000; i++ {
		b := make([]byte, 10+rng.IntN(600))
		for j := range b {
			b[j] = byte(rng.Uint32())
		}
		s := &byteSource{b: b}
		total := s.value()
		w := make([]uint256.Int, int(s.u8()%40))
		for i := range w {
			w[i] = s.value()
		}
		checkApportion(t, &total, w)
	}
}

func FuzzApportion(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{2, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 3, 1, 30, 1, 50, 1, 20})
	f.Add(bytes.Repeat([]byte{5, 1}, 30))
	f.Add(bytes.Repeat([]byte{4, 0x80, 0x01, 0x7f}, 50))
	f.Add(bytes.Repeat([]byte{6, 2, 1}, 40))
	f.Add(bytes.Repeat([]byte{3, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 20))
	f.Add(bytes.Repeat([]byte{0, 0, 0, 1}, 30))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := &byteSource{b: data}
		total := s.value()
		w := make([]uint256.Int, int(s.u8()%40))
		for i := range w {
			w[i] = s.value()
		}
		checkApportion(t, &total, w)
	})
}

// checkApportion compares Apportion and each internal path with the oracle.
func checkApportion(t *testing.T, total *uint256.Int, w []uint256.Int) {
	t.Helper()
	wb := make([]*big.Int, len(w))
	W := new(big.Int)
	for i := range w {
		wb[i] = w[i].ToBig()
		W.Add(W, wb[i])
	}
	wCopy := slices.Clone(w)
	totalCopy := *total
	got, err := Apportion(total, w)
	if !slices.Equal(w, wCopy) || totalCopy != *total {
		t.Fatal("Apportion modified its input")
	}
	if W.Sign() == 0 {
		if total.IsZero() != (err == nil) {
			t.Fatalf("zero weight, total %s: err %v", total.Dec(), err)
		}
		if err != nil && !errors.Is(err, ErrZeroWeight) {
			t.Fatalf("err %v, want ErrZeroWeight", err)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	want := oracleApportion(total.ToBig(), wb)
	same := func(path string, got []uint256.Int) {
		t.Helper()
		sum := new(big.Int)
		for i := range got {
			if !u256Eq(&got[i], want[i]) {
				t.Fatalf("%s: share %d = %s, oracle %s (total %s, weights %v)", path, i, got[i].Dec(), want[i], total.Dec(), wb)
			}
			sum.Add(sum, got[i].ToBig())
		}
		if sum.Cmp(total.ToBig()) != 0 {
			t.Fatalf("%s: Σ shares %s ≠ total %s", path, sum, total.Dec())
		}
	}
	same("Apportion", got)
	// Every path must agree where it applies: fast vs slow, fuzzed together.
	var a apportioner
	if w64, ok := sumWeights64(w); ok {
		out := make([]uint256.Int, len(w))
		a.fast64(out, total, w, w64)
		same("fast64", out)
	}
	if W.Cmp(two256) < 0 {
		var Wu uint256.Int
		Wu.SetFromBig(W)
		out := make([]uint256.Int, len(w))
		a.mid256(out, total, w, &Wu)
		same("mid256", out)
	}
	out := make([]uint256.Int, len(w))
	apportionBig(out, total, w)
	same("big", out)
}

func FuzzGross(f *testing.F) {
	f.Add([]byte{1, 0xe8, 3, 0, 0, 0, 0, 0, 0})
	f.Add(bytes.Repeat([]byte{5, 0xff}, 20))
	f.Add(bytes.Repeat([]byte{4, 1, 2}, 40))
	f.Fuzz(func(t *testing.T, data []byte) {
		s := &byteSource{b: data}
		q := s.value()
		v := Valuation{BasePrice: s.value(), PriceUnit: s.value()}
		names := []string{"a", "b", "c", "d"}
		for k := int(s.u8() % 5); k > 0; k-- {
			v.Factors = append(v.Factors, Factor{Name: names[k-1], WAD: s.value()})
		}
		g, err := Gross(&q, &v)
		in := &Input{Event: Event{Quantity: q}, Valuation: v}
		if v.PriceUnit.IsZero() {
			if !errors.Is(err, ErrZero) {
				t.Fatalf("zero price unit: err %v", err)
			}
			return
		}
		want, ok := oracleLineItem(in)
		if !ok {
			if !errors.Is(err, ErrGrossTooLarge) {
				t.Fatalf("gross %s overflows atto units but err = %v", want.gross, err)
			}
			return
		}
		if err != nil || !u256Eq(&g, want.gross) {
			t.Fatalf("gross %s, %v; oracle %s", g.Dec(), err, want.gross)
		}
		// Independent of factor order.
		slices.Reverse(v.Factors)
		if g2, _ := Gross(&q, &v); g2 != g {
			t.Fatal("gross depends on factor order")
		}
	})
}
