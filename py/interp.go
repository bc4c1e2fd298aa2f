package py

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unsafe"

	"github.com/kaa-python/kaa/compile"
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
	intMaxStrDigits int
	superBuiltin    Value
	stdout          *bufio.Writer
	stderr          io.Writer
	stdin           *bufio.Reader
	argv            []string
	path            []string
	main            *Thread
	native          map[string]func(t *Thread) (Value, *Exception)
	optimize        int
	interned        map[string]Value // sys.intern's table
}

// Config configures a new interpreter.
type Config struct {
	Argv   []string
	Path   []string
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
	// Native modules importable by name (Go-implemented stdlib modules).
	Native map[string]func(t *Thread) (Value, *Exception)
}

// Module is a module object; its namespace is its Header.dict.
type Module struct {
	Header
}

// ModuleType is the type of modules.
var ModuleType = newType("module", nil, nil)

// NewModule makes a module with __name__ set.
func NewModule(name string) Value {
	m := &Module{Header: Header{typ: ModuleType, dict: NewDict()}}
	m.dict.SetStr("__name__", NewStr(name))
	m.dict.SetStr("__doc__", None)
	m.dict.SetStr("__package__", None)
	m.dict.SetStr("__loader__", None)
	m.dict.SetStr("__spec__", None)
	return Value{p: unsafe.Pointer(m)}
}

// ModuleDict returns a module's namespace.
func ModuleDict(m Value) *Dict { return m.hdr().dict }

// builtinModules are the native modules every interpreter can import (math, …); the
// table is filled by init functions and never changes afterwards.
var builtinModules = map[string]func(t *Thread) (Value, *Exception){}

// NewInterp creates an interpreter and its main thread.
func NewInterp(cfg Config) *Interp {
	in := &Interp{modules: NewDict(), recursionLimit: 1000, intMaxStrDigits: 4300, native: cfg.Native}
	out := cfg.Stdout
	if out == nil {
		out = os.Stdout
	}
	in.stdout = bufio.NewWriterSize(out, 8192)
	in.stderr = cfg.Stderr
	if in.stderr == nil {
		in.stderr = os.Stderr
	}
	if cfg.Stdin != nil {
		in.stdin = bufio.NewReader(cfg.Stdin)
	} else {
		in.stdin = bufio.NewReader(os.Stdin)
	}
	in.argv = cfg.Argv
	in.path = cfg.Path
	in.main = &Thread{interp: in}
	t := in.main
	in.builtins = newBuiltinsModule(t)
	in.builtinsDict = in.builtins.hdr().dict
	in.superBuiltin = TypeValue(SuperType)
	in.modules.SetStr("builtins", in.builtins)
	in.sys = newSysModule(t)
	in.modules.SetStr("sys", in.sys)
	return in
}

// Main returns the interpreter's main thread.
func (in *Interp) Main() *Thread { return in.main }

// Flush writes buffered standard output.
func (in *Interp) Flush() { in.stdout.Flush() }

// CompileSource parses and compiles source text (mode "exec").
func CompileSource(filename string, src []byte, optimize int) (*Code, *Exception) {
	return CompileMode(filename, src, "exec", optimize)
}

// CompileMode parses and compiles source text in mode "exec", "eval" or "single".
func CompileMode(filename string, src []byte, mode string, optimize int) (*Code, *Exception) {
	pm := parser.Exec
	switch mode {
	case "eval":
		pm = parser.Eval
	case "single":
		pm = parser.Single
	}
	res, err := parser.Parse(filename, src, pm, parser.Options{})
	if err != nil {
		return nil, syntaxErrorFrom(err)
	}
	code, err := compile.Compile(res.Tree, filename, compile.Options{Optimize: optimize})
	if err != nil {
		return nil, syntaxErrorFrom(err)
	}
	return NewCode(code), nil
}

// RunCode executes a module-level code object in the given module.
func (t *Thread) RunCode(code *Code, mod Value) (Value, *Exception) {
	d := mod.hdr().dict
	if _, ok := d.GetStr("__builtins__"); !ok {
		d.SetStr("__builtins__", t.interp.builtins)
	}
	return t.evalCode(code, d, d.Value())
}

func (t *Thread) evalCode(code *Code, globals *Dict, locals Value) (Value, *Exception) {
	f := t.allocFrame(code, true)
	f.globals = globals
	f.builtins = t.interp.builtinsDict
	if b, ok := globals.GetStr("__builtins__"); ok {
		if b.Type() == ModuleType {
			f.builtins = b.hdr().dict
		} else if b.Type() == DictType {
			f.builtins = b.dictObj()
		}
	}
	f.locals = locals
	if err := t.enterCall(); err != nil {
		return Value{}, err
	}
	if err := t.enterC(""); err != nil {
		t.depth--
		return Value{}, err
	}
	r, err := t.eval(f, nil)
	t.leaveC()
	t.depth--
	return r, err
}

