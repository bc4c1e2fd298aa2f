package main

import (
	"fmt"

	"github.com/kaa-python/kaa/py"
)

// banner is what the interactive interpreter prints first (without -q).
func banner(in *py.Interp) string {
	version := "3.13.0"
	if v, ok := in.SysDict().GetStr("version"); ok && v.Type() == py.StrType() {
		version, _ = py.AsStr(v)
	}
	return fmt.Sprintf("Python %s on linux\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n", version)
}

// initPrompts sets sys.ps1 and sys.ps2 unless the program already did, as
// PyRun_InteractiveLoop does on entering interactive mode.
func initPrompts(in *py.Interp) {
	d := in.SysDict()
	if _, ok := d.GetStr("ps1"); !ok {
		d.SetStr("ps1", py.NewStr(">>> "))
	}
	if _, ok := d.GetStr("ps2"); !ok {
		d.SetStr("ps2", py.NewStr("... "))
	}
}

// prompt returns str(sys.ps1), or str(sys.ps2) for a continuation line; "" if it
// is missing or its str() fails.
func prompt(t *py.Thread, continuation bool) string {
	name := "ps1"
	if continuation {
		name = "ps2"
	}
	v, ok := t.Interp().SysDict().GetStr(name)
	if !ok {
		return ""
	}
	s, err := py.StrOf(t, v)
	if err != nil {
		return ""
	}
	return s
}
