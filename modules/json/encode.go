package json

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/kaa-python/kaa/py"
)

const hexDigits = "0123456789abcdef"

func appendU(b []byte, r rune) []byte {
	return append(b, '\\', 'u', hexDigits[r>>12&0xF], hexDigits[r>>8&0xF], hexDigits[r>>4&0xF], hexDigits[r&0xF])
}

// plain[c] is true for the ASCII bytes both string encoders copy as they are.
var plain = func() (t [128]bool) {
	for c := ' '; c < 127; c++ {
		t[c] = c != '"' && c != '\\'
	}
	t[127] = true
	return
}()

// appendQuoted appends s as a JSON string: ascii escapes everything past ASCII
// (as \uXXXX, a pair of them past the BMP); otherwise only quotes, backslashes and
// control characters are escaped.
func appendQuoted(b []byte, s string, ascii bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0x80 {
			if plain[c] && (c != 127 || !ascii) {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"':
				b = append(b, '\\', '"')
			case '\\':
				b = append(b, '\\', '\\')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			default:
				b = appendU(b, rune(c))
			}
			i++
			start = i
			continue
		}
		if !ascii {
			i++
			continue
		}
		b = append(b, s[start:i]...)
		r, w := py.DecodeChar(s[i:])
		if r == utf8.RuneError && w == 1 {
			r = rune(c)
		}
		if r >= 0x10000 {
			r -= 0x10000
			b = appendU(b, 0xD800|(r>>10)&0x3FF)
			b = appendU(b, 0xDC00|r&0x3FF)
		} else {
			b = appendU(b, r)
		}
		i += w
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func strArg(v py.Value) (string, *py.Exception) {
	s, ok := py.AsStr(v)
	if !ok {
		return "", py.Errorf(py.TypeError(), "first argument must be a string, not %s", py.TypeName(v))
	}
	return s, nil
}

func quoted(v py.Value, ascii bool) (py.Value, *py.Exception) {
	s, err := strArg(v)
	if err != nil {
		return py.Value{}, err
	}
	b := appendQuoted(make([]byte, 0, len(s)+2), s, ascii)
	if ascii {
		return py.NewStrText(string(b), len(b)), nil
	}
	return py.NewStr(string(b)), nil
}

var encodeASCIIDef = py.FuncO("encode_basestring_ascii", func(t *py.Thread, _, v py.Value) (py.Value, *py.Exception) {
	return quoted(v, true)
})

var encodeDef = py.FuncO("encode_basestring", func(t *py.Thread, _, v py.Value) (py.Value, *py.Exception) {
	return quoted(v, false)
})

var methods = []*py.MethodDef{
	encodeASCIIDef,
	encodeDef,
	py.FuncVar("scanstring", 2, 3, func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
		a := []py.Value{args[0], args[1], py.True()}
		if len(args) > 2 {
			a[2] = args[2]
		}
		return scanstring(t, self, a)
	}),
}

func init() {
	encodeASCIIDef.Doc = "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON representation of a Python string"
	encodeDef.Doc = "encode_basestring(string) -> string\n\nReturn a JSON representation of a Python string"
	methods[2].Doc = "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s for a JSON string. End is the index of the\ncharacter in s after the quote that started the JSON string.\nUnescapes all valid JSON string escape sequences and raises ValueError\non attempt to decode an invalid string. If strict is False then literal\ncontrol characters are allowed in the string.\n\nReturns a tuple of the decoded string and the index of the character in s\nafter the end quote."
}

// encoder is a _json.Encoder: the options of one JSONEncoder.iterencode.
type encoder struct {
	py.Header
	markers, defaultFn, encodeFn, indent, keySep, itemSep py.Value
	sortKeys, skipKeys, allowNaN                          bool
	fast                                                  int // 1: encode_basestring_ascii, 2: encode_basestring, 0: call encodeFn
	indentS, keySepS, itemSepS                            string
	badIndent                                             bool
}

// enc is one call of an encoder: the output and the objects being encoded.
type enc struct {
	*encoder
	b      []byte
	active map[py.Value]struct{}
}

var encoderSig = sync.OnceValue(func() *py.Signature {
	return py.ParseSignature("make_encoder", "markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan")
})
var encodeCallSig = sync.OnceValue(func() *py.Signature {
	return py.ParseSignature("_iterencode", "obj, _current_indent_level")
})

