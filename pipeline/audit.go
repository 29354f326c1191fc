package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
)

// Check is one audit finding.
type Check struct {
	Name   string `json:"name"`
	OK     bool   `json:"ok"`
	Detail string `json:"detail"`
}

// Verdict is an epoch's audit: OK only when every check is.
type Verdict struct {
	Epoch  uint64  `json:"epoch"`
	OK     bool    `json:"ok"`
	Checks []Check `json:"checks"`
}

func (v *Verdict) add(name string, ok bool, format string, args ...any) {
	v.Checks = append(v.Checks, Check{Name: name, OK: ok, Detail: fmt.Sprintf(format, args...)})
}

// Audit recomputes an epoch from its raw inputs and holds the result against
// what was stored and, when chain is given, against the distributor on chain:
// every line item from its bundle; every bundle's snapshot, valuation and
// policy from the indexed chain facts at the event's time; the ledger by
// replaying every epoch from the first; the entitlement and receipt trees from
// the replayed statements and line items. It trusts no stored result.
func (e *Epochs) Audit(ctx context.Context, epoch uint64, chain bind.ContractCaller) (Verdict, error) {
	v := Verdict{Epoch: epoch}
	row, err := e.Store.Epoch(ctx, e.Dep.ChainID, epoch)
	if err != nil {
		return v, err
	}
	items, err := e.Store.LineItems(ctx, e.Dep.ChainID, epoch)
	if err != nil {
		return v, err
	}
	bad := 0
	for i := range items {
		if msg := e.auditLineItem(ctx, &items[i]); msg != "" {
			bad++
			v.add("line item "+items[i].EventID, false, "%s", msg)
		}
	}
	v.add("line items", bad == 0, "%d of %d recomputed from their bundles and the chain facts", len(items)-bad, len(items))

	var stm *engine.EpochStatements
	_, err = e.replayObserving(ctx, func(r *store.EpochRow, s *engine.EpochStatements) {
		if r.Epoch == epoch {
			stm = s
		}
	})
	if err != nil {
		v.add("ledger replay", false, "%v", err)
		return v.done(), nil
	}
	v.add("ledger replay", true, "epochs 1..%d replayed; statements hash %s", epoch, row.StatementsHash)

	tree, totals, err := e.entitlementTree(stm)
	if err != nil {
		return v, err
	}
	root := common.Hash{}
	if tree != nil {
		root = tree.Root()
	}
	v.add("entitlement root", root == row.Root, "recomputed %s, stored %s", root, row.Root)
	receipts, err := receiptTree(items)
	if err != nil {
		return v, err
	}
	rroot := common.Hash{}
	if receipts != nil {
		rroot = receipts.Root()
	}
	v.add("receipt root", rroot == row.ReceiptRoot, "recomputed %s, stored %s", rroot, row.ReceiptRoot)
	var p relayer.Payout
	if err := json.Unmarshal(row.Payout, &p); err != nil {
		return v, fmt.Errorf("epoch %d payout: %w", epoch, err)
	}
	okTotals := len(p.Assets) == len(totals)
	for i, a := range p.Assets {
		okTotals = okTotals && totals[a] != nil && totals[a].ToBig().Cmp(p.Totals[i]) == 0
	}
	v.add("payout totals", okTotals, "%d assets", len(p.Assets))

	if chain != nil && root != (common.Hash{}) {
		d := royaltydistributor.NewRoyaltyDistributor()
		inst := bind.NewBoundContract(e.Dep.RoyaltyDistributor, d.GetABI(), chain, nil, nil)
		opts := &bind.CallOpts{Context: ctx}
		onRoot, err := bind.Call(inst, opts, d.PackRootOf(epoch), d.UnpackRootOf)
		if err != nil {
			return v, fmt.Errorf("read rootOf(%d): %w", epoch, err)
		}
		onReceipt, err := bind.Call(inst, opts, d.PackReceiptRootOf(epoch), d.UnpackReceiptRootOf)
		if err != nil {
			return v, fmt.Errorf("read receiptRootOf(%d): %w", epoch, err)
		}
		v.add("on-chain root", common.Hash(onRoot) == root, "distributor rootOf(%d) = %x", epoch, onRoot)
		v.add("on-chain receipt root", common.Hash(onReceipt) == rroot, "distributor receiptRootOf(%d) = %x", epoch, onReceipt)
		for i, a := range p.Assets {
			onTotal, err := bind.Call(inst, opts, d.PackTotalOf(epoch, a), d.UnpackTotalOf)
			if err != nil {
				return v, fmt.Errorf("read totalOf(%d, %s): %w", epoch, a, err)
			}
			v.add("on-chain total "+a.Hex(), onTotal.Cmp(p.Totals[i]) == 0, "distributor totalOf = %s, recomputed %s", onTotal, p.Totals[i])
		}
	}
	return v.done(), nil
}

func (v Verdict) done() Verdict {
	v.OK = true
	for _, c := range v.Checks {
		v.OK = v.OK && c.OK
	}
	return v
}

// auditLineItem returns "" when the stored line item is reproduced from its
// bundle and the bundle's inputs are the chain's facts at the event's time.
func (e *Epochs) auditLineItem(ctx context.Context, row *store.LineItemRow) string {
	in, li, err := lineItem(row)
	if err != nil {
		return err.Error()
	}
	out, err := engine.EncodeLineItem(li)
	if err != nil {
		return err.Error()
	}
	if !bytes.Equal(out, row.Item) {
		return "recomputed output differs from the stored output"
	}
	t := in.Event.Timestamp
	snap, err := e.Store.Snapshot(ctx, e.Dep.ChainID, e.Dep.OwnershipToken, &in.Event.DatasetID, in.Event.DatasetVersion, t)
	if err != nil {
		return "snapshot from chain facts: " + err.Error()
	}
	if engine.SnapshotHash(&snap) != engine.SnapshotHash(&in.Snapshot) {
		return fmt.Sprintf("snapshot hash %s, chain facts give %s", engine.SnapshotHash(&in.Snapshot), engine.SnapshotHash(&snap))
	}
	val, _, err := e.Store.ValuationVersion(ctx, e.Dep.ChainID, in.Event.ValuationVersion)
	if err != nil {
		return "valuation from chain facts: " + err.Error()
	}
	pol, err := e.Store.PolicyAt(ctx, e.Dep.ChainID, &in.Event.DatasetID, t)
	if err != nil {
		return "policy from chain facts: " + err.Error()
	}
	// Compare canonical encodings, not Go values (nil and empty lists are the same input).
	fromChain := engine.Input{Event: in.Event, Valuation: val, Policy: pol, Snapshot: snap}
	a, errA := engine.EncodeBundle(in)
	b, errB := engine.EncodeBundle(&fromChain)
	if errA != nil || errB != nil || !bytes.Equal(a, b) {
		return "valuation or policy in the bundle differs from the chain's at the event's time"
	}
	return ""
}
