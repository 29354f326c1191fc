package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/chaintest"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
)

var (
	buildOnce sync.Once
	builtBin  string
	buildErr  error
)

// TestMain removes the binary royaltyBinary built.
func TestMain(m *testing.M) {
	code := m.Run()
	if builtBin != "" {
		os.RemoveAll(filepath.Dir(builtBin))
	}
	os.Exit(code)
}

// royaltyBinary builds cmd/royalty once per test run, with the failpoint
// build tag (production builds carry no failpoint) so the kill -9 tests can
// arm them; unarmed, the binary behaves as a production one.
func royaltyBinary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "royalty-bin-")
		if err != nil {
			buildErr = err
			return
		}
		builtBin = filepath.Join(dir, "royalty")
		out, err := exec.Command("go", "build", "-tags", "failpoint", "-o", builtBin, ".").CombinedOutput()
		if err != nil {
			buildErr = errors.New(string(out))
		}
	})
	if buildErr != nil {
		t.Fatalf("build royalty: %v", buildErr)
	}
	return builtBin
}

type relayRun struct {
	bin, dir, rpc string
	key           string
}

func (r relayRun) cmd(failpoint string, args ...string) *exec.Cmd {
	cmd := exec.Command(r.bin, args...)
	cmd.Env = append(os.Environ(), "ROYALTY_PRIVATE_KEY="+r.key)
	if failpoint != "" {
		cmd.Env = append(cmd.Env, "ROYALTY_FAILPOINT="+failpoint)
	}
	return cmd
}

func (r relayRun) relay(failpoint string) (*exec.Cmd, []byte, error) {
	cmd := r.cmd(failpoint, "relay", "--rpc", r.rpc, "--db", filepath.Join(r.dir, "relayer.db"),
		"--deployment", filepath.Join(r.dir, "deployment.json"), "--payout", filepath.Join(r.dir, "payout.json"),
		"--confirmations", "4", "--poll", "50ms") // several blocks of waiting: the confirming failpoints are met even on a loaded machine
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	return cmd, out.Bytes(), err
}

