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
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/royaltydistributor"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/chaintest"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// relayBench is one deployment on anvil, a database with closed epochs whose
// payouts the binary relays, and the commands to run.
type relayBench struct {
	t         *testing.T
	w         *chaintest.World
	bin, dir  string
	dsn       string
	st        *store.Store
	consumers []common.Address
	cum       map[common.Address]uint64 // cumulative entitlements so far (one holder per consumer)
}

// newRelayBench deploys with the shortest dispute window the distributor
// allows (an hour) and mines a block every 100 ms, each an hour and a second
// after the last: every block passes the window, so one relay step can fund,
// propose and activate.
func newRelayBench(t *testing.T, dsn string, consumers int) *relayBench {
	const window = 3600
	w := chaintest.New(t, chaintest.Options{DisputeWindow: window})
	w.Node.MineEveryAdvancing(t, 100*time.Millisecond, window+1)
	b := &relayBench{t: t, w: w, bin: royaltyBinary(t), dir: t.TempDir(), dsn: dsn, cum: map[common.Address]uint64{}}
	if err := deploy.Save(filepath.Join(b.dir, "deployment.json"), w.Dep); err != nil {
		t.Fatal(err)
	}
	b.st = storetest.Open(t, dsn)
	for i := 0; i < consumers; i++ {
		b.consumers = append(b.consumers, crypto.CreateAddress(common.HexToAddress("0xc0"), uint64(i)))
	}
	return b
}

// deposit puts amount of revenue in the vault for every consumer (account 1 pays).
func (b *relayBench) deposit(amount int64) {
	ctx := context.Background()
	tok, v := testtoken.NewTestToken(), revenuevault.NewRevenueVault()
	c := b.w.Chain(1)
	total := big.NewInt(amount * int64(len(b.consumers)))
	if _, err := c.Transact(ctx, "mint", tok.Instance(b.w.Client, b.w.Token), tok.PackMint(b.w.Addr(1), total)); err != nil {
		b.t.Fatal(err)
	}
	if _, err := c.Transact(ctx, "approve", tok.Instance(b.w.Client, b.w.Token), tok.PackApprove(b.w.Dep.RevenueVault, total)); err != nil {
		b.t.Fatal(err)
	}
	for _, who := range b.consumers {
		if _, err := c.Transact(ctx, "deposit", v.Instance(b.w.Client, b.w.Dep.RevenueVault), v.PackDeposit(who, b.w.Token, big.NewInt(amount))); err != nil {
			b.t.Fatal(err)
		}
	}
}

// closeEpoch stores the next epoch: each consumer funds amount (plus extra
// on the total, to make it uncovered) for one holder (account 2 + i%2).
func (b *relayBench) closeEpoch(epoch uint64, amount, extra int64) relayer.Payout {
	ctx := context.Background()
	p := relayer.Payout{ChainID: b.w.Dep.ChainID, Vault: b.w.Dep.RevenueVault, Distributor: b.w.Dep.RoyaltyDistributor,
		Epoch: epoch, End: epoch*100 + 100, ReceiptRoot: common.BigToHash(big.NewInt(int64(epoch))), Assets: []common.Address{b.w.Token}}
	var total uint64
	for i, who := range b.consumers {
		p.Fundings = append(p.Fundings, relayer.Funding{Consumer: who, Asset: b.w.Token, Amount: big.NewInt(amount)})
		b.cum[b.w.Addr(2+i%2)] += uint64(amount)
	}
	b.cum[b.w.Addr(2)] += uint64(extra)
	for _, v := range b.cum {
		total += v
	}
	tree := b.w.Tree(b.t, b.cum)
	p.Root, p.Totals = tree.Root(), []*big.Int{new(big.Int).SetUint64(total)}
	dump, err := tree.Dump()
	if err != nil {
		b.t.Fatal(err)
	}
	pj, err := json.Marshal(p)
	if err != nil {
		b.t.Fatal(err)
	}
	if err := b.st.CloseEpoch(ctx, &store.EpochRow{ChainID: p.ChainID, Epoch: epoch, Start: epoch * 100, End: epoch*100 + 100,
		Root: p.Root, ReceiptRoot: p.ReceiptRoot, Statements: []byte(`{}`), Tree: dump, ReceiptTree: []byte(`{}`), Payout: pj}, nil); err != nil {
		b.t.Fatal(err)
	}
	return p
}

