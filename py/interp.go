package py

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/compile"
	"github.com/kaa-python/kaa/marshal"
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/parser"
	"github.com/kaa-python/kaa/syntax/token"
)

// Interp is one Python interpreter: its modules, sys and builtins. Interpreters share
// nothing mutable, so one Go process can run many, each on its own goroutine.
type Interp struct {
	modules         *Dict // sys.modules
	builtins        Value
	builtinsDict    *Dict
	sys             Value
	recursionLimit  int
	goStackBudget   int64  // Go stack Python frames may take, whatever recursionLimit says (thread.go)
	gcHeadroom      []byte // GCPolicy.Headroom's block: never read or written (gcpolicy.go)
	maxAlloc        int64  // the largest single allocation Python code may ask for (memlimit.go)
	intMaxStrDigits int
	superBuiltin    Value
	stdout          *bufio.Writer
	stdoutW         io.Writer // what stdout writes to
	stderr          io.Writer
	stdin           *bufio.Reader
	argv            []string
	path            []string
	path0           []string // Config.Path0, or Path's first entry without it
	main            *Thread
	moduleDefs      map[string]*ModuleDef // the native modules installed (Config.Modules)
	optimize        int
	interned        map[string]Value // sys.intern's table
	sysExtra        sysState         // the state of sys's hooks and services (syshooks.go)
	pycachePrefix   string           // sys.pycache_prefix (-X pycache_prefix)
	checkHashPycs   string           // --check-hash-based-pycs: default, always or never
	flags           Flags
	xoptions        []string
	unbuffered      bool
	ioEncoding      string            // normalized codec name; "" for UTF-8
	ioErrors        string            // standard input's and output's error handler
	stdioFiles      [3]*os.File       // the files under stdin, stdout, stderr, if files
	codecs          *codecRegistry    // the codec search functions and error handlers (codecreg.go)
	sources         map[string]string // source text of programs with no file (-c), for tracebacks
	warnOptions     []string
	origArgv        []string

	pathHook Value // the default entry of sys.path_hooks (filefinder.go)
	// warnFilters decide what becomes of the compiler's warnings (warnings.go).
	warnFilters []warnFilter
	warnSt      *warnState
	// interactiveCount numbers the interactive inputs parsed (CompileInteractive).
	interactiveCount int
	importTime       importTimer
	zip              zipState // zipimport's archives (zipimport.go)
	lib              Library  // the embedded library (library.go), nil if none
	libPath          string   // its sys.path entry

	// breaker is non-zero when the running code must stop at its next check
	// (a backward jump or a function's entry): CPython's eval breaker. Interrupt
	// sets it from any goroutine and wakes a read of standard input (stdin_unix.go).
	breaker atomic.Uint32
	waker   waker
	bell    bell        // wakes Thread.Sleep on an interrupt
	sig     signalState // the pending signals and their Python handlers (signal.go)
	// weakSt is the weak references and finalizers (weakref.go); nil until used.
	weakSt *weakState
	// gil is the interpreter lock, which the thread running Python holds (gil.go).
	gil gil
	// exitHooks are what Finalize runs (AtExit).
	exitHooks []func(t *Thread)
	// unhandledInterrupt records that the program ended with KeyboardInterrupt.
	unhandledInterrupt bool
	// lim is the host's limits on steps and memory (limits.go).
	lim limitState
	// sandbox and allow are Config.Sandbox and Config.Allow.
	sandbox bool
	allow   func(string) bool
}

// Flags are the command-line options sys.flags reports.
type Flags struct {
	Debug, Inspect, Interactive, DontWriteBytecode, NoUserSite, NoSite bool
	IgnoreEnvironment, Verbose, BytesWarning, Quiet, Isolated, DevMode bool
	SafePath, WarnDefaultEncoding, UTF8Mode                            bool
	Optimize                                                           int
	HashSeed                                                           *uint64 // PYTHONHASHSEED; nil: random
}

