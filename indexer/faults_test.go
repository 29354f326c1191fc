package indexer_test

import (
	"errors"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/internal/rpcproxy"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"
)

// sendInOneBlock sends calls from account 0 with automine off, then mines
// them all into one block.
func (w *world) sendInOneBlock(calls [][]byte) {
	w.t.Helper()
	if err := w.node.SetAutomine(w.ctx, false); err != nil {
		w.t.Fatal(err)
	}
	nonce, err := w.backend.PendingNonceAt(w.ctx, w.addr(0))
	if err != nil {
		w.t.Fatal(err)
	}
	for i, data := range calls {
		opts := bind.NewKeyedTransactor(w.keys[0], w.chainID)
		opts.Nonce = new(big.Int).SetUint64(nonce + uint64(i))
		opts.GasLimit = 3_000_000
		if _, err := bind.Transact(w.tok, opts, data); err != nil {
			w.t.Fatal(err)
		}
	}
	if err := w.node.Mine(w.ctx, 1); err != nil {
		w.t.Fatal(err)
	}
	if err := w.node.SetAutomine(w.ctx, true); err != nil {
		w.t.Fatal(err)
	}
}

// busyBlock mines one block with n registrations (TransferSingle +
// ContributionRegistered each) and n TransferBatch logs of 3 ids each.
func (w *world) busyBlock(n int) {
	w.t.Helper()
	first := w.nextCf + 1
	var calls [][]byte
	for i := 0; i < n; i++ {
		w.nextCf++
		var asset [32]byte
		copy(asset[:], []byte{byte(w.nextCf), byte(w.nextCf >> 8), 'b'})
		calls = append(calls, tokenABI.PackRegisterContribution(big.NewInt(1), asset, 1, w.addr(0), crypto.Keccak256Hash(asset[:]), w.addr(0), big.NewInt(1000)))
	}
	for i := 0; i < n; i++ {
		ids := []uint64{first, first + 1, first + 2}
		calls = append(calls, tokenABI.PackSafeBatchTransferFrom(w.addr(0), w.addr(1+i%4), bigs(ids), bigs([]uint64{1, 2, 3}), nil))
	}
	w.sendInOneBlock(calls)
	w.busy = w.head()
}

func (w *world) proxied(p *rpcproxy.Proxy, cfg ethrpc.Config) indexer.Source {
	w.t.Helper()
	cfg.URL = p.URL
	if cfg.RetryMin == 0 {
		cfg.RetryMin = 10 * time.Millisecond
	}
	cfg.RatePerSec, cfg.Burst = 10000, 1000
	e, err := ethrpc.Dial(w.ctx, cfg)
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(e.Close)
	return indexer.Single{Chain: e}
}

func faultWorld(t *testing.T) *world {
	w := newAnvilWorld(t, anviltest.Options{ChainID: 31337})
	cf1 := w.register(1, 100)
	cf2 := w.register(2, 100)
	w.transfer(1, 3, cf1, 10)
	w.batch(2, 4, []uint64{cf2}, []uint64{20})
	w.busyBlock(4) // 12 logs in one block: 4 TransferSingle, 4 ContributionRegistered, 4 TransferBatch
	w.mine(3)
	return w
}

// Through the fault proxy the indexer ends with exactly the facts of a
// fault-free index: rate limits, server errors, refusals, a log cap and
// hidden logs are retried or split, never skipped.
func TestFaultProxy(t *testing.T) {
	w := faultWorld(t)
	const conf = 2
	want := w.freshHash("sqlite", conf)

	cases := []struct {
		name   string
		inject func(p *rpcproxy.Proxy)
		fault  string
	}{
		{"429 with Retry-After", func(p *rpcproxy.Proxy) { p.Fail429(3, "1") }, "429"},
		{"5xx", func(p *rpcproxy.Proxy) { p.Fail5xx(4, http.StatusBadGateway) }, "5xx"},
		{"more than 10000 results", func(p *rpcproxy.Proxy) { p.RefuseRanges(2, -32005, "query returned more than 10000 results") }, "range"},
		{"block range is too large", func(p *rpcproxy.Proxy) { p.RefuseRanges(3, -32000, "block range is too large") }, "range"},
		// The busy block has 12 logs, 4 per topic: split by address, then by topic0.
		{"log cap inside one block", func(p *rpcproxy.Proxy) { p.LogCap(5) }, "cap"},
		// The range and the first refetch come back empty, the second refetch has them.
		{"empty logs with non-empty bloom", func(p *rpcproxy.Proxy) { p.EmptyLogs(2) }, "empty"},
	}
	for _, tc := range cases {
		for _, backend := range backends {
			t.Run(tc.name+"/"+backend, func(t *testing.T) {
				p := rpcproxy.Start(t, w.node.URL)
				tc.inject(p)
				st := openStore(t, backend)
				cfg := w.config(conf)
				cfg.RangeSize = 50
				mustSync(t, newIndexer(t, cfg, w.proxied(p, ethrpc.Config{RetryMax: 5}), st))
				if p.Faults(tc.fault) == 0 {
					t.Fatalf("proxy served no %q fault: the test did not test", tc.fault)
				}
				if got := contentHash(t, st); got != want {
					t.Fatalf("content %s, fault-free index %s", got, want)
				}
			})
		}
	}
}

