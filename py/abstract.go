package py

import (
	"fmt"
	"math"
	"strings"
)

// Repr is repr(v) as a Go string.
func Repr(t *Thread, v Value) (string, *Exception) {
	r, err := ReprV(t, v)
	if err != nil {
		return "", err
	}
	return r.str().s, nil
}

// ReprV is repr(v).
func ReprV(t *Thread, v Value) (Value, *Exception) {
	if v.Type() == strType {
		return NewStr(strRepr(v.str().s)), nil
	}
	f := v.Type().repr
	if f == nil {
		return NewStr("<" + typeName(v) + " object>"), nil
	}
	return callStrSlot(t, f, v, "__repr__")
}

// callStrSlot calls a repr/str slot under the recursion limit and checks that it
// returned a str.
func callStrSlot(t *Thread, f unaryFunc, v Value, dunder string) (Value, *Exception) {
	what := " while getting the str of an object"
	if dunder == "__repr__" {
		what = " while getting the repr of an object"
	}
	if err := t.enterC(what); err != nil {
		return Value{}, err
	}
	r, err := f(t, v)
	t.leaveC()
	if err != nil {
		return Value{}, err
	}
	if r.Type().layout != strType {
		return Value{}, typeErrorf("%s returned non-string (type %s)", dunder, typeName(r))
	}
	return r, nil
}

// StrOf is str(v) as a Go string.
func StrOf(t *Thread, v Value) (string, *Exception) {
	r, err := StrV(t, v)
	if err != nil {
		return "", err
	}
	return r.str().s, nil
}

// StrV is str(v).
func StrV(t *Thread, v Value) (Value, *Exception) {
	typ := v.Type()
	if typ == strType {
		return v, nil
	}
	f := typ.str
	if f == nil {
		return ReprV(t, v)
	}
	return callStrSlot(t, f, v, "__str__")
}

// Hash is hash(v).
func Hash(t *Thread, v Value) (int64, *Exception) {
	switch {
	case v.IsSmallInt() || v.isBool():
		return intHash(v.small()), nil
	case v.IsFloat():
		return floatHash(v.float()), nil
	}
	typ := v.Type()
	if typ == strType {
		return strHash(hashKey, v.str()), nil
	}
	if typ.hash == nil {
		return 0, typeErrorf("unhashable type: '%s'", typeName(v))
	}
	return typ.hash(t, v)
}

// RichCompare is a rich comparison, with CPython's reflected-operand order.
func RichCompare(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
	if t == nil { // comparing constants while building a code object: no Python code runs
		return richCompare(t, a, b, op)
	}
	if err := t.enterC(" in comparison"); err != nil {
		return Value{}, err
	}
	r, err := richCompare(t, a, b, op)
	t.leaveC()
	return r, err
}

func richCompare(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) && tb.richcmp != nil {
		checkedReverse = true
		r, err := tb.richcmp(t, b, a, cmpSwapped[op])
		if err != nil || !r.Is(pyNotImplemented) {
			return r, err
		}
	}
	if ta.richcmp != nil {
		r, err := ta.richcmp(t, a, b, op)
		if err != nil || !r.Is(pyNotImplemented) {
			return r, err
		}
	}
	if !checkedReverse && tb.richcmp != nil {
		r, err := tb.richcmp(t, b, a, cmpSwapped[op])
		if err != nil || !r.Is(pyNotImplemented) {
			return r, err
		}
	}
	switch op {
	case EQ:
		return Bool(a.Is(b)), nil
	case NE:
		return Bool(!a.Is(b)), nil
	}
	return Value{}, typeErrorf("'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], typeName(a), typeName(b))
}

// RichCompareBool compares and converts the result to a bool; identity implies
// equality for EQ and NE, as in CPython.
func RichCompareBool(t *Thread, a, b Value, op CompareOp) (bool, *Exception) {
	if a.Is(b) && !a.IsFloat() {
		if op == EQ {
			return true, nil
		}
		if op == NE {
			return false, nil
		}
	}
	if a.IsSmallInt() && b.IsSmallInt() {
		return cmpResult(intCompare(a, b), op), nil
	}
	r, err := RichCompare(t, a, b, op)
	if err != nil {
		return false, err
	}
	if r.isBool() {
		return r.n != 0, nil
	}
	return IsTrue(t, r)
}

