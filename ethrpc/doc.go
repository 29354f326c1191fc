// Package ethrpc adapts Ethereum JSON-RPC endpoints for the indexer.
//
// Guarantees:
//   - Every HTTP request goes through go-retryablehttp: 429, 5xx and
//     connection errors are retried a bounded number of times, waiting what
//     the server's Retry-After asks for (else exponential backoff). A
//     Retry-After longer than RetryWait ends the request at once.
//   - Each endpoint keeps its health across requests and poll cycles: a
//     Retry-After holds the whole endpoint until it has passed, and a request
//     that failed for good holds it for a back-off doubling per failure in a
//     row (DownMin..DownMax); the next request waits for the hold.
//   - Each endpoint has its own rate limit (none for a node on localhost by
//     default) and every call its own timeout.
//   - A Pool hands out one endpoint per poll cycle (Begin) and never switches
//     in the middle of one, so a block range is always read from one node: the
//     first endpoint in the list that is not held and not lagging the best
//     head known. Other endpoints' heads and health come from background
//     probes (one attempt each, no retries) that Begin never waits for, so a
//     dead backup never slows a healthy primary.
//   - Provider refusals of eth_getLogs are read from one table of wordings
//     (Infura, Alchemy, QuickNode, Ankr, geth, reth, Erigon, Nethermind,
//     dRPC, Chainstack, Cloudflare, BlastAPI, ...; message, error data and
//     HTTP body) into a *Refusal wrapping ErrRangeRefused, with the block or
//     log limit and the range the provider suggested, when it gave them. A
//     rate limit or a range past a lagging node's head (ErrBeyondHead) is
//     never taken for a size refusal.
package ethrpc
