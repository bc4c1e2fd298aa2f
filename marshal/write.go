package marshal

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/constant"
)

type writer struct {
	buf   []byte
	trace *Trace
	step  int
	// fresh-mode state
	strRefs map[string]int
	nrefs   int
	counts  map[string]int
	depth   int
}

// Dump marshals v as marshal.dumps(v) does. With the Trace that Load returned for v,
// the output is the original input byte for byte; with a nil Trace, type codes and
// references are chosen as CPython does for freshly compiled code (interned names,
// references for repeated strings), which CPython 3.13 reads back as the same value.
func Dump(v constant.Value, trace *Trace) ([]byte, error) {
	w := &writer{trace: trace}
	if trace == nil {
		w.strRefs = map[string]int{}
		w.counts = map[string]int{}
		countStrings(v, w.counts)
	}
	if err := w.object(v, false); err != nil {
		return nil, err
	}
	if trace != nil && w.step != len(trace.steps) {
		return nil, fmt.Errorf("marshal: trace does not match the value (%d of %d steps used)", w.step, len(trace.steps))
	}
	return w.buf, nil
}

func (w *writer) int32(n int32) { w.buf = binary.LittleEndian.AppendUint32(w.buf, uint32(n)) }

func (w *writer) nextStep() (step, error) {
	if w.step >= len(w.trace.steps) {
		return step{}, fmt.Errorf("marshal: trace too short for the value")
	}
	s := w.trace.steps[w.step]
	w.step++
	return s, nil
}

// object writes v; interned says whether a fresh string is an identifier CPython
// would intern.
func (w *writer) object(v constant.Value, interned bool) error {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > maxDepth {
		return &Error{"ValueError", "object too deeply nested to marshal"}
	}
	var code byte
	if w.trace != nil {
		s, err := w.nextStep()
		if err != nil {
			return err
		}
		if s.code == typeRef {
			w.buf = append(w.buf, typeRef)
			w.int32(int32(s.ref))
			return nil
		}
		code = s.code
	} else {
		var ref bool
		code, ref = w.choose(v, interned)
		if ref {
			return nil
		}
	}
	w.buf = append(w.buf, code)
	return w.body(code&^flagRef, v)
}

// choose picks the type code for v in fresh mode, writing a back-reference instead
// (and reporting true) for a string already written.
func (w *writer) choose(v constant.Value, interned bool) (byte, bool) {
	switch x := v.(type) {
	case nil:
		return typeNull, false
	case constant.NoneType:
		return typeNone, false
	case constant.Bool:
		if x {
			return typeTrue, false
		}
		return typeFalse, false
	case constant.EllipsisType:
		return typeEllipsis, false
	case StopIteration:
		return typeStopIter, false
	case constant.Int:
		if x.Big == nil && x.Small >= math.MinInt32 && x.Small <= math.MaxInt32 {
			return typeInt, false
		}
		return typeLong, false
	case constant.Float:
		return typeBinaryFloat, false
	case constant.Complex:
		return typeBinaryComplex, false
	case constant.Bytes:
		return typeString, false
	case constant.Str:
		s := string(x)
		if idx, ok := w.strRefs[s]; ok {
			w.buf = append(w.buf, typeRef)
			w.int32(int32(idx))
			return 0, true
		}
		var c byte
		ascii := isASCII(s)
		switch {
		case ascii && len(s) < 256:
			c = typeShortASCII
			if interned {
				c = typeShortASCIIInt
			}
		case ascii:
			c = typeASCII
			if interned {
				c = typeASCIIInterned
			}
		default:
			c = typeUnicode
			if interned {
				c = typeInterned
			}
		}
		if interned || w.counts[s] > 1 {
			w.strRefs[s] = w.nrefs
			w.nrefs++
			c |= flagRef
		}
		return c, false
	case constant.Tuple:
		if len(x) < 256 {
			return typeSmallTuple, false
		}
		return typeTuple, false
	case List:
		return typeList, false
	case Set:
		return typeSet, false
	case constant.FrozenSet:
		return typeFrozenSet, false
	case Dict:
		return typeDict, false
	case *bytecode.Code:
		w.nrefs++
		return typeCode | flagRef, false
	}
	return typeUnknown, false
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isIdentifierLike reports whether s consists only of name characters, the rule by
// which CPython interns string constants.
func isIdentifierLike(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

func countStrings(v constant.Value, counts map[string]int) {
	switch x := v.(type) {
	case constant.Str:
		counts[string(x)]++
	case constant.Tuple:
		for _, e := range x {
			countStrings(e, counts)
		}
	case constant.FrozenSet:
		for _, e := range x {
			countStrings(e, counts)
		}
	case *bytecode.Code:
		for _, e := range x.Consts {
			countStrings(e, counts)
		}
		for _, s := range x.Names {
			counts[s]++
		}
		for _, s := range x.LocalsPlusNames {
			counts[s]++
		}
		counts[x.Filename]++
		counts[x.Name]++
		counts[x.QualName]++
	}
}

func (w *writer) body(t byte, v constant.Value) error {
	mismatch := func() error { return fmt.Errorf("marshal: type code %q does not fit value %T", t, v) }
	switch t {
	case typeNull, typeNone, typeFalse, typeTrue, typeEllipsis, typeStopIter:
		return nil
	case typeInt:
		x, ok := v.(constant.Int)
		if !ok {
			return mismatch()
		}
		w.int32(int32(x.Small))
	case typeLong:
		x, ok := v.(constant.Int)
		if !ok {
			return mismatch()
		}
		w.long(x.BigInt())
	case typeBinaryFloat:
		x, ok := v.(constant.Float)
		if !ok {
			return mismatch()
		}
		w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(float64(x)))
	case typeBinaryComplex:
		x, ok := v.(constant.Complex)
		if !ok {
			return mismatch()
		}
		w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(real(x)))
		w.buf = binary.LittleEndian.AppendUint64(w.buf, math.Float64bits(imag(x)))
	case typeString:
		x, ok := v.(constant.Bytes)
		if !ok {
			return mismatch()
		}
		w.int32(int32(len(x)))
		w.buf = append(w.buf, x...)
	case typeUnicode, typeInterned:
		x, ok := v.(constant.Str)
		if !ok {
			return mismatch()
		}
		w.int32(int32(len(x)))
		w.buf = append(w.buf, x...)
	case typeASCII, typeASCIIInterned, typeShortASCII, typeShortASCIIInt:
		x, ok := v.(constant.Str)
		if !ok {
			return mismatch()
		}
		b := toLatin1(string(x))
		if t == typeShortASCII || t == typeShortASCIIInt {
			w.buf = append(w.buf, byte(len(b)))
		} else {
			w.int32(int32(len(b)))
		}
		w.buf = append(w.buf, b...)
	case typeTuple, typeSmallTuple, typeList, typeSet, typeFrozenSet:
		var items []constant.Value
		switch x := v.(type) {
		case constant.Tuple:
			items = x
		case List:
			items = x
		case Set:
			items = x
		case constant.FrozenSet:
			items = x
		default:
			return mismatch()
		}
		if t == typeSmallTuple {
			w.buf = append(w.buf, byte(len(items)))
		} else {
			w.int32(int32(len(items)))
		}
		for _, e := range items {
			if err := w.object(e, w.trace == nil && t != typeSet && isInternable(e)); err != nil {
				return err
			}
		}
	case typeDict:
		x, ok := v.(Dict)
		if !ok {
			return mismatch()
		}
		for i := range x.Keys {
			if err := w.object(x.Keys[i], false); err != nil {
				return err
			}
			if err := w.object(x.Values[i], false); err != nil {
				return err
			}
		}
		if w.trace != nil {
			if _, err := w.nextStep(); err != nil {
				return err
			}
		}
		w.buf = append(w.buf, typeNull)
	case typeCode:
		c, ok := v.(*bytecode.Code)
		if !ok {
			return mismatch()
		}
		return w.code(c)
	default:
		return mismatch()
	}
	return nil
}

