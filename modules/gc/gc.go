// Package gc is the gc module. Kaa's memory is Go's, collected by Go's garbage
// collector, so there are no generations to tune: collect runs Go's collector,
// then the __del__ methods, generator closes and weak reference callbacks of what
// it found unreachable (py.Thread.CollectGarbage), and returns 0; the thresholds, debug flags, enabled flag and statistics are kept as
// CPython reports them, per interpreter, without steering Go's collector (which
// the whole process shares); gc.callbacks are called around each collect.
package gc

import (
	"math"

	"github.com/kaa-python/kaa/py"
)

// Def is the gc module.
var Def = &py.ModuleDef{Name: "gc", Doc: doc, Methods: methods, Exec: exec}

const doc = `This module provides access to the garbage collector for reference cycles.

enable() -- Enable automatic garbage collection.
disable() -- Disable automatic garbage collection.
isenabled() -- Returns true if automatic collection is enabled.
collect() -- Do a full collection right now.
get_count() -- Return the current collection counts.
get_stats() -- Return list of dictionaries containing per-generation stats.
set_debug() -- Set debugging flags.
get_debug() -- Get debugging flags.
set_threshold() -- Set the collection thresholds.
get_threshold() -- Return the current the collection thresholds.
get_objects() -- Return a list of all objects tracked by the collector.
is_tracked() -- Returns true if a given object is tracked.
is_finalized() -- Returns true if a given object has been already finalized.
get_referrers() -- Return the list of objects that refer to an object.
get_referents() -- Return the list of objects that an object refers to.
freeze() -- Freeze all tracked objects and ignore them for future collections.
unfreeze() -- Unfreeze all objects in the permanent generation.
get_freeze_count() -- Return the number of objects in the permanent generation.
`

const generations = 3

type state struct {
	enabled     bool
	debug       int64
	threshold   [generations]int64
	collections [generations]int64
	module      *py.Module
}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	m.SetState(&state{enabled: true, threshold: [generations]int64{2000, 10, 10}, module: m})
	for _, c := range []struct {
		name string
		v    int64
	}{{"DEBUG_STATS", 1}, {"DEBUG_COLLECTABLE", 2}, {"DEBUG_UNCOLLECTABLE", 4}, {"DEBUG_SAVEALL", 32}, {"DEBUG_LEAK", 38}} {
		m.Set(c.name, py.Int(c.v))
	}
	m.Set("garbage", py.NewList(nil).Value())
	m.Set("callbacks", py.NewList(nil).Value())
	return nil
}

func stateOf(self py.Value) *state {
	if m := py.ModuleOf(self); m != nil {
		if s, ok := m.State().(*state); ok {
			return s
		}
	}
	return &state{enabled: true}
}

