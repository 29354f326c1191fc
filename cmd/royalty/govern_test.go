package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/dataroyalty/royalty/govern"
	"github.com/dataroyalty/royalty/internal/anviltest"
)

// TestGovernanceCommands: the governance commands' contract with a person,
// through the binary on anvil: inputs from --input JSON (the command line
// wins, unknown keys refused), a re-run of identical inputs sends nothing and
// shows the earlier transaction, --ref sends a deliberate repeat, a meter
// already authorised sends nothing while one revoked since is authorised
// again, roles are granted and revoked, amend and deprecate print their
// events, a key without the role is refused with the decoded revert, and a
// deposit beyond the key's balance is refused before anything is sent.
func TestGovernanceCommands(t *testing.T) {
	bin := royaltyBinary(t)
	ctx := context.Background()
	node := anviltest.Start(t, anviltest.Options{})
	node.MineEvery(t, 100*time.Millisecond)
	client := ethclient.NewClient(node.RPC)
	dir := t.TempDir()
	depFile := filepath.Join(dir, "deployment.json")
	run := func(key int, args ...string) (string, string, int) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "ROYALTY_PRIVATE_KEY="+hexKey(key), "ROYALTY_RPC="+node.URL, "ROYALTY_DEPLOYMENT="+depFile,
			"ROYALTY_DB=sqlite:"+filepath.Join(dir, "royalty.db"), "ROYALTY_TX_CONFIRMATIONS=1", "ROYALTY_TX_POLL=100ms")
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
		t.Fatal(err)
		return "", "", 0
	}
	ok := func(key int, args ...string) string {
		t.Helper()
		out, errOut, code := run(key, args...)
		if code != 0 {
			t.Fatalf("royalty %s: exit %d\n%s%s", strings.Join(args, " "), code, out, errOut)
		}
		return out
	}
	result := func(key int, args ...string) govern.Result {
		t.Helper()
		var r govern.Result
		if out := ok(key, append(args, "--json")...); json.Unmarshal([]byte(out), &r) != nil {
			t.Fatalf("royalty %s --json: %s", strings.Join(args, " "), out)
		}
		return r
	}
	sent := func() uint64 {
		n, err := client.NonceAt(ctx, addr(0), nil)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}

	token := strings.TrimSpace(ok(0, "dev-token", "deploy"))
	ok(0, "deploy", "--out", depFile, "--single-key-dev", "--asset", token)

	// Inputs from a JSON file; the command line wins over it.
	input := filepath.Join(dir, "register.json")
	if err := os.WriteFile(input, []byte(fmt.Sprintf(`{"dataset":"7","role":"label","contributor":%q,"units":40,"asset":"archive","content":"first"}`,
		addr(2).Hex())), 0o644); err != nil {
		t.Fatal(err)
	}
	r := result(0, "contribution", "register", "--input", input, "--units", "45")
	if r.Tx == nil || len(r.Events) == 0 || r.Events[0].Name != "ContributionRegistered" || r.Events[0].Get("cfId") != "1" ||
		r.Events[0].Get("units") != "45" || r.Events[0].Get("datasetId") != "7" || r.Events[0].Get("role") != "1" {
		t.Fatalf("register from --input: %+v", r)
	}
	// The same inputs again: the earlier transaction, nothing sent.
	before := sent()
	again := result(0, "contribution", "register", "--input", input, "--units", "45")
	if !again.Earlier || *again.Tx != *r.Tx || sent() != before {
		t.Fatalf("a re-run sent %d transactions: %+v", sent()-before, again)
	}
	// A deliberate repeat with --ref registers a second CF.
	if r2 := result(0, "contribution", "register", "--input", input, "--units", "45", "--ref", "second batch"); r2.Earlier || r2.Events[0].Get("cfId") != "2" {
		t.Fatalf("--ref repeat: %+v", r2)
	}
	for _, bad := range []struct {
		args []string
		says string
	}{
		{[]string{"contribution", "register", "--input", input, "--role", "curator"}, "--role"},
		{[]string{"contribution", "register", "--input", input, "--contributor", "0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed"}, "--contributor"},
		{[]string{"contribution", "register", "--input", input, "--content-hash", "0x12"}, "--content"},
		{[]string{"valuation", "publish", "--dataset", "7", "--asset", token, "--unit", "rows", "--price", "0.0000001"}, "--price"},
		{[]string{"manifest", "publish", "--dataset", "7", "--policy", "1", "--protocol-bps", "10001", "--developer-bps", "0", "--pool-bps", "0", "--manifest", "m"}, "--protocol-bps"},
		{[]string{"deposit", "--asset", token, "--amount", "1"}, "less than the deposit"},
	} {
		out, errOut, code := run(0, bad.args...)
		if code != 2 || !strings.Contains(errOut, bad.says) || out != "" {
			t.Fatalf("%v: exit %d %q %q, want 2 naming %s", bad.args, code, out, errOut, bad.says)
		}
	}
	if err := os.WriteFile(input, []byte(`{"dataset":"7","rolle":"label"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, errOut, code := run(0, "contribution", "register", "--input", input); code != 2 || !strings.Contains(errOut, `"rolle" is not a flag`) {
		t.Fatalf("an unknown key in --input: exit %d %s", code, errOut)
	}

	// Amend and deprecate, then a version built in two steps.
	if r := result(0, "contribution", "amend", "--cf", "1", "--holder", addr(3).Hex(), "--units", "40", "--content", "second", "--reason", "typo"); len(r.Events) < 2 ||
		r.Events[len(r.Events)-1].Name != "ContributionAmended" || r.Events[len(r.Events)-1].Get("newCfId") != "3" {
		t.Fatalf("amend: %+v", r)
	}
	if r := result(0, "contribution", "deprecate", "--cf", "2", "--reason", "duplicate"); len(r.Events) != 1 || r.Events[0].Name != "ContributionDeprecated" {
		t.Fatalf("deprecate: %+v", r)
	}
	ok(0, "version", "add", "--dataset", "7", "--version", "1", "--cf", "3")
	if r := result(0, "version", "seal", "--dataset", "7", "--version", "1", "--manifest", "v1"); r.Events[0].Name != "VersionSealed" || r.Events[0].Get("cfCount") != "1" {
		t.Fatalf("seal: %+v", r)
	}

	// A meter: authorised, again (nothing sent), revoked, authorised again.
	meter := addr(4).Hex()
	if r := result(0, "meter", "authorise", "--meter", meter); r.Events[0].Get("authorised") != "true" {
		t.Fatalf("authorise: %+v", r)
	}
	before = sent()
	if r := result(0, "meter", "authorise", "--meter", meter); !r.InPlace || r.Tx != nil || sent() != before {
		t.Fatalf("authorise twice: %+v", r)
	}
	if out := ok(0, "meter", "authorise", "--meter", meter); !strings.Contains(out, "already in place") {
		t.Fatalf("authorise twice, table: %s", out)
	}
	if r := result(0, "meter", "revoke", "--meter", meter); r.Events[0].Get("authorised") != "false" {
		t.Fatalf("revoke: %+v", r)
	}
	if r := result(0, "meter", "authorise", "--meter", meter); r.InPlace || r.Earlier || r.Events[0].Get("authorised") != "true" {
		t.Fatalf("authorise after a revoke: %+v", r)
	}

	// Roles: a key without GOVERNOR_ROLE is refused with the decoded revert.
	if _, errOut, code := run(3, "meter", "revoke", "--meter", meter); code != 1 || !strings.Contains(errOut, "AccessControlUnauthorizedAccount") {
		t.Fatalf("meter revoke without the role: exit %d %s", code, errOut)
	}
	if r := result(0, "role", "grant", "--contract", "governance", "--role", "GOVERNOR_ROLE", "--account", addr(3).Hex()); r.Events[0].Name != "RoleGranted" {
		t.Fatalf("grant: %+v", r)
	}
	ok(3, "meter", "revoke", "--meter", meter)
	if r := result(0, "role", "revoke", "--contract", "governance", "--role", "GOVERNOR_ROLE", "--account", addr(3).Hex()); r.Events[0].Name != "RoleRevoked" {
		t.Fatalf("revoke role: %+v", r)
	}

	// A deposit: minted, approved and deposited; amounts in token units.
	ok(1, "dev-token", "mint", "--token", token, "--to", addr(1).Hex(), "--amount", "5")
	out := ok(1, "deposit", "--asset", token, "--amount", "1.5")
	for _, want := range []string{"deposit approve: done", "deposit: done", "RevenueVault.Deposited", "1.5 tUSD (1500000 base units)"} {
		if !strings.Contains(out, want) {
			t.Fatalf("deposit table lacks %q:\n%s", want, out)
		}
	}
}
