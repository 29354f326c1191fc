package engine

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// RecipientLine is one (recipient, asset) line of a recipient statement.
// Atto fields are exact amounts in 10^-18 base units; whole fields are base
// units. Integers are decimal strings (signed ones may start with '-').
type RecipientLine struct {
	Asset               string `json:"asset"`
	AccruedAtto         string `json:"accruedAtto"`             // accrued by this epoch's line items
	SettledAtto         string `json:"settledAtto"`             // became payable by settlement this epoch
	ReleasedAtto        string `json:"releasedAtto"`            // reserves released to it this epoch
	CorrectionAtto      string `json:"correctionAtto"`          // payable changed by corrections since the last close
	CorrectionUnsetAtto string `json:"correctionUnsettledAtto"` // unsettled accrual changed by corrections
	UnsettledAtto       string `json:"unsettledAtto"`           // accrued, not yet settled (balance)
	PayableAtto         string `json:"payableAtto"`             // all settled entitlement ever (balance)
	PreviousCumulative  string `json:"previousCumulative"`
	Cumulative          string `json:"cumulative"` // published entitlement, never decreases
	CarryAtto           string `json:"carryAtto"`  // payable not yet in the cumulative
	DebtAtto            string `json:"debtAtto"`   // cumulative·10^18 above payable: netted against later accruals
}

// RecipientStatement is one recipient's statement for an epoch.
type RecipientStatement struct {
	Epoch   uint64          `json:"epoch"`
	Account string          `json:"account"`
	Lines   []RecipientLine `json:"lines"`
	// Payout is the account's payout preference in force at the epoch's end;
	// absent means the default (the home chain, each line's own asset).
	Payout *PayoutPreference `json:"payout,omitempty"`
	Hash   common.Hash       `json:"hash"`
}

// ConsumerStatement is one (consumer, asset) statement for an epoch.
type ConsumerStatement struct {
	Epoch           uint64      `json:"epoch"`
	Consumer        string      `json:"consumer"`
	Asset           string      `json:"asset"`
	LineItems       uint64      `json:"lineItems"`       // line items accrued this epoch
	OwedAtto        string      `json:"owedAtto"`        // gross of this epoch's line items
	CorrectionAtto  string      `json:"correctionAtto"`  // change of gross owed by corrections
	SettledAtto     string      `json:"settledAtto"`     // paid this epoch
	RefundedAtto    string      `json:"refundedAtto"`    // returned by corrections
	DepositedAtto   string      `json:"depositedAtto"`   // revenue deposited this epoch
	CreditedAtto    string      `json:"creditedAtto"`    // prepaid credit bought this epoch
	OutstandingAtto string      `json:"outstandingAtto"` // owed and unpaid, all epochs
	DeferredAtto    string      `json:"deferredAtto"`    // of which TNPL (deferred by design)
	OverdueAtto     string      `json:"overdueAtto"`     // of which standard or prepaid (short of funds)
	RevenueAtto     string      `json:"revenueBalanceAtto"`
	CreditAtto      string      `json:"creditBalanceAtto"`
	Hash            common.Hash `json:"hash"`
}

// Entitlement is a published cumulative entitlement (a distributor leaf).
type Entitlement struct {
	Account    string `json:"account"`
	Asset      string `json:"asset"`
	Cumulative string `json:"cumulative"`
}

// EpochStatements is everything an epoch close publishes. Recipients are in
// account order, consumers in (consumer, asset) order, corrections in
// (dispute id, event id) order, entitlements in (account, asset) order.
type EpochStatements struct {
	Epoch        uint64               `json:"epoch"`
	Start        uint64               `json:"start"`
	End          uint64               `json:"end"`
	Trigger      string               `json:"trigger"` // "calendar" or "threshold"
	Recipients   []RecipientStatement `json:"recipients"`
	Consumers    []ConsumerStatement  `json:"consumers"`
	Corrections  []Correction         `json:"corrections"`
	Entitlements []Entitlement        `json:"entitlements"`
	Hash         common.Hash          `json:"hash"`
}

// canonicalHash is keccak256 of the value's canonical JSON with its hash
// field zero (docs/ledger.md).
func canonicalHash(v any) (common.Hash, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return common.Hash{}, fmt.Errorf("encode statement: %w", err)
	}
	return crypto.Keccak256Hash(b), nil
}

func (s *RecipientStatement) seal() error {
	s.Hash = common.Hash{}
	h, err := canonicalHash(s)
	s.Hash = h
	return err
}

func (s *ConsumerStatement) seal() error {
	s.Hash = common.Hash{}
	h, err := canonicalHash(s)
	s.Hash = h
	return err
}

// Seal recomputes every hash: statements first, then the epoch over them.
func (e *EpochStatements) Seal() error {
	for i := range e.Recipients {
		if err := e.Recipients[i].seal(); err != nil {
			return err
		}
	}
	for i := range e.Consumers {
		if err := e.Consumers[i].seal(); err != nil {
			return err
		}
	}
	e.Hash = common.Hash{}
	h, err := canonicalHash(e)
	e.Hash = h
	return err
}

