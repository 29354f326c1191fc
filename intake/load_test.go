package intake_test

import (
	"crypto/ecdsa"
	"crypto/tls"
	"fmt"
	"net/http"
	"sync"
	"testing"

	"github.com/dataroyalty/royalty/intake"
	"github.com/dataroyalty/royalty/internal/tlstest"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// TestLoadManyMeters: many meters post batches concurrently over TLS on
// loopback, each also resending a part of what it sent (a client retrying
// after a lost answer) and racing another connection with the same events.
// Bounded (a fixed number of events; it stops by itself): no answer is 5xx,
// every event is stored exactly once, as sent, and every first submission is
// reported accepted exactly once across all racing answers.
func TestLoadManyMeters(t *testing.T) {
	const (
		meters   = 12
		requests = 12 // per meter
		maxBatch = 40
	)
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		e := newEnv(t, s, envOpts{})
		certFile, keyFile, pool := tlstest.SelfSigned(t)
		cfg := intake.DefaultServerConfig
		cfg.Listen, cfg.TLSCert, cfg.TLSKey = "127.0.0.1:0", certFile, keyFile
		srv := serve(t, e, cfg)
		client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}, MaxIdleConnsPerHost: 2 * meters}}

		keys := make([]*ecdsa.PrivateKey, meters)
		tokens := make([]string, meters)
		for m := range keys {
			keys[m] = mustKey(fmt.Sprint("load meter ", m))
			tokens[m] = e.token(keys[m])
		}
		var (
			mu       sync.Mutex
			sent     = map[string][]byte{} // id → canonical JSON
			accepted = map[string]int{}
			failures []string
		)
		fail := func(format string, args ...any) {
			mu.Lock()
			failures = append(failures, fmt.Sprintf(format, args...))
			mu.Unlock()
		}
		post := func(m int, items [][]byte) {
			r := doURL(t, client, srv.URL(), "POST", "/v1/events", tokens[m], batchOf(items...))
			if r.code != 200 {
				fail("meter %d: %d %s", m, r.code, r.body)
				return
			}
			var br intake.BatchResponse
			r.decode(t, &br)
			mu.Lock()
			defer mu.Unlock()
			for _, o := range br.Results {
				switch o.Status {
				case intake.Accepted:
					accepted[o.ID]++
				case intake.Duplicate:
				default:
					failures = append(failures, fmt.Sprintf("meter %d: %s rejected: %s", m, o.ID, o.Error))
				}
			}
		}
		var wg sync.WaitGroup
		for m := 0; m < meters; m++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for r := 0; r < requests; r++ {
					n := 1 + (m*7+r*13)%maxBatch
					items := make([][]byte, n)
					for i := range items {
						id := fmt.Sprintf("load-%02d-%02d-%03d", m, r, i)
						items[i] = eventBy(t, keys[m], id, uint64(1+i), domain)
						mu.Lock()
						sent[id] = items[i]
						mu.Unlock()
					}
					if r%4 == 0 { // the same batch on two connections at once
						var race sync.WaitGroup
						for range 2 {
							race.Add(1)
							go func() { defer race.Done(); post(m, items) }()
						}
						race.Wait()
					} else {
						post(m, items)
					}
					if r%3 == 0 { // a retry of what was just sent
						post(m, items[:1+n/2])
					}
				}
			}()
		}
		wg.Wait()
		for _, f := range failures {
			t.Error(f)
		}
		if n, err := s.CountUsageEvents(ctx); err != nil || n != int64(len(sent)) {
			t.Fatalf("stored %d events (%v), sent %d distinct", n, err, len(sent))
		}
		for id := range sent {
			if accepted[id] != 1 {
				t.Errorf("%s reported accepted %d times", id, accepted[id])
			}
		}
		after := ""
		seen := 0
		for {
			evs, err := s.UsageEvents(ctx, after, 500)
			if err != nil {
				t.Fatal(err)
			}
			for i := range evs {
				b, _ := evs[i].MarshalJSON()
				if string(b) != string(sent[evs[i].ID]) {
					t.Fatalf("%s stored as %s, sent %s", evs[i].ID, b, sent[evs[i].ID])
				}
				seen++
			}
			if len(evs) < 500 {
				break
			}
			after = evs[len(evs)-1].ID
		}
		if seen != len(sent) {
			t.Fatalf("paged %d events, sent %d", seen, len(sent))
		}
	})
}
