package service

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/internal/servicetest"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// TestLeaderWritesAreFenced: once another holder has taken the leader lease
// over, the old leader's writes — an indexer batch and an epoch close —
// are refused with store.ErrLeaseLost and leave the database as it was;
// the new holder's same writes go through. On both databases, over a real
// chain and a real closed epoch.
func TestLeaderWritesAreFenced(t *testing.T) {
	storetest.Each(t, func(t *testing.T, st *store.Store) {
		ctx := context.Background()
		f := servicetest.NewClosed(t, st)
		old, err := st.AcquireLease(ctx, "leader/test", "old", time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		cur, err := st.TakeOverLease(ctx, old, "new", time.Minute)
		if err != nil {
			t.Fatal(err)
		}
		fenceOf := func(l store.Lease) func(ctx context.Context, tx *store.Store) error {
			return func(ctx context.Context, tx *store.Store) error { return tx.CheckLease(ctx, l) }
		}

		// Past the reserve's window: new blocks to index, and an epoch 2 to close.
		f.W.Warp(t, 700)
		pool, err := ethrpc.DialPool(ctx, ethrpc.Config{}, []string{f.W.Node.URL})
		if err != nil {
			t.Fatal(err)
		}
		defer pool.Close()
		d := f.W.Dep
		indexWith := func(l store.Lease) error {
			ix, err := indexer.New(indexer.Config{ChainID: d.ChainID, StartBlock: d.StartBlock, Contracts: indexer.ContractsOf(d)},
				indexer.PoolSource{Pool: pool}, fencedIndex{Store: st, fence: fenceOf(l)})
			if err != nil {
				t.Fatal(err)
			}
			_, err = ix.Cycle(ctx)
			return err
		}
		before, _, err := st.Checkpoint(ctx, d.ChainID)
		if err != nil {
			t.Fatal(err)
		}
		if err := indexWith(old); !errors.Is(err, store.ErrLeaseLost) {
			t.Fatalf("the old leader's indexer batch: %v, want ErrLeaseLost", err)
		}
		if now, _, err := st.Checkpoint(ctx, d.ChainID); err != nil || now != before {
			t.Fatalf("a refused batch moved the checkpoint: %d → %d (%v)", before.Number, now.Number, err)
		}
		if err := indexWith(cur); err != nil {
			t.Fatalf("the new leader's indexer batch: %v", err)
		}
		_, final, err := st.Checkpoint(ctx, d.ChainID)
		if err != nil || final.Number <= before.Number {
			t.Fatalf("the new leader indexed nothing: %d → %d (%v)", before.Number, final.Number, err)
		}

		end := final.Time
		e := &pipeline.Epochs{Store: st, Dep: d, Fence: fenceOf(old)}
		if _, err := e.Close(ctx, end); !errors.Is(err, store.ErrLeaseLost) {
			t.Fatalf("the old leader's epoch close: %v, want ErrLeaseLost", err)
		}
		if last, err := st.LastEpoch(ctx, d.ChainID); err != nil || last.Epoch != 1 {
			t.Fatalf("after a refused close the last epoch is %d (%v), want 1", last.Epoch, err)
		}
		e.Fence = fenceOf(cur)
		if c, err := e.Close(ctx, end); err != nil || c.Row.Epoch != 2 {
			t.Fatalf("the new leader's close: %+v %v", c, err)
		}
	})
}
