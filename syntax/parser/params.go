package parser

import (
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/scanner"
	"github.com/kaa-python/kaa/syntax/token"
)

func scannerParseNumber(text string) (any, error) { return scanner.ParseNumber(text) }

// parameters parses a def's (annotated) or a lambda's parameter list up to end.
func (p *parser) parameters(end token.Kind, annotated bool) *ast.Arguments {
	a := &ast.Arguments{}
	var posDefaults []ast.Expr
	var plain []*ast.Arg
	seenStar := false
	seenDefault := false
	for !p.at(end) {
		start := p.start()
		switch {
		case p.at(token.SLASH):
			t := p.advance()
			if seenStar {
				p.errorAt("SyntaxError", t.Start, t.End, "/ must be ahead of *")
			}
			if a.Posonlyargs != nil {
				p.errorAt("SyntaxError", t.Start, t.End, "/ may appear only once")
			}
			if len(plain) == 0 {
				p.errorAt("SyntaxError", t.Start, t.End, "at least one argument must precede /")
			}
			a.Posonlyargs = plain
			plain = nil
			if p.at(token.STAR) {
				t := p.tok()
				p.errorAt("SyntaxError", t.Start, t.End, "expected comma between / and *")
			}
		case p.at(token.STAR):
			t := p.advance()
			if seenStar {
				p.errorAt("SyntaxError", t.Start, t.End, "* argument may appear only once")
			}
			seenStar = true
			if p.at(token.COMMA) && p.peekAt(1).Kind == token.TYPE_COMMENT {
				p.advance()
				p.errorLast("bare * has associated type comment")
			}
			if p.at(token.COMMA) || p.at(end) {
				if p.at(end) || p.peekAt(1).Kind == end {
					p.errorAt("SyntaxError", t.Start, t.End, "named arguments must follow bare *")
				}
				break
			}
			arg := p.param(annotated, true)
			if p.at(token.EQUAL) {
				p.errorAt("SyntaxError", p.start(), p.tok().End, "var-positional argument cannot have default value")
			}
			a.Vararg = arg
		case p.at(token.DOUBLESTAR):
			p.advance()
			arg := p.param(annotated, false)
			if p.at(token.EQUAL) {
				p.errorAt("SyntaxError", p.start(), p.tok().End, "var-keyword argument cannot have default value")
			}
			a.Kwarg = arg
			p.argTypeComment(arg, end)
			if p.accept(token.COMMA) {
				p.argTypeComment(arg, end)
			}
			if !p.at(end) {
				p.errorAt("SyntaxError", p.start(), p.tok().End, "arguments cannot follow var-keyword argument")
			}
			continue
		default:
			if p.at(token.LPAR) && a.Posonlyargs == nil && !seenStar && !seenDefault {
				p.parenthesizedParams(annotated, end)
			}
			arg := p.param(annotated, false)
			var def ast.Expr
			if p.at(token.EQUAL) {
				eq := p.advance()
				if end == token.RPAR && (p.at(token.RPAR) || p.at(token.COMMA)) || end == token.COLON && p.at(token.COMMA) {
					p.errorAt("SyntaxError", eq.Start, eq.End, "expected default value expression")
				}
				def = p.expression()
			}
			if seenStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				if def != nil {
					seenDefault = true
					posDefaults = append(posDefaults, def)
				} else if seenDefault {
					p.errorAt("SyntaxError", start, p.prevEnd(), "parameter without a default follows parameter with a default")
				}
				plain = append(plain, arg)
			}
			p.argTypeComment(arg, end)
			if !p.accept(token.COMMA) {
				if !p.at(end) {
					p.syntaxError()
				}
				goto done
			}
			p.argTypeComment(arg, end)
			continue
		}
		if a.Vararg != nil && !p.at(token.COMMA) {
			p.argTypeComment(a.Vararg, end)
		}
		if !p.accept(token.COMMA) {
			break
		}
		if a.Vararg != nil {
			p.argTypeComment(a.Vararg, end)
		}
	}
