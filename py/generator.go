package py

import (
	"fmt"
	"unsafe"

	bc "github.com/kaa-python/kaa/bytecode"
)

// generator is a generator, coroutine or async generator object: a suspended frame.
type generator struct {
	Header
	frame    *frame
	running  bool
	finished bool
	exc      *Exception // the generator's own handled exception, while suspended
	// async generators only
	runningAsync bool // an asend/athrow awaitable is driving it
	agClosed     bool
	tracked      bool // has a Go finalizer that closes it (suspended in a try or with)
	name         Value
	qualname     Value
}

var (
	generatorType = newType("generator", nil, nil)
	coroutineType = newType("coroutine", nil, nil)
	asyncGenType  = newType("async_generator", nil, nil)
)

func (v Value) gen() *generator { return (*generator)(v.p) }

func newGenerator(f *frame) Value {
	typ := generatorType
	switch {
	case f.code.bc.Flags&bc.CO_COROUTINE != 0:
		typ = coroutineType
	case f.code.bc.Flags&bc.CO_ASYNC_GENERATOR != 0:
		typ = asyncGenType
	}
	g := &generator{Header: Header{typ: typ}, frame: f}
	f.isGen = true
	f.escaped = true
	if f.fn != nil {
		g.name, g.qualname = f.fn.name, f.fn.qualname
	} else {
		g.name, g.qualname = NewStr(f.code.bc.Name), NewStr(f.code.bc.QualName)
	}
	return Value{p: unsafe.Pointer(g)}
}

func (g *generator) kind() string {
	switch g.typ {
	case coroutineType:
		return "coroutine"
	case asyncGenType:
		return "async generator"
	}
	return "generator"
}

// resume runs the generator with val sent in (or exc thrown in). It returns the
// yielded value (returned=false) or the return value (returned=true).
func (g *generator) resume(t *Thread, val Value, exc *Exception) (Value, bool, *Exception) {
	if g.running {
		return Value{}, false, Errorf(valueError, "%s already executing", g.kind())
	}
	if g.finished {
		if exc != nil {
			return Value{}, false, exc
		}
		if g.typ == coroutineType {
			return Value{}, false, Errorf(runtimeError, "cannot reuse already awaited coroutine")
		}
		return pyNone, true, nil
	}
	f := g.frame
	if f.lasti == 0 && !f.yielded && exc == nil && !val.IsNone() {
		return Value{}, false, typeErrorf("can't send non-None value to a just-started %s", g.kind())
	}
	// The sent value (None for a throw, as gen_send_ex2 does) goes on the frame's
	// stack: the exception table's depth for a yield counts it.
	if exc != nil {
		val = pyNone
	}
	f.vals[f.sp] = val
	f.sp++
	if err := t.enterCall(); err != nil {
		f.sp--
		return Value{}, false, err
	}
	saved := t.exc
	if g.exc != nil {
		t.exc = g.exc
	}
	g.running = true
	f.yielded = false
	r, err := t.eval(f, exc)
	g.running = false
	t.leaveCall()
	if f.yielded {
		if t.exc != saved {
			g.exc = t.exc
		} else {
			g.exc = nil
		}
		t.exc = saved
		if !g.tracked && g.typ == generatorType && suspendedInHandler(f) {
			// CPython closes a suspended generator it frees, so that its finally
			// blocks and with statements finish: only then is it worth a finalizer.
			g.tracked = true
			t.trackDel(Value{p: unsafe.Pointer(g)})
		}
		return r, false, nil
	}
	t.exc = saved
	g.finished = true
	g.exc = nil
	if err != nil {
		return Value{}, false, err // its traceback refers to the frame
	}
	g.release()
	return r, true, nil
}

// release clears a finished generator's locals and operand stack, as CPython
// clears its frame, so that they stop keeping objects alive; unless Python code
// was handed the frame object, which then keeps them as CPython's does.
func (g *generator) release() {
	if !g.frame.exposed {
		clear(g.frame.vals)
	}
}

// yieldFrom returns the iterator a suspended generator is delegating to, if any.
func (g *generator) yieldFrom() Value {
	f := g.frame
	if g.finished || g.running || !f.yielded && f.lasti == 0 || f.pc+1 >= len(f.code.bc.Code) {
		return Value{}
	}
	co := f.code.bc.Code
	if co[f.pc] == bc.RESUME && co[f.pc+1] >= 2 && f.sp > f.code.nlocals {
		return f.vals[f.sp-1]
	}
	return Value{}
}

