package py

import (
	"math"
	"strconv"
	"strings"
	"unsafe"

	"github.com/kaa-python/kaa/internal/ucd"
)

func strSelf(v Value) *Str { return v.str() }

func strArg(name string, v Value) (*Str, *Exception) {
	if v.Type().layout != strType {
		return nil, typeErrorf("%s arg must be None or str", name)
	}
	return v.str(), nil
}

// clinicStr is Argument Clinic's check of a str parameter: "removeprefix()
// argument must be str, not int".
func clinicStr(fn string, v Value) *Exception {
	if v.Type().layout == strType {
		return nil
	}
	got := typeName(v)
	if v.IsNone() {
		got = "None"
	}
	return typeErrorf("%s() argument must be str, not %s", fn, got)
}

// format is format(v, spec).
func format(t *Thread, v Value, spec string) (Value, *Exception) {
	if spec == "" {
		if v.Type() == strType {
			return v, nil
		}
		if v.IsSmallInt() {
			return NewStr(v.reprSmall()), nil
		}
	}
	m, found, err := lookupSpecial(t, v, "__format__")
	if err != nil {
		return Value{}, err
	}
	if !found {
		return Value{}, typeErrorf("Type %s doesn't define __format__", typeName(v))
	}
	r, err := Call(t, m, NewStr(spec))
	if err != nil {
		return Value{}, err
	}
	if r.Type().layout != strType {
		return Value{}, typeErrorf("__format__ must return a str, not %s", typeName(r))
	}
	return r, nil
}

func math_isInfNaN(f float64) bool {
	return f != f || f > 1.7976931348623157e308 || f < -1.7976931348623157e308
}

func strGetitem(t *Thread, v, key Value) (Value, *Exception) {
	s := strSelf(v)
	if key.Type() == sliceType {
		start, _, step, n, err := key.slice().indices(t, s.n)
		if err != nil {
			return Value{}, err
		}
		if step == 1 {
			return newStrN(s.substr(start, start+n), n), nil
		}
		b := make([]byte, 0, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			b = appendRune(b, s.at(j))
		}
		return newStrN(string(b), n), nil
	}
	i, err := seqIndex(t, key, s.n, "string")
	if err != nil {
		return Value{}, err
	}
	return NewStr(runeStr(s.at(i))), nil
}

func init() {
	strType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		var a [3]Value
		if err := parseArgs("str", args, kw, []string{"object", "encoding", "errors"}, 0, 0, -1, a[:]); err != nil {
			return Value{}, err
		}
		r := NewStr("")
		enc, errs := "utf-8", "strict"
		for i, dst := range []*string{&enc, &errs} {
			if v := a[i+1]; !v.IsNil() {
				if v.Type().layout != strType {
					return Value{}, typeErrorf("str() argument '%s' must be str, not %s", []string{"encoding", "errors"}[i], typeName(v))
				}
				*dst = v.str().s
			}
		}
		if !a[0].IsNil() {
			if !a[1].IsNil() || !a[2].IsNil() {
				b, ok := bytesLike(a[0])
				if !ok {
					return Value{}, typeErrorf("decoding to str: need a bytes-like object, %s found", typeName(a[0]))
				}
				var err *Exception
				if r, err = decodeBytes(t, b, enc, errs); err != nil {
					return Value{}, err
				}
			} else {
				var err *Exception
				if r, err = StrV(t, a[0]); err != nil {
					return Value{}, err
				}
			}
		}
		if typ == strType {
			if r.Type() != strType {
				return NewStr(r.str().s), nil
			}
			return r, nil
		}
		s := newStr(r.str().s)
		s.typ = typ
		return Value{p: unsafe.Pointer(s)}, nil
	}
	strType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr(strRepr(strSelf(v).s)), nil }
	strType.str = func(t *Thread, v Value) (Value, *Exception) {
		if v.Type() == strType {
			return v, nil
		}
		return NewStr(strSelf(v).s), nil
	}
	strType.hash = func(t *Thread, v Value) (int64, *Exception) { return strHash(hashKey, strSelf(v)), nil }
	strType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if b.Type().layout != strType {
			return pyNotImplemented, nil
		}
		return Bool(cmpResult(strings.Compare(strSelf(a).s, strSelf(b).s), op)), nil
	}
	strType.len = func(t *Thread, v Value) (int, *Exception) { return strSelf(v).n, nil }
	strType.getitem = strGetitem
	strType.contains = func(t *Thread, v, x Value) (bool, *Exception) {
		if x.Type().layout != strType {
			return false, typeErrorf("'in <string>' requires string as left operand, not %s", typeName(x))
		}
		return strings.Contains(strSelf(v).s, strSelf(x).s), nil
	}
	strType.iter = func(t *Thread, v Value) (Value, *Exception) {
		s := strSelf(v)
		i := 0
		return newFuncIter(strIterType, func(t *Thread) (Value, *Exception) {
			if i >= s.n {
				return Value{}, nil
			}
			r := s.at(i)
			i++
			return NewStr(runeStr(r)), nil
		}), nil
	}
	strType.ownNum().nb[nbAdd] = func(t *Thread, a, b Value) (Value, *Exception) {
		if b.Type().layout != strType {
			return pyNotImplemented, nil
		}
		x, y := strSelf(a), strSelf(b)
		if a.Type() == strType && b.Type() == strType {
			return t.concatStr(x, y)
		}
		if err := t.checkAlloc(int64(len(x.s)+len(y.s)), 1); err != nil {
			return Value{}, err
		}
		return newStrN(x.s+y.s, x.n+y.n), nil
	}
	strType.ownNum().nb[nbMul] = func(t *Thread, a, b Value) (Value, *Exception) {
		if b.Type().index == nil {
			return pyNotImplemented, nil
		}
		n, err := IndexInt(t, b, overflowError)
		if err != nil {
			return Value{}, err
		}
		s := strSelf(a)
		if n <= 0 || s.n == 0 {
			return NewStr(""), nil
		}
		if n > math.MaxInt64/int64(s.n) {
			return Value{}, Errorf(overflowError, "repeated string is too long")
		}
		if err := t.checkAlloc(int64(len(s.s)), n); err != nil {
			return Value{}, err
		}
		return newStrN(strings.Repeat(s.s, int(n)), s.n*int(n)), nil
	}
	strType.ownNum().nbr[nbMul] = strType.num.nb[nbMul]
	strType.ownNum().nb[nbMod] = func(t *Thread, a, b Value) (Value, *Exception) {
		if a.Type().layout != strType {
			return pyNotImplemented, nil
		}
		return percentFormat(t, strSelf(a).s, b)
	}
	strType.ownNum().nbr[nbMod] = reflected(strType.num.nb[nbMod])
	strType.readyLazy(func() []*MethodDef { return strMethodDefs() })
	strIterType.iter = selfIter
	strIterType.next = funcIterNext
	strIterType.ready()
}

