package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os/exec"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dataroyalty/royalty/store"
	"github.com/ethereum/go-ethereum/common"
)

var execCommand = exec.Command

func contentHashOf(t *testing.T, dsn string) common.Hash {
	t.Helper()
	st, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	h, err := st.ContentHash(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func runIndexBinary(t *testing.T, bin string, c *chain, dsn string, extra ...string) {
	t.Helper()
	args := append([]string{"index", "--rpc", c.node.URL, "--db", dsn, "--deployment", c.file, "--confirmations", "2", "--exit-at-head"}, extra...)
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("royalty index: %v\n%s", err, stderr.String())
	}
}

// kill -9 of `royalty index` in the middle of a backfill, then a restart:
// the tables end identical (content hash) to an uninterrupted run's.
func TestIndexKill9MidBackfill(t *testing.T) {
	c := newChain(t)
	for i := 0; i < 40; i++ {
		first := c.nextCf + 1
		c.oneBlock(0, c.registerCall(1, 100), c.registerCall(2, 100),
			batchCall(1, 3, []uint64{first}, []uint64{uint64(i + 1)}), transferCall(2, 4, first+1, 7))
	}
	c.node.Mine(c.ctx, 3)
	bin := buildBinary(t)

	clean := dbFor(t, "sqlite")
	runIndexBinary(t, bin, c, clean)
	want := contentHashOf(t, clean)
	// The range flags change how the chain is read, never what is stored.
	tuned := dbFor(t, "sqlite")
	runIndexBinary(t, bin, c, tuned, "--target-logs", "3", "--range", "5", "--rps", "1000")
	if got := contentHashOf(t, tuned); got != want {
		t.Fatalf("--target-logs 3 --range 5 --rps 1000: content %s, default flags %s", got, want)
	}
	head, err := c.ec.BlockNumber(c.ctx)
	if err != nil {
		t.Fatal(err)
	}

	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			dsn := dbFor(t, backend)
			// One block per range and a low request rate: the backfill takes a while.
			cmd := exec.Command(bin, "index", "--rpc", c.node.URL, "--db", dsn, "--deployment", c.file,
				"--confirmations", "2", "--range", "1", "--rps", "15")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			mid := c.d.StartBlock + (head-c.d.StartBlock)/3
			var at uint64
			for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
				if at = checkpointOf(dsn, c.d.ChainID); at >= mid {
					break
				}
			}
			if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			_ = cmd.Wait()
			if at < mid || at >= head-2 {
				t.Fatalf("killed at checkpoint %d, want inside the backfill (%d..%d)\n%s", at, mid, head-2, stderr.String())
			}
			t.Logf("killed -9 at checkpoint %d of %d", at, head)
			runIndexBinary(t, bin, c, dsn)
			if got := contentHashOf(t, dsn); got != want {
				t.Fatalf("after kill -9 and restart: content %s, uninterrupted run %s", got, want)
			}
		})
	}
}

func checkpointOf(dsn string, chainID uint64) uint64 {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	st, err := store.Open(ctx, dsn)
	if err != nil {
		return 0
	}
	defer st.Close()
	last, _, err := st.Checkpoint(ctx, chainID)
	if err != nil {
		return 0
	}
	return last.Number
}

