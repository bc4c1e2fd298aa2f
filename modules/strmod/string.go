// Package strmod is the _string module: the format-string parser behind
// string.Formatter (formatter_parser, formatter_field_name_split), following
// the rules str.format applies.
package strmod

import (
	"math"
	"sync"
	"unicode"

	"github.com/kaa-python/kaa/py"
)

// Def is the _string module.
var Def = &py.ModuleDef{Name: "_string", Doc: "string helper module", Methods: methods}

var iterTypes = sync.OnceValue(func() [2]*py.Type {
	return [2]*py.Type{py.NewType(markupDef), py.NewType(fieldNameDef)}
})

// textArg is a str argument's text, in Kaa's UTF-8 (lone surrogates kept).
func textArg(v py.Value) (string, *py.Exception) {
	s, ok := py.AsStr(v)
	if !ok {
		return "", py.Errorf(py.TypeError(), "expected str, got %s", py.TypeName(v))
	}
	return s, nil
}

func strArg(v py.Value) ([]rune, *py.Exception) {
	s, err := textArg(v)
	return []rune(s), err
}

var methods = []*py.MethodDef{
	py.FuncO("formatter_parser", func(t *py.Thread, _, v py.Value) (py.Value, *py.Exception) {
		text, err := textArg(v)
		if err != nil {
			return py.Value{}, err
		}
		it := &markupIter{s: text}
		return py.NewObject(&it.Header, iterTypes()[0]), nil
	}),
	py.FuncO("formatter_field_name_split", func(t *py.Thread, _, v py.Value) (py.Value, *py.Exception) {
		s, err := strArg(v)
		if err != nil {
			return py.Value{}, err
		}
		// The first part runs to the first '.' or '['.
		i := 0
		for i < len(s) && s[i] != '.' && s[i] != '[' {
			i++
		}
		first, err := intOrStr(s[:i])
		if err != nil {
			return py.Value{}, err
		}
		it := &fieldNameIter{s: s, pos: i}
		return py.NewTuple(first, py.NewObject(&it.Header, iterTypes()[1])), nil
	}),
}

// decimal is the value of a run of decimal digits (any script's), ok false
// when s is empty or has another character; an error when it does not fit.
func decimal(s []rune) (int64, bool, *py.Exception) {
	if len(s) == 0 {
		return 0, false, nil
	}
	var n int64
	for _, r := range s {
		if !unicode.Is(unicode.Nd, r) {
			return 0, false, nil
		}
		d := digitValue(r)
		if n > (math.MaxInt64-d)/10 {
			return 0, false, py.Errorf(py.ValueError(), "Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	return n, true, nil
}

// digitValue is the decimal value of a character of category Nd: Unicode
// lays its decimal digits out in sets of ten, zero first, so the value is the
// distance from the start of the run of Nd characters, modulo ten.
func digitValue(r rune) int64 {
	z := r
	for z > 0 && unicode.Is(unicode.Nd, z-1) {
		z--
	}
	return int64(r-z) % 10
}

func intOrStr(s []rune) (py.Value, *py.Exception) {
	n, ok, err := decimal(s)
	if err != nil {
		return py.Value{}, err
	}
	if ok {
		return py.Int(n), nil
	}
	return py.NewStr(string(s)), nil
}

// ---- formatter_parser's iterator ----

type markupIter struct {
	py.Header
	s   string // the format string, in Kaa's UTF-8 (braces are single bytes)
	pos int
}

// next returns the next (literal, field_name, format_spec, conversion).
func (m *markupIter) next() (py.Value, *py.Exception) {
	s := m.s
	if m.pos >= len(s) {
		return py.Value{}, nil
	}
	start := m.pos
	var c byte
	markup := false
	for m.pos < len(s) {
		c = s[m.pos]
		m.pos++
		if c == '{' || c == '}' {
			markup = true
			break
		}
	}
	atEnd := m.pos >= len(s)
	n := m.pos - start
	if c == '}' && markup && (atEnd || s[m.pos] != '}') {
		return py.Value{}, py.Errorf(py.ValueError(), "Single '}' encountered in format string")
	}
	if atEnd && c == '{' && markup {
		return py.Value{}, py.Errorf(py.ValueError(), "Single '{' encountered in format string")
	}
	if !atEnd && markup {
		if s[m.pos] == c {
			m.pos++ // an escaped brace: literal text only
			markup = false
		} else {
			n--
		}
	}
	literal := py.NewStr(s[start : start+n])
	if !markup {
		return py.NewTuple(literal, py.None(), py.None(), py.None()), nil
	}
	// The field is parsed as str.format parses it (CPython's parse_field).
	name, conv, spec, end, err := py.ParseFormatField(s, m.pos)
	if err != nil {
		return py.Value{}, err
	}
	m.pos = end
	convV := py.None()
	if conv != 0 {
		convV = py.NewStr(string(conv))
	}
	return py.NewTuple(literal, py.NewStr(name), py.NewStr(spec), convV), nil
}

var markupDef = &py.TypeDef{
	Name:  "formatteriterator",
	Final: true,
	Iter:  func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return v, nil },
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.Object[markupIter](v).next()
	},
}

// ---- formatter_field_name_split's iterator ----

type fieldNameIter struct {
	py.Header
	s   []rune
	pos int
}

func (f *fieldNameIter) next() (py.Value, *py.Exception) {
	s := f.s
	if f.pos >= len(s) {
		return py.Value{}, nil
	}
	c := s[f.pos]
	f.pos++
	var start, end int
	var isAttr bool
	switch c {
	case '.':
		isAttr = true
		start = f.pos
		for f.pos < len(s) && s[f.pos] != '.' && s[f.pos] != '[' {
			f.pos++
		}
		end = f.pos
	case '[':
		start = f.pos
		for f.pos < len(s) && s[f.pos] != ']' {
			f.pos++
		}
		if f.pos >= len(s) {
			return py.Value{}, py.Errorf(py.ValueError(), "Missing ']' in format string")
		}
		end = f.pos
		f.pos++
	default:
		return py.Value{}, py.Errorf(py.ValueError(), "Only '.' or '[' may follow ']' in format field specifier")
	}
	part := s[start:end]
	var key py.Value
	if isAttr {
		key = py.NewStr(string(part))
	} else {
		var err *py.Exception
		if key, err = intOrStr(part); err != nil {
			return py.Value{}, err
		}
	}
	if start == end {
		return py.Value{}, py.Errorf(py.ValueError(), "Empty attribute in format string")
	}
	return py.NewTuple(py.Bool(isAttr), key), nil
}

var fieldNameDef = &py.TypeDef{
	Name:  "fieldnameiterator",
	Final: true,
	Iter:  func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return v, nil },
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return py.Object[fieldNameIter](v).next()
	},
}
