package routes_test

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/routes"
)

func part(a byte, amt uint64) routes.Part {
	return routes.Part{Account: common.Address{19: a}, Amount: *uint256.NewInt(amt)}
}

// 10 + 20 + 70 of A swapped for 333 of B: exact shares 33.3, 66.6, 233.1; the floors 33, 66,
// 233 leave 1 unit of dust, which goes to the largest remainder (66.6 → 67).
func TestConvertLargestRemainder(t *testing.T) {
	c, err := routes.Convert([]routes.Part{part(3, 70), part(1, 10), part(2, 20)}, uint256.NewInt(100), uint256.NewInt(333))
	if err != nil {
		t.Fatal(err)
	}
	want := []routes.Share{
		{Account: common.Address{19: 1}, AmountIn: "10", AmountOut: "33"},
		{Account: common.Address{19: 2}, AmountIn: "20", AmountOut: "67", RoundedUp: true},
		{Account: common.Address{19: 3}, AmountIn: "70", AmountOut: "233"},
	}
	if len(c.Shares) != 3 {
		t.Fatalf("shares %+v", c.Shares)
	}
	for i := range want {
		if c.Shares[i] != want[i] {
			t.Errorf("share %d = %+v, want %+v", i, c.Shares[i], want[i])
		}
	}
	if c.Dust != "1" || c.Rate != "3.330000000000000000" || c.AmountOut != "333" {
		t.Errorf("dust %s rate %s out %s; want 1, 3.33, 333", c.Dust, c.Rate, c.AmountOut)
	}
}

func TestConvertRefusesWhatDoesNotAddUp(t *testing.T) {
	if _, err := routes.Convert([]routes.Part{part(1, 10), part(2, 20)}, uint256.NewInt(31), uint256.NewInt(5)); err == nil {
		t.Error("parts summing to 30 accepted for a swap of 31")
	}
	if _, err := routes.Convert([]routes.Part{part(1, 10), part(1, 20)}, uint256.NewInt(30), uint256.NewInt(5)); err == nil {
		t.Error("an account twice accepted")
	}
	if _, err := routes.Convert(nil, uint256.NewInt(0), uint256.NewInt(0)); err == nil {
		t.Error("an empty group accepted")
	}
	max := new(uint256.Int).SetAllOne()
	if _, err := routes.Convert([]routes.Part{{Account: common.Address{1}, Amount: *max}, part(2, 1)}, max, uint256.NewInt(1)); err == nil {
		t.Error("amounts overflowing uint256 accepted")
	}
}

// Random groups: the shares sum to the realised out exactly, each is its exact pro-rata share
// rounded down or up by one, and the dust is the number rounded up.
func TestConvertConserves(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 500; n++ {
		k := 1 + r.IntN(12)
		var parts []routes.Part
		in := new(uint256.Int)
		for i := 0; i < k; i++ {
			p := routes.Part{Account: common.Address{18: byte(i >> 8), 19: byte(i)}, Amount: *uint256.NewInt(1 + r.Uint64N(1<<40))}
			parts = append(parts, p)
			in.Add(in, &p.Amount)
		}
		out := uint256.NewInt(r.Uint64N(1 << 50))
		c, err := routes.Convert(parts, in, out)
		if err != nil {
			t.Fatal(err)
		}
		sum, up := new(big.Int), int64(0)
		for i, s := range c.Shares {
			got, _ := new(big.Int).SetString(s.AmountOut, 10)
			sum.Add(sum, got)
			exact := new(big.Int).Mul(out.ToBig(), parts[i].Amount.ToBig())
			exact.Quo(exact, in.ToBig())
			d := new(big.Int).Sub(got, exact).Int64()
			if d != 0 && d != 1 || (d == 1) != s.RoundedUp {
				t.Fatalf("share %d = %s, floor %s, roundedUp %v", i, got, exact, s.RoundedUp)
			}
			up += d
		}
		if sum.Cmp(out.ToBig()) != 0 || c.Dust != big.NewInt(up).String() {
			t.Fatalf("shares sum %s of %s, dust %s vs %d rounded up", sum, out, c.Dust, up)
		}
	}
}

func TestMinOutAndRate(t *testing.T) {
	m, err := routes.MinOut(big.NewInt(1_000_001), 50)
	if err != nil || m.Int64() != 995_000 {
		t.Fatalf("MinOut(1000001, 50bps) = %v, %v; want 995000", m, err)
	}
	if _, err := routes.MinOut(big.NewInt(1), 10_001); err == nil {
		t.Error("a bound above 100% accepted")
	}
	if got := routes.Rate(big.NewInt(3), big.NewInt(1)); got != "0.333333333333333333" {
		t.Errorf("Rate(3, 1) = %s", got)
	}
}
