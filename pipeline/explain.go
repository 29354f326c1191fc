package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/store"
)

// ErrExplain: the line items of an epoch do not add up to the recipient's
// statement (a stored result no longer reproduces).
var ErrExplain = errors.New("pipeline: line items do not add up to the statement")

// Share is one allocation of a line item to an account, traced back to what
// earned it: for a pool share, the contribution fingerprint (CF) with its
// data asset, role and contributor, and the units the account held of it in
// the snapshot.
type Share struct {
	Kind        string          `json:"kind"` // protocol, developer, pool, consumer_margin
	CfID        string          `json:"cfId,omitempty"`
	DataAsset   *common.Hash    `json:"dataAsset,omitempty"`
	Role        *uint8          `json:"role,omitempty"`
	Contributor *common.Address `json:"contributor,omitempty"`
	Holder      common.Address  `json:"holder"`
	Units       string          `json:"units,omitempty"`
	AmountAtto  string          `json:"amountAtto"`
}

// ExplainedEvent is one priced event's part of an amount: the dataset
// version it used, the valuation and policy versions, the ownership snapshot
// (block and hash) and the shares.
type ExplainedEvent struct {
	EventID          string         `json:"eventId"`
	Epoch            uint64         `json:"epoch"` // 0: priced, not yet in a closed epoch
	Consumer         common.Address `json:"consumer"`
	Asset            common.Address `json:"asset"`
	DatasetID        string         `json:"datasetId"`
	DatasetVersion   uint64         `json:"datasetVersion"`
	ValuationVersion uint64         `json:"valuationVersion"`
	PolicyVersion    uint64         `json:"policyVersion"`
	EventTime        uint64         `json:"eventTime"`
	SnapshotBlock    uint64         `json:"snapshotBlock"`
	SnapshotHash     common.Hash    `json:"snapshotHash"`
	LineItemHash     common.Hash    `json:"lineItemHash"`
	Gross            string         `json:"gross"` // base units
	Shares           []Share        `json:"shares"`
	AmountAtto       string         `json:"amountAtto"` // Σ shares
}

// ExplainedAsset is what an account accrued in one asset in one epoch: the
// statement's line and the events that make up its accrual, whose shares
// add up to the line's accruedAtto (checked).
type ExplainedAsset struct {
	Asset  common.Address       `json:"asset"`
	Line   engine.RecipientLine `json:"statement"`
	Events []ExplainedEvent     `json:"events"`
}

// Explanation is an account's amounts in one closed epoch, traced to events.
type Explanation struct {
	Epoch   uint64           `json:"epoch"`
	Account common.Address   `json:"account"`
	Assets  []ExplainedAsset `json:"assets"`
}

// ErrNoStatement: the account has no statement in the epoch.
var ErrNoStatement = errors.New("pipeline: no statement for the account in this epoch")

// Statements decodes a closed epoch's stored statements.
func (e *Epochs) Statements(ctx context.Context, epoch uint64) (*engine.EpochStatements, error) {
	row, err := e.Store.Epoch(ctx, e.Dep.ChainID, epoch)
	if err != nil {
		return nil, err
	}
	var s engine.EpochStatements
	if err := json.Unmarshal(row.Statements, &s); err != nil {
		return nil, fmt.Errorf("epoch %d statements: %w", epoch, err)
	}
	return &s, nil
}

// Explain traces what account accrued in a closed epoch to the line items
// that made it (each recomputed from its bundle, never read as stored), per
// asset, and checks that the shares add up to the statement's accruedAtto
// (ErrExplain otherwise). ErrNoStatement when the epoch has none for it.
func (e *Epochs) Explain(ctx context.Context, epoch uint64, account common.Address) (*Explanation, error) {
	stm, err := e.Statements(ctx, epoch)
	if err != nil {
		return nil, err
	}
	var rs *engine.RecipientStatement
	for i := range stm.Recipients {
		if common.HexToAddress(stm.Recipients[i].Account) == account {
			rs = &stm.Recipients[i]
		}
	}
	if rs == nil {
		return nil, fmt.Errorf("%w: %s in epoch %d", ErrNoStatement, account.Hex(), epoch)
	}
	rows, err := e.Store.LineItems(ctx, e.Dep.ChainID, epoch)
	if err != nil {
		return nil, err
	}
	byAsset := map[common.Address][]ExplainedEvent{}
	sums := map[common.Address]*uint256.Int{}
	cfs := map[string]store.Contribution{}
	for i := range rows {
		ev, sum, err := e.explainRow(ctx, &rows[i], &account, cfs)
		if err != nil {
			return nil, err
		}
		if ev == nil {
			continue
		}
		byAsset[ev.Asset] = append(byAsset[ev.Asset], *ev)
		if sums[ev.Asset] == nil {
			sums[ev.Asset] = new(uint256.Int)
		}
		if _, o := sums[ev.Asset].AddOverflow(sums[ev.Asset], sum); o {
			return nil, fmt.Errorf("explain %s in epoch %d: %w", account.Hex(), epoch, engine.ErrAmountOverflow)
		}
	}
	out := &Explanation{Epoch: epoch, Account: account, Assets: []ExplainedAsset{}}
	for _, line := range rs.Lines {
		a := common.HexToAddress(line.Asset)
		got := sums[a]
		if got == nil {
			got = new(uint256.Int)
		}
		if got.Dec() != line.AccruedAtto {
			return nil, fmt.Errorf("%w: %s in epoch %d, asset %s: shares add up to %s atto, the statement accrued %s",
				ErrExplain, account.Hex(), epoch, a.Hex(), got.Dec(), line.AccruedAtto)
		}
		evs := byAsset[a]
		if evs == nil {
			evs = []ExplainedEvent{}
		}
		out.Assets = append(out.Assets, ExplainedAsset{Asset: a, Line: line, Events: evs})
	}
	return out, nil
}

