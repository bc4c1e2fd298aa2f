package py

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"unsafe"
)

// bytes and bytearray share one layout and one method set; the methods return
// a bytearray when self is one and bytes otherwise (CPython's bytes_methods.c).

type bytesObj struct {
	Header
	b       []byte
	exports *Exports // a bytearray's views (buffer.go); nil until the first
}

var (
	bytesType         = newType("bytes", nil, nil)
	byteArrayType     = newType("bytearray", nil, nil)
	bytesIterType     = newType("bytes_iterator", nil, nil)
	byteArrayIterType = newType("bytearray_iterator", nil, nil)
)

// NewBytes makes a bytes object that owns b.
func NewBytes(b []byte) Value {
	return Value{p: unsafe.Pointer(&bytesObj{Header: Header{typ: bytesType}, b: b})}
}

func newByteArray(b []byte) Value {
	return Value{p: unsafe.Pointer(&bytesObj{Header: Header{typ: byteArrayType}, b: b})}
}

func bytesOf(v Value) []byte { return (*bytesObj)(v.p).b }

func isByteArray(v Value) bool { return v.Type().layout == byteArrayType }

// resizable is the check a bytearray makes before its size changes: BufferError
// while a memoryview is alive over it (buffer.go).
func resizable(v Value) *Exception { return (*bytesObj)(v.p).exports.CheckResize() }

// likeSelf wraps b as a bytearray when self is one (of any subclass) and as
// bytes otherwise.
func likeSelf(self Value, b []byte) Value {
	if isByteArray(self) {
		return newByteArray(b)
	}
	return NewBytes(b)
}

// bytesLike returns the contents of an object with the buffer protocol
// (buffer.go): bytes, bytearray, memoryview (its bytes in C order, a copy when
// the view is not contiguous) or a native exporter.
func bytesLike(v Value) ([]byte, bool) {
	switch v.Type().layout {
	case bytesType, byteArrayType:
		return bytesOf(v), true
	case memoryViewType:
		m := (*memoryView)(v.p)
		if m.released || !m.fits() {
			return nil, true
		}
		return m.contiguous(), true
	}
	for typ := v.Type(); typ != nil; typ = typ.base {
		if typ.num.getbuf != nil {
			b, err := typ.num.getbuf(nil, v)
			if err != nil {
				return nil, false
			}
			return b.Data, true
		}
	}
	return nil, false
}

// needBytes is a bytes-like argument: "a bytes-like object is required, not 'str'".
func needBytes(v Value) ([]byte, *Exception) {
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	return nil, typeErrorf("a bytes-like object is required, not '%s'", typeName(v))
}