// relayCmd is `royalty relay --epoch N --wait …` as the operator runs it.
func (b *relayBench) relayCmd(epoch uint64, failpoint string, extra ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	args := append([]string{"relay", "--rpc", b.w.Node.URL, "--db", b.dsn, "--deployment", filepath.Join(b.dir, "deployment.json"),
		"--epoch", fmt.Sprint(epoch), "--wait", "--confirmations", "1", "--poll", "50ms", "--json"}, extra...)
	cmd := exec.Command(b.bin, args...)
	cmd.Env = append(os.Environ(), "ROYALTY_PRIVATE_KEY="+chaintest.Keys[0])
	if failpoint != "" {
		cmd.Env = append(cmd.Env, "ROYALTY_FAILPOINT="+failpoint)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	return cmd, &out, &errb
}

func (b *relayBench) relayerNonce() uint64 {
	n, err := b.w.Client.NonceAt(context.Background(), b.w.Addr(0), nil)
	if err != nil {
		b.t.Fatal(err)
	}
	return n
}

// onChain lists the transactions of an epoch's vault fundings, proposals
// and activations, from the contracts' logs.
func (b *relayBench) onChain(epoch uint64) (fundings map[common.Address][]common.Hash, proposals, activations []common.Hash) {
	ctx := context.Background()
	v, d := revenuevault.NewRevenueVault(), royaltydistributor.NewRoyaltyDistributor()
	topic := common.BigToHash(new(big.Int).SetUint64(epoch))
	logs, err := b.w.Client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0),
		Addresses: []common.Address{b.w.Dep.RevenueVault, b.w.Dep.RoyaltyDistributor}})
	if err != nil {
		b.t.Fatal(err)
	}
	fundings = map[common.Address][]common.Hash{}
	for i := range logs {
		l := &logs[i]
		if len(l.Topics) < 2 || l.Topics[1] != topic {
			continue
		}
		if ev, err := v.UnpackEpochFundedEvent(l); err == nil {
			fundings[ev.Consumer] = append(fundings[ev.Consumer], l.TxHash)
		} else if _, err := d.UnpackRootProposedEvent(l); err == nil {
			proposals = append(proposals, l.TxHash)
		} else if _, err := d.UnpackRootActivatedEvent(l); err == nil {
			activations = append(activations, l.TxHash)
		}
	}
	return fundings, proposals, activations
}

// checkOnce asserts exactly one funding per consumer, one proposal and one
// activation of the epoch on chain, and returns their transactions.
func (b *relayBench) checkOnce(epoch uint64) map[common.Hash]string {
	fundings, proposals, activations := b.onChain(epoch)
	txs := map[common.Hash]string{}
	for _, who := range b.consumers {
		if len(fundings[who]) != 1 {
			b.t.Fatalf("epoch %d: consumer %s funded %d times, want once", epoch, who, len(fundings[who]))
		}
		txs[fundings[who][0]] = "fund"
	}
	if len(fundings) != len(b.consumers) || len(proposals) != 1 || len(activations) != 1 {
		b.t.Fatalf("epoch %d: %d fundings, %d proposals, %d activations on chain; want %d, 1, 1",
			epoch, len(fundings), len(proposals), len(activations), len(b.consumers))
	}
	txs[proposals[0]], txs[activations[0]] = "propose", "activate"
	return txs
}

// receipt is `royalty receipt N`.
func (b *relayBench) receipt(epoch uint64) pipeline.Receipt {
	cmd := exec.Command(b.bin, "receipt", "--json", "--db", b.dsn, "--deployment", filepath.Join(b.dir, "deployment.json"), fmt.Sprint(epoch))
	var errb bytes.Buffer
	cmd.Stderr = &errb
	out, err := cmd.Output()
	if err != nil {
		b.t.Fatalf("royalty receipt %d: %v\n%s", epoch, err, errb.String())
	}
	var r pipeline.Receipt
	if err := json.Unmarshal(out, &r); err != nil {
		b.t.Fatalf("receipt %s: %v", out, err)
	}
	return r
}

