// Package unicodedata is the unicodedata module for Unicode 15.1.0 (the
// version python3.13 reports): character properties from tables generated from
// python3.13 (tables_gen.go), names from a deflated list (names.bin) read on
// first use, Hangul syllable and ideograph names computed, and normalization by
// golang.org/x/text/unicode/norm. ucd_3_2_0 answers as Unicode 3.2.0 for the
// properties (a table of the code points that differ), as idna needs.
package unicodedata

//go:generate python3.13 gen_tables.py

import (
	"bytes"
	"compress/zlib"
	_ "embed"
	"encoding/binary"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/unicode/norm"

	"github.com/kaa-python/kaa/py"
)

//go:embed names.bin
var namesBin []byte

type numeric struct {
	cp             rune
	decimal, digit int8
	value          float64
}

type decomposition struct {
	cp rune
	d  string
}

// findDecomposition is r's decomposition in a table sorted by code point.
func findDecomposition(tab []decomposition, r rune) (string, bool) {
	i := sort.Search(len(tab), func(i int) bool { return tab[i].cp >= r })
	if i < len(tab) && tab[i].cp == r {
		return tab[i].d, true
	}
	return "", false
}

type nameRange struct {
	lo, hi rune
	prefix string
}

// Def is the unicodedata module.
var Def = &py.ModuleDef{Name: "unicodedata", Doc: moduleDoc, Methods: functions(false), Exec: exec}

const moduleDoc = "The Unicode Character Database (version 15.1.0) as python3.13 has it:\n" +
	"names, categories, bidirectional classes, combining classes, widths,\n" +
	"numeric values, decompositions and the normalization forms.\n"

var ucdType *py.Type

func init() {
	ucdType = py.NewType(&py.TypeDef{
		Name:    "unicodedata.UCD",
		Final:   true,
		NoNew:   true,
		Methods: append(functions(true), py.GetSetDef("unidata_version", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return py.NewStr("3.2.0"), nil }, nil)),
	})
}

type ucdObj struct{ py.Header }

func exec(t *py.Thread, m *py.Module) *py.Exception {
	m.Set("UCD", py.TypeValue(ucdType))
	m.Set("unidata_version", py.NewStr(unidataVersion))
	o := &ucdObj{}
	m.Set("ucd_3_2_0", py.NewObject(&o.Header, ucdType))
	m.Set("_ucnhash_CAPI", py.None())
	return nil
}

// record returns the property record of r (in Unicode 3.2.0 when old).
func record(r rune, old bool) [5]uint8 {
	if r < 0 || r > 0x10ffff {
		return records[0]
	}
	s1 := stage1
	if old {
		s1 = stage1old
	}
	blk := binary.LittleEndian.Uint16([]byte(s1[2*(r>>blockShift):]))
	i := int(blk)<<blockShift | int(r)&(1<<blockShift-1)
	return records[binary.LittleEndian.Uint16([]byte(stage2[2*i:]))]
}

// charArg is a unicode character argument: name() argument 1 must be ….
func charArg(fn, which string, v py.Value) (rune, *py.Exception) {
	s, ok := py.AsStr(v)
	if !ok || py.StrLen(v) != 1 {
		what := py.TypeName(v)
		return 0, py.Errorf(py.TypeError(), "%s() %s must be a unicode character, not %s", fn, which, what)
	}
	r, _ := py.DecodeChar(s)
	return r, nil
}

func isOld(self py.Value) bool { return !self.IsNil() && self.Type() == ucdType }

// assignedOld: a code point unassigned in Unicode 3.2.0 has no properties there.
func unassigned(r rune, old bool) bool {
	return old && categories[record(r, true)[0]] == "Cn"
}

func findNumeric(r rune, old bool) *numeric {
	tab := numerics
	if old {
		tab = numerics32
	}
	lo, hi := 0, len(tab)
	for lo < hi {
		m := (lo + hi) / 2
		if tab[m].cp < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(tab) && tab[lo].cp == r {
		return &tab[lo]
	}
	return nil
}

// prop is a function of one character returning a property.
func prop(name string, fn func(r rune, old bool) py.Value) *py.MethodDef {
	return &py.MethodDef{Name: name, Fn: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if kw != nil && len(kw.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return py.Value{}, py.Errorf(py.TypeError(), "%s() takes exactly one argument (%d given)", name, len(args))
		}
		r, err := charArg(name, "argument", args[0])
		if err != nil {
			return py.Value{}, err
		}
		return fn(r, isOld(self)), nil
	}}
}

