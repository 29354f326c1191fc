package relayer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/relayer/txmgr"
)

// Funding moves one consumer's revenue of one asset from the vault to the
// distributor for an epoch.
type Funding struct {
	Consumer common.Address `json:"consumer"`
	Asset    common.Address `json:"asset"`
	Amount   *big.Int       `json:"amount"`
}

// Payout is one epoch's on-chain work on one chain: the fundings, then the
// root of cumulative entitlements with its receipt root, the end of the period
// it covers (unix seconds; it starts at the previous epoch's end) and per-asset
// totals.
type Payout struct {
	ChainID     uint64           `json:"chainId"`
	Vault       common.Address   `json:"revenueVault"`
	Distributor common.Address   `json:"royaltyDistributor"`
	Epoch       uint64           `json:"epoch"`
	End         uint64           `json:"end"`
	Root        common.Hash      `json:"root"`
	ReceiptRoot common.Hash      `json:"receiptRoot"`
	Assets      []common.Address `json:"assets"`
	Totals      []*big.Int       `json:"totals"`
	Fundings    []Funding        `json:"fundings"`
}

// Check reports the first malformed field.
func (p *Payout) Check() error {
	switch {
	case p.Epoch == 0:
		return errors.New("payout.epoch: must be at least 1")
	case p.End == 0:
		return errors.New("payout.end: must be the end of the epoch's period, unix seconds")
	case p.Root == (common.Hash{}):
		return errors.New("payout.root: zero root")
	case len(p.Assets) != len(p.Totals):
		return fmt.Errorf("payout.totals: %d totals for %d assets", len(p.Totals), len(p.Assets))
	case p.Vault == (common.Address{}) || p.Distributor == (common.Address{}):
		return errors.New("payout: vault and distributor addresses are required")
	}
	for i, t := range p.Totals {
		if t == nil || t.Sign() < 0 {
			return fmt.Errorf("payout.totals[%d]: must be a non-negative integer", i)
		}
	}
	seen := map[[2]common.Address]bool{}
	for i, f := range p.Fundings {
		if f.Amount == nil || f.Amount.Sign() <= 0 {
			return fmt.Errorf("payout.fundings[%d].amount: must be positive", i)
		}
		k := [2]common.Address{f.Consumer, f.Asset}
		if seen[k] {
			return fmt.Errorf("payout.fundings[%d]: duplicate (consumer, asset) %s/%s", i, f.Consumer, f.Asset)
		}
		seen[k] = true
	}
	return nil
}

// Stage is how far a payout has got on chain.
type Stage string

const (
	StageFunded    Stage = "funded"    // every funding done
	StageProposed  Stage = "proposed"  // root pending, window not over
	StageActivated Stage = "activated" // root active: holders can claim
)

// TxRecord is one transaction of a payout, for its receipt.
type TxRecord struct {
	Action            string      `json:"action"`
	Key               string      `json:"key"`
	Hash              common.Hash `json:"hash,omitempty"`
	Block             uint64      `json:"block,omitempty"`
	GasUsed           uint64      `json:"gasUsed,omitempty"`
	EffectiveGasPrice *big.Int    `json:"effectiveGasPrice,omitempty"`
	DoneElsewhere     bool        `json:"doneElsewhere,omitempty"`
}

// Progress is where a payout stands after a Step.
type Progress struct {
	Stage       Stage      `json:"stage"`
	ActivatesAt uint64     `json:"activatesAt,omitempty"`
	Txs         []TxRecord `json:"txs"`
}

// Chain is what the relayer reads and sends through.
type Chain interface {
	txmgr.Backend
	bind.ContractBackend
}

// Relayer drives payouts onto one chain through one transaction manager.
type Relayer struct {
	tx    *txmgr.Manager
	chain Chain
	log   *slog.Logger
	dist  *royaltydistributor.RoyaltyDistributor
	vault *revenuevault.RevenueVault
}

// New makes a relayer sending through tx.
func New(tx *txmgr.Manager, chain Chain, log *slog.Logger) *Relayer {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Relayer{tx: tx, chain: chain, log: log,
		dist: royaltydistributor.NewRoyaltyDistributor(), vault: revenuevault.NewRevenueVault()}
}

