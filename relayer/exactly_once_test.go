package relayer_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/relayer/txmgr"
	"github.com/dataroyalty/royalty/store"
)

func openStore(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "relayer.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func (w *world) payout(t *testing.T, amount, total int64) (*relayer.Payout, string) {
	tr := w.Tree(t, map[common.Address]uint64{w.Addr(2): uint64(total)})
	p := &relayer.Payout{ChainID: w.Dep.ChainID, Vault: w.Dep.RevenueVault, Distributor: w.Dep.RoyaltyDistributor,
		Epoch: 1, End: w.HeadTime(t), Root: tr.Root(), ReceiptRoot: common.HexToHash("0x03"),
		Assets: []common.Address{w.Token}, Totals: []*big.Int{big.NewInt(total)},
		Fundings: []relayer.Funding{{Consumer: w.Consumer, Asset: w.Token, Amount: big.NewInt(amount)}}}
	key := fmt.Sprintf("%d/fund/1/%s/%s", w.Dep.ChainID, w.Consumer.Hex(), w.Token.Hex())
	return p, key
}

func (w *world) grant(t *testing.T, role common.Hash, who common.Address) {
	t.Helper()
	v, d := revenuevault.NewRevenueVault(), royaltydistributor.NewRoyaltyDistributor()
	var err error
	if role == deploy.FunderRole {
		_, err = w.Chain(0).Transact(context.Background(), "grant", v.Instance(w.Client, w.Dep.RevenueVault), v.PackGrantRole(role, who))
	} else {
		_, err = w.Chain(0).Transact(context.Background(), "grant", d.Instance(w.Client, w.Dep.RoyaltyDistributor), d.PackGrantRole(role, who))
	}
	if err != nil {
		t.Fatal(err)
	}
}

