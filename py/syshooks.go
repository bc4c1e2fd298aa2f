package py

import (
	"os"
	"strings"
	"sync"
	"unsafe"
)

// sys's hooks and runtime services beyond the basics in sys.go: unraisable
// exceptions, audit hooks, breakpointhook, async generator hooks, the switch
// interval, sys.monitoring's tool registry, and the CPython internals that
// programs probe (abiflags, thread_info, getrefcount, …).

// sysState is the part of an interpreter's state that these sys functions keep.
type sysState struct {
	auditHooks      []Value
	asyncgenFirst   Value // sys.set_asyncgen_hooks' firstiter (zero: None)
	asyncgenFinal   Value
	switchInterval  float64
	originDepth     int64
	dlopenFlags     int64
	monitoringTools [6]string // sys.monitoring's tool names by id ("" = free)
}

// The struct sequence types of this file, made on first use (after every init
// function has readied tuple) and shared by all interpreters.
var (
	sysHookTypesOnce                                      sync.Once
	unraisableArgsType, asyncgenHooksType, threadInfoType *Type
)

func initSysHookTypes() {
	unraisableArgsType = NewStructSeqType(&StructSeqDef{Name: "UnraisableHookArgs", Fields: []string{"exc_type", "exc_value", "exc_traceback", "err_msg", "object"}})
	asyncgenHooksType = NewStructSeqType(&StructSeqDef{Name: "asyncgen_hooks", Fields: []string{"firstiter", "finalizer"}, NoNew: true})
	threadInfoType = NewStructSeqType(&StructSeqDef{Name: "sys.thread_info", Fields: []string{"name", "lock", "version"}, NoNew: true})
}

