package intake_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/keyring"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/dataroyalty/royalty/usage"
)

// TestMetadataRoundTrip: plaintext sent over HTTP is sealed, the event and
// the API carry only the commitment, and Reveal returns the plaintext checked
// against it.
func TestMetadataRoundTrip(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s, envOpts{})
		tok := e.token(meter)
		const secret = "query: cohort of 12 rare-disease patients, requester lab-7"
		r := e.do("POST", "/v1/events", tok, withMetadata(t, "md-1", secret))
		if r.code != 200 {
			t.Fatalf("post: %d %s", r.code, r.body)
		}
		rv, err := intake.Reveal(ctx, s, e.keys, "md-1")
		if err != nil {
			t.Fatal(err)
		}
		if rv.Metadata.Data != secret || rv.KeyID != "k1" || rv.Metadata.Commitment() != rv.Event.MetadataCommitment {
			t.Fatalf("revealed %+v", rv)
		}
		got := e.do("GET", "/v1/events/md-1", tok, nil)
		if got.code != 200 || bytes.Contains(got.body, []byte("rare-disease")) || !bytes.Contains(got.body, []byte(`"metadataCommitment":"`)) {
			t.Fatalf("GET: %d %s", got.code, got.body)
		}
		// The same event again with its plaintext: a duplicate, nothing replaced.
		if r := e.do("POST", "/v1/events", tok, withMetadata(t, "md-1", secret)); r.code != 200 || !bytes.Contains(r.body, []byte(`"duplicate"`)) {
			t.Fatalf("again: %d %s", r.code, r.body)
		}
		// An event committed to metadata whose plaintext was never sent, and one without a commitment.
		ev, _, err := usage.DecodeSubmission(withMetadata(t, "md-2", "never sent"))
		if err != nil {
			t.Fatal(err)
		}
		canon, _ := ev.MarshalJSON()
		if r := e.do("POST", "/v1/events", tok, canon); r.code != 200 {
			t.Fatalf("without plaintext: %d %s", r.code, r.body)
		}
		if _, err := intake.Reveal(ctx, s, e.keys, "md-2"); !errors.Is(err, intake.ErrNoMetadata) || !strings.Contains(err.Error(), "never sent") {
			t.Errorf("reveal of a commitment without plaintext: %v", err)
		}
		if r := e.do("POST", "/v1/events", tok, event(t, "md-3", 1, domain)); r.code != 200 {
			t.Fatal(r.code)
		}
		if _, err := intake.Reveal(ctx, s, e.keys, "md-3"); !errors.Is(err, intake.ErrNoMetadata) {
			t.Errorf("reveal of an event without commitment: %v", err)
		}
		if _, err := intake.Reveal(ctx, s, e.keys, "nope"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("reveal of a missing event: %v", err)
		}
		// Plaintext that does not match the commitment is rejected, and never echoed.
		bad := bytes.Replace(withMetadata(t, "md-4", "the real one"), []byte("the real one"), []byte("a forged one"), 1)
		if r := e.do("POST", "/v1/events", tok, bad); r.code != 400 || r.errorBody(t).Code != intake.CodeMetadataMismatch || bytes.Contains(r.body, []byte("forged")) {
			t.Errorf("mismatching plaintext: %d %s", r.code, r.body)
		}
	})
}

// TestMetadataRefusedWithoutKey: an intake without a key never stores
// plaintext and never drops it silently.
func TestMetadataRefusedWithoutKey(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s, envOpts{noKeys: true})
		r := e.do("POST", "/v1/events", e.token(meter), withMetadata(t, "nk-1", "sensitive"))
		if eb := r.errorBody(t); r.code != 400 || eb.Code != intake.CodeMetadataRefused || eb.Field != "event.metadata" {
			t.Fatalf("plaintext without a key: %d %s", r.code, r.body)
		}
		if n, _ := s.CountUsageEvents(ctx); n != 0 {
			t.Fatalf("stored %d events", n)
		}
	})
}

