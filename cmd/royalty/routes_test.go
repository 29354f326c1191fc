package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/hypmailbox"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/bindings/uniswapv2pair"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/ethrpc"
	"github.com/dataroyalty/royalty/indexer"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/internal/chaintest"
	worked "github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/internal/hyperlanetest"
	"github.com/dataroyalty/royalty/internal/uniswaptest"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/dataroyalty/royalty/usage"
)

// A malformed --route-account is refused before anything is opened, naming the flag.
func TestEpochCloseRouteAccountMalformed(t *testing.T) {
	bin := royaltyBinary(t)
	dir := t.TempDir()
	for _, v := range []string{"0xZZ", "0x0000000000000000000000000000000000000000", "12"} {
		cmd := exec.Command(bin, "epoch", "close", "--end", "5", "--deployment", filepath.Join(dir, "none.json"),
			"--db", filepath.Join(dir, "r.db"), "--route-account", v)
		out, err := cmd.CombinedOutput()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(string(out), "--route-account") {
			t.Errorf("--route-account %s: %v\n%s; want exit 2 naming the flag", v, err, out)
		}
	}
}

// runRoyalty runs the binary with the route account's key in the environment.
func runRoyalty(t *testing.T, bin string, key *ecdsa.PrivateKey, args ...string) (string, string, int) {
	t.Helper()
	return runRoyaltyEnv(t, bin, key, nil, args...)
}

// runRoyaltyEnv is runRoyalty with more environment (a failpoint); a run killed by SIGKILL
// reports exit code -1.
func runRoyaltyEnv(t *testing.T, bin string, key *ecdsa.PrivateKey, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(append(os.Environ(), "ROYALTY_PRIVATE_KEY="+hex.EncodeToString(crypto.FromECDSA(key))), env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return out.String(), errb.String(), ee.ExitCode()
	}
	if err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), 0
}

