package py

// Weak references and finalizers, on Go's weak pointers.
//
// A weakref.ref (or proxy) holds a weak.Pointer to its referent's Header. What
// CPython keeps in the referent (its list of weak references) lives here in the
// interpreter's weakState, keyed by that weak pointer, so objects nobody refers to
// weakly pay nothing. The first weak reference to an object registers a Go
// cleanup (runtime.AddCleanup); instances of classes that define __del__ get a
// Go finalizer (runtime.SetFinalizer), which resurrects the object for its
// __del__. Neither runs Python code on the collector's goroutines: they queue
// the work and set a bit of the eval breaker, and the interpreter's own thread
// runs the callbacks and __del__ methods at its next check (RESUME,
// JUMP_BACKWARD), at gc.collect(), or at exit. See RATIONALE.md.

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"time"
	"unsafe" // also for go:linkname
	"weak"
)

const breakFinalize = 2

// weakRef is a weakref.ref, a weakref.ProxyType or a weakref.CallableProxyType
// (or an instance of a subclass of ref).
type weakRef struct {
	Header
	wp       weak.Pointer[Header] // the referent
	callback Value                // zero once called, or if there is none
	hash     int64
	hashed   bool
	slots    []Value // __slots__ of a subclass
}

var (
	// weakRefType is weakref.ReferenceType (weakref.ref).
	weakRefType = newType("weakref.ReferenceType", nil, nil)
	// weakProxyType is weakref.ProxyType.
	weakProxyType = newType("weakref.ProxyType", nil, nil)
	// weakCallableProxyType is weakref.CallableProxyType.
	weakCallableProxyType = newType("weakref.CallableProxyType", nil, nil)
)

// weakEntry is what the interpreter knows of one weakly referenced object: its
// weak references in CPython's list order (the basic ref, the basic proxy, then
// the others, newest first).
type weakEntry struct {
	key  weak.Pointer[Header]
	seq  uint64
	refs []weak.Pointer[weakRef]
}

// delRecord follows one object whose class defines __del__. obj is set (by the
// Go finalizer, which resurrects the object) when it became unreachable.
type delRecord struct {
	key weak.Pointer[Header]
	seq uint64
	obj unsafe.Pointer // guarded by weakState.mu
}

// weakState is the interpreter's part: the maps are the interpreter thread's; the
// queues (*finQueue) are filled by the collector's goroutines.
type weakState struct {
	entries map[weak.Pointer[Header]]*weakEntry
	dels    map[weak.Pointer[Header]]*delRecord
	seq     uint64
	running bool
	*finQueue
}

// finQueue is what the cleanups and finalizers reach. Their closures are roots
// for Go's collector, so they hold no strong pointer to the interpreter: an
// embedding host's dropped interpreter must still be collected.
type finQueue struct {
	mu       sync.Mutex
	deadRefs []*weakEntry
	deadDels []*delRecord
	deadGens []unsafe.Pointer // generators to close
	owner    weak.Pointer[Interp]
}

// notify sets the eval breaker's finalizer bit of the interpreter, if it lives.
func (q *finQueue) notify() {
	if in := q.owner.Value(); in != nil {
		in.breaker.Or(breakFinalize)
	}
}

// weakrefable reports whether instances of typ may be weakly referenced.
func weakrefable(v Value) bool {
	if v.n != 0 || v.p == nil {
		return false
	}
	return v.Type().hasWeakref
}

func init() {
	for _, t := range []*Type{typeType, functionType, builtinType, methodType, codeType, setType, frozenSetType,
		generatorType, coroutineType, asyncGenType, moduleType, memoryViewType, genericAliasType, stdStreamType,
		typeVarType, paramSpecType, typeVarTupleType} {
		t.hasWeakref = true
	}
}

func (v Value) weakRef() *weakRef { return (*weakRef)(v.p) }

// referent returns the object r refers to, or the zero Value once it is gone.
func (r *weakRef) referent() Value {
	if h := r.wp.Value(); h != nil {
		return Value{p: unsafe.Pointer(h)}
	}
	return Value{}
}

