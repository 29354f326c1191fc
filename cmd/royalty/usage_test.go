package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/deploy"
	"github.com/dataroyalty/royalty/engine"
	"github.com/dataroyalty/royalty/store/storetest"
	"github.com/dataroyalty/royalty/usage"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"
)

// meterKeyHex is test material only.
var meterKeyHex = fmt.Sprintf("%x", crypto.Keccak256([]byte("cmd test meter")))

func testDeployment(t *testing.T) (string, usage.Domain) {
	t.Helper()
	d := deploy.Deployment{ChainID: 31337, StartBlock: 1,
		OwnershipToken:     common.HexToAddress("0x1000000000000000000000000000000000000001"),
		GovernanceConfig:   common.HexToAddress("0x2000000000000000000000000000000000000002"),
		RevenueVault:       common.HexToAddress("0x3000000000000000000000000000000000000003"),
		RoyaltyDistributor: common.HexToAddress("0x4000000000000000000000000000000000000004")}
	path := filepath.Join(t.TempDir(), "deployment.json")
	if err := deploy.Save(path, d); err != nil {
		t.Fatal(err)
	}
	return path, usage.Domain{ChainID: d.ChainID, VerifyingContract: d.GovernanceConfig}
}

func unsignedLine(id string, qty uint64) string {
	e := usage.SignedEvent{ID: id, Consumer: common.HexToAddress("0xc0"), PaymentAccount: common.HexToAddress("0xbe"),
		DatasetID: *uint256.NewInt(7), DatasetVersion: 1, Quantity: *uint256.NewInt(qty), Unit: "row",
		Timestamp: 1_700_000_000 + qty, ValuationVersion: 1, Mode: engine.ModeTNPL}
	return string(e.MarshalUnsigned())
}

func exitCode(err error) int {
	var ee *exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return ee.code
	}
	return 1
}

// TestSignEventAndIngest: sign-event output verifies; ingest stores each
// valid line once however often the file is ingested, on both backends, and
// reports the bad lines by number with exit status 2.
func TestSignEventAndIngest(t *testing.T) {
	dep, dom := testDeployment(t)
	t.Setenv(envPrivateKey, meterKeyHex)
	unsigned := strings.Join([]string{unsignedLine("evt-1", 1), unsignedLine("evt-2", 2), "", unsignedLine("evt-3", 3)}, "\n")
	out, err := runApp(t, []byte(unsigned), "sign-event", "--deployment", dep)
	if err != nil {
		t.Fatalf("sign-event: %v", err)
	}
	lines := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("sign-event printed %d lines:\n%s", len(lines), out)
	}
	key, _ := crypto.HexToECDSA(meterKeyHex)
	for i, l := range lines {
		e, err := usage.Decode([]byte(l))
		if err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if e.Meter != crypto.PubkeyToAddress(key.PublicKey) || e.Verify(dom) != nil {
			t.Fatalf("line %d does not verify as signed by the meter key: %s", i+1, l)
		}
	}
	if _, err := runApp(t, []byte(unsignedLine("ok", 1)+"\n"+strings.Replace(unsignedLine("bad", 1), `"unit":"row"`, `"unit":1`, 1)),
		"sign-event", "--deployment", dep); exitCode(err) != 2 || !strings.Contains(err.Error(), "line 2: event.unit") {
		t.Fatalf("sign-event with a bad line: %v (status %d)", err, exitCode(err))
	}

	tampered := strings.Replace(lines[1], `"id":"evt-2"`, `"id":"evt-2b"`, 1)
	input := strings.Join([]string{
		lines[0],
		"",
		lines[1],
		tampered,    // line 4
		"{not json", // line 5
		strings.Repeat("x", usage.MaxEventBytes+10), // line 6
		lines[2] + "\r",
	}, "\n")
	storetest.EachDSN(t, func(t *testing.T, dsn string) {
		file := filepath.Join(t.TempDir(), "events.jsonl")
		if err := os.WriteFile(file, []byte(input), 0o644); err != nil {
			t.Fatal(err)
		}
		for round, want := range []struct{ accepted, duplicate int }{{3, 0}, {0, 3}} {
			out, err := runApp(t, nil, "ingest", "--json", "--db", dsn, "--deployment", dep, file)
			if exitCode(err) != 2 {
				t.Fatalf("round %d: err = %v, want exit status 2", round, err)
			}
			var sum ingestSummary
			if err := json.Unmarshal(out, &sum); err != nil {
				t.Fatalf("round %d: summary %s: %v", round, out, err)
			}
			if sum.Accepted != want.accepted || sum.Duplicate != want.duplicate || len(sum.Rejected) != 3 {
				t.Fatalf("round %d: summary %s", round, out)
			}
			for i, w := range []struct {
				line       int
				id, prefix string
			}{{4, "evt-2b", "event.signature: "}, {5, "", "event: "}, {6, "", "event: "}} {
				if r := sum.Rejected[i]; r.Line != w.line || r.ID != w.id || !strings.HasPrefix(r.Error, w.prefix) {
					t.Errorf("round %d: rejection %d = %+v, want line %d id %q error %s…", round, i, r, w.line, w.id, w.prefix)
				}
			}
		}
		s := storetest.Open(t, dsn)
		if n, err := s.CountUsageEvents(context.Background()); err != nil || n != 3 {
			t.Fatalf("stored %d, %v; want 3", n, err)
		}
		// A clean file exits 0; stdin works too.
		out, err := runApp(t, []byte(lines[0]+"\n"), "ingest", "--json", "--db", dsn, "--deployment", dep, "-")
		if err != nil || string(out) != `{"accepted":0,"duplicate":1,"rejected":[]}`+"\n" {
			t.Fatalf("clean ingest: %s, %v", out, err)
		}
		// For people: the counts in a line.
		out, err = runApp(t, []byte(lines[0]+"\n"), "ingest", "--db", dsn, "--deployment", dep, "-")
		if err != nil || string(out) != "accepted: 0; duplicate (stored before): 1; rejected: 0\n" {
			t.Fatalf("clean ingest, table: %q, %v", out, err)
		}
	})
}

