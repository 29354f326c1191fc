package routes

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/engine"
)

// Part is one holder's entitlement in a conversion group, in base units of the group's asset.
type Part struct {
	Account common.Address `json:"account"`
	Amount  uint256.Int    `json:"amount"`
}

// Share is one holder's converted entitlement.
type Share struct {
	Account   common.Address `json:"account"`
	AmountIn  string         `json:"amountIn"`  // base units of the asset in
	AmountOut string         `json:"amountOut"` // base units of the asset out
	// RoundedUp: the holder got one of the conversion's dust units (largest remainder).
	RoundedUp bool `json:"roundedUp"`
}

// Conversion is a group's realised amounts split between its holders.
type Conversion struct {
	AmountIn  string  `json:"amountIn"`
	AmountOut string  `json:"amountOut"`
	Rate      string  `json:"rate"`
	Shares    []Share `json:"shares"` // in account order
	// Dust is AmountOut − Σ⌊AmountOut·amountᵢ/AmountIn⌋: the units the exact pro-rata shares
	// leave over, each given to one of the largest remainders (the holders RoundedUp). Shares
	// always sum to AmountOut exactly; nothing is kept back or lost.
	Dust string `json:"dust"`
}

// Convert splits the realised out of a swap of the group's total in between the group's
// holders, pro rata to what each put in, by largest remainder over the group (engine.Apportion,
// ties to the lower account). The parts must sum to in exactly (the whole group was swapped)
// and each account appear once.
func Convert(parts []Part, in, out *uint256.Int) (*Conversion, error) {
	if len(parts) == 0 {
		return nil, errors.New("convert: no holders in the group")
	}
	ps := append([]Part(nil), parts...)
	sort.Slice(ps, func(i, j int) bool { return bytes.Compare(ps[i].Account[:], ps[j].Account[:]) < 0 })
	sum := new(uint256.Int)
	weights := make([]uint256.Int, len(ps))
	for i := range ps {
		if i > 0 && ps[i].Account == ps[i-1].Account {
			return nil, fmt.Errorf("convert: account %s appears twice", ps[i].Account)
		}
		if _, overflow := sum.AddOverflow(sum, &ps[i].Amount); overflow {
			return nil, errors.New("convert: the group's amounts overflow uint256")
		}
		weights[i] = ps[i].Amount
	}
	if !sum.Eq(in) {
		return nil, fmt.Errorf("convert: the holders' amounts sum to %s, the swap took %s", sum.Dec(), in.Dec())
	}
	if in.IsZero() {
		return nil, errors.New("convert: nothing was swapped")
	}
	shares, err := engine.Apportion(out, weights)
	if err != nil {
		return nil, fmt.Errorf("convert: %w", err)
	}
	c := &Conversion{AmountIn: in.Dec(), AmountOut: out.Dec(), Rate: Rate(in.ToBig(), out.ToBig())}
	floors, total := new(big.Int), new(big.Int)
	outB, inB := out.ToBig(), in.ToBig()
	for i := range ps {
		exact := new(big.Int).Mul(outB, ps[i].Amount.ToBig())
		exact.Quo(exact, inB)
		floors.Add(floors, exact)
		total.Add(total, shares[i].ToBig())
		c.Shares = append(c.Shares, Share{Account: ps[i].Account, AmountIn: ps[i].Amount.Dec(), AmountOut: shares[i].Dec(),
			RoundedUp: shares[i].ToBig().Cmp(exact) > 0})
	}
	if total.Cmp(outB) != 0 {
		return nil, fmt.Errorf("convert: shares sum to %s, not the realised %s", total, outB)
	}
	c.Dust = new(big.Int).Sub(outB, floors).String()
	return c, nil
}
