// Package scanner turns Python 3.13 source into tokens, as CPython's C tokenizer does
// for its parser, and decodes literal tokens into constant values.
//
// This file holds the API the parser uses (New, Next, Line, Decode, DecodeString,
// DecodeFStringMiddle, ParseNumber) and the main token loop; strings.go decodes
// literals, number.go scans and converts numbers, decode.go reads source bytes.
package scanner

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/kaa-python/kaa/syntax/token"
)

// Mode selects optional tokens.
type Mode uint

const (
	// Comments asks for COMMENT and NL tokens (the parser does not want them).
	Comments Mode = 1 << iota
	// TypeComments asks for TYPE_COMMENT tokens for `# type: ...` comments, and
	// TYPE_IGNORE for `# type: ignore...` comments, as CPython's parser with
	// PyCF_TYPE_COMMENTS (ast.parse(type_comments=True)) gets them.
	TypeComments
	// Lenient is CPython's tokenizer in extra_tokens mode (the tokenize module's):
	// closing brackets need not match, numbers need not end cleanly (2sin is
	// NUMBER NAME, 012 a NUMBER) and '$', '?' and '`' are operators.
	Lenient
)

// Warning is a SyntaxWarning or DeprecationWarning found while scanning, such as
// "invalid escape sequence '\d'". Line and Col locate the token, as CPython reports it.
type Warning struct {
	Category string // "SyntaxWarning" or "DeprecationWarning"
	Msg      string
	Line     int
	Col      int
	// EndLine and EndCol end the token the warning is about (a SyntaxError made
	// from the warning underlines it); zero when unknown.
	EndLine, EndCol int
}

// maxLevel is CPython's MAXLEVEL: the deepest bracket nesting the tokenizer accepts.
const maxLevel = 200

// maxIndent is CPython's MAXINDENT.
const maxIndent = 100

type bracket struct {
	ch        byte
	line, col int
}

// field is an open replacement field of an f-string.
type field struct {
	level  int  // len(brackets) once the field's '{' is pushed
	inSpec bool // after the field's top-level ':'
}

// fstring is an f-string being scanned.
type fstring struct {
	quote  string
	raw    bool
	start  token.Position
	fields []field
}

// Scanner produces the tokens of one decoded source text.
type Scanner struct {
	filename string
	src      string
	mode     Mode
	// Warnings collects the warnings found so far, in source order.
	Warnings []Warning

	pos       int // byte offset of the next character
	line      int // current line, 1-based
	lineStart int // offset of the start of the current line

	atBOL      bool // at the beginning of a logical line
	indents    []int
	altIndents []int
	pending    int  // DEDENTs still to emit
	pendIndent bool // an INDENT to emit
	brackets   []bracket
	fstrings   []fstring
	lastKind   token.Kind
	sawToken   bool // a token other than NEWLINE/INDENT/DEDENT on the current line
	eof        bool
	lineStarts []int
}

// New returns a scanner for src, which must already be decoded (see Decode).
func New(filename, src string, mode Mode) *Scanner {
	return &Scanner{filename: filename, src: src, mode: mode, line: 1, atBOL: true,
		indents: []int{0}, altIndents: []int{0}, lastKind: token.NEWLINE}
}

// Source returns the decoded source text.
func (s *Scanner) Source() string { return s.src }

func (s *Scanner) here() token.Position {
	return token.Position{Line: s.line, Col: s.pos - s.lineStart, Offset: s.pos}
}

func (s *Scanner) posAt(off int) token.Position {
	return token.Position{Line: s.line, Col: off - s.lineStart, Offset: off}
}

// newline records that the character at off is a newline, moving to the next line.
func (s *Scanner) newline(off int) {
	s.line++
	s.lineStart = off + 1
}

// Line returns the text of source line n (1-based) with its trailing newline, or ""
// when there is no such line. Used for SyntaxError.text.
func (s *Scanner) Line(n int) string {
	if s.lineStarts == nil {
		s.lineStarts = []int{0}
		for i := 0; i < len(s.src); i++ {
			if s.src[i] == '\n' {
				s.lineStarts = append(s.lineStarts, i+1)
			}
		}
	}
	if n < 1 || n > len(s.lineStarts) {
		return ""
	}
	start := s.lineStarts[n-1]
	if start >= len(s.src) && n > 1 {
		return ""
	}
	end := strings.IndexByte(s.src[start:], '\n')
	if end < 0 {
		return s.src[start:]
	}
	return s.src[start : start+end+1]
}

