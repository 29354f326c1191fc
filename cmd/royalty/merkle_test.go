package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/merkle"
)

// run executes the app as the binary would, returning stdout and the exit
// status main would choose.
func runMerkleCLI(t *testing.T, stdin string, args ...string) (string, int, error) {
	t.Helper()
	app := newApp()
	var out bytes.Buffer
	app.Writer, app.ErrWriter, app.Reader = &out, &bytes.Buffer{}, strings.NewReader(stdin)
	err := app.Run(flagsFirst(app, append([]string{"royalty"}, args...)))
	code := 0
	if err != nil {
		code = 1
		var ee *exitError
		if errors.As(err, &ee) {
			code = ee.code
		}
	}
	return out.String(), code, err
}

const merkleCLIValues = `[["1","0x00000000000000000000000000000000000000aa"],["2","0x00000000000000000000000000000000000000bb"],["3","0x00000000000000000000000000000000000000cc"],["4","0x00000000000000000000000000000000000000dd"],["5","0x00000000000000000000000000000000000000ee"]]`

func TestMerkleBuildAndProof(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "values.json")
	if err := os.WriteFile(in, []byte(merkleCLIValues), 0o600); err != nil {
		t.Fatal(err)
	}
	var values [][]string
	json.Unmarshal([]byte(merkleCLIValues), &values)
	want, err := merkle.Build([]string{"uint256", "address"}, values)
	if err != nil {
		t.Fatal(err)
	}
	wantDump, _ := want.Dump()

	// Documented order (file then --types), flag first, and stdin.
	for _, args := range [][]string{
		{"merkle", "build", in, "--types", "uint256,address"},
		{"merkle", "build", in, "--types=uint256,address"},
		{"merkle", "build", "--types", "uint256,address", in},
		{"merkle", "build", "-", "--types", "uint256,address"},
		{"merkle", "build", "--types", "uint256,address"},
	} {
		out, code, err := runMerkleCLI(t, merkleCLIValues, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d: %v", args, code, err)
		}
		if strings.TrimSuffix(out, "\n") != string(wantDump) {
			t.Fatalf("%v: dump differs:\n%s\n%s", args, out, wantDump)
		}
	}

	dump := filepath.Join(dir, "dump.json")
	os.WriteFile(dump, wantDump, 0o600)
	for i := range values {
		out, code, err := runMerkleCLI(t, "", "merkle", "proof", dump, string(rune('0'+i)))
		if code != 0 {
			t.Fatalf("proof %d: exit %d: %v", i, code, err)
		}
		var got []string
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("proof %d: not a JSON array: %q", i, out)
		}
		p, _ := want.Proof(i)
		if len(got) != len(p) {
			t.Fatalf("proof %d: %d hashes, want %d", i, len(got), len(p))
		}
		for k := range p {
			if got[k] != p[k].Hex() {
				t.Fatalf("proof %d[%d] = %s, want %s", i, k, got[k], p[k].Hex())
			}
		}
	}
}

func TestMerkleInvalidInputExits2(t *testing.T) {
	dir := t.TempDir()
	dump := filepath.Join(dir, "dump.json")
	out, _, _ := runMerkleCLI(t, merkleCLIValues, "merkle", "build", "--types", "uint256,address")
	os.WriteFile(dump, []byte(out), 0o600)
	tampered := filepath.Join(dir, "tampered.json")
	os.WriteFile(tampered, []byte(strings.Replace(out, `"standard-v1"`, `"standard-v2"`, 1)), 0o600)

	cases := []struct {
		stdin, mention string
		args           []string
	}{
		{merkleCLIValues, "--types is required", []string{"merkle", "build"}},
		{merkleCLIValues, "unsupported", []string{"merkle", "build", "--types", "uint256,adress"}},
		{`[["1","0xaa"]]`, "value 0, position 1", []string{"merkle", "build", "--types", "uint256,address"}},
		{`[["1",2]]`, "value 0", []string{"merkle", "build", "--types", "uint256,uint256"}},
		{`[["1",null]]`, "value 0, position 1: null", []string{"merkle", "build", "--types", "uint256,string"}},
		{`[null]`, "value 0", []string{"merkle", "build", "--types", "uint256"}},
		{`{"a":1}`, "array of arrays", []string{"merkle", "build", "--types", "uint256"}},
		{`[]`, "no values", []string{"merkle", "build", "--types", "uint256"}},
		{"", "no such file", []string{"merkle", "build", filepath.Join(dir, "missing"), "--types", "uint256"}},
		{"", "INDEX", []string{"merkle", "proof", dump, "-1"}},
		{"", "INDEX", []string{"merkle", "proof", dump, "x"}},
		{"", "out of range", []string{"merkle", "proof", dump, "5"}},
		{"", "format", []string{"merkle", "proof", tampered, "0"}},
		{"", "DUMP and INDEX", []string{"merkle", "proof", dump}},
	}
	for _, c := range cases {
		_, code, err := runMerkleCLI(t, c.stdin, c.args...)
		if code != 2 {
			t.Fatalf("%v: exit %d (%v), want 2", c.args, code, err)
		}
		if !strings.Contains(err.Error(), c.mention) {
			t.Fatalf("%v: error %q does not mention %q", c.args, err, c.mention)
		}
	}
}
