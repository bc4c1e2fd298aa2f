// Package json is the _json module: the native halves of lib/json, a scanner that
// turns JSON text into Python objects and an encoder that writes Python objects as
// JSON text, with the results, messages and error positions of CPython's _json.
//
// Both work on the str's UTF-8 (WTF-8) bytes. Every character JSON gives meaning
// to is ASCII, so byte offsets are used throughout and turned into the character
// positions Python sees only where a position leaves the module (an end index, an
// error's pos): for an ASCII document the two are the same.
package json

import (
	"math"
	"strconv"
	"strings"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// Def is the _json module.
var Def = &py.ModuleDef{Name: "_json", Doc: "json speedups\n", Methods: methods, Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	ty := types()
	m.Set("make_scanner", py.TypeValue(ty.scanner))
	m.Set("make_encoder", py.TypeValue(ty.encoder))
	return nil
}}

type typeSet struct{ scanner, encoder *py.Type }

var types = sync.OnceValue(func() typeSet {
	return typeSet{scanner: py.NewType(scannerDef), encoder: py.NewType(encoderDef)}
})

// doc is the text being decoded, with what converts its byte offsets.
type doc struct {
	v     py.Value // the str, for JSONDecodeError
	s     string
	ascii bool
}

func newDoc(v py.Value) doc {
	s, _ := py.AsStr(v)
	return doc{v: v, s: s, ascii: py.StrLen(v) == len(s)}
}

// pos is the character index of byte offset off.
func (d *doc) pos(off int) int {
	if d.ascii || off <= 0 {
		return off
	}
	return py.CountChars(d.s[:off])
}

// offset is the byte offset of character index i (0 <= i <= length).
func (d *doc) offset(i int) int {
	if d.ascii {
		return i
	}
	off := 0
	for ; i > 0 && off < len(d.s); i-- {
		_, w := py.DecodeChar(d.s[off:])
		off += w
	}
	return off
}

// fail raises json.decoder.JSONDecodeError(msg, doc, pos) for byte offset off.
func (d *doc) fail(t *py.Thread, msg string, off int) *py.Exception {
	mod, err := py.Import(t, "json.decoder")
	if err != nil {
		return err
	}
	cls, err := py.GetAttrS(t, mod, "JSONDecodeError")
	if err != nil {
		return err
	}
	e, err := py.Call(t, cls, py.NewStr(msg), d.v, py.Int(int64(d.pos(off))))
	if err != nil {
		return err
	}
	if x := py.AsException(e); x != nil {
		return x
	}
	return py.Errorf(py.TypeError(), "exceptions must derive from BaseException")
}

// stopAt is the StopIteration(pos) that says "no value here".
func (d *doc) stopAt(off int) *py.Exception {
	return py.NewException(py.StopIteration(), py.Int(int64(d.pos(off))))
}

