package py

import (
	"fmt"
	"strings"

	"github.com/kaa-python/kaa/syntax/scanner"
)

// The codec registry (CPython's codecs.c): search functions, the cache of what
// they found, and the error handlers. It lives here because str.encode and
// bytes.decode use it for every encoding the runtime does not code itself; the
// _codecs module (modules/codecs) exposes it. The encodings package, which
// registers the standard search function, is imported on the first lookup that
// needs it, not at start-up.

type codecRegistry struct {
	search   []Value
	cache    map[string]Value
	handlers map[string]Value
	loading  bool // encodings is being imported
	loaded   bool
}

func (in *Interp) codecReg() *codecRegistry {
	if in.codecs == nil {
		in.codecs = &codecRegistry{cache: map[string]Value{}, handlers: map[string]Value{}}
	}
	return in.codecs
}

// normalizeCodecName is what search functions receive: lower case, spaces and
// hyphens as underscores.
func normalizeCodecName(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'A' && c <= 'Z':
			b[i] = c + 32
		case c == ' ' || c == '-':
			b[i] = '_'
		}
	}
	return string(b)
}

// CodecRegister is codecs.register(fn).
func (t *Thread) CodecRegister(fn Value) *Exception {
	if !callable(fn) {
		return typeErrorf("argument must be callable")
	}
	r := t.interp.codecReg()
	r.search = append(r.search, fn)
	return nil
}

// CodecUnregister is codecs.unregister(fn): the function and the cache go.
func (t *Thread) CodecUnregister(fn Value) {
	r := t.interp.codecReg()
	for i, f := range r.search {
		if f.Is(fn) {
			r.search = append(r.search[:i:i], r.search[i+1:]...)
			clear(r.cache)
			return
		}
	}
}

// CodecForget is _codecs._forget_codec: the cache entry goes.
func (t *Thread) CodecForget(name string) {
	delete(t.interp.codecReg().cache, normalizeCodecName(name))
}

// CodecLookup is codecs.lookup(name): a CodecInfo from the search functions.
func (t *Thread) CodecLookup(name string) (Value, *Exception) {
	r := t.interp.codecReg()
	key := normalizeCodecName(name)
	if v, ok := r.cache[key]; ok {
		return v, nil
	}
	if !r.loaded && !r.loading {
		r.loading = true
		_, err := t.importFull("encodings", "", 0)
		r.loading = false
		if err != nil {
			return Value{}, err
		}
		r.loaded = true
	}
	arg := NewStr(key)
	for _, fn := range append([]Value(nil), r.search...) {
		v, err := Call(t, fn, arg)
		if err != nil {
			return Value{}, err
		}
		if v.IsNone() {
			continue
		}
		if items, ok := v.tupleItems(); !ok || len(items) != 4 {
			return Value{}, typeErrorf("codec search functions must return 4-tuples")
		}
		r.cache[key] = v
		return v, nil
	}
	return Value{}, Errorf(lookupError, "unknown encoding: %s", name)
}

// CodecRegisterError is codecs.register_error(name, handler).
func (t *Thread) CodecRegisterError(name string, fn Value) *Exception {
	if !callable(fn) {
		return typeErrorf("handler must be callable")
	}
	t.interp.codecReg().handlers[name] = fn
	return nil
}

// builtinErrorNames are the handlers every interpreter has.
var builtinErrorNames = []string{"strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace",
	"namereplace", "surrogateescape", "surrogatepass"}

// CodecLookupError is codecs.lookup_error(name).
func (t *Thread) CodecLookupError(name string) (Value, *Exception) {
	r := t.interp.codecReg()
	if v, ok := r.handlers[name]; ok {
		return v, nil
	}
	for _, b := range builtinErrorNames {
		if b == name {
			v := NewBuiltin(errorHandlerDef(name), pyNone, "codecs")
			r.handlers[name] = v
			return v, nil
		}
	}
	return Value{}, Errorf(lookupError, "unknown error handler name '%s'", name)
}

// CodecIsText tells whether a CodecInfo is a text encoding (its
// _is_text_encoding attribute, true when absent).
func (t *Thread) codecIsText(info Value) (bool, *Exception) {
	v, found, err := lookupAttr(t, info, newStr("_is_text_encoding"))
	if err != nil || !found {
		return true, err
	}
	return IsTrue(t, v)
}

