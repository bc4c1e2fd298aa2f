package py

import (
	"slices"
	"unsafe"

	"github.com/kaa-python/kaa/bytecode"
)

// Thread is the state of one thread of Python execution: its frames, its value
// stack, the exception being handled. A Thread belongs to one goroutine.
type Thread struct {
	interp     *Interp
	frame      *frame     // the running frame
	depth      int        // recursion depth of Python frames (sys.getrecursionlimit)
	cdepth     int        // depth of nested repr/str/compare/call slots (CPython's C recursion)
	idepth     int        // depth of nested Next calls (iterators drawing from iterators)
	goStack    int64      // Go stack the nested Python frames take, estimated (goStackBudget)
	exc        *Exception // the exception being handled (sys.exception())
	stack      []Value    // the current chunk of the value stack
	spareStack []Value    // a released chunk, kept for reuse
	sp         int        // first free slot of stack
	reprStack  []Value
	framePool  []*frame
	doneHooks  []func()    // run when the thread ends (AtDone)
	importWait *importLock // the other thread's import t waits for (gil.go)
	hugeLive   int64       // values in the live frames over hugeFrame (callFunction)
	steps      int64       // instructions run since the last check of the limits (limits.go)
}

const stackChunk = 1 << 16

// lineValue is a line number for Python: None where there is none (-1), as
// tb_lineno and f_lineno give.
func lineValue(line int) Value {
	if line < 0 {
		return pyNone
	}
	return Int(int64(line))
}

// Python calls nest as Go calls, so the Go stack bounds recursion whatever
// sys.setrecursionlimit says: RecursionError must come before Go's fatal stack
// overflow. Each way a Python frame nests adds its measured Go stack use, with a
// margin, to Thread.goStack (tests/hostile/deep walks them): a call
// from the eval loop (evalFrame and callFunction, 0.77 KB measured), f(*args,
// **kwargs) (0.25 KB more), a generator resumed (0.9 KB). Native code that calls
// back into Python (slots, map, sorted's key...) counts C levels (enterC), at
// most cRecursionLimit of them, measured at 0.4-1.1 KB each besides the Python
// frame: stackPerCLevel reserves 4 KB each. Iterators nested in iterators (map
// over map ...) reserve maxIterNesting times stackPerIter.
const (
	stackPerCall   = 896
	stackPerEx     = 384
	stackPerResume = 1024
	stackPerCLevel = 4 << 10
	stackPerIter   = 256
)

// usableGoStack is the largest stack a goroutine can have under
// debug.SetMaxStack(goMaxStack) (0: Go's default): stacks are powers of two no
// larger than the limit, and Go caps the limit at twice its default of 10^9.
func usableGoStack(goMaxStack int64) int64 {
	const goDefault = 1_000_000_000
	if goMaxStack <= 0 {
		goMaxStack = goDefault
	}
	goMaxStack = min(goMaxStack, 2*goDefault)
	n := int64(1)
	for n*2 <= goMaxStack {
		n *= 2
	}
	return n
}

// goStackBudget is how much Go stack Python frames may take (Thread.goStack)
// under debug.SetMaxStack(goMaxStack): what is usable, less a sixteenth for the
// Go code around the interpreter and the reserves for C levels and nested
// iterators. 411 MB for Go's default limit (about 460,000 plain calls); 914 MB
// for the kaa command's 2*10^9 (1.02 million).
func goStackBudget(goMaxStack int64) int64 {
	u := usableGoStack(goMaxStack)
	return max(u-u/16-cRecursionLimit*stackPerCLevel-maxIterNesting*stackPerIter, 1000*stackPerCall)
}

// cRecursionLimit is CPython 3.13's Py_C_RECURSION_LIMIT: nested repr, str,
// comparison and calls of builtin objects, whatever sys.setrecursionlimit says.
const cRecursionLimit = 10000

// enterC counts a nested slot call; what completes the message as CPython's
// Py_EnterRecursiveCall(where) does. leaveC undoes it.
func (t *Thread) enterC(what string) *Exception {
	t.cdepth++
	if t.cdepth > cRecursionLimit {
		t.cdepth--
		return Errorf(recursionError, "maximum recursion depth exceeded%s", what)
	}
	return nil
}

func (t *Thread) leaveC() { t.cdepth-- }

// enterCall counts a Python frame entered other than by callFunction (a
// generator resumed, a class body, exec); leaveCall undoes it.
func (t *Thread) enterCall() *Exception {
	if t.depth >= t.interp.recursionLimit || t.goStack >= t.interp.goStackBudget {
		return Errorf(recursionError, "maximum recursion depth exceeded")
	}
	t.depth++
	t.goStack += stackPerResume
	return nil
}

