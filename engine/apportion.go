package engine

import (
	"math/big"
	"math/bits"
	"slices"

	"github.com/holiman/uint256"
)

// Apportion splits totalAtto across weights by largest remainder: share i is
// ⌊P·wᵢ/W⌋ and the P − Σ⌊…⌋ leftover units go one each to the largest
// remainders P·wᵢ mod W, ties to the lowest index. Weights must already be in
// tie-break order. The shares sum to totalAtto exactly. A nonzero total over a
// zero total weight is ErrZeroWeight; a zero total gives all zeros.
func Apportion(totalAtto *uint256.Int, weights []uint256.Int) ([]uint256.Int, error) {
	out := make([]uint256.Int, len(weights))
	var a apportioner
	if err := a.apportion(out, totalAtto, weights); err != nil {
		return nil, err
	}
	return out, nil
}

// apportioner keeps scratch buffers so that repeated apportionments allocate
// nothing per share.
type apportioner struct {
	rem64 []uint64
	sel64 []uint64
	rem   []uint256.Int
	sel   []uint256.Int
}

// apportion writes the shares into out (len(out) == len(w)).
func (a *apportioner) apportion(out []uint256.Int, p *uint256.Int, w []uint256.Int) error {
	w64, fits64 := sumWeights64(w)
	if fits64 {
		if w64 == 0 {
			return zeroWeight(out, p)
		}
		a.fast64(out, p, w, w64)
		return nil
	}
	var wsum uint256.Int
	for i := range w {
		if _, carry := wsum.AddOverflow(&wsum, &w[i]); carry {
			apportionBig(out, p, w)
			return nil
		}
	}
	a.mid256(out, p, w, &wsum)
	return nil
}

func zeroWeight(out []uint256.Int, p *uint256.Int) error {
	if !p.IsZero() {
		return ErrZeroWeight
	}
	for i := range out {
		out[i].Clear()
	}
	return nil
}

// sumWeights64 returns Σw when every weight and the sum fit in 64 bits.
func sumWeights64(w []uint256.Int) (uint64, bool) {
	var s uint64
	for i := range w {
		if w[i][1]|w[i][2]|w[i][3] != 0 {
			return 0, false
		}
		var c uint64
		s, c = bits.Add64(s, w[i][0], 0)
		if c != 0 {
			return 0, false
		}
	}
	return s, true
}

// fast64 is the common case: total weight below 2^64. With P = q0·W + r0,
// P·wᵢ/W = q0·wᵢ + r0·wᵢ/W, and r0·wᵢ < W² fits 128 bits, so each share costs
// one 64-bit division (bits.Div64) and a 4×1-limb multiply.
func (a *apportioner) fast64(out []uint256.Int, p *uint256.Int, w []uint256.Int, W uint64) {
	// q0, r0 = P / W, limb by limb from the top.
	var q0 uint256.Int
	var r0 uint64
	for k := 3; k >= 0; k-- {
		q0[k], r0 = bits.Div64(r0, p[k], W)
	}
	n := len(w)
	a.rem64 = grow(a.rem64, n)
	rem := a.rem64
	var sumHi, sumLo uint64
	small := q0[1]|q0[2]|q0[3] == 0
	for i := range w {
		wi := w[i][0]
		hi, lo := bits.Mul64(r0, wi)
		q1, r := bits.Div64(hi, lo, W)
		rem[i] = r
		var c uint64
		sumLo, c = bits.Add64(sumLo, r, 0)
		sumHi += c
		o := &out[i]
		if small {
			h, l := bits.Mul64(q0[0], wi)
			l, c = bits.Add64(l, q1, 0)
			o[0], o[1], o[2], o[3] = l, h+c, 0, 0
			continue
		}
		// q0·wᵢ + q1 ≤ P < 2^256: the top carry is provably zero.
		h0, l0 := bits.Mul64(q0[0], wi)
		h1, l1 := bits.Mul64(q0[1], wi)
		h2, l2 := bits.Mul64(q0[2], wi)
		l3 := q0[3] * wi
		z0, c0 := bits.Add64(l0, q1, 0)
		z1, c1 := bits.Add64(l1, h0, c0)
		z2, c2 := bits.Add64(l2, h1, c1)
		z3 := l3 + h2 + c2
		o[0], o[1], o[2], o[3] = z0, z1, z2, z3
	}
	// Σ remainders = leftover · W exactly, and leftover < n, so this division
	// gives the leftover without summing the shares.
	left, _ := bits.Div64(sumHi, sumLo, W)
	if left == 0 {
		return
	}
	a.sel64 = grow(a.sel64, n)
	sel := a.sel64
	copy(sel, rem)
	t := selectU64(sel, n-int(left)) // the left-th largest remainder
	need := int(left)
	for i := range rem {
		if rem[i] > t {
			need--
		}
	}
	for i := range rem {
		if rem[i] > t || (rem[i] == t && need > 0) {
			if rem[i] == t {
				need--
			}
			addOne(&out[i])
		}
	}
}

