// Package warnings is the _warnings module: the filter list, the "once"
// registry and the default action the interpreter's own warnings obey
// (py.Interp.WarningsState), and warn/warn_explicit over them. lib/warnings.py
// builds the rest of the warnings module on it.
package warnings

import "github.com/kaa-python/kaa/py"

// Def is the _warnings module.
var Def = &py.ModuleDef{
	Name: "_warnings",
	Doc: "_warnings provides basic warning filtering support.\n" +
		"It is a helper module to speed up interpreter start-up.",
	Methods: methods,
	Exec: func(t *py.Thread, m *py.Module) *py.Exception {
		filters, once, action := t.Interp().WarningsState()
		m.Set("filters", filters)
		m.Set("_onceregistry", once)
		m.Set("_defaultaction", action)
		return nil
	},
}

const warnDoc = `Issue a warning, or maybe ignore it or raise an exception.

  message
    Text of the warning message.
  category
    The Warning category subclass. Defaults to UserWarning.
  stacklevel
    How far up the call stack to make this warning appear. A value of 2 for
    example attributes the warning to the caller of the code calling warn().
  source
    If supplied, the destroyed object which emitted a ResourceWarning
  skip_file_prefixes
    An optional tuple of module filename prefixes indicating frames to skip
    during stacklevel computations for stack frame attribution.`

var methods = []*py.MethodDef{
	withDoc(py.Func("warn", "message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=?", warn), warnDoc),
	withDoc(py.Func("warn_explicit", "message, category, filename, lineno, module=?, registry=None, module_globals=None, source=None", warnExplicit),
		"Issue a warning, or maybe ignore it or raise an exception."),
	py.FuncNoArgs("_filters_mutated", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		t.Interp().WarningsFiltersMutated()
		return py.None(), nil
	}),
}

func withDoc(d *py.MethodDef, doc string) *py.MethodDef {
	d.Doc = doc
	return d
}

func warn(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	level, err := py.IndexInt(t, a[2], py.OverflowError())
	if err != nil {
		return py.Value{}, err
	}
	var skip []string
	if !a[4].IsNil() {
		items, ok := py.TupleItems(a[4])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "warn() argument 'skip_file_prefixes' must be tuple, not %s", py.TypeName(a[4]))
		}
		for _, it := range items {
			s, ok := py.AsStr(it)
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "Found non-str '%s' in skip_file_prefixes.", py.TypeName(it))
			}
			skip = append(skip, s)
		}
	}
	if err := t.WarnFull(a[0], a[1], level, a[3], skip); err != nil {
		return py.Value{}, err
	}
	return py.None(), nil
}

func warnExplicit(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	filename, ok := py.AsStr(a[2])
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "warn_explicit() argument 'filename' must be str, not %s", py.TypeName(a[2]))
	}
	lineno, err := py.IndexInt(t, a[3], py.OverflowError())
	if err != nil {
		return py.Value{}, err
	}
	module := a[4]
	var registry *py.Dict
	if !a[5].IsNone() {
		d, ok := py.AsDict(a[5])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "'registry' must be a dict or None")
		}
		registry = d
	}
	sourceline := py.None()
	if g := a[6]; !g.IsNone() {
		d, ok := py.AsDict(g)
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "module_globals must be a dict, not '%s'", py.TypeName(g))
		}
		if line, err := sourceLine(t, d, lineno); err != nil {
			return py.Value{}, err
		} else if !line.IsNil() {
			sourceline = line
		}
	}
	if err := t.WarnExplicit(a[1], a[0], filename, int(lineno), module, registry, sourceline, a[7]); err != nil {
		return py.Value{}, err
	}
	return py.None(), nil
}

// sourceLine is line lineno of the source the module's __loader__ gives
// (nil when there is no loader or source).
func sourceLine(t *py.Thread, globals *py.Dict, lineno int64) (py.Value, *py.Exception) {
	loader, ok := globals.GetStr("__loader__")
	if !ok || loader.IsNone() {
		return py.Value{}, nil
	}
	name, ok := globals.GetStr("__name__")
	if !ok {
		return py.Value{}, nil
	}
	src, err := py.CallMethod(t, loader, "get_source", name)
	if err != nil {
		return py.Value{}, err
	}
	if src.IsNone() {
		return py.Value{}, nil
	}
	lines, err := py.CallMethod(t, src, "splitlines")
	if err != nil {
		return py.Value{}, err
	}
	return py.GetItem(t, lines, py.Int(lineno-1))
}