// Errorf builds a SyntaxError of the given type at a 1-based line and 0-based byte
// column range on that line (endLine/endCol may be zero for unset).
func (s *Scanner) Errorf(typ string, line, col, endLine, endCol int, format string, args ...any) *token.Error {
	e := &token.Error{Type: typ, Msg: fmt.Sprintf(format, args...), Filename: s.filename, Lineno: line}
	text := s.Line(line)
	if text != "" || line <= len(s.lineStarts) {
		e.Text = text
		e.HasText = true
	}
	e.Offset = CharOffset(text, col) + 1
	if endLine > 0 {
		e.EndLineno = endLine
		endText := text
		if endLine != line {
			endText = s.Line(endLine)
		}
		e.EndOffset = CharOffset(endText, endCol) + 1
	}
	return e
}

// CharOffset converts a byte column on a line into a count of code points.
func CharOffset(line string, col int) int {
	if col > len(line) {
		return utf8.RuneCountInString(line) + (col - len(line))
	}
	if col < 0 {
		return col
	}
	return utf8.RuneCountInString(line[:col])
}

func (s *Scanner) errAt(off int, format string, args ...any) *token.Error {
	col := off - s.lineStart
	return s.Errorf("SyntaxError", s.line, col, s.line, col, format, args...)
}

// errSpan is a SyntaxError covering the characters from off to end on this line.
func (s *Scanner) errSpan(off, end int, format string, args ...any) *token.Error {
	return s.Errorf("SyntaxError", s.line, off-s.lineStart, s.line, end-s.lineStart, format, args...)
}

// eofLine is the line CPython reports as "detected at line N" at the end of input.
func (s *Scanner) eofLine() int {
	if strings.HasSuffix(s.src, "\n") && s.line > 1 {
		return s.line - 1
	}
	return s.line
}

func (s *Scanner) tok(k token.Kind, start int) token.Token {
	return token.Token{Kind: k, Text: s.src[start:s.pos], Start: s.posAt(start), End: s.here()}
}

// Next returns the next token. After the last real token it returns NEWLINE (if the
// source did not end with one), DEDENTs to close open blocks, and then ENDMARKER
// forever. A lexical error is returned as a *token.Error with CPython's type, message
// and position; after an error the scanner must not be used.
func (s *Scanner) Next() (token.Token, error) {
	t, err := s.next()
	if err == nil {
		s.lastKind = t.Kind
	}
	return t, err
}

func (s *Scanner) next() (token.Token, error) {
	if s.pending > 0 {
		s.pending--
		return token.Token{Kind: token.DEDENT, Start: s.here(), End: s.here()}, nil
	}
	if s.pendIndent {
		s.pendIndent = false
		return token.Token{Kind: token.INDENT, Start: token.Position{Line: s.line, Col: 0, Offset: s.lineStart}, End: s.here()}, nil
	}
	if n := len(s.fstrings); n > 0 {
		fs := &s.fstrings[n-1]
		if len(fs.fields) == 0 || fs.fields[len(fs.fields)-1].inSpec {
			return s.fstringMiddle(fs)
		}
	}
	if s.atBOL && len(s.brackets) == 0 {
		if t, ok, err := s.indentation(); err != nil || ok {
			return t, err
		}
	}
	return s.token()
}

