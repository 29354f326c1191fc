package relayer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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
	StageFunding   Stage = "funding"   // some funding not yet done
	StageFunded    Stage = "funded"    // every funding done
	StageProposed  Stage = "proposed"  // root pending, window not over
	StageActivated Stage = "activated" // root active: holders can claim
)

// TxRecord is one transaction that landed for a payout, for its receipt:
// ours (from the outbox), or, when the chain shows an action done by someone
// else, theirs (found in the contracts' logs), and any of ours that reverted.
type TxRecord struct {
	Action            string         `json:"action"`
	Key               string         `json:"key"`
	Hash              common.Hash    `json:"hash,omitempty"`
	Block             uint64         `json:"block,omitempty"`
	From              common.Address `json:"from,omitempty"`
	GasUsed           uint64         `json:"gasUsed,omitempty"`
	EffectiveGasPrice *big.Int       `json:"effectiveGasPrice,omitempty"`
	// DoneElsewhere: the action was done by a transaction this relayer did
	// not send (Hash is that transaction when found on chain).
	DoneElsewhere bool `json:"doneElsewhere,omitempty"`
	// Reverted: this transaction was mined and reverted (Reason says why,
	// decoded); it cost fees and did not do the action.
	Reverted bool   `json:"reverted,omitempty"`
	Reason   string `json:"reason,omitempty"`
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
	TransactionByHash(ctx context.Context, hash common.Hash) (tx *types.Transaction, isPending bool, err error)
}

// Relayer drives payouts onto one chain through one transaction manager.
type Relayer struct {
	tx        *txmgr.Manager
	chain     Chain
	log       *slog.Logger
	c         contracts
	fromBlock uint64 // where to search the chain for actions done by others

	mu     sync.Mutex
	tokens map[common.Address]Token
	found  map[string][]TxRecord // actions found done on chain, by key
}

// New makes a relayer sending through tx. It searches the chain for actions
// done by others from block 0; NewFrom names the deployment's first block.
func New(tx *txmgr.Manager, chain Chain, log *slog.Logger) *Relayer {
	return NewFrom(tx, chain, log, 0)
}

// NewFrom makes a relayer sending through tx that searches the chain from
// fromBlock (the deployment's first block) for actions done by others.
func NewFrom(tx *txmgr.Manager, chain Chain, log *slog.Logger, fromBlock uint64) *Relayer {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Relayer{tx: tx, chain: chain, log: log, c: newContracts(chain), fromBlock: fromBlock,
		tokens: map[common.Address]Token{}, found: map[string][]TxRecord{}}
}

// ErrConflict: the chain holds something for this epoch that is not this payout.
var ErrConflict = errors.New("relayer: chain state conflicts with the payout")

// ErrRevoked: exactly the payout's proposal (its root, receipt root, end,
// assets and totals) was revoked on chain (by the guardian or a challenge), or
// its root was challenged; either way it can never be proposed again.
var ErrRevoked = errors.New("relayer: proposal revoked on chain")

// action is one on-chain step of a payout and how it went in this Step.
type action struct {
	name string // fund, propose, activate
	key  string
	// done: the chain shows it done and no transaction of ours did it (Send
	// returned no receipt, or the step was skipped because a later one is
	// done): its transaction is looked up in the contracts' logs.
	done    bool
	funding Funding
}

func fundKey(p *Payout, f Funding) string {
	return fmt.Sprintf("%d/fund/%d/%s/%s", p.ChainID, p.Epoch, f.Consumer.Hex(), f.Asset.Hex())
}
func proposeKey(p *Payout) string {
	return fmt.Sprintf("%d/propose/%d/%s", p.ChainID, p.Epoch, p.Root.Hex())
}
func activateKey(p *Payout) string {
	return fmt.Sprintf("%d/activate/%d/%s", p.ChainID, p.Epoch, p.Root.Hex())
}

