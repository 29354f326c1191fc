package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/internal/servicetest"
	"github.com/dataroyalty/royalty/pipeline"
	"github.com/dataroyalty/royalty/relayer"
	"github.com/dataroyalty/royalty/routes"
	"github.com/dataroyalty/royalty/store"
	"github.com/dataroyalty/royalty/store/storetest"
)

// TestStatementTableGolden: the holder table for a fixed statement (two
// epochs, the second a released reserve without events; one token read, one
// never read; claimed checked) is exactly testdata/statement.golden.
// ROYALTY_UPDATE_GOLDEN=1 rewrites it.
func TestStatementTableGolden(t *testing.T) {
	usd := common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	other := common.HexToAddress("0x00000000000000000000000000000000000000AA")
	patient := common.HexToAddress("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC")
	role, contributor, asset := uint8(0), common.HexToAddress("0x90F79bf6EB2c4f870365E785982E1f101E93b906"), common.HexToHash("0xa55e7")
	claimed, claimable := "342000", "18000"
	msg := common.HexToHash("0x4d5e")
	hs := &pipeline.HolderStatement{ChainID: 31337, Distributor: common.HexToAddress("0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512"),
		Account: patient, ClaimedChecked: true,
		Epochs: []pipeline.HolderEpoch{
			{Epoch: 1, Start: 0, End: 1_900_000_100, Stage: "activated", Assets: []pipeline.ExplainedAsset{{Asset: usd,
				Line: lineOf("342000000000000000000000", "0", "0", "342000"),
				Events: []pipeline.ExplainedEvent{{EventID: "evt-worked-1", Asset: usd, DatasetID: "1", DatasetVersion: 1, ValuationVersion: 1,
					SnapshotBlock: 12, SnapshotHash: common.HexToHash("0x5ea1c0ffee"), AmountAtto: "342000000000000000000000",
					Shares: []pipeline.Share{{Kind: "pool", CfID: "1", DataAsset: &asset, Role: &role, Contributor: &contributor, Holder: patient, Units: "30",
						AmountAtto: "342000000000000000000000"}}}}}},
				Routes: []pipeline.HolderRoute{{Key: "1/route-a", HomeChain: 31337, Asset: usd, Amount: "342000", ToChain: 31338, ToAsset: other,
					Steps: []routes.StepRecord{{Kind: routes.KindSwap, Status: routes.StatusDone, AssetIn: usd, AssetOut: other, Rate: "342000/341000"},
						{Kind: routes.KindBridge, Status: routes.StatusDone, ToChain: 31338, AssetIn: other, AssetOut: other, MessageID: &msg}}}}},
			{Epoch: 2, Start: 1_900_000_100, End: 1_900_000_800, Stage: "proposed", Assets: []pipeline.ExplainedAsset{
				{Asset: usd, Line: lineOf("0", "18000000000000000000000", "342000", "360000"), Events: []pipeline.ExplainedEvent{}},
				{Asset: other, Line: lineOf("5000000000000000000", "0", "0", "5"), Events: []pipeline.ExplainedEvent{}}},
				Routes: []pipeline.HolderRoute{{Key: "2/route-a", HomeChain: 31337, Asset: usd, Amount: "18000", ToChain: 31337, ToAsset: other,
					Steps: []routes.StepRecord{{Kind: routes.KindSwap, Status: routes.StatusAborted, Reason: "slippage: quote 17000 below minimum 17900",
						AssetIn: usd, AssetOut: other}, {Kind: routes.KindPay, Status: routes.StatusSkipped, AssetIn: other, AssetOut: other}}}}},
		},
		Totals: []pipeline.HolderTotal{{Asset: usd, Cumulative: "360000", Epoch: 2, Claimed: &claimed, Claimable: &claimable,
			Held: &pipeline.HeldReserve{Asset: usd, Atto: "9500000000000000000000", Events: 2, NextRelease: 1_900_086_500, Frozen: 1}},
			{Asset: other, Cumulative: "5", Epoch: 2, Claimed: &claimed, Claimable: &claimable}},
	}
	tokens := map[common.Address]pipeline.TokenInfo{usd: {Token: relayer.Token{Address: usd, Symbol: "tUSD", Decimals: 6}, Known: true},
		other: {Token: relayer.Token{Address: other}}}
	var b bytes.Buffer
	if err := writeHolderTable(&b, hs, tokens); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "statement.golden")
	if os.Getenv("ROYALTY_UPDATE_GOLDEN") == "1" {
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), want) {
		t.Fatalf("statement table:\n%s\nwant (testdata/statement.golden):\n%s", b.String(), want)
	}
}

