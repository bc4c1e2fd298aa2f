// Package thread is the _thread module: threads on goroutines under the
// interpreter lock (py.Thread.Acquire), locks, re-entrant locks, thread handles
// that threading joins, thread-local objects, and the default thread excepthook.
package thread

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"sync"
	"time"
	"unsafe"

	"github.com/kaa-python/kaa/py"
	"golang.org/x/sys/unix"
)

// Def is the _thread module.
var Def = &py.ModuleDef{
	Name: "_thread",
	Doc: "This module provides primitive operations to write multi-threaded programs.\n" +
		"The 'threading' module provides a more convenient interface.",
	Methods: methods,
	Exec:    exec,
}

// timeoutMax is TIMEOUT_MAX: the longest wait, in seconds (PY_TIMEOUT_MAX, the
// largest int64 count of microseconds... of nanoseconds, rounded down).
const timeoutMax = 9223372036.0

// state is the module's per-interpreter state.
type state struct {
	count     int       // _count: threads started here and still running
	shutdown  []*handle // the handles of non-daemon threads, which _shutdown joins
	nativeIDs map[*py.Thread]int
	stackSize int64
}

var (
	typesOnce                                          sync.Once
	lockType, rlockType, handleType, localType, hookTy *py.Type
)

func initTypes() {
	lockType = py.NewType(&py.TypeDef{
		Name:    "_thread.lock",
		Doc:     "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\nacquire() -- lock the lock, possibly blocking until it can be obtained\nrelease() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\nA lock is not owned by the thread that locked it; another thread may\nunlock it.  A thread attempting to lock a lock that it has already locked\nwill block until another thread unlocks it.  Deadlocks may ensue.",
		Final:   true,
		New:     lockNew,
		Repr:    lockRepr,
		Methods: lockMethods(),
	})
	rlockType = py.NewType(&py.TypeDef{
		Name:    "_thread.RLock",
		New:     rlockNew,
		Repr:    rlockRepr,
		Methods: rlockMethods(),
	})
	handleType = py.NewType(&py.TypeDef{
		Name:    "_thread._ThreadHandle",
		Final:   true,
		New:     handleNew,
		Repr:    handleRepr,
		Methods: handleMethods(),
	})
	localType = py.NewType(&py.TypeDef{
		Name:    "_thread._local",
		Doc:     "Thread-local data",
		Dict:    true,
		New:     localNew,
		GetAttr: localGetAttr,
		SetAttr: localSetAttr,
		Methods: []*py.MethodDef{py.GetSetDef("__dict__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			if err := localDict(t, self); err != nil {
				return py.Value{}, err
			}
			return py.InstanceDict(self).Value(), nil
		}, nil)},
	})
	hookTy = py.NewStructSeqType(&py.StructSeqDef{
		Name:   "_thread._ExceptHookArgs",
		Doc:    "ExceptHookArgs\n\nType used to pass arguments to threading.excepthook.",
		Fields: []string{"exc_type", "exc_value", "exc_traceback", "thread"},
	})
}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	typesOnce.Do(initTypes)
	m.SetState(&state{nativeIDs: map[*py.Thread]int{}})
	m.Set("LockType", py.TypeValue(lockType))
	m.Set("lock", py.TypeValue(lockType))
	m.Set("RLock", py.TypeValue(rlockType))
	m.Set("_ThreadHandle", py.TypeValue(handleType))
	m.Set("_local", py.TypeValue(localType))
	m.Set("_ExceptHookArgs", py.TypeValue(hookTy))
	m.Set("error", py.TypeValue(py.RuntimeError()))
	m.Set("TIMEOUT_MAX", py.Float(timeoutMax))
	return nil
}

func stateOf(self py.Value) *state {
	if m := py.ModuleOf(self); m != nil {
		if s, ok := m.State().(*state); ok {
			return s
		}
	}
	return &state{nativeIDs: map[*py.Thread]int{}}
}

func addr(p unsafe.Pointer) uintptr { return uintptr(p) }

// typeName is the tp_name of typ: "_thread.X" for the module's own type base, a
// subclass's bare name.
func typeName(typ, base *py.Type) string {
	if typ == base {
		return "_thread." + typ.Name
	}
	return typ.Name
}