// byteValue is an int argument that must fit in a byte.
func byteValue(t *Thread, v Value) (byte, *Exception) {
	n, err := IndexInt(t, v, nil)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, Errorf(valueError, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// subArg is the needle of find, count, index and friends: a bytes-like object
// or an int in range(256).
func subArg(t *Thread, v Value) ([]byte, *Exception) {
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	if v.Type().index == nil {
		return nil, typeErrorf("argument should be integer or bytes-like object, not '%s'", typeName(v))
	}
	c, err := byteValue(t, v)
	if err != nil {
		return nil, err
	}
	return []byte{c}, nil
}

// bytesFromIterable is bytes(iterable of ints).
func bytesFromIterable(t *Thread, v Value) ([]byte, *Exception) {
	var out []byte
	err := Iterate(t, v, func(x Value) *Exception {
		n, err := IndexInt(t, x, nil)
		if err != nil {
			return err
		}
		if n < 0 || n > 255 {
			return Errorf(valueError, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(n))
		return nil
	})
	return out, err
}

// bytesFromObject returns the bytes of a bytes-like object or of an iterable
// of ints.
func bytesFromObject(t *Thread, v Value) ([]byte, *Exception) {
	if v.Type().layout == memoryViewType {
		if _, err := mvSelf(v); err != nil {
			return nil, err
		}
	}
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	if v.Type().iter == nil && v.Type().getitem == nil {
		return nil, typeErrorf("cannot convert '%s' object to bytes", typeName(v))
	}
	return bytesFromIterable(t, v)
}

// bytesInit computes the contents of bytes(...) and bytearray(...).
func bytesInit(t *Thread, name string, args []Value, kw *Tuple) ([]byte, *Exception) {
	var a [3]Value
	if err := parseArgs(name, args, kw, []string{"source", "encoding", "errors"}, 0, 0, -1, a[:]); err != nil {
		return nil, err
	}
	src := a[0]
	enc, errs := "utf-8", "strict"
	for i, dst := range []*string{&enc, &errs} {
		if v := a[i+1]; !v.IsNil() {
			if v.Type().layout != strType {
				return nil, typeErrorf("%s() argument '%s' must be str, not %s", name, []string{"encoding", "errors"}[i], typeName(v))
			}
			*dst = v.str().s
		}
	}
	if !a[1].IsNil() || !a[2].IsNil() {
		if src.IsNil() || src.Type().layout != strType {
			if src.IsNil() || a[1].IsNil() {
				return nil, typeErrorf("encoding or errors without sequence argument")
			}
			return nil, typeErrorf("encoding without a string argument")
		}
		r, err := encodeStr(t, src.str(), enc, errs)
		if err != nil {
			return nil, err
		}
		return bytesOf(r), nil
	}
	if src.IsNil() {
		return nil, nil
	}
	if src.Type().layout == strType {
		return nil, typeErrorf("string argument without an encoding")
	}
	if name == "bytes" {
		if m, found, err := lookupSpecial(t, src, "__bytes__"); err != nil {
			return nil, err
		} else if found {
			r, err := Call(t, m)
			if err != nil {
				return nil, err
			}
			if r.Type().layout != bytesType {
				return nil, typeErrorf("__bytes__ returned non-bytes (type %s)", typeName(r))
			}
			return bytesOf(r), nil
		}
	}
	if src.Type().layout == memoryViewType {
		if _, err := mvSelf(src); err != nil {
			return nil, err
		}
	}
	if src.Type().heap && src.Type().layout != bytesType && src.Type().layout != byteArrayType {
		if b, ok, err := pyBuffer(t, src); ok || err != nil {
			if err != nil {
				return nil, err
			}
			out := bytes.Clone(b.Data)
			return out, b.releasePy(t, src)
		}
	}
	if b, ok := bytesLike(src); ok {
		return bytes.Clone(b), nil
	}
	if src.Type().index != nil {
		n, err := IndexInt(t, src, overflowError)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(valueError, "negative count")
		}
		if err := t.checkAlloc(n, 1); err != nil {
			return nil, err
		}
		return make([]byte, n), nil
	}
	if src.Type().iter == nil && src.Type().getitem == nil {
		return nil, typeErrorf("cannot convert '%s' object to %s", typeName(src), name)
	}
	return bytesFromIterable(t, src)
}

func bytesRepr(b []byte) string {
	q := byte('\'')
	if bytes.IndexByte(b, '\'') >= 0 && bytes.IndexByte(b, '"') < 0 {
		q = '"'
	}
	var sb strings.Builder
	sb.WriteString("b")
	sb.WriteByte(q)
	for _, c := range b {
		switch {
		case c == q || c == '\\':
			sb.WriteByte('\\')
			sb.WriteByte(c)
		case c == '\t':
			sb.WriteString(`\t`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&sb, `\x%02x`, c)
		default:
			sb.WriteByte(c)
		}
	}
	sb.WriteByte(q)
	return sb.String()
}

// ---- ASCII character classes (Python's bytes methods ignore locales) ----

func isSpaceB(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }
func isLowerB(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperB(c byte) bool { return c >= 'A' && c <= 'Z' }
func isAlphaB(c byte) bool { return isLowerB(c) || isUpperB(c) }
func isDigitB(c byte) bool { return c >= '0' && c <= '9' }
func toLowerB(c byte) byte {
	if isUpperB(c) {
		return c + 32
	}
	return c
}
func toUpperB(c byte) byte {
	if isLowerB(c) {
		return c - 32
	}
	return c
}

// byteRange converts the optional start/end arguments like strRange.
func byteRange(t *Thread, n int, a []Value) (int, int, *Exception) {
	start, end := 0, n
	var err *Exception
	if len(a) > 0 && !a[0].IsNone() {
		if start, err = sliceIndexArg(t, a[0], n+1); err != nil {
			return 0, 0, err
		}
	}
	if len(a) > 1 && !a[1].IsNone() {
		if end, err = sliceIndexArg(t, a[1], n); err != nil {
			return 0, 0, err
		}
	}
	return start, end, nil
}

// splitWhite splits on runs of ASCII whitespace, at most max times (max < 0:
// no limit), from the right when rev.
func splitWhite(s []byte, max int, rev bool) [][]byte {
	var parts [][]byte
	if !rev {
		i := 0
		for {
			for i < len(s) && isSpaceB(s[i]) {
				i++
			}
			if i == len(s) {
				break
			}
			if max >= 0 && len(parts) == max {
				parts = append(parts, s[i:])
				break
			}
			j := i
			for j < len(s) && !isSpaceB(s[j]) {
				j++
			}
			parts = append(parts, s[i:j])
			i = j
		}
		return parts
	}
	j := len(s)
	for {
		for j > 0 && isSpaceB(s[j-1]) {
			j--
		}
		if j == 0 {
			break
		}
		if max >= 0 && len(parts) == max {
			parts = append(parts, s[:j])
			break
		}
		i := j
		for i > 0 && !isSpaceB(s[i-1]) {
			i--
		}
		parts = append(parts, s[i:j])
		j = i
	}
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return parts
}

// splitSep splits on sep, at most max times, from the right when rev.
func splitSep(s, sep []byte, max int, rev bool) [][]byte {
	if !rev {
		if max < 0 {
			return bytes.Split(s, sep)
		}
		return bytes.SplitN(s, sep, max+1)
	}
	var parts [][]byte
	for max < 0 || len(parts) < max {
		j := bytes.LastIndex(s, sep)
		if j < 0 {
			break
		}
		parts = append(parts, s[j+len(sep):])
		s = s[:j]
	}
	parts = append(parts, s)
	for l, r := 0, len(parts)-1; l < r; l, r = l+1, r-1 {
		parts[l], parts[r] = parts[r], parts[l]
	}
	return parts
}

func bytesSplitMethod(qual string, rev bool) *MethodDef {
	name := qual[indexDot(qual):]
	return &MethodDef{Name: name, Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
		var a [2]Value
		if err := parseArgs(name, args, kw, []string{"sep", "maxsplit"}, 0, 0, -1, a[:]); err != nil {
			return Value{}, err
		}
		max := int64(-1)
		if !a[1].IsNil() {
			var err *Exception
			if max, err = IndexInt(t, a[1], nil); err != nil {
				return Value{}, err
			}
		}
		s := bytesOf(self)
		var parts [][]byte
		if a[0].IsNil() || a[0].IsNone() {
			parts = splitWhite(s, int(max), rev)
		} else {
			sep, err := needBytes(a[0])
			if err != nil {
				return Value{}, err
			}
			if len(sep) == 0 {
				return Value{}, Errorf(valueError, "empty separator")
			}
			if max < 0 {
				max = -1
			}
			parts = splitSep(s, sep, int(max), rev)
		}
		out := make([]Value, len(parts))
		for i, p := range parts {
			out[i] = likeSelf(self, bytes.Clone(p))
		}
		return NewList(out).Value(), nil
	}}
}

func bytesFindMethod(name string, rev, raise bool, count bool) *MethodDef {
	return methN(name, 1, 3, func(t *Thread, self Value, a []Value) (Value, *Exception) {
		s := bytesOf(self)
		sub, err := subArg(t, a[0])
		if err != nil {
			return Value{}, err
		}
		start, end, err := byteRange(t, len(s), a[1:])
		if err != nil {
			return Value{}, err
		}
		if count {
			if start > end {
				return Int(0), nil
			}
			if len(sub) == 0 {
				return Int(int64(end - start + 1)), nil
			}
			return Int(int64(bytes.Count(s[start:end], sub))), nil
		}
		idx := -1
		if start <= end {
			if rev {
				idx = bytes.LastIndex(s[start:end], sub)
			} else {
				idx = bytes.Index(s[start:end], sub)
			}
			if idx >= 0 {
				idx += start
			}
		}
		if idx < 0 && raise {
			return Value{}, Errorf(valueError, "subsection not found")
		}
		return Int(int64(idx)), nil
	})
}

func bytesAffixMethod(name string, prefix bool) *MethodDef {
	return methN(name, 1, 3, func(t *Thread, self Value, a []Value) (Value, *Exception) {
		s := bytesOf(self)
		start, end, err := byteRange(t, len(s), a[1:])
		if err != nil {
			return Value{}, err
		}
		var cands []Value
		if items, ok := a[0].tupleItems(); ok {
			cands = items
		} else {
			cands = a[:1]
		}
		for _, c := range cands {
			p, ok := bytesLike(c)
			if !ok {
				if len(cands) == 1 && a[0].Type().layout != tupleType {
					return Value{}, typeErrorf("%s first arg must be bytes or a tuple of bytes, not %s", name[indexDot(name):], typeName(c))
				}
				return Value{}, typeErrorf("a bytes-like object is required, not '%s'", typeName(c))
			}
			if start > len(s) || end-start < len(p) {
				continue
			}
			if prefix && bytes.HasPrefix(s[start:end], p) || !prefix && bytes.HasSuffix(s[start:end], p) {
				return pyTrue, nil
			}
		}
		return pyFalse, nil
	})
}

func bytesStripMethod(name string, left, right bool) *MethodDef {
	return methN(name, 0, 1, func(t *Thread, self Value, a []Value) (Value, *Exception) {
		s := bytesOf(self)
		in := func(c byte) bool { return isSpaceB(c) }
		if len(a) == 1 && !a[0].IsNone() {
			chars, err := needBytes(a[0])
			if err != nil {
				return Value{}, err
			}
			in = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
		}
		i, j := 0, len(s)
		if left {
			for i < j && in(s[i]) {
				i++
			}
		}
		if right {
			for j > i && in(s[j-1]) {
				j--
			}
		}
		return likeSelf(self, bytes.Clone(s[i:j])), nil
	})
}

func bytesPadMethod(name string, align byte) *MethodDef {
	return methN(name, 1, 2, func(t *Thread, self Value, a []Value) (Value, *Exception) {
		w, err := IndexInt(t, a[0], nil)
		if err != nil {
			return Value{}, err
		}
		fill := byte(' ')
		if len(a) == 2 {
			l := a[1].Type().layout
			if l != bytesType && l != byteArrayType || len(bytesOf(a[1])) != 1 {
				return Value{}, typeErrorf("%s() argument 2 must be a byte string of length 1, not %s", name[indexDot(name):], typeName(a[1]))
			}
			fill = bytesOf(a[1])[0]
		}
		s := bytesOf(self)
		if int64(len(s)) >= w {
			return likeSelf(self, bytes.Clone(s)), nil
		}
		if err := t.checkAlloc(w, 1); err != nil {
			return Value{}, err
		}
		n := int(w) - len(s)
		l := 0
		switch align {
		case '>':
			l = n
		case '^':
			l = n / 2
			if n%2 == 1 && w%2 == 1 {
				l++
			}
		}
		out := make([]byte, 0, w)
		out = append(out, bytes.Repeat([]byte{fill}, l)...)
		out = append(out, s...)
		out = append(out, bytes.Repeat([]byte{fill}, n-l)...)
		return likeSelf(self, out), nil
	})
}

func bytesMapMethod(name string, f func(s []byte) []byte) *MethodDef {
	return methNoArgs(name, func(t *Thread, self Value) (Value, *Exception) {
		return likeSelf(self, f(bytesOf(self))), nil
	})
}

func bytesPredMethod(name string, f func(s []byte) bool) *MethodDef {
	return methNoArgs(name, func(t *Thread, self Value) (Value, *Exception) { return Bool(f(bytesOf(self))), nil })
}

func allBytes(f func(c byte) bool) func(s []byte) bool {
	return func(s []byte) bool {
		if len(s) == 0 {
			return false
		}
		for _, c := range s {
			if !f(c) {
				return false
			}
		}
		return true
	}
}

func mapBytes(f func(c byte) byte) func(s []byte) []byte {
	return func(s []byte) []byte {
		out := make([]byte, len(s))
		for i, c := range s {
			out[i] = f(c)
		}
		return out
	}
}

// casedCheck is islower/isupper: at least one cased byte, none of the other case.
func casedCheck(want, other func(byte) bool) func(s []byte) bool {
	return func(s []byte) bool {
		seen := false
		for _, c := range s {
			if other(c) {
				return false
			}
			if want(c) {
				seen = true
			}
		}
		return seen
	}
}

func bytesTitle(s []byte) []byte {
	out := make([]byte, len(s))
	prevCased := false
	for i, c := range s {
		switch {
		case isLowerB(c) && !prevCased:
			c = toUpperB(c)
		case isUpperB(c) && prevCased:
			c = toLowerB(c)
		}
		prevCased = isAlphaB(c)
		out[i] = c
	}
	return out
}

func bytesIsTitle(s []byte) bool {
	cased, prevCased := false, false
	for _, c := range s {
		switch {
		case isUpperB(c):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerB(c):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

func bytesExpandTabs(s []byte, tab int64) []byte {
	var out []byte
	col := int64(0)
	for _, c := range s {
		switch c {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				out = append(out, bytes.Repeat([]byte{' '}, int(n))...)
				col += n
			}
		case '\n', '\r':
			out = append(out, c)
			col = 0
		default:
			out = append(out, c)
			col++
		}
	}
	return out
}

func bytesHex(t *Thread, b []byte, args []Value, kw *Tuple) (Value, *Exception) {
	var a [2]Value
	if err := parseArgs("hex", args, kw, []string{"sep", "bytes_per_sep"}, 0, 0, -1, a[:]); err != nil {
		return Value{}, err
	}
	h := fmt.Sprintf("%x", b)
	if a[0].IsNil() || len(b) == 0 {
		return NewStr(h), nil
	}
	var sep string
	switch a[0].Type().layout {
	case strType:
		sep = a[0].str().s
	case bytesType, byteArrayType:
		sep = string(bytesOf(a[0]))
	default:
		return Value{}, typeErrorf("sep must be str or bytes.")
	}
	if len(sep) != 1 || sep[0] >= 0x80 {
		return Value{}, Errorf(valueError, "sep must be length 1.")
	}
	per := int64(1)
	if !a[1].IsNil() {
		var err *Exception
		if per, err = IndexInt(t, a[1], nil); err != nil {
			return Value{}, err
		}
	}
	if per == 0 {
		return NewStr(h), nil
	}
	group := per
	if group < 0 {
		group = -group
	}
	var groups []string
	n := int64(len(b))
	if per > 0 { // groups counted from the right
		first := n % group
		if first != 0 {
			groups = append(groups, h[:first*2])
		}
		for i := first; i < n; i += group {
			groups = append(groups, h[i*2:(i+group)*2])
		}
	} else {
		for i := int64(0); i < n; i += group {
			e := i + group
			if e > n {
				e = n
			}
			groups = append(groups, h[i*2:e*2])
		}
	}
	return NewStr(strings.Join(groups, sep)), nil
}

func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func bytesFromHex(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
	if err := noKwargs("fromhex", kw); err != nil {
		return Value{}, err
	}
	if err := checkArgs("fromhex", args, 1, 1); err != nil {
		return Value{}, err
	}
	if args[0].Type().layout != strType {
		return Value{}, typeErrorf("fromhex() argument must be str, not %s", typeName(args[0]))
	}
	s := args[0].str().s
	var out []byte
	for i := 0; i < len(s); {
		if isSpaceB(s[i]) {
			i++
			continue
		}
		hi := hexDigit(s[i])
		if hi < 0 {
			return Value{}, Errorf(valueError, "non-hexadecimal number found in fromhex() arg at position %d", countRunes(s[:i]))
		}
		if i+1 >= len(s) || hexDigit(s[i+1]) < 0 {
			return Value{}, Errorf(valueError, "non-hexadecimal number found in fromhex() arg at position %d", countRunes(s[:i+1]))
		}
		out = append(out, byte(hi<<4|hexDigit(s[i+1])))
		i += 2
	}
	typ := cls.typeObj()
	switch typ {
	case bytesType:
		return NewBytes(out), nil
	case byteArrayType:
		return newByteArray(out), nil
	}
	if typ.layout == byteArrayType {
		return Call(t, cls, newByteArray(out))
	}
	return Call(t, cls, NewBytes(out))
}

func bytesMethodDefs(tn string) []*MethodDef {
	return []*MethodDef{
		&MethodDef{Name: "decode", Fn: bytesDecodeMethod},
		&MethodDef{Name: "hex", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			return bytesHex(t, bytesOf(self), args, kw)
		}},
		&MethodDef{Name: "fromhex", Class: true, Fn: bytesFromHex},
		bytesSplitMethod(tn+".split", false),
		bytesSplitMethod(tn+".rsplit", true),
		bytesFindMethod(tn+".find", false, false, false),
		bytesFindMethod(tn+".rfind", true, false, false),
		bytesFindMethod(tn+".index", false, true, false),
		bytesFindMethod(tn+".rindex", true, true, false),
		bytesFindMethod(tn+".count", false, false, true),
		bytesAffixMethod(tn+".startswith", true),
		bytesAffixMethod(tn+".endswith", false),
		bytesStripMethod(tn+".strip", true, true),
		bytesStripMethod(tn+".lstrip", true, false),
		bytesStripMethod(tn+".rstrip", false, true),
		bytesPadMethod(tn+".center", '^'),
		bytesPadMethod(tn+".ljust", '<'),
		bytesPadMethod(tn+".rjust", '>'),
		bytesMapMethod(tn+".lower", mapBytes(toLowerB)),
		bytesMapMethod(tn+".upper", mapBytes(toUpperB)),
		bytesMapMethod(tn+".swapcase", mapBytes(func(c byte) byte {
			if isLowerB(c) {
				return c - 32
			}
			return toLowerB(c)
		})),
		bytesMapMethod(tn+".title", bytesTitle),
		bytesMapMethod(tn+".capitalize", func(s []byte) []byte {
			out := mapBytes(toLowerB)(s)
			if len(out) > 0 {
				out[0] = toUpperB(out[0])
			}
			return out
		}),
		bytesPredMethod(tn+".isalnum", allBytes(func(c byte) bool { return isAlphaB(c) || isDigitB(c) })),
		bytesPredMethod(tn+".isalpha", allBytes(isAlphaB)),
		bytesPredMethod(tn+".isdigit", allBytes(isDigitB)),
		bytesPredMethod(tn+".isspace", allBytes(isSpaceB)),
		bytesPredMethod(tn+".isascii", func(s []byte) bool {
			for _, c := range s {
				if c >= 0x80 {
					return false
				}
			}
			return true
		}),
		bytesPredMethod(tn+".islower", casedCheck(isLowerB, isUpperB)),
		bytesPredMethod(tn+".isupper", casedCheck(isUpperB, isLowerB)),
		bytesPredMethod(tn+".istitle", bytesIsTitle),
		methN(tn+".zfill", 1, 1, func(t *Thread, self Value, a []Value) (Value, *Exception) {
			w, err := IndexInt(t, a[0], nil)
			if err != nil {
				return Value{}, err
			}
			s := bytesOf(self)
			if int64(len(s)) >= w {
				return likeSelf(self, bytes.Clone(s)), nil
			}
			if err := t.checkAlloc(w, 1); err != nil {
				return Value{}, err
			}
			n := int(w) - len(s)
			out := make([]byte, 0, w)
			if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
				out = append(out, s[0])
				s = s[1:]
			}
			out = append(out, bytes.Repeat([]byte{'0'}, n)...)
			return likeSelf(self, append(out, s...)), nil
		}),
		&MethodDef{Name: "expandtabs", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [1]Value
			if err := parseArgs("expandtabs", args, kw, []string{"tabsize"}, 0, 0, -1, a[:]); err != nil {
				return Value{}, err
			}
			tab := int64(8)
			if !a[0].IsNil() {
				var err *Exception
				if tab, err = IndexInt(t, a[0], nil); err != nil {
					return Value{}, err
				}
			}
			return likeSelf(self, bytesExpandTabs(bytesOf(self), tab)), nil
		}},
		&MethodDef{Name: "splitlines", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			keep, err := keependsArg(t, args, kw)
			if err != nil {
				return Value{}, err
			}
			s := bytesOf(self)
			out := []Value{}
			for i := 0; i < len(s); {
				j := i
				for j < len(s) && s[j] != '\n' && s[j] != '\r' {
					j++
				}
				e := j
				if j < len(s) {
					if s[j] == '\r' && j+1 < len(s) && s[j+1] == '\n' {
						j += 2
					} else {
						j++
					}
				}
				if keep {
					e = j
				}
				out = append(out, likeSelf(self, bytes.Clone(s[i:e])))
				i = j
			}
			return NewList(out).Value(), nil
		}},
		methN(tn+".partition", 1, 1, func(t *Thread, self Value, a []Value) (Value, *Exception) {
			return bytesPartition(self, a[0], false)
		}),
		methN(tn+".rpartition", 1, 1, func(t *Thread, self Value, a []Value) (Value, *Exception) {
			return bytesPartition(self, a[0], true)
		}),
		methN(tn+".replace", 2, 3, func(t *Thread, self Value, a []Value) (Value, *Exception) {
			old, err := needBytes(a[0])
			if err != nil {
				return Value{}, err
			}
			nw, err := needBytes(a[1])
			if err != nil {
				return Value{}, err
			}
			n := int64(-1)
			if len(a) == 3 {
				if n, err = IndexInt(t, a[2], nil); err != nil {
					return Value{}, err
				}
			}
			if n > int64(len(bytesOf(self)))+1 {
				n = int64(len(bytesOf(self))) + 1
			}
			return likeSelf(self, bytes.Replace(bytesOf(self), old, nw, int(n))), nil
		}),
		methO(tn+".removeprefix", func(t *Thread, self, x Value) (Value, *Exception) {
			p, err := needBytes(x)
			if err != nil {
				return Value{}, err
			}
			return likeSelf(self, bytes.Clone(bytes.TrimPrefix(bytesOf(self), p))), nil
		}),
		methO(tn+".removesuffix", func(t *Thread, self, x Value) (Value, *Exception) {
			p, err := needBytes(x)
			if err != nil {
				return Value{}, err
			}
			return likeSelf(self, bytes.Clone(bytes.TrimSuffix(bytesOf(self), p))), nil
		}),
		methO(tn+".join", func(t *Thread, self, it Value) (Value, *Exception) {
			items, err := ToSlice(t, it)
			if err != nil {
				return Value{}, err
			}
			sep := bytesOf(self)
			var out []byte
			for i, x := range items {
				b, ok := bytesLike(x)
				if !ok {
					return Value{}, typeErrorf("sequence item %d: expected a bytes-like object, %s found", i, typeName(x))
				}
				if i > 0 {
					out = append(out, sep...)
				}
				out = append(out, b...)
			}
			if out == nil {
				out = []byte{}
			}
			return likeSelf(self, out), nil
		}),
		&MethodDef{Name: "translate", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [2]Value
			if err := parseArgs("translate", args, kw, []string{"table", "delete"}, 1, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			var table []byte
			if !a[0].IsNone() {
				var err *Exception
				if table, err = needBytes(a[0]); err != nil {
					return Value{}, err
				}
				if len(table) != 256 {
					return Value{}, Errorf(valueError, "translation table must be 256 characters long")
				}
			}
			var del []byte
			if !a[1].IsNil() {
				var err *Exception
				if del, err = needBytes(a[1]); err != nil {
					return Value{}, err
				}
			}
			var out []byte
			for _, c := range bytesOf(self) {
				if bytes.IndexByte(del, c) >= 0 {
					continue
				}
				if table != nil {
					c = table[c]
				}
				out = append(out, c)
			}
			if out == nil {
				out = []byte{}
			}
			return likeSelf(self, out), nil
		}},
		&MethodDef{Name: "maketrans", Static: true, Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := noKwargs("maketrans", kw); err != nil {
				return Value{}, err
			}
			if err := checkArgs("maketrans", args, 2, 2); err != nil {
				return Value{}, err
			}
			from, err := needBytes(args[0])
			if err != nil {
				return Value{}, err
			}
			to, err := needBytes(args[1])
			if err != nil {
				return Value{}, err
			}
			if len(from) != len(to) {
				return Value{}, Errorf(valueError, "maketrans arguments must have same length")
			}
			out := make([]byte, 256)
			for i := range out {
				out[i] = byte(i)
			}
			for i, c := range from {
				out[c] = to[i]
			}
			return NewBytes(out), nil
		}},
	}
}

