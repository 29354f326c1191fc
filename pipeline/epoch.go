package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
)

// ErrReplay: replaying the stored inputs did not reproduce a stored result.
// Nothing is written after it; it means the inputs or the code changed.
var ErrReplay = errors.New("pipeline: replay does not reproduce the stored epoch")

// ErrNotFinal: the chain is not final past the epoch's end, so deposits or
// ownership before it could still change.
var ErrNotFinal = errors.New("pipeline: chain not final past the epoch end")

// ReceiptTypes is the leaf encoding of the per-event receipt tree:
// (keccak256(event id), line-item hash, valuation version, snapshot hash,
// asset, gross). Its root goes on chain with the epoch's payout root.
var ReceiptTypes = []string{"bytes32", "bytes32", "uint64", "bytes32", "address", "uint256"}

// Epochs closes epochs from the store's line items and chain facts.
type Epochs struct {
	Store *store.Store
	Dep   deploy.Deployment
}

// ledger is the replayed engine state through the last closed epoch.
type ledger struct {
	st     *engine.State
	last   store.EpochRow
	lookup engine.Lookup
}

// lineItem recomputes a stored line item from its bundle and checks the hash:
// a stored result is never trusted, only reproduced.
func lineItem(row *store.LineItemRow) (*engine.Input, *engine.LineItem, error) {
	in, err := engine.DecodeBundle(bytes.NewReader(row.Bundle))
	if err != nil {
		return nil, nil, fmt.Errorf("line item %s: bundle: %w", row.EventID, err)
	}
	li, err := engine.ComputeLineItem(in)
	if err != nil {
		return nil, nil, fmt.Errorf("line item %s: recompute: %w", row.EventID, err)
	}
	if li.Hash != row.Hash {
		return nil, nil, fmt.Errorf("%w: line item %s recomputes to %s, stored %s", ErrReplay, row.EventID, li.Hash, row.Hash)
	}
	return in, &li, nil
}

func accruals(rows []store.LineItemRow) iter.Seq2[engine.Accrual, error] {
	return func(yield func(engine.Accrual, error) bool) {
		for i := range rows {
			_, li, err := lineItem(&rows[i])
			if !yield(engine.Accrual{Item: li, DisputeWindow: rows[i].DisputeWindow}, err) || err != nil {
				return
			}
		}
	}
}

// deposit applies the vault's deposits before a time (re-applying one is a
// no-op) and returns their totals per (consumer, asset) in base units.
func (e *Epochs) deposit(ctx context.Context, st *engine.State, before uint64) (map[[2]common.Address]*big.Int, error) {
	deps, err := e.Store.Deposits(ctx, e.Dep.ChainID, e.Dep.RevenueVault, before)
	if err != nil {
		return nil, err
	}
	totals := map[[2]common.Address]*big.Int{}
	for _, d := range deps {
		if _, err := st.Deposit(engine.Deposit{ID: d.ID, Consumer: d.Consumer, Asset: d.Asset, Amount: d.Amount, At: d.Time}); err != nil {
			return nil, fmt.Errorf("apply deposit %s: %w", d.ID, err)
		}
		key := [2]common.Address{d.Consumer, d.Asset}
		if totals[key] == nil {
			totals[key] = new(big.Int)
		}
		totals[key].Add(totals[key], d.Amount.ToBig())
	}
	return totals, nil
}

// replay rebuilds the ledger through the last closed epoch, checking each
// epoch's statements hash against the stored one.
func (e *Epochs) replay(ctx context.Context) (*ledger, error) { return e.replayObserving(ctx, nil) }

// replayObserving is replay, handing each epoch's recomputed statements to see.
func (e *Epochs) replayObserving(ctx context.Context, see func(row *store.EpochRow, s *engine.EpochStatements)) (*ledger, error) {
	l := &ledger{st: engine.NewState()}
	l.lookup = func(id string) (*engine.Input, error) {
		row, err := e.Store.LineItem(ctx, id)
		if err != nil {
			return nil, err
		}
		in, _, err := lineItem(&row)
		return in, err
	}
	for k := uint64(1); ; k++ {
		row, err := e.Store.Epoch(ctx, e.Dep.ChainID, k)
		if errors.Is(err, store.ErrNotFound) {
			return l, nil
		}
		if err != nil {
			return nil, err
		}
		if _, err := e.deposit(ctx, l.st, row.End); err != nil {
			return nil, err
		}
		items, err := e.Store.LineItems(ctx, e.Dep.ChainID, k)
		if err != nil {
			return nil, err
		}
		res, err := l.st.CloseEpoch(engine.Close{Epoch: k, Start: row.Start, End: row.End}, accruals(items), l.lookup)
		if err != nil {
			return nil, fmt.Errorf("replay epoch %d: %w", k, err)
		}
		if res.Statements.Hash != row.StatementsHash {
			return nil, fmt.Errorf("%w: epoch %d statements hash %s, stored %s", ErrReplay, k, res.Statements.Hash, row.StatementsHash)
		}
		if see != nil {
			see(&row, res.Statements)
		}
		l.last = row
	}
}

