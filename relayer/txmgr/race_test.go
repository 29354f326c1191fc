package txmgr_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dataroyalty/royalty/internal/anviltest"
	. "github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// The child process of TestTwoProcessesSendOneKey: it sends one key at an
// agreed instant through a manager over the shared PostgreSQL outbox, prints
// the transaction that did it and exits.
const childEnv = "TXMGR_TEST_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) != "" {
		if err := child(); err != nil {
			fmt.Fprintln(os.Stderr, "child:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func child() error {
	ctx := context.Background()
	st, err := store.Open(ctx, os.Getenv("TXMGR_TEST_DSN"))
	if err != nil {
		return err
	}
	defer st.Close()
	client, err := ethclient.Dial(os.Getenv("TXMGR_TEST_RPC"))
	if err != nil {
		return err
	}
	key, err := crypto.HexToECDSA(os.Getenv("TXMGR_TEST_KEY"))
	if err != nil {
		return err
	}
	m, err := New(ctx, testConfig(), client, st.Outbox(), key, nil)
	if err != nil {
		return err
	}
	if w := os.Getenv("TXMGR_TEST_WARMUP"); w != "" {
		// After the other process has read the nonce: its counter is now stale.
		time.Sleep(500 * time.Millisecond)
		if _, err := m.Send(ctx, transfer(w, common.HexToAddress("0x00000000000000000000000000000000000000e1"), 1)); err != nil {
			return err
		}
	}
	at, err := strconv.ParseInt(os.Getenv("TXMGR_TEST_AT"), 10, 64)
	if err != nil {
		return err
	}
	time.Sleep(time.Until(time.UnixMilli(at)))
	to := common.HexToAddress(os.Getenv("TXMGR_TEST_TO"))
	r, err := m.Send(ctx, transfer(os.Getenv("TXMGR_TEST_KEYNAME"), to, 13))
	if err != nil {
		return err
	}
	fmt.Println(r.TxHash.Hex())
	return nil
}

// checkOneTransaction checks what must hold after several senders sent one key:
// one transaction on chain (the account's nonce is wantNonce), one intent
// row, every sender holding its receipt.
func checkOneTransaction(t *testing.T, st *store.Store, client interface {
	NonceAt(context.Context, common.Address, *big.Int) (uint64, error)
	BalanceAt(context.Context, common.Address, *big.Int) (*big.Int, error)
}, from, to common.Address, wantNonce uint64, wantBalance int64, key string, hashes []string) {
	t.Helper()
	ctx := context.Background()
	for i, h := range hashes {
		if h != hashes[0] {
			t.Fatalf("sender %d got tx %s, sender 0 got %s: two transactions for one key", i, h, hashes[0])
		}
	}
	if n, err := client.NonceAt(ctx, from, nil); err != nil || n != wantNonce {
		t.Fatalf("account nonce %d (%v), want %d: exactly one transaction for the key", n, err, wantNonce)
	}
	if b, err := client.BalanceAt(ctx, to, nil); err != nil || b.Int64() != wantBalance {
		t.Fatalf("recipient holds %s wei (%v), want %d", b, err, wantBalance)
	}
	var rows int
	if err := st.DB().GetContext(ctx, &rows, st.DB().Rebind(`SELECT COUNT(*) FROM tx_intents WHERE intent_key = ?`), key); err != nil || rows != 1 {
		t.Fatalf("%d intent rows for %q (%v), want 1", rows, key, err)
	}
	in, err := st.Outbox().Load(ctx, key)
	if err != nil || in.Status != StatusConfirmed || in.MinedHash.Hex() != hashes[0] {
		t.Fatalf("intent %+v (%v), want confirmed with tx %s", in, err, hashes[0])
	}
}

// Two managers of one account over one PostgreSQL outbox (as two processes
// would be), four goroutines each, send the same key at once, the second
// manager's nonce counter stale (the first has sent since it started): one
// transaction on chain, one intent row, and every Send returns its receipt.
func TestConcurrentSendsOfOneKey(t *testing.T) {
	ctx := context.Background()
	st := storetest.Open(t, storetest.PostgresDSN(t))
	c := newSimChain(t)
	c.mine(t, 20*time.Millisecond)
	to := common.HexToAddress("0x00000000000000000000000000000000000000c7")
	var managers []*Manager
	for i := 0; i < 2; i++ {
		m, err := New(ctx, testConfig(), c.client, st.Outbox(), c.key, nil)
		if err != nil {
			t.Fatal(err)
		}
		managers = append(managers, m)
	}
	if _, err := managers[0].Send(ctx, transfer("race/warmup", common.HexToAddress("0xe1"), 1)); err != nil {
		t.Fatal(err)
	}
	const perManager = 4
	hashes := make([]string, 2*perManager)
	errs := make([]error, 2*perManager)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range hashes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			r, err := managers[i%2].Send(ctx, transfer("race/1", to, 21))
			if err == nil {
				hashes[i] = r.TxHash.Hex()
			}
			errs[i] = err
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("sender %d: %v", i, err)
		}
	}
	checkOneTransaction(t, st, c.client, c.from, to, 2, 21, "race/1", hashes)

	// Both managers' counters are past every stored nonce: the next action
	// is signed on a free nonce.
	for i, m := range managers {
		if m.NextNonce() != 2 {
			t.Fatalf("manager %d's next nonce is %d, want 2", i, m.NextNonce())
		}
	}
	r, err := managers[1].Send(ctx, transfer("race/2", to, 1))
	if err != nil {
		t.Fatal(err)
	}
	if n, _ := c.client.NonceAt(ctx, c.from, nil); n != 3 || r == nil {
		t.Fatalf("account nonce %d after the next action, want 3", n)
	}
}

