package ethrpc_test

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/internal/rpcproxy"
	"github.com/ethereum/go-ethereum/rpc"
)

func dial(t *testing.T, url string, cfg ethrpc.Config) *ethrpc.Endpoint {
	t.Helper()
	cfg.URL = url
	if cfg.RetryMin == 0 {
		cfg.RetryMin = 10 * time.Millisecond
	}
	e, err := ethrpc.Dial(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	return e
}

// Retry-After is honoured: the call succeeds after the proxy's 429s, and
// waits at least what the header asked (1s) though the backoff minimum is 10ms.
func TestRetries429HonouringRetryAfterAnd5xx(t *testing.T) {
	ctx := context.Background()
	node := anviltest.Start(t, anviltest.Options{})
	p := rpcproxy.Start(t, node.URL)
	e := dial(t, p.URL, ethrpc.Config{RetryMax: 4})

	p.Fail429(2, "1")
	start := time.Now()
	if _, err := e.ChainID(ctx); err != nil {
		t.Fatalf("after two 429s: %v", err)
	}
	if waited := time.Since(start); waited < 2*time.Second {
		t.Errorf("waited %v after two 429s with Retry-After: 1, want ≥ 2s", waited)
	}
	if p.Faults("429") != 2 {
		t.Errorf("429 faults served %d, want 2", p.Faults("429"))
	}

	p.Fail5xx(3, http.StatusBadGateway)
	if _, err := e.HeaderByTag(ctx, rpc.LatestBlockNumber); err != nil {
		t.Fatalf("after three 502s: %v", err)
	}
	if p.Faults("5xx") != 3 {
		t.Errorf("5xx faults served %d, want 3", p.Faults("5xx"))
	}

	// Bounded: more failures than attempts is an error, not a hang.
	p.Fail5xx(100, http.StatusServiceUnavailable)
	if _, err := e.ChainID(ctx); err == nil {
		t.Fatal("100 503s: call succeeded, want an error after the retry budget")
	}
}

// A lagging endpoint is passed over once the pool knows the heads; a dead
// one too; the first in the list is taken back once it is up to date.
func TestPoolFailsOverBetweenCycles(t *testing.T) {
	ctx := context.Background()
	node := anviltest.Start(t, anviltest.Options{})
	if err := node.Mine(ctx, 30); err != nil {
		t.Fatal(err)
	}
	lagging := rpcproxy.Start(t, node.URL)
	good := rpcproxy.Start(t, node.URL)
	lagging.Lag(10)
	a := dial(t, lagging.URL, ethrpc.Config{RetryMax: 1, DownMin: 50 * time.Millisecond})
	b := dial(t, good.URL, ethrpc.Config{RetryMax: 1, DownMin: 50 * time.Millisecond})
	pool, err := ethrpc.NewPool(nil, a, b)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	pool.Probe(ctx)
	got, err := pool.Begin(ctx)
	if err != nil || got != b {
		t.Fatalf("Begin picked %v (%v), want the up-to-date endpoint %v", got, err, b)
	}
	lagging.Lag(0)
	good.Fail5xx(1000, http.StatusBadGateway)
	pool.Probe(ctx)
	got, err = pool.Begin(ctx)
	if err != nil || got != a {
		t.Fatalf("Begin with the current endpoint down picked %v (%v), want %v", got, err, a)
	}
	// b recovers, a lags again: b, though second in the list, is taken.
	good.Fail5xx(0, 0)
	lagging.Lag(10)
	time.Sleep(200 * time.Millisecond) // past b's hold
	pool.Probe(ctx)
	if got, err = pool.Begin(ctx); err != nil || got != b {
		t.Fatalf("Begin after the up-to-date endpoint recovered picked %v (%v), want %v", got, err, b)
	}
	// a catches up: the first in the list is preferred again.
	lagging.Lag(0)
	pool.Probe(ctx)
	if got, err = pool.Begin(ctx); err != nil || got != a {
		t.Fatalf("Begin with both up to date picked %v (%v), want the first %v", got, err, a)
	}
}

// Finding 2: a Retry-After is kept by the endpoint beyond the request that
// got it. Two 429s with Retry-After: 2 outlast a one-retry budget, so the
// call fails; the next call (the next poll cycle) must still not reach the
// server before 2 s after the last 429.
func TestRetryAfterHeldAcrossRequests(t *testing.T) {
	ctx := context.Background()
	node := anviltest.Start(t, anviltest.Options{})
	p := rpcproxy.Start(t, node.URL)
	e := dial(t, p.URL, ethrpc.Config{RetryMax: 1})
	p.Fail429(2, "2")
	if _, err := e.ChainID(ctx); err == nil {
		t.Fatal("two 429s with a one-retry budget: call succeeded")
	}
	if _, err := e.ChainID(ctx); err != nil {
		t.Fatalf("after the Retry-After: %v", err)
	}
	checkRetryAfterKept(t, p.Events(), 2*time.Second)
	if st := e.Status(); st.Failures != 0 {
		t.Errorf("after a success: %d failures in a row, want 0", st.Failures)
	}
}

// checkRetryAfterKept asserts that no request followed a 429 sooner than
// wait (a lower bound: a loaded machine only lengthens the gaps).
func checkRetryAfterKept(t *testing.T, evs []rpcproxy.Event, wait time.Duration) {
	t.Helper()
	n := 0
	for i := 0; i+1 < len(evs); i++ {
		if evs[i].Fault != "429" {
			continue
		}
		n++
		if gap := evs[i+1].At.Sub(evs[i].At); gap < wait {
			t.Errorf("request %d (%s) came %v after a 429 with Retry-After %v", i+1, evs[i+1].Method, gap.Round(time.Millisecond), wait)
		}
	}
	if n == 0 {
		t.Fatal("no 429 was followed by a request: the test did not test")
	}
}

// Finding 3: a backup that holds every request (accepts, never answers) or
// answers 429 with Retry-After: 30 never delays Begin, and is asked at
// most once per probe: the pool neither waits for it nor retries it.
func TestPoolDeadBackupNeverSlowsPrimary(t *testing.T) {
	ctx := context.Background()
	node := anviltest.Start(t, anviltest.Options{})
	if err := node.Mine(ctx, 5); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"stall", "429 Retry-After 30"} {
		t.Run(mode, func(t *testing.T) {
			primary := rpcproxy.Start(t, node.URL)
			backup := rpcproxy.Start(t, node.URL)
			if mode == "stall" {
				backup.Stall(true)
			} else {
				backup.Fail429(1000, "30")
			}
			a := dial(t, primary.URL, ethrpc.Config{})
			b := dial(t, backup.URL, ethrpc.Config{})
			pool, err := ethrpc.NewPool(nil, a, b)
			if err != nil {
				t.Fatal(err)
			}
			pool.ProbeEvery = time.Millisecond
			t.Cleanup(pool.Close)
			// Every Begin must return on the primary without waiting: a
			// call on the backup would block for its 30 s timeout (stall)
			// or Retry-After, far past this 20 s bound on 50 cycles.
			cctx, cancel := context.WithTimeout(ctx, 20*time.Second)
			defer cancel()
			for i := 0; i < 50; i++ {
				c, err := pool.Begin(cctx)
				if err != nil || c != a {
					t.Fatalf("cycle %d: Begin gave %v (%v), want the primary", i, c, err)
				}
				if _, err := c.HeaderByTag(cctx, rpc.LatestBlockNumber); err != nil {
					t.Fatalf("cycle %d on the primary: %v", i, err)
				}
				time.Sleep(2 * time.Millisecond)
			}
			if n := backup.Count("http"); n != 1 {
				t.Errorf("the dead backup got %d requests in 50 cycles, want 1 (one probe, then held)", n)
			}
			if st := b.Status(); mode != "stall" && st.HeldUntil.IsZero() {
				t.Errorf("backup not held after Retry-After 30: %+v", st)
			}
		})
	}
}
