package relayer_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/reverts"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/internal/chaintest"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/store"
)

const window = 3600

type world struct{ *chaintest.World }

func newWorld(t *testing.T, deposit int64) *world {
	return &world{chaintest.New(t, chaintest.Options{DisputeWindow: window, Deposit: deposit})}
}

func (w *world) manager(t *testing.T, ob txmgr.Outbox) *txmgr.Manager {
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations = 1
	cfg.PollInterval = 20 * time.Millisecond
	cfg.ResubmitAfter = 2 * time.Second
	cfg.DecodeRevert = reverts.String
	m, err := txmgr.New(context.Background(), cfg, w.Client, ob, w.Keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func (w *world) claim(t *testing.T, tr *merkle.Tree, i int) {
	p, err := relayer.ProofsFor(tr, w.Addr(i))
	if err != nil {
		t.Fatal(err)
	}
	data, err := relayer.ClaimCalldata(p)
	if err != nil {
		t.Fatal(err)
	}
	d := royaltydistributor.NewRoyaltyDistributor()
	// Anyone may claim for the holder: account 0 sends, the funds go to the holder.
	if _, err := w.Chain(0).Transact(context.Background(), "claim", d.Instance(w.Client, w.Dep.RoyaltyDistributor), data); err != nil {
		t.Fatal(err)
	}
}

func TestSubmitFundsProposesWaitsActivatesAndHoldersClaim(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 2_000_000)
	amounts := map[common.Address]uint64{w.Addr(2): 1_140_000, w.Addr(3): 475_000}
	tr := w.Tree(t, amounts)
	p := &relayer.Payout{ChainID: w.Dep.ChainID, Vault: w.Dep.RevenueVault, Distributor: w.Dep.RoyaltyDistributor,
		Epoch: 1, End: w.HeadTime(t), Root: tr.Root(), ReceiptRoot: common.HexToHash("0x01"),
		Assets: []common.Address{w.Token}, Totals: []*big.Int{big.NewInt(1_615_000)},
		Fundings: []relayer.Funding{{Consumer: w.Consumer, Asset: w.Token, Amount: big.NewInt(1_615_000)}}}

	ob := newOutbox(t)
	r := relayer.New(w.manager(t, ob), w.Client, nil)
	prog, err := r.Step(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if prog.Stage != relayer.StageProposed || len(prog.Txs) != 2 {
		t.Fatalf("after the first step: %+v", prog)
	}
	nonce, _ := w.Client.NonceAt(ctx, w.Addr(0), nil)

	// Within the window nothing more happens, however often the relayer steps,
	// even from a restarted process (a new manager over the same outbox).
	for i := 0; i < 2; i++ {
		r = relayer.New(w.manager(t, ob), w.Client, nil)
		if prog, err = r.Step(ctx, p); err != nil || prog.Stage != relayer.StageProposed {
			t.Fatalf("step %d inside the window: %+v %v", i, prog, err)
		}
	}
	if n, _ := w.Client.NonceAt(ctx, w.Addr(0), nil); n != nonce {
		t.Fatalf("relayer sent %d more transactions inside the window", n-nonce)
	}
	// Anyone trying to activate early is refused by the contract itself.
	d := royaltydistributor.NewRoyaltyDistributor()
	if _, err := w.Chain(1).Transact(ctx, "early activate", d.Instance(w.Client, w.Dep.RoyaltyDistributor), d.PackActivateRoot(1)); err == nil {
		t.Fatal("activation inside the dispute window succeeded")
	}

	w.Warp(t, window+1)
	if prog, err = r.Step(ctx, p); err != nil || prog.Stage != relayer.StageActivated {
		t.Fatalf("after the window: %+v %v", prog, err)
	}
	for i := 2; i <= 3; i++ {
		w.claim(t, tr, i)
		if got, want := w.Balance(t, w.Addr(i)), amounts[w.Addr(i)]; got != want {
			t.Fatalf("holder %d has %d after claiming, want %d", i, got, want)
		}
		w.claim(t, tr, i) // a second claim pays nothing more
		if got, want := w.Balance(t, w.Addr(i)), amounts[w.Addr(i)]; got != want {
			t.Fatalf("holder %d has %d after claiming twice, want %d", i, got, want)
		}
	}
	// Exactly one funding and one root on chain.
	if left := w.VaultBalance(t, w.Consumer); left != 2_000_000-1_615_000 {
		t.Fatalf("consumer's vault balance %d: funded more than once?", left)
	}
	if got := w.Balance(t, w.Dep.RoyaltyDistributor); got != 0 {
		t.Fatalf("distributor keeps %d after every claim", got)
	}
}

// A funding that someone else already made for the epoch (a second relayer,
// an operator by hand) is recognised on chain and not repeated; one with a
// different amount is a conflict, not an overwrite.
func TestSubmitRecognisesFundingDoneElsewhere(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1_000_000)
	tr := w.Tree(t, map[common.Address]uint64{w.Addr(2): 600_000})
	v := revenuevault.NewRevenueVault()
	if _, err := w.Chain(0).Transact(ctx, "fund by hand", v.Instance(w.Client, w.Dep.RevenueVault),
		v.PackFundEpoch(1, w.Consumer, w.Token, big.NewInt(600_000))); err != nil {
		t.Fatal(err)
	}
	p := &relayer.Payout{ChainID: w.Dep.ChainID, Vault: w.Dep.RevenueVault, Distributor: w.Dep.RoyaltyDistributor,
		Epoch: 1, End: w.HeadTime(t), Root: tr.Root(), ReceiptRoot: common.HexToHash("0x02"),
		Assets: []common.Address{w.Token}, Totals: []*big.Int{big.NewInt(600_000)},
		Fundings: []relayer.Funding{{Consumer: w.Consumer, Asset: w.Token, Amount: big.NewInt(600_000)}}}
	r := relayer.New(w.manager(t, newOutbox(t)), w.Client, nil)
	prog, err := r.Step(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if !prog.Txs[0].DoneElsewhere {
		t.Fatalf("funding not recognised as done: %+v", prog.Txs[0])
	}
	conflict := *p
	conflict.Fundings = []relayer.Funding{{Consumer: w.Consumer, Asset: w.Token, Amount: big.NewInt(599_999)}}
	if _, err := relayer.New(w.manager(t, newOutbox(t)), w.Client, nil).Step(ctx, &conflict); err == nil {
		t.Fatal("a payout disagreeing with the chain's funding was accepted")
	}
}

// After the guardian revokes the payout's proposal (named by its digest, which
// the Go ProposalDigest computes as the contract does), the relayer's retry
// (same process and outbox, or a fresh one) is ErrRevoked with what to do
// next, and sends nothing: it never re-proposes the revoked proposal.
func TestSubmitRefusesRevokedRoot(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1_000_000)
	tr := w.Tree(t, map[common.Address]uint64{w.Addr(2): 600_000})
	p := &relayer.Payout{ChainID: w.Dep.ChainID, Vault: w.Dep.RevenueVault, Distributor: w.Dep.RoyaltyDistributor,
		Epoch: 1, End: w.HeadTime(t), Root: tr.Root(), ReceiptRoot: common.HexToHash("0x03"),
		Assets: []common.Address{w.Token}, Totals: []*big.Int{big.NewInt(600_000)},
		Fundings: []relayer.Funding{{Consumer: w.Consumer, Asset: w.Token, Amount: big.NewInt(600_000)}}}
	ob := newOutbox(t)
	if prog, err := relayer.New(w.manager(t, ob), w.Client, nil).Step(ctx, p); err != nil || prog.Stage != relayer.StageProposed {
		t.Fatalf("first step: %+v %v", prog, err)
	}
	d := royaltydistributor.NewRoyaltyDistributor()
	dist := d.Instance(w.Client, w.Dep.RoyaltyDistributor)
	digest, err := p.Digest()
	if err != nil {
		t.Fatal(err)
	}
	onChain, err := bind.Call(dist, nil, d.PackProposalDigest(p.Root, p.ReceiptRoot, p.End, p.Assets, p.Totals), d.UnpackProposalDigest)
	if err != nil || common.Hash(onChain) != digest {
		t.Fatalf("proposalDigest on chain %x (%v), Go %s", onChain, err, digest)
	}
	if pd, err := bind.Call(dist, nil, d.PackPendingDigest(), d.UnpackPendingDigest); err != nil || common.Hash(pd) != digest {
		t.Fatalf("pendingDigest %x (%v), want %s", pd, err, digest)
	}
	if _, err := w.Chain(0).Transact(ctx, "guardian revokes", dist, d.PackRevokeRoot(1, digest)); err != nil {
		t.Fatal(err)
	}
	nonce, _ := w.Client.NonceAt(ctx, w.Addr(0), nil)
	for _, o := range []txmgr.Outbox{ob, newOutbox(t)} {
		_, err := relayer.New(w.manager(t, o), w.Client, nil).Step(ctx, p)
		if !errors.Is(err, relayer.ErrRevoked) || !strings.Contains(err.Error(), "was revoked by the guardian and can never be proposed again") {
			t.Fatalf("retry after the revoke: %v", err)
		}
	}
	if n, _ := w.Client.NonceAt(ctx, w.Addr(0), nil); n != nonce {
		t.Fatalf("the relayer sent %d transactions after the revoke", n-nonce)
	}
	pend, err := bind.Call(d.Instance(w.Client, w.Dep.RoyaltyDistributor), nil, d.PackPending(), d.UnpackPending)
	if err != nil || pend.Root != ([32]byte{}) {
		t.Fatalf("a root is pending after the revoke: %+v %v", pend, err)
	}
}

// A stolen proposer key proposes the payout's own root with an under-declared
// total. The relayer does not take that pending proposal for its own: it is a
// conflict and nothing is sent. The guardian revokes it; the revoke burns that
// proposal only, so the relayer then proposes the payout (same root, right
// total) and activates it, and the holder is paid from the tree already cut.
func TestSubmitProposesTheHonestProposalAfterItsRootWasRevokedWithAWrongTotal(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1_000_000)
	tr := w.Tree(t, map[common.Address]uint64{w.Addr(2): 600_000})
	p := &relayer.Payout{ChainID: w.Dep.ChainID, Vault: w.Dep.RevenueVault, Distributor: w.Dep.RoyaltyDistributor,
		Epoch: 1, End: w.HeadTime(t), Root: tr.Root(), ReceiptRoot: common.HexToHash("0x03"),
		Assets: []common.Address{w.Token}, Totals: []*big.Int{big.NewInt(600_000)},
		Fundings: []relayer.Funding{{Consumer: w.Consumer, Asset: w.Token, Amount: big.NewInt(600_000)}}}
	d := royaltydistributor.NewRoyaltyDistributor()
	dist := d.Instance(w.Client, w.Dep.RoyaltyDistributor)
	bad := []*big.Int{big.NewInt(500_000)}
	if _, err := w.Chain(0).Transact(ctx, "stolen key proposes", dist, d.PackProposeRoot(1, p.Root, p.ReceiptRoot, p.End, p.Assets, bad)); err != nil {
		t.Fatal(err)
	}
	ob := newOutbox(t)
	_, err := relayer.New(w.manager(t, ob), w.Client, nil).Step(ctx, p)
	if !errors.Is(err, relayer.ErrConflict) || !strings.Contains(err.Error(), "pending with other totals") {
		t.Fatalf("step with the wrong-total proposal of the payout's root pending: %v", err)
	}
	badDigest, err := relayer.ProposalDigest(p.Root, p.ReceiptRoot, p.End, p.Assets, bad)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Chain(0).Transact(ctx, "guardian revokes", dist, d.PackRevokeRoot(1, badDigest)); err != nil {
		t.Fatal(err)
	}
	r := relayer.New(w.manager(t, ob), w.Client, nil)
	if prog, err := r.Step(ctx, p); err != nil || prog.Stage != relayer.StageProposed {
		t.Fatalf("step after the revoke of the wrong-total proposal: %+v %v", prog, err)
	}
	w.Warp(t, window+1)
	if prog, err := r.Step(ctx, p); err != nil || prog.Stage != relayer.StageActivated {
		t.Fatalf("after the window: %+v %v", prog, err)
	}
	total, err := bind.Call(dist, nil, d.PackTotalOf(1, w.Token), d.UnpackTotalOf)
	if err != nil || total.Cmp(p.Totals[0]) != 0 {
		t.Fatalf("total of epoch 1: %v (%v)", total, err)
	}
	w.claim(t, tr, 2)
	if got := w.Balance(t, w.Addr(2)); got != 600_000 {
		t.Fatalf("holder has %d after claiming, want 600000", got)
	}
}

