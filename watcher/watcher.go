// Package watcher is the guardian's half of the distributor's safety: it
// recomputes every proposed root from its own database (its own indexer's
// chain facts and the signed usage events it was given) and revokes the root
// with the guardian key when anything differs, before the dispute window ends.
//
// It never relays: it stores an epoch only once the chain has activated it
// (closed at the chain's endOf), and recomputes a pending epoch with
// pipeline.Epochs.Preview, which writes nothing. When its own data is not
// complete enough to recompute (facts not final past the period's end, events
// of the period still waiting to be priced, or the intake delay not yet over)
// it says so and waits: it never revokes on ignorance.
package watcher

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/reverts"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/store"
)

// Chain is the node the watcher reads and sends through.
type Chain interface {
	bind.ContractBackend
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Status is what a check round concluded about the pending root.
type Status string

const (
	StatusNone    Status = "none pending" // no root is pending
	StatusGood    Status = "good"         // every check passed; the root is left to activate
	StatusBad     Status = "bad"          // a check failed; the root was revoked (or is being)
	StatusWaiting Status = "waiting"      // this watcher's data cannot decide yet; nothing sent
)

// Check names, as the report and the log give them.
const (
	CheckRoot        = "root"                  // the root equals the recomputed tree's root
	CheckReceiptRoot = "receipt root"          // the receipt root equals the recomputed one
	CheckTotal       = "total = sum of leaves" // per asset: declared total = Σ recomputed leaves (listed iff recomputed)
	CheckPrevious    = "total >= previous"     // per asset: declared total ≥ the previous active total
	CheckClaimed     = "leaf >= claimed"       // per account and asset: recomputed leaf ≥ claimed on chain
	CheckSolvent     = "solvent"               // per asset: balance + claimed + fundings still to make ≥ total
	CheckActive      = "active epoch"          // an activated epoch this watcher stored (not revocable; reported)
)

// Result is one check for one asset or account.
type Result struct {
	Check    string `json:"check"`
	Account  string `json:"account,omitempty"`
	Asset    string `json:"asset,omitempty"`
	Expected string `json:"expected"`
	Found    string `json:"found"`
	OK       bool   `json:"ok"`
}

// Revoke is the revoke transaction the watcher sent (or found done).
type Revoke struct {
	Tx            common.Hash `json:"tx,omitempty"`
	Block         uint64      `json:"block,omitempty"`
	DoneElsewhere bool        `json:"doneElsewhere,omitempty"` // revoked by someone else (a challenge, another guardian)
	Note          string      `json:"note,omitempty"`
}

// Report is one round: the pending proposal, every check and what was done.
type Report struct {
	Status      Status      `json:"status"`
	Block       uint64      `json:"block"` // the chain was read at this block
	Epoch       uint64      `json:"epoch,omitempty"`
	Root        common.Hash `json:"root,omitempty"`
	ReceiptRoot common.Hash `json:"receiptRoot,omitempty"`
	End         uint64      `json:"end,omitempty"`
	ActivatesAt uint64      `json:"activatesAt,omitempty"`
	Waiting     string      `json:"waiting,omitempty"` // why this watcher cannot decide yet
	Checks      []Result    `json:"checks"`
	Notes       []string    `json:"notes"`
	Revoke      *Revoke     `json:"revoke,omitempty"`
}

// Failed lists the checks that did not pass.
func (r *Report) Failed() []Result {
	var out []Result
	for _, c := range r.Checks {
		if !c.OK && c.Check != CheckActive {
			out = append(out, c)
		}
	}
	return out
}

// Watcher checks the distributor's pending root against its own database.
type Watcher struct {
	// Epochs is the watcher's own database and the deployment.
	Epochs *pipeline.Epochs
	Chain  Chain
	// Tx sends the revoke with the guardian key; nil never sends (the report
	// still says what would be revoked).
	Tx *txmgr.Manager
	// Index brings the database's chain facts up to the node's confirmed head
	// (the indexer); nil skips it.
	Index func(ctx context.Context) error
	// IntakeDelay is how long (seconds of chain time) after a period's end its
	// signed events may still reach this database: an epoch is recomputed only
	// once the chain's head is that far past its end.
	IntakeDelay uint64
	Log         *slog.Logger

	tokens map[common.Address]relayer.Token
}

var (
	distABI  = royaltydistributor.NewRoyaltyDistributor()
	vaultABI = revenuevault.NewRevenueVault()
	erc20ABI = testtoken.NewTestToken()
)

// errWait is returned inside a round when this watcher's data cannot decide.
type errWait struct{ why string }

func (e *errWait) Error() string { return e.why }

func wait(format string, args ...any) error { return &errWait{why: fmt.Sprintf(format, args...)} }

// Round brings the database up to date (index, price), stores the epochs the
// chain activated since, and checks the pending root, revoking it when a check
// fails. The error is for what stopped the round; a bad root is a report with
// StatusBad.
func (w *Watcher) Round(ctx context.Context) (Report, error) {
	if w.Log == nil {
		w.Log = slog.New(slog.DiscardHandler)
	}
	if w.Index != nil {
		if err := w.Index(ctx); err != nil {
			return Report{}, fmt.Errorf("watch: index: %w", err)
		}
	}
	pricer := &pipeline.Pricer{Store: w.Epochs.Store, Dep: w.Epochs.Dep}
	sum, err := pricer.PriceAll(ctx)
	if err != nil {
		return Report{}, fmt.Errorf("watch: price: %w", err)
	}
	rep, err := w.check(ctx, sum.Pending)
	var ew *errWait
	if errors.As(err, &ew) {
		rep.Status, rep.Waiting = StatusWaiting, ew.why
		w.Log.Warn("cannot check the pending root yet; waiting (nothing revoked)", "epoch", rep.Epoch, "root", rep.Root,
			"activatesAt", rep.ActivatesAt, "why", ew.why)
		return rep, nil
	}
	return rep, err
}

func (w *Watcher) dist() *bind.BoundContract {
	return distABI.Instance(w.Chain, w.Epochs.Dep.RoyaltyDistributor)
}

func read[T any](ctx context.Context, c *bind.BoundContract, at *big.Int, what string, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(c, &bind.CallOpts{Context: ctx, BlockNumber: at}, data, unpack)
	if err != nil {
		return v, fmt.Errorf("watch: read %s: %w", what, reverts.Explain(err))
	}
	return v, nil
}

func (w *Watcher) check(ctx context.Context, unpriced []pipeline.Result) (Report, error) {
	rep := Report{Checks: []Result{}, Notes: []string{}}
	head, err := w.Chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return rep, fmt.Errorf("watch: read head: %w", err)
	}
	rep.Block = head.Number.Uint64()
	at, d := head.Number, w.dist()
	p, err := read(ctx, d, at, "pending root", distABI.PackPending(), distABI.UnpackPending)
	if err != nil {
		return rep, err
	}
	current, err := read(ctx, d, at, "current epoch", distABI.PackCurrentEpoch(), distABI.UnpackCurrentEpoch)
	if err != nil {
		return rep, err
	}
	if p.Root != ([32]byte{}) {
		rep.Epoch, rep.Root, rep.ReceiptRoot, rep.End, rep.ActivatesAt = p.Epoch, p.Root, p.ReceiptRoot, p.End, p.ActivatesAt
	}
	// The epochs the chain activated since the last round, stored as this
	// watcher computes them (at the chain's end of each).
	err = w.storeActive(ctx, at, head.Time, current, unpriced, &rep)
	if p.Root == ([32]byte{}) {
		// Nothing to decide: catching up on the activated epochs can wait.
		var ew *errWait
		if errors.As(err, &ew) {
			rep.Notes = append(rep.Notes, "not yet stored: "+ew.why)
			err = nil
		}
		rep.Status = StatusNone
		return rep, err
	}
	if err != nil {
		return rep, err
	}
	if err := w.ready(ctx, head.Time, p.End, unpriced); err != nil {
		return rep, err
	}
	closed, err := w.Epochs.Preview(ctx, p.End)
	if errors.Is(err, pipeline.ErrNotFinal) {
		return rep, wait("%v", err)
	}
	if err != nil {
		return rep, fmt.Errorf("watch: recompute epoch %d: %w", p.Epoch, err)
	}
	if closed.Payout.Epoch != p.Epoch {
		return rep, fmt.Errorf("watch: this database's next epoch is %d, the chain's pending one %d", closed.Payout.Epoch, p.Epoch)
	}
	if err := w.compare(ctx, at, &rep, closed, p); err != nil {
		return rep, err
	}
	if len(rep.Failed()) == 0 {
		rep.Status = StatusGood
		w.Log.Info("pending root checked: good", "epoch", p.Epoch, "root", common.Hash(p.Root), "activatesAt", p.ActivatesAt)
		return rep, nil
	}
	rep.Status = StatusBad
	for _, f := range rep.Failed() {
		w.Log.Error("pending root fails a check", "epoch", p.Epoch, "root", common.Hash(p.Root), "check", f.Check,
			"account", f.Account, "asset", f.Asset, "expected", f.Expected, "found", f.Found)
	}
	rev, err := w.revoke(ctx, p.Epoch, p.Root)
	rep.Revoke = rev
	return rep, err
}

