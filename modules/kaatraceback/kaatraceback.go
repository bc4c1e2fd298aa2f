// Package kaatraceback is the _kaa_traceback module: what lib/traceback.py
// needs from the interpreter to print a frame's source lines exactly as
// CPython 3.13 does, with the ~~~^^^ caret line that CPython computes from
// co_positions and an ast parse of the failing segment.
package kaatraceback

import (
	"github.com/kaa-python/kaa/py"
)

// Def is the _kaa_traceback module.
var Def = &py.ModuleDef{Name: "_kaa_traceback", Doc: "Source lines of traceback entries, for the traceback module.\n", Methods: methods}

var methods = []*py.MethodDef{
	py.Func("source_block", "code, lasti, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		if a[0].Type() != py.CodeType() {
			return py.Value{}, py.Errorf(py.TypeError(), "source_block() argument 1 must be code, not %s", py.TypeName(a[0]))
		}
		lasti, err := py.IndexInt(t, a[1], py.OverflowError())
		if err != nil {
			return py.Value{}, err
		}
		text, ok := py.SourceBlock(t, a[0], lasti)
		if !ok {
			return py.None(), nil
		}
		return py.NewStr(text), nil
	}),
}
