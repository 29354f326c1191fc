// Package anviltest starts a real anvil node (the npm Foundry binary under
// node_modules/.bin) for tests and drives its test-only RPC methods: reorgs,
// rollbacks, mining, timestamps and snapshots.
//
// Guarantees: Start returns only once the node answers eth_chainId with the
// requested chain id; the process is killed and reaped at test cleanup. A
// missing anvil binary fails the test (run scripts/test.sh), it never skips:
// CI must run everything.
package anviltest