// Config configures a new interpreter.
type Config struct {
	Argv   []string
	Path   []string
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
	// Flags are the command-line options (sys.flags); Flags.Optimize is -O's level
	// and Flags.DontWriteBytecode -B's.
	Flags Flags
	// XOptions are the -X options in order (sys._xoptions); WarnOptions the -W ones.
	XOptions    []string
	WarnOptions []string
	OrigArgv    []string
	// IOEncoding is PYTHONIOENCODING (encoding[:errors]) for the standard streams.
	IOEncoding string
	// StdioErrors is the error handler of standard input and output when
	// PYTHONIOENCODING names none: CPython's choice is "surrogateescape" in UTF-8
	// mode or the C, POSIX and C.UTF-8 locales, else "strict" (the default here).
	StdioErrors string
	// Unbuffered is -u: standard output is written through at every write.
	Unbuffered bool
	// PycachePrefix is sys.pycache_prefix ("" for None).
	PycachePrefix string
	// IntMaxStrDigits is -X int_max_str_digits / PYTHONINTMAXSTRDIGITS (nil: 4300).
	IntMaxStrDigits *int
	// CheckHashPycs is --check-hash-based-pycs ("default", "always", "never").
	CheckHashPycs string
	// ImportTime is -X importtime / PYTHONPROFILEIMPORTTIME: each import's time is
	// reported on standard error.
	ImportTime bool
	// Modules are the native modules the interpreter can import besides the few the
	// runtime itself needs to boot (sys, builtins, _io, importlib, zipimport): the
	// standard library's native part (package modules lists it), and the host's own.
	// A name listed twice: the later definition wins.
	Modules []*ModuleDef
	// Library is the embedded library of Python-source modules (nil: none), which
	// sys.path's entry LibraryPath serves (library.go). Kaa's command line passes
	// package lib's.
	Library     Library
	LibraryPath string
	// MaxAlloc is the largest single allocation, in bytes, Python code may ask for:
	// a larger one raises MemoryError at once (0: the smallest of physical memory,
	// RLIMIT_AS and the Go memory limit).
	MaxAlloc int64
	// GoMaxStack is the largest Go stack, in bytes, a goroutine of this process
	// may have (runtime/debug.SetMaxStack; 0: Go's default, 10^9). Python calls
	// nest as Go calls, so the depth Python recursion may reach is derived from
	// it: RecursionError comes before Go's fatal stack overflow. A host that
	// lowers Go's limit must say so here. The kaa command raises it to Go's
	// ceiling, 2*10^9, so that sys.setrecursionlimit(10**6) is reachable as in
	// CPython.
	GoMaxStack int64
	// GC is the pacing of Go's garbage collector the interpreter asks for
	// (GCPolicy); the zero value leaves the process's settings alone. The kaa
	// command passes DefaultGCPolicy(). GOGC or GOMEMLIMIT in the environment
	// override it.
	GC GCPolicy
	// Sandbox shuts the interpreter off from the host (sandbox.go): the runtime's
	// own ways to the file system (open, the import system's finders and loaders,
	// source lines for tracebacks), frames and code objects are refused with
	// PermissionError, and only the modules Allow accepts can be imported (nil:
	// all). Native modules check Interp.Sandboxed for the rest.
	Sandbox bool
	Allow   func(module string) bool
	// Path0 are the entries put at the front of sys.path once site has run (the
	// script's directory, or the current one for -m), as CPython adds them after
	// site: a .pth file or sitecustomize never sees them.
	Path0 []string
}

// Module is a module object; its namespace is its Header.dict.
type Module struct {
	Header
	// lazy holds attributes of a native module that are made on first use, so that
	// start-up does not pay for big tables few programs read (sys.stdlib_module_names).
	// Looking one up, or reading the module's __dict__ or dir(), puts it in the dict.
	lazy map[string]func(t *Thread) Value
	// state is a native module's per-interpreter Go state (SetState).
	state any
}

// setLazy adds an attribute that make builds on first use.
func (m *Module) setLazy(name string, make func(t *Thread) Value) {
	if m.lazy == nil {
		m.lazy = map[string]func(t *Thread) Value{}
	}
	m.lazy[name] = make
}

// lazyAttr builds and stores the lazy attribute name, if the module has one.
func (m *Module) lazyAttr(t *Thread, name string) (Value, bool) {
	make, ok := m.lazy[name]
	if !ok {
		return Value{}, false
	}
	delete(m.lazy, name)
	v := make(t)
	m.dict.SetStr(name, v)
	return v, true
}

// fullDict returns the module's dict with every lazy attribute in it.
func fullDict(t *Thread, v Value) *Dict {
	if v.Type().layout == moduleType || v.Type() == moduleType {
		m := (*Module)(v.p)
		for name := range m.lazy {
			m.lazyAttr(t, name)
		}
	}
	return ModuleDict(v)
}

// moduleType is the type of modules.
var moduleType = newType("module", nil, nil)

// NewModule makes a module with __name__ set.
func NewModule(name string) Value {
	m := &Module{Header: Header{typ: moduleType, dict: NewDict()}}
	m.dict.SetStr("__name__", NewStr(name))
	m.dict.SetStr("__doc__", pyNone)
	m.dict.SetStr("__package__", pyNone)
	m.dict.SetStr("__loader__", pyNone)
	m.dict.SetStr("__spec__", pyNone)
	return Value{p: unsafe.Pointer(m)}
}

// ModuleDict returns a module's namespace.
func ModuleDict(m Value) *Dict { return m.hdr().dict }

// builtinModules are the native modules every interpreter can import (math, …); the
// table is filled by init functions and never changes afterwards.
var builtinModules = map[string]func(t *Thread) (Value, *Exception){}

