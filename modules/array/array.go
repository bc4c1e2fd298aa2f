// Package array is the array module: array.array, a sequence of fixed-size
// numbers (or code points) kept as raw bytes in the machine's order, which it
// exports through the buffer protocol (py.Buffer), and the arrayiterator.
package array

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"
	"unsafe"

	"github.com/kaa-python/kaa/py"
)

// Def is the array module.
var Def = &py.ModuleDef{Name: "array", Doc: moduleDoc, Methods: []*py.MethodDef{reconstructorDef}, Exec: exec}

const moduleDoc = "Compact arrays of numbers or characters of one C type (array.array),\n" +
	"stored as raw machine values and shared through the buffer protocol.\n"

const typecodes = "bBuwhHiIlLqQfd"

func exec(t *py.Thread, m *py.Module) *py.Exception {
	m.Set("array", py.TypeValue(arrayType))
	m.Set("ArrayType", py.TypeValue(arrayType))
	m.Set("typecodes", py.NewStr(typecodes))
	// As CPython's module does: array is a registered MutableSequence.
	if _, err := py.Import(t, "collections.abc"); err != nil {
		return err
	}
	col, err := py.Import(t, "collections")
	if err != nil {
		return err
	}
	abc, err := py.GetAttrS(t, col, "abc")
	if err != nil {
		return err
	}
	ms, err := py.GetAttrS(t, abc, "MutableSequence")
	if err != nil {
		return err
	}
	_, err = py.CallMethod(t, ms, "register", py.TypeValue(arrayType))
	return err
}

var ne = binary.NativeEndian

// itemSize is the size in bytes of an item of typecode c (wchar_t is 4 bytes,
// long 8, as on CPython's Linux builds); 0 for no typecode.
func itemSize(c byte) int {
	switch c {
	case 'b', 'B':
		return 1
	case 'h', 'H':
		return 2
	case 'u', 'w', 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'd':
		return 8
	}
	return 0
}

type array struct {
	py.Header
	tc      byte
	size    int
	b       []byte
	exports py.Exports
}

func asArray(v py.Value) *array { return py.Object[array](v) }

func isArray(v py.Value) bool { return v.Type().IsSubtype(arrayType) }

func (a *array) n() int { return len(a.b) / a.size }

func (a *array) unicode() bool { return a.tc == 'u' || a.tc == 'w' }

// get returns item i.
func (a *array) get(i int) (py.Value, *py.Exception) {
	p := a.b[i*a.size : (i+1)*a.size]
	switch a.tc {
	case 'b':
		return py.Int(int64(int8(p[0]))), nil
	case 'B':
		return py.Int(int64(p[0])), nil
	case 'h':
		return py.Int(int64(int16(ne.Uint16(p)))), nil
	case 'H':
		return py.Int(int64(ne.Uint16(p))), nil
	case 'i':
		return py.Int(int64(int32(ne.Uint32(p)))), nil
	case 'I':
		return py.Int(int64(ne.Uint32(p))), nil
	case 'l', 'q':
		return py.Int(int64(ne.Uint64(p))), nil
	case 'L', 'Q':
		u := ne.Uint64(p)
		if u <= math.MaxInt64 {
			return py.Int(int64(u)), nil
		}
		return py.NewBigInt(new(big.Int).SetUint64(u)), nil
	case 'f':
		return py.Float(float64(math.Float32frombits(ne.Uint32(p)))), nil
	case 'd':
		return py.Float(math.Float64frombits(ne.Uint64(p))), nil
	}
	return charValue(ne.Uint32(p))
}

func charValue(c uint32) (py.Value, *py.Exception) {
	if c > 0x10ffff {
		return py.Value{}, py.Errorf(py.ValueError(), "character U+%x is not in range [U+0000; U+10ffff]", c)
	}
	return py.NewStrText(string(py.AppendChar(nil, rune(c))), 1), nil
}

func (a *array) put(i int, bits uint64) {
	p := a.b[i*a.size : (i+1)*a.size]
	switch a.size {
	case 1:
		p[0] = byte(bits)
	case 2:
		ne.PutUint16(p, uint16(bits))
	case 4:
		ne.PutUint32(p, uint32(bits))
	default:
		ne.PutUint64(p, bits)
	}
}

func overflow(format string, a ...any) *py.Exception {
	return py.Errorf(py.OverflowError(), format, a...)
}

// toLong is a C long from an int or an object with __index__.
func toLong(t *py.Thread, v py.Value) (int64, *py.Exception) {
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	if !ok {
		return 0, overflow("Python int too large to convert to C long")
	}
	return n, nil
}

// toBig is the value of an int or an object with __index__.
func toBig(t *py.Thread, v py.Value) (*big.Int, *py.Exception) {
	iv, err := py.Index(t, v)
	if err != nil {
		return nil, err
	}
	b, _ := py.AsBigInt(iv)
	return b, nil
}

