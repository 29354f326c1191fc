// Package intake accepts signed usage events from meters, over HTTP or from
// the command line, and stores those whose signature verifies.
//
// Guarantees:
//
//   - An event is stored only if it decodes strictly (usage.Decode) and its
//     EIP-712 signature under the deployment's domain recovers to its meter.
//   - Submitting is idempotent: the same event again is "duplicate" and
//     changes nothing; other content under a stored id is "rejected" (conflict).
//     Each event is stored in its own transaction, so one bad event never
//     holds back the others of a batch.
//   - A rejection names the field at fault ("event.quantity"). A store failure
//     that is not the event's fault is returned as an error, never reported as
//     a rejection.
//   - The HTTP handler bounds what a client can make it hold: a request body
//     of at most MaxBodyBytes (413 beyond), at most MaxBatch events per request.
//     It logs counts and event ids, never request bodies.
package intake
