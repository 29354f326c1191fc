package anviltest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// DefaultMnemonic is anvil's (and hardhat's) well-known test mnemonic.
const DefaultMnemonic = "test test test test test test test test test test test junk"

// Options configures a node. Zero values pick anvil's defaults (chain id
// 31337, automine, the default mnemonic, 10 accounts).
type Options struct {
	ChainID   uint64
	BlockTime uint64 // seconds between blocks; 0 mines on every transaction
	NoMining  bool   // mine only on evm_mine
	Mnemonic  string
	Accounts  int
	// Timestamp of the genesis block (unix seconds); 0 leaves anvil's.
	Timestamp uint64
	// Extra arguments passed verbatim.
	Args []string
}

// Node is one running anvil process.
type Node struct {
	URL      string
	ChainID  uint64
	RPC      *rpc.Client
	cmd      *exec.Cmd
	out      *lockedBuffer
	exited   chan struct{}
	stopOnce sync.Once
}

// Binary returns the path of node_modules/.bin/anvil, found by walking up
// from the working directory to the module root (the directory with go.mod).
func Binary() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find anvil: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, "node_modules", ".bin", "anvil")
			if _, err := os.Stat(p); err != nil {
				return "", fmt.Errorf("find anvil at %s (run scripts/test.sh to install the npm Foundry binaries): %w", p, err)
			}
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("find anvil: no go.mod above the working directory")
		}
		dir = parent
	}
}

// Start launches anvil and registers its shutdown with t.Cleanup. It fails
// the test if anvil cannot be found or does not come up.
func Start(t testing.TB, o Options) *Node {
	t.Helper()
	n, err := start(o)
	if err != nil {
		t.Fatalf("anviltest: %v", err)
	}
	t.Cleanup(func() {
		if err := n.Stop(); err != nil {
			t.Logf("anviltest: stop: %v", err)
		}
	})
	return n
}

func start(o Options) (*Node, error) {
	bin, err := Binary()
	if err != nil {
		return nil, err
	}
	if o.ChainID == 0 {
		o.ChainID = 31337
	}
	if o.Mnemonic == "" {
		o.Mnemonic = DefaultMnemonic
	}
	if o.Accounts == 0 {
		o.Accounts = 10
	}
	// A port taken between probe and bind makes anvil exit; retry a few times.
	var lastErr error
	for attempt := 0; attempt < 5; attempt++ {
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		args := []string{
			"--host", "127.0.0.1", "--port", strconv.Itoa(port),
			"--chain-id", strconv.FormatUint(o.ChainID, 10),
			"--mnemonic", o.Mnemonic,
			"--accounts", strconv.Itoa(o.Accounts),
			"--silent",
		}
		if o.BlockTime > 0 {
			args = append(args, "--block-time", strconv.FormatUint(o.BlockTime, 10))
		}
		if o.NoMining {
			args = append(args, "--no-mining")
		}
		if o.Timestamp > 0 {
			args = append(args, "--timestamp", strconv.FormatUint(o.Timestamp, 10))
		}
		args = append(args, o.Args...)
		cmd := exec.Command(bin, args...)
		out := &lockedBuffer{}
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			return nil, fmt.Errorf("start anvil %s: %w", bin, err)
		}
		n := &Node{URL: fmt.Sprintf("http://127.0.0.1:%d", port), ChainID: o.ChainID, cmd: cmd, out: out}
		exited := make(chan struct{})
		go func() { _ = cmd.Wait(); close(exited) }()
		if err := n.waitReady(exited, 30*time.Second); err != nil {
			_ = cmd.Process.Kill()
			<-exited
			lastErr = fmt.Errorf("anvil on port %d: %w (output: %s)", port, err, out.String())
			continue
		}
		n.exited = exited
		return n, nil
	}
	return nil, lastErr
}

func (n *Node) waitReady(exited <-chan struct{}, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		select {
		case <-exited:
			return errors.New("process exited before answering")
		default:
		}
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		c, err := rpc.DialContext(ctx, n.URL)
		if err == nil {
			var id hexutil.Uint64
			err = c.CallContext(ctx, &id, "eth_chainId")
			if err == nil {
				cancel()
				if uint64(id) != n.ChainID {
					c.Close()
					return fmt.Errorf("chain id %d, want %d", id, n.ChainID)
				}
				n.RPC = c
				return nil
			}
			c.Close()
		}
		cancel()
		time.Sleep(50 * time.Millisecond)
	}
	return errors.New("no answer to eth_chainId in time")
}

