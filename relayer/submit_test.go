package relayer_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/store"
)

// anvil's default accounts 0..3: 0 deploys and relays, 1 is the consumer, 2 and 3 hold.
var anvilKeys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f701c2b1b1b3cd5e6d6a",
}

type world struct {
	node     *anviltest.Node
	client   *ethclient.Client
	keys     []*ecdsa.PrivateKey
	dep      deploy.Deployment
	token    common.Address
	consumer common.Address
}

func (w *world) addr(i int) common.Address { return crypto.PubkeyToAddress(w.keys[i].PublicKey) }

func (w *world) chain(t *testing.T, i int) deploy.Chain {
	return deploy.Chain{Backend: w.client, Auth: bind.NewKeyedTransactor(w.keys[i], new(big.Int).SetUint64(w.node.ChainID))}
}

const window = 3600

func newWorld(t *testing.T, deposit int64) *world {
	t.Helper()
	ctx := context.Background()
	node := anviltest.Start(t, anviltest.Options{})
	w := &world{node: node, client: ethclient.NewClient(node.RPC)}
	for _, k := range anvilKeys {
		key, _ := crypto.HexToECDSA(k)
		w.keys = append(w.keys, key)
	}
	c0 := w.chain(t, 0)
	var err error
	if w.token, err = deploy.TestToken(ctx, c0, "Test USD", "tUSD"); err != nil {
		t.Fatal(err)
	}
	if w.dep, err = deploy.All(ctx, w.client, c0.Auth, deploy.Config{DisputeWindow: window, Assets: []common.Address{w.token}}); err != nil {
		t.Fatal(err)
	}
	w.consumer = w.addr(1)
	tok := testtoken.NewTestToken()
	c1 := w.chain(t, 1)
	if _, err := c1.Transact(ctx, "mint", tok.Instance(w.client, w.token), tok.PackMint(w.consumer, big.NewInt(deposit))); err != nil {
		t.Fatal(err)
	}
	if _, err := c1.Transact(ctx, "approve", tok.Instance(w.client, w.token), tok.PackApprove(w.dep.RevenueVault, big.NewInt(deposit))); err != nil {
		t.Fatal(err)
	}
	v := revenuevault.NewRevenueVault()
	if _, err := c1.Transact(ctx, "deposit", v.Instance(w.client, w.dep.RevenueVault), v.PackDeposit(w.consumer, w.token, big.NewInt(deposit))); err != nil {
		t.Fatal(err)
	}
	return w
}

