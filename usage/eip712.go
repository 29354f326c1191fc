package usage

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// The EIP-712 names. A type string is the typed data's definition: any
// change to it is a new version of the format, with its own domain version,
// and the old versions keep verifying.
const (
	DomainName = "royalty-usage"
	// DomainVersion is the domain version of events without a metadata
	// commitment (EventType), DomainVersion2 of events with one (EventTypeV2).
	DomainVersion  = "1"
	DomainVersion2 = "2"
	DomainType     = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"
	EventType      = "UsageEvent(string id,address consumer,address paymentAccount,uint256 datasetId," +
		"uint64 datasetVersion,uint256 quantity,string unit,uint64 timestamp,string policyRule," +
		"uint64 valuationVersion,uint8 mode)"
	EventTypeV2 = "UsageEvent(string id,address consumer,address paymentAccount,uint256 datasetId," +
		"uint64 datasetVersion,uint256 quantity,string unit,uint64 timestamp,string policyRule," +
		"uint64 valuationVersion,uint8 mode,bytes32 metadataCommitment)"
)

var (
	domainTypeHash  = crypto.Keccak256Hash([]byte(DomainType))
	eventTypeHash   = crypto.Keccak256Hash([]byte(EventType))
	eventTypeHashV2 = crypto.Keccak256Hash([]byte(EventTypeV2))
	nameHash        = crypto.Keccak256Hash([]byte(DomainName))
	versionHashes   = map[int]common.Hash{1: crypto.Keccak256Hash([]byte(DomainVersion)), 2: crypto.Keccak256Hash([]byte(DomainVersion2))}
	secp256k1N, _   = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	secp256k1HalfN  = new(big.Int).Rsh(secp256k1N, 1)
)

// Domain is the EIP-712 domain events are signed under: one deployment's
// chain and GovernanceConfig (where meters are authorised).
type Domain struct {
	ChainID           uint64
	VerifyingContract common.Address // the GovernanceConfig
}

// Separator is the domain separator of the first version of the typed data
// (events without a metadata commitment): SeparatorFor(1).
func (d Domain) Separator() common.Hash { return d.SeparatorFor(1) }

// separators caches SeparatorFor: an intake verifies every event under one domain.
var separators sync.Map // separatorKey → common.Hash

type separatorKey struct {
	d       Domain
	version int
}

// SeparatorFor is hashStruct(EIP712Domain) with the domain version of typed
// data version 1 ("1") or 2 ("2").
func (d Domain) SeparatorFor(version int) common.Hash {
	k := separatorKey{d, version}
	if h, ok := separators.Load(k); ok {
		return h.(common.Hash)
	}
	vh, ok := versionHashes[version]
	if !ok {
		panic(fmt.Sprintf("usage: no typed data version %d", version))
	}
	var buf [5 * 32]byte
	copy(buf[0:], domainTypeHash[:])
	copy(buf[32:], nameHash[:])
	copy(buf[64:], vh[:])
	new(uint256.Int).SetUint64(d.ChainID).WriteToSlice(buf[96:128])
	copy(buf[128+12:], d.VerifyingContract[:])
	h := crypto.Keccak256Hash(buf[:])
	separators.Store(k, h)
	return h
}

// StructHash is hashStruct(UsageEvent) of the event's version: its fields
// without meter and signature, independent of the domain.
func (e *SignedEvent) StructHash() common.Hash {
	var buf [13 * 32]byte
	word := func(i int) []byte { return buf[32*i : 32*(i+1)] }
	u64 := func(i int, v uint64) { new(uint256.Int).SetUint64(v).WriteToSlice(word(i)) }
	str := func(i int, s string) { copy(word(i), crypto.Keccak256([]byte(s))) }
	n := 12
	copy(word(0), eventTypeHash[:])
	if e.Version() == 2 {
		n = 13
		copy(word(0), eventTypeHashV2[:])
		copy(word(12), e.MetadataCommitment[:])
	}
	str(1, e.ID)
	copy(word(2)[12:], e.Consumer[:])
	copy(word(3)[12:], e.PaymentAccount[:])
	e.DatasetID.WriteToSlice(word(4))
	u64(5, e.DatasetVersion)
	e.Quantity.WriteToSlice(word(6))
	text := func(i int, s string) { h := hashText(s); copy(word(i), h[:]) }
	text(7, e.Unit)
	u64(8, e.Timestamp)
	text(9, e.PolicyRule)
	u64(10, e.ValuationVersion)
	u64(11, uint64(e.Mode))
	return crypto.Keccak256Hash(buf[:32*n])
}

