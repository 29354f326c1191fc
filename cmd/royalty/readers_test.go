package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestComputeStrictReaders: royalty compute reads addresses, amounts and
// timestamps by the project's one rule (package strict) and keeps its
// documented error behaviour: exit 2 and a message naming the field.
func TestComputeStrictReaders(t *testing.T) {
	bundle, err := os.ReadFile(example)
	if err != nil {
		t.Fatal(err)
	}
	edit := func(f func(m map[string]any)) []byte {
		var m map[string]any
		if err := json.Unmarshal(bundle, &m); err != nil {
			t.Fatal(err)
		}
		f(m)
		b, _ := json.Marshal(m)
		return b
	}
	sect := func(m map[string]any, k string) map[string]any { return m[k].(map[string]any) }
	cases := []struct {
		name, field string
		f           func(m map[string]any)
	}{
		{"wrong EIP-55 checksum", "policy.treasury", func(m map[string]any) {
			sect(m, "policy")["treasury"] = "0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
		}},
		{"zero consumer", "event.consumer", func(m map[string]any) {
			sect(m, "event")["consumer"] = "0x0000000000000000000000000000000000000000"
		}},
		{"zero asset", "valuation.asset", func(m map[string]any) {
			sect(m, "valuation")["asset"] = "0x0000000000000000000000000000000000000000"
		}},
		{"timestamp over 2^63-1", "event.timestamp", func(m map[string]any) { sect(m, "event")["timestamp"] = "9223372036854775808" }},
		{"amount as a JSON number", "event.quantity", func(m map[string]any) { sect(m, "event")["quantity"] = 1000 }},
		{"hash without 0x", "snapshot.blockHash", func(m map[string]any) { sect(m, "snapshot")["blockHash"] = strings.Repeat("ab", 32) }},
	}
	for _, c := range cases {
		_, err := runApp(t, edit(c.f), "compute")
		if exitCode(err) != 2 || !strings.HasPrefix(err.Error(), c.field+": ") {
			t.Errorf("%s: %v (exit %d), want exit 2 naming %s", c.name, err, exitCode(err), c.field)
		}
	}
	// Lowercase and uppercase spellings of a valid address are accepted.
	for _, spell := range []func(string) string{strings.ToLower, func(s string) string { return "0x" + strings.ToUpper(s[2:]) }} {
		if _, err := runApp(t, edit(func(m map[string]any) {
			p := sect(m, "policy")
			p["treasury"] = spell(p["treasury"].(string))
		}), "compute"); err != nil {
			t.Errorf("a one-case address: %v", err)
		}
	}
}

// TestAddressFlagsStrict: address flags follow the same rule: a mixed-case
// address with a wrong checksum, a short one or zero exits 2 naming the flag.
func TestAddressFlagsStrict(t *testing.T) {
	bad := "0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed" // EIP-55's example with one letter lowered
	t.Setenv(envPrivateKey, meterKeyHex)                // so that deploy fails on its flag, not for want of a key
	cases := []struct {
		says string
		args []string
	}{
		{"--asset", []string{"deploy", "--rpc", "http://127.0.0.1:1", "--out", "x.json", "--asset", bad}},
		{"--admin", []string{"deploy", "--rpc", "http://127.0.0.1:1", "--out", "x.json", "--admin", "0x0000000000000000000000000000000000000000"}},
		{"--token", []string{"snapshot", "--db", "sqlite:" + t.TempDir() + "/x.db", "--chain-id", "1", "--token", bad, "--dataset", "1", "--version", "1", "--at", "1"}},
		{"--token", []string{"snapshot", "--db", "sqlite:" + t.TempDir() + "/x.db", "--chain-id", "1", "--token", "5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", "--dataset", "1", "--version", "1", "--at", "1"}},
		{"--meter", []string{"meter-key", "create", "--db", "sqlite:" + t.TempDir() + "/x.db", "--meter", bad}},
	}
	for _, c := range cases {
		_, err := runApp(t, nil, c.args...)
		if exitCode(err) != 2 || !strings.Contains(err.Error(), c.says) {
			t.Errorf("%v: %v (exit %d), want exit 2 naming %s", c.args, err, exitCode(err), c.says)
		}
	}
}
