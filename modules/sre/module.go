// Package sre is the _sre module: the regular-expression engine behind re. It
// runs the code words lib/re's compiler produces (CPython 3.13's format, MAGIC
// 20230612) over str, bytes and buffer subjects.
package sre

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/kaa-python/kaa/internal/ucd"

	"github.com/kaa-python/kaa/py"
)

// The module's constants, CPython's values for a 64-bit build.
const (
	magic     = 20230612
	codeSize  = 4
	maxRepeat = math.MaxUint32
	maxGroups = math.MaxInt32 / 2
	copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "
)

// Def is the _sre module.
var Def = &py.ModuleDef{Name: "_sre", Methods: methods, Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	m.Set("MAGIC", py.Int(magic))
	m.Set("CODESIZE", py.Int(codeSize))
	m.Set("MAXREPEAT", py.Int(maxRepeat))
	m.Set("MAXGROUPS", py.Int(maxGroups))
	m.Set("copyright", py.NewStr(copyright))
	return nil
}}

// cInt converts an argument as PyLong_AsInt does.
func cInt(t *py.Thread, v py.Value) (int64, *py.Exception) {
	n, err := py.IndexInt(t, v, nil)
	if err != nil {
		if err.Type() == py.OverflowError() {
			return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
		}
		return 0, err
	}
	if n < math.MinInt32 || n > math.MaxInt32 {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
	}
	return n, nil
}

// lowerASCII is sre_lower_ascii.
func lowerASCII(c rune) rune {
	if c >= 'A' && c <= 'Z' {
		return c + ('a' - 'A')
	}
	return c
}

// upperASCII is sre_upper_ascii.
func upperASCII(c rune) rune {
	if c >= 'a' && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// lowerUnicode is sre_lower_unicode, CPython's Py_UNICODE_TOLOWER: the first
// code point of the full lowercase mapping (python3.13's tables, not Go's).
func lowerUnicode(c rune) rune {
	if c < 128 {
		return lowerASCII(c)
	}
	if c > unicode.MaxRune {
		return c
	}
	if m, ok := ucd.Lower.Map(c); ok {
		r, _ := utf8.DecodeRuneInString(m)
		return r
	}
	return c
}

// upperUnicode is sre_upper_unicode (Py_UNICODE_TOUPPER): the first code point
// of the full uppercase mapping ('ß' gives 'S').
func upperUnicode(c rune) rune {
	if c < 128 {
		return upperASCII(c)
	}
	if c > unicode.MaxRune {
		return c
	}
	if m, ok := ucd.Upper.Map(c); ok {
		r, _ := utf8.DecodeRuneInString(m)
		return r
	}
	return c
}

func isASCIIAlpha(c rune) bool { return c < 128 && (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func charFunc(name string, fn func(c rune) py.Value) *py.MethodDef {
	return py.FuncO(name, func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		n, err := cInt(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		return fn(rune(n)), nil
	})
}

var methods = []*py.MethodDef{
	py.FuncNoArgs("_sre.getcodesize", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		return py.Int(codeSize), nil
	}),
	charFunc("_sre.ascii_iscased", func(c rune) py.Value { return py.Bool(isASCIIAlpha(c)) }),
	charFunc("_sre.unicode_iscased", func(c rune) py.Value { return py.Bool(c != lowerUnicode(c) || c != upperUnicode(c)) }),
	charFunc("_sre.ascii_tolower", func(c rune) py.Value { return py.Int(int64(lowerASCII(c))) }),
	charFunc("_sre.unicode_tolower", func(c rune) py.Value { return py.Int(int64(lowerUnicode(c))) }),
	py.Func("compile", "pattern, flags, code, groups, groupindex, indexgroup", compileFunc),
	py.Func("template", "pattern, template, /", templateFunc),
}
