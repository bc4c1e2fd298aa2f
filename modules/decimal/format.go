package decimal

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kaa-python/kaa/py"
)

// fmtSpec is a parsed format specification for Decimal.__format__.
type fmtSpec struct {
	fill     string
	align    byte
	sign     byte
	noNeg0   bool
	alt      bool
	zeropad  bool
	width    int
	sep      string
	prec     int // -1: none
	typ      byte
	hasFill  bool
	hasAlign bool
	dp       string // the decimal point
	groups   []int  // group lengths from the right
	repeat   bool   // the last group length repeats
}

func badSpec(spec string) *py.Exception {
	return py.Errorf(py.ValueError(), "invalid format string")
}

func parseSpec(spec string) (*fmtSpec, *py.Exception) {
	f := &fmtSpec{prec: -1, fill: " ", align: '>'}
	s := spec
	isAlign := func(b byte) bool { return b == '<' || b == '>' || b == '=' || b == '^' }
	if r, n := utf8.DecodeRuneInString(s); n > 0 && len(s) > n && isAlign(s[n]) {
		_ = r
		f.fill, f.hasFill = s[:n], true
		f.align, f.hasAlign = s[n], true
		s = s[n+1:]
	} else if len(s) > 0 && isAlign(s[0]) {
		f.align, f.hasAlign = s[0], true
		s = s[1:]
	}
	if len(s) > 0 && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		f.sign = s[0]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == 'z' {
		f.noNeg0 = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '#' {
		f.alt = true
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '0' {
		f.zeropad = true
		s = s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		w, err := strconv.Atoi(s[:i])
		if err != nil || w > 1<<31-1 {
			return nil, badSpec(spec)
		}
		f.width = w
		s = s[i:]
	}
	if len(s) > 0 && s[0] == ',' {
		f.sep = s[:1]
		s = s[1:]
	}
	if len(s) > 0 && s[0] == '.' {
		s = s[1:]
		i = 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 {
			return nil, badSpec(spec)
		}
		p, err := strconv.Atoi(s[:i])
		if err != nil || p > 1<<31-1 {
			return nil, badSpec(spec)
		}
		f.prec = p
		s = s[i:]
	}
	if len(s) > 1 {
		return nil, badSpec(spec)
	}
	if len(s) == 1 {
		if !strings.ContainsRune("eEfFgGnN%", rune(s[0])) {
			return nil, badSpec(spec)
		}
		f.typ = s[0]
	}
	if f.zeropad {
		if !f.hasFill {
			f.fill = "0"
		}
		if !f.hasAlign {
			f.align = '='
		}
	}
	if (f.typ == 'n' || f.typ == 'N') && f.sep != "" {
		return nil, badSpec(spec)
	}
	f.dp = "."
	if f.sep != "" {
		f.groups, f.repeat = []int{3}, true
	}
	return f, nil
}

// localeFields applies a localeconv()-like dict (decimal_point,
// thousands_sep, grouping: a list of ints or a str of their code points).
func (f *fmtSpec) localeFields(t *py.Thread, d py.Value) *py.Exception {
	get := func(k string) (py.Value, *py.Exception) { return py.GetItem(t, d, py.NewStr(k)) }
	dp, err := get("decimal_point")
	if err != nil {
		return err
	}
	ts, err := get("thousands_sep")
	if err != nil {
		return err
	}
	g, err := get("grouping")
	if err != nil {
		return err
	}
	f.dp, _ = py.AsStr(dp)
	f.sep, _ = py.AsStr(ts)
	if utf8.RuneCountInString(f.dp) > 1 || utf8.RuneCountInString(f.sep) > 1 {
		return py.Errorf(py.ValueError(), "invalid override dict")
	}
	var sizes []int
	if gs, ok := py.AsStr(g); ok {
		for _, r := range gs {
			sizes = append(sizes, int(r))
		}
	} else {
		items, err := py.ToSlice(t, g)
		if err != nil {
			return err
		}
		for _, it := range items {
			n, _ := py.AsInt64(it)
			sizes = append(sizes, int(n))
		}
	}
	f.groups, f.repeat = nil, false
	switch {
	case len(sizes) == 0:
	case sizes[len(sizes)-1] == 0 && len(sizes) >= 2:
		f.groups, f.repeat = sizes[:len(sizes)-1], true
	case sizes[len(sizes)-1] == 127:
		f.groups = sizes[:len(sizes)-1]
	default:
		return py.Errorf(py.ValueError(), "invalid override dict")
	}
	for _, n := range f.groups {
		if n <= 0 || n > 127 {
			return py.Errorf(py.ValueError(), "invalid override dict")
		}
	}
	return nil
}

func decFormat(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception) {
	specV := args[0]
	spec, ok := py.AsStr(specV)
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "format arg must be str")
	}
	var override py.Value
	if len(args) > 1 && !args[1].IsNone() {
		if _, ok := py.AsDict(args[1]); !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "optional argument must be a dict")
		}
		override = args[1]
	}
	o, err := current(t)
	if err != nil {
		return py.Value{}, err
	}
	x := asNum(self)
	if spec == "" {
		return py.NewStr(x.toString(false, o.capitals == 1)), nil
	}
	f, err := parseSpec(spec)
	if err != nil {
		return py.Value{}, err
	}
	if f.typ == 'N' {
		if err := t.Warn(py.DeprecationWarning(), "Format specifier 'N' is deprecated"); err != nil {
			return py.Value{}, err
		}
	}
	if !override.IsNil() {
		if err := f.localeFields(t, override); err != nil {
			return py.Value{}, err
		}
	} else if f.typ == 'n' || f.typ == 'N' {
		loc, err := py.Import(t, "locale")
		if err != nil {
			return py.Value{}, err
		}
		conv, err := py.CallMethod(t, loc, "localeconv")
		if err != nil {
			return py.Value{}, err
		}
		if err := f.localeFields(t, conv); err != nil {
			return py.Value{}, err
		}
	}
	var res string
	_, perr := protect(func() *num { res = formatNum(x, f, o); return nil })
	if perr != nil {
		return py.Value{}, perr
	}
	return py.NewStr(res), nil
}

