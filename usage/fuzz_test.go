package usage_test

import (
	"bytes"
	"testing"

	"github.com/dataroyalty/royalty/usage"
)

// FuzzDecode: Decode never panics; whatever it accepts re-encodes to a
// canonical form that decodes to the same event and encodes to the same bytes.
func FuzzDecode(f *testing.F) {
	b, _ := signed(f, goldenKey).MarshalJSON()
	f.Add(b)
	f.Add([]byte(`{"id":"x","datasetVersion":"01"}`))
	f.Add(bytes.Replace(b, []byte(`"timestamp":1700000000`), []byte(`"timestamp":"1700000000"`), 1))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := usage.Decode(data)
		if err != nil {
			return
		}
		c1, _ := e.MarshalJSON()
		e2, err := usage.Decode(c1)
		if err != nil {
			t.Fatalf("canonical form %s does not decode: %v", c1, err)
		}
		if *e2 != *e {
			t.Fatalf("canonical form changed the event")
		}
		if c2, _ := e2.MarshalJSON(); !bytes.Equal(c1, c2) {
			t.Fatalf("canonical form is not stable:\n%s\n%s", c1, c2)
		}
	})
}