// raise returns the new cumulative of each key (in keys' order). A calendar
// close raises a recipient to ⌊payable/10^18⌋, a threshold close only when
// the gain reaches the asset's threshold; a cumulative never decreases.
//
// Solvency: per asset, the cumulatives may add up to at most ⌊Σ consumer cash
// made payable (each consumer's high-water mark) / 10^18⌋, which the
// fundings cover (Σ⌈xᵢ⌉ ≥ ⌊Σxᵢ⌋). Without debts the raises always fit:
// Σ⌊payableᵣ⌋ ≤ ⌊Σ payableᵣ⌋ = ⌊Σ consumer cash⌋. A correction that lowers a
// paid recipient below its cumulative leaves a debt that no cash backs;
// then the asset's raises are cut to what is left, apportioned over the
// wanted raises by largest remainder (ties to the lower account), and the
// rest waits as carry until the debt is netted by later accruals.
//
// payables are the keys' payable balances; raise also returns, per asset,
// their sum and the sum of the new cumulatives (for the conservation checks).
func (st *State) raise(c Close, keys []recKey, payables []Signed) ([]uint256.Int, map[common.Address]*assetSums, error) {
	out := make([]uint256.Int, len(keys))
	type pot struct {
		prev, want uint256.Int
		idx        []int
		gains      []uint256.Int
	}
	pots := map[common.Address]*pot{}
	sums := map[common.Address]*assetSums{}
	for i, k := range keys {
		payable := &payables[i]
		if payable.Neg {
			return nil, nil, fmt.Errorf("close epoch %d: payable of %s is %s: %w", c.Epoch, k.Account.Hex(), payable, ErrUnbalanced)
		}
		prev := st.cumulative[k]
		out[i] = prev
		p := pots[k.Asset]
		if p == nil {
			p = &pot{}
			pots[k.Asset] = p
			sums[k.Asset] = &assetSums{}
		}
		if _, o := sums[k.Asset].payable.AddOverflow(&sums[k.Asset].payable, &payable.Abs); o {
			return nil, nil, fmt.Errorf("close epoch %d: payable total of %s: %w", c.Epoch, k.Asset.Hex(), ErrAmountOverflow)
		}
		p.prev.Add(&p.prev, &prev) // Σ prev ≤ the traced total, which fits
		var whole, gain uint256.Int
		whole.Div(&payable.Abs, attoPerUnit)
		if whole.Cmp(&prev) <= 0 {
			continue
		}
		gain.Sub(&whole, &prev)
		if c.Thresholds != nil {
			th, ok := c.Thresholds[k.Asset]
			if !ok || gain.Lt(&th) {
				continue
			}
		}
		p.want.Add(&p.want, &gain) // Σ gains ≤ Σ payable/10^18, which fits
		p.idx = append(p.idx, i)
		p.gains = append(p.gains, gain)
	}
	for _, a := range sortedAssets(pots) {
		p := pots[a]
		traced, err := st.tracedWhole(a)
		if err != nil {
			return nil, nil, err
		}
		if traced.Lt(&p.prev) {
			// Published cumulatives above the traced cash: only a broken
			// invariant gets here (the cap kept every earlier close within).
			var have, need uint256.Int
			have.Mul(&traced, attoPerUnit) // ≤ Σ high, which fits
			need.Mul(&p.prev, attoPerUnit)
			return nil, nil, fmt.Errorf("close epoch %d: %w", c.Epoch, &ConservationError{Epoch: c.Epoch, Asset: a, Check: "traced", Have: have, Need: need})
		}
		var room uint256.Int
		room.Sub(&traced, &p.prev)
		gains := p.gains
		if room.Lt(&p.want) {
			if gains, err = Apportion(&room, p.gains); err != nil {
				return nil, nil, fmt.Errorf("close epoch %d: hold raises of %s for solvency: %w", c.Epoch, a.Hex(), err)
			}
		}
		e := &sums[a].entitled
		e.Set(&p.prev)
		for j, i := range p.idx {
			out[i].Add(&out[i], &gains[j])
			e.Add(e, &gains[j]) // ≤ traced
		}
	}
	return out, sums, nil
}

