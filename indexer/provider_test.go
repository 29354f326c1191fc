package indexer_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	gosync "sync"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/internal/rpcproxy"
	"github.com/dataroyalty/royalty/store"
)

// dialProxy is an endpoint on a proxy with fast test retries.
func (w *world) dialProxy(p *rpcproxy.Proxy, cfg ethrpc.Config) *ethrpc.Endpoint {
	w.t.Helper()
	cfg.URL = p.URL
	if cfg.RetryMin == 0 {
		cfg.RetryMin = 10 * time.Millisecond
	}
	if cfg.DownMin == 0 {
		cfg.DownMin = 20 * time.Millisecond
	}
	e, err := ethrpc.Dial(w.ctx, cfg)
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(e.Close)
	return e
}

func (w *world) pool(eps ...*ethrpc.Endpoint) *ethrpc.Pool {
	w.t.Helper()
	pool, err := ethrpc.NewPool(nil, eps...)
	if err != nil {
		w.t.Fatal(err)
	}
	pool.ProbeEvery = 10 * time.Millisecond
	w.t.Cleanup(pool.Close)
	return pool
}

// Finding 1: a node that lags below the stored final block, whose head and
// final block have no kept header, is behind, not a reorg: ErrBehind, the
// store untouched; the indexer never halts on it, alone or in a pool after
// a failover, and reaches the head once a node that is up to date answers.
func TestLaggingEndpointBelowFinalIsNotAReorg(t *testing.T) {
	for _, backend := range backends {
		t.Run(backend, func(t *testing.T) {
			w := faultWorld(t)
			w.mine(12) // empty blocks: no header kept below the final block
			const conf = 2
			good := rpcproxy.Start(t, w.node.URL)
			lagging := rpcproxy.Start(t, w.node.URL)
			lagging.Lag(8) // head 8 behind: below the final block (head − 2)
			st := openStore(t, backend)
			cfg := w.config(conf)
			ix := newIndexer(t, cfg, indexer.Single{Chain: w.dialProxy(good, ethrpc.Config{})}, st)
			mustSync(t, ix)
			last, final, err := st.Checkpoint(w.ctx, cfg.ChainID)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := st.BlockByNumber(w.ctx, cfg.ChainID, last.Number-8); !errors.Is(err, store.ErrNotFound) {
				t.Fatalf("block %d has a kept header (%v): the test needs none", last.Number-8, err)
			}
			want := contentHash(t, st)

			// Alone: every cycle says ErrBehind, nothing changes.
			lag := newIndexer(t, cfg, indexer.Single{Chain: w.dialProxy(lagging, ethrpc.Config{})}, st)
			for i := 0; i < 3; i++ {
				if _, err := lag.Cycle(w.ctx); !errors.Is(err, indexer.ErrBehind) || errors.Is(err, indexer.ErrDeepReorg) {
					t.Fatalf("cycle %d on a node 8 behind (final %d, tip %d): got %v, want ErrBehind", i, final.Number, last.Number, err)
				}
			}
			if now, _, _ := st.Checkpoint(w.ctx, cfg.ChainID); now != last || contentHash(t, st) != want {
				t.Fatalf("a lagging node changed the store: checkpoint %d, was %d", now.Number, last.Number)
			}
			if lagging.Faults("lag") == 0 && lagging.Count("eth_getBlockByNumber") == 0 {
				t.Fatal("the lagging node was not asked")
			}

			// In a pool, after a failover to the lagging node (the good
			// one down), while blocks keep coming: never halts.
			w.transfer(3, 1, 1, 1)
			w.mine(3)
			ge := w.dialProxy(good, ethrpc.Config{RetryMax: 1})
			pool := w.pool(ge, w.dialProxy(lagging, ethrpc.Config{RetryMax: 1}))
			pix := newIndexer(t, cfg, indexer.PoolSource{Pool: pool}, st)
			good.Fail5xx(6, http.StatusBadGateway)
			behind := 0
			for i := 0; i < 200; i++ {
				atHead, err := pix.Cycle(w.ctx)
				switch {
				case errors.Is(err, indexer.ErrBehind):
					behind++
				case err != nil && fatal(err):
					t.Fatalf("cycle %d: %v", i, err)
				}
				if atHead && err == nil && good.Faults("5xx") >= 6 {
					break
				}
				time.Sleep(5 * time.Millisecond)
			}
			if behind == 0 {
				t.Fatal("no cycle ran on the lagging node: the failover did not happen")
			}
			mustSync(t, newIndexer(t, cfg, indexer.Single{Chain: ge}, st))
			if got, fresh := contentHash(t, st), w.freshHash(backend, conf); got != fresh {
				t.Fatalf("content %s, fresh index %s", got, fresh)
			}
		})
	}
}

