package py

import (
	"fmt"
	"strings"
	"unsafe"
)

// Exception is the layout of every BaseException instance, including instances of
// user-defined exception classes.
type Exception struct {
	Header
	args            *Tuple
	traceback       *traceback
	context, cause  *Exception
	suppressContext bool
	fresh           bool    // raised by Go code: __context__ not attached yet
	abort           bool    // Interp.Abort's: no handler in Python code runs for it
	extra           []Value // per-class fields (StopIteration.value, OSError.errno, …)
}

func (v Value) exc() *Exception { return (*Exception)(v.p) }

// Value returns the exception as a Value.
func (e *Exception) Value() Value { return Value{p: unsafe.Pointer(e)} }

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.typ }

// Args returns the exception's args tuple.
func (e *Exception) Args() []Value { return e.args.items }

// Error makes *Exception usable as a Go error (its str, prefixed with the class name).
func (e *Exception) Error() string {
	s := excStrNoThread(e)
	if s == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + s
}

func excStrNoThread(e *Exception) string {
	if len(e.args.items) == 1 && e.args.items[0].Type() == strType {
		return e.args.items[0].str().s
	}
	return fmt.Sprint(len(e.args.items), " args")
}

// excFields lists the extra fields of exception classes that have them, in slot order.
var excFields = map[string][]string{}