// ExplainEvent traces every share of one priced event.
func (e *Epochs) ExplainEvent(ctx context.Context, eventID string) (*ExplainedEvent, error) {
	row, err := e.Store.LineItem(ctx, eventID)
	if err != nil {
		return nil, err
	}
	ev, _, err := e.explainRow(ctx, &row, nil, map[string]store.Contribution{})
	return ev, err
}

// explainRow recomputes a line item and keeps the shares of only (nil:
// every account but the reserve); nil when only has none.
func (e *Epochs) explainRow(ctx context.Context, row *store.LineItemRow, only *common.Address, cfs map[string]store.Contribution) (*ExplainedEvent, *uint256.Int, error) {
	in, li, err := lineItem(row)
	if err != nil {
		return nil, nil, err
	}
	ev := &ExplainedEvent{EventID: li.EventID, Epoch: row.Epoch, Consumer: li.Consumer, Asset: li.Asset, DatasetID: li.DatasetID.Dec(),
		DatasetVersion: li.DatasetVersion, ValuationVersion: li.ValuationVersion, PolicyVersion: li.PolicyVersion, EventTime: li.Timestamp,
		SnapshotBlock: in.Snapshot.Block, SnapshotHash: engine.SnapshotHash(&in.Snapshot), LineItemHash: li.Hash, Gross: li.Gross.Dec(),
		Shares: []Share{}}
	sum := new(uint256.Int)
	for _, a := range li.Allocations {
		if a.Kind == engine.KindReserve || (only != nil && a.Account != *only) {
			continue
		}
		sh := Share{Kind: a.Kind.String(), Holder: a.Account, AmountAtto: a.AmountAtto.Dec()}
		if a.Kind == engine.KindPool {
			key := a.CfID.Dec()
			c, ok := cfs[key]
			if !ok {
				if c, err = e.Store.ContributionOf(ctx, e.Dep.ChainID, &a.CfID); err != nil {
					return nil, nil, fmt.Errorf("explain %s: %w", li.EventID, err)
				}
				cfs[key] = c
			}
			asset, role, contributor := c.AssetID, c.Role, c.Contributor
			sh.CfID, sh.DataAsset, sh.Role, sh.Contributor, sh.Units = key, &asset, &role, &contributor, a.Units.Dec()
		}
		if _, o := sum.AddOverflow(sum, &a.AmountAtto); o {
			return nil, nil, fmt.Errorf("explain %s: %w", li.EventID, engine.ErrAmountOverflow)
		}
		ev.Shares = append(ev.Shares, sh)
	}
	if only != nil && len(ev.Shares) == 0 {
		return nil, sum, nil
	}
	ev.AmountAtto = sum.Dec()
	return ev, sum, nil
}

// Pending is one recipient's accrual in one asset from priced line items
// not yet in a closed epoch.
type Pending struct {
	Account    common.Address
	Asset      common.Address
	AmountAtto uint256.Int
}

// PendingAccruals sums, per (recipient, asset), the shares of the priced
// line items not yet in a closed epoch with an event time before before
// (recomputed from their bundles), reserve excluded.
func (e *Epochs) PendingAccruals(ctx context.Context, before uint64) ([]Pending, error) {
	rows, err := e.Store.LineItems(ctx, e.Dep.ChainID, 0)
	if err != nil {
		return nil, err
	}
	type key struct{ account, asset common.Address }
	sums := map[key]*uint256.Int{}
	var order []key
	for i := range rows {
		if rows[i].EventTime >= before {
			continue
		}
		_, li, err := lineItem(&rows[i])
		if err != nil {
			return nil, err
		}
		for _, a := range li.Allocations {
			if a.Kind == engine.KindReserve {
				continue
			}
			k := key{a.Account, li.Asset}
			if sums[k] == nil {
				sums[k] = new(uint256.Int)
				order = append(order, k)
			}
			if _, o := sums[k].AddOverflow(sums[k], &a.AmountAtto); o {
				return nil, fmt.Errorf("pending accrual of %s: %w", a.Account.Hex(), engine.ErrAmountOverflow)
			}
		}
	}
	out := make([]Pending, len(order))
	for i, k := range order {
		out[i] = Pending{Account: k.account, Asset: k.asset, AmountAtto: *sums[k]}
	}
	return out, nil
}
