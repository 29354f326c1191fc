package engine

import (
	"errors"
	"math/big"
	"slices"
	"testing"

	"github.com/holiman/uint256"
)

func threeEqualHolders() []Holding {
	return []Holding{
		{CfID: *uint256.NewInt(3), Holder: addr(0xb3), Units: *uint256.NewInt(1)},
		{CfID: *uint256.NewInt(1), Holder: addr(0xb1), Units: *uint256.NewInt(1)},
		{CfID: *uint256.NewInt(2), Holder: addr(0xb2), Units: *uint256.NewInt(1)},
	}
}

// TestTinyLineItemsCarryAtto: 10,000 line items too small to split in whole
// units among three equal holders. Flooring each line item in base units would
// pay the holders almost nothing; accumulating atto shares and flooring once
// leaves each within one base unit of its exact third.
func TestTinyLineItemsCarryAtto(t *testing.T) {
	in := &Input{
		Event:     Event{ID: "tiny", Consumer: addr(0xc0), Unit: "row", ValuationVersion: 1},
		Valuation: Valuation{Version: 1, Asset: addr(0xaa), Unit: "row", BasePrice: *uint256.NewInt(1), PriceUnit: *uint256.NewInt(1)},
		Policy: Policy{Version: 1, ReserveBps: 500, ProtocolBps: 1500, DeveloperBps: 1000, PoolBps: 6000,
			Treasury: addr(0xa1), Developers: []Developer{{Account: addr(0xd1), Weight: *uint256.NewInt(1)}}},
		Snapshot: Snapshot{Holdings: threeEqualHolders()},
	}
	acc := map[[20]byte]*big.Int{}
	pool := new(big.Int)
	floored := new(big.Int) // what per-line-item flooring would pay one holder
	for i := 0; i < 10_000; i++ {
		in.Event.Quantity.SetUint64(uint64(1 + i%4)) // gross 1..4: pools of 0..2 units
		li, err := ComputeLineItem(in)
		if err != nil {
			t.Fatal(err)
		}
		pool.Add(pool, li.Pool.ToBig())
		for _, a := range li.Allocations {
			if a.Kind != KindPool {
				continue
			}
			if acc[a.Account] == nil {
				acc[a.Account] = new(big.Int)
			}
			acc[a.Account].Add(acc[a.Account], a.AmountAtto.ToBig())
			if a.Account == addr(0xb2) {
				floored.Add(floored, new(big.Int).Quo(a.AmountAtto.ToBig(), bigAtto))
			}
		}
	}
	checkThirds(t, acc, pool)
	if floored.Cmp(new(big.Int).Sub(new(big.Int).Quo(pool, big.NewInt(3)), big.NewInt(1))) >= 0 {
		t.Fatalf("per-line-item flooring paid %s of %s: the test no longer needs atto carry", floored, pool)
	}

	// The same through Split (as a released reserve is split).
	acc = map[[20]byte]*big.Int{}
	pool.SetInt64(0)
	p := Policy{PoolBps: 10_000, Treasury: addr(0xa1)}
	for i := 0; i < 10_000; i++ {
		amount := uint256.NewInt(uint64(1 + i%2))
		allocs, err := Split(amount, &p, threeEqualHolders(), addr(0xc0))
		if err != nil {
			t.Fatal(err)
		}
		pool.Add(pool, amount.ToBig())
		for _, a := range allocs {
			if a.Kind == KindPool {
				if acc[a.Account] == nil {
					acc[a.Account] = new(big.Int)
				}
				acc[a.Account].Add(acc[a.Account], a.AmountAtto.ToBig())
			}
		}
	}
	checkThirds(t, acc, pool)
}

// checkThirds: each holder's accrued atto is within one atto per line item of
// pool/3 (each share is within one atto of exact), so its payable
// ⌊Σatto/10^18⌋ is within one base unit of its exact third. (Ties always favour
// the lowest cfId, so the last holder may trail by a few thousand atto and its
// floor may then be exact − 1 when the exact third is a whole number.)
func checkThirds(t *testing.T, acc map[[20]byte]*big.Int, pool *big.Int) {
	t.Helper()
	if len(acc) != 3 {
		t.Fatalf("%d holders paid, want 3", len(acc))
	}
	total := new(big.Int)
	for h, a := range acc {
		total.Add(total, a)
		// |Σatto − pool·10^18/3| < 10,000 atto  ⇔  |3·Σatto − pool·10^18| < 30,000
		da := new(big.Int).Sub(new(big.Int).Mul(a, big.NewInt(3)), new(big.Int).Mul(pool, bigAtto))
		if da.CmpAbs(big.NewInt(30_000)) >= 0 {
			t.Errorf("holder %x accrued %s atto of a %s pool: more than one atto per line item from a third", h[19], a, pool)
		}
		paid := new(big.Int).Quo(a, bigAtto)
		// |paid − pool/3| ≤ 1  ⇔  |3·paid − pool| ≤ 3
		d := new(big.Int).Sub(new(big.Int).Mul(paid, big.NewInt(3)), pool)
		if d.CmpAbs(big.NewInt(3)) > 0 {
			t.Errorf("holder %x paid %s of a %s pool: not within one unit of a third", h[19], paid, pool)
		}
	}
	if total.Cmp(new(big.Int).Mul(pool, bigAtto)) != 0 {
		t.Errorf("Σ accrued %s atto ≠ pool %s · 10^18", total, pool)
	}
}

