package usage_test

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/usage"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/holiman/uint256"
)

var (
	domain = usage.Domain{ChainID: 31337, VerifyingContract: common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")}
	// The golden meter key: keccak256("royalty-usage golden meter"). Test material only.
	goldenKey = mustKey(crypto.Keccak256([]byte("royalty-usage golden meter")))
)

func mustKey(b []byte) *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(b)
	if err != nil {
		panic(err)
	}
	return k
}

func sample() *usage.SignedEvent {
	return &usage.SignedEvent{
		ID:               "evt-0001",
		Consumer:         common.HexToAddress("0x00000000000000000000000000000000000c0a51"),
		PaymentAccount:   common.HexToAddress("0x000000000000000000000000000000000000bea7"),
		DatasetID:        *uint256.NewInt(7),
		DatasetVersion:   1,
		Quantity:         *uint256.NewInt(1000),
		Unit:             "request",
		Timestamp:        1_700_000_000,
		PolicyRule:       "research/read",
		ValuationVersion: 1,
		Mode:             engine.ModeStandard,
	}
}

func signed(t testing.TB, key *ecdsa.PrivateKey) *usage.SignedEvent {
	t.Helper()
	e := sample()
	if err := e.Sign(key, domain); err != nil {
		t.Fatal(err)
	}
	return e
}

func TestSignVerifyRoundTrip(t *testing.T) {
	key, _ := crypto.GenerateKey()
	e := signed(t, key)
	if e.Meter != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("meter = %s, want the key's address", e.Meter)
	}
	if v := e.Signature[64]; v != 27 && v != 28 {
		t.Fatalf("Sign wrote v = %d, want 27 or 28", v)
	}
	if err := e.Verify(domain); err != nil {
		t.Fatalf("verify: %v", err)
	}
	if sh, err := e.VerifyHash(domain); err != nil || sh != e.StructHash() {
		t.Fatalf("VerifyHash = %s, %v; want the struct hash", sh, err)
	}
	if sh, err := e.VerifyHash(usage.Domain{ChainID: 5}); err == nil || sh != (common.Hash{}) {
		t.Fatalf("VerifyHash under another domain = %s, %v", sh, err)
	}
	b, err := e.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	back, err := usage.Decode(b)
	if err != nil {
		t.Fatalf("decode %s: %v", b, err)
	}
	if *back != *e {
		t.Fatalf("round trip changed the event:\n%+v\n%+v", back, e)
	}
	if err := back.Verify(domain); err != nil {
		t.Fatalf("verify after round trip: %v", err)
	}
	// v as the raw recovery id (0/1) verifies too.
	raw := *back
	raw.Signature[64] -= 27
	if err := raw.Verify(domain); err != nil {
		t.Fatalf("verify with v = %d: %v", raw.Signature[64], err)
	}
	if ev := e.Event(); ev.ID != e.ID || ev.Consumer != e.Consumer || !ev.Quantity.Eq(&e.Quantity) || ev.Mode != e.Mode ||
		ev.Timestamp != e.Timestamp || ev.ValuationVersion != e.ValuationVersion || ev.Unit != e.Unit ||
		!ev.DatasetID.Eq(&e.DatasetID) || ev.DatasetVersion != e.DatasetVersion {
		t.Fatalf("Event() = %+v does not carry the fields of %+v", ev, e)
	}
}

