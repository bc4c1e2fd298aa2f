package parser

import (
	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/token"
)

func (p *parser) fileInput() ast.ModNode {
	var body []ast.Stmt
	for !p.at(token.ENDMARKER) {
		body = p.statement(body)
	}
	return &ast.Module{Body: body, TypeIgnores: p.typeIgnores}
}

func (p *parser) evalInput() ast.ModNode {
	for p.at(token.NEWLINE) {
		p.advance()
	}
	e := p.starExpressions()
	for p.at(token.NEWLINE) {
		p.advance()
	}
	if !p.at(token.ENDMARKER) {
		p.syntaxError()
	}
	return &ast.Expression{Body: e}
}

func (p *parser) singleInput() ast.ModNode {
	if p.at(token.NEWLINE) {
		p.advance()
		return &ast.Interactive{}
	}
	body := p.statement(nil)
	for p.at(token.NEWLINE) {
		p.advance()
	}
	if !p.at(token.ENDMARKER) {
		p.errorAt("SyntaxError", p.start(), token.Position{}, "multiple statements found while compiling a single statement")
	}
	return &ast.Interactive{Body: body}
}

func (p *parser) funcTypeInput() ast.ModNode {
	p.expect(token.LPAR)
	var args []ast.Expr
	for !p.at(token.RPAR) {
		// *args and **kwargs types are plain expressions in FunctionType.argtypes.
		if !p.accept(token.STAR) {
			p.accept(token.DOUBLESTAR)
		}
		args = append(args, p.expression())
		if !p.accept(token.COMMA) {
			break
		}
	}
	p.expect(token.RPAR)
	p.expect(token.RARROW)
	ret := p.expression()
	for p.at(token.NEWLINE) {
		p.advance()
	}
	if !p.at(token.ENDMARKER) {
		p.syntaxError()
	}
	return &ast.FunctionType{Argtypes: args, Returns: ret}
}

// statement parses one statement (compound, or a line of simple statements) and
// appends it to body.
func (p *parser) statement(body []ast.Stmt) []ast.Stmt {
	t := p.tok()
	switch t.Kind {
	case token.NAME:
		switch t.Text {
		case "def", "if", "class", "with", "for", "try", "while":
			return append(body, p.compound())
		case "async":
			n := p.peekAt(1)
			if n.Kind == token.NAME && (n.Text == "def" || n.Text == "with" || n.Text == "for") {
				return append(body, p.compound())
			}
		case "match":
			s, noColon := p.tryMatch()
			if s != nil {
				return append(body, s)
			}
			if noColon >= 0 {
				// `match x` and a newline: CPython's invalid_match_stmt says
				// "expected ':'" if the line is no statement either.
				var out []ast.Stmt
				p.onFail(func() { out = p.simpleStmts(body) }, func() {
					t := p.toks[noColon]
					p.errorAt("SyntaxError", t.Start, t.End, "expected ':'")
				})
				return out
			}
		}
	case token.AT:
		return append(body, p.compound())
	case token.INDENT:
		p.unexpectedIndent()
	case token.NEWLINE:
		// A line with only a type comment, or an empty statement.
		p.syntaxError()
	}
	return p.simpleStmts(body)
}

func (p *parser) simpleStmts(body []ast.Stmt) []ast.Stmt {
	for {
		body = append(body, p.simpleStmt())
		if !p.accept(token.SEMI) {
			break
		}
		if p.at(token.NEWLINE) {
			break
		}
	}
	if !p.at(token.NEWLINE) {
		p.syntaxError()
	}
	p.advance()
	return body
}

func (p *parser) compound() ast.Stmt {
	p.enter()
	defer p.leave()
	t := p.tok()
	if t.Kind == token.AT {
		return p.decorated()
	}
	switch t.Text {
	case "def":
		return p.funcDef(nil, token.Position{}, false)
	case "class":
		return p.classDef(nil)
	case "if":
		return p.ifStmt()
	case "while":
		return p.whileStmt()
	case "for":
		return p.forStmt(p.start(), false)
	case "with":
		return p.withStmt(p.start(), false)
	case "try":
		return p.tryStmt()
	case "async":
		start := p.start()
		p.advance()
		switch p.tok().Text {
		case "def":
			return p.funcDef(nil, start, true)
		case "for":
			return p.forStmt(start, true)
		case "with":
			return p.withStmt(start, true)
		}
	}
	p.syntaxError()
	return nil
}