// The exception hierarchy.
var (
	baseException             = newExcType("BaseException", nil, "Common base class for all exceptions")
	baseExceptionGroup        = newExcType("BaseExceptionGroup", baseException, "A combination of multiple unrelated exceptions.", "message", "exceptions")
	generatorExit             = newExcType("GeneratorExit", baseException, "Request that a generator exit.")
	keyboardInterrupt         = newExcType("KeyboardInterrupt", baseException, "Program interrupted by user.")
	systemExit                = newExcType("SystemExit", baseException, "Request to exit from the interpreter.", "code")
	exceptionT                = newExcType("Exception", baseException, "Common base class for all non-exit exceptions.")
	arithmeticError           = newExcType("ArithmeticError", exceptionT, "Base class for arithmetic errors.")
	floatingPointError        = newExcType("FloatingPointError", arithmeticError, "Floating-point operation failed.")
	overflowError             = newExcType("OverflowError", arithmeticError, "Result too large to be represented.")
	zeroDivisionError         = newExcType("ZeroDivisionError", arithmeticError, "Second argument to a division or modulo operation was zero.")
	assertionError            = newExcType("AssertionError", exceptionT, "Assertion failed.")
	attributeError            = newExcType("AttributeError", exceptionT, "Attribute not found.", "name", "obj")
	bufferError               = newExcType("BufferError", exceptionT, "Buffer error.")
	eofError                  = newExcType("EOFError", exceptionT, "Read beyond end of file.")
	exceptionGroup            = withBases(newExcType("ExceptionGroup", baseExceptionGroup, ""), baseExceptionGroup, exceptionT)
	importError               = newExcType("ImportError", exceptionT, "Import can't find module, or can't find name in module.", "msg", "name", "path", "name_from")
	moduleNotFoundError       = newExcType("ModuleNotFoundError", importError, "Module not found.")
	lookupError               = newExcType("LookupError", exceptionT, "Base class for lookup errors.")
	indexError                = newExcType("IndexError", lookupError, "Sequence index out of range.")
	keyError                  = newExcType("KeyError", lookupError, "Mapping key not found.")
	memoryError               = newExcType("MemoryError", exceptionT, "Out of memory.")
	nameErrorExc              = newExcType("NameError", exceptionT, "Name not found globally.", "name")
	unboundLocalError         = newExcType("UnboundLocalError", nameErrorExc, "Local name referenced but not bound to a value.")
	osErrorExc                = newExcType("OSError", exceptionT, "Base class for I/O related errors.", "errno", "strerror", "filename", "filename2", "winerror", "characters_written")
	blockingIOError           = newExcType("BlockingIOError", osErrorExc, "I/O operation would block.")
	childProcessError         = newExcType("ChildProcessError", osErrorExc, "Child process error.")
	connectionError           = newExcType("ConnectionError", osErrorExc, "Connection error.")
	brokenPipeError           = newExcType("BrokenPipeError", connectionError, "Broken pipe.")
	connectionAbortedError    = newExcType("ConnectionAbortedError", connectionError, "Connection aborted.")
	connectionRefusedError    = newExcType("ConnectionRefusedError", connectionError, "Connection refused.")
	connectionResetError      = newExcType("ConnectionResetError", connectionError, "Connection reset.")
	fileExistsError           = newExcType("FileExistsError", osErrorExc, "File already exists.")
	fileNotFoundError         = newExcType("FileNotFoundError", osErrorExc, "File not found.")
	interruptedError          = newExcType("InterruptedError", osErrorExc, "Interrupted by signal.")
	isADirectoryError         = newExcType("IsADirectoryError", osErrorExc, "Operation doesn't work on directories.")
	notADirectoryError        = newExcType("NotADirectoryError", osErrorExc, "Operation only works on directories.")
	permissionError           = newExcType("PermissionError", osErrorExc, "Not enough permissions.")
	processLookupError        = newExcType("ProcessLookupError", osErrorExc, "Process not found.")
	timeoutError              = newExcType("TimeoutError", osErrorExc, "Timeout expired.")
	referenceError            = newExcType("ReferenceError", exceptionT, "Weak ref proxy used after referent went away.")
	runtimeError              = newExcType("RuntimeError", exceptionT, "Unspecified run-time error.")
	notImplementedError       = newExcType("NotImplementedError", runtimeError, "Method or function hasn't been implemented yet.")
	pythonFinalizationError   = newExcType("PythonFinalizationError", runtimeError, "Operation blocked during Python finalization.")
	recursionError            = newExcType("RecursionError", runtimeError, "Recursion limit exceeded.")
	stopAsyncIteration        = newExcType("StopAsyncIteration", exceptionT, "Signal the end from iterator.__anext__().")
	stopIterationExc          = newExcType("StopIteration", exceptionT, "Signal the end from iterator.__next__().", "value")
	syntaxError               = newExcType("SyntaxError", exceptionT, "Invalid syntax.", "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line", "_metadata")
	indentationError          = newExcType("IndentationError", syntaxError, "Improper indentation.")
	incompleteInputError      = newExcType("_IncompleteInputError", syntaxError, "incomplete input.")
	tabError                  = newExcType("TabError", indentationError, "Improper mixture of spaces and tabs.")
	systemError               = newExcType("SystemError", exceptionT, "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.")
	typeError                 = newExcType("TypeError", exceptionT, "Inappropriate argument type.")
	valueError                = newExcType("ValueError", exceptionT, "Inappropriate argument value (of correct type).")
	unicodeError              = newExcType("UnicodeError", valueError, "Unicode related error.")
	unicodeDecodeErrorExc     = newExcType("UnicodeDecodeError", unicodeError, "Unicode decoding error.", "encoding", "object", "start", "end", "reason")
	unicodeEncodeErrorExc     = newExcType("UnicodeEncodeError", unicodeError, "Unicode encoding error.", "encoding", "object", "start", "end", "reason")
	unicodeTranslateError     = newExcType("UnicodeTranslateError", unicodeError, "Unicode translation error.", "object", "start", "end", "reason", "encoding")
	warning                   = newExcType("Warning", exceptionT, "Base class for warning categories.")
	bytesWarning              = newExcType("BytesWarning", warning, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.")
	deprecationWarning        = newExcType("DeprecationWarning", warning, "Base class for warnings about deprecated features.")
	encodingWarning           = newExcType("EncodingWarning", warning, "Base class for warnings about encodings.")
	futureWarning             = newExcType("FutureWarning", warning, "Base class for warnings about constructs that will change semantically\nin the future.")
	importWarning             = newExcType("ImportWarning", warning, "Base class for warnings about probable mistakes in module imports")
	pendingDeprecationWarning = newExcType("PendingDeprecationWarning", warning, "Base class for warnings about features which will be deprecated\nin the future.")
	resourceWarning           = newExcType("ResourceWarning", warning, "Base class for warnings about resource usage.")
	runtimeWarning            = newExcType("RuntimeWarning", warning, "Base class for warnings about dubious runtime behavior.")
	syntaxWarning             = newExcType("SyntaxWarning", warning, "Base class for warnings about dubious syntax.")
	unicodeWarning            = newExcType("UnicodeWarning", warning, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.")
	userWarning               = newExcType("UserWarning", warning, "Base class for warnings generated by user code.")
)

// excTypes lists the builtin exception types in definition order.
var excTypes []*Type

func newExcType(name string, base *Type, doc string, fields ...string) *Type {
	t := newType(name, base, nil)
	t.doc = doc
	t.hasDict = true
	if len(fields) > 0 {
		excFields[name] = fields
	}
	excTypes = append(excTypes, t)
	return t
}

func withBases(t *Type, bases ...*Type) *Type {
	t.bases = bases
	return t
}

// excFieldCount is the number of extra fields instances of t carry.
func excFieldCount(t *Type) int {
	for _, m := range t.mro {
		if f, ok := excFields[m.Name]; ok && !m.heap {
			return len(f)
		}
	}
	return 0
}

// NewException makes an exception of type typ with the given args (without running
// a Python-level __init__).
func NewException(typ *Type, args ...Value) *Exception {
	e := &Exception{Header: Header{typ: typ}, args: newTuple(args), fresh: true}
	if n := excFieldCount(typ); n > 0 {
		e.extra = make([]Value, n)
		for i := range e.extra {
			e.extra[i] = pyNone
		}
		baseExcInitFields(e, args)
	}
	return e
}

// Errorf makes an exception of type typ whose single argument is the formatted message.
func Errorf(typ *Type, format string, a ...any) *Exception {
	return NewException(typ, NewStr(fmt.Sprintf(format, a...)))
}

// typeErrorf is Errorf(TypeError, …).
func typeErrorf(format string, a ...any) *Exception { return Errorf(typeError, format, a...) }

// typeName is the name error messages give a value's type.
func typeName(v Value) string { return v.Type().tpName() }

// Matches reports whether the exception is an instance of typ.
func (e *Exception) Matches(typ *Type) bool { return e.typ.IsSubtype(typ) }

func (e *Exception) field(i int) Value {
	if i < len(e.extra) {
		return e.extra[i]
	}
	return pyNone
}

// baseExcInitFields fills the extra fields of the classes that derive them from args.
func baseExcInitFields(e *Exception, args []Value) {
	switch {
	case e.typ.IsSubtype(stopIterationExc):
		if len(args) > 0 {
			e.extra[0] = args[0]
		}
	case e.typ.IsSubtype(systemExit):
		switch len(args) {
		case 0:
		case 1:
			e.extra[0] = args[0]
		default:
			e.extra[0] = e.args.Value()
		}
	case e.typ.IsSubtype(importError):
		if len(args) == 1 {
			e.extra[0] = args[0]
		}
	case e.typ.IsSubtype(osErrorExc):
		if len(args) >= 2 && len(args) <= 5 {
			e.extra[0], e.extra[1] = args[0], args[1]
			if len(args) >= 3 {
				e.extra[2] = args[2]
				e.args = newTuple([]Value{args[0], args[1]}) // CPython keeps only (errno, strerror)
			}
			if len(args) >= 5 {
				e.extra[3] = args[4]
			}
		}
	case e.typ.IsSubtype(syntaxError):
		if len(args) >= 1 {
			e.extra[0] = args[0]
		}
		if len(args) == 2 {
			if tup, ok := args[1].tupleItems(); ok && len(tup) >= 4 {
				for i := 0; i < len(tup) && i < 6; i++ {
					e.extra[1+i] = tup[i]
				}
			}
		}
	case e.typ.IsSubtype(unicodeError) && e.typ != unicodeError:
		for i := 0; i < len(args) && i < 5; i++ {
			e.extra[i] = args[i]
		}
	}
}

// traceback is a traceback object: one frame of an exception's journey.
type traceback struct {
	Header
	next   *traceback
	frame  *frame
	lasti  int
	lineno int
}

// tracebackType is the type of traceback objects.
var tracebackType = newType("traceback", nil, nil)

func (v Value) tb() *traceback { return (*traceback)(v.p) }

// excRepr builds repr(exc) as BaseException.__repr__ does.
func excRepr(t *Thread, e *Exception) (string, *Exception) {
	name := e.typ.Name
	if len(e.args.items) == 1 {
		r, err := Repr(t, e.args.items[0])
		if err != nil {
			return "", err
		}
		return name + "(" + r + ")", nil
	}
	r, err := Repr(t, e.args.Value())
	if err != nil {
		return "", err
	}
	if len(e.args.items) == 0 {
		return name + "()", nil
	}
	return name + r, nil
}

// excStr builds str(exc) for the builtin classes.
func excStr(t *Thread, e *Exception) (string, *Exception) {
	args := e.args.items
	switch {
	case e.typ.IsSubtype(keyError) && len(args) == 1:
		return Repr(t, args[0])
	case e.typ.IsSubtype(osErrorExc) && (!e.extra[2].IsNone() || !e.extra[0].IsNone() && !e.extra[1].IsNone()):
		// CPython's OSError_str: with a filename, "[Errno e] msg: 'name'" even
		// when errno and strerror are None; else with both errno and strerror.
		errno, err := StrOf(t, e.extra[0])
		if err != nil {
			return "", err
		}
		msg, err := StrOf(t, e.extra[1])
		if err != nil {
			return "", err
		}
		s := "[Errno " + errno + "] " + msg
		if !e.extra[2].IsNone() {
			f, err := Repr(t, e.extra[2])
			if err != nil {
				return "", err
			}
			s += ": " + f
			if !e.extra[3].IsNone() {
				f2, err := Repr(t, e.extra[3])
				if err != nil {
					return "", err
				}
				s += " -> " + f2
			}
		}
		return s, nil
	case e.typ.IsSubtype(syntaxError):
		if len(e.extra) > 0 {
			msg, err := StrOf(t, e.extra[0])
			if err != nil {
				return "", err
			}
			file, line := e.extra[1], e.extra[2]
			hasFile := file.Type() == strType
			hasLine := line.IsSmallInt()
			switch {
			case hasFile && hasLine:
				return fmt.Sprintf("%s (%s, line %d)", msg, baseName(file.str().s), line.small()), nil
			case hasFile:
				return fmt.Sprintf("%s (%s)", msg, baseName(file.str().s)), nil
			case hasLine:
				return fmt.Sprintf("%s (line %d)", msg, line.small()), nil
			}
			return msg, nil
		}
	case e.typ.IsSubtype(unicodeError) && len(e.extra) == 5:
		if s, ok := unicodeErrorStr(t, e); ok {
			return s, nil
		}
	case e.typ.IsSubtype(baseExceptionGroup):
		msg, err := StrOf(t, e.extra[0])
		if err != nil {
			return "", err
		}
		n := 0
		if tup, ok := e.extra[1].tupleItems(); ok {
			n = len(tup)
		}
		s := "s"
		if n == 1 {
			s = ""
		}
		return fmt.Sprintf("%s (%d sub-exception%s)", msg, n, s), nil
	}
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		return StrOf(t, args[0])
	}
	return StrOf(t, e.args.Value())
}

func baseName(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}

// Line returns the traceback entry's line number.
func (tb *traceback) Line() int {
	if tb.lineno == -2 {
		tb.lineno = tb.frame.code.lineAt(tb.lasti)
	}
	return tb.lineno
}

func init() {
	tracebackType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("tb_next", func(t *Thread, v Value) (Value, *Exception) {
				if n := v.tb().next; n != nil {
					return Value{p: unsafe.Pointer(n)}, nil
				}
				return pyNone, nil
			}, func(t *Thread, v, val Value) *Exception {
				// traceback's tb_next setter: a traceback or None, never a loop.
				if val.IsNil() {
					return typeErrorf("can't delete tb_next attribute")
				}
				if val.IsNone() {
					v.tb().next = nil
					return nil
				}
				if val.Type() != tracebackType {
					return typeErrorf("expected traceback object or None, got '%s'", typeName(val))
				}
				for c := val.tb(); c != nil; c = c.next {
					if c == v.tb() {
						return Errorf(valueError, "traceback loop detected")
					}
				}
				v.tb().next = val.tb()
				return nil
			}),
			getset("tb_frame", func(t *Thread, v Value) (Value, *Exception) { return v.tb().frame.Value(), nil }, nil),
			getset("tb_lasti", func(t *Thread, v Value) (Value, *Exception) { return Int(int64(v.tb().lasti)), nil }, nil),
			getset("tb_lineno", func(t *Thread, v Value) (Value, *Exception) { return lineValue(v.tb().Line()), nil }, nil),
		}
	})
}
