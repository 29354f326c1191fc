package engine

import (
	"math/big"
	mrand "math/rand"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"
)

func checkDiv128(t *testing.T, u [4]uint64, vh, vl uint64) {
	t.Helper()
	limbs := func(l ...uint64) *big.Int {
		z := new(big.Int)
		for i := len(l) - 1; i >= 0; i-- {
			z.Lsh(z, 64).Or(z, new(big.Int).SetUint64(l[i]))
		}
		return z
	}
	bu, bv := limbs(u[0], u[1], u[2], u[3]), limbs(vl, vh)
	if bu.Cmp(new(big.Int).Lsh(bv, 128)) >= 0 {
		return // outside the contract: the quotient would not fit 128 bits
	}
	d := newDiv128(vh, vl)
	q1, q0, r1, r0 := d.divmod(&u)
	wq, wr := new(big.Int).QuoRem(bu, bv, new(big.Int))
	if limbs(q0, q1).Cmp(wq) != 0 || limbs(r0, r1).Cmp(wr) != 0 {
		t.Fatalf("%x / %x = %x rem %x, want %x rem %x", bu, bv, limbs(q0, q1), limbs(r0, r1), wq, wr)
	}
}

// The 256-by-128 division agrees with math/big, on random and edge operands.
func TestDiv128AgainstBig(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	edges := []uint64{0, 1, 2, 1 << 63, 1<<63 - 1, ^uint64(0), ^uint64(0) - 1, 1 << 32}
	pick := func() uint64 {
		if r.IntN(3) == 0 {
			return edges[r.IntN(len(edges))]
		}
		return r.Uint64() >> r.IntN(64)
	}
	for i := 0; i < 300000; i++ {
		vh, vl := pick(), pick()
		if vh == 0 {
			vh = 1
		}
		// A dividend below v·2^128: the top two limbs below (vh, vl).
		u := [4]uint64{pick(), pick(), pick(), pick()}
		if u[3] > vh || (u[3] == vh && u[2] >= vl) {
			u[3], u[2] = vh, vl
			if u[2] > 0 {
				u[2]--
			} else {
				u[3]--
				u[2] = ^uint64(0)
			}
		}
		checkDiv128(t, u, vh, vl)
	}
}

func FuzzDiv128(f *testing.F) {
	f.Add(uint64(1), uint64(0), uint64(0), uint64(0), uint64(0), uint64(0))
	f.Add(^uint64(0), ^uint64(0), ^uint64(0)-1, ^uint64(0), ^uint64(0), ^uint64(0))
	f.Fuzz(func(t *testing.T, vh, vl, u3, u2, u1, u0 uint64) {
		if vh == 0 {
			return
		}
		checkDiv128(t, [4]uint64{u0, u1, u2, u3}, vh, vl)
	})
}

// Apportionment with total weight in [2^64, 2^128) — ERC-1155 units with 18
// decimals over many holders land here — takes the two-digit division path
// and must agree with the math/big oracle share for share.
func TestApportionNarrowUint256Path(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for iter := 0; iter < 3000; iter++ {
		n := 1 + r.IntN(40)
		w := make([]uint256.Int, n)
		wb := make([]*big.Int, n)
		W := new(big.Int)
		for i := range w {
			x := new(big.Int).Rand(nil2(r), new(big.Int).Lsh(big.NewInt(1), uint(60+r.IntN(60))))
			if iter%7 == 0 && i%2 == 0 {
				x.SetUint64(0)
			}
			w[i].SetFromBig(x)
			wb[i] = x
			W.Add(W, x)
		}
		if W.BitLen() <= 64 || W.BitLen() > 128 {
			continue
		}
		total := new(big.Int).Rand(nil2(r), new(big.Int).Lsh(big.NewInt(1), uint(1+r.IntN(255))))
		var p uint256.Int
		p.SetFromBig(total)
		got, err := Apportion(&p, w)
		if err != nil {
			t.Fatal(err)
		}
		want := oracleApportion(total, wb)
		for i := range got {
			if got[i].ToBig().Cmp(want[i]) != 0 {
				t.Fatalf("iteration %d share %d = %s, oracle %s (P %s, W %s)", iter, i, got[i].Dec(), want[i], total, W)
			}
		}
	}
}

// nil2 adapts a math/rand/v2 source for big.Int.Rand (which takes math/rand).
func nil2(r *rand.Rand) *mrand.Rand { return mrand.New(mrand.NewSource(int64(r.Uint64()))) }