func (p *parser) decorated() ast.Stmt {
	var decos []ast.Expr
	for p.accept(token.AT) {
		decos = append(decos, p.namedExpression())
		p.expect(token.NEWLINE)
	}
	switch {
	case p.atKw("def"):
		return p.funcDef(decos, token.Position{}, false)
	case p.atKw("class"):
		return p.classDef(decos)
	case p.atKw("async") && p.peekAt(1).Kind == token.NAME && p.peekAt(1).Text == "def":
		start := p.start()
		p.advance()
		return p.funcDef(decos, start, true)
	}
	p.syntaxError()
	return nil
}

// block parses the body after a ':'.
func (p *parser) block(what string, kwStart token.Position) []ast.Stmt {
	if p.at(token.NEWLINE) {
		p.advance()
		if !p.at(token.INDENT) {
			p.expectedIndent(what, kwStart)
		}
		p.advance()
		var body []ast.Stmt
		for !p.at(token.DEDENT) && !p.at(token.ENDMARKER) {
			body = p.statement(body)
		}
		p.accept(token.DEDENT)
		return body
	}
	return p.simpleStmts(nil)
}

func lastEnd(body []ast.Stmt) token.Position {
	q := body[len(body)-1].GetPos()
	return token.Position{Line: q.EndLineno, Col: q.EndColOffset}
}

func posTo(start, end token.Position) ast.Pos {
	return ast.Pos{Lineno: start.Line, ColOffset: start.Col, EndLineno: end.Line, EndColOffset: end.Col}
}

// typeComment consumes an optional TYPE_COMMENT token.
func (p *parser) typeComment() string {
	if p.at(token.TYPE_COMMENT) {
		return p.advance().Text
	}
	return ""
}

func (p *parser) funcDef(decos []ast.Expr, asyncStart token.Position, async bool) ast.Stmt {
	start := p.start()
	if async {
		start = asyncStart
	}
	defStart := p.start()
	p.expectKw("def")
	name := p.name().Text
	var tparams []ast.TypeParam
	if p.at(token.LSQB) {
		tparams = p.typeParams()
	}
	p.expectForced(token.LPAR, "(")
	args := p.parameters(token.RPAR, true)
	p.expect(token.RPAR)
	var returns ast.Expr
	if p.accept(token.RARROW) {
		returns = p.expression()
	}
	p.expectForced(token.COLON, ":")
	tc := ""
	if p.at(token.TYPE_COMMENT) {
		tc = p.advance().Text
	} else if p.at(token.NEWLINE) && p.peekAt(1).Kind == token.TYPE_COMMENT && p.peekAt(2).Kind == token.NEWLINE && p.peekAt(3).Kind == token.INDENT {
		p.advance()
		tc = p.advance().Text
	}
	what := "function definition"
	body := p.block(what, defStart)
	ps := p.posNW(start)
	if async {
		return &ast.AsyncFunctionDef{Pos: ps, Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeComment: tc, TypeParams: tparams}
	}
	return &ast.FunctionDef{Pos: ps, Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeComment: tc, TypeParams: tparams}
}

func (p *parser) classDef(decos []ast.Expr) ast.Stmt {
	start := p.start()
	p.expectKw("class")
	name := p.name().Text
	var tparams []ast.TypeParam
	if p.at(token.LSQB) {
		tparams = p.typeParams()
	}
	var bases []ast.Expr
	var kws []*ast.Keyword
	if p.accept(token.LPAR) {
		if !p.at(token.RPAR) {
			bases, kws = p.arguments()
		}
		p.expect(token.RPAR)
	}
	p.expect(token.COLON)
	body := p.block("class definition", start)
	return &ast.ClassDef{Pos: p.posNW(start), Name: name, Bases: bases, Keywords: kws, Body: body, DecoratorList: decos, TypeParams: tparams}
}

func (p *parser) ifStmt() ast.Stmt {
	start := p.start()
	kw := p.advance().Text // "if" or "elif"
	test := p.namedExpression()
	p.expect(token.COLON)
	what := "'if' statement"
	if kw == "elif" {
		what = "'elif' statement"
	}
	body := p.block(what, start)
	var orelse []ast.Stmt
	if p.atKw("elif") {
		orelse = []ast.Stmt{p.ifStmt()}
	} else if p.atKw("else") {
		orelse = p.elseBlock()
	}
	return &ast.If{Pos: p.posNW(start), Test: test, Body: body, Orelse: orelse}
}