func addOne(z *uint256.Int) {
	var c uint64
	z[0], c = bits.Add64(z[0], 1, 0)
	z[1], c = bits.Add64(z[1], 0, c)
	z[2], c = bits.Add64(z[2], 0, c)
	z[3] += c
}

// mid256: total weight fits 256 bits but not 64. Same decomposition with
// uint256 arithmetic; the remainder is recovered with wrapping arithmetic
// because the true value is below W < 2^256.
func (a *apportioner) mid256(out []uint256.Int, p *uint256.Int, w []uint256.Int, W *uint256.Int) {
	var q0, r0 uint256.Int
	q0.DivMod(p, W, &r0)
	n := len(w)
	if cap(a.rem) < n {
		a.rem = make([]uint256.Int, n)
	}
	rem := a.rem[:n]
	var sum uint256.Int
	// Below 2^128, r0·wᵢ < W² fits 256 bits: one DivMod gives quotient and
	// remainder. Above, the product needs 512 bits (MulDivOverflow).
	// Total weights in [2^64, 2^128): a two-digit division per share. (Apportion
	// sends smaller totals to fast64; the guard keeps mid256 exact for any W.)
	narrow := W[2]|W[3] == 0 && W[1] != 0
	var d div128
	if narrow {
		d = newDiv128(W[1], W[0])
	}
	for i := range w {
		var q1, t uint256.Int
		if narrow {
			// r0·wᵢ < W·2^128: a two-digit division with a 128-bit quotient.
			mul128(&t, &r0, &w[i])
			q1[1], q1[0], rem[i][1], rem[i][0] = d.divmod((*[4]uint64)(&t))
			rem[i][2], rem[i][3] = 0, 0
		} else {
			q1.MulDivOverflow(&r0, &w[i], W) // < W, never overflows
			rem[i].Mul(&r0, &w[i])
			t.Mul(&q1, W)
			rem[i].Sub(&rem[i], &t)
		}
		if narrow {
			mulAdd128(&out[i], &q0, &w[i], &q1)
		} else {
			out[i].Mul(&q0, &w[i])
			out[i].Add(&out[i], &q1)
		}
		sum.Add(&sum, &out[i])
	}
	var left uint256.Int
	left.Sub(p, &sum)
	if left.IsZero() {
		return
	}
	if cap(a.sel) < n {
		a.sel = make([]uint256.Int, n)
	}
	sel := a.sel[:n]
	copy(sel, rem)
	t := selectU256(sel, n-int(left.Uint64()))
	need := int(left.Uint64())
	for i := range rem {
		if rem[i].Gt(&t) {
			need--
		}
	}
	for i := range rem {
		c := rem[i].Cmp(&t)
		if c > 0 || (c == 0 && need > 0) {
			if c == 0 {
				need--
			}
			addOne(&out[i])
		}
	}
}

// mul128 sets z to the 256-bit product of two values below 2^128.
func mul128(z, x, y *uint256.Int) {
	h00, l00 := bits.Mul64(x[0], y[0])
	h01, l01 := bits.Mul64(x[0], y[1])
	h10, l10 := bits.Mul64(x[1], y[0])
	h11, l11 := bits.Mul64(x[1], y[1])
	var c, c2 uint64
	z[0] = l00
	z[1], c = bits.Add64(h00, l01, 0)
	z[2], c2 = bits.Add64(h01, l11, c)
	z[3] = h11 + c2
	z[1], c = bits.Add64(z[1], l10, 0)
	z[2], c2 = bits.Add64(z[2], h10, c)
	z[3] += c2
}

