// Package kaa runs Python 3.13 inside Go programs.
//
// An Interp is one Python interpreter: its own modules, globals and standard
// streams, sharing nothing mutable with any other, so a program may run many at
// once, each on its own goroutine. Exec runs statements, Eval evaluates an
// expression and converts its value to Go, Set gives Python a Go value, and Call
// calls a Python function by name:
//
//	in, err := kaa.New(kaa.Options{})
//	if err != nil { ... }
//	in.Set("name", "world")
//	in.Exec(ctx, "def greet(who):\n    return f'hello, {who}!'")
//	v, err := in.Call(ctx, "greet", "gopher") // "hello, gopher!"
//
// A Python exception comes back as a *Error (find it with errors.As), carrying the
// exception's type, message and formatted traceback. Cancelling the context stops
// running code at its next loop iteration or call, as Ctrl-C would; Python's
// finally blocks run.
//
// Conversions: Go nil, bool, integers, floats, string, []byte, slices and arrays,
// maps, and funcs become None, bool, int, float, str, bytes, list, dict and
// callables. Python values come back as nil, bool, int64 (or *big.Int when
// large), float64, string, []byte, []any (list, tuple), map[string]any (a dict
// with str keys) or map[any]any.
package kaa

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"reflect"
	"sync"
	"time"

	"github.com/kaa-python/kaa/lib"
	"github.com/kaa-python/kaa/modules"
	"github.com/kaa-python/kaa/py"
)

// Options configure a new interpreter. The zero value runs with the process's
// standard streams and the whole standard library.
type Options struct {
	// Stdout, Stderr and Stdin are Python's sys.stdout, sys.stderr and sys.stdin
	// (nil: the process's own).
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	// Argv is sys.argv (nil: [""]).
	Argv []string
	// Path is sys.path's entries before the standard library's.
	Path []string
}

// Interp is a Python interpreter. Its methods may be called from any goroutine,
// one at a time: an Interp runs one piece of Python at once (calls made while
// another runs wait for it). Threads the Python code starts (threading) take
// turns with the calls under the interpreter's lock, and go on running between
// calls.
type Interp struct {
	mu sync.Mutex
	in *py.Interp
	th *py.Thread
}

// Error is a Python exception that ended Exec, Eval or Call.
type Error struct {
	// Type is the exception's class name ("ValueError", "mymod.MyError").
	Type string
	// Message is str() of the exception.
	Message string
	// Traceback is the whole report Python would print: "Traceback (most recent
	// call last): …", ending with the "Type: message" line.
	Traceback string

	exc *py.Exception
}

func (e *Error) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// New makes an interpreter.
func New(opts Options) (*Interp, error) {
	cfg := py.Config{
		Argv:        opts.Argv,
		Stdout:      opts.Stdout,
		Stderr:      opts.Stderr,
		Stdin:       opts.Stdin,
		Path:        append(append([]string(nil), opts.Path...), py.StdlibPath()...),
		Modules:     modules.Standard(),
		Library:     lib.Files,
		LibraryPath: py.StdlibPath()[0],
	}
	in := py.NewInterp(cfg)
	// The main thread holds the interpreter lock only while a call runs Python:
	// between calls, threads the program started run on their own.
	in.Main().Release()
	return &Interp{in: in, th: in.Main()}, nil
}

// Exec runs Python statements in the interpreter's __main__ module.
func (i *Interp) Exec(ctx context.Context, src string) error {
	_, err := i.run(ctx, "<string>", src, "exec")
	return err
}

// Eval evaluates a Python expression in __main__'s namespace and returns its value
// converted to Go (see the package documentation).
func (i *Interp) Eval(ctx context.Context, expr string) (any, error) {
	return i.run(ctx, "<string>", expr, "eval")
}