func (g *generator) send(t *Thread, v Value) (Value, *Exception) {
	r, returned, err := g.resume(t, v, nil)
	if err != nil {
		return Value{}, err
	}
	if returned {
		return Value{}, stopIteration(g, r)
	}
	return r, nil
}

func stopIteration(g *generator, r Value) *Exception {
	if g.typ == asyncGenType {
		return NewException(stopAsyncIteration)
	}
	if r.IsNil() || r.IsNone() {
		return NewException(stopIterationExc)
	}
	return NewException(stopIterationExc, r)
}

// throw is generator.throw(exc).
func (g *generator) throw(t *Thread, exc *Exception) (Value, *Exception) {
	if yf := g.yieldFrom(); !yf.IsNil() && !g.running {
		var r Value
		var err *Exception
		if exc.Matches(generatorExit) {
			err = closeIter(t, yf)
			if err == nil {
				err = exc
			}
		} else if yf.Type() == generatorType || yf.Type() == coroutineType {
			g.running = true
			r, err = yf.gen().throw(t, exc)
			g.running = false
		} else {
			m, found, e := lookupAttr(t, yf, newStr("throw"))
			if e != nil {
				err = e
			} else if !found {
				err = exc
			} else {
				g.running = true
				r, err = Call(t, m, exc.Value())
				g.running = false
			}
		}
		if err == nil {
			return r, nil
		}
		exc = err
	}
	r, returned, err := g.resume(t, Value{}, exc)
	if err != nil {
		return Value{}, err
	}
	if returned {
		return Value{}, stopIteration(g, r)
	}
	return r, nil
}

func closeIter(t *Thread, it Value) *Exception {
	if it.Type() == generatorType || it.Type() == coroutineType {
		_, err := it.gen().close(t)
		return err
	}
	m, found, err := lookupAttr(t, it, newStr("close"))
	if err != nil || !found {
		return err
	}
	_, err = Call(t, m)
	return err
}

// close is generator.close(): its return value (3.13) or None.
func (g *generator) close(t *Thread) (Value, *Exception) {
	if g.finished {
		return pyNone, nil
	}
	if !g.frame.yielded && g.frame.lasti == 0 {
		g.finished = true // CPython keeps an unstarted generator's arguments
		return pyNone, nil
	}
	r, returned, err := g.resumeThrow(t, NewException(generatorExit))
	if err != nil {
		if err.Matches(generatorExit) || err.Matches(stopIterationExc) {
			g.release() // the exception, and with it the traceback, is dropped here
			return pyNone, nil
		}
		return Value{}, err
	}
	if returned {
		return r, nil
	}
	return Value{}, Errorf(runtimeError, "%s ignored GeneratorExit", g.kind())
}

func (g *generator) resumeThrow(t *Thread, exc *Exception) (Value, bool, *Exception) {
	if yf := g.yieldFrom(); !yf.IsNil() {
		if err := closeIter(t, yf); err != nil {
			exc = err
		}
	}
	return g.resume(t, Value{}, exc)
}

// send is SEND: deliver v to a generator/coroutine or an iterator.
func (t *Thread) send(recv, v Value) (Value, bool, *Exception) {
	switch recv.Type() {
	case generatorType, coroutineType:
		return recv.gen().resume(t, v, nil)
	}
	var r Value
	var err *Exception
	if v.IsNone() && recv.Type().next != nil {
		r, err = recv.Type().next(t, recv)
		if err == nil && r.IsNil() {
			return pyNone, true, nil
		}
	} else {
		r, err = CallMethod(t, recv, "send", v)
	}
	if err != nil {
		if err.Matches(stopIterationExc) {
			return err.field(0), true, nil
		}
		return Value{}, false, err
	}
	return r, false, nil
}

