package service

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/internal/servicetest"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/dataroyalty/royalty/usage"
)

// storeEvents stores n fresh events (ids prefix-0 …) at the fixture's time.
func storeEvents(t testing.TB, f *servicetest.Closed, st *store.Store, prefix string, n int) {
	t.Helper()
	ws := make([]store.UsageWrite, n)
	for i := range ws {
		ws[i] = store.UsageWrite{Event: f.SignedEvent(t, fmt.Sprintf("%s-%04d", prefix, i))}
	}
	if _, err := st.InsertUsageEvents(context.Background(), f.W.Dep.ChainID, ws); err != nil {
		t.Fatal(err)
	}
}

// TestPricingIsSharedSkipLocked: on PostgreSQL, while one instance holds a
// batch of unpriced events in its pricing transaction, another instance
// takes the next events instead of waiting (FOR UPDATE SKIP LOCKED); two
// instances pricing at once price every event exactly once. On SQLite (one
// instance) the same pass prices everything.
func TestPricingIsSharedSkipLocked(t *testing.T) {
	for _, backend := range storetest.Backends {
		t.Run(backend, func(t *testing.T) {
			ctx := context.Background()
			dsn := storetest.DSN(t, backend)
			st1, err := store.Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer st1.Close()
			f := servicetest.NewClosed(t, st1)
			storeEvents(t, f, st1, "shared", 40)
			if backend == "postgres" {
				st2, err := store.Open(ctx, dsn)
				if err != nil {
					t.Fatal(err)
				}
				defer st2.Close()
				held, release, released := make(chan []string, 1), make(chan struct{}), make(chan struct{})
				go func() {
					defer close(released)
					_, _, _, _ = st1.WorkUnpriced(ctx, f.W.Dep.ChainID, -1, "", 5, func(tx *store.Store, evs []usage.SignedEvent) error {
						ids := make([]string, len(evs))
						for i := range evs {
							ids[i] = evs[i].ID
						}
						held <- ids
						<-release
						return nil
					})
				}()
				first := <-held
				got := make(chan []string, 1)
				go func() {
					_, _, _, err := st2.WorkUnpriced(ctx, f.W.Dep.ChainID, -1, "", 5, func(tx *store.Store, evs []usage.SignedEvent) error {
						ids := make([]string, len(evs))
						for i := range evs {
							ids[i] = evs[i].ID
						}
						got <- ids
						return nil
					})
					if err != nil {
						t.Error(err)
					}
				}()
				var second []string
				select {
				case second = <-got:
				case <-time.After(10 * time.Second):
					t.Fatal("the second instance waited for the first one's locked batch")
				}
				close(release)
				<-released // its transaction ended: its rows are unlocked
				if len(first) != 5 || len(second) != 5 || first[0] != "shared-0000" || second[0] != "shared-0005" {
					t.Fatalf("batches %v and %v: want the first five, then the next five", first, second)
				}

				// Two instances at once: every event priced once.
				var wg sync.WaitGroup
				var sums [2]pipeline.Summary
				for i, st := range []*store.Store{st1, st2} {
					wg.Add(1)
					go func() {
						defer wg.Done()
						s, err := (&pipeline.Pricer{Store: st, Dep: f.W.Dep}).PriceShared(ctx, 4)
						if err != nil {
							t.Error(err)
						}
						sums[i] = s
					}()
				}
				wg.Wait()
				if sums[0].Priced+sums[1].Priced != 40 {
					t.Fatalf("the two instances priced %d and %d events, want 40 in all", sums[0].Priced, sums[1].Priced)
				}
			} else if s, err := (&pipeline.Pricer{Store: st1, Dep: f.W.Dep}).PriceShared(ctx, 7); err != nil || s.Priced != 40 {
				t.Fatalf("priced %+v %v, want 40", s, err)
			}
			c, err := st1.CountEvents(ctx, f.W.Dep.ChainID)
			if err != nil || c.Priced != 41 || c.Unseen != 0 {
				t.Fatalf("counts %+v %v: want the fixture's event and the 40 priced", c, err)
			}
			// A second pass finds nothing to price.
			if s, err := (&pipeline.Pricer{Store: st1, Dep: f.W.Dep}).PriceShared(ctx, 7); err != nil || s.Seen != 0 {
				t.Fatalf("second pass %+v %v: want nothing seen", s, err)
			}
		})
	}
}

// BenchmarkPricingInstances measures events priced per second on one
// PostgreSQL by one pricer, then by two at once (two connection pools, as
// two `royalty run` share the database), each over its own fresh events,
// and reports both rates and their ratio (docs/benchmarks.md). Run with
// -benchtime 1x: one run.
func BenchmarkPricingInstances(b *testing.B) {
	ctx := context.Background()
	dsn := storetest.PostgresDSN(b)
	sts := make([]*store.Store, 2)
	for i := range sts {
		st, err := store.Open(ctx, dsn)
		if err != nil {
			b.Fatal(err)
		}
		defer st.Close()
		sts[i] = st
	}
	f := servicetest.NewClosed(b, sts[0])
	const n = 600
	rate := func(instances int, prefix string) float64 {
		storeEvents(b, f, sts[0], prefix, n)
		start := time.Now()
		var wg sync.WaitGroup
		var mu sync.Mutex
		priced := 0
		for i := 0; i < instances; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := (&pipeline.Pricer{Store: sts[i], Dep: f.W.Dep}).PriceShared(ctx, 50)
				if err != nil {
					b.Error(err)
				}
				mu.Lock()
				priced += s.Priced
				mu.Unlock()
			}()
		}
		wg.Wait()
		if priced != n {
			b.Fatalf("%d instance(s) priced %d of %d events", instances, priced, n)
		}
		return float64(n) / time.Since(start).Seconds()
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		one := rate(1, fmt.Sprintf("one-%d", i))
		two := rate(2, fmt.Sprintf("two-%d", i))
		b.ReportMetric(one, "events/s-1")
		b.ReportMetric(two, "events/s-2")
		b.ReportMetric(two/one, "ratio-2/1")
	}
}
