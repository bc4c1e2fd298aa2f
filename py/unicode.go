package py

import (
	"sort"
	"strings"
	"unicode"
)

// Unicode behaviour of str's methods, from tables generated out of python3.13
// (unicode_gen.go, gen_unicode.py): full case mappings with SpecialCasing, the
// Final_Sigma rule, and the properties behind the isX predicates.

type caseMapping struct {
	r rune
	s string
}

func inRanges(tab [][2]rune, r rune) bool {
	i := sort.Search(len(tab), func(i int) bool { return tab[i][1] >= r })
	return i < len(tab) && tab[i][0] <= r
}

func lookupCase(tab []caseMapping, r rune) (string, bool) {
	i := sort.Search(len(tab), func(i int) bool { return tab[i].r >= r })
	if i < len(tab) && tab[i].r == r {
		return tab[i].s, true
	}
	return "", false
}

func ucIsCased(r rune) bool         { return inRanges(ucCased[:], r) }
func ucIsCaseIgnorable(r rune) bool { return inRanges(ucCaseIgnorable[:], r) }
func ucIsLower(r rune) bool         { return inRanges(ucLower[:], r) }
func ucIsUpper(r rune) bool         { return inRanges(ucUpper[:], r) }
func ucIsTitle(r rune) bool         { return inRanges(ucTitle[:], r) }
func ucIsAlpha(r rune) bool         { return inRanges(ucAlpha[:], r) }
func ucIsDecimal(r rune) bool       { return inRanges(ucDecimal[:], r) }
func ucIsDigit(r rune) bool         { return inRanges(ucDigit[:], r) }
func ucIsNumeric(r rune) bool       { return inRanges(ucNumeric[:], r) }

// isSpaceRune is str.isspace for one code point.
func isSpaceRune(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r >= '\t' && r <= '\r' || r >= 0x1c && r <= 0x1f
	}
	return inRanges(ucSpace[:], r)
}

// decimalValue is the value of a decimal digit (any script), or -1.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !ucIsDecimal(r) {
		return -1
	}
	i := sort.Search(len(ucDecimalZeros), func(i int) bool { return ucDecimalZeros[i] > r }) - 1
	return int(r - ucDecimalZeros[i])
}

// writeCase appends the full mapping of r in tab (r itself when absent).
func writeCase(b *strings.Builder, tab []caseMapping, r rune) {
	if m, ok := lookupCase(tab, r); ok {
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
	writeCase(b, ucLowerMap[:], r)
}

func capitalSigma(rs []rune, i int) rune {
	j := i - 1
	var c rune
	for ; j >= 0; j-- {
		c = rs[j]
		if !ucIsCaseIgnorable(c) {
			break
		}
	}
	final := j >= 0 && ucIsCased(c)
	if final && i+1 < len(rs) {
		j = i + 1
		for ; j < len(rs); j++ {
			c = rs[j]
			if !ucIsCaseIgnorable(c) {
				break
			}
		}
		final = j == len(rs) || !ucIsCased(c)
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
		writeCase(&b, ucUpperMap[:], r)
	}
	return b.String()
}

func strCasefold(s *Str) string {
	if s.isASCII() {
		return strings.ToLower(s.s)
	}
	var b strings.Builder
	for _, r := range s.Runes() {
		writeCase(&b, ucFoldMap[:], r)
	}
	return b.String()
}

func strSwapcase(s *Str) string {
	rs := s.Runes()
	var b strings.Builder
	for i, r := range rs {
		switch {
		case ucIsUpper(r):
			writeLower(&b, rs, i)
		case ucIsLower(r):
			writeCase(&b, ucUpperMap[:], r)
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
			writeCase(&b, ucTitleMap[:], r)
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
			writeCase(&b, ucTitleMap[:], r)
		}
		prevCased = ucIsCased(r)
	}
	return b.String()
}

func strIsUpper(s *Str) bool {
	cased := false
	for _, r := range s.Runes() {
		if ucIsLower(r) || ucIsTitle(r) {
			return false
		}
		if ucIsUpper(r) {
			cased = true
		}
	}
	return cased
}

func strIsLower(s *Str) bool {
	cased := false
	for _, r := range s.Runes() {
		if ucIsUpper(r) || ucIsTitle(r) {
			return false
		}
		if ucIsLower(r) {
			cased = true
		}
	}
	return cased
}

func strIsTitle(s *Str) bool {
	cased, prev := false, false
	for _, r := range s.Runes() {
		switch {
		case ucIsUpper(r) || ucIsTitle(r):
			if prev {
				return false
			}
			prev, cased = true, true
		case ucIsLower(r):
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
			if !inRanges(ucIdStart[:], r) {
				return false
			}
		} else if !inRanges(ucIdContinue[:], r) {
			return false
		}
	}
	return true
}

func isAlnumRune(r rune) bool {
	return ucIsAlpha(r) || ucIsDecimal(r) || ucIsDigit(r) || ucIsNumeric(r)
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
		case decimalValue(r) >= 0:
			b.WriteByte(byte('0' + decimalValue(r)))
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