// TestMetadataTamperingFailsLoudly: a wrong key, a tampered ciphertext and a
// swapped key id are errors from Reveal, never plaintext.
func TestMetadataTamperingFailsLoudly(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s, envOpts{})
		tok := e.token(meter)
		for _, id := range []string{"t-1", "t-2"} {
			if r := e.do("POST", "/v1/events", tok, withMetadata(t, id, "secret of "+id)); r.code != 200 {
				t.Fatalf("%d %s", r.code, r.body)
			}
		}
		// A second key in the file, so that "k2" is a real key id.
		if err := keyring.AddKey(e.keys.Path(), "k2"); err != nil {
			t.Fatal(err)
		}
		if err := e.keys.Reload(); err != nil {
			t.Fatal(err)
		}
		// A key file whose "k1" is another key.
		wrongPath := filepath.Join(t.TempDir(), "wrong.json")
		if err := keyring.AddKey(wrongPath, "k1"); err != nil {
			t.Fatal(err)
		}
		wrong, err := keyring.OpenFile(wrongPath)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := intake.Reveal(ctx, s, wrong, "t-1"); !errors.Is(err, keyring.ErrDecrypt) {
			t.Errorf("wrong key: %v", err)
		}

		exec := func(q string, args ...any) {
			t.Helper()
			if _, err := s.DB().ExecContext(ctx, s.DB().Rebind(q), args...); err != nil {
				t.Fatal(err)
			}
		}
		orig, _ := s.UsageMetadata(ctx, "t-1")
		tampered := bytes.Clone(orig.Ciphertext)
		tampered[len(tampered)/2] ^= 0x20
		exec(`UPDATE usage_metadata SET ciphertext = ? WHERE event_id = ?`, tampered, []byte("t-1"))
		if _, err := intake.Reveal(ctx, s, e.keys, "t-1"); !errors.Is(err, keyring.ErrDecrypt) {
			t.Errorf("tampered ciphertext: %v", err)
		}
		exec(`UPDATE usage_metadata SET ciphertext = ?, key_id = ? WHERE event_id = ?`, orig.Ciphertext, "k2", []byte("t-1"))
		if _, err := intake.Reveal(ctx, s, e.keys, "t-1"); !errors.Is(err, keyring.ErrDecrypt) {
			t.Errorf("swapped key id: %v", err)
		}
		exec(`UPDATE usage_metadata SET key_id = ? WHERE event_id = ?`, "k9", []byte("t-1"))
		if _, err := intake.Reveal(ctx, s, e.keys, "t-1"); !errors.Is(err, keyring.ErrUnknownKey) {
			t.Errorf("unknown key id: %v", err)
		}
		// Another event's ciphertext moved under this event: its id is authenticated.
		other, _ := s.UsageMetadata(ctx, "t-2")
		exec(`UPDATE usage_metadata SET ciphertext = ?, key_id = ? WHERE event_id = ?`, other.Ciphertext, other.KeyID, []byte("t-1"))
		if _, err := intake.Reveal(ctx, s, e.keys, "t-1"); !errors.Is(err, keyring.ErrDecrypt) {
			t.Errorf("another event's ciphertext: %v", err)
		}
		// Restored, it opens again.
		exec(`UPDATE usage_metadata SET ciphertext = ?, key_id = ? WHERE event_id = ?`, orig.Ciphertext, orig.KeyID, []byte("t-1"))
		if rv, err := intake.Reveal(ctx, s, e.keys, "t-1"); err != nil || rv.Metadata.Data != "secret of t-1" {
			t.Errorf("restored: %v", err)
		}
	})
}