func nonce(t *testing.T, w *world, i int) uint64 {
	n, err := w.Client.NonceAt(context.Background(), w.Addr(i), nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// Before anything is sent, a payout whose root the distributor could not
// cover is refused with the shortfall per asset in token units (symbol and
// decimals read from the token), and nothing is funded or proposed.
func TestStepRefusesAnUncoveredPayout(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1_000_000)
	p, _ := w.payout(t, 1_000_000, 1_308_246)
	before := nonce(t, w, 0)
	r := relayer.New(w.manager(t, newOutbox(t)), w.Client, nil)
	_, err := r.Step(ctx, p)
	var ue *relayer.UncoveredError
	if !errors.Is(err, relayer.ErrUncovered) || !errors.As(err, &ue) {
		t.Fatalf("step of an uncovered payout: %v, want ErrUncovered", err)
	}
	for _, want := range []string{"short 0.308246 tUSD", "the new total is 1.308246 tUSD", "covered 1 tUSD", "this epoch's fundings 1)"} {
		if !strings.Contains(err.Error(), want) {
			t.Fatalf("error %q does not say %q", err, want)
		}
	}
	if len(ue.Assets) != 1 || ue.Assets[0].Short.Int64() != 308_246 {
		t.Fatalf("shortfalls %+v", ue.Assets)
	}
	if n := nonce(t, w, 0); n != before {
		t.Fatalf("the relayer sent %d transactions for an uncovered payout", n-before)
	}
	if left := w.VaultBalance(t, w.Consumer); left != 1_000_000 {
		t.Fatalf("the vault moved %d of an uncovered payout", 1_000_000-left)
	}

	// A funding the vault cannot make is refused the same way.
	p2, _ := w.payout(t, 1_200_000, 1_200_000)
	_, err = r.Step(ctx, p2)
	if !errors.Is(err, relayer.ErrUncovered) || !strings.Contains(err.Error(), "has 1 tUSD left in the vault, its funding needs 1.2 tUSD (short 0.2 tUSD)") {
		t.Fatalf("step with an unfundable funding: %v", err)
	}
}

// Another funder's transaction for the same funding lands first, in the
// block before ours: ours reverts AlreadyFunded. The intent ends done
// elsewhere (not failed), the epoch goes on to activation, and the progress
// lists both transactions: ours, reverted with the decoded reason, and
// theirs, which did it.
func TestRevertBecauseDoneElsewhereEndsDone(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1_000_000)
	w.grant(t, deploy.FunderRole, w.Addr(2))
	p, key := w.payout(t, 600_000, 600_000)
	ob := newOutbox(t)
	r := relayer.New(w.manager(t, ob), w.Client, nil)
	if err := w.Node.SetAutomine(ctx, false); err != nil {
		t.Fatal(err)
	}
	type result struct {
		prog relayer.Progress
		err  error
	}
	done := make(chan result, 1)
	go func() {
		// The window is an hour: one step funds and proposes.
		prog, err := r.Step(ctx, p)
		done <- result{prog, err}
	}()
	deadline := time.Now().Add(30 * time.Second)
	for {
		in, err := ob.Load(ctx, key)
		if err == nil && in.Status == txmgr.StatusSent {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the relayer's funding never reached the pool")
		}
		time.Sleep(10 * time.Millisecond)
	}
	// Price our transaction out of the next block; the other funder pays more.
	spiked := big.NewInt(500e9)
	if err := w.Node.RPC.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", (*hexutil.Big)(spiked)); err != nil {
		t.Fatal(err)
	}
	other := w.Chain(2)
	auth := *other.Auth
	auth.Context, auth.GasLimit = ctx, 200_000
	auth.GasFeeCap, auth.GasTipCap = new(big.Int).Mul(spiked, big.NewInt(2)), big.NewInt(1e9)
	v := revenuevault.NewRevenueVault()
	theirs, err := bind.Transact(v.Instance(w.Client, w.Dep.RevenueVault), &auth, v.PackFundEpoch(1, w.Consumer, w.Token, big.NewInt(600_000)))
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Node.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if err := w.Node.RPC.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", (*hexutil.Big)(big.NewInt(1e8))); err != nil {
		t.Fatal(err)
	}
	w.Node.MineEvery(t, 50*time.Millisecond)
	res := <-done
	if res.err != nil {
		t.Fatalf("step after someone else funded first: %v", res.err)
	}
	in, err := ob.Load(ctx, key)
	if err != nil {
		t.Fatal(err)
	}
	if in.Status != txmgr.StatusDoneElsewhere || !strings.HasPrefix(in.Reason, "AlreadyFunded(epoch: 1, consumer: "+w.Consumer.Hex()) {
		t.Fatalf("intent %s reason %q, want done_elsewhere after an AlreadyFunded revert", in.Status, in.Reason)
	}
	if res.prog.Stage != relayer.StageProposed {
		t.Fatalf("stage %s, want proposed", res.prog.Stage)
	}
	var ours, found bool
	for _, tx := range res.prog.Txs {
		switch {
		case tx.Action == "fund" && tx.Reverted && tx.Hash == in.MinedHash && strings.HasPrefix(tx.Reason, "AlreadyFunded("):
			ours = true
		case tx.Action == "fund" && tx.DoneElsewhere && tx.Hash == theirs.Hash() && tx.From == w.Addr(2):
			found = true
		}
	}
	if !ours || !found {
		t.Fatalf("progress %+v lacks our reverted funding or theirs", res.prog.Txs)
	}
	if left := w.VaultBalance(t, w.Consumer); left != 400_000 {
		t.Fatalf("consumer's vault balance %d, want 400,000: exactly one funding", left)
	}
}