func (w *world) tree(t *testing.T, amounts map[common.Address]uint64) *merkle.Tree {
	var leaves []merkle.Distributor
	for acct, amt := range amounts {
		leaves = append(leaves, merkle.Distributor{ChainID: w.dep.ChainID, Distributor: w.dep.RoyaltyDistributor,
			Account: acct, Asset: w.token, Cumulative: *uint256.NewInt(amt)})
	}
	tr, err := merkle.BuildDistributor(leaves)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

func (w *world) manager(t *testing.T, ob txmgr.Outbox) *txmgr.Manager {
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations = 1
	cfg.PollInterval = 20 * time.Millisecond
	cfg.ResubmitAfter = 2 * time.Second
	m, err := txmgr.New(context.Background(), cfg, w.client, ob, w.keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func (w *world) balance(t *testing.T, who common.Address) uint64 {
	tok := testtoken.NewTestToken()
	b, err := bind.Call(tok.Instance(w.client, w.token), nil, tok.PackBalanceOf(who), tok.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return b.Uint64()
}

func (w *world) warp(t *testing.T, seconds uint64) {
	ctx := context.Background()
	h, err := w.client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.node.MineAt(ctx, h.Time+seconds); err != nil {
		t.Fatal(err)
	}
}

func (w *world) claim(t *testing.T, tr *merkle.Tree, i int) {
	p, err := relayer.ProofsFor(tr, w.addr(i))
	if err != nil {
		t.Fatal(err)
	}
	data, err := relayer.ClaimCalldata(p)
	if err != nil {
		t.Fatal(err)
	}
	d := royaltydistributor.NewRoyaltyDistributor()
	// Anyone may claim for the holder: account 0 sends, the funds go to the holder.
	if _, err := w.chain(t, 0).Transact(context.Background(), "claim", d.Instance(w.client, w.dep.RoyaltyDistributor), data); err != nil {
		t.Fatal(err)
	}
}

func TestSubmitFundsProposesWaitsActivatesAndHoldersClaim(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 2_000_000)
	amounts := map[common.Address]uint64{w.addr(2): 1_140_000, w.addr(3): 475_000}
	tr := w.tree(t, amounts)
	p := &relayer.Payout{ChainID: w.dep.ChainID, Vault: w.dep.RevenueVault, Distributor: w.dep.RoyaltyDistributor,
		Epoch: 1, Root: tr.Root(), ReceiptRoot: common.HexToHash("0x01"),
		Assets: []common.Address{w.token}, Totals: []*big.Int{big.NewInt(1_615_000)},
		Fundings: []relayer.Funding{{Consumer: w.consumer, Asset: w.token, Amount: big.NewInt(1_615_000)}}}

	ob := newOutbox(t)
	r := relayer.New(w.manager(t, ob), w.client, nil)
	prog, err := r.Step(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if prog.Stage != relayer.StageProposed || len(prog.Txs) != 2 {
		t.Fatalf("after the first step: %+v", prog)
	}
	nonce, _ := w.client.NonceAt(ctx, w.addr(0), nil)

	// Within the window nothing more happens, however often the relayer steps,
	// even from a restarted process (a new manager over the same outbox).
	for i := 0; i < 2; i++ {
		r = relayer.New(w.manager(t, ob), w.client, nil)
		if prog, err = r.Step(ctx, p); err != nil || prog.Stage != relayer.StageProposed {
			t.Fatalf("step %d inside the window: %+v %v", i, prog, err)
		}
	}
	if n, _ := w.client.NonceAt(ctx, w.addr(0), nil); n != nonce {
		t.Fatalf("relayer sent %d more transactions inside the window", n-nonce)
	}
	// Anyone trying to activate early is refused by the contract itself.
	d := royaltydistributor.NewRoyaltyDistributor()
	if _, err := w.chain(t, 1).Transact(ctx, "early activate", d.Instance(w.client, w.dep.RoyaltyDistributor), d.PackActivateRoot(1)); err == nil {
		t.Fatal("activation inside the dispute window succeeded")
	}

	w.warp(t, window+1)
	if prog, err = r.Step(ctx, p); err != nil || prog.Stage != relayer.StageActivated {
		t.Fatalf("after the window: %+v %v", prog, err)
	}
	for i := 2; i <= 3; i++ {
		w.claim(t, tr, i)
		if got, want := w.balance(t, w.addr(i)), amounts[w.addr(i)]; got != want {
			t.Fatalf("holder %d has %d after claiming, want %d", i, got, want)
		}
		w.claim(t, tr, i) // a second claim pays nothing more
		if got, want := w.balance(t, w.addr(i)), amounts[w.addr(i)]; got != want {
			t.Fatalf("holder %d has %d after claiming twice, want %d", i, got, want)
		}
	}
	// Exactly one funding and one root on chain.
	v := revenuevault.NewRevenueVault()
	left, err := bind.Call(v.Instance(w.client, w.dep.RevenueVault), nil, v.PackBalanceOf(w.consumer, w.token), v.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	if left.Int64() != 2_000_000-1_615_000 {
		t.Fatalf("consumer's vault balance %s: funded more than once?", left)
	}
	if got := w.balance(t, w.dep.RoyaltyDistributor); got != 0 {
		t.Fatalf("distributor keeps %d after every claim", got)
	}
}

// A funding that someone else already made for the epoch (a second relayer,
// an operator by hand) is recognised on chain and not repeated; one with a
// different amount is a conflict, not an overwrite.
func TestSubmitRecognisesFundingDoneElsewhere(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1_000_000)
	tr := w.tree(t, map[common.Address]uint64{w.addr(2): 600_000})
	v := revenuevault.NewRevenueVault()
	if _, err := w.chain(t, 0).Transact(ctx, "fund by hand", v.Instance(w.client, w.dep.RevenueVault),
		v.PackFundEpoch(1, w.consumer, w.token, big.NewInt(600_000))); err != nil {
		t.Fatal(err)
	}
	p := &relayer.Payout{ChainID: w.dep.ChainID, Vault: w.dep.RevenueVault, Distributor: w.dep.RoyaltyDistributor,
		Epoch: 1, Root: tr.Root(), ReceiptRoot: common.HexToHash("0x02"),
		Assets: []common.Address{w.token}, Totals: []*big.Int{big.NewInt(600_000)},
		Fundings: []relayer.Funding{{Consumer: w.consumer, Asset: w.token, Amount: big.NewInt(600_000)}}}
	r := relayer.New(w.manager(t, newOutbox(t)), w.client, nil)
	prog, err := r.Step(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if !prog.Txs[0].DoneElsewhere {
		t.Fatalf("funding not recognised as done: %+v", prog.Txs[0])
	}
	conflict := *p
	conflict.Fundings = []relayer.Funding{{Consumer: w.consumer, Asset: w.token, Amount: big.NewInt(599_999)}}
	if _, err := relayer.New(w.manager(t, newOutbox(t)), w.client, nil).Step(ctx, &conflict); err == nil {
		t.Fatal("a payout disagreeing with the chain's funding was accepted")
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
