// Package service is `royalty run`: one long-running process of a node
// operator (docs/operations.md). It serves the intake, the API, /metrics,
// /healthz and /readyz on one listener, prices events, and — while it holds
// the leader lease — indexes the chain, closes epochs on the calendar (or
// early when a recipient's pending accrual reaches its asset's threshold)
// and relays their payouts. Every loop is supervised: a failure is logged,
// counted and the loop restarted after a back-off.
//
// Several instances may share one PostgreSQL. One leads: it holds the lease
// "leader/<chain>" with a fencing token, renewed every third of its TTL, and
// every write it makes as leader (indexed facts, checkpoints, rewinds, epoch
// closes) checks that token in the same transaction; the relayer's own lease
// on (chain, key) fences its outbox and progress the same way. A leader that
// was paused past its lease writes nothing once it resumes: its writes are
// refused and it steps down. Another instance takes the lease when it
// expires, or at once when its holder is a process of the same host that is
// gone. Intake, API and pricing run on every instance; pricing is shared with
// SELECT … FOR UPDATE SKIP LOCKED.
//
// SIGTERM (a cancelled context) drains: the listener stops accepting,
// requests in flight finish (up to ShutdownTimeout), the loops stop and the
// lease is released; a restart resumes from the database.
package service
