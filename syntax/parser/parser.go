// Package parser turns Python 3.13 source into the AST of package ast, exactly as
// CPython's parser (ast.parse) builds it, and rejects bad source with CPython's
// SyntaxError, IndentationError or TabError.
//
// The parser is hand-written recursive descent over the whole token slice, following
// the rules of CPython's Grammar/python.gram; the few places where the grammar needs
// more than one token of lookahead (match statements, parenthesised with-items, the
// `type` soft keyword) save the position and retry. Errors unwind by panicking with a
// private type that Parse recovers.
package parser

import (
	"errors"
	"fmt"
	"runtime"

	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/scanner"
	"github.com/kaa-python/kaa/syntax/token"
)

// Mode is the start symbol, as the mode argument of compile() and ast.parse().
type Mode int

const (
	Exec     Mode = iota // a module: ast.Module
	Eval                 // one expression: ast.Expression
	Single               // one interactive statement: ast.Interactive
	FuncType             // a function type comment "(int, str) -> bool": ast.FunctionType
)

// Options are the optional parts of ast.parse's behaviour.
type Options struct {
	// TypeComments keeps `# type:` comments (ast.parse(type_comments=True)): they fill
	// the type_comment fields and Module.type_ignores.
	TypeComments bool
}

// ErrNotImplemented was returned while the parser was being built.
var ErrNotImplemented = errors.New("parser: not implemented yet")

// Result is a parsed source: the tree and the warnings found on the way
// (SyntaxWarning for invalid escapes, "invalid decimal literal" warnings, ...).
type Result struct {
	Tree     ast.ModNode
	Warnings []scanner.Warning
	sc       *scanner.Scanner
}

// WarningError is the SyntaxError a warning becomes when the warnings filters make
// it an error (-W error::SyntaxWarning): its message, at the token it is about.
func (r *Result) WarningError(w scanner.Warning) *token.Error {
	endLine, endCol := w.EndLine, w.EndCol
	if endLine == 0 {
		endLine, endCol = w.Line, w.Col+1
	}
	return r.sc.Errorf("SyntaxError", w.Line, w.Col, endLine, endCol, "%s", w.Msg)
}

// maxDepth bounds the parser's recursion, as CPython's MAXSTACK (6000) does: deeper
// source is rejected with CPython's "too complex" error instead of exhausting the stack.
const maxDepth = 6000

// bail carries a syntax error up to Parse.
type bail struct{ err *token.Error }

type parser struct {
	filename    string
	sc          *scanner.Scanner
	src         string
	toks        []token.Token
	tokErr      error // the tokenizer's error, met at the end of toks
	p           int
	furthest    int
	seen        int // the furthest token index looked at, tokenizer errors included
	depth       int
	opts        Options
	typeIgnores []*ast.TypeIgnore
}

// Parse parses src, raw source bytes as read from a file (Parse decodes them with
// scanner.Decode). filename is used only in errors. A syntax error is returned as a
// *token.Error with CPython's type, message, line, offset, end line, end offset and
// text. Parse never panics.
func Parse(filename string, src []byte, mode Mode, opts Options) (res *Result, err error) {
	text, err := scanner.Decode(filename, src)
	if err != nil {
		if e, ok := err.(*token.Error); ok && e.Msg == "source code cannot contain null bytes" {
			e.Msg = "source code string cannot contain null bytes"
		}
		return nil, err
	}
	return ParseString(filename, text, mode, opts)
}

// ParseString is Parse for source that is already decoded text.
func ParseString(filename, text string, mode Mode, opts Options) (res *Result, err error) {
	smode := scanner.Mode(0)
	if opts.TypeComments {
		smode |= scanner.TypeComments
	}
	p := &parser{filename: filename, src: text, opts: opts}
	p.sc = scanner.New(filename, text, smode)
	defer func() {
		if r := recover(); r != nil {
			if b, ok := r.(bail); ok {
				res, err = nil, p.laterTokenError(b.err)
				return
			}
			if _, ok := r.(runtime.Error); ok {
				res, err = nil, &token.Error{Type: "SystemError", Msg: fmt.Sprintf("internal parser error: %v", r), Filename: filename}
				return
			}
			panic(r)
		}
	}()
	p.tokenize()
	var tree ast.ModNode
	switch mode {
	case Exec:
		tree = p.fileInput()
	case Eval:
		tree = p.evalInput()
	case Single:
		tree = p.singleInput()
	case FuncType:
		tree = p.funcTypeInput()
	}
	return &Result{Tree: tree, Warnings: p.sc.Warnings, sc: p.sc}, nil
}

// tokenize reads all tokens up front; TYPE_IGNORE tokens go straight to typeIgnores.
func (p *parser) tokenize() {
	p.toks = make([]token.Token, 0, len(p.src)/4+8)
	for {
		t, err := p.sc.Next()
		if err != nil {
			p.tokErr = err
			p.toks = append(p.toks, token.Token{Kind: token.ERRORTOKEN, Start: t.Start, End: t.End})
			return
		}
		if t.Kind == token.TYPE_IGNORE {
			p.typeIgnores = append(p.typeIgnores, &ast.TypeIgnore{Lineno: t.Start.Line, Tag: t.Text})
			continue
		}
		p.toks = append(p.toks, t)
		if t.Kind == token.ENDMARKER {
			return
		}
	}
}

// tok returns the current token.
func (p *parser) tok() *token.Token {
	if p.p > p.furthest {
		p.furthest = p.p
	}
	p.seen = max(p.seen, p.p)
	t := &p.toks[p.p]
	if t.Kind == token.ERRORTOKEN {
		p.fail(p.tokErr.(*token.Error))
	}
	return t
}

