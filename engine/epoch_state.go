package engine

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Epoch and item sentinels; match them with errors.Is.
var (
	// ErrItemConflict: a line item re-delivered under a known event id with another hash.
	ErrItemConflict = errors.New("event id already accrued with a different line item")
	// ErrUnknownItem: an operation names a line item the ledger has not accrued (or already final).
	ErrUnknownItem = errors.New("unknown or final line item")
	// ErrEpochOrder: a close that is not the next epoch, or whose period is not contiguous and non-empty.
	ErrEpochOrder = errors.New("epoch out of order")
	// ErrFutureItem: a line item whose event time is at or after the closing epoch's end.
	ErrFutureItem = errors.New("line item time not before the epoch end")
	// ErrBadItem: a line item whose allocations do not sum to gross·10^18 or lack a reserve row.
	ErrBadItem = errors.New("malformed line item")
	// ErrReserveReleased: a dispute names a line item whose reserve was already released.
	ErrReserveReleased = errors.New("reserve already released")
	// ErrDisputeConflict: a dispute id reused with other content, or resolved twice differently.
	ErrDisputeConflict = errors.New("dispute id reused with different content")
	// ErrUnknownDispute: a resolution for a dispute that is not open.
	ErrUnknownDispute = errors.New("unknown dispute")
	// ErrLookup: the caller's Lookup returned an input that does not reproduce the recorded line item.
	ErrLookup = errors.New("looked-up input does not reproduce the recorded line item")
)

var attoPerUnit = uint256.NewInt(AttoPerUnit)

// Lookup returns the input bundle of a line item the ledger accrued earlier
// (the store keeps them). The engine recomputes the line item from it and
// checks its hash, so a wrong bundle is detected, never trusted.
type Lookup func(eventID string) (*Input, error)

// Accrual is one line item delivered to an epoch close, with the dispute
// window of the policy that priced it.
type Accrual struct {
	Item          *LineItem
	DisputeWindow uint64
}

// Source says which consumer balance pays a line item.
type Source uint8

const (
	SourceRevenue Source = iota // standard and TNPL
	SourceCredit                // prepaid
)

func sourceOf(m PaymentMode) Source {
	if m == ModePrepaid {
		return SourceCredit
	}
	return SourceRevenue
}

func (s Source) account(c common.Address) string {
	if s == SourceCredit {
		return AcctCredit(c)
	}
	return AcctRevenue(c)
}

// ItemState is what the ledger remembers of an accrued line item until it is
// final (fully settled and its reserve released).
type ItemState struct {
	EventID   string
	Hash      common.Hash
	Consumer  common.Address
	Asset     common.Address
	Mode      PaymentMode
	Timestamp uint64
	ReleaseAt uint64      // Timestamp + dispute window
	Gross     uint256.Int // atto
	Reserve   uint256.Int // whole base units (the amount Split releases)
	Settled   uint256.Int // atto settled so far
	// Partial holds the settled atto per allocation (aligned with the line
	// item's allocations) while 0 < Settled < Gross; nil otherwise.
	Partial  []uint256.Int
	Released bool
	Epoch    uint64 // epoch that accrued it
}

func (it *ItemState) fullySettled() bool { return it.Settled.Eq(&it.Gross) }

// Dispute freezes the reserve of the line items it names.
type Dispute struct {
	ID       string
	EventIDs []string
	Opened   uint64 // unix seconds
	Reason   string
}

// Correction records one recomputed line item; later statements list it.
type Correction struct {
	DisputeID  string      `json:"disputeId"`
	EventID    string      `json:"eventId"`
	Consumer   string      `json:"consumer"`
	Asset      string      `json:"asset"`
	OldHash    common.Hash `json:"oldLineItemHash"`
	NewHash    common.Hash `json:"newLineItemHash"` // zero when voided
	Reason     string      `json:"reason"`
	OldGross   string      `json:"oldGrossAtto"`
	NewGross   string      `json:"newGrossAtto"`
	RefundAtto string      `json:"refundAtto"`
	At         uint64      `json:"at"`
}

type recKey struct {
	Account common.Address
	Asset   common.Address
}

type conKey struct {
	Consumer common.Address
	Asset    common.Address
}

// recMoves are a recipient's movements since the last close.
type recMoves struct {
	accrued, settled, released uint256.Int
	corrected, correctedUnset  Signed // payable and unsettled changes by corrections
}

// conMoves are a consumer's movements since the last close.
type conMoves struct {
	owed, settled, deposited, credited, refunded uint256.Int
	corrected                                    Signed // change of owed gross by corrections
	items                                        uint64
}

// State is the whole ledger state: a plain value the caller keeps and
// persists. Every change goes through a method that returns the postings it
// applied, so the caller can store them; Ledger can be rebuilt from them.
type State struct {
	Ledger     *Ledger
	Epoch      uint64 // last closed epoch (0: none)
	LastEnd    uint64 // end of the last closed epoch
	Items      map[string]*ItemState
	Accrued    map[string]common.Hash // every event id ever accrued → its original hash
	Cumulative map[recKey]uint256.Int // published whole-unit entitlements
	Disputes   map[string]*Dispute    // open disputes
	Freezes    map[string]string      // event id → open dispute freezing its reserve
	Resolved   map[string]common.Hash // resolved dispute ids → digest of the resolution

	corrections []Correction
	recMoves    map[recKey]*recMoves
	conMoves    map[conKey]*conMoves
	recipients  map[recKey]bool // every (recipient, asset) ever seen
	consumers   map[conKey]bool
}

