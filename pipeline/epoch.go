package pipeline

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/keyring"
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
	// Metadata, when set, is the key the usage events' metadata is sealed
	// under: the audit then opens every stored plaintext and verifies it
	// against its event's signed commitment. Nothing else reads it.
	Metadata keyring.Provider
	// Fence, if set, runs first in the transaction that writes a close:
	// an error (a lost lease: store.ErrLeaseLost) refuses the write.
	Fence func(ctx context.Context, tx *store.Store) error
	// SkipUnchanged makes Close store nothing and return ErrNothingToPay
	// when the new epoch would pay nothing new: no entitlement at all, or
	// the previous epoch's root again with no funding. The period then
	// runs on into the next close (the service's calendar closes use it, so
	// no epoch without a root, which the distributor could not take, and no
	// repeated root is ever relayed).
	SkipUnchanged bool
}

// ErrNothingToPay: with SkipUnchanged, the epoch would pay nothing new;
// nothing was stored.
var ErrNothingToPay = errors.New("pipeline: the epoch would pay nothing new")

// ledger is the replayed engine state through the last closed epoch.
type ledger struct {
	st     *engine.State
	last   store.EpochRow
	lookup engine.Lookup
	corr   *corrector // the disputes and corrections applied so far
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

// pendingInputs are the bundles of line items about to be accrued (those
// that do not decode are left to accruals to report).
func pendingInputs(rows []store.LineItemRow) []*engine.Input {
	var out []*engine.Input
	for i := range rows {
		if in, _, err := lineItem(&rows[i]); err == nil {
			out = append(out, in)
		}
	}
	return out
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

// deposit applies the vault's deposits and prepaid credit purchases before a
// time (re-applying one is a no-op). They come from the indexed facts, and a
// close needs the chain final past its end, so only final purchases count: a
// purchase a reorg removed was rewound from the store with its block.
func (e *Epochs) deposit(ctx context.Context, st *engine.State, before uint64) error {
	deps, err := e.Store.Deposits(ctx, e.Dep.ChainID, e.Dep.RevenueVault, before)
	if err != nil {
		return err
	}
	for _, d := range deps {
		if _, err := st.Deposit(engine.Deposit{ID: d.ID, Consumer: d.Consumer, Asset: d.Asset, Amount: d.Amount, At: d.Time}); err != nil {
			return fmt.Errorf("apply deposit %s: %w", d.ID, err)
		}
	}
	credits, err := e.Store.CreditPurchases(ctx, e.Dep.ChainID, e.Dep.RevenueVault, before)
	if err != nil {
		return err
	}
	for _, c := range credits {
		if _, err := st.AddCredit(engine.Deposit{ID: c.ID, Consumer: c.Consumer, Asset: c.Asset, Amount: c.Amount, At: c.Time}); err != nil {
			return fmt.Errorf("apply credit purchase %s: %w", c.ID, err)
		}
	}
	return nil
}

// replay rebuilds the ledger through the last closed epoch, checking each
// epoch's statements hash against the stored one.
func (e *Epochs) replay(ctx context.Context) (*ledger, error) { return e.replayObserving(ctx, nil) }

// replayObserving is replay, handing each epoch's recomputed statements to see.
func (e *Epochs) replayObserving(ctx context.Context, see func(row *store.EpochRow, s *engine.EpochStatements)) (*ledger, error) {
	l := &ledger{st: engine.NewState()}
	all, err := e.Store.Facts(ctx, e.Dep.ChainID)
	if err != nil {
		return nil, err
	}
	l.corr = newCorrector(e.Dep, newFacts("database", e.Dep, ^uint64(0), 0, all).all, func(id string) (*engine.Input, error) {
		row, err := e.Store.LineItem(ctx, id)
		if err != nil {
			return nil, err
		}
		in, _, err := lineItem(&row)
		return in, err
	})
	l.lookup = l.corr.lookup
	for k := uint64(1); ; k++ {
		row, err := e.Store.Epoch(ctx, e.Dep.ChainID, k)
		if errors.Is(err, store.ErrNotFound) {
			return l, nil
		}
		if err != nil {
			return nil, err
		}
		if err := e.deposit(ctx, l.st, row.End); err != nil {
			return nil, err
		}
		items, err := e.Store.LineItems(ctx, e.Dep.ChainID, k)
		if err != nil {
			return nil, err
		}
		if err := l.corr.before(l.st, row.End, pendingInputs(items)); err != nil {
			return nil, fmt.Errorf("replay epoch %d: %w", k, err)
		}
		res, err := l.st.CloseEpoch(engine.Close{Epoch: k, Start: row.Start, End: row.End}, accruals(items), l.lookup)
		if err != nil {
			return nil, fmt.Errorf("replay epoch %d: %w", k, err)
		}
		if err := l.corr.after(l.st); err != nil {
			return nil, fmt.Errorf("replay epoch %d: %w", k, err)
		}
		if res.Statements.Hash != row.StatementsHash {
			return nil, fmt.Errorf("%w: epoch %d statements hash %s, stored %s", ErrReplay, k, res.Statements.Hash, row.StatementsHash)
		}
		if err := sameFundings(&row, res.Fundings); err != nil {
			return nil, err
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
	out, ids, err := e.prepare(ctx, end)
	if err != nil {
		return nil, err
	}
	if e.SkipUnchanged {
		last, err := e.Store.LastEpoch(ctx, e.Dep.ChainID)
		if err != nil && !errors.Is(err, store.ErrNotFound) {
			return nil, err
		}
		if out.Payout.Root == (common.Hash{}) || (out.Payout.Root == last.Root && len(out.Payout.Fundings) == 0) {
			return nil, fmt.Errorf("%w: epoch %d at %d (%d line items)", ErrNothingToPay, out.Row.Epoch, end, len(ids))
		}
	}
	err = e.Store.Transact(ctx, func(tx *store.Store) error {
		if e.Fence != nil {
			if err := e.Fence(ctx, tx); err != nil {
				return err
			}
		}
		return tx.CloseEpoch(ctx, &out.Row, ids)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Preview is Close without writing anything: the epoch the store's data
// closes at end, with its statements, trees (in Row) and payout. A watcher
// recomputes a proposed root this way, and stores an epoch only once the
// chain has activated it.
func (e *Epochs) Preview(ctx context.Context, end uint64) (*Closed, error) {
	out, _, err := e.prepare(ctx, end)
	return out, err
}

// prepare computes the next epoch closed at end and the line items it
// accrues, checking finality and conservation; it stores nothing.
func (e *Epochs) prepare(ctx context.Context, end uint64) (*Closed, []string, error) {
	_, final, err := e.Store.Checkpoint(ctx, e.Dep.ChainID)
	if err != nil {
		return nil, nil, fmt.Errorf("close epoch: read checkpoint: %w", err)
	}
	if final.Time < end {
		return nil, nil, fmt.Errorf("%w: final block %d has time %d, epoch ends at %d", ErrNotFinal, final.Number, final.Time, end)
	}
	l, err := e.replay(ctx)
	if err != nil {
		return nil, nil, err
	}
	epoch, start := l.last.Epoch+1, l.last.End
	if end <= start {
		return nil, nil, fmt.Errorf("close epoch %d: end %d is not after the previous end %d", epoch, end, start)
	}
	pending, err := e.Store.LineItems(ctx, e.Dep.ChainID, 0)
	if err != nil {
		return nil, nil, err
	}
	var rows []store.LineItemRow
	var ids []string
	for _, r := range pending {
		if r.EventTime < end {
			rows, ids = append(rows, r), append(ids, r.EventID)
		}
	}
	if err := e.deposit(ctx, l.st, end); err != nil {
		return nil, nil, err
	}
	if err := l.corr.before(l.st, end, pendingInputs(rows)); err != nil {
		return nil, nil, fmt.Errorf("close epoch %d: disputes: %w", epoch, err)
	}
	res, err := l.st.CloseEpoch(engine.Close{Epoch: epoch, Start: start, End: end}, accruals(rows), l.lookup)
	if errors.Is(err, engine.ErrNotConserved) {
		return nil, nil, fmt.Errorf("refused, nothing stored: %w", err)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("close epoch %d: %w", epoch, err)
	}
	tree, totals, err := e.entitlementTree(res.Statements)
	if err != nil {
		return nil, nil, err
	}
	receipts, err := receiptTree(rows)
	if err != nil {
		return nil, nil, err
	}
	out := &Closed{Statements: res.Statements, LineItems: len(rows)}
	out.Payout = relayer.Payout{ChainID: e.Dep.ChainID, Vault: e.Dep.RevenueVault, Distributor: e.Dep.RoyaltyDistributor,
		Epoch: epoch, End: end}
	row := store.EpochRow{ChainID: e.Dep.ChainID, Epoch: epoch, Start: start, End: end, StatementsHash: res.Statements.Hash}
	if tree != nil {
		out.Payout.Root = tree.Root()
		if row.Tree, err = tree.Dump(); err != nil {
			return nil, nil, err
		}
	}
	if receipts != nil {
		out.Payout.ReceiptRoot = receipts.Root()
		if row.ReceiptTree, err = receipts.Dump(); err != nil {
			return nil, nil, err
		}
	}
	for _, a := range sortedKeys(totals) {
		out.Payout.Assets = append(out.Payout.Assets, a)
		out.Payout.Totals = append(out.Payout.Totals, totals[a].ToBig())
	}
	out.Payout.Fundings = payoutFundings(res.Fundings)
	// Conservation, before anything is stored: the tree about to be written
	// against every funding so far (the replay checked the stored ones).
	if err := engine.CheckConservation(res.Statements.Entitlements, res.Fundings); err != nil {
		return nil, nil, fmt.Errorf("refused, nothing stored: close epoch %d: %w", epoch, err)
	}
	row.Root, row.ReceiptRoot = out.Payout.Root, out.Payout.ReceiptRoot
	if row.Statements, err = json.Marshal(res.Statements); err != nil {
		return nil, nil, err
	}
	if row.Payout, err = json.Marshal(out.Payout); err != nil {
		return nil, nil, err
	}
	out.Row = row
	return out, ids, nil
}

// entitlementTree is the distributor tree of every positive cumulative
// entitlement, and the per-asset totals (engine.Totals); nil when there is none.
func (e *Epochs) entitlementTree(s *engine.EpochStatements) (*merkle.Tree, map[common.Address]*uint256.Int, error) {
	var leaves []merkle.Distributor
	for i, ent := range s.Entitlements {
		c, err := uint256.FromDecimal(ent.Cumulative)
		if err != nil {
			return nil, nil, fmt.Errorf("entitlements[%d].cumulative: %w", i, err)
		}
		if c.IsZero() {
			continue
		}
		leaves = append(leaves, merkle.Distributor{ChainID: e.Dep.ChainID, Distributor: e.Dep.RoyaltyDistributor,
			Account: common.HexToAddress(ent.Account), Asset: common.HexToAddress(ent.Asset), Cumulative: *c})
	}
	ts, err := engine.Totals(s.Entitlements)
	if err != nil {
		return nil, nil, err
	}
	totals := map[common.Address]*uint256.Int{}
	for i := range ts {
		totals[ts[i].Asset] = &ts[i].Total
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

// payoutFundings are the transfers a payout makes: the engine's fundings
// with a positive amount, in the engine's (consumer, asset) order.
func payoutFundings(fs []engine.Funding) []relayer.Funding {
	out := []relayer.Funding{}
	for _, f := range fs {
		if !f.Amount.IsZero() {
			out = append(out, relayer.Funding{Consumer: f.Consumer, Asset: f.Asset, Amount: f.Amount.ToBig()})
		}
	}
	return out
}

// sameFundings requires a stored epoch's payout to fund exactly what the
// replayed engine derives (ErrReplay otherwise), so the fundings a new close
// adds to are the engine's own.
func sameFundings(row *store.EpochRow, fs []engine.Funding) error {
	var p relayer.Payout
	if err := json.Unmarshal(row.Payout, &p); err != nil {
		return fmt.Errorf("epoch %d payout: %w", row.Epoch, err)
	}
	want := payoutFundings(fs)
	got, err := json.Marshal(p.Fundings)
	if err != nil {
		return err
	}
	exp, err := json.Marshal(want)
	if err != nil {
		return err
	}
	if len(p.Fundings) == 0 && len(want) == 0 {
		return nil
	}
	if !bytes.Equal(got, exp) {
		return fmt.Errorf("%w: epoch %d fundings %s, the ledger derives %s", ErrReplay, row.Epoch, got, exp)
	}
	return nil
}

func sortedKeys[V any](m map[common.Address]V) []common.Address {
	out := make([]common.Address, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i][:], out[j][:]) < 0 })
	return out
}
