package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/internal/anviltest"
	worked "github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// newPrepaidRun deploys the worked example's contracts on a fresh anvil
// (reserve window reserveWindow seconds), on a database of backend.
func newPrepaidRun(t *testing.T, backend string, mineEvery bool, reserveWindow uint64) (*fundingRun, string, common.Address, worked.Parties) {
	t.Helper()
	bin := royaltyBinary(t)
	ctx := context.Background()
	dsn := storetest.DSN(t, backend)
	node := anviltest.Start(t, anviltest.Options{})
	client := ethclient.NewClient(node.RPC)
	if mineEvery {
		node.MineEvery(t, 100*time.Millisecond)
	}
	dir := t.TempDir()
	depFile := filepath.Join(dir, "deployment.json")
	f := &fundingRun{runbook: runbook{t: t, bin: bin, env: []string{"ROYALTY_DB=" + dsn, "ROYALTY_DEPLOYMENT=" + depFile, "ROYALTY_RPC=" + node.URL}},
		ctx: ctx, node: node, client: client, dir: dir}
	operator := f.chain(anviltest.Key(0))
	usd, err := deploy.TestToken(ctx, operator, "Test USD", "tUSD")
	if err != nil {
		t.Fatal(err)
	}
	f.run(hexKey(0), "deploy", "--out", depFile, "--dispute-window", fmt.Sprint(rootWindow), "--single-key-dev", "--asset", usd.Hex())
	if f.dep, err = deploy.Load(depFile); err != nil {
		t.Fatal(err)
	}
	parties := worked.Parties{Patient: addr(2), DrLin: addr(3),
		Validator: common.HexToAddress("0x00000000000000000000000000000000000000a1"),
		Treasury:  common.HexToAddress("0x00000000000000000000000000000000000007e5"),
		Developer: common.HexToAddress("0x00000000000000000000000000000000000000de"), Meter: addr(4)}
	if err := worked.Seed(ctx, operator, f.dep, usd, parties, reserveWindow); err != nil {
		t.Fatal(err)
	}
	return f, dsn, usd, parties
}

// consumerLine is the (consumer, asset) statement of an epoch, read through
// `royalty epoch show`.
func (f *fundingRun) consumerLine(epoch uint64, consumer, asset common.Address) engine.ConsumerStatement {
	f.t.Helper()
	var s engine.EpochStatements
	if err := json.Unmarshal(f.run("", "epoch", "show", fmt.Sprint(epoch)), &s); err != nil {
		f.t.Fatal(err)
	}
	for _, c := range s.Consumers {
		if common.HexToAddress(c.Consumer) == consumer && common.HexToAddress(c.Asset) == asset {
			return c
		}
	}
	f.t.Fatalf("epoch %d has no statement for consumer %s in %s", epoch, consumer.Hex(), asset.Hex())
	return engine.ConsumerStatement{}
}

// atto is n whole units in atto, as a statement writes it.
func atto(n int64) string {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(engine.AttoPerUnit)).String()
}