// Snapshots through the command at times between, on and after transfers,
// including several transfers inside one block; a time whose block is not
// final exits 3 with "not final".
func TestSnapshotCommand(t *testing.T) {
	c := newChain(t)
	const t0 = 2_000_000_000
	A, B, C := 1, 2, 3
	c.oneBlock(t0+100, c.registerCall(A, 100)) // cf1
	c.oneBlock(t0+110, c.registerCall(B, 50))  // cf2
	c.oneBlock(t0+120, call{0, tokenABI.PackPublishVersion(bigInt(1), 1, []*bigIntT{bigInt(1), bigInt(2)}, common.Hash{1})})
	c.oneBlock(t0+200, transferCall(A, C, 1, 30))
	// One block: two transfers by A and a batch by B.
	c.oneBlock(t0+300, transferCall(A, C, 1, 10), transferCall(A, B, 1, 20), batchCall(B, C, []uint64{2}, []uint64{5}))
	for i := uint64(0); i < 4; i++ {
		c.oneBlock(t0 + 10_001 + i)
	}
	bin := buildBinary(t)

	type h = map[string]string // "cf/holder" → units
	key := func(cf int, who int) string { return fmt.Sprintf("%d/%s", cf, addr(who).Hex()) }
	before := h{key(1, A): "100", key(2, B): "50"}
	after200 := h{key(1, A): "70", key(1, C): "30", key(2, B): "50"}
	after300 := h{key(1, A): "40", key(1, C): "40", key(1, B): "20", key(2, B): "45", key(2, C): "5"}
	cases := []struct {
		at   uint64
		want h
	}{
		{t0 + 150, before},      // between publishing and the first transfer
		{t0 + 200, after200},    // on the transfer's block
		{t0 + 250, after200},    // between
		{t0 + 300, after300},    // on the block with three transfers
		{t0 + 10_000, after300}, // after everything
	}
	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			dsn := dbFor(t, backend)
			runIndexBinary(t, bin, c, dsn)
			for _, tc := range cases {
				out, err := exec.Command(bin, "snapshot", "--db", dsn, "--deployment", c.file, "--dataset", "1",
					"--version", "1", "--at", fmt.Sprint(tc.at), "--json").Output()
				if err != nil {
					var xe *exec.ExitError
					if errors.As(err, &xe) {
						t.Fatalf("snapshot at %d: %v: %s", tc.at, err, xe.Stderr)
					}
					t.Fatal(err)
				}
				var s snapshotJSON
				if err := json.Unmarshal(out, &s); err != nil {
					t.Fatalf("snapshot at %d: %v: %s", tc.at, err, out)
				}
				got := h{}
				for _, x := range s.Holdings {
					got[x.CfID+"/"+common.HexToAddress(x.Holder).Hex()] = x.Units
				}
				if fmt.Sprint(got) != fmt.Sprint(tc.want) {
					t.Errorf("snapshot at t0+%d: holdings %v, want %v", tc.at-t0, got, tc.want)
				}
				if len(s.SnapshotHash) != 66 || s.Block == "" || len(s.BlockHash) != 66 {
					t.Errorf("snapshot at t0+%d: malformed %s", tc.at-t0, out)
				}
			}
			cmd := exec.Command(bin, "snapshot", "--db", dsn, "--deployment", c.file, "--dataset", "1",
				"--version", "1", "--at", fmt.Sprint(t0+1_000_000), "--json")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			var xe *exec.ExitError
			if !errors.As(err, &xe) || xe.ExitCode() != 3 || !strings.Contains(stderr.String(), "not final") {
				t.Fatalf("snapshot past the final block: %v, stderr %q; want exit 3 \"not final\"", err, stderr.String())
			}
		})
	}
}

// Without --exit-at-head the command follows the tip until SIGTERM, then
// exits 0; new blocks mined while it runs are indexed.
func TestIndexFollowsUntilSIGTERM(t *testing.T) {
	c := newChain(t)
	c.oneBlock(0, c.registerCall(1, 10))
	bin := buildBinary(t)
	dsn := dbFor(t, "sqlite")
	cmd := exec.Command(bin, "index", "--rpc", c.node.URL, "--db", dsn, "--deployment", c.file,
		"--confirmations", "0", "--poll", "50ms")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	waitFor := func(n uint64) {
		t.Helper()
		for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if checkpointOf(dsn, c.d.ChainID) >= n {
				return
			}
		}
		t.Fatalf("checkpoint never reached %d\n%s", n, stderr.String())
	}
	head, _ := c.ec.BlockNumber(c.ctx)
	waitFor(head)
	c.oneBlock(0, transferCall(1, 2, 1, 3))
	c.node.Mine(c.ctx, 2)
	head, _ = c.ec.BlockNumber(c.ctx)
	waitFor(head)
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("after SIGTERM: %v, want exit 0\n%s", err, stderr.String())
	}
	if !strings.Contains(stderr.String(), "stopped by signal") {
		t.Errorf("no clean-stop log line:\n%s", stderr.String())
	}
}