// TestTamperBreaksVerify changes each signed field (and the meter and the
// signature) after signing: every change must fail Verify.
func TestTamperBreaksVerify(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other, _ := crypto.GenerateKey()
	tampers := map[string]func(e *usage.SignedEvent){
		"id":               func(e *usage.SignedEvent) { e.ID += "x" },
		"consumer":         func(e *usage.SignedEvent) { e.Consumer[19] ^= 1 },
		"paymentAccount":   func(e *usage.SignedEvent) { e.PaymentAccount[0] ^= 0x80 },
		"datasetId":        func(e *usage.SignedEvent) { e.DatasetID.AddUint64(&e.DatasetID, 1) },
		"datasetVersion":   func(e *usage.SignedEvent) { e.DatasetVersion++ },
		"quantity":         func(e *usage.SignedEvent) { e.Quantity.Lsh(&e.Quantity, 200) },
		"unit":             func(e *usage.SignedEvent) { e.Unit = "row" },
		"timestamp":        func(e *usage.SignedEvent) { e.Timestamp-- },
		"policyRule":       func(e *usage.SignedEvent) { e.PolicyRule = "" },
		"valuationVersion": func(e *usage.SignedEvent) { e.ValuationVersion = 2 },
		"mode":             func(e *usage.SignedEvent) { e.Mode = engine.ModePrepaid },
		"meter":            func(e *usage.SignedEvent) { e.Meter = crypto.PubkeyToAddress(other.PublicKey) },
		"signature.r":      func(e *usage.SignedEvent) { e.Signature[5] ^= 1 },
		"signature.v":      func(e *usage.SignedEvent) { e.Signature[64] ^= 1 }, // 27↔28: recovers another key
	}
	for name, tamper := range tampers {
		e := signed(t, key)
		tamper(e)
		err := e.Verify(domain)
		if err == nil {
			t.Errorf("%s tampered: Verify passed", name)
			continue
		}
		var fe *engine.FieldError
		if !errors.As(err, &fe) || fe.Field != "event.signature" {
			t.Errorf("%s tampered: err = %v, want a FieldError for event.signature", name, err)
		}
	}
	// Every field except meter and signature is in the digest.
	for name, tamper := range tampers {
		if name == "meter" || strings.HasPrefix(name, "signature") {
			continue
		}
		e := sample()
		h := e.Digest(domain)
		tamper(e)
		if e.Digest(domain) == h {
			t.Errorf("%s is not covered by the digest", name)
		}
	}
}

// TestWrongDomain: a signature made under another domain is reported as
// such, naming the domain that verifies when Verify can find it, and
// otherwise as a wrong signer that names the expected domain.
func TestWrongDomain(t *testing.T) {
	key, _ := crypto.GenerateKey()
	other := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa4")
	signedUnder := func(d usage.Domain, v2 bool) *usage.SignedEvent {
		e := sample()
		if v2 {
			e.MetadataCommitment = usage.Commit([32]byte{1}, "prompt ref 17")
		}
		if err := e.Sign(key, d); err != nil {
			t.Fatal(err)
		}
		return e
	}
	found := []struct {
		name         string
		signed, want usage.Domain
		says         string
	}{
		{"expected chain 31338, signed on 31337", domain, usage.Domain{ChainID: 31338, VerifyingContract: domain.VerifyingContract}, "verifies under chain id 31337"},
		{"signed for mainnet", usage.Domain{ChainID: 1, VerifyingContract: domain.VerifyingContract}, domain, "verifies under chain id 1 and"},
		{"signed for Sepolia", usage.Domain{ChainID: 11155111, VerifyingContract: domain.VerifyingContract}, domain, "verifies under chain id 11155111"},
		{"signed with a zero contract", usage.Domain{ChainID: domain.ChainID}, domain, "GovernanceConfig 0x0000000000000000000000000000000000000000"},
	}
	for _, v2 := range []bool{false, true} {
		for _, c := range found {
			err := signedUnder(c.signed, v2).Verify(c.want)
			if !errors.Is(err, usage.ErrWrongDomain) || errors.Is(err, usage.ErrWrongSigner) || !strings.Contains(err.Error(), c.says) ||
				!strings.Contains(err.Error(), fmt.Sprintf("this deployment is chain id %d", c.want.ChainID)) {
				t.Errorf("%s (v2 %v): Verify = %v, want ErrWrongDomain saying %q", c.name, v2, err, c.says)
			}
		}
		// Another contract cannot be guessed: a wrong signer, naming the expected domain.
		err := signedUnder(domain, v2).Verify(usage.Domain{ChainID: domain.ChainID, VerifyingContract: other})
		if !errors.Is(err, usage.ErrWrongSigner) || !strings.Contains(err.Error(), "GovernanceConfig "+other.Hex()) ||
			!strings.Contains(err.Error(), "deployment file") {
			t.Errorf("other contract (v2 %v): Verify = %v, want ErrWrongSigner naming the expected domain", v2, err)
		}
	}
	// Another key under the right domain: a wrong signer, never a wrong domain.
	e := signedUnder(domain, false)
	e.Meter = common.HexToAddress("0x00000000000000000000000000000000000000aa")
	if err := e.Verify(domain); !errors.Is(err, usage.ErrWrongSigner) || errors.Is(err, usage.ErrWrongDomain) {
		t.Errorf("other key: Verify = %v, want ErrWrongSigner", err)
	}
	if err := signedUnder(domain, false).Verify(usage.Domain{}); !errors.Is(err, usage.ErrWrongSigner) {
		t.Errorf("zero domain: Verify = %v, want ErrWrongSigner", err)
	}
}