// TestSplitMatchesLineItem: Split of the net reproduces the line item's
// allocations (without the reserve), so a released reserve is split by the
// same rules.
func TestSplitMatchesLineItem(t *testing.T) {
	in := loadBundle(t, "worked_example.json")
	li, err := ComputeLineItem(in)
	if err != nil {
		t.Fatal(err)
	}
	allocs, err := Split(&li.Net, &in.Policy, in.Snapshot.Holdings, in.Event.Consumer)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(allocs, li.Allocations[:len(li.Allocations)-1]) {
		t.Fatalf("Split(net) = %+v\nline item = %+v", allocs, li.Allocations)
	}
	// The worked example's reserve of 100,000 released by the same policy.
	allocs, err = Split(&li.Reserve, &in.Policy, in.Snapshot.Holdings, in.Event.Consumer)
	if err != nil {
		t.Fatal(err)
	}
	want := []uint64{15_000, 10_000, 18_000, 30_000, 12_000, 15_000}
	for i, a := range allocs {
		var w uint256.Int
		w.Mul(uint256.NewInt(want[i]), Atto)
		if !a.AmountAtto.Eq(&w) {
			t.Errorf("reserve release %d (%v) = %s atto, want %d units", i, a.Kind, a.AmountAtto.Dec(), want[i])
		}
	}
	// A reused Splitter gives the same allocations, call after call.
	var sp Splitter
	var dst []Allocation
	for i := 0; i < 3; i++ {
		if dst, err = sp.Append(dst[:0], &li.Net, &in.Policy, in.Snapshot.Holdings, in.Event.Consumer); err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(dst, li.Allocations[:len(li.Allocations)-1]) {
			t.Fatalf("Splitter.Append call %d = %+v", i, dst)
		}
	}
	// Split validates like ComputeLineItem.
	p := in.Policy
	p.PoolBps = 9000
	var fe *FieldError
	if _, err := Split(&li.Reserve, &p, in.Snapshot.Holdings, in.Event.Consumer); !errors.As(err, &fe) || fe.Field != "policy.poolBps" {
		t.Errorf("shares over 10000: err = %v", err)
	}
	huge := new(uint256.Int).SetAllOne()
	if _, err := Split(huge, &in.Policy, in.Snapshot.Holdings, in.Event.Consumer); !errors.Is(err, ErrGrossTooLarge) {
		t.Errorf("amount past atto range: err = %v", err)
	}
}

// TestApportionTies: equal remainders go to the lowest index, and a zero
// weight over a nonzero total is an error.
func TestApportionTies(t *testing.T) {
	w := []uint256.Int{*uint256.NewInt(1), *uint256.NewInt(1), *uint256.NewInt(1)}
	got, err := Apportion(uint256.NewInt(5), w)
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Uint64() != 2 || got[1].Uint64() != 2 || got[2].Uint64() != 1 {
		t.Fatalf("5 over three equal weights = %v, want 2,2,1", got)
	}
	if _, err := Apportion(uint256.NewInt(1), make([]uint256.Int, 3)); !errors.Is(err, ErrZeroWeight) {
		t.Fatalf("zero weight: err = %v", err)
	}
	if got, err := Apportion(new(uint256.Int), make([]uint256.Int, 2)); err != nil || !got[0].IsZero() {
		t.Fatalf("zero over zero weight: %v, %v", got, err)
	}
}

// TestSelectU64 checks the quickselect, including inputs that exhaust its
// partition budget and fall back to sorting.
func TestSelectU64(t *testing.T) {
	inputs := [][]uint64{{5}, {2, 1}, {3, 3, 3, 3, 3}, {1, 2, 3, 4, 5, 6, 7, 8}, {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}}
	// An organ-pipe pattern defeats median-of-three often enough to reach the fallback.
	var pipe []uint64
	for i := 0; i < 2048; i++ {
		pipe = append(pipe, uint64(min(i, 2047-i)))
	}
	inputs = append(inputs, pipe)
	for _, in := range inputs {
		sorted := slices.Clone(in)
		slices.Sort(sorted)
		wide := make([]uint256.Int, len(in))
		for i, v := range in {
			wide[i].Lsh(uint256.NewInt(v), 100)
			wide[i].AddUint64(&wide[i], v)
		}
		for k := range in {
			if got := selectU64(slices.Clone(in), k); got != sorted[k] {
				t.Fatalf("select %d of %v = %d, want %d", k, in, got, sorted[k])
			}
			got := selectU256(slices.Clone(wide), k)
			if got[0] != sorted[k] || got[1]>>36 != sorted[k] {
				t.Fatalf("select256 %d of %v = %s, want %d·2^100+%d", k, in, got.Dec(), sorted[k], sorted[k])
			}
		}
	}
}