func formatNum(x *num, f *fmtSpec, o *ctxObj) string {
	typ := f.typ
	if typ == 0 {
		typ = 'g'
		if o.capitals == 1 {
			typ = 'G'
		}
		if f.prec < 0 {
			typ = 0 // to-scientific-string rules
		}
	}
	if typ == 'n' {
		typ = 'g'
	} else if typ == 'N' {
		typ = 'G'
	}
	neg := x.neg
	if x.k != finite {
		body := "Infinity"
		if x.k == qnan {
			body = "NaN"
		} else if x.k == snan {
			body = "sNaN"
		}
		if x.isNaN() && x.coef.Sign() != 0 {
			body += x.coef.String()
		}
		if typ == '%' {
			body += "%"
		}
		if f.zeropad && !f.hasFill && !f.hasAlign {
			g := *f
			g.fill, g.align = " ", '>'
			f = &g
		}
		return align(signStr(neg, f), body, f)
	}
	v := x
	if typ == '%' {
		v = newFinite(v.neg, v.coef, v.exp+2)
	}
	mode := o.c.round
	if f.prec >= 0 {
		switch typ {
		case 'e', 'E':
			v = roundTo(v, int64(f.prec)+1, mode)
		case 'f', 'F', '%':
			v, _ = rescale(v, int64(-f.prec), mode)
		case 'g', 'G':
			p := int64(f.prec)
			if p == 0 {
				p = 1
			}
			if v.coef.Sign() != 0 && ndigits(v.coef) > p {
				v = roundTo(v, p, mode)
			}
		}
	}
	if v.coef.Sign() == 0 && v.exp > 0 && (typ == 'f' || typ == 'F' || typ == '%') {
		v = zeroNum(v.neg, 0)
	}
	if v.coef.Sign() == 0 && f.noNeg0 {
		neg = false
	} else {
		neg = v.neg
	}
	if typ == 'f' || typ == 'F' || typ == '%' {
		checkDigits(abs64(v.exp))
	}
	ds := v.coef.String()
	if v.coef.Sign() == 0 {
		ds = "0"
	}
	nd := int64(len(ds))
	left := v.exp + nd
	var dot int64
	switch typ {
	case 'e', 'E':
		if v.coef.Sign() == 0 && f.prec >= 0 {
			dot = 1 - int64(f.prec)
		} else {
			dot = 1
		}
	case 'f', 'F', '%':
		dot = left
	case 'g', 'G':
		if v.exp <= 0 && left > -6 {
			dot = left
		} else {
			dot = 1
		}
	default: // no type, no precision: as str()
		if v.exp <= 0 && left > -6 {
			dot = left
		} else {
			dot = 1
		}
	}
	var ip, fp string
	switch {
	case dot < 0:
		ip = "0"
		fp = strings.Repeat("0", int(-dot)) + ds
	case dot > nd:
		ip = ds + strings.Repeat("0", int(dot-nd))
	default:
		ip = ds[:dot]
		if ip == "" {
			ip = "0"
		}
		fp = ds[dot:]
	}
	exp := left - dot
	return numberBody(neg, ip, fp, exp, typ, f, o)
}

