package store_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/dataroyalty/royalty/usage"
	"github.com/ethereum/go-ethereum/common"
)

func withCommitment(e *usage.SignedEvent) {
	e.MetadataCommitment = usage.Commit([32]byte{7}, "m-"+e.ID)
}

func sealed(key, ct string) *store.SealedMetadata {
	return &store.SealedMetadata{KeyID: key, Ciphertext: []byte(ct)}
}

// TestUsageEventsBatch: one transaction, a result per write in the caller's
// order, conflicts as results, duplicates inside the batch, metadata stored
// with new events and missing-metadata duplicates but never over a stored row.
func TestUsageEventsBatch(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		a := usageEvent(t, "a", 10, withCommitment)
		b := usageEvent(t, "b", 11, withCommitment)
		c := usageEvent(t, "c", 12)
		if _, err := s.InsertUsageEvent(ctx, chainID, b); err != nil { // b first without its metadata
			t.Fatal(err)
		}
		if _, err := s.InsertUsageEvent(ctx, chainID, c); err != nil {
			t.Fatal(err)
		}
		cOther := usageEvent(t, "c", 13)
		d := usageEvent(t, "d", 14, withCommitment)
		ws := []store.UsageWrite{
			{Event: d},                            // inserted, no metadata
			{Event: a, Sealed: sealed("k1", "A")}, // inserted with metadata
			{Event: b, Sealed: sealed("k1", "B")}, // duplicate: its missing metadata is stored
			{Event: cOther},                       // conflict
			{Event: d, Sealed: sealed("k1", "D")}, // the same event again in the batch, now with metadata
			{Event: c},                            // duplicate
		}
		rs, err := s.InsertUsageEvents(ctx, chainID, ws)
		if err != nil {
			t.Fatal(err)
		}
		want := []store.UsageResult{store.UsageInserted, store.UsageInserted, store.UsageDuplicate, store.UsageConflict, store.UsageDuplicate, store.UsageDuplicate}
		if fmt.Sprint(rs) != fmt.Sprint(want) {
			t.Fatalf("results %v, want %v", rs, want)
		}
		for id, ct := range map[string]string{"a": "A", "b": "B", "d": "D"} {
			m, err := s.UsageMetadata(ctx, id)
			if err != nil || string(m.Ciphertext) != ct || m.KeyID != "k1" {
				t.Errorf("metadata of %s = %+v, %v", id, m, err)
			}
		}
		if _, err := s.UsageMetadata(ctx, "c"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("metadata of c: %v", err)
		}
		// Sent again with other ciphertext: a duplicate, the stored row stays.
		if rs, err := s.InsertUsageEvents(ctx, chainID, []store.UsageWrite{{Event: a, Sealed: sealed("k2", "A2")}}); err != nil || rs[0] != store.UsageDuplicate {
			t.Fatalf("again: %v, %v", rs, err)
		}
		if m, _ := s.UsageMetadata(ctx, "a"); string(m.Ciphertext) != "A" {
			t.Fatalf("a stored ciphertext was replaced: %+v", m)
		}
		if n, _ := s.CountUsageEvents(ctx); n != 4 {
			t.Fatalf("count %d, want 4", n)
		}
		// Sealed metadata for an event without a commitment is refused outright.
		if _, err := s.InsertUsageEvents(ctx, chainID, []store.UsageWrite{{Event: usageEvent(t, "e", 1), Sealed: sealed("k1", "E")}}); err == nil {
			t.Fatal("metadata for an event without a commitment accepted")
		}
		if n, _ := s.CountUsageEvents(ctx); n != 4 {
			t.Fatalf("a refused batch stored something: count %d", n)
		}
	})
}

// TestUsageEventsBatchConcurrent: batches sharing ids in opposite orders
// commit without deadlock, each id stored once, through both PostgreSQL
// paths (multi-row INSERT below 200 rows, COPY staging from 200).
func TestUsageEventsBatchConcurrent(t *testing.T) {
	for _, n := range []int{150, 300} {
		t.Run(fmt.Sprint(n), func(t *testing.T) { testBatchConcurrent(t, n) })
	}
}

func testBatchConcurrent(t *testing.T, n int) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		const writers, rounds = 8, 4
		// Warm the pool so that the writers start together, not one connection apart.
		var warm sync.WaitGroup
		for range writers {
			warm.Add(1)
			go func() { defer warm.Done(); s.DB().PingContext(ctx) }()
		}
		warm.Wait()
		var signed []*usage.SignedEvent
		for i := range n {
			signed = append(signed, usageEvent(t, fmt.Sprintf("evt-%03d", i), uint64(i)))
		}
		for round := range rounds {
			evs := make([]*usage.SignedEvent, n)
			for i, e := range signed {
				c := *e // the same signed content under a new id per round
				c.ID = fmt.Sprintf("r%d-%s", round, e.ID)
				evs[i] = &c
			}
			var wg sync.WaitGroup
			start := make(chan struct{})
			errs := make(chan error, writers)
			for w := range writers {
				ws := make([]store.UsageWrite, n)
				for i := range ws {
					j := i
					if w%2 == 1 {
						j = n - 1 - i
					}
					ws[i] = store.UsageWrite{Event: evs[j]}
				}
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					rs, err := s.InsertUsageEvents(ctx, chainID, ws)
					if err == nil {
						for _, r := range rs {
							if r == store.UsageConflict {
								err = errors.New("conflict between equal events")
							}
						}
					}
					errs <- err
				}()
			}
			close(start)
			wg.Wait()
			close(errs)
			for err := range errs {
				if err != nil {
					t.Fatalf("round %d: %v", round, err)
				}
			}
		}
		if c, _ := s.CountUsageEvents(ctx); c != int64(n*rounds) {
			t.Fatalf("count %d, want %d", c, n*rounds)
		}
	})
}

