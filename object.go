package kaa

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"reflect"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/kaa-python/kaa/py"
)

// Object is a handle to a Python object, kept as it is rather than converted to
// Go: a class instance, a module, a function, an iterator, or any value the host
// wants to pass back to Python untouched. Passing an Object to Python (as an
// argument, to Set, inside a slice or map) passes that same object.
//
// An Object belongs to the interpreter that made it. Its methods take the
// interpreter's turn as Exec does (waiting while other Python runs), so they may
// be called from any goroutine, and also from a Go func that Python is calling
// (there they run on that call's turn). Methods that run arbitrary Python code
// (Call, CallMethod, Iter) take a context that stops the code as Exec's does;
// the others (attribute access, str, repr) run the object's own methods without
// one. Python exceptions come back as *Error.
type Object struct {
	in *Interp
	v  py.Value
}

// callbacks records, per goroutine, the interpreters whose Python is calling a Go
// func on it, and the Python thread of each call: an Object method called there
// runs on that thread rather than waiting for the interpreter's turn, which that
// very call holds.
var callbacks struct {
	active atomic.Int64
	sync.Mutex
	m map[uint64][]callback
}

type callback struct {
	in *Interp
	t  *py.Thread
}

// enterCallback records that Python on thread t of i is calling a Go func on this
// goroutine; the func it returns ends the record.
func enterCallback(i *Interp, t *py.Thread) func() {
	id := goid()
	callbacks.active.Add(1)
	callbacks.Lock()
	if callbacks.m == nil {
		callbacks.m = map[uint64][]callback{}
	}
	callbacks.m[id] = append(callbacks.m[id], callback{i, t})
	callbacks.Unlock()
	return func() {
		callbacks.Lock()
		s := callbacks.m[id]
		if len(s) <= 1 {
			delete(callbacks.m, id)
		} else {
			callbacks.m[id] = s[:len(s)-1]
		}
		callbacks.Unlock()
		callbacks.active.Add(-1)
	}
}

// callbackThread is the Python thread of i calling a Go func on this goroutine,
// or nil.
func callbackThread(i *Interp) *py.Thread {
	if callbacks.active.Load() == 0 {
		return nil
	}
	id := goid()
	callbacks.Lock()
	defer callbacks.Unlock()
	s := callbacks.m[id]
	for j := len(s) - 1; j >= 0; j-- {
		if s[j].in == i {
			return s[j].t
		}
	}
	return nil
}

// withGo is with for work that also converts Go values: f returns either a
// Python exception or a conversion error, and a conversion error is what the
// caller gets.
func (i *Interp) withGo(ctx context.Context, f func(t *py.Thread) (*py.Exception, error)) error {
	var cerr error
	err := i.with(ctx, func(t *py.Thread) *py.Exception {
		exc, err := f(t)
		cerr = err
		return exc
	})
	if cerr != nil {
		return cerr
	}
	return err
}

