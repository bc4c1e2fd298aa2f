// Package tokenize is the _tokenize module: TokenizerIter, the token stream
// lib/tokenize.py builds on. It runs syntax/scanner (Kaa's tokenizer, the one
// the parser uses) with comments and NL tokens, and reshapes its tokens the
// way CPython's tokenizer does in extra_tokens mode: operators as OP, NEWLINE
// and NL with their text, character columns, the physical lines of each token,
// and the trailing DEDENT/ENDMARKER on the line after the last.
package tokenize

import (
	"strings"
	"sync"

	"github.com/kaa-python/kaa/py"
	"github.com/kaa-python/kaa/syntax/scanner"
	"github.com/kaa-python/kaa/syntax/token"
)

// Def is the _tokenize module.
var Def = &py.ModuleDef{
	Name: "_tokenize",
	Exec: func(t *py.Thread, m *py.Module) *py.Exception {
		once.Do(initType)
		m.Set("TokenizerIter", py.TypeValue(iterType))
		return nil
	},
}

var (
	once     sync.Once
	iterType *py.Type
	newSig   = py.ParseSignature("TokenizerIter", "readline, /, *, extra_tokens, encoding=None")
)

func initType() {
	iterType = py.NewType(&py.TypeDef{
		Name: "_tokenize.TokenizerIter",
		New:  newIter,
		Iter: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return self, nil },
		Next: next,
	})
}

// tokenizer is a TokenizerIter: the readline callable until the source is read,
// then the scanner over it.
type tokenizer struct {
	py.Header
	readline  py.Value
	encoding  py.Value // None: readline returns str
	extra     bool
	sc        *scanner.Scanner
	lines     []string // the source's physical lines, with their line ends
	src       string
	done      bool
	exhausted bool // readline has no more lines
	buf       strings.Builder
	pending   []py.Value // tokens made ahead (split f-string middles, the NL after a last comment)
	fstrings  [][]field  // the replacement fields open in each f-string being read
	prevKind  token.Kind
	blankEnd  bool // the NL of a blank last line is decided
}

// field is an open replacement field of an f-string: its bracket depth and
// whether its format spec has begun.
type field struct {
	depth  int
	inSpec bool
}

// track follows the f-string structure; it reports whether tk closes a field
// whose format spec has no text since its last part (CPython's tokenizer then
// gives an empty FSTRING_MIDDLE first).
func (it *tokenizer) track(tk token.Token) (emptySpec bool) {
	switch tk.Kind {
	case token.FSTRING_START:
		it.fstrings = append(it.fstrings, nil)
		return false
	case token.FSTRING_END:
		if n := len(it.fstrings); n > 0 {
			it.fstrings = it.fstrings[:n-1]
		}
		return false
	}
	n := len(it.fstrings)
	if n == 0 {
		return false
	}
	fields := it.fstrings[n-1]
	if len(fields) == 0 || fields[len(fields)-1].inSpec {
		switch tk.Kind {
		case token.LBRACE:
			it.fstrings[n-1] = append(fields, field{})
		case token.RBRACE:
			if len(fields) > 0 {
				it.fstrings[n-1] = fields[:len(fields)-1]
				return it.prevKind != token.FSTRING_MIDDLE
			}
		}
		return false
	}
	top := &fields[len(fields)-1]
	switch tk.Kind {
	case token.LPAR, token.LSQB, token.LBRACE:
		top.depth++
	case token.RPAR, token.RSQB:
		top.depth--
	case token.RBRACE:
		if top.depth > 0 {
			top.depth--
		} else {
			it.fstrings[n-1] = fields[:len(fields)-1]
		}
	case token.COLON:
		if top.depth == 0 {
			top.inSpec = true
		}
	}
	return false
}

