package main

import (
	"github.com/kaa-python/kaa/py"
)

// interact runs the REPL after (or instead of) a program.
func interact(in *py.Interp, o *options) int {
	return 0
}
