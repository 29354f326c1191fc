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
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/internal/anviltest"
	worked "github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// auditWorld is one history on one anvil, recorded in a SQLite and a
// PostgreSQL database by the binary alone: two signed events (1000 and 120
// requests) priced into epoch 1, paid and claimed; epoch 2 releasing their
// reserves after the reserve window, paid and claimed.
type auditWorld struct {
	t       *testing.T
	bin     string
	node    *anviltest.Node
	dir     string
	depFile string
	dsns    map[string]string // backend → DSN
	patient common.Address
}

// exec runs the binary (no ROYALTY_* configuration but the key) and returns
// stdout, stderr and the exit status.
func (w *auditWorld) exec(key string, stdin []byte, args ...string) (string, string, int) {
	w.t.Helper()
	cmd := exec.Command(w.bin, args...)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "ROYALTY_") {
			env = append(env, kv)
		}
	}
	cmd.Env = append(env, "ROYALTY_PRIVATE_KEY="+key)
	cmd.Stdin = bytes.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return out.String(), errb.String(), 0
	case errors.As(err, &ee):
		return out.String(), errb.String(), ee.ExitCode()
	}
	w.t.Fatalf("royalty %s: %v", strings.Join(args, " "), err)
	return "", "", -1
}

// ok runs the binary and fails the test unless it exits 0.
func (w *auditWorld) ok(key string, args ...string) string {
	w.t.Helper()
	out, errOut, code := w.exec(key, nil, args...)
	if code != 0 {
		w.t.Fatalf("royalty %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

func newAuditWorld(t *testing.T) *auditWorld {
	ctx := context.Background()
	w := &auditWorld{t: t, bin: royaltyBinary(t), node: anviltest.Start(t, anviltest.Options{}), dir: t.TempDir(),
		dsns: map[string]string{"sqlite": storetest.DSN(t, "sqlite"), "postgres": storetest.DSN(t, "postgres")}}
	client := ethclient.NewClient(w.node.RPC)
	w.node.MineEvery(t, 100*time.Millisecond)
	w.depFile = filepath.Join(w.dir, "deployment.json")
	operator := deploy.Chain{Backend: client, Auth: bind.NewKeyedTransactor(anviltest.Key(0), big.NewInt(int64(w.node.ChainID))), Poll: 20 * time.Millisecond}
	token, err := deploy.TestToken(ctx, operator, "Test USD", "tUSD")
	if err != nil {
		t.Fatal(err)
	}
	w.ok(hexKey(0), "deploy", "--rpc", w.node.URL, "--out", w.depFile, "--dispute-window", fmt.Sprint(rootWindow), "--single-key-dev", "--asset", token.Hex())
	dep, err := deploy.Load(w.depFile)
	if err != nil {
		t.Fatal(err)
	}
	consumer, meter := crypto.PubkeyToAddress(anviltest.Key(1).PublicKey), crypto.PubkeyToAddress(anviltest.Key(4).PublicKey)
	w.patient = crypto.PubkeyToAddress(anviltest.Key(2).PublicKey)
	parties := worked.Parties{Patient: w.patient, DrLin: crypto.PubkeyToAddress(anviltest.Key(3).PublicKey),
		Validator: common.HexToAddress("0x00000000000000000000000000000000000000a1"),
		Treasury:  common.HexToAddress("0x00000000000000000000000000000000000007e5"),
		Developer: common.HexToAddress("0x00000000000000000000000000000000000000de"), Meter: meter}
	const reserveWindow = 3600
	if err := worked.Seed(ctx, operator, dep, token, parties, reserveWindow); err != nil {
		t.Fatal(err)
	}
	depositAs(t, client, w.node.ChainID, 1, token, dep.RevenueVault, 3_000_000)
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	evTime := head.Time + 1
	var unsigned bytes.Buffer
	for _, e := range []struct {
		id       string
		quantity string
	}{{"audit-1", "1000"}, {"audit-2", "120"}} {
		fmt.Fprintf(&unsigned, `{"id":"%s","consumer":"%s","paymentAccount":"%s","datasetId":"1","datasetVersion":1,"quantity":"%s","unit":"requests","timestamp":%d,"policyRule":"rule-1","valuationVersion":1,"mode":"standard"}`+"\n",
			e.id, consumer.Hex(), consumer.Hex(), e.quantity, evTime)
	}
	events := filepath.Join(w.dir, "events.jsonl")
	if err := os.WriteFile(events, unsigned.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// Flags after the positional argument, as the README writes them.
	signed := w.ok(hexKey(4), "sign-event", events, "--deployment", w.depFile)
	signedFile := filepath.Join(w.dir, "signed.jsonl")
	if err := os.WriteFile(signedFile, []byte(signed), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := w.node.MineAt(ctx, evTime+5); err != nil {
		t.Fatal(err)
	}
	for _, dsn := range w.dsns {
		w.ok("", "ingest", signedFile, "--db", dsn, "--deployment", w.depFile)
		w.index(dsn)
		w.ok("", "price", "--db", dsn, "--deployment", w.depFile)
		// With a route account (docs/routes.md): nobody here set a payout preference, so the tree is
		// the direct one; the account is stored and kept by epoch 2's close, which does not name it.
		w.ok("", "epoch", "close", "--db", dsn, "--deployment", w.depFile, "--end", fmt.Sprint(evTime+1),
			"--route-account", "0x00000000000000000000000000000000000000aa")
	}
	// One relayer pays from the SQLite database; both databases then see the chain.
	sqlite := w.dsns["sqlite"]
	w.relay(sqlite, 1, "--epoch", "1")
	w.ok(hexKey(2), "claim", "--account", w.patient.Hex(), "--rpc", w.node.URL, "--db", sqlite, "--deployment", w.depFile)

	// Epoch 2, after the reserves' window: the reserves are released.
	head, err = client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	end := head.Time + reserveWindow + 10
	if err := w.node.MineAt(ctx, end+1); err != nil {
		t.Fatal(err)
	}
	payoutFile := filepath.Join(w.dir, "payout-2.json")
	for name, dsn := range w.dsns {
		w.index(dsn)
		out := w.ok("", "epoch", "close", "--db", dsn, "--deployment", w.depFile, "--end", fmt.Sprint(end), "--json")
		var closed struct{ Payout json.RawMessage }
		if err := json.Unmarshal([]byte(out), &closed); err != nil {
			t.Fatal(err)
		}
		if name == "sqlite" {
			if err := os.WriteFile(payoutFile, closed.Payout, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	// Epoch 2 is relayed from its payout file: its progress is saved all the
	// same, and `royalty receipt 2` lists its transactions (checked later).
	w.relay(sqlite, 2, "--payout", payoutFile)
	w.ok(hexKey(2), "claim", "--account", w.patient.Hex(), "--rpc", w.node.URL, "--db", sqlite, "--deployment", w.depFile)
	return w
}

func (w *auditWorld) index(dsn string) {
	w.ok("", "index", "--rpc", w.node.URL, "--db", dsn, "--deployment", w.depFile, "--exit-at-head", "--confirmations", "0")
}

// rootWindow is the distributor's dispute window: the shortest it allows.
const rootWindow = 3600

// relay funds and proposes the epoch (--epoch N or --payout FILE), lets the root's dispute window pass
// on the chain's clock, and relays again until the root is active.
func (w *auditWorld) relay(dsn string, epoch int, payout ...string) {
	args := append([]string{"relay", "--rpc", w.node.URL, "--db", dsn, "--deployment", w.depFile, "--confirmations", "1"}, payout...)
	w.ok(hexKey(0), args...)
	ctx := context.Background()
	h, err := ethclient.NewClient(w.node.RPC).HeaderByNumber(ctx, nil)
	if err != nil {
		w.t.Fatal(err)
	}
	if err := w.node.MineAt(ctx, h.Time+rootWindow+1); err != nil {
		w.t.Fatal(err)
	}
	w.ok(hexKey(0), append(args, "--wait", "--poll", "100ms")...)
}

// audit runs `royalty audit N --rpc URL --json` (flags after N) and decodes the verdict.
func (w *auditWorld) audit(dsn string, epoch int) (pipeline.Verdict, int, string) {
	w.t.Helper()
	out, errOut, code := w.exec("", nil, "audit", fmt.Sprint(epoch), "--db", dsn, "--deployment", w.depFile, "--rpc", w.node.URL, "--json")
	var v pipeline.Verdict
	if err := json.Unmarshal([]byte(out), &v); err != nil {
		w.t.Fatalf("audit %d: exit %d, output is not a verdict: %v\n%s%s", epoch, code, err, out, errOut)
	}
	return v, code, errOut
}

// column is one text column of one row, edited in place by a tamper.
type column struct {
	table, name, where string
	args               []any
}

func (c column) get(t *testing.T, st *store.Store) string {
	t.Helper()
	var v string
	if err := st.DB().GetContext(context.Background(), &v, st.DB().Rebind(`SELECT `+c.name+` FROM `+c.table+` WHERE `+c.where), c.args...); err != nil {
		t.Fatalf("read %s.%s: %v", c.table, c.name, err)
	}
	return v
}

func (c column) set(t *testing.T, st *store.Store, v string) {
	t.Helper()
	args := append([]any{v}, c.args...)
	if _, err := st.DB().ExecContext(context.Background(), st.DB().Rebind(`UPDATE `+c.table+` SET `+c.name+` = ? WHERE `+c.where), args...); err != nil {
		t.Fatalf("write %s.%s: %v", c.table, c.name, err)
	}
}

// replaceOnce edits s, failing the test when old is not in it.
func replaceOnce(t *testing.T, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("tamper: %q not found in %.300s", old, s)
	}
	return strings.Replace(s, old, new, 1)
}

// cumulativeOf reads an account's cumulative from a statements document.
func cumulativeOf(t *testing.T, doc string, who common.Address) uint64 {
	t.Helper()
	var s engine.EpochStatements
	if err := json.Unmarshal([]byte(doc), &s); err != nil {
		t.Fatal(err)
	}
	for _, e := range s.Entitlements {
		if common.HexToAddress(e.Account) == who {
			n, err := strconv.ParseUint(e.Cumulative, 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
	}
	t.Fatalf("no entitlement of %s", who)
	return 0
}

// TestAuditCatchesTampering edits a copy of each stored artifact the issue
// lists (and a few more), one at a time, on SQLite and PostgreSQL, and runs
// `royalty audit 2 --rpc URL --json`: each edit must exit 1 with a mismatch
// naming the artifact and the field. Then it checks the clean audit, its
// table for people, the documented positional forms of every command, and
// that `royalty replay` prints the same digest on both databases.
func TestAuditCatchesTampering(t *testing.T) {
	w := newAuditWorld(t)
	ctx := context.Background()
	evt2 := []any{"audit-2"}
	epoch := func(n int) []any { return []any{int64(n)} }
	for _, backend := range storetest.Backends {
		t.Run(backend, func(t *testing.T) {
			w.t = t
			dsn := w.dsns[backend]
			st, err := store.Open(ctx, dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			if v, code, errOut := w.audit(dsn, 2); code != 0 || !v.OK {
				t.Fatalf("clean audit: exit %d %+v\n%s", code, v, errOut)
			}
			stm1 := column{"epochs", "statements", "epoch = ?", epoch(1)}
			c1 := cumulativeOf(t, stm1.get(t, st), w.patient)
			c2 := cumulativeOf(t, column{"epochs", "statements", "epoch = ?", epoch(2)}.get(t, st), w.patient)
			for _, tc := range []struct {
				name     string
				col      column
				edit     func(string) string
				artifact string
				field    string // a substring of the mismatch's field
			}{
				{"usage event body: quantity 120 → 121", column{"usage_events", "body", "id = ?", []any{[]byte("audit-2")}},
					func(s string) string { return replaceOnce(t, s, `"quantity":"120"`, `"quantity":"121"`) },
					pipeline.ArtUsageEvent, "signature"},
				{"usage event: one digit of its signature", column{"usage_events", "body", "id = ?", []any{[]byte("audit-2")}},
					func(s string) string {
						i := strings.Index(s, `"signature":"0x`) + len(`"signature":"0x`) + 10
						d := byte('1')
						if s[i] == '1' {
							d = '2'
						}
						return s[:i] + string(d) + s[i+1:]
					}, pipeline.ArtUsageEvent, "signature"},
				{"line item bundle: the event's quantity", column{"line_items", "bundle", "event_id = ?", evt2},
					func(s string) string { return replaceOnce(t, s, `"quantity":"120"`, `"quantity":"121"`) },
					pipeline.ArtLineItem, "bundle.event.quantity"},
				{"line item bundle: a holder's units", column{"line_items", "bundle", "event_id = ?", evt2},
					func(s string) string { return replaceOnce(t, s, `"units":"30"`, `"units":"31"`) },
					pipeline.ArtLineItem, "bundle.snapshot.holdings"},
				{"line item output: gross", column{"line_items", "item", "event_id = ?", evt2},
					func(s string) string { return replaceOnce(t, s, `"gross":"240000"`, `"gross":"240001"`) },
					pipeline.ArtLineItem, "output.gross"},
				{"statements: a holder's cumulative (what epoch show prints)", stm1,
					func(s string) string {
						return strings.ReplaceAll(s, fmt.Sprintf(`"cumulative":"%d"`, c1), fmt.Sprintf(`"cumulative":"%d"`, c1+1))
					}, pipeline.ArtStatements, "cumulative"},
				{"statements: a cumulative that decreases", column{"epochs", "statements", "epoch = ?", epoch(2)},
					func(s string) string {
						return strings.ReplaceAll(s, fmt.Sprintf(`"cumulative":"%d"`, c2), fmt.Sprintf(`"cumulative":"%d"`, c1-1))
					}, pipeline.ArtCumulative, "cumulative"},
				{"payout: one funding (what relay sends and receipt exports)", column{"epochs", "payout", "epoch = ?", epoch(1)},
					func(s string) string {
						var p struct{ Fundings []struct{ Amount string } }
						if err := json.Unmarshal([]byte(s), &p); err != nil || len(p.Fundings) == 0 {
							t.Fatalf("payout %s: %v", s, err)
						}
						a, _ := strconv.ParseUint(p.Fundings[0].Amount, 10, 64)
						return replaceOnce(t, s, `"amount":"`+p.Fundings[0].Amount+`"`, fmt.Sprintf(`"amount":"%d"`, a-1))
					}, pipeline.ArtFunding, "amount"},
				{"entitlement tree: one leaf", column{"epochs", "tree", "epoch = ?", epoch(2)},
					func(s string) string {
						return replaceOnce(t, s, fmt.Sprintf(`,"%d"]`, c2), fmt.Sprintf(`,"%d"]`, c2+1))
					},
					pipeline.ArtEntitlementTree, "leaf.cumulative"},
				{"receipt tree: one leaf", column{"epochs", "receipt_tree", "epoch = ?", epoch(1)},
					func(s string) string { return replaceOnce(t, s, `,"240000"]`, `,"240001"]`) },
					pipeline.ArtReceiptTree, "leaf.gross"},
			} {
				t.Run(tc.name, func(t *testing.T) {
					w.t = t
					orig := tc.col.get(t, st)
					tc.col.set(t, st, tc.edit(orig))
					defer tc.col.set(t, st, orig)
					v, code, errOut := w.audit(dsn, 2)
					if code != 1 || v.OK {
						t.Fatalf("audit after the edit: exit %d, ok %v, want exit 1\n%s", code, v.OK, errOut)
					}
					for _, m := range v.Mismatches {
						if m.Artifact == tc.artifact && strings.Contains(m.Field, tc.field) {
							t.Logf("found: %s | %s | %s | expected %s | found %s", m.Artifact, m.Key, m.Field, m.Expected, m.Found)
							return
						}
					}
					t.Fatalf("no %s mismatch on a field like %q among %+v", tc.artifact, tc.field, v.Mismatches)
				})
			}
			w.t = t
			if v, code, errOut := w.audit(dsn, 2); code != 0 || !v.OK {
				t.Fatalf("audit after restoring every edit: exit %d %+v\n%s", code, v.Mismatches, errOut)
			}
		})
	}
	w.t = t

	// For people: a table of what was checked, and of each mismatch.
	sqlite := w.dsns["sqlite"]
	out := w.ok("", "audit", "2", "--db", sqlite, "--deployment", w.depFile, "--rpc", w.node.URL)
	for _, want := range []string{"ARTIFACT", "usage event", "entitlement tree", "the node's own logs", "Verdict: PASS"} {
		if !strings.Contains(out, want) {
			t.Fatalf("audit table lacks %q:\n%s", want, out)
		}
	}
	st, err := store.Open(ctx, sqlite)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	gross := column{"line_items", "item", "event_id = ?", evt2}
	orig := gross.get(t, st)
	gross.set(t, st, replaceOnce(t, orig, `"gross":"240000"`, `"gross":"240001"`))
	out, _, code := w.exec("", nil, "audit", "1", "--db", sqlite, "--deployment", w.depFile)
	if code != 1 || !strings.Contains(out, "output.gross") || !strings.Contains(out, "240001") || !strings.Contains(out, "Verdict: FAIL") {
		t.Fatalf("audit table of a tampered output: exit %d\n%s", code, out)
	}

	// royalty replay recomputes from the stored inputs alone: the same digest
	// on both databases, and a stored result edited by hand changes nothing.
	digest := func(dsn string) pipeline.Replayed {
		var r pipeline.Replayed
		if err := json.Unmarshal([]byte(w.ok("", "replay", "--db", dsn, "--deployment", w.depFile, "--json")), &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	onSQLite, onPostgres := digest(sqlite), digest(w.dsns["postgres"])
	onPostgres.FinalBlock = onSQLite.FinalBlock // each database indexed up to its own head
	if onSQLite != onPostgres || onSQLite.Epochs != 2 || onSQLite.LineItems != 2 || onSQLite.UsageEvents != 2 || onSQLite.Digest == (common.Hash{}) {
		t.Fatalf("replay: SQLite %+v, PostgreSQL %+v; want one digest over 2 epochs, 2 line items", onSQLite, onPostgres)
	}
	gross.set(t, st, orig)
	if !strings.Contains(w.ok("", "replay", "--db", sqlite, "--deployment", w.depFile), onSQLite.Digest.Hex()) {
		t.Fatal("replay's table does not print the digest")
	}
	body := column{"usage_events", "body", "id = ?", []any{[]byte("audit-2")}}
	orig = body.get(t, st)
	body.set(t, st, replaceOnce(t, orig, `"quantity":"120"`, `"quantity":"121"`))
	if _, errOut, code := w.exec("", nil, "replay", "--db", sqlite, "--deployment", w.depFile); code != 1 || !strings.Contains(errOut, "audit-2") {
		t.Fatalf("replay of a forged usage event: exit %d, %s", code, errOut)
	}
	body.set(t, st, orig)

	// Every command with a positional argument, flags after it.
	var shown engine.EpochStatements
	if err := json.Unmarshal([]byte(w.ok("", "epoch", "show", "1", "--db", sqlite, "--deployment", w.depFile, "--json")), &shown); err != nil || shown.Epoch != 1 {
		t.Fatalf("epoch show 1 --db …: %+v %v", shown, err)
	}
	var rc pipeline.Receipt
	if err := json.Unmarshal([]byte(w.ok("", "receipt", "2", "--db", sqlite, "--deployment", w.depFile, "--json")), &rc); err != nil || rc.Epoch != 2 || rc.Stage != "activated" ||
		len(rc.Transactions) != 3 {
		t.Fatalf("receipt 2 --db … (relayed with --payout): %+v %v; want it activated with its 3 transactions", rc, err)
	}
	// For people: the receipt and the epoch as tables, amounts in tUSD (read over --rpc).
	table := w.ok("", "receipt", "2", "--db", sqlite, "--deployment", w.depFile, "--rpc", w.node.URL)
	for _, want := range []string{"epoch 2 on chain", "activated", "ACTION", "fund", "propose", "activate", "tUSD"} {
		if !strings.Contains(table, want) {
			t.Fatalf("receipt table lacks %q:\n%s", want, table)
		}
	}
	if table := w.ok("", "epoch", "show", "1", "--db", sqlite, "--deployment", w.depFile, "--rpc", w.node.URL); !strings.Contains(table, strings.ToLower(w.patient.Hex())) ||
		!strings.Contains(table, "0.38304 tUSD") { // 30% of the pool of 1000 and 120 requests at 0.002 tUSD, less 5% reserve
		t.Fatalf("epoch show table lacks the patient's 0.38304 tUSD:\n%s", table)
	}
	// Without a node: as the database kept the token; one that never read it shows base units.
	if table := w.ok("", "epoch", "show", "1", "--db", sqlite, "--deployment", w.depFile); !strings.Contains(table, "0.38304 tUSD") {
		t.Fatalf("epoch show without --rpc does not use the kept token:\n%s", table)
	}
	if table := w.ok("", "epoch", "show", "1", "--db", w.dsns["postgres"], "--deployment", w.depFile); !strings.Contains(table, "383040 base units") ||
		strings.Contains(table, "tUSD") {
		t.Fatalf("epoch show on a database that never read the token:\n%s", table)
	}
	bundle := filepath.Join(w.dir, "bundle.json")
	if err := os.WriteFile(bundle, []byte(column{"line_items", "bundle", "event_id = ?", evt2}.get(t, st)), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := w.ok("", "compute", bundle); strings.TrimSpace(got) != gross.get(t, st) {
		t.Fatalf("compute FILE: %s, want the stored output", got)
	}
	values := filepath.Join(w.dir, "values.json")
	if err := os.WriteFile(values, []byte(`[["1"],["2"],["3"]]`), 0o644); err != nil {
		t.Fatal(err)
	}
	dump := filepath.Join(w.dir, "dump.json")
	if err := os.WriteFile(dump, []byte(w.ok("", "merkle", "build", values, "--types", "uint256")), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := w.ok("", "merkle", "proof", dump, "1"); !strings.HasPrefix(got, `["0x`) {
		t.Fatalf("merkle proof DUMP INDEX: %s", got)
	}
	w.whatWasSeen(t, st)
	for _, bad := range [][]string{{"audit", "--db", sqlite, "--deployment", w.depFile}, {"audit", "1", "2", "--db", sqlite, "--deployment", w.depFile},
		{"epoch", "show", "x", "--db", sqlite, "--deployment", w.depFile}} {
		if _, errOut, code := w.exec("", nil, bad...); code != 2 || !strings.Contains(errOut, "EPOCH") {
			t.Fatalf("royalty %v: exit %d (%s), want 2 naming EPOCH", bad, code, errOut)
		}
	}
}