// strIterType is str_ascii_iterator.
var strIterType = newType("str_ascii_iterator", nil, nil)

func strMethodDefs() []*MethodDef {
	strMap := func(name string, f func(*Str) string) *MethodDef {
		return methNoArgs("str."+name, func(t *Thread, self Value) (Value, *Exception) { return NewStr(f(strSelf(self))), nil })
	}
	strPred := func(name string, f func(*Str) bool) *MethodDef {
		return methNoArgs("str."+name, func(t *Thread, self Value) (Value, *Exception) { return Bool(f(strSelf(self))), nil })
	}
	pred := func(name string, f func(r rune) bool, emptyFalse bool) *MethodDef {
		return methNoArgs("str."+name, func(t *Thread, self Value) (Value, *Exception) {
			s := strSelf(self)
			if s.n == 0 {
				return Bool(!emptyFalse), nil
			}
			for _, r := range s.Runes() {
				if !f(r) {
					return pyFalse, nil
				}
			}
			return pyTrue, nil
		})
	}
	stripper := func(name string, left, right bool) *MethodDef {
		return methN(name, 0, 1, func(t *Thread, self Value, a []Value) (Value, *Exception) {
			s := strSelf(self).s
			if len(a) == 0 || a[0].IsNone() {
				if left {
					s = strings.TrimLeftFunc(s, isSpaceRune)
				}
				if right {
					s = strings.TrimRightFunc(s, isSpaceRune)
				}
				return NewStr(s), nil
			}
			c, err := strArg(name, a[0])
			if err != nil {
				return Value{}, err
			}
			if left {
				s = strings.TrimLeft(s, c.s)
			}
			if right {
				s = strings.TrimRight(s, c.s)
			}
			return NewStr(s), nil
		})
	}
	finder := func(name string, rev, raise bool) *MethodDef {
		return methN(name, 1, 3, func(t *Thread, self Value, a []Value) (Value, *Exception) {
			s := strSelf(self)
			if a[0].Type().layout != strType {
				return Value{}, typeErrorf("%s() argument 1 must be str, not %s", name, typeName(a[0]))
			}
			start, end, err := strRange(t, s, a[1:])
			if err != nil {
				return Value{}, err
			}
			idx := -1
			if start <= end {
				hay := s.substr(start, end)
				needle := a[0].str().s
				var bi int
				if rev {
					bi = strings.LastIndex(hay, needle)
				} else {
					bi = strings.Index(hay, needle)
				}
				if bi >= 0 {
					idx = start + countRunes(hay[:bi])
				}
			}
			if idx < 0 && raise {
				return Value{}, Errorf(valueError, "substring not found")
			}
			return Int(int64(idx)), nil
		})
	}
	affix := func(name string, prefix bool) *MethodDef {
		return methN(name, 1, 3, func(t *Thread, self Value, a []Value) (Value, *Exception) {
			s := strSelf(self)
			start, end, err := strRange(t, s, a[1:])
			if err != nil {
				return Value{}, err
			}
			if start > end {
				return pyFalse, nil
			}
			hay := s.substr(start, end)
			inTuple := false
			check := func(v Value) (bool, *Exception) {
				if v.Type().layout != strType {
					if inTuple {
						return false, typeErrorf("tuple for %s must only contain str, not %s", name, typeName(v))
					}
					return false, typeErrorf("%s first arg must be str or a tuple of str, not %s", name, typeName(v))
				}
				if prefix {
					return strings.HasPrefix(hay, v.str().s), nil
				}
				return strings.HasSuffix(hay, v.str().s), nil
			}
			if items, ok := a[0].tupleItems(); ok {
				inTuple = true
				for _, x := range items {
					b, err := check(x)
					if err != nil || b {
						return Bool(b), err
					}
				}
				return pyFalse, nil
			}
			b, err := check(a[0])
			return Bool(b), err
		})
	}
	return []*MethodDef{
		strMap("upper", strUpper),
		strMap("lower", strLower),
		strMap("casefold", strCasefold),
		strMap("swapcase", strSwapcase),
		strMap("capitalize", strCapitalize),
		strMap("title", strTitle),
		pred("isdigit", ucd.IsDigit, true),
		pred("isdecimal", ucd.IsDecimal, true),
		pred("isnumeric", ucd.IsNumeric, true),
		pred("isalpha", ucd.IsAlpha, true),
		pred("isalnum", isAlnumRune, true),
		pred("isspace", isSpaceRune, true),
		pred("isprintable", ucd.IsPrintable, false),
		pred("isascii", func(r rune) bool { return r < 0x80 }, false),
		strPred("isupper", strIsUpper),
		strPred("islower", strIsLower),
		strPred("istitle", strIsTitle),
		strPred("isidentifier", strIsIdentifier),
		stripper("strip", true, true),
		stripper("lstrip", true, false),
		stripper("rstrip", false, true),
		finder("find", false, false),
		finder("rfind", true, false),
		finder("index", false, true),
		finder("rindex", true, true),
		affix("startswith", true),
		affix("endswith", false),
		methO("str.join", func(t *Thread, self, it Value) (Value, *Exception) {
			items, err := ToSlice(t, it)
			if err != nil {
				if err.Matches(typeError) && it.Type().iter == nil && it.Type().getitem == nil {
					return Value{}, typeErrorf("can only join an iterable")
				}
				return Value{}, err
			}
			parts := make([]string, len(items))
			for i, x := range items {
				if x.Type().layout != strType {
					return Value{}, typeErrorf("sequence item %d: expected str instance, %s found", i, typeName(x))
				}
				parts[i] = x.str().s
			}
			return NewStr(strings.Join(parts, strSelf(self).s)), nil
		}),
		&MethodDef{Name: "split", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			return strSplit(t, self, args, kw, false)
		}},
		&MethodDef{Name: "rsplit", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			return strSplit(t, self, args, kw, true)
		}},
		&MethodDef{Name: "splitlines", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			keep, err := keependsArg(t, args, kw)
			if err != nil {
				return Value{}, err
			}
			s := strSelf(self).s
			var out []Value
			for len(s) > 0 {
				i := strings.IndexAny(s, "\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029")
				if i < 0 {
					out = append(out, NewStr(s))
					break
				}
				_, n := decodeRune(s[i:])
				if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
					n = 2
				}
				if keep {
					out = append(out, NewStr(s[:i+n]))
				} else {
					out = append(out, NewStr(s[:i]))
				}
				s = s[i+n:]
			}
			return NewList(out).Value(), nil
		}},
		&MethodDef{Name: "replace", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			npos := len(args) - kwLen(kw)
			if npos < 2 {
				return Value{}, typeErrorf("replace() takes at least 2 positional arguments (%d given)", npos)
			}
			var a [3]Value
			if err := parseArgs("replace", args, kw, []string{"old", "new", "count"}, 2, 2, -1, a[:]); err != nil {
				return Value{}, err
			}
			n := int64(-1)
			if !a[2].IsNil() {
				var err *Exception
				if n, err = IndexInt(t, a[2], nil); err != nil {
					return Value{}, err
				}
			}
			for i := 0; i < 2; i++ {
				if a[i].Type().layout != strType {
					return Value{}, typeErrorf("replace() argument %d must be str, not %s", i+1, typeName(a[i]))
				}
			}
			return NewStr(strings.Replace(strSelf(self).s, a[0].str().s, a[1].str().s, int(n))), nil
		}},
		methN("count", 1, 3, func(t *Thread, self Value, a []Value) (Value, *Exception) {
			if a[0].Type().layout != strType {
				return Value{}, typeErrorf("count() argument 1 must be str, not %s", typeName(a[0]))
			}
			s := strSelf(self)
			start, end, err := strRange(t, s, a[1:])
			if err != nil {
				return Value{}, err
			}
			if start > end {
				return Int(0), nil
			}
			sub := s.substr(start, end)
			if a[0].str().s == "" {
				return Int(int64(countRunes(sub) + 1)), nil
			}
			return Int(int64(strings.Count(sub, a[0].str().s))), nil
		}),
		methN("center", 1, 2, func(t *Thread, self Value, a []Value) (Value, *Exception) { return strPad(t, self, a, '^') }),
		methN("ljust", 1, 2, func(t *Thread, self Value, a []Value) (Value, *Exception) { return strPad(t, self, a, '<') }),
		methN("rjust", 1, 2, func(t *Thread, self Value, a []Value) (Value, *Exception) { return strPad(t, self, a, '>') }),
		methO("str.zfill", func(t *Thread, self, w Value) (Value, *Exception) {
			n, err := IndexInt(t, w, nil)
			if err != nil {
				return Value{}, err
			}
			s := strSelf(self)
			if int64(s.n) >= n {
				return NewStr(s.s), nil
			}
			if err := t.checkAlloc(n, 1); err != nil {
				return Value{}, err
			}
			z := strings.Repeat("0", int(n)-s.n)
			if s.n > 0 && (s.s[0] == '+' || s.s[0] == '-') {
				return NewStr(s.s[:1] + z + s.s[1:]), nil
			}
			return NewStr(z + s.s), nil
		}),
		methO("str.partition", func(t *Thread, self, sep Value) (Value, *Exception) { return strPartition(self, sep, false) }),
		methO("str.rpartition", func(t *Thread, self, sep Value) (Value, *Exception) { return strPartition(self, sep, true) }),
		methO("str.removeprefix", func(t *Thread, self, p Value) (Value, *Exception) {
			if err := clinicStr("removeprefix", p); err != nil {
				return Value{}, err
			}
			return NewStr(strings.TrimPrefix(strSelf(self).s, p.str().s)), nil
		}),
		methO("str.removesuffix", func(t *Thread, self, p Value) (Value, *Exception) {
			if err := clinicStr("removesuffix", p); err != nil {
				return Value{}, err
			}
			return NewStr(strings.TrimSuffix(strSelf(self).s, p.str().s)), nil
		}),
		&MethodDef{Name: "encode", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			enc, errs, err := codecArgs(t, "encode", args, kw)
			if err != nil {
				return Value{}, err
			}
			return encodeStr(t, strSelf(self), enc, errs)
		}},
		&MethodDef{Name: "format", Fn: strFormatMethod},
		methO("str.__format__", func(t *Thread, self, spec Value) (Value, *Exception) {
			if spec.Type() != strType {
				return Value{}, typeErrorf("__format__() argument must be str, not %s", typeName(spec))
			}
			return strFormatSpec(t, strSelf(self), spec.str().s)
		}),
		methN("expandtabs", 0, 1, func(t *Thread, self Value, a []Value) (Value, *Exception) {
			ts := int64(8)
			if len(a) == 1 {
				var err *Exception
				if ts, err = IndexInt(t, a[0], nil); err != nil {
					return Value{}, err
				}
				if ts != int64(int32(ts)) {
					return Value{}, Errorf(overflowError, "Python int too large to convert to C int")
				}
			}
			var b strings.Builder
			col := 0
			src := strSelf(self).s
			for i := 0; i < len(src); {
				r, size := decodeRune(src[i:])
				switch r {
				case '\t':
					if ts > 0 {
						n := int(ts) - col%int(ts)
						if err := t.checkAlloc(int64(b.Len()+n), 1); err != nil {
							return Value{}, err
						}
						b.WriteString(strings.Repeat(" ", n))
						col += n
					}
				case '\n', '\r':
					b.WriteRune(r)
					col = 0
				default:
					b.WriteString(src[i : i+size]) // as it is: surrogates too
					col++
				}
				i += size
			}
			return NewStr(b.String()), nil
		}),
		&MethodDef{Name: "maketrans", Static: true, Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := noKwargs("maketrans", kw); err != nil {
				return Value{}, err
			}
			if err := checkArgs("maketrans", args, 1, 3); err != nil {
				return Value{}, err
			}
			d := NewDict()
			if len(args) == 1 {
				if args[0].Type().layout != dictType {
					return Value{}, typeErrorf("if you give only one argument to maketrans it must be a dict")
				}
				var err *Exception
				args[0].dictObj().Items(func(k, v Value) bool {
					if k.Type().layout == strType {
						rs := k.str().Runes()
						if len(rs) != 1 {
							err = Errorf(valueError, "string keys in translate table must be of length 1")
							return false
						}
						k = Int(int64(rs[0]))
					} else if !k.isInt() {
						err = typeErrorf("keys in translate table must be strings or integers")
						return false
					}
					err = d.SetItem(t, k, v)
					return err == nil
				})
				return d.Value(), err
			}
			if args[0].Type().layout != strType {
				return Value{}, typeErrorf("maketrans() argument 1 must be str, not %s", typeName(args[0]))
			}
			if args[1].Type().layout != strType {
				return Value{}, typeErrorf("maketrans() argument 2 must be str, not %s", typeName(args[1]))
			}
			if len(args) == 3 && args[2].Type().layout != strType {
				return Value{}, typeErrorf("maketrans() argument 3 must be str, not %s", typeName(args[2]))
			}
			x, y := args[0].str().Runes(), args[1].str().Runes()
			if len(x) != len(y) {
				return Value{}, Errorf(valueError, "the first two maketrans arguments must have equal length")
			}
			for i := range x {
				d.SetItem(t, Int(int64(x[i])), Int(int64(y[i])))
			}
			if len(args) == 3 {
				for _, r := range args[2].str().Runes() {
					d.SetItem(t, Int(int64(r)), pyNone)
				}
			}
			return d.Value(), nil
		}},
		methO("str.translate", func(t *Thread, self, table Value) (Value, *Exception) {
			var b strings.Builder
			for _, r := range strSelf(self).Runes() {
				v, err := GetItem(t, table, Int(int64(r)))
				if err != nil {
					if err.Matches(lookupError) {
						writeRune(&b, r)
						continue
					}
					return Value{}, err
				}
				switch {
				case v.IsNone():
				case v.isInt():
					n, ok := AsInt64(v)
					if !ok || n < 0 || n > 0x10FFFF {
						return Value{}, Errorf(valueError, "character mapping must be in range(0x110000)")
					}
					writeRune(&b, rune(n))
				case v.Type().IsSubtype(strType):
					b.WriteString(v.str().s)
				default:
					return Value{}, typeErrorf("character mapping must return integer, None or str")
				}
			}
			return NewStr(b.String()), nil
		}),
		methO("str.format_map", strFormatMap),
		methNoArgs("str.__getnewargs__", func(t *Thread, self Value) (Value, *Exception) { return NewTuple(NewStr(strSelf(self).s)), nil }),
	}
}

