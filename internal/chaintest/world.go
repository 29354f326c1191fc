// Package chaintest builds a funded deployment on a real anvil node for tests:
// the four contracts, a test ERC-20 allow-listed on vault and distributor, and
// a consumer with revenue deposited in the vault.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/merkle"
)

// Keys are anvil's default accounts 0..3: 0 deploys and relays, 1 is the
// consumer, 2 and 3 are holders.
var Keys = []string{
	"ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80",
	"59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d",
	"5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a",
	"7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6",
}

// World is one deployment on one anvil.
type World struct {
	Node     *anviltest.Node
	Client   *ethclient.Client
	Keys     []*ecdsa.PrivateKey
	Dep      deploy.Deployment
	Token    common.Address
	Consumer common.Address
}

// Options shape the world.
type Options struct {
	Anvil         anviltest.Options
	DisputeWindow uint64
	Deposit       int64 // base units the consumer deposits
}

// New starts anvil, deploys everything and deposits the consumer's revenue.
func New(t testing.TB, o Options) *World {
	t.Helper()
	ctx := context.Background()
	node := anviltest.Start(t, o.Anvil)
	w := &World{Node: node, Client: ethclient.NewClient(node.RPC)}
	for _, k := range Keys {
		key, err := crypto.HexToECDSA(k)
		if err != nil {
			t.Fatal(err)
		}
		w.Keys = append(w.Keys, key)
	}
	c0 := w.Chain(0)
	var err error
	if w.Token, err = deploy.TestToken(ctx, c0, "Test USD", "tUSD"); err != nil {
		t.Fatal(err)
	}
	// One key deploys, relays and guards: these worlds test other things than key separation.
	if w.Dep, err = deploy.All(ctx, w.Client, c0.Auth, deploy.Config{DisputeWindow: o.DisputeWindow, SingleKeyDev: true,
		Assets: []common.Address{w.Token}, Poll: 20 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	w.Consumer = w.Addr(1)
	if o.Deposit > 0 {
		w.Deposit(t, 1, o.Deposit)
	}
	return w
}

// Addr is account i's address.
func (w *World) Addr(i int) common.Address { return crypto.PubkeyToAddress(w.Keys[i].PublicKey) }

// Chain sends from account i.
func (w *World) Chain(i int) deploy.Chain {
	return deploy.Chain{Backend: w.Client, Auth: bind.NewKeyedTransactor(w.Keys[i], new(big.Int).SetUint64(w.Node.ChainID)), Poll: 20 * time.Millisecond}
}

// Deposit mints amount to account i and deposits it in the vault for that account.
func (w *World) Deposit(t testing.TB, i int, amount int64) {
	t.Helper()
	ctx := context.Background()
	tok, v := testtoken.NewTestToken(), revenuevault.NewRevenueVault()
	c := w.Chain(i)
	who := w.Addr(i)
	for _, step := range []struct {
		what string
		to   *bind.BoundContract
		data []byte
	}{
		{"mint", tok.Instance(w.Client, w.Token), tok.PackMint(who, big.NewInt(amount))},
		{"approve", tok.Instance(w.Client, w.Token), tok.PackApprove(w.Dep.RevenueVault, big.NewInt(amount))},
		{"deposit", v.Instance(w.Client, w.Dep.RevenueVault), v.PackDeposit(who, w.Token, big.NewInt(amount))},
	} {
		if _, err := c.Transact(ctx, step.what, step.to, step.data); err != nil {
			t.Fatal(err)
		}
	}
}

// Tree is the distributor tree of (account → cumulative) in the test token.
func (w *World) Tree(t testing.TB, amounts map[common.Address]uint64) *merkle.Tree {
	t.Helper()
	var leaves []merkle.Distributor
	for acct, amt := range amounts {
		leaves = append(leaves, merkle.Distributor{ChainID: w.Dep.ChainID, Distributor: w.Dep.RoyaltyDistributor,
			Account: acct, Asset: w.Token, Cumulative: *uint256.NewInt(amt)})
	}
	tr, err := merkle.BuildDistributor(leaves)
	if err != nil {
		t.Fatal(err)
	}
	return tr
}

// Balance is who's balance of the test token.
func (w *World) Balance(t testing.TB, who common.Address) uint64 {
	t.Helper()
	tok := testtoken.NewTestToken()
	b, err := bind.Call(tok.Instance(w.Client, w.Token), nil, tok.PackBalanceOf(who), tok.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return b.Uint64()
}

// VaultBalance is the consumer's revenue left in the vault.
func (w *World) VaultBalance(t testing.TB, consumer common.Address) uint64 {
	t.Helper()
	v := revenuevault.NewRevenueVault()
	b, err := bind.Call(v.Instance(w.Client, w.Dep.RevenueVault), nil, v.PackBalanceOf(consumer, w.Token), v.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	return b.Uint64()
}

// HeadTime is the head block's timestamp: a period end that is never in the future.
func (w *World) HeadTime(t testing.TB) uint64 {
	t.Helper()
	h, err := w.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h.Time
}

// Warp mines a block seconds after the head.
func (w *World) Warp(t testing.TB, seconds uint64) {
	t.Helper()
	ctx := context.Background()
	h, err := w.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Node.MineAt(ctx, h.Time+seconds); err != nil {
		t.Fatal(err)
	}
}
