// Package usage is the signed usage event of the access gateway: its JSON
// form, its EIP-712 typed data, signing and verification. It is pure: no
// database, no network, no clock.
//
// Guarantees:
//
//   - Decode is strict: unknown or missing fields, names in another case, a
//     field given twice, values of the wrong JSON type, integers that are not plain decimals, addresses that
//     are malformed, zero or wrongly checksummed, and documents over
//     MaxEventBytes are errors. Every error is an *engine.FieldError naming the
//     JSON path ("event.quantity").
//   - MarshalJSON writes one canonical form (fixed field order, checksummed
//     addresses, v as 27/28): Decode(Marshal(e)) == e and Marshal(Decode(b)) is
//     the same bytes for every b that means the same event.
//   - Digest is the EIP-712 hash of the UsageEvent typed data under a Domain
//     (name "royalty-usage", version "1", chain id, GovernanceConfig address);
//     it covers every field except meter and signature. Verify accepts a
//     signature only if it is low-s, its v is 27/28 or 0/1 and it recovers to
//     Meter. Whether Meter was authorised (GovernanceConfig.MeterSet) at the
//     event's time is a chain fact, checked by the pricer, not here.
package usage