func (i *Interp) run(ctx context.Context, filename, src, mode string) (any, error) {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.th.Acquire()
	defer i.th.Release()
	code, exc := py.CompileMode(filename, []byte(src), mode, 0)
	if exc != nil {
		return nil, i.pyError(exc)
	}
	var result any
	err := i.guard(ctx, func() *py.Exception {
		v, exc := i.th.RunCode(code, i.in.MainModule())
		if exc == nil && mode == "eval" {
			result, exc = i.export(v)
		}
		return exc
	})
	return result, err
}

// abortGrace is how long cancelled code may spend in its except and finally
// clauses (the KeyboardInterrupt of Interp.Interrupt) before it is aborted.
const abortGrace = time.Second

// guard runs f, stopping it when ctx is cancelled, and turns its exception into
// an error (ctx's error when the cancellation stopped it). Cancelling first
// raises KeyboardInterrupt, so that finally blocks and with statements clean up;
// code still running abortGrace later (it caught the interrupt, or its cleanup
// loops) is aborted, past every handler.
func (i *Interp) guard(ctx context.Context, f func() *py.Exception) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	done, fired := make(chan struct{}), make(chan struct{})
	stop := context.AfterFunc(ctx, func() {
		defer close(fired)
		i.in.Interrupt()
		timer := time.NewTimer(abortGrace)
		defer timer.Stop()
		select {
		case <-done:
		case <-timer.C:
			i.in.Abort()
		}
	})
	exc := f()
	close(done)
	i.in.Flush()
	if !stop() {
		// The context was cancelled while f ran: the interrupt (or abort) it
		// caused is why f stopped, or, if f finished first, one left pending.
		<-fired
		i.in.ClearInterrupt()
		i.in.ClearAbort()
		if exc == nil || exc.Matches(py.KeyboardInterrupt) {
			return ctx.Err()
		}
	}
	if exc != nil {
		return i.pyError(exc)
	}
	return nil
}

// Set sets the global name of __main__ to v converted to Python.
func (i *Interp) Set(name string, v any) error {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.th.Acquire()
	defer i.th.Release()
	pv, err := i.toPython(reflect.ValueOf(v))
	if err != nil {
		return err
	}
	py.ModuleDict(i.in.MainModule()).SetStr(name, pv)
	return nil
}

// Call calls the callable global name of __main__ with args converted to Python,
// and returns its result converted to Go.
func (i *Interp) Call(ctx context.Context, name string, args ...any) (any, error) {
	i.mu.Lock()
	defer i.mu.Unlock()
	i.th.Acquire()
	defer i.th.Release()
	fn, ok := py.ModuleDict(i.in.MainModule()).GetStr(name)
	if !ok {
		return nil, i.pyError(py.Errorf(py.NameError, "name '%s' is not defined", name))
	}
	pargs := make([]py.Value, len(args))
	for j, a := range args {
		v, err := i.toPython(reflect.ValueOf(a))
		if err != nil {
			return nil, err
		}
		pargs[j] = v
	}
	var result any
	err := i.guard(ctx, func() *py.Exception {
		v, exc := py.Call(i.th, fn, pargs...)
		if exc == nil {
			result, exc = i.export(v)
		}
		return exc
	})
	return result, err
}

func (i *Interp) pyError(exc *py.Exception) *Error {
	msg, serr := py.StrOf(i.th, exc.Value())
	if serr != nil {
		msg = "<exception str() failed>"
	}
	return &Error{Type: exc.Type().Name, Message: msg, Traceback: py.FormatException(i.th, exc), exc: exc}
}

// export converts a Python value to Go.
func (i *Interp) export(v py.Value) (any, *py.Exception) {
	return export(i.th, v, 0)
}

const maxDepth = 500

