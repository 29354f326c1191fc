package txmgr_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	. "github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/store"
)

// newOutbox is the store's outbox in a fresh SQLite file: the real, durable
// outbox (a test "crashes" a manager by dropping it and keeping the file).
func newOutbox(t *testing.T) *store.Outbox {
	t.Helper()
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "outbox.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st.Outbox()
}

type simChain struct {
	backend *simulated.Backend
	client  simulated.Client
	key     *ecdsa.PrivateKey
	from    common.Address
}

func newSimChain(t *testing.T) *simChain {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	b := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))}})
	t.Cleanup(func() { b.Close() })
	return &simChain{backend: b, client: b.Client(), key: key, from: from}
}

// mine commits a block every interval until the test ends.
func (c *simChain) mine(t *testing.T, every time.Duration) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		tk := time.NewTicker(every)
		defer tk.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tk.C:
				c.backend.Commit()
			}
		}
	}()
	t.Cleanup(func() { cancel(); <-done })
}

func testConfig() Config {
	cfg := DefaultConfig()
	cfg.Confirmations = 2
	cfg.PollInterval = 20 * time.Millisecond
	cfg.ResubmitAfter = 300 * time.Millisecond
	cfg.NetworkTimeout = 5 * time.Second
	return cfg
}

func transfer(key string, to common.Address, wei int64) Candidate {
	return Candidate{Key: key, To: to, Value: big.NewInt(wei), GasLimit: 21000}
}

func TestSendConfirmsOnceAndIsIdempotent(t *testing.T) {
	ctx := context.Background()
	c := newSimChain(t)
	c.mine(t, 30*time.Millisecond)
	ob := newOutbox(t)
	m, err := New(ctx, testConfig(), c.client, ob, c.key, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000b0")
	r1, err := m.Send(ctx, transfer("pay/1", to, 7))
	if err != nil {
		t.Fatal(err)
	}
	if r1.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("status %d", r1.Status)
	}
	r2, err := m.Send(ctx, transfer("pay/1", to, 7))
	if err != nil {
		t.Fatal(err)
	}
	if r1.TxHash != r2.TxHash {
		t.Fatalf("second send made a new transaction: %s vs %s", r1.TxHash, r2.TxHash)
	}
	bal, err := c.client.BalanceAt(ctx, to, nil)
	if err != nil {
		t.Fatal(err)
	}
	if bal.Int64() != 7 {
		t.Fatalf("recipient balance %s, want 7 (exactly one transfer)", bal)
	}
	in, err := ob.Load(ctx, "pay/1")
	if err != nil {
		t.Fatal(err)
	}
	if in.Status != StatusConfirmed || in.MinedHash != r1.TxHash || in.GasUsed != 21000 {
		t.Fatalf("outbox record %+v", in)
	}
}

// A crash after the signed intent is stored but before the broadcast: the
// restarted manager sends the very same bytes, and the nonce advances once.
func TestRestartRebroadcastsStoredBytes(t *testing.T) {
	ctx := context.Background()
	c := newSimChain(t)
	ob := newOutbox(t)
	m1, err := New(ctx, testConfig(), c.client, ob, c.key, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000b1")
	in, err := m1.FirstAttempt(ctx, transfer("pay/crash", to, 5))
	if err != nil {
		t.Fatal(err)
	}
	stored := in.Latest().Hash

	c.mine(t, 30*time.Millisecond)
	m2, err := New(ctx, testConfig(), c.client, ob, c.key, nil)
	if err != nil {
		t.Fatal(err)
	}
	if m2.NextNonce() != 1 {
		t.Fatalf("restarted manager's next nonce %d, want 1 (after the stored intent)", m2.NextNonce())
	}
	r, err := m2.Send(ctx, transfer("pay/crash", to, 5))
	if err != nil {
		t.Fatal(err)
	}
	if r.TxHash != stored {
		t.Fatalf("mined %s, want the stored bytes %s", r.TxHash, stored)
	}
	n, err := c.client.NonceAt(ctx, c.from, nil)
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 {
		t.Fatalf("account nonce %d, want 1", n)
	}
}

// Another transaction takes the intent's nonce. When the chain shows the action
// done, the intent ends "done elsewhere"; when not, it is re-signed on a new
// nonce and confirmed.
func TestNonceConsumedElsewhere(t *testing.T) {
	ctx := context.Background()
	for _, done := range []bool{true, false} {
		c := newSimChain(t)
		ob := newOutbox(t)
		m, err := New(ctx, testConfig(), c.client, ob, c.key, nil)
		if err != nil {
			t.Fatal(err)
		}
		to := common.HexToAddress("0x00000000000000000000000000000000000000b2")
		cand := transfer("pay/x", to, 9)
		cand.Done = func(context.Context) (bool, error) { return done, nil }
		if _, err := m.FirstAttempt(ctx, Candidate{Key: "pay/x", To: to, Value: big.NewInt(9), GasLimit: 21000}); err != nil {
			t.Fatal(err)
		}
		// The same key's nonce 0 is taken by a different transaction (another process with the key).
		other, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: m.ChainID(), Nonce: 0, GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(1e10), Gas: 21000, To: &c.from}), types.LatestSignerForChainID(m.ChainID()), c.key)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.client.SendTransaction(ctx, other); err != nil {
			t.Fatal(err)
		}
		c.backend.Commit()
		c.mine(t, 30*time.Millisecond)
		r, err := m.Send(ctx, cand)
		if err != nil {
			t.Fatal(err)
		}
		in, _ := ob.Load(ctx, "pay/x")
		bal, _ := c.client.BalanceAt(ctx, to, nil)
		if done {
			if r != nil || in.Status != StatusDoneElsewhere || bal.Sign() != 0 {
				t.Fatalf("done elsewhere: receipt %v status %s balance %s", r, in.Status, bal)
			}
		} else {
			if r == nil || in.Status != StatusConfirmed || in.Nonce != 1 || bal.Int64() != 9 {
				t.Fatalf("re-signed: receipt %v status %s nonce %d balance %s", r, in.Status, in.Nonce, bal)
			}
		}
	}
}

func TestConfigCheck(t *testing.T) {
	cfg := testConfig()
	cfg.BumpPercent = 5
	if err := cfg.Check(); err == nil {
		t.Fatal("bump below 10% accepted")
	}
	cfg = testConfig()
	cfg.MaxFeeCap = nil
	if err := cfg.Check(); err == nil {
		t.Fatal("nil fee cap accepted")
	}
}

func TestClassify(t *testing.T) {
	cases := map[string]Class{
		"already known":                              ClassKnown,
		"replacement transaction underpriced":        ClassBump,
		"max fee per gas less than block base fee":   ClassBump,
		"nonce too low: next nonce 5, tx nonce 4":    ClassNonceUsed,
		"nonce too high":                             ClassNonceGap,
		"insufficient funds for gas * price + value": ClassFatal,
		"execution reverted: AlreadyFunded()":        ClassFatal,
		"429 Too Many Requests":                      ClassRetry,
		"something nobody has seen":                  ClassUnknown,
	}
	for msg, want := range cases {
		if got := Classify(errors.New(msg)); got != want {
			t.Errorf("Classify(%q) = %s, want %s", msg, got, want)
		}
	}
}