// The relayer is killed with SIGKILL at each boundary of an action — after
// signing before the store commit, after the commit before the broadcast,
// after the broadcast before the receipt is stored, and while waiting for
// confirmations — and restarted. Exactly one funding and one root reach the
// chain, and the holders claim exactly what they are owed with proofs from
// `royalty proof`, via `royalty claim`; a second claim pays nothing.
func TestRelayKill9AtEachBoundary(t *testing.T) {
	bin := royaltyBinary(t)
	points := []string{
		"txmgr/after-sign:fund",
		"txmgr/after-save:propose",
		"txmgr/after-broadcast:fund",
		"txmgr/after-broadcast:activate",
		"txmgr/confirming:propose",
		"txmgr/confirming:activate",
	}
	for i, point := range points {
		t.Run(point, func(t *testing.T) {
			const deposit = 3_000_000
			const window = deploy.MinDisputeWindow
			w := chaintest.New(t, chaintest.Options{DisputeWindow: window, Deposit: deposit})
			w.Node.MineEvery(t, 100*time.Millisecond)
			dir := t.TempDir()
			if err := deploy.Save(filepath.Join(dir, "deployment.json"), w.Dep); err != nil {
				t.Fatal(err)
			}
			amounts := map[common.Address]uint64{w.Addr(2): 1_140_000, w.Addr(3): 570_001}
			tree := w.Tree(t, amounts)
			dump, err := tree.Dump()
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "tree.json"), dump, 0o644); err != nil {
				t.Fatal(err)
			}
			p := relayer.Payout{ChainID: w.Dep.ChainID, Vault: w.Dep.RevenueVault, Distributor: w.Dep.RoyaltyDistributor,
				Epoch: 1, End: w.HeadTime(t), Root: tree.Root(), ReceiptRoot: common.HexToHash("0xabc"),
				Assets: []common.Address{w.Token}, Totals: []*big.Int{big.NewInt(1_710_001)},
				Fundings: []relayer.Funding{{Consumer: w.Consumer, Asset: w.Token, Amount: big.NewInt(1_710_001)}}}
			pj, err := json.Marshal(p)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "payout.json"), pj, 0o644); err != nil {
				t.Fatal(err)
			}
			r := relayRun{bin: bin, dir: dir, rpc: w.Node.URL, key: chaintest.Keys[0]}
			ctx := context.Background()
			nonceBefore, err := w.Client.NonceAt(ctx, w.Addr(0), nil)
			if err != nil {
				t.Fatal(err)
			}

			d := royaltydistributor.NewRoyaltyDistributor()
			inst := d.Instance(w.Client, w.Dep.RoyaltyDistributor)
			active := func() bool {
				cur, err := bind.Call(inst, nil, d.PackCurrentEpoch(), d.UnpackCurrentEpoch)
				if err != nil {
					t.Fatal(err)
				}
				return cur == 1
			}
			if strings.HasSuffix(point, ":activate") {
				// Reach the activation: fund and propose, then let the dispute window pass.
				if _, out, err := r.relay(""); err != nil {
					t.Fatalf("relay up to the proposal: %v\n%s", err, out)
				}
				w.Warp(t, window+1)
			}
			cmd, out, err := r.relay(point)
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
				t.Fatalf("relay with failpoint %s did not die by SIGKILL: %v (%v)\n%s", point, err, cmd.ProcessState, out)
			}
			// Restart until the root is active: inside the window a run stops at "proposed".
			for i := 0; !active(); i++ {
				if i == 2 {
					t.Fatal("the root is not active after two restarts and the window")
				}
				_, out, err := r.relay("")
				if err != nil {
					t.Fatalf("restarted relay: %v\n%s", err, out)
				}
				// Finding its own transactions sent or mined is a restart's normal recovery, not a warning.
				if bytes.Contains(out, []byte("level=WARN")) || bytes.Contains(out, []byte("level=ERROR")) {
					t.Fatalf("the restarted relay warned during a normal recovery:\n%s", out)
				}
				if !active() {
					w.Warp(t, window+1)
				}
			}
			// Running it yet again changes nothing.
			if _, out, err := r.relay(""); err != nil {
				t.Fatalf("another relay: %v\n%s", err, out)
			}

			if left := w.VaultBalance(t, w.Consumer); left != deposit-1_710_001 {
				t.Fatalf("consumer's vault balance %d, want %d: exactly one funding", left, deposit-1_710_001)
			}
			cur, err := bind.Call(inst, nil, d.PackCurrentEpoch(), d.UnpackCurrentEpoch)
			if err != nil {
				t.Fatal(err)
			}
			root, err := bind.Call(inst, nil, d.PackRootOf(1), d.UnpackRootOf)
			if err != nil {
				t.Fatal(err)
			}
			if cur != 1 || common.Hash(root) != tree.Root() {
				t.Fatalf("distributor at epoch %d with root %x, want epoch 1 root %s", cur, root, tree.Root())
			}
			nonceAfter, _ := w.Client.NonceAt(ctx, w.Addr(0), nil)
			if sent := nonceAfter - nonceBefore; sent != 3 {
				t.Fatalf("relayer account sent %d transactions, want 3 (fund, propose, activate)", sent)
			}
			st, err := store.Open(ctx, filepath.Join(dir, "relayer.db"))
			if err != nil {
				t.Fatal(err)
			}
			intents, err := st.Outbox().Intents(ctx)
			st.Close()
			if err != nil {
				t.Fatal(err)
			}
			if len(intents) != 3 {
				t.Fatalf("%d intents in the outbox, want 3", len(intents))
			}
			for _, in := range intents {
				if in.Status != "confirmed" {
					t.Fatalf("intent %s is %s", in.Key, in.Status)
				}
			}

			if i != len(points)-1 {
				return
			}
			for h := 2; h <= 3; h++ {
				holder := w.Addr(h)
				proof := r.cmd("", "proof", "--json", "--account", holder.Hex(), "--dump", filepath.Join(dir, "tree.json"))
				pout, err := proof.Output()
				if err != nil {
					t.Fatalf("royalty proof: %v", err)
				}
				var ap relayer.AccountProofs
				if err := json.Unmarshal(pout, &ap); err != nil || len(ap.Entitlements) != 1 || ap.Root != tree.Root() {
					t.Fatalf("royalty proof printed %s (%v)", pout, err)
				}
				for round := 0; round < 2; round++ {
					// The holder claims with its own key.
					claim := exec.Command(bin, "claim", "--account", holder.Hex(), "--dump", filepath.Join(dir, "tree.json"),
						"--rpc", w.Node.URL, "--deployment", filepath.Join(dir, "deployment.json"), "--json")
					claim.Env = append(os.Environ(), "ROYALTY_PRIVATE_KEY="+chaintest.Keys[h])
					var cout, cerr bytes.Buffer
					claim.Stdout, claim.Stderr = &cout, &cerr
					sentBefore, nerr := w.Client.NonceAt(ctx, holder, nil)
					if nerr != nil {
						t.Fatal(nerr)
					}
					err := claim.Run()
					if round == 1 {
						// Nothing is left to claim: refused, with a message, nothing sent.
						var ee *exec.ExitError
						if !errors.As(err, &ee) || ee.ExitCode() != exitNothingToClaim || !strings.Contains(cerr.String(), "nothing to claim") {
							t.Fatalf("a second claim: %v\n%s%s", err, cout.String(), cerr.String())
						}
						if sentAfter, err := w.Client.NonceAt(ctx, holder, nil); err != nil || sentAfter != sentBefore {
							t.Fatalf("a refused claim sent %d transactions (%v)", sentAfter-sentBefore, err)
						}
					} else {
						if err != nil {
							t.Fatalf("royalty claim: %v\n%s%s", err, cout.String(), cerr.String())
						}
						var res claimResult
						if err := json.Unmarshal(cout.Bytes(), &res); err != nil || len(res.Claimed) != 1 ||
							res.Claimed[0].Amount != fmt.Sprint(amounts[holder]) || res.Claimed[0].Symbol != "tUSD" {
							t.Fatalf("claim output %s: %v", cout.String(), err)
						}
					}
					if got := w.Balance(t, holder); got != amounts[holder] {
						t.Fatalf("holder %d has %d after claim round %d, want %d", h, got, round, amounts[holder])
					}
				}
			}
		})
	}
}
