// Package api is the read-only HTTP API of a royalty node (docs/api.md):
// under /v1, statements per recipient and per consumer of each closed epoch
// (JSON, or CSV for spreadsheets), an account's Merkle proofs with the
// distributor's claim calldata, receipts, the explanation of an amount down
// to events, contribution fingerprints and holders, the epochs with their
// relay stages, and the indexer's and pricer's status.
//
// Everything it serves is read from the store: any instance sharing the
// database answers the same. Every answer that is not 2xx is a JSON Error
// with a stable code. Requests are limited in body size (MaxBodyBytes),
// rate (per client address) and time (Config.Timeout).
package api
