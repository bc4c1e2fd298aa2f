package py

import (
	"strings"
	"unicode"

	"github.com/kaa-python/kaa/internal/ucd"
)

// Unicode behaviour of str's methods, over python3.13's tables (package
// internal/ucd): full case mappings with SpecialCasing, the Final_Sigma rule, and
// the properties behind the isX predicates.

// isSpaceRune is str.isspace for one code point.
func isSpaceRune(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r >= '\t' && r <= '\r' || r >= 0x1c && r <= 0x1f
	}
	return ucd.IsSpace(r)
}

// writeCase appends the full mapping of r under c (r itself when absent).
func writeCase(b *strings.Builder, c ucd.Case, r rune) {
	if m, ok := c.Map(r); ok {
		b.WriteString(m)
		return
	}
	writeRune(b, r)
}

// writeLower appends the lowercase of rs[i], applying Final_Sigma to U+03A3.
func writeLower(b *strings.Builder, rs []rune, i int) {
	r := rs[i]
	if r < 0x80 {
		if r >= 'A' && r <= 'Z' {
			r += 'a' - 'A'
		}
		b.WriteByte(byte(r))
		return
	}
	if r == 0x3A3 {
		b.WriteRune(capitalSigma(rs, i))
		return
	}
	writeCase(b, ucd.Lower, r)
}

func capitalSigma(rs []rune, i int) rune {
	j := i - 1
	var c rune
	for ; j >= 0; j-- {
		c = rs[j]
		if !ucd.IsCaseIgnorable(c) {
			break
		}
	}
	final := j >= 0 && ucd.IsCased(c)
	if final && i+1 < len(rs) {
		j = i + 1
		for ; j < len(rs); j++ {
			c = rs[j]
			if !ucd.IsCaseIgnorable(c) {
				break
			}
		}
		final = j == len(rs) || !ucd.IsCased(c)
	}
	if final {
		return 0x3C2
	}
	return 0x3C3
}

func strLower(s *Str) string {
	if s.isASCII() {
		return strings.ToLower(s.s)
	}
	rs := s.Runes()
	var b strings.Builder
	for i := range rs {
		writeLower(&b, rs, i)
	}
	return b.String()
}

func strUpper(s *Str) string {
	if s.isASCII() {
		return strings.ToUpper(s.s)
	}
	var b strings.Builder
	for _, r := range s.Runes() {
		writeCase(&b, ucd.Upper, r)
	}
	return b.String()
}

func strCasefold(s *Str) string {
	if s.isASCII() {
		return strings.ToLower(s.s)
	}
	var b strings.Builder
	for _, r := range s.Runes() {
		writeCase(&b, ucd.Fold, r)
	}
	return b.String()
}

func strSwapcase(s *Str) string {
	rs := s.Runes()
	var b strings.Builder
	for i, r := range rs {
		switch {
		case ucd.IsUpper(r):
			writeLower(&b, rs, i)
		case ucd.IsLower(r):
			writeCase(&b, ucd.Upper, r)
		default:
			writeRune(&b, r)
		}
	}
	return b.String()
}

func strCapitalize(s *Str) string {
	rs := s.Runes()
	var b strings.Builder
	for i, r := range rs {
		if i == 0 {
			writeCase(&b, ucd.Title, r)
		} else {
			writeLower(&b, rs, i)
		}
	}
	return b.String()
}

func strTitle(s *Str) string {
	rs := s.Runes()
	var b strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			writeLower(&b, rs, i)
		} else {
			writeCase(&b, ucd.Title, r)
		}
		prevCased = ucd.IsCased(r)
	}
	return b.String()
}

func strIsUpper(s *Str) bool {
	cased := false
	for _, r := range s.Runes() {
		if ucd.IsLower(r) || ucd.IsTitle(r) {
			return false
		}
		if ucd.IsUpper(r) {
			cased = true
		}
	}
	return cased
}

func strIsLower(s *Str) bool {
	cased := false
	for _, r := range s.Runes() {
		if ucd.IsUpper(r) || ucd.IsTitle(r) {
			return false
		}
		if ucd.IsLower(r) {
			cased = true
		}
	}
	return cased
}

func strIsTitle(s *Str) bool {
	cased, prev := false, false
	for _, r := range s.Runes() {
		switch {
		case ucd.IsUpper(r) || ucd.IsTitle(r):
			if prev {
				return false
			}
			prev, cased = true, true
		case ucd.IsLower(r):
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return cased
}

func strIsIdentifier(s *Str) bool {
	if s.n == 0 {
		return false
	}
	for i, r := range s.Runes() {
		if i == 0 {
			if !ucd.IsIDStart(r) {
				return false
			}
		} else if !ucd.IsIDContinue(r) {
			return false
		}
	}
	return true
}

func isAlnumRune(r rune) bool {
	return ucd.IsAlpha(r) || ucd.IsDecimal(r) || ucd.IsDigit(r) || ucd.IsNumeric(r)
}

// asciiDigits maps decimal digits of any script to ASCII and other whitespace to
// spaces, as int() and float() see their argument (_PyUnicode_TransformDecimalAndSpaceToASCII).
func asciiDigits(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, n := decodeRune(s[i:])
		i += n
		switch {
		case r < 0x80:
			b.WriteByte(byte(r))
		case isSpaceRune(r):
			b.WriteByte(' ')
		case ucd.Decimal(r) >= 0:
			b.WriteByte(byte('0' + ucd.Decimal(r)))
		default:
			writeRune(&b, r)
		}
	}
	return b.String()
}

func unicodeDecimal(r rune) int {
	if unicode.Is(unicode.Nd, r) {
		return int(unicode.ToLower(r)-'0') % 10
	}
	return -1
}
