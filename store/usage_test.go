package store_test

import (
	"errors"
	"fmt"
	"sort"
	"testing"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/dataroyalty/royalty/usage"
	"github.com/ethereum/go-ethereum/crypto"
)

var usageDomain = usage.Domain{ChainID: chainID, VerifyingContract: govern}

func usageEvent(t testing.TB, id string, ts uint64, mutate ...func(*usage.SignedEvent)) *usage.SignedEvent {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("store test meter")))
	if err != nil {
		t.Fatal(err)
	}
	e := &usage.SignedEvent{ID: id, Consumer: alice, PaymentAccount: bob, DatasetID: u(7), DatasetVersion: 1,
		Quantity: u(1000), Unit: "request", Timestamp: ts, PolicyRule: "r", ValuationVersion: 1, Mode: engine.ModeTNPL}
	for _, m := range mutate {
		m(e)
	}
	if err := e.Sign(key, usageDomain); err != nil {
		t.Fatal(err)
	}
	return e
}

func TestUsageEventsInsertIdempotent(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := usageEvent(t, "evt-1", 1000)
		if ins, err := s.InsertUsageEvent(ctx, chainID, e); err != nil || !ins {
			t.Fatalf("first insert = %v, %v; want true, nil", ins, err)
		}
		again := *e
		again.Signature[64] -= 27 // the same signature with v as 0/1: same content
		if ins, err := s.InsertUsageEvent(ctx, chainID, &again); err != nil || ins {
			t.Fatalf("second insert = %v, %v; want false, nil", ins, err)
		}
		conflicts := map[string]*usage.SignedEvent{
			"quantity": usageEvent(t, "evt-1", 1000, func(e *usage.SignedEvent) { e.Quantity = u(1001) }),
			"mode":     usageEvent(t, "evt-1", 1000, func(e *usage.SignedEvent) { e.Mode = engine.ModeStandard }),
			"time":     usageEvent(t, "evt-1", 1001),
		}
		other, _ := crypto.GenerateKey()
		byOther := *e
		if err := byOther.Sign(other, usageDomain); err != nil {
			t.Fatal(err)
		}
		conflicts["meter"] = &byOther
		for name, c := range conflicts {
			if ins, err := s.InsertUsageEvent(ctx, chainID, c); !errors.Is(err, store.ErrConflict) || ins {
				t.Errorf("%s changed: insert = %v, %v; want ErrConflict", name, ins, err)
			}
		}
		if _, err := s.InsertUsageEvent(ctx, chainID+1, e); !errors.Is(err, store.ErrConflict) {
			t.Errorf("other chain: err = %v, want ErrConflict", err)
		}
		got, err := s.UsageEvent(ctx, "evt-1")
		if err != nil || *got != *e {
			t.Fatalf("UsageEvent = %+v, %v; want the first event %+v", got, err, e)
		}
		if n, err := s.CountUsageEvents(ctx); err != nil || n != 1 {
			t.Fatalf("count = %d, %v; want 1", n, err)
		}
		if _, err := s.UsageEvent(ctx, "nope"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("missing event: err = %v, want ErrNotFound", err)
		}
		bad := *e
		bad.ID, bad.Quantity = "evt-bad", u(0)
		var fe *engine.FieldError
		if _, err := s.InsertUsageEvent(ctx, chainID, &bad); !errors.As(err, &fe) || fe.Field != "event.quantity" {
			t.Fatalf("zero quantity: err = %v, want a FieldError for event.quantity", err)
		}
	})
}

// TestUsageEventsExtremes: the largest values of every column survive both backends exactly.
func TestUsageEventsExtremes(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := usageEvent(t, "~ max \"quoted\" <&> ~", usage.MaxTimestamp, func(e *usage.SignedEvent) {
			e.DatasetID, e.Quantity = *maxU, *maxU
			e.DatasetVersion, e.ValuationVersion = 1<<64-1, 1<<64-1
			e.Unit, e.PolicyRule, e.Mode = "µs", "règle", engine.ModePrepaid
		})
		if _, err := s.InsertUsageEvent(ctx, chainID, e); err != nil {
			t.Fatal(err)
		}
		got, err := s.UsageEvent(ctx, e.ID)
		if err != nil || *got != *e {
			t.Fatalf("UsageEvent = %+v, %v; want %+v", got, err, e)
		}
		if err := got.Verify(usageDomain); err != nil {
			t.Fatal(err)
		}
	})
}

