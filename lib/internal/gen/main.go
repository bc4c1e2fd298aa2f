// Command gen compiles the embedded library (run in lib/ by `go generate ./lib`):
// it writes lib.code, the archive of every source's code object, and embed_gen.go,
// which embeds the sources and the archive.
package main

import (
	"fmt"
	"os"

	"github.com/kaa-python/kaa/lib/internal/build"
)

func main() {
	archive, embedGo, err := build.Build(os.DirFS("."))
	if err == nil {
		err = os.WriteFile("lib.code", archive, 0o644)
	}
	if err == nil {
		err = os.WriteFile("embed_gen.go", embedGo, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "lib/internal/gen:", err)
		os.Exit(1)
	}
}
