package engine

import (
	"fmt"
	"math/big"
	"unicode/utf8"

	"github.com/holiman/uint256"
)

// AttoPerUnit is 10^18: atto units per base unit, and the WAD scale of factors.
const AttoPerUnit = 1_000_000_000_000_000_000

// Atto is 10^18 as a uint256; never modify it.
var Atto = uint256.NewInt(AttoPerUnit)

// maxGross is the largest gross whose atto amount fits 256 bits:
// ⌊(2^256−1) / 10^18⌋.
var maxGross = func() *uint256.Int {
	m := new(uint256.Int).SetAllOne()
	return m.Div(m, Atto)
}()

var bigWAD = new(big.Int).SetUint64(AttoPerUnit)

// Gross prices a quantity: ⌊q · basePrice · ∏ factorᵢ / (priceUnit · 10^(18·n))⌋,
// exact in math/big (so independent of factor order). It fails on a zero
// price unit, a bad or duplicate factor name (FieldError naming the factor), or
// a gross whose atto amount would not fit 256 bits (ErrGrossTooLarge).
func Gross(q *uint256.Int, v *Valuation) (uint256.Int, error) {
	var g uint256.Int
	if v.PriceUnit.IsZero() {
		return g, fieldErr("valuation.priceUnit", ErrZero)
	}
	if err := checkFactors(v.Factors); err != nil {
		return g, err
	}
	num := new(big.Int).Mul(q.ToBig(), v.BasePrice.ToBig())
	den := v.PriceUnit.ToBig()
	for i := range v.Factors {
		num.Mul(num, v.Factors[i].WAD.ToBig())
		den.Mul(den, bigWAD)
	}
	num.Quo(num, den)
	if num.Cmp(maxGross.ToBig()) > 0 {
		return g, fieldErr("gross", fmt.Errorf("%w: %s base units", ErrGrossTooLarge, num))
	}
	g.SetFromBig(num)
	return g, nil
}

// MaxFactors bounds a valuation's factor list: governance defines a handful,
// and each factor widens the exact product by up to 256 bits.
const MaxFactors = 64

func checkFactors(fs []Factor) error {
	if len(fs) > MaxFactors {
		return fieldErr("valuation.factors", fmt.Errorf("%w: %d factors, at most %d", ErrTooLarge, len(fs), MaxFactors))
	}
	seen := make(map[string]int, len(fs))
	for i := range fs {
		name := fs[i].Name
		f := fmt.Sprintf("valuation.factors[%d].name", i)
		if name == "" {
			return fieldErr(f, ErrEmpty)
		}
		if len(name) > 32 || !utf8.ValidString(name) || containsNUL(name) {
			return fieldErr(f, ErrBadName)
		}
		if j, dup := seen[name]; dup {
			return fieldErr(f, fmt.Errorf("%w: %q also at factors[%d]", ErrDuplicate, name, j))
		}
		seen[name] = i
	}
	return nil
}

func containsNUL(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0 {
			return true
		}
	}
	return false
}
