// Package usage is the signed usage event of the access gateway: its JSON
// form, its EIP-712 typed data, signing and verification, and the commitment
// to its sensitive metadata. It is pure: no database, no network, no clock,
// no randomness (a salt is drawn by the caller).
//
// Guarantees:
//
//   - Decode is strict: unknown or missing fields, names in another case, a
//     field given twice, values of the wrong JSON type, integers that are not
//     plain decimals, addresses that are malformed, zero or wrongly
//     checksummed, and documents over MaxEventBytes are errors. Every error is
//     an *engine.FieldError naming the JSON path ("event.quantity"). Values are
//     read with package strict, the project's one set of readers.
//   - MarshalJSON writes one canonical form (fixed field order, checksummed
//     addresses, v as 27/28): Decode(Marshal(e)) == e and Marshal(Decode(b)) is
//     the same bytes for every b that means the same event.
//   - The typed data is versioned. Version 1 (domain version "1", EventType)
//     is every event without a metadata commitment, exactly as before
//     commitments existed: events signed then still verify. Version 2 (domain
//     version "2", EventTypeV2) adds bytes32 metadataCommitment; an event is
//     version 2 exactly when its commitment is nonzero, so a signature of one
//     version never verifies as the other.
//   - The commitment is keccak256(MetadataTag ‖ salt ‖ data) over a 32-byte
//     salt: the signature binds the metadata, the commitment reveals nothing
//     a guesser could confirm without the salt. The canonical form never holds
//     the plaintext; DecodeSubmission reads it beside the event and refuses it
//     unless it matches the commitment. Errors about metadata never quote it.
//   - Digest is the EIP-712 hash of the UsageEvent typed data under a Domain
//     (name "royalty-usage", the event's version, chain id, GovernanceConfig
//     address); it covers every field except meter and signature. Verify
//     accepts a signature only if it is low-s, its v is 27/28 or 0/1 and it
//     recovers to Meter under that domain. A signature the meter made under
//     another domain is ErrWrongDomain when Verify can find that domain
//     (another well-known chain id, a zero contract) and otherwise
//     ErrWrongSigner naming the expected domain, never a silent "someone
//     else". Whether Meter was authorised (GovernanceConfig.MeterSet) at the
//     event's time is a chain fact, checked by the pricer, not here.
package usage