func isWS(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func skipWS(s string, i int) int {
	for i < len(s) && isWS(s[i]) {
		i++
	}
	return i
}

func unhex(c byte) rune {
	switch {
	case '0' <= c && c <= '9':
		return rune(c - '0')
	case 'a' <= c && c <= 'f':
		return rune(c-'a') + 10
	case 'A' <= c && c <= 'F':
		return rune(c-'A') + 10
	}
	return -1
}

func hex4(s string) rune {
	var r rune
	for i := 0; i < 4; i++ {
		h := unhex(s[i])
		if h < 0 {
			return -1
		}
		r = r<<4 | h
	}
	return r
}

// scanString decodes the string whose opening quote is just before byte offset
// start; it returns the text and the offset after the closing quote.
func (d *doc) scanString(t *py.Thread, start int, strict bool) (py.Value, int, *py.Exception) {
	s := d.s
	begin := start - 1
	i := start
	// The common case: no escapes, so the value is a slice of the document.
	for i < len(s) {
		c := s[i]
		if c == '"' {
			return d.slice(start, i), i + 1, nil
		}
		if c == '\\' {
			break
		}
		if c < 0x20 && strict {
			return py.Value{}, 0, d.fail(t, "Invalid control character at", i)
		}
		i++
	}
	if i >= len(s) {
		return py.Value{}, 0, d.fail(t, "Unterminated string starting at", begin)
	}
	buf := make([]byte, 0, i-start+16)
	buf = append(buf, s[start:i]...)
	for {
		// s[i] is a backslash here.
		i++
		if i >= len(s) {
			return py.Value{}, 0, d.fail(t, "Unterminated string starting at", begin)
		}
		c := s[i]
		if c != 'u' {
			switch c {
			case '"', '\\', '/':
				buf = append(buf, c)
			case 'b':
				buf = append(buf, '\b')
			case 'f':
				buf = append(buf, '\f')
			case 'n':
				buf = append(buf, '\n')
			case 'r':
				buf = append(buf, '\r')
			case 't':
				buf = append(buf, '\t')
			default:
				return py.Value{}, 0, d.fail(t, "Invalid \\escape", i-1)
			}
			i++
		} else {
			i++
			if i+4 >= len(s) {
				return py.Value{}, 0, d.fail(t, "Invalid \\uXXXX escape", i-1)
			}
			r := hex4(s[i:])
			if r < 0 {
				return py.Value{}, 0, d.fail(t, "Invalid \\uXXXX escape", i-1)
			}
			i += 4
			if r >= 0xD800 && r <= 0xDBFF && i+6 < len(s) && s[i] == '\\' && s[i+1] == 'u' {
				lo := hex4(s[i+2:])
				if lo < 0 {
					return py.Value{}, 0, d.fail(t, "Invalid \\uXXXX escape", i+1)
				}
				if lo >= 0xDC00 && lo <= 0xDFFF {
					r = 0x10000 + (r-0xD800)<<10 + (lo - 0xDC00)
					i += 6
				}
			}
			buf = py.AppendChar(buf, r)
		}
		// Copy up to the next quote or backslash.
		j := i
		for j < len(s) {
			c := s[j]
			if c == '"' || c == '\\' {
				break
			}
			if c < 0x20 && strict {
				return py.Value{}, 0, d.fail(t, "Invalid control character at", j)
			}
			j++
		}
		if j >= len(s) {
			return py.Value{}, 0, d.fail(t, "Unterminated string starting at", begin)
		}
		buf = append(buf, s[i:j]...)
		i = j
		if s[i] == '"' {
			return py.NewStr(string(buf)), i + 1, nil
		}
	}
}

// slice is the str of the document's bytes [from, to).
func (d *doc) slice(from, to int) py.Value {
	// A copy: a small value must not keep a large document alive.
	if d.ascii {
		return py.NewStrText(strings.Clone(d.s[from:to]), to-from)
	}
	return py.NewStr(strings.Clone(d.s[from:to]))
}

// objectKey reads an object's key whose opening quote is just before byte
// offset start, memoised: a key met before is the same str object, and costs
// no allocation when it has no escapes.
func (sc *scan) objectKey(t *py.Thread, start int) (py.Value, int, *py.Exception) {
	s := sc.s
	for i := start; i < len(s); i++ {
		c := s[i]
		if c == '"' {
			if v, ok := sc.memo[s[start:i]]; ok {
				return v, i + 1, nil
			}
			v := sc.slice(start, i)
			k, _ := py.AsStr(v)
			sc.memo[k] = v
			return v, i + 1, nil
		}
		if c == '\\' || c < 0x20 {
			break
		}
	}
	k, next, err := sc.scanString(t, start, sc.strict)
	if err != nil {
		return py.Value{}, 0, err
	}
	return sc.key(k), next, nil
}

// scanner is a _json.Scanner: the decoder's options, read once from the
// JSONDecoder it is made for.
type scanner struct {
	py.Header
	strict                                                           bool
	strictV, objectHook, pairsHook, parseFloat, parseInt, parseConst py.Value
	floatIsFloat, intIsInt                                           bool
}

// scan is one scan_once call: the scanner's options, the document, and the memo
// of object keys (one str object per distinct key, as CPython's memo dict).
type scan struct {
	*scanner
	doc
	memo map[string]py.Value
}

// value decodes the JSON value at byte offset i; a StopIteration says there is
// none there.
func (sc *scan) value(t *py.Thread, i int) (py.Value, int, *py.Exception) {
	s := sc.s
	if i >= len(s) {
		return py.Value{}, 0, sc.stopAt(i)
	}
	switch s[i] {
	case '"':
		return sc.scanString(t, i+1, sc.strict)
	case '{':
		if err := t.EnterRecursiveCall(" while decoding a JSON object from a unicode string"); err != nil {
			return py.Value{}, 0, err
		}
		v, end, err := sc.object(t, i+1)
		t.LeaveRecursiveCall()
		return v, end, err
	case '[':
		if err := t.EnterRecursiveCall(" while decoding a JSON array from a unicode string"); err != nil {
			return py.Value{}, 0, err
		}
		v, end, err := sc.array(t, i+1)
		t.LeaveRecursiveCall()
		return v, end, err
	case 'n':
		if hasWord(s, i, "null") {
			return py.None(), i + 4, nil
		}
	case 't':
		if hasWord(s, i, "true") {
			return py.True(), i + 4, nil
		}
	case 'f':
		if hasWord(s, i, "false") {
			return py.False(), i + 5, nil
		}
	case 'N':
		if hasWord(s, i, "NaN") {
			return sc.constant(t, "NaN", i)
		}
	case 'I':
		if hasWord(s, i, "Infinity") {
			return sc.constant(t, "Infinity", i)
		}
	case '-':
		if hasWord(s, i, "-Infinity") {
			return sc.constant(t, "-Infinity", i)
		}
	}
	return sc.number(t, i)
}

func hasWord(s string, i int, w string) bool {
	return len(s)-i >= len(w) && s[i:i+len(w)] == w
}

func (sc *scan) constant(t *py.Thread, name string, i int) (py.Value, int, *py.Exception) {
	v, err := py.Call(t, sc.parseConst, py.NewStr(name))
	return v, i + len(name), err
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// number decodes the number at byte offset start (StopIteration if there is none).
func (sc *scan) number(t *py.Thread, start int) (py.Value, int, *py.Exception) {
	s := sc.s
	i := start
	if i < len(s) && s[i] == '-' {
		i++
		if i >= len(s) {
			return py.Value{}, 0, sc.stopAt(start)
		}
	}
	switch {
	case i < len(s) && '1' <= s[i] && s[i] <= '9':
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	case i < len(s) && s[i] == '0':
		i++
	default:
		return py.Value{}, 0, sc.stopAt(start)
	}
	isFloat := false
	if i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		isFloat = true
		i += 2
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		e := i
		i++
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		digits := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if i > digits {
			isFloat = true
		} else {
			i = e
		}
	}
	text := s[start:i]
	if isFloat {
		if !sc.floatIsFloat {
			v, err := py.Call(t, sc.parseFloat, py.NewStrText(text, len(text)))
			return v, i, err
		}
		f, err := strconv.ParseFloat(text, 64)
		if err != nil && !math.IsInf(f, 0) {
			return py.Value{}, 0, py.Errorf(py.ValueError(), "could not convert string to float: '%s'", text)
		}
		return py.Float(f), i, nil
	}
	if !sc.intIsInt {
		v, err := py.Call(t, sc.parseInt, py.NewStrText(text, len(text)))
		return v, i, err
	}
	if len(text) <= 18 {
		n, _ := strconv.ParseInt(text, 10, 64)
		return py.Int(n), i, nil
	}
	v, err := py.ToInt(t, py.NewStrText(text, len(text)))
	return v, i, err
}

// key returns the memoised str for an object key.
func (sc *scan) key(k py.Value) py.Value {
	s, _ := py.AsStr(k)
	if v, ok := sc.memo[s]; ok {
		return v
	}
	sc.memo[s] = k
	return k
}

// object decodes an object whose '{' is just before byte offset i.
func (sc *scan) object(t *py.Thread, i int) (py.Value, int, *py.Exception) {
	s := sc.s
	var dict *py.Dict
	var pairs []py.Value
	usePairs := !sc.pairsHook.IsNone()
	if !usePairs {
		dict = py.NewDict()
	}
	i = skipWS(s, i)
	if i >= len(s) || s[i] != '}' {
		for i < len(s) {
			if s[i] != '"' {
				return py.Value{}, 0, sc.fail(t, "Expecting property name enclosed in double quotes", i)
			}
			k, next, err := sc.objectKey(t, i+1)
			if err != nil {
				return py.Value{}, 0, err
			}
			i = skipWS(s, next)
			if i >= len(s) || s[i] != ':' {
				return py.Value{}, 0, sc.fail(t, "Expecting ':' delimiter", i)
			}
			i = skipWS(s, i+1)
			v, next, err := sc.value(t, i)
			if err != nil {
				return py.Value{}, 0, err
			}
			if usePairs {
				pairs = append(pairs, py.NewTuple(k, v))
			} else if err := dict.SetItem(t, k, v); err != nil {
				return py.Value{}, 0, err
			}
			i = skipWS(s, next)
			if i < len(s) && s[i] == '}' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return py.Value{}, 0, sc.fail(t, "Expecting ',' delimiter", i)
			}
			comma := i
			i = skipWS(s, i+1)
			if i < len(s) && s[i] == '}' {
				return py.Value{}, 0, sc.fail(t, "Illegal trailing comma before end of object", comma)
			}
		}
		if i >= len(s) || s[i] != '}' {
			return py.Value{}, 0, sc.fail(t, "Expecting property name enclosed in double quotes", len(s))
		}
	}
	i++
	if usePairs {
		v, err := py.Call(t, sc.pairsHook, py.NewList(pairs).Value())
		return v, i, err
	}
	if !sc.objectHook.IsNone() {
		v, err := py.Call(t, sc.objectHook, dict.Value())
		return v, i, err
	}
	return dict.Value(), i, nil
}

