package usage

import (
	"errors"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/strict"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// Limits of an event's fields (bytes; ids and units are checked for their characters too).
const (
	MaxEventBytes      = 16 << 10 // one event's JSON as stored (no plaintext metadata)
	MaxSubmissionBytes = 32 << 10 // one event's JSON as submitted, plaintext metadata included
	MaxIDLen           = 128
	MaxUnitLen         = 32
	MaxPolicyRuleLen   = 128
	MaxMetadataBytes   = 4 << 10 // the metadata plaintext (UTF-8 bytes)
	SaltLength         = 32
	SignatureLength    = 65
	MaxTimestamp       = strict.MaxTimestamp // timestamps are ordered as SQL BIGINT
	eventPath          = "event"
	signatureFieldName = "signature"
)

// MetadataTag is the domain tag of a metadata commitment (see Commit).
const MetadataTag = "royalty-usage/metadata/v1"

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
	// ErrWrongSigner: the signature recovers to an address other than the
	// event's meter under the expected domain, and under no other domain
	// Verify could try: another key signed it, or it was signed under an
	// EIP-712 domain Verify cannot guess (another GovernanceConfig).
	ErrWrongSigner = errors.New("signature was not made by the event's meter under the expected EIP-712 domain")
	// ErrWrongDomain: the meter did sign the event, but under another EIP-712
	// domain (another chain id or GovernanceConfig) than the deployment's.
	ErrWrongDomain = errors.New("signed by the event's meter under another EIP-712 domain")
	// ErrBadMetadata: metadata that is not {"salt","data"} with a 32-byte salt
	// and at most MaxMetadataBytes of UTF-8, or a zero commitment.
	ErrBadMetadata = errors.New("metadata must be {\"salt\": 0x + 64 hex digits, \"data\": a UTF-8 string of at most 4096 bytes}")
	// ErrMetadataMismatch: plaintext metadata that does not hash to the
	// event's commitment, or plaintext for an event without one.
	ErrMetadataMismatch = errors.New("metadata does not match the event's metadataCommitment")
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
	// MetadataCommitment is Commit(salt, data) of the event's sensitive
	// metadata, or zero for an event without (the first version of the typed
	// data, which has no such field).
	MetadataCommitment common.Hash
	Meter              common.Address
	Signature          [SignatureLength]byte // r ‖ s ‖ v, v as 27/28 after Decode or Sign
}

// Version is the typed data the event is signed as: 2 when it carries a
// metadata commitment, else 1.
func (e *SignedEvent) Version() int {
	if e.MetadataCommitment != (common.Hash{}) {
		return 2
	}
	return 1
}

// Metadata is the sensitive part of an event that only its commitment
// reveals: the salt keeps a guessable plaintext from being found by hashing
// candidates against the public commitment.
type Metadata struct {
	Salt [SaltLength]byte
	Data string // UTF-8, at most MaxMetadataBytes
}

// Commit is keccak256(MetadataTag ‖ salt ‖ data): what the event's
// metadataCommitment holds (salt is fixed-length, so the bytes are unambiguous).
func Commit(salt [SaltLength]byte, data string) common.Hash {
	return crypto.Keccak256Hash([]byte(MetadataTag), salt[:], []byte(data))
}

// Commitment is Commit(m.Salt, m.Data).
func (m *Metadata) Commitment() common.Hash { return Commit(m.Salt, m.Data) }

// Matches reports whether m is the plaintext of e's commitment;
// ErrMetadataMismatch if not.
func (e *SignedEvent) Matches(m *Metadata) error {
	if e.MetadataCommitment == (common.Hash{}) || m.Commitment() != e.MetadataCommitment {
		return fieldError("metadata", ErrMetadataMismatch)
	}
	return nil
}

// Event is the engine's view of the event (payment account, policy rule,
// metadata commitment, meter and signature are not priced).
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
