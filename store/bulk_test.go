package store_test

import (
	"errors"
	"reflect"
	"testing"

	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// bigBatch is large enough for PostgreSQL's COPY path (≥ 200 facts of a table).
func bigBatch() *store.Batch {
	var facts []store.Fact
	for i := uint64(0); i < 600; i++ {
		b := blockAt(1+i/50, 0)
		v := *new(uint256.Int).Sub(maxU, uint256.NewInt(i))
		facts = append(facts, &store.Transfer{FactMeta: meta(b, uint(i%50), uint(i%3), token),
			Operator: alice, From: zero, To: common.Address{byte(i)}, ID: u(i), Value: v})
		if i < 250 {
			facts = append(facts, &store.VersionCFsAdded{FactMeta: meta(b, uint(100+i%50), 0, token),
				DatasetID: u(1), Version: i, CfIDs: []uint256.Int{u(i), *maxU}})
		}
	}
	return batchOf(blockAt(12, 0), blockAt(12, 0), facts...)
}

// TestBulkPaths runs the bulk insert paths (PostgreSQL COPY, PostgreSQL
// multi-row INSERT, SQLite prepared rows) over the same facts.
func TestBulkPaths(t *testing.T) {
	dsns := map[string]func(t *testing.T) string{
		"sqlite":          func(t *testing.T) string { return storetest.SQLiteDSN(t) },
		"postgres-copy":   func(t *testing.T) string { return storetest.PostgresDSN(t) },
		"postgres-insert": func(t *testing.T) string { return storetest.PostgresDSN(t) + "&royalty_bulk=insert" },
	}
	hashes := map[string]common.Hash{}
	for _, name := range []string{"sqlite", "postgres-copy", "postgres-insert"} {
		t.Run(name, func(t *testing.T) {
			s := storetest.Open(t, dsns[name](t))
			b := bigBatch()
			apply(t, s, b)
			got, err := s.Facts(ctx, chainID)
			if err != nil {
				t.Fatal(err)
			}
			if want := store.SortFacts(b.Facts); !reflect.DeepEqual(got, want) {
				t.Fatalf("read back %d facts differing from the %d written", len(got), len(want))
			}
			var n int
			if err := s.DB().GetContext(ctx, &n, `SELECT COUNT(*) FROM version_cf_ids`); err != nil || n != 500 {
				t.Fatalf("version_cf_ids rows = %d, %v; want 500", n, err)
			}
			h, _ := s.ContentHash(ctx)
			apply(t, s, bigBatch()) // idempotent
			if h2, _ := s.ContentHash(ctx); h2 != h {
				t.Fatal("re-applying a big batch changed the content")
			}
			changed := bigBatch()
			changed.Facts[len(changed.Facts)-1].(*store.Transfer).Value = u(1)
			if err := s.ApplyBatch(ctx, changed); !errors.Is(err, store.ErrConflict) {
				t.Fatalf("big batch with one changed fact: err = %v, want ErrConflict", err)
			}
			hashes[name] = h
		})
	}
	if hashes["sqlite"] != hashes["postgres-copy"] || hashes["sqlite"] != hashes["postgres-insert"] {
		t.Fatalf("content hashes differ: %v", hashes)
	}
}

func TestBadBulkOption(t *testing.T) {
	if _, err := store.Open(ctx, storetest.PostgresDSN(t)+"&royalty_bulk=fast"); err == nil {
		t.Fatal("royalty_bulk=fast accepted")
	}
}