// A root revoked by a challenge (a leaf below what its account claimed) is
// refused whatever its totals: the relayer's payout of that root with another
// total is ErrRevoked naming the challenge, and nothing is sent.
func TestSubmitRefusesAChallengedRootWithAnyTotal(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1_000_000)
	tr1 := w.Tree(t, map[common.Address]uint64{w.Addr(2): 600_000})
	p1 := &relayer.Payout{ChainID: w.Dep.ChainID, Vault: w.Dep.RevenueVault, Distributor: w.Dep.RoyaltyDistributor,
		Epoch: 1, End: w.HeadTime(t), Root: tr1.Root(), Assets: []common.Address{w.Token}, Totals: []*big.Int{big.NewInt(600_000)},
		Fundings: []relayer.Funding{{Consumer: w.Consumer, Asset: w.Token, Amount: big.NewInt(600_000)}}}
	r := relayer.New(w.manager(t, newOutbox(t)), w.Client, nil)
	if _, err := r.Step(ctx, p1); err != nil {
		t.Fatal(err)
	}
	w.Warp(t, window+1)
	if prog, err := r.Step(ctx, p1); err != nil || prog.Stage != relayer.StageActivated {
		t.Fatalf("epoch 1: %+v %v", prog, err)
	}
	w.claim(t, tr1, 2)
	// Epoch 2 lowers holder 2 below the 600,000 it claimed.
	tr2 := w.Tree(t, map[common.Address]uint64{w.Addr(2): 100_000, w.Addr(3): 500_000})
	p2 := &relayer.Payout{ChainID: w.Dep.ChainID, Vault: w.Dep.RevenueVault, Distributor: w.Dep.RoyaltyDistributor,
		Epoch: 2, End: w.HeadTime(t), Root: tr2.Root(), Assets: []common.Address{w.Token}, Totals: []*big.Int{big.NewInt(600_000)}}
	if prog, err := r.Step(ctx, p2); err != nil || prog.Stage != relayer.StageProposed {
		t.Fatalf("epoch 2: %+v %v", prog, err)
	}
	proofs, err := relayer.ProofsFor(tr2, w.Addr(2))
	if err != nil {
		t.Fatal(err)
	}
	proof := make([][32]byte, len(proofs.Entitlements[0].Proof))
	for i, h := range proofs.Entitlements[0].Proof {
		proof[i] = h
	}
	d := royaltydistributor.NewRoyaltyDistributor()
	dist := d.Instance(w.Client, w.Dep.RoyaltyDistributor)
	if _, err := w.Chain(1).Transact(ctx, "anyone challenges", dist, d.PackChallengeRoot(2, w.Addr(2), w.Token, big.NewInt(100_000), proof)); err != nil {
		t.Fatal(err)
	}
	nonce, _ := w.Client.NonceAt(ctx, w.Addr(0), nil)
	for _, total := range []int64{600_000, 700_000} {
		q := *p2
		q.Totals = []*big.Int{big.NewInt(total)}
		_, err := relayer.New(w.manager(t, newOutbox(t)), w.Client, nil).Step(ctx, &q)
		if !errors.Is(err, relayer.ErrRevoked) || !strings.Contains(err.Error(), "was challenged") {
			t.Fatalf("payout of the challenged root with total %d: %v", total, err)
		}
	}
	if n, _ := w.Client.NonceAt(ctx, w.Addr(0), nil); n != nonce {
		t.Fatalf("the relayer sent %d transactions for a challenged root", n-nonce)
	}
}

