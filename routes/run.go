package routes

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/internal/failpoint"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/store"
)

// Run is one group's route: its planned steps, each filled in as it completes. It is stored
// after every step (store.SaveRouteRun), so a relayer killed at any point resumes where it
// stood; each step's transactions are outbox intents keyed Key+"/"+kind, so resuming never sends
// one twice.
type Run struct {
	Key   string       `json:"key"`
	Epoch uint64       `json:"epoch"`
	Group Group        `json:"group"`
	Steps []StepRecord `json:"steps"`
}

// Runner plans and runs routes: swaps on Venue (home chain), bridges on Bridge to its
// destination, whose RoyaltyDistributor (DestRecipient) receives the bridged funds for its own
// root.
type Runner struct {
	Store         *store.Store
	Venue         SwapVenue
	Bridge        *HyperlaneWarp
	Home          Sender         // the relayer on the home chain
	Dest          Sender         // the trusted relayer on the destination; nil: Hyperlane's relayers deliver
	Hold          common.Address // the home account that receives a swap's output (the relayer's)
	DestRecipient common.Address // the destination chain's RoyaltyDistributor
	SlippageBps   uint64
	Deadline      uint64        // swap deadline, unix seconds
	Checks        int           // delivery checks per Resume before the step is left undelivered (≥ 1)
	CheckEvery    time.Duration // between delivery checks
}

// Plan returns the stored route under key, or plans and stores it: a swap to the preferred asset
// on the home chain; a bridge to another chain (after a swap to the bridged asset when the
// group's asset is another one). A route that no configured venue or bridge serves is an error.
func (r *Runner) Plan(ctx context.Context, key string, epoch uint64, g Group) (*Run, error) {
	if run, err := r.load(ctx, key); err == nil || !errors.Is(err, store.ErrNotFound) {
		return run, err
	}
	run := &Run{Key: key, Epoch: epoch, Group: g}
	if g.ToChain == g.HomeChain {
		s, err := PlanSwap(ctx, r.Venue, &g, r.SlippageBps)
		if err != nil {
			return nil, err
		}
		run.Steps = append(run.Steps, *s, StepRecord{Kind: KindPay, Status: StatusPlanned, Venue: "transfer",
			FromChain: g.HomeChain, ToChain: g.HomeChain, AssetIn: g.ToAsset, AssetOut: g.ToAsset, TxHashes: []common.Hash{}})
	} else {
		if r.Bridge == nil || g.ToChain != r.Bridge.DestChain || g.ToAsset != r.Bridge.Synthetic {
			return nil, fmt.Errorf("route %q: no bridge to %s on chain %d is configured", key, g.ToAsset, g.ToChain)
		}
		if g.Asset != r.Bridge.Token {
			inner := g
			inner.ToChain, inner.ToAsset = g.HomeChain, r.Bridge.Token
			s, err := PlanSwap(ctx, r.Venue, &inner, r.SlippageBps)
			if err != nil {
				return nil, err
			}
			run.Steps = append(run.Steps, *s)
		}
		run.Steps = append(run.Steps, StepRecord{Kind: KindBridge, Status: StatusPlanned, Venue: r.Bridge.Name(),
			FromChain: g.HomeChain, ToChain: g.ToChain, AssetIn: r.Bridge.Token, AssetOut: r.Bridge.Synthetic, TxHashes: []common.Hash{}})
	}
	return run, r.save(ctx, run)
}

// Resume runs the route's steps from where it stands, each after the one before (its input is
// the previous step's output). An aborted swap ends the route with the group in its original
// asset; a bridge not delivered after the configured checks is left undelivered (err nil) and
// is checked, and delivered again, by the next Resume.
func (r *Runner) Resume(ctx context.Context, key string) (*Run, error) {
	run, err := r.load(ctx, key)
	if err != nil {
		return nil, err
	}
	for i := range run.Steps {
		st := &run.Steps[i]
		switch st.Status {
		case StatusDone, StatusAborted, StatusSkipped:
			if st.Status == StatusAborted {
				return run, r.skipAfter(ctx, run, i)
			}
			continue
		}
		switch st.Kind {
		case KindSwap:
			g := run.Group
			g.ToChain, g.ToAsset = g.HomeChain, st.AssetOut
			rec, err := ExecuteSwap(ctx, r.Venue, r.Home, run.Key+"/swap", &g, st, r.Hold, r.Deadline)
			if err != nil {
				return run, err
			}
			*st = *rec
			if err := r.save(ctx, run); err != nil {
				return run, err
			}
			failpoint.Hit("routes/after-step", run.Key+"/swap")
			if st.Status == StatusAborted {
				return run, r.skipAfter(ctx, run, i)
			}
		case KindBridge:
			if err := r.bridge(ctx, run, i); err != nil || run.Steps[i].Status != StatusDone {
				return run, err
			}
		case KindPay:
			parts, err := r.payParts(run, i)
			if err != nil {
				return run, err
			}
			if err := r.pay(ctx, run, i, parts); err != nil {
				return run, err
			}
		default:
			return run, fmt.Errorf("route %q: step %d has unknown kind %q", key, i, st.Kind)
		}
	}
	return run, nil
}

