package usage

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dataroyalty/royalty/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// The JSON field names, in canonical order.
var fieldNames = []string{"id", "consumer", "paymentAccount", "datasetId", "datasetVersion", "quantity",
	"unit", "timestamp", "policyRule", "valuationVersion", "mode", "meter", "signature"}

func fieldError(name string, err error) error {
	return &engine.FieldError{Field: eventPath + "." + name, Err: err}
}

// Decode reads one signed event strictly (see the package doc). Every field is
// required; errors are *engine.FieldError naming the field ("event.quantity").
func Decode(data []byte) (*SignedEvent, error) {
	return decode(data, true)
}

// DecodeUnsigned reads an event to be signed: the same fields without
// "signature"; "meter" may be given (Sign overwrites it with the key's address).
func DecodeUnsigned(data []byte) (*SignedEvent, error) {
	return decode(data, false)
}

// UnmarshalJSON is Decode.
func (e *SignedEvent) UnmarshalJSON(data []byte) error {
	d, err := Decode(data)
	if err != nil {
		return err
	}
	*e = *d
	return nil
}

func decode(data []byte, signed bool) (*SignedEvent, error) {
	if len(data) > MaxEventBytes {
		return nil, &engine.FieldError{Field: eventPath, Err: fmt.Errorf("%w: more than %d bytes", engine.ErrTooLarge, MaxEventBytes)}
	}
	raw, err := fields(data)
	if err != nil {
		return nil, err
	}
	if !signed {
		if _, ok := raw["signature"]; ok {
			return nil, fieldError("signature", errors.New("an unsigned event must not carry a signature"))
		}
	}
	for _, name := range fieldNames {
		if _, ok := raw[name]; !ok && (signed || (name != "meter" && name != "signature")) {
			return nil, fieldError(name, engine.ErrMissing)
		}
	}
	e := new(SignedEvent)
	var steps = []struct {
		name string
		read func(json.RawMessage) error
	}{
		{"id", func(r json.RawMessage) (err error) { e.ID, err = str(r); return }},
		{"consumer", func(r json.RawMessage) (err error) { e.Consumer, err = address(r); return }},
		{"paymentAccount", func(r json.RawMessage) (err error) { e.PaymentAccount, err = address(r); return }},
		{"datasetId", func(r json.RawMessage) error { return u256(r, &e.DatasetID) }},
		{"datasetVersion", func(r json.RawMessage) (err error) { e.DatasetVersion, err = u64(r); return }},
		{"quantity", func(r json.RawMessage) error { return u256(r, &e.Quantity) }},
		{"unit", func(r json.RawMessage) (err error) { e.Unit, err = str(r); return }},
		{"timestamp", func(r json.RawMessage) (err error) { e.Timestamp, err = u64(r); return }},
		{"policyRule", func(r json.RawMessage) (err error) { e.PolicyRule, err = str(r); return }},
		{"valuationVersion", func(r json.RawMessage) (err error) { e.ValuationVersion, err = u64(r); return }},
		{"mode", func(r json.RawMessage) (err error) { e.Mode, err = mode(r); return }},
		{"meter", func(r json.RawMessage) (err error) { e.Meter, err = address(r); return }},
		{"signature", func(r json.RawMessage) (err error) { e.Signature, err = signature(r); return }},
	}
	for _, s := range steps {
		r, ok := raw[s.name]
		if !ok {
			continue
		}
		if err := s.read(r); err != nil {
			return nil, fieldError(s.name, err)
		}
	}
	if err := e.checkUnsigned(); err != nil {
		return nil, err
	}
	if signed {
		// v is kept canonical (27/28) so that the stored JSON is one form.
		if e.Signature[64] < 27 {
			e.Signature[64] += 27
		}
	}
	return e, nil
}

// fields splits a JSON object into its members: exact (case-sensitive) names
// only, each at most once, nothing after the object.
func fields(data []byte) (map[string]json.RawMessage, error) {
	syntax := func(format string, args ...any) error {
		return &engine.FieldError{Field: eventPath, Err: fmt.Errorf("%w: %s", engine.ErrSyntax, fmt.Sprintf(format, args...))}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, syntax("want a JSON object")
	}
	known := map[string]bool{}
	for _, n := range fieldNames {
		known[n] = true
	}
	out := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, syntax("%v", err)
		}
		name, _ := tok.(string)
		if !known[name] {
			return nil, fieldError(name, engine.ErrUnknownField)
		}
		if _, dup := out[name]; dup {
			return nil, fieldError(name, fmt.Errorf("%w: given twice", engine.ErrSyntax))
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, fieldError(name, fmt.Errorf("%w: %v", engine.ErrSyntax, err))
		}
		out[name] = v
	}
	if _, err := dec.Token(); err != nil {
		return nil, syntax("%v", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, syntax("data after the object")
	}
	return out, nil
}

