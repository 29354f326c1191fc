package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store"
)

// Receipt is an epoch's record on one chain: its roots, every transaction
// that put it on chain, the route each asset took, and for each asset the
// line items (event, valuation version, snapshot hash, amounts) that make up
// its payout. It is what an auditor holds against the chain.
type Receipt struct {
	ChainID        uint64              `json:"chainId"`
	Epoch          uint64              `json:"epoch"`
	Start          uint64              `json:"start"`
	End            uint64              `json:"end"`
	StatementsHash common.Hash         `json:"statementsHash"`
	Root           common.Hash         `json:"root"`
	ReceiptRoot    common.Hash         `json:"receiptRoot"`
	Stage          string              `json:"stage"` // "closed" until relayed, then the relay's stage
	Transactions   []ReceiptTx         `json:"transactions"`
	Fundings       []relayer.Funding   `json:"fundings"`
	Payouts        []AssetPayout       `json:"payouts"`
	Corrections    []engine.Correction `json:"corrections"`
	// Routes are the epoch's payout routes for holders paid in another asset or on another
	// chain (docs/routes.md): each step's kind, venue or route, chain ids, assets, amounts,
	// realised rate, fee, transaction hashes, message id and status. Absent when none.
	Routes []routes.Run `json:"routes,omitempty"`
}

// ReceiptTx is one transaction with its fee.
type ReceiptTx struct {
	relayer.TxRecord
	FeeWei string `json:"feeWei,omitempty"`
}

// AssetPayout is one asset's part of the epoch.
type AssetPayout struct {
	Asset common.Address `json:"asset"`
	Total string         `json:"totalCumulative"`
	// Route is how the funds reached the distributor. Today every payout is
	// direct (same chain, same asset): one step, rate 1/1. Swap and bridge
	// steps are recorded here, with their rates, when they are added.
	Route     []RouteStep       `json:"route"`
	LineItems []ReceiptLineItem `json:"lineItems"`
}

// RouteStep is one hop of a payout's funds.
type RouteStep struct {
	Kind string `json:"kind"` // "direct", later "swap" or "bridge"
	From string `json:"from"`
	To   string `json:"to"`
	Rate string `json:"rate"`
}

// ReceiptLineItem is one event's contribution to the payout.
type ReceiptLineItem struct {
	EventID          string      `json:"eventId"`
	Consumer         string      `json:"consumer"`
	ValuationVersion uint64      `json:"valuationVersion"`
	PolicyVersion    uint64      `json:"policyVersion"`
	SnapshotHash     common.Hash `json:"snapshotHash"`
	LineItemHash     common.Hash `json:"lineItemHash"`
	Gross            string      `json:"gross"`
	Reserve          string      `json:"reserve"`
	Net              string      `json:"net"`
	// MetadataCommitment is the signed commitment to the event's sensitive
	// metadata, when it has one: the receipt binds it, never the plaintext.
	MetadataCommitment *common.Hash `json:"metadataCommitment,omitempty"`
}

