package parser

import (
	"fmt"
	"strings"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/token"
)

// expectedColon reports a missing ':' at the end of a compound statement's header
// as CPython's invalid_*_stmt rules do: "expected ':'" when the line ends there.
// (Other tokens get "invalid syntax"; the forced colons of try, else, finally and
// def use expectForced.)
func (p *parser) expectedColon() {
	t := p.tok()
	if t.Kind == token.NEWLINE || t.Kind == token.ENDMARKER {
		p.errorAt("SyntaxError", t.Start, t.End, "expected ':'")
	}
}

func endOf(n interface{ GetPos() *ast.Pos }) token.Position {
	q := n.GetPos()
	return token.Position{Line: q.EndLineno, Col: q.EndColOffset}
}

// unexpectedIndent reports an INDENT where a statement was expected.
func (p *parser) unexpectedIndent() {
	t := p.tok()
	n := p.peekAt(1)
	e := p.sc.Errorf("IndentationError", t.Start.Line, n.Start.Col-1, t.Start.Line, 0, "unexpected indent")
	e.EndOffset = -1
	p.fail(e)
}

// expectedIndent reports a missing indented block after a compound statement header.
func (p *parser) expectedIndent(what string, kw token.Position) {
	t := p.tok()
	msg := "expected an indented block"
	if what != "" {
		msg = fmt.Sprintf("expected an indented block after %s on line %d", what, kw.Line)
	}
	if t.Kind == token.ENDMARKER || t.Kind == token.DEDENT {
		prev := p.toks[p.p-1]
		e := p.sc.Errorf("IndentationError", prev.Start.Line, prev.Start.Col, prev.Start.Line, 0, "%s", msg)
		if t.Kind == token.ENDMARKER && t.Start.Line > prev.Start.Line+1 {
			e = p.sc.Errorf("IndentationError", prev.Start.Line+1, 0, prev.Start.Line+1, 0, "%s", msg)
		}
		e.EndOffset = -1
		p.fail(e)
	}
	p.errorAt("IndentationError", t.Start, t.End, "%s", msg)
}

// bitwiseLevel reports whether e is an expression CPython's bitwise_or rule can
// produce (not a lambda, conditional, boolean operation, comparison or not).
func bitwiseLevel(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Lambda, *ast.IfExp, *ast.BoolOp, *ast.Compare, *ast.NamedExpr, *ast.Yield, *ast.YieldFrom,
		*ast.List, *ast.Tuple, *ast.GeneratorExp, *ast.Starred:
		return false
	case *ast.UnaryOp:
		return x.Op != ast.Not
	case *ast.Constant:
		switch x.Value.(type) {
		case constant.NoneType, constant.Bool:
			return false
		}
	}
	return true
}

// validTarget reports whether e can be assigned to at the top level.
func validTarget(e ast.Expr) bool {
	switch x := e.(type) {
	case *ast.Name, *ast.Attribute, *ast.Subscript, *ast.Tuple, *ast.List:
		return true
	case *ast.Starred:
		return validTarget(x.Value)
	}
	return false
}

// checkAssignHere gives CPython's "cannot assign to X here. Maybe you meant '=='
// instead of '='?" for `target = value` where target is an invalid bitwise_or-level
// expression and the statement has a single '='.
func (p *parser) checkAssignHere(first ast.Expr) {
	if validTarget(first) || !bitwiseLevel(first) {
		return
	}
	save := p.p
	p.advance()
	if p.canStartExpr() && !p.at(token.STAR) {
		ok := p.try(func() { p.bitwiseOr() })
		if ok && !p.at(token.EQUAL) && !p.at(token.COLONEQUAL) {
			p.p = save
			p.errorNode(first, "cannot assign to %s here. Maybe you meant '==' instead of '='?", describe(first))
		}
	}
	p.p = save
}