func bytesPartition(self, sepv Value, rev bool) (Value, *Exception) {
	sep, err := needBytes(sepv)
	if err != nil {
		return Value{}, err
	}
	if len(sep) == 0 {
		return Value{}, Errorf(valueError, "empty separator")
	}
	s := bytesOf(self)
	var i int
	if rev {
		i = bytes.LastIndex(s, sep)
	} else {
		i = bytes.Index(s, sep)
	}
	mk := func(b []byte) Value { return likeSelf(self, bytes.Clone(b)) }
	if i < 0 {
		if rev {
			return NewTuple(mk(nil), mk(nil), mk(s)), nil
		}
		return NewTuple(mk(s), mk(nil), mk(nil)), nil
	}
	return NewTuple(mk(s[:i]), mk(sep), mk(s[i+len(sep):])), nil
}

type bytesIter struct {
	Header
	obj Value
	i   int
}

func bytesIterNext(t *Thread, v Value) (Value, *Exception) {
	it := (*bytesIter)(v.p)
	if it.obj.IsNil() {
		return Value{}, nil
	}
	b := bytesOf(it.obj)
	if it.i < len(b) {
		it.i++
		return Int(int64(b[it.i-1])), nil
	}
	it.obj = Value{}
	return Value{}, nil
}

func bytesGetitem(t *Thread, v, key Value) (Value, *Exception) {
	b := bytesOf(v)
	if key.Type() == sliceType {
		start, _, step, n, err := key.slice().indices(t, len(b))
		if err != nil {
			return Value{}, err
		}
		out := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = b[j]
		}
		return likeSelf(v, out), nil
	}
	what := "byte"
	if isByteArray(v) {
		what = "bytearray"
	}
	if key.Type().index == nil && !key.IsSmallInt() {
		return Value{}, typeErrorf("%s indices must be integers or slices, not %s", what, typeName(key))
	}
	i, err := seqIndex(t, key, len(b), what)
	if err != nil {
		if err.Matches(indexError) && !isByteArray(v) {
			return Value{}, Errorf(indexError, "index out of range")
		}
		return Value{}, err
	}
	return Int(int64(b[i])), nil
}