// ready reports (as a wait) whatever keeps this watcher from recomputing the
// period ending at end: the intake delay, and events before end still waiting
// to be priced or held for review, and chain facts not final past end.
func (w *Watcher) ready(ctx context.Context, now, end uint64, unpriced []pipeline.Result) error {
	_, final, err := w.Epochs.Store.Checkpoint(ctx, w.Epochs.Dep.ChainID)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return wait("this database has indexed nothing of chain %d yet", w.Epochs.Dep.ChainID)
	case err != nil:
		return fmt.Errorf("watch: read checkpoint: %w", err)
	case final.Time < end:
		return wait("this database's chain facts are final only through block %d (time %d), the period ends at %d", final.Number, final.Time, end)
	}
	if now < end+w.IntakeDelay {
		return wait("the chain's time %d is within the intake delay (%d s) of the period's end %d: events of the period may still arrive",
			now, w.IntakeDelay, end)
	}
	var ids []string
	for _, r := range unpriced {
		if r.Outcome != pipeline.Waiting && r.Outcome != pipeline.Held {
			continue // rejected: the facts contradict the event, it can never be priced
		}
		ev, err := w.Epochs.Store.UsageEvent(ctx, r.EventID)
		if err != nil {
			return fmt.Errorf("watch: read event %s: %w", r.EventID, err)
		}
		if ev.Timestamp < end {
			ids = append(ids, fmt.Sprintf("%s (%s: %s)", r.EventID, r.Outcome, r.Reason))
		}
	}
	if len(ids) > 0 {
		return wait("%d event(s) of the period are not priced in this database: %s", len(ids), strings.Join(ids, "; "))
	}
	return nil
}

