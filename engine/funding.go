package engine

// Fundings: what each consumer moves from the vault to the distributor, and
// the conservation check that every close must pass (docs/ledger.md
// "Funding and conservation").

import (
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// ErrNotConserved: published entitlements are not covered by fundings, or
// not traced to cash that consumers settled. The error is a
// *ConservationError carrying the numbers.
var ErrNotConserved = errors.New("money not conserved")

// cashPos is one consumer's cash in one asset, as the ledger moved it.
type cashPos struct {
	in     uint256.Int // atto: deposits and credit ever received
	paid   uint256.Int // atto: of its cash, what is in payable accounts now
	high   uint256.Int // atto: the most paid has been at any close
	funded uint256.Int // whole: moved to the distributor through the last close, ⌈high/10^18⌉
	amount uint256.Int // whole: moved at the last close
}

func (st *State) cashOf(c, asset common.Address) *cashPos {
	k := conKey{c, asset}
	p := st.cash[k]
	if p == nil {
		p = &cashPos{}
		st.cash[k] = p
	}
	return p
}

// payIn notes x atto of consumer c's cash arriving in payable accounts.
func (st *State) payIn(c, asset common.Address, x *uint256.Int) error {
	p := st.cashOf(c, asset)
	if _, o := p.paid.AddOverflow(&p.paid, x); o {
		return fmt.Errorf("cash of %s made payable: %w", c.Hex(), ErrAmountOverflow)
	}
	return nil
}

// payOut notes x atto of consumer c's cash leaving payable accounts (a correction).
func (st *State) payOut(c, asset common.Address, x *uint256.Int) error {
	p := st.cashOf(c, asset)
	if p.paid.Lt(x) {
		return fmt.Errorf("correction takes %s atto of %s's cash from payable accounts holding %s: %w", x.Dec(), c.Hex(), p.paid.Dec(), ErrNotConserved)
	}
	p.paid.Sub(&p.paid, x)
	return nil
}

// Funding is what one consumer moves from the vault to the distributor in
// one asset at a close. Amounts are whole base units, PaidAtto atto.
//
// The rule: a consumer funds exactly its own cash that the ledger made
// payable (settled allocations and released reserves; never the reserve
// still held, never what it has not paid), rounded up to a whole base unit:
// Total = ⌈PaidAtto / 10^18⌉, and Amount = Total − the Total of the previous
// close. PaidAtto is the most the consumer's cash in payable accounts has
// been at any close (a correction may take some back; what was moved stays
// moved, so Total never decreases).
type Funding struct {
	Consumer common.Address
	Asset    common.Address
	Amount   uint256.Int // to move at this close
	Total    uint256.Int // moved at every close so far, this one included
	PaidAtto uint256.Int
}

// Fundings returns, for every (consumer, asset) whose cash ever reached a
// payable account, what the last close moves to the distributor (Amount,
// possibly zero) and the totals, in (consumer, asset) order. Before any
// close it is empty. A payout funds the entries whose Amount is positive.
func (st *State) Fundings() []Funding {
	keys := make([]conKey, 0, len(st.cash))
	for k, p := range st.cash {
		if !p.high.IsZero() {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b conKey) int {
		if x := a.Consumer.Cmp(b.Consumer); x != 0 {
			return x
		}
		return a.Asset.Cmp(b.Asset)
	})
	out := make([]Funding, len(keys))
	for i, k := range keys {
		p := st.cash[k]
		out[i] = Funding{Consumer: k.Consumer, Asset: k.Asset, Amount: p.amount, Total: p.funded, PaidAtto: p.high}
	}
	return out
}

// closeFundings raises each consumer's high-water mark to its cash now in
// payable accounts and sets what this close moves. It runs after settlement
// and release, before the statements (whose entitlements it must cover).
func (st *State) closeFundings() {
	for _, p := range st.cash {
		if p.paid.Gt(&p.high) {
			p.high = p.paid
		}
		total := ceilWhole(&p.high)
		p.amount.Sub(&total, &p.funded) // total ≥ funded: high never decreases
		p.funded = total
	}
}

// tracedWhole is ⌊Σ high / 10^18⌋ over the consumers of asset: the most
// the published cumulatives of asset may add up to.
func (st *State) tracedWhole(asset common.Address) (uint256.Int, error) {
	var sum uint256.Int
	for k, p := range st.cash {
		if k.Asset != asset {
			continue
		}
		if _, o := sum.AddOverflow(&sum, &p.high); o {
			return uint256.Int{}, fmt.Errorf("traced cash of %s: %w", asset.Hex(), ErrAmountOverflow)
		}
	}
	sum.Div(&sum, attoPerUnit)
	return sum, nil
}

// checkCash is the ledger side of conservation, run at every close: per
// asset, the consumers' cash in payable accounts is exactly what payable
// accounts hold; per consumer, that cash is no more than what it settled
// (received less what is still in its balances), and it never funds more
// than it received.
func (st *State) checkCash(epoch uint64, sums map[common.Address]*assetSums) error {
	paid := map[common.Address]*uint256.Int{}
	for k, p := range st.cash {
		s := paid[k.Asset]
		if s == nil {
			s = new(uint256.Int)
			paid[k.Asset] = s
		}
		if _, o := s.AddOverflow(s, &p.paid); o {
			return fmt.Errorf("cash of %s in payable accounts: %w", k.Asset.Hex(), ErrAmountOverflow)
		}
		rev := st.ledger.Balance(AcctRevenue(k.Consumer), k.Asset)
		cred := st.ledger.Balance(AcctCredit(k.Consumer), k.Asset)
		var held uint256.Int
		held.Add(&rev.Abs, &cred.Abs)
		if rev.Neg || cred.Neg || held.Gt(&p.in) {
			return fmt.Errorf("consumer %s holds revenue %s and credit %s of %s received: %w", k.Consumer.Hex(), rev, cred, p.in.Dec(), ErrNotConserved)
		}
		var settled uint256.Int
		settled.Sub(&p.in, &held)
		if p.paid.Gt(&settled) {
			return &ConservationError{Epoch: epoch, Asset: k.Asset, Consumer: k.Consumer, Check: "consumer cash",
				Have: settled, Need: p.paid}
		}
		var received uint256.Int
		received.Div(&p.in, attoPerUnit) // whole units were received
		if p.funded.Gt(&received) {
			return &ConservationError{Epoch: epoch, Asset: k.Asset, Consumer: k.Consumer, Check: "consumer funding",
				Have: received, Need: p.funded}
		}
	}
	for a, s := range sums {
		p := paid[a]
		if p == nil {
			p = new(uint256.Int)
		}
		if !p.Eq(&s.payable) {
			return fmt.Errorf("asset %s: payable accounts hold %s atto, consumers' cash in them %s: %w", a.Hex(), s.payable.Dec(), p.Dec(), ErrNotConserved)
		}
	}
	for a, p := range paid {
		if _, ok := sums[a]; !ok && !p.IsZero() {
			return fmt.Errorf("asset %s: consumers' cash %s atto in payable accounts no recipient holds: %w", a.Hex(), p.Dec(), ErrNotConserved)
		}
	}
	return nil
}

// assetSums are one asset's totals at a close.
type assetSums struct {
	payable  uint256.Int // atto in payable accounts
	entitled uint256.Int // whole: Σ new cumulatives
}

// ceilWhole is ⌈x / 10^18⌉.
func ceilWhole(x *uint256.Int) uint256.Int {
	var q, r uint256.Int
	q.DivMod(x, attoPerUnit, &r)
	if !r.IsZero() {
		q.AddUint64(&q, 1) // q < 2^256/10^18: no overflow
	}
	return q
}

// ConservationError is a failed conservation check, with its numbers.
// Check is one of:
//   - "funded": Σ Total of the asset's fundings (Have, base units) is below
//     Σ cumulative entitlements (Need, base units);
//   - "traced": Σ PaidAtto of the asset (Have, atto) is below Σ cumulative
//     entitlements · 10^18 (Need, atto): some entitlement is not consumer cash;
//   - "consumer funding": one consumer's Total (Need, base units) exceeds its
//     cash made payable rounded up, or what it received (Have, base units);
//   - "consumer cash": one consumer's cash in payable accounts (Need, atto)
//     exceeds what it settled (Have, atto).
type ConservationError struct {
	Epoch    uint64 // the close that failed; 0 when not a close (callers prefix it)
	Asset    common.Address
	Consumer common.Address // for the per-consumer checks
	Check    string
	Have     uint256.Int
	Need     uint256.Int
}

func (e *ConservationError) Error() string {
	var short uint256.Int
	short.Sub(&e.Need, &e.Have)
	where := "asset " + e.Asset.Hex()
	switch e.Check {
	case "funded":
		return fmt.Sprintf("%s: cumulative entitlements total %s base units, fundings over all epochs %s: short %s", where, e.Need.Dec(), e.Have.Dec(), short.Dec())
	case "traced":
		return fmt.Sprintf("%s: cumulative entitlements total %s atto, consumer cash made payable %s atto: %s atto not traced to settled cash", where, e.Need.Dec(), e.Have.Dec(), short.Dec())
	case "consumer cash":
		return fmt.Sprintf("%s: consumer %s has %s atto in payable accounts but settled only %s atto", where, e.Consumer.Hex(), e.Need.Dec(), e.Have.Dec())
	default:
		return fmt.Sprintf("%s: consumer %s funds %s base units, more than the %s its cash allows", where, e.Consumer.Hex(), e.Need.Dec(), e.Have.Dec())
	}
}

func (e *ConservationError) Unwrap() error { return ErrNotConserved }

// CheckConservation holds a set of published cumulative entitlements (a
// distributor tree's leaves) against the fundings of every consumer, and
// returns a *ConservationError for the first check that fails, in asset
// order:
//   - per consumer: Total ≤ ⌈PaidAtto / 10^18⌉ and Amount ≤ Total (nobody
//     funds more than its own cash made payable);
//   - per asset: Σ Total ≥ Σ cumulative (the distributor is funded for
//     every leaf: it never holds less than Σ cumulative − Σ claimed);
//   - per asset: Σ cumulative · 10^18 ≤ Σ PaidAtto (every base unit of
//     entitlement is consumer cash that was settled into a payable account).
//
// It is pure: the pipeline runs it before storing a close, CloseEpoch runs
// it on its own result, and an auditor can run it on stored trees and
// payouts. Malformed input (a duplicate leaf or funding, a bad decimal) is
// an error too.
func CheckConservation(entitlements []Entitlement, fundings []Funding) error {
	entitled := map[common.Address]*uint256.Int{}
	leaves := map[recKey]bool{}
	for i := range entitlements {
		e := &entitlements[i]
		if !common.IsHexAddress(e.Account) || !common.IsHexAddress(e.Asset) {
			return fmt.Errorf("entitlements[%d]: account or asset is not an address: %w", i, ErrNotConserved)
		}
		k := recKey{common.HexToAddress(e.Account), common.HexToAddress(e.Asset)}
		if leaves[k] {
			return fmt.Errorf("entitlements[%d]: account %s asset %s listed twice: %w", i, e.Account, e.Asset, ErrNotConserved)
		}
		leaves[k] = true
		var c uint256.Int
		if err := c.SetFromDecimal(e.Cumulative); err != nil {
			return fmt.Errorf("entitlements[%d].cumulative %q: %w", i, e.Cumulative, err)
		}
		s := entitled[k.Asset]
		if s == nil {
			s = new(uint256.Int)
			entitled[k.Asset] = s
		}
		if _, o := s.AddOverflow(s, &c); o {
			return fmt.Errorf("entitlements of %s: %w", k.Asset.Hex(), ErrAmountOverflow)
		}
	}
	return conserved(entitled, fundings)
}

// conserved is CheckConservation over the per-asset sums of the
// cumulatives (whole base units).
func conserved(entitled map[common.Address]*uint256.Int, fundings []Funding) error {
	type sums struct{ entitled, funded, paid uint256.Int }
	by := map[common.Address]*sums{}
	get := func(a common.Address) *sums {
		s := by[a]
		if s == nil {
			s = &sums{}
			by[a] = s
		}
		return s
	}
	seen := map[conKey]bool{}
	for i := range fundings {
		f := &fundings[i]
		k := conKey{f.Consumer, f.Asset}
		if seen[k] {
			return fmt.Errorf("fundings[%d]: consumer %s asset %s listed twice: %w", i, f.Consumer.Hex(), f.Asset.Hex(), ErrNotConserved)
		}
		seen[k] = true
		if f.Amount.Gt(&f.Total) {
			return fmt.Errorf("fundings[%d]: amount %s above the total %s: %w", i, f.Amount.Dec(), f.Total.Dec(), ErrNotConserved)
		}
		if ceil := ceilWhole(&f.PaidAtto); f.Total.Gt(&ceil) {
			return &ConservationError{Asset: f.Asset, Consumer: f.Consumer, Check: "consumer funding", Have: ceil, Need: f.Total}
		}
		s := get(f.Asset)
		if _, o := s.funded.AddOverflow(&s.funded, &f.Total); o {
			return fmt.Errorf("fundings of %s: %w", f.Asset.Hex(), ErrAmountOverflow)
		}
		if _, o := s.paid.AddOverflow(&s.paid, &f.PaidAtto); o {
			return fmt.Errorf("cash of %s: %w", f.Asset.Hex(), ErrAmountOverflow)
		}
	}
	for a, e := range entitled {
		get(a).entitled = *e
	}
	for _, a := range sortedAssets(by) {
		s := by[a]
		if s.funded.Lt(&s.entitled) {
			return &ConservationError{Asset: a, Check: "funded", Have: s.funded, Need: s.entitled}
		}
		var need uint256.Int
		if _, o := need.MulOverflow(&s.entitled, attoPerUnit); o || s.paid.Lt(&need) {
			return &ConservationError{Asset: a, Check: "traced", Have: s.paid, Need: need}
		}
	}
	return nil
}

// AssetTotal is the sum of the cumulative entitlements of one asset (whole
// base units): what the distributor must hold for it before claims.
type AssetTotal struct {
	Asset common.Address
	Total uint256.Int
}

// Totals sums cumulative entitlements per asset, in asset order; an asset
// whose entitlements are all zero is left out. Overflow is an error.
func Totals(entitlements []Entitlement) ([]AssetTotal, error) {
	by := map[common.Address]*uint256.Int{}
	for i := range entitlements {
		e := &entitlements[i]
		if !common.IsHexAddress(e.Asset) {
			return nil, fmt.Errorf("entitlements[%d].asset %q is not an address", i, e.Asset)
		}
		var c uint256.Int
		if err := c.SetFromDecimal(e.Cumulative); err != nil {
			return nil, fmt.Errorf("entitlements[%d].cumulative %q: %w", i, e.Cumulative, err)
		}
		if c.IsZero() {
			continue
		}
		a := common.HexToAddress(e.Asset)
		t := by[a]
		if t == nil {
			t = new(uint256.Int)
			by[a] = t
		}
		if _, o := t.AddOverflow(t, &c); o {
			return nil, fmt.Errorf("total of asset %s: %w", a.Hex(), ErrAmountOverflow)
		}
	}
	out := make([]AssetTotal, 0, len(by))
	for _, a := range sortedAssets(by) {
		out = append(out, AssetTotal{Asset: a, Total: *by[a]})
	}
	return out, nil
}
