package routes

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Step statuses.
const (
	StatusPlanned     = "planned"
	StatusSent        = "sent" // a bridge transfer dispatched, not yet delivered
	StatusUndelivered = "undelivered"
	StatusDone        = "done"
	StatusAborted     = "aborted" // nothing moved: the group stays in its original asset on the home chain
	StatusSkipped     = "skipped" // an earlier step was aborted
)

// StepRecord is one route step as a receipt lists it.
type StepRecord struct {
	Kind      string         `json:"kind"`
	Status    string         `json:"status"`
	Reason    string         `json:"reason,omitempty"` // why an aborted step was aborted
	Venue     string         `json:"venue"`
	FromChain uint64         `json:"fromChainId"`
	ToChain   uint64         `json:"toChainId"`
	AssetIn   common.Address `json:"assetIn"`
	AssetOut  common.Address `json:"assetOut"`
	AmountIn  string         `json:"amountIn"`
	// Quote and MinOut are what the step was sent with; AmountOut, Rate and Fee what happened.
	Quote     string        `json:"quote"`
	MinOut    string        `json:"minOut"`
	AmountOut string        `json:"amountOut,omitempty"`
	Rate      string        `json:"rate,omitempty"`
	Fee       string        `json:"fee,omitempty"`
	TxHashes  []common.Hash `json:"txHashes"`
	MessageID *common.Hash  `json:"messageId,omitempty"`
	Message   []byte        `json:"message,omitempty"` // a bridge's message, for delivering it after a restart
	// DeliveryChecks counts the delivery checks a bridge step made; Delivery says who delivered:
	// "trusted relayer" (our key, tx in TxHashes), "bridge relayer" (someone else), or "" (not yet).
	DeliveryChecks int    `json:"deliveryChecks,omitempty"`
	Delivery       string `json:"delivery,omitempty"`
	// Conversion splits AmountOut between the group's holders (largest remainder, dust recorded).
	Conversion *Conversion `json:"conversion,omitempty"`
}

// PlanSwap quotes a group's swap step on venue and fixes its minimum out from the slippage
// bound: the planned step (no status yet) that ExecuteSwap runs, possibly much later or after a
// restart. Store it before executing: the bound is the planned quote's, never a later one.
func PlanSwap(ctx context.Context, venue SwapVenue, g *Group, slippageBps uint64) (*StepRecord, error) {
	if g.ToChain != g.HomeChain || g.ToAsset == g.Asset {
		return nil, fmt.Errorf("swap step: group %s → %d/%s needs no swap on chain %d", g.Asset, g.ToChain, g.ToAsset, g.HomeChain)
	}
	if venue.ChainID() != g.HomeChain {
		return nil, fmt.Errorf("swap step: venue %s is on chain %d, the group on %d", venue.Name(), venue.ChainID(), g.HomeChain)
	}
	total, err := g.Total()
	if err != nil {
		return nil, err
	}
	q, err := venue.Quote(ctx, g.Asset, g.ToAsset, total.ToBig())
	if err != nil {
		return nil, fmt.Errorf("swap step: %w", err)
	}
	minOut, err := MinOut(q, slippageBps)
	if err != nil {
		return nil, fmt.Errorf("swap step: %w", err)
	}
	return &StepRecord{Kind: KindSwap, Status: StatusPlanned, Venue: venue.Name(), FromChain: g.HomeChain, ToChain: g.HomeChain,
		AssetIn: g.Asset, AssetOut: g.ToAsset, AmountIn: total.Dec(), Quote: q.String(), MinOut: minOut.String(),
		TxHashes: []common.Hash{}}, nil
}

// ExecuteSwap runs a planned swap step exactly once under key, paying the output to to (the
// account that holds the converted funds for the holders), and splits the realised output between
// the group's holders. When the pool would now give less than the planned minimum out, the step
// is aborted (StatusAborted, nothing swapped, err nil): the group's entitlements stay in the
// original asset on the home chain. It returns a new record; plan is not changed.
func ExecuteSwap(ctx context.Context, venue SwapVenue, s Sender, key string, g *Group, plan *StepRecord, to common.Address, deadline uint64) (*StepRecord, error) {
	rec := *plan
	rec.TxHashes = []common.Hash{}
	total, err := g.Total()
	if err != nil {
		return nil, err
	}
	if total.Dec() != plan.AmountIn || plan.Venue != venue.Name() || plan.AssetIn != g.Asset || plan.AssetOut != g.ToAsset {
		return nil, fmt.Errorf("swap step %q: the plan (%s %s → %s on %s) is not this group's (%s %s → %s on %s)", key,
			plan.AmountIn, plan.AssetIn, plan.AssetOut, plan.Venue, total.Dec(), g.Asset, g.ToAsset, venue.Name())
	}
	minOut, ok := new(big.Int).SetString(plan.MinOut, 10)
	if !ok {
		return nil, fmt.Errorf("swap step %q: planned minOut %q is not a decimal", key, plan.MinOut)
	}
	f, err := venue.Swap(ctx, s, key, SwapOrder{In: g.Asset, Out: g.ToAsset, AmountIn: total.ToBig(), MinOut: minOut, To: to, Deadline: deadline})
	if errors.Is(err, ErrSlippage) {
		rec.Status, rec.Reason = StatusAborted, err.Error()
		return &rec, nil
	}
	if err != nil {
		return nil, fmt.Errorf("swap step %q: %w", key, err)
	}
	if f.AmountIn.Cmp(total.ToBig()) != 0 {
		return nil, fmt.Errorf("swap step %q: the pool took %s, the group is %s", key, f.AmountIn, total.Dec())
	}
	out, overflow := uint256.FromBig(f.AmountOut)
	if overflow {
		return nil, fmt.Errorf("swap step %q: output %s overflows uint256", key, f.AmountOut)
	}
	if rec.Conversion, err = Convert(g.Parts, total, out); err != nil {
		return nil, fmt.Errorf("swap step %q: %w", key, err)
	}
	rec.Status, rec.AmountOut, rec.Rate, rec.Fee, rec.TxHashes = StatusDone, f.AmountOut.String(), f.Rate(), f.Fee.String(), f.TxHashes
	return &rec, nil
}