// timeoutArg converts a timeout in seconds (int or float) as _PyTime_FromSecondsObject
// does: -1 stays -1 (wait forever) unless neg, which allows any negative value.
func timeoutArg(t *py.Thread, v py.Value) (float64, *py.Exception) {
	if v.IsFloat() {
		f, err := py.AsFloat(t, v)
		if err != nil {
			return 0, err
		}
		if math.IsNaN(f) {
			return 0, py.Errorf(py.ValueError(), "Invalid value NaN (not a number)")
		}
		if math.Abs(f)*1e9 >= 9.223372036854775807e18 {
			return 0, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
		}
		return f, nil
	}
	n, err := py.IndexInt(t, v, py.OverflowError())
	if err != nil {
		if err.Matches(py.OverflowError()) {
			return 0, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
		}
		return 0, err
	}
	if n > 9223372036 || n < -9223372036 {
		return 0, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
	}
	return float64(n), nil
}

// duration is a timeout in seconds as a Go duration, rounded up to the next
// nanosecond (CPython's _PyTime_ROUND_TIMEOUT).
func duration(sec float64) time.Duration {
	return time.Duration(math.Ceil(sec * 1e9))
}

// acquireArgs parses a lock's acquire(blocking=True, timeout=-1) arguments into a
// wait: -1 for no limit, 0 for not blocking.
func acquireArgs(t *py.Thread, a []py.Value) (time.Duration, *py.Exception) {
	blocking, err := py.IsTrue(t, a[0])
	if err != nil {
		return 0, err
	}
	timeout := -1.0
	if !a[1].IsNil() {
		if timeout, err = timeoutArg(t, a[1]); err != nil {
			return 0, err
		}
	}
	if !blocking {
		if timeout != -1 {
			return 0, py.Errorf(py.ValueError(), "can't specify a timeout for a non-blocking call")
		}
		return 0, nil
	}
	if timeout < 0 && timeout != -1 {
		return 0, py.Errorf(py.ValueError(), "timeout value must be a non-negative number")
	}
	if timeout == -1 {
		return -1, nil
	}
	if timeout > timeoutMax {
		return 0, py.Errorf(py.OverflowError(), "timeout value is too large")
	}
	return duration(timeout), nil
}

// take takes the semaphore ch (a channel of capacity one, full while held):
// at once if it is free, else waiting up to wait (-1: no limit; 0: not at all)
// with the interpreter lock released. An interrupt of the main thread ends the
// wait with KeyboardInterrupt.
func take(t *py.Thread, ch chan struct{}, wait time.Duration) (bool, *py.Exception) {
	select {
	case ch <- struct{}{}:
		return true, nil
	default:
	}
	if wait == 0 {
		return false, nil
	}
	return t.WaitFunc(wait, func(tc <-chan time.Time, intr <-chan struct{}) bool {
		select {
		case ch <- struct{}{}:
			return true
		case <-tc:
		case <-intr:
		}
		return false
	})
}

// Locks.

type lock struct {
	py.Header
	ch chan struct{}
}

func newLock() *lock { return &lock{ch: make(chan struct{}, 1)} }

func lockNew(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	if kwnames != nil && len(kwnames.Items()) > 0 {
		return py.Value{}, py.Errorf(py.TypeError(), "lock() takes no keyword arguments")
	}
	if len(args) > 0 {
		return py.Value{}, py.Errorf(py.TypeError(), "lock expected 0 arguments, got %d", len(args))
	}
	l := newLock()
	return py.NewObject(&l.Header, typ), nil
}

func lockOf(v py.Value) *lock { return py.Object[lock](v) }

func lockRepr(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	l := lockOf(self)
	state := "unlocked"
	if len(l.ch) > 0 {
		state = "locked"
	}
	return py.NewStr(fmt.Sprintf("<%s %s object at %#x>", state, typeName(self.Type(), lockType), addr(unsafe.Pointer(l)))), nil
}