func init() {
	for _, bt := range []*Type{bytesType, byteArrayType} {
		bt.repr = func(t *Thread, v Value) (Value, *Exception) {
			r := bytesRepr(bytesOf(v))
			if isByteArray(v) {
				name := "bytearray"
				if v.Type() != byteArrayType {
					name = v.Type().Name
				}
				return NewStr(name + "(" + r + ")"), nil
			}
			return NewStr(r), nil
		}
		bt.len = func(t *Thread, v Value) (int, *Exception) { return len(bytesOf(v)), nil }
		bt.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
			l := b.Type().layout
			if l != bytesType && l != byteArrayType && (l != memoryViewType || !isByteArray(a)) {
				return pyNotImplemented, nil
			}
			y, _ := bytesLike(b)
			return Bool(cmpResult(bytes.Compare(bytesOf(a), y), op)), nil
		}
		bt.getitem = bytesGetitem
		bt.contains = func(t *Thread, v, x Value) (bool, *Exception) {
			if b, ok := bytesLike(x); ok {
				return bytes.Contains(bytesOf(v), b), nil
			}
			if x.Type().index == nil {
				return false, typeErrorf("a bytes-like object is required, not '%s'", typeName(x))
			}
			c, err := byteValue(t, x)
			if err != nil {
				return false, err
			}
			return bytes.IndexByte(bytesOf(v), c) >= 0, nil
		}
		bt.ownNum().nb[nbAdd] = func(t *Thread, a, b Value) (Value, *Exception) {
			x, ok1 := bytesLike(a)
			y, ok2 := bytesLike(b)
			if !ok1 || !ok2 {
				if ok1 {
					return Value{}, typeErrorf("can't concat %s to %s", typeName(b), typeName(a))
				}
				return pyNotImplemented, nil
			}
			if err := t.checkAlloc(int64(len(x))+int64(len(y)), 1); err != nil {
				return Value{}, err
			}
			out := make([]byte, 0, len(x)+len(y))
			out = append(append(out, x...), y...)
			return likeSelf(a, out), nil
		}
		repeat := func(t *Thread, a, n Value) (Value, *Exception) {
			if a.Type().layout != bytesType && a.Type().layout != byteArrayType {
				a, n = n, a
			}
			if n.Type().index == nil {
				return pyNotImplemented, nil
			}
			k, err := IndexInt(t, n, overflowError)
			if err != nil {
				return Value{}, err
			}
			b := bytesOf(a)
			if k <= 0 || len(b) == 0 {
				return likeSelf(a, []byte{}), nil
			}
			if k > math.MaxInt64/int64(len(b)) {
				return Value{}, NewException(overflowError, NewStr("repeated bytes are too long"))
			}
			if err := t.checkAlloc(int64(len(b))*k, 1); err != nil {
				return Value{}, err
			}
			return likeSelf(a, bytes.Repeat(b, int(k))), nil
		}
		bt.ownNum().nb[nbMul] = repeat
		bt.ownNum().nbr[nbMul] = repeat
		bt.ownNum().nb[nbMod] = func(t *Thread, a, b Value) (Value, *Exception) {
			if a.Type().layout != bytesType && a.Type().layout != byteArrayType {
				return pyNotImplemented, nil
			}
			r, err := percentCore(t, string(bytesOf(a)), b, true)
			if err != nil {
				return Value{}, err
			}
			return likeSelf(a, []byte(r)), nil
		}
		mod := bt.num.nb[nbMod]
		bt.ownNum().nbr[nbMod] = func(t *Thread, self, other Value) (Value, *Exception) {
			if other.Type().layout != bt { // bytes_mod and bytearray_mod each want their own type
				return pyNotImplemented, nil
			}
			return mod(t, other, self)
		}
	}
	bytesType.iter = func(t *Thread, v Value) (Value, *Exception) {
		return Value{p: unsafe.Pointer(&bytesIter{Header: Header{typ: bytesIterType}, obj: v})}, nil
	}
	byteArrayType.iter = func(t *Thread, v Value) (Value, *Exception) {
		return Value{p: unsafe.Pointer(&bytesIter{Header: Header{typ: byteArrayIterType}, obj: v})}, nil
	}
	for _, it := range []*Type{bytesIterType, byteArrayIterType} {
		it.iter = selfIter
		it.next = bytesIterNext
		it.readyLazy(func() []*MethodDef {
			return []*MethodDef{lengthHint(func(v Value) int {
				it := (*bytesIter)(v.p)
				if it.obj.IsNil() {
					return 0
				}
				return len(bytesOf(it.obj)) - it.i
			})}
		})
	}
	bytesType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		b, err := bytesInit(t, "bytes", args, kw)
		if err != nil {
			return Value{}, err
		}
		if b == nil {
			b = []byte{}
		}
		return Value{p: unsafe.Pointer(&bytesObj{Header: Header{typ: typ}, b: b})}, nil
	}
	bytesType.hash = func(t *Thread, v Value) (int64, *Exception) {
		return strHash(hashKey, &Str{s: string(bytesOf(v)), n: len(bytesOf(v))}), nil
	}
	bytesType.readyLazy(func() []*MethodDef {
		getnewargs := methNoArgs("bytes.__getnewargs__", func(t *Thread, self Value) (Value, *Exception) {
			return NewTuple(NewBytes(bytes.Clone(bytesOf(self)))), nil
		})
		return append(bytesMethodDefs("bytes"), getnewargs, bufferMethod("bytes"),
			methNoArgs("__bytes__", func(t *Thread, self Value) (Value, *Exception) {
				if self.Type() == bytesType {
					return self, nil
				}
				return NewBytes(bytesOf(self)), nil
			}))
	})
	byteArrayType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		return Value{p: unsafe.Pointer(&bytesObj{Header: Header{typ: typ}, b: []byte{}})}, nil
	}
	byteArrayType.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		b, err := bytesInit(t, "bytearray", args, kw)
		if err != nil {
			return err
		}
		if b == nil {
			b = []byte{}
		}
		if err := resizable(self); err != nil {
			return err
		}
		(*bytesObj)(self.p).b = b
		return nil
	}
	byteArrayType.hash = unhashable
	byteArrayType.setitem = byteArraySetitem
	byteArrayType.ownNum().inb[nbAdd] = func(t *Thread, a, b Value) (Value, *Exception) {
		y, ok := bytesLike(b)
		if !ok {
			return Value{}, typeErrorf("can't concat %s to %s", typeName(b), typeName(a))
		}
		o := (*bytesObj)(a.p)
		if err := resizable(a); err != nil && len(y) > 0 {
			return Value{}, err
		}
		if len(o.b)+len(y) > cap(o.b) {
			// append may double the array.
			if err := t.checkAlloc(int64(len(o.b))+int64(len(y)), 2); err != nil {
				return Value{}, err
			}
		}
		o.b = append(o.b, y...)
		return a, nil
	}
	byteArrayType.ownNum().inb[nbMul] = func(t *Thread, a, n Value) (Value, *Exception) {
		if n.Type().index == nil {
			return pyNotImplemented, nil
		}
		k, err := IndexInt(t, n, overflowError)
		if err != nil {
			return Value{}, err
		}
		o := (*bytesObj)(a.p)
		if err := resizable(a); err != nil && k != 1 && len(o.b) > 0 {
			return Value{}, err
		}
		if k <= 0 {
			o.b = o.b[:0]
		} else {
			o.b = bytes.Repeat(o.b, int(k))
		}
		return a, nil
	}
	self := func(v Value) *bytesObj { return (*bytesObj)(v.p) }
	byteArrayType.readyLazy(func() []*MethodDef {
		return append(bytesMethodDefs("bytearray"), bufferMethod("bytearray"),
			methO("bytearray.__release_buffer__", func(t *Thread, v, view Value) (Value, *Exception) {
				if view.Type().layout != memoryViewType {
					return Value{}, typeErrorf("expected a memoryview object")
				}
				if !(*memoryView)(view.p).obj.Is(v) {
					return Value{}, Errorf(valueError, "memoryview's buffer is not this object")
				}
				(*memoryView)(view.p).released = true
				return pyNone, nil
			}),
			methO("bytearray.append", func(t *Thread, v, x Value) (Value, *Exception) {
				c, err := byteValue(t, x)
				if err != nil {
					return Value{}, err
				}
				if err := resizable(v); err != nil {
					return Value{}, err
				}
				self(v).b = append(self(v).b, c)
				return pyNone, nil
			}),
			methO("bytearray.extend", func(t *Thread, v, x Value) (Value, *Exception) {
				if err := resizable(v); err != nil {
					return Value{}, err
				}
				if b, ok := bytesLike(x); ok {
					self(v).b = append(self(v).b, b...)
					return pyNone, nil
				}
				if x.Type().layout == strType {
					return Value{}, typeErrorf("expected iterable of integers; got: 'str'")
				}
				if x.Type().iter == nil && x.Type().getitem == nil {
					return Value{}, typeErrorf("can't extend bytearray with %s", typeName(x))
				}
				b, err := bytesFromIterable(t, x)
				if err != nil {
					if err.Matches(valueError) {
						return Value{}, Errorf(valueError, "byte must be in range(0, 256)")
					}
					return Value{}, err
				}
				self(v).b = append(self(v).b, b...)
				return pyNone, nil
			}),
			methN("bytearray.insert", 2, 2, func(t *Thread, v Value, a []Value) (Value, *Exception) {
				i, err := IndexInt(t, a[0], nil)
				if err != nil {
					return Value{}, err
				}
				c, err := byteValue(t, a[1])
				if err != nil {
					return Value{}, err
				}
				if err := resizable(v); err != nil {
					return Value{}, err
				}
				b := self(v).b
				n := int64(len(b))
				if i < 0 {
					i += n
					if i < 0 {
						i = 0
					}
				}
				if i > n {
					i = n
				}
				b = append(b, 0)
				copy(b[i+1:], b[i:])
				b[i] = c
				self(v).b = b
				return pyNone, nil
			}),
			methN("bytearray.pop", 0, 1, func(t *Thread, v Value, a []Value) (Value, *Exception) {
				b := self(v).b
				if len(b) == 0 {
					return Value{}, Errorf(indexError, "pop from empty bytearray")
				}
				i := int64(len(b) - 1)
				if len(a) == 1 {
					var err *Exception
					if i, err = IndexInt(t, a[0], nil); err != nil {
						return Value{}, err
					}
					if i < 0 {
						i += int64(len(b))
					}
					if i < 0 || i >= int64(len(b)) {
						return Value{}, Errorf(indexError, "pop index out of range")
					}
				}
				if err := resizable(v); err != nil {
					return Value{}, err
				}
				c := b[i]
				self(v).b = append(b[:i], b[i+1:]...)
				return Int(int64(c)), nil
			}),
			methO("bytearray.remove", func(t *Thread, v, x Value) (Value, *Exception) {
				c, err := byteValue(t, x)
				if err != nil {
					return Value{}, err
				}
				b := self(v).b
				i := bytes.IndexByte(b, c)
				if i < 0 {
					return Value{}, Errorf(valueError, "value not found in bytearray")
				}
				if err := resizable(v); err != nil {
					return Value{}, err
				}
				self(v).b = append(b[:i], b[i+1:]...)
				return pyNone, nil
			}),
			methNoArgs("bytearray.reverse", func(t *Thread, v Value) (Value, *Exception) {
				b := self(v).b
				for l, r := 0, len(b)-1; l < r; l, r = l+1, r-1 {
					b[l], b[r] = b[r], b[l]
				}
				return pyNone, nil
			}),
			methNoArgs("bytearray.clear", func(t *Thread, v Value) (Value, *Exception) {
				if err := resizable(v); err != nil {
					return Value{}, err
				}
				self(v).b = []byte{}
				return pyNone, nil
			}),
			methNoArgs("bytearray.copy", func(t *Thread, v Value) (Value, *Exception) {
				return newByteArray(bytes.Clone(self(v).b)), nil
			}),
			methNoArgs("bytearray.__reduce__", func(t *Thread, v Value) (Value, *Exception) {
				return byteArrayReduce(t, v, self(v).b, 2)
			}),
			&MethodDef{Name: "__reduce_ex__", Fn: func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
				if err := noKwargs("bytearray.__reduce_ex__", kw); err != nil {
					return Value{}, err
				}
				if err := checkArgs("__reduce_ex__", args, 0, 1); err != nil {
					return Value{}, err
				}
				proto := int64(0)
				if len(args) == 1 {
					if args[0].Type().IsSubtype(floatType) {
						return Value{}, typeErrorf("'float' object cannot be interpreted as an integer")
					}
					n, err := IndexInt(t, args[0], overflowError)
					if err != nil {
						return Value{}, err
					}
					proto = n
				}
				return byteArrayReduce(t, v, self(v).b, proto)
			}})
	})
}