// NewInterp creates an interpreter and its main thread.
func NewInterp(cfg Config) *Interp {
	in := &Interp{modules: NewDict(), recursionLimit: 1000, intMaxStrDigits: 4300, maxAlloc: cfg.MaxAlloc, goStackBudget: goStackBudget(cfg.GoMaxStack)}
	in.sandbox, in.allow = cfg.Sandbox, cfg.Allow
	in.gil.init()
	in.applyGC(cfg.GC)
	if in.maxAlloc <= 0 {
		in.maxAlloc = defaultMaxAlloc()
	}
	if len(cfg.Modules) > 0 {
		in.moduleDefs = make(map[string]*ModuleDef, len(cfg.Modules))
		for _, def := range cfg.Modules {
			in.moduleDefs[def.Name] = def
		}
	}
	out := cfg.Stdout
	if out == nil {
		out = os.Stdout
	}
	in.stdout, in.stdoutW = bufio.NewWriterSize(out, 8192), out
	in.stderr = cfg.Stderr
	if in.stderr == nil {
		in.stderr = os.Stderr
	}
	// The files under the standard streams, for isatty (nil: a host's writer).
	in.stdioFiles[1], _ = out.(*os.File)
	in.stdioFiles[2], _ = in.stderr.(*os.File)
	if cfg.Stdin == nil {
		in.stdioFiles[0] = os.Stdin
	} else {
		in.stdioFiles[0], _ = cfg.Stdin.(*os.File)
	}
	if cfg.Stdin != nil {
		in.stdin = bufio.NewReader(cfg.Stdin)
	} else {
		in.stdin = bufio.NewReader(stdinReader(in, os.Stdin))
	}
	in.argv = cfg.Argv
	in.lib, in.libPath = cfg.Library, cfg.LibraryPath
	in.path0 = cfg.Path0
	if in.path0 == nil && len(cfg.Path) > 0 {
		in.path0 = cfg.Path[:1]
	}
	in.path = cfg.Path
	in.flags = cfg.Flags
	in.unbuffered = cfg.Unbuffered
	// PYTHONIOENCODING's error handler; "strict" if it names only an encoding.
	in.ioErrors = cfg.StdioErrors
	if enc, errs, _ := strings.Cut(cfg.IOEncoding, ":"); cfg.IOEncoding != "" {
		if enc != "" {
			in.ioEncoding = normEncoding(enc)
			in.ioErrors = "strict"
		}
		if errs != "" {
			in.ioErrors = errs
		}
	}
	if in.ioErrors == "" {
		in.ioErrors = "strict"
	}
	in.optimize = cfg.Flags.Optimize
	in.pycachePrefix = cfg.PycachePrefix
	in.importTime.on = cfg.ImportTime
	in.checkHashPycs = cfg.CheckHashPycs
	if in.checkHashPycs == "" {
		in.checkHashPycs = "default"
	}
	in.xoptions = cfg.XOptions
	in.warnOptions = cfg.WarnOptions
	in.origArgv = cfg.OrigArgv
	if cfg.IntMaxStrDigits != nil {
		in.intMaxStrDigits = *cfg.IntMaxStrDigits
	}
	in.main = &Thread{interp: in}
	t := in.main
	in.builtins = newBuiltinsModule(t)
	in.builtinsDict = in.builtins.hdr().dict
	in.warnFilters = in.parseWarnOptions(cfg.WarnOptions, in.stderr)
	in.superBuiltin = TypeValue(superType)
	in.modules.SetStr("builtins", in.builtins)
	in.sys = newSysModule(t)
	in.modules.SetStr("sys", in.sys)
	setNativeAttrs(in.builtins, "builtins", in.builtinSpec("builtins"))
	setNativeAttrs(in.sys, "sys", in.builtinSpec("sys"))
	in.MainModule()
	if cfg.Flags.NoSite {
		// site installs these (setquit, setcopyright, sethelper); -S goes without.
		for _, n := range []string{"exit", "quit", "copyright", "credits", "license", "help"} {
			in.builtinsDict.DelItem(t, NewStr(n))
		}
	} else if _, err := in.importModule(t, "site"); err != nil {
		t.exitStatus(err)
	}
	if len(cfg.Path0) > 0 {
		if l := in.sysPathList(); l != nil {
			l.items = append(strValues(cfg.Path0), l.items...)
		}
	}
	return in
}

// Main returns the interpreter's main thread.
func (in *Interp) Main() *Thread { return in.main }

// Flags returns the options sys.flags reports (-X warn_default_encoding, -X utf8, ...).
func (in *Interp) Flags() Flags { return in.flags }

// Flush writes buffered standard output.
func (in *Interp) Flush() { in.stdout.Flush() }

