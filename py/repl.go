package py

import (
	"bufio"
	"fmt"
	"strings"
	"unsafe"

	"github.com/kaa-python/kaa/compile"
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/parser"
)

// The interactive interpreter's Python side: compiling what was typed at the
// prompt, running it in __main__, sys.displayhook, and reporting exceptions as
// CPython's PyErr_Print does. The command line reads the lines (cmd/kaa/repl.go).

// compileInteractive compiles the lines typed so far at the prompt in mode "single",
// at the interpreter's -O level. more reports that the statement needs another line
// (see parser.Interactive); eof says no more input will come. A statement that is
// only blanks or a comment gives a nil code and no error. The code objects keep the
// typed text, so tracebacks show the lines of interactive input, as CPython 3.13
// does. Warnings are handled as in files; those of the code generator name the
// input "<stdin>-N", N counting the inputs parsed so far, as CPython 3.13's REPL
// names them.
func (t *Thread) compileInteractive(filename, text string, eof bool) (code *Code, more bool, err *Exception) {
	res, more, perr := parser.InteractiveResult(filename, text, eof)
	if more {
		return nil, true, nil
	}
	if perr != nil {
		return nil, false, syntaxErrorFrom(perr)
	}
	in := t.interp
	n := in.interactiveCount
	in.interactiveCount++
	if len(res.Warnings) > 0 {
		if exc := t.compileWarnings(filename, res); exc != nil {
			return nil, false, exc
		}
	}
	tree := res.Tree.(*ast.Interactive)
	if len(tree.Body) == 0 {
		return nil, false, nil
	}
	warnName := fmt.Sprintf("%s-%d", filename, n)
	bc, cerr := compile.Compile(tree, filename, compile.Options{Optimize: in.optimize,
		Warn: func(msg string, p *ast.Pos) error { return t.compilerWarning(warnName, msg, p) }})
	if cerr != nil {
		if exc, ok := cerr.(warningError); ok {
			return nil, false, exc.exc
		}
		return nil, false, syntaxErrorFrom(cerr)
	}
	OrderFrozenSets(bc, false)
	code = NewCode(bc)
	code.setSource(strings.Split(strings.TrimSuffix(text, "\n"), "\n"))
	return code, false, nil
}

// setSource gives c and the code objects nested in it the lines they were compiled
// from, for tracebacks.
func (c *Code) setSource(lines []string) {
	c.source = lines
	for _, k := range c.consts {
		if k.Type() == codeType {
			k.code().setSource(lines)
		}
	}
}

// runInteractive runs one statement compiled by compileInteractive in __main__ and
// returns its uncaught exception.
func (t *Thread) runInteractive(code *Code) *Exception {
	_, err := t.RunCode(code, t.interp.MainModule())
	t.interp.Flush()
	return err
}

// Stdin is the buffered reader behind sys.stdin; the interactive loop reads its lines
// from it too, so that input() and the prompt share what was typed.
func (in *Interp) Stdin() *bufio.Reader { return in.stdin }

// WriteStderr writes s to standard error after flushing standard output.
func (in *Interp) WriteStderr(s string) {
	in.stdout.Flush()
	in.stderr.Write([]byte(s))
}

// SysDict is the namespace of the interpreter's own sys module, the one CPython's
// PySys_GetObject reads (it stays the same if a program replaces sys.modules["sys"]).
func (in *Interp) SysDict() *Dict { return ModuleDict(in.sys) }