// checkUnsigned checks the rules that JSON types cannot express. Meter and
// signature are checked by Verify.
func (e *SignedEvent) checkUnsigned() error {
	switch {
	case !printableASCII(e.ID, MaxIDLen):
		return fieldError("id", ErrBadID)
	case e.Consumer == (common.Address{}):
		return fieldError("consumer", errors.New("zero address"))
	case e.PaymentAccount == (common.Address{}):
		return fieldError("paymentAccount", errors.New("zero address"))
	case e.Quantity.IsZero():
		return fieldError("quantity", engine.ErrZero)
	case !text(e.Unit, 1, MaxUnitLen):
		return fieldError("unit", fmt.Errorf("%w (1..%d bytes)", ErrBadText, MaxUnitLen))
	case e.Timestamp > MaxTimestamp:
		return fieldError("timestamp", fmt.Errorf("%w: above 2^63-1", engine.ErrOverflow))
	case !text(e.PolicyRule, 0, MaxPolicyRuleLen):
		return fieldError("policyRule", fmt.Errorf("%w (0..%d bytes)", ErrBadText, MaxPolicyRuleLen))
	case e.ValuationVersion == 0:
		return fieldError("valuationVersion", errors.New("must be at least 1"))
	case e.Mode > engine.ModePrepaid:
		return fieldError("mode", engine.ErrBadMode)
	}
	return nil
}

// Check reports the first invalid field of a signed event built in Go: the
// rules Decode applies, and a nonzero meter. It does not verify the signature.
func (e *SignedEvent) Check() error {
	if err := e.checkUnsigned(); err != nil {
		return err
	}
	if e.Meter == (common.Address{}) {
		return fieldError("meter", errors.New("zero address"))
	}
	if _, err := normalise(e.Signature); err != nil && !errors.Is(err, ErrHighS) {
		return fieldError("signature", err)
	}
	return nil
}

func printableASCII(s string, max int) bool {
	if len(s) == 0 || len(s) > max {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return false
		}
	}
	return true
}

func text(s string, min, max int) bool {
	if len(s) < min || len(s) > max || !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) {
			return false
		}
	}
	return true
}

func str(raw json.RawMessage) (string, error) {
	if len(raw) == 0 || raw[0] != '"' {
		return "", fmt.Errorf("%w: want a JSON string", engine.ErrSyntax)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", fmt.Errorf("%w: %v", engine.ErrSyntax, err)
	}
	return s, nil
}

