package py

import (
	"bytes"
	"encoding/binary"
	"hash/fnv"

	"github.com/kaa-python/kaa/marshal"
	"slices"
	"unsafe"

	"github.com/kaa-python/kaa/bytecode"
)

// What the marshal module needs of code objects and interned strs.

// MarshalCode is the content of code object v as CPython's marshal writes it: a
// copy of its bytecode.Code (frozenset constants in marshal's order) and its
// co_consts as Values. ok is false if v is not a code object.
func MarshalCode(v Value) (c *bytecode.Code, consts []Value, ok bool) {
	if v.IsNil() || v.Type() != codeType {
		return nil, nil, false
	}
	co := v.code()
	cp := *pycOrder(co.bc)
	cp.Code = slices.Clone(cp.Code)
	cp.Consts = slices.Clone(cp.Consts)
	cp.Names = slices.Clone(cp.Names)
	cp.LocalsPlusNames = slices.Clone(cp.LocalsPlusNames)
	cp.LocalsPlusKinds = slices.Clone(cp.LocalsPlusKinds)
	cp.LineTable = slices.Clone(cp.LineTable)
	cp.ExceptionTable = slices.Clone(cp.ExceptionTable)
	return &cp, slices.Clone(co.consts), true
}

// CodeValue is the Value of a code object made by NewCode or CodeFromMarshal.
func (c *Code) Value() Value { return Value{p: unsafe.Pointer(c)} }

// Intern is sys.intern(v) for a str v.
func Intern(t *Thread, v Value) Value { return t.interp.intern(v) }

// IsInterned reports whether str v is the interpreter's interned str of its text.
func IsInterned(t *Thread, v Value) bool {
	w, ok := t.interp.interned[v.str().s]
	return ok && w.Is(v)
}

// codeIdentity is what code objects compare and hash by, as CPython's
// code_richcompare: everything but co_filename, co_qualname and co_stacksize,
// with constants compared by type and value (0.0 is not -0.0, 1 is not 1.0),
// nested code objects by the same rule.
func codeIdentity(c *bytecode.Code) []byte {
	data, err := marshal.Dump(codeForCompare(c), nil)
	if err != nil {
		return nil
	}
	return data
}

func codeForCompare(c *bytecode.Code) *bytecode.Code {
	cp := *c
	cp.Filename, cp.QualName, cp.StackSize = "", "", 0
	cp.Consts = slices.Clone(c.Consts)
	for i, k := range cp.Consts {
		if sub, ok := k.(*bytecode.Code); ok {
			cp.Consts[i] = codeForCompare(sub)
		}
	}
	return &cp
}

func init() {
	codeType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if b.IsNil() || b.Type() != codeType || (op != EQ && op != NE) {
			return pyNotImplemented, nil
		}
		eq := a.p == b.p || bytes.Equal(codeIdentity(pycOrder(a.code().bc)), codeIdentity(pycOrder(b.code().bc)))
		return Bool(eq == (op == EQ)), nil
	}
	// The hash takes a few of the compared fields (equal code objects hash
	// alike) and stays cheap; equality compares the rest.
	codeType.hash = func(t *Thread, v Value) (int64, *Exception) {
		c := v.code().bc
		h := fnv.New64a()
		h.Write([]byte(c.Name))
		h.Write(c.Code)
		var b [24]byte
		binary.LittleEndian.PutUint64(b[:], uint64(c.FirstLineNo))
		binary.LittleEndian.PutUint64(b[8:], uint64(c.ArgCount)<<32|uint64(c.Flags))
		binary.LittleEndian.PutUint64(b[16:], uint64(len(c.Consts)))
		h.Write(b[:])
		n := int64(h.Sum64() >> 1)
		if n == -1 {
			n = -2
		}
		return n, nil
	}
}