// TestHighSRejected: (r, n−s, v^1) is the same signature's malleable twin; it
// recovers the same key, and Verify must refuse it.
func TestHighSRejected(t *testing.T) {
	key, _ := crypto.GenerateKey()
	e := signed(t, key)
	n, _ := new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)
	s := new(big.Int).SetBytes(e.Signature[32:64])
	high := new(big.Int).Sub(n, s)
	twin := *e
	high.FillBytes(twin.Signature[32:64])
	twin.Signature[64] = 27 + ((e.Signature[64] - 27) ^ 1)
	// The twin is a valid signature for the raw curve: prove it recovers the key.
	sig := twin.Signature
	sig[64] -= 27
	h := e.Digest(domain)
	if pub, err := crypto.SigToPub(h[:], sig[:]); err != nil || crypto.PubkeyToAddress(*pub) != e.Meter {
		t.Fatalf("the high-s twin does not recover the meter (%v): the test builds it wrongly", err)
	}
	if err := twin.Verify(domain); !errors.Is(err, usage.ErrHighS) {
		t.Fatalf("high-s: Verify = %v, want ErrHighS", err)
	}
	for _, v := range []byte{2, 26, 29, 35} {
		bad := *e
		bad.Signature[64] = v
		if err := bad.Verify(domain); !errors.Is(err, usage.ErrBadSignature) {
			t.Errorf("v = %d: Verify = %v, want ErrBadSignature", v, err)
		}
	}
	zero := *e
	clear(zero.Signature[32:64])
	if err := zero.Verify(domain); !errors.Is(err, usage.ErrBadSignature) {
		t.Errorf("s = 0: Verify = %v, want ErrBadSignature", err)
	}
}

// typedData is the event as go-ethereum's EIP-712 implementation takes it:
// the version 2 type and domain version when the event carries a commitment.
func typedData(e *usage.SignedEvent, d usage.Domain) apitypes.TypedData {
	str := func(u *uint256.Int) string { return u.Dec() }
	fields := []apitypes.Type{{Name: "id", Type: "string"}, {Name: "consumer", Type: "address"},
		{Name: "paymentAccount", Type: "address"}, {Name: "datasetId", Type: "uint256"},
		{Name: "datasetVersion", Type: "uint64"}, {Name: "quantity", Type: "uint256"},
		{Name: "unit", Type: "string"}, {Name: "timestamp", Type: "uint64"},
		{Name: "policyRule", Type: "string"}, {Name: "valuationVersion", Type: "uint64"},
		{Name: "mode", Type: "uint8"}}
	msg := apitypes.TypedDataMessage{
		"id": e.ID, "consumer": e.Consumer.Hex(), "paymentAccount": e.PaymentAccount.Hex(),
		"datasetId": str(&e.DatasetID), "datasetVersion": fmt.Sprint(e.DatasetVersion),
		"quantity": str(&e.Quantity), "unit": e.Unit, "timestamp": fmt.Sprint(e.Timestamp),
		"policyRule": e.PolicyRule, "valuationVersion": fmt.Sprint(e.ValuationVersion),
		"mode": fmt.Sprint(uint8(e.Mode)),
	}
	version := usage.DomainVersion
	if e.Version() == 2 {
		version = usage.DomainVersion2
		fields = append(fields, apitypes.Type{Name: "metadataCommitment", Type: "bytes32"})
		msg["metadataCommitment"] = e.MetadataCommitment.Hex()
	}
	return apitypes.TypedData{
		Types: apitypes.Types{
			"EIP712Domain": {{Name: "name", Type: "string"}, {Name: "version", Type: "string"},
				{Name: "chainId", Type: "uint256"}, {Name: "verifyingContract", Type: "address"}},
			"UsageEvent": fields,
		},
		PrimaryType: "UsageEvent",
		Domain: apitypes.TypedDataDomain{Name: usage.DomainName, Version: version,
			ChainId: math.NewHexOrDecimal256(int64(d.ChainID)), VerifyingContract: d.VerifyingContract.Hex()},
		Message: msg,
	}
}

