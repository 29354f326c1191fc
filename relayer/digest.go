package relayer

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// digestArgs is the proposal digest's encoding: abi.encode(bytes32 root,
// bytes32 receiptRoot, uint64 end, address[] assets, uint256[] totals).
var digestArgs = func() abi.Arguments {
	ty := func(s string) abi.Type {
		t, err := abi.NewType(s, "", nil)
		if err != nil {
			panic(err)
		}
		return t
	}
	return abi.Arguments{{Type: ty("bytes32")}, {Type: ty("bytes32")}, {Type: ty("uint64")}, {Type: ty("address[]")}, {Type: ty("uint256[]")}}
}()

// ProposalDigest is the distributor's proposalDigest: the identity of a
// proposal within its epoch, keccak256(abi.encode(root, receiptRoot, end,
// assets, totals)). revokeRoot names the proposal by it, and a revoked one
// (revokedProposal) can never be proposed again for its epoch; the same root
// with other totals, assets, receipt root or end is another proposal. A total
// that is negative or wider than 256 bits has no digest (an error).
func ProposalDigest(root, receiptRoot common.Hash, end uint64, assets []common.Address, totals []*big.Int) (common.Hash, error) {
	for i, t := range totals {
		if t == nil || t.Sign() < 0 || t.BitLen() > 256 {
			return common.Hash{}, fmt.Errorf("proposal digest: total %d (%v) is not a uint256", i, t)
		}
	}
	enc, err := digestArgs.Pack([32]byte(root), [32]byte(receiptRoot), end, assets, totals)
	if err != nil {
		return common.Hash{}, fmt.Errorf("proposal digest: %w", err)
	}
	return crypto.Keccak256Hash(enc), nil
}

// Digest is the payout's proposal digest (ProposalDigest of what the relayer
// proposes for it).
func (p *Payout) Digest() (common.Hash, error) {
	return ProposalDigest(p.Root, p.ReceiptRoot, p.End, p.Assets, p.Totals)
}
