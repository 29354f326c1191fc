// Package failpoint kills the process at a named point, for crash tests.
//
// Failpoints exist only in binaries built with the build tag "failpoint"
// (go build -tags failpoint; the kill -9 tests build the binary so). In any
// other build Hit is an empty function and nothing reads the environment:
// production binaries carry no failpoint.
//
// In a failpoint build, a point fires only when the environment variable
// ROYALTY_FAILPOINT names it, as "point" or "point:substring" (the second
// form fires only when the hit's key contains substring). Firing sends
// SIGKILL to the process itself: the same abrupt end as kill -9, with no
// deferred function, flush or rollback run. With the variable unset, Hit is
// a string comparison.
package failpoint

// Env is the variable that arms a failpoint (in a failpoint build).
const Env = "ROYALTY_FAILPOINT"