func (t *Thread) leaveCall() {
	t.depth--
	t.goStack -= stackPerResume
}

func (t *Thread) reprEnter(v Value) bool {
	for _, x := range t.reprStack {
		if x.Is(v) {
			return true
		}
	}
	t.reprStack = append(t.reprStack, v)
	return false
}

func (t *Thread) reprLeave(v Value) {
	for i := len(t.reprStack) - 1; i >= 0; i-- {
		if t.reprStack[i].Is(v) {
			t.reprStack = slices.Delete(t.reprStack, i, i+1)
			return
		}
	}
}

// Interp returns the thread's interpreter.
func (t *Thread) Interp() *Interp { return t.interp }

// frame is an execution frame.
type frame struct {
	Header
	code     *Code
	fn       *function
	globals  *Dict
	builtins *Dict
	locals   Value   // the locals mapping of module and class bodies (zero: fast locals only)
	vals     []Value // localsplus, then the operand stack
	back     *frame
	lasti    int  // byte offset of the instruction running or last run
	pc, sp   int  // resume point (generators)
	isGen    bool // a generator's frame (no pointer back: a finalizer on the generator must not sit on a cycle)
	escaped  bool // a traceback or frame object refers to it
	exposed  bool // Python code was given it (a frame object, a traceback): its locals must outlive a finished generator
	heap     bool // vals is not a window of the thread stack
	done     bool
	yielded  bool

	savedStack []Value
	savedSp    int

	entry threadState // the thread's state when evaluation last entered the frame (evalExit)
}

// frameType is the type of frame objects.
var frameType = newType("frame", nil, nil)

// allocFrame returns a frame for code with a zeroed window of the value stack.
func (t *Thread) allocFrame(code *Code, heap bool) *frame {
	var f *frame
	d := t.depth
	if !heap && d < len(t.framePool) && t.framePool[d] != nil && !t.framePool[d].escaped {
		f = t.framePool[d]
		*f = frame{Header: f.Header}
	} else {
		f = &frame{Header: Header{typ: frameType}}
		if !heap {
			for len(t.framePool) <= d {
				t.framePool = append(t.framePool, nil)
			}
			t.framePool[d] = f
		}
	}
	f.code = code
	n := code.framesize
	if heap {
		f.vals = make([]Value, n)
		f.heap = true
		return f
	}
	if t.sp+n > len(t.stack) {
		f.savedStack, f.savedSp = t.stack, t.sp
		if len(t.spareStack) >= n {
			t.stack, t.spareStack = t.spareStack, nil
		} else {
			t.stack = make([]Value, max(stackChunk, n))
		}
		t.sp = 0
	} else {
		f.savedSp = -1
	}
	f.vals = t.stack[t.sp : t.sp+n : t.sp+n]
	t.sp += n
	return f
}

// releaseFrame gives a frame's stack window back.
func (t *Thread) releaseFrame(f *frame) {
	if f.heap {
		return
	}
	window := f.vals
	if f.escaped {
		f.vals = slices.Clone(window[:f.code.nlocals])
		f.heap = true
		t.framePool[t.depth] = nil
	}
	clear(window)
	if f.savedSp >= 0 {
		// Keep the chunk being left for the next call that needs one: a loop of
		// calls at a chunk boundary must not allocate a chunk per call.
		if len(t.stack) > len(t.spareStack) {
			t.spareStack = t.stack
		}
		t.stack, t.sp = f.savedStack, f.savedSp
		f.savedStack = nil
	} else {
		t.sp -= f.code.framesize
	}
}

// hugeFrame is the frame size (locals and value stack, in values) above which a
// call first asks whether the memory exists: a code object from outside may
// claim any co_stacksize, and CPython answers an impossible one with MemoryError.
const hugeFrame = 1 << 16

// checkFrame is MemoryError if co's frame cannot be allocated.
func (t *Thread) checkFrame(co *Code) *Exception {
	return t.checkAlloc(int64(co.framesize), valueSize)
}