// RunMain runs a script as __main__, returning the uncaught exception if any.
func (t *Thread) RunMain(filename string, src []byte) *Exception {
	code, err := CompileSource(filename, src, t.interp.optimize)
	if err != nil {
		return err
	}
	return t.RunMainCode(filename, code)
}

// RunMainCode runs an already compiled module code object (from Kaa's compiler or a
// .pyc) as __main__.
func (t *Thread) RunMainCode(filename string, code *Code) *Exception {
	mod := NewModule("__main__")
	d := mod.hdr().dict
	d.SetStr("__file__", NewStr(filename))
	d.SetStr("__cached__", None)
	t.interp.modules.SetStr("__main__", mod)
	_, err := t.RunCode(code, mod)
	return err
}

// ExitStatus reports an uncaught exception as CPython does at the end of a program and
// returns the process exit status: SystemExit's code (None → 0, an int → itself,
// anything else printed to stderr → 1), otherwise the traceback on stderr and 1.
func (t *Thread) ExitStatus(err *Exception) int {
	if err == nil {
		return 0
	}
	t.interp.Flush()
	if err.Matches(SystemExit) {
		args := err.Args()
		if len(args) == 0 || args[0].IsNone() {
			return 0
		}
		if n, ok := AsInt64(args[0]); ok {
			return int(n)
		}
		if s, e := StrOf(t, args[0]); e == nil {
			fmt.Fprintln(t.interp.stderr, s)
		}
		return 1
	}
	fmt.Fprint(t.interp.stderr, FormatException(t, err))
	if err.Matches(KeyboardInterrupt) {
		return 130 // CPython re-raises SIGINT: the shell sees 128+2
	}
	return 1
}

// importModule imports a module by absolute dotted name.
func (in *Interp) importModule(t *Thread, name string) (Value, *Exception) {
	if m, ok := in.modules.GetStr(name); ok {
		return m, nil
	}
	parent := ""
	var searchPath []string
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent = name[:i]
		pm, err := in.importModule(t, parent)
		if err != nil {
			return Value{}, err
		}
		if m, ok := in.modules.GetStr(name); ok {
			return m, nil
		}
		pv, found, err := LookupAttr(t, pm, newStr("__path__"))
		if err != nil {
			return Value{}, err
		}
		if !found {
			e := Errorf(ModuleNotFoundError, "No module named '%s'; '%s' is not a package", name, parent)
			e.extra[1] = NewStr(name)
			return Value{}, e
		}
		items, _ := ToSlice(t, pv)
		for _, p := range items {
			if p.Type() == StrType {
				searchPath = append(searchPath, p.str().s)
			}
		}
	} else {
		f, ok := in.native[name]
		if !ok {
			f, ok = builtinModules[name]
		}
		if ok {
			m, err := f(t)
			if err != nil {
				return Value{}, err
			}
			in.modules.SetStr(name, m)
			return m, nil
		}
		searchPath = in.sysPath(t)
	}
	base := name[strings.LastIndexByte(name, '.')+1:]
	for _, dir := range searchPath {
		if dir == "" {
			dir = "."
		}
		pkg := filepath.Join(dir, base)
		if st, err := os.Stat(filepath.Join(pkg, "__init__.py")); err == nil && !st.IsDir() {
			return in.loadSource(t, name, filepath.Join(pkg, "__init__.py"), pkg)
		}
		file := pkg + ".py"
		if st, err := os.Stat(file); err == nil && !st.IsDir() {
			return in.loadSource(t, name, file, "")
		}
	}
	e := Errorf(ModuleNotFoundError, "No module named '%s'", name)
	e.extra[1] = NewStr(name)
	return Value{}, e
}

func (in *Interp) sysPath(t *Thread) []string {
	pv, ok := ModuleDict(in.sys).GetStr("path")
	if !ok {
		return in.path
	}
	var out []string
	items, _ := ToSlice(t, pv)
	for _, p := range items {
		if p.Type() == StrType {
			out = append(out, p.str().s)
		}
	}
	return out
}

func (in *Interp) loadSource(t *Thread, name, file, pkgDir string) (Value, *Exception) {
	src, err := os.ReadFile(file)
	if err != nil {
		return Value{}, Errorf(ImportError, "%s", err.Error())
	}
	code, e := CompileSource(file, src, in.optimize)
	if e != nil {
		return Value{}, e
	}
	mod := NewModule(name)
	d := ModuleDict(mod)
	d.SetStr("__file__", NewStr(file))
	if pkgDir != "" {
		d.SetStr("__path__", NewList([]Value{NewStr(pkgDir)}).Value())
		d.SetStr("__package__", NewStr(name))
	} else if i := strings.LastIndexByte(name, '.'); i >= 0 {
		d.SetStr("__package__", NewStr(name[:i]))
	} else {
		d.SetStr("__package__", NewStr(""))
	}
	in.modules.SetStr(name, mod)
	if _, e := t.RunCode(code, mod); e != nil {
		in.modules.DelItem(t, NewStr(name))
		return Value{}, e
	}
	if m, ok := in.modules.GetStr(name); ok {
		return m, nil
	}
	return mod, nil
}

