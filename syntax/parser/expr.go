package parser

import (
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/token"
)

func constDescr(c *ast.Constant) string {
	switch v := c.Value.(type) {
	case constant.NoneType:
		return "None"
	case constant.Bool:
		if v {
			return "True"
		}
		return "False"
	case constant.EllipsisType:
		return "ellipsis"
	}
	return "literal"
}

// starExpressions: star_expression (',' star_expression)* [','] — a Tuple when there is
// a comma.
func (p *parser) starExpressions() ast.Expr {
	start := p.start()
	e := p.starExpression()
	if !p.at(token.COMMA) {
		return e
	}
	elts := []ast.Expr{e}
	for p.accept(token.COMMA) {
		if !p.canStartExpr() {
			break
		}
		elts = append(elts, p.starExpression())
	}
	return &ast.Tuple{Pos: p.pos(start), Elts: elts, Ctx: ast.Load}
}

// expressions: expression (',' expression)* [','].
func (p *parser) expressions() ast.Expr {
	start := p.start()
	e := p.expression()
	if !p.at(token.COMMA) {
		return e
	}
	elts := []ast.Expr{e}
	for p.accept(token.COMMA) {
		if !p.canStartExpr() {
			break
		}
		elts = append(elts, p.expression())
	}
	return &ast.Tuple{Pos: p.pos(start), Elts: elts, Ctx: ast.Load}
}

// checkStarOperand fails with CPython's "Invalid star expression" when the token
// after a '*' in an argument list, display or subscript cannot begin its operand.
// CPython reports it where it stopped reading, as for "invalid syntax".
func (p *parser) checkStarOperand() {
	if p.canStartExpr() && !p.at(token.STAR) && !p.at(token.DOUBLESTAR) {
		return
	}
	switch p.tok().Kind {
	case token.ENDMARKER, token.NEWLINE, token.INDENT, token.DEDENT, token.ERRORTOKEN:
		return
	}
	t := p.toks[p.furthest]
	p.errorAt("SyntaxError", t.Start, t.End, "Invalid star expression")
}

// starAssigned reports `f(*it=value)`, from the star to the end of the value.
func (p *parser) starAssigned(star *token.Token) {
	if !p.at(token.EQUAL) {
		return
	}
	far := p.furthest
	p.advance()
	if !p.canStartExpr() {
		p.p, p.furthest = p.p-1, far // CPython has not read past the '='
		return
	}
	b := p.expression()
	p.errorAt("SyntaxError", star.Start, endOf(b), "cannot assign to iterable argument unpacking")
}

func isOpenBracket(k token.Kind) bool {
	return k == token.LSQB || k == token.LPAR || k == token.LBRACE
}

// canStartExpr reports whether the current token can begin an expression.
func (p *parser) canStartExpr() bool {
	t := p.tok()
	switch t.Kind {
	case token.NAME:
		if !keywords[t.Text] {
			return true
		}
		switch t.Text {
		case "None", "True", "False", "not", "lambda", "await", "yield":
			return true
		}
		return false
	case token.NUMBER, token.STRING, token.FSTRING_START, token.LPAR, token.LSQB, token.LBRACE,
		token.MINUS, token.PLUS, token.TILDE, token.STAR, token.ELLIPSIS, token.DOUBLESTAR:
		return true
	}
	return false
}

func (p *parser) starExpression() ast.Expr {
	if p.at(token.STAR) {
		start := p.start()
		p.advance()
		v := p.bitwiseOr()
		return &ast.Starred{Pos: p.pos(start), Value: v, Ctx: ast.Load}
	}
	return p.expression()
}

func (p *parser) starNamedExpression() ast.Expr {
	if p.at(token.STAR) {
		start := p.start()
		p.advance()
		if p.p >= 2 && isOpenBracket(p.toks[p.p-2].Kind) {
			p.checkStarOperand() // CPython checks only a display's first element
		}
		v := p.bitwiseOr()
		return &ast.Starred{Pos: p.pos(start), Value: v, Ctx: ast.Load}
	}
	return p.namedExpression()
}