// peekAt returns the token n places ahead without failing on a tokenizer error.
func (p *parser) peekAt(n int) *token.Token {
	i := p.p + n
	if i >= len(p.toks) {
		i = len(p.toks) - 1
	}
	p.seen = max(p.seen, i)
	if i > p.furthest && p.toks[i].Kind != token.ERRORTOKEN {
		p.furthest = i
	}
	return &p.toks[i]
}

func (p *parser) kind() token.Kind { return p.tok().Kind }

func (p *parser) advance() *token.Token {
	t := p.tok()
	if t.Kind != token.ENDMARKER {
		p.p++
	}
	return t
}

// at reports whether the current token has kind k.
func (p *parser) at(k token.Kind) bool { return p.tok().Kind == k }

// atKw reports whether the current token is the NAME kw.
func (p *parser) atKw(kw string) bool {
	t := p.tok()
	return t.Kind == token.NAME && t.Text == kw
}

func (p *parser) accept(k token.Kind) bool {
	if p.at(k) {
		p.p++
		return true
	}
	return false
}

func (p *parser) acceptKw(kw string) bool {
	if p.atKw(kw) {
		p.p++
		return true
	}
	return false
}

func (p *parser) expect(k token.Kind) *token.Token {
	if !p.at(k) {
		if k == token.COLON {
			p.expectedColon()
		}
		p.syntaxError()
	}
	return p.advance()
}

func (p *parser) expectKw(kw string) {
	if !p.acceptKw(kw) {
		p.syntaxError()
	}
}

// prevEnd is the end of the last consumed token.
func (p *parser) prevEnd() token.Position {
	if p.p == 0 {
		return token.Position{Line: 1}
	}
	return p.toks[p.p-1].End
}

func (p *parser) start() token.Position { return p.tok().Start }

// pos builds a node position from start to the end of the last consumed token.
func (p *parser) pos(start token.Position) ast.Pos {
	e := p.prevEnd()
	return ast.Pos{Lineno: start.Line, ColOffset: start.Col, EndLineno: e.Line, EndColOffset: e.Col}
}

// posNW builds a position from start to the end of the last consumed token that is
// not NEWLINE, INDENT or DEDENT, as CPython ends compound statements.
func (p *parser) posNW(start token.Position) ast.Pos {
	i := p.p - 1
	for i > 0 {
		k := p.toks[i].Kind
		if k != token.NEWLINE && k != token.INDENT && k != token.DEDENT && k != token.ENDMARKER {
			break
		}
		i--
	}
	e := p.toks[i].End
	return ast.Pos{Lineno: start.Line, ColOffset: start.Col, EndLineno: e.Line, EndColOffset: e.Col}
}

func startOf(n interface{ GetPos() *ast.Pos }) token.Position {
	q := n.GetPos()
	return token.Position{Line: q.Lineno, Col: q.ColOffset}
}

// fail stops parsing with err.
func (p *parser) fail(err *token.Error) {
	panic(bail{err})
}

// errorAt fails with a SyntaxError of type typ spanning from a to b (b may be zero).
func (p *parser) errorAt(typ string, a, b token.Position, format string, args ...any) {
	endLine, endCol := 0, 0
	if b.Line > 0 {
		endLine, endCol = b.Line, b.Col
	}
	p.fail(p.sc.Errorf(typ, a.Line, a.Col, endLine, endCol, format, args...))
}

// errorNode fails with a SyntaxError located at node n.
func (p *parser) errorNode(n interface{ GetPos() *ast.Pos }, format string, args ...any) {
	q := n.GetPos()
	p.errorAt("SyntaxError", token.Position{Line: q.Lineno, Col: q.ColOffset}, token.Position{Line: q.EndLineno, Col: q.EndColOffset}, format, args...)
}

// syntaxError fails with "invalid syntax" at the furthest token reached, as CPython.
func (p *parser) syntaxError() {
	t := p.toks[p.furthest]
	if t.Kind == token.ERRORTOKEN {
		p.fail(p.tokErr.(*token.Error))
	}
	switch t.Kind {
	case token.INDENT:
		p.errorAt("IndentationError", t.Start, token.Position{}, "unexpected indent")
	case token.DEDENT:
		p.errorAt("IndentationError", t.Start, token.Position{}, "unexpected unindent")
	case token.ENDMARKER:
		p.errorAt("SyntaxError", t.Start, token.Position{}, "invalid syntax")
	}
	end := t.End
	if t.Kind == token.NEWLINE && end == t.Start {
		end.Col++ // the newline CPython's tokenizer supplies at the end of the text
	}
	p.errorAt("SyntaxError", t.Start, end, "invalid syntax")
}

// try runs f; if it fails with a syntax error, the position is restored and false is
// returned.
func (p *parser) try(f func()) (ok bool) {
	save := p.p
	defer func() {
		if r := recover(); r != nil {
			if _, is := r.(bail); is {
				p.p = save
				ok = false
				return
			}
			panic(r)
		}
	}()
	f()
	return true
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		t := p.tok()
		p.fail(&token.Error{Type: "MemoryError", Msg: "Parser stack overflowed - Python source too complex to parse",
			Filename: p.filename, Lineno: t.Start.Line})
	}
}

func (p *parser) leave() { p.depth-- }

var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true, "async": true,
	"await": true, "break": true, "class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true, "with": true, "yield": true,
}

// atName reports whether the current token is a NAME that is not a keyword.
func (p *parser) atName() bool {
	t := p.tok()
	return t.Kind == token.NAME && !keywords[t.Text]
}

func (p *parser) name() *token.Token {
	if !p.atName() {
		p.syntaxError()
	}
	return p.advance()
}