// storeActive closes in the watcher's database every epoch the chain has
// activated and the database has not, at the chain's end of it, and reports
// whether its recomputed root is the one the chain activated.
func (w *Watcher) storeActive(ctx context.Context, at *big.Int, now, current uint64, unpriced []pipeline.Result, rep *Report) error {
	st, dep, d := w.Epochs.Store, w.Epochs.Dep, w.dist()
	last := uint64(0)
	if row, err := st.LastEpoch(ctx, dep.ChainID); err == nil {
		last = row.Epoch
		end, err := read(ctx, d, at, fmt.Sprintf("endOf(%d)", last), distABI.PackEndOf(last), distABI.UnpackEndOf)
		if err != nil {
			return err
		}
		if last > current || end != row.End {
			return fmt.Errorf("watch: this database's epoch %d (ending at %d) is not the chain's (active epoch %d, epoch %d ends at %d): "+
				"the watcher needs a database of its own, fed only by `royalty watch`", last, row.End, current, last, end)
		}
	} else if !errors.Is(err, store.ErrNotFound) {
		return err
	}
	for k := last + 1; k <= current; k++ {
		end, err := read(ctx, d, at, fmt.Sprintf("endOf(%d)", k), distABI.PackEndOf(k), distABI.UnpackEndOf)
		if err != nil {
			return err
		}
		if err := w.ready(ctx, now, end, unpriced); err != nil {
			return wait("active epoch %d: %v", k, err)
		}
		closed, err := w.Epochs.Close(ctx, end)
		if errors.Is(err, pipeline.ErrNotFinal) {
			return wait("active epoch %d: %v", k, err)
		}
		if err != nil {
			return fmt.Errorf("watch: store active epoch %d: %w", k, err)
		}
		root, err := read(ctx, d, at, fmt.Sprintf("rootOf(%d)", k), distABI.PackRootOf(k), distABI.UnpackRootOf)
		if err != nil {
			return err
		}
		res := Result{Check: CheckActive, Expected: fmt.Sprintf("epoch %d root %s", k, closed.Payout.Root.Hex()),
			Found: common.Hash(root).Hex(), OK: closed.Payout.Root == root}
		rep.Checks = append(rep.Checks, res)
		if !res.OK {
			w.Log.Error("an activated root differs from this watcher's recomputation (too late to revoke); later epochs are checked against this watcher's own ledger",
				"epoch", k, "expected", closed.Payout.Root, "found", common.Hash(root))
			rep.Notes = append(rep.Notes, fmt.Sprintf("active epoch %d: root %s differs from the recomputed %s; it was activated before this watcher checked it",
				k, common.Hash(root).Hex(), closed.Payout.Root.Hex()))
		} else {
			w.Log.Info("stored an activated epoch", "epoch", k, "end", end, "root", closed.Payout.Root)
		}
	}
	return nil
}

