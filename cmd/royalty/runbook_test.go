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
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/ethereum/go-ethereum/accounts/keystore"

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/anviltest"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/store/storetest"
)

// runbook runs the binary with a private key in the environment and returns stdout.
type runbook struct {
	t   *testing.T
	bin string
	env []string
}

func (r runbook) run(key string, args ...string) []byte {
	r.t.Helper()
	cmd := exec.Command(r.bin, args...)
	cmd.Env = append(append(os.Environ(), r.env...), "ROYALTY_PRIVATE_KEY="+key)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		r.t.Fatalf("royalty %s: %v\n%s%s", strings.Join(args, " "), err, out.String(), errb.String())
	}
	return out.Bytes()
}

// depositAs mints amount of the test token to anvil account i, which
// approves the vault and deposits it for itself.
func depositAs(t *testing.T, client *ethclient.Client, chainID uint64, i int, token, vault common.Address, amount int64) {
	t.Helper()
	ctx := context.Background()
	who := crypto.PubkeyToAddress(anviltest.Key(i).PublicKey)
	c := deploy.Chain{Backend: client, Auth: bind.NewKeyedTransactor(anviltest.Key(i), new(big.Int).SetUint64(chainID)), Poll: 20 * time.Millisecond}
	tok, v := testtoken.NewTestToken(), revenuevault.NewRevenueVault()
	for _, s := range []struct {
		what string
		to   *bind.BoundContract
		data []byte
	}{
		{"mint", tok.Instance(client, token), tok.PackMint(who, big.NewInt(amount))},
		{"approve", tok.Instance(client, token), tok.PackApprove(vault, big.NewInt(amount))},
		{"deposit", v.Instance(client, vault), v.PackDeposit(who, token, big.NewInt(amount))},
	} {
		if _, err := c.Transact(ctx, s.what, s.to, s.data); err != nil {
			t.Fatal(err)
		}
	}
}

func hexKey(i int) string { return fmt.Sprintf("%x", crypto.FromECDSA(anviltest.Key(i))) }