// A failed intent from an earlier run (the vault held too little, so the
// funding reverted InsufficientBalance) does not lock the epoch: once the
// consumer tops up, the next step funds on a fresh nonce and the epoch
// activates; the reverted transaction stays in the progress with its reason.
func TestFailedIntentFromAnEarlierRunDoesNotLockTheEpoch(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 500_000)
	w.Node.MineEvery(t, 50*time.Millisecond)
	p, key := w.payout(t, 600_000, 600_000)
	ob := newOutbox(t)
	m := w.manager(t, ob)
	// The earlier run: its funding sent without any check, reverted.
	v := revenuevault.NewRevenueVault()
	_, err := m.Send(ctx, txmgr.Candidate{Key: key, To: w.Dep.RevenueVault, GasLimit: 200_000,
		Data: v.PackFundEpoch(1, w.Consumer, w.Token, big.NewInt(600_000))})
	if !errors.Is(err, txmgr.ErrReverted) {
		t.Fatalf("the earlier run's funding: %v, want a revert", err)
	}
	in, _ := ob.Load(ctx, key)
	if in.Status != txmgr.StatusFailed || in.Reason != "InsufficientBalance(balance: 500000, amount: 600000)" {
		t.Fatalf("earlier intent %s %q", in.Status, in.Reason)
	}
	r := relayer.New(m, w.Client, nil)
	if _, err := r.Step(ctx, p); !errors.Is(err, relayer.ErrUncovered) {
		t.Fatalf("step before the top-up: %v, want ErrUncovered", err)
	}
	w.Deposit(t, 1, 100_000)
	if prog, err := r.Step(ctx, p); err != nil || prog.Stage != relayer.StageProposed {
		t.Fatalf("step after the top-up: %+v %v, want funded and proposed", prog, err)
	}
	w.Warp(t, window+1)
	prog, err := r.Step(ctx, p)
	if err != nil || prog.Stage != relayer.StageActivated {
		t.Fatalf("step after the window: %+v %v", prog, err)
	}
	if in, _ = ob.Load(ctx, key); in.Status != txmgr.StatusConfirmed || len(in.Landed) != 1 {
		t.Fatalf("intent %s with %d earlier landings, want confirmed with the reverted one kept", in.Status, len(in.Landed))
	}
	if got := prog.Txs[0]; got.Action != "fund" || !got.Reverted || got.Reason != "InsufficientBalance(balance: 500000, amount: 600000)" {
		t.Fatalf("first transaction %+v, want the reverted funding with its reason", got)
	}
	if len(prog.Txs) != 4 {
		t.Fatalf("progress %+v, want the reverted funding, the funding, the proposal and the activation", prog.Txs)
	}
	if left := w.VaultBalance(t, w.Consumer); left != 0 {
		t.Fatalf("consumer's vault balance %d, want 0", left)
	}
}

// A proposal made by someone else (another proposer, by hand) is recorded
// from the chain's logs, with its transaction and sender, and the relayer
// goes on from it.
func TestProgressFindsActionsDoneByOthersOnChain(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1_000_000)
	w.Node.MineEvery(t, 50*time.Millisecond)
	w.grant(t, deploy.ProposerRole, w.Addr(3))
	w.grant(t, deploy.FunderRole, w.Addr(3))
	p, _ := w.payout(t, 600_000, 600_000)
	v, d := revenuevault.NewRevenueVault(), royaltydistributor.NewRoyaltyDistributor()
	funding, err := w.Chain(3).Transact(ctx, "fund by hand", v.Instance(w.Client, w.Dep.RevenueVault), v.PackFundEpoch(1, w.Consumer, w.Token, big.NewInt(600_000)))
	if err != nil {
		t.Fatal(err)
	}
	proposal, err := w.Chain(3).Transact(ctx, "propose by hand", d.Instance(w.Client, w.Dep.RoyaltyDistributor),
		d.PackProposeRoot(1, p.Root, p.ReceiptRoot, p.End, p.Assets, p.Totals))
	if err != nil {
		t.Fatal(err)
	}
	r := relayer.New(w.manager(t, newOutbox(t)), w.Client, nil)
	if prog, err := r.Step(ctx, p); err != nil || prog.Stage != relayer.StageProposed || len(prog.Txs) != 2 {
		t.Fatalf("step inside the window: %+v %v", prog, err)
	}
	w.Warp(t, window+1)
	prog, err := r.Step(ctx, p)
	if err != nil || prog.Stage != relayer.StageActivated || len(prog.Txs) != 3 {
		t.Fatalf("step: %+v %v", prog, err)
	}
	for i, want := range []common.Hash{funding.TxHash, proposal.TxHash} {
		got := prog.Txs[i]
		if got.Hash != want || !got.DoneElsewhere || got.From != w.Addr(3) || got.GasUsed == 0 {
			t.Fatalf("transaction %d %+v, want %s done by %s", i, got, want, w.Addr(3))
		}
	}
	if got := prog.Txs[2]; got.Action != "activate" || got.DoneElsewhere || got.From != w.Addr(0) {
		t.Fatalf("activation %+v, want ours", got)
	}
}