// Stop kills the node and waits for it to exit. Safe to call twice.
func (n *Node) Stop() error {
	n.stopOnce.Do(func() {
		if n.RPC != nil {
			n.RPC.Close()
		}
		_ = n.cmd.Process.Kill()
		<-n.exited
	})
	return nil
}

// Output is what anvil printed (for failure messages).
func (n *Node) Output() string { return n.out.String() }

func (n *Node) call(ctx context.Context, result any, method string, args ...any) error {
	if err := n.RPC.CallContext(ctx, result, method, args...); err != nil {
		return fmt.Errorf("anvil %s: %w", method, err)
	}
	return nil
}

// Mine mines blocks (evm_mine once per block so each gets its own timestamp step).
func (n *Node) Mine(ctx context.Context, blocks int) error {
	for i := 0; i < blocks; i++ {
		if err := n.call(ctx, nil, "evm_mine"); err != nil {
			return err
		}
	}
	return nil
}

// MineAt mines one block with the given timestamp.
func (n *Node) MineAt(ctx context.Context, timestamp uint64) error {
	return n.call(ctx, nil, "evm_mine", hexutil.Uint64(timestamp))
}

// SetNextBlockTimestamp fixes the timestamp of the next mined block.
func (n *Node) SetNextBlockTimestamp(ctx context.Context, timestamp uint64) error {
	return n.call(ctx, nil, "evm_setNextBlockTimestamp", hexutil.Uint64(timestamp))
}

// SetAutomine switches mining on every transaction on or off.
func (n *Node) SetAutomine(ctx context.Context, on bool) error {
	return n.call(ctx, nil, "evm_setAutomine", on)
}

// Snapshot records the chain state; Revert returns to it.
func (n *Node) Snapshot(ctx context.Context) (string, error) {
	var id hexutil.Big
	if err := n.call(ctx, &id, "evm_snapshot"); err != nil {
		return "", err
	}
	return (*big.Int)(&id).Text(16), nil
}

// Revert returns to a snapshot taken with Snapshot.
func (n *Node) Revert(ctx context.Context, id string) error {
	var ok bool
	if err := n.call(ctx, &ok, "evm_revert", "0x"+strings.TrimPrefix(id, "0x")); err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("anvil evm_revert %s: refused", id)
	}
	return nil
}

// Rollback removes the last depth blocks (anvil_rollback); the chain then
// continues from the older head, as after a reorg that has not yet produced
// replacement blocks.
func (n *Node) Rollback(ctx context.Context, depth uint64) error {
	return n.call(ctx, nil, "anvil_rollback", depth)
}

// ReorgTx is a replacement transaction for Reorg: a signed raw transaction
// and the offset (0 = first new block) of the block it goes into.
type ReorgTx struct {
	Raw   hexutil.Bytes
	Block uint64
}

// Reorg replaces the last depth blocks with depth new blocks holding txs
// (anvil_reorg). The new blocks have different hashes even when txs is empty.
func (n *Node) Reorg(ctx context.Context, depth uint64, txs []ReorgTx) error {
	pairs := make([][2]any, 0, len(txs))
	for _, tx := range txs {
		pairs = append(pairs, [2]any{tx.Raw, tx.Block})
	}
	return n.call(ctx, nil, "anvil_reorg", depth, pairs)
}

// Head returns the latest block number and hash.
func (n *Node) Head(ctx context.Context) (uint64, common.Hash, error) {
	var h struct {
		Number hexutil.Uint64 `json:"number"`
		Hash   common.Hash    `json:"hash"`
	}
	if err := n.call(ctx, &h, "eth_getBlockByNumber", "latest", false); err != nil {
		return 0, common.Hash{}, err
	}
	return uint64(h.Number), h.Hash, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.b.Len() > 1<<16 {
		return len(p), nil
	}
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// MineEvery mines a block every interval until the test ends, so that
// confirmations accrue while something waits for them.
func (n *Node) MineEvery(t testing.TB, every time.Duration) {
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tk := time.NewTicker(every)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				_ = n.Mine(context.Background(), 1)
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
}

// MineEveryAdvancing mines a block every interval, each seconds after the
// head's timestamp: a fast clock, so that a dispute window of an hour passes
// in a few blocks (or, with seconds past the window, in every block).
func (n *Node) MineEveryAdvancing(t testing.TB, every time.Duration, seconds uint64) {
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tk := time.NewTicker(every)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				var h struct {
					Timestamp hexutil.Uint64 `json:"timestamp"`
				}
				if err := n.call(context.Background(), &h, "eth_getBlockByNumber", "latest", false); err == nil {
					_ = n.MineAt(context.Background(), uint64(h.Timestamp)+seconds)
				}
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
}
