package routes_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/hypmailbox"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/internal/chaintest"
	"github.com/dataroyalty/royalty/internal/hyperlanetest"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store/storetest"
)

// bridgeWorld is two anvil chains (31337 home, 31338 destination), each with the royalty
// deployment and a Hyperlane core whose TrustedRelayerIsm trusts account 0, and a Warp Route of
// the home tUSD (collateral at home, synthetic on the destination).
type bridgeWorld struct {
	home, dest         *chaintest.World
	homeMgr, destMgr   *txmgr.Manager
	homeCore, destCore hyperlanetest.Core
	warp               hyperlanetest.Warp
	bridge             *routes.HyperlaneWarp
}

func manager(t testing.TB, w *chaintest.World) *txmgr.Manager {
	t.Helper()
	cfg := txmgr.DefaultConfig()
	cfg.Confirmations, cfg.PollInterval = 1, 20*time.Millisecond
	m, err := txmgr.New(context.Background(), cfg, w.Client, storetest.Open(t, storetest.SQLiteDSN(t)).Outbox(), w.Keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func newBridgeWorld(t testing.TB) *bridgeWorld {
	t.Helper()
	ctx := context.Background()
	b := &bridgeWorld{home: chaintest.New(t, chaintest.Options{DisputeWindow: 3600, Anvil: anviltest.Options{ChainID: 31337}}),
		dest: chaintest.New(t, chaintest.Options{DisputeWindow: 3600, Anvil: anviltest.Options{ChainID: 31338}})}
	var err error
	if b.homeCore, err = hyperlanetest.DeployCore(ctx, b.home.Chain(0), 31337, b.home.Addr(0)); err != nil {
		t.Fatal(err)
	}
	if b.destCore, err = hyperlanetest.DeployCore(ctx, b.dest.Chain(0), 31338, b.dest.Addr(0)); err != nil {
		t.Fatal(err)
	}
	if b.warp, err = hyperlanetest.DeployWarp(ctx, b.home.Chain(0), b.homeCore, b.dest.Chain(0), b.destCore, b.home.Token, 6, "Test USD (bridged)", "tUSD.h"); err != nil {
		t.Fatal(err)
	}
	b.bridge = &routes.HyperlaneWarp{Home: b.home.Client, Dest: b.dest.Client, HomeChain: 31337, DestChain: 31338,
		HomeDomain: 31337, DestDomain: 31338, HomeMailbox: b.homeCore.Mailbox, DestMailbox: b.destCore.Mailbox,
		Token: b.home.Token, Collateral: b.warp.Collateral, Synthetic: b.warp.Synthetic}
	b.homeMgr, b.destMgr = manager(t, b.home), manager(t, b.dest)
	d := royaltydistributor.NewRoyaltyDistributor()
	if _, err := b.dest.Chain(0).Transact(ctx, "allow the bridged asset", d.Instance(b.dest.Client, b.dest.Dep.RoyaltyDistributor),
		d.PackSetAssetAllowed(b.warp.Synthetic, true)); err != nil {
		t.Fatal(err)
	}
	tok := testtoken.NewTestToken()
	if _, err := b.home.Chain(0).Transact(ctx, "mint", tok.Instance(b.home.Client, b.home.Token), tok.PackMint(b.home.Addr(0), big.NewInt(100_000_000))); err != nil {
		t.Fatal(err)
	}
	return b
}

func balanceOn(t testing.TB, w *chaintest.World, asset, who common.Address) *big.Int {
	t.Helper()
	tok := testtoken.NewTestToken()
	v, err := bind.Call(tok.Instance(w.Client, asset), nil, tok.PackBalanceOf(who), tok.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// A group bridged through the real Hyperlane Warp Route between two anvil chains: the home
// Mailbox dispatches (message id from its own events), nothing arrives until the trusted
// relayer (the project's key) processes the message on the destination, delivering twice mints
// once, and the destination's own RoyaltyDistributor, funded by the bridge, gets its own root in
// the bridged asset that its holders claim there.
func TestHyperlaneBridgeAndClaimOnDestination(t *testing.T) {
	ctx := context.Background()
	b := newBridgeWorld(t)
	bob, carol := b.dest.Addr(2), b.dest.Addr(3)
	total := big.NewInt(4_000_000)
	distributor := b.dest.Dep.RoyaltyDistributor
	locked0 := balanceOn(t, b.home, b.home.Token, b.warp.Collateral)

	sent, err := b.bridge.Send(ctx, b.homeMgr, "epoch/1/bridge/usd-31338", routes.BridgeTransfer{From: 31337, To: 31338,
		Asset: b.home.Token, Amount: total, Recipient: distributor})
	if err != nil {
		t.Fatal(err)
	}
	if sent.MessageID == (common.Hash{}) || len(sent.TxHashes) != 2 || sent.Fee == nil {
		t.Fatalf("sent %+v: want a message id, approve and send hashes, a fee", sent)
	}
	if got := new(big.Int).Sub(balanceOn(t, b.home, b.home.Token, b.warp.Collateral), locked0); got.Cmp(total) != 0 {
		t.Fatalf("collateral locked %s, want %s", got, total)
	}
	if ok, amt, err := b.bridge.Delivered(ctx, sent); err != nil || ok || amt.Cmp(total) != 0 {
		t.Fatalf("before delivery: delivered %v amount %v err %v; want not delivered, %s in the message", ok, amt, err, total)
	}
	if got := balanceOn(t, b.dest, b.warp.Synthetic, distributor); got.Sign() != 0 {
		t.Fatalf("the destination holds %s before any delivery", got)
	}
	again, err := b.bridge.Send(ctx, b.homeMgr, "epoch/1/bridge/usd-31338", routes.BridgeTransfer{From: 31337, To: 31338,
		Asset: b.home.Token, Amount: total, Recipient: distributor})
	if err != nil || again.MessageID != sent.MessageID {
		t.Fatalf("the same send again: %+v %v; want message %s", again, err, sent.MessageID)
	}

	// Only the trusted relayer may deliver: the TrustedRelayerIsm refuses anyone else.
	mb := hypmailbox.NewMailbox()
	if _, err := b.dest.Chain(1).Transact(ctx, "process by a stranger", mb.Instance(b.dest.Client, b.destCore.Mailbox), mb.PackProcess(nil, sent.Message)); err == nil {
		t.Fatal("a key the ISM does not trust delivered the message")
	}
	h, err := b.bridge.Deliver(ctx, b.destMgr, "epoch/1/bridge/usd-31338", sent)
	if err != nil || h == (common.Hash{}) {
		t.Fatalf("deliver: %s %v", h, err)
	}
	if ok, _, err := b.bridge.Delivered(ctx, sent); err != nil || !ok {
		t.Fatalf("after delivery: %v %v", ok, err)
	}
	if _, err := b.bridge.Deliver(ctx, b.destMgr, "epoch/1/bridge/usd-31338", sent); err != nil {
		t.Fatal(err)
	}
	if got := balanceOn(t, b.dest, b.warp.Synthetic, distributor); got.Cmp(total) != 0 {
		t.Fatalf("the destination distributor holds %s of the bridged asset, want exactly %s", got, total)
	}

	// The destination's own root over the bridged amounts; its holders claim there.
	leaves := []merkle.Distributor{
		{ChainID: 31338, Distributor: distributor, Account: bob, Asset: b.warp.Synthetic, Cumulative: *uint256.NewInt(1_000_001)},
		{ChainID: 31338, Distributor: distributor, Account: carol, Asset: b.warp.Synthetic, Cumulative: *uint256.NewInt(2_999_999)},
	}
	tree, err := merkle.BuildDistributor(leaves)
	if err != nil {
		t.Fatal(err)
	}
	end := b.dest.HeadTime(t) - 1
	p := &relayer.Payout{ChainID: 31338, Vault: b.dest.Dep.RevenueVault, Distributor: distributor, Epoch: 1, End: end,
		Root: tree.Root(), ReceiptRoot: common.HexToHash("0x01"), Assets: []common.Address{b.warp.Synthetic}, Totals: []*big.Int{total}}
	r := relayer.New(b.destMgr, b.dest.Client, nil)
	prog, err := r.Step(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if prog.Stage != relayer.StageActivated {
		b.dest.Warp(t, 3601)
		if prog, err = r.Step(ctx, p); err != nil || prog.Stage != relayer.StageActivated {
			t.Fatalf("activate the destination root: %+v %v", prog, err)
		}
	}
	proofs, err := relayer.ProofsFor(tree, bob)
	if err != nil {
		t.Fatal(err)
	}
	data, err := relayer.ClaimCalldata(proofs)
	if err != nil {
		t.Fatal(err)
	}
	d := royaltydistributor.NewRoyaltyDistributor()
	if _, err := b.dest.Chain(2).Transact(ctx, "claim on the destination", d.Instance(b.dest.Client, distributor), data); err != nil {
		t.Fatal(err)
	}
	if got := balanceOn(t, b.dest, b.warp.Synthetic, bob); got.Int64() != 1_000_001 {
		t.Fatalf("bob claimed %s on the destination, want 1000001", got)
	}
}