func (p *parser) elseBlock() []ast.Stmt {
	start := p.start()
	p.expectKw("else")
	p.expectForced(token.COLON, ":")
	return p.block("'else' statement", start)
}

func (p *parser) whileStmt() ast.Stmt {
	start := p.start()
	p.expectKw("while")
	test := p.namedExpression()
	p.expect(token.COLON)
	body := p.block("'while' statement", start)
	var orelse []ast.Stmt
	if p.atKw("else") {
		orelse = p.elseBlock()
	}
	return &ast.While{Pos: p.posNW(start), Test: test, Body: body, Orelse: orelse}
}

func (p *parser) forStmt(start token.Position, async bool) ast.Stmt {
	forStart := p.start()
	p.expectKw("for")
	target := p.starTargets()
	p.expectKw("in")
	iter := p.starExpressions()
	p.expect(token.COLON)
	tc := p.typeComment()
	body := p.block("'for' statement", forStart)
	var orelse []ast.Stmt
	if p.atKw("else") {
		orelse = p.elseBlock()
	}
	if !async {
		return &ast.For{Pos: p.posNW(forStart), Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
	}
	return &ast.AsyncFor{Pos: p.posNW(start), Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: tc}
}

func (p *parser) withStmt(start token.Position, async bool) ast.Stmt {
	withStart := p.start()
	if !async {
		start = withStart
	}
	p.expectKw("with")
	var items []*ast.WithItem
	parenthesised, noColon := false, false
	if p.at(token.LPAR) {
		parenthesised = p.try(func() {
			p.advance()
			for {
				items = append(items, p.withItem())
				if !p.accept(token.COMMA) || p.at(token.RPAR) {
					break
				}
			}
			p.expect(token.RPAR)
			if !p.at(token.COLON) {
				noColon = p.at(token.NEWLINE)
				p.syntaxError()
			}
		})
		if noColon {
			p.errorLast("expected ':'")
		}
		if !parenthesised {
			items = nil
		}
	}
	if !parenthesised {
		for {
			items = append(items, p.withItem())
			if !p.accept(token.COMMA) {
				break
			}
		}
	}
	p.expect(token.COLON)
	tc := p.typeComment()
	body := p.block("'with' statement", withStart)
	ps := p.posNW(start)
	if async {
		return &ast.AsyncWith{Pos: ps, Items: items, Body: body, TypeComment: tc}
	}
	return &ast.With{Pos: ps, Items: items, Body: body, TypeComment: tc}
}

func (p *parser) withItem() *ast.WithItem {
	e := p.expression()
	if p.acceptKw("as") {
		t := p.starTarget()
		return &ast.WithItem{ContextExpr: e, OptionalVars: t}
	}
	return &ast.WithItem{ContextExpr: e}
}

func (p *parser) tryStmt() ast.Stmt {
	start := p.start()
	p.expectKw("try")
	p.expectForced(token.COLON, ":")
	body := p.block("'try' statement", start)
	var handlers []*ast.ExceptHandler
	star := false
	for p.atKw("except") {
		hs := p.start()
		p.advance()
		isStar := false
		if p.at(token.STAR) {
			p.advance()
			isStar = true
		}
		if len(handlers) > 0 && isStar != star {
			// from 'except' to its '*', or the 'except' alone (CPython's invalid_try_stmt)
			p.errorAt("SyntaxError", hs, p.toks[p.p-1].End, "cannot have both 'except' and 'except*' on the same 'try'")
		}
		star = isStar
		if isStar && (p.at(token.NEWLINE) || p.at(token.COLON)) {
			p.errorLast("expected one or more exception types")
		}
		if p.at(token.NEWLINE) {
			p.expectedColon()
		}
		var typ ast.Expr
		name := ""
		if !p.at(token.COLON) || isStar {
			typ = p.expression()
			if p.at(token.COMMA) {
				ts := startOf(typ)
				p.advance()
				p.expressions()
				p.errorAt("SyntaxError", ts, p.prevEnd(), "multiple exception types must be parenthesized")
			}
			if p.acceptKw("as") {
				name = p.name().Text
			}
		}
		p.expect(token.COLON)
		what := "'except' statement"
		if isStar {
			what = "'except*' statement"
		}
		hbody := p.block(what, hs)
		handlers = append(handlers, &ast.ExceptHandler{Pos: p.posNW(hs), Type: typ, Name: name, Body: hbody})
	}
	var orelse, final []ast.Stmt
	if len(handlers) > 0 && p.atKw("else") {
		orelse = p.elseBlock()
	}
	if p.atKw("finally") {
		fs := p.start()
		p.advance()
		p.expectForced(token.COLON, ":")
		final = p.block("'finally' statement", fs)
	}
	if len(handlers) == 0 && final == nil {
		i := p.p - 1
		for i > 0 && p.toks[i].Kind != token.NEWLINE {
			i--
		}
		e := p.sc.Errorf("SyntaxError", p.toks[i].Start.Line, p.toks[i].Start.Col, p.toks[i].Start.Line, 0, "expected 'except' or 'finally' block")
		e.EndOffset = -1
		p.fail(e)
	}
	end := p.posNW(start)
	if star {
		return &ast.TryStar{Pos: end, Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
	}
	return &ast.Try{Pos: end, Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final}
}

// simpleStmt parses one simple statement.
func (p *parser) simpleStmt() ast.Stmt {
	t := p.tok()
	start := t.Start
	if t.Kind == token.NAME {
		switch t.Text {
		case "pass":
			p.advance()
			return &ast.Pass{Pos: p.pos(start)}
		case "break":
			p.advance()
			return &ast.Break{Pos: p.pos(start)}
		case "continue":
			p.advance()
			return &ast.Continue{Pos: p.pos(start)}
		case "return":
			p.advance()
			var v ast.Expr
			if !p.atStmtEnd() {
				v = p.starExpressions()
			}
			return &ast.Return{Pos: p.pos(start), Value: v}
		case "raise":
			p.advance()
			var exc, cause ast.Expr
			if !p.atStmtEnd() {
				exc = p.expression()
				if p.acceptKw("from") {
					cause = p.expression()
				}
			}
			return &ast.Raise{Pos: p.pos(start), Exc: exc, Cause: cause}
		case "global", "nonlocal":
			p.advance()
			var names []string
			for {
				names = append(names, p.name().Text)
				if !p.accept(token.COMMA) {
					break
				}
			}
			if t.Text == "global" {
				return &ast.Global{Pos: p.pos(start), Names: names}
			}
			return &ast.Nonlocal{Pos: p.pos(start), Names: names}
		case "del":
			p.advance()
			targets := p.delTargets()
			if !p.atStmtEnd() {
				p.syntaxError()
			}
			return &ast.Delete{Pos: p.pos(start), Targets: targets}
		case "assert":
			p.advance()
			test := p.expression()
			var msg ast.Expr
			if p.accept(token.COMMA) {
				msg = p.expression()
			}
			return &ast.Assert{Pos: p.pos(start), Test: test, Msg: msg}
		case "import":
			return p.importName()
		case "from":
			return p.importFrom()
		case "type":
			n := p.peekAt(1)
			if n.Kind == token.NAME && !keywords[n.Text] {
				if k := p.peekAt(2).Kind; k == token.EQUAL || k == token.LSQB {
					return p.typeAlias()
				}
			}
		}
	}
	return p.exprOrAssign()
}

func (p *parser) atStmtEnd() bool {
	k := p.kind()
	return k == token.NEWLINE || k == token.SEMI || k == token.ENDMARKER
}

func (p *parser) typeAlias() ast.Stmt {
	start := p.start()
	p.advance()
	nt := p.name()
	name := &ast.Name{Pos: posTo(nt.Start, nt.End), Id: nt.Text, Ctx: ast.Store}
	var tparams []ast.TypeParam
	if p.at(token.LSQB) {
		tparams = p.typeParams()
	}
	p.expect(token.EQUAL)
	v := p.expression()
	return &ast.TypeAlias{Pos: p.pos(start), Name: name, TypeParams: tparams, Value: v}
}

func (p *parser) dottedName() string {
	s := p.name().Text
	for p.at(token.DOT) {
		p.advance()
		s += "." + p.name().Text
	}
	return s
}

func (p *parser) expectNames() {
	if p.atStmtEnd() {
		t := p.tok()
		p.errorAt("SyntaxError", t.Start, t.Start, "Expected one or more names after 'import'")
	}
}

func (p *parser) importName() ast.Stmt {
	start := p.start()
	p.advance()
	p.expectNames()
	var names []*ast.Alias
	for {
		as := p.start()
		n := p.dottedName()
		asname := ""
		if p.acceptKw("as") {
			asname = p.name().Text
		}
		names = append(names, &ast.Alias{Pos: p.pos(as), Name: n, Asname: asname})
		if !p.accept(token.COMMA) {
			break
		}
	}
	if p.atKw("from") {
		p.importFromSwapped(start, names)
	}
	return &ast.Import{Pos: p.pos(start), Names: names}
}

func (p *parser) importFrom() ast.Stmt {
	start := p.start()
	p.advance()
	level := 0
	for {
		if p.at(token.DOT) {
			level++
		} else if p.at(token.ELLIPSIS) {
			level += 3
		} else {
			break
		}
		p.advance()
	}
	module := ""
	if !p.atKw("import") {
		module = p.dottedName()
	}
	p.expectKw("import")
	p.expectNames()
	var names []*ast.Alias
	if p.at(token.STAR) {
		t := p.advance()
		names = append(names, &ast.Alias{Pos: posTo(t.Start, t.End), Name: "*"})
	} else {
		paren := p.accept(token.LPAR)
		for {
			as := p.start()
			n := p.name().Text
			asname := ""
			if p.acceptKw("as") {
				asname = p.name().Text
			}
			names = append(names, &ast.Alias{Pos: p.pos(as), Name: n, Asname: asname})
			if !p.accept(token.COMMA) {
				break
			}
			if paren && p.at(token.RPAR) {
				break
			}
			if !paren && p.atStmtEnd() {
				p.errorAt("SyntaxError", p.toks[p.p-1].Start, token.Position{}, "trailing comma not allowed without surrounding parentheses")
			}
		}
		if paren {
			p.expect(token.RPAR)
		}
	}
	return &ast.ImportFrom{Pos: p.pos(start), Module: module, Names: names, Level: level}
}

var augOps = map[token.Kind]ast.Operator{
	token.PLUSEQUAL: ast.Add, token.MINEQUAL: ast.Sub, token.STAREQUAL: ast.Mult, token.ATEQUAL: ast.MatMult,
	token.SLASHEQUAL: ast.Div, token.PERCENTEQUAL: ast.Mod, token.AMPEREQUAL: ast.BitAnd, token.VBAREQUAL: ast.BitOr,
	token.CIRCUMFLEXEQUAL: ast.BitXor, token.LEFTSHIFTEQUAL: ast.LShift, token.RIGHTSHIFTEQUAL: ast.RShift,
	token.DOUBLESTAREQUAL: ast.Pow, token.DOUBLESLASHEQUAL: ast.FloorDiv,
}

// exprOrAssign parses an expression statement or any kind of assignment.
func (p *parser) exprOrAssign() ast.Stmt {
	start := p.start()
	parenStart := p.at(token.LPAR)
	var first ast.Expr
	if p.atKw("yield") {
		first = p.yieldExpr()
	} else {
		first = p.starExpressions()
	}
	switch k := p.kind(); {
	case k == token.COLON:
		p.advance()
		simple := 0
		switch first.(type) {
		case *ast.Name:
			if !parenStart {
				simple = 1
			}
		case *ast.Attribute, *ast.Subscript:
		case *ast.Tuple:
			p.errorNode(first, "only single target (not tuple) can be annotated")
		case *ast.List:
			p.errorNode(first, "only single target (not list) can be annotated")
		default:
			p.errorNode(first, "illegal target for annotation")
		}
		p.setStore(first)
		ann := p.expression()
		var v ast.Expr
		if p.accept(token.EQUAL) {
			v = p.annotatedRHS()
		}
		return &ast.AnnAssign{Pos: p.pos(start), Target: first, Annotation: ann, Value: v, Simple: simple}
	case k == token.EQUAL:
		p.checkAssignHere(first)
		targets := []ast.Expr{first}
		var value ast.Expr
		for p.accept(token.EQUAL) {
			if p.atKw("yield") {
				value = p.yieldExpr()
			} else {
				value = p.starExpressions()
			}
			if p.at(token.EQUAL) {
				targets = append(targets, value)
			}
		}
		for _, t := range targets {
			p.setTarget(t, ast.Store)
		}
		tc := p.typeComment()
		return &ast.Assign{Pos: p.pos(start), Targets: targets, Value: value, TypeComment: tc}
	default:
		if op, ok := augOps[k]; ok {
			switch first.(type) {
			case *ast.Name, *ast.Attribute, *ast.Subscript:
			default:
				p.errorNode(first, "'%s' is an illegal expression for augmented assignment", describe(first))
			}
			p.setStore(first)
			p.advance()
			var v ast.Expr
			if p.atKw("yield") {
				v = p.yieldExpr()
			} else {
				v = p.starExpressions()
			}
			return &ast.AugAssign{Pos: p.pos(start), Target: first, Op: op, Value: v}
		}
	}
	if n, ok := first.(*ast.Name); ok && (n.Id == "print" || n.Id == "exec") && p.canStartExpr() && !p.at(token.LPAR) && !p.at(token.LSQB) && !p.at(token.MINUS) && !p.at(token.PLUS) && !p.at(token.STAR) && !p.at(token.TILDE) {
		e := p.expression()
		p.errorAt("SyntaxError", start, endOf(e), "Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id)
	}
	return &ast.ExprStmt{Pos: p.pos(start), Value: first}
}

func (p *parser) annotatedRHS() ast.Expr {
	if p.atKw("yield") {
		return p.yieldExpr()
	}
	return p.starExpressions()
}

func (p *parser) setStore(e ast.Expr) {
	switch x := e.(type) {
	case *ast.Name:
		x.Ctx = ast.Store
	case *ast.Attribute:
		x.Ctx = ast.Store
	case *ast.Subscript:
		x.Ctx = ast.Store
	}
}

// setTarget turns an expression parsed as a load into an assignment or deletion
// target, failing with CPython's message when it cannot be one.
func (p *parser) setTarget(e ast.Expr, ctx ast.ExprContext) {
	switch x := e.(type) {
	case *ast.Name:
		x.Ctx = ctx
	case *ast.Attribute:
		x.Ctx = ctx
	case *ast.Subscript:
		x.Ctx = ctx
	case *ast.Starred:
		if ctx == ast.Del {
			p.errorNode(e, "cannot delete starred")
		}
		x.Ctx = ctx
		p.setTarget(x.Value, ctx)
	case *ast.Tuple:
		x.Ctx = ctx
		for _, el := range x.Elts {
			p.setTarget(el, ctx)
		}
	case *ast.List:
		x.Ctx = ctx
		for _, el := range x.Elts {
			p.setTarget(el, ctx)
		}
	default:
		verb := "assign to"
		if ctx == ast.Del {
			verb = "delete"
		}
		d := describe(e)
		if _, ok := e.(*ast.Compare); ok && ctx == ast.Store {
			p.errorNode(e, "cannot %s %s", verb, d)
		}
		switch e.(type) {
		case *ast.Yield, *ast.YieldFrom:
			if ctx == ast.Store {
				p.errorNode(e, "assignment to yield expression not possible")
			}
		}
		p.errorNode(e, "cannot %s %s", verb, d)
	}
}

// describe names an expression kind as CPython's _PyPegen_get_expr_name does.
func describe(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Attribute:
		return "attribute"
	case *ast.Subscript:
		return "subscript"
	case *ast.Starred:
		return "starred"
	case *ast.Name:
		return "name"
	case *ast.List:
		return "list"
	case *ast.Tuple:
		return "tuple"
	case *ast.Lambda:
		return "lambda"
	case *ast.Call:
		return "function call"
	case *ast.BoolOp, *ast.BinOp, *ast.UnaryOp:
		return "expression"
	case *ast.GeneratorExp:
		return "generator expression"
	case *ast.Yield, *ast.YieldFrom:
		return "yield expression"
	case *ast.Await:
		return "await expression"
	case *ast.ListComp:
		return "list comprehension"
	case *ast.SetComp:
		return "set comprehension"
	case *ast.DictComp:
		return "dict comprehension"
	case *ast.Dict:
		return "dict literal"
	case *ast.Set:
		return "set display"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "f-string expression"
	case *ast.Constant:
		return constDescr(x)
	case *ast.Compare:
		return "comparison"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.NamedExpr:
		return "named expression"
	}
	return "expression"
}

func (p *parser) delTargets() []ast.Expr {
	var out []ast.Expr
	for {
		var e ast.Expr
		if p.at(token.STAR) {
			start := p.start()
			p.advance()
			v := p.bitwiseOr()
			e = &ast.Starred{Pos: p.pos(start), Value: v, Ctx: ast.Load}
		} else {
			e = p.bitwiseOr()
		}
		p.setTarget(e, ast.Del)
		out = append(out, e)
		if !p.accept(token.COMMA) || p.atStmtEnd() {
			break
		}
	}
	return out
}