// Closed is a freshly closed epoch.
type Closed struct {
	Row        store.EpochRow
	Statements *engine.EpochStatements
	Payout     relayer.Payout
	LineItems  int
}

// Close closes the next epoch at end (unix seconds): it accrues every priced,
// unassigned line item with an event time before end, applies the vault's
// deposits before end, settles and releases, and writes the statements, the
// entitlement and receipt trees and the payout in one transaction.
func (e *Epochs) Close(ctx context.Context, end uint64) (*Closed, error) {
	_, final, err := e.Store.Checkpoint(ctx, e.Dep.ChainID)
	if err != nil {
		return nil, fmt.Errorf("close epoch: read checkpoint: %w", err)
	}
	if final.Time < end {
		return nil, fmt.Errorf("%w: final block %d has time %d, epoch ends at %d", ErrNotFinal, final.Number, final.Time, end)
	}
	l, err := e.replay(ctx)
	if err != nil {
		return nil, err
	}
	epoch, start := l.last.Epoch+1, l.last.End
	if end <= start {
		return nil, fmt.Errorf("close epoch %d: end %d is not after the previous end %d", epoch, end, start)
	}
	pending, err := e.Store.LineItems(ctx, e.Dep.ChainID, 0)
	if err != nil {
		return nil, err
	}
	var rows []store.LineItemRow
	var ids []string
	for _, r := range pending {
		if r.EventTime < end {
			rows, ids = append(rows, r), append(ids, r.EventID)
		}
	}
	deposited, err := e.deposit(ctx, l.st, end)
	if err != nil {
		return nil, err
	}
	res, err := l.st.CloseEpoch(engine.Close{Epoch: epoch, Start: start, End: end}, accruals(rows), l.lookup)
	if err != nil {
		return nil, fmt.Errorf("close epoch %d: %w", epoch, err)
	}
	tree, totals, err := e.entitlementTree(res.Statements)
	if err != nil {
		return nil, err
	}
	receipts, err := receiptTree(rows)
	if err != nil {
		return nil, err
	}
	prevFunded, err := e.funded(ctx, l.last.Epoch)
	if err != nil {
		return nil, err
	}
	out := &Closed{Statements: res.Statements, LineItems: len(rows)}
	out.Payout = relayer.Payout{ChainID: e.Dep.ChainID, Vault: e.Dep.RevenueVault, Distributor: e.Dep.RoyaltyDistributor, Epoch: epoch}
	row := store.EpochRow{ChainID: e.Dep.ChainID, Epoch: epoch, Start: start, End: end, StatementsHash: res.Statements.Hash}
	if tree != nil {
		out.Payout.Root = tree.Root()
		if row.Tree, err = tree.Dump(); err != nil {
			return nil, err
		}
	}
	if receipts != nil {
		out.Payout.ReceiptRoot = receipts.Root()
		if row.ReceiptTree, err = receipts.Dump(); err != nil {
			return nil, err
		}
	}
	for _, a := range sortedKeys(totals) {
		out.Payout.Assets = append(out.Payout.Assets, a)
		out.Payout.Totals = append(out.Payout.Totals, totals[a].ToBig())
	}
	out.Payout.Fundings = fundings(l.st, deposited, prevFunded)
	row.Root, row.ReceiptRoot = out.Payout.Root, out.Payout.ReceiptRoot
	if row.Statements, err = json.Marshal(res.Statements); err != nil {
		return nil, err
	}
	if row.Payout, err = json.Marshal(out.Payout); err != nil {
		return nil, err
	}
	if err := e.Store.CloseEpoch(ctx, &row, ids); err != nil {
		return nil, err
	}
	out.Row = row
	return out, nil
}

