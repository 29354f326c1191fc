// Package ownership folds an OwnershipToken's events into who held what of a
// dataset version at a time: the attribution snapshot a line item is priced
// with. It is pure (plain values in, a snapshot out; no database, network or
// clock), so the store, the pricer and an auditor's own program fold the same
// way from whatever source of events they trust: the indexed facts, or logs
// fetched from a node.
//
// Guarantees (docs/formats.md "Snapshot"):
//   - The snapshot at time t is the state after the last block whose timestamp
//     is ≤ t; within a block, transfers apply in log order, and within a
//     TransferBatch in batch order. The order events are given in does not
//     matter.
//   - Only the CFs the version lists (VersionCFsAdded in blocks up to its
//     first seal, less VersionCFsRemoved up to it, in chain order) count; the version must have been sealed in a block with
//     time ≤ t (else ErrNotSealed).
//   - Balances are exact uint256; a holder sending more than it holds, a
//     balance past 2²⁵⁶−1, or two blocks at one height is ErrInconsistent,
//     never a wrapped or guessed value.
//   - Holdings are the non-zero balances sorted by (cfId, holder); the
//     snapshot's block is the last block ≤ t that changed them or the CF list,
//     so equal inputs give byte-identical snapshots and snapshot hashes.
//   - Inputs are never modified.
package ownership