// addSysServices adds this file's functions and values to the sys module m (dict d).
func addSysServices(t *Thread, d *Dict, m Value) {
	in := t.interp
	in.sysExtra.switchInterval = 0.005
	in.sysExtra.dlopenFlags = 2 // RTLD_NOW
	sysHookTypesOnce.Do(initSysHookTypes)
	uh := NewBuiltin(methO("unraisablehook", defaultUnraisableHook), m, "sys")
	d.SetStr("unraisablehook", uh)
	d.SetStr("__unraisablehook__", uh)
	bh := NewBuiltin(&MethodDef{Name: "breakpointhook", Fn: breakpointHook}, m, "sys")
	d.SetStr("breakpointhook", bh)
	d.SetStr("__breakpointhook__", bh)
	noop := func(name string) *MethodDef {
		return &MethodDef{Name: name, Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) { return pyNone, nil }}
	}
	defs := []*MethodDef{
		{Name: "addaudithook", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [1]Value
			if err := parseArgs("addaudithook", args, kw, []string{"hook"}, 0, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			// Existing hooks may veto a new one (the "sys.addaudithook" event).
			if err := t.Audit("sys.addaudithook"); err != nil {
				if err.Matches(runtimeError) {
					return pyNone, nil
				}
				return Value{}, err
			}
			t.interp.sysExtra.auditHooks = append(t.interp.sysExtra.auditHooks, a[0])
			return pyNone, nil
		}},
		{Name: "audit", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := noKwargs("audit", kw); err != nil {
				return Value{}, err
			}
			if len(args) == 0 {
				return Value{}, typeErrorf("audit() missing 1 required positional argument: 'event'")
			}
			if args[0].Type().layout != strType {
				return Value{}, typeErrorf("expected str for argument 'event', not %s", typeName(args[0]))
			}
			return pyNone, t.Audit(args[0].str().s, args[1:]...)
		}},
		methN("call_tracing", 2, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if a[1].Type() != tupleType {
				return Value{}, typeErrorf("call_tracing() argument 2 must be tuple, not %s", typeName(a[1]))
			}
			return Call(t, a[0], a[1].tuple().items...)
		}),
		methNoArgs("get_asyncgen_hooks", func(t *Thread, _ Value) (Value, *Exception) {
			x := &t.interp.sysExtra
			return NewStructSeq(asyncgenHooksType, orNone(x.asyncgenFirst), orNone(x.asyncgenFinal)), nil
		}),
		{Name: "set_asyncgen_hooks", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [2]Value
			if err := parseArgs("set_asyncgen_hooks", args, kw, []string{"firstiter", "finalizer"}, 0, 0, -1, a[:]); err != nil {
				return Value{}, err
			}
			x := &t.interp.sysExtra
			for i, name := range []string{"firstiter", "finalizer"} {
				if !a[i].IsNil() && !a[i].IsNone() && !callable(a[i]) {
					return Value{}, typeErrorf("callable %s expected, got %s", name, typeName(a[i]))
				}
			}
			if !a[0].IsNil() {
				x.asyncgenFirst = a[0]
			}
			if !a[1].IsNil() {
				x.asyncgenFinal = a[1]
			}
			return pyNone, nil
		}},
		methNoArgs("get_coroutine_origin_tracking_depth", func(t *Thread, _ Value) (Value, *Exception) {
			return Int(t.interp.sysExtra.originDepth), nil
		}),
		{Name: "set_coroutine_origin_tracking_depth", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [1]Value
			if err := parseArgs("set_coroutine_origin_tracking_depth", args, kw, []string{"depth"}, 0, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			n, err := IndexInt(t, a[0], nil)
			if err != nil {
				return Value{}, err
			}
			if n < 0 {
				return Value{}, Errorf(valueError, "depth must be >= 0")
			}
			t.interp.sysExtra.originDepth = n
			return pyNone, nil
		}},
		methNoArgs("getswitchinterval", func(t *Thread, _ Value) (Value, *Exception) {
			return Float(t.interp.sysExtra.switchInterval), nil
		}),
		methO("setswitchinterval", func(t *Thread, _, v Value) (Value, *Exception) {
			f, err := AsFloat(t, v)
			if err != nil {
				return Value{}, err
			}
			if f <= 0 {
				return Value{}, Errorf(valueError, "switch interval must be strictly positive")
			}
			t.interp.sysExtra.switchInterval = f
			t.interp.gil.interval.Store(max(int64(f*1e9), 1000))
			return pyNone, nil
		}),
		methNoArgs("getdlopenflags", func(t *Thread, _ Value) (Value, *Exception) { return Int(t.interp.sysExtra.dlopenFlags), nil }),
		methO("setdlopenflags", func(t *Thread, _, v Value) (Value, *Exception) {
			n, err := IndexInt(t, v, nil)
			if err == nil {
				t.interp.sysExtra.dlopenFlags = n
			}
			return pyNone, err
		}),
		// Kaa has no reference counts; CPython's count for an object only the
		// caller's argument holds is 2 (the argument and the call's own reference).
		methO("getrefcount", func(t *Thread, _, v Value) (Value, *Exception) { return Int(2), nil }),
		methNoArgs("getallocatedblocks", func(t *Thread, _ Value) (Value, *Exception) { return Int(0), nil }),
		methNoArgs("getunicodeinternedsize", func(t *Thread, _ Value) (Value, *Exception) { return Int(int64(len(t.interp.interned))), nil }),
		methNoArgs("is_finalizing", func(t *Thread, _ Value) (Value, *Exception) { return pyFalse, nil }),
		methNoArgs("_is_gil_enabled", func(t *Thread, _ Value) (Value, *Exception) { return pyTrue, nil }),
		methO("_is_interned", func(t *Thread, _, v Value) (Value, *Exception) {
			if v.Type().layout != strType {
				return Value{}, typeErrorf("_is_interned() argument must be str, not %s", typeName(v))
			}
			w, ok := t.interp.interned[v.str().s]
			return Bool(ok && w.Is(v)), nil
		}),
		methNoArgs("_get_cpu_count_config", func(t *Thread, _ Value) (Value, *Exception) { return Int(-1), nil }),
		methNoArgs("_current_frames", func(t *Thread, _ Value) (Value, *Exception) {
			d := NewDict()
			for _, th := range t.interp.Threads() {
				if f := th.frame; f != nil {
					f.escaped = true
					if err := d.SetItem(t, Int(th.ident()), f.Value()); err != nil {
						return Value{}, err
					}
				}
			}
			return d.Value(), nil
		}),
		methNoArgs("_current_exceptions", func(t *Thread, _ Value) (Value, *Exception) {
			d := NewDict()
			for _, th := range t.interp.Threads() {
				if th.exc != nil {
					if err := d.SetItem(t, Int(th.ident()), th.exc.Value()); err != nil {
						return Value{}, err
					}
				}
			}
			return d.Value(), nil
		}),
		{Name: "_getframemodulename", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [1]Value
			if err := parseArgs("_getframemodulename", args, kw, []string{"depth"}, 0, 0, -1, a[:]); err != nil {
				return Value{}, err
			}
			depth := int64(0)
			if !a[0].IsNil() {
				var err *Exception
				if depth, err = IndexInt(t, a[0], nil); err != nil {
					return Value{}, err
				}
			}
			f := t.frame
			for ; depth > 0 && f != nil; depth-- {
				f = f.back
			}
			if f == nil || f.globals == nil {
				return pyNone, nil
			}
			if n, ok := f.globals.GetStr("__name__"); ok {
				return n, nil
			}
			return pyNone, nil
		}},
		noop("_clear_internal_caches"), noop("_clear_type_cache"), noop("_debugmallocstats"),
		{Name: "activate_stack_trampoline", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [1]Value
			if err := parseArgs("activate_stack_trampoline", args, kw, []string{"backend"}, 1, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			if a[0].Type().layout != strType {
				return Value{}, typeErrorf("activate_stack_trampoline() argument must be str, not %s", typeName(a[0]))
			}
			if a[0].str().s != "perf" {
				return Value{}, Errorf(valueError, "invalid backend: %s", a[0].str().s)
			}
			// Kaa's frames are Go frames: perf sees them without a trampoline.
			return pyNone, nil
		}},
		noop("deactivate_stack_trampoline"),
		methNoArgs("is_stack_trampoline_active", func(t *Thread, _ Value) (Value, *Exception) { return pyFalse, nil }),
	}
	for _, def := range defs {
		d.SetStr(def.Name, NewBuiltin(def, m, "sys"))
	}
	d.SetStr("abiflags", NewStr(""))
	d.SetStr("_framework", NewStr(""))
	d.SetStr("_git", NewTuple(NewStr("kaa"), NewStr(""), NewStr("")))
	d.SetStr("_home", pyNone)
	d.SetStr("_base_executable", NewStr(Executable()))
	d.SetStr("_stdlib_dir", pyNone)
	d.SetStr("thread_info", NewStructSeq(threadInfoType, NewStr("pthread"), NewStr("mutex+cond"), pyNone))
	d.SetStr("monitoring", newMonitoring(t))
}

