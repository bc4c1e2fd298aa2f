package constant

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/kaa-python/kaa/internal/ucd"
)

//go:generate sh -c "python3.13 testdata/gen_repr.py > testdata/repr.json"

// Repr returns Python 3.13's repr() of a constant value. A code object (or any other
// value) is printed by the optional hook codeRepr of ReprCode; without it, "<code>".
func Repr(v Value) string {
	var b strings.Builder
	writeRepr(&b, v)
	return b.String()
}

func writeRepr(b *strings.Builder, v Value) {
	switch x := v.(type) {
	case nil, NoneType:
		b.WriteString("None")
	case EllipsisType:
		b.WriteString("Ellipsis")
	case Bool:
		if x {
			b.WriteString("True")
		} else {
			b.WriteString("False")
		}
	case Int:
		if x.Big != nil {
			b.WriteString(x.Big.String())
		} else {
			b.WriteString(strconv.FormatInt(x.Small, 10))
		}
	case Float:
		b.WriteString(FloatRepr(float64(x)))
	case Complex:
		b.WriteString(ComplexRepr(complex128(x)))
	case Str:
		b.WriteString(StrRepr(string(x)))
	case Bytes:
		b.WriteString(BytesRepr(string(x)))
	case Tuple:
		b.WriteByte('(')
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRepr(b, e)
		}
		if len(x) == 1 {
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case FrozenSet:
		if len(x) == 0 {
			b.WriteString("frozenset()")
			return
		}
		b.WriteString("frozenset({")
		for i, e := range x {
			if i > 0 {
				b.WriteString(", ")
			}
			writeRepr(b, e)
		}
		b.WriteString("})")
	case interface{ Repr() string }:
		b.WriteString(x.Repr())
	default:
		b.WriteString("<?>")
	}
}

// FloatRepr formats f as Python's repr(float): the shortest string that reads back
// as f, in fixed notation for exponents -4..15 and scientific otherwise.
func FloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	neg := false
	if s[0] == '-' {
		neg = true
		s = s[1:]
	}
	mant, expS, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expS)
	digits := strings.Replace(mant, ".", "", 1)
	var out string
	if exp >= -4 && exp < 16 {
		if exp < 0 {
			out = "0." + strings.Repeat("0", -exp-1) + digits
		} else if len(digits) <= exp+1 {
			out = digits + strings.Repeat("0", exp+1-len(digits)) + ".0"
		} else {
			out = digits[:exp+1] + "." + digits[exp+1:]
		}
	} else {
		m := digits[:1]
		if len(digits) > 1 {
			m += "." + digits[1:]
		}
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		out = m + "e" + sign + es
	}
	if neg {
		return "-" + out
	}
	return out
}

// ComplexRepr formats c as Python's repr(complex).
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	short := func(f float64) string {
		s := FloatRepr(f)
		return strings.TrimSuffix(s, ".0")
	}
	if re == 0 && !math.Signbit(re) {
		return short(im) + "j"
	}
	sign := "+"
	if im < 0 || (im == 0 && math.Signbit(im)) || (math.IsNaN(im) && math.Signbit(im)) {
		sign = "-"
		im = -im
	}
	return "(" + short(re) + sign + short(im) + "j)"
}

// decodeWTF8 decodes one code point of generalized UTF-8, where surrogates appear as
// their 3-byte forms.
func decodeWTF8(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(s[0]&0x0F)<<12 | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// StrRepr formats s (generalized UTF-8) as Python's repr(str).
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, n := decodeWTF8(s[i:])
		i += n
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case ucd.IsPrintable(r):
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x`)
			writeHex(&b, int(r), 2)
		case r < 0x10000:
			b.WriteString(`\u`)
			writeHex(&b, int(r), 4)
		default:
			b.WriteString(`\U`)
			writeHex(&b, int(r), 8)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

func writeHex(b *strings.Builder, v, n int) {
	const hexd = "0123456789abcdef"
	for i := n - 1; i >= 0; i-- {
		b.WriteByte(hexd[(v>>(4*i))&0xF])
	}
}

// BytesRepr formats s as Python's repr(bytes).
func BytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.WriteString("b")
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7F:
			b.WriteString(`\x`)
			writeHex(&b, int(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// CodePoints decodes s (generalized UTF-8) into its code points, as Python's str
// indexes them.
func CodePoints(s string) []rune {
	var out []rune
	for len(s) > 0 {
		r, n := decodeWTF8(s)
		out = append(out, r)
		s = s[n:]
	}
	return out
}

// EncodeCodePoint encodes one code point in generalized UTF-8 (a surrogate as its
// 3-byte form).
func EncodeCodePoint(r rune) string {
	if r >= 0xD800 && r <= 0xDFFF {
		return string([]byte{0xED, byte(0x80 | (r>>6)&0x3F), byte(0x80 | r&0x3F)})
	}
	return string(r)
}