func (in *Interp) weak() *weakState {
	if in.weakSt == nil {
		in.weakSt = &weakState{entries: map[weak.Pointer[Header]]*weakEntry{}, dels: map[weak.Pointer[Header]]*delRecord{},
			finQueue: &finQueue{owner: weak.Make(in)}}
	}
	return in.weakSt
}

// entryFor returns obj's entry, making it (and its Go cleanup) on first use.
func (in *Interp) entryFor(obj Value) *weakEntry {
	ws := in.weak()
	key := weak.Make((*Header)(obj.p))
	if e := ws.entries[key]; e != nil {
		return e
	}
	ws.seq++
	e := &weakEntry{key: key, seq: ws.seq}
	ws.entries[key] = e
	if obj.Type().IsSubtype(typeType) && !obj.typeObj().heap {
		// A builtin type is shared by every interpreter and never dies: a
		// cleanup would only keep this interpreter alive as long as the type.
		return e
	}
	q := ws.finQueue
	runtime.AddCleanup((*Header)(obj.p), func(e *weakEntry) {
		q.mu.Lock()
		q.deadRefs = append(q.deadRefs, e)
		q.mu.Unlock()
		q.notify()
	}, e)
	return e
}

// existing returns obj's entry or nil.
func (in *Interp) existingEntry(obj Value) *weakEntry {
	if in.weakSt == nil || !weakrefable(obj) {
		return nil
	}
	return in.weakSt.entries[weak.Make((*Header)(obj.p))]
}

// live returns the entry's weak references that still exist, in list order.
func (e *weakEntry) live() []*weakRef {
	var out []*weakRef
	n := 0
	for _, w := range e.refs {
		if r := w.Value(); r != nil && r.wp == e.key {
			out = append(out, r)
			e.refs[n] = w
			n++
		}
	}
	clear(e.refs[n:])
	e.refs = e.refs[:n]
	return out
}

// isBasic reports whether r is the canonical ref or proxy (no callback, exact type).
func (r *weakRef) isBasic() bool {
	return r.callback.IsNil() && (r.typ == weakRefType || r.typ == weakProxyType || r.typ == weakCallableProxyType)
}

// newWeakRef is get_or_create_weakref: a basic ref or proxy is shared, others are
// inserted after the basic ones.
func newWeakRef(t *Thread, typ *Type, obj, callback Value) (Value, *Exception) {
	if !weakrefable(obj) {
		return Value{}, typeErrorf("cannot create weak reference to '%s' object", typeName(obj))
	}
	if callback.IsNone() {
		callback = Value{}
	}
	e := t.interp.entryFor(obj)
	refs := e.live()
	proxy := typ == weakProxyType || typ == weakCallableProxyType
	basic := callback.IsNil() && (typ == weakRefType || proxy)
	nbasic := 0
	for _, r := range refs {
		if !r.isBasic() {
			break
		}
		if basic && r.typ == typ {
			return Value{p: unsafe.Pointer(r)}, nil
		}
		nbasic++
	}
	r := &weakRef{Header: Header{typ: typ}, wp: e.key, callback: callback}
	if typ.nslots > 0 {
		r.slots = make([]Value, typ.nslots)
	}
	if typ.heap && typ.hasDict {
		r.dict = NewDict()
	}
	w := weak.Make(r)
	switch {
	case basic && typ == weakRefType:
		e.refs = slices.Insert(e.refs, 0, w)
	default:
		e.refs = slices.Insert(e.refs, nbasic, w)
	}
	return Value{p: unsafe.Pointer(r)}, nil
}

// NewProxy is weakref.proxy(obj, callback).
func NewProxy(t *Thread, obj, callback Value) (Value, *Exception) {
	typ := weakProxyType
	if obj.Type().call != nil && weakrefable(obj) {
		typ = weakCallableProxyType
	}
	return newWeakRef(t, typ, obj, callback)
}

// newWeakRefTo is weakref.ref(obj, callback).
func newWeakRefTo(t *Thread, obj, callback Value) (Value, *Exception) {
	return newWeakRef(t, weakRefType, obj, callback)
}

// WeakRefCount is weakref.getweakrefcount(obj).
func WeakRefCount(t *Thread, obj Value) int {
	if e := t.interp.existingEntry(obj); e != nil {
		return len(e.live())
	}
	return 0
}

