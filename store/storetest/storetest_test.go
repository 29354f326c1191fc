package storetest

import (
	"fmt"
	"strings"
	"testing"
)

// fatalRecorder captures Fatalf instead of ending the test, to check what a
// test sees when PostgreSQL does not answer.
type fatalRecorder struct {
	testing.TB
	msg string
}

type fatalStop struct{}

func (r *fatalRecorder) Helper() {}
func (r *fatalRecorder) Fatalf(format string, args ...any) {
	r.msg = fmt.Sprintf(format, args...)
	panic(fatalStop{})
}

// A real refused connection (port 1 on loopback), not a fake server.
func TestUnreachablePostgresFails(t *testing.T) {
	t.Setenv("ROYALTY_TEST_PG_DSN", "postgres://postgres@127.0.0.1:1/postgres?sslmode=disable")
	r := &fatalRecorder{TB: t}
	func() {
		defer func() {
			if p := recover(); p != nil {
				if _, ok := p.(fatalStop); !ok {
					panic(p)
				}
			}
		}()
		PostgresDSN(r)
	}()
	if !strings.Contains(r.msg, "does not answer") || !strings.Contains(r.msg, "scripts/test.sh") {
		t.Fatalf("unreachable PostgreSQL: message %q, want a failure naming scripts/test.sh", r.msg)
	}
}

func TestPostgresDSNIsFreshAndDropped(t *testing.T) {
	var name string
	t.Run("inner", func(t *testing.T) {
		s := Open(t, PostgresDSN(t))
		if err := s.DB().Get(&name, `SELECT current_database()`); err != nil {
			t.Fatal(err)
		}
		var n int
		if err := s.DB().Get(&n, `SELECT COUNT(*) FROM transfers`); err != nil || n != 0 {
			t.Fatalf("fresh database has %d transfers, %v", n, err)
		}
	})
	s := Open(t, PostgresDSN(t))
	var n int
	if err := s.DB().Get(&n, `SELECT COUNT(*) FROM pg_database WHERE datname = $1`, name); err != nil || n != 0 {
		t.Fatalf("database %s still exists after its test (%d, %v)", name, n, err)
	}
}