func lockMethods() []*py.MethodDef {
	acquire := func(name string) *py.MethodDef {
		return py.Func(name, "blocking=True, timeout=-1", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			wait, err := acquireArgs(t, a)
			if err != nil {
				return py.Value{}, err
			}
			ok, err := take(t, lockOf(self).ch, wait)
			if err != nil {
				return py.Value{}, err
			}
			return py.Bool(ok), nil
		})
	}
	release := func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		select {
		case <-lockOf(self).ch:
			return py.None(), nil
		default:
			return py.Value{}, py.Errorf(py.RuntimeError(), "release unlocked lock")
		}
	}
	locked := func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Bool(len(lockOf(self).ch) > 0), nil
	}
	return []*py.MethodDef{
		acquire("acquire"),
		acquire("acquire_lock"),
		acquire("__enter__"),
		py.FuncNoArgs("lock.release", release),
		py.FuncNoArgs("lock.release_lock", release),
		py.FuncNoArgs("lock.locked", locked),
		py.FuncNoArgs("lock.locked_lock", locked),
		py.FuncVar("__exit__", 0, -1, func(t *py.Thread, self py.Value, _ []py.Value) (py.Value, *py.Exception) {
			return release(t, self)
		}),
		py.FuncNoArgs("lock._at_fork_reinit", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			lockOf(self).ch = make(chan struct{}, 1)
			return py.None(), nil
		}),
	}
}

// Re-entrant locks: owner and count change only under the interpreter lock.

type rlock struct {
	py.Header
	ch    chan struct{}
	owner *py.Thread
	count int64
}

func rlockNew(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	r := &rlock{ch: make(chan struct{}, 1)}
	return py.NewObject(&r.Header, typ), nil
}

func rlockOf(v py.Value) *rlock { return py.Object[rlock](v) }

func rlockRepr(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	r := rlockOf(self)
	state := "unlocked"
	if len(r.ch) > 0 {
		state = "locked"
	}
	var owner int64
	if r.owner != nil {
		owner = r.owner.Ident()
	}
	return py.NewStr(fmt.Sprintf("<%s %s object owner=%d count=%d at %#x>", state, typeName(self.Type(), rlockType), owner, r.count, addr(unsafe.Pointer(r)))), nil
}

func (r *rlock) acquire(t *py.Thread, wait time.Duration) (bool, *py.Exception) {
	if r.owner == t && r.count > 0 {
		if r.count == math.MaxInt64 {
			return false, py.Errorf(py.OverflowError(), "Internal lock count overflowed")
		}
		r.count++
		return true, nil
	}
	ok, err := take(t, r.ch, wait)
	if ok {
		r.owner, r.count = t, 1
	}
	return ok, err
}

func (r *rlock) release(t *py.Thread) *py.Exception {
	if r.owner != t || r.count == 0 {
		return py.Errorf(py.RuntimeError(), "cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner = nil
		<-r.ch
	}
	return nil
}

func rlockMethods() []*py.MethodDef {
	acquire := func(name string) *py.MethodDef {
		return py.Func(name, "blocking=True, timeout=-1", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			wait, err := acquireArgs(t, a)
			if err != nil {
				return py.Value{}, err
			}
			ok, err := rlockOf(self).acquire(t, wait)
			if err != nil {
				return py.Value{}, err
			}
			return py.Bool(ok), nil
		})
	}
	return []*py.MethodDef{
		acquire("acquire"),
		acquire("__enter__"),
		py.FuncNoArgs("RLock.release", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			if err := rlockOf(self).release(t); err != nil {
				return py.Value{}, err
			}
			return py.None(), nil
		}),
		py.FuncVar("__exit__", 0, -1, func(t *py.Thread, self py.Value, _ []py.Value) (py.Value, *py.Exception) {
			if err := rlockOf(self).release(t); err != nil {
				return py.Value{}, err
			}
			return py.None(), nil
		}),
		py.FuncNoArgs("RLock._is_owned", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			r := rlockOf(self)
			return py.Bool(r.owner == t && r.count > 0), nil
		}),
		py.FuncNoArgs("RLock._recursion_count", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			r := rlockOf(self)
			if r.owner == t {
				return py.Int(r.count), nil
			}
			return py.Int(0), nil
		}),
		py.FuncNoArgs("RLock._release_save", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			r := rlockOf(self)
			if r.count == 0 {
				return py.Value{}, py.Errorf(py.RuntimeError(), "cannot release un-acquired lock")
			}
			var owner int64
			if r.owner != nil {
				owner = r.owner.Ident()
			}
			saved := py.NewTuple(py.Int(r.count), py.Int(owner))
			r.owner, r.count = nil, 0
			<-r.ch
			return saved, nil
		}),
		py.FuncO("_acquire_restore", func(t *py.Thread, self, state py.Value) (py.Value, *py.Exception) {
			items, ok := py.TupleItems(state)
			if !ok || len(items) != 2 {
				return py.Value{}, py.Errorf(py.TypeError(), "_acquire_restore() argument 1 must be 2-item sequence, not %s", py.TypeName(state))
			}
			count, err := py.IndexInt(t, items[0], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			r := rlockOf(self)
			if _, err := take(t, r.ch, -1); err != nil {
				return py.Value{}, err
			}
			r.owner, r.count = t, count
			return py.None(), nil
		}),
		py.FuncNoArgs("RLock._at_fork_reinit", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			r := rlockOf(self)
			r.ch, r.owner, r.count = make(chan struct{}, 1), nil, 0
			return py.None(), nil
		}),
	}
}