// AtExit adds fn to what Finalize runs when the program is over: the atexit
// module's callbacks, or a host's own clean-up. The most recently added runs first.
func (in *Interp) AtExit(fn func(t *Thread)) { in.exitHooks = append(in.exitHooks, fn) }

// Finalize ends the interpreter's program as CPython's Py_FinalizeEx does:
// threading's non-daemon threads are waited for (threading._shutdown, if threading
// was imported), the exit hooks run (atexit's callbacks, in the reverse order of
// registration), then the standard output is flushed; daemon threads never run
// again. The command line calls it when the program (or the
// interactive session) ends, whatever its status; an embedding host calls it when
// it is done with the interpreter. Hooks added meanwhile run too; a second call
// runs nothing more.
func (in *Interp) Finalize() {
	if in.gil.finalizing.Load() {
		return
	}
	// As Py_FinalizeEx's wait_for_thread_shutdown: the threading module, if
	// imported, waits for the non-daemon threads, before the atexit callbacks.
	if th, ok := in.modules.GetStr("threading"); ok {
		if _, err := CallMethod(in.main, th, "_shutdown"); err != nil {
			in.main.WriteUnraisable(err, "Exception ignored on threading shutdown", Value{})
		}
	}
	for len(in.exitHooks) > 0 {
		n := len(in.exitHooks) - 1
		fn := in.exitHooks[n]
		in.exitHooks = in.exitHooks[:n]
		fn(in.main)
	}
	in.main.finalizeAtExit()
	in.Flush()
	in.gil.finalizing.Store(true)
}

// CompileSource parses and compiles source text (mode "exec").
func CompileSource(filename string, src []byte, optimize int) (*Code, *Exception) {
	return CompileMode(filename, src, "exec", optimize)
}

// CompileMode parses and compiles source text in mode "exec", "eval" or "single".
// Warnings are dropped; a Thread's compile reports them.
func CompileMode(filename string, src []byte, mode string, optimize int) (*Code, *Exception) {
	return compileSource(nil, filename, src, mode, optimize)
}

// compile is CompileMode with the parser's and the code generator's warnings
// handled as the interpreter's warnings filters say (printed, ignored, or raised
// as SyntaxError).
func (t *Thread) compile(filename string, src []byte, mode string, optimize int) (*Code, *Exception) {
	return compileSource(t, filename, src, mode, optimize)
}

func compileSource(t *Thread, filename string, src []byte, mode string, optimize int) (*Code, *Exception) {
	tree, exc := parseSource(t, filename, src, mode, false)
	if exc != nil {
		return nil, exc
	}
	return compileTree(t, tree, filename, optimize)
}

// parseSource parses source text in mode "exec", "eval", "single" or "func_type",
// handling the parser's warnings as compile does when t is not nil.
func parseSource(t *Thread, filename string, src []byte, mode string, typeComments bool) (ast.ModNode, *Exception) {
	pm := parser.Exec
	switch mode {
	case "eval":
		pm = parser.Eval
	case "single":
		pm = parser.Single
	case "func_type":
		pm = parser.FuncType
	}
	res, err := parser.Parse(filename, src, pm, parser.Options{TypeComments: typeComments})
	if err != nil {
		return nil, syntaxErrorFrom(err)
	}
	if t != nil && len(res.Warnings) > 0 {
		if exc := t.compileWarnings(filename, res); exc != nil {
			return nil, exc
		}
	}
	return res.Tree, nil
}

// compileTree compiles a parsed (or _ast-built) tree into a code object.
func compileTree(t *Thread, tree ast.ModNode, filename string, optimize int) (*Code, *Exception) {
	opts := compile.Options{Optimize: optimize}
	if t != nil {
		opts.Warn = func(msg string, p *ast.Pos) error { return t.compilerWarning(filename, msg, p) }
	}
	code, err := compile.Compile(tree, filename, opts)
	if err != nil {
		if exc, ok := err.(warningError); ok {
			return nil, exc.exc
		}
		return nil, syntaxErrorFrom(err)
	}
	OrderFrozenSets(code, false)
	return NewCode(code), nil
}

// RunCode executes a module-level code object in the given module.
func (t *Thread) RunCode(code *Code, mod Value) (Value, *Exception) {
	d := mod.hdr().dict
	if _, ok := d.GetStr("__builtins__"); !ok {
		d.SetStr("__builtins__", t.interp.builtins)
	}
	r, err := t.evalCode(code, d, d.Value())
	// As CPython's run_eval_code_obj: whether the last top-level code ended with
	// KeyboardInterrupt decides how the command line exits (UnhandledInterrupt).
	t.interp.unhandledInterrupt = err != nil && err.Matches(keyboardInterrupt)
	return r, err
}