// array decodes an array whose '[' is just before byte offset i.
func (sc *scan) array(t *py.Thread, i int) (py.Value, int, *py.Exception) {
	s := sc.s
	var items []py.Value
	i = skipWS(s, i)
	if i >= len(s) || s[i] != ']' {
		for i < len(s) {
			v, next, err := sc.value(t, i)
			if err != nil {
				return py.Value{}, 0, err
			}
			items = append(items, v)
			i = skipWS(s, next)
			if i < len(s) && s[i] == ']' {
				break
			}
			if i >= len(s) || s[i] != ',' {
				return py.Value{}, 0, sc.fail(t, "Expecting ',' delimiter", i)
			}
			comma := i
			i = skipWS(s, i+1)
			if i < len(s) && s[i] == ']' {
				return py.Value{}, 0, sc.fail(t, "Illegal trailing comma before end of array", comma)
			}
		}
		if i >= len(s) || s[i] != ']' {
			return py.Value{}, 0, sc.fail(t, "Expecting value", len(s))
		}
	}
	if items == nil {
		items = []py.Value{}
	}
	return py.NewList(items).Value(), i + 1, nil
}

func scannerNew(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	var a [1]py.Value
	if err := scannerSig().Bind(args, kwnames, a[:]); err != nil {
		return py.Value{}, err
	}
	ctx := a[0]
	sc := &scanner{}
	get := func(name string) (py.Value, *py.Exception) { return py.GetAttrS(t, ctx, name) }
	var err *py.Exception
	if sc.strictV, err = get("strict"); err != nil {
		return py.Value{}, err
	}
	if sc.strict, err = py.IsTrue(t, sc.strictV); err != nil {
		return py.Value{}, err
	}
	if sc.objectHook, err = get("object_hook"); err != nil {
		return py.Value{}, err
	}
	if sc.pairsHook, err = get("object_pairs_hook"); err != nil {
		return py.Value{}, err
	}
	if sc.parseFloat, err = get("parse_float"); err != nil {
		return py.Value{}, err
	}
	if sc.parseInt, err = get("parse_int"); err != nil {
		return py.Value{}, err
	}
	if sc.parseConst, err = get("parse_constant"); err != nil {
		return py.Value{}, err
	}
	sc.floatIsFloat = sc.parseFloat.Is(py.TypeValue(py.FloatType()))
	sc.intIsInt = sc.parseInt.Is(py.TypeValue(py.IntType()))
	return py.NewObject(&sc.Header, typ), nil
}

