package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
	"github.com/prometheus/common/expfmt"

	"github.com/dataroyalty/royalty/api"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/internal/chaintest"
	worked "github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/dataroyalty/royalty/usage"
)

// lockedBuf collects a process's output while it runs.
type lockedBuf struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuf) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuf) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// runWorld is the worked example seeded on anvil with a fast clock, and
// what `royalty run` needs to serve it.
type runWorld struct {
	t       *testing.T
	bin     string
	w       *chaintest.World
	parties worked.Parties
	dsn     string
	depFile string
	apiKey  string
	mark    uint64 // the head before any instance ran: relayer transactions are after it
}

func newRunWorld(t *testing.T, backend string) *runWorld {
	t.Helper()
	ctx := context.Background()
	r := &runWorld{t: t, bin: royaltyBinary(t)}
	r.w = chaintest.New(t, chaintest.Options{DisputeWindow: deploy.MinDisputeWindow, Deposit: 2_000_000})
	r.parties = worked.Parties{Patient: r.w.Addr(2), DrLin: r.w.Addr(3), Validator: crypto.PubkeyToAddress(anviltest.Key(4).PublicKey),
		Treasury:  common.HexToAddress("0x00000000000000000000000000000000000007e5"),
		Developer: common.HexToAddress("0x00000000000000000000000000000000000000de"), Meter: r.w.Addr(0)}
	if err := worked.Seed(ctx, r.w.Chain(0), r.w.Dep, r.w.Token, r.parties, 600); err != nil {
		t.Fatal(err)
	}
	r.dsn = storetest.DSN(t, backend)
	r.depFile = filepath.Join(t.TempDir(), "deployment.json")
	if err := deploy.Save(r.depFile, r.w.Dep); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(r.bin, "meter-key", "create", "--db", r.dsn, "--meter", r.parties.Meter.Hex(), "--json").Output()
	if err != nil {
		t.Fatalf("meter-key create: %v", err)
	}
	var key struct{ APIKey string }
	if err := json.Unmarshal(out, &key); err != nil || key.APIKey == "" {
		t.Fatalf("meter-key create --json: %v %s", err, out)
	}
	r.apiKey = key.APIKey
	h, err := r.w.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	r.mark = h.Number.Uint64()
	// The fast clock: 120 s of chain time every 100 ms, so the hour-long
	// dispute window of a root passes in about 3 s.
	r.w.Node.MineEveryAdvancing(t, 100*time.Millisecond, 120)
	return r
}