func newIter(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	var a [3]py.Value
	if err := newSig.Bind(args, kwnames, a[:]); err != nil {
		return py.Value{}, err
	}
	extra, err := py.IsTrue(t, a[1])
	if err != nil {
		return py.Value{}, err
	}
	enc := a[2]
	if enc.IsNil() {
		enc = py.None()
	}
	if !enc.IsNone() {
		if _, ok := py.AsStr(enc); !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "TokenizerIter() argument 'encoding' must be str, not %s", py.TypeName(enc))
		}
	}
	it := &tokenizer{readline: a[0], encoding: enc, extra: extra}
	return py.NewObject(&it.Header, typ), nil
}

// readLine calls readline once and adds the line to the source; it reports
// false when readline is exhausted (StopIteration or an empty line).
func (it *tokenizer) readLine(t *py.Thread) (bool, *py.Exception) {
	if it.exhausted {
		return false, nil
	}
	line, err := py.Call(t, it.readline)
	if err != nil {
		if err.Matches(py.StopIteration()) {
			it.exhausted = true
			return false, nil
		}
		return false, err
	}
	if !it.encoding.IsNone() {
		if _, ok := py.AsBytes(line); !ok {
			return false, py.Errorf(py.TypeError(), "readline() returned a non-bytes object")
		}
		if line, err = py.CallMethod(t, line, "decode", it.encoding); err != nil {
			return false, err
		}
	}
	s, ok := py.AsStr(line)
	if !ok {
		return false, py.Errorf(py.TypeError(), "readline() returned a non-string object")
	}
	if s == "" {
		it.exhausted = true
		return false, nil
	}
	it.buf.WriteString(s)
	it.src = it.buf.String()
	parts := strings.SplitAfter(s, "\n")
	if parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	if n := len(it.lines); n > 0 && !strings.HasSuffix(it.lines[n-1], "\n") {
		it.lines[n-1] += parts[0]
		parts = parts[1:]
	}
	it.lines = append(it.lines, parts...)
	return true, nil
}

// scan returns the next scanner token, reading more lines first whenever the
// token (or error) might change with more source: one that reaches the end of
// what has been read, while readline has more. Each retry reads twice as many
// lines as the one before.
func (it *tokenizer) scan(t *py.Thread) (token.Token, error, *py.Exception) {
	if it.sc == nil {
		mode := scanner.Mode(0)
		if it.extra {
			mode = scanner.Comments | scanner.Lenient
		}
		it.sc = scanner.New("<string>", it.src, mode)
	}
	want := 1
	for {
		saved := it.sc.Clone()
		tk, err := it.sc.Next()
		if it.exhausted || err == nil && tk.End.Offset+3 <= len(it.src) && tk.Kind != token.ENDMARKER || err != nil && it.final(err) {
			return tk, err, nil
		}
		it.sc = saved
		before := len(it.src)
		for i := 0; i < want; i++ {
			more, perr := it.readLine(t)
			if perr != nil {
				return token.Token{}, nil, perr
			}
			if !more {
				break
			}
		}
		if len(it.src) > before {
			it.sc.Extend(it.src)
		}
		want *= 2
	}
}

// final reports whether a scanner error stands whatever follows: it is on a
// line before the last one read and is not about the input ending early.
func (it *tokenizer) final(err error) bool {
	te, ok := err.(*token.Error)
	if !ok {
		return true
	}
	if strings.HasPrefix(te.Msg, "unterminated") || strings.HasSuffix(te.Msg, "was never closed") || strings.HasPrefix(te.Msg, "unexpected EOF") {
		return false
	}
	return te.Lineno < len(it.lines)
}

// line is physical line n (1-based), "" past the end.
func (it *tokenizer) line(n int) string {
	if n >= 1 && n <= len(it.lines) {
		return it.lines[n-1]
	}
	return ""
}

// column is the character column of a byte column on line n.
func (it *tokenizer) column(n, col int) int {
	l := it.line(n)
	if col > len(l) {
		return scanner.CharOffset(l, len(l)) + col - len(l)
	}
	return scanner.CharOffset(l, col)
}