// compare runs every check of the pending proposal p against the recomputed epoch.
func (w *Watcher) compare(ctx context.Context, at *big.Int, rep *Report, closed *pipeline.Closed, p royaltydistributor.PendingOutput) error {
	d, dep := w.dist(), w.Epochs.Dep
	want := closed.Payout
	add := func(r Result) { rep.Checks = append(rep.Checks, r) }
	add(Result{Check: CheckRoot, Expected: want.Root.Hex(), Found: common.Hash(p.Root).Hex(), OK: want.Root == p.Root})
	add(Result{Check: CheckReceiptRoot, Expected: want.ReceiptRoot.Hex(), Found: common.Hash(p.ReceiptRoot).Hex(), OK: want.ReceiptRoot == p.ReceiptRoot})

	pt, err := read(ctx, d, at, "pending totals", distABI.PackPendingTotals(), distABI.UnpackPendingTotals)
	if err != nil {
		return err
	}
	declared := map[common.Address]*big.Int{}
	for i, a := range pt.Assets {
		declared[a] = pt.Totals[i]
	}
	recomputed := map[common.Address]*big.Int{}
	for i, a := range want.Assets {
		recomputed[a] = want.Totals[i]
	}
	assets := sortedAssets(declared, recomputed)
	for _, a := range assets {
		tok, err := w.token(ctx, a)
		if err != nil {
			return err
		}
		dt, rt := declared[a], recomputed[a]
		r := Result{Check: CheckTotal, Asset: a.Hex(), OK: dt != nil && rt != nil && dt.Cmp(rt) == 0}
		r.Expected, r.Found = "not listed", "not listed"
		if rt != nil {
			r.Expected = tok.Format(rt)
		}
		if dt != nil {
			r.Found = tok.Format(dt)
		}
		add(r)
	}
	// Per declared asset: not below the previous active total, and covered.
	fundings, err := w.fundingsToMake(ctx, at, p.Epoch, want.Fundings)
	if err != nil {
		return err
	}
	for _, a := range assets {
		dt := declared[a]
		if dt == nil {
			continue
		}
		tok, err := w.token(ctx, a)
		if err != nil {
			return err
		}
		ce, err := read(ctx, d, at, "claimEpochOf "+a.Hex(), distABI.PackClaimEpochOf(a), distABI.UnpackClaimEpochOf)
		if err != nil {
			return err
		}
		prev, err := read(ctx, d, at, fmt.Sprintf("totalOf(%d, %s)", ce, a.Hex()), distABI.PackTotalOf(ce, a), distABI.UnpackTotalOf)
		if err != nil {
			return err
		}
		add(Result{Check: CheckPrevious, Asset: a.Hex(), Expected: "at least " + tok.Format(prev), Found: tok.Format(dt), OK: dt.Cmp(prev) >= 0})
		bal, err := read(ctx, erc20ABI.Instance(w.Chain, a), at, "distributor balance of "+a.Hex(), erc20ABI.PackBalanceOf(dep.RoyaltyDistributor), erc20ABI.UnpackBalanceOf)
		if err != nil {
			return err
		}
		claimed, err := read(ctx, d, at, "totalClaimed "+a.Hex(), distABI.PackTotalClaimed(a), distABI.UnpackTotalClaimed)
		if err != nil {
			return err
		}
		covered := new(big.Int).Add(bal, claimed)
		if f := fundings[a]; f != nil {
			covered.Add(covered, f)
		}
		fund := fundings[a]
		if fund == nil {
			fund = new(big.Int)
		}
		add(Result{Check: CheckSolvent, Asset: a.Hex(), Expected: "at least " + tok.Format(dt),
			Found: fmt.Sprintf("%s (balance %s + claimed %s + fundings to make %s)", tok.Format(covered),
				relayer.FormatUnits(bal, tok.Decimals), relayer.FormatUnits(claimed, tok.Decimals), relayer.FormatUnits(fund, tok.Decimals)),
			OK: covered.Cmp(dt) >= 0})
	}
	return w.claimedChecks(ctx, at, rep, closed)
}