// A block whose TransferBatch logs alone exceed the log cap cannot be
// fetched even split by address and topic: ErrUnfetchable, nothing of that
// block or after is stored, and it is asked again (not skipped) until the
// provider answers.
func TestUnfetchableBlockIsNeverSkipped(t *testing.T) {
	w := faultWorld(t)
	p := rpcproxy.Start(t, w.node.URL)
	p.LogCap(3)
	st := openStore(t, "sqlite")
	cfg := w.config(2)
	cfg.RangeSize = 50
	ix := newIndexer(t, cfg, w.proxied(p, ethrpc.Config{}), st)
	for i := 0; i < 3; i++ {
		err := sync(t, ix)
		if !errors.Is(err, indexer.ErrUnfetchable) {
			t.Fatalf("attempt %d: got %v, want ErrUnfetchable", i, err)
		}
		if i == 0 {
			t.Logf("error: %v", err)
		}
		if last, _, err := st.Checkpoint(w.ctx, cfg.ChainID); err == nil && last.Number >= w.busy {
			t.Fatalf("checkpoint %d passed the unfetchable block %d", last.Number, w.busy)
		}
	}
	p.LogCap(0)
	mustSync(t, ix)
	if got, want := contentHash(t, st), w.freshHash("sqlite", 2); got != want {
		t.Fatalf("after the provider recovered: content %s, fresh %s", got, want)
	}
}

// A node that keeps hiding logs the bloom and the receipts promise is an
// error, never an empty block accepted silently.
func TestHiddenLogsAreAnError(t *testing.T) {
	w := faultWorld(t)
	p := rpcproxy.Start(t, w.node.URL)
	p.EmptyLogs(1000)
	st := openStore(t, "sqlite")
	err := sync(t, newIndexer(t, w.config(2), w.proxied(p, ethrpc.Config{}), st))
	if !errors.Is(err, indexer.ErrInconsistent) {
		t.Fatalf("got %v, want ErrInconsistent", err)
	}
	if h := contentHash(t, st); h == w.freshHash("sqlite", 2) {
		t.Fatal("facts were stored although the node hid them")
	}
}

// A lagging endpoint first in the list is passed over between cycles: the
// indexer reaches the real head through the other one.
func TestLaggingEndpointFailover(t *testing.T) {
	w := faultWorld(t)
	lag := rpcproxy.Start(t, w.node.URL)
	lag.Lag(8)
	good := rpcproxy.Start(t, w.node.URL)
	var eps []*ethrpc.Endpoint
	for _, u := range []string{lag.URL, good.URL} {
		e, err := ethrpc.Dial(w.ctx, ethrpc.Config{URL: u, RatePerSec: 10000, Burst: 1000})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(e.Close)
		eps = append(eps, e)
	}
	pool, err := ethrpc.NewPool(nil, eps...)
	if err != nil {
		t.Fatal(err)
	}
	for _, backend := range backends {
		st := openStore(t, backend)
		cfg := w.config(2)
		mustSync(t, newIndexer(t, cfg, indexer.PoolSource{Pool: pool}, st))
		last, _, err := st.Checkpoint(w.ctx, cfg.ChainID)
		if err != nil {
			t.Fatal(err)
		}
		if head := w.head(); last.Number != head {
			t.Fatalf("%s: checkpoint %d, head %d: the lagging endpoint was followed", backend, last.Number, head)
		}
		if got, want := contentHash(t, st), w.freshHash(backend, 2); got != want {
			t.Fatalf("%s: content %s, fresh %s", backend, got, want)
		}
	}
	if good.Count("eth_getLogs") == 0 {
		t.Fatal("the up-to-date endpoint served no logs")
	}
}