func export(t *py.Thread, v py.Value, depth int) (any, *py.Exception) {
	if depth > maxDepth {
		return nil, py.Errorf(py.RecursionError, "maximum recursion depth exceeded while converting to Go")
	}
	switch typ := v.Type(); {
	case v.IsNone():
		return nil, nil
	case typ == py.BoolType:
		return v.Is(py.True), nil
	case py.IsInt(v):
		if n, ok := py.AsInt64(v); ok {
			return n, nil
		}
		b, _ := py.AsBigInt(v)
		return b, nil
	case typ.IsSubtype(py.FloatType):
		f, err := py.AsFloat(t, v)
		return f, err
	}
	if s, ok := py.AsStr(v); ok {
		return string(s), nil
	}
	if b, ok := py.AsBytes(v); ok {
		return append([]byte(nil), b...), nil
	}
	typ := v.Type()
	if typ.IsSubtype(py.ListType) || typ.IsSubtype(py.TupleType) {
		items, err := py.ToSlice(t, v)
		if err != nil {
			return nil, err
		}
		out := make([]any, len(items))
		for j, it := range items {
			if out[j], err = export(t, it, depth+1); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	if typ.IsSubtype(py.DictType) {
		keys, err := py.ToSlice(t, v)
		if err != nil {
			return nil, err
		}
		strKeys := true
		for _, k := range keys {
			if _, ok := py.AsStr(k); !ok {
				strKeys = false
			}
		}
		sm, am := map[string]any{}, map[any]any{}
		for _, k := range keys {
			val, err := py.GetItem(t, v, k)
			if err != nil {
				return nil, err
			}
			gv, err := export(t, val, depth+1)
			if err != nil {
				return nil, err
			}
			if strKeys {
				s, _ := py.AsStr(k)
				sm[s] = gv
				continue
			}
			gk, err := export(t, k, depth+1)
			if err != nil {
				return nil, err
			}
			if gk != nil && !reflect.TypeOf(gk).Comparable() {
				return nil, py.Errorf(py.TypeError, "cannot convert dict key of type '%s' to Go", py.TypeName(k))
			}
			am[gk] = gv
		}
		if strKeys {
			return sm, nil
		}
		return am, nil
	}
	return nil, py.Errorf(py.TypeError, "cannot convert '%s' object to Go", py.TypeName(v))
}

var errorType = reflect.TypeFor[error]()

// toPython converts a Go value to Python.
func (i *Interp) toPython(rv reflect.Value) (py.Value, error) {
	return toPython(i.th, rv, 0)
}

func toPython(t *py.Thread, rv reflect.Value, depth int) (py.Value, error) {
	if depth > maxDepth {
		return py.Value{}, errors.New("kaa: value nested too deeply to convert to Python")
	}
	if !rv.IsValid() {
		return py.None, nil
	}
	switch rv.Kind() {
	case reflect.Bool:
		return py.Bool(rv.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return py.Int(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := rv.Uint()
		if u > 1<<63-1 {
			return py.NewBigInt(new(big.Int).SetUint64(u)), nil
		}
		return py.Int(int64(u)), nil
	case reflect.Float32, reflect.Float64:
		return py.Float(rv.Float()), nil
	case reflect.String:
		return py.NewStr(rv.String()), nil
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return py.None, nil
		}
		if b, ok := rv.Interface().(*big.Int); ok {
			return py.NewBigInt(b), nil
		}
		return toPython(t, rv.Elem(), depth+1)
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return py.None, nil
		}
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, rv.Len())
			reflect.Copy(reflect.ValueOf(b), rv)
			return py.NewBytes(b), nil
		}
		items := make([]py.Value, rv.Len())
		for j := range items {
			v, err := toPython(t, rv.Index(j), depth+1)
			if err != nil {
				return py.Value{}, err
			}
			items[j] = v
		}
		return py.NewList(items).Value(), nil
	case reflect.Map:
		if rv.IsNil() {
			return py.None, nil
		}
		d := py.NewDict()
		it := rv.MapRange()
		for it.Next() {
			k, err := toPython(t, it.Key(), depth+1)
			if err != nil {
				return py.Value{}, err
			}
			v, err := toPython(t, it.Value(), depth+1)
			if err != nil {
				return py.Value{}, err
			}
			if exc := d.SetItem(t, k, v); exc != nil {
				return py.Value{}, fmt.Errorf("kaa: map key: %s", exc.Error())
			}
		}
		return d.Value(), nil
	case reflect.Func:
		return goFunc(rv), nil
	}
	return py.Value{}, fmt.Errorf("kaa: cannot convert %s to Python", rv.Type())
}