// indentation measures the indentation of a new logical line and queues INDENT or
// DEDENT tokens. Blank and comment-only lines are skipped.
func (s *Scanner) indentation() (token.Token, bool, error) {
	for {
		col, alt := 0, 0
		contCol := 0 // the column of the first backslash continuing the indentation
		p := s.pos
	measure:
		for p < len(s.src) {
			switch s.src[p] {
			case ' ':
				col++
				alt++
			case '\t':
				col = (col/8 + 1) * 8
				alt++
			case '\f':
				col, alt = 0, 0
			case '\\':
				// As CPython's tokenizer, a backslash-newline in the indentation goes
				// on measuring on the next line; the first one fixes the level.
				nl := p + 1
				if nl < len(s.src) && s.src[nl] == '\r' {
					nl++
				}
				if nl+1 >= len(s.src) || s.src[nl] != '\n' {
					break measure // an error, reported as elsewhere
				}
				if contCol == 0 {
					contCol = col
				}
				s.newline(nl)
				p = nl + 1
				continue
			default:
				break measure
			}
			p++
		}
		if contCol > 0 {
			col, alt = contCol, contCol
		}
		// Blank line, comment-only line, or end of input: no indentation change.
		if p >= len(s.src) {
			s.pos = p
			return s.atEOF()
		}
		c := s.src[p]
		if c == '#' || c == '\n' || c == '\r' {
			if c == '#' {
				s.pos = p
				t, ok := s.comment()
				p = s.pos
				if ok && t.Kind == token.TYPE_COMMENT {
					// As in CPython, the newline after a type comment on a line of its own
					// is a NEWLINE token.
					s.atBOL = false
					s.sawToken = true
				}
				if ok {
					return t, true, nil
				}
				if p >= len(s.src) {
					return s.atEOF()
				}
			}
			if s.src[p] == '\r' {
				p++
				if p >= len(s.src) {
					s.pos = p
					return s.atEOF()
				}
			}
			// p is at '\n'
			if s.mode&Comments != 0 {
				s.pos = p + 1
				t := token.Token{Kind: token.NL, Text: "\n", Start: s.posAt(p), End: s.posAt(p + 1)}
				s.newline(p)
				return t, true, nil
			}
			s.newline(p)
			s.pos = p + 1
			continue
		}
		s.pos = p
		s.atBOL = false
		top := s.indents[len(s.indents)-1]
		altTop := s.altIndents[len(s.altIndents)-1]
		switch {
		case col == top:
			if alt != altTop {
				return token.Token{}, false, s.tabError()
			}
		case col > top:
			if len(s.indents) >= maxIndent {
				return token.Token{}, false, s.Errorf("IndentationError", s.line, col, 0, 0, "too many levels of indentation")
			}
			if alt <= altTop {
				return token.Token{}, false, s.tabError()
			}
			s.indents = append(s.indents, col)
			s.altIndents = append(s.altIndents, alt)
			return token.Token{Kind: token.INDENT, Start: token.Position{Line: s.line, Col: 0, Offset: s.lineStart}, End: s.here()}, true, nil
		default:
			n := 0
			for len(s.indents) > 1 && col < s.indents[len(s.indents)-1] {
				s.indents = s.indents[:len(s.indents)-1]
				s.altIndents = s.altIndents[:len(s.altIndents)-1]
				n++
			}
			if col != s.indents[len(s.indents)-1] {
				ln := strings.TrimRight(s.Line(s.line), "\n")
				e := s.Errorf("IndentationError", s.line, len(ln), s.line, 0, "unindent does not match any outer indentation level")
				e.EndOffset = -1
				return token.Token{}, false, e
			}
			if alt != s.altIndents[len(s.altIndents)-1] {
				return token.Token{}, false, s.tabError()
			}
			s.pending = n - 1
			return token.Token{Kind: token.DEDENT, Start: s.here(), End: s.here()}, true, nil
		}
		return token.Token{}, false, nil
	}
}

func (s *Scanner) tabError() error {
	e := s.Errorf("TabError", s.line, 0, s.line, 0, "inconsistent use of tabs and spaces in indentation")
	e.EndOffset = 0
	return e
}

// InFString reports whether the scanner is inside an f-string (as it was when it
// stopped at an error).
func (s *Scanner) InFString() bool { return len(s.fstrings) > 0 }

// atEOF produces the tokens that end the input: NEWLINE if needed, DEDENTs, ENDMARKER.
func (s *Scanner) atEOF() (token.Token, bool, error) {
	if len(s.brackets) > 0 {
		b := s.brackets[len(s.brackets)-1]
		e := s.Errorf("SyntaxError", b.line, b.col, 0, 0, "'%c' was never closed", b.ch)
		e.EndLineno = b.line
		return token.Token{}, false, e
	}
	if s.lastKind != token.NEWLINE && s.lastKind != token.DEDENT && s.lastKind != token.INDENT && s.sawToken {
		s.sawToken = false
		return token.Token{Kind: token.NEWLINE, Start: s.here(), End: s.here()}, true, nil
	}
	if len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.altIndents = s.altIndents[:len(s.altIndents)-1]
		return token.Token{Kind: token.DEDENT, Start: s.here(), End: s.here()}, true, nil
	}
	s.eof = true
	return token.Token{Kind: token.ENDMARKER, Start: s.here(), End: s.here()}, true, nil
}