// Digest is the hash a meter signs: keccak256(0x19 0x01 ‖ separator ‖
// structHash), with the separator of the event's version.
func (e *SignedEvent) Digest(d Domain) common.Hash {
	return digest(d.SeparatorFor(e.Version()), e.StructHash())
}

func digest(sep, structHash common.Hash) common.Hash {
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
// [1, n/2] (low-s, EIP-2). Errors wrap ErrBadSignature, ErrHighS,
// ErrWrongDomain or ErrWrongSigner inside a *engine.FieldError for
// "event.signature".
//
// When the signature does not recover to Meter under d, Verify tries the
// domains a meter is most likely to have been given by mistake (d's
// GovernanceConfig on other well-known chains, d's chain with a zero
// contract) and reports ErrWrongDomain naming the one that verifies; it
// cannot guess another GovernanceConfig, and then reports ErrWrongSigner
// with the expected domain, since either the key or the domain is wrong.
func (e *SignedEvent) Verify(d Domain) error {
	_, err := e.VerifyHash(d)
	return err
}

// VerifyHash is Verify, returning the struct hash it computed (what the
// store keys an event's content by), so that a caller does not hash twice.
func (e *SignedEvent) VerifyHash(d Domain) (common.Hash, error) {
	sig, err := normalise(e.Signature)
	if err != nil {
		return common.Hash{}, fieldError(signatureFieldName, err)
	}
	sh := e.StructHash()
	got, err := recoverAddress(digest(d.SeparatorFor(e.Version()), sh), sig)
	if err != nil {
		return common.Hash{}, fieldError(signatureFieldName, err)
	}
	if got == e.Meter {
		return sh, nil
	}
	return common.Hash{}, e.diagnose(d, sh, sig, got)
}

// diagnose explains a signature that does not recover to Meter under d.
func (e *SignedEvent) diagnose(d Domain, sh common.Hash, sig [SignatureLength]byte, got common.Address) error {
	for _, c := range candidateDomains(d) {
		if a, err := recoverAddress(digest(c.SeparatorFor(e.Version()), sh), sig); err == nil && a == e.Meter {
			return fieldError(signatureFieldName, fmt.Errorf("%w: it verifies under chain id %d and GovernanceConfig %s, "+
				"but this deployment is chain id %d and GovernanceConfig %s: sign with this deployment's file",
				ErrWrongDomain, c.ChainID, c.VerifyingContract.Hex(), d.ChainID, d.VerifyingContract.Hex()))
		}
	}
	return fieldError(signatureFieldName, fmt.Errorf("%w: under chain id %d and GovernanceConfig %s it recovers to %s, not meter %s; "+
		"either another key signed it, or the meter signed under another domain (check its deployment file's chainId and governanceConfig)",
		ErrWrongSigner, d.ChainID, d.VerifyingContract.Hex(), got.Hex(), e.Meter.Hex()))
}

// wellKnownChains are the chain ids a meter is most often misconfigured
// with: Ethereum, its testnets, the large L2s and the local dev chains.
var wellKnownChains = []uint64{1, 11155111, 17000, 10, 8453, 42161, 137, 84532, 421614, 11155420, 31337, 1337}

// candidateDomains are the domains Verify tries after d fails: d's contract
// on the well-known chains, and d's chain with the zero contract.
func candidateDomains(d Domain) []Domain {
	out := make([]Domain, 0, len(wellKnownChains)+1)
	for _, id := range wellKnownChains {
		if id != d.ChainID {
			out = append(out, Domain{ChainID: id, VerifyingContract: d.VerifyingContract})
		}
	}
	if d.VerifyingContract != (common.Address{}) {
		out = append(out, Domain{ChainID: d.ChainID})
	}
	return out
}

// recoverAddress is the address whose key made sig (v as 0/1) over h.
func recoverAddress(h common.Hash, sig [SignatureLength]byte) (common.Address, error) {
	pub, err := crypto.Ecrecover(h[:], sig[:])
	if err != nil || len(pub) != 65 {
		return common.Address{}, fmt.Errorf("%w: recover: %v", ErrBadSignature, err)
	}
	return common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]), nil
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
