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
	traceback       *Traceback
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
	if len(e.args.items) == 1 && e.args.items[0].Type() == StrType {
		return e.args.items[0].str().s
	}
	return fmt.Sprint(len(e.args.items), " args")
}

// excFields lists the extra fields of exception classes that have them, in slot order.
var excFields = map[string][]string{}

// The exception hierarchy.
var (
	BaseException             = newExcType("BaseException", nil, "Common base class for all exceptions")
	BaseExceptionGroup        = newExcType("BaseExceptionGroup", BaseException, "A combination of multiple unrelated exceptions.", "message", "exceptions")
	GeneratorExit             = newExcType("GeneratorExit", BaseException, "Request that a generator exit.")
	KeyboardInterrupt         = newExcType("KeyboardInterrupt", BaseException, "Program interrupted by user.")
	SystemExit                = newExcType("SystemExit", BaseException, "Request to exit from the interpreter.", "code")
	ExceptionT                = newExcType("Exception", BaseException, "Common base class for all non-exit exceptions.")
	ArithmeticError           = newExcType("ArithmeticError", ExceptionT, "Base class for arithmetic errors.")
	FloatingPointError        = newExcType("FloatingPointError", ArithmeticError, "Floating-point operation failed.")
	OverflowError             = newExcType("OverflowError", ArithmeticError, "Result too large to be represented.")
	ZeroDivisionError         = newExcType("ZeroDivisionError", ArithmeticError, "Second argument to a division or modulo operation was zero.")
	AssertionError            = newExcType("AssertionError", ExceptionT, "Assertion failed.")
	AttributeError            = newExcType("AttributeError", ExceptionT, "Attribute not found.", "name", "obj")
	BufferError               = newExcType("BufferError", ExceptionT, "Buffer error.")
	EOFError                  = newExcType("EOFError", ExceptionT, "Read beyond end of file.")
	ExceptionGroup            = withBases(newExcType("ExceptionGroup", BaseExceptionGroup, ""), BaseExceptionGroup, ExceptionT)
	ImportError               = newExcType("ImportError", ExceptionT, "Import can't find module, or can't find name in module.", "msg", "name", "path", "name_from")
	ModuleNotFoundError       = newExcType("ModuleNotFoundError", ImportError, "Module not found.")
	LookupError               = newExcType("LookupError", ExceptionT, "Base class for lookup errors.")
	IndexError                = newExcType("IndexError", LookupError, "Sequence index out of range.")
	KeyError                  = newExcType("KeyError", LookupError, "Mapping key not found.")
	MemoryError               = newExcType("MemoryError", ExceptionT, "Out of memory.")
	NameError                 = newExcType("NameError", ExceptionT, "Name not found globally.", "name")
	UnboundLocalError         = newExcType("UnboundLocalError", NameError, "Local name referenced but not bound to a value.")
	OSError                   = newExcType("OSError", ExceptionT, "Base class for I/O related errors.", "errno", "strerror", "filename", "filename2", "winerror", "characters_written")
	BlockingIOError           = newExcType("BlockingIOError", OSError, "I/O operation would block.")
	ChildProcessError         = newExcType("ChildProcessError", OSError, "Child process error.")
	ConnectionError           = newExcType("ConnectionError", OSError, "Connection error.")
	BrokenPipeError           = newExcType("BrokenPipeError", ConnectionError, "Broken pipe.")
	ConnectionAbortedError    = newExcType("ConnectionAbortedError", ConnectionError, "Connection aborted.")
	ConnectionRefusedError    = newExcType("ConnectionRefusedError", ConnectionError, "Connection refused.")
	ConnectionResetError      = newExcType("ConnectionResetError", ConnectionError, "Connection reset.")
	FileExistsError           = newExcType("FileExistsError", OSError, "File already exists.")
	FileNotFoundError         = newExcType("FileNotFoundError", OSError, "File not found.")
	InterruptedError          = newExcType("InterruptedError", OSError, "Interrupted by signal.")
	IsADirectoryError         = newExcType("IsADirectoryError", OSError, "Operation doesn't work on directories.")
	NotADirectoryError        = newExcType("NotADirectoryError", OSError, "Operation only works on directories.")
	PermissionError           = newExcType("PermissionError", OSError, "Not enough permissions.")
	ProcessLookupError        = newExcType("ProcessLookupError", OSError, "Process not found.")
	TimeoutError              = newExcType("TimeoutError", OSError, "Timeout expired.")
	ReferenceError            = newExcType("ReferenceError", ExceptionT, "Weak ref proxy used after referent went away.")
	RuntimeError              = newExcType("RuntimeError", ExceptionT, "Unspecified run-time error.")
	NotImplementedError       = newExcType("NotImplementedError", RuntimeError, "Method or function hasn't been implemented yet.")
	PythonFinalizationError   = newExcType("PythonFinalizationError", RuntimeError, "Operation blocked during Python finalization.")
	RecursionError            = newExcType("RecursionError", RuntimeError, "Recursion limit exceeded.")
	StopAsyncIteration        = newExcType("StopAsyncIteration", ExceptionT, "Signal the end from iterator.__anext__().")
	StopIteration             = newExcType("StopIteration", ExceptionT, "Signal the end from iterator.__next__().", "value")
	SyntaxError               = newExcType("SyntaxError", ExceptionT, "Invalid syntax.", "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line", "_metadata")
	IndentationError          = newExcType("IndentationError", SyntaxError, "Improper indentation.")
	IncompleteInputError      = newExcType("_IncompleteInputError", SyntaxError, "incomplete input.")
	TabError                  = newExcType("TabError", IndentationError, "Improper mixture of spaces and tabs.")
	SystemError               = newExcType("SystemError", ExceptionT, "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the traceback,\nthe Python version, and the hardware/OS platform and version.")
	TypeError                 = newExcType("TypeError", ExceptionT, "Inappropriate argument type.")
	ValueError                = newExcType("ValueError", ExceptionT, "Inappropriate argument value (of correct type).")
	UnicodeError              = newExcType("UnicodeError", ValueError, "Unicode related error.")
	UnicodeDecodeError        = newExcType("UnicodeDecodeError", UnicodeError, "Unicode decoding error.", "encoding", "object", "start", "end", "reason")
	UnicodeEncodeError        = newExcType("UnicodeEncodeError", UnicodeError, "Unicode encoding error.", "encoding", "object", "start", "end", "reason")
	UnicodeTranslateError     = newExcType("UnicodeTranslateError", UnicodeError, "Unicode translation error.", "object", "start", "end", "reason", "encoding")
	Warning                   = newExcType("Warning", ExceptionT, "Base class for warning categories.")
	BytesWarning              = newExcType("BytesWarning", Warning, "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or comparing to str.")
	DeprecationWarning        = newExcType("DeprecationWarning", Warning, "Base class for warnings about deprecated features.")
	EncodingWarning           = newExcType("EncodingWarning", Warning, "Base class for warnings about encodings.")
	FutureWarning             = newExcType("FutureWarning", Warning, "Base class for warnings about constructs that will change semantically\nin the future.")
	ImportWarning             = newExcType("ImportWarning", Warning, "Base class for warnings about probable mistakes in module imports")
	PendingDeprecationWarning = newExcType("PendingDeprecationWarning", Warning, "Base class for warnings about features which will be deprecated\nin the future.")
	ResourceWarning           = newExcType("ResourceWarning", Warning, "Base class for warnings about resource usage.")
	RuntimeWarning            = newExcType("RuntimeWarning", Warning, "Base class for warnings about dubious runtime behavior.")
	SyntaxWarning             = newExcType("SyntaxWarning", Warning, "Base class for warnings about dubious syntax.")
	UnicodeWarning            = newExcType("UnicodeWarning", Warning, "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems.")
	UserWarning               = newExcType("UserWarning", Warning, "Base class for warnings generated by user code.")
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
			e.extra[i] = None
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
func typeErrorf(format string, a ...any) *Exception { return Errorf(TypeError, format, a...) }

// typeName is the name error messages give a value's type.
func typeName(v Value) string { return v.Type().tpName() }

// Matches reports whether the exception is an instance of typ.
func (e *Exception) Matches(typ *Type) bool { return e.typ.IsSubtype(typ) }

func (e *Exception) field(i int) Value {
	if i < len(e.extra) {
		return e.extra[i]
	}
	return None
}

// baseExcInitFields fills the extra fields of the classes that derive them from args.
func baseExcInitFields(e *Exception, args []Value) {
	switch {
	case e.typ.IsSubtype(StopIteration):
		if len(args) > 0 {
			e.extra[0] = args[0]
		}
	case e.typ.IsSubtype(SystemExit):
		switch len(args) {
		case 0:
		case 1:
			e.extra[0] = args[0]
		default:
			e.extra[0] = e.args.Value()
		}
	case e.typ.IsSubtype(ImportError):
		if len(args) == 1 {
			e.extra[0] = args[0]
		}
	case e.typ.IsSubtype(OSError):
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
	case e.typ.IsSubtype(SyntaxError):
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
	case e.typ.IsSubtype(UnicodeError) && e.typ != UnicodeError:
		for i := 0; i < len(args) && i < 5; i++ {
			e.extra[i] = args[i]
		}
	}
}

// Traceback is a traceback object: one frame of an exception's journey.
type Traceback struct {
	Header
	next   *Traceback
	frame  *Frame
	lasti  int
	lineno int
}

// TracebackType is the type of traceback objects.
var TracebackType = newType("traceback", nil, nil)

func (v Value) tb() *Traceback { return (*Traceback)(v.p) }

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
	case e.typ.IsSubtype(KeyError) && len(args) == 1:
		return Repr(t, args[0])
	case e.typ.IsSubtype(OSError) && (!e.extra[2].IsNone() || !e.extra[0].IsNone() && !e.extra[1].IsNone()):
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
	case e.typ.IsSubtype(SyntaxError):
		if len(e.extra) > 0 {
			msg, err := StrOf(t, e.extra[0])
			if err != nil {
				return "", err
			}
			file, line := e.extra[1], e.extra[2]
			hasFile := file.Type() == StrType
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
	case e.typ.IsSubtype(UnicodeError) && len(e.extra) == 5:
		if s, ok := unicodeErrorStr(t, e); ok {
			return s, nil
		}
	case e.typ.IsSubtype(BaseExceptionGroup):
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
func (tb *Traceback) Line() int {
	if tb.lineno == -2 {
		tb.lineno = tb.frame.code.lineAt(tb.lasti)
	}
	return tb.lineno
}

func init() {
	TracebackType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("tb_next", func(t *Thread, v Value) (Value, *Exception) {
				if n := v.tb().next; n != nil {
					return Value{p: unsafe.Pointer(n)}, nil
				}
				return None, nil
			}, func(t *Thread, v, val Value) *Exception {
				// traceback's tb_next setter: a traceback or None, never a loop.
				if val.IsNil() {
					return typeErrorf("can't delete tb_next attribute")
				}
				if val.IsNone() {
					v.tb().next = nil
					return nil
				}
				if val.Type() != TracebackType {
					return typeErrorf("expected traceback object or None, got '%s'", typeName(val))
				}
				for c := val.tb(); c != nil; c = c.next {
					if c == v.tb() {
						return Errorf(ValueError, "traceback loop detected")
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
