package pipeline_test

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/keyring"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/dataroyalty/royalty/usage"
)

// signWithMetadata is the meter signing an event that commits to data, the
// intake sealing data under keys' current key and storing both.
func (f *flow) signWithMetadata(keys keyring.Provider, id, data string, at uint64, sendPlaintext bool) *usage.SignedEvent {
	f.t.Helper()
	ctx := context.Background()
	w := f.w
	m := &usage.Metadata{Data: data}
	copy(m.Salt[:], "salt of "+id)
	ev := &usage.SignedEvent{ID: id, Consumer: w.Consumer, PaymentAccount: w.Consumer, DatasetID: *uint256.NewInt(example.DatasetID),
		DatasetVersion: example.Version, Quantity: *uint256.NewInt(10), Unit: "requests", Timestamp: at, PolicyRule: "rule-1",
		ValuationVersion: 1, MetadataCommitment: m.Commitment()}
	if err := ev.Sign(w.Keys[0], usage.Domain{ChainID: w.Dep.ChainID, VerifyingContract: w.Dep.GovernanceConfig}); err != nil {
		f.t.Fatal(err)
	}
	write := store.UsageWrite{Event: ev}
	if sendPlaintext {
		cur, err := keys.CurrentKeyID(ctx)
		if err != nil {
			f.t.Fatal(err)
		}
		sealed, err := intake.Seal(ctx, keys, cur, ev, m)
		if err != nil {
			f.t.Fatal(err)
		}
		write.Sealed = &sealed
	}
	if _, err := f.st.InsertUsageEvents(ctx, w.Dep.ChainID, []store.UsageWrite{write}); err != nil {
		f.t.Fatal(err)
	}
	return ev
}