// forgotComma reports "invalid syntax. Perhaps you forgot a comma?" when, inside
// brackets, an element is directly followed by another expression.
func (p *parser) forgotComma(e ast.Expr) {
	t := p.tok()
	switch t.Kind {
	case token.NAME:
		if keywords[t.Text] && t.Text != "None" && t.Text != "True" && t.Text != "False" && t.Text != "lambda" && t.Text != "not" && t.Text != "await" {
			return
		}
		if t.Text == "match" || t.Text == "case" || t.Text == "type" || t.Text == "_" {
			return
		}
	case token.NUMBER, token.STRING, token.FSTRING_START, token.LBRACE, token.ELLIPSIS:
		if _, ok := e.(*ast.Name); ok && (t.Kind == token.STRING || t.Kind == token.FSTRING_START) {
			return
		}
	default:
		return
	}
	switch e.(type) {
	case *ast.Lambda, *ast.IfExp, *ast.NamedExpr, *ast.Starred:
		return
	}
	save := p.p
	var b ast.Expr
	if p.try(func() { b = p.expression() }) {
		p.errorAt("SyntaxError", startOf(e), endOf(b), "invalid syntax. Perhaps you forgot a comma?")
	}
	p.p = save
}

// importFromSwapped reports `import a, b from c` (names without "as", then "from" and
// a dotted name), which can only be a parse failure, as CPython's invalid_import.
func (p *parser) importFromSwapped(start token.Position, names []*ast.Alias) {
	for _, n := range names {
		if n.Asname != "" {
			return
		}
	}
	if p.probe(func() {
		p.advance()
		p.dottedName()
	}) {
		p.errorFrom(start, "Did you mean to use 'from ... import ...' instead?")
	}
}

// probe reports whether f parses without error. On failure it restores the position
// and the furthest-token marks, so that a failed probe does not move "invalid
// syntax"; on success the caller is expected to raise its error.
func (p *parser) probe(f func()) bool {
	save, furthest, seen := p.p, p.furthest, p.seen
	ok := p.try(f)
	if !ok {
		p.p, p.furthest, p.seen = save, furthest, seen
	}
	return ok
}

// errorFrom fails with a SyntaxError from a to where the tokenizer stopped, as
// CPython's RAISE_SYNTAX_ERROR_STARTING_FROM (its end offset is the 0-based column
// after the last token read).
func (p *parser) errorFrom(a token.Position, format string, args ...any) {
	e := p.toks[p.seen].End
	e.Col--
	p.errorAt("SyntaxError", a, e, format, args...)
}

// notAfterOperator reports `a + not b` and `- not b` (CPython's invalid_arithmetic
// and invalid_factor): at 'not' right after an arithmetic operator, which never
// parses, the 'not' and the operand that would follow make the error's range.
func (p *parser) notAfterOperator(operand func() ast.Expr) {
	a := p.start()
	if p.probe(func() {
		p.advance()
		operand()
	}) {
		p.errorAt("SyntaxError", a, p.prevEnd(), "'not' after an operator must be parenthesized")
	}
}

// expectForced is CPython's forced token (&&'x' in the grammar): anything else where
// it must come fails with "expected 'x'" at the token found.
func (p *parser) expectForced(k token.Kind, text string) *token.Token {
	if !p.at(k) {
		t := p.tok()
		p.errorAt("SyntaxError", t.Start, t.End, "expected '%s'", text)
	}
	return p.advance()
}

// errorLast fails with a SyntaxError at the last token read, as CPython's
// RAISE_SYNTAX_ERROR without a location.
func (p *parser) errorLast(format string, args ...any) {
	t := p.toks[p.seen]
	p.errorAt("SyntaxError", t.Start, t.End, format, args...)
}

// onFail runs f; if f fails with a syntax error, explain runs (from wherever f
// stopped) and may fail with a more precise error; if it does not, f's error stands.
// This is how CPython's second pass over its invalid_* rules is done here: explain
// only runs once the parse has already failed.
func (p *parser) onFail(f, explain func()) {
	defer func() {
		if r := recover(); r != nil {
			if _, is := r.(bail); is {
				explain()
			}
			panic(r)
		}
	}()
	f()
}