// entitlementTree is the distributor tree of every positive cumulative
// entitlement, and the per-asset totals; nil when there is none.
func (e *Epochs) entitlementTree(s *engine.EpochStatements) (*merkle.Tree, map[common.Address]*uint256.Int, error) {
	totals := map[common.Address]*uint256.Int{}
	var leaves []merkle.Distributor
	for i, ent := range s.Entitlements {
		c, err := uint256.FromDecimal(ent.Cumulative)
		if err != nil {
			return nil, nil, fmt.Errorf("entitlements[%d].cumulative: %w", i, err)
		}
		if c.IsZero() {
			continue
		}
		asset := common.HexToAddress(ent.Asset)
		leaves = append(leaves, merkle.Distributor{ChainID: e.Dep.ChainID, Distributor: e.Dep.RoyaltyDistributor,
			Account: common.HexToAddress(ent.Account), Asset: asset, Cumulative: *c})
		if totals[asset] == nil {
			totals[asset] = new(uint256.Int)
		}
		if _, o := totals[asset].AddOverflow(totals[asset], c); o {
			return nil, nil, fmt.Errorf("total of asset %s overflows 256 bits", asset)
		}
	}
	if len(leaves) == 0 {
		return nil, totals, nil
	}
	t, err := merkle.BuildDistributor(leaves)
	return t, totals, err
}

// receiptTree has one leaf per line item the epoch accrued; nil when none.
func receiptTree(rows []store.LineItemRow) (*merkle.Tree, error) {
	if len(rows) == 0 {
		return nil, nil
	}
	values := make([][]string, len(rows))
	for i := range rows {
		in, li, err := lineItem(&rows[i])
		if err != nil {
			return nil, err
		}
		values[i] = receiptLeaf(in, li)
	}
	return merkle.Build(ReceiptTypes, values)
}

// funded sums the fundings of the payouts of epochs 1..last per (consumer, asset).
func (e *Epochs) funded(ctx context.Context, last uint64) (map[[2]common.Address]*big.Int, error) {
	out := map[[2]common.Address]*big.Int{}
	for k := uint64(1); k <= last; k++ {
		row, err := e.Store.Epoch(ctx, e.Dep.ChainID, k)
		if err != nil {
			return nil, err
		}
		var p relayer.Payout
		if err := json.Unmarshal(row.Payout, &p); err != nil {
			return nil, fmt.Errorf("epoch %d payout: %w", k, err)
		}
		for _, f := range p.Fundings {
			key := [2]common.Address{f.Consumer, f.Asset}
			if out[key] == nil {
				out[key] = new(big.Int)
			}
			out[key].Add(out[key], f.Amount)
		}
	}
	return out, nil
}

// fundings is what each consumer moves from the vault to the distributor this
// epoch: ⌈(settled − reserve still held)/10^18⌉ minus what it funded before.
// Rounding each consumer up keeps the distributor solvent for the floors of
// the recipients' sums (Σ⌈xᵢ⌉ ≥ Σxᵢ ≥ Σ⌊yⱼ⌋); the surplus is under one base
// unit per consumer and asset in all. A consumer never funds more than it
// settled, so never more than its deposits (docs/pipeline.md).
func fundings(st *engine.State, deposited, prev map[[2]common.Address]*big.Int) []relayer.Funding {
	held := map[[2]common.Address]*big.Int{}
	for id, it := range st.Items {
		if it.Released {
			continue
		}
		b := st.Ledger.Balance(engine.AcctReserve(id), it.Asset)
		key := [2]common.Address{it.Consumer, it.Asset}
		if held[key] == nil {
			held[key] = new(big.Int)
		}
		held[key].Add(held[key], b.Abs.ToBig())
	}
	atto := big.NewInt(engine.AttoPerUnit)
	var out []relayer.Funding
	for _, key := range sortedPairs(deposited) {
		rev := st.Ledger.Balance(engine.AcctRevenue(key[0]), key[1])
		settled := new(big.Int).Mul(deposited[key], atto)
		if rev.Neg {
			settled.Add(settled, rev.Abs.ToBig())
		} else {
			settled.Sub(settled, rev.Abs.ToBig())
		}
		if h := held[key]; h != nil {
			settled.Sub(settled, h)
		}
		if settled.Sign() <= 0 {
			continue
		}
		need := new(big.Int).Add(settled, new(big.Int).Sub(atto, big.NewInt(1)))
		need.Div(need, atto)
		if p := prev[key]; p != nil {
			need.Sub(need, p)
		}
		if need.Sign() > 0 {
			out = append(out, relayer.Funding{Consumer: key[0], Asset: key[1], Amount: need})
		}
	}
	return out
}

func sortedKeys[V any](m map[common.Address]V) []common.Address {
	out := make([]common.Address, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i][:], out[j][:]) < 0 })
	return out
}

func sortedPairs[V any](m map[[2]common.Address]V) [][2]common.Address {
	out := make([][2]common.Address, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if c := bytes.Compare(out[i][0][:], out[j][0][:]); c != 0 {
			return c < 0
		}
		return bytes.Compare(out[i][1][:], out[j][1][:]) < 0
	})
	return out
}
