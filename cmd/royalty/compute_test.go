package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

const example = "../../engine/testdata/worked_example.json"

func goldenOutput(t *testing.T) []byte {
	t.Helper()
	want, err := os.ReadFile("../../engine/testdata/worked_example.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	return want
}

// runApp runs the CLI in-process with stdin and captured stdout.
func runApp(t *testing.T, stdin []byte, args ...string) ([]byte, error) {
	t.Helper()
	var out bytes.Buffer
	app := newApp()
	app.Reader = bytes.NewReader(stdin)
	app.Writer = &out
	app.ErrWriter = &bytes.Buffer{}
	err := app.Run(append([]string{"royalty"}, args...))
	return out.Bytes(), err
}

// TestComputeWorkedExample: the worked example (docs/overview.md) through the command,
// from a file, from "-" and from stdin with no argument.
func TestComputeWorkedExample(t *testing.T) {
	want := goldenOutput(t)
	for _, s := range []string{"gross\":\"2000000", "reserve\":\"100000", "net\":\"1900000",
		"protocol\":\"285000", "developers\":\"190000", "pool\":\"1140000", "consumerMargin\":\"285000",
		"\"amount\":\"342000\"", "\"amount\":\"570000\"", "\"amount\":\"228000\""} {
		if !bytes.Contains(want, []byte(s)) {
			t.Fatalf("golden output lacks %s", s)
		}
	}
	bundle, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"compute", example}, {"compute", "-"}, {"compute"}} {
		got, err := runApp(t, bundle, args...)
		if err != nil {
			t.Fatalf("%v: %v", args, err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%v printed\n%s\nwant\n%s", args, got, want)
		}
	}
}

func TestComputeInvalid(t *testing.T) {
	bundle, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct{ from, to, field string }{
		{`"reserveBps": 500`, `"reserveBps": 10001`, "policy.reserveBps"},
		{`"protocolBps": 1500`, `"protocolBps": 3500`, "policy.poolBps"},
		{`"quantity": "1000"`, `"quantity": "0x3e8"`, "event.quantity"},
		{`"quantity": "1000"`, `"quantity": "0"`, "event.quantity"},
		{`"priceUnit": "1"`, `"priceUnit": "0"`, "valuation.priceUnit"},
		{`"unit": "request",
    "timestamp"`, `"unit": "row",
    "timestamp"`, "valuation.unit"},
		{`"valuationVersion": 1`, `"valuationVersion": 2`, "valuation.version"},
		{`"units": "50"`, `"units": "115792089237316195423570985008687907853269984665640564039457584007913129639936"`, "snapshot.holdings[1].units"},
		{`"holder": "0x0000000000000000000000000000000000000b02"`, `"holder": "0x0000000000000000000000000000000000000b0"`, "snapshot.holdings[1].holder"},
		{`"id": "evt-0001"`, `"id": ""`, "event.id"},
		{`"factors": []`, `"factors": [{"name":"q","wad":"1"},{"name":"q","wad":"2"}]`, "valuation.factors[1].name"},
		{`"quantity": "1000"`, `"quantity": "1000", "extra": 1`, "event.extra"},
		{`"developers": [{"account": "0x00000000000000000000000000000000000000d1", "weight": "1"}]`, `"developers": []`, "policy.developers"},
		{`"cfId": "1", "holder": "0x0000000000000000000000000000000000000b01", "units": "30"`, `"cfId": "2", "holder": "0x0000000000000000000000000000000000000b02", "units": "30"`, "snapshot.holdings[1]"},
		{`"quantity": "1000"`, `"quantity": "100000000000000000000000000000000000000000000000000000000"`, "gross"},
	}
	for _, c := range cases {
		in := strings.Replace(string(bundle), c.from, c.to, 1)
		if in == string(bundle) {
			t.Fatalf("case %s: edit did not apply", c.field)
		}
		out, err := runApp(t, []byte(in), "compute")
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != 2 {
			t.Fatalf("%s: err = %v, want exit status 2", c.field, err)
		}
		if !strings.HasPrefix(err.Error(), c.field+": ") {
			t.Errorf("message %q does not start with the field %s", err, c.field)
		}
		if len(out) != 0 {
			t.Errorf("%s: printed %q on invalid input", c.field, out)
		}
	}
	// A missing file is not invalid input: status 1.
	if _, err := runApp(t, nil, "compute", filepath.Join(t.TempDir(), "nope.json")); err == nil {
		t.Fatal("missing file accepted")
	} else if ee := (*exitError)(nil); errors.As(err, &ee) {
		t.Fatalf("missing file: exit status %d, want 1", ee.code)
	}
}

// TestComputeBinary runs the built binary: stdout, stderr and exit status as
// a shell script sees them.
func TestComputeBinary(t *testing.T) {
	bin := royaltyBinary(t)
	out, err := exec.Command(bin, "compute", example).Output()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(out, goldenOutput(t)) {
		t.Fatalf("binary printed %s", out)
	}

	bundle, _ := os.ReadFile(example)
	cmd := exec.Command(bin, "compute", "-")
	cmd.Stdin = strings.NewReader(strings.Replace(string(bundle), `"reserveBps": 500`, `"reserveBps": 10001`, 1))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	var xe *exec.ExitError
	if !errors.As(err, &xe) || xe.ExitCode() != 2 {
		t.Fatalf("invalid bundle: %v, want exit status 2", err)
	}
	if !strings.HasPrefix(stderr.String(), "royalty: policy.reserveBps: ") || stdout.Len() != 0 {
		t.Fatalf("stderr %q stdout %q", stderr.String(), stdout.String())
	}
}
