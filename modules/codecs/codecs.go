// Package codecsmod is the native _codecs module: the codec registry and error
// handlers (kept by package py, which str.encode and bytes.decode use too) and
// the encode/decode functions the encodings package builds its codecs from.
package codecsmod

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kaa-python/kaa/py"
	"github.com/kaa-python/kaa/syntax/scanner"
)

// Def is the _codecs module.
var Def = &py.ModuleDef{
	Name:    "_codecs",
	Methods: methods,
}

var none = py.None()

// strArg is a str argument with Argument Clinic's message.
func strArg(fn string, n int, v py.Value) (string, *py.Exception) {
	s, ok := py.AsStr(v)
	if !ok {
		return "", py.Errorf(py.TypeError(), "%s() argument %d must be str, not %s", fn, n, py.TypeName(v))
	}
	return s, nil
}

// errorsArg is the errors argument: None is "strict".
func errorsArg(fn string, v py.Value) (string, *py.Exception) {
	if v.IsNil() || v.IsNone() {
		return "strict", nil
	}
	s, ok := py.AsStr(v)
	if !ok {
		return "", py.Errorf(py.TypeError(), "%s() argument 2 must be str or None, not %s", fn, py.TypeName(v))
	}
	return s, nil
}

func dataArg(v py.Value) ([]byte, *py.Exception) {
	b, ok := py.AsBuffer(v)
	if !ok {
		return nil, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(v))
	}
	return b, nil
}

func pair(a py.Value, n int) py.Value { return py.NewTuple(a, py.Int(int64(n))) }

// encoder makes NAME_encode(str, errors=None) over the runtime's encoder.
func encoder(name, enc string) *py.MethodDef {
	fn := name + "_encode"
	return py.Func(fn, "str, errors=None, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		s, err := strArg(fn, 1, a[0])
		if err != nil {
			return py.Value{}, err
		}
		errors, err := errorsArg(fn, a[1])
		if err != nil {
			return py.Value{}, err
		}
		b, err := py.EncodeStr(t, s, enc, errors)
		if err != nil {
			return py.Value{}, err
		}
		return pair(py.NewBytes(b), py.StrLen(a[0])), nil
	})
}

// completeLen is how much of b an incremental decoder may decode now: all of it
// when final, else up to an incomplete sequence at the end.
func completeLen(enc string, b []byte, final bool) int {
	if final {
		return len(b)
	}
	switch enc {
	case "utf-8":
		return len(b) - py.UTF8IncompleteTail(b)
	case "utf-16-le", "utf-16-be":
		n := len(b) &^ 1
		if n >= 2 {
			var u uint16
			if enc == "utf-16-be" {
				u = uint16(b[n-2])<<8 | uint16(b[n-1])
			} else {
				u = uint16(b[n-1])<<8 | uint16(b[n-2])
			}
			if u >= 0xD800 && u <= 0xDBFF {
				n -= 2
			}
		}
		return n
	case "utf-32-le", "utf-32-be":
		return len(b) &^ 3
	}
	return len(b)
}

func finalArg(t *py.Thread, v py.Value) (bool, *py.Exception) {
	if v.IsNil() {
		return false, nil
	}
	return py.IsTrue(t, v)
}

// decoder makes NAME_decode(data, errors=None, final=False).
func decoder(name, enc string, hasFinal bool) *py.MethodDef {
	fn := name + "_decode"
	sig := "data, errors=None, /"
	if hasFinal {
		sig = "data, errors=None, final=False, /"
	}
	return py.Func(fn, sig, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		b, err := dataArg(a[0])
		if err != nil {
			return py.Value{}, err
		}
		errors, err := errorsArg(fn, a[1])
		if err != nil {
			return py.Value{}, err
		}
		final := true
		if hasFinal {
			if final, err = finalArg(t, a[2]); err != nil {
				return py.Value{}, err
			}
		}
		n := completeLen(enc, b, final)
		s, err := py.DecodeBytes(t, b[:n], enc, errors)
		if err != nil {
			return py.Value{}, err
		}
		return pair(py.NewStr(s), n), nil
	})
}

