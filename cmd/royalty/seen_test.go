package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/store"
)

// whatWasSeen checks, through the binary on the audit world's SQLite
// database (two epochs closed, relayed and claimed), the rough edges issue
// 10 reported: an unknown epoch named as such, a finished close re-run
// answered from what is stored, a second price reporting what it newly
// priced, fundings printed as strings, the snapshot boundary and its exit
// statuses, and one-line input errors with status 2.
func (w *auditWorld) whatWasSeen(t *testing.T, st *store.Store) {
	ctx := context.Background()
	db := w.dsns["sqlite"]
	with := func(args ...string) []string { return append(args, "--db", db, "--deployment", w.depFile) }
	oneLine := func(what, errOut string) {
		t.Helper()
		if lines := strings.Split(strings.TrimSpace(errOut), "\n"); len(lines) != 1 || strings.Contains(errOut, "USAGE") {
			t.Fatalf("%s: want a one-line error, got:\n%s", what, errOut)
		}
	}

	// An epoch never closed is named, with the last one closed.
	for _, args := range [][]string{{"epoch", "show", "9"}, {"receipt", "9"}, {"audit", "9"}} {
		_, errOut, code := w.exec("", nil, with(args...)...)
		if code != 2 || !strings.Contains(errOut, "epoch 9 has not been closed (last closed: 2)") {
			t.Fatalf("%v: exit %d, %q; want 2 and the last closed epoch", args, code, errOut)
		}
		oneLine(fmt.Sprint(args), errOut)
	}

	// Re-running a finished close prints the stored epoch and changes nothing.
	dep, err := deploy.Load(w.depFile)
	if err != nil {
		t.Fatal(err)
	}
	for n := uint64(1); n <= 2; n++ {
		row, err := st.Epoch(ctx, dep.ChainID, n)
		if err != nil {
			t.Fatal(err)
		}
		out, errOut, code := w.exec("", nil, with("epoch", "close", "--end", fmt.Sprint(row.End), "--json")...)
		var closed struct {
			Epoch     uint64
			LineItems int
			Payout    struct{ Root string }
		}
		if code != 0 || json.Unmarshal([]byte(out), &closed) != nil || closed.Epoch != n || closed.Payout.Root != row.Root.Hex() ||
			!strings.Contains(errOut, fmt.Sprintf("epoch %d already closed", n)) {
			t.Fatalf("epoch close --end %d again: exit %d, %s %s; want epoch %d as stored", row.End, code, out, errOut, n)
		}
		if n == 1 && closed.LineItems != 2 {
			t.Fatalf("epoch 1 re-run shows %d line items, want 2", closed.LineItems)
		}
		if n == 1 { // an end inside the closed history that no epoch ends at
			_, errOut, code := w.exec("", nil, with("epoch", "close", "--end", fmt.Sprint(row.End+1))...)
			if code != 2 || !strings.Contains(errOut, "none ends there") {
				t.Fatalf("epoch close inside the history: exit %d %s", code, errOut)
			}
		}
	}
	if last, err := st.LastEpoch(ctx, dep.ChainID); err != nil || last.Epoch != 2 {
		t.Fatalf("after the re-runs the last epoch is %d (%v), want 2", last.Epoch, err)
	}

	// A second pass prices nothing new and says so.
	var sum priceSummary
	if out := w.ok("", with("price", "--json")...); json.Unmarshal([]byte(out), &sum) != nil || sum.Priced != 0 || sum.PricedEarlier != 2 {
		t.Fatalf("second price: %s; want 0 priced now, 2 earlier", out)
	}

	// Fundings are amounts: decimal strings, as everywhere else.
	var rc struct {
		Fundings []map[string]any
	}
	if out := w.ok("", with("receipt", "1", "--json")...); json.Unmarshal([]byte(out), &rc) != nil || len(rc.Fundings) == 0 {
		t.Fatalf("receipt 1: %s", out)
	}
	for _, f := range rc.Fundings {
		if _, ok := f["amount"].(string); !ok {
			t.Fatalf("receipt funding amount %v (%T), want a decimal string", f["amount"], f["amount"])
		}
	}

	// The snapshot at the final block's own time is answered; after it, exit 3;
	// a version not sealed, exit 4.
	_, final, err := st.Checkpoint(ctx, dep.ChainID)
	if err != nil {
		t.Fatal(err)
	}
	snap := func(version, at uint64) (string, string, int) {
		return w.exec("", nil, with("snapshot", "--dataset", "1", "--version", fmt.Sprint(version), "--at", fmt.Sprint(at), "--json")...)
	}
	if out, errOut, code := snap(1, final.Time); code != 0 || !strings.Contains(out, "snapshotHash") {
		t.Fatalf("snapshot at the final block's time %d: exit %d %s%s", final.Time, code, out, errOut)
	}
	if _, errOut, code := snap(1, final.Time+1); code != 3 {
		t.Fatalf("snapshot after the final block: exit %d %s, want 3", code, errOut)
	}
	if _, errOut, code := snap(2, final.Time); code != 4 || !strings.Contains(errOut, "not sealed") {
		t.Fatalf("snapshot of an unsealed version: exit %d %s, want 4", code, errOut)
	}

	// A missing required flag: one line naming it, exit 2 (not the help page).
	for _, c := range []struct {
		flag string
		args []string
	}{
		{"--end", with("epoch", "close")},
		{"--version", with("snapshot", "--dataset", "1", "--at", "5")},
		{"--deployment", []string{"price", "--db", db}},
		{"--account", with("proof")},
	} {
		out, errOut, code := w.exec("", nil, c.args...)
		if code != 2 || !strings.Contains(errOut, c.flag+" is required") || out != "" {
			t.Fatalf("%v: exit %d, stdout %q, stderr %q; want 2 naming %s", c.args, code, out, errOut, c.flag)
		}
		oneLine(fmt.Sprint(c.args), errOut)
	}
	// An unknown flag too.
	if _, errOut, code := w.exec("", nil, with("epoch", "close", "--ned", "5")...); code != 2 || !strings.Contains(errOut, "-ned") {
		t.Fatalf("an unknown flag: exit %d %s", code, errOut)
	} else {
		oneLine("unknown flag", errOut)
	}
	// Help shows no default for a required flag.
	help := w.ok("", "snapshot", "--help")
	for _, line := range strings.Split(help, "\n") {
		if (strings.Contains(line, "--version") || strings.Contains(line, "--at ")) && strings.Contains(line, "default") {
			t.Fatalf("snapshot --help shows a default for a required flag: %q", line)
		}
	}
	if !strings.Contains(help, "(required)") || !strings.Contains(help, "Exits 4") {
		t.Fatalf("snapshot --help marks no flag required or omits exit 4:\n%s", help)
	}
}