// getAwaitable is GET_AWAITABLE: the iterator behind an awaitable.
func getAwaitable(t *Thread, v Value, where int) (Value, *Exception) {
	if v.Type() == coroutineType {
		g := v.gen()
		if !g.yieldFrom().IsNil() {
			return Value{}, Errorf(runtimeError, "coroutine is being awaited already")
		}
		return v, nil
	}
	if v.Type() == generatorType && v.gen().frame.code.bc.Flags&bc.CO_ITERABLE_COROUTINE != 0 {
		return v, nil
	}
	aw, found, err := lookupSpecial(t, v, "__await__")
	if err != nil {
		return Value{}, err
	}
	if !found {
		switch where {
		case 1:
			return Value{}, typeErrorf("'async with' received an object from __aenter__ that does not implement __await__: %s", typeName(v))
		case 2:
			return Value{}, typeErrorf("'async with' received an object from __aexit__ that does not implement __await__: %s", typeName(v))
		}
		return Value{}, typeErrorf("object %s can't be used in 'await' expression", typeName(v))
	}
	it, err := Call(t, aw)
	if err != nil {
		return Value{}, err
	}
	if it.Type() == coroutineType {
		return Value{}, typeErrorf("__await__() returned a coroutine")
	}
	if it.Type().next == nil {
		return Value{}, typeErrorf("__await__() returned non-iterator of type '%s'", typeName(it))
	}
	return it, nil
}

func getAIter(t *Thread, v Value) (Value, *Exception) {
	m, found, err := lookupSpecial(t, v, "__aiter__")
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, typeErrorf("'async for' requires an object with __aiter__ method, got %s", typeName(v))
	}
	it, err := Call(t, m)
	if err != nil {
		return Value{}, err
	}
	if it.Type().lookupS("__anext__").IsNil() {
		return Value{}, typeErrorf("'async for' received an object from __aiter__ that does not implement __anext__: %s", typeName(it))
	}
	return it, nil
}

func getANext(t *Thread, it Value) (Value, *Exception) {
	m, found, err := lookupSpecial(t, it, "__anext__")
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, typeErrorf("'async for' requires an iterator with __anext__ method, got %s", typeName(it))
	}
	aw, err := Call(t, m)
	if err != nil {
		return Value{}, err
	}
	r, err := getAwaitable(t, aw, 0)
	if err != nil {
		return Value{}, typeErrorf("'async for' received an invalid object from __anext__: %s", typeName(aw))
	}
	return r, nil
}

func init() {
	for _, gt := range []*Type{generatorType, coroutineType} {
		gt.repr = func(t *Thread, v Value) (Value, *Exception) {
			g := v.gen()
			q, _ := StrOf(t, g.qualname)
			return NewStr(fmt.Sprintf("<%s object %s at %#x>", g.kind(), q, idOf(v))), nil
		}
		methods := []*MethodDef{
			methO(gt.Name+".send", func(t *Thread, self, v Value) (Value, *Exception) { return self.gen().send(t, v) }),
			methN("throw", 1, 3, func(t *Thread, self Value, args []Value) (Value, *Exception) {
				e, err := throwArgs(t, args)
				if err != nil {
					return Value{}, err
				}
				return self.gen().throw(t, e)
			}),
			methNoArgs(gt.Name+".close", func(t *Thread, self Value) (Value, *Exception) { return self.gen().close(t) }),
		}
		running := func(g *generator) bool { return g.running }
		if gt == generatorType {
			methods = append(methods, genAttrs("gi_", "gi_yieldfrom", running)...)
			gt.iter = selfIter
			gt.next = func(t *Thread, v Value) (Value, *Exception) {
				r, returned, err := v.gen().resume(t, pyNone, nil)
				if err != nil {
					return Value{}, err
				}
				if returned {
					if !r.IsNone() {
						return Value{}, NewException(stopIterationExc, r)
					}
					return Value{}, nil
				}
				return r, nil
			}
		} else {
			methods = append(methods, genAttrs("cr_", "cr_await", running)...)
			methods = append(methods, methNoArgs("coroutine.__await__", func(t *Thread, self Value) (Value, *Exception) {
				return Value{p: unsafe.Pointer(&coroWrapper{Header: Header{typ: coroWrapperType}, coro: self})}, nil
			}))
		}
		gt.readyLazy(func() []*MethodDef { return methods })
	}
	coroWrapperType.iter = selfIter
	coroWrapperType.next = func(t *Thread, v Value) (Value, *Exception) {
		g := (*coroWrapper)(v.p).coro.gen()
		r, returned, err := g.resume(t, pyNone, nil)
		if err != nil {
			return Value{}, err
		}
		if returned {
			return Value{}, stopIteration(g, r)
		}
		return r, nil
	}
	coroWrapperType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			methO("coroutine_wrapper.send", func(t *Thread, self, v Value) (Value, *Exception) {
				return (*coroWrapper)(self.p).coro.gen().send(t, v)
			}),
			methN("throw", 1, 3, func(t *Thread, self Value, args []Value) (Value, *Exception) {
				e, err := throwArgs(t, args)
				if err != nil {
					return Value{}, err
				}
				return (*coroWrapper)(self.p).coro.gen().throw(t, e)
			}),
			methNoArgs("coroutine_wrapper.close", func(t *Thread, self Value) (Value, *Exception) {
				return (*coroWrapper)(self.p).coro.gen().close(t)
			}),
		}
	})
}