done:
	a.Args = plain
	a.Defaults = posDefaults
	return a
}

// argTypeComment attaches a per-argument type comment.
func (p *parser) argTypeComment(arg *ast.Arg, end token.Kind) {
	if p.at(token.TYPE_COMMENT) {
		arg.TypeComment = p.advance().Text
	}
}

// param parses NAME [':' annotation]; star allows `*args: *Ts`.
func (p *parser) param(annotated, star bool) *ast.Arg {
	t := p.name()
	arg := &ast.Arg{Arg: t.Text}
	if annotated && p.accept(token.COLON) {
		if star && p.at(token.STAR) {
			s := p.start()
			p.advance()
			v := p.expression()
			arg.Annotation = &ast.Starred{Pos: p.pos(s), Value: v, Ctx: ast.Load}
		} else {
			arg.Annotation = p.expression()
		}
	}
	arg.Pos = p.pos(t.Start)
	return arg
}

// typeParams parses '[' type_param, ... ']'.
func (p *parser) typeParams() []ast.TypeParam {
	p.expect(token.LSQB)
	if p.at(token.RSQB) {
		t := p.tok()
		p.errorAt("SyntaxError", t.Start, t.Start, "Type parameter list cannot be empty")
	}
	var out []ast.TypeParam
	seenDefault := false
	for !p.at(token.RSQB) {
		start := p.start()
		var tp ast.TypeParam
		switch {
		case p.accept(token.STAR):
			n := p.name().Text
			var def ast.Expr
			if p.accept(token.EQUAL) {
				def = p.starExpression()
			}
			tp = &ast.TypeVarTuple{Pos: p.pos(start), Name: n, DefaultValue: def}
			if def != nil {
				seenDefault = true
			} else if seenDefault {
				p.errorAt("SyntaxError", start, p.prevEnd(), "non-default type parameter '%s' follows default type parameter", n)
			}
		case p.accept(token.DOUBLESTAR):
			n := p.name().Text
			var def ast.Expr
			if p.accept(token.EQUAL) {
				def = p.expression()
			}
			tp = &ast.ParamSpec{Pos: p.pos(start), Name: n, DefaultValue: def}
			if def != nil {
				seenDefault = true
			} else if seenDefault {
				p.errorAt("SyntaxError", start, p.prevEnd(), "non-default type parameter '%s' follows default type parameter", n)
			}
		default:
			n := p.name().Text
			var bound, def ast.Expr
			if p.accept(token.COLON) {
				bound = p.expression()
			}
			if p.accept(token.EQUAL) {
				def = p.expression()
			}
			tp = &ast.TypeVar{Pos: p.pos(start), Name: n, Bound: bound, DefaultValue: def}
			if def != nil {
				seenDefault = true
			} else if seenDefault {
				p.errorAt("SyntaxError", start, p.prevEnd(), "non-default type parameter '%s' follows default type parameter", n)
			}
		}
		out = append(out, tp)
		if !p.accept(token.COMMA) {
			break
		}
	}
	p.expect(token.RSQB)
	return out
}

// parenthesizedParams reports Python 2's tuple parameters, `def f(a, (b, c))` or
// `lambda (a, b): 0`, at a '(' where a parameter was expected (CPython's
// invalid_parameters and invalid_lambda_parameters).
func (p *parser) parenthesizedParams(annotated bool, end token.Kind) {
	lpar := p.start()
	if !p.probe(func() {
		p.advance()
		for {
			p.param(annotated, false)
			if !p.accept(token.COMMA) || p.at(token.RPAR) {
				break
			}
		}
		p.expect(token.RPAR)
	}) {
		return
	}
	what := "Function"
	if end == token.COLON {
		what = "Lambda expression"
	}
	p.errorAt("SyntaxError", lpar, p.prevEnd(), "%s parameters cannot be parenthesized", what)
}