// plainDecimal reports whether s is 0 or digits without a leading zero.
func plainDecimal(s string) bool {
	if s == "" || (len(s) > 1 && s[0] == '0') {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// u256 reads a decimal string (JSON numbers are refused: many JSON tools
// round integers above 2^53).
func u256(raw json.RawMessage, dst *uint256.Int) error {
	s, err := str(raw)
	if err != nil {
		return fmt.Errorf("%w: want a decimal string", engine.ErrSyntax)
	}
	if !plainDecimal(s) {
		return fmt.Errorf("%w: %q", engine.ErrNotDecimal, s)
	}
	if err := dst.SetFromDecimal(s); err != nil {
		return fmt.Errorf("%w: %s exceeds 2^256-1", engine.ErrOverflow, s)
	}
	return nil
}

// u64 reads a JSON number or a decimal string.
func u64(raw json.RawMessage) (uint64, error) {
	s := string(raw)
	if len(raw) > 0 && raw[0] == '"' {
		var err error
		if s, err = str(raw); err != nil {
			return 0, err
		}
	} else if len(raw) == 0 || raw[0] < '0' || raw[0] > '9' {
		if len(raw) > 0 && raw[0] == '-' {
			return 0, fmt.Errorf("%w: %s is negative", engine.ErrNotDecimal, s)
		}
		return 0, fmt.Errorf("%w: want a number or a decimal string", engine.ErrSyntax)
	}
	if !plainDecimal(s) {
		return 0, fmt.Errorf("%w: %q", engine.ErrNotDecimal, s)
	}
	v, err := strconv.ParseUint(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("%w: %s exceeds 2^64-1", engine.ErrOverflow, s)
	}
	return v, nil
}

func address(raw json.RawMessage) (common.Address, error) {
	s, err := str(raw)
	if err != nil {
		return common.Address{}, err
	}
	if !strings.HasPrefix(s, "0x") || len(s) != 42 || !common.IsHexAddress(s) {
		return common.Address{}, fmt.Errorf("%w: %q", engine.ErrBadAddress, s)
	}
	a := common.HexToAddress(s)
	if body := s[2:]; body != strings.ToLower(body) && body != strings.ToUpper(body) && a.Hex() != s {
		return common.Address{}, fmt.Errorf("%w: bad checksum in %q (want %s)", engine.ErrBadAddress, s, a.Hex())
	}
	if a == (common.Address{}) {
		return common.Address{}, errors.New("zero address")
	}
	return a, nil
}

func mode(raw json.RawMessage) (engine.PaymentMode, error) {
	s, err := str(raw)
	if err != nil {
		return 0, err
	}
	for m := engine.ModeStandard; m <= engine.ModePrepaid; m++ {
		if s == m.String() {
			return m, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", engine.ErrBadMode, s)
}

func signature(raw json.RawMessage) ([SignatureLength]byte, error) {
	var sig [SignatureLength]byte
	s, err := str(raw)
	if err != nil {
		return sig, err
	}
	if !strings.HasPrefix(s, "0x") || len(s) != 2+2*SignatureLength {
		return sig, fmt.Errorf("%w: want 0x and %d hex digits", ErrBadSignature, 2*SignatureLength)
	}
	if _, err := hex.Decode(sig[:], []byte(s[2:])); err != nil {
		return sig, fmt.Errorf("%w: %v", ErrBadSignature, err)
	}
	if v := sig[64]; v != 0 && v != 1 && v != 27 && v != 28 {
		return sig, fmt.Errorf("%w: v = %d", ErrBadSignature, v)
	}
	return sig, nil
}

// MarshalJSON writes the canonical form: fields in the documented order,
// datasetId and quantity as decimal strings, the uint64s as JSON numbers,
// EIP-55 addresses, the signature as 0x and lowercase hex with v as 27/28.
func (e SignedEvent) MarshalJSON() ([]byte, error) {
	return e.appendJSON(nil, true), nil
}

// MarshalUnsigned writes the canonical form without meter and signature: the
// input of `royalty sign-event`.
func (e *SignedEvent) MarshalUnsigned() []byte { return e.appendJSON(nil, false) }

func (e *SignedEvent) appendJSON(b []byte, signed bool) []byte {
	q := func(s string) []byte {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		_ = enc.Encode(s) // a string always encodes
		return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	}
	b = append(b, `{"id":`...)
	b = append(b, q(e.ID)...)
	b = append(b, `,"consumer":"`...)
	b = append(b, e.Consumer.Hex()...)
	b = append(b, `","paymentAccount":"`...)
	b = append(b, e.PaymentAccount.Hex()...)
	b = append(b, `","datasetId":"`...)
	b = append(b, e.DatasetID.Dec()...)
	b = append(b, `","datasetVersion":`...)
	b = strconv.AppendUint(b, e.DatasetVersion, 10)
	b = append(b, `,"quantity":"`...)
	b = append(b, e.Quantity.Dec()...)
	b = append(b, `","unit":`...)
	b = append(b, q(e.Unit)...)
	b = append(b, `,"timestamp":`...)
	b = strconv.AppendUint(b, e.Timestamp, 10)
	b = append(b, `,"policyRule":`...)
	b = append(b, q(e.PolicyRule)...)
	b = append(b, `,"valuationVersion":`...)
	b = strconv.AppendUint(b, e.ValuationVersion, 10)
	b = append(b, `,"mode":"`...)
	b = append(b, e.Mode.String()...)
	b = append(b, '"')
	if signed {
		sig := e.Signature
		if sig[64] < 27 {
			sig[64] += 27
		}
		b = append(b, `,"meter":"`...)
		b = append(b, e.Meter.Hex()...)
		b = append(b, `","signature":"0x`...)
		b = hex.AppendEncode(b, sig[:])
		b = append(b, '"')
	}
	return append(b, '}')
}
