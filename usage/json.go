package usage

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/strict"
	"github.com/ethereum/go-ethereum/common"
)

// The JSON members, in canonical order; metadata (the plaintext) only in a
// submission, never in the stored form.
const (
	fID = iota
	fConsumer
	fPaymentAccount
	fDatasetID
	fDatasetVersion
	fQuantity
	fUnit
	fTimestamp
	fPolicyRule
	fValuationVersion
	fMode
	fMetadataCommitment
	fMeter
	fSignature
	fMetadata
	nFields
)

var fieldNames = [nFields]string{"id", "consumer", "paymentAccount", "datasetId", "datasetVersion", "quantity",
	"unit", "timestamp", "policyRule", "valuationVersion", "mode", "metadataCommitment", "meter", "signature", "metadata"}

func fieldIndex(name string) int {
	for i, n := range fieldNames {
		if n == name {
			return i
		}
	}
	return -1
}

func fieldError(name string, err error) error {
	return &engine.FieldError{Field: eventPath + "." + name, Err: err}
}

// form is what a document is read as.
type form int

const (
	formStored    form = iota // signed, no plaintext: what the store keeps
	formSubmitted             // signed, plaintext metadata allowed
	formUnsigned              // to be signed: no signature, meter optional, salt optional
)

// Decode reads one signed event in its stored form strictly (see the
// package doc). Every field but metadataCommitment is required; errors are
// *engine.FieldError naming the field ("event.quantity").
func Decode(data []byte) (*SignedEvent, error) {
	e, _, err := decode(data, formStored)
	return e, err
}

// DecodeSubmission reads a signed event as a meter submits it: the stored
// form, optionally with a "metadata" member {"salt", "data"} holding the
// plaintext of the event's metadataCommitment, which must match it
// (ErrMetadataMismatch at "event.metadata"). The metadata is nil when absent.
func DecodeSubmission(data []byte) (*SignedEvent, *Metadata, error) {
	return decode(data, formSubmitted)
}