var scannerSig = sync.OnceValue(func() *py.Signature { return py.ParseSignature("make_scanner", "context") })
var scanSig = sync.OnceValue(func() *py.Signature { return py.ParseSignature("scan_once", "string, idx, /") })

func scannerCall(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	var a [2]py.Value
	if err := scanSig().Bind(args, kwnames, a[:]); err != nil {
		return py.Value{}, err
	}
	if _, ok := py.AsStr(a[0]); !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "first argument must be a string, not %s", py.TypeName(a[0]))
	}
	idx, err := py.IndexInt(t, a[1], py.OverflowError())
	if err != nil {
		return py.Value{}, err
	}
	if idx < 0 {
		return py.Value{}, py.Errorf(py.ValueError(), "idx cannot be negative")
	}
	sc := &scan{scanner: py.Object[scanner](self), doc: newDoc(a[0]), memo: map[string]py.Value{}}
	if idx >= int64(py.StrLen(a[0])) {
		return py.Value{}, py.NewException(py.StopIteration(), py.Int(idx))
	}
	v, end, err := sc.value(t, sc.offset(int(idx)))
	if err != nil {
		return py.Value{}, err
	}
	return py.NewTuple(v, py.Int(int64(sc.pos(end)))), nil
}

func member(name string, get func(sc *scanner) py.Value) *py.MethodDef {
	return py.GetSetDef(name, func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return get(py.Object[scanner](self)), nil
	}, nil)
}

