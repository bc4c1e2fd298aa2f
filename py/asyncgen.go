package py

import (
	"fmt"
	"unsafe"
)

// Async generators. The frame yields two kinds of values: those of `yield`, wrapped by
// the ASYNC_GEN_WRAP intrinsic, and those an `await` inside passes up to the event
// loop. The awaitables asend()/__anext__() and athrow()/aclose() return drive the
// frame and tell the two apart: a wrapped value ends the await with StopIteration
// carrying it; anything else goes on up.

type asyncGenWrapped struct {
	Header
	val Value
}

type asyncGenAwaitable struct {
	Header
	gen   *generator
	val   Value      // asend: the value to send first
	exc   *Exception // athrow: the exception; nil with close for aclose()
	close bool
	state int // 0 not started, 1 running, 2 done
}

var (
	asyncGenWrappedType = newType("async_generator_wrapped_value", nil, nil)
	asyncGenASendType   = newType("async_generator_asend", nil, nil)
	asyncGenAThrowType  = newType("async_generator_athrow", nil, nil)
)

func asyncGenWrap(v Value) Value {
	return Value{p: unsafe.Pointer(&asyncGenWrapped{Header: Header{typ: asyncGenWrappedType}, val: v})}
}

func (v Value) agAwaitable() *asyncGenAwaitable { return (*asyncGenAwaitable)(v.p) }

func newAGAwaitable(typ *Type, g *generator) *asyncGenAwaitable {
	return &asyncGenAwaitable{Header: Header{typ: typ}, gen: g}
}

// finish is async_gen_unwrap_value, and for aclose() the check of what the generator
// did with GeneratorExit: a wrapped yield ends the awaitable (with its value, or for
// aclose with "ignored GeneratorExit"); an await's value passes on up.
func (o *asyncGenAwaitable) finish(r Value, err *Exception) (Value, *Exception) {
	g := o.gen
	if err == nil && r.Type() != asyncGenWrappedType {
		return r, nil
	}
	g.runningAsync = false
	o.state = 2
	if err != nil {
		if err.Matches(stopAsyncIteration) || err.Matches(generatorExit) {
			g.agClosed = true
			if o.close {
				return Value{}, NewException(stopIterationExc)
			}
		}
		return Value{}, err
	}
	if o.close {
		return Value{}, Errorf(runtimeError, "async generator ignored GeneratorExit")
	}
	return Value{}, NewException(stopIterationExc, (*asyncGenWrapped)(r.p).val)
}