// bridge sends (once) and waits for delivery of step i.
func (r *Runner) bridge(ctx context.Context, run *Run, i int) error {
	st := &run.Steps[i]
	parts, total := run.Group.Parts, ""
	if i > 0 {
		prev := run.Steps[i-1]
		if prev.Conversion == nil {
			return fmt.Errorf("route %q: the bridge's input step has no conversion", run.Key)
		}
		parts = nil
		for _, s := range prev.Conversion.Shares {
			a, err := uint256.FromDecimal(s.AmountOut)
			if err != nil {
				return err
			}
			if !a.IsZero() {
				parts = append(parts, Part{Account: s.Account, Amount: *a})
			}
		}
		total = prev.AmountOut
	} else {
		t, err := run.Group.Total()
		if err != nil {
			return err
		}
		total = t.Dec()
	}
	amount, ok := new(big.Int).SetString(total, 10)
	if !ok || amount.Sign() <= 0 {
		return fmt.Errorf("route %q: bridge amount %q", run.Key, total)
	}
	if st.Status == StatusPlanned {
		sent, err := r.Bridge.Send(ctx, r.Home, run.Key+"/bridge", BridgeTransfer{From: run.Group.HomeChain, To: run.Group.ToChain,
			Asset: r.Bridge.Token, Amount: amount, Recipient: r.DestRecipient})
		if err != nil {
			return err
		}
		id := sent.MessageID
		st.Status, st.AmountIn, st.MessageID, st.Message, st.Fee = StatusSent, total, &id, sent.Message, sent.Fee.String()
		st.TxHashes = append(st.TxHashes, sent.TxHashes...)
		if err := r.save(ctx, run); err != nil {
			return err
		}
		failpoint.Hit("routes/after-send", run.Key+"/bridge")
	}
	sent := &Sent{Route: st.Venue, MessageID: *st.MessageID, Message: st.Message}
	checks := max(r.Checks, 1)
	for c := 0; c < checks; c++ {
		st.DeliveryChecks++
		ok, got, err := r.Bridge.Delivered(ctx, sent)
		if err != nil {
			return err
		}
		if !ok && r.Dest != nil {
			h, err := r.Bridge.Deliver(ctx, r.Dest, run.Key+"/bridge", sent)
			if err != nil {
				return err
			}
			if h != (common.Hash{}) {
				st.TxHashes = append(st.TxHashes, h)
				st.Delivery = "trusted relayer"
			}
			if ok, got, err = r.Bridge.Delivered(ctx, sent); err != nil {
				return err
			}
		}
		if ok {
			if st.Delivery == "" {
				st.Delivery = "bridge relayer"
			}
			out, overflow := uint256.FromBig(got)
			in, _ := uint256.FromBig(amount)
			if overflow {
				return fmt.Errorf("route %q: delivered amount overflows", run.Key)
			}
			conv, err := Convert(parts, in, out)
			if err != nil {
				return fmt.Errorf("route %q: %w", run.Key, err)
			}
			st.Status, st.AmountOut, st.Rate, st.Conversion, st.Reason = StatusDone, got.String(), Rate(amount, got), conv, ""
			return r.save(ctx, run)
		}
		if c+1 < checks {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(r.CheckEvery):
			}
		}
	}
	st.Status = StatusUndelivered
	st.Reason = fmt.Sprintf("message %s not delivered after %d checks: checked and delivered again on the next resume", st.MessageID.Hex(), st.DeliveryChecks)
	return r.save(ctx, run)
}

