// Package atexit is the atexit module: functions to call when the program ends,
// most recently registered first, through py.Interp.AtExit (the command line's
// Finalize runs them).
package atexit

import "github.com/kaa-python/kaa/py"

// Def is the atexit module.
var Def = &py.ModuleDef{
	Name: "atexit",
	Doc: "allow programmer to define multiple exit functions to be executed\n" +
		"upon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n",
	Methods: methods,
	Exec:    exec,
}

// callback is a registered call; a zero func marks one unregistered (CPython keeps
// the slot, and _ncallbacks counts it until the callbacks run or are cleared).
type callback struct {
	fn      py.Value
	args    []py.Value // the positional arguments, then the keyword arguments' values
	kwnames *py.Tuple  // the keyword arguments' names (nil: none)
}

type state struct {
	callbacks []callback
}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	st := &state{}
	m.SetState(st)
	t.Interp().AtExit(st.run)
	return nil
}

func stateOf(self py.Value) *state {
	if m := py.ModuleOf(self); m != nil {
		if s, ok := m.State().(*state); ok {
			return s
		}
	}
	return &state{}
}

// run calls the callbacks, most recent first, reporting each one's exception as
// unraisable, and forgets them.
func (st *state) run(t *py.Thread) {
	cbs := st.callbacks
	st.callbacks = nil
	for i := len(cbs) - 1; i >= 0; i-- {
		cb := cbs[i]
		if cb.fn.IsNil() {
			continue
		}
		if _, err := py.CallKw(t, cb.fn, cb.args, cb.kwnames); err != nil {
			r, rerr := py.Repr(t, cb.fn)
			if rerr != nil {
				r = "<object repr() failed>"
			}
			t.WriteUnraisable(err, "Exception ignored in atexit callback "+r, py.Value{})
		}
	}
}

const registerDoc = `Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator.`

var methods = []*py.MethodDef{
	{Name: "register", Doc: registerDoc, Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		nkw := 0
		if kwnames != nil {
			nkw = len(kwnames.Items())
		}
		npos := len(args) - nkw
		if npos == 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "register() takes at least 1 argument (0 given)")
		}
		fn := args[0]
		if !py.Callable(fn) {
			return py.Value{}, py.Errorf(py.TypeError(), "the first argument must be callable")
		}
		cb := callback{fn: fn, args: append([]py.Value(nil), args[1:]...)}
		if nkw > 0 {
			cb.kwnames = kwnames
		}
		st := stateOf(self)
		st.callbacks = append(st.callbacks, cb)
		return fn, nil
	}},
	py.FuncO("atexit.unregister", func(t *py.Thread, self, fn py.Value) (py.Value, *py.Exception) {
		st := stateOf(self)
		for i := range st.callbacks {
			cb := st.callbacks[i]
			if cb.fn.IsNil() {
				continue
			}
			eq, err := py.RichCompareBool(t, cb.fn, fn, py.EQ)
			if err != nil {
				return py.Value{}, err
			}
			if eq {
				st.callbacks[i] = callback{}
			}
		}
		return py.None(), nil
	}),
	py.FuncNoArgs("atexit._run_exitfuncs", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		stateOf(self).run(t)
		return py.None(), nil
	}),
	py.FuncNoArgs("atexit._clear", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		stateOf(self).callbacks = nil
		return py.None(), nil
	}),
	py.FuncNoArgs("atexit._ncallbacks", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Int(int64(len(stateOf(self).callbacks))), nil
	}),
}
