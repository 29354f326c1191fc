// Package deploy deploys the four royalty contracts from the generated bindings and reads and
// writes the deployment JSON every chain-facing command takes as --deployment.
//
// Guarantees: All deploys the distributor first and the vault with the distributor's address,
// grants every configured role and returns only after each transaction has a successful receipt
// (a reverted one is an error naming the step). Load and Save accept only a complete deployment
// ({"chainId","startBlock","ownershipToken","governanceConfig","revenueVault",
// "royaltyDistributor"}, numbers as JSON numbers, non-zero addresses, checksummed when written)
// and name the bad field in their error.
package deploy