func callable(v Value) bool { return v.Type().call != nil }

// ident is the thread's identifier as threading.get_ident gives it.
func (t *Thread) ident() int64 { return int64(uintptr(unsafe.Pointer(t)) >> 4) }

// Audit raises the audit event name with args: each hook added by
// sys.addaudithook is called with (name, args); an exception from one stops the
// operation that raised the event.
func (t *Thread) Audit(name string, args ...Value) *Exception {
	hooks := t.interp.sysExtra.auditHooks
	if len(hooks) == 0 {
		return nil
	}
	ev, tup := NewStr(name), NewTuple(append([]Value(nil), args...)...)
	for _, h := range hooks {
		if _, err := Call(t, h, ev, tup); err != nil {
			return err
		}
	}
	return nil
}

// WriteUnraisable reports an exception that cannot be raised (in a finalizer, an
// atexit callback, a callback of the runtime) through sys.unraisablehook, as
// CPython's PyErr_FormatUnraisable: errMsg ("" for the default "Exception ignored
// in") and obj (zero: none) say where it happened.
func (t *Thread) WriteUnraisable(e *Exception, errMsg string, obj Value) {
	msg := pyNone
	if errMsg != "" {
		msg = NewStr(errMsg)
	}
	tb := pyNone
	if e.traceback != nil {
		tb = Value{p: unsafe.Pointer(e.traceback)}
	}
	args := NewStructSeq(unraisableArgsType, TypeValue(e.typ), e.Value(), tb, msg, orNone(obj))
	hook, ok := ModuleDict(t.interp.sys).GetStr("unraisablehook")
	if ok && !hook.IsNone() {
		if _, err := Call(t, hook, args); err == nil {
			return
		} else {
			// The hook failed: report that with the default hook, then the original.
			defaultUnraisableHook(t, pyNone, NewStructSeq(unraisableArgsType, TypeValue(err.typ), err.Value(), pyNone, NewStr("Exception ignored in sys.unraisablehook"), hook))
		}
	}
	defaultUnraisableHook(t, pyNone, args)
}