// Thread handles: what threading joins. A handle is not started, running (a
// thread of its own, or one made for an existing thread by _make_thread_handle),
// or done; done is closed when it is done.

const (
	notStarted = iota
	running
	finished
)

type handle struct {
	py.Header
	ident  int64
	thread *py.Thread // the thread it runs in (nil: not started)
	status int
	done   chan struct{}
}

func newHandle() *handle { return &handle{done: make(chan struct{})} }

func handleNew(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	h := newHandle()
	return py.NewObject(&h.Header, typ), nil
}

func handleOf(v py.Value) *handle { return py.Object[handle](v) }

func handleRepr(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	return py.NewStr(fmt.Sprintf("<_thread._ThreadHandle object: ident=%d>", handleOf(self).ident)), nil
}

// finish marks the handle done, waking its joiners.
func (h *handle) finish() {
	if h.status != finished {
		h.status = finished
		close(h.done)
	}
}

// join waits for the handle's thread to end (wait < 0: without limit).
func (h *handle) join(t *py.Thread, wait time.Duration) *py.Exception {
	if h.status == notStarted {
		return py.Errorf(py.RuntimeError(), "thread not started")
	}
	if h.status == running && h.ident == t.Ident() {
		return py.Errorf(py.RuntimeError(), "Cannot join current thread")
	}
	if h.status == finished {
		return nil
	}
	_, err := t.Wait(h.done, wait)
	return err
}

func handleMethods() []*py.MethodDef {
	return []*py.MethodDef{
		py.GetSetDef("ident", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(handleOf(self).ident), nil
		}, nil),
		py.FuncVar("join", 0, 1, func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			wait := time.Duration(-1)
			if len(a) == 1 && !a[0].IsNone() {
				sec, err := timeoutArg(t, a[0])
				if err != nil {
					return py.Value{}, err
				}
				wait = max(duration(sec), 0)
			}
			if err := handleOf(self).join(t, wait); err != nil {
				return py.Value{}, err
			}
			return py.None(), nil
		}),
		py.FuncNoArgs("_ThreadHandle.is_done", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Bool(handleOf(self).status == finished), nil
		}),
		py.FuncNoArgs("_ThreadHandle._set_done", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			h := handleOf(self)
			if h.status == notStarted {
				return py.Value{}, py.Errorf(py.RuntimeError(), "thread not started")
			}
			h.finish()
			return py.None(), nil
		}),
	}
}

// Starting threads.

