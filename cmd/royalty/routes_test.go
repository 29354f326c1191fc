package main

import (
	"errors"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A malformed --route-account is refused before anything is opened, naming the flag.
func TestEpochCloseRouteAccountMalformed(t *testing.T) {
	bin := royaltyBinary(t)
	dir := t.TempDir()
	for _, v := range []string{"0xZZ", "0x0000000000000000000000000000000000000000", "12"} {
		cmd := exec.Command(bin, "epoch", "close", "--end", "5", "--deployment", filepath.Join(dir, "none.json"),
			"--db", filepath.Join(dir, "r.db"), "--route-account", v)
		out, err := cmd.CombinedOutput()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != 2 || !strings.Contains(string(out), "--route-account") {
			t.Errorf("--route-account %s: %v\n%s; want exit 2 naming the flag", v, err, out)
		}
	}
}
