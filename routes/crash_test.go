package routes_test

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/hypmailbox"
	"github.com/dataroyalty/royalty/bindings/uniswapv2pair"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store/storetest"
)

// worker builds routes/internal/routeworker with failpoints (production builds carry none).
func worker(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "routeworker")
	if out, err := exec.Command("go", "build", "-tags", "failpoint", "-o", bin, "./internal/routeworker").CombinedOutput(); err != nil {
		t.Fatalf("build the route worker: %v\n%s", err, out)
	}
	return bin
}

// A relayer process killed with SIGKILL at each boundary of a route — after the swap's
// transaction is stored but before it is sent, between the swap and the bridge, between the
// bridge's send and its delivery — and started again finishes the route with every step done
// exactly once: one Swap on the pool per swap route, one Dispatch on the home Mailbox and one
// Process on the destination Mailbox per bridged route, and the destination distributor holding
// exactly what the records say arrived.
func TestRouteKilledAndResumedDoesEachStepOnce(t *testing.T) {
	ctx := context.Background()
	w := newRouteWorld(t)
	bin := worker(t)
	dir := t.TempDir()
	dsn, destDSN := "sqlite:"+filepath.Join(dir, "route.db"), "sqlite:"+filepath.Join(dir, "dest.db")
	st := storetest.Open(t, dsn)
	planner := &routes.Runner{Store: st, Venue: w.venue, Bridge: w.bridge, SlippageBps: 100}
	holder := func(b byte, n uint64) []routes.Part {
		return []routes.Part{{Account: common.Address{19: b}, Amount: *uint256.NewInt(n)}, {Account: common.Address{19: b + 1}, Amount: *uint256.NewInt(n + 7)}}
	}
	cases := []struct {
		key, point string
		g          routes.Group
	}{
		{"31337/epoch/1/route/a", "txmgr/after-save:route/a/swap/swap",
			routes.Group{HomeChain: 31337, Asset: w.eur, ToChain: 31338, ToAsset: w.warp.Synthetic, Parts: holder(1, 2_000_000)}},
		{"31337/epoch/1/route/b", "routes/after-step:route/b/swap",
			routes.Group{HomeChain: 31337, Asset: w.eur, ToChain: 31338, ToAsset: w.warp.Synthetic, Parts: holder(3, 3_000_000)}},
		{"31337/epoch/1/route/c", "routes/after-send:route/c/bridge",
			routes.Group{HomeChain: 31337, Asset: w.home.Token, ToChain: 31338, ToAsset: w.warp.Synthetic, Parts: holder(5, 4_000_000)}},
	}
	arrived := new(big.Int)
	for _, c := range cases {
		if _, err := planner.Plan(ctx, c.key, 1, c.g); err != nil {
			t.Fatal(err)
		}
		cfg := map[string]any{"key": c.key, "homeRpc": w.home.Node.URL, "destRpc": w.dest.Node.URL, "dsn": dsn, "destDsn": destDSN,
			"router": w.uni.Router, "bridge": w.bridge, "hold": w.home.Addr(0), "destRecipient": w.dest.Dep.RoyaltyDistributor,
			"slippageBps": 100, "deadline": uint64(1 << 40)}
		raw, err := json.Marshal(cfg)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "config.json")
		if err := os.WriteFile(path, raw, 0o600); err != nil {
			t.Fatal(err)
		}
		env := append(os.Environ(), "ROYALTY_PRIVATE_KEY="+hex.EncodeToString(crypto.FromECDSA(w.home.Keys[0])))
		killed := exec.Command(bin, path)
		killed.Env = append(env, "ROYALTY_FAILPOINT="+c.point)
		out, err := killed.CombinedOutput()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Fatalf("%s: the worker armed with %s did not die by SIGKILL: %v\n%s", c.key, c.point, err, out)
		}
		again := exec.Command(bin, path)
		again.Env = env
		out, err = again.Output()
		if err != nil {
			t.Fatalf("%s: resume after the kill: %v\n%s", c.key, err, out)
		}
		var run routes.Run
		if err := json.Unmarshal(out, &run); err != nil {
			t.Fatal(err)
		}
		last := run.Steps[len(run.Steps)-1]
		for _, s := range run.Steps {
			if s.Status != routes.StatusDone {
				t.Fatalf("%s after the resume: step %s is %s (%s)", c.key, s.Kind, s.Status, s.Reason)
			}
		}
		n, _ := new(big.Int).SetString(last.AmountOut, 10)
		arrived.Add(arrived, n)
	}

	count := func(c ethereum.LogFilterer, addr common.Address, topic common.Hash) int {
		logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addr}, Topics: [][]common.Hash{{topic}}})
		if err != nil {
			t.Fatal(err)
		}
		return len(logs)
	}
	pair, err := w.venue.Pair(ctx, w.eur, w.home.Token)
	if err != nil {
		t.Fatal(err)
	}
	mb := hypmailbox.NewMailbox().GetABI()
	if n := count(w.home.Client, pair, uniswapv2pair.NewUniswapV2Pair().GetABI().Events["Swap"].ID); n != 2 {
		t.Errorf("%d swaps on the pool, want 2 (routes a and b, once each)", n)
	}
	if n := count(w.home.Client, w.homeCore.Mailbox, mb.Events["Dispatch"].ID); n != 3 {
		t.Errorf("%d dispatches on the home mailbox, want 3", n)
	}
	if n := count(w.dest.Client, w.destCore.Mailbox, mb.Events["Process"].ID); n != 3 {
		t.Errorf("%d deliveries on the destination mailbox, want 3", n)
	}
	if got := balanceOn(t, w.dest, w.warp.Synthetic, w.dest.Dep.RoyaltyDistributor); got.Cmp(arrived) != 0 {
		t.Errorf("the destination distributor holds %s, the records say %s arrived", got, arrived)
	}
	rows, err := st.RouteRuns(ctx, 31337, 1)
	if err != nil || len(rows) != 3 {
		t.Fatalf("stored routes: %d, %v", len(rows), err)
	}
}