// numberFn is decimal, digit or numeric: a value, else default, else ValueError.
// digit, as in CPython, answers from the current database even for ucd_3_2_0.
func numberFn(name, msg string, get func(n *numeric) (py.Value, bool)) *py.MethodDef {
	return &py.MethodDef{Name: name, Fn: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if kw != nil && len(kw.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "%s() takes no keyword arguments", name)
		}
		if len(args) < 1 || len(args) > 2 {
			if len(args) < 1 {
				return py.Value{}, py.Errorf(py.TypeError(), "%s expected at least 1 argument, got 0", name)
			}
			return py.Value{}, py.Errorf(py.TypeError(), "%s expected at most 2 arguments, got %d", name, len(args))
		}
		r, err := charArg(name, "argument 1", args[0])
		if err != nil {
			return py.Value{}, err
		}
		if n := findNumeric(r, isOld(self) && name != "digit"); n != nil {
			if v, ok := get(n); ok {
				return v, nil
			}
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return py.Value{}, py.Errorf(py.ValueError(), "%s", msg)
	}}
}

func functions(ucd bool) []*py.MethodDef {
	return []*py.MethodDef{
		prop("category", func(r rune, old bool) py.Value { return py.NewStr(categories[record(r, old)[0]]) }),
		prop("bidirectional", func(r rune, old bool) py.Value { return py.NewStr(bidiNames[record(r, old)[1]]) }),
		prop("combining", func(r rune, old bool) py.Value { return py.Int(int64(record(r, old)[2])) }),
		prop("east_asian_width", func(r rune, old bool) py.Value { return py.NewStr(eawNames[record(r, old)[3]]) }),
		prop("mirrored", func(r rune, old bool) py.Value { return py.Int(int64(record(r, old)[4])) }),
		prop("decomposition", func(r rune, old bool) py.Value {
			if old {
				if d, ok := findDecomposition(decompositions32, r); ok {
					return py.NewStr(d)
				}
			}
			d, _ := findDecomposition(decompositions, r)
			return py.NewStr(d)
		}),
		numberFn("decimal", "not a decimal", func(n *numeric) (py.Value, bool) { return py.Int(int64(n.decimal)), n.decimal >= 0 }),
		numberFn("digit", "not a digit", func(n *numeric) (py.Value, bool) { return py.Int(int64(n.digit)), n.digit >= 0 }),
		numberFn("numeric", "not a numeric character", func(n *numeric) (py.Value, bool) { return py.Float(n.value), true }),
		{Name: "name", Fn: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			if kw != nil && len(kw.Items()) > 0 {
				return py.Value{}, py.Errorf(py.TypeError(), "name() takes no keyword arguments")
			}
			if len(args) < 1 || len(args) > 2 {
				if len(args) < 1 {
					return py.Value{}, py.Errorf(py.TypeError(), "name expected at least 1 argument, got 0")
				}
				return py.Value{}, py.Errorf(py.TypeError(), "name expected at most 2 arguments, got %d", len(args))
			}
			r, err := charArg("name", "argument 1", args[0])
			if err != nil {
				return py.Value{}, err
			}
			if n, ok := charName(r); ok && !unassigned(r, isOld(self)) {
				return py.NewStr(n), nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return py.Value{}, py.Errorf(py.ValueError(), "no such name")
		}},
		py.Func("lookup", "name, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			var s string
			if b, ok := py.AsBuffer(a[0]); ok && !a[0].Type().IsSubtype(py.StrType()) {
				s = string(b)
			} else if str, ok := py.AsStr(a[0]); ok {
				s = str
			} else {
				return py.Value{}, py.Errorf(py.TypeError(), "lookup() argument must be str or bytes, not %s", py.TypeName(a[0]))
			}
			if len(s) > 256 {
				return py.Value{}, py.NewException(py.KeyError(), py.NewStr("name too long"))
			}
			if v, ok := lookup(s, isOld(self)); ok {
				return py.NewStr(v), nil
			}
			return py.Value{}, py.NewException(py.KeyError(), py.NewStr("undefined character name '"+s+"'"))
		}),
		py.Func("normalize", "form, unistr, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			f, s, err := normArgs("normalize", a)
			if err != nil {
				return py.Value{}, err
			}
			if f.IsNormalString(s) {
				return a[1], nil
			}
			out := f.String(s)
			return py.NewStrText(out, py.CountChars(out)), nil
		}),
		py.Func("is_normalized", "form, unistr, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			f, s, err := normArgs("is_normalized", a)
			if err != nil {
				return py.Value{}, err
			}
			return py.Bool(f.IsNormalString(s)), nil
		}),
	}
}