// skipAfter marks the steps after an aborted one skipped and appends (once) a pay step that
// transfers each holder its original amount in the original asset on the home chain: the group's
// entitlements stay whole, where they accrued. Without a route account sender (Pay false) the
// group is left with the route account and the record says so.
func (r *Runner) skipAfter(ctx context.Context, run *Run, i int) error {
	changed := false
	for j := i + 1; j < len(run.Steps); j++ {
		if run.Steps[j].Status == StatusPlanned {
			run.Steps[j].Status = StatusSkipped
			run.Steps[j].Reason = fmt.Sprintf("step %d (%s) was aborted: the group stays in %s on chain %d", i+1, run.Steps[i].Kind,
				run.Group.Asset.Hex(), run.Group.HomeChain)
			changed = true
		}
	}
	last := run.Steps[len(run.Steps)-1]
	if last.Kind != KindPay || last.AssetIn != run.Group.Asset || last.Status == StatusSkipped {
		run.Steps = append(run.Steps, StepRecord{Kind: KindPay, Status: StatusPlanned, Venue: "transfer",
			Reason:    fmt.Sprintf("step %d (%s) was aborted: paid in the original asset on the home chain", i+1, run.Steps[i].Kind),
			FromChain: run.Group.HomeChain, ToChain: run.Group.HomeChain, AssetIn: run.Group.Asset, AssetOut: run.Group.Asset, TxHashes: []common.Hash{}})
		changed = true
	}
	if changed {
		if err := r.save(ctx, run); err != nil {
			return err
		}
	}
	j := len(run.Steps) - 1
	if run.Steps[j].Status == StatusDone {
		return nil
	}
	return r.pay(ctx, run, j, run.Group.Parts)
}

// payParts is what pay step i transfers: the shares of the swap before it.
func (r *Runner) payParts(run *Run, i int) ([]Part, error) {
	if i == 0 || run.Steps[i-1].Conversion == nil {
		return nil, fmt.Errorf("route %q: pay step %d has no converted shares before it", run.Key, i)
	}
	var parts []Part
	for _, s := range run.Steps[i-1].Conversion.Shares {
		a, err := uint256.FromDecimal(s.AmountOut)
		if err != nil {
			return nil, err
		}
		parts = append(parts, Part{Account: s.Account, Amount: *a})
	}
	return parts, nil
}

// pay transfers each part from the route account (the Home sender) to its holder, each
// transfer exactly once (key Key+"/pay/"+asset+"/"+account), and records the hashes.
func (r *Runner) pay(ctx context.Context, run *Run, i int, parts []Part) error {
	st := &run.Steps[i]
	total := new(uint256.Int)
	hashes := []common.Hash{}
	for _, p := range parts {
		if p.Amount.IsZero() {
			continue
		}
		total.Add(total, &p.Amount)
		rc, err := r.Home.Send(ctx, txmgr.Candidate{Key: run.Key + "/pay/" + st.AssetIn.Hex() + "/" + p.Account.Hex(), To: st.AssetIn,
			Data: erc20ABI.PackTransfer(p.Account, p.Amount.ToBig())})
		if err != nil {
			return fmt.Errorf("route %q: pay %s %s: %w", run.Key, p.Account, p.Amount.Dec(), err)
		}
		if rc != nil {
			hashes = append(hashes, rc.TxHash)
		}
	}
	st.Status, st.AmountIn, st.AmountOut, st.Rate, st.TxHashes = StatusDone, total.Dec(), total.Dec(), Rate(total.ToBig(), total.ToBig()), hashes
	return r.save(ctx, run)
}

func (r *Runner) save(ctx context.Context, run *Run) error {
	b, err := json.Marshal(run)
	if err != nil {
		return err
	}
	return r.Store.SaveRouteRun(ctx, store.RouteRunRow{Key: run.Key, ChainID: run.Group.HomeChain, Epoch: run.Epoch, State: b})
}

func (r *Runner) load(ctx context.Context, key string) (*Run, error) {
	row, err := r.Store.RouteRun(ctx, key)
	if err != nil {
		return nil, err
	}
	var run Run
	if err := json.Unmarshal(row.State, &run); err != nil {
		return nil, fmt.Errorf("route %q: stored state: %w", key, err)
	}
	return &run, nil
}
