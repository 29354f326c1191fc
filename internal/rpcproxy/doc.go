// Package rpcproxy is a fault-injecting JSON-RPC proxy for tests: an
// httptest server in front of a real node (anvil) that forwards every
// request and, on demand, answers 429 with Retry-After, 5xx, provider-style
// eth_getLogs refusals ("query returned more than 10000 results", "block
// range is too large", -32005, ...), a cap on logs per response, empty logs
// for blocks that have some, and a lagging head.
//
// It is a fake by necessity: no real node produces these faults on demand,
// yet every provider produces them in production. Everything it does not
// inject is the real node's answer.
package rpcproxy
