// Package strict is the one set of readers for the values every input of
// royalty carries: addresses, decimal integers, hex byte strings, hashes,
// timestamps, and the JSON strings and numbers that hold them. Every package
// that reads input (engine, usage, merkle, deploy, cmd) reads these kinds of
// value through it, so one kind of value has one rule everywhere; the rules
// are listed in docs/formats.md, "Readers".
//
// It is pure and small: it imports no other package of this module (engine
// imports it and must stay importable alone), and nothing beyond the standard
// library, go-ethereum's common and crypto, and holiman/uint256.
//
// Guarantees:
//
//   - A reader accepts exactly one documented spelling family per kind and
//     never guesses: no whitespace, no missing "0x", no short or long forms, no
//     sign, no exponent, no leading zeros in decimals.
//   - An address is "0x" and 40 hex digits, all lowercase, all uppercase, or
//     mixed case carrying a valid EIP-55 checksum (mixed case promises one).
//     Whether the zero address is allowed is the field's rule: Address allows
//     it, NonZeroAddress does not.
//   - Errors wrap one of the package's sentinels (ErrSyntax, ErrNotDecimal,
//     ErrOverflow, ErrBadAddress, ErrZeroAddress, ErrNotHex) so that callers
//     match them with errors.Is, and quote at most 80 bytes of the bad value.
//   - Readers never panic and never allocate in proportion to more than their
//     input.
package strict