func encoderNew(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	var a [9]py.Value
	if err := encoderSig().Bind(args, kwnames, a[:]); err != nil {
		return py.Value{}, err
	}
	if !a[0].IsNone() && a[0].Type() != py.DictType() && !a[0].Type().IsSubtype(py.DictType()) {
		return py.Value{}, py.Errorf(py.TypeError(), "make_encoder() argument 1 must be dict or None, not %s", py.TypeName(a[0]))
	}
	e := &encoder{markers: a[0], defaultFn: a[1], encodeFn: a[2], indent: a[3], keySep: a[4], itemSep: a[5]}
	if !a[3].IsNone() {
		// Any object is accepted; one that is not a str fails when it is
		// first used, as CPython's concatenation fails.
		e.indentS, e.badIndent = py.AsStr(a[3])
		e.badIndent = !e.badIndent
	}
	var ok bool
	if e.keySepS, ok = py.AsStr(a[4]); !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "make_encoder() argument 5 must be str, not %s", py.TypeName(a[4]))
	}
	if e.itemSepS, ok = py.AsStr(a[5]); !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "make_encoder() argument 6 must be str, not %s", py.TypeName(a[5]))
	}
	for i, p := range []*bool{&e.sortKeys, &e.skipKeys, &e.allowNaN} {
		v, err := py.IsTrue(t, a[6+i])
		if err != nil {
			return py.Value{}, err
		}
		*p = v
	}
	switch py.BuiltinDef(a[2]) {
	case encodeASCIIDef:
		e.fast = 1
	case encodeDef:
		e.fast = 2
	}
	return py.NewObject(&e.Header, typ), nil
}

func encoderCall(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	var a [2]py.Value
	if err := encodeCallSig().Bind(args, kwnames, a[:]); err != nil {
		return py.Value{}, err
	}
	level, err := py.IndexInt(t, a[1], py.OverflowError())
	if err != nil {
		return py.Value{}, err
	}
	e := &enc{encoder: py.Object[encoder](self), b: make([]byte, 0, 256)}
	if !e.markers.IsNone() {
		e.active = map[py.Value]struct{}{}
	}
	if err := e.obj(t, a[0], int(level)); err != nil {
		return py.Value{}, err
	}
	// The buffer is not written again: the str can view it.
	var out string
	if len(e.b) > 0 {
		out = unsafe.String(&e.b[0], len(e.b))
	}
	return py.NewTuple(py.NewStr(out)), nil
}

func (e *enc) newline(level int) *py.Exception {
	if e.badIndent {
		return py.Errorf(py.TypeError(), "can only concatenate str (not \"%s\") to str", py.TypeName(e.indent))
	}
	e.b = append(e.b, '\n')
	for i := 0; i < level; i++ {
		e.b = append(e.b, e.indentS...)
	}
	return nil
}

func (e *enc) str(t *py.Thread, v py.Value) *py.Exception {
	s, _ := py.AsStr(v)
	switch e.fast {
	case 1:
		e.b = appendQuoted(e.b, s, true)
		return nil
	case 2:
		e.b = appendQuoted(e.b, s, false)
		return nil
	}
	r, err := py.Call(t, e.encodeFn, v)
	if err != nil {
		return err
	}
	rs, ok := py.AsStr(r)
	if !ok {
		return py.Errorf(py.TypeError(), "encoder() must return a string, not %s", py.TypeName(r))
	}
	e.b = append(e.b, rs...)
	return nil
}

func (e *enc) float(t *py.Thread, v py.Value, f float64) *py.Exception {
	if f-f != 0 { // inf or nan
		if !e.allowNaN {
			r, err := py.Repr(t, v)
			if err != nil {
				return err
			}
			return py.Errorf(py.ValueError(), "Out of range float values are not JSON compliant: %s", r)
		}
		switch {
		case f > 0:
			e.b = append(e.b, "Infinity"...)
		case f < 0:
			e.b = append(e.b, "-Infinity"...)
		default:
			e.b = append(e.b, "NaN"...)
		}
		return nil
	}
	e.b = append(e.b, py.FloatRepr(f)...)
	return nil
}

func (e *enc) int(t *py.Thread, v py.Value) *py.Exception {
	if v.IsSmallInt() {
		n, _ := py.AsInt64(v)
		e.b = strconv.AppendInt(e.b, n, 10)
		return nil
	}
	r, err := py.IntRepr(t, v)
	if err != nil {
		return err
	}
	s, _ := py.AsStr(r)
	e.b = append(e.b, s...)
	return nil
}