// bomDecode is utf_16/32_decode and their _ex forms: a BOM at the start chooses
// the byte order (consumed); without one, byteorder does (0: little-endian).
func bomDecode(unit int, ex bool) *py.MethodDef {
	base := "utf_16"
	if unit == 4 {
		base = "utf_32"
	}
	fn := base + "_decode"
	sig := "data, errors=None, final=False, /"
	if ex {
		fn = base + "_ex_decode"
		sig = "data, errors=None, byteorder=0, final=False, /"
	}
	return py.Func(fn, sig, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		b, err := dataArg(a[0])
		if err != nil {
			return py.Value{}, err
		}
		errors, err := errorsArg(fn, a[1])
		if err != nil {
			return py.Value{}, err
		}
		order := int64(0)
		fa := a[2]
		if ex {
			if order, err = py.IndexInt(t, a[2], py.OverflowError()); err != nil {
				return py.Value{}, err
			}
			fa = a[3]
		}
		final, err := finalArg(t, fa)
		if err != nil {
			return py.Value{}, err
		}
		skip := 0
		if order == 0 && len(b) >= unit {
			switch {
			case unit == 2 && b[0] == 0xFF && b[1] == 0xFE, unit == 4 && string(b[:4]) == "\xff\xfe\x00\x00":
				order, skip = -1, unit
			case unit == 2 && b[0] == 0xFE && b[1] == 0xFF, unit == 4 && string(b[:4]) == "\x00\x00\xfe\xff":
				order, skip = 1, unit
			}
		}
		enc := fmt.Sprintf("utf-%d-le", unit*8)
		if order > 0 {
			enc = fmt.Sprintf("utf-%d-be", unit*8)
		}
		rest := b[skip:]
		n := completeLen(enc, rest, final)
		s, err := py.DecodeBytes(t, rest[:n], enc, errors)
		if err != nil {
			return py.Value{}, err
		}
		if ex {
			return py.NewTuple(py.NewStr(s), py.Int(int64(skip+n)), py.Int(order)), nil
		}
		return pair(py.NewStr(s), skip+n), nil
	})
}

// bomEncode is utf_16/32_encode(str, errors, byteorder): 0 puts a BOM and
// little-endian units, -1 little-endian, 1 big-endian.
func bomEncode(unit int) *py.MethodDef {
	fn := fmt.Sprintf("utf_%d_encode", unit*8)
	return py.Func(fn, "str, errors=None, byteorder=0, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		s, err := strArg(fn, 1, a[0])
		if err != nil {
			return py.Value{}, err
		}
		errors, err := errorsArg(fn, a[1])
		if err != nil {
			return py.Value{}, err
		}
		order, err := py.IndexInt(t, a[2], py.OverflowError())
		if err != nil {
			return py.Value{}, err
		}
		enc := fmt.Sprintf("utf-%d", unit*8)
		switch {
		case order < 0:
			enc += "-le"
		case order > 0:
			enc += "-be"
		}
		b, err := py.EncodeStr(t, s, enc, errors)
		if err != nil {
			return py.Value{}, err
		}
		return pair(py.NewBytes(b), py.StrLen(a[0])), nil
	})
}