var scannerDef = &py.TypeDef{
	Name:  "_json.Scanner",
	Doc:   "JSON scanner object",
	Final: false,
	New:   scannerNew,
	Call:  scannerCall,
	Methods: []*py.MethodDef{
		member("strict", func(sc *scanner) py.Value { return py.Bool(sc.strict) }),
		member("object_hook", func(sc *scanner) py.Value { return sc.objectHook }),
		member("object_pairs_hook", func(sc *scanner) py.Value { return sc.pairsHook }),
		member("parse_float", func(sc *scanner) py.Value { return sc.parseFloat }),
		member("parse_int", func(sc *scanner) py.Value { return sc.parseInt }),
		member("parse_constant", func(sc *scanner) py.Value { return sc.parseConst }),
	},
}

// scanstring(string, end, strict=True, /) -> (str, end)
func scanstring(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	if _, ok := py.AsStr(a[0]); !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "first argument must be a string, not %s", py.TypeName(a[0]))
	}
	end, err := py.IndexInt(t, a[1], py.OverflowError())
	if err != nil {
		return py.Value{}, err
	}
	strict, err := py.IsTrue(t, a[2])
	if err != nil {
		return py.Value{}, err
	}
	d := newDoc(a[0])
	if end < 0 || end > int64(py.StrLen(a[0])) {
		return py.Value{}, py.Errorf(py.ValueError(), "end is out of bounds")
	}
	v, next, err := d.scanString(t, d.offset(int(end)), strict)
	if err != nil {
		return py.Value{}, err
	}
	return py.NewTuple(v, py.Int(int64(d.pos(next)))), nil
}