// IsTrue is bool(v).
func IsTrue(t *Thread, v Value) (bool, *Exception) {
	switch {
	case v.isBool():
		return v.n != 0, nil
	case v.IsNone():
		return false, nil
	case v.IsSmallInt():
		return v.n != 0, nil
	case v.IsFloat():
		return v.float() != 0, nil
	}
	typ := v.Type()
	if typ.bool != nil {
		return typ.bool(t, v)
	}
	if typ.len != nil {
		n, err := typ.len(t, v)
		return n != 0, err
	}
	return true, nil
}

// BinaryOp applies binary operator op (an NB_ code; nbInplace added for in-place).
func BinaryOp(t *Thread, a, b Value, op int) (Value, *Exception) {
	if op >= nbInplace {
		op -= nbInplace
		if f := a.Type().num.inb[op]; f != nil {
			r, err := f(t, a, b)
			if err != nil || !r.Is(pyNotImplemented) {
				return r, err
			}
		}
		r, err := binaryOp1(t, a, b, op)
		if err == nil && r.Is(pyNotImplemented) {
			return Value{}, binopTypeError(a, b, op, "=")
		}
		return r, err
	}
	r, err := binaryOp1(t, a, b, op)
	if err == nil && r.Is(pyNotImplemented) {
		return Value{}, binopTypeError(a, b, op, "")
	}
	return r, err
}

func binopTypeError(a, b Value, op int, eq string) *Exception {
	if op == nbAdd && eq == "" {
		if a.Type() == strType {
			return typeErrorf("can only concatenate str (not \"%s\") to str", typeName(b))
		}
	}
	if op == nbMul {
		isSeq := func(v Value) bool {
			switch v.Type().layout {
			case strType, bytesType, byteArrayType, listType, tupleType:
				return true
			}
			return false
		}
		if isSeq(a) && b.Type().index == nil && !b.IsSmallInt() {
			return typeErrorf("can't multiply sequence by non-int of type '%s'", typeName(b))
		}
		if !isSeq(a) && isSeq(b) && a.Type().index == nil && !a.IsSmallInt() {
			return typeErrorf("can't multiply sequence by non-int of type '%s'", typeName(a))
		}
	}
	sym := nbSymbols[op]
	if op == nbPow && eq != "" {
		sym = "**"
	}
	return typeErrorf("unsupported operand type(s) for %s%s: '%s' and '%s'", sym, eq, typeName(a), typeName(b))
}

func binaryOp1(t *Thread, a, b Value, op int) (Value, *Exception) {
	ta, tb := a.Type(), b.Type()
	fa := ta.num.nb[op]
	var fb binaryFunc
	if ta != tb {
		fb = tb.num.nbr[op]
	}
	if fa != nil {
		if fb != nil && tb.IsSubtype(ta) && overridesReflected(ta, tb, op) {
			r, err := fb(t, b, a)
			if err != nil || !r.Is(pyNotImplemented) {
				return r, err
			}
			fb = nil
		}
		r, err := fa(t, a, b)
		if err != nil || !r.Is(pyNotImplemented) {
			return r, err
		}
	}
	if fb != nil {
		return fb(t, b, a)
	}
	return pyNotImplemented, nil
}

// overridesReflected reports whether subclass sub defines __rop__ differently from base.
func overridesReflected(base, sub *Type, op int) bool {
	name := newStr("__r" + nbNames[op] + "__")
	x, y := sub.lookup(name), base.lookup(name)
	return !x.Is(y)
}

// UnaryOp applies -, +, ~ (op '-', '+', '~').
func UnaryOp(t *Thread, v Value, op byte) (Value, *Exception) {
	typ := v.Type()
	var f unaryFunc
	switch op {
	case '-':
		f = typ.neg
	case '+':
		f = typ.pos
	case '~':
		f = typ.invert
	}
	if f == nil {
		return Value{}, typeErrorf("bad operand type for unary %c: '%s'", op, typeName(v))
	}
	return f(t, v)
}

