package engine

import "math/bits"

// div128 holds a normalised 128-bit divisor for repeated 256-by-128-bit
// divisions whose quotient fits 128 bits (Knuth's algorithm D with two
// 64-bit quotient digits; Hacker's Delight, divlu). It is the apportionment's
// path for total weights in [2^64, 2^128): each share is then two bits.Div64
// and a few multiplies instead of a general uint256 division.
type div128 struct {
	v1, v0 uint64 // the divisor shifted left by s: v1's top bit is set
	s      uint
}

// newDiv128 prepares the divisor hi·2^64 + lo; hi must not be zero.
// (A Go shift by 64 or more yields 0, so s == 0 needs no special case.)
func newDiv128(hi, lo uint64) div128 {
	s := uint(bits.LeadingZeros64(hi))
	return div128{v1: hi<<s | lo>>(64-s), v0: lo << s, s: s}
}

// divmod divides u (four limbs, little-endian, u < divisor·2^128) and returns
// the quotient (two limbs) and the remainder (two limbs).
func (d *div128) divmod(u *[4]uint64) (q1, q0, r1, r0 uint64) {
	s := d.s
	// Normalise u: shifted left by s it still fits four limbs, as u < v·2^128.
	n3 := u[3]<<s | u[2]>>(64-s)
	n2 := u[2]<<s | u[1]>>(64-s)
	n1 := u[1]<<s | u[0]>>(64-s)
	n0 := u[0] << s
	q1, n2, n1 = d.step(n3, n2, n1)
	q0, r1, r0 = d.step(n2, n1, n0)
	r0 = r0>>s | r1<<(64-s)
	r1 >>= s
	return q1, q0, r1, r0
}

// step divides the three limbs (u2, u1, u0), with (u2, u1) < (v1, v0), by the
// normalised divisor: one quotient digit and a two-limb remainder.
func (d *div128) step(u2, u1, u0 uint64) (q, r1, r0 uint64) {
	v1, v0 := d.v1, d.v0
	var qhat, rhat uint64
	overflowed := false
	if u2 >= v1 { // then u2 == v1: the digit is at most 2^64−1
		qhat = ^uint64(0)
		var c uint64
		rhat, c = bits.Add64(u1, v1, 0) // (u2·2^64 + u1) − qhat·v1 = u1 + v1
		overflowed = c != 0
	} else {
		qhat, rhat = bits.Div64(u2, u1, v1)
	}
	// At most two corrections make qhat exact or one too large (Knuth D3).
	for !overflowed {
		ph, pl := bits.Mul64(qhat, v0)
		if ph < rhat || (ph == rhat && pl <= u0) {
			break
		}
		qhat--
		var c uint64
		rhat, c = bits.Add64(rhat, v1, 0)
		overflowed = c != 0
	}
	// (u2, u1, u0) − qhat·(v1, v0), with an add-back if it went negative.
	h0, l0 := bits.Mul64(qhat, v0)
	h1, l1 := bits.Mul64(qhat, v1)
	m1, c := bits.Add64(l1, h0, 0)
	m2 := h1 + c
	var b uint64
	r0, b = bits.Sub64(u0, l0, 0)
	r1, b = bits.Sub64(u1, m1, b)
	_, b = bits.Sub64(u2, m2, b)
	if b != 0 {
		qhat--
		r0, c = bits.Add64(r0, v0, 0)
		r1, _ = bits.Add64(r1, v1, c)
	}
	return qhat, r1, r0
}