// A payout for an epoch that is not the distributor's next (the vault would
// refuse its fundings, the distributor its root) is a conflict named before
// anything is sent.
func TestSubmitRefusesFundingForAnotherEpoch(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1_000_000)
	tr := w.Tree(t, map[common.Address]uint64{w.Addr(2): 600_000})
	p := &relayer.Payout{ChainID: w.Dep.ChainID, Vault: w.Dep.RevenueVault, Distributor: w.Dep.RoyaltyDistributor,
		Epoch: 3, End: w.HeadTime(t), Root: tr.Root(), Assets: []common.Address{w.Token}, Totals: []*big.Int{big.NewInt(600_000)},
		Fundings: []relayer.Funding{{Consumer: w.Consumer, Asset: w.Token, Amount: big.NewInt(600_000)}}}
	nonce, _ := w.Client.NonceAt(ctx, w.Addr(0), nil)
	_, err := relayer.New(w.manager(t, newOutbox(t)), w.Client, nil).Step(ctx, p)
	if !errors.Is(err, relayer.ErrConflict) || !strings.Contains(err.Error(), "distributor is at epoch 0, payout is for epoch 3") {
		t.Fatalf("funding epoch 3 at epoch 0: %v", err)
	}
	if n, _ := w.Client.NonceAt(ctx, w.Addr(0), nil); n != nonce {
		t.Fatal("a transaction was sent")
	}
}

// The payout's JSON carries the period end; a payout without one is refused.
func TestPayoutEnd(t *testing.T) {
	p := relayer.Payout{ChainID: 1, Vault: common.HexToAddress("0x01"), Distributor: common.HexToAddress("0x02"), Epoch: 4,
		End: 1_700_000_123, Root: common.HexToHash("0x05"), Assets: []common.Address{common.HexToAddress("0x03")},
		Totals: []*big.Int{big.NewInt(9)}}
	b, err := json.Marshal(p)
	if err != nil || !strings.Contains(string(b), `"end":1700000123`) {
		t.Fatalf("marshal: %s %v", b, err)
	}
	var back relayer.Payout
	if err := json.Unmarshal(b, &back); err != nil || back.End != p.End {
		t.Fatalf("round trip: %+v %v", back, err)
	}
	p.End = 0
	if err := p.Check(); err == nil || !strings.Contains(err.Error(), "payout.end") {
		t.Fatalf("payout without an end: %v", err)
	}
}

// newOutbox is a store-backed outbox in a fresh SQLite file.
func newOutbox(t *testing.T) txmgr.Outbox {
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "relayer.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s.Outbox()
}
