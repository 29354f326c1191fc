package usage

import (
	"errors"

	"github.com/dataroyalty/royalty/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Limits of an event's fields (bytes; ids and units are checked for their characters too).
const (
	MaxEventBytes      = 16 << 10 // one event's JSON
	MaxIDLen           = 128
	MaxUnitLen         = 32
	MaxPolicyRuleLen   = 128
	SignatureLength    = 65
	MaxTimestamp       = 1<<63 - 1 // timestamps are ordered as SQL BIGINT
	eventPath          = "event"
	signatureFieldName = "signature"
)

// Sentinels; FieldErrors from Decode wrap the engine's (engine.ErrSyntax,
// engine.ErrNotDecimal, …) or these. Match with errors.Is.
var (
	// ErrBadID: an event id that is not 1..128 printable ASCII characters (0x20–0x7E).
	ErrBadID = errors.New("must be 1..128 printable ASCII characters")
	// ErrBadText: a unit or policy rule that is too long, not UTF-8 or holds control characters.
	ErrBadText = errors.New("must be UTF-8 without control characters, within the length limit")
	// ErrBadSignature: a signature that is not 65 bytes r‖s‖v with v ∈ {0, 1, 27, 28},
	// or whose r or s is out of range.
	ErrBadSignature = errors.New("not a 65-byte secp256k1 signature r‖s‖v with v in {0,1,27,28}")
	// ErrHighS: a signature whose s is above secp256k1n/2 (malleable; rejected).
	ErrHighS = errors.New("signature s is above secp256k1n/2 (high-s is rejected)")
	// ErrWrongSigner: the signature recovers to an address other than the event's meter.
	ErrWrongSigner = errors.New("signature was not made by the event's meter")
)

// SignedEvent is one usage event as a meter signs it. The JSON form and the
// typed data are described in docs/usage-events.md.
type SignedEvent struct {
	ID               string
	Consumer         common.Address
	PaymentAccount   common.Address
	DatasetID        uint256.Int
	DatasetVersion   uint64
	Quantity         uint256.Int
	Unit             string
	Timestamp        uint64 // unix seconds
	PolicyRule       string
	ValuationVersion uint64
	Mode             engine.PaymentMode
	Meter            common.Address
	Signature        [SignatureLength]byte // r ‖ s ‖ v, v as 27/28 after Decode or Sign
}

// Event is the engine's view of the event (payment account, policy rule,
// meter and signature are not priced).
func (e *SignedEvent) Event() engine.Event {
	return engine.Event{
		ID:               e.ID,
		Consumer:         e.Consumer,
		DatasetID:        e.DatasetID,
		DatasetVersion:   e.DatasetVersion,
		Quantity:         e.Quantity,
		Unit:             e.Unit,
		Timestamp:        e.Timestamp,
		ValuationVersion: e.ValuationVersion,
		Mode:             e.Mode,
	}
}