// `royalty route N` through the binary: the worked example's epoch, closed with a route
// account, whose patient asked to be paid on chain 31338 (Hyperlane Warp Route) and Dr. Lin in
// tEUR at home (Uniswap V2). The command, killed with SIGKILL between the swap and the pay and
// again between the bridge's send and its delivery, then run to the end, claims the route
// account's leaf, runs both routes with each step done once, and proposes the destination's
// root; run again after the dispute window it claims nothing again and activates the root; the
// patient then claims on chain 31338. A malformed config and a key that is
// not the route account are refused with exit 2, naming what to fix.
func TestRouteCommand(t *testing.T) {
	ctx := context.Background()
	bin := royaltyBinary(t)
	dir := t.TempDir()
	w := chaintest.New(t, chaintest.Options{DisputeWindow: rootWindow, Deposit: 2_000_000})
	dest := chaintest.New(t, chaintest.Options{DisputeWindow: rootWindow, Anvil: anviltest.Options{ChainID: 31338}})
	dsn := "sqlite:" + filepath.Join(dir, "home.db")
	st := storetest.Open(t, dsn)
	parties := worked.Parties{Patient: w.Addr(2), DrLin: w.Addr(3), Validator: crypto.PubkeyToAddress(anviltest.Key(4).PublicKey),
		Treasury: common.HexToAddress("0x00000000000000000000000000000000000007e5"), Developer: common.HexToAddress("0x00000000000000000000000000000000000000de"), Meter: w.Addr(0)}
	if err := worked.Seed(ctx, w.Chain(0), w.Dep, w.Token, parties, 600); err != nil {
		t.Fatal(err)
	}
	homeCore, err := hyperlanetest.DeployCore(ctx, w.Chain(0), 31337, w.Addr(0))
	if err != nil {
		t.Fatal(err)
	}
	destCore, err := hyperlanetest.DeployCore(ctx, dest.Chain(0), 31338, dest.Addr(0))
	if err != nil {
		t.Fatal(err)
	}
	warp, err := hyperlanetest.DeployWarp(ctx, w.Chain(0), homeCore, dest.Chain(0), destCore, w.Token, 6, "Test USD (bridged)", "tUSDh")
	if err != nil {
		t.Fatal(err)
	}
	dist := royaltydistributor.NewRoyaltyDistributor()
	if _, err := dest.Chain(0).Transact(ctx, "allow", dist.Instance(dest.Client, dest.Dep.RoyaltyDistributor), dist.PackSetAssetAllowed(warp.Synthetic, true)); err != nil {
		t.Fatal(err)
	}
	eur, err := deploy.TestToken(ctx, w.Chain(0), "Test EUR", "tEUR")
	if err != nil {
		t.Fatal(err)
	}
	uni, err := uniswaptest.Deploy(ctx, w.Chain(0))
	if err != nil {
		t.Fatal(err)
	}
	if err := uni.AddLiquidity(ctx, w.Chain(3), w.Token, eur, big.NewInt(1_000_000_000_000), big.NewInt(900_000_000_000)); err != nil {
		t.Fatal(err)
	}
	for i, p := range map[int][2]any{2: {uint64(31338), warp.Synthetic}, 3: {uint64(31337), eur}} {
		if _, err := w.Chain(i).Transact(ctx, "preference", dist.Instance(w.Client, w.Dep.RoyaltyDistributor),
			dist.PackSetPayoutPreference(p[0].(uint64), p[1].(common.Address))); err != nil {
			t.Fatal(err)
		}
	}

	// The epoch, in process: a signed event, indexed, priced, closed with the route account, relayed.
	head, err := w.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	evTime := head.Time + 5
	ev := &usage.SignedEvent{ID: "evt-route-cmd", Consumer: w.Consumer, PaymentAccount: w.Consumer, DatasetID: *uint256.NewInt(worked.DatasetID),
		DatasetVersion: worked.Version, Quantity: *uint256.NewInt(1000), Unit: "requests", Timestamp: evTime, PolicyRule: "rule-1", ValuationVersion: 1}
	if err := ev.Sign(w.Keys[0], usage.Domain{ChainID: w.Dep.ChainID, VerifyingContract: w.Dep.GovernanceConfig}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.InsertUsageEvent(ctx, w.Dep.ChainID, ev); err != nil {
		t.Fatal(err)
	}
	w.Warp(t, 10)
	pool, err := ethrpc.DialPool(ctx, ethrpc.Config{}, []string{w.Node.URL})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := indexer.New(indexer.Config{ChainID: w.Dep.ChainID, StartBlock: w.Dep.StartBlock, ExitAtHead: true, Contracts: indexer.ContractsOf(w.Dep)}, indexer.PoolSource{Pool: pool}, st)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if res, err := (&pipeline.Pricer{Store: st, Dep: w.Dep}).Price(ctx, ev.Event(), w.Addr(0)); err != nil || res.Outcome != pipeline.Priced {
		t.Fatalf("price: %+v %v", res, err)
	}
	closed, err := (&pipeline.Epochs{Store: st, Dep: w.Dep, RouteAccount: w.Addr(0)}).Close(ctx, evTime+1)
	if err != nil {
		t.Fatal(err)
	}
	tcfg := txmgr.DefaultConfig()
	tcfg.Confirmations, tcfg.PollInterval = 1, 20*time.Millisecond
	m, err := txmgr.New(ctx, tcfg, w.Client, st.Outbox(), w.Keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	rel := relayer.New(m, w.Client, nil)
	if prog, err := rel.Step(ctx, &closed.Payout); err != nil || prog.Stage != relayer.StageActivated {
		w.Warp(t, rootWindow+1)
		if prog, err = rel.Step(ctx, &closed.Payout); err != nil || prog.Stage != relayer.StageActivated {
			t.Fatalf("relay: %+v %v", prog, err)
		}
	}

	depFile := filepath.Join(dir, "deployment.json")
	if err := deploy.Save(depFile, w.Dep); err != nil {
		t.Fatal(err)
	}
	bridge := routes.HyperlaneWarp{HomeChain: 31337, DestChain: 31338, HomeDomain: 31337, DestDomain: 31338, HomeMailbox: homeCore.Mailbox,
		DestMailbox: destCore.Mailbox, Token: w.Token, Collateral: warp.Collateral, Synthetic: warp.Synthetic}
	cfg := map[string]any{"slippageBps": 100, "deadlineSeconds": 86400, "uniswapV2Router": uni.Router, "bridge": bridge, "destination": dest.Dep}
	raw, err := json.Marshal(cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfgFile := filepath.Join(dir, "routes.json")
	if err := os.WriteFile(cfgFile, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	args := []string{"route", "1", "--db", dsn, "--deployment", depFile, "--rpc", w.Node.URL, "--dest-rpc", dest.Node.URL,
		"--dest-db", "sqlite:" + filepath.Join(dir, "dest.db"), "--config", cfgFile, "--poll", "50ms"}

	// Refusals first: a key that is not the route account; a config naming an unknown field.
	if _, errOut, code := runRoyalty(t, bin, w.Keys[1], args...); code != 2 || !strings.Contains(errOut, "routes through") {
		t.Fatalf("another key: exit %d\n%s", code, errOut)
	}
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte(`{"slippageBps": 100, "venue": "x"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	badArgs := append(append([]string{}, args[:len(args)-4]...), "--config", bad, "--poll", "50ms")
	if _, errOut, code := runRoyalty(t, bin, w.Keys[0], badArgs...); code != 2 || !strings.Contains(errOut, "venue") {
		t.Fatalf("bad config: exit %d\n%s", code, errOut)
	}

	// Killed with SIGKILL between the swap and the pay, and between the bridge's send and its
	// delivery; each restart goes on from where the last one stood.
	for _, point := range []string{"routes/after-step:/swap", "routes/after-send:/bridge"} {
		if out, errOut, code := runRoyaltyEnv(t, bin, w.Keys[0], []string{"ROYALTY_FAILPOINT=" + point}, args...); code != -1 {
			t.Fatalf("royalty route armed with %s: exit %d, want death by SIGKILL\n%s%s", point, code, out, errOut)
		}
	}
	out, errOut, code := runRoyalty(t, bin, w.Keys[0], args...)
	if code != 0 {
		t.Fatalf("royalty route: exit %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"swap", "bridge", "pay", "done", "0.342 tUSD", "tEUR", "destination chain 31338: epoch 1"} {
		if !strings.Contains(out, want) {
			t.Fatalf("the table lacks %q:\n%s", want, out)
		}
	}
	t.Logf("royalty route 1:\n%s", out)
	dest.Warp(t, rootWindow+1)
	out, errOut, code = runRoyalty(t, bin, w.Keys[0], append(args, "--json")...)
	if code != 0 {
		t.Fatalf("royalty route again: exit %d\n%s%s", code, out, errOut)
	}
	var rep struct {
		ClaimTx     *common.Hash `json:"claimTx"`
		Routes      []routes.Run `json:"routes"`
		Destination struct {
			Stage string `json:"stage"`
		} `json:"destination"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if rep.Destination.Stage != string(relayer.StageActivated) || len(rep.Routes) != 2 {
		t.Fatalf("second run: %s", out)
	}
	if rep.ClaimTx != nil {
		t.Fatalf("the second run claimed the route account's leaf again: %s", rep.ClaimTx)
	}
	var d bind.ContractBackend = dest.Client
	proofsTree, err := merkle.Load(mustDestTree(t, rep.Routes, dest.Dep))
	if err != nil {
		t.Fatal(err)
	}
	proofs, err := relayer.ProofsFor(proofsTree, parties.Patient)
	if err != nil {
		t.Fatal(err)
	}
	data, err := relayer.ClaimCalldata(proofs)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := dest.Chain(2).Transact(ctx, "claim on 31338", dist.Instance(d, dest.Dep.RoyaltyDistributor), data); err != nil {
		t.Fatal(err)
	}
	tok := testtoken.NewTestToken()
	got, err := bind.Call(tok.Instance(d, warp.Synthetic), nil, tok.PackBalanceOf(parties.Patient), tok.UnpackBalanceOf)
	if err != nil || got.Int64() != 342_000 {
		t.Fatalf("the patient holds %v on chain 31338 (%v), want 342000", got, err)
	}
	// Each step once, through the kills and the reruns.
	count := func(c ethereum.LogFilterer, addr common.Address, topic common.Hash) int {
		logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addr}, Topics: [][]common.Hash{{topic}}})
		if err != nil {
			t.Fatal(err)
		}
		return len(logs)
	}
	venue, err := routes.NewUniswapV2(ctx, w.Client, 31337, uni.Router)
	if err != nil {
		t.Fatal(err)
	}
	pair, err := venue.Pair(ctx, w.Token, eur)
	if err != nil {
		t.Fatal(err)
	}
	mb := hypmailbox.NewMailbox().GetABI()
	if n := count(w.Client, pair, uniswapv2pair.NewUniswapV2Pair().GetABI().Events["Swap"].ID); n != 1 {
		t.Errorf("%d swaps on the pool, want 1", n)
	}
	if n := count(w.Client, homeCore.Mailbox, mb.Events["Dispatch"].ID); n != 1 {
		t.Errorf("%d dispatches, want 1", n)
	}
	if n := count(dest.Client, destCore.Mailbox, mb.Events["Process"].ID); n != 1 {
		t.Errorf("%d deliveries, want 1", n)
	}
}

// mustDestTree rebuilds the destination tree the command proposed, as a standard-v1 dump.
func mustDestTree(t *testing.T, runs []routes.Run, dep deploy.Deployment) []byte {
	t.Helper()
	_, tree, err := routes.DestinationPayout(runs, dep, 1, 1)
	if err != nil || tree == nil {
		t.Fatalf("destination tree: %v", err)
	}
	dump, err := tree.Dump()
	if err != nil {
		t.Fatal(err)
	}
	return dump
}