// cInt is PyArg_ParseTuple's "i".
func cInt(t *py.Thread, v py.Value) (int64, *py.Exception) {
	if v.Type().IsSubtype(py.FloatType()) {
		return 0, py.Errorf(py.TypeError(), "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	switch {
	case !ok:
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C long")
	case n > math.MaxInt32:
		return 0, py.Errorf(py.OverflowError(), "signed integer is greater than maximum")
	case n < math.MinInt32:
		return 0, py.Errorf(py.OverflowError(), "signed integer is less than minimum")
	}
	return n, nil
}

// invokeCallbacks calls gc.callbacks with phase "start" or "stop" and the info
// dict, reporting a callback's exception as unraisable, as CPython does.
func invokeCallbacks(t *py.Thread, st *state, phase string, gen int64, collected int64) {
	if st.module == nil {
		return
	}
	cbs, ok := st.module.Dict().GetStr("callbacks")
	if !ok {
		return
	}
	items, err := py.ToSlice(t, cbs)
	if err != nil || len(items) == 0 {
		return
	}
	info := py.NewDict()
	info.SetStr("generation", py.Int(gen))
	info.SetStr("collected", py.Int(collected))
	info.SetStr("uncollectable", py.Int(0))
	for _, cb := range items {
		if _, err := py.Call(t, cb, py.NewStr(phase), info.Value()); err != nil {
			t.WriteUnraisable(err, "", cb)
		}
	}
}

var methods = []*py.MethodDef{
	py.Func("collect", "generation=2", func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		gen, err := cInt(t, args[0])
		if err != nil {
			return py.Value{}, err
		}
		if gen < 0 || gen >= generations {
			return py.Value{}, py.Errorf(py.ValueError(), "invalid generation")
		}
		st := stateOf(self)
		invokeCallbacks(t, st, "start", gen, 0)
		// Go's collector, then the finalizers (__del__) and weak reference
		// callbacks of what it found unreachable, run here before returning.
		t.CollectGarbage()
		st.collections[gen]++
		invokeCallbacks(t, st, "stop", gen, 0)
		return py.Int(0), nil
	}),
	py.FuncNoArgs("gc.enable", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		stateOf(self).enabled = true
		return py.None(), nil
	}),
	py.FuncNoArgs("gc.disable", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		stateOf(self).enabled = false
		return py.None(), nil
	}),
	py.FuncNoArgs("gc.isenabled", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Bool(stateOf(self).enabled), nil
	}),
	py.FuncO("gc.set_debug", func(t *py.Thread, self, arg py.Value) (py.Value, *py.Exception) {
		n, err := cInt(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		stateOf(self).debug = n
		return py.None(), nil
	}),
	py.FuncNoArgs("gc.get_debug", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Int(stateOf(self).debug), nil
	}),
	{Name: "set_threshold", Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if kwnames != nil && len(kwnames.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "set_threshold() takes no keyword arguments")
		}
		if len(args) < 1 || len(args) > generations {
			return py.Value{}, py.Errorf(py.TypeError(), "gc.set_threshold requires 1 to 3 arguments")
		}
		var vals [generations]int64
		for i, a := range args {
			n, err := cInt(t, a)
			if err != nil {
				return py.Value{}, err
			}
			vals[i] = n
		}
		st := stateOf(self)
		copy(st.threshold[:], vals[:len(args)])
		return py.None(), nil
	}},
	py.FuncNoArgs("gc.get_threshold", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		th := stateOf(self).threshold
		return py.NewTuple(py.Int(th[0]), py.Int(th[1]), py.Int(th[2])), nil
	}),
	py.FuncNoArgs("gc.get_count", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.NewTuple(py.Int(0), py.Int(0), py.Int(0)), nil
	}),
	py.FuncNoArgs("gc.get_stats", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		st := stateOf(self)
		var out []py.Value
		for g := 0; g < generations; g++ {
			d := py.NewDict()
			d.SetStr("collections", py.Int(st.collections[g]))
			d.SetStr("collected", py.Int(0))
			d.SetStr("uncollectable", py.Int(0))
			out = append(out, d.Value())
		}
		return py.NewList(out).Value(), nil
	}),
	py.Func("get_objects", "generation=None", func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		if g := args[0]; !g.IsNone() {
			if _, ok := py.AsBigInt(g); !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "argument should be integer or None, not '%s'", g.Type().Name)
			}
			n, err := py.IndexInt(t, g, nil)
			if err != nil {
				return py.Value{}, err
			}
			if n >= generations {
				return py.Value{}, py.Errorf(py.ValueError(), "generation parameter must be less than the number of available generations (%d)", generations)
			}
			if n < 0 {
				return py.Value{}, py.Errorf(py.ValueError(), "generation parameter cannot be negative")
			}
		}
		return py.NewList(nil).Value(), nil
	}),
	{Name: "get_referrers", Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if kwnames != nil && len(kwnames.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "gc.get_referrers() takes no keyword arguments")
		}
		return py.NewList(nil).Value(), nil
	}},
	{Name: "get_referents", Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if kwnames != nil && len(kwnames.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "gc.get_referents() takes no keyword arguments")
		}
		var out []py.Value
		for _, a := range args {
			out = append(out, py.GCReferents(a)...)
		}
		return py.NewList(out).Value(), nil
	}},
	py.FuncO("gc.is_tracked", func(t *py.Thread, self, arg py.Value) (py.Value, *py.Exception) {
		return py.Bool(py.GCTracked(arg)), nil
	}),
	py.FuncO("gc.is_finalized", func(t *py.Thread, self, arg py.Value) (py.Value, *py.Exception) {
		return py.False(), nil
	}),
	py.FuncNoArgs("gc.freeze", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return py.None(), nil }),
	py.FuncNoArgs("gc.unfreeze", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return py.None(), nil }),
	py.FuncNoArgs("gc.get_freeze_count", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Int(0), nil
	}),
}
