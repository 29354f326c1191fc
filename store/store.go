package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// Sentinel errors; callers test them with errors.Is.
var (
	// ErrNotFound: the row asked for does not exist (sql.ErrNoRows is translated to it).
	ErrNotFound = errors.New("store: not found")
	// ErrConflict: a fact or block with the same identity but different content
	// is already stored. Chain facts are append-only; a reorg needs Rewind first.
	ErrConflict = errors.New("store: conflicting content for an existing key")
	// ErrNotFinal: a time-pointed read for t while the last final block's time is < t.
	ErrNotFinal = errors.New("store: not final yet")
)

// Dialect names the database behind a Store.
type Dialect string

// The two backends.
const (
	SQLite   Dialect = "sqlite"
	Postgres Dialect = "postgres"
)

// queryer is satisfied by both *sqlx.DB and *sqlx.Tx.
type queryer interface {
	sqlx.ExtContext
	GetContext(ctx context.Context, dest any, query string, args ...any) error
	SelectContext(ctx context.Context, dest any, query string, args ...any) error
	PreparexContext(ctx context.Context, query string) (*sqlx.Stmt, error)
}

// Store is the schema and queries over one database. A Store from Open runs
// each call in its own transaction where it needs one; the Store passed to a
// Transact callback runs everything in that transaction.
type Store struct {
	db      *sqlx.DB
	q       queryer
	inTx    bool
	dialect Dialect
	copyIn  bool // PostgreSQL: bulk inserts through COPY into a TEMP staging table
}

//go:embed migrations/*.sql
var migrationFS embed.FS

// Open opens (and migrates) a store. dsn: "postgres://…" or "postgresql://…"
// selects PostgreSQL (lib/pq); "sqlite:PATH", "file:PATH" or a plain path
// selects SQLite (modernc) with WAL, a busy timeout, foreign keys,
// synchronous=FULL (a commit that precedes an external action is durable) and
// BEGIN IMMEDIATE transactions (writers queue instead of failing to upgrade).
func Open(ctx context.Context, dsn string) (*Store, error) {
	driver, source, dialect, err := parseDSN(dsn)
	if err != nil {
		return nil, err
	}
	copyIn := dialect == Postgres
	if dialect == Postgres {
		if source, copyIn, err = bulkOption(source); err != nil {
			return nil, err
		}
	}
	db, err := sqlx.Open(driver, source)
	if err != nil {
		return nil, fmt.Errorf("open %s store: %w", dialect, err)
	}
	s := &Store{db: db, q: db, dialect: dialect, copyIn: copyIn}
	if err := ping(ctx, db, dialect); err != nil {
		db.Close()
		return nil, fmt.Errorf("open %s store: %w", dialect, err)
	}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// bulkOption reads and removes the DSN parameter royalty_bulk: "copy" (the
// default: COPY into a TEMP staging table) or "insert" (multi-row INSERT only,
// for servers without temporary tables, e.g. CockroachDB without
// experimental_enable_temp_tables).
func bulkOption(dsn string) (string, bool, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return "", false, fmt.Errorf("open store: bad PostgreSQL dsn: %w", err)
	}
	q := u.Query()
	mode := q.Get("royalty_bulk")
	q.Del("royalty_bulk")
	u.RawQuery = q.Encode()
	switch mode {
	case "", "copy":
		return u.String(), true, nil
	case "insert":
		return u.String(), false, nil
	}
	return "", false, fmt.Errorf("open store: dsn parameter royalty_bulk=%q: want copy or insert", mode)
}

// ping checks the connection. Two processes opening a fresh SQLite file at
// once race to switch it to WAL, a lock SQLite reports as SQLITE_BUSY without
// consulting its busy timeout: that is retried for up to ten seconds.
func ping(ctx context.Context, db *sqlx.DB, d Dialect) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		err := db.PingContext(ctx)
		if err == nil || d != SQLite || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func isBusy(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && (se.Code()&0xff == sqlite3.SQLITE_BUSY || se.Code()&0xff == sqlite3.SQLITE_LOCKED)
}

func parseDSN(dsn string) (driver, source string, d Dialect, err error) {
	switch {
	case dsn == "":
		return "", "", "", errors.New("open store: empty dsn")
	case strings.HasPrefix(dsn, "postgres://"), strings.HasPrefix(dsn, "postgresql://"):
		return "postgres", dsn, Postgres, nil
	}
	path, query := dsn, ""
	uri := strings.HasPrefix(dsn, "file:")
	switch {
	case strings.HasPrefix(dsn, "sqlite:"):
		path = strings.TrimPrefix(dsn, "sqlite:")
	case uri:
		path = strings.TrimPrefix(dsn, "file:")
	}
	if uri || strings.HasPrefix(dsn, "sqlite:") {
		if i := strings.IndexByte(path, '?'); i >= 0 {
			path, query = path[:i], path[i+1:]
		}
	}
	if path == "" || path == ":memory:" {
		return "", "", "", fmt.Errorf("open store: dsn %q: SQLite needs a file path (a pool of in-memory connections would not share one database)", dsn)
	}
	q, err := url.ParseQuery(query)
	if err != nil {
		return "", "", "", fmt.Errorf("open store: dsn %q: %w", dsn, err)
	}
	for _, p := range []string{"busy_timeout(10000)", "journal_mode(WAL)", "foreign_keys(1)", "synchronous(FULL)"} {
		q.Add("_pragma", p)
	}
	if q.Get("_txlock") == "" {
		q.Set("_txlock", "immediate")
	}
	if !uri {
		// SQLite parses "file:" URIs: a '#', '?' or '%' in a plain path must be escaped.
		path = strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
	}
	return "sqlite", "file:" + path + "?" + q.Encode(), SQLite, nil
}

