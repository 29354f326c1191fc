package engine

import (
	"encoding/hex"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Ledger sentinels; match them with errors.Is.
var (
	// ErrPostingConflict: a posting reuses an idempotency key with different content.
	ErrPostingConflict = errors.New("idempotency key reused with different content")
	// ErrUnbalanced: a posting's legs do not sum to zero for its asset.
	ErrUnbalanced = errors.New("posting legs do not sum to zero")
	// ErrAmountOverflow: a ledger amount or balance left the range ±(2^256−1).
	ErrAmountOverflow = errors.New("ledger amount out of range")
	// ErrEmptyKey: a posting without an idempotency key.
	ErrEmptyKey = errors.New("posting without idempotency key")
)

// Signed is a signed atto amount: a sign and a 256-bit magnitude. Zero is
// never negative, so equal values have one representation.
type Signed struct {
	Neg bool
	Abs uint256.Int
}

// Pos is +x; Neg is −x.
func Pos(x *uint256.Int) Signed { return Signed{Abs: *x} }
func NegOf(x *uint256.Int) Signed {
	return Signed{Neg: !x.IsZero(), Abs: *x}
}

// IsZero reports s == 0.
func (s Signed) IsZero() bool { return s.Abs.IsZero() }

// Add returns s + o, or ErrAmountOverflow past ±(2^256−1).
func (s Signed) Add(o Signed) (Signed, error) {
	if s.Neg == o.Neg {
		var r Signed
		if _, c := r.Abs.AddOverflow(&s.Abs, &o.Abs); c {
			return Signed{}, ErrAmountOverflow
		}
		r.Neg = s.Neg && !r.Abs.IsZero()
		return r, nil
	}
	var r Signed
	if s.Abs.Cmp(&o.Abs) >= 0 {
		r.Abs.Sub(&s.Abs, &o.Abs)
		r.Neg = s.Neg
	} else {
		r.Abs.Sub(&o.Abs, &s.Abs)
		r.Neg = o.Neg
	}
	if r.Abs.IsZero() {
		r.Neg = false
	}
	return r, nil
}

// Sub returns s − o.
func (s Signed) Sub(o Signed) (Signed, error) {
	o.Neg = !o.Neg && !o.Abs.IsZero()
	return s.Add(o)
}

// Cmp compares s and o (−1, 0, +1).
func (s Signed) Cmp(o Signed) int {
	switch {
	case s.Neg && !o.Neg:
		return -1
	case !s.Neg && o.Neg:
		return 1
	case s.Neg:
		return o.Abs.Cmp(&s.Abs)
	default:
		return s.Abs.Cmp(&o.Abs)
	}
}

// String is the decimal form, with a leading '-' when negative.
func (s Signed) String() string {
	if s.Neg {
		return "-" + s.Abs.Dec()
	}
	return s.Abs.Dec()
}

// Account names. A ledger account is a string "kind:qualifier"; the kinds are
// fixed here so that the store and auditors read the same names.
const (
	AcctExternal = "external" // the world outside the ledger: deposits come from it
)

// AcctRevenue is a consumer's revenue balance (deposits not yet spent).
func AcctRevenue(c common.Address) string { return "revenue:" + hexAddr(c) }

// AcctCredit is a consumer's prepaid credit.
func AcctCredit(c common.Address) string { return "credit:" + hexAddr(c) }

// AcctOwed is what a consumer owes for accrued line items (negative while owed).
func AcctOwed(c common.Address) string { return "owed:" + hexAddr(c) }

// AcctAccrued is a recipient's accrued but unsettled entitlement.
func AcctAccrued(r common.Address) string { return "accrued:" + hexAddr(r) }

// AcctPayable is a recipient's settled entitlement (what cumulative leaves pay from).
func AcctPayable(r common.Address) string { return "payable:" + hexAddr(r) }

// AcctReserve is one line item's held reserve.
func AcctReserve(eventID string) string { return "reserve:" + eventID }

// hexAddr is the lowercase 0x-hex form (no checksum: names must be cheap and canonical).
func hexAddr(a common.Address) string { return "0x" + hex.EncodeToString(a[:]) }

// Leg is one side of a posting: an account and a signed atto amount.
type Leg struct {
	Account string
	Atto    Signed
}

// Posting is one double-entry journal entry in a single asset. Its legs sum to
// zero. Key makes it idempotent: applying the same key with the same content is
// a no-op, with different content ErrPostingConflict.
type Posting struct {
	Key   string
	Asset common.Address
	Memo  string
	Legs  []Leg
}

// Hash is keccak256 over the posting's canonical encoding (docs/ledger.md):
// key, asset, memo, leg count, then the legs sorted by account, each as
// account, sign byte, 32-byte magnitude; strings length-prefixed (uint32 BE).
// It streams into the hasher: a posting may have a million legs.
func (p *Posting) Hash() common.Hash {
	legs := p.Legs
	if !legsSorted(legs) {
		legs = slices.Clone(legs)
		slices.SortStableFunc(legs, func(a, b Leg) int { return strings.Compare(a.Account, b.Account) })
	}
	h := crypto.NewKeccakState()
	buf := make([]byte, 0, 256)
	buf = appendStr(buf, p.Key)
	buf = append(buf, p.Asset[:]...)
	buf = appendStr(buf, p.Memo)
	buf = appendU64(buf, uint64(len(legs)))
	for _, l := range legs {
		if len(buf) > 192 {
			h.Write(buf)
			buf = buf[:0]
		}
		buf = appendStr(buf, l.Account)
		if l.Atto.Neg {
			buf = append(buf, 1)
		} else {
			buf = append(buf, 0)
		}
		m := l.Atto.Abs.Bytes32()
		buf = append(buf, m[:]...)
	}
	h.Write(buf)
	var out common.Hash
	h.Read(out[:])
	return out
}

// legsSorted reports legs in strictly ascending account order (so no account repeats).
func legsSorted(legs []Leg) bool {
	for i := 1; i < len(legs); i++ {
		if legs[i-1].Account >= legs[i].Account {
			return false
		}
	}
	return true
}

func appendStr(b []byte, s string) []byte {
	n := uint32(len(s))
	b = append(b, byte(n>>24), byte(n>>16), byte(n>>8), byte(n))
	return append(b, s...)
}

func appendU64(b []byte, v uint64) []byte {
	for i := 7; i >= 0; i-- {
		b = append(b, byte(v>>(8*i)))
	}
	return b
}

// BalanceKey names one balance: an account in an asset.
type BalanceKey struct {
	Account string
	Asset   common.Address
}

// Ledger is the double-entry book: balances per (account, asset) and the
// digest of every posting applied, by idempotency key. It is a plain value;
// the caller persists the postings and rebuilds a Ledger by applying them again.
type Ledger struct {
	Balances map[BalanceKey]Signed
	Applied  map[string]common.Hash
}

// NewLedger returns an empty ledger.
func NewLedger() *Ledger {
	return &Ledger{
		Balances: map[BalanceKey]Signed{},
		Applied:  map[string]common.Hash{},
	}
}

// Balance returns the balance of account in asset (zero if never posted).
func (l *Ledger) Balance(account string, asset common.Address) Signed {
	return l.Balances[BalanceKey{account, asset}]
}

// Apply posts p. It reports whether p was new (false: an identical replay).
// On any error the ledger is unchanged.
func (l *Ledger) Apply(p *Posting) (bool, error) {
	if p.Key == "" {
		return false, ErrEmptyKey
	}
	h := p.Hash()
	if old, ok := l.Applied[p.Key]; ok {
		if old == h {
			return false, nil
		}
		return false, fmt.Errorf("apply posting %q: %w", p.Key, ErrPostingConflict)
	}
	var sum Signed
	var err error
	for _, leg := range p.Legs {
		if sum, err = sum.Add(leg.Atto); err != nil {
			return false, fmt.Errorf("apply posting %q: sum legs: %w", p.Key, err)
		}
	}
	if !sum.IsZero() {
		return false, fmt.Errorf("apply posting %q: legs sum to %s: %w", p.Key, sum, ErrUnbalanced)
	}
	// Compute every new balance before writing any, so a failure changes
	// nothing. Repeated accounts are merged first.
	legs := p.Legs
	if !legsSorted(legs) {
		ls := legSet{}
		for _, leg := range legs {
			if err := ls.add(leg.Account, leg.Atto); err != nil {
				return false, fmt.Errorf("apply posting %q: %w", p.Key, err)
			}
		}
		legs = ls.legs()
	}
	if n := len(legs); n > 1024 && n > len(l.Balances) {
		// A posting of many new accounts (an epoch's reserves): size the
		// map once instead of growing it step by step.
		m := make(map[BalanceKey]Signed, len(l.Balances)+n)
		for k, v := range l.Balances {
			m[k] = v
		}
		l.Balances = m
	}
	next := make([]Signed, len(legs))
	if i, err := l.nextBalances(next, legs, p.Asset); err != nil {
		return false, fmt.Errorf("apply posting %q: balance %s: %w", p.Key, legs[i].Account, err)
	}
	for i, leg := range legs {
		k := BalanceKey{leg.Account, p.Asset}
		if next[i].IsZero() {
			delete(l.Balances, k)
		} else {
			l.Balances[k] = next[i]
		}
	}
	l.Applied[p.Key] = h
	return true, l.checkZero(p.Asset)
}

// nextBalances sets next[i] to the balance of legs[i]'s account after the
// posting and returns the first leg that fails. A posting of many legs (an
// epoch's reserves) reads the balances on every CPU: reads only, the map is
// not written meanwhile; the parts are in leg order, so the leg reported is
// the first failing one whatever the CPU count.
func (l *Ledger) nextBalances(next []Signed, legs []Leg, asset common.Address) (int, error) {
	part := func(lo, hi int) (int, error) {
		for i := lo; i < hi; i++ {
			var err error
			if next[i], err = l.Balances[BalanceKey{legs[i].Account, asset}].Add(legs[i].Atto); err != nil {
				return i, err
			}
		}
		return -1, nil
	}
	parts := 1
	if len(legs) >= 1<<16 {
		parts = min(runtime.GOMAXPROCS(0), 8)
	}
	if parts <= 1 {
		return part(0, len(legs))
	}
	at := make([]int, parts)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for w := 1; w < parts; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			at[w], errs[w] = part(len(legs)*w/parts, len(legs)*(w+1)/parts)
		}()
	}
	at[0], errs[0] = part(0, len(legs)/parts)
	wg.Wait()
	for w := range errs {
		if errs[w] != nil {
			return at[w], errs[w]
		}
	}
	return -1, nil
}

