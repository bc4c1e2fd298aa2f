package main

import (
	"fmt"
	"os"

	"github.com/kaa-python/kaa/py"
)

// runSource runs a program as __main__ and returns the exit status.
func runSource(filename string, src []byte, argv []string, path string) int {
	in := py.NewInterp(py.Config{Argv: argv, Path: []string{path}})
	t := in.Main()
	err := t.RunMain(filename, src)
	in.Flush()
	if err == nil {
		return 0
	}
	return reportUncaught(t, err)
}

// reportUncaught prints an uncaught exception (a simplified traceback for now) and
// returns the exit status, handling SystemExit as CPython does.
func reportUncaught(t *py.Thread, err *py.Exception) int {
	if err.Matches(py.SystemExit) {
		args := err.Args()
		if len(args) == 0 || args[0].IsNone() {
			return 0
		}
		if n, ok := py.AsInt64(args[0]); ok {
			return int(n)
		}
		s, _ := py.StrOf(t, args[0])
		fmt.Fprintln(os.Stderr, s)
		return 1
	}
	fmt.Fprint(os.Stderr, py.FormatException(t, err))
	return 1
}