// Step advances the payout as far as the chain allows now and returns where it
// stands; it never sleeps through the dispute window. Before anything is sent
// for a root not yet active, its exact proposal must not be revoked on chain
// (notRevoked: else ErrRevoked) and the payout must be covered (checkCovered:
// else an *UncoveredError); either way nothing is sent. Every action reads the chain first, and
// every transaction goes through the manager under a key of the action's
// identity, so calling Step again (or after a crash) never does anything
// twice. The returned Txs are every transaction that landed for the payout's
// actions so far — ours, and those of anyone who did an action first — even
// when Step fails part way.
func (r *Relayer) Step(ctx context.Context, p *Payout) (prog Progress, err error) {
	if err := p.Check(); err != nil {
		return Progress{}, err
	}
	prog.Stage = StageFunding
	var acts []*action
	defer func() {
		txs, herr := r.landed(ctx, p, acts)
		prog.Txs = txs
		err = errors.Join(err, herr)
	}()
	activated, err := r.activated(ctx, p)
	if err != nil {
		return prog, err
	}
	if !activated {
		// A revoked proposal is never sent again, nor funded for.
		if err := r.notRevoked(ctx, p); err != nil {
			return prog, err
		}
		if err := r.checkCovered(ctx, p); err != nil {
			return prog, err
		}
	}
	for _, f := range sortedFundings(p.Fundings) {
		a := &action{name: "fund", key: fundKey(p, f), funding: f}
		acts = append(acts, a)
		if a.done, err = r.fund(ctx, p, f); err != nil {
			return prog, err
		}
	}
	prog.Stage = StageFunded

	propose := &action{name: "propose", key: proposeKey(p), done: activated}
	acts = append(acts, propose)
	if !activated {
		if propose.done, err = r.propose(ctx, p); err != nil {
			return prog, err
		}
		prog.Stage = StageProposed
		pend, err := r.c.pending(ctx, p.Distributor)
		if err != nil {
			return prog, fmt.Errorf("relayer: %w", err)
		}
		ours := false
		if pend.Epoch == p.Epoch && pend.Root == p.Root {
			if ours, err = r.pendingIsOurs(ctx, p); err != nil {
				return prog, err
			}
		}
		if !ours {
			// Proposed (the outbox says so) but no longer pending: revoked
			// since, or activated by someone (the activate action below then
			// finds it done and records its transaction).
			if err := r.notRevoked(ctx, p); err != nil {
				return prog, err
			}
			if ok, err := r.activated(ctx, p); err != nil || !ok {
				if err == nil {
					err = fmt.Errorf("%w: epoch %d root %s is neither pending nor active", ErrConflict, p.Epoch, p.Root)
				}
				return prog, err
			}
		}
		if ours {
			prog.ActivatesAt = pend.ActivatesAt
		}
		head, err := r.chain.HeaderByNumber(ctx, nil)
		if err != nil {
			return prog, fmt.Errorf("relayer: read head: %w", err)
		}
		// The contract compares with the timestamp of the block that includes
		// the activation, which is later than head: head.Time ≥ activatesAt is
		// a safe test that the window is over.
		if ours && head.Time < pend.ActivatesAt {
			return prog, nil
		}
	}
	activate := &action{name: "activate", key: activateKey(p)}
	acts = append(acts, activate)
	if activate.done, err = r.activate(ctx, p); err != nil {
		return prog, err
	}
	prog.Stage = StageActivated
	return prog, nil
}

// Run steps the payout until its root is active, waiting between steps.
func (r *Relayer) Run(ctx context.Context, p *Payout, poll time.Duration) (Progress, error) {
	return r.RunObserving(ctx, p, poll, nil)
}