func inRange(n, lo, hi int64, what string) *py.Exception {
	if n < lo {
		return overflow("%s is less than minimum", what)
	}
	if n > hi {
		return overflow("%s is greater than maximum", what)
	}
	return nil
}

// convert turns v into the bits of an item of typecode c, with the errors
// CPython's array gives each typecode.
func convert(t *py.Thread, c byte, v py.Value) (uint64, *py.Exception) {
	switch c {
	case 'u', 'w':
		s, ok := py.AsStr(v)
		if !ok || py.StrLen(v) != 1 {
			return 0, py.Errorf(py.TypeError(), "array item must be unicode character")
		}
		r, _ := py.DecodeChar(s)
		return uint64(r), nil
	case 'f', 'd':
		f, err := py.AsFloat(t, v)
		if err != nil {
			return 0, err
		}
		if c == 'f' {
			return uint64(math.Float32bits(float32(f))), nil
		}
		return math.Float64bits(f), nil
	case 'b', 'B', 'h', 'H', 'i', 'l':
		n, err := toLong(t, v)
		if err != nil {
			return 0, err
		}
		switch c {
		case 'b':
			if err := inRange(n, math.MinInt16, math.MaxInt16, "signed short integer"); err != nil {
				return 0, err
			}
			err = inRange(n, math.MinInt8, math.MaxInt8, "signed char")
		case 'B':
			err = inRange(n, 0, math.MaxUint8, "unsigned byte integer")
		case 'h':
			err = inRange(n, math.MinInt16, math.MaxInt16, "signed short integer")
		case 'H':
			if err := inRange(n, math.MinInt32, math.MaxInt32, "signed integer"); err != nil {
				return 0, err
			}
			err = inRange(n, 0, math.MaxUint16, "unsigned short")
		case 'i':
			err = inRange(n, math.MinInt32, math.MaxInt32, "signed integer")
		}
		return uint64(n), err
	}
	b, err := toBig(t, v)
	if err != nil {
		return 0, err
	}
	switch c {
	case 'q':
		if !b.IsInt64() {
			return 0, overflow("int too big to convert")
		}
		return uint64(b.Int64()), nil
	case 'Q':
		if b.Sign() < 0 {
			return 0, overflow("can't convert negative int to unsigned")
		}
		if !b.IsUint64() {
			return 0, overflow("int too big to convert")
		}
		return b.Uint64(), nil
	}
	// 'I' and 'L'
	if b.Sign() < 0 {
		return 0, overflow("can't convert negative value to unsigned int")
	}
	if !b.IsUint64() {
		return 0, overflow("Python int too large to convert to C unsigned long")
	}
	if c == 'I' && b.Uint64() > math.MaxUint32 {
		return 0, overflow("unsigned int is greater than maximum")
	}
	return b.Uint64(), nil
}

func (a *array) set(t *py.Thread, i int, v py.Value) *py.Exception {
	bits, err := convert(t, a.tc, v)
	if err != nil {
		return err
	}
	a.put(i, bits)
	return nil
}

// resizable: BufferError while a memoryview is alive over the array.
func (a *array) resizable() *py.Exception {
	if a.exports.Count() > 0 {
		return py.Errorf(py.BufferError(), "cannot resize an array that is exporting buffers")
	}
	return nil
}

func (a *array) appendItem(t *py.Thread, v py.Value) *py.Exception {
	bits, err := convert(t, a.tc, v)
	if err != nil {
		return err
	}
	if err := a.resizable(); err != nil {
		return err
	}
	a.b = append(a.b, make([]byte, a.size)...)
	a.put(a.n()-1, bits)
	return nil
}

func (a *array) appendBytes(p []byte) *py.Exception {
	if len(p) == 0 {
		return nil
	}
	if err := a.resizable(); err != nil {
		return err
	}
	a.b = append(a.b, p...)
	return nil
}

