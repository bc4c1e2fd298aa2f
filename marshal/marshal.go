// Package marshal reads and writes CPython 3.13's marshal format (version 4) and
// .pyc files, for the values a .pyc holds: constant.Value and *bytecode.Code, plus
// the list, dict and set values marshal can carry.
//
// Reading records the exact type code (with its FLAG_REF bit) or back-reference used
// for every object in a Trace; writing with that Trace reproduces the input byte for
// byte. Writing without one chooses codes as CPython's marshal would for a fresh
// compile: interned short ASCII names, references for repeated strings.
package marshal

import (
	"fmt"

	"github.com/kaa-python/kaa/constant"
)

// Type codes, as Python/marshal.c names them.
const (
	typeNull          = '0'
	typeNone          = 'N'
	typeFalse         = 'F'
	typeTrue          = 'T'
	typeStopIter      = 'S'
	typeEllipsis      = '.'
	typeInt           = 'i'
	typeInt64         = 'I' // read only (never written since 3.x)
	typeFloat         = 'f'
	typeBinaryFloat   = 'g'
	typeComplex       = 'x'
	typeBinaryComplex = 'y'
	typeLong          = 'l'
	typeString        = 's'
	typeInterned      = 't'
	typeRef           = 'r'
	typeTuple         = '('
	typeList          = '['
	typeDict          = '{'
	typeCode          = 'c'
	typeUnicode       = 'u'
	typeUnknown       = '?'
	typeSet           = '<'
	typeFrozenSet     = '>'
	typeASCII         = 'a'
	typeASCIIInterned = 'A'
	typeSmallTuple    = ')'
	typeShortASCII    = 'z'
	typeShortASCIIInt = 'Z'
	flagRef           = 0x80
)

// Version is the marshal format version CPython 3.13 writes.
const Version = 4

// maxDepth is CPython's MAX_MARSHAL_STACK_DEPTH.
const maxDepth = 2000

// List, Dict and Set are the marshal values that are not compile-time constants.
type (
	List []constant.Value
	Set  []constant.Value
	Dict struct{ Keys, Values []constant.Value }
)

// StopIteration is the StopIteration class object marshal can carry.
type StopIteration struct{}

// Error is a failure to read marshal data, with the Python exception CPython's
// marshal raises for it (EOFError, ValueError or TypeError).
type Error struct {
	Type string
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("%s: %s", e.Type, e.Msg) }

// Trace is the sequence of encoding decisions met while reading: for each object in
// reading order, the type code byte (with FLAG_REF when set) or, for a
// back-reference, typeRef with the index.
type Trace struct {
	steps []step
}

type step struct {
	code byte
	ref  uint32
}
