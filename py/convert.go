package py

import "math/big"

// Conversions native modules use on their arguments and results.

// AsFloat is PyFloat_AsDouble: a float, an int, or an object with __float__ or
// __index__ ("must be real number, not X" otherwise).
func AsFloat(t *Thread, v Value) (float64, *Exception) {
	if v.IsFloat() {
		return floatOf(v), nil
	}
	if v.IsSmallInt() || v.isBool() {
		return float64(v.small()), nil
	}
	typ := v.Type()
	if typ.layout == floatType && typ.float == nil {
		return floatOf(v), nil
	}
	if v.isInt() && typ.float == nil {
		return intToFloat(v)
	}
	if typ.float == nil && typ.index == nil {
		return 0, typeErrorf("must be real number, not %s", typeName(v))
	}
	r, err := ToFloat(t, v)
	if err != nil {
		return 0, err
	}
	return floatOf(r), nil
}

// AsStr returns the text of a str (or str subclass) in Kaa's generalised UTF-8
// (lone surrogates as their 3-byte forms); ok is false for any other object.
func AsStr(v Value) (s string, ok bool) {
	if v.IsNil() || v.Type().layout != strType {
		return "", false
	}
	return v.str().s, true
}

// AsBytes returns the contents of a bytes or bytearray object (shared, not a copy);
// ok is false for any other object.
func AsBytes(v Value) (b []byte, ok bool) {
	if v.IsNil() {
		return nil, false
	}
	if l := v.Type().layout; l != bytesType && l != byteArrayType {
		return nil, false
	}
	return bytesOf(v), true
}

// AsBigInt returns the value of an int (or bool, or int subclass) as a new big.Int;
// ok is false for any other object.
func AsBigInt(v Value) (*big.Int, bool) {
	if v.IsNil() || !v.isInt() {
		return nil, false
	}
	return new(big.Int).Set(bigOf(v)), true
}

// FsPath is os.fspath for a file-name argument (str, bytes or os.PathLike), as the
// bytes to give the operating system (a str's surrogate escapes become bytes again).
func FsPath(t *Thread, v Value) (string, *Exception) { return fsPath(t, v) }

// NewOSError converts a Go error from the os or syscall packages into the OSError
// subclass CPython raises for its errno (FileNotFoundError, PermissionError, …),
// with errno, strerror and, when given (not the zero Value), filename.
func NewOSError(t *Thread, err error, filename Value) *Exception { return osError(t, err, filename) }

// NewOSError2 is NewOSError for the calls that name two files (rename, link,
// symlink): filename and filename2, printed "[Errno 2] …: 'a' -> 'b'".
func NewOSError2(t *Thread, err error, filename, filename2 Value) *Exception {
	e := osError(t, err, filename)
	if !filename2.IsNil() && e.Matches(osErrorExc) && len(e.extra) > 3 {
		e.extra[3] = filename2
	}
	return e
}

// AsBuffer returns the contents of a bytes-like object (bytes, bytearray or a
// memoryview of bytes), shared, not copied; ok is false for any other object.
func AsBuffer(v Value) (b []byte, ok bool) {
	if v.IsNil() {
		return nil, false
	}
	return bytesLike(v)
}

// FsEncode turns the text of a str (AsStr) into the bytes the operating system
// takes, as os.fsencode: lone surrogates U+DC80..U+DCFF become the bytes they
// escape (surrogateescape). FsStr is its inverse.
func FsEncode(s string) string { return fsEncode(s) }

// IsInt reports whether v is an int (bool and int subclasses included).
func IsInt(v Value) bool { return !v.IsNil() && v.isInt() }

// IntFromFloat is int(f) for a float: OverflowError for an infinity, ValueError
// for a NaN.
func IntFromFloat(f float64) (Value, *Exception) { return floatToInt(f) }

// LookupSpecial finds a special method (__ceil__, __fspath__, …) on v's type, as
// CPython's _PyObject_LookupSpecial: bound to v when it is a descriptor.
func LookupSpecial(t *Thread, v Value, name string) (Value, bool, *Exception) {
	return lookupSpecial(t, v, name)
}

