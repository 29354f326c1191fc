// Package store is the schema and the queries of royalty over SQLite (the
// embedded default, modernc.org/sqlite) or PostgreSQL (lib/pq), through sqlx.
//
// Guarantees:
//
//   - One schema, two backends. Migrations are embedded (migrations/NNNN_name.sql,
//     dialect-neutral with {{U256}}/{{BYTES}} type placeholders; a
//     NNNN_name.postgres.sql or .sqlite.sql file applies to one dialect only) and
//     run on Open, recorded in schema_migrations. Running them again is a no-op;
//     two processes opening one database at once are safe: each migration is
//     claimed by an INSERT … ON CONFLICT DO NOTHING in the migrating transaction,
//     so the second waits and skips. No advisory locks (CockroachDB/YugabyteDB).
//   - Integers of uint256 range are NUMERIC(78,0) in PostgreSQL and canonical
//     decimal TEXT in SQLite, carried exactly by U256; no value passes through a
//     float, and sums are folded in Go with overflow checks, never in SQL.
//   - Chain facts are append-only. A fact's identity is (chain, block hash, log
//     index, batch index): applying it again is a no-op, applying different
//     content under the same identity is ErrConflict. A kept header with another
//     hash at a stored height is ErrConflict too.
//   - ApplyBatch writes blocks, facts and the checkpoint in one transaction:
//     after a crash the checkpoint never names a block whose facts are missing.
//     The checkpoint only moves back through Rewind, which in one transaction
//     deletes every fact and header of the chain above the kept block.
//   - Time-pointed reads (Snapshot, PolicyAt, MeterAt) answer for time t only
//     when the last final block whose facts are stored has time > t, else
//     ErrNotFinal; they never guess. ValuationVersion needs its block final.
//     Each read runs in one transaction and sees one state.
//   - Usage events (usage_events) are append-only and keyed by event id:
//     InsertUsageEvent of the same signed content again is a no-op, other
//     content under a stored id is ErrConflict. The store does not verify
//     signatures (it lacks the EIP-712 domain); intake does before inserting.
//     UsageEvents pages in (timestamp, id) order, ids compared bytewise on
//     both backends.
//   - ContentHash is the same for the same facts on both backends.
//   - Errors are translated at the boundary: sql.ErrNoRows → ErrNotFound,
//     unique violations → ErrConflict. SQL is parameterised only.
package store