// Index is operator.index(v): an exact int.
func Index(t *Thread, v Value) (Value, *Exception) {
	if v.IsSmallInt() {
		return v, nil
	}
	if v.isBool() {
		return Int(v.small()), nil
	}
	typ := v.Type()
	if typ.index == nil {
		return Value{}, typeErrorf("'%s' object cannot be interpreted as an integer", typeName(v))
	}
	if v.isInt() {
		return ToInt(t, v)
	}
	r, err := typ.index(t, v)
	if err != nil {
		return Value{}, err
	}
	if !r.isInt() {
		return Value{}, typeErrorf("__index__ returned non-int (type %s)", typeName(r))
	}
	if r.Type() != intType {
		if err := t.Warn(deprecationWarning, fmt.Sprintf("__index__ returned non-int (type %s).  The ability to return an instance of a strict subclass of int is deprecated, and may be removed in a future version of Python.", typeName(r))); err != nil {
			return Value{}, err
		}
	}
	return r, nil
}

// IndexInt is Index as an int64; a value out of range raises overflow (OverflowError
// "Python int too large to convert to C ssize_t" when overflow is nil), or is clamped
// when overflow is IndexError... callers choose.
func IndexInt(t *Thread, v Value, overflow *Type) (int64, *Exception) {
	if v.IsSmallInt() || v.isBool() {
		return v.small(), nil
	}
	r, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	s, ok := AsInt64(r)
	if !ok {
		if overflow == nil {
			overflow = overflowError
		}
		return 0, Errorf(overflow, "Python int too large to convert to C ssize_t")
	}
	return s, nil
}

// IndexClamped is Index as an int64 clamped to [math.MinInt64, math.MaxInt64], as
// CPython's _PyEval_SliceIndex and PyNumber_AsSsize_t(v, NULL) clamp: for bounds
// (find, count, index, startswith, round's ndigits) a huge value means "all".
func IndexClamped(t *Thread, v Value) (int64, *Exception) {
	if v.IsSmallInt() || v.isBool() {
		return v.small(), nil
	}
	r, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	if s, ok := AsInt64(r); ok {
		return s, nil
	}
	if intCompare(r, Int(0)) < 0 {
		return math.MinInt64, nil
	}
	return math.MaxInt64, nil
}

// Len is len(v).
func Len(t *Thread, v Value) (int, *Exception) {
	f := v.Type().len
	if f == nil {
		return 0, typeErrorf("object of type '%s' has no len()", typeName(v))
	}
	return f(t, v)
}

// GetItem is v[key].
func GetItem(t *Thread, v, key Value) (Value, *Exception) {
	typ := v.Type()
	if typ.getitem != nil {
		return typ.getitem(t, v, key)
	}
	if typ == typeType || typ.IsSubtype(typeType) {
		cg := v.typeObj().lookupS("__class_getitem__")
		if !cg.IsNil() {
			f, err := bindDescr(t, cg, Value{}, v.typeObj())
			if err != nil {
				return Value{}, err
			}
			return Call(t, f, key)
		}
		if v.typeObj() == typeType {
			return genericAlias(t, v, []Value{key}, nil)
		}
		return Value{}, typeErrorf("type '%s' is not subscriptable", v.typeObj().tpName())
	}
	return Value{}, typeErrorf("'%s' object is not subscriptable", typeName(v))
}

// SetItem is v[key] = val.
func SetItem(t *Thread, v, key, val Value) *Exception {
	f := v.Type().setitem
	if f == nil {
		return typeErrorf("'%s' object does not support item assignment", typeName(v))
	}
	return f(t, v, key, val)
}

// DelItem is del v[key].
func DelItem(t *Thread, v, key Value) *Exception {
	f := v.Type().setitem
	if f == nil {
		return typeErrorf("'%s' object doesn't support item deletion", typeName(v))
	}
	return f(t, v, key, Value{})
}

// Contains is x in v.
func Contains(t *Thread, v, x Value) (bool, *Exception) {
	typ := v.Type()
	if typ.contains != nil {
		return typ.contains(t, v, x)
	}
	if typ.iter == nil && (typ.getitem == nil || typ.mapGetitem) {
		return false, typeErrorf("argument of type '%s' is not iterable", typeName(v))
	}
	found := false
	err := Iterate(t, v, func(y Value) *Exception {
		eq, err := keyEq(t, y, x)
		if err != nil {
			return err
		}
		if eq {
			found = true
			return errStopIterate
		}
		return nil
	})
	if err == errStopIterate {
		err = nil
	}
	return found, err
}

