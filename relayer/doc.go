// Package relayer puts epoch payouts on chain and gives holders what they
// need to claim (docs/relayer.md).
//
// Guarantees (with relayer/txmgr underneath):
//   - One relayer per (chain, key) at a time: a Session holds a lease in the
//     database (refused with ErrBusy, or waiting, while another holds it),
//     renews it, and fences every outbox write and saved progress with its
//     token, so a relayer that lost its lease writes, and so sends, nothing.
//   - Every action (fund per consumer and asset, propose, activate) first reads
//     the chain; an action already done, by this relayer or anyone, is
//     recorded and not repeated, and a chain state that contradicts the
//     payout (another root for the epoch, a different funded amount) is
//     ErrConflict, never overwritten.
//   - Each action goes through the transaction manager under its business key,
//     so a crash at any point, and a restart, never sends it twice; a revert
//     because someone else did the action first ends it done, not failed.
//   - Nothing is sent for a root not yet active unless the payout is covered:
//     per asset, distributor balance + total claimed + the epoch's fundings
//     still to make reach the new total, and the vault holds those fundings
//     (else an *UncoveredError with the shortfall in token units).
//   - A step's progress lists every transaction that landed for the actions
//     it reached: ours from the outbox (reverted ones with their decoded
//     reason) and, for an action the chain shows done by someone else, theirs
//     from the contracts' logs; a Session saves it after every step, merged
//     with what earlier runs saved.
//   - A payout names the end of the period its epoch covers; it goes on chain
//     with the root (RootProposed.end), so a watcher can recompute the epoch.
//   - A payout is for the distributor's next epoch (the vault funds only
//     that one or the one after; Step refuses any other before sending,
//     ErrConflict). A payout whose exact proposal was revoked on chain (or
//     whose root was challenged) is ErrRevoked, never re-proposed; another
//     proposal of its root revoked (a wrong total) does not stop it, and a
//     pending one is a conflict, not taken for the payout's.
//   - Step never waits out a dispute window: it returns where the payout
//     stands; Run steps until the root is active.
//   - Claims always pay the account itself; the proofs come from the
//     OpenZeppelin-compatible tree of cumulative entitlements; Claim sends
//     nothing when nothing is left to claim.
//   - Every call to the vault, the distributor and the assets is in
//     contracts.go; reverts are decoded through bindings/reverts.
package relayer