// TestOperatorRunbook runs the runbook of docs/operations.md ("Runbook: from
// nothing to a holder's claim") line by line through the binary on a real
// anvil, over SQLite and PostgreSQL: no cast, no bindings, only the
// documented `royalty` commands, with keystore keys. Its comment lines are
// prose, except those naming something that happens off the runbook (the
// gateway writing its events, time passing), which the test performs. It then
// checks what the runbook was for: the holder holds its 0.342 tUSD, the audit
// passes, the receipt lists the event.
func TestOperatorRunbook(t *testing.T) {
	bin := royaltyBinary(t)
	lines := runbookLines(t)
	storetest.EachDSN(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		node := anviltest.Start(t, anviltest.Options{})
		client := ethclient.NewClient(node.RPC)
		node.MineEvery(t, 100*time.Millisecond) // confirmations accrue while commands wait
		dir := t.TempDir()

		// The keystore files and the addresses the runbook names.
		if err := os.WriteFile(filepath.Join(dir, "password.txt"), []byte("runbook password\n"), 0o600); err != nil {
			t.Fatal(err)
		}
		files := map[string]int{"operator.json": 0, "consumer.json": 1, "patient.json": 2, "meter.json": 4, "relayer.json": 5}
		ks := keystore.NewKeyStore(filepath.Join(dir, "keystore"), keystore.LightScryptN, keystore.LightScryptP)
		for name, i := range files {
			acct, err := ks.ImportECDSA(anviltest.Key(i), "runbook password")
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Rename(acct.URL.Path, filepath.Join(dir, name)); err != nil {
				t.Fatal(err)
			}
		}
		vars := map[string]string{
			"ADMIN": addr(6).Hex(), "RELAYER": addr(5).Hex(), "GUARDIAN": addr(7).Hex(), "CONSUMER": addr(1).Hex(),
			"METER": addr(4).Hex(), "PATIENT": addr(2).Hex(), "DRLIN": addr(3).Hex(),
			"VALIDATOR": "0x00000000000000000000000000000000000000a1", "TREASURY": "0x00000000000000000000000000000000000007e5",
			"DEVELOPER": "0x00000000000000000000000000000000000000de",
		}
		// The test's chain and database stand in for the runbook's; a
		// development chain's settings: final at once, one confirmation.
		fixed := map[string]string{"ROYALTY_RPC": node.URL, "ROYALTY_DB": dsn,
			"ROYALTY_CONFIRMATIONS": "0", "ROYALTY_TX_CONFIRMATIONS": "1", "ROYALTY_TX_POLL": "100ms", "ROYALTY_POLL": "100ms"}

		var evTime uint64
		happenings := map[string]func(){
			"The access gateway writes its metered usage to events.jsonl": func() {
				head, err := client.HeaderByNumber(ctx, nil)
				if err != nil {
					t.Fatal(err)
				}
				evTime = head.Time + 1
				event := fmt.Sprintf(`{"id":"runbook-1","consumer":"%s","paymentAccount":"%s","datasetId":"1","datasetVersion":1,"quantity":"1000","unit":"requests","timestamp":%d,"policyRule":"rule-1","valuationVersion":1,"mode":"standard","metadata":{"data":"runbook secret prompt"}}`,
					vars["CONSUMER"], vars["CONSUMER"], evTime)
				if err := os.WriteFile(filepath.Join(dir, "events.jsonl"), []byte(event+"\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				vars["END"] = fmt.Sprint(evTime + 1)
			},
			"Index the chain, price the events, close the epoch at $END.": func() {
				if err := node.MineAt(ctx, evTime+5); err != nil { // a block after the event's time makes it final
					t.Fatal(err)
				}
			},
			"... and once the root's dispute window is over, activates it.": func() {
				head, err := client.HeaderByNumber(ctx, nil)
				if err != nil {
					t.Fatal(err)
				}
				if err := node.MineAt(ctx, head.Time+86400+1 /* royalty deploy's default --dispute-window */); err != nil {
					t.Fatal(err)
				}
			},
		}
		outputs := runRunbook(t, bin, dir, lines, vars, fixed, happenings)

		// What the runbook was for: the holder was paid, on chain, in full.
		dep, err := deploy.Load(filepath.Join(dir, "deployment.json"))
		if err != nil {
			t.Fatal(err)
		}
		token := common.HexToAddress(vars["TOKEN"])
		tok := testtoken.NewTestToken()
		bal, err := bind.Call(tok.Instance(client, token), nil, tok.PackBalanceOf(addr(2)), tok.UnpackBalanceOf)
		if err != nil || bal.Cmp(big.NewInt(342_000)) != 0 {
			t.Fatalf("the patient holds %v tUSD base units (%v), want 342000", bal, err)
		}
		claim := outputs["royalty claim --key-file patient.json --account $PATIENT"]
		if !strings.Contains(claim, "0.342 tUSD") {
			t.Fatalf("claim's table does not show 0.342 tUSD:\n%s", claim)
		}
		if audit := outputs["royalty audit 1"]; !strings.Contains(audit, "Verdict: PASS") {
			t.Fatalf("audit:\n%s", audit)
		}
		if dep.ChainID != node.ChainID {
			t.Fatalf("deployment on chain %d", dep.ChainID)
		}
		// The JSON forms of the same facts, for machines.
		st := storetest.Open(t, dsn)
		row, err := st.Epoch(ctx, dep.ChainID, 1)
		if err != nil || row.Root == (common.Hash{}) {
			t.Fatalf("epoch 1 in the database: %+v %v", row, err)
		}
		// Given the metadata key the runbook made, the audit opens the stored plaintext and
		// verifies it against the signed commitment; under another key file it cannot, and
		// says where, without printing the plaintext.
		inDir := func(args ...string) ([]byte, error) {
			cmd := exec.Command(bin, args...)
			cmd.Dir, cmd.Env = dir, runbookEnv(vars, fixed)
			return cmd.Output()
		}
		var v pipeline.Verdict
		if out, err := inDir("audit", "1", "--metadata-key-file", "metadata-keys.json", "--json"); err != nil || json.Unmarshal(out, &v) != nil || !v.OK {
			t.Fatalf("audit with the metadata key: %+v %v\n%s", v, err, out)
		}
		checkedMetadata := 0
		for _, c := range v.Checked {
			if c.Artifact == pipeline.ArtMetadata {
				checkedMetadata = c.Checked
			}
		}
		if checkedMetadata != 1 {
			t.Fatalf("audit with the metadata key checked %d plaintexts, want runbook-1's", checkedMetadata)
		}
		if _, err := inDir("keys", "add", "--key-file", "other-metadata-keys.json"); err != nil {
			t.Fatal(err)
		}
		table, err := inDir("audit", "1", "--metadata-key-file", "other-metadata-keys.json")
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 || !bytes.Contains(table, []byte("metadata  event runbook-1  keyId")) ||
			!bytes.Contains(table, []byte("Verdict: FAIL")) || bytes.Contains(table, []byte("secret prompt")) {
			t.Fatalf("audit under another metadata key file: %v\n%s", err, table)
		}
		var rc pipeline.Receipt
		cmd := exec.Command(bin, "receipt", "1", "--json")
		cmd.Dir, cmd.Env = dir, runbookEnv(vars, fixed)
		out, err := cmd.Output()
		if err != nil || json.Unmarshal(out, &rc) != nil {
			t.Fatalf("receipt --json: %v %s", err, out)
		}
		if len(rc.Transactions) != 3 || rc.Stage != "activated" || len(rc.Payouts) != 1 || len(rc.Payouts[0].LineItems) != 1 ||
			rc.Payouts[0].LineItems[0].EventID != "runbook-1" || rc.Payouts[0].LineItems[0].MetadataCommitment == nil ||
			bytes.Contains(out, []byte("secret prompt")) {
			t.Fatalf("receipt: %s", out)
		}
	})
}

// runbookLines returns the runbook's lines from docs/operations.md, joined
// where a line ends in a backslash.
func runbookLines(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("../../docs/operations.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	i := strings.Index(doc, "## Runbook: from nothing to a holder's claim")
	if i < 0 {
		t.Fatal("docs/operations.md has no runbook section")
	}
	start := strings.Index(doc[i:], "```sh\n")
	end := strings.Index(doc[i+start+6:], "```")
	if start < 0 || end < 0 {
		t.Fatal("the runbook section has no sh block")
	}
	var lines []string
	for _, l := range strings.Split(doc[i+start+6:i+start+6+end], "\n") {
		if l = strings.TrimSpace(l); l != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) < 20 {
		t.Fatalf("the runbook has %d lines", len(lines))
	}
	return lines
}

func runbookEnv(vars, fixed map[string]string) []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "ROYALTY_") {
			env = append(env, kv)
		}
	}
	for k, v := range vars {
		if strings.HasPrefix(k, "ROYALTY_") {
			env = append(env, k+"="+v)
		}
	}
	for k, v := range fixed {
		env = append(env, k+"="+v)
	}
	return env
}