// checkReceipt asserts the receipt lists exactly the epoch's transactions on chain.
func (b *relayBench) checkReceipt(epoch uint64, want map[common.Hash]string) {
	r := b.receipt(epoch)
	if r.Stage != string(relayer.StageActivated) {
		b.t.Fatalf("receipt of epoch %d at stage %q, want activated", epoch, r.Stage)
	}
	got := map[common.Hash]string{}
	for _, tx := range r.Transactions {
		if tx.Reverted || tx.FeeWei == "" || tx.Block == 0 {
			b.t.Fatalf("receipt of epoch %d: transaction %+v", epoch, tx)
		}
		got[tx.Hash] = tx.Action
	}
	if len(got) != len(want) || len(r.Transactions) != len(want) {
		b.t.Fatalf("receipt of epoch %d lists %d transactions (%v), the chain has %d (%v)", epoch, len(r.Transactions), got, len(want), want)
	}
	for h, action := range want {
		if got[h] != action {
			b.t.Fatalf("receipt of epoch %d: %s %s missing (has %v)", epoch, action, h, got)
		}
	}
}

func processExit(err error) int {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	if err != nil {
		return -1
	}
	return 0
}

// `royalty relay --epoch 1 --wait` is killed with SIGKILL right after each
// kind of broadcast (a funding, the proposal, the activation) and restarted:
// the chain holds each action once, the restart's recovery is quiet (no
// warning for finding its own transactions), and `royalty receipt 1` lists
// every transaction that landed — the proposal included when the kill came
// after the activation's broadcast. Every block passes the dispute window, so
// the first run is killed inside its first step, before it saved any
// progress: the restart alone must find every transaction.
func TestRelayKill9AfterEachBroadcastKeepsTheReceiptComplete(t *testing.T) {
	for _, point := range []string{"txmgr/after-broadcast:fund", "txmgr/after-broadcast:propose", "txmgr/after-broadcast:activate"} {
		t.Run(point, func(t *testing.T) {
			b := newRelayBench(t, storetest.SQLiteDSN(t), 2)
			b.deposit(1_000_000)
			b.closeEpoch(1, 400_000, 0)
			before := b.relayerNonce()
			cmd, out, errb := b.relayCmd(1, point)
			err := cmd.Run()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
				t.Fatalf("relay with failpoint %s did not die by SIGKILL: %v\n%s%s", point, err, out, errb)
			}
			cmd, out, errb = b.relayCmd(1, "")
			if err := cmd.Run(); err != nil {
				t.Fatalf("restarted relay: %v\n%s%s", err, out, errb)
			}
			if strings.Contains(errb.String(), "level=WARN") || strings.Contains(errb.String(), "level=ERROR") {
				t.Fatalf("the restarted relay warned during a normal recovery:\n%s", errb)
			}
			want := b.checkOnce(1)
			if sent := b.relayerNonce() - before; sent != uint64(len(want)) {
				t.Fatalf("the relayer sent %d transactions, the epoch has %d", sent, len(want))
			}
			b.checkReceipt(1, want)
		})
	}
}

// Two `royalty relay` processes on one database (SQLite and PostgreSQL)
// started together: one relays, the other is refused at once with a message
// naming the first and exit status 5; with --lease-wait the second waits and
// then finds everything done. One set of transactions either way, and a
// complete receipt.
func TestTwoRelayProcessesOnOneDatabase(t *testing.T) {
	storetest.EachDSN(t, func(t *testing.T, dsn string) {
		b := newRelayBench(t, dsn, 2)
		b.deposit(1_000_000)
		for epoch := uint64(1); epoch <= 2; epoch++ {
			b.closeEpoch(epoch, 300_000, 0)
			before := b.relayerNonce()
			var extra []string
			if epoch == 2 {
				extra = []string{"--lease-wait", "2m"}
			}
			cmds := make([]*exec.Cmd, 2)
			outs := make([]*bytes.Buffer, 2)
			errs := make([]*bytes.Buffer, 2)
			for i := range cmds {
				cmds[i], outs[i], errs[i] = b.relayCmd(epoch, "", extra...)
				if err := cmds[i].Start(); err != nil {
					t.Fatal(err)
				}
			}
			codes := make([]int, 2)
			for i, cmd := range cmds {
				codes[i] = processExit(cmd.Wait())
			}
			if epoch == 1 {
				ok, busy := -1, -1
				for i, c := range codes {
					switch c {
					case 0:
						ok = i
					case exitBusy:
						busy = i
					}
				}
				if ok < 0 || busy < 0 {
					t.Fatalf("exit statuses %v, want one 0 and one %d\n%s\n%s", codes, exitBusy, errs[0], errs[1])
				}
				msg := errs[busy].String()
				if !strings.Contains(msg, "another relayer is sending with this key") || !strings.Contains(msg, "--lease-wait") ||
					!strings.Contains(msg, "pid=") {
					t.Fatalf("the refused relay said:\n%s", msg)
				}
			} else {
				for i, c := range codes {
					if c != 0 {
						t.Fatalf("waiting relay %d exited %d:\n%s", i, c, errs[i])
					}
				}
				var progs [2]relayer.Progress
				for i := range progs {
					if err := json.Unmarshal(outs[i].Bytes(), &progs[i]); err != nil || progs[i].Stage != relayer.StageActivated {
						t.Fatalf("relay %d printed %s (%v)", i, outs[i], err)
					}
				}
			}
			want := b.checkOnce(epoch)
			if sent := b.relayerNonce() - before; sent != uint64(len(want)) {
				t.Fatalf("epoch %d: the relayer key sent %d transactions, want %d", epoch, sent, len(want))
			}
			b.checkReceipt(epoch, want)
		}
	})
}

