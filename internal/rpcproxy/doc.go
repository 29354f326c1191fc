// Package rpcproxy is a fault-injecting JSON-RPC proxy for tests: an
// httptest server in front of a real node (anvil) that forwards every
// request and, on demand, answers 429 or 5xx (with Retry-After), holds
// requests without answering (a dead node that accepts connections),
// refuses eth_getLogs the way each provider words it (rules see the range
// and the real node's log count, and may answer with error data or an
// HTTP status), caps logs per response, empties the logs of blocks that
// have some, fails chosen requests, and plays a node that lags the head
// (its "latest", "finalized", blocks and logs all stop n blocks behind).
// Every request is recorded with its time and the fault served.
//
// It is a fake by necessity: no real node produces these faults on demand,
// yet every provider produces them in production. Everything it does not
// inject is the real node's answer.
package rpcproxy
