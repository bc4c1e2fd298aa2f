package parser

import (
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/token"
)

// tryMatch parses a match statement if the source at the soft keyword `match` is one;
// otherwise it returns nil with the position unchanged.
// tryMatch parses a match statement; it returns nil if the line is not one, with
// noColon the index of the NEWLINE if it was `match subject` and a newline (else -1).
func (p *parser) tryMatch() (_ ast.Stmt, noColon int) {
	noColon = -1
	start := p.start()
	var subject ast.Expr
	ok := p.try(func() {
		p.advance()
		subject = p.subjectExpr()
		if p.at(token.NEWLINE) {
			noColon = p.p
		}
		p.expect(token.COLON)
		if !p.at(token.NEWLINE) {
			p.syntaxError()
		}
	})
	if !ok {
		return nil, noColon
	}
	p.advance()
	if !p.at(token.INDENT) {
		p.expectedIndent("'match' statement", start)
	}
	p.advance()
	var cases []*ast.MatchCase
	for p.atKw("case") {
		cases = append(cases, p.caseBlock())
	}
	if len(cases) == 0 {
		p.syntaxError()
	}
	p.accept(token.DEDENT)
	return &ast.Match{Pos: p.posNW(start), Subject: subject, Cases: cases}, -1
}

func (p *parser) subjectExpr() ast.Expr {
	start := p.start()
	e := p.starNamedExpression()
	if !p.at(token.COMMA) {
		if _, ok := e.(*ast.Starred); ok {
			p.syntaxError()
		}
		return e
	}
	elts := []ast.Expr{e}
	for p.accept(token.COMMA) {
		if p.at(token.COLON) {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return &ast.Tuple{Pos: p.pos(start), Elts: elts, Ctx: ast.Load}
}

func (p *parser) caseBlock() *ast.MatchCase {
	start := p.start()
	p.advance()
	pat := p.patterns()
	var guard ast.Expr
	if p.acceptKw("if") {
		guard = p.namedExpression()
	}
	p.expect(token.COLON)
	body := p.block("'case' statement", start)
	return &ast.MatchCase{Pattern: pat, Guard: guard, Body: body}
}

// patterns: open_sequence_pattern | pattern.
func (p *parser) patterns() ast.Pattern {
	start := p.start()
	pat := p.maybeStarPattern()
	if !p.at(token.COMMA) {
		if _, ok := pat.(*ast.MatchStar); ok {
			p.syntaxError()
		}
		return pat
	}
	pats := []ast.Pattern{pat}
	for p.accept(token.COMMA) {
		if p.at(token.COLON) || p.atKw("if") {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &ast.MatchSequence{Pos: p.pos(start), Patterns: pats}
}

func (p *parser) maybeStarPattern() ast.Pattern {
	if p.at(token.STAR) {
		start := p.start()
		p.advance()
		n := p.name().Text
		if n == "_" {
			n = ""
		}
		return &ast.MatchStar{Pos: p.pos(start), Name: n}
	}
	return p.pattern()
}

// pattern: or_pattern ['as' NAME].
func (p *parser) pattern() ast.Pattern {
	p.enter()
	defer p.leave()
	start := p.start()
	pat := p.orPattern()
	if p.acceptKw("as") {
		t := p.tok()
		if t.Kind == token.NAME && t.Text == "_" {
			p.errorAt("SyntaxError", t.Start, t.End, "cannot use '_' as a target")
		}
		if t.Kind != token.NAME {
			var e ast.Expr
			if p.probe(func() { e = p.expression() }) {
				p.errorNode(e, "invalid pattern target")
			}
		}
		n := p.name().Text
		return &ast.MatchAs{Pos: p.pos(start), Pattern: pat, Name: n}
	}
	return pat
}

func (p *parser) orPattern() ast.Pattern {
	start := p.start()
	pat := p.closedPattern()
	if !p.at(token.VBAR) {
		return pat
	}
	pats := []ast.Pattern{pat}
	for p.accept(token.VBAR) {
		pats = append(pats, p.closedPattern())
	}
	return &ast.MatchOr{Pos: p.pos(start), Patterns: pats}
}

func (p *parser) closedPattern() ast.Pattern {
	t := p.tok()
	start := t.Start
	switch t.Kind {
	case token.NAME:
		switch t.Text {
		case "None":
			p.advance()
			return &ast.MatchSingleton{Pos: p.pos(start), Value: constant.None}
		case "True":
			p.advance()
			return &ast.MatchSingleton{Pos: p.pos(start), Value: constant.Bool(true)}
		case "False":
			p.advance()
			return &ast.MatchSingleton{Pos: p.pos(start), Value: constant.Bool(false)}
		}
		n := p.name()
		var e ast.Expr = &ast.Name{Pos: posTo(n.Start, n.End), Id: n.Text, Ctx: ast.Load}
		dotted := false
		for p.accept(token.DOT) {
			a := p.name()
			e = &ast.Attribute{Pos: p.pos(start), Value: e, Attr: a.Text, Ctx: ast.Load}
			dotted = true
		}
		if p.at(token.LPAR) {
			return p.classPattern(start, e)
		}
		if dotted {
			return &ast.MatchValue{Pos: p.pos(start), Value: e}
		}
		if n.Text == "_" {
			return &ast.MatchAs{Pos: p.pos(start)}
		}
		return &ast.MatchAs{Pos: p.pos(start), Name: n.Text}
	case token.NUMBER, token.MINUS:
		v := p.signedNumber()
		return &ast.MatchValue{Pos: p.pos(start), Value: v}
	case token.STRING, token.FSTRING_START:
		v := p.strings()
		if _, ok := v.(*ast.JoinedStr); ok {
			p.errorNode(v, "patterns may only match literals and attribute lookups")
		}
		return &ast.MatchValue{Pos: p.pos(start), Value: v}
	case token.LPAR:
		p.advance()
		if p.accept(token.RPAR) {
			return &ast.MatchSequence{Pos: p.pos(start)}
		}
		pat := p.maybeStarPattern()
		if p.accept(token.RPAR) {
			if _, ok := pat.(*ast.MatchStar); ok {
				return &ast.MatchSequence{Pos: p.pos(start), Patterns: []ast.Pattern{pat}}
			}
			return pat
		}
		pats := []ast.Pattern{pat}
		for p.accept(token.COMMA) {
			if p.at(token.RPAR) {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(token.RPAR)
		return &ast.MatchSequence{Pos: p.pos(start), Patterns: pats}
	case token.LSQB:
		p.advance()
		var pats []ast.Pattern
		for !p.at(token.RSQB) {
			pats = append(pats, p.maybeStarPattern())
			if !p.accept(token.COMMA) {
				break
			}
		}
		p.expect(token.RSQB)
		return &ast.MatchSequence{Pos: p.pos(start), Patterns: pats}
	case token.LBRACE:
		return p.mappingPattern()
	}
	p.syntaxError()
	return nil
}

// signedNumber: ['-'] NUMBER [('+' | '-') NUMBER] for complex literals.
func (p *parser) signedNumber() ast.Expr {
	start := p.start()
	var e ast.Expr
	if p.at(token.MINUS) {
		p.advance()
		n := p.expect(token.NUMBER)
		v, err := scannerParseNumber(n.Text)
		if err != nil {
			p.syntaxError()
		}
		e = &ast.UnaryOp{Pos: p.pos(start), Op: ast.USub, Operand: &ast.Constant{Pos: posTo(n.Start, n.End), Value: v}}
	} else {
		n := p.expect(token.NUMBER)
		v, err := scannerParseNumber(n.Text)
		if err != nil {
			p.syntaxError()
		}
		e = &ast.Constant{Pos: posTo(n.Start, n.End), Value: v}
	}
	if p.at(token.PLUS) || p.at(token.MINUS) {
		op := ast.Add
		if p.at(token.MINUS) {
			op = ast.Sub
		}
		p.advance()
		n := p.expect(token.NUMBER)
		v, err := scannerParseNumber(n.Text)
		if err != nil {
			p.syntaxError()
		}
		if _, ok := v.(constant.Complex); !ok {
			p.errorAt("SyntaxError", n.Start, n.End, "imaginary number required in complex literal")
		}
		e = &ast.BinOp{Pos: p.pos(start), Left: e, Op: op, Right: &ast.Constant{Pos: posTo(n.Start, n.End), Value: v}}
	}
	return e
}

func (p *parser) mappingPattern() ast.Pattern {
	start := p.start()
	p.advance()
	var keys []ast.Expr
	var pats []ast.Pattern
	rest := ""
	for !p.at(token.RBRACE) {
		if p.accept(token.DOUBLESTAR) {
			if p.atKw("_") {
				p.syntaxError()
			}
			rest = p.name().Text
			p.accept(token.COMMA)
			break
		}
		var k ast.Expr
		ks := p.start()
		switch p.kind() {
		case token.NUMBER, token.MINUS:
			k = p.signedNumber()
		case token.STRING, token.FSTRING_START:
			k = p.strings()
		case token.NAME:
			t := p.tok()
			switch t.Text {
			case "None":
				p.advance()
				k = &ast.Constant{Pos: p.pos(ks), Value: constant.None}
			case "True":
				p.advance()
				k = &ast.Constant{Pos: p.pos(ks), Value: constant.Bool(true)}
			case "False":
				p.advance()
				k = &ast.Constant{Pos: p.pos(ks), Value: constant.Bool(false)}
			default:
				n := p.name()
				k = &ast.Name{Pos: posTo(n.Start, n.End), Id: n.Text, Ctx: ast.Load}
				if !p.at(token.DOT) {
					p.syntaxError()
				}
				for p.accept(token.DOT) {
					a := p.name()
					k = &ast.Attribute{Pos: p.pos(ks), Value: k, Attr: a.Text, Ctx: ast.Load}
				}
			}
		default:
			p.syntaxError()
		}
		p.expect(token.COLON)
		keys = append(keys, k)
		pats = append(pats, p.pattern())
		if !p.accept(token.COMMA) {
			break
		}
	}
	p.expect(token.RBRACE)
	return &ast.MatchMapping{Pos: p.pos(start), Keys: keys, Patterns: pats, Rest: rest}
}

func (p *parser) classPattern(start token.Position, cls ast.Expr) ast.Pattern {
	p.advance()
	var pats []ast.Pattern
	var kwNames []string
	var kwPats []ast.Pattern
	for !p.at(token.RPAR) {
		if p.at(token.NAME) && p.peekAt(1).Kind == token.EQUAL {
			n := p.advance()
			p.advance()
			kwNames = append(kwNames, n.Text)
			kwPats = append(kwPats, p.pattern())
		} else {
			pat := p.pattern()
			if len(kwNames) > 0 {
				p.positionalAfterKeyword(pat)
			}
			pats = append(pats, pat)
		}
		if !p.accept(token.COMMA) {
			break
		}
	}
	p.expect(token.RPAR)
	return &ast.MatchClass{Pos: p.pos(start), Cls: cls, Patterns: pats, KwdAttrs: kwNames, KwdPatterns: kwPats}
}