// comment scans a comment at s.pos (which is '#'), returning a COMMENT, TYPE_COMMENT
// or TYPE_IGNORE token; ok is false when the comment is to be dropped.
func (s *Scanner) comment() (token.Token, bool) {
	start := s.pos
	end := strings.IndexByte(s.src[start:], '\n')
	if end < 0 {
		end = len(s.src)
	} else {
		end += start
	}
	s.pos = end
	text := s.src[start:end]
	if s.mode&TypeComments != 0 {
		body := strings.TrimLeft(text[1:], " \t\f")
		if strings.HasPrefix(body, "type:") {
			rest := strings.TrimLeft(body[5:], " \t\f")
			if strings.HasPrefix(rest, "ignore") {
				tail := rest[6:]
				if tail == "" || !isASCIIAlnum(tail[0]) {
					return token.Token{Kind: token.TYPE_IGNORE, Text: tail, Start: s.posAt(start), End: s.here()}, true
				}
			}
			return token.Token{Kind: token.TYPE_COMMENT, Text: rest, Start: s.posAt(start), End: s.here()}, true
		}
	}
	return token.Token{Kind: token.COMMENT, Text: text, Start: s.posAt(start), End: s.here()}, s.mode&Comments != 0
}

func isASCIIAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

func isIdentStartByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

// token scans one token at s.pos, skipping whitespace, comments and joined lines.
func (s *Scanner) token() (token.Token, error) {
again:
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c == ' ' || c == '\t' || c == '\f' || c == '\r' {
			s.pos++
			continue
		}
		break
	}
	if s.pos >= len(s.src) {
		if len(s.fstrings) > 0 {
			fs := s.fstrings[len(s.fstrings)-1]
			return token.Token{}, s.unterminatedFString(fs)
		}
		t, _, err := s.atEOF()
		return t, err
	}
	start := s.pos
	c := s.src[start]
	switch {
	case c == '#':
		t, ok := s.comment()
		if ok {
			return t, nil
		}
		goto again
	case c == '\n':
		s.pos++
		if len(s.brackets) > 0 || !s.sawToken {
			nl := token.Token{Kind: token.NL, Text: "\n", Start: s.posAt(start), End: s.posAt(start + 1)}
			s.newline(start)
			if len(s.brackets) == 0 {
				s.atBOL = true
			}
			if s.mode&Comments != 0 {
				return nl, nil
			}
			if len(s.brackets) == 0 {
				return s.next()
			}
			goto again
		}
		t := token.Token{Kind: token.NEWLINE, Text: "\n", Start: s.posAt(start), End: s.posAt(start + 1)}
		s.newline(start)
		s.atBOL = true
		s.sawToken = false
		return t, nil
	case c == '\\':
		if s.mode&Lenient != 0 && strings.HasPrefix(s.src[start+1:], "\r\n") {
			start++ // source that is not normalised: \r\n ends the line
		}
		if start+1 < len(s.src) && s.src[start+1] == '\n' {
			s.newline(start + 1)
			s.pos = start + 2
			if s.pos >= len(s.src) {
				ln := strings.TrimRight(s.Line(s.line-1), "\n")
				e := s.Errorf("SyntaxError", s.line-1, len(ln), s.line-1, 0, "unexpected EOF while parsing")
				e.EndOffset = -1
				return token.Token{}, e
			}
			goto again
		}
		if start+1 >= len(s.src) {
			return token.Token{}, s.Errorf("SyntaxError", s.line, start-s.lineStart, 0, 0, "unexpected EOF while parsing")
		}
		e := s.errAt(start+1, "unexpected character after line continuation character")
		e.EndOffset = 0
		return token.Token{}, e
	}
	s.sawToken = true
	switch {
	case isIdentStartByte(c):
		return s.name()
	case c >= '0' && c <= '9' || c == '.' && start+1 < len(s.src) && s.src[start+1] >= '0' && s.src[start+1] <= '9':
		return s.number()
	case c == '"' || c == '\'':
		return s.str(start, start)
	}
	return s.operator()
}