// TestUsageMetadataRotationRows: the work list skips rows under the current
// key and pages by id; the replacement is a compare-and-swap on the old key.
func TestUsageMetadataRotationRows(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		var ws []store.UsageWrite
		for i := 0; i < 5; i++ {
			key := "old"
			if i == 2 {
				key = "new"
			}
			ws = append(ws, store.UsageWrite{Event: usageEvent(t, fmt.Sprint("m", i), 1, withCommitment), Sealed: sealed(key, fmt.Sprint("ct", i))})
		}
		if _, err := s.InsertUsageEvents(ctx, chainID, ws); err != nil {
			t.Fatal(err)
		}
		page, err := s.UsageMetadataNotUnder(ctx, "new", "", 2)
		if err != nil || len(page) != 2 || page[0].EventID != "m0" || page[1].EventID != "m1" {
			t.Fatalf("first page %+v, %v", page, err)
		}
		page, _ = s.UsageMetadataNotUnder(ctx, "new", "m1", 10)
		if len(page) != 2 || page[0].EventID != "m3" || page[1].EventID != "m4" {
			t.Fatalf("second page %+v", page)
		}
		ok, err := s.ReplaceUsageMetadata(ctx, "m3", "old", store.SealedMetadata{KeyID: "new", Ciphertext: []byte("x")})
		if err != nil || !ok {
			t.Fatalf("replace: %v %v", ok, err)
		}
		if ok, err := s.ReplaceUsageMetadata(ctx, "m3", "old", store.SealedMetadata{KeyID: "new", Ciphertext: []byte("y")}); err != nil || ok {
			t.Fatalf("second replace from the old key: %v %v", ok, err)
		}
		if m, _ := s.UsageMetadata(ctx, "m3"); m.KeyID != "new" || string(m.Ciphertext) != "x" {
			t.Fatalf("m3 = %+v", m)
		}
		counts, err := s.UsageMetadataKeyCounts(ctx)
		if err != nil || counts["old"] != 3 || counts["new"] != 2 {
			t.Fatalf("counts %v %v", counts, err)
		}
	})
}

func TestMeterCredentials(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		h := sha256.Sum256([]byte("secret"))
		c1 := store.MeterCredential{KeyID: "k1", Meter: alice, SecretHash: h, Label: "gateway eu", CreatedAt: 100}
		c2 := store.MeterCredential{KeyID: "k2", Meter: bob, SecretHash: h, CreatedAt: 90}
		c3 := store.MeterCredential{KeyID: "k3", Meter: alice, SecretHash: h, CreatedAt: 200}
		for _, c := range []store.MeterCredential{c1, c2, c3} {
			if err := s.InsertMeterCredential(ctx, c); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.InsertMeterCredential(ctx, c1); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("same id again: %v", err)
		}
		if err := s.InsertMeterCredential(ctx, store.MeterCredential{KeyID: "k9", Meter: common.Address{}, SecretHash: h}); err == nil {
			t.Fatal("zero meter accepted")
		}
		got, err := s.MeterCredential(ctx, "k1")
		if err != nil || got != c1 || got.Revoked() {
			t.Fatalf("k1 = %+v, %v", got, err)
		}
		all, _ := s.MeterCredentials(ctx, nil)
		mine, _ := s.MeterCredentials(ctx, &alice)
		ids := func(cs []store.MeterCredential) (out []string) {
			for _, c := range cs {
				out = append(out, c.KeyID)
			}
			return
		}
		wantAll := "[k1 k3 k2]"
		if bytes.Compare(alice[:], bob[:]) > 0 {
			wantAll = "[k2 k1 k3]"
		}
		if fmt.Sprint(ids(all)) != wantAll || fmt.Sprint(ids(mine)) != "[k1 k3]" {
			t.Fatalf("lists %v / %v", ids(all), ids(mine))
		}
		if was, err := s.RevokeMeterCredential(ctx, "k1", 300); err != nil || was {
			t.Fatalf("revoke: %v %v", was, err)
		}
		if was, err := s.RevokeMeterCredential(ctx, "k1", 400); err != nil || !was {
			t.Fatalf("revoke again: %v %v", was, err)
		}
		if got, _ := s.MeterCredential(ctx, "k1"); got.RevokedAt != 300 {
			t.Fatalf("revoked at %d, want the first time 300", got.RevokedAt)
		}
		if _, err := s.RevokeMeterCredential(ctx, "nope", 1); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("revoke unknown: %v", err)
		}
		if _, err := s.MeterCredential(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown: %v", err)
		}
	})
}

