// Package keyring encrypts data at rest under named keys: an AEAD
// (XChaCha20-Poly1305, golang.org/x/crypto) behind a small KMS-style
// Provider interface, with a file-backed provider of rotating keys.
//
// Guarantees:
//
//   - A Provider never hands out key material: callers name a key and ask it
//     to Seal or Open, as they would a KMS. File keeps its keys in unexported
//     fields whose String and GoString print only ids, so a key cannot reach a
//     log or an HTTP answer through fmt or slog.
//   - Every ciphertext is authenticated together with the caller's associated
//     data and the key id it was sealed under. Opening with another key, with
//     a ciphertext altered in any byte, with other associated data, or under
//     another key id (even one holding the same key bytes) fails with
//     ErrDecrypt; a key id the provider does not know is ErrUnknownKey. Neither
//     error ever returns partial plaintext.
//   - Ciphertext format, version 1: 0x01 ‖ 24-byte random nonce ‖
//     XChaCha20-Poly1305(key, nonce, plaintext, AD) where AD =
//     "royalty/keyring/v1" ‖ uint16 len(keyID) ‖ keyID ‖ caller's AD. Random
//     192-bit nonces make reuse under one key negligible however many rows
//     it seals.
//   - Rotation: a key file lists every key still needed to read old rows and
//     names the current one; new seals use the current key, old rows stay
//     readable, and File picks up a rewritten file (AddKey) within a second
//     without a restart. Re-encrypting old rows is the caller's loop
//     (intake.Rotate), resumable because each row keeps its key id.
//   - A key file must not be readable by group or others (mode 0600 or
//     stricter), as ssh insists of private keys.
package keyring