// mulAdd128 sets z = x·y + a (mod 2^256) for y and a below 2^128: the
// share q0·wᵢ + q1, which is at most P, so nothing is lost to the modulus.
func mulAdd128(z, x, y, a *uint256.Int) {
	y0, y1 := y[0], y[1]
	h00, l00 := bits.Mul64(x[0], y0)
	h01, l01 := bits.Mul64(x[0], y1)
	h10, l10 := bits.Mul64(x[1], y0)
	h11, l11 := bits.Mul64(x[1], y1)
	h20, l20 := bits.Mul64(x[2], y0)
	top := x[2]*y1 + x[3]*y0 + h11 + h20
	var c uint64
	z0, c0 := bits.Add64(l00, a[0], 0)
	z1, c1 := bits.Add64(h00, l01, c0)
	z2, c2 := bits.Add64(h01, l11, c1)
	top += c2
	z1, c = bits.Add64(z1, l10, 0)
	z2, c2 = bits.Add64(z2, h10, c)
	top += c2
	z1, c = bits.Add64(z1, a[1], 0)
	z2, c2 = bits.Add64(z2, l20, c)
	top += c2
	z[0], z[1], z[2], z[3] = z0, z1, z2, top
}

// apportionBig is the general case (total weight ≥ 2^256) in math/big.
func apportionBig(out []uint256.Int, p *uint256.Int, w []uint256.Int) {
	n := len(w)
	P := p.ToBig()
	W := new(big.Int)
	wb := make([]*big.Int, n)
	for i := range w {
		wb[i] = w[i].ToBig()
		W.Add(W, wb[i])
	}
	rem := make([]*big.Int, n)
	sum := new(big.Int)
	for i := range w {
		q, r := new(big.Int).QuoRem(new(big.Int).Mul(P, wb[i]), W, new(big.Int))
		rem[i] = r
		sum.Add(sum, q)
		out[i].SetFromBig(q)
	}
	left := new(big.Int).Sub(P, sum).Int64()
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(x, y int) int {
		if c := rem[y].Cmp(rem[x]); c != 0 {
			return c
		}
		return x - y
	})
	for _, i := range idx[:left] {
		addOne(&out[i])
	}
}

func grow(b []uint64, n int) []uint64 {
	if cap(b) < n {
		return make([]uint64, n)
	}
	return b[:n]
}

func growInt(b []int, n int) []int {
	if cap(b) < n {
		return make([]int, n)
	}
	return b[:n]
}

// selectU64 returns the k-th smallest element (0-based) of s, reordering s.
// Quickselect with median-of-three pivots, falling back to a sort when the
// partitioning degenerates, so the worst case stays O(n log n).
func selectU64(s []uint64, k int) uint64 {
	lo, hi := 0, len(s)-1
	budget := 2 * bits.Len(uint(len(s)))
	for hi > lo {
		if budget == 0 {
			slices.Sort(s[lo : hi+1])
			return s[k]
		}
		budget--
		mid := lo + (hi-lo)/2
		if s[mid] < s[lo] {
			s[mid], s[lo] = s[lo], s[mid]
		}
		if s[hi] < s[lo] {
			s[hi], s[lo] = s[lo], s[hi]
		}
		if s[hi] < s[mid] {
			s[hi], s[mid] = s[mid], s[hi]
		}
		pivot := s[mid]
		i, j := lo, hi
		for i <= j {
			for s[i] < pivot {
				i++
			}
			for s[j] > pivot {
				j--
			}
			if i <= j {
				s[i], s[j] = s[j], s[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return s[k]
		}
	}
	return s[k]
}

// selectU256 is selectU64 for uint256 values.
func selectU256(s []uint256.Int, k int) uint256.Int {
	lo, hi := 0, len(s)-1
	budget := 2 * bits.Len(uint(len(s)))
	for hi > lo {
		if budget == 0 {
			slices.SortFunc(s[lo:hi+1], func(x, y uint256.Int) int { return x.Cmp(&y) })
			return s[k]
		}
		budget--
		mid := lo + (hi-lo)/2
		if s[mid].Lt(&s[lo]) {
			s[mid], s[lo] = s[lo], s[mid]
		}
		if s[hi].Lt(&s[lo]) {
			s[hi], s[lo] = s[lo], s[hi]
		}
		if s[hi].Lt(&s[mid]) {
			s[hi], s[mid] = s[mid], s[hi]
		}
		pivot := s[mid]
		i, j := lo, hi
		for i <= j {
			for s[i].Lt(&pivot) {
				i++
			}
			for s[j].Gt(&pivot) {
				j--
			}
			if i <= j {
				s[i], s[j] = s[j], s[i]
				i++
				j--
			}
		}
		switch {
		case k <= j:
			hi = j
		case k >= i:
			lo = i
		default:
			return s[k]
		}
	}
	return s[k]
}
