// Package py is Kaa's runtime: the object model (Value, Type and the builtin types),
// the bytecode interpreter that runs CPython 3.13 code objects, and the interpreter
// state (modules, sys, builtins) that hangs off an Interp.
//
// The object model and the eval loop share one package because they call each other
// at every turn: a slot of a user-defined class runs Python code through the eval
// loop, and the eval loop dispatches every operation through the slots. Go has no
// import cycles, and hooks between packages would cost an indirect call per dunder.
//
// A Value is two words (see RATIONALE.md and docs/design/values-and-dispatch.md):
// ints that fit in 64 bits, floats, bools and None are stored unboxed in n with p
// pointing at a static marker header; every other object is a pointer to a struct
// whose first field is a Header.
package py

import (
	"math"
	"unsafe"
)

// Value is a Python object reference. The zero Value is "no value" (CPython's NULL):
// an unbound local, a missing result.
type Value struct {
	p unsafe.Pointer
	n uint64
}

// Header starts every heap object: its type and, for objects that have one, the
// instance dictionary (__dict__).
type Header struct {
	typ  *Type
	dict *Dict
}

// Static markers: p of an unboxed value points at one of these; their typ is the
// value's type, so Type() is the same load for boxed and unboxed values.
var (
	intTag   = &Header{}
	floatTag = &Header{}
	boolTag  = &Header{}
	noneObj  = &Header{}
	notImpl  = &Header{}
	ellipsis = &Header{}
)

var (
	// pyNone is Python's None.
	pyNone = Value{p: unsafe.Pointer(noneObj)}
	// pyNotImplemented is Python's NotImplemented.
	pyNotImplemented = Value{p: unsafe.Pointer(notImpl)}
	// pyEllipsis is Python's Ellipsis (...).
	pyEllipsis = Value{p: unsafe.Pointer(ellipsis)}
	// pyTrue and False are Python's bools.
	pyTrue  = Value{p: unsafe.Pointer(boolTag), n: 1}
	pyFalse = Value{p: unsafe.Pointer(boolTag), n: 0}
)

// Int returns the Python int i.
func Int(i int64) Value { return Value{p: unsafe.Pointer(intTag), n: uint64(i)} }

// Float returns the Python float f.
func Float(f float64) Value { return Value{p: unsafe.Pointer(floatTag), n: math.Float64bits(f)} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return pyTrue
	}
	return pyFalse
}

// fromHeader makes a Value of a heap object given its header.
func fromHeader(h *Header) Value { return Value{p: unsafe.Pointer(h)} }

// IsNil reports whether v is the zero Value (no object).
func (v Value) IsNil() bool { return v.p == nil }

// Type returns the type of v.
func (v Value) Type() *Type { return (*Header)(v.p).typ }

func (v Value) hdr() *Header { return (*Header)(v.p) }

// ownDict returns v's own __dict__ (nil if it has none). A builtin type object's
// is built on first use (Type.dict), so Header.dict is nil until then.
func (v Value) ownDict() *Dict {
	h := v.hdr()
	if h.dict == nil && h.typ == typeType {
		return v.typeObj().dict()
	}
	return h.dict
}

// Is reports Python identity (the "is" operator).
func (v Value) Is(w Value) bool { return v.p == w.p && v.n == w.n }

// IsSmallInt reports whether v is an unboxed int (not a bool).
func (v Value) IsSmallInt() bool { return v.p == unsafe.Pointer(intTag) }

// IsFloat reports whether v is an exact float.
func (v Value) IsFloat() bool { return v.p == unsafe.Pointer(floatTag) }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.p == unsafe.Pointer(noneObj) }

func (v Value) isBool() bool { return v.p == unsafe.Pointer(boolTag) }

// small returns the int64 of an unboxed int or bool.
func (v Value) small() int64 { return int64(v.n) }

// float returns the float64 of an unboxed float.
func (v Value) float() float64 { return math.Float64frombits(v.n) }
