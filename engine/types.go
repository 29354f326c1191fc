package engine

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// The shared vocabulary of the engine. Amounts are counts of an asset's base
// units; AmountAtto fields are exact shares in 10^-18 of a base unit.

// Factor is one named valuation multiplier in WAD fixed point (10^18 = 1.0).
type Factor struct {
	Name string
	WAD  uint256.Int
}

// Valuation is one governed, immutable valuation version.
type Valuation struct {
	Version   uint64
	Asset     common.Address
	Unit      string
	BasePrice uint256.Int // base units of Asset per PriceUnit units of quantity
	PriceUnit uint256.Int
	Factors   []Factor
}

// Developer is a task developer (schema, taxonomy, workflow author) and its weight.
type Developer struct {
	Account common.Address
	Weight  uint256.Int
}

// Policy is the split in force for an event: the split policy's reserve rate,
// treasury and dispute window, with the task manifest's shares and developers.
type Policy struct {
	Version       uint64
	ReserveBps    uint16
	ProtocolBps   uint16
	DeveloperBps  uint16
	PoolBps       uint16
	Treasury      common.Address
	Developers    []Developer
	DisputeWindow uint64 // seconds a line item's reserve is held
}

// Holding is one (CF, holder) position in an attribution snapshot.
type Holding struct {
	CfID   uint256.Int
	Holder common.Address
	Units  uint256.Int
}

// Snapshot is who owned what of a dataset version at the end of Block.
// The chain fields are zero for a bundle that names none.
type Snapshot struct {
	ChainID        uint64
	Token          common.Address
	DatasetID      uint256.Int
	DatasetVersion uint64
	Block          uint64
	BlockHash      common.Hash
	Holdings       []Holding
}

// PaymentMode says how a consumer pays for an event.
type PaymentMode uint8

const (
	ModeStandard PaymentMode = iota // settles against the revenue account
	ModeTNPL                        // train now, pay later: a deferred obligation
	ModePrepaid                     // drawn from prepaid credit
)

// Event is one signed usage event from the access gateway.
type Event struct {
	ID               string
	Consumer         common.Address
	DatasetID        uint256.Int
	DatasetVersion   uint64
	Quantity         uint256.Int
	Unit             string
	Timestamp        uint64 // unix seconds; selects ownership and policy
	ValuationVersion uint64
	Mode             PaymentMode
}

// AllocationKind names who an allocation is for. The order of the constants
// is the order allocations appear in a line item.
type AllocationKind uint8

const (
	KindProtocol AllocationKind = iota
	KindDeveloper
	KindPool
	KindConsumerMargin
	KindReserve
)

// Allocation is one exact share of a line item.
type Allocation struct {
	Kind       AllocationKind
	Account    common.Address // treasury, developer, holder, consumer; zero for the reserve
	CfID       uint256.Int    // pool only
	Units      uint256.Int    // pool only: units of CfID held by Account
	AmountAtto uint256.Int    // exact, in 10^-18 base units
}

// Input is everything one line item depends on: a self-contained bundle.
type Input struct {
	Event     Event
	Valuation Valuation
	Policy    Policy
	Snapshot  Snapshot
}

// LineItem is the priced, split and apportioned outcome of one event.
// Sum of Allocations[i].AmountAtto == Gross * 10^18, always.
type LineItem struct {
	EventID          string
	Consumer         common.Address
	Asset            common.Address
	DatasetID        uint256.Int
	DatasetVersion   uint64
	ValuationVersion uint64
	PolicyVersion    uint64
	Timestamp        uint64
	Mode             PaymentMode

	Gross          uint256.Int
	Reserve        uint256.Int
	Net            uint256.Int
	Protocol       uint256.Int
	Developers     uint256.Int
	Pool           uint256.Int
	ConsumerMargin uint256.Int

	Allocations  []Allocation
	SnapshotHash common.Hash
	Hash         common.Hash // over the canonical encoding (docs/formats.md)
}