func keyFileWith(t *testing.T, ids ...string) *keyring.File {
	t.Helper()
	path := filepath.Join(t.TempDir(), "metadata-keys.json")
	for _, id := range ids {
		if err := keyring.AddKey(path, id); err != nil {
			t.Fatal(err)
		}
	}
	f, err := keyring.OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// The audit verifies the commitments it is given plaintext for, on both
// databases: with the metadata key it opens every stored ciphertext and holds
// the plaintext's commitment against the signed one. A tampered ciphertext,
// a relabelled key id, an unknown key id, a ciphertext moved from another
// event, a plaintext replaced by someone holding the key, and a key file that
// is not the intake's are each one mismatch naming the artifact, the event and
// the field; restoring the row restores the pass. No finding carries the
// plaintext.
func TestAuditVerifiesMetadataCommitments(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := newWorkedFlow(t, st)
		keys := keyFileWith(t, "k0", "k1") // k1 is current
		const secret1, secret2 = "prompt ref: oncology cohort 7", "requester: lab-42"
		at := f.head() + 5
		ev1 := f.signWithMetadata(keys, "md-1", secret1, at, true)
		f.signWithMetadata(keys, "md-2", secret2, at+1, true)
		f.signWithMetadata(keys, "md-3", "prompt ref: withheld 3", at+2, false)
		f.w.Warp(t, 10)
		f.index()
		if sum, err := (&pipeline.Pricer{Store: st, Dep: f.w.Dep}).PriceAll(ctx); err != nil || sum.Priced != 3 {
			t.Fatalf("price: %+v %v", sum, err)
		}
		if _, err := f.epochs.Close(ctx, at+3); err != nil {
			t.Fatal(err)
		}

		audit := func(p keyring.Provider) pipeline.Verdict {
			t.Helper()
			e := *f.epochs
			e.Metadata = p
			v, err := e.Audit(ctx, 1, nil)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := json.Marshal(v)
			for _, s := range []string{secret1, secret2, "withheld 3", "another cohort"} {
				if bytes.Contains(b, []byte(s)) {
					t.Fatalf("the verdict carries a plaintext: %s", b)
				}
			}
			return v
		}
		checked := func(v pipeline.Verdict) int {
			for _, c := range v.Checked {
				if c.Artifact == pipeline.ArtMetadata {
					return c.Checked
				}
			}
			return -1
		}
		noted := func(v pipeline.Verdict, s string) bool {
			for _, n := range v.Notes {
				if strings.Contains(n, s) {
					return true
				}
			}
			return false
		}

		// Without the key: nothing opened, and the verdict says so.
		if v := audit(nil); !v.OK || checked(v) != 0 || !noted(v, "2 stored plaintexts not verified") || !noted(v, "1 usage events commit") {
			t.Fatalf("audit without the key: %+v", v)
		}
		// With it: both stored plaintexts verified.
		if v := audit(keys); !v.OK || checked(v) != 2 || noted(v, "not verified") || !noted(v, "1 usage events commit") {
			t.Fatalf("audit with the key: %+v", v)
		}

		row := func(id string) store.SealedMetadata {
			t.Helper()
			s, err := st.UsageMetadata(ctx, id)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}
		set := func(id string, s store.SealedMetadata) {
			t.Helper()
			if _, err := st.DB().ExecContext(ctx, st.DB().Rebind(`UPDATE usage_metadata SET key_id = ?, ciphertext = ? WHERE event_id = ?`),
				s.KeyID, s.Ciphertext, []byte(id)); err != nil {
				t.Fatal(err)
			}
		}
		orig1, orig2 := row("md-1"), row("md-2")
		// The plaintext replaced by someone holding the key: it opens, and
		// commits to something else.
		forged, err := intake.Seal(ctx, keys, "k1", ev1, &usage.Metadata{Data: "prompt ref: another cohort"})
		if err != nil {
			t.Fatal(err)
		}
		// A plaintext too short to hold a salt, sealed with the documented
		// associated data (docs/usage-events.md) by someone holding the key.
		ad := append([]byte("royalty-usage/metadata-at-rest/v1"), 0, byte(len(ev1.ID)))
		ad = append(append(ad, ev1.ID...), ev1.MetadataCommitment[:]...)
		short, err := keys.Seal(ctx, "k1", []byte("short"), ad)
		if err != nil {
			t.Fatal(err)
		}
		flipped := bytes.Clone(orig1.Ciphertext)
		flipped[len(flipped)/2] ^= 1
		for _, c := range []struct {
			name  string
			keys  keyring.Provider
			row   store.SealedMetadata
			field string
		}{
			{"tampered ciphertext", keys, store.SealedMetadata{KeyID: orig1.KeyID, Ciphertext: flipped}, "ciphertext"},
			{"relabelled key id", keys, store.SealedMetadata{KeyID: "k0", Ciphertext: orig1.Ciphertext}, "ciphertext"},
			{"unknown key id", keys, store.SealedMetadata{KeyID: "k9", Ciphertext: orig1.Ciphertext}, "keyId"},
			{"another event's ciphertext", keys, orig2, "ciphertext"},
			{"replaced plaintext", keys, forged, "metadataCommitment"},
			{"plaintext shorter than a salt", keys, store.SealedMetadata{KeyID: "k1", Ciphertext: short}, "plaintext"},
			{"another key file", keyFileWith(t, "k1"), orig1, "ciphertext"},
		} {
			set("md-1", c.row)
			v := audit(c.keys)
			m, ok := findMismatch(v, pipeline.ArtMetadata, c.field)
			if v.OK || !ok || m.Key.Event != "md-1" || m.Field != c.field {
				t.Fatalf("%s: want a metadata mismatch of md-1 in %s, got %+v", c.name, c.field, v.Mismatches)
			}
			if c.name != "another key file" && len(v.Mismatches) != 1 {
				t.Fatalf("%s: %d mismatches, want md-1's only: %+v", c.name, len(v.Mismatches), v.Mismatches)
			}
			if c.name == "replaced plaintext" && m.Expected != ev1.MetadataCommitment.Hex() {
				t.Fatalf("replaced plaintext: expected %s, want the signed commitment", m.Expected)
			}
			set("md-1", orig1)
			if v := audit(keys); !v.OK {
				t.Fatalf("%s: after restoring the row: %+v", c.name, v.Mismatches)
			}
		}
	})
}
