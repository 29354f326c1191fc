// Package pipeline turns signed usage events and indexed chain facts into
// line items, epochs, payouts, receipts and audits (docs/pipeline.md). It is
// the glue between the store and the pure engine; it sends no transaction
// itself (Relay hands a payout to the relayer, docs/relayer.md).
//
// Guarantees:
//   - An event is priced only from final facts: while the block at its time is
//     not final, or its valuation is not yet published, it waits (recorded
//     with the reason); an event the final facts contradict is rejected with
//     the reason. An event above the operator's maximum gross for its asset
//     is held for review (no line item) until released or the limit raised.
//     Pricing an event twice is a no-op.
//   - A line item is stored with its bundle, the exact `royalty compute`
//     input, and is never edited: it replays byte for byte.
//   - Closing an epoch first replays every closed epoch from the stored
//     inputs and requires each statements hash to match (ErrReplay otherwise);
//     the new epoch's statements, trees, payout and line-item assignment are
//     written in one transaction. History is never rewritten: a late event
//     joins the next open epoch.
//   - A payout funds what the engine derives (engine.State.Fundings): each
//     consumer's own cash that the ledger made payable, rounded up, minus
//     what it funded before; replaying a closed epoch must derive its stored
//     fundings (ErrReplay otherwise).
//   - A close is refused, and nothing stored, unless engine.CheckConservation
//     holds for the new tree: per asset, Σ funded over all epochs ≥ Σ
//     cumulative entitlements, each unit traced to settled consumer cash.
//   - Audit trusts no stored result: each line item is recomputed from its
//     signed usage event and the chain's facts at its time (with a node, the
//     node's own logs; ownership through ownership.At, the pricer's fold), the
//     ledger replayed from epoch 1, the trees and payouts rebuilt, and every
//     stored artifact compared field by field (usage events, line items,
//     statements, trees, payouts, fundings, cumulatives) and with the vault
//     and distributor (fundings, proposals, roots, totals, claims). Each
//     mismatch is a Finding naming artifact, key, field, expected and found.
//   - Replay computes the same from the stored inputs alone and digests it:
//     equal histories give equal digests on SQLite and PostgreSQL.
//   - Relay is the one way a payout goes on chain (the command and the demo
//     call it): under the relayer's lease, with its progress saved after
//     every step whether the payout came from the database or a file.
package pipeline