// DecodeUnsigned reads an event to be signed: the same members without
// "signature"; "meter" may be given (Sign overwrites it with the key's
// address). "metadata" may be given, its "salt" too: with a salt, the
// commitment is computed (and must equal a given metadataCommitment); without
// one, Metadata.Salt is zero and the caller draws a salt and sets
// MetadataCommitment before signing.
func DecodeUnsigned(data []byte) (*SignedEvent, *Metadata, error) {
	return decode(data, formUnsigned)
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

func decode(data []byte, f form) (*SignedEvent, *Metadata, error) {
	limit := MaxEventBytes
	if f != formStored {
		limit = MaxSubmissionBytes
	}
	if len(data) > limit {
		return nil, nil, &engine.FieldError{Field: eventPath, Err: fmt.Errorf("%w: more than %d bytes", engine.ErrTooLarge, limit)}
	}
	var raw [nFields][]byte
	index := fieldIndex
	if f == formStored {
		index = func(name string) int {
			if i := fieldIndex(name); i != fMetadata {
				return i
			}
			return -1
		}
	}
	if err := scanObject(data, eventPath, index, raw[:]); err != nil {
		return nil, nil, err
	}
	if f == formUnsigned && raw[fSignature] != nil {
		return nil, nil, fieldError("signature", errors.New("an unsigned event must not carry a signature"))
	}
	for i, r := range raw {
		optional := i == fMetadataCommitment || i == fMetadata || (f == formUnsigned && (i == fMeter || i == fSignature))
		if r == nil && !optional {
			return nil, nil, fieldError(fieldNames[i], engine.ErrMissing)
		}
	}
	e := new(SignedEvent)
	var err error
	for i, r := range raw {
		if r == nil || i == fMetadata {
			continue
		}
		switch i {
		case fID:
			e.ID, err = strict.String(r)
		case fConsumer:
			e.Consumer, err = strict.JSONNonZeroAddress(r)
		case fPaymentAccount:
			e.PaymentAccount, err = strict.JSONNonZeroAddress(r)
		case fDatasetID:
			err = strict.JSONUint256(r, &e.DatasetID)
		case fDatasetVersion:
			e.DatasetVersion, err = strict.JSONUint64(r)
		case fQuantity:
			err = strict.JSONUint256(r, &e.Quantity)
		case fUnit:
			e.Unit, err = strict.String(r)
		case fTimestamp:
			e.Timestamp, err = strict.JSONTimestamp(r)
		case fPolicyRule:
			e.PolicyRule, err = strict.String(r)
		case fValuationVersion:
			e.ValuationVersion, err = strict.JSONUint64(r)
		case fMode:
			e.Mode, err = mode(r)
		case fMetadataCommitment:
			e.MetadataCommitment, err = commitment(r)
		case fMeter:
			e.Meter, err = strict.JSONNonZeroAddress(r)
		case fSignature:
			e.Signature, err = signature(r)
		}
		if err != nil {
			return nil, nil, fieldError(fieldNames[i], err)
		}
	}
	if err := e.checkUnsigned(); err != nil {
		return nil, nil, err
	}
	if f != formUnsigned && e.Signature[64] < 27 {
		e.Signature[64] += 27 // v is kept canonical (27/28) so that the stored JSON is one form
	}
	if raw[fMetadata] == nil {
		return e, nil, nil
	}
	m, err := decodeMetadata(raw[fMetadata], f == formUnsigned)
	if err != nil {
		return nil, nil, err
	}
	if f == formUnsigned && m.Salt == ([SaltLength]byte{}) {
		if e.MetadataCommitment != (common.Hash{}) {
			return nil, nil, fieldError("metadata.salt", fmt.Errorf("%w: a metadataCommitment is given, so is its salt", engine.ErrMissing))
		}
		return e, m, nil
	}
	if f == formUnsigned && e.MetadataCommitment == (common.Hash{}) {
		e.MetadataCommitment = m.Commitment()
	}
	if err := e.Matches(m); err != nil {
		return nil, nil, err
	}
	return e, m, nil
}

// decodeMetadata reads {"salt": "0x…", "data": "…"}. Its errors never quote
// the plaintext.
func decodeMetadata(raw []byte, saltOptional bool) (*Metadata, error) {
	const path = eventPath + ".metadata"
	names := [2]string{"salt", "data"}
	var members [2][]byte
	err := scanObject(raw, path, func(n string) int {
		for i, k := range names {
			if k == n {
				return i
			}
		}
		return -1
	}, members[:])
	if err != nil {
		return nil, err
	}
	m := new(Metadata)
	switch s := members[0]; {
	case s == nil && !saltOptional:
		return nil, fieldError("metadata.salt", engine.ErrMissing)
	case s != nil:
		str, err := strict.String(s)
		if err == nil {
			err = strict.FixedHex(m.Salt[:], str)
		}
		if err != nil || m.Salt == ([SaltLength]byte{}) {
			return nil, fieldError("metadata.salt", fmt.Errorf("%w: the salt is 32 random bytes, 0x + 64 hex digits, not zero", ErrBadMetadata))
		}
	}
	d := members[1]
	if d == nil {
		return nil, fieldError("metadata.data", engine.ErrMissing)
	}
	if !utf8.Valid(d) {
		return nil, fieldError("metadata.data", fmt.Errorf("%w: not UTF-8", ErrBadMetadata))
	}
	if m.Data, err = strict.String(d); err != nil {
		return nil, fieldError("metadata.data", fmt.Errorf("%w: not a JSON string", ErrBadMetadata))
	}
	if len(m.Data) > MaxMetadataBytes {
		return nil, fieldError("metadata.data", fmt.Errorf("%w: %d bytes", ErrBadMetadata, len(m.Data)))
	}
	return m, nil
}

// scanObject splits one JSON object into its members' raw values, stored in
// out at index(name): exact (case-sensitive) names only, each at most once,
// nothing but whitespace after the object. Values are delimited here and
// checked by the field readers (nested objects and arrays are checked to be
// valid JSON here). Errors name path or path.member.
func scanObject(data []byte, path string, index func(string) int, out [][]byte) error {
	syntax := func(at string, what string) error {
		return &engine.FieldError{Field: at, Err: fmt.Errorf("%w: %s", engine.ErrSyntax, what)}
	}
	s := scanner{b: data}
	s.ws()
	if !s.eat('{') {
		return syntax(path, "want a JSON object")
	}
	s.ws()
	if s.eat('}') {
		return s.end(path, syntax)
	}
	for {
		s.ws()
		if s.peek() != '"' {
			return syntax(path, "want a member name")
		}
		key, ok := s.str()
		if !ok {
			return syntax(path, "unterminated member name")
		}
		name, err := strict.String(key)
		if err != nil {
			return syntax(path, "bad member name")
		}
		at := path + "." + name
		i := index(name)
		if i < 0 {
			return &engine.FieldError{Field: at, Err: engine.ErrUnknownField}
		}
		if out[i] != nil {
			return syntax(at, "given twice")
		}
		s.ws()
		if !s.eat(':') {
			return syntax(at, "want ':' after the member name")
		}
		s.ws()
		v, ok := s.value()
		if !ok {
			return syntax(at, "malformed value")
		}
		out[i] = v
		s.ws()
		if s.eat('}') {
			return s.end(path, syntax)
		}
		if !s.eat(',') {
			return syntax(path, "want ',' or '}' after a member")
		}
	}
}

// SplitArray splits a JSON array into the raw bytes of its elements (each
// checked to be one JSON value by the same scanner Decode uses; whether it
// is an event is Decode's to say), refusing more than max elements. Errors
// are ErrSyntax or ErrTooLarge in an *engine.FieldError for path.
func SplitArray(data []byte, path string, max int) ([][]byte, error) {
	syntax := func(what string) error {
		return &engine.FieldError{Field: path, Err: fmt.Errorf("%w: %s", engine.ErrSyntax, what)}
	}
	s := scanner{b: data}
	s.ws()
	if !s.eat('[') {
		return nil, syntax("want a JSON array")
	}
	var out [][]byte
	s.ws()
	if s.eat(']') {
		return out, s.end(path, func(at, what string) error { return syntax(what) })
	}
	for {
		s.ws()
		v, ok := s.value()
		if !ok || (v[0] != '{' && v[0] != '[' && !json.Valid(v)) { // objects and arrays were checked by value
			return nil, syntax(fmt.Sprintf("malformed element %d", len(out)))
		}
		if len(out) == max {
			return nil, &engine.FieldError{Field: path, Err: fmt.Errorf("%w: more than %d elements", engine.ErrTooLarge, max)}
		}
		out = append(out, v)
		s.ws()
		if s.eat(']') {
			return out, s.end(path, func(at, what string) error { return syntax(what) })
		}
		if !s.eat(',') {
			return nil, syntax(fmt.Sprintf("want ',' or ']' after element %d", len(out)-1))
		}
	}
}

type scanner struct {
	b []byte
	i int
}

func (s *scanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

func (s *scanner) peek() byte {
	if s.i < len(s.b) {
		return s.b[s.i]
	}
	return 0
}

func (s *scanner) eat(c byte) bool {
	if s.peek() == c && s.i < len(s.b) {
		s.i++
		return true
	}
	return false
}

func (s *scanner) end(path string, syntax func(string, string) error) error {
	s.ws()
	if s.i != len(s.b) {
		return syntax(path, "data after the object")
	}
	return nil
}

// str returns the raw bytes of the JSON string at s.i, quotes included.
func (s *scanner) str() ([]byte, bool) {
	start := s.i
	for s.i++; s.i < len(s.b); s.i++ {
		switch s.b[s.i] {
		case '\\':
			s.i++
		case '"':
			s.i++
			return s.b[start:s.i], true
		}
	}
	return nil, false
}

// value returns the raw bytes of the JSON value at s.i. A scalar other than a
// string is returned as the run of bytes up to the next delimiter; the
// field's reader decides whether it is the number it wants.
func (s *scanner) value() ([]byte, bool) {
	start := s.i
	switch s.peek() {
	case '"':
		return s.str()
	case '{', '[':
		depth := 0
		for s.i < len(s.b) {
			switch s.b[s.i] {
			case '"':
				if _, ok := s.str(); !ok {
					return nil, false
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					s.i++
					v := s.b[start:s.i]
					return v, json.Valid(v)
				}
			}
			s.i++
		}
		return nil, false
	}
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r', '"', '{', '[', ':':
			return s.b[start:s.i], s.i > start
		}
		s.i++
	}
	return s.b[start:s.i], s.i > start
}

