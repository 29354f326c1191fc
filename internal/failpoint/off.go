//go:build !failpoint

package failpoint

// Enabled: this build carries no failpoints.
const Enabled = false

// Hit does nothing: failpoints are compiled in only with -tags failpoint.
func Hit(point, key string) {}
