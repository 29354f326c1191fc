package usage_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/usage"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const secretText = "PLANTED: patient 4471 asked about drug X"

func withMetadata(t *testing.T, data string) (*usage.SignedEvent, *usage.Metadata) {
	t.Helper()
	m := &usage.Metadata{Salt: [32]byte{9, 8, 7}, Data: data}
	e := sample()
	e.MetadataCommitment = m.Commitment()
	if err := e.Sign(goldenKey, domain); err != nil {
		t.Fatal(err)
	}
	return e, m
}

// TestCommitmentIsSigned: the commitment is covered by the signature, and an
// event's version cannot be changed by adding or removing it.
func TestCommitmentIsSigned(t *testing.T) {
	e, _ := withMetadata(t, secretText)
	if e.Version() != 2 {
		t.Fatalf("version %d, want 2", e.Version())
	}
	if err := e.Verify(domain); err != nil {
		t.Fatal(err)
	}
	tampered := *e
	tampered.MetadataCommitment[31] ^= 1
	stripped := *e
	stripped.MetadataCommitment = common.Hash{}
	v1 := signed(t, goldenKey)
	added := *v1
	added.MetadataCommitment = e.MetadataCommitment
	for name, ev := range map[string]*usage.SignedEvent{"tampered": &tampered, "stripped (v2 as v1)": &stripped, "added (v1 as v2)": &added} {
		if err := ev.Verify(domain); !errors.Is(err, usage.ErrWrongSigner) {
			t.Errorf("%s: Verify = %v, want ErrWrongSigner", name, err)
		}
	}
	if e.StructHash() == stripped.StructHash() || e.Digest(domain) == v1.Digest(domain) {
		t.Fatal("the commitment is not in the struct hash")
	}
	if domain.SeparatorFor(1) == domain.SeparatorFor(2) || domain.Separator() != domain.SeparatorFor(1) {
		t.Fatal("the two versions must have their own domain separators")
	}
}

// TestSubmission: the plaintext travels beside the signed event, must match
// its commitment, and never enters the canonical (stored) form.
func TestSubmission(t *testing.T) {
	e, m := withMetadata(t, secretText)
	sub := e.MarshalSubmission(m)
	canon, _ := e.MarshalJSON()
	if !bytes.Contains(sub, []byte("drug X")) || bytes.Contains(canon, []byte("drug X")) || bytes.Contains(canon, []byte(`"metadata"`)) {
		t.Fatalf("submission %s / canonical %s", sub, canon)
	}
	if !bytes.Contains(canon, []byte(`"metadataCommitment":"`+strings.ToLower(e.MetadataCommitment.Hex())+`"`)) {
		t.Fatalf("canonical form lacks the commitment: %s", canon)
	}
	got, gm, err := usage.DecodeSubmission(sub)
	if err != nil || *got != *e || gm == nil || *gm != *m {
		t.Fatalf("DecodeSubmission = %+v, %+v, %v", got, gm, err)
	}
	if got, gm, err := usage.DecodeSubmission(canon); err != nil || *got != *e || gm != nil {
		t.Fatalf("DecodeSubmission without plaintext = %+v, %v, %v", got, gm, err)
	}
	back, err := usage.Decode(canon)
	if err != nil || *back != *e {
		t.Fatalf("Decode of the canonical form = %+v, %v", back, err)
	}
	if again, _ := back.MarshalJSON(); !bytes.Equal(again, canon) {
		t.Fatalf("canonical form not stable:\n%s\n%s", again, canon)
	}
	// The stored form never carries plaintext: Decode refuses the member.
	if _, err := usage.Decode(sub); !isField(err, "event.metadata", engine.ErrUnknownField) {
		t.Fatalf("Decode of a submission: %v, want event.metadata unknown", err)
	}

	v1 := signed(t, goldenKey)
	v1sub := v1.MarshalSubmission(m)
	other := &usage.Metadata{Salt: m.Salt, Data: secretText + "!"}
	zeroSalt := strings.Replace(string(sub), `"salt":"0x0908070000`, `"salt":"0x0000000000`, 1)
	cases := []struct {
		name, doc, field string
		err              error
	}{
		{"other plaintext", string(e.MarshalSubmission(other)), "event.metadata", usage.ErrMetadataMismatch},
		{"other salt", string(e.MarshalSubmission(&usage.Metadata{Salt: [32]byte{1}, Data: m.Data})), "event.metadata", usage.ErrMetadataMismatch},
		{"plaintext for an event without a commitment", string(v1sub), "event.metadata", usage.ErrMetadataMismatch},
		{"zero salt", zeroSalt, "event.metadata.salt", usage.ErrBadMetadata},
		{"short salt", strings.Replace(string(sub), `"salt":"0x09`, `"salt":"0x`, 1), "event.metadata.salt", usage.ErrBadMetadata},
		{"missing salt", strings.Replace(string(sub), `"salt":"0x0908070000000000000000000000000000000000000000000000000000000000",`, ``, 1), "event.metadata.salt", engine.ErrMissing},
		{"missing data", strings.Replace(string(sub), `,"data":"`+secretText+`"`, ``, 1), "event.metadata.data", engine.ErrMissing},
		{"data not a string", strings.Replace(string(sub), `"data":"`+secretText+`"`, `"data":{"x":1}`, 1), "event.metadata.data", usage.ErrBadMetadata},
		{"data too long", string(e.MarshalSubmission(&usage.Metadata{Salt: m.Salt, Data: strings.Repeat("é", usage.MaxMetadataBytes/2+1)})), "event.metadata.data", usage.ErrBadMetadata},
		{"unknown metadata member", strings.Replace(string(sub), `{"salt"`, `{"key":"x","salt"`, 1), "event.metadata.key", engine.ErrUnknownField},
		{"metadata given twice", strings.Replace(string(sub), `,"metadata":`, `,"metadata":{},"metadata":`, 1), "event.metadata", engine.ErrSyntax},
		{"zero commitment", strings.Replace(string(canon), strings.ToLower(e.MetadataCommitment.Hex()), "0x"+strings.Repeat("0", 64), 1), "event.metadataCommitment", usage.ErrBadMetadata},
		{"short commitment", strings.Replace(string(canon), strings.ToLower(e.MetadataCommitment.Hex()), "0x12", 1), "event.metadataCommitment", engine.ErrSyntax},
	}
	for _, c := range cases {
		_, _, err := usage.DecodeSubmission([]byte(c.doc))
		if !isField(err, c.field, c.err) {
			t.Errorf("%s: err = %v, want %v at %s", c.name, err, c.err, c.field)
		}
		if err != nil && strings.Contains(err.Error(), "drug X") {
			t.Errorf("%s: the error quotes the plaintext: %v", c.name, err)
		}
	}
}