// with runs f on a thread of i that holds the interpreter lock: the thread of a
// Go func call in progress on this goroutine, else the main thread, after
// waiting for i's turn as Exec does. Under ctx (when not nil) f's Python is
// stopped as Exec's is; its exception comes back as an *Error.
func (i *Interp) with(ctx context.Context, f func(t *py.Thread) *py.Exception) error {
	if t := callbackThread(i); t != nil {
		if ctx != nil {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		if exc := f(t); exc != nil {
			return pyErrorOn(t, exc)
		}
		return nil
	}
	i.mu.Lock()
	defer i.mu.Unlock()
	i.th.Acquire()
	defer i.th.Release()
	if ctx == nil {
		ctx = context.Background()
	}
	return i.guard(ctx, func() *py.Exception { return f(i.th) })
}

// pyErrorOn is the *Error of exc, formatted on thread t.
func pyErrorOn(t *py.Thread, exc *py.Exception) *Error {
	msg, serr := py.StrOf(t, exc.Value())
	if serr != nil {
		msg = "<exception str() failed>"
	}
	return &Error{Type: exc.Type().Name, Message: msg, Traceback: py.FormatException(t, exc), exc: exc}
}

var errNilObject = errors.New("kaa: nil *Object")

func (i *Interp) object(v py.Value) *Object { return &Object{in: i, v: v} }

// Get returns the global name of __main__ as an Object (a NameError when there is
// none).
func (i *Interp) Get(name string) (*Object, error) {
	var out *Object
	err := i.with(nil, func(t *py.Thread) *py.Exception {
		v, ok := py.ModuleDict(i.in.MainModule()).GetStr(name)
		if !ok {
			return py.Errorf(py.NameError(), "name '%s' is not defined", name)
		}
		out = i.object(v)
		return nil
	})
	return out, err
}

// EvalObject evaluates a Python expression in __main__'s namespace, as Eval does,
// and returns its value as an Object, unconverted.
func (i *Interp) EvalObject(ctx context.Context, expr string) (*Object, error) {
	var out *Object
	err := i.with(ctx, func(t *py.Thread) *py.Exception {
		code, exc := py.CompileMode("<string>", []byte(expr), "eval", 0)
		if exc != nil {
			return exc
		}
		v, exc := t.RunCode(code, i.in.MainModule())
		if exc != nil {
			return exc
		}
		out = i.object(v)
		return nil
	})
	return out, err
}

// Import imports the module name (dotted names allowed, as importlib.import_module
// takes them) and returns it.
func (i *Interp) Import(ctx context.Context, name string) (*Object, error) {
	var out *Object
	err := i.with(ctx, func(t *py.Thread) *py.Exception {
		v, exc := py.Import(t, name)
		if exc != nil {
			return exc
		}
		out = i.object(v)
		return nil
	})
	return out, err
}

// ToObject converts the Go value v to Python, as Set does, and returns the
// Python object.
func (i *Interp) ToObject(v any) (*Object, error) {
	var out *Object
	err := i.withGo(nil, func(t *py.Thread) (*py.Exception, error) {
		pv, err := i.toPythonOn(t, reflect.ValueOf(v))
		if err != nil {
			return nil, err
		}
		out = i.object(pv)
		return nil, nil
	})
	return out, err
}

// Interp returns the interpreter o belongs to.
func (o *Object) Interp() *Interp { return o.in }

// Is reports whether o and p are the same Python object (Python's "is").
func (o *Object) Is(p *Object) bool {
	if o == nil || p == nil {
		return o == p
	}
	return o.in == p.in && o.v.Is(p.v)
}

// Attr returns the attribute name of o (getattr(o, name)).
func (o *Object) Attr(name string) (*Object, error) {
	if o == nil {
		return nil, errNilObject
	}
	var out *Object
	err := o.in.with(nil, func(t *py.Thread) *py.Exception {
		v, exc := py.GetAttrS(t, o.v, name)
		if exc == nil {
			out = o.in.object(v)
		}
		return exc
	})
	return out, err
}

// SetAttr sets the attribute name of o to v converted to Python
// (setattr(o, name, v)).
func (o *Object) SetAttr(name string, v any) error {
	if o == nil {
		return errNilObject
	}
	return o.in.withGo(nil, func(t *py.Thread) (*py.Exception, error) {
		pv, err := o.in.toPythonOn(t, reflect.ValueOf(v))
		if err != nil {
			return nil, err
		}
		return py.SetAttrS(t, o.v, name, pv), nil
	})
}

// Item returns o[key], key converted to Python.
func (o *Object) Item(key any) (*Object, error) {
	if o == nil {
		return nil, errNilObject
	}
	var out *Object
	err := o.in.withGo(nil, func(t *py.Thread) (*py.Exception, error) {
		k, err := o.in.toPythonOn(t, reflect.ValueOf(key))
		if err != nil {
			return nil, err
		}
		v, exc := py.GetItem(t, o.v, k)
		if exc == nil {
			out = o.in.object(v)
		}
		return exc, nil
	})
	return out, err
}

// SetItem sets o[key] = v, key and v converted to Python.
func (o *Object) SetItem(key, v any) error {
	if o == nil {
		return errNilObject
	}
	return o.in.withGo(nil, func(t *py.Thread) (*py.Exception, error) {
		k, err := o.in.toPythonOn(t, reflect.ValueOf(key))
		if err != nil {
			return nil, err
		}
		pv, err := o.in.toPythonOn(t, reflect.ValueOf(v))
		if err != nil {
			return nil, err
		}
		return py.SetItem(t, o.v, k, pv), nil
	})
}

// Len returns len(o).
func (o *Object) Len() (int, error) {
	if o == nil {
		return 0, errNilObject
	}
	var n int
	err := o.in.with(nil, func(t *py.Thread) *py.Exception {
		var exc *py.Exception
		n, exc = py.Len(t, o.v)
		return exc
	})
	return n, err
}

// Call calls o with args converted to Python and returns the result unconverted.
func (o *Object) Call(ctx context.Context, args ...any) (*Object, error) {
	return o.CallKw(ctx, args, nil)
}

// CallKw calls o with positional arguments args and keyword arguments kwargs,
// all converted to Python, and returns the result unconverted.
func (o *Object) CallKw(ctx context.Context, args []any, kwargs map[string]any) (*Object, error) {
	if o == nil {
		return nil, errNilObject
	}
	var out *Object
	err := o.in.withGo(ctx, func(t *py.Thread) (*py.Exception, error) {
		pargs, kwnames, err := o.in.arguments(t, args, kwargs)
		if err != nil {
			return nil, err
		}
		v, exc := py.CallKw(t, o.v, pargs, kwnames)
		if exc == nil {
			out = o.in.object(v)
		}
		return exc, nil
	})
	return out, err
}

// arguments converts a call's arguments to Python: the positional ones, then the
// keyword ones in the order of their names.
func (i *Interp) arguments(t *py.Thread, args []any, kwargs map[string]any) ([]py.Value, *py.Tuple, error) {
	pargs := make([]py.Value, 0, len(args)+len(kwargs))
	for _, a := range args {
		v, err := i.toPythonOn(t, reflect.ValueOf(a))
		if err != nil {
			return nil, nil, err
		}
		pargs = append(pargs, v)
	}
	if len(kwargs) == 0 {
		return pargs, nil, nil
	}
	names := make([]string, 0, len(kwargs))
	for k := range kwargs {
		names = append(names, k)
	}
	slices.Sort(names)
	kn := make([]py.Value, len(names))
	for j, k := range names {
		v, err := i.toPythonOn(t, reflect.ValueOf(kwargs[k]))
		if err != nil {
			return nil, nil, err
		}
		pargs = append(pargs, v)
		kn[j] = py.NewStr(k)
	}
	return pargs, py.Object[py.Tuple](py.NewTuple(kn...)), nil
}

// CallMethod calls the method name of o with args converted to Python, and
// returns the result unconverted.
func (o *Object) CallMethod(ctx context.Context, name string, args ...any) (*Object, error) {
	m, err := o.Attr(name)
	if err != nil {
		return nil, err
	}
	return m.Call(ctx, args...)
}

// Iter iterates over o as a for loop does: each item is yielded with a nil error.
// When o is not iterable, or taking an item raises, the error is yielded (with
// a nil Object) and the iteration ends. The loop body runs without the
// interpreter's turn, so it may use the interpreter.
//
//	for item, err := range obj.Iter(ctx) {
//		if err != nil { ... }
//		...
//	}
func (o *Object) Iter(ctx context.Context) iter.Seq2[*Object, error] {
	return func(yield func(*Object, error) bool) {
		if o == nil {
			yield(nil, errNilObject)
			return
		}
		var it py.Value
		err := o.in.with(ctx, func(t *py.Thread) *py.Exception {
			var exc *py.Exception
			it, exc = py.Iter(t, o.v)
			return exc
		})
		if err != nil {
			yield(nil, err)
			return
		}
		for {
			var x py.Value
			err := o.in.with(ctx, func(t *py.Thread) *py.Exception {
				var exc *py.Exception
				x, exc = py.Next(t, it)
				return exc
			})
			if err != nil {
				yield(nil, err)
				return
			}
			if x.IsNil() || !yield(o.in.object(x), nil) {
				return
			}
		}
	}
}

// Export converts o to Go as Eval converts its result (see the package
// documentation).
func (o *Object) Export() (any, error) {
	if o == nil {
		return nil, errNilObject
	}
	var out any
	err := o.in.with(nil, func(t *py.Thread) *py.Exception {
		var exc *py.Exception
		out, exc = export(t, o.v, 0)
		return exc
	})
	return out, err
}

// Decode stores o in the Go variable target points to, as Decode does with the
// value o exports. Besides the values Export takes, it takes objects with
// fields: an instance with a __dict__ (a dataclass, a plain class) decodes as a
// dict of its instance attributes, a named tuple as a dict of its fields, and a
// set or frozenset as a list. Go funcs called from Python convert their
// arguments the same way.
func (o *Object) Decode(target any) error {
	if o == nil {
		return errNilObject
	}
	rv := reflect.ValueOf(target)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("kaa: Decode needs a non-nil pointer, not %T", target)
	}
	var g any
	err := o.in.with(nil, func(t *py.Thread) *py.Exception {
		e := exporter{t: t, objects: true}
		var exc *py.Exception
		g, exc = e.export(o.v)
		return exc
	})
	if err != nil {
		return err
	}
	return decodeValue(g, rv.Elem(), nil)
}

