package usage_test

import (
	"testing"

	"github.com/dataroyalty/royalty/usage"
)

// The costs of intake per event, to compare with each other in one run:
// hashing is microseconds, recovery dominates Verify.
func BenchmarkDigest(b *testing.B) {
	e := signed(b, goldenKey)
	for b.Loop() {
		_ = e.Digest(domain)
	}
}

func BenchmarkVerify(b *testing.B) {
	e := signed(b, goldenKey)
	for b.Loop() {
		if err := e.Verify(domain); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode(b *testing.B) {
	body, _ := signed(b, goldenKey).MarshalJSON()
	for b.Loop() {
		if _, err := usage.Decode(body); err != nil {
			b.Fatal(err)
		}
	}
}
