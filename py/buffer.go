package py

import (
	"encoding/binary"
	"math"
	"math/big"
	"runtime"
	"weak"
)

// The buffer protocol (CPython's Py_buffer, PEP 3118), reduced to what Kaa's
// exporters need: one-dimensional memory of fixed-size items. bytes and
// bytearray export themselves; a native type exports its memory by giving
// TypeDef.Buffer (array.array does). memoryview is the consumer Python sees,
// and every function that takes "a bytes-like object" (AsBuffer, bytes(),
// b''.join, file writes, hashlib, struct, re) accepts any exporter.
//
// Export counting: an exporter whose memory can move (bytearray, array) keeps
// an Exports and calls its CheckResize before any change of size; the views
// made over it register there. Kaa has no reference counts, so a view dropped
// without release() is known to be gone only when Go's collector finds it
// unreachable: CheckResize, finding a registered view not released, runs a
// collection once and counts again. A resize with no view alive costs nothing;
// one while a view is alive raises BufferError as in CPython, after that
// collection (a few milliseconds on a large heap).

// Buffer is the memory an object exports.
type Buffer struct {
	// Data is the exported memory, shared with the exporter: writable unless
	// ReadOnly, and valid while the export lasts (the exporter refuses to
	// resize while Exports has live views).
	Data []byte
	// Format is the item format in struct module syntax ("B", "i", "d", …);
	// ItemSize the size of one item in bytes (len(Data) is a multiple of it).
	Format   string
	ItemSize int
	ReadOnly bool
	// Exports is the exporter's export count, nil for an object whose memory
	// never moves (bytes).
	Exports *Exports

	// pyView is the memoryview a Python class's __buffer__ returned (PEP 688),
	// handed to its __release_buffer__ when the views over it are released.
	pyView   Value
	released bool
}

// Exports counts the views over an exporter's memory. Its zero value is ready.
type Exports struct {
	views []weak.Pointer[memoryView]
}

func (e *Exports) add(m *memoryView) {
	live := e.views[:0]
	for _, w := range e.views {
		if v := w.Value(); v != nil && !v.released {
			live = append(live, w)
		}
	}
	e.views = append(live, weak.Make(m))
}

func (e *Exports) count() int {
	n := 0
	for _, w := range e.views {
		if v := w.Value(); v != nil && !v.released {
			n++
		}
	}
	return n
}

// Count is the number of views alive over the exporter, after a collection
// when some view not released may be garbage.
func (e *Exports) Count() int {
	if e == nil || len(e.views) == 0 {
		return 0
	}
	if e.count() == 0 {
		e.views = e.views[:0]
		return 0
	}
	runtime.GC()
	n := e.count()
	if n == 0 {
		e.views = e.views[:0]
	}
	return n
}

// CheckResize is the check an exporter makes before changing its size:
// BufferError while a view is alive over its memory.
func (e *Exports) CheckResize() *Exception {
	if e.Count() > 0 {
		return Errorf(bufferError, "Existing exports of data: object cannot be re-sized")
	}
	return nil
}

// SetBuffer makes typ (made by NewType) an exporter: fn returns its instances'
// memory. Subtypes inherit it.
func SetBuffer(typ *Type, fn func(t *Thread, v Value) (*Buffer, *Exception)) {
	typ.ownNum().getbuf = fn
}

// getBuffer exports v's memory; ok is false when v is no exporter.
func getBuffer(t *Thread, v Value) (*Buffer, bool, *Exception) {
	if typ := v.Type(); t != nil && typ.heap && isPyFunction(typ.lookupS("__buffer__")) {
		return pyBuffer(t, v) // a class statement's __buffer__ overrides its base's export
	}
	return nativeBuffer(t, v)
}

// nativeBuffer is getBuffer without a Python __buffer__ override: what the
// builtin __buffer__ methods export.
func nativeBuffer(t *Thread, v Value) (*Buffer, bool, *Exception) {
	switch v.Type().layout {
	case bytesType:
		return &Buffer{Data: bytesOf(v), Format: "B", ItemSize: 1, ReadOnly: true}, true, nil
	case byteArrayType:
		o := (*bytesObj)(v.p)
		if o.exports == nil {
			o.exports = new(Exports)
		}
		return &Buffer{Data: o.b, Format: "B", ItemSize: 1, Exports: o.exports}, true, nil
	}
	for typ := v.Type(); typ != nil; typ = typ.base {
		if typ.num.getbuf != nil {
			b, err := typ.num.getbuf(t, v)
			return b, err == nil, err
		}
	}
	if t != nil && v.Type().heap {
		return pyBuffer(t, v)
	}
	return nil, false, nil
}

