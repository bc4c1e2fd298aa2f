package scanner

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/token"
)

func isDigit(c byte) bool    { return c >= '0' && c <= '9' }
func isHexDigit(c byte) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

func (s *Scanner) peek(off int) byte {
	if off < len(s.src) {
		return s.src[off]
	}
	return 0
}

// digits consumes a run of digits accepted by ok, with single underscores between
// them. It returns an error for an underscore not followed by a digit.
func (s *Scanner) digits(ok func(byte) bool, kind string) error {
	for {
		for s.pos < len(s.src) && ok(s.src[s.pos]) {
			s.pos++
		}
		if s.peek(s.pos) != '_' {
			return nil
		}
		s.pos++
		if !ok(s.peek(s.pos)) {
			return s.errAt(s.pos-1, "invalid %s literal", kind)
		}
	}
}

// number scans a numeric literal, as CPython's tokenizer does, including its checks
// on what may follow the literal.
func (s *Scanner) number() (token.Token, error) {
	start := s.pos
	c := s.src[start]
	if c == '0' {
		s.pos++
		switch n := s.peek(s.pos) | 0x20; n {
		case 'x', 'o', 'b':
			s.pos++
			ok, kind := isHexDigit, "hexadecimal"
			if n == 'o' {
				ok = func(c byte) bool { return c >= '0' && c <= '7' }
				kind = "octal"
			} else if n == 'b' {
				ok = func(c byte) bool { return c == '0' || c == '1' }
				kind = "binary"
			}
			if s.peek(s.pos) == '_' {
				s.pos++
			}
			if !ok(s.peek(s.pos)) {
				if n != 'x' && isDigit(s.peek(s.pos)) {
					return token.Token{}, s.errAt(s.pos, "invalid digit '%c' in %s literal", s.peek(s.pos), kind)
				}
				return token.Token{}, s.errAt(s.pos-1, "invalid %s literal", kind)
			}
			if err := s.digits(ok, kind); err != nil {
				return token.Token{}, err
			}
			if n != 'x' && isDigit(s.peek(s.pos)) {
				return token.Token{}, s.errAt(s.pos, "invalid digit '%c' in %s literal", s.peek(s.pos), kind)
			}
			return s.endNumber(start, kind)
		}
		// Leading zeros: only zeros, unless it turns out to be a float or imaginary.
		nonzero := false
		for {
			for s.peek(s.pos) == '0' {
				s.pos++
			}
			if s.peek(s.pos) == '_' {
				s.pos++
				if !isDigit(s.peek(s.pos)) {
					return token.Token{}, s.errAt(s.pos-1, "invalid decimal literal")
				}
				continue
			}
			break
		}
		zerosEnd := s.pos
		if isDigit(s.peek(s.pos)) {
			nonzero = true
			if err := s.digits(isDigit, "decimal"); err != nil {
				return token.Token{}, err
			}
		}
		switch s.peek(s.pos) | 0x20 {
		case '.', 'e', 'j':
			return s.fraction(start)
		}
		if s.peek(s.pos) == '.' {
			return s.fraction(start)
		}
		if nonzero && s.mode&Lenient == 0 {
			return token.Token{}, s.Errorf("SyntaxError", s.line, start-s.lineStart, s.line, zerosEnd-s.lineStart,
				"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		}
		return s.endNumber(start, "decimal")
	}
	if c != '.' {
		if err := s.digits(isDigit, "decimal"); err != nil {
			return token.Token{}, err
		}
	}
	return s.fraction(start)
}

// fraction continues a decimal literal with an optional fraction, exponent and j.
func (s *Scanner) fraction(start int) (token.Token, error) {
	if s.peek(s.pos) == '.' {
		s.pos++
		if isDigit(s.peek(s.pos)) {
			if err := s.digits(isDigit, "decimal"); err != nil {
				return token.Token{}, err
			}
		}
	}
	if s.peek(s.pos)|0x20 == 'e' {
		save := s.pos
		s.pos++
		if s.peek(s.pos) == '+' || s.peek(s.pos) == '-' {
			s.pos++
			if !isDigit(s.peek(s.pos)) {
				return token.Token{}, s.errAt(s.pos, "invalid decimal literal")
			}
		} else if !isDigit(s.peek(s.pos)) {
			s.pos = save
			return s.endNumber(start, "decimal")
		}
		if err := s.digits(isDigit, "decimal"); err != nil {
			return token.Token{}, err
		}
	}
	if s.peek(s.pos)|0x20 == 'j' {
		s.pos++
		return s.endNumber(start, "imaginary")
	}
	return s.endNumber(start, "decimal")
}

// endNumber checks what follows a number, as CPython's verify_end_of_number: a
// keyword that may follow directly gives a warning, any other identifier character an
// "invalid ... literal" error.
func (s *Scanner) endNumber(start int, kind string) (token.Token, error) {
	c := s.peek(s.pos)
	if s.pos < len(s.src) && isIdentStartByte(c) && s.mode&Lenient == 0 {
		rest := s.src[s.pos:]
		for _, kw := range []string{"and", "else", "for", "if", "in", "is", "not", "or"} {
			if strings.HasPrefix(rest, kw) {
				s.Warnings = append(s.Warnings, Warning{Category: "SyntaxWarning",
					Msg: "invalid " + kind + " literal", Line: s.line, Col: s.pos - s.lineStart})
				return s.tok(token.NUMBER, start), nil
			}
		}
		return token.Token{}, s.errAt(s.pos-1, "invalid %s literal", kind)
	}
	return s.tok(token.NUMBER, start), nil
}

// ParseNumber converts the text of a NUMBER token to constant.Int, constant.Float or
// constant.Complex (an imaginary literal such as 2j is Complex(0+2i)).
func ParseNumber(text string) (constant.Value, error) {
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	n := len(text)
	if n > 0 && text[n-1]|0x20 == 'j' {
		f, err := parseFloat(text[:n-1])
		if err != nil {
			return nil, err
		}
		return constant.Complex(complex(0, f)), nil
	}
	if n > 1 && text[0] == '0' {
		base := 0
		switch text[1] | 0x20 {
		case 'x':
			base = 16
		case 'o':
			base = 8
		case 'b':
			base = 2
		}
		if base != 0 {
			return parseInt(text[2:], base)
		}
	}
	if strings.ContainsAny(text, ".eE") {
		f, err := parseFloat(text)
		if err != nil {
			return nil, err
		}
		return constant.Float(f), nil
	}
	if n > 4300 {
		return nil, &token.Error{Type: "SyntaxError", Msg: "Exceeds the limit (4300 digits) for integer string conversion: value has " +
			strconv.Itoa(n) + " digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits."}
	}
	return parseInt(text, 10)
}

func parseInt(digits string, base int) (constant.Value, error) {
	if v, err := strconv.ParseInt(digits, base, 64); err == nil {
		return constant.NewInt(v), nil
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, &token.Error{Type: "SyntaxError", Msg: "invalid number literal " + digits}
	}
	return constant.NewBigInt(b), nil
}

func parseFloat(text string) (float64, error) {
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, nil
		}
		return 0, &token.Error{Type: "SyntaxError", Msg: "invalid number literal " + text}
	}
	return f, nil
}
