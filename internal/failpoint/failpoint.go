//go:build failpoint

package failpoint

import (
	"os"
	"strings"
	"syscall"
)

// Enabled: this build carries failpoints.
const Enabled = true

var armed = os.Getenv(Env)

// Hit kills the process if the armed failpoint is point (and key contains
// the armed substring, if one is given).
func Hit(point, key string) {
	if armed == "" {
		return
	}
	name, sub, hasSub := strings.Cut(armed, ":")
	if name != point || (hasSub && !strings.Contains(key, sub)) {
		return
	}
	_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
	select {} // SIGKILL is not instant; never run past the point
}