// pyBuffer exports the memory of an instance of a class with __buffer__ (PEP
// 688): the memoryview it returns, asked for PyBUF_FULL_RO as memoryview() asks.
func pyBuffer(t *Thread, v Value) (*Buffer, bool, *Exception) {
	fn, ok, err := lookupSpecial(t, v, "__buffer__")
	if err != nil || !ok {
		return nil, false, err
	}
	r, err := Call(t, fn, Int(0x11c))
	if err != nil {
		return nil, true, err
	}
	if r.Type().layout != memoryViewType {
		return nil, true, typeErrorf("__buffer__ returned non-memoryview object")
	}
	m, err := mvSelf(r)
	if err != nil {
		return nil, true, err
	}
	return &Buffer{Data: m.contiguous(), Format: m.format, ItemSize: m.itemsize, ReadOnly: m.readonly,
		Exports: m.buf.Exports, pyView: r}, true, nil
}

func isPyFunction(v Value) bool { return !v.IsNil() && v.Type() == functionType }

// releasePy gives a Python exporter's view back to its __release_buffer__.
func (b *Buffer) releasePy(t *Thread, obj Value) *Exception {
	if b.pyView.IsNil() || b.released || t == nil {
		return nil
	}
	b.released = true
	if !isPyFunction(obj.Type().lookupS("__release_buffer__")) {
		// No Python __release_buffer__: the view __buffer__ returned is released.
		return mvRelease(t, b.pyView)
	}
	fn, ok, err := lookupSpecial(t, obj, "__release_buffer__")
	if err != nil || !ok {
		return err
	}
	_, err = Call(t, fn, b.pyView)
	return err
}

// bufferOf exports v's memory (v may be a memoryview: its view, contiguous);
// ok is false when v has no buffer protocol.
func bufferOf(t *Thread, v Value) (*Buffer, bool, *Exception) {
	if v.Type().layout == memoryViewType {
		m, err := mvSelf(v)
		if err != nil {
			return nil, true, err
		}
		return &Buffer{Data: m.contiguous(), Format: m.format, ItemSize: m.itemsize, ReadOnly: m.readonly}, true, nil
	}
	return getBuffer(t, v)
}

// ---- items in struct's native formats ----

// nativeFormat returns the single native format character of f ("i", "@i"),
// and its size; ok is false for any other format.
func nativeFormat(f string) (c byte, size int, ok bool) {
	if len(f) == 2 && f[0] == '@' {
		f = f[1:]
	}
	if len(f) != 1 {
		return 0, 0, false
	}
	switch c = f[0]; c {
	case 'c', 'b', 'B', '?':
		return c, 1, true
	case 'h', 'H', 'e':
		return c, 2, true
	case 'i', 'I', 'f':
		return c, 4, true
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return c, 8, true
	}
	return 0, 0, false
}

// formatSize is the item size of a native single-character struct format, 0 for
// any other.
func formatSize(f string) int { _, n, _ := nativeFormat(f); return n }

var ne = binary.NativeEndian

// unpackItem reads one item of native format c from b.
func unpackItem(c byte, b []byte) Value {
	switch c {
	case 'c':
		return NewBytes([]byte{b[0]})
	case 'b':
		return Int(int64(int8(b[0])))
	case 'B':
		return Int(int64(b[0]))
	case '?':
		return Bool(b[0] != 0)
	case 'h':
		return Int(int64(int16(ne.Uint16(b))))
	case 'H':
		return Int(int64(ne.Uint16(b)))
	case 'i':
		return Int(int64(int32(ne.Uint32(b))))
	case 'I':
		return Int(int64(ne.Uint32(b)))
	case 'l', 'q', 'n':
		return Int(int64(ne.Uint64(b)))
	case 'L', 'Q', 'N', 'P':
		u := ne.Uint64(b)
		if u <= math.MaxInt64 {
			return Int(int64(u))
		}
		return NewBigInt(new(big.Int).SetUint64(u))
	case 'e':
		return Float(halfToFloat(ne.Uint16(b)))
	case 'f':
		return Float(float64(math.Float32frombits(ne.Uint32(b))))
	case 'd':
		return Float(math.Float64frombits(ne.Uint64(b)))
	}
	return pyNone
}