var methods = []*py.MethodDef{
	py.Func("register", "search_function, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return none, t.CodecRegister(a[0])
	}),
	py.Func("unregister", "search_function, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		t.CodecUnregister(a[0])
		return none, nil
	}),
	py.Func("lookup", "encoding, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		s, ok := py.AsStr(a[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "lookup() argument must be str, not %s", py.TypeName(a[0]))
		}
		return t.CodecLookup(s)
	}),
	py.Func("_forget_codec", "encoding, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		s, ok := py.AsStr(a[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "_forget_codec() argument must be str, not %s", py.TypeName(a[0]))
		}
		t.CodecForget(s)
		return none, nil
	}),
	py.Func("encode", "obj, encoding='utf-8', errors='strict'", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return coder(t, "encode", a, 0, "encoder must return a tuple (object, integer)")
	}),
	py.Func("decode", "obj, encoding='utf-8', errors='strict'", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return coder(t, "decode", a, 1, "decoder must return a tuple (object,integer)")
	}),
	py.Func("register_error", "errors, handler, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		s, ok := py.AsStr(a[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "register_error() argument 1 must be str, not %s", py.TypeName(a[0]))
		}
		return none, t.CodecRegisterError(s, a[1])
	}),
	py.Func("lookup_error", "name, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		s, ok := py.AsStr(a[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "lookup_error() argument must be str, not %s", py.TypeName(a[0]))
		}
		return t.CodecLookupError(s)
	}),
	encoder("utf_8", "utf-8"), decoder("utf_8", "utf-8", true),
	bomEncode(2), bomDecode(2, false), bomDecode(2, true),
	encoder("utf_16_le", "utf-16-le"), decoder("utf_16_le", "utf-16-le", true),
	encoder("utf_16_be", "utf-16-be"), decoder("utf_16_be", "utf-16-be", true),
	bomEncode(4), bomDecode(4, false), bomDecode(4, true),
	encoder("utf_32_le", "utf-32-le"), decoder("utf_32_le", "utf-32-le", true),
	encoder("utf_32_be", "utf-32-be"), decoder("utf_32_be", "utf-32-be", true),
	encoder("latin_1", "latin-1"), decoder("latin_1", "latin-1", false),
	encoder("ascii", "ascii"), decoder("ascii", "ascii", false),
	py.Func("readbuffer_encode", "data, errors=None, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		if s, ok := py.AsStr(a[0]); ok {
			return pair(py.NewBytes([]byte(py.FsEncode(s))), len(s)), nil
		}
		b, err := dataArg(a[0])
		if err != nil {
			return py.Value{}, err
		}
		return pair(py.NewBytes(append([]byte(nil), b...)), len(b)), nil
	}),
	py.Func("charmap_build", "map, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		s, ok := py.AsStr(a[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "charmap_build() argument must be str, not %s", py.TypeName(a[0]))
		}
		d := py.NewDict()
		i := 0
		for j := 0; j < len(s); i++ {
			r, n := py.DecodeChar(s[j:])
			j += n
			if err := py.SetItem(t, d.Value(), py.Int(int64(r)), py.Int(int64(i))); err != nil {
				return py.Value{}, err
			}
		}
		return d.Value(), nil
	}),
	py.Func("charmap_decode", "data, errors=None, mapping=None, /", charmapDecode),
	py.Func("charmap_encode", "str, errors=None, mapping=None, /", charmapEncode),
	py.Func("unicode_escape_encode", "str, errors=None, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		s, err := strArg("unicode_escape_encode", 1, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return pair(py.NewBytes(escapeText(s, false)), py.StrLen(a[0])), nil
	}),
	py.Func("raw_unicode_escape_encode", "str, errors=None, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		s, err := strArg("raw_unicode_escape_encode", 1, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return pair(py.NewBytes(escapeText(s, true)), py.StrLen(a[0])), nil
	}),
	py.Func("unicode_escape_decode", "data, errors=None, final=True, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return escapeDecodeText(t, a, false)
	}),
	py.Func("raw_unicode_escape_decode", "data, errors=None, final=True, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return escapeDecodeText(t, a, true)
	}),
	py.Func("escape_encode", "data, errors=None, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		b, ok := py.AsBytes(a[0])
		if !ok || a[0].Type() != py.BytesType() {
			return py.Value{}, py.Errorf(py.TypeError(), "escape_encode() argument 1 must be bytes, not %s", py.TypeName(a[0]))
		}
		var out []byte
		for _, c := range b {
			switch {
			case c == '\\' || c == '\'':
				out = append(out, '\\', c)
			case c == '\t':
				out = append(out, '\\', 't')
			case c == '\n':
				out = append(out, '\\', 'n')
			case c == '\r':
				out = append(out, '\\', 'r')
			case c < 0x20 || c >= 0x7F:
				out = fmt.Appendf(out, "\\x%02x", c)
			default:
				out = append(out, c)
			}
		}
		return pair(py.NewBytes(out), len(b)), nil
	}),
	py.Func("escape_decode", "data, errors=None, /", escapeDecodeBytes),
	py.Func("utf_7_encode", "str, errors=None, /", utf7Encode),
	py.Func("utf_7_decode", "data, errors=None, final=False, /", utf7Decode),
}

// coder is codecs.encode/decode: the codec's function (index i of the CodecInfo)
// applied to obj, whatever types it takes and gives.
func coder(t *py.Thread, what string, a []py.Value, i int, msg string) (py.Value, *py.Exception) {
	enc, ok := py.AsStr(a[1])
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "%s() argument 'encoding' must be str, not %s", what, py.TypeName(a[1]))
	}
	errors, ok := py.AsStr(a[2])
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "%s() argument 'errors' must be str, not %s", what, py.TypeName(a[2]))
	}
	info, err := t.CodecLookup(enc)
	if err != nil {
		return py.Value{}, err
	}
	items, _ := py.TupleItems(info)
	r, err := py.Call(t, items[i], a[0], py.NewStr(errors))
	if err != nil {
		return py.Value{}, err
	}
	res, ok := py.TupleItems(r)
	if !ok || len(res) != 2 {
		return py.Value{}, py.Errorf(py.TypeError(), "%s", msg)
	}
	return res[0], nil
}

