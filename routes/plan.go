package routes

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/engine"
)

// Group is the epoch's payable amounts of one asset on the home chain whose holders asked to be
// paid ToAsset on chain ToChain: one route (a swap step on the home chain, a bridge step to
// another chain, or both).
type Group struct {
	HomeChain uint64         `json:"homeChainId"`
	Asset     common.Address `json:"asset"` // the entitlements' asset, on the home chain
	ToChain   uint64         `json:"toChainId"`
	ToAsset   common.Address `json:"toAsset"`
	Parts     []Part         `json:"parts"` // in account order; each amount > 0
}

// Total is Σ of the parts.
func (g *Group) Total() (*uint256.Int, error) {
	t := new(uint256.Int)
	for i := range g.Parts {
		if _, overflow := t.AddOverflow(t, &g.Parts[i].Amount); overflow {
			return nil, fmt.Errorf("group %s → %d/%s: total overflows uint256", g.Asset, g.ToChain, g.ToAsset)
		}
	}
	return t, nil
}

// Kinds are the steps the group's route needs, in order: a swap when the asset changes, a
// bridge when the chain does (an asset change across chains swaps on the home chain first).
func (g *Group) Kinds() []string {
	var k []string
	if g.ToChain == g.HomeChain {
		if g.ToAsset != g.Asset {
			k = append(k, KindSwap)
		}
		return k
	}
	return append(k, KindBridge)
}

// Plan groups an epoch's newly payable amounts (each recipient line's cumulative − previous
// cumulative, base units) by the holder's payout preference in force at the epoch's end (the
// statement's payout, pipeline.Epochs.Close). Holders with the default preference, or one that
// names the home chain and the line's own asset, are paid directly and left out. Groups are in
// (asset, chain, asset out) order.
func Plan(s *engine.EpochStatements, homeChain uint64) ([]Group, error) {
	type key struct {
		asset, to common.Address
		chain     uint64
	}
	groups := map[key]*Group{}
	for _, r := range s.Recipients {
		if r.Payout == nil {
			continue
		}
		if !common.IsHexAddress(r.Account) || !common.IsHexAddress(r.Payout.Asset) {
			return nil, fmt.Errorf("epoch %d: recipient %q: account or payout asset is not an address", s.Epoch, r.Account)
		}
		acct, to := common.HexToAddress(r.Account), common.HexToAddress(r.Payout.Asset)
		for _, l := range r.Lines {
			asset := common.HexToAddress(l.Asset)
			if !r.Payout.Routes(homeChain, asset) {
				continue
			}
			prev, err := uint256.FromDecimal(l.PreviousCumulative)
			if err != nil {
				return nil, fmt.Errorf("epoch %d: %s %s previousCumulative: %w", s.Epoch, r.Account, l.Asset, err)
			}
			cum, err := uint256.FromDecimal(l.Cumulative)
			if err != nil {
				return nil, fmt.Errorf("epoch %d: %s %s cumulative: %w", s.Epoch, r.Account, l.Asset, err)
			}
			if cum.Lt(prev) {
				return nil, fmt.Errorf("epoch %d: %s %s: cumulative %s below the previous %s", s.Epoch, r.Account, l.Asset, cum.Dec(), prev.Dec())
			}
			d := new(uint256.Int).Sub(cum, prev)
			if d.IsZero() {
				continue
			}
			k := key{asset: asset, chain: r.Payout.ChainID, to: to}
			g := groups[k]
			if g == nil {
				g = &Group{HomeChain: homeChain, Asset: asset, ToChain: k.chain, ToAsset: to}
				groups[k] = g
			}
			g.Parts = append(g.Parts, Part{Account: acct, Amount: *d})
		}
	}
	out := make([]Group, 0, len(groups))
	for _, g := range groups {
		sort.Slice(g.Parts, func(i, j int) bool { return bytes.Compare(g.Parts[i].Account[:], g.Parts[j].Account[:]) < 0 })
		out = append(out, *g)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if c := bytes.Compare(a.Asset[:], b.Asset[:]); c != 0 {
			return c < 0
		}
		if a.ToChain != b.ToChain {
			return a.ToChain < b.ToChain
		}
		return bytes.Compare(a.ToAsset[:], b.ToAsset[:]) < 0
	})
	return out, nil
}
