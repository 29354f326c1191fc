// Command regen writes bindings/<pkg>/<pkg>.go for every contract from forge's artifacts and the
// pinned npm packages' prebuilt ones (node_modules, from the current directory: the module root).
// Usage: go run ./bindings/internal/gen/regen FORGE_OUT BINDINGS_DIR (see scripts/bindings.sh).
package main

import (
	"fmt"
	"os"

	"github.com/dataroyalty/royalty/bindings/internal/gen"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: regen FORGE_OUT BINDINGS_DIR")
		os.Exit(2)
	}
	if err := gen.Generate(".", os.Args[1], os.Args[2]); err != nil {
		fmt.Fprintln(os.Stderr, "regen:", err)
		os.Exit(1)
	}
}