// items returns every item as a Python object.
func (a *array) items() ([]py.Value, *py.Exception) {
	out := make([]py.Value, a.n())
	for i := range out {
		v, err := a.get(i)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

func newArray(typ *py.Type, tc byte, b []byte) py.Value {
	if b == nil {
		b = []byte{}
	}
	a := &array{tc: tc, size: itemSize(tc), b: b}
	return py.NewObject(&a.Header, typ)
}

// ---- construction ----

func arrayNew(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	if kw != nil && len(kw.Items()) > 0 && typ == arrayType {
		return py.Value{}, py.Errorf(py.TypeError(), "array.array() takes no keyword arguments")
	}
	if kw != nil {
		args = args[:len(args)-len(kw.Items())]
	}
	if len(args) < 1 {
		return py.Value{}, py.Errorf(py.TypeError(), "array() takes at least 1 argument (0 given)")
	}
	if len(args) > 2 {
		return py.Value{}, py.Errorf(py.TypeError(), "array() takes at most 2 arguments (%d given)", len(args))
	}
	tc, err := typecodeArg(args[0], "array() argument 1")
	if err != nil {
		return py.Value{}, err
	}
	var init py.Value
	if len(args) == 2 {
		init = args[1]
	}
	return makeArray(t, typ, tc, init)
}

func typecodeArg(v py.Value, what string) (byte, *py.Exception) {
	s, ok := py.AsStr(v)
	if !ok || py.StrLen(v) != 1 {
		return 0, py.Errorf(py.TypeError(), "%s must be a unicode character, not %s", what, py.TypeName(v))
	}
	if len(s) != 1 || !strings.Contains(typecodes, s) {
		return 0, nil // no typecode: the caller says which error
	}
	return s[0], nil
}

func badTypecode() *py.Exception {
	return py.Errorf(py.ValueError(), "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
}

// makeArray is array(tc, init) of type typ.
func makeArray(t *py.Thread, typ *py.Type, tc byte, init py.Value) (py.Value, *py.Exception) {
	if tc == 0 {
		return py.Value{}, badTypecode()
	}
	unicode := tc == 'u' || tc == 'w'
	if !init.IsNil() {
		if _, ok := py.AsStr(init); ok && !unicode {
			return py.Value{}, py.Errorf(py.TypeError(), "cannot use a str to initialize an array with typecode '%c'", tc)
		}
		if isArray(init) && asArray(init).unicode() && !unicode {
			return py.Value{}, py.Errorf(py.TypeError(), "cannot use a unicode array to initialize an array with typecode '%c'", tc)
		}
	}
	if tc == 'u' {
		if err := t.Warn(py.DeprecationWarning(), "The 'u' type code is deprecated and will be removed in Python 3.16"); err != nil {
			return py.Value{}, err
		}
	}
	v := newArray(typ, tc, nil)
	a := asArray(v)
	if init.IsNil() {
		return v, nil
	}
	it := init.Type()
	switch {
	case it == py.ListType() || it == py.TupleType() || it.IsSubtype(py.ListType()) || it.IsSubtype(py.TupleType()):
		items, err := py.ToSlice(t, init)
		if err != nil {
			return py.Value{}, err
		}
		a.b = make([]byte, len(items)*a.size)
		for i, x := range items {
			if err := a.set(t, i, x); err != nil {
				return py.Value{}, err
			}
		}
	case it.IsSubtype(py.BytesType()) || it.IsSubtype(py.ByteArrayType()):
		p, _ := py.AsBuffer(init)
		if err := a.frombytes(p); err != nil {
			return py.Value{}, err
		}
	case unicode && it.IsSubtype(py.StrType()):
		s, _ := py.AsStr(init)
		a.fromunicode(s)
	case isArray(init) && asArray(init).tc == tc:
		a.b = append([]byte{}, asArray(init).b...)
	default:
		if err := a.extendIter(t, init); err != nil {
			return py.Value{}, err
		}
	}
	return v, nil
}

func (a *array) frombytes(p []byte) *py.Exception {
	if len(p)%a.size != 0 {
		return py.Errorf(py.ValueError(), "bytes length not a multiple of item size")
	}
	return a.appendBytes(append([]byte(nil), p...))
}

func (a *array) fromunicode(s string) {
	for len(s) > 0 {
		r, n := py.DecodeChar(s)
		s = s[n:]
		a.b = append(a.b, make([]byte, a.size)...)
		a.put(a.n()-1, uint64(uint32(r)))
	}
}

func (a *array) extendIter(t *py.Thread, iterable py.Value) *py.Exception {
	return py.Iterate(t, iterable, func(x py.Value) *py.Exception { return a.appendItem(t, x) })
}

func (a *array) extend(t *py.Thread, v py.Value) *py.Exception {
	if isArray(v) {
		o := asArray(v)
		if o.tc != a.tc {
			return py.Errorf(py.TypeError(), "can only extend with array of same kind")
		}
		return a.appendBytes(append([]byte(nil), o.b...))
	}
	return a.extendIter(t, v)
}

// ---- the machine formats of pickles (_array_reconstructor) ----

// mformat is the machine format code CPython's pickles name for typecode c on
// a little-endian machine with 4-byte wchar_t and 8-byte long.
func mformat(c byte) int64 {
	return map[byte]int64{'b': 1, 'B': 0, 'u': 20, 'w': 20, 'h': 4, 'H': 2, 'i': 8, 'I': 6,
		'l': 12, 'L': 10, 'q': 12, 'Q': 10, 'f': 14, 'd': 16}[c]
}

var reconstructorDef = py.Func("_array_reconstructor", "arraytype, typecode, mformat_code, items, /",
	func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		tc, err := typecodeArg(a[1], "_array_reconstructor() argument 2")
		if err != nil {
			return py.Value{}, err
		}
		code, err := py.IndexInt(t, a[2], nil)
		if err != nil {
			return py.Value{}, err
		}
		typ := py.AsType(a[0])
		if typ == nil {
			return py.Value{}, py.Errorf(py.TypeError(), "first argument must be a type object, not %s", py.TypeName(a[0]))
		}
		if !typ.IsSubtype(arrayType) {
			return py.Value{}, py.Errorf(py.TypeError(), "%s is not a subtype of array.array", typ.Name)
		}
		if tc == 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "second argument must be a valid type code")
		}
		if code < 0 || code > 21 {
			return py.Value{}, py.Errorf(py.ValueError(), "third argument must be a valid machine format code.")
		}
		if a[3].Type() != py.BytesType() && !a[3].Type().IsSubtype(py.BytesType()) {
			return py.Value{}, py.Errorf(py.TypeError(), "fourth argument should be bytes, not %s", py.TypeName(a[3]))
		}
		p, _ := py.AsBuffer(a[3])
		if code == mformat(tc) {
			if len(p)%itemSize(tc) != 0 {
				return py.Value{}, py.Errorf(py.ValueError(), "bytes length not a multiple of item size")
			}
			return newArray(typ, tc, append([]byte{}, p...)), nil
		}
		if code <= 13 {
			// An integer format: CPython makes the array with the last integer
			// typecode of the format's size and signedness, whatever was asked.
			size, signed := []int{1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8}[code], code == 1 || code >= 4 && code%4 < 2
			for _, c := range []byte("bBhHiIlLqQ") {
				if itemSize(c) == size && (c >= 'a') == signed {
					tc = c
				}
			}
		}
		init, err := decodeMachine(int(code), p)
		if err != nil {
			return py.Value{}, err
		}
		return makeArray(t, typ, tc, init)
	})