func fatal(err error) bool {
	return errors.Is(err, indexer.ErrDeepReorg) || errors.Is(err, indexer.ErrWrongChain) || errors.Is(err, indexer.ErrDecode)
}

// Finding 2: across poll cycles the indexer's endpoint keeps the server's
// Retry-After. The 429s outlast one cycle's retry budget, and the next
// cycle, though Run's retry interval is 10 ms, does not reach the server
// before the Retry-After has passed.
func TestRetryAfterKeptAcrossCycles(t *testing.T) {
	w := faultWorld(t)
	p := rpcproxy.Start(t, w.node.URL)
	st := openStore(t, "sqlite")
	cfg := w.config(2)
	cfg.ExitAtHead = true
	e := w.dialProxy(p, ethrpc.Config{RetryMax: 1})
	p.Fail429(3, "2")
	ix := newIndexer(t, cfg, indexer.PoolSource{Pool: w.pool(e)}, st)
	ctx, cancel := context.WithTimeout(w.ctx, 2*time.Minute)
	defer cancel()
	if err := ix.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if ctx.Err() != nil {
		t.Fatal("did not reach the head")
	}
	evs := p.Events()
	n := 0
	for i := 0; i+1 < len(evs); i++ {
		if evs[i].Fault != "429" {
			continue
		}
		n++
		if gap := evs[i+1].At.Sub(evs[i].At); gap < 2*time.Second {
			t.Errorf("request %d (%s) came %v after a 429 with Retry-After: 2", i+1, evs[i+1].Method, gap.Round(time.Millisecond))
		}
	}
	if n < 3 {
		t.Fatalf("%d 429s followed by a request, want 3", n)
	}
}

// Finding 3: a dead backup (holding every request, or answering 429 with
// Retry-After: 30) never slows the primary: the indexer follows new blocks
// through the primary, and the backup is asked once (a background probe),
// never by a cycle.
func TestDeadBackupNeverSlowsPrimary(t *testing.T) {
	for _, mode := range []string{"stall", "429 Retry-After 30"} {
		t.Run(mode, func(t *testing.T) {
			w := faultWorld(t)
			primary := rpcproxy.Start(t, w.node.URL)
			backup := rpcproxy.Start(t, w.node.URL)
			if mode == "stall" {
				backup.Stall(true)
			} else {
				backup.Fail429(100000, "30")
			}
			st := openStore(t, "sqlite")
			cfg := w.config(2)
			cfg.PollInterval = 10 * time.Millisecond
			pool := w.pool(w.dialProxy(primary, ethrpc.Config{}), w.dialProxy(backup, ethrpc.Config{}))
			ix := newIndexer(t, cfg, indexer.PoolSource{Pool: pool}, st)
			// A cycle that waited on the backup would block for its call
			// timeout (30 s) or Retry-After (30 s) times the retries: this
			// bound only catches that hang.
			ctx, cancel := context.WithTimeout(w.ctx, 60*time.Second)
			defer cancel()
			var wg gosync.WaitGroup
			wg.Add(1)
			var runErr error
			go func() { defer wg.Done(); runErr = ix.Run(ctx) }()
			for i := 0; i < 5; i++ {
				w.mine(1)
				head := w.head()
				for {
					last, _, err := st.Checkpoint(w.ctx, cfg.ChainID)
					if err == nil && last.Number >= head {
						break
					}
					if ctx.Err() != nil {
						t.Fatalf("block %d not indexed: the primary waited on the dead backup", head)
					}
					time.Sleep(5 * time.Millisecond)
				}
			}
			cancel()
			wg.Wait()
			if runErr != nil {
				t.Fatal(runErr)
			}
			if n := backup.Count("http"); n != 1 {
				t.Errorf("the dead backup got %d requests, want 1 (one probe, then held)", n)
			}
		})
	}
}

