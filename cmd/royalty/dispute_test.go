package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dataroyalty/royalty/bindings/governanceconfig"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/internal/anviltest"
	worked "github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// Disputes through the binary on one anvil history, recorded in SQLite and
// PostgreSQL: the worked example's events A..E (2,000,000 each, 100,000
// reserve, 600 s window) closed in epoch 1; inside the window the consumer
// disputes A and E (`dispute open --event A --db`: time and policy read from
// the line item), governance B and D; a dispute on C after the window is
// refused (exit 1, DisputeWindowClosed); epoch 2 releases exactly C's
// reserve; A is dismissed, B upheld with valuation 2 (1,500,000), D upheld
// with CF 3 deprecated, E voided: epoch 3 releases A by the original split,
// lists the three corrections with their reasons, returns 500,000 + 2,000,000
// to the consumer, gives D's pool share to the remaining holders and keeps
// the Validator's cumulative with a debt (`dispute show 2 --rpc`: "0.5 tUSD");
// list prints the table and --json; the audit passes after each close and
// fails on a tampered correction.
func TestDisputesThroughTheBinary(t *testing.T) {
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
	const reserveWindow = 600
	if err := worked.Seed(ctx, operator, dep, token, parties, reserveWindow); err != nil {
		t.Fatal(err)
	}
	gov := governanceconfig.NewGovernanceConfig()
	if _, err := operator.Transact(ctx, "valuation 2", gov.Instance(client, dep.GovernanceConfig),
		gov.PackPublishValuation(big.NewInt(worked.DatasetID), token, "requests", big.NewInt(1500), big.NewInt(1), [][32]byte{}, []*big.Int{})); err != nil {
		t.Fatal(err)
	}
	depositAs(t, client, w.node.ChainID, 1, token, dep.RevenueVault, 10_000_000)
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	evTime := head.Time + 1
	var unsigned bytes.Buffer
	for _, id := range []string{"A", "B", "C", "D", "E"} {
		fmt.Fprintf(&unsigned, `{"id":"%s","consumer":"%s","paymentAccount":"%s","datasetId":"1","datasetVersion":1,"quantity":"1000","unit":"requests","timestamp":%d,"policyRule":"rule-1","valuationVersion":1,"mode":"standard"}`+"\n",
			id, consumer.Hex(), consumer.Hex(), evTime)
	}
	events := filepath.Join(w.dir, "events.jsonl")
	if err := os.WriteFile(events, unsigned.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	signedFile := filepath.Join(w.dir, "signed.jsonl")
	if err := os.WriteFile(signedFile, []byte(w.ok(hexKey(4), "sign-event", events, "--deployment", w.depFile)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := w.node.MineAt(ctx, evTime+5); err != nil {
		t.Fatal(err)
	}
	closeAll := func(end uint64) {
		for _, dsn := range w.dsns {
			w.index(dsn)
			w.ok("", "price", "--db", dsn, "--deployment", w.depFile)
			w.ok("", "epoch", "close", "--db", dsn, "--deployment", w.depFile, "--end", fmt.Sprint(end))
		}
	}
	auditAll := func(k int) {
		for name, dsn := range w.dsns {
			if v, code, errOut := w.audit(dsn, k); !v.OK || code != 0 {
				t.Fatalf("%s: audit of epoch %d: exit %d %+v %s", name, k, code, v.Mismatches, errOut)
			}
		}
	}
	for _, dsn := range w.dsns {
		w.ok("", "ingest", signedFile, "--db", dsn, "--deployment", w.depFile)
	}
	closeAll(evTime + 1)
	sqlite := w.dsns["sqlite"]

	// Inside the window: the consumer on A (time and policy from --db), governance on B.
	out := w.ok(hexKey(1), "dispute", "open", "--event", "A", "--reason", "A was never delivered", "--rpc", w.node.URL, "--deployment", w.depFile, "--db", sqlite)
	if !strings.HasPrefix(out, "opened dispute 1 from "+consumer.Hex()) {
		t.Fatalf("dispute open prints %q", out)
	}
	out = w.ok(hexKey(0), "dispute", "open", "--event", "B", "--event-time", fmt.Sprint(evTime), "--policy", "1", "--reason", "B priced with the wrong rate",
		"--rpc", w.node.URL, "--deployment", w.depFile, "--json")
	var opened govReceipt
	if err := json.Unmarshal([]byte(out), &opened); err != nil || opened.ID != 2 || opened.ReasonHash != crypto.Keccak256Hash([]byte("B priced with the wrong rate")) {
		t.Fatalf("dispute open --json: %s (%v)", out, err)
	}
	w.ok(hexKey(0), "dispute", "open", "--event", "D", "--reason", "validator never validated", "--rpc", w.node.URL, "--deployment", w.depFile, "--db", sqlite)
	w.ok(hexKey(1), "dispute", "open", "--event", "E", "--reason", "E is a duplicate", "--rpc", w.node.URL, "--deployment", w.depFile, "--db", sqlite)
	// Bad input names the field, before anything is sent.
	if _, errOut, code := w.exec(hexKey(1), nil, "dispute", "open", "--event", "A", "--cf", "1", "--reason", "x", "--rpc", w.node.URL, "--deployment", w.depFile); code != 2 || !strings.Contains(errOut, "exactly one of --event") {
		t.Fatalf("two targets: exit %d %s", code, errOut)
	}
	// After the window: refused on chain, saying so.
	if err := w.node.MineAt(ctx, evTime+reserveWindow+20); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := w.exec(hexKey(1), nil, "dispute", "open", "--event", "C", "--reason", "late", "--rpc", w.node.URL, "--deployment", w.depFile, "--db", sqlite)
	if code != 1 || !strings.Contains(errOut, "DisputeWindowClosed") {
		t.Fatalf("a dispute after the window: exit %d, %s", code, errOut)
	}
	end2 := evTime + reserveWindow + 10
	closeAll(end2)
	auditAll(2)
	st, err := store.Open(ctx, sqlite)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	statements := func(k uint64) *engine.EpochStatements {
		row, err := st.Epoch(ctx, dep.ChainID, k)
		if err != nil {
			t.Fatal(err)
		}
		var s engine.EpochStatements
		if err := json.Unmarshal(row.Statements, &s); err != nil {
			t.Fatal(err)
		}
		return &s
	}
	released := func(s *engine.EpochStatements, who common.Address) string {
		for _, r := range s.Recipients {
			if common.HexToAddress(r.Account) == who {
				return r.Lines[0].ReleasedAtto
			}
		}
		return "0"
	}
	// Exactly C's reserve released: 18,000 to the Patient.
	if got := released(statements(2), w.patient); got != "18000"+strings.Repeat("0", 18) {
		t.Fatalf("epoch 2 released %s to the Patient, want C's 18,000 only", got)
	}
	list := w.ok("", "dispute", "list", "--db", sqlite, "--deployment", w.depFile)
	for _, want := range []string{"dispute-1  open", "event A", "dispute-2  open", "event B"} {
		if !strings.Contains(list, want) {
			t.Fatalf("dispute list lacks %q:\n%s", want, list)
		}
	}

	// A dismissed, B upheld with valuation 2; only the arbiter may resolve.
	if _, errOut, code := w.exec(hexKey(1), nil, "dispute", "resolve", "--id", "1", "--outcome", "dismissed", "--reason", "x", "--rpc", w.node.URL, "--deployment", w.depFile); code != 1 || !strings.Contains(errOut, "AccessControlUnauthorizedAccount") {
		t.Fatalf("resolve by the consumer: exit %d %s", code, errOut)
	}
	if _, errOut, code := w.exec(hexKey(0), nil, "dispute", "resolve", "--id", "1", "--outcome", "upheld", "--reason", "x", "--rpc", w.node.URL, "--deployment", w.depFile); code != 2 || !strings.Contains(errOut, "--outcome") {
		t.Fatalf("bad outcome: exit %d %s", code, errOut)
	}
	w.ok(hexKey(0), "dispute", "resolve", "--id", "1", "--outcome", "dismissed", "--reason", "delivered", "--rpc", w.node.URL, "--deployment", w.depFile)
	w.ok(hexKey(0), "dispute", "resolve", "--id", "2", "--outcome", "valuation-corrected", "--valuation", "2", "--reason", "rate 1.5", "--rpc", w.node.URL, "--deployment", w.depFile)
	w.ok(hexKey(0), "dispute", "resolve", "--id", "3", "--outcome", "cf-deprecated", "--cf", "3", "--reason", "no validation done", "--rpc", w.node.URL, "--deployment", w.depFile)
	w.ok(hexKey(0), "dispute", "resolve", "--id", "4", "--outcome", "event-voided", "--reason", "duplicate", "--rpc", w.node.URL, "--deployment", w.depFile)
	h, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	end3 := h.Time + 5
	if err := w.node.MineAt(ctx, end3+2); err != nil {
		t.Fatal(err)
	}
	closeAll(end3)
	auditAll(3)
	s3 := statements(3)
	cs := s3.Corrections
	if len(cs) != 3 || cs[0].EventID != "B" || cs[1].EventID != "D" || cs[2].EventID != "E" {
		t.Fatalf("epoch 3 corrections %+v; want B, D, E", cs)
	}
	for i, want := range []string{"dispute-2 upheld: valuation corrected to version 2", "dispute-3 upheld: CF 3 deprecated", "dispute-4 upheld: event voided"} {
		if !strings.HasPrefix(cs[i].Reason, want) {
			t.Errorf("correction of %s: reason %q, want %q…", cs[i].EventID, cs[i].Reason, want)
		}
	}
	atto := func(v string) string { return v + strings.Repeat("0", 18) }
	if cs[0].NewGross != atto("1500000") || cs[0].RefundAtto != atto("500000") || cs[2].NewGross != "0" || cs[2].RefundAtto != atto("2000000") {
		t.Errorf("corrections %+v: want B at 1,500,000 refunding 500,000 and E voided refunding 2,000,000", cs)
	}
	for _, c := range s3.Consumers {
		if c.RefundedAtto != atto("2500000") {
			t.Errorf("consumer refunded %s, want 2,500,000 back in its balance", c.RefundedAtto)
		}
	}
	// Released to the Patient: A by its original split (18,000), B's corrected
	// 75,000 reserve (13,500) and D's reserve without CF 3 (60,000 · 30/80 = 22,500).
	if got := released(s3, w.patient); got != atto("54000") {
		t.Fatalf("epoch 3 released %s to the Patient, want 18,000 + 13,500 + 22,500", got)
	}
	// The Validator (CF 3) keeps its cumulative and carries the over-payment as debt.
	for _, r := range s3.Recipients {
		if common.HexToAddress(r.Account) == parties.Validator {
			if l := r.Lines[0]; l.Cumulative != l.PreviousCumulative || l.DebtAtto == "0" {
				t.Fatalf("Validator after the corrections: %+v", l)
			}
		}
	}
	// The receipt of epoch 3 carries its corrections.
	var receipt struct {
		Corrections []engine.Correction `json:"corrections"`
	}
	if err := json.Unmarshal([]byte(w.ok("", "receipt", "3", "--db", sqlite, "--deployment", w.depFile)), &receipt); err != nil ||
		len(receipt.Corrections) != 3 || receipt.Corrections[1].Reason != cs[1].Reason {
		t.Fatalf("receipt 3 corrections: %+v %v", receipt.Corrections, err)
	}
	var shown struct {
		Status      string `json:"status"`
		Outcome     string `json:"outcome"`
		Corrections []struct {
			Epoch  uint64 `json:"epoch"`
			Refund string `json:"refund"`
			Reason string `json:"reason"`
		} `json:"corrections"`
	}
	out = w.ok("", "dispute", "show", "2", "--db", sqlite, "--deployment", w.depFile, "--rpc", w.node.URL, "--json")
	if err := json.Unmarshal([]byte(out), &shown); err != nil || shown.Status != "upheld" || shown.Outcome != "valuation-corrected" ||
		len(shown.Corrections) != 1 || shown.Corrections[0].Epoch != 3 || shown.Corrections[0].Refund != "0.5 tUSD" {
		t.Fatalf("dispute show 2 --json: %s (%v)", out, err)
	}
	if out = w.ok("", "dispute", "show", "2", "--db", sqlite, "--deployment", w.depFile, "--rpc", w.node.URL); !strings.Contains(out, "2 tUSD") || !strings.Contains(out, "1.5 tUSD") {
		t.Fatalf("dispute show 2 table:\n%s", out)
	}
	var listed []struct {
		ID, Status string
	}
	if err := json.Unmarshal([]byte(w.ok("", "dispute", "list", "--db", w.dsns["postgres"], "--deployment", w.depFile, "--json")), &listed); err != nil ||
		len(listed) != 4 || listed[0].Status != "dismissed" || listed[1].Status != "upheld" || listed[3].Status != "upheld" {
		t.Fatalf("dispute list --json on PostgreSQL: %+v %v", listed, err)
	}

	// A tampered correction fails the audit.
	if _, err := st.DB().ExecContext(ctx, st.DB().Rebind(`UPDATE epochs SET statements = REPLACE(statements, 'corrected to version 2', 'corrected to version 3') WHERE epoch = 3`)); err != nil {
		t.Fatal(err)
	}
	if v, code, _ := w.audit(sqlite, 3); v.OK || code == 0 {
		t.Fatalf("audit passed a tampered correction: exit %d", code)
	}
}