// reportException is PyErr_Print for an exception that reached the interactive
// loop (or, with -i, the end of the script): SystemExit ends the program unless
// inspect is set (the script run under -i, whose SystemExit is printed like any
// exception); otherwise sys.last_exc and friends are set and sys.excepthook prints
// it. exit reports that the program must end with status.
func (t *Thread) reportException(err *Exception, inspect bool) (status int, exit bool) {
	in := t.interp
	in.Flush()
	if err.Matches(systemExit) && !inspect {
		return t.systemExitStatus(err), true
	}
	d := ModuleDict(in.sys)
	tb := pyNone
	if err.traceback != nil {
		tb = Value{p: unsafe.Pointer(err.traceback)}
	}
	d.SetStr("last_exc", err.Value())
	d.SetStr("last_type", TypeValue(err.typ))
	d.SetStr("last_value", err.Value())
	d.SetStr("last_traceback", tb)
	hook, ok := d.GetStr("excepthook")
	if !ok {
		in.WriteStderr("sys.excepthook is missing\n")
		in.WriteStderr(formatException(t, err, in.canColorize()))
		return 0, false
	}
	if _, herr := Call(t, hook, TypeValue(err.typ), err.Value(), tb); herr != nil {
		in.Flush()
		if herr.Matches(systemExit) && !inspect {
			return t.systemExitStatus(herr), true
		}
		color := in.canColorize()
		in.WriteStderr("Error in sys.excepthook:\n" + formatException(t, herr, color) + "\nOriginal exception was:\n" + formatException(t, err, color))
	}
	in.Flush()
	return 0, false
}

// displayhook is sys.displayhook (and sys.__displayhook__): it prints repr(v) on
// sys.stdout and keeps v in builtins._, except for None.
func displayhook(t *Thread, _, v Value) (Value, *Exception) {
	if v.IsNone() {
		return pyNone, nil
	}
	b := t.interp.builtinsDict
	// Set _ to None first, so that printing can use _ without seeing the old value.
	b.SetStr("_", pyNone)
	r, err := Repr(t, v)
	if err != nil {
		return Value{}, err
	}
	out, ok := ModuleDict(t.interp.sys).GetStr("stdout")
	if !ok || out.IsNone() {
		return Value{}, Errorf(runtimeError, "lost sys.stdout")
	}
	if _, err := CallMethod(t, out, "write", NewStr(r)); err != nil {
		return Value{}, err
	}
	if _, err := CallMethod(t, out, "write", NewStr("\n")); err != nil {
		return Value{}, err
	}
	b.SetStr("_", v)
	return pyNone, nil
}

// excepthook is sys.excepthook (and sys.__excepthook__): it prints the exception and
// its traceback on standard error.
func excepthook(t *Thread, _ Value, a []Value) (Value, *Exception) {
	v := a[1]
	if !v.Type().IsSubtype(baseException) {
		return Value{}, typeErrorf("print_exception(): Exception expected for value, %s found", typeName(v))
	}
	// A program that replaced sys.stderr (with a StringIO, say) gets the report
	// there, as CPython's hook writes to whatever sys.stderr is.
	d := ModuleDict(t.interp.sys)
	if f, ok := d.GetStr("stderr"); ok {
		if orig, _ := d.GetStr("__stderr__"); !f.Is(orig) {
			if f.IsNone() {
				return pyNone, nil
			}
			if err := DisplayException(t, f, v, a[2]); err != nil {
				return Value{}, err
			}
			return pyNone, nil
		}
	}
	t.interp.WriteStderr(formatException(t, v.exc(), t.interp.canColorize()))
	return pyNone, nil
}

// printExpr is CALL_INTRINSIC_1 INTRINSIC_PRINT: an expression statement's value in
// mode "single" goes to sys.displayhook.
func (t *Thread) printExpr(v Value) (Value, *Exception) {
	hook, ok := ModuleDict(t.interp.sys).GetStr("displayhook")
	if !ok {
		return Value{}, Errorf(runtimeError, "lost sys.displayhook")
	}
	if _, err := Call(t, hook, v); err != nil {
		return Value{}, err
	}
	return pyNone, nil
}

// addHooks puts displayhook and excepthook (and their __dunder__ copies) in sys.
func addHooks(d *Dict, m Value) {
	dh := NewBuiltin(methO("displayhook", displayhook), m, "sys")
	eh := NewBuiltin(methN("excepthook", 3, 3, excepthook), m, "sys")
	d.SetStr("displayhook", dh)
	d.SetStr("__displayhook__", dh)
	d.SetStr("excepthook", eh)
	d.SetStr("__excepthook__", eh)
}