// splitMiddle cuts an FSTRING_MIDDLE at its doubled braces, as CPython's
// tokenizer does: each piece ends with the brace (once), starts where its text
// starts in the source and ends its own length after that.
func (it *tokenizer) splitMiddle(tk token.Token) py.Value {
	var out []py.Value
	raw := tk.Text
	ln, col := tk.Start.Line, it.column(tk.Start.Line, tk.Start.Col)
	startLn, startCol := ln, col
	var piece strings.Builder
	emit := func(brace bool) {
		p := piece.String()
		endLn, endCol := startLn, startCol+len([]rune(p))
		if strings.Contains(p, "\n") {
			endLn, endCol = ln, col
			if brace {
				endCol++
			}
		}
		var text strings.Builder
		for n := startLn; n <= endLn; n++ {
			text.WriteString(it.line(n))
		}
		out = append(out, py.NewTuple(py.Int(int64(token.FSTRING_MIDDLE)), py.NewStr(p), pair(startLn, startCol), pair(endLn, endCol), py.NewStr(text.String())))
		piece.Reset()
	}
	for i := 0; i < len(raw); {
		if i+1 < len(raw) && (raw[i] == '{' || raw[i] == '}') && raw[i+1] == raw[i] {
			piece.WriteByte(raw[i])
			emit(true)
			i += 2
			col += 2
			startLn, startCol = ln, col
			continue
		}
		r := []rune(raw[i:])[0]
		piece.WriteRune(r)
		i += len(string(r))
		if r == '\n' {
			ln, col = ln+1, 0
		} else {
			col++
		}
	}
	if piece.Len() > 0 {
		emit(false)
	}
	it.pending = append(it.pending, out[1:]...)
	return out[0]
}

func pair(a, b int) py.Value { return py.NewTuple(py.Int(int64(a)), py.Int(int64(b))) }

func next(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	it := py.Object[tokenizer](self)
	if len(it.pending) > 0 {
		v := it.pending[0]
		it.pending = it.pending[1:]
		return v, nil
	}
	if it.done {
		return py.Value{}, nil
	}
	tk, err, perr := it.scan(t)
	if perr != nil {
		it.done = true
		return py.Value{}, perr
	}
	if err != nil {
		it.done = true
		return py.Value{}, it.syntaxError(t, err)
	}
	if it.extra && it.track(tk) {
		// Hand out the empty middle now and this token next.
		it.prevKind = token.FSTRING_MIDDLE
		it.pending = append(it.pending, it.shape(tk))
		sl, sc := tk.Start.Line, it.column(tk.Start.Line, tk.Start.Col)
		return py.NewTuple(py.Int(int64(token.FSTRING_MIDDLE)), py.NewStr(""), pair(sl, sc), pair(sl, sc), py.NewStr(it.line(sl))), nil
	}
	it.prevKind = tk.Kind
	return it.shape(tk), nil
}

