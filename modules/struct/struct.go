// Package structmod is the _struct module: conversion between Python values and
// C structs packed in bytes, by a format string, with CPython 3.13's sizes and
// alignment on Linux x86-64 and its struct.error messages. lib/struct.py
// re-exports it.
package structmod

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// Def is the _struct module.
var Def = &py.ModuleDef{Name: "_struct", Doc: moduleDoc, Methods: methods, Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	m.Set("Struct", py.TypeValue(structType()))
	m.Set("error", py.TypeValue(errorType()))
	m.SetState(&state{cache: map[cacheKey]*layout{}})
	return nil
}}

var iterType = sync.OnceValue(func() *py.Type { return py.NewType(iterDef) })

var structType = sync.OnceValue(func() *py.Type { return py.NewType(structDef) })

var errorType = sync.OnceValue(func() *py.Type { return py.NewExceptionType("struct.error", py.ExceptionT(), "") })

func structErr(format string, a ...any) *py.Exception {
	return py.Errorf(errorType(), format, a...)
}

// item is one code of a format with its repeat count (for s and p: the size).
type item struct {
	code   byte
	count  int
	offset int
	size   int // of one value
}

// layout is a parsed format.
type layout struct {
	format py.Value // as given (str or bytes)
	text   string
	order  byte // '@', '=', '<', '>' ('!' becomes '>')
	items  []item
	size   int
	nvals  int
}

type cacheKey struct {
	text  string
	bytes bool
}

type state struct{ cache map[cacheKey]*layout }

const maxCache = 100

func nativeSize(c byte) (size, align int, ok bool) {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1, 1, true
	case 'h', 'H', 'e':
		return 2, 2, true
	case 'i', 'I', 'f':
		return 4, 4, true
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return 8, 8, true
	}
	return 0, 0, false
}

func stdSize(c byte) (int, bool) {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1, true
	case 'h', 'H', 'e':
		return 2, true
	case 'i', 'I', 'l', 'L', 'f':
		return 4, true
	case 'q', 'Q', 'd':
		return 8, true
	}
	return 0, false
}

