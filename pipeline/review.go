package pipeline

// Held for review: an operator's maximum gross per event and asset, above
// which a priced event waits for a person instead of joining an epoch
// (docs/pipeline.md "Held for review").

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/store"
)

// ErrNotHeld: a release names an event that is not held for review.
var ErrNotHeld = errors.New("pipeline: event is not held for review")

// Limit is a price limit as an operator reads it.
type Limit struct {
	Asset    common.Address `json:"asset"`
	Symbol   string         `json:"symbol"`
	MaxGross string         `json:"maxGross"` // token units
	Base     string         `json:"maxGrossBaseUnits"`
}

func limitView(l store.PriceLimit) Limit {
	return Limit{Asset: l.Asset, Symbol: l.Symbol, MaxGross: FormatUnits(&l.MaxGross, l.Decimals), Base: l.MaxGross.Dec()}
}

// FormatUnits writes base units as token units with every decimal place
// ("5000.000000" for 5,000,000,000 at 6 decimals).
func FormatUnits(v *uint256.Int, decimals uint8) string {
	s := v.Dec()
	if decimals == 0 {
		return s
	}
	d := int(decimals)
	if len(s) <= d {
		s = strings.Repeat("0", d-len(s)+1) + s
	}
	return s[:len(s)-d] + "." + s[len(s)-d:]
}

// ParseUnits reads a plain decimal amount of token units ("1000", "0.25")
// into base units; more fractional digits than the token has, a sign, an
// exponent or a value over 2^256−1 are errors.
func ParseUnits(s string, decimals uint8) (uint256.Int, error) {
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || strings.Trim(whole, "0123456789") != "" || strings.Trim(frac, "0123456789") != "" ||
		(strings.Contains(s, ".") && frac == "") {
		return uint256.Int{}, fmt.Errorf("%q is not a plain decimal amount of token units", s)
	}
	if len(frac) > int(decimals) {
		return uint256.Int{}, fmt.Errorf("%q has %d decimal places, the token has %d", s, len(frac), decimals)
	}
	digits := strings.TrimLeft(whole+frac+strings.Repeat("0", int(decimals)-len(frac)), "0")
	if digits == "" {
		return uint256.Int{}, nil
	}
	v, err := uint256.FromDecimal(digits)
	if err != nil {
		return uint256.Int{}, fmt.Errorf("%q is over the largest amount, 2^256−1 base units", s)
	}
	return *v, nil
}

// tokenMeta reads an ERC-20's symbol and decimals. The test token is
// OpenZeppelin's ERC20, so its generated binding packs exactly
// IERC20Metadata's decimals() and symbol().
func tokenMeta(ctx context.Context, chain bind.ContractCaller, asset common.Address) (string, uint8, error) {
	t := testtoken.NewTestToken()
	inst := bind.NewBoundContract(asset, t.GetABI(), chain, nil, nil)
	opts := &bind.CallOpts{Context: ctx}
	dec, err := bind.Call(inst, opts, t.PackDecimals(), t.UnpackDecimals)
	if err != nil {
		return "", 0, fmt.Errorf("read decimals() of %s: %w", asset.Hex(), err)
	}
	sym, err := bind.Call(inst, opts, t.PackSymbol(), t.UnpackSymbol)
	if err != nil || sym == "" {
		sym = asset.Hex() // not every token has a string symbol()
	}
	return sym, dec, nil
}

// SetLimit sets the maximum gross of one event in asset, given in token
// units (amount) read with the token's decimals from the chain. "none"
// removes the limit. The limit applies from the next pricing pass on;
// events already priced are not revisited.
func (p *Pricer) SetLimit(ctx context.Context, chain bind.ContractCaller, asset common.Address, amount string) (*Limit, error) {
	if amount == "none" {
		return nil, p.Store.RemovePriceLimit(ctx, p.Dep.ChainID, asset)
	}
	sym, dec, err := tokenMeta(ctx, chain, asset)
	if err != nil {
		return nil, err
	}
	v, err := ParseUnits(amount, dec)
	if err != nil {
		return nil, fmt.Errorf("maximum gross of %s: %w", sym, err)
	}
	l := store.PriceLimit{ChainID: p.Dep.ChainID, Asset: asset, MaxGross: v, Symbol: sym, Decimals: dec}
	if err := p.Store.SetPriceLimit(ctx, l); err != nil {
		return nil, err
	}
	lv := limitView(l)
	return &lv, nil
}

// Limits lists the limits in force.
func (p *Pricer) Limits(ctx context.Context) ([]Limit, error) {
	ls, err := p.Store.PriceLimits(ctx, p.Dep.ChainID)
	if err != nil {
		return nil, err
	}
	out := make([]Limit, len(ls))
	for i := range ls {
		out[i] = limitView(ls[i])
	}
	return out, nil
}

// Release lets a held event be priced whatever its gross, after a person
// reviewed it; the next pricing pass prices it. Only a held event can be
// released (ErrNotHeld otherwise).
func (p *Pricer) Release(ctx context.Context, eventID, note string) error {
	st, err := p.Store.EventStatusOf(ctx, eventID)
	if errors.Is(err, store.ErrNotFound) {
		if _, err := p.Store.LineItem(ctx, eventID); err == nil {
			return fmt.Errorf("%w: %s is already priced", ErrNotHeld, eventID)
		}
		return fmt.Errorf("%w: no unpriced event %s (is it ingested?)", ErrNotHeld, eventID)
	}
	if err != nil {
		return err
	}
	if st.Status != string(Held) {
		return fmt.Errorf("%w: %s is %s: %s", ErrNotHeld, eventID, st.Status, st.Reason)
	}
	return p.Store.ReleaseEvent(ctx, eventID, note)
}

// hold reports why a computed gross must wait for review, or "" when it may
// be priced: no limit for the asset, within it, or released by an operator.
func (p *Pricer) hold(ctx context.Context, eventID string, asset common.Address, gross *uint256.Int) (string, error) {
	l, err := p.Store.PriceLimitOf(ctx, p.Dep.ChainID, asset)
	if errors.Is(err, store.ErrNotFound) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	if !gross.Gt(&l.MaxGross) {
		return "", nil
	}
	released, err := p.Store.Released(ctx, eventID)
	if err != nil || released {
		return "", err
	}
	return fmt.Sprintf("gross %s %s is above the maximum of %s %s per event; review the event, then release it with `royalty price --release %s` (or raise the limit with --max-gross)",
		FormatUnits(gross, l.Decimals), l.Symbol, FormatUnits(&l.MaxGross, l.Decimals), l.Symbol, eventID), nil
}