// ErrConflict: the chain holds something for this epoch that is not this payout.
var ErrConflict = errors.New("relayer: chain state conflicts with the payout")

// ErrRevoked: the payout's (epoch, root) was revoked on chain (by the guardian
// or a challenge) and can never be proposed again.
var ErrRevoked = errors.New("relayer: root revoked on chain")

// Step advances the payout as far as the chain allows now and returns where it
// stands; it never sleeps through the dispute window. Every action reads the
// chain first, and every transaction goes through the manager under a key of
// the action's identity, so calling Step again (or after a crash) never does
// anything twice.
func (r *Relayer) Step(ctx context.Context, p *Payout) (Progress, error) {
	if err := p.Check(); err != nil {
		return Progress{}, err
	}
	var prog Progress
	for _, f := range sortedFundings(p.Fundings) {
		rec, err := r.fund(ctx, p, f)
		if err != nil {
			return prog, err
		}
		prog.Txs = append(prog.Txs, rec)
	}
	prog.Stage = StageFunded

	activated, err := r.activated(ctx, p)
	if err != nil {
		return prog, err
	}
	if !activated {
		if err := r.notRevoked(ctx, p); err != nil {
			return prog, err
		}
		rec, err := r.propose(ctx, p)
		if err != nil {
			return prog, err
		}
		prog.Txs = append(prog.Txs, rec)
		prog.Stage = StageProposed
		pend, err := bind.Call(r.dist.Instance(r.chain, p.Distributor), &bind.CallOpts{Context: ctx}, r.dist.PackPending(), r.dist.UnpackPending)
		if err != nil {
			return prog, fmt.Errorf("relayer: read pending root: %w", err)
		}
		if pend.Epoch != p.Epoch || pend.Root != p.Root {
			// Proposed before (this outbox says so) but no longer pending: revoked since.
			if err := r.notRevoked(ctx, p); err != nil {
				return prog, err
			}
			if ok, err := r.activated(ctx, p); err != nil || !ok {
				if err == nil {
					err = fmt.Errorf("%w: epoch %d root %s is neither pending nor active", ErrConflict, p.Epoch, p.Root)
				}
				return prog, err
			}
			prog.Stage = StageActivated
			return prog, nil
		}
		prog.ActivatesAt = pend.ActivatesAt
		head, err := r.chain.HeaderByNumber(ctx, nil)
		if err != nil {
			return prog, fmt.Errorf("relayer: read head: %w", err)
		}
		// The contract compares with the timestamp of the block that includes
		// the activation, which is later than head: head.Time ≥ activatesAt is
		// a safe test that the window is over.
		if head.Time < pend.ActivatesAt {
			return prog, nil
		}
	}
	rec, err := r.activate(ctx, p)
	if err != nil {
		return prog, err
	}
	prog.Txs = append(prog.Txs, rec)
	prog.Stage = StageActivated
	return prog, nil
}

// Run steps the payout until its root is active, waiting between steps.
func (r *Relayer) Run(ctx context.Context, p *Payout, poll time.Duration) (Progress, error) {
	for {
		prog, err := r.Step(ctx, p)
		if err != nil || prog.Stage == StageActivated {
			return prog, err
		}
		r.log.Info("waiting out the dispute window", "epoch", p.Epoch, "activatesAt", prog.ActivatesAt)
		t := time.NewTimer(poll)
		select {
		case <-ctx.Done():
			t.Stop()
			return prog, ctx.Err()
		case <-t.C:
		}
	}
}

func sortedFundings(fs []Funding) []Funding {
	out := append([]Funding(nil), fs...)
	sort.Slice(out, func(i, j int) bool {
		if c := bytes.Compare(out[i].Consumer[:], out[j].Consumer[:]); c != 0 {
			return c < 0
		}
		return bytes.Compare(out[i].Asset[:], out[j].Asset[:]) < 0
	})
	return out
}

func record(action, key string, rcpt *types.Receipt) TxRecord {
	if rcpt == nil {
		return TxRecord{Action: action, Key: key, DoneElsewhere: true}
	}
	return TxRecord{Action: action, Key: key, Hash: rcpt.TxHash, Block: rcpt.BlockNumber.Uint64(),
		GasUsed: rcpt.GasUsed, EffectiveGasPrice: rcpt.EffectiveGasPrice}
}