func (e *enc) enter(v py.Value) *py.Exception {
	if e.active == nil {
		return nil
	}
	if _, ok := e.active[v]; ok {
		return py.Errorf(py.ValueError(), "Circular reference detected")
	}
	e.active[v] = struct{}{}
	return nil
}

func (e *enc) leave(v py.Value) {
	if e.active != nil {
		delete(e.active, v)
	}
}

func isType(v py.Value, typ *py.Type) bool {
	vt := v.Type()
	return vt == typ || vt.IsSubtype(typ)
}

// obj writes any object, as encoder_listencode_obj.
func (e *enc) obj(t *py.Thread, v py.Value, level int) *py.Exception {
	switch {
	case v.IsNone():
		e.b = append(e.b, "null"...)
		return nil
	case v.Is(py.True()):
		e.b = append(e.b, "true"...)
		return nil
	case v.Is(py.False()):
		e.b = append(e.b, "false"...)
		return nil
	case v.IsSmallInt():
		n, _ := py.AsInt64(v)
		e.b = strconv.AppendInt(e.b, n, 10)
		return nil
	case v.IsFloat():
		f, _ := py.FloatValue(v)
		return e.float(t, v, f)
	}
	vt := v.Type()
	if vt == py.StrType() || isType(v, py.StrType()) {
		return e.str(t, v)
	}
	if py.IsInt(v) {
		return e.int(t, v)
	}
	if f, ok := py.FloatValue(v); ok {
		return e.float(t, v, f)
	}
	if vt == py.ListType() || vt == py.TupleType() || isType(v, py.ListType()) || isType(v, py.TupleType()) {
		if err := t.EnterRecursiveCall(" while encoding a JSON object"); err != nil {
			return err
		}
		err := e.list(t, v, level)
		t.LeaveRecursiveCall()
		return err
	}
	if vt == py.DictType() || isType(v, py.DictType()) {
		if err := t.EnterRecursiveCall(" while encoding a JSON object"); err != nil {
			return err
		}
		err := e.dict(t, v, level)
		t.LeaveRecursiveCall()
		return err
	}
	if err := e.enter(v); err != nil {
		return err
	}
	nv, err := py.Call(t, e.defaultFn, v)
	if err != nil {
		return err
	}
	if err := t.EnterRecursiveCall(" while encoding a JSON object"); err != nil {
		return err
	}
	err = e.obj(t, nv, level)
	t.LeaveRecursiveCall()
	if err != nil {
		return err
	}
	e.leave(v)
	return nil
}

