package usage

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// The EIP-712 names. The type string is the typed data's definition: any
// change to it is a new version of the format.
const (
	DomainName    = "royalty-usage"
	DomainVersion = "1"
	DomainType    = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	EventType     = "UsageEvent(string id,address consumer,address paymentAccount,uint256 datasetId," +
		"uint64 datasetVersion,uint256 quantity,string unit,uint64 timestamp,string policyRule," +
		"uint64 valuationVersion,uint8 mode)"
)

var (
	domainTypeHash = crypto.Keccak256Hash([]byte(DomainType))
	eventTypeHash  = crypto.Keccak256Hash([]byte(EventType))
	nameHash       = crypto.Keccak256Hash([]byte(DomainName))
	versionHash    = crypto.Keccak256Hash([]byte(DomainVersion))
	secp256k1N, _  = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	secp256k1HalfN = new(big.Int).Rsh(secp256k1N, 1)
)

// Domain is the EIP-712 domain events are signed under: one deployment's
// chain and GovernanceConfig (where meters are authorised).
type Domain struct {
	ChainID           uint64
	VerifyingContract common.Address // the GovernanceConfig
}

// Separator is the EIP-712 domain separator hashStruct(EIP712Domain).
func (d Domain) Separator() common.Hash {
	var buf [5 * 32]byte
	copy(buf[0:], domainTypeHash[:])
	copy(buf[32:], nameHash[:])
	copy(buf[64:], versionHash[:])
	new(uint256.Int).SetUint64(d.ChainID).WriteToSlice(buf[96:128])
	copy(buf[128+12:], d.VerifyingContract[:])
	return crypto.Keccak256Hash(buf[:])
}

// StructHash is hashStruct(UsageEvent): the event's fields without meter and
// signature, independent of the domain.
func (e *SignedEvent) StructHash() common.Hash {
	var buf [12 * 32]byte
	word := func(i int) []byte { return buf[32*i : 32*(i+1)] }
	u64 := func(i int, v uint64) { new(uint256.Int).SetUint64(v).WriteToSlice(word(i)) }
	str := func(i int, s string) { copy(word(i), crypto.Keccak256([]byte(s))) }
	copy(word(0), eventTypeHash[:])
	str(1, e.ID)
	copy(word(2)[12:], e.Consumer[:])
	copy(word(3)[12:], e.PaymentAccount[:])
	e.DatasetID.WriteToSlice(word(4))
	u64(5, e.DatasetVersion)
	e.Quantity.WriteToSlice(word(6))
	str(7, e.Unit)
	u64(8, e.Timestamp)
	str(9, e.PolicyRule)
	u64(10, e.ValuationVersion)
	u64(11, uint64(e.Mode))
	return crypto.Keccak256Hash(buf[:])
}

// Digest is the hash a meter signs: keccak256(0x19 0x01 ‖ separator ‖ structHash).
func (e *SignedEvent) Digest(d Domain) common.Hash {
	return DigestOf(d, e.StructHash())
}

// DigestOf combines a domain and a struct hash into the EIP-712 digest.
func DigestOf(d Domain, structHash common.Hash) common.Hash {
	sep := d.Separator()
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:])
}

// Sign checks the unsigned fields, sets Meter to the key's address and
// Signature to a low-s signature of Digest(d) with v as 27/28 (go-ethereum's
// deterministic RFC 6979 signer: the same key and event give the same bytes).
func (e *SignedEvent) Sign(key *ecdsa.PrivateKey, d Domain) error {
	if err := e.checkUnsigned(); err != nil {
		return err
	}
	h := e.Digest(d)
	sig, err := crypto.Sign(h[:], key)
	if err != nil {
		return fmt.Errorf("sign usage event %q: %w", e.ID, err)
	}
	e.Meter = crypto.PubkeyToAddress(key.PublicKey)
	copy(e.Signature[:], sig)
	e.Signature[64] += 27
	return nil
}

// Verify recovers the signer of Digest(d) and checks that it is Meter.
// Accepted: v ∈ {27, 28} (the Ethereum convention, what Sign writes) or
// v ∈ {0, 1} (the raw recovery id some signers return); r in [1, n), s in
// [1, n/2] (low-s, EIP-2). Errors wrap ErrBadSignature, ErrHighS or
// ErrWrongSigner inside a *engine.FieldError for "event.signature".
func (e *SignedEvent) Verify(d Domain) error {
	sig, err := normalise(e.Signature)
	if err != nil {
		return fieldError(signatureFieldName, err)
	}
	h := e.Digest(d)
	pub, err := crypto.SigToPub(h[:], sig[:])
	if err != nil {
		return fieldError(signatureFieldName, fmt.Errorf("%w: recover: %v", ErrBadSignature, err))
	}
	if got := crypto.PubkeyToAddress(*pub); got != e.Meter {
		return fieldError(signatureFieldName, fmt.Errorf("%w: recovered %s, meter is %s", ErrWrongSigner, got.Hex(), e.Meter.Hex()))
	}
	return nil
}

// normalise checks r, s and v and returns the signature with v as 0/1, the
// form go-ethereum's recovery takes.
func normalise(sig [SignatureLength]byte) ([SignatureLength]byte, error) {
	v := sig[64]
	switch v {
	case 27, 28:
		v -= 27
	case 0, 1:
	default:
		return sig, fmt.Errorf("%w: v = %d", ErrBadSignature, sig[64])
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if r.Sign() == 0 || s.Sign() == 0 || r.Cmp(secp256k1N) >= 0 || s.Cmp(secp256k1N) >= 0 {
		return sig, fmt.Errorf("%w: r or s out of range", ErrBadSignature)
	}
	if s.Cmp(secp256k1HalfN) > 0 {
		return sig, ErrHighS
	}
	sig[64] = v
	return sig, nil
}