// strPartition is str.partition (rev false) and str.rpartition.
func strPartition(self, sep Value, rev bool) (Value, *Exception) {
	if sep.Type().layout != strType {
		return Value{}, typeErrorf("must be str, not %s", typeName(sep))
	}
	s, p := strSelf(self).s, sep.str().s
	if p == "" {
		return Value{}, Errorf(valueError, "empty separator")
	}
	i := strings.Index(s, p)
	if rev {
		i = strings.LastIndex(s, p)
	}
	switch {
	case i >= 0:
		return NewTuple(NewStr(s[:i]), sep, NewStr(s[i+len(p):])), nil
	case rev:
		return NewTuple(NewStr(""), NewStr(""), NewStr(s)), nil
	}
	return NewTuple(NewStr(s), NewStr(""), NewStr("")), nil
}

// keependsArg is splitlines' keepends argument (str and bytes).
func keependsArg(t *Thread, args []Value, kw *Tuple) (bool, *Exception) {
	var a [1]Value
	if err := parseArgs("splitlines", args, kw, []string{"keepends"}, 0, 0, -1, a[:]); err != nil {
		return false, err
	}
	if a[0].IsNil() {
		return false, nil
	}
	return IsTrue(t, a[0])
}

// strRange converts the optional start and end arguments of find, count,
// startswith and friends (None means the default) to code point offsets.
func strRange(t *Thread, s *Str, a []Value) (int, int, *Exception) {
	start, end := 0, s.n
	var err *Exception
	if len(a) > 0 && !a[0].IsNone() {
		if start, err = sliceIndexArg(t, a[0], s.n+1); err != nil {
			return 0, 0, err
		}
		// A start past the end finds nothing, not even "" (CPython's ADJUST_INDICES
		// leaves it unclamped): s.n+1 is past every end.
	}
	if len(a) > 1 && !a[1].IsNone() {
		if end, err = sliceIndexArg(t, a[1], s.n); err != nil {
			return 0, 0, err
		}
	}
	return start, end, nil
}