func (t *Thread) evalCode(code *Code, globals *Dict, locals Value) (Value, *Exception) {
	if code.framesize > hugeFrame {
		if err := t.checkFrame(code); err != nil {
			return Value{}, err
		}
	}
	f := t.allocFrame(code, true)
	f.globals = globals
	f.builtins = t.interp.builtinsDict
	if b, ok := globals.GetStr("__builtins__"); ok {
		if b.Type() == moduleType {
			f.builtins = b.hdr().dict
		} else if b.Type() == dictType {
			f.builtins = b.dictObj()
		}
	}
	f.locals = locals
	if err := t.enterCall(); err != nil {
		return Value{}, err
	}
	if err := t.enterC(""); err != nil {
		t.leaveCall()
		return Value{}, err
	}
	r, err := t.eval(f, nil)
	t.leaveC()
	t.leaveCall()
	return r, err
}

// runMain runs a script as __main__, returning the uncaught exception if any. The
// source of a program that is not a file (-c's "<string>") is kept for tracebacks, as
// CPython 3.13 shows its lines.
func (t *Thread) runMain(filename string, src []byte) *Exception {
	code, err := t.compile(filename, src, "exec", t.interp.optimize)
	if filename == "<string>" {
		// Kept once compiled, as CPython's linecache has it: the compiler's own
		// warnings show no line, later ones (and tracebacks) do.
		if t.interp.sources == nil {
			t.interp.sources = map[string]string{}
		}
		t.interp.sources[filename] = string(src)
	}
	if err != nil {
		return err
	}
	return t.runMainCode(filename, code)
}

// runMainCode runs an already compiled module code object (from Kaa's compiler or a
// .pyc) as __main__. A filename in angle brackets (<string>, <stdin>) is not a file:
// the module then has no __file__, as with -c.
func (t *Thread) runMainCode(filename string, code *Code) *Exception {
	mod := t.interp.MainModule()
	if filename == "<stdin>" {
		d := mod.hdr().dict
		d.SetStr("__file__", NewStr(filename))
		d.SetStr("__cached__", pyNone)
	} else if !strings.HasPrefix(filename, "<") {
		d := mod.hdr().dict
		d.SetStr("__loader__", newFileLoader(sourceFileLoaderType, "__main__", filename))
		d.SetStr("__file__", NewStr(filename))
		d.SetStr("__cached__", pyNone)
	}
	_, err := t.RunCode(code, mod)
	return err
}

// IsPycFile is CPython's maybe_pyc_file: a program runs as bytecode when its name
// ends in .pyc or, unless its first line was skipped (-x), when it starts with the
// first two bytes of the .pyc magic number.
func IsPycFile(filename string, data []byte, skippedFirstLine bool) bool {
	if strings.HasSuffix(filename, ".pyc") {
		return true
	}
	return !skippedFirstLine && len(data) >= 2 && data[0] == marshal.Magic[0] && data[1] == marshal.Magic[1]
}

// runMainPyc runs a compiled file as __main__, as CPython's run_pyc_file: a wrong
// magic number is a RuntimeError, a header cut short an EOFError, and anything but a
// code object after it "Bad code object in .pyc file". The header's other fields are
// not checked.
func (t *Thread) runMainPyc(filename string, data []byte) *Exception {
	if len(data) < 4 {
		return Errorf(eofError, "EOF read where not expected")
	}
	if !bytes.Equal(data[:4], marshal.Magic[:]) {
		return Errorf(runtimeError, "Bad magic number in .pyc file")
	}
	if len(data) < 16 {
		return Errorf(eofError, "EOF read where not expected")
	}
	v, _, err := marshal.Load(data[16:])
	code, ok := v.(*bytecode.Code)
	if err != nil || !ok {
		return Errorf(runtimeError, "Bad code object in .pyc file")
	}
	mod := t.interp.MainModule()
	d := mod.hdr().dict
	d.SetStr("__loader__", newFileLoader(sourcelessFileLoaderType, "__main__", filename))
	d.SetStr("__file__", NewStr(filename))
	d.SetStr("__cached__", pyNone)
	_, exc := t.RunCode(NewCode(code), mod)
	return exc
}

// MainModule returns sys.modules["__main__"], creating it as CPython's start-up does
// (with __annotations__ and __builtins__, loaded by BuiltinImporter) if it is missing.
func (in *Interp) MainModule() Value {
	if m, ok := in.modules.GetStr("__main__"); ok && m.Type().IsSubtype(moduleType) {
		return m
	}
	m := NewModule("__main__")
	d := ModuleDict(m)
	d.SetStr("__loader__", TypeValue(builtinImporterType))
	d.SetStr("__annotations__", NewDict().Value())
	d.SetStr("__builtins__", in.builtins)
	in.modules.SetStr("__main__", m)
	return m
}

