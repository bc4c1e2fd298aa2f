// Package bytecode holds CPython 3.13's instruction set (opcode numbers, inline cache
// sizes, stack effects), the code object as the compiler and marshal see it, and a
// disassembler whose output matches python3.13's dis module.
package bytecode

// Code is a code object in CPython 3.13's layout: the fields marshal stores, in
// marshal's order. Consts holds constant.Value items, and *Code for nested code.
type Code struct {
	ArgCount        int
	PosOnlyArgCount int
	KwOnlyArgCount  int
	StackSize       int
	Flags           uint32
	Code            []byte // the instruction stream: 2-byte code units, caches included
	Consts          []any  // constant.Value or *Code
	Names           []string
	LocalsPlusNames []string
	LocalsPlusKinds []byte
	Filename        string
	Name            string
	QualName        string
	FirstLineNo     int
	LineTable       []byte // co_linetable (the 3.11+ location table)
	ExceptionTable  []byte // co_exceptiontable
}

// Code flags (co_flags), as CPython 3.13 defines them.
const (
	CO_OPTIMIZED               = 0x0001
	CO_NEWLOCALS               = 0x0002
	CO_VARARGS                 = 0x0004
	CO_VARKEYWORDS             = 0x0008
	CO_NESTED                  = 0x0010
	CO_GENERATOR               = 0x0020
	CO_NOFREE                  = 0x0040
	CO_COROUTINE               = 0x0080
	CO_ITERABLE_COROUTINE      = 0x0100
	CO_ASYNC_GENERATOR         = 0x0200
	CO_FUTURE_DIVISION         = 0x20000
	CO_FUTURE_ABSOLUTE_IMPORT  = 0x40000
	CO_FUTURE_WITH_STATEMENT   = 0x80000
	CO_FUTURE_PRINT_FUNCTION   = 0x100000
	CO_FUTURE_UNICODE_LITERALS = 0x200000
	CO_FUTURE_BARRY_AS_BDFL    = 0x400000
	CO_FUTURE_GENERATOR_STOP   = 0x800000
	CO_FUTURE_ANNOTATIONS      = 0x1000000
)

// Locals-plus kinds (co_localspluskinds bits).
const (
	CO_FAST_HIDDEN = 0x10
	CO_FAST_LOCAL  = 0x20
	CO_FAST_CELL   = 0x40
	CO_FAST_FREE   = 0x80
)

// Validate checks what CPython's _PyCode_Validate checks of a code object built
// from outside (a .pyc, marshal data): it returns the Python exception type and
// message for the first inconsistency, or "" if there is none.
func Validate(c *Code) (typ, msg string) {
	if c.ArgCount < c.PosOnlyArgCount || c.PosOnlyArgCount < 0 || c.KwOnlyArgCount < 0 ||
		c.StackSize < 0 || int32(c.Flags) < 0 || len(c.LocalsPlusNames) != len(c.LocalsPlusKinds) {
		return "SystemError", "bad argument to internal function"
	}
	if len(c.Code)%2 != 0 {
		return "ValueError", "code: co_code is malformed"
	}
	nlocals := 0
	for _, k := range c.LocalsPlusKinds {
		if k&CO_FAST_LOCAL != 0 {
			nlocals++
		}
	}
	plain := nlocals - c.ArgCount - c.KwOnlyArgCount
	if c.Flags&CO_VARARGS != 0 {
		plain--
	}
	if c.Flags&CO_VARKEYWORDS != 0 {
		plain--
	}
	if plain < 0 {
		return "ValueError", "code: co_varnames is too small"
	}
	return "", ""
}