// name scans an identifier, keyword, or a string with a prefix.
func (s *Scanner) name() (token.Token, error) {
	start := s.pos
	ascii := true
	for s.pos < len(s.src) {
		c := s.src[s.pos]
		if c < 0x80 {
			if !isASCIIAlnum(c) {
				break
			}
			s.pos++
			continue
		}
		r, size := utf8.DecodeRuneInString(s.src[s.pos:])
		if !isIDContinue(r) {
			break
		}
		ascii = false
		s.pos += size
	}
	if s.pos == start {
		r, _ := utf8.DecodeRuneInString(s.src[start:])
		return token.Token{}, s.invalidChar(start, r)
	}
	// String prefix?
	if s.pos < len(s.src) && (s.src[s.pos] == '"' || s.src[s.pos] == '\'') && ascii && isStringPrefix(s.src[start:s.pos]) {
		return s.str(start, s.pos)
	}
	text := s.src[start:s.pos]
	if !ascii {
		first, _ := utf8.DecodeRuneInString(text)
		if !isIDStart(first) {
			return token.Token{}, s.invalidChar(start, first)
		}
		if !norm.NFKC.IsNormalString(text) {
			text = norm.NFKC.String(text)
		}
	}
	return token.Token{Kind: token.NAME, Text: text, Start: s.posAt(start), End: s.here()}, nil
}

func (s *Scanner) invalidChar(off int, r rune) error {
	if unicode.IsPrint(r) {
		return s.errAt(off, "invalid character '%c' (U+%04X)", r, r)
	}
	return s.errAt(off, "invalid non-printable character U+%04X", r)
}

func isIDStart(r rune) bool {
	return r == '_' || unicode.In(r, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo, unicode.Nl, unicode.Other_ID_Start)
}

func isIDContinue(r rune) bool {
	return isIDStart(r) || unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue)
}

func isStringPrefix(p string) bool {
	if len(p) > 2 {
		return false
	}
	var r, b, u, f int
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case 'r', 'R':
			r++
		case 'b', 'B':
			b++
		case 'u', 'U':
			u++
		case 'f', 'F':
			f++
		default:
			return false
		}
	}
	if r > 1 || b > 1 || u > 1 || f > 1 {
		return false
	}
	if u == 1 && len(p) > 1 {
		return false
	}
	return !(b == 1 && f == 1)
}

// str scans a string literal whose prefix starts at start and whose quote is at q.
func (s *Scanner) str(start, q int) (token.Token, error) {
	prefix := s.src[start:q]
	quote := s.src[q : q+1]
	if strings.HasPrefix(s.src[q:], quote+quote+quote) {
		quote = s.src[q : q+3]
	}
	if strings.ContainsAny(prefix, "fF") {
		s.pos = q + len(quote)
		raw := strings.ContainsAny(prefix, "rR")
		st := s.posAt(start)
		s.fstrings = append(s.fstrings, fstring{quote: quote, raw: raw, start: st})
		return token.Token{Kind: token.FSTRING_START, Text: s.src[start:s.pos], Start: st, End: s.here()}, nil
	}
	startLine, startCol := s.line, start-s.lineStart
	p := q + len(quote)
	triple := len(quote) == 3
	escQuote := false // a backslash before the quote character, for the error's hint
	for {
		if p >= len(s.src) {
			if triple {
				return token.Token{}, s.Errorf("SyntaxError", startLine, startCol, startLine, startCol, "unterminated triple-quoted string literal (detected at line %d)", s.eofLine())
			}
			return token.Token{}, s.unterminated(startLine, startCol, escQuote)
		}
		c := s.src[p]
		switch {
		case c == '\\':
			if p+1 < len(s.src) {
				if s.src[p+1] == '\n' {
					s.newline(p + 1)
				}
				escQuote = escQuote || s.src[p+1] == quote[0]
				p += 2
				continue
			}
			p++
			continue
		case c == '\n':
			if !triple {
				return token.Token{}, s.unterminated(startLine, startCol, escQuote)
			}
			s.newline(p)
		case c == quote[0] && strings.HasPrefix(s.src[p:], quote):
			s.pos = p + len(quote)
			return token.Token{Kind: token.STRING, Text: s.src[start:s.pos],
				Start: token.Position{Line: startLine, Col: startCol, Offset: start}, End: s.here()}, nil
		}
		p++
	}
}

