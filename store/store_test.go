package store_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

func migrationRows(t *testing.T, s *store.Store) []string {
	t.Helper()
	var names []string
	if err := s.DB().SelectContext(ctx, &names, `SELECT name FROM schema_migrations ORDER BY version`); err != nil {
		t.Fatal(err)
	}
	return names
}

func TestMigrations(t *testing.T) {
	storetest.EachDSN(t, func(t *testing.T, dsn string) {
		// Two processes' worth of concurrent opens on a fresh database.
		var wg sync.WaitGroup
		stores := make([]*store.Store, 2)
		errs := make([]error, 2)
		for i := range stores {
			wg.Add(1)
			go func() {
				defer wg.Done()
				stores[i], errs[i] = store.Open(ctx, dsn)
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("concurrent open %d: %v", i, err)
			}
			t.Cleanup(func() { stores[i].Close() })
		}
		first := migrationRows(t, stores[0])
		if len(first) == 0 || first[0] != "0001_chain_facts.sql" {
			t.Fatalf("schema_migrations = %v, want 0001_chain_facts.sql first", first)
		}
		apply(t, stores[0], batchOf(blockAt(2, 0), blockAt(2, 0), everyFact()...))
		want, err := stores[0].ContentHash(ctx)
		if err != nil {
			t.Fatal(err)
		}
		stores[0].Close()

		// Re-opening an already-migrated database changes nothing.
		again := storetest.Open(t, dsn)
		if got := migrationRows(t, again); !reflect.DeepEqual(got, first) {
			t.Fatalf("after re-open schema_migrations = %v, want %v", got, first)
		}
		if got, err := again.ContentHash(ctx); err != nil || got != want {
			t.Fatalf("content after re-open = %s, %v; want %s", got, err, want)
		}
	})
}

func TestOpenRejectsMemory(t *testing.T) {
	if _, err := store.Open(ctx, "sqlite::memory:"); err == nil {
		t.Fatal("opening an in-memory SQLite pool succeeded; want an error")
	}
}

func TestRoundTripEveryFact(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		facts := everyFact()
		apply(t, s, batchOf(blockAt(2, 0), blockAt(2, 0), facts...))
		got, err := s.Facts(ctx, chainID)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(facts) {
			t.Fatalf("read %d facts, wrote %d", len(got), len(facts))
		}
		for i := range facts {
			if !reflect.DeepEqual(got[i], facts[i]) {
				t.Errorf("fact %d (%T):\n got %+v\nwant %+v", i, facts[i], got[i], facts[i])
			}
		}
		last, final, err := s.Checkpoint(ctx, chainID)
		if err != nil || last != blockAt(2, 0) || final != blockAt(2, 0) {
			t.Fatalf("checkpoint = %+v, %+v, %v", last, final, err)
		}
		if b, err := s.BlockByNumber(ctx, chainID, 1); err != nil || b != blockAt(1, 0) {
			t.Fatalf("block 1 = %+v, %v", b, err)
		}
	})
}

func TestReapplyIsNoop(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		b := batchOf(blockAt(2, 0), blockAt(1, 0), everyFact()...)
		apply(t, s, b)
		h1, err := s.ContentHash(ctx)
		if err != nil {
			t.Fatal(err)
		}
		apply(t, s, b)
		// An older batch re-applied leaves the checkpoint where it was.
		apply(t, s, batchOf(blockAt(1, 0), blockAt(1, 0), everyFact()[:2]...))
		h2, err := s.ContentHash(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if h1 != h2 {
			t.Fatalf("content hash changed on re-apply: %s → %s", h1, h2)
		}
		got, _ := s.Facts(ctx, chainID)
		if len(got) != len(b.Facts) {
			t.Fatalf("%d facts after re-apply, want %d", len(got), len(b.Facts))
		}
		if last, _, err := s.Checkpoint(ctx, chainID); err != nil || last != blockAt(2, 0) {
			t.Fatalf("checkpoint after re-applying an older batch = %+v, %v; want block 2", last, err)
		}
	})
}

func TestConflict(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		b1 := blockAt(1, 0)
		apply(t, s, batchOf(b1, b1, transfer(b1, 0, 0, zero, alice, 1, 10)))
		before, _ := s.ContentHash(ctx)

		b2 := blockAt(2, 0)
		changed := transfer(b1, 0, 0, zero, alice, 1, 11) // same key, other value
		err := s.ApplyBatch(ctx, batchOf(b2, b2, transfer(b2, 0, 0, alice, bob, 1, 1), changed))
		if !errors.Is(err, store.ErrConflict) {
			t.Fatalf("same key, different content: err = %v, want ErrConflict", err)
		}
		// Nothing of the failed batch stays.
		if after, _ := s.ContentHash(ctx); after != before {
			t.Fatal("a rejected batch changed the stored facts")
		}
		if last, _, _ := s.Checkpoint(ctx, chainID); last != b1 {
			t.Fatalf("a rejected batch moved the checkpoint to %d", last.Number)
		}

		// A different header at a kept height is a conflict too.
		other := blockAt(1, 9)
		err = s.ApplyBatch(ctx, &store.Batch{ChainID: chainID, Blocks: []store.Block{other}, Checkpoint: b2, Final: b1})
		if !errors.Is(err, store.ErrConflict) {
			t.Fatalf("other header at a kept height: err = %v, want ErrConflict", err)
		}

		// Validation names the field.
		bad := transfer(b1, 5, 0, zero, alice, 1, 1)
		bad.ChainID = 7
		if err := s.ApplyBatch(ctx, batchOf(b1, b1, bad)); err == nil || errors.Is(err, store.ErrConflict) {
			t.Fatalf("fact of another chain: err = %v, want a validation error", err)
		}
	})
}