// genAttrs are the attributes generators, coroutines and async generators share,
// with their prefix (gi_, cr_, ag_); delegate names the yield-from/await target.
func genAttrs(prefix, delegate string, running func(*generator) bool) []*MethodDef {
	extra := []*MethodDef{&MethodDef{Name: "__class_getitem__", Class: true, Fn: genericAlias}}
	if prefix == "cr_" {
		extra = append(extra, getset("cr_origin", func(t *Thread, v Value) (Value, *Exception) { return pyNone, nil }, nil))
	}
	return append(extra, []*MethodDef{
		getset("__name__", func(t *Thread, v Value) (Value, *Exception) { return v.gen().name, nil }, nil),
		getset("__qualname__", func(t *Thread, v Value) (Value, *Exception) { return v.gen().qualname, nil }, nil),
		getset(prefix+"running", func(t *Thread, v Value) (Value, *Exception) { return Bool(running(v.gen())), nil }, nil),
		getset(prefix+"frame", func(t *Thread, v Value) (Value, *Exception) {
			if v.gen().finished {
				return pyNone, nil
			}
			return v.gen().frame.Value(), nil
		}, nil),
		getset(prefix+"code", func(t *Thread, v Value) (Value, *Exception) {
			return Value{p: unsafe.Pointer(v.gen().frame.code)}, nil
		}, nil),
		getset(prefix+"suspended", func(t *Thread, v Value) (Value, *Exception) {
			g := v.gen()
			return Bool(!g.finished && !g.running && g.frame.yielded), nil
		}, nil),
		getset(delegate, func(t *Thread, v Value) (Value, *Exception) {
			if yf := v.gen().yieldFrom(); !yf.IsNil() {
				return yf, nil
			}
			return pyNone, nil
		}, nil),
	}...)
}

type coroWrapper struct {
	Header
	coro Value
}

// coroWrapperType is the iterator coroutine.__await__() returns.
var coroWrapperType = newType("coroutine_wrapper", nil, nil)

// throwArgs builds the exception of throw(typ[, val[, tb]]).
func throwArgs(t *Thread, args []Value) (*Exception, *Exception) {
	typ := args[0]
	if isExcClass(typ) {
		var val Value
		if len(args) > 1 && !args[1].IsNone() {
			val = args[1]
		}
		if !val.IsNil() && val.Type().IsSubtype(typ.typeObj()) {
			return val.exc(), nil
		}
		var r Value
		var err *Exception
		if val.IsNil() {
			r, err = Call(t, typ)
		} else if items, ok := val.tupleItems(); ok {
			r, err = Call(t, typ, items...)
		} else {
			r, err = Call(t, typ, val)
		}
		if err != nil {
			return nil, err
		}
		return r.exc(), nil
	}
	if typ.Type().IsSubtype(baseException) {
		if len(args) > 1 && !args[1].IsNone() {
			return nil, typeErrorf("instance exception may not have a separate value")
		}
		return typ.exc(), nil
	}
	return nil, typeErrorf("exceptions must be classes or instances deriving from BaseException, not %s", typeName(typ))
}

// suspendedInHandler reports whether the frame stopped at a yield inside a try
// or with block (or a yield from, whose iterator may have one): a handler other
// than the generator's own outermost one, which turns StopIteration into
// RuntimeError, covers the yield.
func suspendedInHandler(f *frame) bool {
	h := findHandler(f.code.excTable, f.lasti)
	if h == nil {
		return false
	}
	co := f.code.bc.Code
	if h.Target+1 < len(co) && co[h.Target] == bc.CALL_INTRINSIC_1 && co[h.Target+1] == 3 { // INTRINSIC_STOPITERATION_ERROR
		return false
	}
	return true
}