// runModule is `python -m NAME` (runpy._run_module_as_main): the module's code runs in
// __main__ with the spec's attributes; a package runs its __main__ submodule. A
// module that cannot be found or run gives SystemExit("EXECUTABLE: message").
func (t *Thread) runModule(name string) *Exception {
	s, code, err := t.moduleDetails(name)
	if err != nil {
		if err.Matches(runpyError) {
			msg := ""
			if args := err.Args(); len(args) > 0 {
				msg, _ = StrOf(t, args[0])
			}
			return NewException(systemExit, NewStr(Executable()+": "+msg))
		}
		return err
	}
	return t.runAsMain(s, code, true)
}

// runMainPath runs a directory or ZIP archive named as the program, which the
// command line made sys.path[0]: its __main__ module runs as __main__, as
// runpy._run_module_as_main("__main__", alter_argv=False) runs it.
func (t *Thread) runMainPath() *Exception {
	in := t.interp
	saved, hadMain := in.modules.GetStr("__main__")
	if hadMain {
		in.modules.DelItem(t, NewStr("__main__"))
	}
	s, code, err := t.moduleDetails("__main__")
	if hadMain {
		in.modules.SetStr("__main__", saved)
	}
	if err != nil {
		if err.Matches(runpyError) {
			where := ""
			if p, ok := ModuleDict(in.sys).GetStr("path"); ok && p.Type() == listType && len(p.list().items) > 0 {
				where, _ = Repr(t, p.list().items[0])
			}
			return NewException(systemExit, NewStr(Executable()+": can't find '__main__' module in "+where))
		}
		return err
	}
	return t.runAsMain(s, code, false)
}

// IsPathImporter reports whether one of sys.path_hooks accepts path (a directory or
// a ZIP archive), caching its answer in sys.path_importer_cache as CPython's
// command line does for the script it is given.
func (t *Thread) IsPathImporter(path string) bool {
	f, err := t.interp.pathFinder(t, path)
	return err == nil && !f.IsNone()
}

// runAsMain is runpy's _run_code for the __main__ module: the module's attributes
// from its spec (sys.argv[0] becoming its file if alterArgv), then its code, with
// runpy's two frames in a traceback.
func (t *Thread) runAsMain(s Value, code *Code, alterArgv bool) *Exception {
	in := t.interp
	mod := in.MainModule()
	d := ModuleDict(mod)
	origin, _, _ := attrStr(t, s, "origin")
	if argv, ok := ModuleDict(in.sys).GetStr("argv"); alterArgv && ok && argv.Type() == listType && len(argv.list().items) > 0 {
		argv.list().items[0] = NewStr(origin)
	}
	loader, _, _ := lookupAttr(t, s, NewStr("loader").str())
	parent, perr := specParent(t, s)
	if perr != nil {
		return perr
	}
	d.SetStr("__name__", NewStr("__main__"))
	file, cached := pyNone, pyNone
	if hasLocation(t, s) {
		file = NewStr(origin)
		if c, found, _ := lookupAttr(t, s, NewStr("cached").str()); found {
			cached = c
		}
	}
	d.SetStr("__file__", file)
	d.SetStr("__cached__", cached)
	d.SetStr("__doc__", pyNone)
	d.SetStr("__loader__", loader)
	d.SetStr("__package__", parent)
	d.SetStr("__spec__", s)
	_, err := t.RunCode(code, mod)
	if err != nil && err.traceback != nil {
		// CPython runs the module from runpy's frozen frames, and its tracebacks show
		// them; Kaa runs it directly and prints the same two entries.
		err.traceback = &traceback{Header: Header{typ: tracebackType}, lasti: -2, lineno: 198, frame: frozenFrame("_run_module_as_main"),
			next: &traceback{Header: Header{typ: tracebackType}, lasti: -2, lineno: 88, frame: frozenFrame("_run_code"), next: err.traceback}}
	}
	return err
}

// frozenFrame is a stand-in frame of CPython's frozen runpy module for tracebacks.
func frozenFrame(name string) *frame {
	c := NewCode(&bytecode.Code{Filename: "<frozen runpy>", Name: name, QualName: name})
	return &frame{code: c}
}

// runpyError stands for runpy's private _Error: a failure reported as a message.
var runpyError = newExcType("runpy._Error", importError, "")