// Receipt assembles the receipt of a closed epoch from the store.
func (e *Epochs) Receipt(ctx context.Context, epoch uint64) (*Receipt, error) {
	row, err := e.Store.Epoch(ctx, e.Dep.ChainID, epoch)
	if err != nil {
		return nil, err
	}
	var p relayer.Payout
	if err := json.Unmarshal(row.Payout, &p); err != nil {
		return nil, fmt.Errorf("epoch %d payout: %w", epoch, err)
	}
	var stm engine.EpochStatements
	if err := json.Unmarshal(row.Statements, &stm); err != nil {
		return nil, fmt.Errorf("epoch %d statements: %w", epoch, err)
	}
	r := &Receipt{ChainID: row.ChainID, Epoch: epoch, Start: row.Start, End: row.End, StatementsHash: row.StatementsHash,
		Root: row.Root, ReceiptRoot: row.ReceiptRoot, Stage: "closed", Transactions: []ReceiptTx{},
		Fundings: p.Fundings, Payouts: []AssetPayout{}, Corrections: stm.Corrections}
	if r.Fundings == nil {
		r.Fundings = []relayer.Funding{}
	}
	if r.Corrections == nil {
		r.Corrections = []engine.Correction{}
	}
	stage, progress, err := e.Store.Relay(ctx, e.Dep.ChainID, epoch)
	switch {
	case err == nil:
		var prog relayer.Progress
		if err := json.Unmarshal(progress, &prog); err != nil {
			return nil, fmt.Errorf("epoch %d relay: %w", epoch, err)
		}
		r.Stage = stage
		for _, tx := range prog.Txs {
			rt := ReceiptTx{TxRecord: tx}
			if tx.EffectiveGasPrice != nil {
				rt.FeeWei = new(big.Int).Mul(tx.EffectiveGasPrice, new(big.Int).SetUint64(tx.GasUsed)).String()
			}
			r.Transactions = append(r.Transactions, rt)
		}
	case !errors.Is(err, store.ErrNotFound):
		return nil, err
	}
	runs, err := e.Store.RouteRuns(ctx, e.Dep.ChainID, epoch)
	if err != nil {
		return nil, err
	}
	for _, row := range runs {
		var run routes.Run
		if err := json.Unmarshal(row.State, &run); err != nil {
			return nil, fmt.Errorf("epoch %d route %q: %w", epoch, row.Key, err)
		}
		r.Routes = append(r.Routes, run)
	}
	items, err := e.Store.LineItems(ctx, e.Dep.ChainID, epoch)
	if err != nil {
		return nil, err
	}
	ids := make([]string, len(items))
	for i := range items {
		ids[i] = items[i].EventID
	}
	commitments, err := e.Store.UsageCommitments(ctx, ids)
	if err != nil {
		return nil, err
	}
	byAsset := map[common.Address][]ReceiptLineItem{}
	for i := range items {
		in, li, err := lineItem(&items[i])
		if err != nil {
			return nil, err
		}
		rli := ReceiptLineItem{EventID: li.EventID, Consumer: li.Consumer.Hex(),
			ValuationVersion: li.ValuationVersion, PolicyVersion: li.PolicyVersion, SnapshotHash: engine.SnapshotHash(&in.Snapshot),
			LineItemHash: li.Hash, Gross: li.Gross.Dec(), Reserve: li.Reserve.Dec(), Net: li.Net.Dec()}
		if c, ok := commitments[li.EventID]; ok {
			rli.MetadataCommitment = &c
		}
		byAsset[li.Asset] = append(byAsset[li.Asset], rli)
	}
	assets := map[common.Address]string{}
	for i, a := range p.Assets {
		assets[a] = p.Totals[i].String()
	}
	for a := range byAsset {
		if _, ok := assets[a]; !ok {
			assets[a] = "0"
		}
	}
	for _, a := range sortedKeys(assets) {
		items := byAsset[a]
		if items == nil {
			items = []ReceiptLineItem{}
		}
		r.Payouts = append(r.Payouts, AssetPayout{Asset: a, Total: assets[a], LineItems: items,
			Route: []RouteStep{{Kind: "direct", From: "vault " + e.Dep.RevenueVault.Hex(), To: "distributor " + e.Dep.RoyaltyDistributor.Hex(), Rate: "1/1"}}})
	}
	return r, nil
}

// Payout returns the stored payout of a closed epoch.
func (e *Epochs) Payout(ctx context.Context, epoch uint64) (relayer.Payout, error) {
	var p relayer.Payout
	row, err := e.Store.Epoch(ctx, e.Dep.ChainID, epoch)
	if err != nil {
		return p, err
	}
	if err := json.NewDecoder(bytes.NewReader(row.Payout)).Decode(&p); err != nil {
		return p, fmt.Errorf("epoch %d payout: %w", epoch, err)
	}
	return p, nil
}