// TestRotate: after a new key, new writes use it, old rows stay readable,
// and Rotate moves every old row to it, resumably, with progress.
func TestRotate(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s, envOpts{})
		tok := e.token(meter)
		var batch [][]byte
		for _, id := range ids("rot", 25) {
			batch = append(batch, withMetadata(t, id, "plain "+id))
		}
		if r := e.do("POST", "/v1/events", tok, batchOf(batch...)); r.code != 200 {
			t.Fatalf("%d %s", r.code, r.body)
		}
		if err := keyring.AddKey(e.keys.Path(), "k2"); err != nil {
			t.Fatal(err)
		}
		if err := e.keys.Reload(); err != nil {
			t.Fatal(err)
		}
		if r := e.do("POST", "/v1/events", tok, withMetadata(t, "rot-new", "plain rot-new")); r.code != 200 {
			t.Fatalf("%d %s", r.code, r.body)
		}
		if m, _ := s.UsageMetadata(ctx, "rot-new"); m.KeyID != "k2" {
			t.Fatalf("a new write after the rotation is under %q, want k2", m.KeyID)
		}
		if rv, err := intake.Reveal(ctx, s, e.keys, "rot-0003"); err != nil || rv.KeyID != "k1" {
			t.Fatalf("old row before re-encryption: %+v %v", rv, err)
		}

		// Stop after the first page, then resume.
		stopCtx, stop := context.WithCancel(ctx)
		var pages []intake.RotateProgress
		pr, err := intake.Rotate(stopCtx, s, e.keys, 10, func(p intake.RotateProgress) { pages = append(pages, p); stop() })
		if !errors.Is(err, context.Canceled) || pr.Done != 10 || pr.Total != 25 || len(pages) != 1 {
			t.Fatalf("stopped pass: %+v %v", pr, err)
		}
		counts, _ := s.UsageMetadataKeyCounts(ctx)
		if counts["k1"] != 15 || counts["k2"] != 11 {
			t.Fatalf("after the stopped pass: %v", counts)
		}
		pr, err = intake.Rotate(ctx, s, e.keys, 10, func(p intake.RotateProgress) { pages = append(pages, p) })
		if err != nil || pr.Done != 15 || pr.Total != 15 || pr.KeyID != "k2" {
			t.Fatalf("resumed pass: %+v %v", pr, err)
		}
		counts, _ = s.UsageMetadataKeyCounts(ctx)
		if counts["k1"] != 0 || counts["k2"] != 26 {
			t.Fatalf("after rotation: %v", counts)
		}
		for _, id := range append(ids("rot", 25), "rot-new") {
			rv, err := intake.Reveal(ctx, s, e.keys, id)
			if err != nil || rv.Metadata.Data != "plain "+id || rv.KeyID != "k2" {
				t.Fatalf("%s after rotation: %+v %v", id, rv, err)
			}
		}
		// Nothing left: a further pass does nothing.
		if pr, err := intake.Rotate(ctx, s, e.keys, 10, nil); err != nil || pr.Done != 0 || pr.Total != 0 {
			t.Fatalf("idle pass: %+v %v", pr, err)
		}
		// A row that does not open is left alone and reported, the others still move.
		if err := keyring.AddKey(e.keys.Path(), "k3"); err != nil {
			t.Fatal(err)
		}
		e.keys.Reload()
		if _, err := s.DB().ExecContext(ctx, s.DB().Rebind(`UPDATE usage_metadata SET ciphertext = ? WHERE event_id = ?`), []byte("garbage"), []byte("rot-0007")); err != nil {
			t.Fatal(err)
		}
		pr, err = intake.Rotate(ctx, s, e.keys, 10, nil)
		if err == nil || len(pr.Failed) != 1 || pr.Failed[0] != "rot-0007" || pr.Done != 25 {
			t.Fatalf("pass with a broken row: %+v %v", pr, err)
		}
	})
}