// escapeText is unicode_escape (raw: raw_unicode_escape) encoding.
func escapeText(s string, raw bool) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := py.DecodeChar(s[i:])
		i += n
		switch {
		case raw && r < 0x100:
			out = append(out, byte(r))
		case raw:
			if r < 0x10000 {
				out = fmt.Appendf(out, "\\u%04x", r)
			} else {
				out = fmt.Appendf(out, "\\U%08x", r)
			}
		case r == '\\':
			out = append(out, '\\', '\\')
		case r == '\t':
			out = append(out, '\\', 't')
		case r == '\n':
			out = append(out, '\\', 'n')
		case r == '\r':
			out = append(out, '\\', 'r')
		case r >= 0x20 && r < 0x7F:
			out = append(out, byte(r))
		case r < 0x100:
			out = fmt.Appendf(out, "\\x%02x", r)
		case r < 0x10000:
			out = fmt.Appendf(out, "\\u%04x", r)
		default:
			out = fmt.Appendf(out, "\\U%08x", r)
		}
	}
	return out
}

func isHex(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// escapeDecodeText is unicode_escape_decode and raw_unicode_escape_decode.
func escapeDecodeText(t *py.Thread, a []py.Value, raw bool) (py.Value, *py.Exception) {
	name := "unicode_escape_decode"
	codec := "unicodeescape"
	if raw {
		name, codec = "raw_unicode_escape_decode", "rawunicodeescape"
	}
	var b []byte
	if s, ok := py.AsStr(a[0]); ok {
		b = []byte(s)
	} else {
		var err *py.Exception
		if b, err = dataArg(a[0]); err != nil {
			return py.Value{}, err
		}
	}
	errors, err := errorsArg(name, a[1])
	if err != nil {
		return py.Value{}, err
	}
	final := true
	if !a[2].IsNil() {
		if final, err = py.IsTrue(t, a[2]); err != nil {
			return py.Value{}, err
		}
	}
	var out []byte
	// fail reports the bad escape b[start:end] through the error handler and
	// returns where to go on.
	fail := func(start, end int, reason string) (int, *py.Exception) {
		exc := py.NewException(py.UnicodeDecodeError(), py.NewStr(codec), py.NewBytes(b), py.Int(int64(start)), py.Int(int64(end)), py.NewStr(reason))
		if errors == "strict" {
			return 0, exc
		}
		h, err := t.CodecLookupError(errors)
		if err != nil {
			return 0, err
		}
		r, err := py.Call(t, h, exc.Value())
		if err != nil {
			return 0, err
		}
		items, ok := py.TupleItems(r)
		if !ok || len(items) != 2 {
			return 0, py.Errorf(py.TypeError(), "decoding error handler must return (str, int) tuple")
		}
		rep, ok := py.AsStr(items[0])
		if !ok {
			return 0, py.Errorf(py.TypeError(), "decoding error handler must return (str, int) tuple")
		}
		pos, err := py.IndexInt(t, items[1], nil)
		if err != nil {
			return 0, err
		}
		if pos < 0 {
			pos += int64(len(b))
		}
		if pos < 0 || pos > int64(len(b)) {
			return 0, py.Errorf(py.IndexError(), "position %d from error handler out of bounds", pos)
		}
		out = append(out, rep...)
		return int(pos), nil
	}
	i := 0
	for i < len(b) {
		c := b[i]
		if c != '\\' {
			out = py.AppendChar(out, rune(c))
			i++
			continue
		}
		if raw {
			// Only \u and \U after an odd run of backslashes are escapes.
			j := i
			for j < len(b) && b[j] == '\\' {
				j++
			}
			if j >= len(b) && !final && (j-i)%2 == 1 {
				// The escape may go on in the next piece.
				out = append(out, b[i:j-1]...)
				i = j - 1
				break
			}
			if (j-i)%2 == 0 || j >= len(b) || b[j] != 'u' && b[j] != 'U' {
				out = append(out, b[i:j]...)
				i = j
				continue
			}
			out = append(out, b[i:j-1]...)
			i = j - 1
		}
		if i+1 >= len(b) {
			if !final {
				break
			}
			next, err := fail(i, len(b), "\\ at end of string")
			if err != nil {
				return py.Value{}, err
			}
			i = next
			continue
		}
		e := b[i+1]
		digits := 0
		switch e {
		case 'x':
			digits = 2
		case 'u':
			digits = 4
		case 'U':
			digits = 8
		}
		if raw && digits == 0 {
			out = append(out, '\\')
			i++
			continue
		}
		if digits > 0 {
			j := i + 2
			for j < len(b) && j < i+2+digits && isHex(b[j]) {
				j++
			}
			if j < i+2+digits {
				if j == len(b) && !final {
					break
				}
				reason := map[int]string{2: "truncated \\xXX escape", 4: "truncated \\uXXXX escape", 8: "truncated \\UXXXXXXXX escape"}[digits]
				next, err := fail(i, j, reason)
				if err != nil {
					return py.Value{}, err
				}
				i = next
				continue
			}
			v, _ := strconv.ParseUint(string(b[i+2:j]), 16, 32)
			if v > 0x10FFFF {
				next, err := fail(i, j, "illegal Unicode character")
				if err != nil {
					return py.Value{}, err
				}
				i = next
				continue
			}
			out = py.AppendChar(out, rune(v))
			i = j
			continue
		}
		switch e {
		case '\n':
			i += 2
			continue
		case '\\', '\'', '"':
			out = append(out, e)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i + 1
			v := 0
			for j < len(b) && j < i+4 && b[j] >= '0' && b[j] <= '7' {
				v = v*8 + int(b[j]-'0')
				j++
			}
			out = py.AppendChar(out, rune(v))
			i = j
			continue
		case 'N':
			end := -1
			if i+2 < len(b) && b[i+2] == '{' {
				if k := strings.IndexByte(string(b[i+3:]), '}'); k > 0 {
					end = i + 3 + k
				}
			}
			if end < 0 {
				if !final {
					goto done
				}
				next, err := fail(i, len(b), "malformed \\N character escape")
				if err != nil {
					return py.Value{}, err
				}
				i = next
				continue
			}
			r, ok := scanner.LookupName(string(b[i+3 : end]))
			if !ok {
				next, err := fail(i, end+1, "unknown Unicode character name")
				if err != nil {
					return py.Value{}, err
				}
				i = next
				continue
			}
			out = py.AppendChar(out, r)
			i = end + 1
			continue
		default:
			out = append(out, '\\')
			out = py.AppendChar(out, rune(e))
		}
		i += 2
	}
done:
	s := string(out)
	return pair(py.NewStrText(s, py.CountChars(s)), i), nil
}

// escapeDecodeBytes is escape_decode: a bytes literal's escapes.
func escapeDecodeBytes(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	var b []byte
	if s, ok := py.AsStr(a[0]); ok {
		b = []byte(s)
	} else {
		var err *py.Exception
		if b, err = dataArg(a[0]); err != nil {
			return py.Value{}, err
		}
	}
	errors, err := errorsArg("escape_decode", a[1])
	if err != nil {
		return py.Value{}, err
	}
	var out []byte
	for i := 0; i < len(b); {
		c := b[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		if i+1 >= len(b) {
			return py.Value{}, py.Errorf(py.ValueError(), "Trailing \\ in string")
		}
		e := b[i+1]
		i += 2
		switch e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, e)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for k := 0; k < 2 && i < len(b) && b[i] >= '0' && b[i] <= '7'; k++ {
				v = v*8 + int(b[i]-'0')
				i++
			}
			out = append(out, byte(v))
		case 'x':
			if i+1 < len(b) && isHex(b[i]) && isHex(b[i+1]) {
				v, _ := strconv.ParseUint(string(b[i:i+2]), 16, 8)
				out = append(out, byte(v))
				i += 2
				continue
			}
			switch errors {
			case "strict":
				return py.Value{}, py.Errorf(py.ValueError(), "invalid \\x escape at position %d", i-2)
			case "replace":
				out = append(out, '?')
			case "ignore":
			default:
				return py.Value{}, py.Errorf(py.ValueError(), "decoding error; unknown error handling code: %s", errors)
			}
			for k := 0; k < 2 && i < len(b) && isHex(b[i]); k++ {
				i++
			}
		default:
			out = append(out, '\\', e)
		}
	}
	return pair(py.NewBytes(out), len(b)), nil
}

var _ = utf8.RuneError