// callFunction calls a Python function.
func (t *Thread) callFunction(fn *function, args []Value, kwnames *Tuple) (Value, *Exception) {
	co := fn.code
	isGen := co.bc.Flags&(bytecode.CO_GENERATOR|bytecode.CO_COROUTINE|bytecode.CO_ASYNC_GENERATOR) != 0
	if t.depth >= t.interp.recursionLimit || t.goStack >= t.interp.goStackBudget {
		return Value{}, Errorf(recursionError, "maximum recursion depth exceeded")
	}
	// Live frames over hugeFrame values count against the allocation limit:
	// recursion through such frames ends in MemoryError, not in the machine's
	// memory running out.
	var huge int64
	if co.framesize > hugeFrame {
		huge = int64(co.framesize)
		if err := t.checkAlloc(t.hugeLive+huge, valueSize); err != nil {
			return Value{}, err
		}
		t.hugeLive += huge
	}
	f := t.allocFrame(co, isGen)
	f.fn = fn
	f.globals = fn.globals
	f.builtins = fn.builtins
	if err := bindArgs(t, f, fn, args, kwnames); err != nil {
		t.releaseFrame(f)
		t.hugeLive -= huge
		return Value{}, err
	}
	t.depth++
	t.goStack += stackPerCall
	r, err := t.eval(f, nil)
	t.depth--
	t.goStack -= stackPerCall
	t.releaseFrame(f)
	t.hugeLive -= huge
	return r, err
}

// bindArgs puts the arguments of a call into the frame's locals, with CPython's
// errors for every mismatch.
func bindArgs(t *Thread, f *frame, fn *function, args []Value, kwnames *Tuple) *Exception {
	co := fn.code
	locals := f.vals
	nargs := len(args)
	var kwv []Value
	if kwnames != nil {
		nargs -= len(kwnames.items)
		kwv = args[nargs:]
	}
	argc := co.bc.ArgCount
	total := argc + co.bc.KwOnlyArgCount
	varargs := co.bc.Flags&bytecode.CO_VARARGS != 0
	varkw := co.bc.Flags&bytecode.CO_VARKEYWORDS != 0
	// fast path: exact positional call
	if nargs == argc && kwnames == nil && !varargs && !varkw && co.bc.KwOnlyArgCount == 0 {
		copy(locals, args)
		return nil
	}
	var kwdict *Dict
	if varkw {
		kwdict = NewDict()
		idx := total
		if varargs {
			idx++
		}
		locals[idx] = kwdict.Value()
	}
	n := min(nargs, argc)
	copy(locals, args[:n])
	if varargs {
		var extra []Value
		if nargs > argc {
			extra = slices.Clone(args[argc:nargs])
		}
		locals[total] = NewTuple(extra...)
	} else if nargs > argc {
		return tooManyPositional(t, fn, nargs, kwnames, locals)
	}
	if kwnames != nil {
		var posOnlyPassed []string
	kwloop:
		for j, kn := range kwnames.items {
			name := kn.str()
			for i := co.bc.PosOnlyArgCount; i < total; i++ {
				ln := co.localsN[i]
				if ln == name || ln.s == name.s {
					if !locals[i].IsNil() {
						return typeErrorf("%s() got multiple values for argument '%s'", qualName(fn), name.s)
					}
					locals[i] = kwv[j]
					continue kwloop
				}
			}
			if kwdict != nil {
				kwdict.setStr(name, kwv[j])
				continue
			}
			for i := 0; i < co.bc.PosOnlyArgCount; i++ {
				if co.localsN[i].s == name.s {
					posOnlyPassed = append(posOnlyPassed, name.s)
					continue kwloop
				}
			}
			return typeErrorf("%s() got an unexpected keyword argument '%s'", qualName(fn), name.s)
		}
		if len(posOnlyPassed) > 0 {
			return typeErrorf("%s() got some positional-only arguments passed as keyword arguments: '%s'", qualName(fn), joinNames(posOnlyPassed, ", "))
		}
	}
	// defaults for positional parameters
	if nargs < argc {
		ndef := 0
		if fn.defaults != nil {
			ndef = len(fn.defaults.items)
		}
		first := argc - ndef
		var missing []string
		for i := nargs; i < argc; i++ {
			if !locals[i].IsNil() {
				continue
			}
			if i >= first {
				locals[i] = fn.defaults.items[i-first]
			} else {
				missing = append(missing, co.localsN[i].s)
			}
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "positional")
		}
	}
	if co.bc.KwOnlyArgCount > 0 {
		var missing []string
		for i := argc; i < total; i++ {
			if !locals[i].IsNil() {
				continue
			}
			if fn.kwdefaults != nil {
				if d, ok := fn.kwdefaults.getStr(co.localsN[i]); ok {
					locals[i] = d
					continue
				}
			}
			missing = append(missing, co.localsN[i].s)
		}
		if len(missing) > 0 {
			return missingArgs(fn, missing, "keyword-only")
		}
	}
	return nil
}

