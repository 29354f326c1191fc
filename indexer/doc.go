// Package indexer follows the four royalty contracts on one chain into the
// store, in the shape of Chainlink's LogPoller: range backfill up to the
// confirmed block, then block by block at the tip with parent-hash checks.
//
// Guarantees:
//   - A log is applied at most once: facts are keyed by (chain, block hash,
//     log index, batch index) and the store's inserts are idempotent; every
//     batch commits its facts, kept headers, checkpoint and final block in
//     one transaction, so a crash (even kill -9) and restart continue from
//     the checkpoint with nothing lost or doubled.
//   - No log is skipped: each eth_getLogs range is sized by a Ranger to
//     about TargetLogs logs (doubling after small answers, scaled down after
//     large ones); a refused range is asked again smaller, down to the
//     limit the provider named (remembered per endpoint), to one block, then
//     split by contract and by event topic; a block that still cannot be
//     fetched is an error (ErrUnfetchable) and is asked again at the next
//     cycle, never passed over. Every log's block
//     hash must equal the header fetched for its number; a block whose bloom
//     names our contracts but whose logs come back empty is asked again, and
//     if the receipts show logs of ours the answer is an error
//     (ErrInconsistent), never an empty block.
//   - A backfill always fetches ahead while it writes, with at most Pipeline
//     ranges waiting for the writer; when a fetch fails, every range fetched
//     before it is still written, so no work is thrown away.
//   - After a reorg above the final block no row from an orphaned block
//     remains: the indexer walks back through the kept headers to the common
//     ancestor and rewinds the store to it in one transaction. A reorg at or
//     below the final block stops indexing with ErrDeepReorg naming the
//     blocks; it is never papered over. A node that lacks blocks (one behind
//     the stored tip, or below the final block) is behind, not reorganised:
//     the cycle ends with ErrBehind, nothing is changed, and the indexer
//     waits for it or takes another endpoint.
//   - The confirmed block is the node's "finalized" block when it is ahead of
//     head − Confirmations, else head − Confirmations. The store's final
//     block never passes the checkpoint, so a time-pointed read never sees a
//     block whose data is not stored yet.
//   - One poll cycle reads from one endpoint (Source.Begin); failover happens
//     only between cycles, and what was learned of each endpoint (its log
//     range limits) outlives the cycle.
package indexer