// RunObserving is Run calling see with the progress after every step (to
// save it), failed ones included.
func (r *Relayer) RunObserving(ctx context.Context, p *Payout, poll time.Duration, see func(Progress) error) (Progress, error) {
	for {
		prog, err := r.Step(ctx, p)
		if see != nil {
			if serr := see(prog); serr != nil {
				return prog, errors.Join(err, serr)
			}
		}
		if err != nil || prog.Stage == StageActivated {
			return prog, err
		}
		r.log.Info("waiting out the dispute window", "epoch", p.Epoch, "activatesAt", prog.ActivatesAt)
		t := time.NewTimer(poll)
		select {
		case <-ctx.Done():
			t.Stop()
			return prog, context.Cause(ctx)
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

// send puts one action through the manager; done reports that the chain
// shows it done by someone else (no receipt of ours).
func (r *Relayer) send(ctx context.Context, c txmgr.Candidate) (done bool, err error) {
	rcpt, err := r.tx.Send(ctx, c)
	return err == nil && rcpt == nil, err
}

// notRevoked fails with ErrRevoked when the distributor refuses exactly the
// proposal the relayer is about to send (this root with these totals, assets,
// receipt root and end) as revoked: proposing it again would only revert. A
// revoke of another proposal of the same root (a wrong total sent with a
// stolen key) does not stop this one.
func (r *Relayer) notRevoked(ctx context.Context, p *Payout) error {
	revoked, err := r.c.revoked(ctx, p)
	if err != nil {
		return fmt.Errorf("relayer: %w", err)
	}
	if !revoked {
		return nil
	}
	challenged, err := r.c.challenged(ctx, p.Distributor, p.Epoch, p.Root)
	if err != nil {
		return fmt.Errorf("relayer: %w", err)
	}
	if challenged {
		return fmt.Errorf("%w: epoch %d root %s was challenged (a leaf below what its account already claimed) and can never be proposed again, "+
			"with any totals; find out why (royalty audit %d), then propose a corrected epoch %d (docs/operations.md)", ErrRevoked, p.Epoch, p.Root, p.Epoch, p.Epoch)
	}
	return fmt.Errorf("%w: this proposal of epoch %d (root %s with these totals, receipt root and end) was revoked by the guardian "+
		"and can never be proposed again; find out why (royalty audit %d), then propose a corrected epoch %d (docs/operations.md)",
		ErrRevoked, p.Epoch, p.Root, p.Epoch, p.Epoch)
}

func (r *Relayer) fund(ctx context.Context, p *Payout, f Funding) (bool, error) {
	done := func(ctx context.Context) (bool, error) {
		got, err := r.c.funded(ctx, p.Vault, p.Epoch, f.Consumer, f.Asset)
		if err != nil {
			return false, err
		}
		if got.Sign() == 0 {
			return false, nil
		}
		if got.Cmp(f.Amount) != 0 {
			return false, fmt.Errorf("%w: epoch %d consumer %s asset %s funded %s on chain, payout says %s", ErrConflict, p.Epoch, f.Consumer, f.Asset, got, f.Amount)
		}
		return true, nil
	}
	expect := func(rc *types.Receipt) error {
		for _, l := range rc.Logs {
			if r.c.isFunding(l, p, f) {
				return nil
			}
		}
		return errors.New("no matching EpochFunded")
	}
	d, err := r.send(ctx, txmgr.Candidate{Key: fundKey(p, f), To: p.Vault, Data: r.c.fundCall(p.Epoch, f), Done: done, Expect: expect})
	if err != nil {
		return false, fmt.Errorf("relayer: fund epoch %d for %s in %s: %w", p.Epoch, f.Consumer, f.Asset, err)
	}
	return d, nil
}

// activated reports whether the payout's root is already active for its epoch,
// and refuses a chain whose epoch has moved on with another root.
func (r *Relayer) activated(ctx context.Context, p *Payout) (bool, error) {
	cur, err := r.c.currentEpoch(ctx, p.Distributor)
	if err != nil {
		return false, fmt.Errorf("relayer: %w", err)
	}
	if cur < p.Epoch {
		if cur+1 != p.Epoch {
			return false, fmt.Errorf("%w: distributor is at epoch %d, payout is for epoch %d", ErrConflict, cur, p.Epoch)
		}
		return false, nil
	}
	root, err := r.c.rootOf(ctx, p.Distributor, p.Epoch)
	if err != nil {
		return false, fmt.Errorf("relayer: %w", err)
	}
	if root != p.Root {
		return false, fmt.Errorf("%w: epoch %d is active with root %s, payout has %s", ErrConflict, p.Epoch, root, p.Root)
	}
	return true, nil
}

// pendingIsOurs reports whether the pending proposal is this payout's, and
// refuses another pending proposal: another root, or this root with other
// totals, assets, receipt root or end (its proposal digest differs).
func (r *Relayer) pendingIsOurs(ctx context.Context, p *Payout) (bool, error) {
	pend, err := r.c.pending(ctx, p.Distributor)
	if err != nil {
		return false, err
	}
	if pend.Root == (common.Hash{}) {
		return false, nil
	}
	if pend.Epoch != p.Epoch || pend.Root != p.Root {
		return false, fmt.Errorf("%w: epoch %d root %s is pending, payout is epoch %d root %s", ErrConflict, pend.Epoch, pend.Root, p.Epoch, p.Root)
	}
	want, err := p.Digest()
	if err != nil {
		return false, err
	}
	got, err := r.c.pendingDigest(ctx, p.Distributor)
	if err != nil {
		return false, err
	}
	if got != want {
		return false, fmt.Errorf("%w: epoch %d root %s is pending with other totals, assets, receipt root or end than the payout's "+
			"(proposal %s, the payout's is %s); the guardian's watcher revokes it, then the payout can be proposed", ErrConflict, p.Epoch, p.Root, got, want)
	}
	return true, nil
}

func (r *Relayer) propose(ctx context.Context, p *Payout) (bool, error) {
	done := func(ctx context.Context) (bool, error) {
		if ok, err := r.pendingIsOurs(ctx, p); err != nil || ok {
			return ok, err
		}
		return r.activated(ctx, p)
	}
	expect := func(rc *types.Receipt) error {
		for _, l := range rc.Logs {
			if r.c.isProposal(l, p) {
				return nil
			}
		}
		// Re-proposing the same (epoch, root) is a no-op without an event.
		if ok, err := r.pendingIsOurs(ctx, p); err == nil && ok {
			return nil
		}
		return errors.New("no matching RootProposed")
	}
	d, err := r.send(ctx, txmgr.Candidate{Key: proposeKey(p), To: p.Distributor, Data: r.c.proposeCall(p), Done: done, Expect: expect})
	if err != nil {
		return false, fmt.Errorf("relayer: propose epoch %d: %w", p.Epoch, err)
	}
	return d, nil
}

func (r *Relayer) activate(ctx context.Context, p *Payout) (bool, error) {
	done := func(ctx context.Context) (bool, error) { return r.activated(ctx, p) }
	expect := func(rc *types.Receipt) error {
		for _, l := range rc.Logs {
			if r.c.isActivation(l, p) {
				return nil
			}
		}
		return errors.New("no matching RootActivated")
	}
	d, err := r.send(ctx, txmgr.Candidate{Key: activateKey(p), To: p.Distributor, Data: r.c.activateCall(p.Epoch), Done: done, Expect: expect})
	if err != nil {
		return false, fmt.Errorf("relayer: activate epoch %d: %w", p.Epoch, err)
	}
	return d, nil
}