// packItem writes v as one item of native format c into b; errors are
// memoryview's ("invalid type/value for format").
func packItem(t *Thread, c byte, b []byte, v Value) *Exception {
	badType := func() *Exception { return typeErrorf("memoryview: invalid type for format '%c'", c) }
	badValue := func() *Exception { return Errorf(valueError, "memoryview: invalid value for format '%c'", c) }
	switch c {
	case 'c':
		if v.Type().layout != bytesType {
			return badType()
		}
		if s := bytesOf(v); len(s) == 1 {
			b[0] = s[0]
			return nil
		}
		return badValue()
	case '?':
		ok, err := IsTrue(t, v)
		if err != nil {
			return err
		}
		b[0] = 0
		if ok {
			b[0] = 1
		}
		return nil
	case 'e', 'f', 'd':
		if !v.IsFloat() && !v.isInt() && v.Type().float == nil && v.Type().index == nil {
			return badType()
		}
		f, err := AsFloat(t, v)
		if err != nil {
			if err.Matches(typeError) {
				return badType()
			}
			return err
		}
		switch c {
		case 'd':
			ne.PutUint64(b, math.Float64bits(f))
		case 'f':
			ne.PutUint32(b, math.Float32bits(float32(f)))
		default:
			h, ok := floatToHalf(f)
			if !ok {
				return badValue()
			}
			ne.PutUint16(b, h)
		}
		return nil
	}
	if v.Type().index == nil && !v.IsSmallInt() {
		return badType()
	}
	iv, err := Index(t, v)
	if err != nil {
		return err
	}
	bi, _ := AsBigInt(iv)
	signed := c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'
	bits := uint(len(b) * 8)
	if signed {
		lim := new(big.Int).Lsh(big.NewInt(1), bits-1)
		if bi.Cmp(lim) >= 0 || bi.Cmp(new(big.Int).Neg(lim)) < 0 {
			return badValue()
		}
	} else if c == 'P' {
		if bi.Sign() > 0 && bi.BitLen() > 64 || bi.Sign() < 0 && !bi.IsInt64() {
			return badValue()
		}
	} else if bi.Sign() < 0 || bi.BitLen() > int(bits) {
		return badValue()
	}
	var u uint64
	if bi.Sign() < 0 {
		u = uint64(bi.Int64())
	} else {
		u = bi.Uint64()
	}
	switch len(b) {
	case 1:
		b[0] = byte(u)
	case 2:
		ne.PutUint16(b, uint16(u))
	case 4:
		ne.PutUint32(b, uint32(u))
	default:
		ne.PutUint64(b, u)
	}
	return nil
}

// halfToFloat and floatToHalf convert IEEE 754 binary16, rounding half to even;
// ok is false when f is finite but too large for binary16.
func halfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp, frac := int(h>>10&0x1f), float64(h&0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 0x1f:
		if frac != 0 {
			return math.NaN()
		}
		return math.Inf(int(sign))
	}
	return sign * math.Ldexp(1+frac/1024, exp-15)
}

func floatToHalf(f float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(f) {
		sign, f = 0x8000, -f
	}
	switch {
	case math.IsNaN(f):
		return sign | 0x7e00, true
	case math.IsInf(f, 0):
		return sign | 0x7c00, true
	case f == 0:
		return sign, true
	}
	m, e := math.Frexp(f) // f = m * 2**e, 0.5 <= m < 1
	if e < -13 {          // subnormal: units of 2**-24
		q := math.RoundToEven(math.Ldexp(f, 24))
		return sign | uint16(q), true // q == 1024 spills into the smallest normal
	}
	q := math.RoundToEven(math.Ldexp(m, 11)) // 1024..2048
	if q == 2048 {
		q, e = 1024, e+1
	}
	exp := e + 14
	if exp >= 31 {
		return 0, false
	}
	return sign | uint16(exp)<<10 | uint16(q-1024), true
}
