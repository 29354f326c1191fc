// Package store is the schema and the queries of royalty over SQLite (the
// embedded default, modernc.org/sqlite) or PostgreSQL (lib/pq), through sqlx.
//
// Guarantees:
//
//   - One schema, two backends. Migrations are embedded (migrations/NNNN_name.sql,
//     dialect-neutral with {{U256}}/{{BYTES}} type placeholders; a
//     NNNN_name.postgres.sql or .sqlite.sql file applies to one dialect only; a
//     later change is a new numbered file) and run on Open, recorded in
//     schema_migrations. Running them again is a no-op; two processes opening
//     one database at once are safe: each migration is claimed by an INSERT …
//     ON CONFLICT DO NOTHING in the migrating transaction, so the second waits
//     and skips. No advisory locks (CockroachDB/YugabyteDB).
//   - Integers of uint256 range are NUMERIC(78,0) in PostgreSQL and canonical
//     decimal TEXT in SQLite, carried exactly by U256 (negative, fractional or
//     oversized values are rejected on scan); contract uint64 fields (versions,
//     epochs, windows) use the same type, so no value can overflow BIGINT. No
//     value passes through a float: SQL only compares them for equality, sums
//     are folded in Go with overflow checks.
//   - Chain facts are append-only. A fact's identity is (chain, block hash, log
//     index, batch index): applying it again is a no-op, applying different
//     content under the same identity is ErrConflict. A kept header with another
//     hash at a stored height is ErrConflict too.
//   - ApplyBatch writes blocks, facts and the checkpoint in one transaction:
//     after a crash the checkpoint never names a block whose facts are missing.
//     The checkpoint only moves back through Rewind, which in one transaction
//     deletes every fact and kept header of the chain above the kept block
//     (and lowers the final block to it if it was above). One writer per chain
//     is assumed (the indexer); concurrent writers stay idempotent but the
//     last checkpoint written wins.
//   - Time-pointed reads (Snapshot, PolicyAt, MeterAt) answer for time t only
//     when the last final block whose facts are stored (the final block, or
//     the checkpoint if the indexer is behind it) has time ≥ t (block times
//     strictly increase, so no later block can have a time ≤ t), else
//     ErrNotFinal; they never guess. ValuationVersion needs its block final.
//     Each read runs in one read-only transaction and sees one state
//     (REPEATABLE READ in PostgreSQL, a WAL snapshot in SQLite).
//   - Kept block headers serve reorg checks only; those more than
//     HeadersKeptBelowFinal blocks below the final block are pruned as it
//     advances (facts carry their own block number, hash and time).
//   - Snapshot only selects the rows (the version's listings and seals, the
//     token's transfers of its CFs up to t); ownership.At folds them, the same
//     pure function an auditor calls on logs from a node (docs/formats.md
//     "Ownership fold"). PolicyAt's Policy.Version is the task manifest's
//     version (the manifest names its split policy).
//   - Usage events (usage_events) are append-only and keyed by event id:
//     InsertUsageEvent of the same signed content again is a no-op, other
//     content under a stored id is ErrConflict. InsertUsageEvents stores a
//     batch in one transaction with a result per event (a conflict is a
//     result, not an error), rows in id order so that concurrent batches
//     cannot deadlock. The store does not verify signatures (it lacks the
//     EIP-712 domain); intake does before inserting. UsageEvents pages in
//     (timestamp, id) order, ids compared bytewise on both backends.
//   - Event metadata is stored only as the caller's ciphertext with its key
//     id (usage_metadata): the store never sees plaintext. A stored
//     ciphertext is replaced only by ReplaceUsageMetadata, a compare-and-swap
//     on its key id (rotation). Meters' API keys (meter_credentials) are
//     stored as the SHA-256 of their secret; a revocation is never undone.
//   - ContentHash is the same for the same facts on both backends; it covers
//     the fact tables only (kept headers and checkpoints depend on batching).
//   - Leases (lease.go): one holder per name until it expires unless
//     renewed, on the database's clock; a fencing token that grows with every
//     new holder and never repeats; CheckLease inside a write transaction
//     locks the lease row (PostgreSQL) so a takeover cannot commit between
//     the check and the write. Plain rows, no advisory locks.
//   - The outbox (outbox.go): an intent's first save is an insert-if-absent
//     (txmgr.ErrExists for the loser); updates are compare-and-swap on a row
//     version (txmgr.ErrStale); at most one open intent per (account, nonce)
//     (txmgr.ErrNonceTaken); a fenced outbox checks its lease in every write.
//   - Errors are translated at the boundary: sql.ErrNoRows → ErrNotFound,
//     unique violations → ErrConflict. SQL is parameterised only (identifiers
//     come from the package's own table list).
//
// Bulk writes: PostgreSQL uses COPY into a TEMP staging table then INSERT …
// ON CONFLICT DO NOTHING for 200+ facts of a table (DSN parameter
// royalty_bulk=insert selects multi-row INSERTs, for servers without temp
// tables); SQLite executes one single-row INSERT per fact (modernc binds
// parameters in quadratic time). Figures: docs/benchmarks.md, section store.
package store
