package txmgr_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dataroyalty/royalty/internal/anviltest"
	. "github.com/dataroyalty/royalty/relayer/txmgr"
)

// anvil's first default account.
const anvilKey0 = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"

// A fee spike: the next block's base fee jumps far above what the latest header
// shows, so anvil refuses the first signature as underpriced. The manager must
// re-sign the same nonce with bumped fees until it is accepted.
func TestAnvilFeeSpikeBumpsSameNonce(t *testing.T) {
	ctx := context.Background()
	node := anviltest.Start(t, anviltest.Options{})
	client := ethclient.NewClient(node.RPC)
	key, _ := crypto.HexToECDSA(anvilKey0)
	from := crypto.PubkeyToAddress(key.PublicKey)
	startNonce, err := client.NonceAt(ctx, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	spiked := new(big.Int).Mul(head.BaseFee, big.NewInt(20))
	if err := node.RPC.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", (*hexutil.Big)(spiked)); err != nil {
		t.Fatal(err)
	}
	ob := newOutbox(t)
	cfg := testConfig()
	cfg.Confirmations = 1
	m, err := New(ctx, cfg, client, ob, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000c1")
	r, err := m.Send(ctx, transfer("spike/1", to, 3))
	if err != nil {
		t.Fatalf("send under a fee spike: %v\nanvil: %s", err, node.Output())
	}
	in, _ := ob.Load(ctx, "spike/1")
	if len(in.Attempts) < 2 {
		t.Fatalf("%d attempts: the spike should have forced at least one bump", len(in.Attempts))
	}
	for i := 1; i < len(in.Attempts); i++ {
		prev, cur := in.Attempts[i-1], in.Attempts[i]
		minCap := new(big.Int).Div(new(big.Int).Mul(prev.FeeCap, big.NewInt(110)), big.NewInt(100))
		minTip := new(big.Int).Div(new(big.Int).Mul(prev.TipCap, big.NewInt(110)), big.NewInt(100))
		if cur.FeeCap.Cmp(minCap) < 0 || cur.TipCap.Cmp(minTip) < 0 {
			t.Fatalf("attempt %d bumped by less than 10%%: cap %s→%s tip %s→%s", i, prev.FeeCap, cur.FeeCap, prev.TipCap, cur.TipCap)
		}
	}
	if in.Nonce != startNonce || r.TxHash != in.Latest().Hash {
		t.Fatalf("mined %s with nonce %d; want the last attempt %s on nonce %d", r.TxHash, in.Nonce, in.Latest().Hash, startNonce)
	}
	if in.Latest().FeeCap.Cmp(spiked) < 0 {
		t.Fatalf("mined fee cap %s below the spiked base fee %s", in.Latest().FeeCap, spiked)
	}
}

// anvil_rollback removes the block holding the manager's mined transaction
// before its confirmations: the manager rebroadcasts and gets it confirmed,
// and the transfer happens exactly once.
func TestAnvilRollbackRebroadcasts(t *testing.T) {
	ctx := context.Background()
	node := anviltest.Start(t, anviltest.Options{NoMining: true})
	client := ethclient.NewClient(node.RPC)
	key, _ := crypto.HexToECDSA(anvilKey0)

	var mu sync.Mutex // held while the test rolls back, so no block is mined meanwhile
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		tk := time.NewTicker(50 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				mu.Lock()
				_ = node.Mine(ctx, 1)
				mu.Unlock()
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })

	ob := newOutbox(t)
	cfg := testConfig()
	cfg.Confirmations = 6
	m, err := New(ctx, cfg, client, ob, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000c2")
	type result struct {
		hash common.Hash
		err  error
	}
	res := make(chan result, 1)
	go func() {
		r, err := m.Send(ctx, transfer("rollback/1", to, 11))
		if err != nil {
			res <- result{err: err}
			return
		}
		res <- result{hash: r.TxHash}
	}()

	// Wait until the manager has seen its transaction mined, then roll that block back.
	deadline := time.Now().Add(30 * time.Second)
	var minedBlock uint64
	for minedBlock == 0 {
		if time.Now().After(deadline) {
			t.Fatal("transaction never seen mined")
		}
		if in, err := ob.Load(ctx, "rollback/1"); err == nil && in.Status == StatusMined {
			minedBlock = in.Block
		}
		time.Sleep(10 * time.Millisecond)
	}
	mu.Lock()
	headNum, _, err := node.Head(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.Rollback(ctx, headNum-minedBlock+1); err != nil {
		t.Fatal(err)
	}
	mu.Unlock()

	r := <-res
	if r.err != nil {
		t.Fatalf("send across a rollback: %v", r.err)
	}
	in, _ := ob.Load(ctx, "rollback/1")
	if in.Status != StatusConfirmed || in.Nonce != 0 {
		t.Fatalf("status %s nonce %d", in.Status, in.Nonce)
	}
	bal, err := client.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Int64() != 11 {
		t.Fatalf("recipient has %s wei, want 11: the transfer must land exactly once", bal)
	}
	if n, _ := client.NonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey), nil); n != 1 {
		t.Fatalf("account nonce %d, want 1", n)
	}
}
