package relayer

import (
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/merkle"
)

// Entitlement is one (asset, cumulative) leaf of an account with its proof:
// everything a wallet needs to claim it.
type Entitlement struct {
	Asset      common.Address `json:"asset"`
	Cumulative string         `json:"cumulative"` // decimal base units
	Proof      []common.Hash  `json:"proof"`
}

// AccountProofs is what `royalty proof` prints for an account.
type AccountProofs struct {
	ChainID      uint64         `json:"chainId"`
	Distributor  common.Address `json:"distributor"`
	Account      common.Address `json:"account"`
	Root         common.Hash    `json:"root"`
	Entitlements []Entitlement  `json:"entitlements"`
}

// ErrNoEntitlement: the tree has no leaf for the account.
var ErrNoEntitlement = errors.New("relayer: no entitlement for the account in this tree")

// ProofsFor finds every leaf of account in a distributor tree (assets in
// ascending order) with its proof. The tree must use merkle.DistributorTypes.
func ProofsFor(t *merkle.Tree, account common.Address) (AccountProofs, error) {
	if fmt.Sprint(t.Types()) != fmt.Sprint(merkle.DistributorTypes) {
		return AccountProofs{}, fmt.Errorf("relayer: tree leaf encoding %v is not the distributor's %v", t.Types(), merkle.DistributorTypes)
	}
	out := AccountProofs{Account: account, Root: t.Root()}
	for i := 0; i < t.Len(); i++ {
		v, err := t.Value(i)
		if err != nil {
			return out, err
		}
		if !common.IsHexAddress(v[2]) || common.HexToAddress(v[2]) != account {
			continue
		}
		chain, ok := new(big.Int).SetString(v[0], 10)
		if !ok || !chain.IsUint64() {
			return out, fmt.Errorf("relayer: leaf %d: bad chain id %q", i, v[0])
		}
		out.ChainID, out.Distributor = chain.Uint64(), common.HexToAddress(v[1])
		proof, err := t.Proof(i)
		if err != nil {
			return out, err
		}
		out.Entitlements = append(out.Entitlements, Entitlement{Asset: common.HexToAddress(v[3]), Cumulative: v[4], Proof: proof})
	}
	if len(out.Entitlements) == 0 {
		return out, fmt.Errorf("%w: %s", ErrNoEntitlement, account)
	}
	sort.Slice(out.Entitlements, func(i, j int) bool {
		return out.Entitlements[i].Asset.Cmp(out.Entitlements[j].Asset) < 0
	})
	return out, nil
}

// ClaimCalldata packs RoyaltyDistributor.claim for every entitlement of the
// account in one call.
func ClaimCalldata(p AccountProofs) ([]byte, error) {
	assets := make([]common.Address, len(p.Entitlements))
	cums := make([]*big.Int, len(p.Entitlements))
	proofs := make([][][32]byte, len(p.Entitlements))
	for i, e := range p.Entitlements {
		c, err := uint256.FromDecimal(e.Cumulative)
		if err != nil {
			return nil, fmt.Errorf("entitlements[%d].cumulative: %w", i, err)
		}
		assets[i], cums[i] = e.Asset, c.ToBig()
		proofs[i] = make([][32]byte, len(e.Proof))
		for j, h := range e.Proof {
			proofs[i][j] = h
		}
	}
	return royaltydistributor.NewRoyaltyDistributor().PackClaim(p.Account, assets, cums, proofs), nil
}
