package txmgr_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	. "github.com/dataroyalty/royalty/relayer/txmgr"
)

// gatedCode is a contract that reverts with the custom error 0xdeadbeef(7)
// while block.number < 40 and succeeds from block 40 on:
//
//	PUSH1 40 NUMBER LT PUSH1 8 JUMPI STOP
//	JUMPDEST PUSH4 deadbeef PUSH1 224 SHL PUSH1 0 MSTORE PUSH1 7 PUSH1 4 MSTORE PUSH1 36 PUSH1 0 REVERT
var gatedCode = hexutil.MustDecode("0x602843106008570" + "05b63deadbeef60e01b600052600760045260246000fd")

const gateBlock = 40

// decodeTest words the test contract's one error as the real decoder words
// the contracts' (reverts.Decode).
func decodeTest(data []byte) string {
	if len(data) == 36 && hexutil.Encode(data[:4]) == "0xdeadbeef" {
		return fmt.Sprintf("Nope(code: %d)", new(big.Int).SetBytes(data[4:]))
	}
	return "custom error " + hexutil.Encode(data)
}

// miner commits blocks on demand while started.
type miner struct {
	b    *simulated.Backend
	mu   sync.Mutex
	stop chan struct{}
	done chan struct{}
}

func (m *miner) start(every time.Duration) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.stop, m.done = make(chan struct{}), make(chan struct{})
	stop, done := m.stop, m.done
	go func() {
		defer close(done)
		tk := time.NewTicker(every)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				m.b.Commit()
			}
		}
	}()
}

func (m *miner) halt() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.stop != nil {
		close(m.stop)
		<-m.done
		m.stop = nil
	}
}

// A transaction that reverts with a custom error while the action is not
// done: Send fails with a *RevertError carrying the decoded reason (never the
// raw selector) and the intent is failed. Sent again while it would still
// revert, nothing is signed. Once it would succeed, it is signed again on a
// fresh nonce, confirmed, and the reverted transaction stays on the intent
// for receipts.
func TestRevertDecodedThenRetriedOnFreshNonce(t *testing.T) {
	ctx := context.Background()
	c := newSimChain(t)
	gated := common.HexToAddress("0x00000000000000000000000000000000000000fe")
	c.backend.Close()
	c.backend = simulated.NewBackend(types.GenesisAlloc{
		c.from: {Balance: big.NewInt(1e18)},
		gated:  {Code: gatedCode},
	})
	t.Cleanup(func() { c.backend.Close() })
	c.client = c.backend.Client()
	mn := &miner{b: c.backend}
	t.Cleanup(mn.halt)

	ob := newOutbox(t)
	cfg := testConfig()
	cfg.DecodeRevert = decodeTest
	m, err := New(ctx, cfg, c.client, ob, c.key, nil)
	if err != nil {
		t.Fatal(err)
	}
	cand := Candidate{Key: "call/gated", To: gated, GasLimit: 60000}
	mn.start(20 * time.Millisecond)
	_, err = m.Send(ctx, cand)
	mn.halt()
	var rev *RevertError
	if !errors.Is(err, ErrReverted) || !errors.As(err, &rev) {
		t.Fatalf("err = %v, want a *RevertError", err)
	}
	if !strings.Contains(err.Error(), "Nope(code: 7)") || strings.Contains(err.Error(), "deadbeef") {
		t.Fatalf("error %q does not carry the decoded reason (or shows the selector)", err)
	}
	in, _ := ob.Load(ctx, "call/gated")
	if in.Status != StatusFailed || in.Reason != "Nope(code: 7)" {
		t.Fatalf("status %s reason %q, want failed with the decoded reason", in.Status, in.Reason)
	}
	firstTx := in.MinedHash

	// It would still revert: reported with its reason, nothing signed.
	if _, err := m.Send(ctx, cand); !errors.Is(err, ErrReverted) || !strings.Contains(err.Error(), "would revert again: execution reverted: Nope(code: 7)") {
		t.Fatalf("second send: %v", err)
	}
	if n, _ := c.client.PendingNonceAt(ctx, c.from); n != 1 {
		t.Fatalf("account nonce %d after a send that would revert, want 1", n)
	}

	for {
		h, err := c.client.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if h >= gateBlock {
			break
		}
		c.backend.Commit()
	}
	mn.start(20 * time.Millisecond)
	r, err := m.Send(ctx, cand)
	if err != nil {
		t.Fatalf("send once it would succeed: %v", err)
	}
	in, _ = ob.Load(ctx, "call/gated")
	if in.Status != StatusConfirmed || in.Nonce != 1 || r.TxHash != in.MinedHash {
		t.Fatalf("intent %s nonce %d, want confirmed on the fresh nonce 1", in.Status, in.Nonce)
	}
	if len(in.Landed) != 1 || in.Landed[0].Hash != firstTx || in.Landed[0].Reason != "Nope(code: 7)" || in.Landed[0].GasUsed == 0 {
		t.Fatalf("landed %+v, want the reverted first transaction with its reason and gas", in.Landed)
	}
}

// A failed intent from an older run whose action the chain now shows done
// (someone else did it) ends done elsewhere on the next Send, with no
// transaction: it never blocks its caller for good.
func TestFailedIntentDoneOnChainEndsDoneElsewhere(t *testing.T) {
	ctx := context.Background()
	c := newSimChain(t)
	ob := newOutbox(t)
	m, err := New(ctx, testConfig(), c.client, ob, c.key, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000000b9")
	in, err := m.FirstAttempt(ctx, transfer("old/failed", to, 1))
	if err != nil {
		t.Fatal(err)
	}
	in.Status, in.MinedHash, in.Block, in.Reason = StatusFailed, in.Latest().Hash, 7, "AlreadyFunded(...)"
	if err := ob.Save(ctx, in); err != nil {
		t.Fatal(err)
	}
	cand := transfer("old/failed", to, 1)
	cand.Done = func(context.Context) (bool, error) { return true, nil }
	r, err := m.Send(ctx, cand)
	if err != nil || r != nil {
		t.Fatalf("send of a failed intent done on chain: %v %v, want done elsewhere", r, err)
	}
	if in, _ = ob.Load(ctx, "old/failed"); in.Status != StatusDoneElsewhere {
		t.Fatalf("status %s, want done_elsewhere", in.Status)
	}
	if n, _ := c.client.PendingNonceAt(ctx, c.from); n != 0 {
		t.Fatalf("account nonce %d, want 0: nothing sent", n)
	}
}