// start runs fn(args, kwnames) in a new thread: a goroutine locked to an OS thread
// of its own (get_native_id), running Python under the interpreter lock. Its
// uncaught exception, unless SystemExit, is reported as unraisable. h, if not nil,
// is the handle it finishes when done.
func start(t *py.Thread, st *state, fn py.Value, args []py.Value, kwnames *py.Tuple, h *handle, daemon bool) {
	nt := t.Interp().NewThread()
	st.count++
	if h != nil {
		h.thread, h.ident, h.status = nt, nt.Ident(), running
		if !daemon {
			st.shutdown = append(st.shutdown, h)
		}
	}
	ready := make(chan int)
	go func() {
		runtime.LockOSThread()
		ready <- unix.Gettid()
		nt.Acquire()
		if _, err := py.CallKw(nt, fn, args, kwnames); err != nil && !err.Matches(py.SystemExit()) {
			r, rerr := py.Repr(nt, fn)
			if rerr != nil {
				r = "<object repr() failed>"
			}
			nt.WriteUnraisable(err, "Exception ignored in thread started by "+r, py.Value{})
		}
		st.count--
		delete(st.nativeIDs, nt)
		if h != nil {
			for i, x := range st.shutdown {
				if x == h {
					st.shutdown = append(st.shutdown[:i], st.shutdown[i+1:]...)
					break
				}
			}
			h.finish()
		}
		nt.Done()
		nt.Release()
	}()
	st.nativeIDs[nt] = <-ready
}

// callArgs splits a positional tuple and a keyword dict into a vectorcall's
// arguments and keyword names.
func callArgs(t *py.Thread, args []py.Value, kwargs py.Value) ([]py.Value, *py.Tuple, *py.Exception) {
	all := append([]py.Value(nil), args...)
	if kwargs.IsNil() {
		return all, nil, nil
	}
	d := py.Object[py.Dict](kwargs)
	if d.Len() == 0 {
		return all, nil, nil
	}
	var names []py.Value
	var bad bool
	d.Items(func(k, v py.Value) bool {
		if _, ok := py.AsStr(k); !ok {
			bad = true
			return false
		}
		names = append(names, k)
		all = append(all, v)
		return true
	})
	if bad {
		return nil, nil, py.Errorf(py.TypeError(), "keywords must be strings")
	}
	return all, py.Object[py.Tuple](py.NewTuple(names...)), nil
}

// Thread-local objects keep one __dict__ per thread, swapped into the object
// before each attribute access; a thread's dict goes when the thread ends.

type local struct {
	py.Header
	dicts   map[*py.Thread]*py.Dict
	args    []py.Value // the constructor's arguments, for __init__ in other threads
	kwnames *py.Tuple
}

// ownInit reports whether typ (a _local subclass) defines __init__.
func ownInit(typ *py.Type) bool {
	for _, b := range typ.MRO() {
		if b == py.ObjectType() || b == localType {
			continue
		}
		if _, ok := b.Dict().GetStr("__init__"); ok {
			return true
		}
	}
	return false
}

func localNew(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	if len(args) > 0 && !ownInit(typ) {
		return py.Value{}, py.Errorf(py.TypeError(), "Initialization arguments are not supported")
	}
	l := &local{dicts: map[*py.Thread]*py.Dict{}, args: append([]py.Value(nil), args...), kwnames: kwnames}
	v := py.NewObject(&l.Header, typ)
	d := py.NewDict()
	l.dicts[t] = d
	py.SetInstanceDict(v, d)
	if !t.IsMain() {
		t.AtDone(func() { delete(l.dicts, t) })
	}
	return v, nil
}

// localDict swaps the current thread's dict into self, making it (and running
// the subclass's __init__ with the constructor's arguments) on the thread's
// first use.
func localDict(t *py.Thread, self py.Value) *py.Exception {
	l := py.Object[local](self)
	if d, ok := l.dicts[t]; ok {
		py.SetInstanceDict(self, d)
		return nil
	}
	d := py.NewDict()
	l.dicts[t] = d
	if !t.IsMain() {
		t.AtDone(func() { delete(l.dicts, t) })
	}
	py.SetInstanceDict(self, d)
	if ownInit(self.Type()) {
		init, err := py.GetAttrS(t, py.TypeValue(self.Type()), "__init__")
		if err != nil {
			return err
		}
		args := append([]py.Value{self}, l.args...)
		if _, err := py.CallKw(t, init, args, l.kwnames); err != nil {
			delete(l.dicts, t)
			return err
		}
		py.SetInstanceDict(self, d)
	}
	return nil
}

func localGetAttr(t *py.Thread, self py.Value, name *py.Str) (py.Value, *py.Exception) {
	if err := localDict(t, self); err != nil {
		return py.Value{}, err
	}
	return py.GenericGetAttr(t, self, name)
}

