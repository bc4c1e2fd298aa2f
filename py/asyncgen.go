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
		if err.Matches(StopAsyncIteration) || err.Matches(GeneratorExit) {
			g.agClosed = true
			if o.close {
				return Value{}, NewException(StopIteration)
			}
		}
		return Value{}, err
	}
	if o.close {
		return Value{}, Errorf(RuntimeError, "async generator ignored GeneratorExit")
	}
	return Value{}, NewException(StopIteration, (*asyncGenWrapped)(r.p).val)
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
		return o.finish(g.send(t, v))
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
		exc := o.exc
		if o.close {
			exc = NewException(GeneratorExit)
		}
		return o.finish(g.throw(t, exc))
	}
	return o.finish(g.send(t, v))
}

func (o *asyncGenAwaitable) throw(t *Thread, exc *Exception) (Value, *Exception) {
	if o.state == 2 {
		if o.typ == AsyncGenASendType {
			return Value{}, Errorf(RuntimeError, "cannot reuse already awaited __anext__()/asend()")
		}
		return Value{}, Errorf(RuntimeError, "cannot reuse already awaited aclose()/athrow()")
	}
	return o.finish(o.gen.throw(t, exc))
}

func init() {
	asyncGenWrappedType.ready()
	AsyncGenType.repr = func(t *Thread, v Value) (Value, *Exception) {
		q, _ := StrOf(t, v.gen().qualname)
		return NewStr(fmt.Sprintf("<async_generator object %s at %#x>", q, idOf(v))), nil
	}
	asend := func(self, v Value) Value {
		o := newAGAwaitable(AsyncGenASendType, self.gen())
		o.val = v
		return Value{p: unsafe.Pointer(o)}
	}
	defs := []*MethodDef{
		methNoArgs("async_generator.__aiter__", func(t *Thread, self Value) (Value, *Exception) { return self, nil }),
		methNoArgs("async_generator.__anext__", func(t *Thread, self Value) (Value, *Exception) { return asend(self, None), nil }),
		methO("async_generator.asend", func(t *Thread, self, v Value) (Value, *Exception) { return asend(self, v), nil }),
		methN("athrow", 1, 3, func(t *Thread, self Value, args []Value) (Value, *Exception) {
			e, err := throwArgs(t, args)
			if err != nil {
				return Value{}, err
			}
			o := newAGAwaitable(AsyncGenAThrowType, self.gen())
			o.exc = e
			return Value{p: unsafe.Pointer(o)}, nil
		}),
		methNoArgs("async_generator.aclose", func(t *Thread, self Value) (Value, *Exception) {
			o := newAGAwaitable(AsyncGenAThrowType, self.gen())
			o.close = true
			return Value{p: unsafe.Pointer(o)}, nil
		}),
	}
	AsyncGenType.ready(append(defs, genAttrs("ag_", "ag_await", func(g *Generator) bool { return g.runningAsync })...)...)
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
