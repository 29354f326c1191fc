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
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/google/uuid"
	"github.com/holiman/uint256"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/anviltest"
	worked "github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/merkle"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/dataroyalty/royalty/watcher"
)

// watchRun drives the relayer (its key, its SQLite database) and the
// guardian's watcher (its key, its own PostgreSQL database) through the binary
// on one anvil, with separated keys and no --single-key-dev.
type watchRun struct {
	t                  *testing.T
	ctx                context.Context
	bin, dir, depFile  string
	node               *anviltest.Node
	client             *ethclient.Client
	dep                deploy.Deployment
	relayerDB, watchDB string
	n                  int
}

const (
	wDeployer, wConsumer, wPatient, wDrLin, wMeter, wAdmin, wRelayer, wGuardian = 0, 1, 2, 3, 4, 5, 6, 7
)

func (w *watchRun) cmd(key int, db string, args ...string) *exec.Cmd {
	cmd := exec.Command(w.bin, args...)
	cmd.Env = append(os.Environ(), "ROYALTY_PRIVATE_KEY="+hexKey(key), "ROYALTY_RPC="+w.node.URL,
		"ROYALTY_DEPLOYMENT="+w.depFile, "ROYALTY_DB="+db)
	return cmd
}

// run returns stdout, stderr and the exit status.
func (w *watchRun) run(key int, db string, args ...string) ([]byte, []byte, int) {
	w.t.Helper()
	cmd := w.cmd(key, db, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return out.Bytes(), errb.Bytes(), 0
	case errors.As(err, &ee):
		return out.Bytes(), errb.Bytes(), ee.ExitCode()
	}
	w.t.Fatalf("royalty %s: %v", strings.Join(args, " "), err)
	return nil, nil, -1
}

func (w *watchRun) must(key int, db string, args ...string) []byte {
	w.t.Helper()
	out, errb, code := w.run(key, db, args...)
	if code != 0 {
		w.t.Fatalf("royalty %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errb)
	}
	return out
}

var watchArgs = []string{"watch", "--once", "--json", "--confirmations", "0", "--tx-confirmations", "1", "--intake-delay", "0s", "--poll", "100ms"}

// watch runs `royalty watch --once` with the guardian's key and its own database.
func (w *watchRun) watch() (watcher.Report, []byte, int) {
	w.t.Helper()
	out, errb, code := w.run(wGuardian, w.watchDB, watchArgs...)
	var rep watcher.Report
	if err := json.Unmarshal(out, &rep); err != nil {
		w.t.Fatalf("watch --once: exit %d, %v\n%s%s", code, err, out, errb)
	}
	return rep, errb, code
}

func (w *watchRun) chain(key int) deploy.Chain {
	return deploy.Chain{Backend: w.client, Auth: bind.NewKeyedTransactor(anviltest.Key(key), big.NewInt(int64(w.node.ChainID))), Poll: 20 * time.Millisecond}
}

func (w *watchRun) head() uint64 {
	w.t.Helper()
	h, err := w.client.HeaderByNumber(w.ctx, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	return h.Time
}

// events has the meter sign usage events (valuation version 1 prices in
// tUSD, 2 in tEUR) at ts, ts+1, …, and both the operator and the watcher
// ingest them into their own databases.
func (w *watchRun) events(ts uint64, valuations ...int) {
	w.t.Helper()
	w.eventsInto([]string{w.relayerDB, w.watchDB}, ts, valuations...)
}

// eventsInto is events ingested into the given databases only.
func (w *watchRun) eventsInto(dbs []string, ts uint64, valuations ...int) {
	w.t.Helper()
	c := addr(wConsumer).Hex()
	var lines []string
	for i, v := range valuations {
		w.n++
		lines = append(lines, fmt.Sprintf(`{"id":"w-%d","consumer":"%s","paymentAccount":"%s","datasetId":"1","datasetVersion":1,"quantity":"%d","unit":"requests","timestamp":%d,"policyRule":"rule-1","valuationVersion":%d,"mode":"standard"}`,
			w.n, c, c, 100*w.n, ts+uint64(i), v))
	}
	in := filepath.Join(w.dir, fmt.Sprintf("events-%d.jsonl", w.n))
	if err := os.WriteFile(in, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		w.t.Fatal(err)
	}
	signed := filepath.Join(w.dir, fmt.Sprintf("signed-%d.jsonl", w.n))
	if err := os.WriteFile(signed, w.must(wMeter, w.relayerDB, "sign-event", in), 0o644); err != nil {
		w.t.Fatal(err)
	}
	for _, db := range dbs {
		w.must(wDeployer, db, "ingest", signed)
	}
}

// relay runs `royalty relay --epoch N` with the relayer's key.
func (w *watchRun) relay(epoch uint64, extra ...string) relayer.Progress {
	w.t.Helper()
	var prog relayer.Progress
	out := w.must(wRelayer, w.relayerDB, append([]string{"relay", "--epoch", fmt.Sprint(epoch), "--confirmations", "1", "--json", "--poll", "100ms"}, extra...)...)
	if err := json.Unmarshal(out, &prog); err != nil {
		w.t.Fatalf("relay: %v\n%s", err, out)
	}
	return prog
}

// tree is epoch's entitlement tree in the relayer's database.
func (w *watchRun) tree(epoch uint64) []merkle.Distributor {
	w.t.Helper()
	st, err := store.Open(w.ctx, w.relayerDB)
	if err != nil {
		w.t.Fatal(err)
	}
	defer st.Close()
	row, err := st.Epoch(w.ctx, w.dep.ChainID, epoch)
	if err != nil {
		w.t.Fatal(err)
	}
	return leavesOf(w.t, row.Tree)
}

func leavesOf(t *testing.T, dump []byte) []merkle.Distributor {
	t.Helper()
	tr, err := merkle.Load(dump)
	if err != nil {
		t.Fatal(err)
	}
	var out []merkle.Distributor
	for i := 0; i < tr.Len(); i++ {
		v, err := tr.Value(i)
		if err != nil {
			t.Fatal(err)
		}
		c, err := uint256.FromDecimal(v[4])
		if err != nil {
			t.Fatal(err)
		}
		var d merkle.Distributor
		d.ChainID, d.Distributor = 0, common.HexToAddress(v[1])
		if _, err := fmt.Sscan(v[0], &d.ChainID); err != nil {
			t.Fatal(err)
		}
		d.Account, d.Asset, d.Cumulative = common.HexToAddress(v[2]), common.HexToAddress(v[3]), *c
		out = append(out, d)
	}
	return out
}

func rootOf(t *testing.T, leaves []merkle.Distributor) common.Hash {
	t.Helper()
	tr, err := merkle.BuildDistributor(leaves)
	if err != nil {
		t.Fatal(err)
	}
	return tr.Root()
}

// pausableMiner mines a block every 100ms unless paused, so that
// confirmations accrue; pausing it (with automine off) keeps a sent
// transaction in the mempool.
type pausableMiner struct{ paused atomic.Bool }

func startMiner(t *testing.T, node *anviltest.Node) *pausableMiner {
	m := &pausableMiner{}
	stop, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		tk := time.NewTicker(100 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case <-tk.C:
				if !m.paused.Load() {
					_ = node.Mine(context.Background(), 1)
				}
			}
		}
	}()
	t.Cleanup(func() { close(stop); <-done })
	return m
}