func strPad(t *Thread, self Value, a []Value, align byte) (Value, *Exception) {
	w, err := IndexInt(t, a[0], nil)
	if err != nil {
		return Value{}, err
	}
	fill := ' '
	if len(a) == 2 {
		if a[1].Type().layout != strType {
			return Value{}, typeErrorf("The fill character must be a unicode character, not %s", typeName(a[1]))
		}
		f := a[1].str()
		if f.n != 1 {
			return Value{}, typeErrorf("The fill character must be exactly one character long")
		}
		fill = f.at(0)
	}
	s := strSelf(self)
	if int64(s.n) >= w {
		return NewStr(s.s), nil
	}
	n := int(w) - s.n
	f := string(appendRune(nil, fill)) // a surrogate keeps its generalised UTF-8 form
	if err := t.checkAlloc(int64(n), int64(len(f))); err != nil {
		return Value{}, err
	}
	switch align {
	case '<':
		return NewStr(s.s + strings.Repeat(f, n)), nil
	case '>':
		return NewStr(strings.Repeat(f, n) + s.s), nil
	}
	l := n / 2
	if n%2 == 1 && w%2 == 1 { // CPython: left = marg/2 + (marg & width & 1)
		l++
	}
	return NewStr(strings.Repeat(f, l) + s.s + strings.Repeat(f, n-l)), nil
}

