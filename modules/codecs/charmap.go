package codecsmod

import (
	"github.com/kaa-python/kaa/py"
)

// charmap_decode and charmap_encode: single-byte codecs driven by a table (a str
// of 256 characters, or a dict), as the encodings package's cp1252 and
// iso8859_* use them.

func undefinedDecode(b []byte, i int) *py.Exception {
	return py.NewException(py.UnicodeDecodeError(), py.NewStr("charmap"), py.NewBytes(b), py.Int(int64(i)), py.Int(int64(i+1)), py.NewStr("character maps to <undefined>"))
}

func charmapDecode(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	b, err := dataArg(a[0])
	if err != nil {
		return py.Value{}, err
	}
	errors, err := errorsArg("charmap_decode", a[1])
	if err != nil {
		return py.Value{}, err
	}
	mapping := a[2]
	if mapping.IsNone() {
		s, err := py.DecodeBytes(t, b, "latin-1", errors)
		if err != nil {
			return py.Value{}, err
		}
		return pair(py.NewStr(s), len(b)), nil
	}
	var table []rune
	if s, ok := py.AsStr(mapping); ok {
		table = runesOf(s)
	}
	var out []byte
	for i := 0; i < len(b); {
		r := rune(-1)
		if table != nil {
			if int(b[i]) < len(table) && table[b[i]] != 0xFFFE {
				r = table[b[i]]
			}
		} else {
			v, err := py.GetItem(t, mapping, py.Int(int64(b[i])))
			if err != nil && !err.Matches(py.LookupError()) {
				return py.Value{}, err
			}
			switch {
			case err != nil || v.IsNone():
			case py.IsInt(v):
				n, err := py.IndexInt(t, v, py.OverflowError())
				if err != nil {
					return py.Value{}, err
				}
				if n < 0 || n > 0x10FFFF {
					return py.Value{}, py.Errorf(py.TypeError(), "character mapping must be in range(0x110000)")
				}
				r = rune(n)
			default:
				s, ok := py.AsStr(v)
				if !ok {
					return py.Value{}, py.Errorf(py.TypeError(), "character mapping must return integer, None or str")
				}
				if s == "\ufffe" {
					break
				}
				out = append(out, s...)
				i++
				continue
			}
			if r == 0xFFFE {
				r = -1
			}
		}
		if r >= 0 {
			out = py.AppendChar(out, r)
			i++
			continue
		}
		exc := undefinedDecode(b, i)
		if errors == "strict" {
			return py.Value{}, exc
		}
		rep, pos, err := t.CallErrorHandler(errors, exc, len(b), false)
		if err != nil {
			return py.Value{}, err
		}
		s, _ := py.AsStr(rep)
		out = append(out, s...)
		i = pos
	}
	s := string(out)
	return pair(py.NewStrText(s, py.CountChars(s)), len(b)), nil
}

func runesOf(s string) []rune {
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, n := py.DecodeChar(s[i:])
		rs = append(rs, r)
		i += n
	}
	return rs
}

// mapChar encodes one character through the mapping; ok is false when it maps
// to nothing.
func mapChar(t *py.Thread, mapping py.Value, r rune) ([]byte, bool, *py.Exception) {
	v, err := py.GetItem(t, mapping, py.Int(int64(r)))
	if err != nil {
		if err.Matches(py.LookupError()) {
			return nil, false, nil
		}
		return nil, false, err
	}
	switch {
	case v.IsNone():
		return nil, false, nil
	case py.IsInt(v):
		n, err := py.IndexInt(t, v, py.OverflowError())
		if err != nil {
			return nil, false, err
		}
		if n < 0 || n > 255 {
			return nil, false, py.Errorf(py.TypeError(), "character mapping must be in range(256)")
		}
		return []byte{byte(n)}, true, nil
	}
	if b, ok := py.AsBytes(v); ok && v.Type() == py.BytesType() {
		return b, true, nil
	}
	return nil, false, py.Errorf(py.TypeError(), "character mapping must return integer, bytes or None, not %s", py.TypeName(v))
}

func charmapEncode(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	s, err := strArg("charmap_encode", 1, a[0])
	if err != nil {
		return py.Value{}, err
	}
	errors, err := errorsArg("charmap_encode", a[1])
	if err != nil {
		return py.Value{}, err
	}
	mapping := a[2]
	if mapping.IsNone() {
		b, err := py.EncodeStr(t, s, "latin-1", errors)
		if err != nil {
			return py.Value{}, err
		}
		return pair(py.NewBytes(b), py.StrLen(a[0])), nil
	}
	rs := runesOf(s)
	var out []byte
	for i := 0; i < len(rs); {
		b, ok, err := mapChar(t, mapping, rs[i])
		if err != nil {
			return py.Value{}, err
		}
		if ok {
			out = append(out, b...)
			i++
			continue
		}
		end := i + 1
		for end < len(rs) {
			if _, ok, _ := mapChar(t, mapping, rs[end]); ok {
				break
			}
			end++
		}
		exc := py.NewException(py.UnicodeEncodeError(), py.NewStr("charmap"), a[0], py.Int(int64(i)), py.Int(int64(end)), py.NewStr("character maps to <undefined>"))
		switch errors {
		case "strict":
			return py.Value{}, exc
		case "ignore":
			i = end
			continue
		}
		rep, pos, err := t.CallErrorHandler(errors, exc, len(rs), true)
		if err != nil {
			return py.Value{}, err
		}
		if rb, ok := py.AsBytes(rep); ok {
			out = append(out, rb...)
		} else {
			rstr, _ := py.AsStr(rep)
			for _, r := range runesOf(rstr) {
				b, ok, err := mapChar(t, mapping, r)
				if err != nil {
					return py.Value{}, err
				}
				if !ok {
					return py.Value{}, exc
				}
				out = append(out, b...)
			}
		}
		i = pos
	}
	return pair(py.NewBytes(out), len(rs)), nil
}
