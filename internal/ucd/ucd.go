// Package ucd is the Unicode character database as python3.13 sees it: the full
// case mappings (SpecialCasing included), the character properties behind str's
// isX predicates, decimal and digit values, and printability. The tables are
// generated from python3.13 itself (gen_tables.py, gen_printable.py), so Kaa
// answers as CPython does whatever Unicode version Go's own tables have. str's
// methods use it; so will a unicodedata module.
package ucd

//go:generate sh -c "python3.13 gen_tables.py | gofmt > tables_gen.go"
//go:generate sh -c "python3.13 gen_printable.py | gofmt > printable_gen.go"

import "sort"

// caseMapping is one entry of a case mapping table: r maps to s.
type caseMapping struct {
	r rune
	s string
}

// Case names one of the full case mappings.
type Case uint8

const (
	Lower Case = iota // str.lower
	Upper             // str.upper
	Title             // the title case str.title and str.capitalize use
	Fold              // str.casefold
)

// Map returns the full mapping of r under c, and false when r maps to itself.
// (Lower does not apply the Final_Sigma rule: that needs the context.)
func (c Case) Map(r rune) (string, bool) {
	var tab []caseMapping
	switch c {
	case Lower:
		tab = lowerMap[:]
	case Upper:
		tab = upperMap[:]
	case Title:
		tab = titleMap[:]
	default:
		tab = foldMap[:]
	}
	i := sort.Search(len(tab), func(i int) bool { return tab[i].r >= r })
	if i < len(tab) && tab[i].r == r {
		return tab[i].s, true
	}
	return "", false
}

func inRanges(tab [][2]rune, r rune) bool {
	i := sort.Search(len(tab), func(i int) bool { return tab[i][1] >= r })
	return i < len(tab) && tab[i][0] <= r
}

// IsCased reports whether r is cased (Unicode's Cased property).
func IsCased(r rune) bool { return inRanges(casedRanges[:], r) }

// IsCaseIgnorable reports whether r is case-ignorable (for the Final_Sigma rule).
func IsCaseIgnorable(r rune) bool { return inRanges(caseIgnorableRanges[:], r) }

// IsLower is str.islower's property of one code point.
func IsLower(r rune) bool { return inRanges(lowerRanges[:], r) }

// IsUpper is str.isupper's property of one code point.
func IsUpper(r rune) bool { return inRanges(upperRanges[:], r) }

// IsTitle reports whether r is a titlecase letter (category Lt).
func IsTitle(r rune) bool { return inRanges(titleRanges[:], r) }

// IsAlpha is str.isalpha of one code point.
func IsAlpha(r rune) bool { return inRanges(alphaRanges[:], r) }

// IsDecimal is str.isdecimal of one code point.
func IsDecimal(r rune) bool { return inRanges(decimalRanges[:], r) }

// IsDigit is str.isdigit of one code point.
func IsDigit(r rune) bool { return inRanges(digitRanges[:], r) }

// IsNumeric is str.isnumeric of one code point.
func IsNumeric(r rune) bool { return inRanges(numericRanges[:], r) }

// IsSpace is str.isspace of one code point.
func IsSpace(r rune) bool { return inRanges(spaceRanges[:], r) }

// IsIDStart reports whether r may start an identifier (str.isidentifier).
func IsIDStart(r rune) bool { return inRanges(idStartRanges[:], r) }

// IsIDContinue reports whether r may follow the first character of an identifier.
func IsIDContinue(r rune) bool { return inRanges(idContinueRanges[:], r) }

// Decimal is the value of r as a decimal digit of any script, or -1.
func Decimal(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !IsDecimal(r) {
		return -1
	}
	i := sort.Search(len(decimalZeros), func(i int) bool { return decimalZeros[i] > r }) - 1
	return int(r - decimalZeros[i])
}

// Digit is the digit value of r (decimal digits and the others: superscripts…),
// or -1.
func Digit(r rune) int {
	if d := Decimal(r); d >= 0 {
		return d
	}
	i := sort.Search(len(digitValues), func(i int) bool { return digitValues[i][0] >= r })
	if i < len(digitValues) && digitValues[i][0] == r {
		return int(digitValues[i][1])
	}
	return -1
}

// IsPrintable is str.isprintable of one code point.
func IsPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7F
	}
	lo, hi := 0, len(nonPrintable)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < nonPrintable[m][0]:
			hi = m
		case r > nonPrintable[m][1]:
			lo = m + 1
		default:
			return false
		}
	}
	return true
}