func strSplit(t *Thread, self Value, args []Value, kw *Tuple, rev bool) (Value, *Exception) {
	var a [2]Value
	name := "split"
	if rev {
		name = "rsplit"
	}
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
	s := strSelf(self).s
	var parts []string
	if a[0].IsNil() || a[0].IsNone() {
		fields := strings.FieldsFunc(s, isSpaceRune)
		if max < 0 || int64(len(fields)) <= max { // the limit is not reached
			parts = fields
		} else if !rev {
			rest := s
			for i := int64(0); i < max; i++ {
				rest = strings.TrimLeftFunc(rest, isSpaceRune)
				j := strings.IndexFunc(rest, isSpaceRune)
				parts = append(parts, rest[:j])
				rest = rest[j:]
			}
			rest = strings.TrimLeftFunc(rest, isSpaceRune)
			if rest != "" {
				parts = append(parts, rest)
			}
		} else {
			rest := s
			var rp []string
			for i := int64(0); i < max; i++ {
				rest = strings.TrimRightFunc(rest, isSpaceRune)
				j := strings.LastIndexFunc(rest, isSpaceRune)
				rp = append(rp, rest[j+1:])
				rest = rest[:j+1]
			}
			rest = strings.TrimRightFunc(rest, isSpaceRune)
			if rest != "" {
				rp = append(rp, rest)
			}
			for i := len(rp) - 1; i >= 0; i-- {
				parts = append(parts, rp[i])
			}
		}
	} else {
		if a[0].Type().layout != strType {
			return Value{}, typeErrorf("must be str or None, not %s", typeName(a[0]))
		}
		sep := a[0].str().s
		if sep == "" {
			return Value{}, Errorf(valueError, "empty separator")
		}
		if rev && max >= 0 {
			rp := []string{}
			rest := s
			for i := int64(0); i < max; i++ {
				j := strings.LastIndex(rest, sep)
				if j < 0 {
					break
				}
				rp = append(rp, rest[j+len(sep):])
				rest = rest[:j]
			}
			rp = append(rp, rest)
			for i := len(rp) - 1; i >= 0; i-- {
				parts = append(parts, rp[i])
			}
		} else {
			parts = strings.SplitN(s, sep, int(max+1))
			if max < 0 {
				parts = strings.Split(s, sep)
			}
		}
	}
	out := make([]Value, len(parts))
	for i, p := range parts {
		out[i] = NewStr(p)
	}
	return NewList(out).Value(), nil
}

// fmtNumbering tracks str.format's field numbering: automatic ("{}") and manual
// ("{0}") may not be mixed, and nested specs continue the outer count.
type fmtNumbering struct {
	auto    int
	manual  bool
	used    bool  // automatic numbering used
	mapping Value // format_map's mapping (keyword lookups go to it)
}