func TestUsageCommitments(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		v2 := usageEvent(t, "v2", 1, withCommitment)
		for _, e := range []*usage.SignedEvent{usageEvent(t, "v1", 1), v2} {
			if _, err := s.InsertUsageEvent(ctx, chainID, e); err != nil {
				t.Fatal(err)
			}
		}
		got, err := s.UsageCommitments(ctx, []string{"v1", "v2", "missing"})
		if err != nil || len(got) != 1 || got["v2"] != v2.MetadataCommitment {
			t.Fatalf("commitments %v, %v", got, err)
		}
	})
}

// TestOldStoredEventStillVerifies: an event stored as the code before
// metadata commitments stored it (no metadata_commitment; the version 1
// golden vector, signed then) reads back, verifies, and is a duplicate of
// itself when sent again.
func TestOldStoredEventStillVerifies(t *testing.T) {
	raw, err := os.ReadFile("../usage/testdata/vector.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		ChainID           uint64          `json:"chainId"`
		VerifyingContract string          `json:"verifyingContract"`
		Event             json.RawMessage `json:"event"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	old, err := usage.Decode(v.Event)
	if err != nil {
		t.Fatal(err)
	}
	dom := usage.Domain{ChainID: v.ChainID, VerifyingContract: common.HexToAddress(v.VerifyingContract)}
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		body, _ := old.MarshalJSON()
		sh := old.StructHash()
		// The 0200 columns only, as InsertUsageEvent wrote them before 0802.
		_, err := s.DB().ExecContext(ctx, s.DB().Rebind(`INSERT INTO usage_events (id, chain_id, consumer, payment_account, dataset_id,
			dataset_version, event_time, valuation_version, meter, mode, struct_hash, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
			[]byte(old.ID), int64(v.ChainID), old.Consumer.Bytes(), old.PaymentAccount.Bytes(), old.DatasetID.Dec(), "1",
			int64(old.Timestamp), "1", old.Meter.Bytes(), int64(old.Mode), sh.Bytes(), string(body))
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.UsageEvent(ctx, old.ID)
		if err != nil || *got != *old || got.Version() != 1 {
			t.Fatalf("read back %+v, %v", got, err)
		}
		if err := got.Verify(dom); err != nil {
			t.Fatalf("the old event no longer verifies: %v", err)
		}
		if rs, err := s.InsertUsageEvents(ctx, v.ChainID, []store.UsageWrite{{Event: old}}); err != nil || rs[0] != store.UsageDuplicate {
			t.Fatalf("sent again: %v %v", rs, err)
		}
		if c, err := s.UsageCommitments(ctx, []string{old.ID}); err != nil || len(c) != 0 {
			t.Fatalf("commitments of a version 1 event: %v %v", c, err)
		}
	})
}

// TestUsageEventsLargeBatchWithStored: a batch large enough for COPY that
// holds stored ids (a retry) falls back to the idempotent path: the stored
// ones are duplicates or conflicts, the rest inserted, metadata with them.
func TestUsageEventsLargeBatchWithStored(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		var first []store.UsageWrite
		for i := range 250 {
			first = append(first, store.UsageWrite{Event: usageEvent(t, fmt.Sprintf("big-%03d", i), 1)})
		}
		if _, err := s.InsertUsageEvents(ctx, chainID, first); err != nil {
			t.Fatal(err)
		}
		var again []store.UsageWrite
		for i := range 300 {
			id := fmt.Sprintf("big-%03d", i)
			switch {
			case i == 7: // other content under a stored id
				again = append(again, store.UsageWrite{Event: usageEvent(t, id, 2)})
			case i < 250:
				again = append(again, first[i])
			default:
				again = append(again, store.UsageWrite{Event: usageEvent(t, id, 1, withCommitment), Sealed: sealed("k1", id)})
			}
		}
		rs, err := s.InsertUsageEvents(ctx, chainID, again)
		if err != nil {
			t.Fatal(err)
		}
		for i, r := range rs {
			want := store.UsageDuplicate
			switch {
			case i == 7:
				want = store.UsageConflict
			case i >= 250:
				want = store.UsageInserted
			}
			if r != want {
				t.Fatalf("write %d: %v, want %v", i, r, want)
			}
		}
		if n, _ := s.CountUsageEvents(ctx); n != 300 {
			t.Fatalf("count %d, want 300", n)
		}
		if m, err := s.UsageMetadata(ctx, "big-299"); err != nil || string(m.Ciphertext) != "big-299" {
			t.Fatalf("metadata of a new event in the fallback: %+v %v", m, err)
		}
	})
}