// Finding 4: each refusal wording that carries a limit is learned: the
// limit is kept to for the rest of the run, the same refused range is
// never asked again, and the index equals a fault-free one.
func TestRefusalLimitsAreLearned(t *testing.T) {
	w := faultWorld(t)
	w.mine(20)
	want := w.freshHash("sqlite", 2)
	for _, tc := range []struct {
		name string
		err  func(from, to uint64) rpcproxy.Error
	}{
		{"infura -32602 range exceeds limit", func(from, to uint64) rpcproxy.Error {
			return rpcproxy.Error{Code: -32602, Message: fmt.Sprintf("range %d exceeds limit of 3", to-from)}
		}},
		{"tenderly -32602 invalid params, limit in data", func(from, to uint64) rpcproxy.Error {
			return rpcproxy.Error{Code: -32602, Message: "invalid params",
				Data: map[string]any{"payload": fmt.Sprintf("range %d is bigger than range limit 3", to-from)}}
		}},
		{"quicknode -32614 over HTTP 413", func(from, to uint64) rpcproxy.Error {
			return rpcproxy.Error{Code: -32614, Message: "eth_getLogs is limited to a 3 range", HTTPStatus: http.StatusRequestEntityTooLarge}
		}},
		{"alchemy suggested range", func(from, to uint64) rpcproxy.Error {
			return rpcproxy.Error{Code: -32600, Message: fmt.Sprintf("You can make eth_getLogs requests with up to a 3 block range. Based on your parameters, this block range should work: [%#x, %#x]", from, from+2)}
		}},
		{"geth rangelimit", func(from, to uint64) rpcproxy.Error {
			return rpcproxy.Error{Code: -32602, Message: "exceed maximum block range 2"}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := rpcproxy.Start(t, w.node.URL)
			p.AddRule(rpcproxy.Rule{Fault: "limit", Apply: func(q rpcproxy.LogQuery) *rpcproxy.Error {
				if q.To-q.From+1 > 3 {
					e := tc.err(q.From, q.To)
					return &e
				}
				return nil
			}})
			st := openStore(t, "sqlite")
			cfg := w.config(2)
			cfg.RangeSize = 50
			mustSync(t, newIndexer(t, cfg, indexer.Single{Chain: w.dialProxy(p, ethrpc.Config{})}, st))
			if got := contentHash(t, st); got != want {
				t.Fatalf("content %s, fault-free %s", got, want)
			}
			refused := 0
			for _, e := range p.Events() {
				if e.Fault == "limit" {
					refused++
				}
			}
			if refused != 1 {
				t.Errorf("%d refusals, want 1: the limit was not learned from the first", refused)
			}
		})
	}
}

// Finding 5: when one request fails for good in the middle of a range
// split to a provider's limit, the ranges fetched before it are stored
// (checkpoint past them), the learned limit is kept for the next cycle (no
// second refusal), and no range is fetched twice.
func TestFailureMidSplitKeepsProgress(t *testing.T) {
	w := faultWorld(t)
	w.mine(20)
	p := rpcproxy.Start(t, w.node.URL)
	p.RefuseRanges(2, -32602, "range 3 exceeds limit of 2")
	st := openStore(t, "sqlite")
	cfg := w.config(2)
	cfg.RangeSize = 1000
	start := cfg.StartBlock
	failAt := start + 12
	failed := false
	var mu gosync.Mutex
	p.AddRule(rpcproxy.Rule{Fault: "internal", Apply: func(q rpcproxy.LogQuery) *rpcproxy.Error {
		mu.Lock()
		defer mu.Unlock()
		if !failed && q.From >= failAt {
			failed = true
			return &rpcproxy.Error{Code: -32603, Message: "internal error"}
		}
		return nil
	}})
	ix := newIndexer(t, cfg, indexer.Single{Chain: w.dialProxy(p, ethrpc.Config{})}, st)
	if _, err := ix.Cycle(w.ctx); err == nil {
		t.Fatal("the cycle with a failed request succeeded")
	}
	last, _, err := st.Checkpoint(w.ctx, cfg.ChainID)
	if err != nil || last.Number+1 < failAt {
		t.Fatalf("after the failure at block %d: checkpoint %d (%v), want every range before it stored", failAt, last.Number, err)
	}
	mustSync(t, ix)
	if got, want := contentHash(t, st), w.freshHash("sqlite", 2); got != want {
		t.Fatalf("content %s, fresh %s", got, want)
	}
	if n := p.Faults("range"); n != 1 {
		t.Errorf("%d refusals, want 1: the learned limit was lost with the failure", n)
	}
	seen := map[[2]uint64]int{}
	for _, e := range p.Events() {
		if e.Method == "eth_getLogs" && e.Fault == "" && e.To != 0 {
			seen[[2]uint64{e.From, e.To}]++
		}
	}
	for r, n := range seen {
		if n > 1 {
			t.Errorf("range %d-%d fetched %d times", r[0], r[1], n)
		}
	}
}