func sessionConfig() relayer.Config {
	cfg := relayer.DefaultConfig()
	cfg.Tx.Confirmations, cfg.Tx.PollInterval, cfg.Poll = 1, 20*time.Millisecond, 20*time.Millisecond
	cfg.LeaseTTL = 3 * time.Second
	return cfg
}

// One relayer per (chain, key): a second session is refused and told who
// holds the lease, or waits for it; a holder whose process is gone is taken
// over at once; a holder that lost its lease writes nothing more.
func TestSessionLease(t *testing.T) {
	ctx := context.Background()
	w := newWorld(t, 1_000_000)
	st := openStore(t)
	a, err := relayer.Open(ctx, sessionConfig(), st, w.Client, w.Keys[0], nil)
	if err != nil {
		t.Fatal(err)
	}
	_, err = relayer.Open(ctx, sessionConfig(), st, w.Client, w.Keys[0], nil)
	var busy *relayer.BusyError
	if !errors.Is(err, relayer.ErrBusy) || !errors.As(err, &busy) || busy.Held.Current.Holder != a.Lease().Holder ||
		!strings.Contains(err.Error(), "another relayer is sending with this key") {
		t.Fatalf("second session: %v, want ErrBusy naming the first", err)
	}
	// Another key is another lease.
	other, err := relayer.Open(ctx, sessionConfig(), st, w.Client, w.Keys[1], nil)
	if err != nil {
		t.Fatalf("a session of another key: %v", err)
	}
	other.Close()
	// The session renews its lease while it lives.
	name := relayer.LeaseName(w.Dep.ChainID, w.Keys[0])
	for deadline := time.Now().Add(30 * time.Second); ; {
		cur, err := st.CurrentLease(ctx, name)
		if err != nil {
			t.Fatal(err)
		}
		if cur.Expires.After(busy.Held.Current.Expires) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the session never renewed its lease")
		}
		time.Sleep(50 * time.Millisecond)
	}
	// A waiting session gets the lease once the first closes.
	cfg := sessionConfig()
	cfg.LeaseWait = 20 * time.Second
	got := make(chan error, 1)
	var b *relayer.Session
	go func() {
		var err error
		b, err = relayer.Open(ctx, cfg, st, w.Client, w.Keys[0], nil)
		got <- err
	}()
	time.Sleep(300 * time.Millisecond)
	first := a.Lease()
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-got; err != nil {
		t.Fatalf("waiting session: %v", err)
	}
	if b.Lease().Token <= first.Token {
		t.Fatalf("token %d after %d: tokens must grow", b.Lease().Token, first.Token)
	}
	b.Close()

	// A holder on this host whose process is gone is taken over at once.
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	host := strings.Fields(b.Lease().Holder)[0]
	stale, err := st.AcquireLease(ctx, name, fmt.Sprintf("%s pid=%d id=gone", host, dead.Process.Pid), time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	c, err := relayer.Open(ctx, sessionConfig(), st, w.Client, w.Keys[0], nil)
	if err != nil {
		t.Fatalf("open over a dead holder's lease: %v", err)
	}
	defer c.Close()
	if c.Lease().Token != stale.Token+1 {
		t.Fatalf("token %d after a takeover of %d", c.Lease().Token, stale.Token)
	}
	// The dead holder's token no longer writes.
	if err := st.Outbox().Fenced(stale).Insert(ctx, &txmgr.Intent{Key: "x", From: w.Addr(0), Status: txmgr.StatusSigned}); !errors.Is(err, store.ErrLeaseLost) {
		t.Fatalf("write under a taken-over lease: %v, want ErrLeaseLost", err)
	}
}