// errStopIterate stops Iterate early without an error reaching Python.
var errStopIterate = &Exception{}

// Iter is iter(v).
func Iter(t *Thread, v Value) (Value, *Exception) {
	typ := v.Type()
	if typ.iter != nil {
		it, err := typ.iter(t, v)
		if err != nil {
			return Value{}, err
		}
		if it.Type().next == nil {
			return Value{}, typeErrorf("iter() returned non-iterator of type '%s'", typeName(it))
		}
		return it, nil
	}
	if typ.getitem != nil && typ.layout != dictType && !typ.mapGetitem {
		return newSeqGetitemIter(v), nil
	}
	return Value{}, typeErrorf("'%s' object is not iterable", typeName(v))
}

// Next advances an iterator: the zero Value and nil when it is exhausted.
func Next(t *Thread, it Value) (Value, *Exception) {
	f := it.Type().next
	if f == nil {
		return Value{}, typeErrorf("'%s' object is not an iterator", typeName(it))
	}
	// Iterators that draw from iterators (map over map over ...) nest Go calls:
	// bound them, as Python frames are, so that the Go stack never overflows.
	t.idepth++
	if t.idepth > maxIterNesting {
		t.idepth--
		return Value{}, Errorf(recursionError, "maximum recursion depth exceeded")
	}
	v, err := f(t, it)
	t.idepth--
	if err != nil && err.Matches(stopIterationExc) {
		return Value{}, nil
	}
	return v, err
}

// maxIterNesting bounds the nesting of Next calls (CPython has no bound and its
// C stack overflows, at about 100,000 maps over maps): a few hundred bytes of
// Go stack each, it stays well within the stack beside the deepest Python
// recursion.
const maxIterNesting = 200000