func TestRewind(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		var facts []store.Fact
		var keptFacts []store.Fact
		for n := uint64(1); n <= 10; n++ {
			b := blockAt(n, 0)
			facts = append(facts,
				transfer(b, 0, 0, zero, alice, n, n),
				&store.VersionCFsAdded{FactMeta: meta(b, 1, 0, token), DatasetID: u(1), Version: n, CfIDs: []uint256.Int{u(n)}},
				&store.MeterSet{FactMeta: meta(b, 2, 0, govern), Meter: alice, Authorised: n%2 == 0})
			if n <= 5 {
				keptFacts = facts[:len(facts):len(facts)]
			}
		}
		apply(t, s, batchOf(blockAt(10, 0), blockAt(3, 0), facts...))

		// A keep block that is not on the stored chain is refused.
		if err := s.Rewind(ctx, chainID, blockAt(5, 1)); !errors.Is(err, store.ErrConflict) {
			t.Fatalf("rewind to a foreign block: err = %v, want ErrConflict", err)
		}
		if err := s.Rewind(ctx, chainID, blockAt(5, 0)); err != nil {
			t.Fatal(err)
		}
		got, err := s.Facts(ctx, chainID)
		if err != nil {
			t.Fatal(err)
		}
		want := make([]store.Fact, 0, len(keptFacts))
		for _, f := range store.SortFacts(keptFacts) {
			want = append(want, f)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("after rewind to 5: %d facts, want exactly the %d of blocks 1..5", len(got), len(want))
		}
		last, final, err := s.Checkpoint(ctx, chainID)
		if err != nil || last != blockAt(5, 0) || final != blockAt(3, 0) {
			t.Fatalf("checkpoint after rewind = %d, final %d, %v; want 5, 3", last.Number, final.Number, err)
		}
		if _, err := s.BlockByNumber(ctx, chainID, 6); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("block 6 after rewind: err = %v, want ErrNotFound", err)
		}
		if _, err := s.BlockByNumber(ctx, chainID, 5); err != nil {
			t.Fatalf("block 5 after rewind: %v", err)
		}
		// The derived CF list went too: version 7 is gone, version 5 is not.
		var n int
		if err := s.DB().GetContext(ctx, &n, `SELECT COUNT(*) FROM version_cf_ids`); err != nil || n != 5 {
			t.Fatalf("version_cf_ids rows after rewind = %d, %v; want 5", n, err)
		}
		// The other fork can now be applied; a rewind below final lowers final.
		b6 := blockAt(6, 1)
		b6.ParentHash = blockAt(5, 0).Hash
		apply(t, s, &store.Batch{ChainID: chainID, Blocks: []store.Block{b6}, Facts: []store.Fact{transfer(b6, 0, 0, zero, bob, 1, 1)},
			Checkpoint: b6, Final: blockAt(3, 0)})
		if err := s.Rewind(ctx, chainID, blockAt(2, 0)); err != nil {
			t.Fatal(err)
		}
		if last, final, _ := s.Checkpoint(ctx, chainID); last.Number != 2 || final.Number != 2 {
			t.Fatalf("rewind below final: checkpoint %d, final %d; want 2, 2", last.Number, final.Number)
		}
	})
}

func TestContentHashAcrossBackends(t *testing.T) {
	var hashes []common.Hash
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		apply(t, s, batchOf(blockAt(2, 0), blockAt(2, 0), everyFact()...))
		h, err := s.ContentHash(ctx)
		if err != nil {
			t.Fatal(err)
		}
		hashes = append(hashes, h)
	})
	if len(hashes) != 2 || hashes[0] != hashes[1] {
		t.Fatalf("content hashes differ across backends: %v", hashes)
	}
	// And it depends on the content: one changed value changes it.
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		facts := everyFact()
		facts[0].(*store.Transfer).Value.SubUint64(maxU, 1)
		apply(t, s, batchOf(blockAt(2, 0), blockAt(2, 0), facts...))
		h, _ := s.ContentHash(ctx)
		if h == hashes[0] {
			t.Fatal("content hash ignores a transfer's value")
		}
	})
}