// instance is one `royalty run` process.
type instance struct {
	cmd  *exec.Cmd
	out  *lockedBuf
	url  string
	done chan struct{}
	err  error
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// start runs `royalty run` with the relayer key (account 0) and extra env.
func (r *runWorld) start(env ...string) *instance {
	r.t.Helper()
	return r.startWith([]string{"--epoch-every", "1200s"}, env...)
}

// startWith runs `royalty run` with extra flags and env.
func (r *runWorld) startWith(flags []string, env ...string) *instance {
	r.t.Helper()
	addr := freeAddr(r.t)
	cmd := exec.Command(r.bin, append([]string{"run", "--db", r.dsn, "--deployment", r.depFile, "--rpc", r.w.Node.URL, "--listen", addr,
		"--confirmations", "1", "--poll", "200ms", "--lease-ttl", "3s", "--log-level", "debug"}, flags...)...)
	cmd.Env = append(append(os.Environ(), "ROYALTY_PRIVATE_KEY="+chaintest.Keys[0]), env...)
	in := &instance{cmd: cmd, out: &lockedBuf{}, url: "http://" + addr, done: make(chan struct{})}
	cmd.Stdout, cmd.Stderr = in.out, in.out
	if err := cmd.Start(); err != nil {
		r.t.Fatal(err)
	}
	go func() { in.err = cmd.Wait(); close(in.done) }()
	r.t.Cleanup(func() {
		select {
		case <-in.done:
		default:
			_ = cmd.Process.Signal(syscall.SIGCONT)
			_ = cmd.Process.Kill()
			<-in.done
		}
		if r.t.Failed() {
			r.t.Logf("royalty run output:\n%s", in.out.String())
		}
	})
	r.eventually(30*time.Second, "the instance serves /healthz", func() bool {
		res, err := http.Get(in.url + "/healthz")
		if err != nil {
			return false
		}
		res.Body.Close()
		return res.StatusCode == 200
	})
	return in
}

// eventually polls cond every 100 ms until it holds or the deadline passes.
func (r *runWorld) eventually(limit time.Duration, what string, cond func() bool) {
	r.t.Helper()
	deadline := time.Now().Add(limit)
	for !cond() {
		if time.Now().After(deadline) {
			r.t.Fatalf("not within %s: %s", limit, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// stop sends SIGTERM and wants exit status 0.
func (in *instance) stop(t *testing.T) {
	t.Helper()
	if err := in.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-in.done:
	case <-time.After(30 * time.Second):
		t.Fatalf("royalty run did not stop within 30 s of SIGTERM")
	}
	if in.err != nil {
		t.Fatalf("royalty run after SIGTERM: %v\n%s", in.err, in.out.String())
	}
}

func (in *instance) getJSON(path string, v any) int {
	res, err := http.Get(in.url + path)
	if err != nil {
		return 0
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode == 200 && v != nil {
		if err := json.Unmarshal(b, v); err != nil {
			return -1
		}
	}
	return res.StatusCode
}

// leader reads royalty_leader from the instance's /metrics.
func (in *instance) leader() bool {
	res, err := http.Get(in.url + "/metrics")
	if err != nil {
		return false
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return strings.Contains(string(b), "\nroyalty_leader 1\n")
}

// post signs the worked example's usage event (meter: account 0) at the
// chain's current time and posts it to the instance's intake.
func (r *runWorld) post(in *instance, id string) {
	r.t.Helper()
	h, err := r.w.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		r.t.Fatal(err)
	}
	ev := &usage.SignedEvent{ID: id, Consumer: r.w.Consumer, PaymentAccount: r.w.Consumer, DatasetID: *uint256.NewInt(worked.DatasetID),
		DatasetVersion: worked.Version, Quantity: *uint256.NewInt(1000), Unit: "requests", Timestamp: h.Time, PolicyRule: "rule-1", ValuationVersion: 1}
	if err := ev.Sign(r.w.Keys[0], usage.Domain{ChainID: r.w.Dep.ChainID, VerifyingContract: r.w.Dep.GovernanceConfig}); err != nil {
		r.t.Fatal(err)
	}
	req, _ := http.NewRequest(http.MethodPost, in.url+"/v1/events", bytes.NewReader(ev.MarshalSubmission(nil)))
	req.Header.Set("Authorization", "Bearer "+r.apiKey)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		r.t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(b), `"accepted"`) {
		r.t.Fatalf("POST /v1/events: %d %s", res.StatusCode, b)
	}
}

// activated waits for an activated epoch in which the patient is owed
// something and returns its number and the API's proofs for it.
func (r *runWorld) activated(in *instance, limit time.Duration, after uint64) (uint64, api.Proofs) {
	r.t.Helper()
	var n uint64
	var pr api.Proofs
	r.eventually(limit, fmt.Sprintf("an epoch after %d paying the patient is activated", after), func() bool {
		var list struct{ Epochs []api.EpochSummary }
		if in.getJSON("/v1/epochs", &list) != 200 {
			return false
		}
		for _, e := range list.Epochs {
			if e.Epoch > after && e.Stage == "activated" &&
				in.getJSON(fmt.Sprintf("/v1/accounts/%s/proofs?epoch=%d", r.parties.Patient.Hex(), e.Epoch), &pr) == 200 {
				n = e.Epoch
				return true
			}
		}
		return false
	})
	return n, pr
}

// onChainTxs counts the relayer key's transactions mined after the mark.
func (r *runWorld) onChainTxs() int {
	r.t.Helper()
	ctx := context.Background()
	head, err := r.w.Client.BlockNumber(ctx)
	if err != nil {
		r.t.Fatal(err)
	}
	from := r.w.Addr(0)
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(r.w.Dep.ChainID))
	n := 0
	for b := r.mark + 1; b <= head; b++ {
		blk, err := r.w.Client.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			r.t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if s, err := types.Sender(signer, tx); err == nil && s == from {
				n++
			}
		}
	}
	return n
}

// checkMetrics scrapes the instance's /metrics, parses it with the
// Prometheus text parser and checks the series against the state: it leads,
// the chain is followed, both events are priced and accrued, epoch n or a
// later one is the last closed, every outbox intent is confirmed; /readyz
// and /v1/status agree.
func (r *runWorld) checkMetrics(in *instance, n uint64) {
	r.t.Helper()
	res, err := http.Get(in.url + "/metrics")
	if err != nil {
		r.t.Fatal(err)
	}
	defer res.Body.Close()
	var p expfmt.TextParser
	fams, err := p.TextToMetricFamilies(res.Body)
	if err != nil {
		r.t.Fatalf("parse /metrics: %v", err)
	}
	val := func(name string, label ...string) float64 {
		f, ok := fams[name]
		if !ok {
			r.t.Fatalf("/metrics has no %s", name)
		}
		for _, m := range f.Metric {
			if len(label) == 2 {
				found := false
				for _, l := range m.Label {
					found = found || (l.GetName() == label[0] && l.GetValue() == label[1])
				}
				if !found {
					continue
				}
			}
			switch {
			case m.Gauge != nil:
				return m.Gauge.GetValue()
			case m.Counter != nil:
				return m.Counter.GetValue()
			}
		}
		r.t.Fatalf("/metrics has no %s%v", name, label)
		return 0
	}
	intents := float64(r.intents())
	for _, c := range []struct {
		ok   bool
		what string
	}{
		{val("royalty_leader") == 1, "royalty_leader 1"},
		{val("royalty_store_up") == 1, "royalty_store_up 1"},
		{val("royalty_chain_head_block") > 0 && val("royalty_chain_final_block") > 0, "head and final blocks"},
		{val("royalty_events", "state", "accrued") == 2, "two events accrued"},
		{val("royalty_epoch_last") >= float64(n), fmt.Sprintf("last epoch ≥ %d", n)},
		{val("royalty_outbox_intents", "state", "confirmed") == intents, fmt.Sprintf("%v intents confirmed", intents)},
		{val("royalty_pricer_priced_total") >= 1, "this instance priced"},
		{val("royalty_epoch_closes_total", "trigger", "calendar") >= 1, "calendar closes counted"},
	} {
		if !c.ok {
			r.t.Errorf("/metrics: want %s", c.what)
		}
	}
	var rs struct{ Tokens map[string]api.Token }
	if in.getJSON(fmt.Sprintf("/v1/epochs/%d/statements/recipients", n), &rs) != 200 || rs.Tokens[r.w.Token.Hex()].Symbol != "tUSD" {
		r.t.Errorf("statements of epoch %d: tokens %+v, want tUSD read by the leader when it closed", n, rs.Tokens)
	}
	var st api.Status
	if in.getJSON("/v1/status", &st) != 200 || st.Head == nil || st.Events.Accrued != 2 || in.getJSON("/readyz", nil) != 200 {
		r.t.Errorf("/v1/status %+v or /readyz not ready", st)
	}
}

// intents counts the outbox's intents (each one on-chain action).
func (r *runWorld) intents() int {
	r.t.Helper()
	st, err := store.Open(context.Background(), r.dsn)
	if err != nil {
		r.t.Fatal(err)
	}
	defer st.Close()
	bodies, err := st.OutboxBodies(context.Background())
	if err != nil {
		r.t.Fatal(err)
	}
	return len(bodies)
}

// claim sends the API's claim calldata from account 0 (funds go to the
// patient) and wants the patient's balance to be the proofs' cumulative.
func (r *runWorld) claim(pr api.Proofs) {
	r.t.Helper()
	dist := royaltydistributor.NewRoyaltyDistributor().Instance(r.w.Client, r.w.Dep.RoyaltyDistributor)
	if _, err := r.w.Chain(0).Transact(context.Background(), "claim", dist, pr.ClaimCalldata); err != nil {
		r.t.Fatal(err)
	}
	if got, want := fmt.Sprint(r.w.Balance(r.t, r.parties.Patient)), pr.Entitlements[0].Cumulative; got != want {
		r.t.Fatalf("the patient holds %s after claiming epoch %d, want %s", got, pr.Epoch, want)
	}
}

// TestRunEndToEnd: `royalty run` alone turns an event posted over HTTP into
// a claimable root (priced, closed on the calendar, funded, proposed,
// activated; no manual step), on SQLite and PostgreSQL. SIGTERM exits 0; a
// restart resumes (a second event posted then reaches a later root), each
// relayer action is one transaction on chain, and the holder claims with
// the API's calldata.
func TestRunEndToEnd(t *testing.T) {
	for _, backend := range storetest.Backends {
		t.Run(backend, func(t *testing.T) {
			r := newRunWorld(t, backend)
			in := r.start()
			r.eventually(20*time.Second, "the instance leads", in.leader)
			r.post(in, "evt-run-1")
			n1, pr1 := r.activated(in, 90*time.Second, 0)
			// 342,000 with the reserve held; 360,000 when the reserve's 600 s
			// had passed by the calendar boundary that closed it.
			if c := pr1.Entitlements[0].Cumulative; c != "342000" && c != "360000" {
				t.Fatalf("epoch %d: the patient's cumulative %s, want 342000 or 360000", n1, c)
			}
			in.stop(t)
			if !strings.Contains(in.out.String(), "stopped") {
				t.Fatalf("no drain on SIGTERM:\n%s", in.out.String())
			}

			// Restart: it resumes from the database and pays a second event
			// (deposited for) in a later root (the patient's 342,000 more, its reserve held
			// or already released).
			in = r.start()
			r.w.Deposit(t, 1, 2_000_000) // the consumer's revenue for the second event
			r.post(in, "evt-run-2")
			var n2 uint64
			var pr2 api.Proofs
			for after := n1; ; after = n2 {
				n2, pr2 = r.activated(in, 90*time.Second, after)
				if c := pr2.Entitlements[0].Cumulative; c == "702000" || c == "720000" {
					break
				} else if c != "342000" && c != "360000" {
					t.Fatalf("epoch %d: the patient's cumulative %s", n2, c)
				}
			}
			r.checkMetrics(in, n2)
			in.stop(t)
			if got, want := r.onChainTxs(), r.intents(); got != want || want < 5 {
				t.Fatalf("%d relayer transactions on chain for %d outbox intents (want one each, at least fund+propose+activate, fund+propose+activate)", got, want)
			}
			r.claim(pr2)
		})
	}
}

// TestRunFailoverKill9: two `royalty run` on one PostgreSQL. The leader is
// killed with SIGKILL mid-relay (right after broadcasting the funding, by
// the txmgr/after-broadcast failpoint); the other instance, which took the
// event over HTTP, takes the lease over within 15 s and finishes the relay:
// the root activates, the holder claims with the API's calldata, and there
// is exactly one transaction on chain per outbox intent (the dead leader's
// funding is not sent twice).
func TestRunFailoverKill9(t *testing.T) {
	r := newRunWorld(t, "postgres")
	a := r.start("ROYALTY_FAILPOINT=txmgr/after-broadcast:fund")
	r.eventually(20*time.Second, "the first instance leads", a.leader)
	b := r.start()
	if b.leader() {
		t.Fatal("two leaders")
	}
	r.post(a, "evt-failover-0") // taken by the instance about to die
	r.post(b, "evt-failover-1")
	select {
	case <-a.done:
	case <-time.After(90 * time.Second):
		t.Fatalf("the leader never reached the funding failpoint:\n%s", a.out.String())
	}
	if ws, ok := a.cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("the leader ended with %v, want SIGKILL at the failpoint:\n%s", a.cmd.ProcessState, a.out.String())
	}
	r.eventually(15*time.Second, "the second instance takes over within 15 s of the leader's death", b.leader)
	n, pr := r.activated(b, 90*time.Second, 0)
	var st api.Status
	r.eventually(30*time.Second, "both events (one taken by the dead leader) are priced", func() bool {
		return b.getJSON("/v1/status", &st) == 200 && st.Events.Stored == 2 && st.Events.Priced == 2
	})
	b.stop(t)
	if got, want := r.onChainTxs(), r.intents(); got != want || want < 3 {
		t.Fatalf("%d relayer transactions on chain for %d outbox intents: want one each", got, want)
	}
	if !strings.Contains(b.out.String(), "lease taken over from a") {
		t.Fatalf("the second instance did not take the dead leader's lease over:\n%s", b.out.String())
	}
	t.Logf("epoch %d relayed by the second instance after the leader's kill -9", n)
	r.claim(pr)
}

// TestRunPausedLeaderIsFenced: the leader is stopped with SIGSTOP past its
// lease; the other instance takes over and pays the epoch; when the old
// leader resumes (SIGCONT) it writes nothing — its fenced writes are refused
// or it steps down first — and gives up leadership; one transaction per
// intent, and both instances exit 0 on SIGTERM.
func TestRunPausedLeaderIsFenced(t *testing.T) {
	r := newRunWorld(t, "postgres")
	a := r.start()
	r.eventually(20*time.Second, "the first instance leads", a.leader)
	b := r.start()
	if err := a.cmd.Process.Signal(syscall.SIGSTOP); err != nil {
		t.Fatal(err)
	}
	r.eventually(15*time.Second, "the second instance takes over from the paused leader", b.leader)
	r.post(b, "evt-fenced-1")
	_, pr := r.activated(b, 90*time.Second, 0)
	before := a.out.String()
	if err := a.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	r.eventually(15*time.Second, "the resumed leader steps down", func() bool {
		s := strings.TrimPrefix(a.out.String(), before)
		return strings.Contains(s, "leadership lost") && !a.leader()
	})
	after := strings.TrimPrefix(a.out.String(), before)
	t.Logf("the resumed leader's log:\n%s", after)
	for _, bad := range []string{"epoch closed", "msg=relay ", "lease taken"} {
		if strings.Contains(after, bad) {
			t.Fatalf("the resumed leader wrote (%q):\n%s", bad, after)
		}
	}
	if !b.leader() {
		t.Fatal("the second instance lost the lead to the resumed one")
	}
	a.stop(t)
	b.stop(t)
	if got, want := r.onChainTxs(), r.intents(); got != want || want < 3 {
		t.Fatalf("%d relayer transactions on chain for %d outbox intents: want one each", got, want)
	}
	r.claim(pr)
}

// TestRunThresholdClose: with a calendar far longer than the test
// (100,000 h) an epoch still closes, early, once the patient's pending
// accrual (342,000) reaches the --threshold of 300,000 base units, and is
// relayed to an activated root.
func TestRunThresholdClose(t *testing.T) {
	r := newRunWorld(t, "sqlite")
	in := r.startWith([]string{"--epoch-every", "100000h", "--threshold", r.w.Token.Hex() + "=300000"})
	r.post(in, "evt-threshold-1")
	n, pr := r.activated(in, 90*time.Second, 0)
	in.stop(t)
	closes := regexp.MustCompile(`msg="epoch closed" epoch=\d+ end=\d+ trigger=(\w+)`).FindAllStringSubmatch(in.out.String(), -1)
	if pr.Entitlements[0].Cumulative != "342000" || len(closes) != 1 || closes[0][1] != "threshold" {
		t.Fatalf("epoch %d (cumulative %s): want one threshold close:\n%s", n, pr.Entitlements[0].Cumulative, in.out.String())
	}
}

// TestRunInputErrors: `royalty run` refuses bad input with exit 2 naming
// the flag, before serving anything.
func TestRunInputErrors(t *testing.T) {
	bin := royaltyBinary(t)
	dep := filepath.Join(t.TempDir(), "deployment.json")
	if err := deploy.Save(dep, deploy.Deployment{ChainID: 31337, OwnershipToken: common.HexToAddress("0x01"), GovernanceConfig: common.HexToAddress("0x02"),
		RevenueVault: common.HexToAddress("0x03"), RoyaltyDistributor: common.HexToAddress("0x04")}); err != nil {
		t.Fatal(err)
	}
	db := "sqlite:" + filepath.Join(t.TempDir(), "r.db")
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--threshold", "0xnope=5"}, "--threshold"},
		{[]string{"--threshold", "0x0000000000000000000000000000000000000005=0"}, "--threshold"},
		{[]string{"--log-format", "xml"}, "--log-format"},
		{[]string{"--log-level", "loud"}, "--log-level"},
		{[]string{"--epoch-every", "10ms"}, "--epoch-every"},
		{[]string{"--listen", "0.0.0.0:0"}, "loopback"},
		{[]string{"--max-fee-gwei", "-1"}, "--max-fee-gwei"},
	} {
		cmd := exec.Command(bin, append([]string{"run", "--db", db, "--deployment", dep, "--rpc", "http://127.0.0.1:1", "--listen", "127.0.0.1:0"}, c.args...)...)
		cmd.Env = append(os.Environ(), "ROYALTY_PRIVATE_KEY="+chaintest.Keys[0])
		out, err := cmd.CombinedOutput()
		ee, ok := err.(*exec.ExitError)
		if !ok || ee.ExitCode() != 2 || !strings.Contains(string(out), c.msg) {
			t.Errorf("run %v: %v, want exit 2 naming %q:\n%s", c.args, err, c.msg, out)
		}
	}
}
