//go:build !failpoint

package failpoint

import (
	"os"
	"os/exec"
	"testing"
)

// Without the build tag, a failpoint armed from the process's start does
// not fire: the child hits it and exits normally.
func TestNoFailpointsWithoutTheTag(t *testing.T) {
	if os.Getenv("FAILPOINT_TEST_CHILD") == "1" {
		Hit("txmgr/after-sign", "31337/fund/1")
		return
	}
	if Enabled {
		t.Fatal("failpoints enabled in a build without the failpoint tag")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^TestNoFailpointsWithoutTheTag$")
	cmd.Env = append(os.Environ(), "FAILPOINT_TEST_CHILD=1", Env+"=txmgr/after-sign")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("an armed failpoint ended a build without the tag: %v\n%s", err, out)
	}
}