func (s *Scanner) unterminated(line, col int, escQuote bool) error {
	if len(s.fstrings) > 0 {
		return s.Errorf("SyntaxError", line, col, line, col, "f-string: expecting '}'")
	}
	if escQuote {
		return s.Errorf("SyntaxError", line, col, line, col, "unterminated string literal (detected at line %d); perhaps you escaped the end quote?", line)
	}
	return s.Errorf("SyntaxError", line, col, line, col, "unterminated string literal (detected at line %d)", line)
}

func (s *Scanner) unterminatedFString(fs fstring) error {
	if len(fs.quote) == 3 {
		return s.Errorf("SyntaxError", fs.start.Line, fs.start.Col, fs.start.Line, fs.start.Col, "unterminated triple-quoted f-string literal (detected at line %d)", s.eofLine())
	}
	return s.Errorf("SyntaxError", fs.start.Line, fs.start.Col, fs.start.Line, fs.start.Col, "unterminated f-string literal (detected at line %d)", s.line)
}

// fstringMiddle scans literal text of the innermost f-string (or of a format spec),
// ending at a replacement field, the closing quote or the end of the spec.
func (s *Scanner) fstringMiddle(fs *fstring) (token.Token, error) {
	inSpec := len(fs.fields) > 0
	start := s.pos
	startPos := s.here()
	p := s.pos
	triple := len(fs.quote) == 3
	for {
		if p >= len(s.src) {
			s.pos = p
			return token.Token{}, s.unterminatedFString(*fs)
		}
		c := s.src[p]
		if c == fs.quote[0] && strings.HasPrefix(s.src[p:], fs.quote) {
			if p > start {
				break
			}
			if inSpec {
				s.pos = p
				return token.Token{}, s.errAt(p, "f-string: expecting '}'")
			}
			s.pos = p + len(fs.quote)
			s.fstrings = s.fstrings[:len(s.fstrings)-1]
			s.sawToken = true
			return token.Token{Kind: token.FSTRING_END, Text: fs.quote, Start: s.posAt(p), End: s.here()}, nil
		}
		if c == '\n' {
			if !triple && !inSpec {
				s.pos = p
				return token.Token{}, s.unterminatedFString(*fs)
			}
			s.newline(p)
			p++
			continue
		}
		if c == '\\' && !fs.raw && p+1 < len(s.src) {
			n := s.src[p+1]
			if n == 'N' && p+2 < len(s.src) && s.src[p+2] == '{' {
				end := strings.IndexAny(s.src[p+3:], "}\n")
				if end >= 0 && s.src[p+3+end] == '}' {
					p += 3 + end + 1
					continue
				}
			}
			if n == '{' || n == '}' {
				p++
				continue
			}
			if n == '\n' {
				s.newline(p + 1)
			}
			p += 2
			continue
		}
		if c == '\\' && fs.raw && p+1 < len(s.src) && s.src[p+1] != '{' && s.src[p+1] != '}' {
			if s.src[p+1] == '\n' {
				s.newline(p + 1)
			}
			p += 2
			continue
		}
		if c == '{' {
			if !inSpec && p+1 < len(s.src) && s.src[p+1] == '{' {
				p += 2
				continue
			}
			if p > start {
				break
			}
			// Open a replacement field.
			if len(s.brackets) >= maxLevel {
				return token.Token{}, s.errAt(p, "too many nested parentheses")
			}
			s.brackets = append(s.brackets, bracket{ch: '{', line: s.line, col: p - s.lineStart})
			fs.fields = append(fs.fields, field{level: len(s.brackets)})
			s.pos = p + 1
			s.sawToken = true
			return token.Token{Kind: token.LBRACE, Text: "{", Start: s.posAt(p), End: s.here()}, nil
		}
		if c == '}' {
			if !inSpec && p+1 < len(s.src) && s.src[p+1] == '}' {
				p += 2
				continue
			}
			if p > start {
				break
			}
			if !inSpec {
				s.pos = p
				return token.Token{}, s.errAt(p, "f-string: single '}' is not allowed")
			}
			// End of the format spec: close the field.
			s.closeField(fs)
			s.pos = p + 1
			return token.Token{Kind: token.RBRACE, Text: "}", Start: s.posAt(p), End: s.here()}, nil
		}
		p++
	}
	s.pos = p
	s.sawToken = true
	return token.Token{Kind: token.FSTRING_MIDDLE, Text: s.src[start:p], Start: startPos, End: s.here()}, nil
}