// WeakRefs is weakref.getweakrefs(obj).
func WeakRefs(t *Thread, obj Value) []Value {
	var out []Value
	if e := t.interp.existingEntry(obj); e != nil {
		for _, r := range e.live() {
			out = append(out, Value{p: unsafe.Pointer(r)})
		}
	}
	return out
}

// weakrefAttr is the __weakref__ getter: the first weak reference, or None.
func weakrefAttr(t *Thread, v Value) (Value, *Exception) {
	if e := t.interp.existingEntry(v); e != nil {
		if refs := e.live(); len(refs) > 0 {
			return Value{p: unsafe.Pointer(refs[0])}, nil
		}
	}
	return pyNone, nil
}

// trackDel registers obj, an instance of a class with __del__, for finalization
// (once).
func (t *Thread) trackDel(obj Value) {
	if obj.n != 0 || obj.p == nil {
		return
	}
	in := t.interp
	ws := in.weak()
	if obj.Type() == generatorType {
		// A generator is closed by the collector but not at exit: no record,
		// which keeps the cost of a generator suspended in a try block low.
		q := ws.finQueue
		runtime.SetFinalizer((*Header)(obj.p), func(h *Header) {
			q.mu.Lock()
			q.deadGens = append(q.deadGens, unsafe.Pointer(h))
			q.mu.Unlock()
			q.notify()
		})
		return
	}
	key := weak.Make((*Header)(obj.p))
	if _, ok := ws.dels[key]; ok {
		return
	}
	ws.seq++
	rec := &delRecord{key: key, seq: ws.seq}
	ws.dels[key] = rec
	q := ws.finQueue
	runtime.SetFinalizer((*Header)(obj.p), func(h *Header) {
		q.mu.Lock()
		rec.obj = unsafe.Pointer(h)
		q.deadDels = append(q.deadDels, rec)
		q.mu.Unlock()
		q.notify()
	})
}

// runFinalizers runs the queued __del__ methods and then the weak reference
// callbacks, on this thread; it reports how many ran. Nested calls (a __del__
// reaching a breaker check) return at once: the outer loop takes the new work.
func (t *Thread) runFinalizers() int {
	in := t.interp
	in.breaker.And(^uint32(breakFinalize))
	ws := in.weakSt
	if ws == nil || ws.running {
		return 0
	}
	ws.running = true
	defer func() { ws.running = false }()
	n := 0
	for {
		ws.mu.Lock()
		dels, refs, gens := ws.deadDels, ws.deadRefs, ws.deadGens
		ws.deadDels, ws.deadRefs, ws.deadGens = nil, nil, nil
		ws.mu.Unlock()
		if len(dels) == 0 && len(refs) == 0 && len(gens) == 0 {
			return n
		}
		for _, g := range gens {
			t.callDel(Value{p: g})
			n++
		}
		slices.SortFunc(dels, func(a, b *delRecord) int { return int(a.seq - b.seq) })
		for _, rec := range dels {
			if ws.dels[rec.key] != rec {
				continue
			}
			delete(ws.dels, rec.key)
			ws.mu.Lock()
			p := rec.obj
			rec.obj = nil
			ws.mu.Unlock()
			if p != nil {
				t.callDel(Value{p: p})
				n++
			}
		}
		slices.SortFunc(refs, func(a, b *weakEntry) int { return int(a.seq - b.seq) })
		for _, e := range refs {
			if ws.entries[e.key] != e {
				continue
			}
			delete(ws.entries, e.key)
			n += t.clearWeakRefs(e)
		}
	}
}

// callDel runs obj's __del__, reporting an exception as unraisable; a
// generator is closed instead, as _PyGen_Finalize does.
func (t *Thread) callDel(obj Value) {
	if obj.Type() == generatorType {
		saved := t.exc
		defer func() { t.exc = saved }()
		if _, err := obj.gen().close(t); err != nil {
			t.WriteUnraisable(err, "", obj)
		}
		return
	}
	del := obj.Type().lookup(strDel)
	if del.IsNil() {
		return
	}
	saved := t.exc
	defer func() { t.exc = saved }()
	if _, err := callMethodDescr(t, del, obj); err != nil {
		t.WriteUnraisable(err, "", del)
	}
}

