// Package relayer puts epoch payouts on chain and gives holders what they
// need to claim.
//
// Guarantees (with relayer/txmgr underneath):
//   - Every action (fund per consumer and asset, propose, activate) first reads
//     the chain; an action already done, by this relayer or anyone, is
//     recorded and not repeated, and a chain state that contradicts the
//     payout (another root for the epoch, a different funded amount) is
//     ErrConflict, never overwritten.
//   - Each action goes through the transaction manager under its business key,
//     so a crash at any point, and a restart, never sends it twice.
//   - A payout names the end of the period its epoch covers; it goes on chain
//     with the root (RootProposed.end), so a watcher can recompute the epoch.
//   - Fundings go to the distributor epoch being proposed or the next (the
//     vault refuses others; Step says so before sending). A payout whose
//     (epoch, root) was revoked on chain is ErrRevoked, never re-proposed.
//   - Step never waits out a dispute window: it returns where the payout
//     stands; Run steps until the root is active.
//   - Claims always pay the account itself; the proofs come from the
//     OpenZeppelin-compatible tree of cumulative entitlements.
package relayer
