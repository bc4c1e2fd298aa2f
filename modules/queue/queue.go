// Package queue is the _queue module: SimpleQueue, an unbounded FIFO whose get()
// waits with the interpreter lock released, and the Empty exception that the
// queue module shares.
package queue

import (
	"math"
	"sync"
	"time"

	"github.com/kaa-python/kaa/py"
)

// Def is the _queue module.
var Def = &py.ModuleDef{
	Name: "_queue",
	Doc:  "C implementation of the Python queue module.\nThis module is an implementation detail, please do not use it directly.",
	Exec: exec,
}

var (
	typesOnce  sync.Once
	simpleType *py.Type
	emptyType  *py.Type
)

func initTypes() {
	emptyType = py.NewExceptionType("_queue.Empty", py.ExceptionT(), "Exception raised by Queue.get(block=0)/get_nowait().")
	simpleType = py.NewType(&py.TypeDef{
		Name:    "_queue.SimpleQueue",
		Doc:     "Simple, unbounded, reentrant FIFO queue.",
		New:     newSimple,
		Methods: methods(),
	})
}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	typesOnce.Do(initTypes)
	m.Set("SimpleQueue", py.TypeValue(simpleType))
	m.Set("Empty", py.TypeValue(emptyType))
	return nil
}

// simple is a SimpleQueue. items changes only under the interpreter lock; ready
// holds a token while an item may be there for a waiting get().
type simple struct {
	py.Header
	items []py.Value
	ready chan struct{}
}

func newSimple(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	nkw := 0
	if kwnames != nil {
		nkw = len(kwnames.Items())
	}
	if typ == simpleType {
		if len(args) > nkw {
			return py.Value{}, py.Errorf(py.TypeError(), "SimpleQueue() takes no positional arguments")
		}
		if nkw > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "SimpleQueue() takes no keyword arguments")
		}
	}
	q := &simple{ready: make(chan struct{}, 1)}
	return py.NewObject(&q.Header, typ), nil
}

func of(v py.Value) *simple { return py.Object[simple](v) }

// signal leaves a token for a waiting get() (at most one is kept).
func (q *simple) signal() {
	select {
	case q.ready <- struct{}{}:
	default:
	}
}

func (q *simple) put(item py.Value) {
	q.items = append(q.items, item)
	q.signal()
}

// take pops the first item; a waiter after it is told if more are left.
func (q *simple) take() py.Value {
	v := q.items[0]
	q.items[0] = py.Value{}
	q.items = q.items[1:]
	if len(q.items) > 0 {
		q.signal()
	}
	return v
}

// timeout converts get()'s timeout in seconds: an int or a float, not negative.
func timeout(t *py.Thread, v py.Value) (time.Duration, *py.Exception) {
	var sec float64
	if v.IsFloat() {
		f, err := py.AsFloat(t, v)
		if err != nil {
			return 0, err
		}
		if math.IsNaN(f) {
			return 0, py.Errorf(py.ValueError(), "Invalid value NaN (not a number)")
		}
		sec = f
	} else {
		n, err := py.IndexInt(t, v, py.OverflowError())
		if err != nil {
			if err.Matches(py.OverflowError()) {
				return 0, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
			}
			return 0, err
		}
		sec = float64(n)
	}
	if sec < 0 {
		return 0, py.Errorf(py.ValueError(), "'timeout' must be a non-negative number")
	}
	if sec*1e9 >= 9.223372036854775807e18 {
		return 0, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
	}
	return time.Duration(math.Ceil(sec * 1e9)), nil
}

// get returns the first item, waiting up to wait for one (-1: without limit);
// Empty when none came.
func (q *simple) get(t *py.Thread, block bool, wait time.Duration) (py.Value, *py.Exception) {
	if len(q.items) > 0 {
		return q.take(), nil
	}
	if !block {
		return py.Value{}, py.NewException(emptyType)
	}
	var deadline time.Time
	if wait >= 0 {
		deadline = time.Now().Add(wait)
	}
	for len(q.items) == 0 {
		left := time.Duration(-1)
		if wait >= 0 {
			if left = time.Until(deadline); left <= 0 {
				return py.Value{}, py.NewException(emptyType)
			}
		}
		if _, err := t.Wait(q.ready, left); err != nil {
			return py.Value{}, err
		}
	}
	return q.take(), nil
}

func noArgs(name string, args []py.Value, kwnames *py.Tuple) *py.Exception {
	if len(args) > 0 {
		return py.Errorf(py.TypeError(), "%s() takes no arguments", name)
	}
	return nil
}

func methods() []*py.MethodDef {
	return []*py.MethodDef{
		py.Func("get", "block=True, timeout=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			block, err := py.IsTrue(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			wait := time.Duration(-1)
			if !a[1].IsNone() {
				if wait, err = timeout(t, a[1]); err != nil {
					return py.Value{}, err
				}
			}
			return of(self).get(t, block, wait)
		}),
		{Name: "get_nowait", Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
			if err := noArgs("get_nowait", args, kwnames); err != nil {
				return py.Value{}, err
			}
			return of(self).get(t, false, 0)
		}},
		py.Func("put", "item, block=True, timeout=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			of(self).put(a[0]) // never blocks: block and timeout are for Queue's signature
			return py.None(), nil
		}),
		py.Func("put_nowait", "item", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			of(self).put(a[0])
			return py.None(), nil
		}),
		py.FuncNoArgs("SimpleQueue.empty", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Bool(len(of(self).items) == 0), nil
		}),
		py.FuncNoArgs("SimpleQueue.qsize", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(len(of(self).items))), nil
		}),
		{Name: "__class_getitem__", Class: true, Fn: func(t *py.Thread, cls py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
			if len(args) != 1 {
				return py.Value{}, py.Errorf(py.TypeError(), "__class_getitem__() takes exactly one argument (%d given)", len(args))
			}
			return py.NewGenericAlias(t, cls, args[0])
		}},
	}
}
