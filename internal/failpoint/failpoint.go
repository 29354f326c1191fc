// Package failpoint kills the process at a named point, for crash tests.
//
// A point fires only when the environment variable ROYALTY_FAILPOINT names
// it, as "point" or "point:substring" (the second form fires only when the
// hit's key contains substring). Firing sends SIGKILL to the process itself:
// the same abrupt end as kill -9, with no deferred function, flush or
// rollback run. With the variable unset, Hit is a string comparison.
package failpoint

import (
	"os"
	"strings"
	"syscall"
)

// Env is the variable that arms a failpoint.
const Env = "ROYALTY_FAILPOINT"

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