// parse reads a format (CPython's prepare_s).
func parse(format py.Value) (*layout, *py.Exception) {
	var text string
	if s, ok := py.AsStr(format); ok {
		text = s
	} else if b, ok := py.AsBytes(format); ok && format.Type().IsSubtype(py.BytesType()) {
		text = string(b)
	} else {
		return nil, py.Errorf(py.TypeError(), "Struct() argument 1 must be a str or bytes object, not %s", py.TypeName(format))
	}
	l := &layout{format: format, text: text, order: '@'}
	s := text
	if len(s) > 0 {
		switch s[0] {
		case '@', '=', '<', '>', '!':
			l.order = s[0]
			if l.order == '!' {
				l.order = '>'
			}
			s = s[1:]
		}
	}
	native := l.order == '@'
	size := 0
	tooLong := func() *py.Exception { return structErr("total struct size too long") }
	for i := 0; i < len(s); {
		c := s[i]
		i++
		if isSpace(c) {
			continue
		}
		num := 1
		if '0' <= c && c <= '9' {
			num = int(c - '0')
			for i < len(s) && '0' <= s[i] && s[i] <= '9' {
				if num > (math.MaxInt64-9)/10 {
					return nil, tooLong()
				}
				num = num*10 + int(s[i]-'0')
				i++
			}
			if i >= len(s) {
				return nil, structErr("repeat count given without format specifier")
			}
			c = s[i]
			i++
		}
		var isz, align int
		var ok bool
		if native {
			isz, align, ok = nativeSize(c)
		} else {
			isz, ok = stdSize(c)
			align = 1
		}
		if !ok {
			return nil, structErr("bad char in struct format")
		}
		if align > 1 {
			size = (size + align - 1) / align * align
		}
		switch c {
		case 's', 'p':
			l.items = append(l.items, item{code: c, count: 1, offset: size, size: num})
			l.nvals++
			if num > math.MaxInt64-size {
				return nil, tooLong()
			}
			size += num
		case 'x':
			if num > math.MaxInt64-size {
				return nil, tooLong()
			}
			size += num
		default:
			if num > 0 {
				if num > (math.MaxInt64-size)/isz {
					return nil, tooLong()
				}
				l.items = append(l.items, item{code: c, count: num, offset: size, size: isz})
				l.nvals += num
				size += num * isz
			}
		}
	}
	l.size = size
	return l, nil
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// cached parses a format through the module's cache of 100 entries.
func cached(t *py.Thread, format py.Value) (*layout, *py.Exception) {
	var st *state
	if mod, err := py.Import(t, "_struct"); err == nil {
		if m := py.ModuleOf(mod); m != nil {
			st, _ = m.State().(*state)
		}
	}
	var key cacheKey
	if s, ok := py.AsStr(format); ok && format.Type() == py.StrType() {
		key = cacheKey{text: s}
	} else if b, ok := py.AsBytes(format); ok && format.Type() == py.BytesType() {
		key = cacheKey{text: string(b), bytes: true}
	} else {
		st = nil
	}
	if st != nil {
		if l, ok := st.cache[key]; ok {
			return l, nil
		}
	}
	l, err := parse(format)
	if err != nil {
		return nil, err
	}
	if st != nil {
		if len(st.cache) >= maxCache {
			clear(st.cache)
		}
		st.cache[key] = l
	}
	return l, nil
}

func (l *layout) order16() binary.ByteOrder {
	if l.order == '>' {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// intArg converts a value to pack as an integer: ints and objects with
// __index__ (CPython's get_pylong).
func intArg(t *py.Thread, v py.Value) (*big.Int, *py.Exception) {
	if !py.IsInt(v) {
		if _, ok, _ := py.LookupSpecial(t, v, "__index__"); !ok {
			return nil, structErr("required argument is not an integer")
		}
		iv, err := py.Index(t, v)
		if err != nil {
			return nil, err
		}
		v = iv
	}
	if n, ok := py.AsInt64(v); ok {
		return big.NewInt(n), nil
	}
	b, _ := py.AsBigInt(v)
	return b, nil
}

func rangeErr(c byte, size int, signed bool) *py.Exception {
	bits := uint(size * 8)
	if signed {
		lo := new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
		hi := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
		return structErr("'%c' format requires %s <= number <= %s", c, lo, hi)
	}
	hi := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
	return structErr("'%c' format requires 0 <= number <= %s", c, hi)
}

func floatArg(t *py.Thread, v py.Value) (float64, *py.Exception) {
	if f, ok := py.FloatValue(v); ok {
		return f, nil
	}
	if _, ok, _ := py.LookupSpecial(t, v, "__float__"); !ok {
		if _, ok, _ := py.LookupSpecial(t, v, "__index__"); !ok {
			return 0, structErr("required argument is not a float")
		}
	}
	return py.AsFloat(t, v)
}

// packOne writes value v for code c of the given size at b.
func (l *layout) packOne(t *py.Thread, b []byte, c byte, size int, v py.Value) *py.Exception {
	order := l.order16()
	switch c {
	case 'c':
		bs, ok := py.AsBytes(v)
		if !ok || !v.Type().IsSubtype(py.BytesType()) || len(bs) != 1 {
			return structErr("char format requires a bytes object of length 1")
		}
		b[0] = bs[0]
	case '?':
		ok, err := py.IsTrue(t, v)
		if err != nil {
			return err
		}
		if ok {
			b[0] = 1
		} else {
			b[0] = 0
		}
	case 'e', 'f', 'd':
		f, err := floatArg(t, v)
		if err != nil {
			return err
		}
		switch c {
		case 'd':
			order.PutUint64(b, math.Float64bits(f))
		case 'f':
			f32 := float32(f)
			if math.IsInf(float64(f32), 0) && !math.IsInf(f, 0) && l.order != '@' {
				return py.Errorf(py.OverflowError(), "float too large to pack with f format")
			}
			order.PutUint32(b, math.Float32bits(f32))
		case 'e':
			h, ok := toHalf(f)
			if !ok {
				return py.Errorf(py.OverflowError(), "float too large to pack with e format")
			}
			order.PutUint16(b, h)
		}
	default: // integers
		n, err := intArg(t, v)
		if err != nil {
			return err
		}
		signed := c == 'b' || c == 'h' || c == 'i' || c == 'l' || c == 'q' || c == 'n'
		var u uint64
		if c == 'P' {
			// A pointer: any value that fits in 64 bits, signed or not.
			if n.Sign() < 0 {
				if n.BitLen() > 64 || n.BitLen() == 64 && !isMinPow(n, 63) {
					return structErr("int too large to convert")
				}
				u = uint64(n.Int64())
			} else {
				if n.BitLen() > 64 {
					return structErr("int too large to convert")
				}
				u = n.Uint64()
			}
		} else if signed {
			if n.BitLen() > size*8-1 && !(n.Sign() < 0 && isMinPow(n, size*8-1)) {
				return rangeErr(c, size, true)
			}
			u = uint64(n.Int64())
		} else {
			if n.Sign() < 0 || n.BitLen() > size*8 {
				return rangeErr(c, size, false)
			}
			u = n.Uint64()
		}
		putUint(b[:size], u, l.order == '>')
	}
	return nil
}

// isMinPow reports whether n == -2**bits.
func isMinPow(n *big.Int, bits int) bool {
	m := new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), uint(bits)))
	return n.Cmp(m) == 0
}