// TestUnsignedWithMetadata: sign-event's input may carry the plaintext with
// or without its salt.
func TestUnsignedWithMetadata(t *testing.T) {
	base := string(sample().MarshalUnsigned())
	withMeta := func(member string) []byte { return []byte(base[:len(base)-1] + `,"metadata":` + member + `}`) }

	e, m, err := usage.DecodeUnsigned(withMeta(`{"data":"` + secretText + `"}`))
	if err != nil || m == nil || m.Data != secretText || m.Salt != ([32]byte{}) || e.MetadataCommitment != (common.Hash{}) {
		t.Fatalf("without salt: %+v %+v %v", e, m, err)
	}
	salt := "0x" + strings.Repeat("ab", 32)
	e, m, err = usage.DecodeUnsigned(withMeta(`{"salt":"` + salt + `","data":"` + secretText + `"}`))
	if err != nil || e.MetadataCommitment != m.Commitment() || e.MetadataCommitment == (common.Hash{}) {
		t.Fatalf("with salt: %+v %+v %v", e, m, err)
	}
	key, _ := crypto.GenerateKey()
	if err := e.Sign(key, domain); err != nil || e.Verify(domain) != nil {
		t.Fatalf("sign: %v", err)
	}
	wrong := strings.Replace(base, `"mode":"standard"`, `"mode":"standard","metadataCommitment":"0x`+strings.Repeat("11", 32)+`"`, 1)
	if _, _, err := usage.DecodeUnsigned([]byte(wrong[:len(wrong)-1] + `,"metadata":{"salt":"` + salt + `","data":"x"}}`)); !isField(err, "event.metadata", usage.ErrMetadataMismatch) {
		t.Errorf("salted plaintext against another commitment: %v", err)
	}
	if _, _, err := usage.DecodeUnsigned([]byte(wrong[:len(wrong)-1] + `,"metadata":{"data":"x"}}`)); !isField(err, "event.metadata.salt", engine.ErrMissing) {
		t.Errorf("commitment given without the salt: %v", err)
	}
}

func isField(err error, field string, sentinel error) bool {
	var fe *engine.FieldError
	return errors.As(err, &fe) && fe.Field == field && errors.Is(err, sentinel)
}