// codecEncode is str.encode through the registry.
func (t *Thread) codecEncode(s Value, encoding, errors string) (Value, *Exception) {
	info, err := t.CodecLookup(encoding)
	if err != nil {
		return Value{}, err
	}
	if ok, err := t.codecIsText(info); err != nil {
		return Value{}, err
	} else if !ok {
		return Value{}, Errorf(lookupError, "'%s' is not a text encoding; use codecs.encode() to handle arbitrary codecs", encoding)
	}
	items, _ := info.tupleItems()
	r, err := Call(t, items[0], s, NewStr(errors))
	if err != nil {
		return Value{}, err
	}
	res, ok := r.tupleItems()
	if !ok || len(res) != 2 {
		return Value{}, typeErrorf("encoder must return a tuple (object, integer)")
	}
	if l := res[0].Type().layout; l != bytesType && l != byteArrayType {
		return Value{}, typeErrorf("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types", encoding, typeName(res[0]))
	}
	if res[0].Type().layout == byteArrayType {
		return NewBytes(append([]byte(nil), bytesOf(res[0])...)), nil
	}
	return res[0], nil
}

// codecDecode is bytes.decode through the registry.
func (t *Thread) codecDecode(b []byte, encoding, errors string) (Value, *Exception) {
	info, err := t.CodecLookup(encoding)
	if err != nil {
		return Value{}, err
	}
	if ok, err := t.codecIsText(info); err != nil {
		return Value{}, err
	} else if !ok {
		return Value{}, Errorf(lookupError, "'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs", encoding)
	}
	items, _ := info.tupleItems()
	r, err := Call(t, items[1], NewBytes(b), NewStr(errors))
	if err != nil {
		return Value{}, err
	}
	res, ok := r.tupleItems()
	if !ok || len(res) != 2 {
		return Value{}, typeErrorf("decoder must return a tuple (object,integer)")
	}
	if res[0].Type().layout != strType {
		return Value{}, typeErrorf("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types", encoding, typeName(res[0]))
	}
	return res[0], nil
}

// CallErrorHandler calls the error handler named errors with the exception exc and
// checks its answer: a replacement (str, or bytes when allowBytes) and the
// position to go on from, made absolute and checked against length.
func (t *Thread) CallErrorHandler(errors string, exc *Exception, length int, allowBytes bool) (Value, int, *Exception) {
	h, err := t.CodecLookupError(errors)
	if err != nil {
		return Value{}, 0, err
	}
	r, err := Call(t, h, exc.Value())
	if err != nil {
		return Value{}, 0, err
	}
	items, ok := r.tupleItems()
	what := "decoding error handler must return (str, int) tuple"
	if allowBytes {
		what = "encoding error handler must return (str/bytes, int) tuple"
	}
	if !ok || len(items) != 2 || !items[1].isInt() {
		return Value{}, 0, typeErrorf("%s", what)
	}
	rl := items[0].Type().layout
	if rl != strType && !(allowBytes && rl == bytesType) {
		return Value{}, 0, typeErrorf("%s", what)
	}
	pos, err := IndexInt(t, items[1], nil)
	if err != nil {
		return Value{}, 0, err
	}
	if pos < 0 {
		pos += int64(length)
	}
	if pos < 0 || pos > int64(length) {
		return Value{}, 0, Errorf(indexError, "position %d from error handler out of bounds", pos)
	}
	return items[0], int(pos), nil
}