func localSetAttr(t *py.Thread, self py.Value, name *py.Str, val py.Value) *py.Exception {
	if name.String() == "__dict__" {
		return py.Errorf(py.AttributeError(), "'%s' object attribute '__dict__' is read-only", typeName(self.Type(), localType))
	}
	if err := localDict(t, self); err != nil {
		return err
	}
	return py.GenericSetAttr(t, self, name, val)
}

// The default thread excepthook.

func excepthook(t *py.Thread, self, args py.Value) (py.Value, *py.Exception) {
	if args.Type() != hookTy {
		return py.Value{}, py.Errorf(py.TypeError(), "_thread.excepthook argument type must be ExceptHookArgs")
	}
	f, _ := py.TupleItems(args)
	excType, excValue, excTB, thread := f[0], f[1], f[2], f[3]
	if excType.Is(py.TypeValue(py.SystemExit())) {
		return py.None(), nil // silently ignored, as an uncaught one in the main thread exits
	}
	sys, err := py.Import(t, "sys")
	if err != nil {
		return py.Value{}, err
	}
	file, ferr := py.GetAttrS(t, sys, "stderr")
	if ferr != nil || file.IsNone() {
		if thread.IsNone() {
			return py.None(), nil
		}
		// sys.stderr is gone (the program is ending): the thread's own copy.
		if file, ferr = py.GetAttrS(t, thread, "_stderr"); ferr != nil || file.IsNone() {
			return py.None(), nil
		}
	}
	name := ""
	if !thread.IsNone() {
		if n, nerr := py.GetAttrS(t, thread, "name"); nerr == nil {
			if name, err = py.StrOf(t, n); err != nil {
				return py.Value{}, err
			}
		} else if !nerr.Matches(py.AttributeError()) {
			return py.Value{}, nerr
		} else {
			name = fmt.Sprint(t.Ident())
		}
	} else {
		name = fmt.Sprint(t.Ident())
	}
	if _, err := py.CallMethod(t, file, "write", py.NewStr("Exception in thread "+name+":\n")); err != nil {
		return py.Value{}, err
	}
	if err := py.DisplayException(t, file, excValue, excTB); err != nil {
		return py.Value{}, err
	}
	return py.None(), nil
}