// strFormatMethod is str.format (fields, conversions, nested specs; attribute and
// index lookups).
func strFormatMethod(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
	return strFormatWith(t, strSelf(self).s, args, kw, &fmtNumbering{}, 2)
}

// strFormatMap is str.format_map(mapping): names are looked up in the mapping.
func strFormatMap(t *Thread, self, mapping Value) (Value, *Exception) {
	return strFormatWith(t, strSelf(self).s, nil, nil, &fmtNumbering{mapping: mapping}, 2)
}

func strFormatWith(t *Thread, s string, args []Value, kw *Tuple, num *fmtNumbering, depth int) (Value, *Exception) {
	if depth < 0 {
		return Value{}, Errorf(valueError, "Max string recursion exceeded")
	}
	npos := len(args)
	if kw != nil {
		npos -= len(kw.items)
	}
	getKw := func(name string) (Value, bool) {
		if kw == nil {
			return Value{}, false
		}
		for i, k := range kw.items {
			if k.str().s == name {
				return args[npos+i], true
			}
		}
		return Value{}, false
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '}' {
			if i+1 < len(s) && s[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return Value{}, Errorf(valueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		if i+1 == len(s) {
			return Value{}, Errorf(valueError, "Single '{' encountered in format string")
		}
		field, conv, spec, end, err := ParseFormatField(s, i+1)
		if err != nil {
			return Value{}, err
		}
		i = end - 1
		name := field
		rest := ""
		if k := strings.IndexAny(field, ".["); k >= 0 {
			name, rest = field[:k], field[k:]
		}
		var v Value
		if name == "" {
			if num.manual {
				return Value{}, Errorf(valueError, "cannot switch from manual field specification to automatic field numbering")
			}
			num.used = true
			if !num.mapping.IsNil() {
				return Value{}, Errorf(valueError, "Format string contains positional fields")
			}
			if num.auto >= npos {
				return Value{}, Errorf(indexError, "Replacement index %d out of range for positional args tuple", num.auto)
			}
			v = args[num.auto]
			num.auto++
		} else if n, isNum, err := formatIndex(name); err != nil {
			return Value{}, err
		} else if isNum {
			if num.used {
				return Value{}, Errorf(valueError, "cannot switch from automatic field numbering to manual field specification")
			}
			num.manual = true
			if !num.mapping.IsNil() {
				return Value{}, Errorf(valueError, "Format string contains positional fields")
			}
			if n >= npos {
				return Value{}, Errorf(indexError, "Replacement index %d out of range for positional args tuple", n)
			}
			v = args[n]
		} else if !num.mapping.IsNil() {
			var err *Exception
			if v, err = GetItem(t, num.mapping, NewStr(name)); err != nil {
				return Value{}, err
			}
		} else {
			x, ok := getKw(name)
			if !ok {
				return Value{}, NewException(keyError, NewStr(name))
			}
			v = x
		}
		for rest != "" {
			if rest[0] == '.' {
				k := strings.IndexAny(rest[1:], ".[")
				attr := rest[1:]
				if k >= 0 {
					attr = rest[1 : k+1]
					rest = rest[k+1:]
				} else {
					rest = ""
				}
				if attr == "" {
					return Value{}, Errorf(valueError, "Empty attribute in format string")
				}
				var err *Exception
				if v, err = GetAttrS(t, v, attr); err != nil {
					return Value{}, err
				}
			} else {
				k := strings.IndexByte(rest, ']')
				if k < 0 {
					return Value{}, Errorf(valueError, "Missing ']' in format string")
				}
				key := rest[1:k]
				rest = rest[k+1:]
				if key == "" {
					return Value{}, Errorf(valueError, "Empty attribute in format string")
				}
				if rest != "" && rest[0] != '.' && rest[0] != '[' {
					return Value{}, Errorf(valueError, "Only '.' or '[' may follow ']' in format field specifier")
				}
				var kv Value
				n, isNum, err := formatIndex(key)
				if err != nil {
					return Value{}, err
				}
				if isNum {
					kv = Int(int64(n))
				} else {
					kv = NewStr(key)
				}
				if v, err = GetItem(t, v, kv); err != nil {
					return Value{}, err
				}
			}
		}
		if strings.Contains(spec, "{") {
			r, err := strFormatWith(t, spec, args, kw, num, depth-1)
			if err != nil {
				return Value{}, err
			}
			spec = r.str().s
		}
		switch conv {
		case 0:
		case 'r':
			v, err = ReprV(t, v)
		case 's':
			v, err = StrV(t, v)
		case 'a':
			v, err = ascii(t, v)
		default:
			if conv > 32 && conv < 127 {
				err = Errorf(valueError, "Unknown conversion specifier %c", conv)
			} else {
				err = Errorf(valueError, "Unknown conversion specifier \\x%x", conv)
			}
		}
		if err != nil {
			return Value{}, err
		}
		r, err := format(t, v, spec)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(r.str().s)
	}
	return NewStr(b.String()), nil
}

// ParseFormatField splits the replacement field of s that starts at i (just past
// its '{') into field name, conversion (0 if none) and format spec, and returns
// the offset just past its closing '}': CPython's parse_field. Brackets in the
// field name hide ':', '!' and '}'; the spec may hold nested {} pairs.
func ParseFormatField(s string, i int) (field string, conv rune, spec string, end int, err *Exception) {
	start := i
	var c byte
	for i < len(s) {
		c = s[i]
		i++
		if c == '{' {
			return "", 0, "", 0, Errorf(valueError, "unexpected '{' in field name")
		}
		if c == '[' {
			for i < len(s) && s[i] != ']' {
				i++
			}
			continue
		}
		if c == '}' || c == ':' || c == '!' {
			break
		}
		c = 0
	}
	if c != '}' && c != ':' && c != '!' {
		return "", 0, "", 0, Errorf(valueError, "expected '}' before end of string")
	}
	field = s[start : i-1]
	if c == '}' {
		return field, 0, "", i, nil
	}
	if c == '!' {
		if i >= len(s) {
			return "", 0, "", 0, Errorf(valueError, "end of string while looking for conversion specifier")
		}
		r, size := decodeRune(s[i:])
		conv = r
		i += size
		if i < len(s) {
			c = s[i]
			i++
			if c == '}' {
				return field, conv, "", i, nil
			}
			if c != ':' {
				return "", 0, "", 0, Errorf(valueError, "expected ':' after conversion specifier")
			}
		}
	}
	specStart, count := i, 1
	for i < len(s) {
		switch s[i] {
		case '{':
			count++
		case '}':
			count--
			if count == 0 {
				return field, conv, s[specStart:i], i + 1, nil
			}
		}
		i++
	}
	return "", 0, "", 0, Errorf(valueError, "unmatched '{' in format spec")
}

// formatIndex reads a str.format field name or element index as CPython's
// get_integer does: only ASCII digits make a number ("-1" is a key).
func formatIndex(s string) (int, bool, *Exception) {
	if s == "" {
		return 0, false, nil
	}
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false, nil
		}
		if n > (math.MaxInt64-9)/10 {
			return 0, false, Errorf(valueError, "Too many decimal digits in format string")
		}
		n = n*10 + int(c-'0')
	}
	return n, true, nil
}

// percentFormat is str % args.
func percentFormat(t *Thread, f string, args Value) (Value, *Exception) {
	r, err := percentCore(t, f, args, false)
	if err != nil {
		return Value{}, err
	}
	return NewStr(r), nil
}

// percentCore is printf-style formatting for str (raw false) and bytes (raw
// true: f and the result are byte strings, %s takes bytes-like objects and %r
// and %a give ascii()).
func percentCore(t *Thread, f string, args Value, raw bool) (string, *Exception) {
	var items []Value
	var mapping Value
	if it, ok := args.tupleItems(); ok {
		items = it
	} else {
		items = []Value{args}
		l := args.Type().layout
		if args.Type().getitem != nil && l != tupleType && l != strType && !(raw && l == bytesType) {
			mapping = args
		}
	}
	var b strings.Builder
	ai := 0
	next := func() (Value, *Exception) {
		if ai >= len(items) {
			return Value{}, typeErrorf("not enough arguments for format string")
		}
		ai++
		return items[ai-1], nil
	}
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			b.WriteByte(f[i])
			continue
		}
		i++
		var v Value
		if i < len(f) && f[i] == '(' {
			if mapping.IsNil() {
				return "", typeErrorf("format requires a mapping")
			}
			depth, k := 1, i+1
			for ; k < len(f) && depth > 0; k++ {
				switch f[k] {
				case '(':
					depth++
				case ')':
					depth--
				}
			}
			if depth > 0 {
				return "", Errorf(valueError, "incomplete format key")
			}
			key := f[i+1 : k-1]
			i = k
			kv := NewStr(key)
			if raw {
				kv = NewBytes([]byte(key))
			}
			var err *Exception
			if v, err = GetItem(t, mapping, kv); err != nil {
				return "", err
			}
		}
		var minus, plus, space, alt, zero bool
	flags:
		for ; i < len(f); i++ {
			switch f[i] {
			case '-':
				minus = true
			case '+':
				plus = true
			case ' ':
				space = true
			case '#':
				alt = true
			case '0':
				zero = true
			default:
				break flags
			}
		}
		width, prec := -1, -1
		num := func(what string) (int, *Exception) {
			if i < len(f) && f[i] == '*' {
				i++
				w, err := next()
				if err != nil {
					return 0, err
				}
				if !w.IsSmallInt() {
					return 0, typeErrorf("* wants int")
				}
				return int(w.small()), nil
			}
			n := 0
			for ; i < len(f) && f[i] >= '0' && f[i] <= '9'; i++ {
				if n > (math.MaxInt-int(f[i]-'0'))/10 {
					return 0, Errorf(valueError, "%s too big", what)
				}
				n = n*10 + int(f[i]-'0')
			}
			return n, nil
		}
		if i < len(f) && (f[i] == '*' || f[i] >= '0' && f[i] <= '9') {
			var err *Exception
			if width, err = num("width"); err != nil {
				return "", err
			}
			if width < 0 {
				minus, width = true, -width
			}
		}
		if i < len(f) && f[i] == '.' {
			i++
			var err *Exception
			if prec, err = num("precision"); err != nil {
				return "", err
			}
			if prec < 0 {
				prec = 0
			}
		}
		for i < len(f) && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
			i++
		}
		if i >= len(f) {
			return "", Errorf(valueError, "incomplete format")
		}
		c := f[i]
		if c == '%' {
			b.WriteByte('%')
			continue
		}
		if v.IsNil() {
			var err *Exception
			if v, err = next(); err != nil {
				return "", err
			}
		}
		var body, sign string
		numeric := true
		switch c {
		case 's', 'r', 'a', 'b':
			numeric = false
			var r Value
			var err *Exception
			switch {
			case raw && (c == 's' || c == 'b'):
				if bb, ok := bytesLike(v); ok {
					body = string(bb)
				} else if m, found, e := lookupSpecial(t, v, "__bytes__"); e != nil {
					return "", e
				} else if found {
					if r, err = Call(t, m); err != nil {
						return "", err
					}
					if r.Type().layout != bytesType {
						return "", typeErrorf("__bytes__ returned non-bytes (type %s)", typeName(r))
					}
					body = string(bytesOf(r))
				} else {
					return "", typeErrorf("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", typeName(v))
				}
			case c == 'b':
				return "", Errorf(valueError, "unsupported format character 'b' (0x62) at index %d", i)
			case c == 's':
				r, err = StrV(t, v)
			case c == 'r' && !raw:
				r, err = ReprV(t, v)
			default:
				r, err = ascii(t, v)
			}
			if err != nil {
				return "", err
			}
			if !r.IsNil() {
				body = r.str().s
			}
			if prec >= 0 {
				if raw {
					if prec < len(body) {
						body = body[:prec]
					}
				} else if rs := newStr(body).Runes(); prec < len(rs) {
					body = runesString(rs[:prec])
				}
			}
		case 'c':
			numeric = false
			if raw {
				if bb, ok := bytesLike(v); ok && v.Type().layout != memoryViewType {
					if len(bb) != 1 {
						return "", typeErrorf("%%c requires an integer in range(256) or a single byte")
					}
					body = string(bb)
				} else {
					n, err := IndexInt(t, v, nil)
					if err != nil {
						return "", typeErrorf("%%c requires an integer in range(256) or a single byte")
					}
					if n < 0 || n > 255 {
						return "", Errorf(overflowError, "%%c arg not in range(256)")
					}
					body = string([]byte{byte(n)})
				}
			} else if v.Type().layout == strType {
				if v.str().n != 1 {
					return "", typeErrorf("%%c requires int or char")
				}
				body = v.str().s
			} else {
				if v.Type().index == nil {
					return "", typeErrorf("%%c requires int or char")
				}
				n, err := IndexInt(t, v, nil)
				if err != nil {
					return "", err
				}
				if n < 0 || n > 0x10ffff {
					return "", Errorf(overflowError, "%%c arg not in range(0x110000)")
				}
				body = runeStr(rune(n))
			}
		case 'd', 'i', 'u', 'x', 'X', 'o':
			var iv Value
			var err *Exception
			if c == 'd' || c == 'i' || c == 'u' {
				if v.isFloatLike() {
					iv, err = floatToInt(floatOf(v))
				} else if v.Type().index == nil && v.Type().int == nil {
					return "", typeErrorf("%%%c format: a real number is required, not %s", c, typeName(v))
				} else {
					iv, err = ToInt(t, v)
				}
			} else {
				if iv, err = Index(t, v); err != nil {
					return "", typeErrorf("%%%c format: an integer is required, not %s", c, typeName(v))
				}
			}
			if err != nil {
				return "", err
			}
			base, prefix := 10, ""
			switch c {
			case 'x':
				base, prefix = 16, "0x"
			case 'X':
				base, prefix = 16, "0X"
			case 'o':
				base, prefix = 8, "0o"
			}
			digits := intFormatBase(iv, base, "")
			if c == 'X' {
				digits = strings.ToUpper(digits)
			}
			if strings.HasPrefix(digits, "-") {
				sign, digits = "-", digits[1:]
			}
			if prec > len(digits) {
				if err := t.checkAlloc(int64(prec), 1); err != nil {
					return "", err
				}
				digits = strings.Repeat("0", prec-len(digits)) + digits
			}
			if alt {
				sign += prefix
			}
			body = digits
		case 'f', 'F', 'e', 'E', 'g', 'G':
			fv, e := ToFloat(t, v)
			if e != nil {
				return "", typeErrorf("must be real number, not %s", typeName(v))
			}
			spec := ""
			if alt {
				spec = "#"
			}
			if prec < 0 {
				prec = 6
			}
			r, err := formatFloat(t, floatOf(fv), spec+"."+strconv.Itoa(prec)+string(c))
			if err != nil {
				return "", err
			}
			body = r.str().s
			if strings.HasPrefix(body, "-") {
				sign, body = "-", body[1:]
			}
		default:
			if c >= 0x80 && !raw {
				r, _ := decodeRune(f[i:])
				return "", Errorf(valueError, "unsupported format character '%s' (0x%x) at index %d", runeStr(r), r, countRunes(f[:i]))
			}
			return "", Errorf(valueError, "unsupported format character '%c' (0x%x) at index %d", c, c, i)
		}
		if numeric && !strings.HasPrefix(sign, "-") {
			if plus {
				sign = "+" + sign
			} else if space {
				sign = " " + sign
			}
		}
		n := len(sign) + len(body)
		if !raw {
			n = countRunes(sign) + countRunes(body)
		}
		if width > n {
			if err := t.checkAlloc(int64(width), 1); err != nil {
				return "", err
			}
		}
		switch {
		case width <= n:
			b.WriteString(sign)
			b.WriteString(body)
		case minus:
			b.WriteString(sign)
			b.WriteString(body)
			b.WriteString(strings.Repeat(" ", width-n))
		case zero && numeric:
			b.WriteString(sign)
			b.WriteString(strings.Repeat("0", width-n))
			b.WriteString(body)
		default:
			b.WriteString(strings.Repeat(" ", width-n))
			b.WriteString(sign)
			b.WriteString(body)
		}
	}
	if ai < len(items) && mapping.IsNil() {
		what := "string"
		if raw {
			what = "bytes"
		}
		return "", typeErrorf("not all arguments converted during %s formatting", what)
	}
	return b.String(), nil
}