// TestDigestMatchesApitypes cross-checks the hand-rolled hashing with
// go-ethereum's signer/core/apitypes on edge values.
func TestDigestMatchesApitypes(t *testing.T) {
	maxU := new(uint256.Int).SetAllOne()
	events := []*usage.SignedEvent{sample()}
	e := sample()
	e.ID, e.Unit, e.PolicyRule = strings.Repeat("~", 128), "µs", "règle/été"
	e.DatasetID, e.Quantity = *maxU, *maxU
	e.DatasetVersion, e.ValuationVersion, e.Timestamp = 1<<64-1, 1<<64-1, usage.MaxTimestamp
	e.Mode = engine.ModePrepaid
	events = append(events, e)
	e = sample()
	e.Mode, e.PolicyRule = engine.ModeTNPL, ""
	events = append(events, e)
	for _, base := range events[:2] {
		v2 := *base
		v2.MetadataCommitment = usage.Commit([32]byte{0xff, 1}, "query: rare disease cohort")
		events = append(events, &v2)
	}
	v2max := *events[1]
	v2max.MetadataCommitment = common.Hash(maxU.Bytes32())
	events = append(events, &v2max)
	domains := []usage.Domain{domain, {ChainID: 1, VerifyingContract: common.HexToAddress("0xffffffffffffffffffffffffffffffffffffffff")}}
	for i, e := range events {
		for _, d := range domains {
			want, _, err := apitypes.TypedDataAndHash(typedData(e, d))
			if err != nil {
				t.Fatalf("event %d: apitypes: %v", i, err)
			}
			if got := e.Digest(d); !bytes.Equal(got[:], want) {
				t.Errorf("event %d chain %d: digest %s, apitypes says %x", i, d.ChainID, got, want)
			}
		}
	}
	td := typedData(events[0], domain)
	if got := string(td.EncodeType("UsageEvent")); got != usage.EventType {
		t.Errorf("type string %q, apitypes encodes %q", usage.EventType, got)
	}
	td = typedData(events[3], domain)
	if got := string(td.EncodeType("UsageEvent")); got != usage.EventTypeV2 {
		t.Errorf("version 2 type string %q, apitypes encodes %q", usage.EventTypeV2, got)
	}
}

func TestCanonicalJSON(t *testing.T) {
	e := signed(t, goldenKey)
	canon, _ := e.MarshalJSON()
	sig := hex.EncodeToString(e.Signature[:])
	lowerSig := sig[:128] + fmt.Sprintf("%02x", e.Signature[64]-27)
	variants := []string{
		string(canon),
		// reordered, whitespace, numbers as strings, lowercase addresses, v as 0/1
		`{ "signature": "0x` + lowerSig + `", "meter": "` + strings.ToLower(e.Meter.Hex()) + `",
		   "mode": "standard", "valuationVersion": "1", "policyRule": "research/read", "timestamp": "1700000000",
		   "unit": "request", "quantity": "1000", "datasetVersion": "1", "datasetId": "7",
		   "paymentAccount": "0x000000000000000000000000000000000000BEA7", "consumer": "0x00000000000000000000000000000000000c0a51",
		   "id": "evt-0001" }`,
	}
	for i, v := range variants {
		d, err := usage.Decode([]byte(v))
		if err != nil {
			t.Fatalf("variant %d: %v", i, err)
		}
		got, _ := d.MarshalJSON()
		if !bytes.Equal(got, canon) {
			t.Errorf("variant %d encodes as\n%s\nwant\n%s", i, got, canon)
		}
		if err := d.Verify(domain); err != nil {
			t.Errorf("variant %d: %v", i, err)
		}
	}
	u, _, err := usage.DecodeUnsigned(e.MarshalUnsigned())
	if err != nil {
		t.Fatal(err)
	}
	if err := u.Sign(goldenKey, domain); err != nil || *u != *e {
		t.Fatalf("unsigned round trip then Sign = %+v, %v; want %+v", u, err, e)
	}
}