// shape makes the tuple of one scanner token.
func (it *tokenizer) shape(tk token.Token) py.Value {
	kind := tk.Kind
	text := tk.Text
	sl, el := tk.Start.Line, tk.End.Line
	sc, ec := it.column(sl, tk.Start.Col), it.column(el, tk.End.Col)
	var lines strings.Builder
	for n := sl; n <= el; n++ {
		lines.WriteString(it.line(n))
	}
	line := lines.String()
	if kind == token.ENDMARKER {
		it.done = true
	}
	if kind == token.COMMENT && strings.HasSuffix(text, "\r") {
		text = text[:len(text)-1]
		ec--
	}
	if !it.extra {
		switch kind {
		case token.NEWLINE:
			text, el, ec = "", sl, sc
		case token.INDENT, token.DEDENT, token.ENDMARKER:
			// CPython's tokens without text have no columns; those at the end
			// of the input are on its last line.
			text, sc, ec = "", -1, -1
			if kind == token.ENDMARKER || tk.Start.Offset >= len(it.src) {
				sl = max(len(it.lines), 1)
				el, line = sl, it.line(sl)
			}
		}
	}
	if it.extra {
		trailing := kind == token.ENDMARKER || kind == token.DEDENT && tk.Start.Offset >= len(it.src)
		if trailing && !it.blankEnd {
			// A last line of blanks without a line end gets an empty NL first.
			it.blankEnd = true
			last := it.line(len(it.lines))
			if last != "" && !strings.HasSuffix(last, "\n") && strings.TrimLeft(last, " \t\f") == "" {
				n, c := len(it.lines), len([]rune(last))
				it.pending = append(it.pending, it.shape(tk))
				return py.NewTuple(py.Int(int64(token.NL)), py.NewStr(""), pair(n, c), pair(n, c+1), py.NewStr(last))
			}
		}
		switch {
		case trailing:
			sl, el, sc, ec = len(it.lines)+1, len(it.lines)+1, 0, 0
			line = ""
		case kind > token.DEDENT && kind < token.OP:
			kind = token.OP
		case kind == token.NEWLINE || kind == token.NL:
			text = ""
			if rest := it.src[tk.Start.Offset:]; strings.HasPrefix(rest, "\r\n") {
				text = "\r\n"
			} else if strings.HasPrefix(rest, "\n") {
				text = "\n"
				if o := tk.Start.Offset; o > 0 && it.src[o-1] == '\r' {
					text = "\r\n"
					sc--
				}
			}
			ec = sc + max(len(text), 1)
		case kind == token.COMMENT && tk.End.Offset == len(it.src) &&
			strings.TrimLeft(it.line(sl)[:tk.Start.Col], " \t\f") == "":
			// A comment line that ends the input without a line end: CPython
			// follows it with an empty NL.
			it.pending = append(it.pending, py.NewTuple(py.Int(int64(token.NL)), py.NewStr(""), pair(el, ec), pair(el, ec+1), py.NewStr(line)))
		case kind == token.FSTRING_MIDDLE && (strings.Contains(text, "{{") || strings.Contains(text, "}}")):
			return it.splitMiddle(tk)
		case kind == token.INDENT:
			text = it.src[tk.Start.Offset:tk.End.Offset]
		}
	}
	return py.NewTuple(py.Int(int64(kind)), py.NewStr(text), pair(sl, sc), pair(el, ec), py.NewStr(line))
}

// syntaxError is the exception for a scanner error, as CPython's tokenizer
// reports it in this mode.
func (it *tokenizer) syntaxError(t *py.Thread, err error) *py.Exception {
	te, ok := err.(*token.Error)
	if !ok {
		return py.SyntaxErrorFrom(err)
	}
	if strings.HasSuffix(te.Msg, "' was never closed") || te.Msg == "unexpected EOF while parsing" {
		// The input ended inside brackets or after a backslash: CPython raises
		// with the message alone and sets lineno and offset.
		line, off := len(it.lines), 0
		if te.Msg == "unexpected EOF while parsing" {
			line, off = te.Lineno, te.Offset
		}
		if line == 0 {
			line = 1
		}
		e := py.NewException(py.SyntaxError(), py.NewStr("unexpected EOF in multi-line statement"))
		if x := py.SetAttrS(t, e.Value(), "lineno", py.Int(int64(line))); x != nil {
			return x
		}
		if x := py.SetAttrS(t, e.Value(), "offset", py.Int(int64(off))); x != nil {
			return x
		}
		if x := py.SetAttrS(t, e.Value(), "filename", py.NewStr("<string>")); x != nil {
			return x
		}
		return e
	}
	e := *te
	// The tokenizer's error lines lose their line end.
	e.Text = strings.TrimRight(e.Text, "\r\n")
	switch {
	case e.Type == "IndentationError" && strings.HasPrefix(e.Msg, "unindent does not match"):
		e.EndLineno = 0
	case e.Type == "TabError":
		// Reported just past the end of the line.
		e.Offset = len([]rune(strings.TrimRight(it.line(e.Lineno), "\r\n"))) + 1
	}
	return py.SyntaxErrorFrom(&e)
}
