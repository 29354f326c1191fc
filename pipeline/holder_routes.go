package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/routes"
)

// HolderRoute is how an epoch's payout of the account went when its payout
// preference routed it (docs/routes.md): its part of the group (Amount, in
// base units of Asset on HomeChain), where the group was going, and the
// route's steps as stored.
type HolderRoute struct {
	Key       string              `json:"key"`
	HomeChain uint64              `json:"homeChainId"`
	Asset     common.Address      `json:"asset"`
	Amount    string              `json:"amount"`
	ToChain   uint64              `json:"toChainId"`
	ToAsset   common.Address      `json:"toAsset"`
	Steps     []routes.StepRecord `json:"steps"`
}

// holderRoutes are the account's parts in epoch's stored route runs.
func (e *Epochs) holderRoutes(ctx context.Context, epoch uint64, account common.Address) ([]HolderRoute, error) {
	rows, err := e.Store.RouteRuns(ctx, e.Dep.ChainID, epoch)
	if err != nil {
		return nil, err
	}
	var out []HolderRoute
	for _, row := range rows {
		var run routes.Run
		if err := json.Unmarshal(row.State, &run); err != nil {
			return nil, fmt.Errorf("epoch %d route %q: %w", epoch, row.Key, err)
		}
		for _, p := range run.Group.Parts {
			if p.Account == account {
				g := run.Group
				out = append(out, HolderRoute{Key: run.Key, HomeChain: g.HomeChain, Asset: g.Asset, Amount: p.Amount.Dec(),
					ToChain: g.ToChain, ToAsset: g.ToAsset, Steps: run.Steps})
			}
		}
	}
	return out, nil
}

// RouteOutcome says in one line what became of the account's routed
// payout, as `royalty statement` and the holder page print it: an aborted
// step and the transfer in the original asset on the home chain that
// follows it ("routed: swap to X aborted (reason): 0.3 USDC paid in USDC on
// the home chain 1, tx 0x…"), or each step done or under way ("routed: 0.3
// USDC: swap to X done at rate R, then bridge to chain 2 done, message
// 0x…").
func RouteOutcome(r HolderRoute, tokens map[common.Address]TokenInfo) string {
	home := TokenOf(tokens, r.Asset)
	var parts []string
	for i, s := range r.Steps {
		out := TokenOf(tokens, s.AssetOut).Name()
		var what string
		switch s.Kind {
		case routes.KindSwap:
			what = "swap to " + out
		case routes.KindBridge:
			what = fmt.Sprintf("bridge to chain %d", s.ToChain)
		case routes.KindPay:
			what = "pay in " + out
		default:
			what = s.Kind
		}
		switch s.Status {
		case routes.StatusAborted:
			reason := s.Reason
			if reason == "" {
				reason = "no reason recorded"
			}
			return fmt.Sprintf("routed: %s aborted (%s): %s", what, reason, keptAtHome(r, r.Steps[i+1:], home))
		case routes.StatusSkipped:
			continue
		}
		what += " " + s.Status
		if s.Kind == routes.KindSwap && s.Rate != "" {
			what += " at rate " + s.Rate
		}
		if s.MessageID != nil {
			what += ", message " + s.MessageID.Hex()
		}
		parts = append(parts, what)
	}
	if len(parts) == 0 {
		return fmt.Sprintf("routed: %s to chain %d in %s, no step planned yet", home.Units(r.Amount), r.ToChain, TokenOf(tokens, r.ToAsset).Name())
	}
	return fmt.Sprintf("routed: %s: %s", home.Units(r.Amount), strings.Join(parts, ", then "))
}

// keptAtHome says what became of the amount after an aborted step: the
// pay step in the original asset on the home chain that follows it (done,
// or its status), or, before it is planned, that the amount stays there.
func keptAtHome(r HolderRoute, after []routes.StepRecord, home TokenInfo) string {
	for _, s := range after {
		if s.Kind != routes.KindPay || s.AssetIn != r.Asset || s.Status == routes.StatusSkipped {
			continue
		}
		if s.Status == routes.StatusDone {
			out := fmt.Sprintf("%s paid in %s on the home chain %d", home.Units(r.Amount), home.Name(), r.HomeChain)
			if len(s.TxHashes) > 0 {
				out += ", tx " + s.TxHashes[len(s.TxHashes)-1].Hex()
			}
			return out
		}
		return fmt.Sprintf("%s stays in %s on the home chain %d, its transfer %s", home.Units(r.Amount), home.Name(), r.HomeChain, s.Status)
	}
	return fmt.Sprintf("%s stays in %s on the home chain %d", home.Units(r.Amount), home.Name(), r.HomeChain)
}