// Iterate calls f for each item of an iterable.
func Iterate(t *Thread, v Value, f func(Value) *Exception) *Exception {
	if l, ok := v.asList(); ok && v.Type() == listType {
		for i := 0; i < len(l.items); i++ {
			if err := f(l.items[i]); err != nil {
				return err
			}
		}
		return nil
	}
	// Only exact lists and tuples skip __iter__ (a subclass may override it), as
	// CPython's PySequence_Fast and list_extend.
	if items, ok := v.tupleItems(); ok && v.Type() == tupleType {
		for _, x := range items {
			if err := f(x); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := Iter(t, v)
	if err != nil {
		return err
	}
	next := it.Type().next
	for {
		x, err := next(t, it)
		if err != nil {
			if err.Matches(stopIterationExc) {
				return nil
			}
			return err
		}
		if x.IsNil() {
			return nil
		}
		if err := f(x); err != nil {
			return err
		}
	}
}

// ToSlice collects an iterable's items (sharing the slice of a tuple).
func ToSlice(t *Thread, v Value) ([]Value, *Exception) {
	if items, ok := v.tupleItems(); ok && v.Type() == tupleType {
		return items, nil
	}
	if l, ok := v.asList(); ok && v.Type() == listType {
		out := make([]Value, len(l.items))
		copy(out, l.items)
		return out, nil
	}
	hint, err := sizeHint(t, v, 8)
	if err != nil {
		return nil, err
	}
	// As CPython's list_extend, a length that cannot be allocated is a MemoryError
	// before the first item is made; a reasonable one is allocated at once.
	if err := t.checkAlloc(hint, valueSize); err != nil {
		return nil, err
	}
	out := make([]Value, 0, min(hint, 1<<16))
	err = Iterate(t, v, func(x Value) *Exception {
		out = append(out, x)
		return nil
	})
	return out, err
}

// sizeHint is PyObject_LengthHint: len(v), else v.__length_hint__(), else def.
func sizeHint(t *Thread, v Value, def int64) (int64, *Exception) {
	typ := v.Type()
	if typ.len != nil {
		n, err := typ.len(t, v)
		if err == nil {
			return int64(n), nil
		}
		if !err.Matches(typeError) {
			return 0, err
		}
	}
	m, found, err := lookupSpecial(t, v, "__length_hint__")
	if err != nil || !found {
		return def, err
	}
	r, err := Call(t, m)
	if err != nil {
		if err.Matches(typeError) {
			return def, nil
		}
		return 0, err
	}
	if r.Is(pyNotImplemented) {
		return def, nil
	}
	if !r.isInt() {
		return 0, typeErrorf("__length_hint__ must be an integer, not %s", typeName(r))
	}
	n, err := IndexInt(t, r, nil)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, Errorf(valueError, "__length_hint__() should return >= 0")
	}
	return n, nil
}

// Call calls a callable with positional arguments.
func Call(t *Thread, fn Value, args ...Value) (Value, *Exception) {
	return CallKw(t, fn, args, nil)
}

// CallKw calls fn with args (positional then keyword values) and kwnames.
func CallKw(t *Thread, fn Value, args []Value, kwnames *Tuple) (Value, *Exception) {
	typ := fn.Type()
	if typ == functionType {
		// A Python function entered from Go code: a C-level recursion in CPython
		// (the eval loop's own calls go to callFunction directly).
		if err := t.enterC(""); err != nil {
			return Value{}, err
		}
		r, err := t.callFunction(fn.function(), args, kwnames)
		t.leaveC()
		return r, err
	}
	f := typ.call
	if f == nil {
		return Value{}, typeErrorf("'%s' object is not callable", typeName(fn))
	}
	// What CPython calls through vectorcall (builtins, builtin types, bound
	// methods of functions) does not count as a C recursion level of its own.
	switch {
	case typ == builtinType, typ == typeType && !fn.typeObj().heap:
		return f(t, fn, args, kwnames)
	case typ == methodType && fn.method().fn.Type() == functionType:
		m := fn.method()
		all := make([]Value, 0, len(args)+1)
		all = append(append(all, m.self), args...)
		return CallKw(t, m.fn, all, kwnames)
	}
	if err := t.enterC(" while calling a Python object"); err != nil {
		return Value{}, err
	}
	r, err := f(t, fn, args, kwnames)
	t.leaveC()
	return r, err
}

// callMethodDescr calls an attribute found on a type with self bound.
func callMethodDescr(t *Thread, descr, self Value, args ...Value) (Value, *Exception) {
	switch descr.Type() {
	case functionType:
		all := make([]Value, 0, len(args)+1)
		all = append(append(all, self), args...)
		if err := t.enterC(""); err != nil { // a Python frame entered from a slot
			return Value{}, err
		}
		r, err := t.callFunction(descr.function(), all, nil)
		t.leaveC()
		return r, err
	case methodDescrType:
		md := descr.methodDescr()
		return md.def.Fn(t, self, args, nil)
	}
	f, err := bindDescr(t, descr, self, self.Type())
	if err != nil {
		return Value{}, err
	}
	return CallKw(t, f, args, nil)
}

// bindDescr applies a descriptor's __get__ (if any) for obj (zero Value: class access).
func bindDescr(t *Thread, descr, obj Value, typ *Type) (Value, *Exception) {
	g := descr.Type().descrGet
	if g == nil {
		return descr, nil
	}
	return g(t, descr, obj, typ)
}

// CallMethod calls v.name(*args).
func CallMethod(t *Thread, v Value, name string, args ...Value) (Value, *Exception) {
	m, err := getAttr(t, v, newStr(name))
	if err != nil {
		return Value{}, err
	}
	return Call(t, m, args...)
}

// lookupSpecial finds a dunder on the type (not the instance) and binds it.
func lookupSpecial(t *Thread, v Value, name string) (Value, bool, *Exception) {
	d := v.Type().lookupS(name)
	if d.IsNil() {
		return Value{}, false, nil
	}
	f, err := bindDescr(t, d, v, v.Type())
	return f, err == nil, err
}

func isNaN(v Value) bool { return v.IsFloat() && math.IsNaN(v.float()) }

// ascii is ascii(v).
func ascii(t *Thread, v Value) (Value, *Exception) {
	rv, err := ReprV(t, v)
	if err != nil {
		return Value{}, err
	}
	r := rv.str().s
	if isASCII(r) {
		return rv, nil // the object __repr__ returned, even a str subclass
	}
	var b strings.Builder
	for i := 0; i < len(r); {
		c, n := decodeRune(r[i:])
		i += n
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			fmt.Fprintf(&b, `\x%02x`, c)
		case c < 0x10000:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			fmt.Fprintf(&b, `\U%08x`, c)
		}
	}
	return NewStr(b.String()), nil
}
