package store_test

import (
	"errors"
	"testing"

	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// Kept headers more than HeadersKeptBelowFinal blocks under the final block
// are pruned as the final block advances; facts and snapshots keep their own
// block data, and the content hash does not change.
func TestKeptHeadersArePrunedBelowFinal(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		const tip = 2 * store.HeadersKeptBelowFinal
		old := blockAt(5, 0)
		apply(t, s, batchOf(old, old, transfer(old, 0, 0, zero, alice, 1, 10)))
		before, err := s.ContentHash(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var headers []store.Block
		for n := uint64(6); n <= tip; n++ {
			headers = append(headers, blockAt(n, 0))
		}
		final := blockAt(tip-10, 0)
		apply(t, s, &store.Batch{ChainID: chainID, Blocks: headers, Checkpoint: blockAt(tip, 0), Final: final})

		cut := final.Number - store.HeadersKeptBelowFinal
		if _, err := s.BlockByNumber(ctx, chainID, cut-1); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("header %d below the kept margin: %v, want ErrNotFound", cut-1, err)
		}
		if _, err := s.BlockByNumber(ctx, chainID, old.Number); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("old header %d with facts is still kept: %v", old.Number, err)
		}
		for _, n := range []uint64{cut, final.Number, tip} {
			if b, err := s.BlockByNumber(ctx, chainID, n); err != nil || b != blockAt(n, 0) {
				t.Fatalf("header %d: %+v %v, want it kept", n, b, err)
			}
		}
		after, err := s.ContentHash(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if before != after {
			t.Fatal("pruning headers changed the facts")
		}
	})
}