// lineWatcher is a process's stream: it keeps everything written and closes
// seen at the first write after which the stream holds want.
type lineWatcher struct {
	mu   sync.Mutex
	buf  bytes.Buffer
	want string
	seen chan struct{}
	once sync.Once
}

func newLineWatcher(want string) *lineWatcher {
	return &lineWatcher{want: want, seen: make(chan struct{})}
}

func (lw *lineWatcher) Write(p []byte) (int, error) {
	lw.mu.Lock()
	defer lw.mu.Unlock()
	lw.buf.Write(p)
	if strings.Contains(lw.buf.String(), lw.want) {
		lw.once.Do(func() { close(lw.seen) })
	}
	return len(p), nil
}

func (lw *lineWatcher) String() string {
	lw.mu.Lock()
	defer lw.mu.Unlock()
	return lw.buf.String()
}

// startWatched starts cmd and returns a channel closed with its exit.
func startWatched(t *testing.T, cmd *exec.Cmd) <-chan error {
	t.Helper()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	return done
}

// The guardian's watcher through the binary on anvil, with separated keys
// (deployer, admin, relayer, guardian, meter, consumer, holders: each its own).
//
// Epoch 1 is the relay + watch + claim round: the relayer proposes; while the
// watcher's own facts are not final past the period's end, or the intake delay
// is not over, `watch --once` says it cannot decide (exit 3) and sends
// nothing; then it finds the root good (exit 0) and sends nothing; the window passes,
// the root activates and the holders claim exactly their leaves.
//
// Epoch 2: the relayer's key (through the bindings, as a stolen key would)
// proposes six bad roots, each made by editing a copy of the honest payout:
// a lowered leaf for an account that already claimed, an omitted account, a
// tree that is not the recomputed one, a dropped asset, an under-declared
// total and a wrong receipt root (the last three carry the honest root of
// their period, so only the totals or receipt checks can catch them). `watch
// --once` revokes each (exit 1) before its window ends: on chain it is revoked
// and activateRoot reverts. The first is revoked exactly once across two
// processes: the first is stopped with its revoke in the mempool, the second
// resumes the same intent and the guardian sends one transaction. The honest
// root is then left alone (exit 0; and by the loop, which prints its table
// and exits 0 on SIGTERM), activates, and the holders claim exactly.
//
// Epoch 3: a made-up root while the watcher holds an event of the period it
// cannot price yet: it waits (exit 3) and sends nothing; once the valuation
// is published it revokes. A root that overpays the patient activates while
// the watcher is down and the patient claims it: the watcher then reports the
// activated root as not its own, and revokes epoch 4's root because the
// patient's recomputed leaf is below what it claimed ("leaf >= claimed") and
// its tEUR total could never be paid ("solvent").
func TestWatchRevokesBadRootsAndPassesHonestOnes(t *testing.T) {
	bin := royaltyBinary(t)
	ctx := context.Background()
	node := anviltest.Start(t, anviltest.Options{})
	miner := startMiner(t, node)
	dir := t.TempDir()
	w := &watchRun{t: t, ctx: ctx, bin: bin, dir: dir, depFile: filepath.Join(dir, "deployment.json"), node: node,
		client: ethclient.NewClient(node.RPC), relayerDB: storetest.DSN(t, "sqlite"), watchDB: storetest.DSN(t, "postgres")}

	operator := w.chain(wDeployer)
	usd, err := deploy.TestToken(ctx, operator, "Test USD", "tUSD")
	if err != nil {
		t.Fatal(err)
	}
	eur, err := deploy.TestToken(ctx, operator, "Test EUR", "tEUR")
	if err != nil {
		t.Fatal(err)
	}
	w.must(wDeployer, w.relayerDB, "deploy", "--out", w.depFile, "--dispute-window", fmt.Sprint(rootWindow), "--asset", usd.Hex(), "--asset", eur.Hex(),
		"--admin", addr(wAdmin).Hex(), "--relayer", addr(wRelayer).Hex(), "--guardian", addr(wGuardian).Hex())
	if w.dep, err = deploy.Load(w.depFile); err != nil {
		t.Fatal(err)
	}
	parties := worked.Parties{Patient: addr(wPatient), DrLin: addr(wDrLin),
		Validator: common.HexToAddress("0x00000000000000000000000000000000000000a1"),
		Treasury:  common.HexToAddress("0x00000000000000000000000000000000000007e5"),
		Developer: common.HexToAddress("0x00000000000000000000000000000000000000de"), Meter: addr(wMeter)}
	if err := worked.Seed(ctx, operator, w.dep, usd, parties, 20); err != nil {
		t.Fatal(err)
	}
	gov := governanceconfig.NewGovernanceConfig()
	if _, err := operator.Transact(ctx, "publish tEUR valuation", gov.Instance(w.client, w.dep.GovernanceConfig),
		gov.PackPublishValuation(big.NewInt(worked.DatasetID), eur, "requests", big.NewInt(3_000), big.NewInt(1), [][32]byte{}, []*big.Int{})); err != nil {
		t.Fatal(err)
	}
	depositAs(t, w.client, node.ChainID, wConsumer, usd, w.dep.RevenueVault, 20_000_000)
	depositAs(t, w.client, node.ChainID, wConsumer, eur, w.dep.RevenueVault, 20_000_000)

	d := royaltydistributor.NewRoyaltyDistributor()
	dist := d.Instance(w.client, w.dep.RoyaltyDistributor)
	tok := testtoken.NewTestToken()
	balance := func(who, asset common.Address) *big.Int {
		t.Helper()
		b, err := bind.Call(tok.Instance(w.client, asset), nil, tok.PackBalanceOf(who), tok.UnpackBalanceOf)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	// claimAll: each holder claims with its own key and then holds exactly its leaves.
	claimAll := func(epoch uint64) {
		t.Helper()
		for _, h := range []int{wPatient, wDrLin} {
			w.must(h, w.relayerDB, "claim", "--json", "--account", addr(h).Hex())
		}
		for _, l := range w.tree(epoch) {
			if l.Account != addr(wPatient) && l.Account != addr(wDrLin) {
				continue
			}
			if got := balance(l.Account, l.Asset); got.Cmp(l.Cumulative.ToBig()) != 0 {
				t.Fatalf("after epoch %d %s holds %s of %s, its leaf is %s", epoch, l.Account.Hex(), got, l.Asset.Hex(), l.Cumulative.Dec())
			}
		}
	}
	prepare := func(end uint64) {
		t.Helper()
		if err := node.MineAt(ctx, max(end+2, w.head()+1)); err != nil {
			t.Fatal(err)
		}
		w.must(wDeployer, w.relayerDB, "index", "--exit-at-head", "--confirmations", "0")
		var sum priceSummary
		if err := json.Unmarshal(w.must(wDeployer, w.relayerDB, "price"), &sum); err != nil || sum.Waiting+sum.Rejected != 0 {
			t.Fatalf("price: %+v %v", sum, err)
		}
	}
	activate := func(epoch uint64, prog relayer.Progress) {
		t.Helper()
		if err := node.MineAt(ctx, max(prog.ActivatesAt, w.head()+1)); err != nil {
			t.Fatal(err)
		}
		if p := w.relay(epoch, "--wait"); p.Stage != relayer.StageActivated {
			t.Fatalf("relay epoch %d after the window: %+v", epoch, p)
		}
	}

	// The relayer's key is refused: the watcher never runs with it.
	if out, errb, code := w.run(wRelayer, w.watchDB, watchArgs...); code != 2 || !bytes.Contains(errb, []byte("PROPOSER_ROLE")) {
		t.Fatalf("watch with the relayer's key: exit %d\n%s%s", code, out, errb)
	}

	// Epoch 1: relay, watch (good), activate, claim.
	t1 := w.head() + 1
	w.events(t1, 1, 2)
	end1 := t1 + 2
	prepare(end1)
	w.must(wDeployer, w.relayerDB, "epoch", "close", "--end", fmt.Sprint(end1))
	prog := w.relay(1)
	if prog.Stage != relayer.StageProposed {
		t.Fatalf("relay epoch 1: %+v", prog)
	}
	guardianNonce := func() uint64 {
		n, err := w.client.NonceAt(ctx, addr(wGuardian), nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	n0 := guardianNonce()
	// Its own data cannot decide yet (facts not final past the end, the
	// intake delay not over): it says so, exits 3 and sends nothing.
	for _, c := range []struct{ flag, value, why string }{
		{"--confirmations", "100000", "final only through block"},
		{"--intake-delay", "100h", "within the intake delay"},
	} {
		args := slices.Clone(watchArgs)
		args[slices.Index(args, c.flag)+1] = c.value
		out, errb, code := w.run(wGuardian, w.watchDB, args...)
		var rep watcher.Report
		if err := json.Unmarshal(out, &rep); err != nil || code != exitWaiting || rep.Status != watcher.StatusWaiting ||
			!strings.Contains(rep.Waiting, c.why) || rep.Revoke != nil {
			t.Fatalf("watch %s %s: exit %d %+v (%v)\n%s", c.flag, c.value, code, rep, err, errb)
		}
	}
	rep, errb, code := w.watch()
	if code != 0 || rep.Status != watcher.StatusGood || rep.Epoch != 1 || len(rep.Failed()) != 0 || rep.Revoke != nil {
		t.Fatalf("watch of the honest epoch 1: exit %d %+v\n%s", code, rep, errb)
	}
	if n := guardianNonce(); n != n0 {
		t.Fatalf("the guardian sent %d transactions for a good root", n-n0)
	}
	activate(1, prog)
	claimAll(1)

	// Epoch 2: four events at t2..t2+3; the honest epoch ends after them, and
	// the honest trees of the shorter periods ending at t2+1, t2+2, t2+3 carry
	// the same-root attacks.
	t2 := w.head() + 1
	w.events(t2, 1, 1, 1, 1)
	end2 := t2 + 4
	prepare(end2)
	previews := map[uint64]*pipeline.Closed{}
	func() {
		st, err := store.Open(ctx, w.relayerDB)
		if err != nil {
			t.Fatal(err)
		}
		defer st.Close()
		for _, end := range []uint64{t2 + 1, t2 + 2, t2 + 3} {
			if previews[end], err = (&pipeline.Epochs{Store: st, Dep: w.dep}).Preview(ctx, end); err != nil {
				t.Fatal(err)
			}
		}
	}()
	var closed struct{ Payout relayer.Payout }
	if err := json.Unmarshal(w.must(wDeployer, w.relayerDB, "epoch", "close", "--end", fmt.Sprint(end2)), &closed); err != nil {
		t.Fatal(err)
	}
	honest, leaves := closed.Payout, w.tree(2)
	claimed1 := w.tree(1)
	edit := func(fn func(ls []merkle.Distributor) []merkle.Distributor) common.Hash {
		return rootOf(t, fn(slices.Clone(leaves)))
	}
	find := func(ls []merkle.Distributor, who, asset common.Address) int {
		for i := range ls {
			if ls[i].Account == who && ls[i].Asset == asset {
				return i
			}
		}
		t.Fatalf("no leaf of %s in %s", who.Hex(), asset.Hex())
		return -1
	}
	patientClaimed := claimed1[find(claimed1, addr(wPatient), usd)].Cumulative

	type proposal struct {
		name        string
		root        common.Hash
		receiptRoot common.Hash
		end         uint64
		assets      []common.Address
		totals      []*big.Int
		check       string // the check that must fail
	}
	totalsOf := func(p relayer.Payout) ([]common.Address, []*big.Int) { return p.Assets, p.Totals }
	ha, ht := totalsOf(honest)
	pa, pb, pc := previews[t2+1].Payout, previews[t2+2].Payout, previews[t2+3].Payout
	usdIndex := slices.Index(pb.Assets, usd)
	prevUSD, err := bind.Call(dist, nil, d.PackTotalOf(1, usd), d.UnpackTotalOf)
	if err != nil {
		t.Fatal(err)
	}
	under := slices.Clone(pb.Totals)
	under[usdIndex] = new(big.Int).Add(prevUSD, new(big.Int).Div(new(big.Int).Sub(pb.Totals[usdIndex], prevUSD), big.NewInt(2)))
	eurIndex := slices.Index(pa.Assets, eur)
	bad := []proposal{
		{name: "a lowered leaf for an account that already claimed", check: watcher.CheckRoot, end: end2, receiptRoot: honest.ReceiptRoot, assets: ha, totals: ht,
			root: edit(func(ls []merkle.Distributor) []merkle.Distributor {
				i := find(ls, addr(wPatient), usd)
				ls[i].Cumulative.SubUint64(&patientClaimed, 1)
				return ls
			})},
		{name: "an omitted account", check: watcher.CheckRoot, end: end2, receiptRoot: honest.ReceiptRoot, assets: ha, totals: ht,
			root: edit(func(ls []merkle.Distributor) []merkle.Distributor {
				return slices.Delete(ls, find(ls, addr(wDrLin), usd), find(ls, addr(wDrLin), usd)+1)
			})},
		{name: "a tree that is not the recomputed one", check: watcher.CheckRoot, end: end2, receiptRoot: honest.ReceiptRoot, assets: ha, totals: ht,
			root: edit(func(ls []merkle.Distributor) []merkle.Distributor {
				i, j := find(ls, addr(wDrLin), usd), find(ls, addr(wPatient), usd)
				ls[i].Cumulative.SubUint64(&ls[i].Cumulative, 1)
				ls[j].Cumulative.AddUint64(&ls[j].Cumulative, 1)
				return ls
			})},
		{name: "a dropped asset", check: watcher.CheckTotal, end: t2 + 1, root: pa.Root, receiptRoot: pa.ReceiptRoot,
			assets: slices.Delete(slices.Clone(pa.Assets), eurIndex, eurIndex+1), totals: slices.Delete(slices.Clone(pa.Totals), eurIndex, eurIndex+1)},
		{name: "an under-declared total", check: watcher.CheckTotal, end: t2 + 2, root: pb.Root, receiptRoot: pb.ReceiptRoot, assets: pb.Assets, totals: under},
		{name: "a wrong receipt root", check: watcher.CheckReceiptRoot, end: t2 + 3, root: pc.Root, receiptRoot: crypto.Keccak256Hash([]byte("not the receipts")),
			assets: pc.Assets, totals: pc.Totals},
	}
	if len(ha) != 2 || len(pa.Assets) != 2 || under[usdIndex].Cmp(prevUSD) < 0 || under[usdIndex].Cmp(pb.Totals[usdIndex]) >= 0 {
		t.Fatalf("the attacks are not what they say: assets %v / %v, under-declared %s (previous %s, leaves %s)", ha, pa.Assets, under[usdIndex], prevUSD, pb.Totals[usdIndex])
	}
	for i, b := range bad {
		if _, err := w.chain(wRelayer).Transact(ctx, "propose "+b.name, dist, d.PackProposeRoot(2, b.root, b.receiptRoot, b.end, b.assets, b.totals)); err != nil {
			t.Fatalf("%s: propose: %v", b.name, err)
		}
		n0 := guardianNonce()
		var rep watcher.Report
		var errb []byte
		var code int
		if i == 0 {
			rep, errb, code = w.watchTwiceExactlyOnce(miner)
		} else {
			rep, errb, code = w.watch()
		}
		failed := rep.Failed()
		if code != 1 || rep.Status != watcher.StatusBad || rep.Epoch != 2 || rep.Root != b.root || rep.Revoke == nil || rep.Revoke.Tx == (common.Hash{}) ||
			!slices.ContainsFunc(failed, func(r watcher.Result) bool { return r.Check == b.check }) {
			t.Fatalf("%s: watch exit %d, %+v\n%s", b.name, code, rep, errb)
		}
		if !bytes.Contains(errb, []byte("check="+b.check+" ")) && !bytes.Contains(errb, []byte(fmt.Sprintf("check=%q", b.check))) {
			t.Fatalf("%s: the log does not name the failed check %q:\n%s", b.name, b.check, errb)
		}
		if n := guardianNonce(); n != n0+1 {
			t.Fatalf("%s: the guardian sent %d transactions, want one revoke", b.name, n-n0)
		}
		// Revoked on chain, before it could activate; activation reverts.
		if ok, err := bind.Call(dist, nil, d.PackRevoked(2, b.root), d.UnpackRevoked); err != nil || !ok {
			t.Fatalf("%s: revoked(2, root) = %v (%v)", b.name, ok, err)
		}
		hdr, err := w.client.HeaderByNumber(ctx, new(big.Int).SetUint64(rep.Revoke.Block))
		if err != nil || hdr.Time >= rep.ActivatesAt {
			t.Fatalf("%s: revoked at %v, the root activates at %d (%v)", b.name, hdr, rep.ActivatesAt, err)
		}
		if _, err := bind.Call(dist, nil, d.PackActivateRoot(2), func([]byte) (struct{}, error) { return struct{}{}, nil }); err == nil ||
			!strings.Contains(explain(err).Error(), "NoPendingRoot") {
			t.Fatalf("%s: activateRoot(2) after the revoke: %v", b.name, err)
		}
		t.Logf("%s: revoked in %s; failed checks %v", b.name, rep.Revoke.Tx.Hex(), failed)
	}
	if ok, _ := bind.Call(dist, nil, d.PackRevoked(2, honest.Root), d.UnpackRevoked); ok {
		t.Fatal("the honest root was revoked")
	}

	// The honest epoch 2: relayed, left alone, activated, claimed exactly.
	prog = w.relay(2)
	if prog.Stage != relayer.StageProposed {
		t.Fatalf("relay epoch 2: %+v", prog)
	}
	// The loop (no --once) prints the table for the pending root and stops
	// cleanly on SIGTERM; neither it nor --once sends anything for a good root.
	n0 = guardianNonce()
	loop := w.cmd(wGuardian, w.watchDB, "watch", "--confirmations", "0", "--intake-delay", "0s", "--poll", "100ms")
	lines := newLineWatcher("leaf >= claimed")
	var loopErr bytes.Buffer
	loop.Stdout, loop.Stderr = lines, &loopErr
	exited := startWatched(t, loop)
	select {
	case <-lines.seen:
	case err := <-exited:
		t.Fatalf("watch loop exited before reporting: %v\n%s%s", err, lines, loopErr.String())
	}
	if err := loop.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := <-exited; err != nil {
		t.Fatalf("watch loop after SIGTERM: %v\n%s%s", err, lines, loopErr.String())
	}
	table := lines.String()
	for _, want := range []string{"epoch 2 root " + honest.Root.Hex(), ": good", "check", "expected", "found",
		"total = sum of leaves", "tUSD", "tEUR", "solvent", "ok"} {
		if !strings.Contains(table, want) || strings.Contains(table, "FAIL") {
			t.Fatalf("the loop's table lacks %q (or shows a failure):\n%s", want, table)
		}
	}
	t.Logf("the loop's table:\n%s", table)
	rep, errb, code = w.watch()
	if code != 0 || rep.Status != watcher.StatusGood || rep.Epoch != 2 || rep.Root != honest.Root || rep.Revoke != nil {
		t.Fatalf("watch of the honest epoch 2: exit %d %+v\n%s", code, rep, errb)
	}
	if n := guardianNonce(); n != n0 {
		t.Fatalf("the guardian sent %d transactions for a good root", n-n0)
	}
	activate(2, prog)
	claimAll(2)

	// Nothing pending: --once stores the activated epoch and exits 0. The
	// documented form: every input as a flag, the guardian's key from a keystore.
	id, err := uuid.NewRandom()
	if err != nil {
		t.Fatal(err)
	}
	enc, err := keystore.EncryptKey(&keystore.Key{Id: id, Address: addr(wGuardian), PrivateKey: anviltest.Key(wGuardian)}, "guard", keystore.LightScryptN, keystore.LightScryptP)
	if err != nil {
		t.Fatal(err)
	}
	keyFile, pwFile := filepath.Join(dir, "guardian.json"), filepath.Join(dir, "guardian.pw")
	if err := errors.Join(os.WriteFile(keyFile, enc, 0o600), os.WriteFile(pwFile, []byte("guard\n"), 0o600)); err != nil {
		t.Fatal(err)
	}
	documented := exec.Command(bin, append([]string{"watch", "--rpc", node.URL, "--deployment", w.depFile, "--db", w.watchDB,
		"--key-file", keyFile, "--password-file", pwFile}, watchArgs[1:]...)...)
	var docOut, docErr bytes.Buffer
	documented.Stdout, documented.Stderr = &docOut, &docErr
	if err := documented.Run(); err != nil {
		t.Fatalf("watch with a keystore: %v\n%s%s", err, docOut.String(), docErr.String())
	}
	rep = watcher.Report{}
	if err := json.Unmarshal(docOut.Bytes(), &rep); err != nil || rep.Status != watcher.StatusNone ||
		!slices.ContainsFunc(rep.Checks, func(r watcher.Result) bool {
			return r.Check == watcher.CheckActive && r.OK && r.Found == honest.Root.Hex()
		}) {
		t.Fatalf("watch with nothing pending (it stores the activated epoch 2): %+v %v\n%s", rep, err, docErr.String())
	}

	// An event of the period the watcher cannot price yet (its valuation is
	// not published): it waits (exit 3, nothing sent) on a root it would
	// otherwise revoke; once the valuation is published it prices the event
	// and revokes.
	t3 := w.head() + 1
	w.eventsInto([]string{w.watchDB}, t3, 3)
	if err := node.MineAt(ctx, t3+3); err != nil {
		t.Fatal(err)
	}
	made := crypto.Keccak256Hash([]byte("a root made up for epoch 3"))
	if _, err := w.chain(wRelayer).Transact(ctx, "propose a made-up root", dist, d.PackProposeRoot(3, made, honest.ReceiptRoot, t3+2, ha, ht)); err != nil {
		t.Fatal(err)
	}
	n0 = guardianNonce()
	rep, errb, code = w.watch()
	if code != exitWaiting || rep.Status != watcher.StatusWaiting || rep.Root != made || rep.Revoke != nil ||
		!strings.Contains(rep.Waiting, fmt.Sprintf("w-%d (waiting: valuation", w.n)) {
		t.Fatalf("watch with an event it cannot price: exit %d %+v\n%s", code, rep, errb)
	}
	if n := guardianNonce(); n != n0 {
		t.Fatalf("the guardian sent %d transactions while it could not decide", n-n0)
	}
	if _, err := operator.Transact(ctx, "publish valuation 3", gov.Instance(w.client, w.dep.GovernanceConfig),
		gov.PackPublishValuation(big.NewInt(worked.DatasetID), usd, "requests", big.NewInt(2_000), big.NewInt(1), [][32]byte{}, []*big.Int{})); err != nil {
		t.Fatal(err)
	}
	rep, errb, code = w.watch()
	if code != 1 || rep.Status != watcher.StatusBad || rep.Root != made || rep.Revoke == nil || rep.Revoke.Tx == (common.Hash{}) {
		t.Fatalf("watch once the event is priced: exit %d %+v\n%s", code, rep, errb)
	}
	if n := guardianNonce(); n != n0+1 {
		t.Fatalf("the guardian sent %d transactions, want one revoke", n-n0)
	}

	// While the watcher is down, a root that overpays the patient by 10 tUSD
	// (the surplus minted to the distributor) activates and the patient
	// claims it. The next round reports the activated root as not its own,
	// and every later root fails "leaf >= claimed" for the patient: the
	// recomputed leaf is below what was paid.
	const over = 10_000_000
	overpaid := slices.Clone(leaves)
	pi := find(overpaid, addr(wPatient), usd)
	overpaid[pi].Cumulative.AddUint64(&overpaid[pi].Cumulative, over)
	overTree, err := merkle.BuildDistributor(overpaid)
	if err != nil {
		t.Fatal(err)
	}
	dump, err := overTree.Dump()
	if err != nil {
		t.Fatal(err)
	}
	dumpFile := filepath.Join(dir, "overpaid.json")
	if err := os.WriteFile(dumpFile, dump, 0o644); err != nil {
		t.Fatal(err)
	}
	overTotals := slices.Clone(ht)
	overTotals[slices.Index(ha, usd)] = new(big.Int).Add(ht[slices.Index(ha, usd)], big.NewInt(over))
	if _, err := operator.Transact(ctx, "mint the surplus to the distributor", tok.Instance(w.client, usd), tok.PackMint(w.dep.RoyaltyDistributor, big.NewInt(over))); err != nil {
		t.Fatal(err)
	}
	end3 := w.head()
	if _, err := w.chain(wRelayer).Transact(ctx, "propose the overpaying root", dist, d.PackProposeRoot(3, overTree.Root(), honest.ReceiptRoot, end3, ha, overTotals)); err != nil {
		t.Fatal(err)
	}
	if err := node.MineAt(ctx, w.head()+rootWindow+1); err != nil {
		t.Fatal(err)
	}
	if _, err := operator.Transact(ctx, "activate the overpaying root", dist, d.PackActivateRoot(3)); err != nil {
		t.Fatal(err)
	}
	w.must(wPatient, w.relayerDB, "claim", "--json", "--account", addr(wPatient).Hex(), "--dump", dumpFile)
	// Epoch 4 also declares a tEUR total nothing could pay: not solvent.
	totals4 := slices.Clone(overTotals)
	totals4[slices.Index(ha, eur)] = new(big.Int).Add(totals4[slices.Index(ha, eur)], big.NewInt(1e15))
	if _, err := w.chain(wRelayer).Transact(ctx, "propose epoch 4", dist, d.PackProposeRoot(4, made, honest.ReceiptRoot, end3+1, ha, totals4)); err != nil {
		t.Fatal(err)
	}
	n0 = guardianNonce()
	rep, errb, code = w.watch()
	failed := rep.Failed()
	if code != 1 || rep.Status != watcher.StatusBad || rep.Epoch != 4 || rep.Revoke == nil || rep.Revoke.Tx == (common.Hash{}) ||
		!slices.ContainsFunc(failed, func(r watcher.Result) bool {
			return r.Check == watcher.CheckClaimed && r.Account == addr(wPatient).Hex() && r.Asset == usd.Hex() && strings.Contains(r.Expected, "(claimed)")
		}) ||
		!slices.ContainsFunc(failed, func(r watcher.Result) bool { return r.Check == watcher.CheckSolvent && r.Asset == eur.Hex() }) ||
		!slices.ContainsFunc(rep.Checks, func(r watcher.Result) bool {
			return r.Check == watcher.CheckActive && !r.OK && r.Found == overTree.Root().Hex()
		}) || len(rep.Notes) == 0 {
		t.Fatalf("watch after the overpaying root: exit %d %+v\n%s", code, rep, errb)
	}
	if !bytes.Contains(errb, []byte(`check="leaf >= claimed" account=`+addr(wPatient).Hex())) {
		t.Fatalf("the log does not name the patient's failed check:\n%s", errb)
	}
	if n := guardianNonce(); n != n0+1 {
		t.Fatalf("the guardian sent %d transactions, want one revoke", n-n0)
	}
}

// watchTwiceExactlyOnce revokes the pending root with two watcher processes:
// mining is paused, the first sends its revoke and is stopped while the
// transaction waits in the mempool; the second finds the same bad root still
// pending and resumes the stored intent; mining resumes. It returns the
// second's report: the guardian must have sent one transaction in all.
func (w *watchRun) watchTwiceExactlyOnce(m *pausableMiner) (watcher.Report, []byte, int) {
	t := w.t
	t.Helper()
	ctx := w.ctx
	n0 := func() uint64 {
		n, err := w.client.NonceAt(ctx, addr(wGuardian), nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}()
	m.paused.Store(true)
	if err := w.node.SetAutomine(ctx, false); err != nil {
		t.Fatal(err)
	}
	resumed := false
	resume := func() {
		if !resumed {
			resumed = true
			if err := w.node.SetAutomine(ctx, true); err != nil {
				t.Fatal(err)
			}
			m.paused.Store(false)
		}
	}
	defer resume()

	first := w.cmd(wGuardian, w.watchDB, watchArgs...)
	var errFirst bytes.Buffer
	first.Stderr = &errFirst
	firstDone := startWatched(t, first)
	for sent := false; !sent; {
		n, err := w.client.PendingNonceAt(ctx, addr(wGuardian))
		if err != nil {
			t.Fatal(err)
		}
		sent = n > n0
		select {
		case err := <-firstDone:
			t.Fatalf("the first watcher exited before sending: %v\n%s", err, errFirst.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	if err := first.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	<-firstDone // stopped mid-revoke: its exit status is not the point
	if n, err := w.client.NonceAt(ctx, addr(wGuardian), nil); err != nil || n != n0 {
		t.Fatalf("the revoke was mined while mining was paused (nonce %d, %v)", n, err)
	}

	second := w.cmd(wGuardian, w.watchDB, watchArgs...)
	var out bytes.Buffer
	lines := newLineWatcher("revoking the pending root")
	second.Stdout, second.Stderr = &out, lines
	secondDone := startWatched(t, second)
	var err error
	select {
	case <-lines.seen: // it found the root still pending and bad, and resumes the intent
		resume()
		err = <-secondDone
	case err = <-secondDone:
		t.Fatalf("the second watcher exited without revoking: %v\n%s%s", err, out.String(), lines)
	}
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	var rep watcher.Report
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("second watcher: exit %d %v\n%s%s", code, err, out.String(), lines)
	}
	return rep, []byte(errFirst.String() + lines.String()), code
}
