package bindings_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dataroyalty/royalty/bindings/internal/gen"
)

// moduleRoot walks up from the test's directory to the go.mod.
func moduleRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("go.mod not found above the test directory")
		}
		dir = parent
	}
}

// TestBindingsFresh rebuilds the contracts into a temp dir, regenerates every binding and fails
// if a committed binding differs (run scripts/bindings.sh and commit the result).
func TestBindingsFresh(t *testing.T) {
	root := moduleRoot(t)
	forge := filepath.Join(root, "node_modules", ".bin", "forge")
	if _, err := os.Stat(forge); err != nil {
		t.Fatalf("forge not installed at %s (run npm ci): %v", forge, err)
	}
	tmp := t.TempDir()
	out := filepath.Join(tmp, "out")
	cmd := exec.Command(forge, "build", "--root", root, "--out", out, "--cache-path", filepath.Join(tmp, "cache"))
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("forge build: %v\n%s", err, stderr.String())
	}
	fresh := filepath.Join(tmp, "bindings")
	if err := gen.Generate(root, out, fresh); err != nil {
		t.Fatalf("generate bindings: %v", err)
	}
	for _, c := range gen.Contracts {
		name := gen.FileName(c)
		want, err := os.ReadFile(filepath.Join(fresh, name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(root, "bindings", name))
		if err != nil {
			t.Errorf("committed binding %s missing (run scripts/bindings.sh): %v", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("bindings/%s is stale: regenerate with scripts/bindings.sh and commit (first difference at line %d)",
				name, firstDiffLine(string(got), string(want)))
		}
	}
}

func firstDiffLine(a, b string) int {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			return i + 1
		}
	}
	return min(len(al), len(bl)) + 1
}