// checkZero recomputes the asset's total over all balances; it is the
// invariant, not an optimisation, so it is checked in full.
func (l *Ledger) checkZero(asset common.Address) error {
	var sum Signed
	var err error
	for k, v := range l.Balances {
		if k.Asset != asset {
			continue
		}
		if sum, err = sum.Add(v); err != nil {
			return fmt.Errorf("check ledger total: %w", err)
		}
	}
	if !sum.IsZero() {
		return fmt.Errorf("ledger total for %s is %s: %w", asset.Hex(), sum, ErrUnbalanced)
	}
	return nil
}

// legSet accumulates legs per account before they become a posting, merging
// repeated accounts and dropping zeros, in account order.
type legSet map[string]Signed

func (s legSet) add(account string, v Signed) error {
	cur, err := s[account].Add(v)
	if err != nil {
		return fmt.Errorf("leg %s: %w", account, err)
	}
	s[account] = cur
	return nil
}

func (s legSet) addPos(account string, x *uint256.Int) error { return s.add(account, Pos(x)) }
func (s legSet) addNeg(account string, x *uint256.Int) error { return s.add(account, NegOf(x)) }

func (s legSet) legs() []Leg { return s.appendLegs(make([]Leg, 0, len(s))) }

// appendLegs appends the legs to out (sorted with what out held).
func (s legSet) appendLegs(out []Leg) []Leg {
	for a, v := range s {
		if !v.IsZero() {
			out = append(out, Leg{a, v})
		}
	}
	slices.SortFunc(out, func(a, b Leg) int { return strings.Compare(a.Account, b.Account) })
	return out
}