func putUint(b []byte, u uint64, big bool) {
	n := len(b)
	for i := 0; i < n; i++ {
		if big {
			b[n-1-i] = byte(u >> (8 * i))
		} else {
			b[i] = byte(u >> (8 * i))
		}
	}
}

func getUint(b []byte, big bool) uint64 {
	var u uint64
	n := len(b)
	for i := 0; i < n; i++ {
		if big {
			u |= uint64(b[n-1-i]) << (8 * i)
		} else {
			u |= uint64(b[i]) << (8 * i)
		}
	}
	return u
}

// pack writes args into b (len(b) >= l.size, zeroed).
func (l *layout) pack(t *py.Thread, b []byte, args []py.Value) *py.Exception {
	if len(args) != l.nvals {
		return structErr("pack expected %d items for packing (got %d)", l.nvals, len(args))
	}
	k := 0
	for _, it := range l.items {
		if it.code == 's' || it.code == 'p' {
			v := args[k]
			k++
			bs, ok := py.AsBytes(v)
			if !ok {
				return structErr("argument for '%c' must be a bytes object", it.code)
			}
			dst := b[it.offset : it.offset+it.size]
			if it.code == 's' {
				copy(dst, bs)
			} else if it.size > 0 {
				n := min(len(bs), it.size-1, 255)
				copy(dst[1:], bs[:n])
				dst[0] = byte(n)
			}
			continue
		}
		for j := 0; j < it.count; j++ {
			off := it.offset + j*it.size
			if err := l.packOne(t, b[off:off+it.size], it.code, it.size, args[k]); err != nil {
				return err
			}
			k++
		}
	}
	return nil
}

// unpack reads the values of b (len(b) == l.size).
func (l *layout) unpack(b []byte) py.Value {
	out := make([]py.Value, 0, l.nvals)
	bigEnd := l.order == '>'
	order := l.order16()
	for _, it := range l.items {
		switch it.code {
		case 's':
			out = append(out, py.NewBytes(append([]byte(nil), b[it.offset:it.offset+it.size]...)))
			continue
		case 'p':
			if it.size == 0 {
				out = append(out, py.NewBytes(nil))
				continue
			}
			n := min(int(b[it.offset]), it.size-1)
			out = append(out, py.NewBytes(append([]byte(nil), b[it.offset+1:it.offset+1+n]...)))
			continue
		}
		for j := 0; j < it.count; j++ {
			p := b[it.offset+j*it.size : it.offset+(j+1)*it.size]
			var v py.Value
			switch it.code {
			case 'c':
				v = py.NewBytes([]byte{p[0]})
			case '?':
				v = py.Bool(p[0] != 0)
			case 'e':
				v = py.Float(fromHalf(order.Uint16(p)))
			case 'f':
				v = py.Float(float64(math.Float32frombits(order.Uint32(p))))
			case 'd':
				v = py.Float(math.Float64frombits(order.Uint64(p)))
			case 'b', 'h', 'i', 'l', 'q', 'n':
				u := getUint(p, bigEnd)
				shift := uint(64 - 8*it.size)
				v = py.Int(int64(u<<shift) >> shift)
			default:
				u := getUint(p, bigEnd)
				if u > math.MaxInt64 {
					v = py.NewBigInt(new(big.Int).SetUint64(u))
				} else {
					v = py.Int(int64(u))
				}
			}
			out = append(out, v)
		}
	}
	return py.NewTuple(out...)
}

// toHalf rounds f to IEEE binary16 (round half to even), as PyFloat_Pack2.
func toHalf(f float64) (uint16, bool) {
	bits := math.Float64bits(f)
	sign := uint16(bits>>48) & 0x8000
	if math.IsNaN(f) {
		return sign | 0x7e00, true
	}
	a := math.Abs(f)
	if math.IsInf(f, 0) {
		return sign | 0x7c00, true
	}
	if a == 0 {
		return sign, true
	}
	frac, exp := math.Frexp(a) // a = frac * 2**exp, 0.5 <= frac < 1
	if exp > 16 {
		return 0, false
	}
	var e int
	var m float64
	if exp < -13 { // subnormal
		m = math.Ldexp(a, 24)
		e = 0
	} else {
		e = exp + 14
		m = (frac*2 - 1) * 1024
	}
	mi := math.RoundToEven(m)
	if e == 0 {
		if mi >= 1024 {
			return sign | 0x0400, true
		}
		return sign | uint16(mi), true
	}
	if mi >= 1024 {
		mi = 0
		e++
		if e >= 31 {
			return 0, false
		}
	}
	return sign | uint16(e)<<10 | uint16(mi), true
}

func fromHalf(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	e := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch e {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 31:
		if m == 0 {
			return sign * math.Inf(1)
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1+m/1024, e-15)
}

var _ = strconv.Itoa
