package demo

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// The demo reproduces the worked example (docs/overview.md) through the real contracts,
// pays both epochs on chain, and its audit passes.
func TestDemoReproducesTheWorkedExample(t *testing.T) {
	var out bytes.Buffer
	res, err := Run(context.Background(), Options{Dir: t.TempDir(), Out: &out})
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	li := res.LineItem
	got := []uint64{li.Gross.Uint64(), li.Reserve.Uint64(), li.Net.Uint64(), li.Protocol.Uint64(),
		li.Developers.Uint64(), li.Pool.Uint64(), li.ConsumerMargin.Uint64()}
	want := []uint64{2_000_000, 100_000, 1_900_000, 285_000, 190_000, 1_140_000, 285_000}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("line item %v, want the worked example's %v", got, want)
		}
	}
	// Epoch 1 pays the net split; epoch 2 releases the reserve by the same split.
	for name, w := range map[string]uint64{"patient": 360_000, "Dr. Lin": 600_000, "validator": 240_000} {
		if res.Balances[name] != w {
			t.Errorf("%s holds %d on chain, want %d", name, res.Balances[name], w)
		}
	}
	if len(res.Epochs) != 2 || res.Epochs[0].Payout.Fundings[0].Amount.Uint64() != 1_900_000 ||
		res.Epochs[1].Payout.Fundings[0].Amount.Uint64() != 100_000 {
		t.Fatalf("fundings are not 1,900,000 then the released 100,000")
	}
	// Each epoch's receipt records its relay: the funding, the proposal and the activation.
	for i, rc := range res.Receipts {
		var actions []string
		for _, tx := range rc.Transactions {
			actions = append(actions, tx.Action)
		}
		if rc.Stage != "activated" || strings.Join(actions, ",") != "fund,propose,activate" {
			t.Fatalf("receipt of epoch %d: stage %q, transactions %v", i+1, rc.Stage, actions)
		}
	}
	if len(res.Receipts) != 2 {
		t.Fatalf("%d receipts, want 2", len(res.Receipts))
	}
	for _, v := range res.Verdicts {
		if !v.OK {
			t.Fatalf("audit of epoch %d failed: %+v", v.Epoch, v.Mismatches)
		}
	}
	// Every amount for people is in the token's units (atto and raw structs never show).
	for _, want := range []string{"pool → CF 1 (30 units)        0.342 dUSDC  342000", "patient    0.36 dUSDC  360000", "AI builder  2 dUSDC"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "atto") || strings.Contains(out.String(), "{\"Owed\"") {
		t.Errorf("report shows atto or a raw struct:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "Audit verdict: PASS") {
		t.Fatalf("report lacks the verdict:\n%s", out.String())
	}
}