// moduleDetails is runpy._get_module_details.
func (t *Thread) moduleDetails(name string) (Value, *Code, *Exception) {
	in := t.interp
	fail := func(format string, a ...any) (Value, *Code, *Exception) {
		return Value{}, nil, Errorf(runpyError, format, a...)
	}
	if strings.HasPrefix(name, ".") {
		return fail("Relative module names not supported")
	}
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		pkg := name[:i]
		if _, err := in.importModule(t, pkg); err != nil {
			if !err.Matches(importError) {
				return Value{}, nil, err
			}
			if n := err.extra[1]; n.Type() != strType || n.str().s != pkg && !strings.HasPrefix(pkg, n.str().s+".") {
				return Value{}, nil, err
			}
		}
	}
	s, err := in.findSpecUtil(t, name)
	if err != nil {
		if err.Matches(importError) || err.Matches(attributeError) || err.Matches(typeError) || err.Matches(valueError) {
			msg, _ := StrOf(t, err.Value())
			extra := ""
			if strings.HasSuffix(name, ".py") {
				extra = fmt.Sprintf(". Try using '%s' instead of '%s' as the module name.", name[:len(name)-3], name)
			}
			return fail("Error while finding module specification for '%s' (%s: %s)%s", name, err.typ.Name, msg, extra)
		}
		return Value{}, nil, err
	}
	if s.IsNone() {
		return fail("No module named %s", name)
	}
	if locs, found, _ := lookupAttr(t, s, NewStr("submodule_search_locations").str()); found && !locs.IsNone() {
		if name == "__main__" || strings.HasSuffix(name, ".__main__") {
			return fail("Cannot use package as __main__ module")
		}
		ms, code, err := t.moduleDetails(name + ".__main__")
		if err != nil && err.Matches(runpyError) {
			if _, ok := in.modules.GetStr(name); ok {
				msg, _ := StrOf(t, err.Args()[0])
				return fail("%s; '%s' is a package and cannot be directly executed", msg, name)
			}
		}
		return ms, code, err
	}
	loader, _, _ := lookupAttr(t, s, NewStr("loader").str())
	if loader.IsNil() || loader.IsNone() {
		return fail("'%s' is a namespace package and cannot be executed", name)
	}
	var code *Code
	switch loader.Type() {
	case sourceFileLoaderType, sourcelessFileLoaderType:
		code, err = in.loaderCode(t, loader)
	default:
		var cv Value
		cv, err = CallMethod(t, loader, "get_code", NewStr(name))
		if err == nil {
			if cv.IsNone() {
				return fail("No code object available for %s", name)
			}
			if cv.Type() != codeType {
				return Value{}, nil, typeErrorf("expected a code object")
			}
			code = cv.code()
		}
	}
	if err != nil {
		if err.Matches(importError) {
			msg, _ := StrOf(t, err.Value())
			return fail("%s", msg)
		}
		return Value{}, nil, err
	}
	return s, code, nil
}

// findSpecUtil is importlib.util.find_spec: a module already imported gives its
// __spec__; a submodule's parent is imported first.
func (in *Interp) findSpecUtil(t *Thread, name string) (Value, *Exception) {
	if m, ok := in.modules.GetStr(name); ok {
		if m.IsNone() {
			return pyNone, nil
		}
		s, found, err := lookupAttr(t, m, NewStr("__spec__").str())
		if err != nil {
			return Value{}, err
		}
		if !found || s.IsNone() {
			return Value{}, Errorf(valueError, "%s.__spec__ is None", name)
		}
		return s, nil
	}
	var path Value
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent := name[:i]
		pm, err := in.importModule(t, parent)
		if err != nil {
			return Value{}, err
		}
		pv, found, err := lookupAttr(t, pm, NewStr("__path__").str())
		if err != nil {
			return Value{}, err
		}
		if !found {
			e := Errorf(moduleNotFoundError, "__path__ attribute not found on '%s' while trying to find '%s'", parent, name)
			e.extra[1] = NewStr(name)
			return Value{}, e
		}
		path = pv
	}
	return in.findSpec(t, name, path)
}

// exitStatus reports an uncaught exception as CPython does at the end of a program and
// returns the process exit status: SystemExit's code (None → 0, an int → itself,
// anything else printed to stderr → 1); any other exception goes to sys.excepthook
// (which prints its traceback on stderr) with sys.last_exc set, and the status is 1
// (130 for KeyboardInterrupt, whose exit CPython makes a death by SIGINT: see
// UnhandledInterrupt).
func (t *Thread) exitStatus(err *Exception) int {
	if err == nil {
		return 0
	}
	t.interp.Flush()
	if err.Matches(systemExit) {
		return t.systemExitStatus(err)
	}
	if err.Matches(keyboardInterrupt) {
		t.interp.unhandledInterrupt = true
	}
	if status, exit := t.reportException(err, false); exit {
		return status
	}
	if t.interp.unhandledInterrupt {
		return 130 // 128 + SIGINT, what a shell reports for the signal
	}
	return 1
}

// systemExitStatus is the exit status SystemExit's code asks for.
func (t *Thread) systemExitStatus(err *Exception) int {
	code := err.extra[0]
	if code.IsNil() || code.IsNone() {
		return 0
	}
	if n, ok := AsInt64(code); ok && code.Type() != boolType {
		return int(int32(n)) & 0xff
	}
	if code.Type() == boolType {
		return int(code.n)
	}
	if s, e := StrOf(t, code); e == nil {
		fmt.Fprintln(t.interp.stderr, s)
	}
	return 1
}