// TestUsageEventsPaging: (timestamp, id) order, ids compared bytewise, pages
// of every size give the same sequence.
func TestUsageEventsPaging(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		ids := []string{"b", "a", "B", "a-1", "~", "Z", " x", "a b", "evt-10", "evt-9"}
		type key struct {
			ts uint64
			id string
		}
		var want []key
		for i, id := range ids {
			ts := uint64(100 + (i*7)%3) // three timestamps, inserted out of order
			if _, err := s.InsertUsageEvent(ctx, chainID, usageEvent(t, id, ts)); err != nil {
				t.Fatal(err)
			}
			want = append(want, key{ts, id})
		}
		sort.Slice(want, func(i, j int) bool {
			if want[i].ts != want[j].ts {
				return want[i].ts < want[j].ts
			}
			return want[i].id < want[j].id // Go compares strings bytewise
		})
		for _, limit := range []int{1, 3, len(ids), 100} {
			var got []key
			after := ""
			for page := 0; ; page++ {
				evs, err := s.UsageEvents(ctx, after, limit)
				if err != nil {
					t.Fatalf("limit %d page %d: %v", limit, page, err)
				}
				if len(evs) > limit {
					t.Fatalf("limit %d: got %d", limit, len(evs))
				}
				for _, e := range evs {
					got = append(got, key{e.Timestamp, e.ID})
				}
				if len(evs) < limit {
					break
				}
				after = evs[len(evs)-1].ID
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("limit %d: order %v, want %v", limit, got, want)
			}
		}
		if _, err := s.UsageEvents(ctx, "unknown", 10); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("unknown cursor: err = %v, want ErrNotFound", err)
		}
		for _, limit := range []int{0, -1, store.MaxUsageEventsPage + 1} {
			if _, err := s.UsageEvents(ctx, "", limit); err == nil {
				t.Errorf("limit %d accepted", limit)
			}
		}
		if n, err := s.CountUsageEvents(ctx); err != nil || n != int64(len(ids)) {
			t.Fatalf("count = %d, %v; want %d", n, err, len(ids))
		}
	})
}

// TestUsageEventsConcurrentInsert: meters retry; concurrent inserts of one id
// store it once, and of different content under one id let exactly one win.
func TestUsageEventsConcurrentInsert(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		const n = 8
		type result struct {
			inserted bool
			err      error
		}
		run := func(events []*usage.SignedEvent) []result {
			out := make(chan result, len(events))
			for _, e := range events {
				go func() {
					ins, err := s.InsertUsageEvent(ctx, chainID, e)
					out <- result{ins, err}
				}()
			}
			rs := make([]result, len(events))
			for i := range rs {
				rs[i] = <-out
			}
			return rs
		}
		same := make([]*usage.SignedEvent, n)
		for i := range same {
			same[i] = usageEvent(t, "same", 5)
		}
		wins := 0
		for _, r := range run(same) {
			if r.err != nil {
				t.Fatalf("same content: %v", r.err)
			}
			if r.inserted {
				wins++
			}
		}
		if wins != 1 {
			t.Fatalf("same content: %d inserts reported, want 1", wins)
		}
		differing := make([]*usage.SignedEvent, n)
		for i := range differing {
			differing[i] = usageEvent(t, "contested", 5, func(e *usage.SignedEvent) { e.Quantity = u(uint64(i + 1)) })
		}
		wins = 0
		for _, r := range run(differing) {
			switch {
			case r.err == nil && r.inserted:
				wins++
			case !errors.Is(r.err, store.ErrConflict):
				t.Fatalf("differing content: inserted=%v err=%v, want a win or ErrConflict", r.inserted, r.err)
			}
		}
		if wins != 1 {
			t.Fatalf("differing content: %d winners, want 1", wins)
		}
		if c, err := s.CountUsageEvents(ctx); err != nil || c != 2 {
			t.Fatalf("count = %d, %v; want 2", c, err)
		}
	})
}
