package scanner

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/token"
)

// DecodeString decodes the text of one STRING token (prefix, quotes and body) into a
// constant.Str or constant.Bytes, processing escapes per its prefix (\N{NAME} included)
// and recording invalid-escape SyntaxWarnings on s. tok is used for error positions.
func (s *Scanner) DecodeString(tok token.Token) (constant.Value, error) {
	text := tok.Text
	i := 0
	raw, isBytes := false, false
	for ; text[i] != '"' && text[i] != '\''; i++ {
		switch text[i] | 0x20 {
		case 'r':
			raw = true
		case 'b':
			isBytes = true
		}
	}
	q := 1
	if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
		q = 3
	}
	body := text[i+q : len(text)-q]
	if isBytes {
		for j := 0; j < len(body); j++ {
			if body[j] >= 0x80 {
				return nil, s.tokErr(tok, "bytes can only contain ASCII literal characters")
			}
		}
	}
	if raw || strings.IndexByte(body, '\\') < 0 {
		if isBytes {
			return constant.Bytes(body), nil
		}
		return constant.Str(body), nil
	}
	out, err := s.unescape(body, isBytes, tok)
	if err != nil {
		return nil, err
	}
	if isBytes {
		return constant.Bytes(out), nil
	}
	return constant.Str(out), nil
}

// DecodeFStringMiddle decodes the text of an FSTRING_MIDDLE token: `{{` and `}}` become
// single braces and, unless raw (the f-string has an r prefix), escapes are processed.
func (s *Scanner) DecodeFStringMiddle(tok token.Token, raw bool) (string, error) {
	text := tok.Text
	if strings.Contains(text, "{{") || strings.Contains(text, "}}") {
		var b strings.Builder
		for i := 0; i < len(text); i++ {
			c := text[i]
			if (c == '{' || c == '}') && i+1 < len(text) && text[i+1] == c {
				i++
			} else if c == '\\' && !raw && i+1 < len(text) {
				// keep escapes intact for unescape below; \N{...} braces are not doubled
				if text[i+1] == 'N' && i+2 < len(text) && text[i+2] == '{' {
					end := strings.IndexByte(text[i:], '}')
					if end > 0 {
						b.WriteString(text[i : i+end+1])
						i += end
						continue
					}
				}
			}
			b.WriteByte(c)
		}
		text = b.String()
	}
	if raw || strings.IndexByte(text, '\\') < 0 {
		return text, nil
	}
	return s.unescape(text, false, tok)
}

func (s *Scanner) tokErr(tok token.Token, format string, args ...any) *token.Error {
	return s.Errorf("SyntaxError", tok.Start.Line, tok.Start.Col, tok.End.Line, tok.End.Col, format, args...)
}

// appendWTF8 appends r in UTF-8, writing surrogates as their 3-byte forms.
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, byte(0xE0|r>>12), byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

func (s *Scanner) warnEscape(tok token.Token, msg string) {
	s.Warnings = append(s.Warnings, Warning{Category: "SyntaxWarning", Msg: msg, Line: tok.Start.Line, Col: tok.Start.Col,
		EndLine: tok.End.Line, EndCol: tok.End.Col})
}