// forWithoutIn reports a comprehension's `for` whose targets are not followed by
// 'in' (CPython's invalid_for_if_clause); the position is just after 'for'.
func (p *parser) forWithoutIn() {
	seen := p.seen
	ok := p.probe(func() {
		p.bitwiseOr()
		for p.accept(token.COMMA) {
			if !p.canStartExpr() {
				break
			}
			p.bitwiseOr()
		}
	})
	if ok && !p.atKw("in") {
		p.errorLast("'in' expected after for-loop variables")
	}
	p.seen = max(seen, p.seen)
}

// unparenthesizedTarget reports `[a, b for ...]` and `{a, for ...}`: a display's
// elements followed by comprehension clauses (CPython's invalid_comprehension).
func (p *parser) unparenthesizedTarget(elts []ast.Expr) {
	if !p.atKw("for") && !(p.atKw("async") && p.peekAt(1).Text == "for") {
		return
	}
	end := endOf(elts[len(elts)-1])
	if len(elts) == 1 && p.toks[p.p-1].Kind == token.COMMA {
		end = p.toks[p.p-1].End
	} else if len(elts) == 1 {
		return
	}
	if p.probe(func() { p.comprehensions() }) {
		p.errorAt("SyntaxError", startOf(elts[0]), end, "did you forget parentheses around the comprehension target?")
	}
}

// badDictValue reports a dict display's value that is missing or starred, just after
// the ':' (CPython's invalid_double_starred_kvpairs and invalid_kvpair).
func (p *parser) badDictValue() {
	colon := p.toks[p.p-1]
	switch {
	case p.at(token.RBRACE) || p.at(token.COMMA):
		p.errorAt("SyntaxError", colon.Start, colon.End, "expression expected after dictionary key and ':'")
	case p.at(token.STAR):
		star := p.start()
		if p.probe(func() {
			p.advance()
			p.bitwiseOr()
		}) {
			p.errorFrom(star, "cannot use a starred expression in a dictionary value")
		}
	}
}

// starOperand parses the expression after '*' in a call's arguments or a subscript
// (CPython's starred_expression). If it fails with plain "invalid syntax", the error
// becomes CPython's "Invalid star expression" at the last token read.
func (p *parser) starOperand() (v ast.Expr) {
	defer func() {
		if r := recover(); r != nil {
			if b, ok := r.(bail); ok && b.err.Type == "SyntaxError" && b.err.Msg == "invalid syntax" {
				p.errorLast("Invalid star expression")
			}
			panic(r)
		}
	}()
	return p.expression()
}

// laterTokenError is CPython's check after a parser error: the rest of the source is
// tokenized, and an error the tokenizer raises itself (an unterminated string, a bad
// number, an unmatched bracket) replaces the parser's, unless it is met inside an
// f-string. At the end of the text, a bracket left open on a line before the last
// token the parser read becomes "'(' was never closed". The errors the tokenizer
// only signals (bad dedent, tabs, a stray backslash) leave the parser's error.
func (p *parser) laterTokenError(err *token.Error) *token.Error {
	te, ok := p.tokErr.(*token.Error)
	if !ok || te == err || err.Type == "MemoryError" || p.sc.InFString() {
		return err
	}
	switch {
	case strings.HasSuffix(te.Msg, "was never closed"):
		if p.toks[p.seen].Start.Line > te.Lineno {
			return te
		}
		return err
	case te.Type != "SyntaxError", te.Msg == "invalid syntax", te.Msg == "unexpected character after line continuation character":
		return err
	}
	return te
}

// positionalAfterKeyword reports positional class patterns after keyword ones,
// from first to the last of the run of positional patterns (CPython's
// invalid_class_pattern). Reading that run can meet the tokenizer's error (an
// unclosed bracket at the end of the text), which then wins, as in CPython.
func (p *parser) positionalAfterKeyword(first ast.Pattern) {
	last := first
	for p.at(token.COMMA) {
		p.advance()
		if p.tok().Kind == token.NAME && p.peekAt(1).Kind == token.EQUAL {
			break
		}
		var q ast.Pattern
		if !p.probe(func() { q = p.pattern() }) {
			break
		}
		last = q
	}
	p.errorAt("SyntaxError", startOf(first), endOf(last), "positional patterns follow keyword patterns")
}