// ProgramText is line lineno of the source file filename, for a SyntaxError the
// compiler raised (the parser's carry their text): CPython's
// PyErr_ProgramTextObject. Files too large to be source are not read.
func ProgramText(filename string, lineno int) (string, bool) {
	if lineno < 1 || filename == "" || filename[0] == '<' {
		return "", false
	}
	fi, err := os.Stat(filename)
	if err != nil || !fi.Mode().IsRegular() || fi.Size() > 64<<20 {
		return "", false
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		return "", false
	}
	for i := 1; i < lineno; i++ {
		k := bytes.IndexByte(data, '\n')
		if k < 0 {
			return "", false
		}
		data = data[k+1:]
	}
	if k := bytes.IndexByte(data, '\n'); k >= 0 {
		data = data[:k+1]
	}
	return string(data), true
}

// syntaxErrorFrom converts a parser or compiler error to a Python SyntaxError.
func syntaxErrorFrom(err error) *Exception {
	te, ok := err.(*token.Error)
	if !ok {
		return NewException(syntaxError, NewStr(err.Error()))
	}
	typ := syntaxError
	switch te.Type {
	case "MemoryError":
		return NewException(memoryError, NewStr(te.Msg))
	case "RecursionError":
		return NewException(recursionError, NewStr(te.Msg))
	case "IndentationError":
		typ = indentationError
	case "TabError":
		typ = tabError
	}
	text := pyNone
	if te.HasText {
		text = NewStr(te.Text)
	} else if line, ok := ProgramText(te.Filename, te.Lineno); ok {
		text = NewStr(line)
	}
	endLine, endOffset := Value(pyNone), Value(pyNone)
	if te.EndLineno > 0 { // 0: unknown, None as in CPython
		endLine = Int(int64(te.EndLineno))
	}
	if te.EndOffset >= 0 && te.EndLineno > 0 {
		endOffset = Int(int64(te.EndOffset))
	}
	details := NewTuple(NewStr(te.Filename), Int(int64(te.Lineno)), Int(int64(te.Offset)), text, endLine, endOffset)
	return NewException(typ, NewStr(te.Msg), details)
}

func init() {
	moduleType.hasDict = true
	moduleType.repr = moduleRepr
	moduleType.getattr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
		r, err := genericGetAttr(t, v, name)
		if err != nil && err.Matches(attributeError) {
			if lv, ok := (*Module)(v.p).lazyAttr(t, name.s); ok {
				return lv, nil
			}
			d := ModuleDict(v)
			if ga, ok := d.GetStr("__getattr__"); ok {
				return Call(t, ga, strOf(name))
			}
			return Value{}, moduleAttrError(t, v, name)
		}
		return r, err
	}
	moduleType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		m := &Module{Header: Header{typ: typ, dict: NewDict()}}
		return Value{p: unsafe.Pointer(m)}, nil
	}
	moduleType.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		if len(args) < 1 || args[0].Type() != strType {
			return typeErrorf("module.__init__() argument 'name' must be str")
		}
		d := ModuleDict(self)
		d.SetStr("__name__", args[0])
		doc := pyNone
		if len(args) > 1 {
			doc = args[1]
		}
		d.SetStr("__doc__", doc)
		d.SetStr("__package__", pyNone)
		d.SetStr("__loader__", pyNone)
		d.SetStr("__spec__", pyNone)
		return nil
	}
	moduleType.readyLazy(func() []*MethodDef {
		return []*MethodDef{getset("__dict__", func(t *Thread, v Value) (Value, *Exception) { return fullDict(t, v).Value(), nil }, nil),
			// module_get_annotations/module_set_annotations: kept in the module's dict,
			// made (an empty dict) on first read
			getset("__annotations__", func(t *Thread, v Value) (Value, *Exception) {
				d := fullDict(t, v)
				if a, ok := d.GetStr("__annotations__"); ok {
					return a, nil
				}
				a := NewDict().Value()
				d.SetStr("__annotations__", a)
				return a, nil
			}, func(t *Thread, v, val Value) *Exception {
				d := fullDict(t, v)
				if val.IsNil() {
					if !d.delStr(newStr("__annotations__")) {
						return Errorf(attributeError, "__annotations__")
					}
					return nil
				}
				d.SetStr("__annotations__", val)
				return nil
			}),
			methNoArgs("module.__dir__", func(t *Thread, v Value) (Value, *Exception) {
				d := fullDict(t, v)
				if f, ok := d.GetStr("__dir__"); ok {
					return Call(t, f)
				}
				return NewList(d.Keys()).Value(), nil
			})}
	})
}

// SyntaxErrorFrom converts a scanner, parser or compiler error (a *token.Error) to
// the Python exception CPython raises for it (SyntaxError, IndentationError, ...).
func SyntaxErrorFrom(err error) *Exception { return syntaxErrorFrom(err) }
