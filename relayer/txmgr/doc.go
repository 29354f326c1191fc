// Package txmgr puts actions on chain exactly once.
//
// A caller hands the manager a Candidate keyed by the action's business
// identity. The manager guarantees:
//
//   - one key, one nonce: the intent is signed and stored in the Outbox
//     (synchronously) before its first broadcast, and a restart rebroadcasts
//     the same bytes instead of signing anew;
//   - a new nonce for the same key only when the old nonce is proven consumed
//     by a transaction that is not ours and Candidate.Done says the chain
//     shows the action not done;
//   - EIP-1559 fees, bumped on the same nonce by at least BumpPercent (≥ 10)
//     when stuck or refused as underpriced, never above MaxFeeCap;
//   - an intent is done only after Confirmations blocks, with a successful
//     receipt carrying the expected event; a mined transaction dropped by a
//     reorg is rebroadcast;
//   - every node error is classified by one table (errors.go); an error the
//     table does not know is surfaced, never guessed at.
//
// The signing key is held in memory only and never logged.
package txmgr
