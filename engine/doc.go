// Package engine is the money core of royalty: pure integer functions from a
// usage event, a valuation version, a split policy and an attribution snapshot
// to a line item, with no database, network, clock, logger or randomness, so
// that an auditor can import it alone.
//
// Guarantees (docs/overview.md "Money and numbers", formats in docs/formats.md):
//   - Every amount is an integer (uint256 base units; allocations in atto units,
//     10^-18 of a base unit). No float touches money; overflow is an error.
//   - Gross is exact (math/big) and independent of factor order; a gross whose
//     atto amount does not fit 256 bits is rejected.
//   - Σ allocations of a line item = gross · 10^18 exactly, checked on every
//     computation; the consumer margin absorbs the whole-unit dust and largest
//     remainder apportionment the atto dust, so each share is within one atto of
//     its exact value.
//   - Permuting any input list (factors, developers, holdings) changes no output
//     byte; inputs are never modified.
//   - Invalid input is a *FieldError whose Field is the bundle's JSON path.
//   - The ledger (State) is private; callers ask through typed methods. Each
//     close sets every consumer's funding (State.Fundings: its own cash made
//     payable, rounded up) and fails with a *ConservationError, publishing
//     nothing, unless per asset Σ funded ≥ Σ cumulative entitlements and each
//     unit of entitlement is settled consumer cash (CheckConservation, which
//     an auditor can run on stored trees and payouts; docs/ledger.md).
//   - Per share, the apportionment costs one 64-bit division when the total
//     weight fits 64 bits; Splitter and Calculator reuse memory so that splitting
//     many amounts allocates nothing per share (docs/benchmarks.md).
package engine
