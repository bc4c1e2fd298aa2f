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
	gen   *Generator
	val   Value      // asend: the value to send first
	exc   *Exception // athrow: the exception; nil with close for aclose()
	close bool
	state int // 0 not started, 1 running, 2 done
}

var (
	asyncGenWrappedType = newType("async_generator_wrapped_value", nil, nil)
	AsyncGenASendType   = newType("async_generator_asend", nil, nil)
	AsyncGenAThrowType  = newType("async_generator_athrow", nil, nil)
)

func asyncGenWrap(v Value) Value {
	return Value{p: unsafe.Pointer(&asyncGenWrapped{Header: Header{typ: asyncGenWrappedType}, val: v})}
}

func (v Value) agAwaitable() *asyncGenAwaitable { return (*asyncGenAwaitable)(v.p) }

func newAGAwaitable(typ *Type, g *Generator) *asyncGenAwaitable {
	return &asyncGenAwaitable{Header: Header{typ: typ}, gen: g}
}

// unwrap is async_gen_unwrap_value: a wrapped yield finishes the awaitable.
func (o *asyncGenAwaitable) unwrap(r Value, err *Exception) (Value, *Exception) {
	g := o.gen
	if err != nil {
		if err.Matches(StopAsyncIteration) || err.Matches(GeneratorExit) {
			g.agClosed = true
		}
		g.runningAsync = false
		o.state = 2
		return Value{}, err
	}
	if r.Type() == asyncGenWrappedType {
		g.runningAsync = false
		o.state = 2
		return Value{}, NewException(StopIteration, (*asyncGenWrapped)(r.p).val)
	}
	return r, nil
}

// closeResult checks what the generator did with aclose()'s GeneratorExit.
func (o *asyncGenAwaitable) closeResult(r Value, err *Exception) (Value, *Exception) {
	g := o.gen
	if err != nil {
		g.runningAsync = false
		o.state = 2
		if err.Matches(StopAsyncIteration) || err.Matches(GeneratorExit) {
			g.agClosed = true
			return Value{}, NewException(StopIteration)
		}
		return Value{}, err
	}
	if r.Type() == asyncGenWrappedType {
		g.runningAsync = false
		o.state = 2
		return Value{}, Errorf(RuntimeError, "async generator ignored GeneratorExit")
	}
	return r, nil
}

func (o *asyncGenAwaitable) send(t *Thread, v Value) (Value, *Exception) {
	g := o.gen
	if o.typ == AsyncGenASendType {
		if o.state == 2 {
			return Value{}, Errorf(RuntimeError, "cannot reuse already awaited __anext__()/asend()")
		}
		if o.state == 0 {
			if g.runningAsync {
				return Value{}, Errorf(RuntimeError, "anext(): asynchronous generator is already running")
			}
			if v.IsNone() {
				v = o.val
			}
			o.state = 1
			g.runningAsync = true
		}
		return o.unwrap(g.send(t, v))
	}
	what := "athrow"
	if o.close {
		what = "aclose"
	}
	if o.state == 2 {
		return Value{}, Errorf(RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	if g.agClosed || g.finished {
		o.state = 2
		if o.close {
			return Value{}, NewException(StopIteration)
		}
		return Value{}, NewException(StopAsyncIteration)
	}
	if o.state == 0 {
		if g.runningAsync {
			return Value{}, Errorf(RuntimeError, "%s(): asynchronous generator is already running", what)
		}
		if !v.IsNone() {
			return Value{}, Errorf(RuntimeError, "can't send non-None value to a just-started coroutine")
		}
		o.state = 1
		g.runningAsync = true
		if o.close {
			return o.closeResult(g.throw(t, NewException(GeneratorExit)))
		}
		return o.unwrap(g.throw(t, o.exc))
	}
	if o.close {
		return o.closeResult(g.send(t, v))
	}
	return o.unwrap(g.send(t, v))
}

func (o *asyncGenAwaitable) throw(t *Thread, exc *Exception) (Value, *Exception) {
	if o.state == 2 {
		if o.typ == AsyncGenASendType {
			return Value{}, Errorf(RuntimeError, "cannot reuse already awaited __anext__()/asend()")
		}
		return Value{}, Errorf(RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	if o.close {
		return o.closeResult(o.gen.throw(t, exc))
	}
	return o.unwrap(o.gen.throw(t, exc))
}

func init() {
	asyncGenWrappedType.ready()
	g := func(v Value) *Generator { return v.gen() }
	AsyncGenType.repr = func(t *Thread, v Value) (Value, *Exception) {
		q, _ := StrOf(t, g(v).qualname)
		return NewStr(fmt.Sprintf("<async_generator object %s at %#x>", q, idOf(v))), nil
	}
	asend := func(self, v Value) Value {
		o := newAGAwaitable(AsyncGenASendType, g(self))
		o.val = v
		return Value{p: unsafe.Pointer(o)}
	}
	AsyncGenType.ready(
		methNoArgs("async_generator.__aiter__", func(t *Thread, self Value) (Value, *Exception) { return self, nil }),
		methNoArgs("async_generator.__anext__", func(t *Thread, self Value) (Value, *Exception) { return asend(self, None), nil }),
		methO("async_generator.asend", func(t *Thread, self, v Value) (Value, *Exception) { return asend(self, v), nil }),
		methN("athrow", 1, 3, func(t *Thread, self Value, args []Value) (Value, *Exception) {
			e, err := throwArgs(t, args)
			if err != nil {
				return Value{}, err
			}
			o := newAGAwaitable(AsyncGenAThrowType, g(self))
			o.exc = e
			return Value{p: unsafe.Pointer(o)}, nil
		}),
		methNoArgs("async_generator.aclose", func(t *Thread, self Value) (Value, *Exception) {
			o := newAGAwaitable(AsyncGenAThrowType, g(self))
			o.close = true
			return Value{p: unsafe.Pointer(o)}, nil
		}),
		getset("__name__", func(t *Thread, v Value) (Value, *Exception) { return g(v).name, nil }, nil),
		getset("__qualname__", func(t *Thread, v Value) (Value, *Exception) { return g(v).qualname, nil }, nil),
		getset("ag_running", func(t *Thread, v Value) (Value, *Exception) { return Bool(g(v).runningAsync), nil }, nil),
		getset("ag_frame", func(t *Thread, v Value) (Value, *Exception) {
			if g(v).finished {
				return None, nil
			}
			return g(v).frame.Value(), nil
		}, nil),
		getset("ag_code", func(t *Thread, v Value) (Value, *Exception) { return Value{p: unsafe.Pointer(g(v).frame.code)}, nil }, nil),
		getset("ag_await", func(t *Thread, v Value) (Value, *Exception) {
			if yf := g(v).yieldFrom(); !yf.IsNil() {
				return yf, nil
			}
			return None, nil
		}, nil),
		getset("ag_suspended", func(t *Thread, v Value) (Value, *Exception) {
			x := g(v)
			return Bool(!x.finished && !x.running && x.frame.yielded), nil
		}, nil),
	)
	for _, at := range []*Type{AsyncGenASendType, AsyncGenAThrowType} {
		at.iter = selfIter
		at.next = func(t *Thread, v Value) (Value, *Exception) {
			r, err := v.agAwaitable().send(t, None)
			if err != nil && err.Matches(StopIteration) && err.field(0).IsNone() && len(err.args.items) == 0 {
				return Value{}, nil
			}
			return r, err
		}
		at.ready(
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
				return None, nil
			}),
		)
	}
}