// NewState returns an empty state.
func NewState() *State {
	return &State{
		Ledger:     NewLedger(),
		Items:      map[string]*ItemState{},
		Accrued:    map[string]common.Hash{},
		Cumulative: map[recKey]uint256.Int{},
		Disputes:   map[string]*Dispute{},
		Freezes:    map[string]string{},
		Resolved:   map[string]common.Hash{},
		recMoves:   map[recKey]*recMoves{},
		conMoves:   map[conKey]*conMoves{},
		recipients: map[recKey]bool{},
		consumers:  map[conKey]bool{},
	}
}

func (st *State) rec(a, asset common.Address) *recMoves {
	k := recKey{a, asset}
	st.recipients[k] = true
	m := st.recMoves[k]
	if m == nil {
		m = &recMoves{}
		st.recMoves[k] = m
	}
	return m
}

func (st *State) con(c, asset common.Address) *conMoves {
	k := conKey{c, asset}
	st.consumers[k] = true
	m := st.conMoves[k]
	if m == nil {
		m = &conMoves{}
		st.conMoves[k] = m
	}
	return m
}

// Deposit is revenue arriving in a consumer's revenue account (whole base units).
type Deposit struct {
	ID       string
	Consumer common.Address
	Asset    common.Address
	Amount   uint256.Int
	At       uint64
}

// Deposit credits the consumer's revenue balance. Obligations are settled
// from it at the next close, oldest first, so deposits commute with each
// other and with accruals. Re-applying the same deposit id is a no-op.
func (st *State) Deposit(d Deposit) (*Posting, error) {
	return st.fund("deposit", AcctRevenue(d.Consumer), d, func(m *conMoves, x *uint256.Int) {
		m.deposited.Add(&m.deposited, x)
	})
}

// AddCredit records prepaid credit bought by a consumer (whole base units);
// prepaid line items are drawn from it.
func (st *State) AddCredit(d Deposit) (*Posting, error) {
	return st.fund("credit", AcctCredit(d.Consumer), d, func(m *conMoves, x *uint256.Int) {
		m.credited.Add(&m.credited, x)
	})
}

func (st *State) fund(kind, account string, d Deposit, note func(*conMoves, *uint256.Int)) (*Posting, error) {
	if d.ID == "" {
		return nil, fmt.Errorf("%s: %w", kind, ErrEmptyKey)
	}
	var atto uint256.Int
	if _, o := atto.MulOverflow(&d.Amount, attoPerUnit); o {
		return nil, fmt.Errorf("%s %s: amount: %w", kind, d.ID, ErrAmountOverflow)
	}
	p := &Posting{
		Key:   kind + "/" + d.ID,
		Asset: d.Asset,
		Memo:  fmt.Sprintf("%s at %d", kind, d.At),
		Legs:  []Leg{{AcctExternal, NegOf(&atto)}, {account, Pos(&atto)}},
	}
	fresh, err := st.Ledger.Apply(p)
	if err != nil {
		return nil, fmt.Errorf("%s %s: %w", kind, d.ID, err)
	}
	if fresh {
		note(st.con(d.Consumer, d.Asset), &atto)
	}
	return p, nil
}

// sortedItems returns the open items, oldest first: by timestamp, then event id.
func (st *State) sortedItems(keep func(*ItemState) bool) []*ItemState {
	var out []*ItemState
	for _, it := range st.Items {
		if keep(it) {
			out = append(out, it)
		}
	}
	slices.SortFunc(out, func(a, b *ItemState) int {
		if a.Timestamp != b.Timestamp {
			if a.Timestamp < b.Timestamp {
				return -1
			}
			return 1
		}
		return strings.Compare(a.EventID, b.EventID)
	})
	return out
}

// recompute rebuilds a line item from the caller's bundle and checks that it
// is the one recorded.
func recompute(lookup Lookup, it *ItemState) (*LineItem, *Input, error) {
	if lookup == nil {
		return nil, nil, fmt.Errorf("line item %s: no lookup given: %w", it.EventID, ErrLookup)
	}
	in, err := lookup(it.EventID)
	if err != nil {
		return nil, nil, fmt.Errorf("look up line item %s: %w", it.EventID, err)
	}
	li, err := ComputeLineItem(in)
	if err != nil {
		return nil, nil, fmt.Errorf("recompute line item %s: %w", it.EventID, err)
	}
	if li.Hash != it.Hash {
		return nil, nil, fmt.Errorf("line item %s: hash %s, recorded %s: %w", it.EventID, li.Hash.Hex(), it.Hash.Hex(), ErrLookup)
	}
	return &li, in, nil
}

// settledShares returns the settled atto per allocation of an item.
func settledShares(it *ItemState, li *LineItem) []uint256.Int {
	out := make([]uint256.Int, len(li.Allocations))
	switch {
	case it.fullySettled():
		for i := range li.Allocations {
			out[i] = li.Allocations[i].AmountAtto
		}
	case it.Partial != nil:
		copy(out, it.Partial)
	}
	return out
}

func checkItem(li *LineItem) error {
	var sum uint256.Int
	reserve := false
	for i := range li.Allocations {
		a := &li.Allocations[i]
		if _, c := sum.AddOverflow(&sum, &a.AmountAtto); c {
			return fmt.Errorf("line item %s: allocations: %w", li.EventID, ErrAmountOverflow)
		}
		if a.Kind == KindReserve {
			reserve = true
		}
	}
	var g uint256.Int
	if _, o := g.MulOverflow(&li.Gross, attoPerUnit); o || !g.Eq(&sum) {
		return fmt.Errorf("line item %s: allocations sum %s, gross·10^18 %s: %w", li.EventID, sum.Dec(), g.Dec(), ErrBadItem)
	}
	if !reserve {
		return fmt.Errorf("line item %s: no reserve allocation: %w", li.EventID, ErrBadItem)
	}
	if li.EventID == "" {
		return fmt.Errorf("line item without event id: %w", ErrBadItem)
	}
	return nil
}