// errorHandlerDef is the builtin function codecs.lookup_error(name) returns.
func errorHandlerDef(name string) *MethodDef {
	return methO(name+"_errors", func(t *Thread, _, exc Value) (Value, *Exception) {
		if exc.IsNil() || !exc.Type().IsSubtype(baseException) {
			if name == "strict" {
				return Value{}, typeErrorf("codec must pass exception instance")
			}
			return Value{}, typeErrorf("don't know how to handle %s in error callback", typeName(exc))
		}
		e := exc.exc()
		isEnc, isDec, isTr := e.Matches(unicodeEncodeErrorExc), e.Matches(unicodeDecodeErrorExc), e.Matches(unicodeTranslateError)
		if name == "strict" {
			return Value{}, e
		}
		if !isEnc && !isDec && !isTr {
			return Value{}, typeErrorf("don't know how to handle %s in error callback", e.typ.Name)
		}
		fi := 1 // the fields: UnicodeTranslateError has no encoding before them
		if isTr {
			fi = 0
		}
		obj := e.field(fi)
		start, err := IndexInt(t, e.field(fi+1), nil)
		if err != nil {
			return Value{}, err
		}
		end, err := IndexInt(t, e.field(fi+2), nil)
		if err != nil {
			return Value{}, err
		}
		var rs []rune
		var bs []byte
		if isDec {
			bs, _ = bytesLike(obj)
			start, end = clampRange(start, end, int64(len(bs)))
		} else {
			if obj.Type().layout != strType {
				return Value{}, typeErrorf("object attribute must be unicode")
			}
			rs = obj.str().Runes()
			start, end = clampRange(start, end, int64(len(rs)))
		}
		wrong := func() (Value, *Exception) {
			return Value{}, typeErrorf("don't know how to handle %s in error callback", e.typ.Name)
		}
		out := func(s string) (Value, *Exception) { return NewTuple(NewStr(s), Int(end)), nil }
		switch name {
		case "ignore":
			return out("")
		case "replace":
			switch {
			case isEnc:
				return out(strings.Repeat("?", int(end-start)))
			case isDec:
				return out("\ufffd")
			}
			return out(strings.Repeat("\ufffd", int(end-start)))
		case "backslashreplace":
			var sb strings.Builder
			if isDec {
				for _, c := range bs[start:end] {
					fmt.Fprintf(&sb, "\\x%02x", c)
				}
			} else {
				for _, r := range rs[start:end] {
					sb.WriteString(escapeRune(r))
				}
			}
			return out(sb.String())
		case "xmlcharrefreplace":
			if !isEnc {
				return wrong()
			}
			var sb strings.Builder
			for _, r := range rs[start:end] {
				fmt.Fprintf(&sb, "&#%d;", r)
			}
			return out(sb.String())
		case "namereplace":
			if !isEnc {
				return wrong()
			}
			var sb strings.Builder
			for _, r := range rs[start:end] {
				if n, ok := scanner.CharName(r); ok {
					sb.WriteString("\\N{" + n + "}")
				} else {
					sb.WriteString(escapeRune(r))
				}
			}
			return out(sb.String())
		case "surrogateescape":
			if isDec {
				var sb []byte
				for _, c := range bs[start:end] {
					if c < 128 {
						return Value{}, e
					}
					sb = appendRune(sb, 0xDC00+rune(c))
				}
				return out(string(sb))
			}
			if !isEnc {
				return wrong()
			}
			var b []byte
			for _, r := range rs[start:end] {
				if r < 0xDC80 || r > 0xDCFF {
					return Value{}, e
				}
				b = append(b, byte(r-0xDC00))
			}
			return NewTuple(NewBytes(b), Int(end)), nil
		case "surrogatepass":
			enc := normEncoding(e.field(0).str().s)
			if isEnc {
				var b []byte
				for _, r := range rs[start:end] {
					if r < 0xD800 || r > 0xDFFF {
						return Value{}, e
					}
					switch enc {
					case "utf_8":
						b = appendRune(b, r)
					case "utf_16_le", "utf_16":
						b = append(b, byte(r), byte(r>>8))
					case "utf_16_be":
						b = append(b, byte(r>>8), byte(r))
					case "utf_32_le", "utf_32":
						b = append(b, byte(r), byte(r>>8), 0, 0)
					case "utf_32_be":
						b = append(b, 0, 0, byte(r>>8), byte(r))
					default:
						return Value{}, e
					}
				}
				return NewTuple(NewBytes(b), Int(end)), nil
			}
			if !isDec {
				return wrong()
			}
			if enc == "utf_8" && start+3 <= int64(len(bs)) {
				c := bs[start:]
				if c[0]&0xF0 == 0xE0 && c[1]&0xC0 == 0x80 && c[2]&0xC0 == 0x80 {
					r := rune(c[0]&0x0F)<<12 | rune(c[1]&0x3F)<<6 | rune(c[2]&0x3F)
					if r >= 0xD800 && r <= 0xDFFF {
						return NewTuple(newStrN(string(appendRune(nil, r)), 1), Int(start+3)), nil
					}
				}
			}
			return Value{}, e
		}
		return wrong()
	})
}

func clampRange(start, end, n int64) (int64, int64) {
	start = max(0, min(start, n))
	end = max(start, min(end, n))
	return start, end
}

// UTF8IncompleteTail is the length of a truncated but so far valid UTF-8
// sequence at the end of b: what an incremental decoder keeps for the next
// call (the utf-8 codec's and TextIOWrapper's).
func UTF8IncompleteTail(b []byte) int {
	for k := 1; k <= 3 && k <= len(b); k++ {
		c := b[len(b)-k]
		if c < 0x80 {
			return 0
		}
		if c < 0xC0 {
			continue
		}
		need := 0
		lo, hi := byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 2
		case c >= 0xE0 && c <= 0xEF:
			need = 3
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need = 4
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		default:
			return 0
		}
		if k >= need {
			return 0
		}
		tail := b[len(b)-k:]
		if len(tail) > 1 && (tail[1] < lo || tail[1] > hi) {
			return 0
		}
		return k
	}
	return 0
}
