package indexer_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/store"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
)

// countingChain counts eth_getLogs answers by range.
type countingChain struct {
	indexer.Chain
	ranges atomic.Int64
}

func (c *countingChain) Logs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := c.Chain.Logs(ctx, q)
	if err == nil && q.BlockHash == nil {
		c.ranges.Add(1)
	}
	return logs, err
}

// gateStore holds the first batch's write until the fetcher has fetched
// ranges ahead of it, and records how far ahead the fetcher ever got.
type gateStore struct {
	indexer.Store
	c        *countingChain
	ahead    int64 // ranges fetched at the first write's release
	applied  atomic.Int64
	maxAhead atomic.Int64
	overlap  bool
}

func (g *gateStore) ApplyBatch(ctx context.Context, b *store.Batch) error {
	if g.applied.Load() == 0 {
		// Wait (bounded, a hang guard only) for the fetcher to fetch
		// the ranges after this one while this write is held.
		deadline := time.Now().Add(60 * time.Second)
		for g.c.ranges.Load() < g.ahead && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
		}
		g.overlap = g.c.ranges.Load() >= g.ahead
		time.Sleep(50 * time.Millisecond) // room for a fetcher that would not stop
	}
	if d := g.c.ranges.Load() - g.applied.Load(); d > g.maxAhead.Load() {
		g.maxAhead.Store(d)
	}
	err := g.Store.ApplyBatch(ctx, b)
	g.applied.Add(1)
	return err
}

// The backfill always overlaps fetching with writing: while a batch is
// being written the next ranges are fetched; and memory stays bounded: no
// more than Pipeline ranges wait for the writer, plus one being fetched
// and one being written.
func TestBackfillOverlapsFetchAndWriteBounded(t *testing.T) {
	w := faultWorld(t)
	w.mine(30)
	st := openStore(t, "sqlite")
	cfg := w.config(2)
	cfg.TargetLogs = 1 // one block per range once logs are seen
	cfg.RangeSize = 2
	cfg.Pipeline = 2
	src := w.source().(indexer.Single)
	cc := &countingChain{Chain: src.Chain}
	g := &gateStore{Store: st, c: cc, ahead: int64(1 + cfg.Pipeline + 1)}
	ix, err := indexer.New(cfg, indexer.Single{Chain: cc}, g)
	if err != nil {
		t.Fatal(err)
	}
	mustSync(t, ix)
	if !g.overlap {
		t.Fatalf("while the first batch was held, only %d ranges were fetched: fetch and write do not overlap", cc.ranges.Load())
	}
	if max := g.maxAhead.Load(); max > int64(cfg.Pipeline+2) {
		t.Fatalf("the fetcher ran %d ranges ahead of the writer, want at most Pipeline+2 = %d", max, cfg.Pipeline+2)
	}
	if got, want := contentHash(t, st), w.freshHash("sqlite", 2); got != want {
		t.Fatalf("content %s, fresh %s", got, want)
	}
}
