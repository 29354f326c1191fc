package relayer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// ErrUncovered: the payout's root would not activate (the distributor would
// hold less than its total of some asset) or a funding could not be made
// (the vault holds less of the consumer's revenue): nothing was sent. The
// error is an *UncoveredError with the figures.
var ErrUncovered = errors.New("relayer: the payout is not covered")

// Shortfall is one asset the distributor would not cover: the root's total
// against what the contract counts at activation (balance + claimed so far)
// plus the epoch's fundings still to be made.
type Shortfall struct {
	Token   Token
	Total   *big.Int
	Balance *big.Int
	Claimed *big.Int
	Funding *big.Int
	Short   *big.Int
}

// Unfundable is a funding the vault cannot make: the consumer's revenue left
// in it is less than the funding.
type Unfundable struct {
	Token    Token
	Consumer common.Address
	Amount   *big.Int
	InVault  *big.Int
}

// UncoveredError lists every shortfall, in token units.
type UncoveredError struct {
	Epoch      uint64
	Assets     []Shortfall
	Unfundable []Unfundable
}

func (e *UncoveredError) Error() string {
	var parts []string
	for _, s := range e.Assets {
		covered := new(big.Int).Add(new(big.Int).Add(s.Balance, s.Claimed), s.Funding)
		parts = append(parts, fmt.Sprintf("%s (%s): short %s — the new total is %s, covered %s (distributor balance %s + claimed %s + this epoch's fundings %s)",
			s.Token.symbol(), s.Token.Address.Hex(), s.Token.Format(s.Short), s.Token.Format(s.Total), s.Token.Format(covered),
			FormatUnits(s.Balance, s.Token.Decimals), FormatUnits(s.Claimed, s.Token.Decimals), FormatUnits(s.Funding, s.Token.Decimals)))
	}
	for _, u := range e.Unfundable {
		parts = append(parts, fmt.Sprintf("consumer %s has %s left in the vault, its funding needs %s (short %s)",
			u.Consumer.Hex(), u.Token.Format(u.InVault), u.Token.Format(u.Amount), u.Token.Format(new(big.Int).Sub(u.Amount, u.InVault))))
	}
	return fmt.Sprintf("relayer: epoch %d would not activate, nothing sent: %s", e.Epoch, strings.Join(parts, "; "))
}

// Is makes errors.Is(err, ErrUncovered) true.
func (e *UncoveredError) Is(target error) bool { return target == ErrUncovered }

// checkCovered refuses a payout whose root could not activate once funded:
// per asset, distributor balance + total claimed + the epoch's fundings not
// yet made must reach the new total, and the vault must hold every funding
// not yet made. It reads the chain only; nothing is sent.
func (r *Relayer) checkCovered(ctx context.Context, p *Payout) error {
	pending := map[common.Address]*big.Int{}
	e := &UncoveredError{Epoch: p.Epoch}
	for _, f := range sortedFundings(p.Fundings) {
		got, err := r.c.funded(ctx, p.Vault, p.Epoch, f.Consumer, f.Asset)
		if err != nil {
			return fmt.Errorf("relayer: %w", err)
		}
		if got.Sign() != 0 {
			continue // already in the distributor's balance
		}
		if pending[f.Asset] == nil {
			pending[f.Asset] = new(big.Int)
		}
		pending[f.Asset].Add(pending[f.Asset], f.Amount)
		have, err := r.c.vaultBalance(ctx, p.Vault, f.Consumer, f.Asset)
		if err != nil {
			return fmt.Errorf("relayer: %w", err)
		}
		if have.Cmp(f.Amount) < 0 {
			tok, err := r.token(ctx, f.Asset)
			if err != nil {
				return err
			}
			e.Unfundable = append(e.Unfundable, Unfundable{Token: tok, Consumer: f.Consumer, Amount: f.Amount, InVault: have})
		}
	}
	for i, asset := range p.Assets {
		bal, err := r.c.balanceOf(ctx, asset, p.Distributor)
		if err != nil {
			return fmt.Errorf("relayer: %w", err)
		}
		claimed, err := r.c.totalClaimed(ctx, p.Distributor, asset)
		if err != nil {
			return fmt.Errorf("relayer: %w", err)
		}
		funding := pending[asset]
		if funding == nil {
			funding = new(big.Int)
		}
		covered := new(big.Int).Add(new(big.Int).Add(bal, claimed), funding)
		if covered.Cmp(p.Totals[i]) >= 0 {
			continue
		}
		tok, err := r.token(ctx, asset)
		if err != nil {
			return err
		}
		e.Assets = append(e.Assets, Shortfall{Token: tok, Total: p.Totals[i], Balance: bal, Claimed: claimed, Funding: funding,
			Short: new(big.Int).Sub(p.Totals[i], covered)})
	}
	if len(e.Assets) > 0 || len(e.Unfundable) > 0 {
		return e
	}
	return nil
}

// token reads an asset's symbol and decimals once per relayer.
func (r *Relayer) token(ctx context.Context, asset common.Address) (Token, error) {
	r.mu.Lock()
	t, ok := r.tokens[asset]
	r.mu.Unlock()
	if ok {
		return t, nil
	}
	t, err := r.c.token(ctx, asset)
	if err != nil {
		return Token{}, fmt.Errorf("relayer: %w", err)
	}
	r.mu.Lock()
	r.tokens[asset] = t
	r.mu.Unlock()
	return t, nil
}