// namedExpression: NAME ':=' expression | expression !':='.
func (p *parser) namedExpression() ast.Expr {
	if p.at(token.NAME) && p.peekAt(1).Kind == token.COLONEQUAL && !keywords[p.tok().Text] {
		t := p.advance()
		p.advance()
		v := p.expression()
		target := &ast.Name{Pos: posTo(t.Start, t.End), Id: t.Text, Ctx: ast.Store}
		return &ast.NamedExpr{Pos: posTo(t.Start, p.prevEnd()), Target: target, Value: v}
	}
	e := p.expression()
	if p.at(token.COLONEQUAL) {
		p.errorNode(e, "cannot use assignment expressions with %s", describe(e))
	}
	if p.at(token.EQUAL) {
		p.invalidNamedAssign(e)
	}
	return e
}

// invalidNamedAssign reports `x = y` where a named expression was expected, as
// CPython's invalid_named_expression rule.
func (p *parser) invalidNamedAssign(e ast.Expr) {
	save := p.p
	p.advance()
	var b ast.Expr
	ok := p.try(func() { b = p.bitwiseOr() })
	if !ok || p.at(token.EQUAL) || p.at(token.COLONEQUAL) {
		p.p = save
		return
	}
	if _, isName := e.(*ast.Name); isName {
		p.errorAt("SyntaxError", startOf(e), endOf(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	if bitwiseLevel(e) {
		p.errorNode(e, "cannot assign to %s here. Maybe you meant '==' instead of '='?", describe(e))
	}
	p.p = save
}

// expression: disjunction ['if' disjunction 'else' expression] | lambdef.
func (p *parser) expression() ast.Expr {
	p.enter()
	defer p.leave()
	if p.atKw("lambda") {
		return p.lambda()
	}
	start := p.start()
	e := p.disjunction()
	if p.atKw("if") {
		p.advance()
		test := p.disjunction()
		if !p.atKw("else") {
			if p.at(token.COLON) {
				// CPython's invalid_expression leaves `a if b :` to "invalid syntax"
				p.syntaxError()
			}
			p.errorAt("SyntaxError", start, p.prevEnd(), "expected 'else' after 'if' expression")
		}
		p.advance()
		orelse := p.expression()
		return &ast.IfExp{Pos: p.pos(start), Test: test, Body: e, Orelse: orelse}
	}
	return e
}

func (p *parser) lambda() ast.Expr {
	start := p.start()
	p.advance()
	args := p.parameters(token.COLON, false)
	p.expect(token.COLON)
	// CPython's parser goes through two rules per nested lambda.
	p.enter()
	defer p.leave()
	body := p.expression()
	return &ast.Lambda{Pos: p.pos(start), Args: args, Body: body}
}

func (p *parser) disjunction() ast.Expr {
	start := p.start()
	e := p.conjunction()
	if !p.atKw("or") {
		return e
	}
	vals := []ast.Expr{e}
	for p.acceptKw("or") {
		vals = append(vals, p.conjunction())
	}
	return &ast.BoolOp{Pos: p.pos(start), Op: ast.Or, Values: vals}
}

func (p *parser) conjunction() ast.Expr {
	start := p.start()
	e := p.inversion()
	if !p.atKw("and") {
		return e
	}
	vals := []ast.Expr{e}
	for p.acceptKw("and") {
		vals = append(vals, p.inversion())
	}
	return &ast.BoolOp{Pos: p.pos(start), Op: ast.And, Values: vals}
}

func (p *parser) inversion() ast.Expr {
	if p.atKw("not") {
		p.enter()
		defer p.leave()
		start := p.start()
		p.advance()
		v := p.inversion()
		return &ast.UnaryOp{Pos: p.pos(start), Op: ast.Not, Operand: v}
	}
	return p.comparison()
}

func (p *parser) compOp() (ast.CmpOp, bool) {
	t := p.tok()
	switch t.Kind {
	case token.EQEQUAL:
		return ast.Eq, true
	case token.NOTEQUAL:
		return ast.NotEq, true
	case token.LESS:
		return ast.Lt, true
	case token.LESSEQUAL:
		return ast.LtE, true
	case token.GREATER:
		return ast.Gt, true
	case token.GREATEREQUAL:
		return ast.GtE, true
	case token.NAME:
		switch t.Text {
		case "in":
			return ast.In, true
		case "is":
			if n := p.peekAt(1); n.Kind == token.NAME && n.Text == "not" {
				return ast.IsNot, true
			}
			return ast.Is, true
		case "not":
			if n := p.peekAt(1); n.Kind == token.NAME && n.Text == "in" {
				return ast.NotIn, true
			}
		}
	}
	return 0, false
}

func (p *parser) comparison() ast.Expr {
	start := p.start()
	e := p.bitwiseOr()
	op, ok := p.compOp()
	if !ok {
		return e
	}
	var ops []ast.CmpOp
	var comps []ast.Expr
	for ok {
		p.advance()
		if op == ast.IsNot || op == ast.NotIn {
			p.advance()
		}
		ops = append(ops, op)
		comps = append(comps, p.bitwiseOr())
		op, ok = p.compOp()
	}
	return &ast.Compare{Pos: p.pos(start), Left: e, Ops: ops, Comparators: comps}
}

var binLevels = []map[token.Kind]ast.Operator{
	{token.VBAR: ast.BitOr},
	{token.CIRCUMFLEX: ast.BitXor},
	{token.AMPER: ast.BitAnd},
	{token.LEFTSHIFT: ast.LShift, token.RIGHTSHIFT: ast.RShift},
	{token.PLUS: ast.Add, token.MINUS: ast.Sub},
	{token.STAR: ast.Mult, token.SLASH: ast.Div, token.DOUBLESLASH: ast.FloorDiv, token.PERCENT: ast.Mod, token.AT: ast.MatMult},
}

func (p *parser) bitwiseOr() ast.Expr { return p.binary(0) }

// binary parses the left-associative binary operator levels from bitwise_or to term.
func (p *parser) binary(level int) ast.Expr {
	if level == len(binLevels) {
		return p.factor()
	}
	start := p.start()
	e := p.binary(level + 1)
	for {
		op, ok := binLevels[level][p.kind()]
		if !ok {
			return e
		}
		p.advance()
		if level >= 4 && p.atKw("not") {
			p.notAfterOperator(p.inversion)
		}
		r := p.binary(level + 1)
		e = &ast.BinOp{Pos: p.pos(start), Left: e, Op: op, Right: r}
	}
}

func (p *parser) factor() ast.Expr {
	var op ast.UnaryOperator
	switch p.kind() {
	case token.PLUS:
		op = ast.UAdd
	case token.MINUS:
		op = ast.USub
	case token.TILDE:
		op = ast.Invert
	default:
		return p.power()
	}
	p.enter()
	defer p.leave()
	start := p.start()
	p.advance()
	if p.atKw("not") {
		p.notAfterOperator(p.factor)
	}
	v := p.factor()
	return &ast.UnaryOp{Pos: p.pos(start), Op: op, Operand: v}
}

func (p *parser) power() ast.Expr {
	start := p.start()
	e := p.awaitPrimary()
	if p.accept(token.DOUBLESTAR) {
		// CPython's parser goes through two rules per level of a ** chain.
		p.enter()
		p.enter()
		defer p.leave()
		defer p.leave()
		r := p.factor()
		return &ast.BinOp{Pos: p.pos(start), Left: e, Op: ast.Pow, Right: r}
	}
	return e
}

func (p *parser) awaitPrimary() ast.Expr {
	if p.atKw("await") {
		start := p.start()
		p.advance()
		v := p.primary()
		return &ast.Await{Pos: p.pos(start), Value: v}
	}
	return p.primary()
}

// primary: atom followed by attribute references, calls and subscripts.
func (p *parser) primary() ast.Expr {
	start := p.start()
	e := p.atom()
	for {
		switch p.kind() {
		case token.DOT:
			p.advance()
			n := p.name()
			e = &ast.Attribute{Pos: p.pos(start), Value: e, Attr: n.Text, Ctx: ast.Load}
		case token.LPAR:
			e = p.call(start, e)
		case token.LSQB:
			p.advance()
			s := p.slices()
			p.expect(token.RSQB)
			e = &ast.Subscript{Pos: p.pos(start), Value: e, Slice: s, Ctx: ast.Load}
		default:
			return e
		}
	}
}

func (p *parser) call(start token.Position, fn ast.Expr) ast.Expr {
	lpar := p.start()
	p.advance()
	if p.at(token.RPAR) {
		p.advance()
		return &ast.Call{Pos: p.pos(start), Func: fn}
	}
	// A generator expression as the sole argument.
	args, kws := p.argumentsGen(lpar)
	p.expect(token.RPAR)
	if len(args) == 1 && len(kws) == 0 {
		if g, ok := args[0].(*ast.GeneratorExp); ok && g.Lineno == lpar.Line && g.ColOffset == lpar.Col {
			e := p.prevEnd()
			g.EndLineno, g.EndColOffset = e.Line, e.Col
		}
	}
	return &ast.Call{Pos: p.pos(start), Func: fn, Args: args, Keywords: kws}
}

// argumentsGen parses call arguments; a bare generator expression as the first and
// only argument is returned positioned from lpar (its end is fixed by the caller).
func (p *parser) argumentsGen(lpar token.Position) ([]ast.Expr, []*ast.Keyword) {
	var args []ast.Expr
	var kws []*ast.Keyword
	first := true
	for !p.at(token.RPAR) {
		start := p.start()
		switch {
		case p.at(token.STAR):
			if hasKwUnpack(kws) {
				p.starAfterKwUnpack()
			}
			star := p.advance()
			p.checkStarOperand()
			v := p.starOperand()
			p.starAssigned(star)
			args = append(args, &ast.Starred{Pos: p.pos(start), Value: v, Ctx: ast.Load})
		case p.at(token.DOUBLESTAR):
			p.advance()
			v := p.expression()
			if p.at(token.EQUAL) && p.probe(func() {
				p.advance()
				p.expression()
			}) {
				p.errorAt("SyntaxError", start, p.prevEnd(), "cannot assign to keyword argument unpacking")
			}
			kws = append(kws, &ast.Keyword{Pos: p.pos(start), Value: v})
		case p.at(token.NAME) && p.peekAt(1).Kind == token.EQUAL:
			n := p.advance()
			if keywords[n.Text] {
				if n.Text == "True" || n.Text == "False" || n.Text == "None" {
					p.errorAt("SyntaxError", n.Start, p.tok().End, "cannot assign to %s", n.Text)
				}
				p.p--
				p.syntaxError()
			}
			eq := p.advance()
			if p.at(token.COMMA) || p.at(token.RPAR) {
				p.errorAt("SyntaxError", n.Start, eq.End, "expected argument value expression")
			}
			v := p.expression()
			p.forgotComma(v)
			kws = append(kws, &ast.Keyword{Pos: p.pos(start), Arg: n.Text, Value: v})
		default:
			var e ast.Expr
			if p.at(token.NAME) && p.peekAt(1).Kind == token.COLONEQUAL {
				e = p.namedExpression()
			} else {
				// args take `expression !'='`, not named_expression: a stray '=' is
				// reported below as CPython's invalid_kwarg does.
				e = p.expression()
			}
			if p.atKw("for") || p.atKw("async") {
				forTok := p.tok()
				gens := p.comprehensions()
				g := &ast.GeneratorExp{Pos: p.pos(lpar), Elt: e, Generators: gens}
				if !first || !p.at(token.RPAR) {
					p.errorAt("SyntaxError", startOf(e), p.prevEnd(), "Generator expression must be parenthesized")
				}
				if lpar.Line < 0 {
					// class bases are `arguments`, which have no bare generator
					p.errorAt("SyntaxError", forTok.Start, forTok.End, "invalid syntax")
				}
				args = append(args, g)
				return args, kws
			}
			if p.at(token.EQUAL) {
				p.errorAt("SyntaxError", startOf(e), p.tok().End, "expression cannot contain assignment, perhaps you meant \"==\"?")
			}
			if len(kws) > 0 {
				t := p.tok()
				if hasKwUnpack(kws) {
					p.errorAt("SyntaxError", t.Start, t.End, "positional argument follows keyword argument unpacking")
				}
				p.errorAt("SyntaxError", t.Start, t.End, "positional argument follows keyword argument")
			}
			p.forgotComma(e)
			args = append(args, e)
		}
		first = false
		if !p.accept(token.COMMA) {
			break
		}
	}
	return args, kws
}

// hasKwUnpack reports whether kws holds a **mapping argument.
func hasKwUnpack(kws []*ast.Keyword) bool {
	for _, k := range kws {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// starAfterKwUnpack reports `f(**m, *it)`, at the '*' that follows a **mapping
// argument. CPython's rule matches the run of ", *expr" items from the comma
// before this one and reports from that comma to the furthest token it read.
func (p *parser) starAfterKwUnpack() {
	comma := p.toks[p.p-1]
	for {
		star := p.advance()
		p.checkStarOperand()
		p.expression()
		p.starAssigned(star)
		if !p.at(token.COMMA) || p.peekAt(1).Kind != token.STAR {
			if p.at(token.COMMA) {
				p.peekAt(1)
			}
			break
		}
		p.advance()
	}
	far := p.toks[p.furthest]
	p.errorAt("SyntaxError", comma.Start, token.Position{Line: far.End.Line, Col: far.End.Col - 1},
		"iterable argument unpacking follows keyword argument unpacking")
}

// arguments parses class bases and keywords.
func (p *parser) arguments() ([]ast.Expr, []*ast.Keyword) {
	return p.argumentsGen(token.Position{Line: -1})
}

// slices: slice | slice (',' slice)* [','] as a Tuple.
func (p *parser) slices() ast.Expr {
	start := p.start()
	s := p.slice()
	if !p.at(token.COMMA) {
		if st, ok := s.(*ast.Starred); ok {
			return &ast.Tuple{Pos: st.Pos, Elts: []ast.Expr{s}, Ctx: ast.Load}
		}
		return s
	}
	elts := []ast.Expr{s}
	for p.accept(token.COMMA) {
		if p.at(token.RSQB) {
			break
		}
		elts = append(elts, p.slice())
	}
	return &ast.Tuple{Pos: p.pos(start), Elts: elts, Ctx: ast.Load}
}

func (p *parser) slice() ast.Expr {
	start := p.start()
	if p.at(token.STAR) {
		if k := p.peekAt(1).Kind; k == token.COLON || k == token.RSQB || k == token.COMMA {
			p.advance()
			p.checkStarOperand()
			p.p--
		}
		p.advance()
		v := p.starOperand()
		return &ast.Starred{Pos: p.pos(start), Value: v, Ctx: ast.Load}
	}
	var lower, upper, step ast.Expr
	if !p.at(token.COLON) {
		lower = p.namedExpression()
		if !p.at(token.COLON) {
			return lower
		}
		if _, ok := lower.(*ast.NamedExpr); ok {
			p.syntaxError()
		}
	}
	p.advance()
	if !p.at(token.COLON) && !p.at(token.COMMA) && !p.at(token.RSQB) {
		upper = p.expression()
	}
	if p.accept(token.COLON) {
		if !p.at(token.COMMA) && !p.at(token.RSQB) {
			step = p.expression()
		}
	}
	return &ast.Slice{Pos: p.pos(start), Lower: lower, Upper: upper, Step: step}
}

func (p *parser) atom() ast.Expr {
	t := p.tok()
	start := t.Start
	switch t.Kind {
	case token.NAME:
		switch t.Text {
		case "None":
			p.advance()
			return &ast.Constant{Pos: p.pos(start), Value: constant.None}
		case "True":
			p.advance()
			return &ast.Constant{Pos: p.pos(start), Value: constant.Bool(true)}
		case "False":
			p.advance()
			return &ast.Constant{Pos: p.pos(start), Value: constant.Bool(false)}
		}
		if keywords[t.Text] {
			p.syntaxError()
		}
		p.advance()
		return &ast.Name{Pos: p.pos(start), Id: t.Text, Ctx: ast.Load}
	case token.NUMBER:
		p.advance()
		v, err := scannerParseNumber(t.Text)
		if err != nil {
			p.errorAt("SyntaxError", t.Start, t.End, "%s", err.Error())
		}
		return &ast.Constant{Pos: p.pos(start), Value: v}
	case token.STRING, token.FSTRING_START:
		return p.strings()
	case token.ELLIPSIS:
		p.advance()
		return &ast.Constant{Pos: p.pos(start), Value: constant.Ellipsis}
	case token.LPAR:
		return p.paren()
	case token.LSQB:
		return p.listDisplay()
	case token.LBRACE:
		return p.dictOrSet()
	}
	p.syntaxError()
	return nil
}

func (p *parser) paren() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.start()
	p.advance()
	if p.at(token.RPAR) {
		p.advance()
		return &ast.Tuple{Pos: p.pos(start), Ctx: ast.Load}
	}
	if p.atKw("yield") {
		e := p.yieldExpr()
		p.expect(token.RPAR)
		return e
	}
	e := p.starNamedExpression()
	if p.atKw("for") || p.atKw("async") {
		if _, ok := e.(*ast.Starred); ok {
			p.errorNode(e, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensions()
		p.expect(token.RPAR)
		return &ast.GeneratorExp{Pos: p.pos(start), Elt: e, Generators: gens}
	}
	p.forgotComma(e)
	if p.at(token.RPAR) {
		p.advance()
		if _, ok := e.(*ast.Starred); ok {
			p.errorNode(e, "cannot use starred expression here")
		}
		return e
	}
	if !p.at(token.COMMA) {
		p.syntaxError()
	}
	elts := []ast.Expr{e}
	for p.accept(token.COMMA) {
		if p.at(token.RPAR) {
			break
		}
		el := p.starNamedExpression()
		p.forgotComma(el)
		elts = append(elts, el)
	}
	p.expect(token.RPAR)
	return &ast.Tuple{Pos: p.pos(start), Elts: elts, Ctx: ast.Load}
}

func (p *parser) listDisplay() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.start()
	p.advance()
	if p.accept(token.RSQB) {
		return &ast.List{Pos: p.pos(start), Ctx: ast.Load}
	}
	e := p.starNamedExpression()
	if p.atKw("for") || p.atKw("async") {
		if _, ok := e.(*ast.Starred); ok {
			p.errorNode(e, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensions()
		p.expect(token.RSQB)
		return &ast.ListComp{Pos: p.pos(start), Elt: e, Generators: gens}
	}
	p.forgotComma(e)
	elts := []ast.Expr{e}
	for p.accept(token.COMMA) {
		if p.at(token.RSQB) {
			break
		}
		p.unparenthesizedTarget(elts)
		el := p.starNamedExpression()
		p.forgotComma(el)
		elts = append(elts, el)
	}
	p.unparenthesizedTarget(elts)
	p.expect(token.RSQB)
	return &ast.List{Pos: p.pos(start), Elts: elts, Ctx: ast.Load}
}

func (p *parser) dictOrSet() ast.Expr {
	p.enter()
	defer p.leave()
	start := p.start()
	p.advance()
	if p.accept(token.RBRACE) {
		return &ast.Dict{Pos: p.pos(start)}
	}
	if p.at(token.DOUBLESTAR) {
		return p.dictRest(start, nil, nil)
	}
	e := p.starNamedExpression()
	if p.at(token.COLON) {
		if _, ok := e.(*ast.Starred); ok {
			p.syntaxError()
		}
		p.advance()
		p.badDictValue()
		v := p.expression()
		if p.atKw("for") || p.atKw("async") {
			gens := p.comprehensions()
			p.expect(token.RBRACE)
			return &ast.DictComp{Pos: p.pos(start), Key: e, Value: v, Generators: gens}
		}
		return p.dictRest(start, e, v)
	}
	if p.atKw("for") || p.atKw("async") {
		if _, ok := e.(*ast.Starred); ok {
			p.errorNode(e, "iterable unpacking cannot be used in comprehension")
		}
		gens := p.comprehensions()
		p.expect(token.RBRACE)
		return &ast.SetComp{Pos: p.pos(start), Elt: e, Generators: gens}
	}
	p.forgotComma(e)
	elts := []ast.Expr{e}
	for p.accept(token.COMMA) {
		if p.at(token.RBRACE) {
			break
		}
		p.unparenthesizedTarget(elts)
		el := p.starNamedExpression()
		p.forgotComma(el)
		elts = append(elts, el)
	}
	p.unparenthesizedTarget(elts)
	p.expect(token.RBRACE)
	return &ast.Set{Pos: p.pos(start), Elts: elts}
}

// dictRest parses the remaining items of a dict display whose first key/value (if
// any) are given.
func (p *parser) dictRest(start token.Position, k, v ast.Expr) ast.Expr {
	var keys, vals []ast.Expr
	if v != nil {
		p.forgotComma(v)
		keys, vals = append(keys, k), append(vals, v)
		if !p.accept(token.COMMA) {
			p.expect(token.RBRACE)
			return &ast.Dict{Pos: p.pos(start), Keys: keys, Values: vals}
		}
	}
	for !p.at(token.RBRACE) {
		if p.accept(token.DOUBLESTAR) {
			keys = append(keys, nil)
			vals = append(vals, p.bitwiseOr())
		} else {
			k := p.expression()
			if !p.at(token.COLON) {
				p.forgotComma(k)
				e := endOf(k)
				p.errorAt("SyntaxError", token.Position{Line: k.GetPos().Lineno, Col: e.Col - 1}, token.Position{Line: e.Line, Col: -1}, "':' expected after dictionary key")
			}
			p.advance()
			p.badDictValue()
			keys = append(keys, k)
			v := p.expression()
			p.forgotComma(v)
			vals = append(vals, v)
		}
		if !p.accept(token.COMMA) {
			break
		}
	}
	p.expect(token.RBRACE)
	return &ast.Dict{Pos: p.pos(start), Keys: keys, Values: vals}
}

// comprehensions parses one or more `[async] for ... in ... [if ...]` clauses.
func (p *parser) comprehensions() []*ast.Comprehension {
	var out []*ast.Comprehension
	for p.atKw("for") || (p.atKw("async") && p.peekAt(1).Text == "for") {
		async := 0
		if p.acceptKw("async") {
			async = 1
		}
		forAt := p.p
		p.expectKw("for")
		var target ast.Expr
		p.onFail(func() {
			target = p.starTargets()
			p.expectKw("in")
		}, func() {
			p.p = forAt + 1
			p.forWithoutIn()
		})
		iter := p.disjunction()
		var ifs []ast.Expr
		for p.acceptKw("if") {
			ifs = append(ifs, p.disjunction())
		}
		out = append(out, &ast.Comprehension{Target: target, Iter: iter, Ifs: ifs, IsAsync: async})
	}
	return out
}

// starTargets parses assignment targets as in `for` statements and comprehensions.
func (p *parser) starTargets() ast.Expr {
	start := p.start()
	e := p.starTarget()
	if !p.at(token.COMMA) {
		return e
	}
	elts := []ast.Expr{e}
	for p.accept(token.COMMA) {
		if p.atKw("in") || p.at(token.EQUAL) {
			break
		}
		elts = append(elts, p.starTarget())
	}
	return &ast.Tuple{Pos: p.pos(start), Elts: elts, Ctx: ast.Store}
}

func (p *parser) starTarget() ast.Expr {
	var e ast.Expr
	if p.at(token.STAR) {
		start := p.start()
		p.advance()
		v := p.bitwiseOr()
		e = &ast.Starred{Pos: p.pos(start), Value: v, Ctx: ast.Load}
	} else {
		e = p.bitwiseOr()
	}
	p.setTarget(e, ast.Store)
	return e
}

func (p *parser) yieldExpr() ast.Expr {
	start := p.start()
	p.advance()
	if p.acceptKw("from") {
		v := p.expression()
		return &ast.YieldFrom{Pos: p.pos(start), Value: v}
	}
	var v ast.Expr
	if p.canStartExpr() && !p.at(token.DOUBLESTAR) {
		v = p.starExpressions()
	}
	return &ast.Yield{Pos: p.pos(start), Value: v}
}