// notRevoked fails with ErrRevoked when the payout's (epoch, root) was revoked
// on chain: proposing it again would only revert.
func (r *Relayer) notRevoked(ctx context.Context, p *Payout) error {
	revoked, err := bind.Call(r.dist.Instance(r.chain, p.Distributor), &bind.CallOpts{Context: ctx},
		r.dist.PackRevoked(p.Epoch, p.Root), r.dist.UnpackRevoked)
	if err != nil {
		return fmt.Errorf("relayer: read revoked(%d, %s): %w", p.Epoch, p.Root, err)
	}
	if revoked {
		return fmt.Errorf("%w: epoch %d root %s was revoked (by the guardian or a challenge) and can never be proposed again; "+
			"find out why (royalty audit %d), then propose a corrected epoch %d (docs/operations.md)", ErrRevoked, p.Epoch, p.Root, p.Epoch, p.Epoch)
	}
	return nil
}

func (r *Relayer) fund(ctx context.Context, p *Payout, f Funding) (TxRecord, error) {
	key := fmt.Sprintf("%d/fund/%d/%s/%s", p.ChainID, p.Epoch, f.Consumer.Hex(), f.Asset.Hex())
	vault := r.vault.Instance(r.chain, p.Vault)
	done := func(ctx context.Context) (bool, error) {
		got, err := bind.Call(vault, &bind.CallOpts{Context: ctx}, r.vault.PackFunded(p.Epoch, f.Consumer, f.Asset), r.vault.UnpackFunded)
		if err != nil {
			return false, fmt.Errorf("read funded(%d, %s, %s): %w", p.Epoch, f.Consumer, f.Asset, err)
		}
		if got.Sign() == 0 {
			// The vault takes fundings for the distributor's next two epochs only.
			cur, err := bind.Call(r.dist.Instance(r.chain, p.Distributor), &bind.CallOpts{Context: ctx}, r.dist.PackCurrentEpoch(), r.dist.UnpackCurrentEpoch)
			if err != nil {
				return false, fmt.Errorf("read current epoch: %w", err)
			}
			if p.Epoch <= cur || p.Epoch > cur+2 {
				return false, fmt.Errorf("%w: the distributor is at epoch %d, so the vault funds epochs %d and %d only, not %d (consumer %s asset %s)",
					ErrConflict, cur, cur+1, cur+2, p.Epoch, f.Consumer, f.Asset)
			}
			return false, nil
		}
		if got.Cmp(f.Amount) != 0 {
			return false, fmt.Errorf("%w: epoch %d consumer %s asset %s funded %s on chain, payout says %s", ErrConflict, p.Epoch, f.Consumer, f.Asset, got, f.Amount)
		}
		return true, nil
	}
	expect := func(rc *types.Receipt) error {
		for _, l := range rc.Logs {
			if ev, err := r.vault.UnpackEpochFundedEvent(l); err == nil && l.Address == p.Vault &&
				ev.Epoch == p.Epoch && ev.Consumer == f.Consumer && ev.Asset == f.Asset && ev.Amount.Cmp(f.Amount) == 0 {
				return nil
			}
		}
		return errors.New("no matching EpochFunded")
	}
	rcpt, err := r.tx.Send(ctx, txmgr.Candidate{Key: key, To: p.Vault,
		Data: r.vault.PackFundEpoch(p.Epoch, f.Consumer, f.Asset, f.Amount), Done: done, Expect: expect})
	if err != nil {
		return TxRecord{}, fmt.Errorf("relayer: fund epoch %d for %s in %s: %w", p.Epoch, f.Consumer, f.Asset, err)
	}
	return record("fund", key, rcpt), nil
}