// decodeMachine reads items in machine format code: a list of numbers, or a
// str for the UTF-16 and UTF-32 codes.
func decodeMachine(code int, p []byte) (py.Value, *py.Exception) {
	sizes := []int{1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 2, 2, 4, 4}
	size := sizes[code]
	if len(p)%size != 0 {
		return py.Value{}, py.Errorf(py.ValueError(), "string length not a multiple of item size")
	}
	var order binary.ByteOrder = binary.LittleEndian
	if code >= 2 && code%2 == 1 {
		order = binary.BigEndian
	}
	if code >= 18 {
		var sb []byte
		for i := 0; i < len(p); i += size {
			var r rune
			if size == 2 {
				r = rune(order.Uint16(p[i:]))
				if r >= 0xd800 && r < 0xdc00 && i+2 < len(p) {
					if lo := rune(order.Uint16(p[i+2:])); lo >= 0xdc00 && lo < 0xe000 {
						r = 0x10000 + (r-0xd800)<<10 + (lo - 0xdc00)
						i += 2
					}
				}
			} else {
				u := order.Uint32(p[i:])
				if u > 0x10ffff {
					return py.Value{}, py.Errorf(py.ValueError(), "character U+%x is not in range [U+0000; U+10ffff]", u)
				}
				r = rune(u)
			}
			sb = py.AppendChar(sb, r)
		}
		return py.NewStr(string(sb)), nil
	}
	items := make([]py.Value, 0, len(p)/size)
	for i := 0; i < len(p); i += size {
		q := p[i : i+size]
		var v py.Value
		switch code {
		case 0:
			v = py.Int(int64(q[0]))
		case 1:
			v = py.Int(int64(int8(q[0])))
		case 2, 3:
			v = py.Int(int64(order.Uint16(q)))
		case 4, 5:
			v = py.Int(int64(int16(order.Uint16(q))))
		case 6, 7:
			v = py.Int(int64(order.Uint32(q)))
		case 8, 9:
			v = py.Int(int64(int32(order.Uint32(q))))
		case 10, 11:
			u := order.Uint64(q)
			if u > math.MaxInt64 {
				v = py.NewBigInt(new(big.Int).SetUint64(u))
			} else {
				v = py.Int(int64(u))
			}
		case 12, 13:
			v = py.Int(int64(order.Uint64(q)))
		case 14, 15:
			v = py.Float(float64(math.Float32frombits(order.Uint32(q))))
		default:
			v = py.Float(math.Float64frombits(order.Uint64(q)))
		}
		items = append(items, v)
	}
	return py.NewList(items).Value(), nil
}

// bufferInfo is the address of the array's memory, as buffer_info reports it.
func (a *array) address() int64 {
	if cap(a.b) == 0 {
		return 0
	}
	return int64(uintptr(unsafe.Pointer(unsafe.SliceData(a.b))))
}
