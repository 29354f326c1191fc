// Package storetest gives tests a fresh, empty database on each backend, so
// every storage test runs on both SQLite and PostgreSQL.
//
// PostgreSQL is reached through ROYALTY_TEST_PG_DSN (a maintenance DSN;
// default postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable). Each
// call creates a uniquely named database and drops it at cleanup. When
// PostgreSQL does not answer the test fails (never skips): run the tests
// through scripts/test.sh, which makes one answer.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/store"
	_ "github.com/lib/pq" // the postgres driver
)

// DefaultPGDSN is used when ROYALTY_TEST_PG_DSN is unset.
const DefaultPGDSN = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// Backends are the subtest names Each runs, in order.
var Backends = []string{"sqlite", "postgres"}

// DSN returns the DSN of a fresh, empty database on backend ("sqlite" or
// "postgres"), removed at the end of the test.
func DSN(t testing.TB, backend string) string {
	t.Helper()
	switch backend {
	case "sqlite":
		return SQLiteDSN(t)
	case "postgres":
		return PostgresDSN(t)
	}
	t.Fatalf("storetest: unknown backend %q", backend)
	return ""
}

// SQLiteDSN is a fresh SQLite file in t.TempDir().
func SQLiteDSN(t testing.TB) string {
	return "sqlite:" + filepath.Join(t.TempDir(), "royalty.db")
}

// PostgresDSN creates a fresh PostgreSQL database and returns its DSN; the
// database is dropped at cleanup.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	admin := os.Getenv("ROYALTY_TEST_PG_DSN")
	if admin == "" {
		admin = DefaultPGDSN
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("storetest: ROYALTY_TEST_PG_DSN %q: %v", admin, err)
	}
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatalf("storetest: open %s: %v", u.Redacted(), err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		t.Fatalf("storetest: PostgreSQL at %s does not answer (%v); run the tests through scripts/test.sh, "+
			"which starts one and exports ROYALTY_TEST_PG_DSN", u.Redacted(), err)
	}
	var rnd [6]byte
	if _, err := rand.Read(rnd[:]); err != nil {
		t.Fatalf("storetest: %v", err)
	}
	name := "royalty_test_" + hex.EncodeToString(rnd[:])
	// The name is ours (hex), so composing the identifier is safe.
	if _, err := db.ExecContext(ctx, `CREATE DATABASE `+name); err != nil {
		db.Close()
		t.Fatalf("storetest: create database %s: %v", name, err)
	}
	t.Cleanup(func() {
		defer db.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := db.ExecContext(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`); err != nil {
			t.Errorf("storetest: drop database %s: %v", name, err)
		}
	})
	u.Path = "/" + name
	return u.String()
}

// Open opens (and migrates) a store on dsn, closed at cleanup.
func Open(t testing.TB, dsn string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("storetest: open store: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// Each runs fn as a subtest on a fresh store of every backend.
func Each(t *testing.T, fn func(t *testing.T, s *store.Store)) {
	t.Helper()
	EachDSN(t, func(t *testing.T, dsn string) { fn(t, Open(t, dsn)) })
}

// EachDSN runs fn as a subtest with the DSN of a fresh database of every backend.
func EachDSN(t *testing.T, fn func(t *testing.T, dsn string)) {
	t.Helper()
	for _, b := range Backends {
		t.Run(b, func(t *testing.T) { fn(t, DSN(t, b)) })
	}
}