// Str returns str(o).
func (o *Object) Str() (string, error) {
	if o == nil {
		return "", errNilObject
	}
	var s string
	err := o.in.with(nil, func(t *py.Thread) *py.Exception {
		var exc *py.Exception
		s, exc = py.StrOf(t, o.v)
		return exc
	})
	return s, err
}

// String returns str(o), or a description of the error str() raised.
func (o *Object) String() string {
	s, err := o.Str()
	if err != nil {
		return fmt.Sprintf("<str() failed: %v>", err)
	}
	return s
}

// Repr returns repr(o), or a description of the error repr() raised.
func (o *Object) Repr() string {
	if o == nil {
		return "<nil>"
	}
	var s string
	err := o.in.with(nil, func(t *py.Thread) *py.Exception {
		var exc *py.Exception
		s, exc = py.Repr(t, o.v)
		return exc
	})
	if err != nil {
		return fmt.Sprintf("<repr() failed: %v>", err)
	}
	return s
}

// Type returns o's class (type(o)).
func (o *Object) Type() *Object {
	if o == nil {
		return nil
	}
	return o.in.object(py.TypeValue(o.v.Type()))
}

// TypeName returns the name of o's class ("int", "Point").
func (o *Object) TypeName() string {
	if o == nil {
		return "<nil>"
	}
	var name string
	o.in.with(nil, func(t *py.Thread) *py.Exception {
		name = o.v.Type().Name
		return nil
	})
	return name
}