// defaultUnraisableHook is sys.__unraisablehook__: it writes to sys.stderr what
// CPython's write_unraisable_exc writes.
func defaultUnraisableHook(t *Thread, _, args Value) (Value, *Exception) {
	if args.Type() != unraisableArgsType {
		return Value{}, typeErrorf("sys.unraisablehook argument type must be UnraisableHookArgs")
	}
	f := args.tuple().items
	excType, excValue, excTB, errMsg, obj := f[0], f[1], f[2], f[3], f[4]
	var b strings.Builder
	if !obj.IsNone() {
		if errMsg.Type().layout == strType {
			b.WriteString(errMsg.str().s + ": ")
		} else {
			b.WriteString("Exception ignored in: ")
		}
		if r, err := Repr(t, obj); err == nil {
			b.WriteString(r)
		} else {
			b.WriteString("<object repr() failed>")
		}
		b.WriteString("\n")
	} else if errMsg.Type().layout == strType {
		b.WriteString(errMsg.str().s + ":\n")
	}
	if excValue.Type().IsSubtype(baseException) {
		e := excValue.exc()
		if excTB.Type() == tracebackType {
			e.traceback = (*traceback)(excTB.p)
		}
		b.WriteString(formatPlain(t, e))
	} else if !excType.IsNone() {
		b.WriteString(excType.typeObj().fullName() + "\n")
	}
	writeToStderr(t, b.String())
	return pyNone, nil
}

// writeToStderr writes s to sys.stderr (the Go stream when sys.stderr is gone).
func writeToStderr(t *Thread, s string) {
	if w, ok := ModuleDict(t.interp.sys).GetStr("stderr"); ok && !w.IsNone() {
		if _, err := CallMethod(t, w, "write", NewStr(s)); err == nil {
			CallMethod(t, w, "flush")
			return
		}
	}
	t.interp.WriteStderr(s)
}

// breakpointHook is sys.breakpointhook: PYTHONBREAKPOINT names the function to
// call (default pdb.set_trace; "0" disables breakpoints), imported on each call.
func breakpointHook(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
	hook := ""
	if !t.interp.flags.IgnoreEnvironment {
		hook = os.Getenv("PYTHONBREAKPOINT")
	}
	if hook == "0" {
		return pyNone, nil
	}
	if hook == "" {
		hook = "pdb.set_trace"
	}
	modName, attr := "builtins", hook
	if i := strings.LastIndexByte(hook, '.'); i >= 0 {
		modName, attr = hook[:i], hook[i+1:]
	}
	mod, err := t.interp.importModule(t, modName)
	var fn Value
	if err == nil {
		fn, err = GetAttrS(t, mod, attr)
	}
	if err != nil {
		if !err.Matches(importError) && !err.Matches(attributeError) {
			return Value{}, err
		}
		if werr := t.Warn(runtimeWarning, "Ignoring unimportable $PYTHONBREAKPOINT: \""+hook+"\""); werr != nil {
			return Value{}, werr
		}
		return pyNone, nil
	}
	return CallKw(t, fn, args, kw)
}

// monitoringEvents are sys.monitoring.events (PEP 669), in CPython's bit order.
var monitoringEvents = []string{"PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "INSTRUCTION",
	"JUMP", "BRANCH", "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED", "PY_UNWIND", "PY_THROW", "RERAISE", "C_RETURN", "C_RAISE"}

