package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestSharedFlagsDefinedOnce: the flags many commands share are written in
// flags.go only, so every command reads them from the same environment
// variables; every command takes --log-level and --log-format.
func TestSharedFlagsDefinedOnce(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	shared := regexp.MustCompile(`Name: "(deployment|rpc|password-file|json|log-level|log-format|db)"`)
	for _, f := range files {
		if f == "flags.go" || strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if m := shared.Find(b); m != nil {
			t.Errorf("%s defines %s: use the definition in flags.go", f, m)
		}
	}
	env := map[string]string{"deployment": "ROYALTY_DEPLOYMENT", "rpc": "ROYALTY_RPC", "db": "ROYALTY_DB", "json": "ROYALTY_JSON",
		"log-level": "ROYALTY_LOG_LEVEL", "log-format": "ROYALTY_LOG_FORMAT", "password-file": "ROYALTY_PASSWORD_FILE"}
	var walk func(prefix string, cmds []*cli.Command)
	commands := 0
	walk = func(prefix string, cmds []*cli.Command) {
		for _, c := range cmds {
			walk(prefix+c.Name+" ", c.Subcommands)
			if c.Action == nil {
				continue
			}
			commands++
			for _, name := range []string{"log-level", "log-format"} {
				if flagNamed(c.Flags, name) == nil {
					t.Errorf("royalty %s%s has no --%s", prefix, c.Name, name)
				}
			}
			for _, f := range c.Flags {
				want, ok := env[f.Names()[0]]
				if d, isDoc := f.(cli.DocGenerationFlag); ok && isDoc && strings.Join(d.GetEnvVars(), ",") != want {
					t.Errorf("royalty %s%s --%s reads %v, want %s", prefix, c.Name, f.Names()[0], d.GetEnvVars(), want)
				}
			}
		}
	}
	walk("", newApp().Commands)
	if commands < 30 {
		t.Fatalf("only %d commands walked", commands)
	}
}

// TestLogFormatJSON: --log-format json makes every log line a JSON object
// (through the binary, on the demo); an unknown format is an input error.
func TestLogFormatJSON(t *testing.T) {
	bin := royaltyBinary(t)
	cmd := exec.Command(bin, "demo", "--verbose", "--log-format", "json")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("demo: %v\n%s", err, errb.String())
	}
	lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
	if len(lines) < 2 {
		t.Fatalf("demo --verbose logged %d lines", len(lines))
	}
	for _, l := range lines {
		var rec map[string]any
		if err := json.Unmarshal([]byte(l), &rec); err != nil || rec["level"] == nil || rec["msg"] == nil {
			t.Fatalf("log line is not a JSON record: %q", l)
		}
	}
	cmd = exec.Command(bin, "replay", "--deployment", "x.json", "--log-format", "xml")
	errb.Reset()
	cmd.Stderr = &errb
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 || !strings.Contains(errb.String(), "--log-format") {
		t.Fatalf("--log-format xml: %v %s", err, errb.String())
	}
}