// TypeName is the name error messages give v's type ("int", "collections.deque").
func TypeName(v Value) string { return typeName(v) }

// The operators of BinaryOp, numbered as BINARY_OP's argument; OpInplace added to
// one gives its in-place form (+=).
const (
	OpAdd      = nbAdd
	OpAnd      = nbAnd
	OpFloorDiv = nbFloorDiv
	OpLshift   = nbLshift
	OpMatmul   = nbMatmul
	OpMul      = nbMul
	OpMod      = nbMod
	OpOr       = nbOr
	OpPow      = nbPow
	OpRshift   = nbRshift
	OpSub      = nbSub
	OpTrueDiv  = nbTrueDiv
	OpXor      = nbXor
	OpInplace  = nbInplace
)

// TupleItems returns the items of a tuple (or tuple subclass), shared with it: do
// not change them. ok is false for any other object.
func TupleItems(v Value) (items []Value, ok bool) {
	if v.IsNil() {
		return nil, false
	}
	return v.tupleItems()
}

// Callable is callable(v): whether v can be called.
func Callable(v Value) bool { return !v.IsNil() && callable(v) }

// LengthHint is operator.length_hint(v, def): len(v), else v.__length_hint__(),
// else def, with CPython's errors for a bad __length_hint__.
func LengthHint(t *Thread, v Value, def int64) (int64, *Exception) { return sizeHint(t, v, def) }

// Abs is abs(v).
func Abs(t *Thread, v Value) (Value, *Exception) {
	f := v.Type().abs
	if f == nil {
		return Value{}, typeErrorf("bad operand type for abs(): '%s'", typeName(v))
	}
	return f(t, v)
}

// AsDict returns a dict (or dict subclass) as a *Dict; ok is false for any other
// object.
func AsDict(v Value) (*Dict, bool) {
	if v.IsNil() || v.Type().layout != dictType {
		return nil, false
	}
	return v.dictObj(), true
}

// AsContiguousBuffer is AsBuffer for the callers that, as CPython's "s*" and "y*"
// converters, refuse a memoryview over non-contiguous memory (a stepped slice).
func AsContiguousBuffer(v Value) (b []byte, ok bool) {
	if v.IsNil() {
		return nil, false
	}
	if v.Type().layout == memoryViewType {
		if m := (*memoryView)(v.p); !m.cContiguous() {
			return nil, false
		}
	}
	return bytesLike(v)
}

// IsBool reports whether v is True or False.
func IsBool(v Value) bool { return v.isBool() }

// AsComplex is PyComplex_AsCComplex: a complex (or subclass) as it is, else the
// result of __complex__, else the object as a real number (AsFloat's rules and
// messages).
func AsComplex(t *Thread, v Value) (complex128, *Exception) {
	if v.Type().layout == complexType {
		return (*complexObj)(v.p).c, nil
	}
	if v.IsFloat() || v.IsSmallInt() || v.isBool() {
		f, err := AsFloat(t, v)
		return complex(f, 0), err
	}
	m, found, err := lookupSpecial(t, v, "__complex__")
	if err != nil {
		return 0, err
	}
	if found {
		r, err := Call(t, m)
		if err != nil {
			return 0, err
		}
		if r.Type().layout != complexType {
			return 0, typeErrorf("__complex__ returned non-complex (type %s)", typeName(r))
		}
		return (*complexObj)(r.p).c, nil
	}
	f, err := AsFloat(t, v)
	return complex(f, 0), err
}

// SliceIndices is slice.indices(n) for a slice object, with the item count;
// ok is false when v is not a slice.
func SliceIndices(t *Thread, v Value, n int) (start, stop, step, count int, ok bool, err *Exception) {
	if v.IsNil() || v.Type() != sliceType {
		return 0, 0, 0, 0, false, nil
	}
	start, stop, step, count, err = v.slice().indices(t, n)
	return start, stop, step, count, true, err
}

// ListItems returns the items of a list (or list subclass), shared with it; ok
// is false for any other object.
func ListItems(v Value) (items []Value, ok bool) {
	if v.IsNil() || v.Type().layout != listType {
		return nil, false
	}
	return v.list().items, true
}