// Prepaid credit through the chain, on anvil, through the binary: consumer P
// buys 1,000,000 tUSD of credit with RevenueVault.buyCredit and uses data in
// prepaid mode (two events of 600,000) and once in standard mode (20,000,
// with no revenue deposited). The indexer follows the purchase, the close
// credits it, and the prepaid events draw it down oldest first: the first in
// full, the second for 400,000; the standard event is never paid from
// credit. P buys 500,000 more in epoch 2 and uses 200,000: the rest of the
// older event is paid first, then the new one, leaving 100,000, which the
// statements show and which is exactly what the vault still holds for P.
// Every root activates, the audit (from the node's own logs) and the replay
// agree, and each holder claims exactly its share of the paid events.
func TestPrepaidCreditFromTheChain(t *testing.T) {
	const reserveWindow = 20
	f, dsn, usd, _ := newPrepaidRun(t, "sqlite", true, reserveWindow)
	kp := f.consumerKey("prepaid P")
	p := crypto.PubkeyToAddress(kp.PublicKey)

	// Epoch 1.
	f.pay(kp, usd, 1_000_000, true)
	t1 := f.head() + 1
	f.events(t1, use{p, 300, 1, "prepaid"}, use{p, 300, 1, "prepaid"}, use{p, 10, 1, "standard"})
	fund1 := f.closeAndRelay(1, t1+3)
	// The first item in full and 400,000 of the second, less the reserve
	// held on what was paid (5%).
	if got := fundedOf(fund1, p, usd); got != 950_000 {
		t.Fatalf("epoch 1 funds %d from P's credit, want 950,000", got)
	}
	s1 := f.consumerLine(1, p, usd)
	if s1.CreditedAtto != atto(1_000_000) || s1.SettledAtto != atto(1_000_000) || s1.CreditAtto != "0" ||
		s1.OverdueAtto != atto(200_000+20_000) || s1.RevenueAtto != "0" {
		t.Fatalf("epoch 1 statement of P: %+v", s1)
	}

	// Epoch 2: more credit, one more prepaid event; epoch 1's reserves are
	// released.
	f.pay(kp, usd, 500_000, true)
	t2 := f.head() + 1
	f.events(t2, use{p, 100, 1, "prepaid"})
	end2 := max(t2+2, t1+2+reserveWindow+1)
	fund2 := f.closeAndRelay(2, end2)
	if got := fundedOf(fund2, p, usd); got != 1_200_000+190_000-950_000 {
		t.Fatalf("epoch 2 funds %d from P's credit, want 440,000", got)
	}
	s2 := f.consumerLine(2, p, usd)
	if s2.CreditedAtto != atto(500_000) || s2.SettledAtto != atto(400_000) || s2.CreditAtto != atto(100_000) ||
		s2.OverdueAtto != atto(20_000) {
		t.Fatalf("epoch 2 statement of P: %+v (want 100,000 of credit left, only the standard event overdue)", s2)
	}

	// Epoch 3: the last reserve is released; nothing more is bought or used.
	f.mineAfter(t2 + reserveWindow + 1)
	fund3 := f.closeAndRelay(3, max(f.head(), end2+1))
	if got := fundedOf(fund3, p, usd); got != 10_000 {
		t.Fatalf("epoch 3 funds %d, want the released 10,000", got)
	}
	if s3 := f.consumerLine(3, p, usd); s3.CreditAtto != atto(100_000) || s3.OverdueAtto != atto(20_000) {
		t.Fatalf("epoch 3 statement of P: %+v", s3)
	}
	vault := revenuevault.NewRevenueVault()
	held, err := bind.Call(vault.Instance(f.client, f.dep.RevenueVault), nil, vault.PackBalanceOf(p, usd), vault.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	if held.Cmp(big.NewInt(100_000)) != 0 {
		t.Fatalf("the vault holds %s for P, its statement's credit balance is 100,000", held)
	}

	// The audit recomputes the credit from the node's logs; the replay from
	// the indexed facts.
	var v pipeline.Verdict
	if out := f.run("", "audit", "3", "--json"); json.Unmarshal(out, &v) != nil || !v.OK || v.Facts != "chain" {
		t.Fatalf("audit 3: %s", out)
	}
	f.run("", "replay")

	// Every recipient claims: each holds exactly its share of the prepaid
	// events (the standard one was never paid).
	want := exactEntitlements(t, dsn, f.dep.ChainID, 3, func(in *engine.Input) bool { return in.Event.Mode == engine.ModePrepaid })
	if len(want) < 5 {
		t.Fatalf("only %d recipients: %v", len(want), want)
	}
	tok := testtoken.NewTestToken()
	for acct, assets := range want {
		f.run(hexKey(0), "claim", "--account", acct.Hex())
		for asset, amt := range assets {
			got, err := bind.Call(tok.Instance(f.client, asset), nil, tok.PackBalanceOf(acct), tok.UnpackBalanceOf)
			if err != nil {
				t.Fatal(err)
			}
			if got.Cmp(amt) != 0 {
				t.Errorf("%s holds %s of %s, its exact entitlement is %s", acct.Hex(), got, asset.Hex(), amt)
			}
		}
	}
	// The distributor got 1,400,000 from P's credit and paid out exactly the
	// entitlements: what it keeps is their rounding down, under a unit each.
	claimed := new(big.Int)
	for _, assets := range want {
		claimed.Add(claimed, assets[usd])
	}
	left, err := bind.Call(tok.Instance(f.client, usd), nil, tok.PackBalanceOf(f.dep.RoyaltyDistributor), tok.UnpackBalanceOf)
	if err != nil {
		t.Fatal(err)
	}
	if rest := new(big.Int).Sub(big.NewInt(1_400_000), claimed); left.Cmp(rest) != 0 || rest.Cmp(big.NewInt(int64(len(want)))) >= 0 {
		t.Errorf("distributor keeps %s after every claim; funded 1,400,000, entitled %s", left, claimed)
	}
}

// follow runs `royalty index` at the tip (3 confirmations, so the newest
// blocks' facts are stored but not final) until the stored tip is the node's
// head, then stops it with SIGTERM.
func (f *fundingRun) follow(dsn string) {
	f.t.Helper()
	cmd := exec.Command(f.bin, "index", "--confirmations", "3", "--poll", "50ms")
	cmd.Env = append(os.Environ(), f.env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		f.t.Fatal(err)
	}
	defer func() {
		_ = cmd.Process.Signal(syscall.SIGTERM)
		if err := cmd.Wait(); err != nil {
			f.t.Fatalf("royalty index: %v\n%s", err, out.String())
		}
	}()
	st, err := store.Open(f.ctx, dsn)
	if err != nil {
		f.t.Fatal(err)
	}
	defer st.Close()
	for deadline := time.Now().Add(time.Minute); ; time.Sleep(50 * time.Millisecond) {
		n, h, err := f.node.Head(f.ctx)
		if err != nil {
			f.t.Fatal(err)
		}
		last, final, err := st.Checkpoint(f.ctx, f.dep.ChainID)
		if err == nil && last.Number == n && last.Hash == h {
			if final.Number+3 != n {
				f.t.Fatalf("stored tip %d, final %d: not following with 3 confirmations", n, final.Number)
			}
			return
		}
		if time.Now().After(deadline) {
			f.t.Fatalf("the indexer did not reach head %d %s in a minute (%+v %v)\n%s", n, h, last, err, out.String())
		}
	}
}

// A credit purchase a reorg rolls back is never credited, on both
// databases, through the binary: consumers P and Q buy credit; the indexer
// follows the tip with 3 confirmations and stores both purchases while Q's
// block is not final yet; then anvil_reorg replaces that block and the next
// with empty ones. The indexer rewinds Q's purchase; the close credits P's,
// draws P's prepaid event from it, and leaves Q's prepaid event overdue
// with no credit.
func TestPrepaidCreditRolledBackIsNotCredited(t *testing.T) {
	for _, backend := range []string{"sqlite", "postgres"} {
		t.Run(backend, func(t *testing.T) {
			f, dsn, usd, _ := newPrepaidRun(t, backend, false, 20)
			kp, kq := f.consumerKey("reorg P"), f.consumerKey("reorg Q")
			p, q := crypto.PubkeyToAddress(kp.PublicKey), crypto.PubkeyToAddress(kq.PublicKey)
			f.pay(kp, usd, 100_000, true)
			f.pay(kq, usd, 100_000, true) // the head block: Q's purchase
			ts := f.head() + 1
			f.events(ts, use{p, 10, 1, "prepaid"}, use{q, 10, 1, "prepaid"})
			if err := f.node.Mine(f.ctx, 1); err != nil {
				t.Fatal(err)
			}
			purchases := func() map[common.Address]int64 {
				t.Helper()
				st, err := store.Open(f.ctx, dsn)
				if err != nil {
					t.Fatal(err)
				}
				defer st.Close()
				rows, err := st.CreditPurchases(f.ctx, f.dep.ChainID, f.dep.RevenueVault, 1<<62)
				if err != nil {
					t.Fatal(err)
				}
				out := map[common.Address]int64{}
				for _, r := range rows {
					out[r.Consumer] += int64(r.Amount.Uint64())
				}
				return out
			}
			f.follow(dsn)
			if got := purchases(); got[p] != 100_000 || got[q] != 100_000 {
				t.Fatalf("indexed purchases before the reorg: %v", got)
			}

			// Q's purchase block and the one after are replaced by empty blocks.
			if err := f.node.Reorg(f.ctx, 2, nil); err != nil {
				t.Fatal(err)
			}
			vault := revenuevault.NewRevenueVault()
			held, err := bind.Call(vault.Instance(f.client, f.dep.RevenueVault), nil, vault.PackBalanceOf(q, usd), vault.UnpackBalanceOf)
			if err != nil || held.Sign() != 0 {
				t.Fatalf("after the reorg the vault holds %v for Q (%v), want nothing", held, err)
			}
			f.follow(dsn)
			if got := purchases(); got[p] != 100_000 || got[q] != 0 {
				t.Fatalf("indexed purchases after the reorg: %v, want only P's", got)
			}

			end := max(ts+2, f.head()+1)
			f.mineAfter(end + 2)
			f.run("", "index", "--exit-at-head", "--confirmations", "0")
			var sum priceSummary
			if err := json.Unmarshal(f.run("", "price"), &sum); err != nil || sum.Priced != 2 {
				t.Fatalf("price: %+v %v", sum, err)
			}
			f.run("", "epoch", "close", "--end", fmt.Sprint(end))
			if sp := f.consumerLine(1, p, usd); sp.CreditedAtto != atto(100_000) || sp.SettledAtto != atto(20_000) ||
				sp.CreditAtto != atto(80_000) || sp.OverdueAtto != "0" {
				t.Fatalf("P's statement: %+v", sp)
			}
			if sq := f.consumerLine(1, q, usd); sq.CreditedAtto != "0" || sq.SettledAtto != "0" ||
				sq.CreditAtto != "0" || sq.OverdueAtto != atto(20_000) {
				t.Fatalf("Q's statement: %+v (its purchase was rolled back: nothing may be credited)", sq)
			}
		})
	}
}