// goFunc makes a Python callable of a Go func: its arguments are converted to the
// func's parameter types, a returned non-nil error is raised as an exception, and
// its other result (if any) is converted to Python.
func goFunc(fn reflect.Value) py.Value {
	ft := fn.Type()
	name := "go_function"
	return py.BuiltinFunc(name, func(t *py.Thread, _ py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if kwnames != nil && len(kwnames.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError, "%s() takes no keyword arguments", name)
		}
		nin := ft.NumIn()
		variadic := ft.IsVariadic()
		if !variadic && len(args) != nin || variadic && len(args) < nin-1 {
			return py.Value{}, py.Errorf(py.TypeError, "%s() takes %d arguments (%d given)", name, nin, len(args))
		}
		in := make([]reflect.Value, len(args))
		for j, a := range args {
			pt := ft.In(min(j, nin-1))
			if variadic && j >= nin-1 {
				pt = pt.Elem()
			}
			g, exc := export(t, a, 0)
			if exc != nil {
				return py.Value{}, exc
			}
			rv, err := assignable(g, pt)
			if err != nil {
				return py.Value{}, py.Errorf(py.TypeError, "%s() argument %d: %s", name, j+1, err)
			}
			in[j] = rv
		}
		out := fn.Call(in)
		var result py.Value = py.None
		for _, o := range out {
			if o.Type().Implements(errorType) && o.Type().Kind() == reflect.Interface {
				if !o.IsNil() {
					return py.Value{}, goError(o.Interface().(error))
				}
				continue
			}
			v, err := toPython(t, o, 0)
			if err != nil {
				return py.Value{}, py.Errorf(py.TypeError, "%s", err)
			}
			result = v
		}
		return result, nil
	})
}

// goError is the Python exception a Go func's error raises: the Python exception it
// carries, if it is an *Error, else RuntimeError with its text.
func goError(err error) *py.Exception {
	var pe *Error
	if errors.As(err, &pe) && pe.exc != nil {
		return pe.exc
	}
	return py.Errorf(py.RuntimeError, "%s", err.Error())
}

// assignable converts an exported Python value to the Go type want.
func assignable(g any, want reflect.Type) (reflect.Value, error) {
	if g == nil {
		switch want.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Slice, reflect.Map, reflect.Func:
			return reflect.Zero(want), nil
		}
		return reflect.Value{}, fmt.Errorf("cannot use None as %s", want)
	}
	rv := reflect.ValueOf(g)
	if rv.Type().AssignableTo(want) {
		return rv, nil
	}
	switch want.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		if rv.CanConvert(want) && (rv.Kind() == reflect.Int64 || rv.Kind() == reflect.Float64 && (want.Kind() == reflect.Float32 || want.Kind() == reflect.Float64)) {
			c := rv.Convert(want)
			if rv.Kind() == reflect.Int64 && c.Convert(rv.Type()).Int() != rv.Int() {
				return reflect.Value{}, fmt.Errorf("%d out of range for %s", rv.Int(), want)
			}
			return c, nil
		}
	case reflect.Slice:
		if src, ok := g.([]any); ok {
			out := reflect.MakeSlice(want, len(src), len(src))
			for j, e := range src {
				ev, err := assignable(e, want.Elem())
				if err != nil {
					return reflect.Value{}, err
				}
				out.Index(j).Set(ev)
			}
			return out, nil
		}
	}
	return reflect.Value{}, fmt.Errorf("cannot use %s as %s", rv.Type(), want)
}