// clearWeakRefs is PyObject_ClearWeakRefs for a referent that is gone: every
// reference is cleared, then the callbacks run in list order.
func (t *Thread) clearWeakRefs(e *weakEntry) int {
	refs := e.live()
	type pending struct {
		r  *weakRef
		cb Value
	}
	var calls []pending
	for _, r := range refs {
		if !r.callback.IsNil() {
			calls = append(calls, pending{r, r.callback})
			r.callback = Value{}
		}
	}
	saved := t.exc
	defer func() { t.exc = saved }()
	for _, c := range calls {
		if _, err := Call(t, c.cb, Value{p: unsafe.Pointer(c.r)}); err != nil {
			t.WriteUnraisable(err, "", c.cb)
		}
	}
	return len(calls)
}

// CollectGarbage is gc.collect's work: Go's collector runs, then the __del__
// methods and weak reference callbacks of what it found unreachable, until a
// round finds nothing more (an object freed by a finalizer may free others).
func (t *Thread) CollectGarbage() {
	for range 8 {
		runtime.GC()
		ws := t.interp.weakSt
		if ws == nil {
			return
		}
		ws.awaitFinalizers()
		// A referent found unreachable has a nil weak pointer now, though its
		// cleanup may not have been queued yet.
		var dead []*weakEntry
		for k, e := range ws.entries {
			if k.Value() == nil {
				dead = append(dead, e)
			}
		}
		if len(dead) > 0 {
			ws.mu.Lock()
			ws.deadRefs = append(ws.deadRefs, dead...)
			ws.mu.Unlock()
		}
		if t.runFinalizers() == 0 && len(dead) == 0 {
			return
		}
	}
}

// blockUntilEmptyFinalizerQueue is the runtime's own wait for its finalizer
// queue to drain (the runtime exports it for tests with a linkname directive).
//
//go:linkname blockUntilEmptyFinalizerQueue runtime.blockUntilEmptyFinalizerQueue
func blockUntilEmptyFinalizerQueue(timeout int64) bool

// awaitFinalizers waits (up to a second) until the Go finalizers of the objects
// the collector found unreachable have run, that is, queued their objects here.
func (ws *weakState) awaitFinalizers() {
	deadline := time.Now().Add(time.Second)
	blockUntilEmptyFinalizerQueue(int64(time.Second))
	for {
		waiting := false
		ws.mu.Lock()
		for k, rec := range ws.dels {
			if rec.obj == nil && k.Value() == nil && !slices.Contains(ws.deadDels, rec) {
				waiting = true
				break
			}
		}
		ws.mu.Unlock()
		if !waiting || time.Now().After(deadline) {
			return
		}
		time.Sleep(50 * time.Microsecond)
	}
}

// finalizeAtExit runs what is pending, then the __del__ of every object still
// alive that has one, oldest first, as CPython's finalization does when it
// clears the modules.
func (t *Thread) finalizeAtExit() {
	ws := t.interp.weakSt
	if ws == nil {
		return
	}
	if len(ws.dels) == 0 {
		// No __del__ to call: what is queued runs, without a last collection
		// (which a large heap would make slow to exit).
		t.runFinalizers()
		return
	}
	t.CollectGarbage()
	// A __del__ may make new objects with a __del__: a few rounds, not forever.
	for range 16 {
		var live []*delRecord
		for k, rec := range ws.dels {
			if k.Value() != nil {
				live = append(live, rec)
			}
		}
		if len(live) == 0 {
			return
		}
		slices.SortFunc(live, func(a, b *delRecord) int { return int(a.seq - b.seq) })
		for _, rec := range live {
			h := rec.key.Value()
			if h == nil || ws.dels[rec.key] != rec {
				continue
			}
			delete(ws.dels, rec.key)
			runtime.SetFinalizer(h, nil)
			t.callDel(Value{p: unsafe.Pointer(h)})
		}
	}
}

// Python-level behaviour of the three types.