// Dialect reports the backend.
func (s *Store) Dialect() Dialect { return s.dialect }

// DB is the underlying pool, for callers that need raw access in tests.
func (s *Store) DB() *sqlx.DB { return s.db }

// Close closes the pool.
func (s *Store) Close() error { return s.db.Close() }

// Transact runs fn in one transaction: committed when fn returns nil, rolled
// back otherwise (and on panic). Called on a Store already inside a
// transaction, fn joins it.
func (s *Store) Transact(ctx context.Context, fn func(tx *Store) error) error {
	return s.transact(ctx, nil, fn)
}

// readOnly runs fn in one read-only transaction that sees one state of the
// database throughout: REPEATABLE READ in PostgreSQL, a deferred transaction
// (a WAL read snapshot, not blocking the writer) in SQLite.
func (s *Store) readOnly(ctx context.Context, fn func(tx *Store) error) error {
	opts := &sql.TxOptions{ReadOnly: true}
	if s.dialect == Postgres {
		opts.Isolation = sql.LevelRepeatableRead
	}
	return s.transact(ctx, opts, fn)
}

func (s *Store) transact(ctx context.Context, opts *sql.TxOptions, fn func(tx *Store) error) (err error) {
	if s.inTx {
		return fn(s)
	}
	tx, err := s.db.BeginTxx(ctx, opts)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", translate(err))
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback()
			panic(p)
		}
	}()
	if err := fn(&Store{db: s.db, q: tx, inTx: true, dialect: s.dialect, copyIn: s.copyIn}); err != nil {
		_ = tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", translate(err))
	}
	return nil
}

// rebind turns ? placeholders into the dialect's.
func (s *Store) rebind(q string) string { return s.q.Rebind(q) }

func (s *Store) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	r, err := s.q.ExecContext(ctx, s.rebind(q), args...)
	return r, translate(err)
}

// translate maps driver errors to the package's sentinels at the boundary.
func translate(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, sql.ErrNoRows):
		return fmt.Errorf("%w: %w", ErrNotFound, err)
	case isUniqueViolation(err):
		return fmt.Errorf("%w: %w", ErrConflict, err)
	}
	return err
}

func isUniqueViolation(err error) bool {
	var pe *pq.Error
	if errors.As(err, &pe) {
		return pe.Code == "23505"
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || se.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
	}
	return false
}

type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations(d Dialect) ([]migration, error) {
	names, err := fs.Glob(migrationFS, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	types := map[Dialect]*strings.Replacer{
		Postgres: strings.NewReplacer("{{U256}}", "NUMERIC(78,0)", "{{BYTES}}", "BYTEA"),
		SQLite:   strings.NewReplacer("{{U256}}", "TEXT", "{{BYTES}}", "BLOB"),
	}
	var ms []migration
	for _, n := range names {
		base := strings.TrimPrefix(n, "migrations/")
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with a positive number and '_'", base)
		}
		// A dialect-specific file (NNNN_name.postgres.sql / .sqlite.sql) applies to that dialect only.
		stem := strings.TrimSuffix(base, ".sql")
		if i := strings.LastIndexByte(stem, '.'); i >= 0 && Dialect(stem[i+1:]) != d {
			continue
		}
		b, err := migrationFS.ReadFile(n)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{v, base, types[d].Replace(string(b))})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("migrations %s and %s share a number", ms[i-1].name, ms[i].name)
		}
	}
	return ms, nil
}

// migrate applies the pending migrations in one transaction. Each migration
// first claims its row in schema_migrations (INSERT … ON CONFLICT DO
// NOTHING): a second process opening at the same time blocks on that row
// until the first commits, then sees it taken and skips. No advisory locks.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := loadMigrations(s.dialect)
	if err != nil {
		return fmt.Errorf("load migrations: %w", err)
	}
	const create = `CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT NOT NULL PRIMARY KEY, name TEXT NOT NULL)`
	// Two concurrent CREATE … IF NOT EXISTS can still collide in PostgreSQL's
	// catalog; the loser retries and then finds the table.
	for attempt := 0; ; attempt++ {
		_, err = s.exec(ctx, create)
		if err == nil || attempt == 4 {
			break
		}
	}
	if err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	err = s.Transact(ctx, func(tx *Store) error {
		for _, m := range ms {
			r, err := tx.exec(ctx, `INSERT INTO schema_migrations (version, name) VALUES (?, ?) ON CONFLICT (version) DO NOTHING`, m.version, m.name)
			if err != nil {
				return fmt.Errorf("claim migration %s: %w", m.name, err)
			}
			if n, err := r.RowsAffected(); err != nil {
				return fmt.Errorf("claim migration %s: %w", m.name, err)
			} else if n == 0 {
				continue // applied already (perhaps by a concurrent opener)
			}
			for _, stmt := range splitStatements(m.sql) {
				if _, err := tx.q.ExecContext(ctx, stmt); err != nil {
					return fmt.Errorf("apply migration %s: %w", m.name, err)
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("migrate %s store: %w", s.dialect, err)
	}
	return nil
}

// splitStatements splits a migration at semicolons ending a line; the
// migrations contain no semicolons inside literals.
func splitStatements(src string) []string {
	var out []string
	for _, part := range strings.Split(src, ";\n") {
		var lines []string
		for _, l := range strings.Split(part, "\n") {
			if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "--") {
				lines = append(lines, l)
			}
		}
		if stmt := strings.TrimSuffix(strings.TrimSpace(strings.Join(lines, "\n")), ";"); stmt != "" {
			out = append(out, stmt)
		}
	}
	return out
}