// TestPlaintextLeaksNowhere plants a plaintext, sends it every way a client
// can (accepted, duplicate, mismatching, refused, in a batch), reads every
// answer, then greps the HTTP answers, the logs at debug level and a full
// dump of the database for the plaintext, its salt and their encodings.
func TestPlaintextLeaksNowhere(t *testing.T) {
	const planted = "PLANTED-PLAINTEXT-7f3c9e: patient 4471 asked about drug X"
	storetest.EachDSN(t, func(t *testing.T, dsn string) {
		s := storetest.Open(t, dsn)
		e := newEnv(t, s, envOpts{})
		tok := e.token(meter)
		var answers bytes.Buffer
		record := func(r reply) { answers.Write(r.body); fmt.Fprintln(&answers, r.header) }
		sub := withMetadata(t, "leak-1", planted)
		record(e.do("POST", "/v1/events", tok, sub))
		record(e.do("POST", "/v1/events", tok, sub))
		record(e.do("POST", "/v1/events", tok, batchOf(withMetadata(t, "leak-2", planted), withMetadata(t, "leak-3", planted+"!"))))
		mismatch := bytes.Replace(withMetadata(t, "leak-4", "other text"), []byte("other text"), []byte(planted), 1)
		record(e.do("POST", "/v1/events", tok, mismatch))
		record(e.do("POST", "/v1/events", e.token(mustKey("leak other meter")), withMetadata(t, "leak-5", planted)))
		for _, id := range []string{"leak-1", "leak-2", "leak-3", "leak-4"} {
			record(e.do("GET", "/v1/events/"+id, tok, nil))
		}
		noKeys := newEnv(t, s, envOpts{noKeys: true})
		record(noKeys.do("POST", "/v1/events", noKeys.token(mustKey("leak nokey meter")), withMetadata(t, "leak-6", planted)))
		if rv, err := intake.Reveal(ctx, s, e.keys, "leak-1"); err != nil || rv.Metadata.Data != planted {
			t.Fatalf("the planted plaintext was not stored sealed: %v", err)
		}
		if n, _ := s.CountUsageEvents(ctx); n != 3 {
			t.Fatalf("stored %d events, want 3", n)
		}

		dump := dumpDatabase(t, dsn, s)
		_, md, _ := usage.DecodeSubmission(sub)
		needles := map[string][]byte{
			"plaintext":        []byte(planted),
			"plaintext part":   []byte("drug X"),
			"plaintext hex":    []byte(hex.EncodeToString([]byte(planted))),
			"plaintext base64": []byte(base64.StdEncoding.EncodeToString([]byte(planted))),
			"salt hex":         []byte(hex.EncodeToString(md.Salt[:])),
			"salt bytes":       md.Salt[:],
		}
		for where, hay := range map[string][]byte{"HTTP answers": answers.Bytes(), "logs": []byte(e.logs.String() + noKeys.logs.String()), "database dump": dump} {
			if len(hay) < 100 {
				t.Fatalf("%s: only %d bytes captured; the check would prove nothing", where, len(hay))
			}
			for name, needle := range needles {
				if bytes.Contains(hay, needle) || bytes.Contains(bytes.ToLower(hay), bytes.ToLower(needle)) {
					t.Errorf("%s found in the %s", name, where)
				}
			}
		}
		// The check can see: the commitment is in all three.
		commit := []byte(strings.ToLower(hex.EncodeToString(md.Commitment().Bytes())))
		if !bytes.Contains(answers.Bytes(), commit) || !bytes.Contains(bytes.ToLower(dump), commit) && !bytes.Contains(dump, md.Commitment().Bytes()) {
			t.Errorf("the commitment is not in the answers and the dump: the grep looks in the wrong place")
		}
	})
}

// dumpDatabase is every byte the database holds: for SQLite the file, its
// WAL and the sqlite3 text dump; for PostgreSQL pg_dump of the database.
func dumpDatabase(t *testing.T, dsn string, s *store.Store) []byte {
	t.Helper()
	var out bytes.Buffer
	if s.Dialect() == store.SQLite {
		path := strings.TrimPrefix(dsn, "sqlite:")
		for _, p := range []string{path, path + "-wal"} {
			if b, err := os.ReadFile(p); err == nil {
				out.Write(b)
			}
		}
		cmd := exec.Command("sqlite3", path, ".dump")
		b, err := cmd.Output()
		if err != nil {
			t.Fatalf("sqlite3 .dump: %v", err)
		}
		out.Write(b)
		return out.Bytes()
	}
	b, err := exec.Command("pg_dump", "--no-owner", "--data-only", "--inserts", dsn).Output()
	if err != nil {
		t.Fatalf("pg_dump: %v", err)
	}
	if !bytes.Contains(b, []byte("usage_metadata")) {
		t.Fatalf("pg_dump did not dump usage_metadata:\n%s", b)
	}
	return append(out.Bytes(), b...)
}
