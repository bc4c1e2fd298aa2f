package main

import (
	"github.com/kaa-python/kaa/py"
)

// runSource runs a program as __main__ and returns the exit status.
func runSource(filename string, src []byte, argv []string, path string) int {
	in := py.NewInterp(py.Config{Argv: argv, Path: []string{path}})
	t := in.Main()
	err := t.RunMain(filename, src)
	in.Flush()
	return t.ExitStatus(err)
}
