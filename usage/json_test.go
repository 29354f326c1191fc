package usage_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/usage"
)

// setField returns the canonical JSON of e with field's value replaced by
// raw (a JSON literal), or removed when raw is "".
func setField(t *testing.T, e *usage.SignedEvent, field, raw string) string {
	t.Helper()
	b, _ := e.MarshalJSON()
	s := string(b)
	key := `"` + field + `":`
	i := strings.Index(s, key)
	if i < 0 {
		t.Fatalf("no field %s in %s", field, s)
	}
	j := i + len(key)
	// The canonical form has no commas or braces inside values except in strings.
	end := j
	inStr := false
	for ; end < len(s); end++ {
		c := s[end]
		if c == '"' && s[end-1] != '\\' {
			inStr = !inStr
		}
		if !inStr && (c == ',' || c == '}') {
			break
		}
	}
	if raw == "" {
		start := i
		if s[end] == ',' {
			end++
		} else {
			start-- // the comma before the last field
		}
		return s[:start] + s[end:]
	}
	return s[:j] + raw + s[end:]
}

func TestDecodeStrict(t *testing.T) {
	e := signed(t, goldenKey)
	big := `"115792089237316195423570985008687907853269984665640564039457584007913129639936"`
	cases := []struct {
		field, raw string // raw "" removes the field
		err        error  // nil: any error naming the field
	}{
		{"id", `""`, usage.ErrBadID},
		{"id", `"` + strings.Repeat("a", 129) + `"`, usage.ErrBadID},
		{"id", `"tab\there"`, usage.ErrBadID},
		{"id", `"é"`, usage.ErrBadID},
		{"id", `7`, engine.ErrSyntax},
		{"id", ``, engine.ErrMissing},
		{"consumer", `"0x00000000000000000000000000000000000c0a5"`, engine.ErrBadAddress},
		{"consumer", `"0x0000000000000000000000000000000000000000"`, nil},
		{"consumer", `"0x00000000000000000000000000000000000C0a51"`, engine.ErrBadAddress}, // mixed case, bad checksum
		{"paymentAccount", `"bea7"`, engine.ErrBadAddress},
		{"paymentAccount", ``, engine.ErrMissing},
		{"datasetId", `7`, engine.ErrNotDecimal}, // amounts are decimal strings
		{"datasetId", `"07"`, engine.ErrNotDecimal},
		{"datasetId", big, engine.ErrOverflow},
		{"datasetVersion", `-1`, engine.ErrNotDecimal},
		{"datasetVersion", `1.0`, engine.ErrNotDecimal},
		{"datasetVersion", `1e2`, engine.ErrNotDecimal},
		{"datasetVersion", `"18446744073709551616"`, engine.ErrOverflow},
		{"datasetVersion", `null`, engine.ErrSyntax},
		{"quantity", `"0"`, engine.ErrZero},
		{"quantity", `"0x3e8"`, engine.ErrNotDecimal},
		{"quantity", `"-5"`, engine.ErrNotDecimal},
		{"quantity", `1000`, engine.ErrNotDecimal},
		{"quantity", big, engine.ErrOverflow},
		{"quantity", ``, engine.ErrMissing},
		{"unit", `""`, usage.ErrBadText},
		{"unit", `"` + strings.Repeat("u", 33) + `"`, usage.ErrBadText},
		{"unit", `"a\u0000b"`, usage.ErrBadText},
		{"timestamp", `"9223372036854775808"`, engine.ErrOverflow},
		{"timestamp", `true`, engine.ErrSyntax},
		{"timestamp", ``, engine.ErrMissing},
		{"policyRule", `"` + strings.Repeat("p", 129) + `"`, usage.ErrBadText},
		{"policyRule", `"line\nbreak"`, usage.ErrBadText},
		{"policyRule", ``, engine.ErrMissing},
		{"valuationVersion", `0`, nil},
		{"valuationVersion", `"x"`, engine.ErrNotDecimal},
		{"mode", `"credit"`, engine.ErrBadMode},
		{"mode", `0`, engine.ErrSyntax},
		{"meter", `"0x0000000000000000000000000000000000000000"`, nil},
		{"meter", ``, engine.ErrMissing},
		{"signature", `"0x00"`, usage.ErrBadSignature},
		{"signature", `"` + strings.Repeat("0", 132) + `"`, usage.ErrBadSignature},
		{"signature", `"0x` + strings.Repeat("1", 128) + `1d"`, usage.ErrBadSignature}, // v = 29
		{"signature", `"0x` + strings.Repeat("z", 130) + `"`, usage.ErrBadSignature},
		{"signature", ``, engine.ErrMissing},
	}
	for _, c := range cases {
		doc := setField(t, e, c.field, c.raw)
		_, err := usage.Decode([]byte(doc))
		var fe *engine.FieldError
		if !errors.As(err, &fe) || fe.Field != "event."+c.field {
			t.Errorf("%s = %s: err = %v, want a FieldError for event.%s", c.field, c.raw, err, c.field)
			continue
		}
		if c.err != nil && !errors.Is(err, c.err) {
			t.Errorf("%s = %s: err = %v, want %v", c.field, c.raw, err, c.err)
		}
	}
	b, _ := e.MarshalJSON()
	doc := string(b)
	whole := []struct {
		name, doc, field string
		err              error
	}{
		{"unknown field", strings.Replace(doc, `{"id"`, `{"extra":1,"id"`, 1), "event.extra", engine.ErrUnknownField},
		{"case-folded name", strings.Replace(doc, `"unit"`, `"Unit"`, 1), "event.Unit", engine.ErrUnknownField},
		{"duplicate field", strings.Replace(doc, `{"id":"evt-0001"`, `{"id":"evt-0001","id":"evt-0002"`, 1), "event.id", engine.ErrSyntax},
		{"trailing data", doc + `{}`, "event", engine.ErrSyntax},
		{"array", `[` + doc + `]`, "event", engine.ErrSyntax},
		{"truncated", `{"id":`, "event.id", engine.ErrSyntax},
		{"not JSON", `nope`, "event", engine.ErrSyntax},
		{"too large", strings.Replace(doc, `{"id"`, `{`+strings.Repeat(" ", usage.MaxEventBytes)+`"id"`, 1), "event", engine.ErrTooLarge},
	}
	for _, c := range whole {
		_, err := usage.Decode([]byte(c.doc))
		var fe *engine.FieldError
		if !errors.As(err, &fe) || fe.Field != c.field || !errors.Is(err, c.err) {
			t.Errorf("%s: err = %v, want %v at %s", c.name, err, c.err, c.field)
		}
	}
	if _, _, err := usage.DecodeUnsigned(b); err == nil || !strings.HasPrefix(err.Error(), "event.signature") {
		t.Errorf("DecodeUnsigned with a signature: err = %v", err)
	}
	if _, err := usage.Decode(b); err != nil {
		t.Fatalf("the unmodified document: %v", err)
	}
}