func (e *enc) list(t *py.Thread, v py.Value, level int) *py.Exception {
	// A list or tuple is read in place (its length again at every item, as it
	// may change under default()); a subclass is iterated, as
	// PySequence_Fast does.
	var snapshot []py.Value
	exact := v.Type() == py.ListType() || v.Type() == py.TupleType()
	if !exact {
		if err := py.Iterate(t, v, func(x py.Value) *py.Exception {
			snapshot = append(snapshot, x)
			return nil
		}); err != nil {
			return err
		}
	}
	items := func() []py.Value {
		if !exact {
			return snapshot
		}
		if tv, ok := py.TupleItems(v); ok {
			return tv
		}
		return py.Object[py.List](v).Items()
	}
	if len(items()) == 0 {
		e.b = append(e.b, "[]"...)
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	e.b = append(e.b, '[')
	if !e.indent.IsNone() {
		level++
		if err := e.newline(level); err != nil {
			return err
		}
	}
	for i := 0; ; i++ {
		cur := items()
		if i >= len(cur) {
			break
		}
		if i > 0 {
			e.b = append(e.b, e.itemSepS...)
			if !e.indent.IsNone() {
				if err := e.newline(level); err != nil {
					return err
				}
			}
		}
		if err := e.obj(t, cur[i], level); err != nil {
			return err
		}
	}
	e.leave(v)
	if !e.indent.IsNone() {
		if err := e.newline(level - 1); err != nil {
			return err
		}
	}
	e.b = append(e.b, ']')
	return nil
}

func (e *enc) dict(t *py.Thread, v py.Value, level int) *py.Exception {
	d := py.Object[py.Dict](v)
	if d.Len() == 0 {
		e.b = append(e.b, "{}"...)
		return nil
	}
	if err := e.enter(v); err != nil {
		return err
	}
	e.b = append(e.b, '{')
	if !e.indent.IsNone() {
		level++
		if err := e.newline(level); err != nil {
			return err
		}
	}
	first := true
	if e.sortKeys && v.Type() == py.DictType() {
		// Keys that are all exact strs sort as their code points, which is
		// the order of their UTF-8 bytes: no Python comparisons needed.
		type kv struct {
			k   string
			key py.Value
			val py.Value
		}
		pairs := make([]kv, 0, d.Len())
		allStr := true
		d.Items(func(k, val py.Value) bool {
			if k.Type() != py.StrType() {
				allStr = false
				return false
			}
			ks, _ := py.AsStr(k)
			pairs = append(pairs, kv{ks, k, val})
			return true
		})
		if allStr {
			slices.SortFunc(pairs, func(a, b kv) int { return strings.Compare(a.k, b.k) })
			for _, p := range pairs {
				if err := e.item(t, p.key, p.val, level, &first); err != nil {
					return err
				}
			}
			goto done
		}
	}
	if e.sortKeys || v.Type() != py.DictType() {
		itemsV, err := py.CallMethod(t, v, "items")
		if err != nil {
			return err
		}
		list, err := py.ToSlice(t, itemsV)
		if err != nil {
			return err
		}
		lv := py.NewList(list).Value()
		if e.sortKeys {
			if _, err := py.CallMethod(t, lv, "sort"); err != nil {
				return err
			}
		}
		for _, it := range py.Object[py.List](lv).Items() {
			kv, ok := py.TupleItems(it)
			if !ok || len(kv) != 2 {
				return py.Errorf(py.ValueError(), "items must return 2-tuples")
			}
			if err := e.item(t, kv[0], kv[1], level, &first); err != nil {
				return err
			}
		}
	} else {
		var err *py.Exception
		d.Items(func(k, val py.Value) bool {
			err = e.item(t, k, val, level, &first)
			return err == nil
		})
		if err != nil {
			return err
		}
	}
done:
	e.leave(v)
	if !e.indent.IsNone() {
		if err := e.newline(level - 1); err != nil {
			return err
		}
	}
	e.b = append(e.b, '}')
	return nil
}

// item writes one key and value of an object.
func (e *enc) item(t *py.Thread, k, v py.Value, level int, first *bool) *py.Exception {
	var key string
	switch {
	case isType(k, py.StrType()):
		key, _ = py.AsStr(k)
	case k.IsFloat() || isType(k, py.FloatType()):
		f, _ := py.FloatValue(k)
		n := len(e.b)
		if err := e.float(t, k, f); err != nil {
			return err
		}
		key = string(e.b[n:])
		e.b = e.b[:n]
	case k.Is(py.True()):
		key = "true"
	case k.Is(py.False()):
		key = "false"
	case k.IsNone():
		key = "null"
	case py.IsInt(k):
		n := len(e.b)
		if err := e.int(t, k); err != nil {
			return err
		}
		key = string(e.b[n:])
		e.b = e.b[:n]
	case e.skipKeys:
		return nil
	default:
		return py.Errorf(py.TypeError(), "keys must be str, int, float, bool or None, not %s", py.TypeName(k))
	}
	if *first {
		*first = false
	} else {
		e.b = append(e.b, e.itemSepS...)
		if !e.indent.IsNone() {
			if err := e.newline(level); err != nil {
				return err
			}
		}
	}
	if isType(k, py.StrType()) {
		if err := e.str(t, k); err != nil {
			return err
		}
	} else if err := e.str(t, py.NewStrText(key, len(key))); err != nil {
		return err
	}
	e.b = append(e.b, e.keySepS...)
	return e.obj(t, v, level)
}

func encGet(name string, get func(e *encoder) py.Value) *py.MethodDef {
	return py.GetSetDef(name, func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return get(py.Object[encoder](self)), nil
	}, nil)
}

var encoderDef = &py.TypeDef{
	Name: "_json.Encoder",
	Doc:  "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)",
	New:  encoderNew,
	Call: encoderCall,
	Methods: []*py.MethodDef{
		encGet("markers", func(e *encoder) py.Value { return e.markers }),
		encGet("default", func(e *encoder) py.Value { return e.defaultFn }),
		encGet("encoder", func(e *encoder) py.Value { return e.encodeFn }),
		encGet("indent", func(e *encoder) py.Value { return e.indent }),
		encGet("key_separator", func(e *encoder) py.Value { return e.keySep }),
		encGet("item_separator", func(e *encoder) py.Value { return e.itemSep }),
		encGet("sort_keys", func(e *encoder) py.Value { return py.Bool(e.sortKeys) }),
		encGet("skipkeys", func(e *encoder) py.Value { return py.Bool(e.skipKeys) }),
	},
}