func normArgs(fn string, a []py.Value) (norm.Form, string, *py.Exception) {
	form, ok := py.AsStr(a[0])
	if !ok {
		return 0, "", py.Errorf(py.TypeError(), "%s() argument 1 must be str, not %s", fn, py.TypeName(a[0]))
	}
	s, ok := py.AsStr(a[1])
	if !ok {
		return 0, "", py.Errorf(py.TypeError(), "%s() argument 2 must be str, not %s", fn, py.TypeName(a[1]))
	}
	var f norm.Form
	switch form {
	case "NFC":
		f = norm.NFC
	case "NFD":
		f = norm.NFD
	case "NFKC":
		f = norm.NFKC
	case "NFKD":
		f = norm.NFKD
	default:
		return 0, "", py.Errorf(py.ValueError(), "invalid normalization form")
	}
	return f, s, nil
}

// ---- names ----

var jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
var jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
var jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}

const hangulBase, hangulCount = 0xAC00, 11172

type nameTable struct {
	byCP   map[rune]string
	byName map[string]string // upper-case name or alias to its text
}

var names = sync.OnceValue(func() *nameTable {
	zr, err := zlib.NewReader(bytes.NewReader(namesBin))
	if err != nil {
		panic("unicodedata: names.bin: " + err.Error())
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		panic("unicodedata: names.bin: " + err.Error())
	}
	nt := &nameTable{byCP: make(map[rune]string, 40000), byName: make(map[string]string, 41000)}
	for _, line := range strings.Split(string(raw), "\n") {
		alias := strings.HasPrefix(line, "=")
		if alias {
			line = line[1:]
		}
		semi := strings.IndexByte(line, ';')
		if semi < 0 {
			continue
		}
		var sb []byte
		var first rune
		for i, f := range strings.Fields(line[:semi]) {
			x, _ := strconv.ParseUint(f, 16, 32)
			if i == 0 {
				first = rune(x)
			}
			sb = py.AppendChar(sb, rune(x))
		}
		name := line[semi+1:]
		if !alias {
			nt.byCP[first] = name
		}
		nt.byName[name] = string(sb)
	}
	return nt
})

func charName(r rune) (string, bool) {
	if r >= hangulBase && r < hangulBase+hangulCount {
		s := int(r - hangulBase)
		return "HANGUL SYLLABLE " + jamoL[s/588] + jamoV[s%588/28] + jamoT[s%28], true
	}
	for _, nr := range nameRanges {
		if r >= nr.lo && r <= nr.hi {
			return nr.prefix + strings.ToUpper(strconv.FormatInt(int64(r), 16)), true
		}
	}
	n, ok := names().byCP[r]
	return n, ok
}

func lookup(s string, old bool) (string, bool) {
	// The computed names match as written (upper case); the listed ones in any case.
	if rest, ok := strings.CutPrefix(s, "HANGUL SYLLABLE "); ok {
		for i := 0; i < hangulCount; i++ {
			if jamoL[i/588]+jamoV[i%588/28]+jamoT[i%28] == rest {
				return string(rune(hangulBase + i)), true
			}
		}
		return "", false
	}
	for _, nr := range nameRanges {
		if hex, ok := strings.CutPrefix(s, nr.prefix); ok && (len(hex) == 4 || len(hex) == 5) && strings.ToUpper(hex) == hex {
			if x, err := strconv.ParseUint(hex, 16, 32); err == nil && rune(x) >= nr.lo && rune(x) <= nr.hi {
				return string(rune(x)), true
			}
		}
	}
	up := strings.ToUpper(s)
	v, ok := names().byName[up]
	if !ok {
		return "", false
	}
	if old {
		// Unicode 3.2.0 has no aliases nor named sequences.
		r, n := py.DecodeChar(v)
		if cn, ok := charName(r); n != len(v) || !ok || cn != up {
			return "", false
		}
	}
	return v, true
}