// Two processes, each with its own manager, over one PostgreSQL outbox and
// one anvil, send the same keys at the same instant (several rounds, so the
// insert race is met), the second process's nonce counter stale (the first
// sends another action after both started): per key one transaction on chain
// and one intent row, and both processes report that transaction.
func TestTwoProcessesSendOneKey(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.PostgresDSN(t)
	st := storetest.Open(t, dsn)
	node := anviltest.Start(t, anviltest.Options{})
	node.MineEvery(t, 100*time.Millisecond)
	client := ethclient.NewClient(node.RPC)
	key := anviltest.Key(4)
	from := crypto.PubkeyToAddress(key.PublicKey)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for round := 0; round < 3; round++ {
		to := common.BigToAddress(big.NewInt(int64(0xd00 + round)))
		keyName := fmt.Sprintf("proc/%d", round)
		before, err := client.NonceAt(ctx, from, nil)
		if err != nil {
			t.Fatal(err)
		}
		at := time.Now().Add(1500 * time.Millisecond).UnixMilli()
		outs := make([]bytes.Buffer, 2)
		cmds := make([]*exec.Cmd, 2)
		for i := range cmds {
			cmd := exec.Command(exe, "-test.run=^$")
			cmd.Env = append(os.Environ(), childEnv+"=1", "TXMGR_TEST_DSN="+dsn, "TXMGR_TEST_RPC="+node.URL,
				"TXMGR_TEST_KEY="+hexKey(key), "TXMGR_TEST_AT="+strconv.FormatInt(at, 10),
				"TXMGR_TEST_TO="+to.Hex(), "TXMGR_TEST_KEYNAME="+keyName)
			if i == 0 {
				cmd.Env = append(cmd.Env, "TXMGR_TEST_WARMUP=warmup/"+keyName)
			}
			cmd.Stdout, cmd.Stderr = &outs[i], &outs[i]
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			cmds[i] = cmd
		}
		hashes := make([]string, 2)
		for i, cmd := range cmds {
			if err := cmd.Wait(); err != nil {
				t.Fatalf("round %d process %d: %v\n%s", round, i, err, outs[i].String())
			}
			hashes[i] = strings.TrimSpace(outs[i].String())
		}
		checkOneTransaction(t, st, client, from, to, before+2, 13, keyName, hashes)
	}
}

func hexKey(k *ecdsa.PrivateKey) string { return fmt.Sprintf("%x", crypto.FromECDSA(k)) }
