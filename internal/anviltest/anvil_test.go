package anviltest

import (
	"context"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"math/big"
	"testing"
)

func TestStartMineReorgRollback(t *testing.T) {
	ctx := context.Background()
	n := Start(t, Options{ChainID: 4242})
	if err := n.SetNextBlockTimestamp(ctx, 2_000_000_000); err != nil {
		t.Fatal(err)
	}
	if err := n.Mine(ctx, 5); err != nil {
		t.Fatal(err)
	}
	num, h5, err := n.Head(ctx)
	if err != nil || num != 5 {
		t.Fatalf("head %d %v, want 5", num, err)
	}
	if err := n.Reorg(ctx, 2, nil); err != nil {
		t.Fatal(err)
	}
	num, h5b, err := n.Head(ctx)
	if err != nil || num != 5 || h5b == h5 {
		t.Fatalf("after reorg head %d %s (was %s) %v", num, h5b, h5, err)
	}
	if err := n.Rollback(ctx, 3); err != nil {
		t.Fatal(err)
	}
	if num, _, err = n.Head(ctx); err != nil || num != 2 {
		t.Fatalf("after rollback head %d %v, want 2", num, err)
	}
	id, err := n.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Mine(ctx, 3); err != nil {
		t.Fatal(err)
	}
	if err := n.Revert(ctx, id); err != nil {
		t.Fatal(err)
	}
	if num, _, err = n.Head(ctx); err != nil || num != 2 {
		t.Fatalf("after revert head %d %v, want 2", num, err)
	}
}

func TestKeysAreFunded(t *testing.T) {
	ctx := context.Background()
	n := Start(t, Options{})
	for i := 0; i < 8; i++ {
		var bal hexutil.Big
		addr := crypto.PubkeyToAddress(Key(i).PublicKey)
		if err := n.RPC.CallContext(ctx, &bal, "eth_getBalance", addr, "latest"); err != nil {
			t.Fatal(err)
		}
		if (*big.Int)(&bal).Sign() == 0 {
			t.Errorf("key %d (%s) has no balance: not an account of the mnemonic", i, addr)
		}
	}
}