// byteArraySetitem is bytearray's item and slice assignment and deletion.
func byteArraySetitem(t *Thread, v, key, val Value) *Exception {
	o := (*bytesObj)(v.p)
	if key.Type() == sliceType {
		start, stop, step, n, err := key.slice().indices(t, len(o.b))
		if err != nil {
			return err
		}
		var src []byte
		if !val.IsNil() {
			if b, ok := bytesLike(val); ok {
				src = bytes.Clone(b)
			} else if val.Type().index != nil {
				return typeErrorf("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			} else if src, err = bytesFromObject(t, val); err != nil {
				if err.Matches(valueError) {
					return Errorf(valueError, "byte must be in range(0, 256)")
				}
				return typeErrorf("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			if stop-start == len(src) {
				copy(o.b[start:], src)
				return nil
			}
			if err := resizable(v); err != nil {
				return err
			}
			out := make([]byte, 0, len(o.b)-(stop-start)+len(src))
			out = append(out, o.b[:start]...)
			out = append(out, src...)
			o.b = append(out, o.b[stop:]...)
			return nil
		}
		if val.IsNil() {
			if n > 0 {
				if err := resizable(v); err != nil {
					return err
				}
			}
			if step < 0 {
				start, step = start+(n-1)*step, -step
			}
			out := make([]byte, 0, len(o.b)-n)
			for i, c := range o.b {
				if i >= start && i < start+n*step && (i-start)%step == 0 {
					continue
				}
				out = append(out, c)
			}
			o.b = out
			return nil
		}
		if len(src) != n {
			return Errorf(valueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			o.b[j] = src[i]
		}
		return nil
	}
	if key.Type().index == nil && !key.IsSmallInt() {
		return typeErrorf("bytearray indices must be integers or slices, not %s", typeName(key))
	}
	i, err := seqIndex(t, key, len(o.b), "bytearray")
	if err != nil {
		return err
	}
	if val.IsNil() {
		if err := resizable(v); err != nil {
			return err
		}
		o.b = append(o.b[:i], o.b[i+1:]...)
		return nil
	}
	c, err := byteValue(t, val)
	if err != nil {
		return err
	}
	o.b[i] = c
	return nil
}

func bytesDecodeMethod(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
	enc, errs, err := codecArgs(t, "decode", args, kw)
	if err != nil {
		return Value{}, err
	}
	return decodeBytes(t, bytesOf(self), enc, errs)
}

// bufferMethod is __buffer__(flags) (PEP 688): a memoryview of self.
func bufferMethod(typ string) *MethodDef {
	return methO(typ+".__buffer__", func(t *Thread, v, flags Value) (Value, *Exception) {
		if _, err := IndexInt(t, flags, nil); err != nil {
			return Value{}, err
		}
		return memoryViewOf(t, v, nativeBuffer)
	})
}

// byteArrayReduce is bytearray's _common_reduce: (type, (contents...), state),
// the contents as a latin-1 str below protocol 3, as bytes from 3 on.
func byteArrayReduce(t *Thread, v Value, b []byte, proto int64) (Value, *Exception) {
	state, err := objectGetState(t, v, false)
	if err != nil {
		return Value{}, err
	}
	typ := TypeValue(v.Type())
	switch {
	case len(b) == 0:
		return NewTuple(typ, NewTuple(), state), nil
	case proto < 3:
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return NewTuple(typ, NewTuple(NewStr(string(r)), NewStr("latin-1")), state), nil
	}
	return NewTuple(typ, NewTuple(NewBytes(bytes.Clone(b))), state), nil
}
