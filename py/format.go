package py

import (
	"math"
	"strconv"
	"strings"
)

// The format-spec mini-language of int, float and str __format__, following
// CPython's Python/formatter_unicode.c: one parser with its checks and
// messages, and one routine that lays out sign, prefix, grouped digits and the
// rest of a number inside the requested width.

type fmtSpec struct {
	fill              rune
	align             byte
	fillSet, alignSet bool
	sign              byte
	alt, zero, noNeg0 bool
	width             int
	grouping          byte
	prec              int
	typ               byte
}

func isAlignChar(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }

// parseFormatSpec is parse_internal_render_format_spec. defAlign is '>' for
// numbers and '<' for strings; typName names the type in messages.
func parseFormatSpec(spec, typName string, defType, defAlign byte) (fmtSpec, *Exception) {
	sp := fmtSpec{fill: ' ', align: defAlign, prec: -1, width: -1, typ: defType}
	rs := []rune(spec)
	i := 0
	if len(rs) >= 2 && isAlignChar(rs[1]) {
		sp.fill, sp.align, sp.fillSet, sp.alignSet = rs[0], byte(rs[1]), true, true
		i = 2
	} else if len(rs) >= 1 && isAlignChar(rs[0]) {
		sp.align, sp.alignSet = byte(rs[0]), true
		i = 1
	}
	if i < len(rs) && (rs[i] == '+' || rs[i] == '-' || rs[i] == ' ') {
		sp.sign = byte(rs[i])
		i++
	}
	if i < len(rs) && rs[i] == 'z' {
		sp.noNeg0 = true
		i++
	}
	if i < len(rs) && rs[i] == '#' {
		sp.alt = true
		i++
	}
	if i < len(rs) && rs[i] == '0' {
		sp.zero = true
		if !sp.fillSet {
			sp.fill = '0'
		}
		if !sp.alignSet && defAlign == '>' {
			sp.align = '='
		}
		i++
	}
	st := i
	for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
		i++
	}
	if i > st {
		w, err := strconv.Atoi(string(rs[st:i]))
		if err != nil {
			return sp, Errorf(valueError, "Too many decimal digits in format string")
		}
		sp.width = w
	}
	if i < len(rs) && rs[i] == ',' {
		sp.grouping = ','
		i++
	}
	if i < len(rs) && rs[i] == '_' {
		if sp.grouping != 0 {
			return sp, Errorf(valueError, "Cannot specify both ',' and '_'.")
		}
		sp.grouping = '_'
		i++
	}
	if i < len(rs) && rs[i] == ',' {
		if sp.grouping == '_' {
			return sp, Errorf(valueError, "Cannot specify both ',' and '_'.")
		}
		return sp, Errorf(valueError, "Cannot specify ',' with ','.")
	}
	if i < len(rs) && rs[i] == '.' {
		i++
		st = i
		for i < len(rs) && rs[i] >= '0' && rs[i] <= '9' {
			i++
		}
		if i == st {
			return sp, Errorf(valueError, "Format specifier missing precision")
		}
		p, err := strconv.Atoi(string(rs[st:i]))
		if err != nil {
			return sp, Errorf(valueError, "Too many decimal digits in format string")
		}
		sp.prec = p
	}
	if len(rs)-i > 1 {
		return sp, Errorf(valueError, "Invalid format specifier '%s' for object of type '%s'", spec, typName)
	}
	if i < len(rs) {
		if rs[i] > 0x7f {
			return sp, unknownPresentation(rs[i], typName)
		}
		sp.typ = byte(rs[i])
	}
	if sp.grouping != 0 {
		switch sp.typ {
		case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		case 'x', 'X', 'o', 'b':
			if sp.grouping == '_' {
				break
			}
			fallthrough
		default:
			return sp, Errorf(valueError, "Cannot specify '%c' with '%s'.", sp.grouping, presentationChar(rune(sp.typ)))
		}
	}
	return sp, nil
}

func presentationChar(r rune) string {
	if r > 32 && r < 128 {
		return string(r)
	}
	return `\x` + strconv.FormatInt(int64(r), 16)
}

func unknownPresentation(r rune, typName string) *Exception {
	if r > 32 && r < 128 {
		return Errorf(valueError, "Unknown format code '%c' for object of type '%s'", r, typName)
	}
	return Errorf(valueError, "Unknown format code '\\x%x' for object of type '%s'", r, typName)
}

// groupDigits inserts sep every `every` digits from the right, first padding
// with zeros so the result is at least minWidth long (a separator is never
// the first character).
func groupDigits(digits string, sep byte, every, minWidth int) string {
	if sep == 0 {
		if len(digits) < minWidth {
			return strings.Repeat("0", minWidth-len(digits)) + digits
		}
		return digits
	}
	n := len(digits)
	for n+(n-1)/every < minWidth {
		n++
	}
	if n > len(digits) {
		digits = strings.Repeat("0", n-len(digits)) + digits
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 && (n-i)%every == 0 {
			b.WriteByte(sep)
		}
		b.WriteByte(digits[i])
	}
	return b.String()
}

