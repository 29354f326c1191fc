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

	"github.com/dataroyalty/royalty/bindings/revenuevault"
	"github.com/dataroyalty/royalty/bindings/testtoken"
	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/internal/anviltest"
	worked "github.com/dataroyalty/royalty/internal/example"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
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

// The operator's whole job through the real binary on a real anvil, over
// SQLite and PostgreSQL: deploy; (governance publishes the worked example, the
// builder deposits); the meter signs usage events; ingest; index; price; close
// the epoch; relay it; a holder gets proofs and claims; audit against the
// chain; export the receipt.
func TestOperatorRunbook(t *testing.T) {
	bin := royaltyBinary(t)
	storetest.EachDSN(t, func(t *testing.T, dsn string) {
		ctx := context.Background()
		node := anviltest.Start(t, anviltest.Options{})
		client := ethclient.NewClient(node.RPC)
		node.MineEvery(t, 100*time.Millisecond) // confirmations accrue while the relayer waits

		dir := t.TempDir()
		depFile := filepath.Join(dir, "deployment.json")
		rb := runbook{t: t, bin: bin, env: []string{"ROYALTY_DB=" + dsn, "ROYALTY_DEPLOYMENT=" + depFile, "ROYALTY_RPC=" + node.URL}}
		operator := deploy.Chain{Backend: client, Auth: bind.NewKeyedTransactor(anviltest.Key(0), big.NewInt(int64(node.ChainID))), Poll: 20 * time.Millisecond}
		token, err := deploy.TestToken(ctx, operator, "Test USD", "tUSD")
		if err != nil {
			t.Fatal(err)
		}
		// One key for every role here (TestSeparatedKeysRound covers separated keys).
		rb.run(hexKey(0), "deploy", "--out", depFile, "--single-key-dev", "--dispute-window", "3600", "--asset", token.Hex())
		dep, err := deploy.Load(depFile)
		if err != nil {
			t.Fatal(err)
		}

		// Governance and the builder act through their own tools; here, the bindings.
		consumer, meter := crypto.PubkeyToAddress(anviltest.Key(1).PublicKey), crypto.PubkeyToAddress(anviltest.Key(4).PublicKey)
		patient := crypto.PubkeyToAddress(anviltest.Key(2).PublicKey)
		parties := worked.Parties{Patient: patient, DrLin: crypto.PubkeyToAddress(anviltest.Key(3).PublicKey),
			Validator: common.HexToAddress("0x00000000000000000000000000000000000000a1"),
			Treasury:  common.HexToAddress("0x00000000000000000000000000000000000007e5"),
			Developer: common.HexToAddress("0x00000000000000000000000000000000000000de"), Meter: meter}
		if err := worked.Seed(ctx, operator, dep, token, parties, 3600); err != nil {
			t.Fatal(err)
		}
		depositAs(t, client, node.ChainID, 1, token, dep.RevenueVault, 2_000_000)

		head, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		evTime := head.Time + 1
		unsigned := fmt.Sprintf(`{"id":"runbook-1","consumer":"%s","paymentAccount":"%s","datasetId":"1","datasetVersion":1,"quantity":"1000","unit":"requests","timestamp":%d,"policyRule":"rule-1","valuationVersion":1,"mode":"standard","metadata":{"data":"runbook secret prompt"}}`,
			consumer.Hex(), consumer.Hex(), evTime)
		if err := os.WriteFile(filepath.Join(dir, "events.jsonl"), []byte(unsigned+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		signed := rb.run(hexKey(4), "sign-event", filepath.Join(dir, "events.jsonl"))
		if err := os.WriteFile(filepath.Join(dir, "signed.jsonl"), signed, 0o644); err != nil {
			t.Fatal(err)
		}
		metadataKeys := filepath.Join(dir, "metadata-keys.json")
		rb.run("", "keys", "add", "--key-file", metadataKeys)
		rb.run("", "ingest", "--metadata-key-file", metadataKeys, filepath.Join(dir, "signed.jsonl"))
		if err := node.MineAt(ctx, evTime+5); err != nil { // a block after the event's time makes it final
			t.Fatal(err)
		}
		rb.run("", "index", "--exit-at-head", "--confirmations", "0")

		var sum pipeline.Summary
		if err := json.Unmarshal(rb.run("", "price"), &sum); err != nil || sum.Priced != 1 {
			t.Fatalf("price: %+v %v", sum, err)
		}
		var closed struct{ Epoch uint64 }
		if err := json.Unmarshal(rb.run("", "epoch", "close", "--end", fmt.Sprint(evTime+1)), &closed); err != nil || closed.Epoch != 1 {
			t.Fatalf("epoch close: %+v %v", closed, err)
		}
		var prog relayer.Progress
		out := rb.run(hexKey(0), "relay", "--epoch", "1", "--confirmations", "1", "--json")
		if err := json.Unmarshal(out, &prog); err != nil || prog.Stage != relayer.StageProposed || prog.ActivatesAt == 0 {
			t.Fatalf("relay inside the window: %s %v", out, err)
		}
		if err := node.MineAt(ctx, prog.ActivatesAt); err != nil { // the dispute window passes
			t.Fatal(err)
		}
		out = rb.run(hexKey(0), "relay", "--epoch", "1", "--confirmations", "1", "--wait", "--poll", "100ms", "--json")
		if err := json.Unmarshal(out, &prog); err != nil || prog.Stage != relayer.StageActivated || len(prog.Txs) != 3 {
			t.Fatalf("relay: %s %v", out, err)
		}

		var proofs relayer.AccountProofs
		if err := json.Unmarshal(rb.run("", "proof", "--account", patient.Hex()), &proofs); err != nil || len(proofs.Entitlements) != 1 ||
			proofs.Entitlements[0].Cumulative != "342000" {
			t.Fatalf("proof: %+v %v", proofs, err)
		}
		var claimed claimResult
		if err := json.Unmarshal(rb.run(hexKey(2), "claim", "--account", patient.Hex(), "--json"), &claimed); err != nil ||
			len(claimed.Claimed) != 1 || claimed.Claimed[0].Amount != "342000" {
			t.Fatalf("claim: %+v %v", claimed, err)
		}

		// The documented form, flags after EPOCH: the node's own logs are the chain's facts.
		var v pipeline.Verdict
		if err := json.Unmarshal(rb.run("", "audit", "1", "--rpc", node.URL, "--json"), &v); err != nil || !v.OK || v.Facts != "chain" {
			t.Fatalf("audit: %+v %v", v, err)
		}
		checked := map[string]int{}
		for _, c := range v.Checked {
			checked[c.Artifact] = c.Checked
		}
		if checked[pipeline.ArtUsageEvent] != 1 || checked[pipeline.ArtLineItem] != 1 || checked[pipeline.ArtDistributor] < 2 ||
			checked[pipeline.ArtVault] < 1 || checked[pipeline.ArtClaimed] < 1 {
			t.Fatalf("audit with --rpc checked %v, want the event, the line item, the distributor's proposal and root, the funding and the claims", checked)
		}
		// Given the metadata key, the audit opens the stored plaintext and verifies it against
		// the signed commitment; under another key file it cannot, and says where.
		if err := json.Unmarshal(rb.run("", "audit", "1", "--metadata-key-file", metadataKeys, "--json"), &v); err != nil || !v.OK {
			t.Fatalf("audit with the metadata key: %+v %v", v, err)
		}
		for _, c := range v.Checked {
			if c.Artifact == pipeline.ArtMetadata && c.Checked != 1 {
				t.Fatalf("audit with the metadata key checked %d plaintexts, want runbook-1's", c.Checked)
			}
		}
		otherKeys := filepath.Join(dir, "other-metadata-keys.json")
		rb.run("", "keys", "add", "--key-file", otherKeys)
		cmd := exec.Command(bin, "audit", "1", "--metadata-key-file", otherKeys)
		cmd.Env = append(os.Environ(), rb.env...)
		table, err := cmd.Output()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 1 || !bytes.Contains(table, []byte("metadata  event runbook-1  keyId")) ||
			!bytes.Contains(table, []byte("Verdict: FAIL")) || bytes.Contains(table, []byte("secret prompt")) {
			t.Fatalf("audit under another metadata key file: %v\n%s", err, table)
		}
		var rc pipeline.Receipt
		if err := json.Unmarshal(rb.run("", "receipt", "1", "--deployment", depFile), &rc); err != nil {
			t.Fatal(err)
		}
		if len(rc.Transactions) != 3 || rc.Stage != "activated" || len(rc.Payouts) != 1 || len(rc.Payouts[0].LineItems) != 1 ||
			rc.Payouts[0].LineItems[0].EventID != "runbook-1" || rc.Payouts[0].Route[0].Kind != "direct" || rc.Transactions[0].FeeWei == "" {
			t.Fatalf("receipt: %+v", rc)
		}
		// The receipt carries the event's metadata commitment, never its plaintext.
		if receipt := rb.run("", "receipt", "1"); rc.Payouts[0].LineItems[0].MetadataCommitment == nil || bytes.Contains(receipt, []byte("secret prompt")) {
			t.Fatalf("receipt without the commitment, or with the plaintext: %s", receipt)
		}
	})
}
