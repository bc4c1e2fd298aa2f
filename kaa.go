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
// Conversions: Go nil, bool, integers, floats, complex numbers, string, []byte,
// slices and arrays, maps, funcs, time.Time, time.Duration and errors become None,
// bool, int, float, complex, str, bytes, list, dict, callables, datetime.datetime,
// datetime.timedelta and exception objects; a pointer to a struct becomes a live
// object whose fields and methods Python uses, a struct value the same over a copy,
// and a *Object the Python object it holds. Python values come back as nil, bool,
// int64 (or *big.Int when large), float64, string, []byte, []any (list, tuple),
// map[string]any (a dict with str keys) or map[any]any, time.Time and
// time.Duration; Decode stores them in typed Go variables, and Object keeps a
// Python object unconverted.
//
// Limits: MaxSteps bounds the instructions of each Exec, Eval or Call, MaxMemory
// the bytes the interpreter's objects take (measured by walking them, so one
// interpreter's garbage or another's objects do not count). Past a limit, Python
// code sees StepLimitError or MemoryError (finally blocks run) and the call
// returns a *Error that unwraps to ErrStepLimit or ErrMemoryLimit; the
// interpreter stays usable.
//
// Sandbox: with Options.Sandbox, Python code cannot reach the file system, the
// environment, processes, sockets or signals; only pure-computation modules
// (and Options.Allow, Options.Modules) can be imported. Attempts raise
// PermissionError or ModuleNotFoundError.
package kaa

import (
	"context"
	"errors"
	"io"
	"io/fs"
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
	// Sandbox shuts Python off from the host: no file system, environment,
	// processes, sockets or signals, and only the modules of a pure-computation
	// allowlist (see Sandbox in the package documentation).
	Sandbox bool
	// FS holds Python files the interpreter may import (module m is m.py or
	// m/__init__.py at its root, after the standard library) and, in the sandbox,
	// read with open() (read-only; names relative to its root). Nil: none.
	FS fs.FS
	// Modules are Go modules (see Module) that Python code can import; a
	// sandboxed interpreter may import them too.
	Modules []*ModuleDef
	// Allow names modules (or packages) that a sandboxed interpreter may import
	// besides the pure-computation ones it always may.
	Allow []string
	// MaxSteps is how many bytecode instructions one Exec, Eval or Call may
	// execute (0: no limit).
	MaxSteps int64
	// MaxMemory is how many bytes the interpreter's Python objects may take
	// (0: no limit beyond the process's).
	MaxMemory int64
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

	exc   *py.Exception
	limit error // ErrStepLimit or ErrMemoryLimit when a limit stopped the run
}