// layoutNumber is fill_number: sign and prefix, then the integer digits
// (grouped), then rest (fraction, exponent, '%'), aligned within the width.
func layoutNumber(sp fmtSpec, neg bool, prefix, digits, rest string, every int) string {
	sign := ""
	switch {
	case neg:
		sign = "-"
	case sp.sign == '+':
		sign = "+"
	case sp.sign == ' ':
		sign = " "
	}
	lead := len(sign) + len(prefix)
	minWidth := 0
	if sp.fill == '0' && sp.align == '=' && sp.width > 0 {
		minWidth = sp.width - lead - len(rest)
	}
	body := groupDigits(digits, sp.grouping, every, minWidth)
	n := lead + len(body) + countRunes(rest)
	if sp.width <= n {
		return sign + prefix + body + rest
	}
	padN := sp.width - n
	fill := string(sp.fill)
	switch sp.align {
	case '<':
		return sign + prefix + body + rest + strings.Repeat(fill, padN)
	case '^':
		l := padN / 2
		return strings.Repeat(fill, l) + sign + prefix + body + rest + strings.Repeat(fill, padN-l)
	case '=':
		return sign + prefix + strings.Repeat(fill, padN) + body + rest
	}
	return strings.Repeat(fill, padN) + sign + prefix + body + rest
}

// alignText pads s (already cut to the precision) for str and the like.
func alignText(sp fmtSpec, s string) string {
	n := countRunes(s)
	if sp.width <= n {
		return s
	}
	padN := sp.width - n
	fill := string(sp.fill)
	switch sp.align {
	case '>':
		return strings.Repeat(fill, padN) + s
	case '^':
		l := padN / 2
		return strings.Repeat(fill, l) + s + strings.Repeat(fill, padN-l)
	}
	return s + strings.Repeat(fill, padN)
}

