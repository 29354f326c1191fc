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


// A lagging endpoint is passed over at the next cycle; a dead one too.
func TestPoolFailsOverBetweenCycles(t *testing.T) {
	ctx := context.Background()
	node := anviltest.Start(t, anviltest.Options{})
	if err := node.Mine(ctx, 30); err != nil {
		t.Fatal(err)
	}
	lagging := rpcproxy.Start(t, node.URL)
	good := rpcproxy.Start(t, node.URL)
	lagging.Lag(10)
	a := dial(t, lagging.URL, ethrpc.Config{RetryMax: 1})
	b := dial(t, good.URL, ethrpc.Config{RetryMax: 1})
	pool, err := ethrpc.NewPool(nil, a, b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pool.Begin(ctx)
	if err != nil || got != b {
		t.Fatalf("Begin picked %v (%v), want the up-to-date endpoint %v", got, err, b)
	}
	lagging.Lag(0)
	good.Fail5xx(1000, http.StatusBadGateway)
	got, err = pool.Begin(ctx)
	if err != nil || got != a {
		t.Fatalf("Begin with the current endpoint down picked %v (%v), want %v", got, err, a)
	}
}
