package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/watcher"
)

// The table of a bad root names the failed check, the account and asset, the
// expected and found amounts, and the revoke transaction; a waiting round
// says why it cannot decide.
func TestWatchTable(t *testing.T) {
	tx := common.HexToHash("0x7e")
	bad := watcher.Report{Status: watcher.StatusBad, Block: 9, Epoch: 2, Root: common.HexToHash("0xbad"), ActivatesAt: 3600,
		Checks: []watcher.Result{
			{Check: watcher.CheckRoot, Expected: "0x01", Found: "0x02"},
			{Check: watcher.CheckClaimed, Account: "0xA11CE", Asset: "0xA55E7", Expected: "at least 3 tUSD (claimed)", Found: "1 tUSD"},
			{Check: watcher.CheckTotal, Asset: "0xA55E7", Expected: "4 tUSD", Found: "4 tUSD", OK: true},
		},
		Revoke: &watcher.Revoke{Tx: tx, Block: 10}}
	var b bytes.Buffer
	writeWatch(&b, bad)
	out := b.String()
	for _, want := range []string{"epoch 2 root " + bad.Root.Hex(), ": bad; revoked in transaction " + tx.Hex() + " (block 10)",
		"leaf >= claimed        0xA11CE  0xA55E7  at least 3 tUSD (claimed)  1 tUSD  FAIL", "root", "ok"} {
		if !strings.Contains(out, want) {
			t.Fatalf("table lacks %q:\n%s", want, out)
		}
	}
	if n := len(bad.Failed()); n != 2 {
		t.Fatalf("%d failed checks, want 2", n)
	}
	b.Reset()
	writeWatch(&b, watcher.Report{Status: watcher.StatusWaiting, Epoch: 3, Waiting: "1 event(s) of the period are not priced"})
	if !strings.Contains(b.String(), ": waiting — 1 event(s) of the period are not priced") {
		t.Fatalf("waiting table:\n%s", b.String())
	}
}