func formatInt(t *Thread, v Value, spec string) (Value, *Exception) {
	if spec == "" {
		return StrV(t, v) // str(self): True formats as "True"
	}
	sp, err := parseFormatSpec(spec, typeName(v), 'd', '>')
	if err != nil {
		return Value{}, err
	}
	if err := t.checkAlloc(int64(sp.width), 1); err != nil {
		return Value{}, err
	}
	switch sp.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := intToFloat(v)
		if err != nil {
			return Value{}, err
		}
		return formatFloatSpec(t, f, sp)
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	default:
		return Value{}, unknownPresentation(rune(sp.typ), typeName(v))
	}
	if sp.prec >= 0 {
		return Value{}, Errorf(valueError, "Precision not allowed in integer format specifier")
	}
	if sp.noNeg0 {
		return Value{}, Errorf(valueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if sp.typ == 'c' {
		if sp.sign != 0 {
			return Value{}, Errorf(valueError, "Sign not allowed with integer format specifier 'c'")
		}
		if sp.alt {
			return Value{}, Errorf(valueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		n, ok := AsInt64(v)
		if !ok || n < 0 || n > 0x10ffff {
			return Value{}, Errorf(overflowError, "%%c arg not in range(0x110000)")
		}
		sp.grouping = 0
		return NewStr(layoutNumber(sp, false, "", "", runeStr(rune(n)), 3)), nil
	}
	neg := intCompare(v, Int(0)) < 0
	av := v
	if neg {
		av, _ = intType.neg(t, v)
	}
	av = mustInt(t, av)
	base, prefix, every := 10, "", 3
	switch sp.typ {
	case 'x', 'X':
		base, prefix, every = 16, "0x", 4
	case 'o':
		base, prefix, every = 8, "0o", 4
	case 'b':
		base, prefix, every = 2, "0b", 4
	}
	var digits string
	if base == 10 {
		r, err := intRepr(t, av)
		if err != nil {
			return Value{}, err
		}
		digits = r.str().s
	} else {
		digits = intFormatBase(av, base, "")
	}
	if sp.typ == 'X' {
		digits, prefix = strings.ToUpper(digits), "0X"
	}
	if !sp.alt {
		prefix = ""
	}
	return NewStr(layoutNumber(sp, neg, prefix, digits, "", every)), nil
}

func mustInt(t *Thread, v Value) Value {
	r, _ := ToInt(t, v)
	return r
}

// floatDigits formats |f| as PyOS_double_to_string does for types e, f, g and
// r (repr); alt keeps trailing zeros and the point, addDot0 gives "2.0" for a
// 'g' result without a point.
func floatDigits(a float64, typ byte, prec int, alt, addDot0 bool) string {
	if math.IsInf(a, 0) {
		return "inf"
	}
	if math.IsNaN(a) {
		return "nan"
	}
	var s string
	switch typ {
	case 'r':
		return FloatRepr(a)
	case 'f':
		s = strconv.FormatFloat(a, 'f', prec, 64)
	case 'e':
		s = strconv.FormatFloat(a, 'e', prec, 64)
	case 'g':
		if prec == 0 {
			prec = 1
		}
		e := strconv.FormatFloat(a, 'e', prec-1, 64)
		exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
		limit := prec
		if addDot0 { // no presentation type: scientific from exp >= p-1 on
			limit = prec - 1
		}
		if exp >= -4 && exp < limit {
			s = strconv.FormatFloat(a, 'f', prec-1-exp, 64)
			if !alt && strings.Contains(s, ".") {
				s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
			}
		} else {
			s = e
			if !alt {
				m, x := s[:strings.IndexByte(s, 'e')], s[strings.IndexByte(s, 'e'):]
				if strings.Contains(m, ".") {
					m = strings.TrimRight(strings.TrimRight(m, "0"), ".")
				}
				s = m + x
			}
		}
		if addDot0 && !strings.ContainsAny(s, ".e") {
			s += ".0"
		}
	}
	if alt && !strings.Contains(s, ".") {
		if i := strings.IndexByte(s, 'e'); i >= 0 {
			s = s[:i] + "." + s[i:]
		} else {
			s += "."
		}
	}
	return s
}

func formatFloat(t *Thread, f float64, spec string) (Value, *Exception) {
	if spec == "" {
		return NewStr(FloatRepr(f)), nil
	}
	sp, err := parseFormatSpec(spec, "float", 0, '>')
	if err != nil {
		return Value{}, err
	}
	if err := t.checkAlloc(int64(sp.width), 1); err != nil {
		return Value{}, err
	}
	return formatFloatSpec(t, f, sp)
}

// formatFloatSpec is format_float_internal.
func formatFloatSpec(t *Thread, f float64, sp fmtSpec) (Value, *Exception) {
	typ := sp.typ
	addDot0 := false
	defPrec := 6
	switch typ {
	case 0:
		typ, addDot0, defPrec = 'r', true, 0
	case 'n':
		typ = 'g'
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
	default:
		return Value{}, unknownPresentation(rune(typ), "float")
	}
	pct := false
	if typ == '%' {
		typ, f, pct = 'f', f*100, true
	}
	prec := sp.prec
	if prec > math.MaxInt32 {
		return Value{}, Errorf(valueError, "precision too big")
	}
	if err := t.checkAlloc(int64(prec), 1); err != nil {
		return Value{}, err
	}
	if prec < 0 {
		prec = defPrec
	} else if typ == 'r' {
		typ = 'g'
	}
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	lt := typ
	if upper {
		lt = typ + ('a' - 'A')
	}
	neg := math.Signbit(f) && !math.IsNaN(f)
	body := floatDigits(math.Abs(f), lt, prec, sp.alt, addDot0)
	if upper {
		body = strings.ToUpper(body)
	}
	if sp.noNeg0 && neg {
		mant := body
		if i := strings.IndexAny(mant, "eE"); i >= 0 {
			mant = mant[:i]
		}
		if strings.Trim(mant, "0.") == "" {
			neg = false
		}
	}
	if pct {
		body += "%"
	}
	digits, rest := body, ""
	if i := strings.IndexAny(body, ".eE%"); i >= 0 {
		digits, rest = body[:i], body[i:]
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		digits, rest = "", body
	}
	return NewStr(layoutNumber(sp, neg, "", digits, rest, 3)), nil
}

// strFormatSpec is str.__format__.
func strFormatSpec(t *Thread, s *Str, spec string) (Value, *Exception) {
	sp, err := parseFormatSpec(spec, "str", 's', '<')
	if err != nil {
		return Value{}, err
	}
	if err := t.checkAlloc(int64(sp.width), 1); err != nil {
		return Value{}, err
	}
	if sp.typ != 's' {
		return Value{}, unknownPresentation(rune(sp.typ), "str")
	}
	switch {
	case sp.sign == ' ':
		return Value{}, Errorf(valueError, "Space not allowed in string format specifier")
	case sp.sign != 0:
		return Value{}, Errorf(valueError, "Sign not allowed in string format specifier")
	case sp.noNeg0:
		return Value{}, Errorf(valueError, "Negative zero coercion (z) not allowed in format specifier")
	case sp.alt:
		return Value{}, Errorf(valueError, "Alternate form (#) not allowed in string format specifier")
	case sp.align == '=':
		return Value{}, Errorf(valueError, "'=' alignment not allowed in string format specifier")
	}
	str := s.s
	if sp.prec >= 0 && sp.prec < s.n {
		str = s.substr(0, sp.prec)
	}
	return NewStr(alignText(sp, str)), nil
}