// roundTo rounds (or pads) nonzero v to p significant digits.
func roundTo(v *num, p int64, mode int) *num {
	if v.coef.Sign() == 0 {
		return v
	}
	r, _ := rescale(v, v.adj()+1-p, mode)
	if r.adj() != v.adj() {
		r, _ = rescale(r, r.adj()+1-p, mode)
	}
	return r
}

func signStr(neg bool, f *fmtSpec) string {
	if neg {
		return "-"
	}
	switch f.sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

func numberBody(neg bool, ip, fp string, exp int64, typ byte, f *fmtSpec, o *ctxObj) string {
	sign := signStr(neg, f)
	if fp != "" || f.alt {
		fp = f.dp + fp
	}
	if exp != 0 || typ == 'e' || typ == 'E' {
		e := "e"
		if typ == 'E' || typ == 'G' || typ == 0 && o.capitals == 1 {
			e = "E"
		}
		es := strconv.FormatInt(exp, 10)
		if exp >= 0 {
			es = "+" + es
		}
		fp += e + es
	}
	if typ == '%' {
		fp += "%"
	}
	minWidth := 0
	if f.zeropad && f.fill == "0" && f.align == '=' {
		minWidth = f.width - utf8.RuneCountInString(fp) - len(sign)
	}
	checkDigits(int64(max(minWidth, 0)))
	ip = groupDigits(ip, f, minWidth)
	return align(sign, ip+fp, f)
}

// groupDigits inserts the separator between groups of digits (f.groups
// from the right), padding with zeros to minWidth, as CPython's
// _insert_thousands_sep.
func groupDigits(digits string, f *fmtSpec, minWidth int) string {
	sepLen := utf8.RuneCountInString(f.sep)
	var groups []string
	take := func(l int) {
		g := digits[max(0, len(digits)-l):]
		groups = append(groups, strings.Repeat("0", max(0, l-len(g)))+g)
		digits = digits[:max(0, len(digits)-l)]
	}
	done := false
	for i := 0; ; i++ {
		var l int
		switch {
		case i < len(f.groups):
			l = f.groups[i]
		case f.repeat && len(f.groups) > 0:
			l = f.groups[len(f.groups)-1]
		default:
			done = true
		}
		if done {
			break
		}
		l = min(max(len(digits), minWidth, 1), l)
		take(l)
		minWidth -= l
		if digits == "" && minWidth <= 0 {
			break
		}
		minWidth -= sepLen
	}
	if done {
		take(max(len(digits), minWidth, 1))
	}
	for i, j := 0, len(groups)-1; i < j; i, j = i+1, j-1 {
		groups[i], groups[j] = groups[j], groups[i]
	}
	return strings.Join(groups, f.sep)
}

func align(sign, body string, f *fmtSpec) string {
	n := utf8.RuneCountInString(sign) + utf8.RuneCountInString(body)
	pad := f.width - n
	checkDigits(int64(max(pad, 0)))
	if pad <= 0 {
		return sign + body
	}
	switch f.align {
	case '<':
		return sign + body + strings.Repeat(f.fill, pad)
	case '=':
		return sign + strings.Repeat(f.fill, pad) + body
	case '^':
		l := pad / 2
		return strings.Repeat(f.fill, l) + sign + body + strings.Repeat(f.fill, pad-l)
	}
	return strings.Repeat(f.fill, pad) + sign + body
}