// newMonitoring builds sys.monitoring: the tool-id registry works; asking for
// events raises NotImplementedError, since Kaa's eval loop does not yet report them.
func newMonitoring(t *Thread) Value {
	m := NewModule("sys.monitoring")
	d := ModuleDict(m)
	names := append([]string{"NO_EVENTS"}, monitoringEvents...)
	vals := make([]Value, len(names))
	vals[0] = Int(0)
	for i := range monitoringEvents {
		vals[i+1] = Int(1 << i)
	}
	d.SetStr("events", NewNamespace(names, vals))
	for name, id := range map[string]int64{"DEBUGGER_ID": 0, "COVERAGE_ID": 1, "PROFILER_ID": 2, "OPTIMIZER_ID": 5} {
		d.SetStr(name, Int(id))
	}
	d.SetStr("MISSING", fromHeader(&Header{typ: objectType}))
	d.SetStr("DISABLE", fromHeader(&Header{typ: objectType}))
	toolID := func(t *Thread, v Value) (int, *Exception) {
		n, err := IndexInt(t, v, nil)
		if err != nil {
			return 0, err
		}
		if n < 0 || n > 5 {
			return 0, Errorf(valueError, "invalid tool %d (must be between 0 and 5)", n)
		}
		return int(n), nil
	}
	inUse := func(t *Thread, v Value) (int, *Exception) {
		id, err := toolID(t, v)
		if err == nil && t.interp.sysExtra.monitoringTools[id] == "" {
			err = Errorf(valueError, "tool %d is not in use", id)
		}
		return id, err
	}
	noEvents := func(t *Thread, ev Value) *Exception {
		n, err := IndexInt(t, ev, nil)
		if err == nil && n != 0 {
			err = Errorf(notImplementedError, "sys.monitoring events are not supported by Kaa yet")
		}
		return err
	}
	tools := &t.interp.sysExtra.monitoringTools
	defs := []*MethodDef{
		methN("use_tool_id", 2, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			id, err := toolID(t, a[0])
			if err != nil {
				return Value{}, err
			}
			if a[1].Type().layout != strType {
				return Value{}, Errorf(valueError, "tool name must be a str")
			}
			if tools[id] != "" {
				return Value{}, Errorf(valueError, "tool %d is already in use", id)
			}
			tools[id] = a[1].str().s
			return pyNone, nil
		}),
		methO("free_tool_id", func(t *Thread, _, v Value) (Value, *Exception) {
			id, err := toolID(t, v)
			if err == nil {
				tools[id] = ""
			}
			return pyNone, err
		}),
		methO("get_tool", func(t *Thread, _, v Value) (Value, *Exception) {
			id, err := toolID(t, v)
			if err != nil || tools[id] == "" {
				return pyNone, err
			}
			return NewStr(tools[id]), nil
		}),
		methO("get_events", func(t *Thread, _, v Value) (Value, *Exception) {
			_, err := toolID(t, v)
			return Int(0), err
		}),
		methN("set_events", 2, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if _, err := inUse(t, a[0]); err != nil {
				return Value{}, err
			}
			return pyNone, noEvents(t, a[1])
		}),
		methN("get_local_events", 2, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			_, err := toolID(t, a[0])
			return Int(0), err
		}),
		methN("set_local_events", 3, 3, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if _, err := inUse(t, a[0]); err != nil {
				return Value{}, err
			}
			return pyNone, noEvents(t, a[2])
		}),
		methN("register_callback", 3, 3, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if _, err := inUse(t, a[0]); err != nil {
				return Value{}, err
			}
			if a[2].IsNone() {
				return pyNone, nil
			}
			return Value{}, Errorf(notImplementedError, "sys.monitoring callbacks are not supported by Kaa yet")
		}),
		methNoArgs("restart_events", func(t *Thread, _ Value) (Value, *Exception) { return pyNone, nil }),
		methNoArgs("_all_events", func(t *Thread, _ Value) (Value, *Exception) { return NewDict().Value(), nil }),
	}
	for _, def := range defs {
		d.SetStr(def.Name, NewBuiltin(def, m, "sys.monitoring"))
	}
	return m
}