func (o *asyncGenAwaitable) send(t *Thread, v Value) (Value, *Exception) {
	g := o.gen
	if o.typ == asyncGenASendType {
		if o.state == 2 {
			return Value{}, Errorf(runtimeError, "cannot reuse already awaited __anext__()/asend()")
		}
		if o.state == 0 {
			if g.runningAsync {
				return Value{}, Errorf(runtimeError, "anext(): asynchronous generator is already running")
			}
			if v.IsNone() {
				v = o.val
			}
			o.state = 1
			g.runningAsync = true
		}
		return o.finish(g.send(t, v))
	}
	what := "athrow"
	if o.close {
		what = "aclose"
	}
	if o.state == 2 {
		return Value{}, Errorf(runtimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	if g.agClosed || g.finished {
		o.state = 2
		if o.close {
			return Value{}, NewException(stopIterationExc)
		}
		return Value{}, NewException(stopAsyncIteration)
	}
	if o.state == 0 {
		if g.runningAsync {
			return Value{}, Errorf(runtimeError, "%s(): asynchronous generator is already running", what)
		}
		if !v.IsNone() {
			return Value{}, Errorf(runtimeError, "can't send non-None value to a just-started coroutine")
		}
		o.state = 1
		g.runningAsync = true
		exc := o.exc
		if o.close {
			exc = NewException(generatorExit)
		}
		return o.finish(g.throw(t, exc))
	}
	return o.finish(g.send(t, v))
}

func (o *asyncGenAwaitable) throw(t *Thread, exc *Exception) (Value, *Exception) {
	if o.state == 2 {
		if o.typ == asyncGenASendType {
			return Value{}, Errorf(runtimeError, "cannot reuse already awaited __anext__()/asend()")
		}
		return Value{}, Errorf(runtimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	return o.finish(o.gen.throw(t, exc))
}

func init() {
	asyncGenWrappedType.ready()
	asyncGenType.repr = func(t *Thread, v Value) (Value, *Exception) {
		q, _ := StrOf(t, v.gen().qualname)
		return NewStr(fmt.Sprintf("<async_generator object %s at %#x>", q, idOf(v))), nil
	}
	asend := func(self, v Value) Value {
		o := newAGAwaitable(asyncGenASendType, self.gen())
		o.val = v
		return Value{p: unsafe.Pointer(o)}
	}
	defs := []*MethodDef{
		methNoArgs("async_generator.__aiter__", func(t *Thread, self Value) (Value, *Exception) { return self, nil }),
		methNoArgs("async_generator.__anext__", func(t *Thread, self Value) (Value, *Exception) { return asend(self, pyNone), nil }),
		methO("async_generator.asend", func(t *Thread, self, v Value) (Value, *Exception) { return asend(self, v), nil }),
		methN("athrow", 1, 3, func(t *Thread, self Value, args []Value) (Value, *Exception) {
			e, err := throwArgs(t, args)
			if err != nil {
				return Value{}, err
			}
			o := newAGAwaitable(asyncGenAThrowType, self.gen())
			o.exc = e
			return Value{p: unsafe.Pointer(o)}, nil
		}),
		methNoArgs("async_generator.aclose", func(t *Thread, self Value) (Value, *Exception) {
			o := newAGAwaitable(asyncGenAThrowType, self.gen())
			o.close = true
			return Value{p: unsafe.Pointer(o)}, nil
		}),
	}
	asyncGenType.readyLazy(func() []*MethodDef {
		return append(defs, genAttrs("ag_", "ag_await", func(g *generator) bool { return g.runningAsync })...)
	})
	for _, at := range []*Type{asyncGenASendType, asyncGenAThrowType} {
		at.iter = selfIter
		at.next = func(t *Thread, v Value) (Value, *Exception) {
			r, err := v.agAwaitable().send(t, pyNone)
			if err != nil && err.Matches(stopIterationExc) && err.field(0).IsNone() && len(err.args.items) == 0 {
				return Value{}, nil
			}
			return r, err
		}
		at.readyLazy(func() []*MethodDef {
			return []*MethodDef{
				methNoArgs(at.Name+".__await__", func(t *Thread, self Value) (Value, *Exception) { return self, nil }),
				methO(at.Name+".send", func(t *Thread, self, v Value) (Value, *Exception) { return self.agAwaitable().send(t, v) }),
				methN("throw", 1, 3, func(t *Thread, self Value, args []Value) (Value, *Exception) {
					e, err := throwArgs(t, args)
					if err != nil {
						return Value{}, err
					}
					return self.agAwaitable().throw(t, e)
				}),
				methNoArgs(at.Name+".close", func(t *Thread, self Value) (Value, *Exception) {
					self.agAwaitable().state = 2
					return pyNone, nil
				}),
			}
		})
	}
}

// anextAwaitable is what anext(it, default) returns: it awaits it.__anext__()
// and turns its StopAsyncIteration into the default value.
type anextAwaitable struct {
	Header
	inner Value // the iterator of the awaitable __anext__() returned
	dflt  Value
}

var anextAwaitableType = newType("anext_awaitable", nil, nil)

func (a *anextAwaitable) step(t *Thread, call func() (Value, *Exception)) (Value, *Exception) {
	r, err := call()
	if err != nil && err.Matches(stopAsyncIteration) {
		return Value{}, NewException(stopIterationExc, a.dflt)
	}
	return r, err
}

// awaitIter is the iterator an await expression drives for v (__await__).
func awaitIter(t *Thread, v Value) (Value, *Exception) {
	if v.Type().next != nil {
		return v, nil
	}
	m, found, err := lookupSpecial(t, v, "__await__")
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, typeErrorf("'%s' object can't be awaited", typeName(v))
	}
	return Call(t, m)
}

func init() {
	at := anextAwaitableType
	self := func(v Value) *anextAwaitable { return (*anextAwaitable)(v.p) }
	at.iter = selfIter
	at.next = func(t *Thread, v Value) (Value, *Exception) {
		a := self(v)
		r, err := a.step(t, func() (Value, *Exception) {
			// send(None), not Next: Next would swallow StopIteration's value.
			if _, ok, _ := lookupAttr(t, a.inner, newStr("send")); ok {
				return CallMethod(t, a.inner, "send", pyNone)
			}
			r, err := a.inner.Type().next(t, a.inner)
			if err == nil && r.IsNil() {
				return Value{}, NewException(stopIterationExc)
			}
			return r, err
		})
		if err != nil && err.Matches(stopIterationExc) {
			return Value{}, err
		}
		return r, err
	}
	at.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			methNoArgs("__await__", func(t *Thread, v Value) (Value, *Exception) { return v, nil }),
			methO("send", func(t *Thread, v, x Value) (Value, *Exception) {
				a := self(v)
				return a.step(t, func() (Value, *Exception) { return CallMethod(t, a.inner, "send", x) })
			}),
			&MethodDef{Name: "throw", Fn: func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
				a := self(v)
				return a.step(t, func() (Value, *Exception) {
					m, err := GetAttrS(t, a.inner, "throw")
					if err != nil {
						return Value{}, err
					}
					return CallKw(t, m, args, kw)
				})
			}},
			methNoArgs("close", func(t *Thread, v Value) (Value, *Exception) {
				return CallMethod(t, self(v).inner, "close")
			}),
		}
	})
}

func builtinAnext(t *Thread, _ Value, args []Value) (Value, *Exception) {
	it := args[0]
	m, found, err := lookupSpecial(t, it, "__anext__")
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, typeErrorf("'%s' object is not an async iterator", typeName(it))
	}
	aw, err := Call(t, m)
	if err != nil || len(args) == 1 {
		return aw, err
	}
	inner, err := awaitIter(t, aw)
	if err != nil {
		return Value{}, err
	}
	return Value{p: unsafe.Pointer(&anextAwaitable{Header: Header{typ: anextAwaitableType}, inner: inner, dflt: args[1]})}, nil
}

func builtinAiter(t *Thread, _, v Value) (Value, *Exception) {
	m, found, err := lookupSpecial(t, v, "__aiter__")
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, typeErrorf("'%s' object is not an async iterable", typeName(v))
	}
	r, err := Call(t, m)
	if err != nil {
		return Value{}, err
	}
	if _, ok, _ := lookupSpecial(t, r, "__anext__"); !ok {
		return Value{}, typeErrorf("aiter() returned not an async iterator of type '%s'", typeName(r))
	}
	return r, nil
}