// statements issues the close's statements and cumulative entitlements, and
// returns the per-asset sums the conservation checks need.
func (st *State) statements(c Close) (*EpochStatements, map[common.Address]*assetSums, error) {
	es := &EpochStatements{Epoch: c.Epoch, Start: c.Start, End: c.End, Trigger: "calendar",
		Recipients: []RecipientStatement{}, Consumers: []ConsumerStatement{}, Corrections: []Correction{}, Entitlements: []Entitlement{}}
	if c.Thresholds != nil {
		es.Trigger = "threshold"
	}
	keys := make([]recKey, 0, len(st.recipients))
	for k := range st.recipients {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b recKey) int {
		if x := a.Account.Cmp(b.Account); x != 0 {
			return x
		}
		return a.Asset.Cmp(b.Asset)
	})
	payables := make([]Signed, len(keys))
	for i, k := range keys {
		payables[i] = st.ledger.Balance(AcctPayable(k.Account), k.Asset)
	}
	cums, sums, err := st.raise(c, keys, payables)
	if err != nil {
		return nil, nil, err
	}
	for i, k := range keys {
		payable := payables[i]
		unsettled := st.ledger.Balance(AcctAccrued(k.Account), k.Asset)
		prev := st.cumulative[k]
		cum := cums[i]
		st.cumulative[k] = cum
		var cumAtto, carry, debt uint256.Int
		cumAtto.Mul(&cum, attoPerUnit)
		if payable.Abs.Cmp(&cumAtto) >= 0 {
			carry.Sub(&payable.Abs, &cumAtto)
		} else {
			debt.Sub(&cumAtto, &payable.Abs)
		}
		m := st.recMoves[k]
		if m == nil {
			m = &recMoves{}
		}
		if !cum.IsZero() {
			es.Entitlements = append(es.Entitlements, Entitlement{hexAddr(k.Account), hexAddr(k.Asset), cum.Dec()})
		}
		moved := !m.accrued.IsZero() || !m.settled.IsZero() || !m.released.IsZero() || !m.corrected.IsZero() || !m.correctedUnset.IsZero() || !cum.Eq(&prev)
		if !moved && unsettled.IsZero() && carry.IsZero() && debt.IsZero() {
			continue
		}
		line := RecipientLine{
			Asset: hexAddr(k.Asset), AccruedAtto: m.accrued.Dec(), SettledAtto: m.settled.Dec(),
			ReleasedAtto: m.released.Dec(), CorrectionAtto: m.corrected.String(), CorrectionUnsetAtto: m.correctedUnset.String(),
			UnsettledAtto: unsettled.String(), PayableAtto: payable.String(),
			PreviousCumulative: prev.Dec(), Cumulative: cum.Dec(), CarryAtto: carry.Dec(), DebtAtto: debt.Dec(),
		}
		acct := hexAddr(k.Account)
		if n := len(es.Recipients); n > 0 && es.Recipients[n-1].Account == acct {
			es.Recipients[n-1].Lines = append(es.Recipients[n-1].Lines, line)
		} else {
			es.Recipients = append(es.Recipients, RecipientStatement{Epoch: c.Epoch, Account: acct, Lines: []RecipientLine{line}})
		}
	}
	ckeys := make([]conKey, 0, len(st.consumers))
	for k := range st.consumers {
		ckeys = append(ckeys, k)
	}
	slices.SortFunc(ckeys, func(a, b conKey) int {
		if x := a.Consumer.Cmp(b.Consumer); x != 0 {
			return x
		}
		return a.Asset.Cmp(b.Asset)
	})
	// Outstanding by mode, from the open items.
	type split struct{ deferred, overdue uint256.Int }
	open := map[conKey]*split{}
	for _, it := range st.items {
		if it.fullySettled() {
			continue
		}
		k := conKey{it.Consumer, it.Asset}
		s := open[k]
		if s == nil {
			s = &split{}
			open[k] = s
		}
		var lack uint256.Int
		lack.Sub(&it.Gross, &it.Settled)
		if it.Mode == ModeTNPL {
			s.deferred.Add(&s.deferred, &lack)
		} else {
			s.overdue.Add(&s.overdue, &lack)
		}
	}
	for _, k := range ckeys {
		m := st.conMoves[k]
		if m == nil {
			m = &conMoves{}
		}
		owed := st.ledger.Balance(AcctOwed(k.Consumer), k.Asset)
		s := open[k]
		if s == nil {
			s = &split{}
		}
		var out uint256.Int
		out.Add(&s.deferred, &s.overdue)
		if owed.Cmp(NegOf(&out)) != 0 {
			return nil, nil, fmt.Errorf("close epoch %d: consumer %s owes %s, open items %s: %w", c.Epoch, k.Consumer.Hex(), owed, out.Dec(), ErrUnbalanced)
		}
		es.Consumers = append(es.Consumers, ConsumerStatement{
			Epoch: c.Epoch, Consumer: hexAddr(k.Consumer), Asset: hexAddr(k.Asset), LineItems: m.items,
			OwedAtto: m.owed.Dec(), CorrectionAtto: m.corrected.String(), SettledAtto: m.settled.Dec(),
			RefundedAtto: m.refunded.Dec(), DepositedAtto: m.deposited.Dec(), CreditedAtto: m.credited.Dec(),
			OutstandingAtto: out.Dec(), DeferredAtto: s.deferred.Dec(), OverdueAtto: s.overdue.Dec(),
			RevenueAtto: st.ledger.Balance(AcctRevenue(k.Consumer), k.Asset).String(),
			CreditAtto:  st.ledger.Balance(AcctCredit(k.Consumer), k.Asset).String(),
		})
	}
	es.Corrections = append(es.Corrections, st.corrections...)
	slices.SortFunc(es.Corrections, func(a, b Correction) int {
		if a.DisputeID != b.DisputeID {
			if a.DisputeID < b.DisputeID {
				return -1
			}
			return 1
		}
		if a.EventID < b.EventID {
			return -1
		}
		if a.EventID > b.EventID {
			return 1
		}
		return 0
	})
	if err := es.Seal(); err != nil {
		return nil, nil, err
	}
	return es, sums, nil
}