func (s *Scanner) closeField(fs *fstring) {
	fs.fields = fs.fields[:len(fs.fields)-1]
	s.brackets = s.brackets[:len(s.brackets)-1]
}

var closers = map[byte]byte{')': '(', ']': '[', '}': '{'}

// operator scans an operator or delimiter.
func (s *Scanner) operator() (token.Token, error) {
	start := s.pos
	c := s.src[start]
	// Inside an f-string replacement field, at the field's own level.
	if n := len(s.fstrings); n > 0 {
		fs := &s.fstrings[n-1]
		if k := len(fs.fields); k > 0 && fs.fields[k-1].level == len(s.brackets) {
			f := &fs.fields[k-1]
			switch {
			case c == '}':
				s.closeField(fs)
				s.pos++
				return s.tok(token.RBRACE, start), nil
			case c == ':':
				if len(fs.fields) >= 3 {
					return token.Token{}, s.errAt(start, "f-string: expressions nested too deeply")
				}
				f.inSpec = true
				s.pos++
				return s.tok(token.COLON, start), nil
			case c == '!' && !strings.HasPrefix(s.src[start:], "!="):
				s.pos++
				return s.tok(token.EXCLAMATION, start), nil
			}
		}
	}
	for l := 3; l >= 1; l-- {
		if start+l > len(s.src) {
			continue
		}
		k, ok := token.ExactOps[s.src[start:start+l]]
		if !ok {
			continue
		}
		s.pos = start + l
		switch c {
		case '(', '[', '{':
			if len(s.brackets) >= maxLevel {
				return token.Token{}, s.errAt(start, "too many nested parentheses")
			}
			s.brackets = append(s.brackets, bracket{ch: c, line: s.line, col: start - s.lineStart})
		case ')', ']', '}':
			if len(s.brackets) == 0 {
				if s.mode&Lenient != 0 {
					return s.tok(k, start), nil
				}
				return token.Token{}, s.errAt(start, "unmatched '%c'", c)
			}
			b := s.brackets[len(s.brackets)-1]
			if b.ch != closers[c] && s.mode&Lenient == 0 {
				if b.line != s.line {
					return token.Token{}, s.errAt(start, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, b.ch, b.line)
				}
				return token.Token{}, s.errAt(start, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, b.ch)
			}
			if n := len(s.fstrings); n > 0 {
				fs := &s.fstrings[n-1]
				if k := len(fs.fields); k > 0 && fs.fields[k-1].level == len(s.brackets) {
					return token.Token{}, s.errAt(start, "f-string: unmatched '%c'", c)
				}
			}
			s.brackets = s.brackets[:len(s.brackets)-1]
		}
		return s.tok(k, start), nil
	}
	r, _ := utf8.DecodeRuneInString(s.src[start:])
	if c == '$' || c == '?' || c == '`' {
		if s.mode&Lenient != 0 {
			s.pos++
			return s.tok(token.OP, start), nil
		}
		return token.Token{}, s.errSpan(start, start+1, "invalid syntax")
	}
	return token.Token{}, s.invalidChar(start, r)
}

// Clone returns a copy of the scanner that goes on independently (the tokenize
// module keeps one to scan again when more source arrives).
func (s *Scanner) Clone() *Scanner {
	c := *s
	c.Warnings = append([]Warning(nil), s.Warnings...)
	c.indents = append([]int(nil), s.indents...)
	c.altIndents = append([]int(nil), s.altIndents...)
	c.brackets = append([]bracket(nil), s.brackets...)
	c.fstrings = make([]fstring, len(s.fstrings))
	for i, f := range s.fstrings {
		f.fields = append([]field(nil), f.fields...)
		c.fstrings[i] = f
	}
	c.lineStarts = nil
	return &c
}

// Extend replaces the source with a longer one that starts with it (more of
// the same input). It is for a scanner whose tokens so far did not depend on
// where the source ended.
func (s *Scanner) Extend(full string) {
	if !strings.HasPrefix(full, s.src) {
		panic("scanner: Extend with a different source")
	}
	s.src = full
	s.lineStarts = nil
	s.eof = false
}