func lineOf(accrued, released, prev, cum string) engine.RecipientLine {
	return engine.RecipientLine{Asset: "", AccruedAtto: accrued, ReleasedAtto: released, PreviousCumulative: prev, Cumulative: cum}
}

// TestStatementBinary runs `royalty statement` through the binary over a
// real closed and proposed epoch on both databases: without --rpc (base
// units, claimed not checked), with --rpc (token units read from the token,
// claimed 0), again without --rpc (the units kept), --json, --epoch, and the
// bad inputs with their exit statuses.
func TestStatementBinary(t *testing.T) {
	bin := buildBinary(t)
	for _, backend := range storetest.Backends {
		t.Run(backend, func(t *testing.T) {
			dsn := storetest.DSN(t, backend)
			st, err := store.Open(context.Background(), dsn)
			if err != nil {
				t.Fatal(err)
			}
			f := servicetest.NewClosed(t, st)
			st.Close()
			depFile := filepath.Join(t.TempDir(), "deployment.json")
			if err := deploy.Save(depFile, f.W.Dep); err != nil {
				t.Fatal(err)
			}
			run := func(args ...string) (string, string, int) {
				cmd := exec.Command(bin, append([]string{"statement", "--db", dsn, "--deployment", depFile}, args...)...)
				var out, errb bytes.Buffer
				cmd.Stdout, cmd.Stderr = &out, &errb
				err := cmd.Run()
				code := 0
				if ee, ok := err.(*exec.ExitError); ok {
					code = ee.ExitCode()
				} else if err != nil {
					t.Fatal(err)
				}
				return out.String(), errb.String(), code
			}
			patient := f.Parties.Patient.Hex()
			out, errs, code := run("--account", patient)
			if code != 0 || !strings.Contains(out, "342000 base units") || !strings.Contains(out, "claimed: not checked") ||
				!strings.Contains(out, f.EventID) || !strings.Contains(out, "pool CF ") || !strings.Contains(out, "Epoch 1:") {
				t.Fatalf("statement without --rpc (exit %d):\n%s%s", code, out, errs)
			}
			out, errs, code = run("--account", patient, "--rpc", f.W.Node.URL)
			if code != 0 || !strings.Contains(out, "0.342 tUSD") || strings.Contains(out, "not checked") || !strings.Contains(out, "  tUSD   0.342 tUSD  1         0 tUSD   0.342 tUSD") {
				t.Fatalf("statement with --rpc (exit %d):\n%s%s", code, out, errs)
			}
			out, _, code = run("--account", patient, "--epoch", "1")
			if code != 0 || !strings.Contains(out, "0.342 tUSD") || !strings.Contains(out, "claimed: not checked") {
				t.Fatalf("statement --epoch 1 after --rpc kept the units (exit %d):\n%s", code, out)
			}
			out, _, code = run("--account", patient, "--json")
			var hs pipeline.HolderStatement
			if err := json.Unmarshal([]byte(out), &hs); code != 0 || err != nil || len(hs.Epochs) != 1 || hs.Totals[0].Cumulative != "342000" ||
				hs.Epochs[0].Assets[0].Events[0].EventID != f.EventID || hs.ClaimedChecked {
				t.Fatalf("statement --json (exit %d, %v):\n%s", code, err, out)
			}
			for _, c := range []struct {
				args []string
				code int
				msg  string
			}{
				{[]string{"--account", "0xnope"}, 2, "--account"},
				{[]string{"--account", patient, "--epoch", "9"}, 2, "epoch 9 is not closed"},
				{[]string{"--account", "0x000000000000000000000000000000000000dEaD"}, 4, "no statement"},
			} {
				if _, errs, code := run(c.args...); code != c.code || !strings.Contains(errs, c.msg) {
					t.Errorf("statement %v: exit %d %q, want %d with %q", c.args, code, errs, c.code, c.msg)
				}
			}
		})
	}
}