func TestSignEventNeedsKey(t *testing.T) {
	dep, _ := testDeployment(t)
	t.Setenv(envPrivateKey, "")
	if _, err := runApp(t, []byte(unsignedLine("a", 1)), "sign-event", "--deployment", dep); exitCode(err) != 2 || !errors.Is(err, errNoKey) {
		t.Fatalf("no key: %v", err)
	}
	if _, err := runApp(t, nil, "ingest", "--db", "sqlite:"+filepath.Join(t.TempDir(), "x.db"), "--deployment", "/nonexistent"); exitCode(err) != 2 {
		t.Fatalf("missing deployment: %v", err)
	}
}

// TestIngestNamesAWrongDomain: an event a meter signed for another chain's
// deployment is refused through the binary as signed under another EIP-712
// domain, naming the chain id it was signed for, not as someone else's
// signature; one signed by another key is named as such, with the domain
// expected.
func TestIngestNamesAWrongDomain(t *testing.T) {
	dep, _ := testDeployment(t)
	other := deploy.Deployment{ChainID: 1, StartBlock: 1,
		OwnershipToken:     common.HexToAddress("0x1000000000000000000000000000000000000001"),
		GovernanceConfig:   common.HexToAddress("0x2000000000000000000000000000000000000002"),
		RevenueVault:       common.HexToAddress("0x3000000000000000000000000000000000000003"),
		RoyaltyDistributor: common.HexToAddress("0x4000000000000000000000000000000000000004")}
	otherFile := filepath.Join(t.TempDir(), "mainnet.json")
	if err := deploy.Save(otherFile, other); err != nil {
		t.Fatal(err)
	}
	signed := mustRun(t, []byte(unsignedLine("wrong-domain", 1)+"\n"), "sign-event", "--deployment", otherFile)
	db := "sqlite:" + filepath.Join(t.TempDir(), "x.db")
	out, _, code := binRun(t, []byte(signed), "ingest", "--db", db, "--deployment", dep)
	if code != 2 || !strings.Contains(out, "another EIP-712 domain") || !strings.Contains(out, "chain id 1") {
		t.Fatalf("ingest of an event signed for chain 1: exit %d\n%s", code, out)
	}
	var ev map[string]any
	if err := json.Unmarshal([]byte(signed), &ev); err != nil {
		t.Fatal(err)
	}
	ev["meter"] = "0x00000000000000000000000000000000000000b0" // claims another meter
	forged, _ := json.Marshal(ev)
	out, _, code = binRun(t, append(forged, '\n'), "ingest", "--db", db, "--deployment", otherFile)
	if code != 2 || !strings.Contains(out, "not made by the event's meter") || !strings.Contains(out, "chain id 1 and GovernanceConfig") {
		t.Fatalf("ingest of an event claiming another meter: exit %d\n%s", code, out)
	}
}