// runRunbook interprets the runbook's small shell: `export NAME=VALUE`,
// `NAME=$(royalty …)`, `royalty … [> FILE]`, and comments. Arguments are
// split on spaces with "double quotes" kept together, and $NAME expanded.
// Every royalty line must exit 0; comments naming a happening run it, and
// every happening must be reached. It returns each command's stdout by line.
func runRunbook(t *testing.T, bin, dir string, lines []string, vars, fixed map[string]string, happenings map[string]func()) map[string]string {
	t.Helper()
	outputs := map[string]string{}
	reached := map[string]bool{}
	expand := func(s string) string {
		return os.Expand(s, func(k string) string {
			v, ok := vars[k]
			if !ok {
				t.Fatalf("runbook: $%s is not set", k)
			}
			return v
		})
	}
	for _, line := range lines {
		if c, ok := strings.CutPrefix(line, "#"); ok {
			for h, fn := range happenings {
				if strings.Contains(c, h) {
					fn()
					reached[h] = true
				}
			}
			continue
		}
		if kv, ok := strings.CutPrefix(line, "export "); ok {
			k, v, _ := strings.Cut(kv, "=")
			vars[k] = expand(v)
			continue
		}
		capture, cmdline := "", line
		if k, rest, ok := strings.Cut(line, "=$("); ok && strings.HasSuffix(rest, ")") {
			capture, cmdline = k, strings.TrimSuffix(rest, ")")
		}
		redirect := ""
		if c, file, ok := strings.Cut(cmdline, " > "); ok {
			cmdline, redirect = c, strings.TrimSpace(file)
		}
		words := shellWords(t, expand(cmdline))
		if len(words) == 0 || words[0] != "royalty" {
			t.Fatalf("runbook line %q is not a royalty command", line)
		}
		cmd := exec.Command(bin, words[1:]...)
		cmd.Dir, cmd.Env = dir, runbookEnv(vars, fixed)
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Run(); err != nil {
			t.Fatalf("runbook: %s: %v\n%s%s", line, err, out.String(), errb.String())
		}
		outputs[cmdline] = out.String()
		if capture != "" {
			vars[capture] = strings.TrimSpace(out.String())
		}
		if redirect != "" {
			if err := os.WriteFile(filepath.Join(dir, redirect), out.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	for h := range happenings {
		if !reached[h] {
			t.Fatalf("the runbook never says %q", h)
		}
	}
	return outputs
}

// shellWords splits on spaces, keeping "double-quoted" words whole.
func shellWords(t *testing.T, s string) []string {
	var words []string
	var cur strings.Builder
	quoted, inWord := false, false
	for _, r := range s {
		switch {
		case r == '"':
			quoted, inWord = !quoted, true
		case r == ' ' && !quoted:
			if inWord {
				words = append(words, cur.String())
				cur.Reset()
				inWord = false
			}
		default:
			cur.WriteRune(r)
			inWord = true
		}
	}
	if quoted {
		t.Fatalf("runbook: unbalanced quote in %q", s)
	}
	if inWord {
		words = append(words, cur.String())
	}
	return words
}
