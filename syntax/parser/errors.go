package parser

import (
	"fmt"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/token"
)

// expectedColon reports a missing ':' as CPython does: "expected ':'" at the token
// before which it was expected.
func (p *parser) expectedColon() {
	t := p.tok()
	if t.Kind == token.NEWLINE || t.Kind == token.ENDMARKER || t.Kind == token.NAME || t.Kind == token.NUMBER {
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