// importName is IMPORT_NAME.
func (t *Thread) importName(f *Frame, name *Str, fromlist, level Value) (Value, *Exception) {
	imp, ok := f.builtins.GetStr("__import__")
	if !ok {
		return Value{}, Errorf(ImportError, "__import__ not found")
	}
	if imp.Type() == BuiltinType && imp.builtin().def.Name == "__import__" {
		return t.doImport(name.s, f.globals, fromlist, level)
	}
	locals := f.locals
	if locals.IsNil() {
		locals = None
	}
	return Call(t, imp, strOf(name), f.globals.Value(), locals, fromlist, level)
}

func (t *Thread) doImport(name string, globals *Dict, fromlist, levelV Value) (Value, *Exception) {
	level, _ := AsInt64(levelV)
	full := name
	if level > 0 {
		pkg := ""
		if p, ok := globals.GetStr("__package__"); ok && p.Type() == StrType {
			pkg = p.str().s
		} else if n, ok := globals.GetStr("__name__"); ok && n.Type() == StrType {
			pkg = n.str().s
			if _, isPkg := globals.GetStr("__path__"); !isPkg {
				if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
					pkg = pkg[:i]
				} else {
					pkg = ""
				}
			}
		}
		if pkg == "" {
			return Value{}, Errorf(ImportError, "attempted relative import with no known parent package")
		}
		parts := strings.Split(pkg, ".")
		if int(level-1) > len(parts)-1 {
			return Value{}, Errorf(ImportError, "attempted relative import beyond top-level package")
		}
		base := strings.Join(parts[:len(parts)-int(level-1)], ".")
		if name != "" {
			full = base + "." + name
		} else {
			full = base
		}
	}
	m, err := t.interp.importModule(t, full)
	if err != nil {
		return Value{}, err
	}
	hasFrom := false
	if !fromlist.IsNil() && !fromlist.IsNone() {
		b, _ := IsTrue(t, fromlist)
		hasFrom = b
	}
	if hasFrom {
		if _, isPkg := ModuleDict(m).GetStr("__path__"); isPkg {
			items, _ := ToSlice(t, fromlist)
			for _, it := range items {
				if it.Type() != StrType || it.str().s == "*" {
					continue
				}
				if _, ok := ModuleDict(m).getStr(it.str()); !ok {
					if _, err := t.interp.importModule(t, full+"."+it.str().s); err != nil && !err.Matches(ModuleNotFoundError) {
						return Value{}, err
					}
				}
			}
		}
		return m, nil
	}
	if level == 0 && strings.Contains(name, ".") {
		top, _ := t.interp.modules.GetStr(name[:strings.IndexByte(name, '.')])
		return top, nil
	}
	return m, nil
}

// importFrom is IMPORT_FROM.
func (t *Thread) importFrom(m Value, name *Str) (Value, *Exception) {
	v, err := GetAttr(t, m, name)
	if err == nil {
		return v, nil
	}
	if !err.Matches(AttributeError) {
		return Value{}, err
	}
	if pn, found, _ := LookupAttr(t, m, strName); found && pn.Type() == StrType {
		full := pn.str().s + "." + name.s
		if sub, ok := t.interp.modules.GetStr(full); ok {
			return sub, nil
		}
		modName := pn.str().s
		file := "unknown location"
		if f, found, _ := LookupAttr(t, m, newStr("__file__")); found && f.Type() == StrType {
			file = f.str().s
		}
		e := Errorf(ImportError, "cannot import name '%s' from '%s' (%s)", name.s, modName, file)
		e.extra[1] = NewStr(modName)
		return Value{}, e
	}
	return Value{}, Errorf(ImportError, "cannot import name '%s' from '<unknown module name>' (unknown location)", name.s)
}

// syntaxErrorFrom converts a parser or compiler error to a Python SyntaxError.
func syntaxErrorFrom(err error) *Exception {
	te, ok := err.(*token.Error)
	if !ok {
		return NewException(SyntaxError, NewStr(err.Error()))
	}
	typ := SyntaxError
	switch te.Type {
	case "IndentationError":
		typ = IndentationError
	case "TabError":
		typ = TabError
	}
	text := None
	if te.HasText {
		text = NewStr(te.Text)
	}
	details := NewTuple(NewStr(te.Filename), Int(int64(te.Lineno)), Int(int64(te.Offset)), text, Int(int64(te.EndLineno)), Int(int64(te.EndOffset)))
	return NewException(typ, NewStr(te.Msg), details)
}