// unescape processes backslash escapes in body.
func (s *Scanner) unescape(body string, isBytes bool, tok token.Token) (string, error) {
	const codec = "unicodeescape"
	out := make([]byte, 0, len(body))
	warned := false
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' {
			out = append(out, c)
			i++
			continue
		}
		start := i
		i++
		if i >= len(body) {
			return "", s.tokErr(tok, "(unicode error) '%s' codec can't decode byte 0x5c in position %d: \\ at end of string", codec, start)
		}
		e := body[i]
		i++
		switch e {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, e)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, 10)
		case 'r':
			out = append(out, 13)
		case 't':
			out = append(out, 9)
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(e - '0')
			for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
				v = v*8 + int(body[i]-'0')
				i++
			}
			if v > 0o377 && !warned {
				s.warnEscape(tok, fmt.Sprintf("invalid octal escape sequence '\\%o'", v))
				warned = true
			}
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = utf8.AppendRune(out, rune(v))
			}
		case 'x', 'u', 'U':
			n := 2
			if e == 'u' {
				n = 4
			} else if e == 'U' {
				n = 8
			}
			if isBytes && e != 'x' {
				goto invalid
			}
			j := i
			for j < len(body) && j-i < n && isHexDigit(body[j]) {
				j++
			}
			if j-i < n {
				return "", s.tokErr(tok, "(%s error) '%s' codec can't decode bytes in position %d-%d: truncated \\%c%s escape",
					errKind(isBytes), codec, start, j-1, e, strings.Repeat("X", n))
			}
			v, _ := strconv.ParseUint(body[i:j], 16, 32)
			i = j
			if isBytes {
				out = append(out, byte(v))
			} else {
				if v > 0x10FFFF {
					return "", s.tokErr(tok, "(unicode error) '%s' codec can't decode bytes in position %d-%d: illegal Unicode character", codec, start, j-1)
				}
				out = appendWTF8(out, rune(v))
			}
		case 'N':
			if isBytes {
				goto invalid
			}
			if i >= len(body) || body[i] != '{' {
				return "", s.tokErr(tok, "(unicode error) '%s' codec can't decode bytes in position %d-%d: malformed \\N character escape", codec, start, i-1)
			}
			end := strings.IndexByte(body[i:], '}')
			if end < 0 {
				return "", s.tokErr(tok, "(unicode error) '%s' codec can't decode bytes in position %d-%d: malformed \\N character escape", codec, start, len(body)-1)
			}
			name := body[i+1 : i+end]
			r, ok := LookupName(name)
			if !ok || name == "" {
				return "", s.tokErr(tok, "(unicode error) '%s' codec can't decode bytes in position %d-%d: unknown Unicode character name", codec, start, i+end)
			}
			i += end + 1
			out = appendWTF8(out, r)
		default:
			goto invalid
		}
		continue
	invalid:
		if !warned {
			r, _ := utf8.DecodeRuneInString(body[start+1:])
			s.warnEscape(tok, fmt.Sprintf("invalid escape sequence '\\%c'", r))
			warned = true
		}
		out = append(out, '\\')
		i = start + 1
	}
	return string(out), nil
}

func errKind(isBytes bool) string {
	if isBytes {
		return "value"
	}
	return "unicode"
}

//go:embed unames.txt.gz
var unamesGz []byte

type nameTable struct {
	names map[string]rune
	cjk   [][2]rune
}

var loadNames = sync.OnceValue(func() *nameTable {
	t := &nameTable{names: make(map[string]rune, 40000)}
	zr, err := gzip.NewReader(bytes.NewReader(unamesGz))
	if err != nil {
		return t
	}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "#CJK "); ok {
			for _, r := range strings.Split(rest, ",") {
				a, b, _ := strings.Cut(r, "-")
				x, _ := strconv.ParseUint(a, 16, 32)
				y, _ := strconv.ParseUint(b, 16, 32)
				t.cjk = append(t.cjk, [2]rune{rune(x), rune(y)})
			}
			continue
		}
		name, hex, _ := strings.Cut(line, ";")
		v, _ := strconv.ParseUint(hex, 16, 32)
		t.names[name] = rune(v)
	}
	return t
})

var jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
var jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
var jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}

// LookupName finds a character by its Unicode name, as unicodedata.lookup does for
// \N{...} escapes (case-insensitively).
func LookupName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	t := loadNames()
	if r, ok := t.names[name]; ok {
		return r, true
	}
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok && (len(hex) == 4 || len(hex) == 5) {
		v, err := strconv.ParseUint(hex, 16, 32)
		if err == nil {
			for _, rg := range t.cjk {
				if rune(v) >= rg[0] && rune(v) <= rg[1] {
					return rune(v), true
				}
			}
		}
		return 0, false
	}
	if syl, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		for l := range jamoL {
			if !strings.HasPrefix(syl, jamoL[l]) {
				continue
			}
			for v := range jamoV {
				if !strings.HasPrefix(syl[len(jamoL[l]):], jamoV[v]) {
					continue
				}
				for tt := range jamoT {
					if syl == jamoL[l]+jamoV[v]+jamoT[tt] {
						return rune(0xAC00 + (l*21+v)*28 + tt), true
					}
				}
			}
		}
	}
	return 0, false
}

// loadCharNames is the reverse of the name table, made on the first CharName.
var loadCharNames = sync.OnceValue(func() map[rune]string {
	t := loadNames()
	m := make(map[rune]string, len(t.names))
	for name, r := range t.names {
		if old, ok := m[r]; !ok || name < old {
			m[r] = name
		}
	}
	return m
})

// CharName is unicodedata.name(chr(r)): the character's Unicode name (computed
// for CJK unified ideographs and Hangul syllables); ok is false for a character
// without one.
func CharName(r rune) (string, bool) {
	if r >= 0xAC00 && r <= 0xD7A3 {
		s := int(r - 0xAC00)
		return "HANGUL SYLLABLE " + jamoL[s/(21*28)] + jamoV[s%(21*28)/28] + jamoT[s%28], true
	}
	for _, rg := range loadNames().cjk {
		if r >= rg[0] && r <= rg[1] {
			return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%X", r), true
		}
	}
	name, ok := loadCharNames()[r]
	return name, ok
}
