// Package txmgr puts actions on chain exactly once.
//
// A caller hands the manager a Candidate keyed by the action's business
// identity. The manager guarantees:
//
//   - one key, one intent: the first save of an intent is an insert-if-absent
//     (Outbox.Insert); whoever loses a race for a key (another goroutine, or
//     another process on the same outbox) resumes the winner's intent rather
//     than signing its own, and Sends of one key in a process run one at a
//     time;
//   - one key, one live nonce: the intent is signed and stored (synchronously)
//     before its first broadcast, and a restart rebroadcasts the same bytes
//     instead of signing anew; at most one open intent per (account, nonce)
//     (the outbox refuses a second, and the manager moves past it);
//   - a fresh nonce for a key only when the old one is proven consumed — by a
//     transaction that is not ours, or by ours that reverted with its
//     confirmations — and Candidate.Done says the chain shows the action not
//     done; a failed intent asked for again is first replayed as a call, and
//     one that would revert again is reported with its reason, nothing sent;
//   - an intent whose action the chain shows done ends done elsewhere,
//     whatever its own transaction did: not sent, consumed by another
//     transaction, or reverted because someone else did it first (the
//     revert's reason is kept with it); a revert while the action is not
//     done is a *RevertError carrying the decoded reason;
//   - EIP-1559 fees, bumped on the same nonce by at least BumpPercent (≥ 10)
//     when stuck or refused as underpriced, never above MaxFeeCap;
//   - an intent is done only after Confirmations blocks, with a successful
//     receipt carrying the expected event; a mined transaction dropped by a
//     reorg is rebroadcast;
//   - every node error is classified by one table (errors.go); an error the
//     table does not know is surfaced, never guessed at; a restart finding its
//     own transaction mined ("nonce too low") is routine and logged at INFO.
//
// The signing key is held in memory only and never logged. One manager per
// (chain, account) should run at a time: the relayer holds a database lease
// for that and fences the outbox with it (store.Outbox.Fenced); the
// guarantees above hold without it, but two managers would still compete for
// nonces.
package txmgr