// claimedChecks: no recomputed leaf is below what its account has claimed on
// chain, and every account that claimed keeps a leaf. One row per failure,
// one summary row when all pass.
func (w *Watcher) claimedChecks(ctx context.Context, at *big.Int, rep *Report, closed *pipeline.Closed) error {
	d := w.dist()
	leaves := map[[2]common.Address]*big.Int{}
	if len(closed.Row.Tree) > 0 {
		t, err := merkle.Load(closed.Row.Tree)
		if err != nil {
			return fmt.Errorf("watch: recomputed tree: %w", err)
		}
		for i := 0; i < t.Len(); i++ {
			v, err := t.Value(i)
			if err != nil || len(v) < 5 {
				return fmt.Errorf("watch: recomputed tree leaf %d: %v", i, err)
			}
			c, ok := new(big.Int).SetString(v[4], 10)
			if !ok {
				return fmt.Errorf("watch: recomputed tree leaf %d: cumulative %q", i, v[4])
			}
			leaves[[2]common.Address{common.HexToAddress(v[2]), common.HexToAddress(v[3])}] = c
		}
	}
	facts, err := pipeline.FactsFromStore(ctx, w.Epochs.Store, w.Epochs.Dep)
	if err != nil {
		return err
	}
	pairs := map[[2]common.Address]bool{}
	for k := range leaves {
		pairs[k] = true
	}
	for _, c := range facts.Claims() {
		pairs[[2]common.Address{c.Account, c.Asset}] = true
	}
	keys := make([][2]common.Address, 0, len(pairs))
	for k := range pairs {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if c := strings.Compare(keys[i][1].Hex(), keys[j][1].Hex()); c != 0 {
			return c < 0
		}
		return strings.Compare(keys[i][0].Hex(), keys[j][0].Hex()) < 0
	})
	failed := 0
	for _, k := range keys {
		claimed, err := read(ctx, d, at, fmt.Sprintf("claimed(%s, %s)", k[0].Hex(), k[1].Hex()), distABI.PackClaimed(k[0], k[1]), distABI.UnpackClaimed)
		if err != nil {
			return err
		}
		leaf := leaves[k]
		if leaf != nil && leaf.Cmp(claimed) >= 0 {
			continue
		}
		if leaf == nil && claimed.Sign() == 0 {
			continue
		}
		tok, err := w.token(ctx, k[1])
		if err != nil {
			return err
		}
		found := "no leaf"
		if leaf != nil {
			found = tok.Format(leaf)
		}
		failed++
		rep.Checks = append(rep.Checks, Result{Check: CheckClaimed, Account: k[0].Hex(), Asset: k[1].Hex(),
			Expected: "at least " + tok.Format(claimed) + " (claimed)", Found: found})
	}
	if failed == 0 {
		rep.Checks = append(rep.Checks, Result{Check: CheckClaimed, Expected: "every leaf at least its account's claimed amount",
			Found: fmt.Sprintf("%d account-asset pairs, none below", len(keys)), OK: true})
	}
	return nil
}

// fundingsToMake sums, per asset, the recomputed payout's fundings the vault
// has not yet made for the epoch but can (the consumer's revenue is in it):
// the relayer makes them before activation.
func (w *Watcher) fundingsToMake(ctx context.Context, at *big.Int, epoch uint64, fs []relayer.Funding) (map[common.Address]*big.Int, error) {
	v := vaultABI.Instance(w.Chain, w.Epochs.Dep.RevenueVault)
	out := map[common.Address]*big.Int{}
	for _, f := range fs {
		got, err := read(ctx, v, at, fmt.Sprintf("funded(%d, %s, %s)", epoch, f.Consumer.Hex(), f.Asset.Hex()),
			vaultABI.PackFunded(epoch, f.Consumer, f.Asset), vaultABI.UnpackFunded)
		if err != nil {
			return nil, err
		}
		if got.Sign() != 0 {
			continue // already in the distributor's balance
		}
		have, err := read(ctx, v, at, fmt.Sprintf("vault balance of %s in %s", f.Consumer.Hex(), f.Asset.Hex()),
			vaultABI.PackBalanceOf(f.Consumer, f.Asset), vaultABI.UnpackBalanceOf)
		if err != nil {
			return nil, err
		}
		if have.Cmp(f.Amount) < 0 {
			continue // cannot be made: it does not count
		}
		if out[f.Asset] == nil {
			out[f.Asset] = new(big.Int)
		}
		out[f.Asset].Add(out[f.Asset], f.Amount)
	}
	return out, nil
}