var methods = []*py.MethodDef{
	{Name: "start_new_thread", Fn: startNewThread},
	{Name: "start_new", Fn: startNewThread},
	py.Func("start_joinable_thread", "function, handle=None, daemon=True", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		fn := a[0]
		if !py.Callable(fn) {
			return py.Value{}, py.Errorf(py.TypeError(), "thread function must be callable")
		}
		var h *handle
		var hv py.Value
		if a[1].IsNone() {
			h = newHandle()
			hv = py.NewObject(&h.Header, handleType)
		} else if a[1].Type() == handleType {
			hv = a[1]
			h = handleOf(hv)
			if h.status != notStarted {
				return py.Value{}, py.Errorf(py.RuntimeError(), "thread already started")
			}
		} else {
			return py.Value{}, py.Errorf(py.TypeError(), "'handle' must be a _ThreadHandle")
		}
		daemon, err := py.IsTrue(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		start(t, stateOf(self), fn, nil, nil, h, daemon)
		return hv, nil
	}),
	py.FuncNoArgs("_thread.allocate_lock", newLockValue),
	py.FuncNoArgs("_thread.allocate", newLockValue),
	py.FuncNoArgs("_thread.get_ident", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Int(t.Ident()), nil
	}),
	py.FuncNoArgs("_thread.get_native_id", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		if t.IsMain() {
			return py.Int(int64(os.Getpid())), nil
		}
		if id, ok := stateOf(self).nativeIDs[t]; ok {
			return py.Int(int64(id)), nil
		}
		return py.Int(int64(unix.Gettid())), nil
	}),
	py.FuncNoArgs("_thread._count", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Int(int64(stateOf(self).count)), nil
	}),
	py.FuncNoArgs("_thread.exit", exitThread),
	py.FuncNoArgs("_thread.exit_thread", exitThread),
	py.FuncVar("stack_size", 0, 1, func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		st := stateOf(self)
		old := st.stackSize
		if len(a) == 0 {
			return py.Int(old), nil
		}
		n, err := py.IndexInt(t, a[0], py.OverflowError())
		if err != nil {
			return py.Value{}, err
		}
		if n < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "size must be 0 or a positive value")
		}
		if n != 0 && n < 32768 {
			return py.Value{}, py.Errorf(py.ValueError(), "size not valid: %d bytes", n)
		}
		// Goroutine stacks grow as needed: the size is only remembered.
		st.stackSize = n
		return py.Int(old), nil
	}),
	py.Func("interrupt_main", "signum=2", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		n, err := py.IndexInt(t, a[0], py.OverflowError())
		if err != nil {
			return py.Value{}, err
		}
		if n < 1 || n >= 65 {
			return py.Value{}, py.Errorf(py.ValueError(), "signal number out of range")
		}
		// As if the signal arrived, unless its handler is SIG_DFL or SIG_IGN (or
		// none), which interrupt_main ignores; SIGINT's default handler raises
		// KeyboardInterrupt in the main thread.
		in := t.Interp()
		if h := in.SignalHandler(int(n)); n == int64(unix.SIGINT) && h.IsNil() {
			in.Interrupt()
		} else if py.Callable(h) {
			in.Signal(int(n))
		}
		return py.None(), nil
	}),
	py.FuncNoArgs("_thread.daemon_threads_allowed", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.True(), nil
	}),
	py.FuncNoArgs("_thread._is_main_interpreter", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.True(), nil
	}),
	py.FuncNoArgs("_thread._get_main_thread_ident", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Int(t.Interp().Main().Ident()), nil
	}),
	py.FuncO("_thread._make_thread_handle", func(t *py.Thread, self, ident py.Value) (py.Value, *py.Exception) {
		if !py.IsInt(ident) {
			return py.Value{}, py.Errorf(py.TypeError(), "ident must be an integer")
		}
		id, err := py.IndexInt(t, ident, py.OverflowError())
		if err != nil {
			return py.Value{}, err
		}
		h := newHandle()
		h.ident, h.status = id, running
		for _, th := range t.Interp().Threads() {
			if th.Ident() == id {
				h.thread = th
			}
		}
		return py.NewObject(&h.Header, handleType), nil
	}),
	py.FuncNoArgs("_thread._shutdown", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		st := stateOf(self)
		for {
			var h *handle
			for _, x := range st.shutdown {
				if x.thread != t && x.status != finished {
					h = x
					break
				}
			}
			if h == nil {
				return py.None(), nil
			}
			if err := h.join(t, -1); err != nil {
				return py.Value{}, err
			}
		}
	}),
	py.FuncO("_thread._excepthook", excepthook),
}

func newLockValue(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	l := newLock()
	return py.NewObject(&l.Header, lockType), nil
}

func exitThread(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	return py.Value{}, py.NewException(py.SystemExit())
}

// startNewThread is start_new_thread(function, args, kwargs=None, /).
func startNewThread(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	if kwnames != nil && len(kwnames.Items()) > 0 {
		return py.Value{}, py.Errorf(py.TypeError(), "start_new_thread() takes no keyword arguments")
	}
	if len(args) < 2 {
		return py.Value{}, py.Errorf(py.TypeError(), "start_new_thread expected at least 2 arguments, got %d", len(args))
	}
	if len(args) > 3 {
		return py.Value{}, py.Errorf(py.TypeError(), "start_new_thread expected at most 3 arguments, got %d", len(args))
	}
	fn := args[0]
	if !py.Callable(fn) {
		return py.Value{}, py.Errorf(py.TypeError(), "first arg must be callable")
	}
	pos, ok := py.TupleItems(args[1])
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "2nd arg must be a tuple")
	}
	var kwargs py.Value
	if len(args) == 3 && !args[2].IsNone() {
		if !args[2].Type().IsSubtype(py.DictType()) {
			return py.Value{}, py.Errorf(py.TypeError(), "optional 3rd arg must be a dictionary")
		}
		kwargs = args[2]
	}
	all, kwn, err := callArgs(t, pos, kwargs)
	if err != nil {
		return py.Value{}, err
	}
	h := newHandle()
	start(t, stateOf(self), fn, all, kwn, h, true)
	return py.Int(h.ident), nil
}
