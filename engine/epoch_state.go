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
// window of the policy that priced it. The close copies the LineItem value
// when it receives it, but reads its Allocations until CloseEpoch returns
// (they are folded in batches, on every CPU): a stream may reuse the
// LineItem it points to, not the memory of the Allocations.
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
	// What the reserve is released by (checked against the looked-up input).
	SnapshotHash  common.Hash
	PolicyVersion uint64
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

// State is the whole ledger state, a plain value the caller keeps. The caller
// persists the postings each method returns and the operations themselves;
// applying the postings to NewLedger rebuilds every balance, and replaying the
// operations rebuilds the State and its statements byte for byte
// (docs/ledger.md "Rebuilding"). Everything in it is unexported: callers ask
// through typed methods (Balance, Cumulative, LastClose, Fundings), so no
// caller can move money the engine did not post.
type State struct {
	ledger     *Ledger
	epoch      uint64 // last closed epoch (0: none)
	lastEnd    uint64 // end of the last closed epoch
	items      map[string]*ItemState
	accrued    map[string]common.Hash // every event id ever accrued → its original hash
	cumulative map[recKey]uint256.Int // published whole-unit entitlements
	disputes   map[string]*Dispute    // open disputes
	freezes    map[string]string      // event id → open dispute freezing its reserve
	resolved   map[string]common.Hash // resolved dispute ids → digest of the resolution
	cash       map[conKey]*cashPos    // each consumer's cash in payable accounts and its funding (funding.go)

	corrections []Correction
	recMoves    map[recKey]*recMoves
	conMoves    map[conKey]*conMoves
	recipients  map[recKey]bool // every (recipient, asset) ever seen
	consumers   map[conKey]bool

	// Tests set these: the accrual fold's shard count (0: one per CPU; 1:
	// sequential, no goroutines), batch cap in items and the allocation
	// count below which an item is folded whole (0: the defaults; a
	// negative foldSplitMin cuts every item).
	foldShards, foldBatchItems, foldSplitMin int
}

// NewState returns an empty state.
func NewState() *State {
	return &State{
		ledger:     NewLedger(),
		items:      map[string]*ItemState{},
		accrued:    map[string]common.Hash{},
		cumulative: map[recKey]uint256.Int{},
		disputes:   map[string]*Dispute{},
		freezes:    map[string]string{},
		resolved:   map[string]common.Hash{},
		cash:       map[conKey]*cashPos{},
		recMoves:   map[recKey]*recMoves{},
		conMoves:   map[conKey]*conMoves{},
		recipients: map[recKey]bool{},
		consumers:  map[conKey]bool{},
	}
}

// Balance returns the ledger balance of account in asset (atto; zero if never posted).
func (st *State) Balance(account string, asset common.Address) Signed {
	return st.ledger.Balance(account, asset)
}

// Cumulative returns the published cumulative entitlement of account in
// asset (whole base units; zero if none).
func (st *State) Cumulative(account, asset common.Address) uint256.Int {
	return st.cumulative[recKey{account, asset}]
}

// LastClose returns the last closed epoch and its end (0, 0 before any close).
func (st *State) LastClose() (epoch, end uint64) { return st.epoch, st.lastEnd }

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

// sortedItems returns the open items, oldest first: by timestamp, then event id.
func (st *State) sortedItems(keep func(*ItemState) bool) []*ItemState {
	var out []*ItemState
	for _, it := range st.items {
		if keep(it) {
			out = append(out, it)
		}
	}
	slices.SortFunc(out, olderFirst)
	return out
}

// olderFirst orders items by timestamp, then event id.
func olderFirst(a, b *ItemState) int {
	if a.Timestamp != b.Timestamp {
		if a.Timestamp < b.Timestamp {
			return -1
		}
		return 1
	}
	return strings.Compare(a.EventID, b.EventID)
}

// mergeOlderFirst merges two lists sorted by olderFirst.
func mergeOlderFirst(a, b []*ItemState) []*ItemState {
	if len(a) == 0 {
		return b
	}
	out := make([]*ItemState, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if olderFirst(a[0], b[0]) <= 0 {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
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

// checkItemShape checks what the fold does not: an event id and a reserve row
// (the last allocation, by the line item's canonical order).
func checkItemShape(li *LineItem) error {
	if li.EventID == "" {
		return fmt.Errorf("line item without event id: %w", ErrBadItem)
	}
	if n := len(li.Allocations); n == 0 || li.Allocations[n-1].Kind != KindReserve {
		return fmt.Errorf("line item %s: no reserve allocation: %w", li.EventID, ErrBadItem)
	}
	return nil
}
