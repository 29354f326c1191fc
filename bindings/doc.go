// Package bindings holds the go-ethereum v2 (abigen --v2) bindings of the royalty contracts,
// one package per contract (ownershiptoken, governanceconfig, revenuevault, royaltydistributor,
// the test-only testtoken, and OpenZeppelin's timelockcontroller, the optional admin), each with
// its deployment bytecode; and of Uniswap V2's factory, pair, Router02 and WETH9, from the
// bytecode their npm packages (@uniswap/v2-core, @uniswap/v2-periphery, pinned in package.json)
// publish, for the swap venue of routes/uniswapv2.
//
// Guarantee: the committed bindings are exactly what scripts/bindings.sh generates from the
// current Solidity sources; fresh_test.go rebuilds them into a temp dir and fails on any
// difference. Never edit the generated files by hand.
//
// bindings/reverts is hand written: one revert decoder over every binding's
// ABI (docs/relayer.md, "Reverts in words").
package bindings