func TestU256Scan(t *testing.T) {
	for _, bad := range []any{"-1", "1e3", "1.5", "", "0x10", int64(-3), nil, 1.0,
		"115792089237316195423570985008687907853269984665640564039457584007913129639936"} {
		var v store.U256
		if err := v.Scan(bad); err == nil {
			t.Errorf("Scan(%#v) accepted, = %s", bad, v.Dec())
		}
	}
	for _, c := range []struct {
		in   any
		want string
	}{{"0", "0"}, {"007", "7"}, {[]byte("42"), "42"}, {"12.000", "12"}, {int64(5), "5"},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639935", maxU.Dec()}} {
		var v store.U256
		if err := v.Scan(c.in); err != nil || v.Dec() != c.want {
			t.Errorf("Scan(%#v) = %s, %v; want %s", c.in, v.Dec(), err, c.want)
		}
	}
}

func TestSQLitePathsAreNotURIs(t *testing.T) {
	dir := t.TempDir()
	for _, dsn := range []string{dir + "/plain#1?.db", "sqlite:" + dir + "/pre%fix#2.db"} {
		s, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatalf("open %q: %v", dsn, err)
		}
		s.Close()
	}
	for _, name := range []string{"plain#1?.db", "pre%fix#2.db"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Errorf("database file %q not where the path says: %v", name, err)
		}
	}
}

func TestNoFinalBlockYet(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		b := batchOf(blockAt(9, 0), store.Block{}, ownershipHistory()...)
		apply(t, s, b)
		if _, err := s.Snapshot(ctx, chainID, token, uint256.NewInt(1), 1, 1020); !errors.Is(err, store.ErrNotFinal) {
			t.Fatalf("snapshot with no final block: err = %v, want ErrNotFinal", err)
		}
		apply(t, s, &store.Batch{ChainID: chainID, Checkpoint: blockAt(9, 0), Final: blockAt(5, 0)})
		apply(t, s, &store.Batch{ChainID: chainID, Checkpoint: blockAt(9, 0)}) // keeps final 5
		if _, final, err := s.Checkpoint(ctx, chainID); err != nil || final != blockAt(5, 0) {
			t.Fatalf("final = %+v, %v; want block 5", final, err)
		}
		if _, err := s.Snapshot(ctx, chainID, token, uint256.NewInt(1), 1, 1020); err != nil {
			t.Fatalf("snapshot before the final block: %v", err)
		}
	})
}

func TestTransact(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		if _, _, err := s.Checkpoint(ctx, chainID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("checkpoint before any batch: err = %v, want ErrNotFound", err)
		}
		boom := errors.New("boom")
		b1 := blockAt(1, 0)
		err := s.Transact(ctx, func(tx *store.Store) error {
			apply(t, tx, batchOf(b1, b1, transfer(b1, 0, 0, zero, alice, 1, 1)))
			// A nested Transact joins the outer transaction.
			if err := tx.Transact(ctx, func(tx2 *store.Store) error {
				return tx2.ApplyBatch(ctx, batchOf(b1, b1, transfer(b1, 1, 0, zero, bob, 1, 1)))
			}); err != nil {
				return err
			}
			if got, _ := tx.Facts(ctx, chainID); len(got) != 2 {
				t.Errorf("inside the transaction: %d facts, want 2", len(got))
			}
			return boom
		})
		if !errors.Is(err, boom) {
			t.Fatalf("Transact returned %v, want the callback's error", err)
		}
		if got, _ := s.Facts(ctx, chainID); len(got) != 0 {
			t.Fatalf("after rollback: %d facts, want 0", len(got))
		}
		if _, _, err := s.Checkpoint(ctx, chainID); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("checkpoint after rollback: err = %v, want ErrNotFound", err)
		}
	})
}

// TestTokens: a token's symbol and decimals are kept per chain, refreshed
// when read again, and missing ones are ErrNotFound.
func TestTokens(t *testing.T) {
	storetest.Each(t, func(t *testing.T, s *store.Store) {
		a := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
		if _, err := s.Token(ctx, 1, a); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("unknown token: %v, want ErrNotFound", err)
		}
		for _, m := range []store.TokenMeta{{ChainID: 1, Address: a, Symbol: "tUSD", Decimals: 6}, {ChainID: 1, Address: a, Symbol: "USDC", Decimals: 6}} {
			if err := s.SaveToken(ctx, m); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.SaveToken(ctx, store.TokenMeta{ChainID: 2, Address: a, Symbol: "WETH", Decimals: 18}); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Token(ctx, 1, a); err != nil || got.Symbol != "USDC" || got.Decimals != 6 {
			t.Fatalf("token on chain 1: %+v %v, want the refreshed USDC", got, err)
		}
		if got, err := s.Token(ctx, 2, a); err != nil || got.Symbol != "WETH" || got.Decimals != 18 {
			t.Fatalf("token on chain 2: %+v %v", got, err)
		}
	})
}