// A stress run on PostgreSQL: three epochs of twelve fundings each, every
// epoch relayed by two processes at once (the second waiting for the
// lease): no duplicate on chain, no reverted or extra transaction, every
// intent confirmed, and complete receipts.
func TestRelayStressTwoRelayers(t *testing.T) {
	b := newRelayBench(t, storetest.PostgresDSN(t), 12)
	const epochs = 3
	b.deposit(epochs * 100_000)
	before := b.relayerNonce()
	var sent uint64
	for epoch := uint64(1); epoch <= epochs; epoch++ {
		b.closeEpoch(epoch, 100_000, 0)
		var cmds [2]*exec.Cmd
		var errs [2]*bytes.Buffer
		for i := range cmds {
			cmds[i], _, errs[i] = b.relayCmd(epoch, "", "--lease-wait", "5m")
			if err := cmds[i].Start(); err != nil {
				t.Fatal(err)
			}
		}
		for i, cmd := range cmds {
			if err := cmd.Wait(); err != nil {
				t.Fatalf("epoch %d relay %d: %v\n%s", epoch, i, err, errs[i])
			}
		}
		want := b.checkOnce(epoch)
		b.checkReceipt(epoch, want)
		sent += uint64(len(want))
	}
	if got := b.relayerNonce() - before; got != sent {
		t.Fatalf("the relayer key sent %d transactions for %d actions", got, sent)
	}
	intents, err := b.st.Outbox().Intents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if uint64(len(intents)) != sent {
		t.Fatalf("%d intents for %d actions", len(intents), sent)
	}
	for _, in := range intents {
		if in.Status != "confirmed" || len(in.Landed) != 0 {
			t.Fatalf("intent %s is %s with %d reverted transactions", in.Key, in.Status, len(in.Landed))
		}
		r, err := b.w.Client.TransactionReceipt(context.Background(), in.MinedHash)
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("intent %s: receipt %+v %v", in.Key, r, err)
		}
	}
}

// The binary refuses an epoch the distributor could not cover, with the
// shortfall in token units, and sends nothing.
func TestRelayRefusesAnUncoveredEpoch(t *testing.T) {
	b := newRelayBench(t, storetest.SQLiteDSN(t), 1)
	b.deposit(1_000_000)
	b.closeEpoch(1, 1_000_000, 308_246)
	before := b.relayerNonce()
	cmd, out, errb := b.relayCmd(1, "")
	err := cmd.Run()
	if code := processExit(err); code != 1 || !strings.Contains(errb.String(), "short 0.308246 tUSD") ||
		!strings.Contains(errb.String(), "nothing sent") {
		t.Fatalf("relay of an uncovered epoch: exit %d\n%s%s", code, out, errb)
	}
	if n := b.relayerNonce(); n != before {
		t.Fatalf("the relayer sent %d transactions for an uncovered epoch", n-before)
	}
	v := revenuevault.NewRevenueVault()
	got, err := bind.Call(v.Instance(b.w.Client, b.w.Dep.RevenueVault), nil, v.PackFunded(1, b.consumers[0], b.w.Token), v.UnpackFunded)
	if err != nil || got.Sign() != 0 {
		t.Fatalf("funded %v (%v), want nothing", got, err)
	}
}
