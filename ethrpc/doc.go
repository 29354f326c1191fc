// Package ethrpc adapts Ethereum JSON-RPC endpoints for the indexer.
//
// Guarantees:
//   - Every HTTP request goes through go-retryablehttp: 429, 5xx and
//     connection errors are retried a bounded number of times, waiting what
//     the server's Retry-After asks for (else exponential backoff).
//   - Each endpoint has its own rate limit and every call its own timeout.
//   - A Pool picks one endpoint per poll cycle (Begin) and never switches in
//     the middle of one, so a block range is always read from one node. An
//     endpoint that failed, or whose head lags the best one, is passed over
//     at the next cycle.
//   - Provider refusals of eth_getLogs (too many results, range too large,
//     -32005, ...) are translated to ErrRangeRefused so callers can split
//     the range with errors.Is.
package ethrpc