// Unwrap returns ErrStepLimit or ErrMemoryLimit when a limit stopped the run.
func (e *Error) Unwrap() error { return e.limit }

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
		Sandbox:     opts.Sandbox,
		Library:     lib.Files,
		LibraryPath: py.StdlibPath()[0],
	}
	if opts.Sandbox {
		cfg.Modules = sandboxDefs()
		cfg.Allow = sandboxAllow(opts.Allow, opts.FS)
		cfg.Flags.NoSite = true
		cfg.Flags.IgnoreEnvironment = true
		cfg.Path = py.StdlibPath()[:1] // the embedded library only
	}
	in := py.NewInterp(cfg)
	if opts.MaxSteps < 0 || opts.MaxMemory < 0 {
		return nil, errors.New("kaa: MaxSteps and MaxMemory cannot be negative")
	}
	in.SetLimits(py.Limits{Steps: opts.MaxSteps, Memory: opts.MaxMemory})
	// The main thread holds the interpreter lock only while a call runs Python:
	// between calls, threads the program started run on their own.
	in.Main().Release()
	i := &Interp{in: in, th: in.Main()}
	for _, m := range opts.Modules {
		if err := i.AddModule(m); err != nil {
			return nil, err
		}
	}
	if opts.FS != nil {
		if err := i.installFS(opts.FS, opts.Sandbox); err != nil {
			return nil, err
		}
	}
	return i, nil
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
	var result any
	err := i.with(ctx, func(t *py.Thread) *py.Exception {
		code, exc := py.CompileMode(filename, []byte(src), mode, 0)
		if exc != nil {
			return exc
		}
		v, exc := t.RunCode(code, i.in.MainModule())
		if exc == nil && mode == "eval" {
			result, exc = export(t, v, 0)
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
	i.in.StartRun()
	exc := f()
	close(done)
	i.in.Flush()
	limit := i.in.LimitHit()
	if !stop() {
		// The context was cancelled while f ran: the interrupt (or abort) it
		// caused is why f stopped, or, if f finished first, one left pending.
		<-fired
		i.in.ClearInterrupt()
		i.in.ClearAbort()
		if limit == "" && (exc == nil || exc.Matches(py.KeyboardInterrupt())) {
			return ctx.Err()
		}
	}
	switch {
	case limit == "steps":
		// Past the step limit the run fails, even when Python code caught
		// StepLimitError and finished.
		i.in.ClearAbort()
		return i.limitError(exc, "StepLimitError", ErrStepLimit)
	case limit == "memory" && exc != nil:
		i.in.ClearAbort()
		return i.limitError(exc, "MemoryError", ErrMemoryLimit)
	case exc != nil:
		return i.pyError(exc)
	}
	return nil
}

// Errors a run stopped by a limit unwraps to (errors.Is): the run's *Error has
// the Python exception the limit raised (StepLimitError or MemoryError).
var (
	ErrStepLimit   = errors.New("kaa: step limit exceeded")
	ErrMemoryLimit = errors.New("kaa: memory limit exceeded")
)

// limitError is the error of a run a limit stopped: the exception that ended it
// when it is the limit's own, else (the run was aborted past its handlers, or
// Python code swallowed the exception) one of the limit's type.
func (i *Interp) limitError(exc *py.Exception, typ string, cause error) *Error {
	var e *Error
	if exc != nil && exc.Type().Name == typ {
		e = i.pyError(exc)
	} else {
		e = &Error{Type: typ, Message: cause.Error()}
		e.Traceback = e.Error() + "\n"
		if exc != nil && !exc.Matches(py.KeyboardInterrupt()) {
			e.Traceback = i.pyError(exc).Traceback + "\nDuring handling of the above exception, the run was stopped:\n\n" + e.Traceback
		}
	}
	e.limit = cause
	return e
}

// Set sets the global name of __main__ to v converted to Python.
func (i *Interp) Set(name string, v any) error {
	return i.withGo(nil, func(t *py.Thread) (*py.Exception, error) {
		pv, err := i.toPythonOn(t, reflect.ValueOf(v))
		if err != nil {
			return nil, err
		}
		py.ModuleDict(i.in.MainModule()).SetStr(name, pv)
		return nil, nil
	})
}

// Call calls the callable global name of __main__ with args converted to Python,
// and returns its result converted to Go.
func (i *Interp) Call(ctx context.Context, name string, args ...any) (any, error) {
	var result any
	err := i.withGo(ctx, func(t *py.Thread) (*py.Exception, error) {
		fn, ok := py.ModuleDict(i.in.MainModule()).GetStr(name)
		if !ok {
			return py.Errorf(py.NameError(), "name '%s' is not defined", name), nil
		}
		pargs := make([]py.Value, len(args))
		for j, a := range args {
			v, err := i.toPythonOn(t, reflect.ValueOf(a))
			if err != nil {
				return nil, err
			}
			pargs[j] = v
		}
		v, exc := py.Call(t, fn, pargs...)
		if exc == nil {
			result, exc = export(t, v, 0)
		}
		return exc, nil
	})
	return result, err
}

func (i *Interp) pyError(exc *py.Exception) *Error { return pyErrorOn(i.th, exc) }