func weakrefRepr(t *Thread, v Value) (Value, *Exception) {
	r := v.weakRef()
	obj := r.referent()
	if obj.IsNil() {
		return NewStr(fmt.Sprintf("<weakref at %#x; dead>", idOf(v))), nil
	}
	name, ok, err := lookupSpecial(t, obj, "__name__")
	if err != nil {
		return Value{}, err
	}
	if ok && name.Type().layout == strType {
		return NewStr(fmt.Sprintf("<weakref at %#x; to '%s' at %#x (%s)>", idOf(v), obj.Type().tpName(), idOf(obj), name.str().s)), nil
	}
	return NewStr(fmt.Sprintf("<weakref at %#x; to '%s' at %#x>", idOf(v), obj.Type().tpName(), idOf(obj))), nil
}

func weakrefHash(t *Thread, v Value) (int64, *Exception) {
	r := v.weakRef()
	if r.hashed {
		return r.hash, nil
	}
	obj := r.referent()
	if obj.IsNil() {
		return 0, typeErrorf("weak object has gone away")
	}
	h, err := Hash(t, obj)
	if err != nil {
		return 0, err
	}
	r.hash, r.hashed = h, true
	return h, nil
}

func weakrefRichcmp(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
	if (op != EQ && op != NE) || !b.Type().IsSubtype(weakRefType) || !a.Type().IsSubtype(weakRefType) {
		return pyNotImplemented, nil
	}
	x, y := a.weakRef().referent(), b.weakRef().referent()
	if x.IsNil() || y.IsNil() {
		same := a.Is(b)
		return Bool(same == (op == EQ)), nil
	}
	return RichCompare(t, x, y, op)
}

// weakrefParse is parse_weakref_init_args: one or two positional arguments;
// keyword arguments are ignored (a subclass's __init__ may take them), except
// by a call of ref itself (its vectorcall refuses them).
func weakrefParse(typ *Type, name string, args []Value, kw *Tuple) (Value, Value, *Exception) {
	npos := len(args) - kwLen(kw)
	if kwLen(kw) > 0 && typ == weakRefType {
		return Value{}, Value{}, typeErrorf("ref() takes no keyword arguments")
	}
	if err := checkArgs(name, args[:npos], 1, 2); err != nil {
		return Value{}, Value{}, err
	}
	cb := pyNone
	if npos == 2 {
		cb = args[1]
	}
	return args[0], cb, nil
}

func init() {
	w := weakRefType
	w.doc = ""
	w.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		obj, cb, err := weakrefParse(typ, "__new__", args, kw)
		if err != nil {
			return Value{}, err
		}
		return newWeakRef(t, typ, obj, cb)
	}
	w.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		_, _, err := weakrefParse(self.Type(), "__init__", args, kw)
		return err
	}
	w.call = func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
		if kwLen(kw) > 0 {
			return Value{}, typeErrorf("weakref() takes no keyword arguments")
		}
		if err := checkArgs("weakref", args, 0, 0); err != nil {
			return Value{}, err
		}
		if obj := self.weakRef().referent(); !obj.IsNil() {
			return obj, nil
		}
		return pyNone, nil
	}
	w.repr = weakrefRepr
	w.hash = weakrefHash
	w.richcmp = weakrefRichcmp
	w.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__callback__", func(t *Thread, v Value) (Value, *Exception) { return orNone(v.weakRef().callback), nil }, nil),
			{Name: "__class_getitem__", Class: true, Fn: genericAlias, Doc: "See PEP 585"},
		}
	})
	initProxies()
}

// RemoveDeadWeakRef is _weakref._remove_dead_weakref: del dct[key] if its value
// is a dead weak reference (a missing key is no error).
func RemoveDeadWeakRef(t *Thread, dct, key Value) *Exception {
	if !dct.Type().IsSubtype(dictType) {
		return typeErrorf("_remove_dead_weakref() argument 1 must be dict, not %s", typeName(dct))
	}
	d := dct.dictObj()
	v, ok, err := d.GetItem(t, key)
	if err != nil || !ok {
		return err
	}
	if !v.Type().IsSubtype(weakRefType) && !isProxy(v) {
		return typeErrorf("not a weakref")
	}
	if v.weakRef().referent().IsNil() {
		_, err = d.DelItem(t, key)
	}
	return err
}
