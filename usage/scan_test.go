package usage_test

import (
	"bytes"
	"encoding/json"
	"io"
	"testing"

	"github.com/dataroyalty/royalty/usage"
)

var memberOrder = []string{"id", "consumer", "paymentAccount", "datasetId", "datasetVersion", "quantity",
	"unit", "timestamp", "policyRule", "valuationVersion", "mode", "metadataCommitment", "meter", "signature"}

// referenceMembers is the splitting Decode did before its hand-written
// scanner, on encoding/json's tokenizer: exact names only, each at most once,
// nothing after the object. ok is false where that splitting refused.
func referenceMembers(data []byte) (map[string]json.RawMessage, bool) {
	known := map[string]bool{}
	for _, n := range memberOrder {
		known[n] = true
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return nil, false
	}
	out := map[string]json.RawMessage{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return nil, false
		}
		name, _ := tok.(string)
		if _, dup := out[name]; dup || !known[name] {
			return nil, false
		}
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return nil, false
		}
		out[name] = v
	}
	if _, err := dec.Token(); err != nil {
		return nil, false
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, false
	}
	return out, true
}

// FuzzDecodeMatchesReference: the scanner accepts exactly what the
// encoding/json-based splitting accepted, with the same values: a document
// decodes to the same event as its members re-assembled in canonical order
// (which the readers, not the scanner, then judge), and is refused when the
// reference refuses it.
func FuzzDecodeMatchesReference(f *testing.F) {
	b, _ := signed(f, goldenKey).MarshalJSON()
	e2, _ := withMetadataF(f)
	b2, _ := e2.MarshalJSON()
	for _, s := range [][]byte{b, b2,
		[]byte(`{"id":"x","datasetVersion":"01"}`),
		bytes.Replace(b, []byte(`{"id"`), []byte(` { "\u0069d" `), 1),
		bytes.Replace(b, []byte(`"unit":"request"`), []byte(`"unit":"re\"q"`), 1),
		bytes.Replace(b, []byte(`"datasetVersion":1`), []byte(`"datasetVersion":1x`), 1),
		bytes.Replace(b, []byte(`"datasetVersion":1`), []byte(`"datasetVersion":[1,{"a":"]"}]`), 1),
		bytes.Replace(b, []byte(`}`), []byte(`,}`), 1),
		append(bytes.Clone(b), "\n\t "...),
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := usage.Decode(data)
		members, ok := referenceMembers(data)
		if !ok || len(data) > usage.MaxEventBytes {
			if err == nil {
				t.Fatalf("Decode accepted %q, which the reference splitting refuses", data)
			}
			return
		}
		var canon bytes.Buffer
		canon.WriteByte('{')
		for _, n := range memberOrder {
			if v, ok := members[n]; ok {
				if canon.Len() > 1 {
					canon.WriteByte(',')
				}
				canon.WriteString(`"` + n + `":`)
				canon.Write(v)
			}
		}
		canon.WriteByte('}')
		want, werr := usage.Decode(canon.Bytes())
		if (err == nil) != (werr == nil) {
			t.Fatalf("Decode(%q) = %v but its members in order (%s) give %v", data, err, canon.Bytes(), werr)
		}
		if err == nil && *got != *want {
			t.Fatalf("Decode(%q) = %+v, members in order give %+v", data, got, want)
		}
	})
}

func withMetadataF(f *testing.F) (*usage.SignedEvent, *usage.Metadata) {
	m := &usage.Metadata{Salt: [32]byte{1}, Data: "x"}
	e := sample()
	e.MetadataCommitment = m.Commitment()
	if err := e.Sign(goldenKey, domain); err != nil {
		f.Fatal(err)
	}
	return e, m
}

// FuzzSplitArray: SplitArray accepts exactly the arrays encoding/json
// accepts, with the same elements byte for byte.
func FuzzSplitArray(f *testing.F) {
	b, _ := signed(f, goldenKey).MarshalJSON()
	for _, s := range []string{"[" + string(b) + "," + string(b) + "]", `[]`, ` [ 1 , "a\"]" , {"x":[1,2]} ] `, `[1,]`, `[,1]`, `[1 2]`, `["\x"]`, `[tru]`, `[1]x`, `{}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := usage.SplitArray(data, "events", 1<<20)
		var want []json.RawMessage
		werr := json.Unmarshal(data, &want)
		if werr == nil && want == nil { // JSON null is not an array
			werr = io.EOF
		}
		if (err == nil) != (werr == nil) {
			t.Fatalf("SplitArray(%q) = %v; encoding/json: %v", data, err, werr)
		}
		if err != nil {
			return
		}
		if len(got) != len(want) {
			t.Fatalf("SplitArray(%q): %d elements, encoding/json %d", data, len(got), len(want))
		}
		for i := range got {
			if !bytes.Equal(got[i], want[i]) {
				t.Fatalf("SplitArray(%q) element %d = %q, encoding/json %q", data, i, got[i], want[i])
			}
		}
	})
}
