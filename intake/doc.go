// Package intake accepts signed usage events from meters, over HTTP(S) or
// from the command line, and stores those whose signature verifies, with
// their sensitive metadata sealed.
//
// Guarantees:
//
//   - An event is stored only if it decodes strictly (usage.DecodeSubmission)
//     and its EIP-712 signature under the deployment's domain recovers to its
//     meter. A signature made under another domain is rejected as
//     wrong_domain (naming it when it can be found), not as a wrong signer.
//   - Submitting is idempotent: the same event again is "duplicate" and
//     changes nothing; other content under a stored id is "rejected"
//     (conflict). The valid events of one request are stored in one
//     transaction: a store failure stores none of them (resubmitting is
//     safe), and one bad event never holds back the others.
//   - Metadata plaintext sent beside an event is checked against the signed
//     commitment, sealed (keyring, XChaCha20-Poly1305) under the provider's
//     current key with the event id and commitment as associated data, and
//     stored as ciphertext with its key id. Plaintext is never stored, logged
//     or answered; without a key provider it is refused (metadata_refused),
//     never dropped silently. Reveal opens it and checks it against the
//     commitment; Rotate re-encrypts rows under older keys, resumably.
//   - Over HTTP, every event request is authenticated by a meter's API key
//     (stored as a SHA-256, scoped to one meter, revocable; a revocation takes
//     effect within the Authenticator's TTL), and an event signed by another
//     meter than the key's is rejected (wrong_meter). Per-meter and global
//     token buckets in events per second answer 429 with Retry-After.
//   - The server bounds what a client can make it hold: a body of at most
//     MaxBodyBytes (413 beyond), MaxBatch events per request, header size,
//     header/body/write/idle timeouts (a Slowloris client is cut off when its
//     headers are late), and at most MaxConns connections at once. It serves
//     TLS itself; plain HTTP only on loopback unless explicitly allowed.
//   - Every error answer is JSON {"code", "error", "field", "id"} with a
//     stable code. A rejection names the field at fault ("event.quantity").
//     A store failure that is not the event's fault is returned as an error,
//     never reported as a rejection. The handler logs meters, key ids, counts
//     and event ids, never bodies, keys or metadata.
package intake