func qualName(fn *function) string {
	if fn.qualname.Type() == strType {
		return fn.qualname.str().s
	}
	return fn.code.bc.QualName
}

func joinNames(names []string, sep string) string {
	s := ""
	for i, n := range names {
		if i > 0 {
			s += sep
		}
		s += n
	}
	return s
}

func missingArgs(fn *function, names []string, kind string) *Exception {
	return missingNames(qualName(fn), names, kind)
}

func tooManyPositional(t *Thread, fn *function, given int, kwnames *Tuple, locals []Value) *Exception {
	co := fn.code
	argc := co.bc.ArgCount
	ndef := 0
	if fn.defaults != nil {
		ndef = len(fn.defaults.items)
	}
	// CPython checks after binding keywords; here they are not bound yet.
	kwGiven := 0
	if kwnames != nil {
		for _, kn := range kwnames.items {
			for i := argc; i < argc+co.bc.KwOnlyArgCount; i++ {
				if co.localsN[i].s == kn.str().s {
					kwGiven++
				}
			}
		}
	}
	var takes string
	if ndef > 0 {
		takes = "from " + itoa(argc-ndef) + " to " + itoa(argc) + " positional arguments"
	} else {
		takes = itoa(argc) + " positional argument" + plural(argc, "", "s")
	}
	given2 := itoa(given)
	if kwGiven > 0 {
		given2 += " positional argument" + plural(given, "", "s") + " (and " + itoa(kwGiven) + " keyword-only argument" + plural(kwGiven, "", "s") + ")"
	}
	was := " were"
	if given == 1 && kwGiven == 0 {
		was = " was"
	}
	return typeErrorf("%s() takes %s but %s%s given", qualName(fn), takes, given2, was)
}

func itoa(i int) string {
	return Int(int64(i)).reprSmall()
}

func (v Value) reprSmall() string {
	var b [24]byte
	i := len(b)
	n := int64(v.n)
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	for {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Value is f as a Python frame object; from then on Python may read its locals.
func (f *frame) Value() Value {
	f.exposed = true
	return Value{p: unsafe.Pointer(f)}
}

func init() {
	frameType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("f_lineno", func(t *Thread, v Value) (Value, *Exception) {
				f := (*frame)(v.p)
				return lineValue(f.code.lineAt(f.lasti)), nil
			}, nil),
			getset("f_code", func(t *Thread, v Value) (Value, *Exception) { return Value{p: unsafe.Pointer((*frame)(v.p).code)}, nil }, nil),
			getset("f_globals", func(t *Thread, v Value) (Value, *Exception) { return (*frame)(v.p).globals.Value(), nil }, nil),
			methNoArgs("frame.clear", func(t *Thread, v Value) (Value, *Exception) {
				if f := (*frame)(v.p); !f.done && !f.isGen {
					return Value{}, Errorf(runtimeError, "cannot clear an executing frame")
				}
				return pyNone, nil
			}),
			getset("f_trace", func(t *Thread, v Value) (Value, *Exception) { return pyNone, nil }, func(t *Thread, v, val Value) *Exception { return nil }),
			getset("f_trace_lines", func(t *Thread, v Value) (Value, *Exception) { return pyTrue, nil }, func(t *Thread, v, val Value) *Exception { return nil }),
			getset("f_trace_opcodes", func(t *Thread, v Value) (Value, *Exception) { return pyFalse, nil }, func(t *Thread, v, val Value) *Exception { return nil }),
			getset("f_locals", func(t *Thread, v Value) (Value, *Exception) { return frameLocals((*frame)(v.p)), nil }, nil),
			getset("f_builtins", func(t *Thread, v Value) (Value, *Exception) { return (*frame)(v.p).builtins.Value(), nil }, nil),
			getset("f_lasti", func(t *Thread, v Value) (Value, *Exception) { return Int(int64((*frame)(v.p).lasti)), nil }, nil),
			getset("f_back", func(t *Thread, v Value) (Value, *Exception) {
				if b := (*frame)(v.p).back; b != nil {
					b.escaped = true
					return b.Value(), nil
				}
				return pyNone, nil
			}, nil),
		}
	})
}

// ReprEnter is Py_ReprEnter: true when v's repr is already being computed on
// this thread (the caller then shows "..." or "[...]"); otherwise it records v,
// and the caller must call ReprLeave when done.
func (t *Thread) ReprEnter(v Value) bool { return t.reprEnter(v) }

// ReprLeave is Py_ReprLeave.
func (t *Thread) ReprLeave(v Value) { t.reprLeave(v) }