// activated reports whether the payout's root is already active for its epoch,
// and refuses a chain whose epoch has moved on with another root.
func (r *Relayer) activated(ctx context.Context, p *Payout) (bool, error) {
	dist := r.dist.Instance(r.chain, p.Distributor)
	opts := &bind.CallOpts{Context: ctx}
	cur, err := bind.Call(dist, opts, r.dist.PackCurrentEpoch(), r.dist.UnpackCurrentEpoch)
	if err != nil {
		return false, fmt.Errorf("relayer: read current epoch: %w", err)
	}
	if cur < p.Epoch {
		if cur+1 != p.Epoch {
			return false, fmt.Errorf("%w: distributor is at epoch %d, payout is for epoch %d", ErrConflict, cur, p.Epoch)
		}
		return false, nil
	}
	root, err := bind.Call(dist, opts, r.dist.PackRootOf(p.Epoch), r.dist.UnpackRootOf)
	if err != nil {
		return false, fmt.Errorf("relayer: read root of epoch %d: %w", p.Epoch, err)
	}
	if root != p.Root {
		return false, fmt.Errorf("%w: epoch %d is active with root %x, payout has %s", ErrConflict, p.Epoch, root, p.Root)
	}
	return true, nil
}

// pendingIsOurs reports whether the pending root is this payout's, and refuses
// another pending root.
func (r *Relayer) pendingIsOurs(ctx context.Context, p *Payout) (bool, error) {
	pend, err := bind.Call(r.dist.Instance(r.chain, p.Distributor), &bind.CallOpts{Context: ctx}, r.dist.PackPending(), r.dist.UnpackPending)
	if err != nil {
		return false, fmt.Errorf("read pending root: %w", err)
	}
	if pend.Root == ([32]byte{}) {
		return false, nil
	}
	if pend.Epoch != p.Epoch || pend.Root != p.Root {
		return false, fmt.Errorf("%w: epoch %d root %x is pending, payout is epoch %d root %s", ErrConflict, pend.Epoch, pend.Root, p.Epoch, p.Root)
	}
	return true, nil
}

func (r *Relayer) propose(ctx context.Context, p *Payout) (TxRecord, error) {
	key := fmt.Sprintf("%d/propose/%d/%s", p.ChainID, p.Epoch, p.Root.Hex())
	done := func(ctx context.Context) (bool, error) {
		if ok, err := r.pendingIsOurs(ctx, p); err != nil || ok {
			return ok, err
		}
		return r.activated(ctx, p)
	}
	expect := func(rc *types.Receipt) error {
		for _, l := range rc.Logs {
			if ev, err := r.dist.UnpackRootProposedEvent(l); err == nil && l.Address == p.Distributor && ev.Epoch == p.Epoch && ev.Root == p.Root {
				return nil
			}
		}
		// Re-proposing the same (epoch, root) is a no-op without an event.
		if ok, err := r.pendingIsOurs(ctx, p); err == nil && ok {
			return nil
		}
		return errors.New("no matching RootProposed")
	}
	rcpt, err := r.tx.Send(ctx, txmgr.Candidate{Key: key, To: p.Distributor,
		Data: r.dist.PackProposeRoot(p.Epoch, p.Root, p.ReceiptRoot, p.End, p.Assets, p.Totals), Done: done, Expect: expect})
	if err != nil {
		return TxRecord{}, fmt.Errorf("relayer: propose epoch %d: %w", p.Epoch, err)
	}
	return record("propose", key, rcpt), nil
}

func (r *Relayer) activate(ctx context.Context, p *Payout) (TxRecord, error) {
	key := fmt.Sprintf("%d/activate/%d/%s", p.ChainID, p.Epoch, p.Root.Hex())
	done := func(ctx context.Context) (bool, error) { return r.activated(ctx, p) }
	expect := func(rc *types.Receipt) error {
		for _, l := range rc.Logs {
			if ev, err := r.dist.UnpackRootActivatedEvent(l); err == nil && l.Address == p.Distributor && ev.Epoch == p.Epoch && ev.Root == p.Root {
				return nil
			}
		}
		return errors.New("no matching RootActivated")
	}
	rcpt, err := r.tx.Send(ctx, txmgr.Candidate{Key: key, To: p.Distributor,
		Data: r.dist.PackActivateRoot(p.Epoch), Done: done, Expect: expect})
	if err != nil {
		return TxRecord{}, fmt.Errorf("relayer: activate epoch %d: %w", p.Epoch, err)
	}
	return record("activate", key, rcpt), nil
}