// isInternable reports whether a constant string is one CPython interns.
func isInternable(v constant.Value) bool {
	s, ok := v.(constant.Str)
	return ok && isIdentifierLike(string(s))
}

func toLatin1(s string) []byte {
	if isASCII(s) {
		return []byte(s)
	}
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return b
}

func (w *writer) long(v *big.Int) {
	neg := v.Sign() < 0
	a := new(big.Int).Abs(v)
	var digits []uint16
	mask := big.NewInt(1<<15 - 1)
	d := new(big.Int)
	for a.Sign() > 0 {
		digits = append(digits, uint16(d.And(a, mask).Uint64()))
		a.Rsh(a, 15)
	}
	n := int32(len(digits))
	if neg {
		n = -n
	}
	w.int32(n)
	for _, dg := range digits {
		w.buf = binary.LittleEndian.AppendUint16(w.buf, dg)
	}
}

func (w *writer) code(c *bytecode.Code) error {
	for _, n := range []int{c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, c.StackSize} {
		w.int32(int32(n))
	}
	w.int32(int32(c.Flags))
	names := func(ss []string) constant.Tuple {
		t := make(constant.Tuple, len(ss))
		for i, s := range ss {
			t[i] = constant.Str(s)
		}
		return t
	}
	fields := []struct {
		v        constant.Value
		interned bool
	}{
		{constant.Bytes(c.Code), false},
		{constant.Tuple(c.Consts), false},
		{names(c.Names), true},
		{names(c.LocalsPlusNames), true},
		{constant.Bytes(c.LocalsPlusKinds), false},
		{constant.Str(c.Filename), false},
		{constant.Str(c.Name), true},
		{constant.Str(c.QualName), false},
	}
	for _, f := range fields {
		if t, ok := f.v.(constant.Tuple); ok && f.interned && w.trace == nil {
			// Tuples of names: every element interned.
			w.buf = append(w.buf, typeSmallTuple)
			if len(t) >= 256 {
				w.buf[len(w.buf)-1] = typeTuple
				w.int32(int32(len(t)))
			} else {
				w.buf = append(w.buf, byte(len(t)))
			}
			for _, e := range t {
				if err := w.object(e, true); err != nil {
					return err
				}
			}
			continue
		}
		if err := w.object(f.v, f.interned); err != nil {
			return err
		}
	}
	w.int32(int32(c.FirstLineNo))
	if err := w.object(constant.Bytes(c.LineTable), false); err != nil {
		return err
	}
	return w.object(constant.Bytes(c.ExceptionTable), false)
}