// checkUnsigned checks the rules that JSON types cannot express. Meter and
// signature are checked by Verify.
func (e *SignedEvent) checkUnsigned() error {
	switch {
	case !printableASCII(e.ID, MaxIDLen):
		return fieldError("id", ErrBadID)
	case e.Consumer == (common.Address{}):
		return fieldError("consumer", strict.ErrZeroAddress)
	case e.PaymentAccount == (common.Address{}):
		return fieldError("paymentAccount", strict.ErrZeroAddress)
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
		return fieldError("meter", strict.ErrZeroAddress)
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

func mode(raw []byte) (engine.PaymentMode, error) {
	s, err := strict.String(raw)
	if err != nil {
		return 0, err
	}
	for m := engine.ModeStandard; m <= engine.ModePrepaid; m++ {
		if s == m.String() {
			return m, nil
		}
	}
	return 0, fmt.Errorf("%w: %q", engine.ErrBadMode, strict.Clip(s))
}

func commitment(raw []byte) (common.Hash, error) {
	h, err := strict.JSONHash(raw)
	if err != nil {
		return h, err
	}
	if h == (common.Hash{}) {
		return h, fmt.Errorf("%w: a zero commitment; omit metadataCommitment for an event without metadata", ErrBadMetadata)
	}
	return h, nil
}

func signature(raw []byte) ([SignatureLength]byte, error) {
	var sig [SignatureLength]byte
	s, err := strict.String(raw)
	if err != nil {
		return sig, err
	}
	if err := strict.FixedHex(sig[:], s); err != nil {
		return sig, fmt.Errorf("%w: want 0x and %d hex digits", ErrBadSignature, 2*SignatureLength)
	}
	if v := sig[64]; v != 0 && v != 1 && v != 27 && v != 28 {
		return sig, fmt.Errorf("%w: v = %d", ErrBadSignature, v)
	}
	return sig, nil
}

// MarshalJSON writes the canonical form: fields in the documented order,
// datasetId and quantity as decimal strings, the uint64s as JSON numbers,
// EIP-55 addresses, metadataCommitment only when set, the signature as 0x and
// lowercase hex with v as 27/28. It never holds metadata plaintext.
func (e SignedEvent) MarshalJSON() ([]byte, error) {
	return e.appendJSON(make([]byte, 0, 640), true), nil
}

// MarshalUnsigned writes the canonical form without meter and signature: the
// input of `royalty sign-event`.
func (e *SignedEvent) MarshalUnsigned() []byte { return e.appendJSON(nil, false) }

// MarshalSubmission writes the canonical form with the plaintext metadata m
// as its last member (what `royalty sign-event` prints for an event with
// metadata, and what intake reads with DecodeSubmission). m nil is MarshalJSON.
func (e *SignedEvent) MarshalSubmission(m *Metadata) []byte {
	b := e.appendJSON(nil, true)
	if m == nil {
		return b
	}
	b = append(b[:len(b)-1], `,"metadata":{"salt":"0x`...)
	b = hex.AppendEncode(b, m.Salt[:])
	b = append(b, `","data":`...)
	b = appendString(b, m.Data)
	return append(b, "}}"...)
}

// appendString appends s as a JSON string, escaped by Go's encoder without
// HTML escaping (printable ASCII without quotes or backslashes is copied).
func appendString(b []byte, s string) []byte {
	plain := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c > 0x7e || c == '"' || c == '\\' {
			plain = false
			break
		}
	}
	if plain {
		b = append(b, '"')
		b = append(b, s...)
		return append(b, '"')
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return append(b, bytes.TrimSuffix(buf.Bytes(), []byte("\n"))...)
}

func appendAddress(b []byte, a common.Address) []byte { return append(b, hexOf(a)...) }

func (e *SignedEvent) appendJSON(b []byte, signed bool) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, e.ID)
	b = append(b, `,"consumer":"`...)
	b = appendAddress(b, e.Consumer)
	b = append(b, `","paymentAccount":"`...)
	b = appendAddress(b, e.PaymentAccount)
	b = append(b, `","datasetId":"`...)
	b = append(b, e.DatasetID.Dec()...)
	b = append(b, `","datasetVersion":`...)
	b = strconv.AppendUint(b, e.DatasetVersion, 10)
	b = append(b, `,"quantity":"`...)
	b = append(b, e.Quantity.Dec()...)
	b = append(b, `","unit":`...)
	b = appendString(b, e.Unit)
	b = append(b, `,"timestamp":`...)
	b = strconv.AppendUint(b, e.Timestamp, 10)
	b = append(b, `,"policyRule":`...)
	b = appendString(b, e.PolicyRule)
	b = append(b, `,"valuationVersion":`...)
	b = strconv.AppendUint(b, e.ValuationVersion, 10)
	b = append(b, `,"mode":"`...)
	b = append(b, e.Mode.String()...)
	b = append(b, '"')
	if e.MetadataCommitment != (common.Hash{}) {
		b = append(b, `,"metadataCommitment":"0x`...)
		b = hex.AppendEncode(b, e.MetadataCommitment[:])
		b = append(b, '"')
	}
	if signed {
		sig := e.Signature
		if sig[64] < 27 {
			sig[64] += 27
		}
		b = append(b, `,"meter":"`...)
		b = appendAddress(b, e.Meter)
		b = append(b, `","signature":"0x`...)
		b = hex.AppendEncode(b, sig[:])
		b = append(b, '"')
	}
	return append(b, '}')
}