// RevokeKey is the outbox key of the revoke of (epoch, root) on a chain: one
// revoke transaction per bad root, however many rounds or processes see it.
func RevokeKey(chainID, epoch uint64, root common.Hash) string {
	return fmt.Sprintf("%d/revoke/%d/%s", chainID, epoch, root.Hex())
}

// revoke sends revokeRoot(epoch) through the outbox, exactly once per
// (epoch, root). revokeRoot names only the epoch, so it is sent only while
// that root is still the pending one; the chain's revoked(epoch, root) tells
// a revoke someone else made.
func (w *Watcher) revoke(ctx context.Context, epoch uint64, root [32]byte) (*Revoke, error) {
	if w.Tx == nil {
		return &Revoke{Note: "no guardian key: nothing sent"}, nil
	}
	d := w.dist()
	revoked := func(ctx context.Context) (bool, error) {
		return read(ctx, d, nil, "revoked", distABI.PackRevoked(epoch, root), distABI.UnpackRevoked)
	}
	if ok, err := revoked(ctx); err != nil {
		return nil, err
	} else if !ok {
		p, err := read(ctx, d, nil, "pending root", distABI.PackPending(), distABI.UnpackPending)
		if err != nil {
			return nil, err
		}
		if p.Epoch != epoch || p.Root != root {
			return &Revoke{Note: "the root is no longer pending: nothing sent"}, nil
		}
	}
	key := RevokeKey(w.Epochs.Dep.ChainID, epoch, root)
	w.Log.Warn("revoking the pending root", "epoch", epoch, "root", common.Hash(root), "key", key, "guardian", w.Tx.From())
	expect := func(rc *types.Receipt) error {
		for _, l := range rc.Logs {
			ev, err := distABI.UnpackRootRevokedEvent(l)
			if err == nil && l.Address == w.Epochs.Dep.RoyaltyDistributor && ev.Epoch == epoch && ev.Root == root {
				return nil
			}
		}
		return errors.New("no matching RootRevoked")
	}
	rcpt, err := w.Tx.Send(ctx, txmgr.Candidate{Key: key, To: w.Epochs.Dep.RoyaltyDistributor, Data: distABI.PackRevokeRoot(epoch),
		Done: revoked, Expect: expect})
	if err != nil {
		return nil, fmt.Errorf("watch: revoke epoch %d root %s (the intent stays in the outbox; the next round resumes it): %w",
			epoch, common.Hash(root).Hex(), err)
	}
	if rcpt == nil {
		w.Log.Info("the root was already revoked on chain", "epoch", epoch, "root", common.Hash(root))
		return &Revoke{DoneElsewhere: true, Note: "revoked on chain by someone else"}, nil
	}
	w.Log.Warn("revoked", "epoch", epoch, "root", common.Hash(root), "tx", rcpt.TxHash, "block", rcpt.BlockNumber)
	return &Revoke{Tx: rcpt.TxHash, Block: rcpt.BlockNumber.Uint64()}, nil
}

// token reads an asset's symbol and decimals once.
func (w *Watcher) token(ctx context.Context, a common.Address) (relayer.Token, error) {
	if t, ok := w.tokens[a]; ok {
		return t, nil
	}
	inst := erc20ABI.Instance(w.Chain, a)
	sym, err := read(ctx, inst, nil, "symbol of "+a.Hex(), erc20ABI.PackSymbol(), erc20ABI.UnpackSymbol)
	if err != nil {
		return relayer.Token{}, err
	}
	dec, err := read(ctx, inst, nil, "decimals of "+a.Hex(), erc20ABI.PackDecimals(), erc20ABI.UnpackDecimals)
	if err != nil {
		return relayer.Token{}, err
	}
	if w.tokens == nil {
		w.tokens = map[common.Address]relayer.Token{}
	}
	t := relayer.Token{Address: a, Symbol: sym, Decimals: dec}
	w.tokens[a] = t
	return t, nil
}

func sortedAssets(ms ...map[common.Address]*big.Int) []common.Address {
	seen := map[common.Address]bool{}
	var out []common.Address
	for _, m := range ms {
		for a := range m {
			if !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return strings.Compare(out[i].Hex(), out[j].Hex()) < 0 })
	return out
}
