package routes

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/relayer"
)

// DestinationPayout is the payout of epoch `epoch` on a destination chain: its own
// RoyaltyDistributor's tree of every holder's cumulative bridged entitlement — per (holder,
// asset out) the sum of its shares in the done bridge steps to this chain of every route of
// epochs ≤ epoch — which its holders claim there. The distributor already holds the funds (the
// bridge delivered them to it), so there are no fundings. The receipt root commits to the
// bridge steps it counts (keccak256 of their JSON, in route key order). Nil tree when nothing
// was delivered yet.
func DestinationPayout(runs []Run, dest deploy.Deployment, epoch, end uint64) (relayer.Payout, *merkle.Tree, error) {
	p := relayer.Payout{ChainID: dest.ChainID, Vault: dest.RevenueVault, Distributor: dest.RoyaltyDistributor, Epoch: epoch, End: end}
	sorted := append([]Run(nil), runs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Key < sorted[j].Key })
	type key struct{ account, asset common.Address }
	cum := map[key]*uint256.Int{}
	var counted []StepRecord
	for _, run := range sorted {
		if run.Epoch > epoch {
			continue
		}
		for _, st := range run.Steps {
			if st.Kind != KindBridge || st.Status != StatusDone || st.ToChain != dest.ChainID {
				continue
			}
			if st.Conversion == nil {
				return p, nil, fmt.Errorf("route %q: a done bridge step without the holders' shares", run.Key)
			}
			counted = append(counted, st)
			for _, s := range st.Conversion.Shares {
				a, err := uint256.FromDecimal(s.AmountOut)
				if err != nil {
					return p, nil, fmt.Errorf("route %q: share of %s: %w", run.Key, s.Account, err)
				}
				k := key{s.Account, st.AssetOut}
				if cum[k] == nil {
					cum[k] = new(uint256.Int)
				}
				if _, overflow := cum[k].AddOverflow(cum[k], a); overflow {
					return p, nil, fmt.Errorf("route %q: cumulative of %s overflows", run.Key, s.Account)
				}
			}
		}
	}
	if len(cum) == 0 {
		return p, nil, nil
	}
	var leaves []merkle.Distributor
	totals := map[common.Address]*uint256.Int{}
	for k, v := range cum {
		if v.IsZero() {
			continue
		}
		leaves = append(leaves, merkle.Distributor{ChainID: dest.ChainID, Distributor: dest.RoyaltyDistributor, Account: k.account, Asset: k.asset, Cumulative: *v})
		if totals[k.asset] == nil {
			totals[k.asset] = new(uint256.Int)
		}
		if _, overflow := totals[k.asset].AddOverflow(totals[k.asset], v); overflow {
			return p, nil, fmt.Errorf("total of %s overflows", k.asset)
		}
	}
	tree, err := merkle.BuildDistributor(leaves)
	if err != nil {
		return p, nil, err
	}
	b, err := json.Marshal(counted)
	if err != nil {
		return p, nil, err
	}
	p.Root, p.ReceiptRoot = tree.Root(), crypto.Keccak256Hash(b)
	assets := make([]common.Address, 0, len(totals))
	for a := range totals {
		assets = append(assets, a)
	}
	sort.Slice(assets, func(i, j int) bool { return bytes.Compare(assets[i][:], assets[j][:]) < 0 })
	for _, a := range assets {
		p.Assets = append(p.Assets, a)
		p.Totals = append(p.Totals, totals[a].ToBig())
	}
	return p, tree, nil
}
