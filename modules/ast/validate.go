package ast

import (
	"fmt"
	"reflect"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/py"
	syn "github.com/kaa-python/kaa/syntax/ast"
)

// validate checks a tree built from _ast objects before it is compiled, with the
// rules and messages of CPython's AST validator (Python/ast.c): expression
// contexts, the lists that may not be empty, positions, names that cannot be
// identifiers, and the shapes patterns may take.
func validate(mod syn.ModNode) (exc *py.Exception) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(invalid)
			if !ok {
				panic(r)
			}
			exc = py.Errorf(e.typ, "%s", e.msg)
		}
	}()
	var v validator
	switch m := mod.(type) {
	case *syn.Module:
		v.stmts(m.Body)
	case *syn.Interactive:
		v.stmts(m.Body)
	case *syn.Expression:
		v.expr(m.Body, syn.Load)
	case *syn.FunctionType:
		v.exprs(m.Argtypes, syn.Load, false)
		v.expr(m.Returns, syn.Load)
	}
	return nil
}

// invalid is the panic that carries a validation error to validate.
type invalid struct {
	typ *py.Type
	msg string
}

type validator struct{}

func fail(typ *py.Type, format string, a ...any) {
	panic(invalid{typ, fmt.Sprintf(format, a...)})
}

func (validator) positions(p *syn.Pos) {
	switch {
	case p.Lineno > p.EndLineno:
		fail(py.ValueError(), "AST node line range (%d, %d) is not valid", p.Lineno, p.EndLineno)
	case p.Lineno < 0 && p.EndLineno != p.Lineno || p.ColOffset < 0 && p.ColOffset != p.EndColOffset:
		fail(py.ValueError(), "AST node column range (%d, %d) for line range (%d, %d) is not valid",
			p.ColOffset, p.EndColOffset, p.Lineno, p.EndLineno)
	case p.Lineno == p.EndLineno && p.ColOffset > p.EndColOffset:
		fail(py.ValueError(), "line %d, column %d-%d is not a valid range", p.Lineno, p.ColOffset, p.EndColOffset)
	}
}

func nonEmpty(n int, what, owner string) {
	if n == 0 {
		fail(py.ValueError(), "empty %s on %s", what, owner)
	}
}

func (v validator) body(b []syn.Stmt, owner string) {
	nonEmpty(len(b), "body", owner)
	v.stmts(b)
}

func (v validator) stmts(b []syn.Stmt) {
	for _, s := range b {
		if s == nil {
			fail(py.ValueError(), "None disallowed in statement list")
		}
		v.stmt(s)
	}
}

func (v validator) optExpr(e syn.Expr) {
	if e != nil {
		v.expr(e, syn.Load)
	}
}

func (v validator) exprs(es []syn.Expr, ctx syn.ExprContext, nullOK bool) {
	for _, e := range es {
		if e == nil {
			if !nullOK {
				fail(py.ValueError(), "None disallowed in expression list")
			}
			continue
		}
		v.expr(e, ctx)
	}
}

// required checks a field the conversion may have left empty (None given).
func required(e syn.Expr, field, owner string) {
	if e == nil {
		fail(py.ValueError(), "field '%s' is required for %s", field, owner)
	}
}

func (v validator) stmt(s syn.Stmt) {
	v.positions(s.GetPos())
	switch x := s.(type) {
	case *syn.FunctionDef:
		v.function("FunctionDef", x.Body, x.TypeParams, x.Args, x.DecoratorList, x.Returns)
	case *syn.AsyncFunctionDef:
		v.function("AsyncFunctionDef", x.Body, x.TypeParams, x.Args, x.DecoratorList, x.Returns)
	case *syn.ClassDef:
		v.body(x.Body, "ClassDef")
		v.typeParams(x.TypeParams)
		v.exprs(x.Bases, syn.Load, false)
		v.keywords(x.Keywords)
		v.exprs(x.DecoratorList, syn.Load, false)
	case *syn.Return:
		v.optExpr(x.Value)
	case *syn.Delete:
		nonEmpty(len(x.Targets), "targets", "Delete")
		v.exprs(x.Targets, syn.Del, false)
	case *syn.Assign:
		nonEmpty(len(x.Targets), "targets", "Assign")
		required(x.Value, "value", "Assign")
		v.expr(x.Value, syn.Load)
		v.exprs(x.Targets, syn.Store, false)
	case *syn.AugAssign:
		required(x.Target, "target", "AugAssign")
		required(x.Value, "value", "AugAssign")
		v.expr(x.Target, syn.Store)
		v.expr(x.Value, syn.Load)
	case *syn.AnnAssign:
		required(x.Target, "target", "AnnAssign")
		required(x.Annotation, "annotation", "AnnAssign")
		if _, ok := x.Target.(*syn.Name); x.Simple != 0 && !ok {
			fail(py.TypeError(), "AnnAssign with simple non-Name target")
		}
		v.expr(x.Target, syn.Store)
		v.optExpr(x.Value)
		v.expr(x.Annotation, syn.Load)
	case *syn.TypeAlias:
		required(x.Name, "name", "TypeAlias")
		required(x.Value, "value", "TypeAlias")
		if _, ok := x.Name.(*syn.Name); !ok {
			fail(py.TypeError(), "TypeAlias with non-Name name")
		}
		v.expr(x.Name, syn.Store)
		v.typeParams(x.TypeParams)
		v.expr(x.Value, syn.Load)
	case *syn.For:
		v.loop("For", x.Target, x.Iter, x.Body, x.Orelse)
	case *syn.AsyncFor:
		v.loop("AsyncFor", x.Target, x.Iter, x.Body, x.Orelse)
	case *syn.While:
		required(x.Test, "test", "While")
		v.expr(x.Test, syn.Load)
		v.body(x.Body, "While")
		v.stmts(x.Orelse)
	case *syn.If:
		required(x.Test, "test", "If")
		v.expr(x.Test, syn.Load)
		v.body(x.Body, "If")
		v.stmts(x.Orelse)
	case *syn.With:
		v.with("With", x.Items, x.Body)
	case *syn.AsyncWith:
		v.with("AsyncWith", x.Items, x.Body)
	case *syn.Match:
		required(x.Subject, "subject", "Match")
		v.expr(x.Subject, syn.Load)
		nonEmpty(len(x.Cases), "cases", "Match")
		for _, c := range x.Cases {
			if c == nil {
				fail(py.ValueError(), "None disallowed in match_case list")
			}
			if c.Pattern == nil {
				fail(py.ValueError(), "field 'pattern' is required for match_case")
			}
			v.pattern(c.Pattern, false)
			v.optExpr(c.Guard)
			v.body(c.Body, "match_case")
		}
	case *syn.Raise:
		if x.Exc != nil {
			v.expr(x.Exc, syn.Load)
			v.optExpr(x.Cause)
		} else if x.Cause != nil {
			fail(py.ValueError(), "Raise with cause but no exception")
		}
	case *syn.Try:
		v.try("Try", x.Body, x.Handlers, x.Orelse, x.Finalbody)
	case *syn.TryStar:
		v.try("TryStar", x.Body, x.Handlers, x.Orelse, x.Finalbody)
	case *syn.Assert:
		required(x.Test, "test", "Assert")
		v.expr(x.Test, syn.Load)
		v.optExpr(x.Msg)
	case *syn.Import:
		nonEmpty(len(x.Names), "names", "Import")
		v.aliases(x.Names)
	case *syn.ImportFrom:
		if x.Level < 0 {
			fail(py.ValueError(), "Negative ImportFrom level")
		}
		nonEmpty(len(x.Names), "names", "ImportFrom")
		v.aliases(x.Names)
	case *syn.Global:
		nonEmpty(len(x.Names), "names", "Global")
	case *syn.Nonlocal:
		nonEmpty(len(x.Names), "names", "Nonlocal")
	case *syn.ExprStmt:
		required(x.Value, "value", "Expr")
		v.expr(x.Value, syn.Load)
	}
}

func (v validator) aliases(as []*syn.Alias) {
	for _, a := range as {
		if a == nil {
			fail(py.ValueError(), "None disallowed in alias list")
		}
		if a.Name == "" {
			fail(py.ValueError(), "field 'name' is required for alias")
		}
		v.positions(&a.Pos)
	}
}

func (v validator) function(owner string, body []syn.Stmt, tps []syn.TypeParam, args *syn.Arguments, decos []syn.Expr, returns syn.Expr) {
	v.body(body, owner)
	v.typeParams(tps)
	if args == nil {
		fail(py.ValueError(), "field 'args' is required for %s", owner)
	}
	v.arguments(args)
	v.exprs(decos, syn.Load, false)
	v.optExpr(returns)
}

func (v validator) loop(owner string, target, iter syn.Expr, body, orelse []syn.Stmt) {
	required(target, "target", owner)
	required(iter, "iter", owner)
	v.expr(target, syn.Store)
	v.expr(iter, syn.Load)
	v.body(body, owner)
	v.stmts(orelse)
}

func (v validator) with(owner string, items []*syn.WithItem, body []syn.Stmt) {
	nonEmpty(len(items), "items", owner)
	for _, it := range items {
		if it == nil {
			fail(py.ValueError(), "None disallowed in withitem list")
		}
		required(it.ContextExpr, "context_expr", "withitem")
		v.expr(it.ContextExpr, syn.Load)
		if it.OptionalVars != nil {
			v.expr(it.OptionalVars, syn.Store)
		}
	}
	v.body(body, owner)
}

func (v validator) try(owner string, body []syn.Stmt, handlers []*syn.ExceptHandler, orelse, final []syn.Stmt) {
	v.body(body, owner)
	if len(handlers) == 0 && len(final) == 0 {
		fail(py.ValueError(), "%s has neither except handlers nor finalbody", owner)
	}
	if len(handlers) == 0 && len(orelse) != 0 {
		fail(py.ValueError(), "%s has orelse but no except handlers", owner)
	}
	for _, h := range handlers {
		if h == nil {
			fail(py.ValueError(), "None disallowed in excepthandler list")
		}
		v.positions(&h.Pos)
		v.optExpr(h.Type)
		v.body(h.Body, "ExceptHandler")
	}
	if len(final) > 0 {
		v.stmts(final)
	}
	if len(orelse) > 0 {
		v.stmts(orelse)
	}
}

func (v validator) typeParams(tps []syn.TypeParam) {
	for _, tp := range tps {
		if tp == nil {
			fail(py.ValueError(), "None disallowed in type_param list")
		}
		v.positions(tp.GetPos())
		switch x := tp.(type) {
		case *syn.TypeVar:
			v.name(x.Name, "TypeVar")
			v.optExpr(x.Bound)
			v.optExpr(x.DefaultValue)
		case *syn.ParamSpec:
			v.name(x.Name, "ParamSpec")
			v.optExpr(x.DefaultValue)
		case *syn.TypeVarTuple:
			v.name(x.Name, "TypeVarTuple")
			v.optExpr(x.DefaultValue)
		}
	}
}

// name refuses the identifiers that are constants, as validate_name does.
func (validator) name(id, owner string) {
	switch id {
	case "":
		fail(py.ValueError(), "field 'name' is required for %s", owner)
	case "None", "True", "False":
		fail(py.ValueError(), "identifier field can't represent '%s' constant", id)
	}
}

func (v validator) args(as []*syn.Arg) {
	for _, a := range as {
		if a == nil {
			fail(py.ValueError(), "None disallowed in arg list")
		}
		if a.Arg == "" {
			fail(py.ValueError(), "field 'arg' is required for arg")
		}
		v.positions(&a.Pos)
		v.optExpr(a.Annotation)
	}
}

func (v validator) arguments(a *syn.Arguments) {
	v.args(a.Posonlyargs)
	v.args(a.Args)
	if a.Vararg != nil {
		v.args([]*syn.Arg{a.Vararg})
	}
	v.args(a.Kwonlyargs)
	if a.Kwarg != nil {
		v.args([]*syn.Arg{a.Kwarg})
	}
	if len(a.Defaults) > len(a.Posonlyargs)+len(a.Args) {
		fail(py.ValueError(), "more positional defaults than args on arguments")
	}
	if len(a.KwDefaults) != len(a.Kwonlyargs) {
		fail(py.ValueError(), "length of kwonlyargs is not the same as kw_defaults on arguments")
	}
	v.exprs(a.Defaults, syn.Load, false)
	v.exprs(a.KwDefaults, syn.Load, true)
}

func (v validator) keywords(ks []*syn.Keyword) {
	for _, k := range ks {
		if k == nil {
			fail(py.ValueError(), "None disallowed in keyword list")
		}
		v.positions(&k.Pos)
		required(k.Value, "value", "keyword")
		v.expr(k.Value, syn.Load)
	}
}

func (v validator) comprehensions(gens []*syn.Comprehension) {
	if len(gens) == 0 {
		fail(py.ValueError(), "comprehension with no generators")
	}
	for _, g := range gens {
		if g == nil {
			fail(py.ValueError(), "None disallowed in comprehension list")
		}
		required(g.Target, "target", "comprehension")
		required(g.Iter, "iter", "comprehension")
		v.expr(g.Target, syn.Store)
		v.expr(g.Iter, syn.Load)
		v.exprs(g.Ifs, syn.Load, false)
	}
}

// ctxOf is the context of the expression kinds that carry one.
func ctxOf(e syn.Expr) (syn.ExprContext, bool) {
	switch x := e.(type) {
	case *syn.Attribute:
		return x.Ctx, true
	case *syn.Subscript:
		return x.Ctx, true
	case *syn.Starred:
		return x.Ctx, true
	case *syn.Name:
		return x.Ctx, true
	case *syn.List:
		return x.Ctx, true
	case *syn.Tuple:
		return x.Ctx, true
	}
	return 0, false
}

func ctxName(c syn.ExprContext) string {
	if c == 0 {
		return "?"
	}
	return c.String()
}

func (v validator) expr(e syn.Expr, ctx syn.ExprContext) {
	v.positions(e.GetPos())
	if actual, ok := ctxOf(e); ok {
		if actual == 0 {
			fail(py.ValueError(), "field 'ctx' is required for %s", className(e))
		}
		if actual != ctx {
			fail(py.ValueError(), "expression must have %s context but has %s instead", ctxName(ctx), ctxName(actual))
		}
	} else if ctx != syn.Load {
		fail(py.ValueError(), "expression which can't be assigned to in %s context", ctxName(ctx))
	}
	switch x := e.(type) {
	case *syn.BoolOp:
		if len(x.Values) < 2 {
			fail(py.ValueError(), "BoolOp with less than 2 values")
		}
		v.exprs(x.Values, syn.Load, false)
	case *syn.BinOp:
		required(x.Left, "left", "BinOp")
		required(x.Right, "right", "BinOp")
		v.expr(x.Left, syn.Load)
		v.expr(x.Right, syn.Load)
	case *syn.UnaryOp:
		required(x.Operand, "operand", "UnaryOp")
		v.expr(x.Operand, syn.Load)
	case *syn.Lambda:
		if x.Args == nil {
			fail(py.ValueError(), "field 'args' is required for Lambda")
		}
		required(x.Body, "body", "Lambda")
		v.arguments(x.Args)
		v.expr(x.Body, syn.Load)
	case *syn.IfExp:
		required(x.Test, "test", "IfExp")
		required(x.Body, "body", "IfExp")
		required(x.Orelse, "orelse", "IfExp")
		v.expr(x.Test, syn.Load)
		v.expr(x.Body, syn.Load)
		v.expr(x.Orelse, syn.Load)
	case *syn.Dict:
		if len(x.Keys) != len(x.Values) {
			fail(py.ValueError(), "Dict doesn't have the same number of keys as values")
		}
		v.exprs(x.Keys, syn.Load, true)
		v.exprs(x.Values, syn.Load, false)
	case *syn.Set:
		v.exprs(x.Elts, syn.Load, false)
	case *syn.ListComp:
		v.comprehensions(x.Generators)
		required(x.Elt, "elt", "ListComp")
		v.expr(x.Elt, syn.Load)
	case *syn.SetComp:
		v.comprehensions(x.Generators)
		required(x.Elt, "elt", "SetComp")
		v.expr(x.Elt, syn.Load)
	case *syn.GeneratorExp:
		v.comprehensions(x.Generators)
		required(x.Elt, "elt", "GeneratorExp")
		v.expr(x.Elt, syn.Load)
	case *syn.DictComp:
		v.comprehensions(x.Generators)
		required(x.Key, "key", "DictComp")
		required(x.Value, "value", "DictComp")
		v.expr(x.Key, syn.Load)
		v.expr(x.Value, syn.Load)
	case *syn.Yield:
		v.optExpr(x.Value)
	case *syn.YieldFrom:
		required(x.Value, "value", "YieldFrom")
		v.expr(x.Value, syn.Load)
	case *syn.Await:
		required(x.Value, "value", "Await")
		v.expr(x.Value, syn.Load)
	case *syn.Compare:
		if len(x.Comparators) == 0 {
			fail(py.ValueError(), "Compare with no comparators")
		}
		if len(x.Comparators) != len(x.Ops) {
			fail(py.ValueError(), "Compare has a different number of comparators and operands")
		}
		required(x.Left, "left", "Compare")
		v.exprs(x.Comparators, syn.Load, false)
		v.expr(x.Left, syn.Load)
	case *syn.Call:
		required(x.Func, "func", "Call")
		v.expr(x.Func, syn.Load)
		v.exprs(x.Args, syn.Load, false)
		v.keywords(x.Keywords)
	case *syn.Constant:
		if x.Value == nil {
			fail(py.ValueError(), "field 'value' is required for Constant")
		}
	case *syn.JoinedStr:
		v.exprs(x.Values, syn.Load, false)
	case *syn.FormattedValue:
		required(x.Value, "value", "FormattedValue")
		v.expr(x.Value, syn.Load)
		v.optExpr(x.FormatSpec)
	case *syn.Attribute:
		required(x.Value, "value", "Attribute")
		if x.Attr == "" {
			fail(py.ValueError(), "field 'attr' is required for Attribute")
		}
		v.expr(x.Value, syn.Load)
	case *syn.Subscript:
		required(x.Value, "value", "Subscript")
		required(x.Slice, "slice", "Subscript")
		v.expr(x.Slice, syn.Load)
		v.expr(x.Value, syn.Load)
	case *syn.Starred:
		required(x.Value, "value", "Starred")
		v.expr(x.Value, ctx)
	case *syn.Slice:
		v.optExpr(x.Lower)
		v.optExpr(x.Upper)
		v.optExpr(x.Step)
	case *syn.List:
		v.exprs(x.Elts, ctx, false)
	case *syn.Tuple:
		v.exprs(x.Elts, ctx, false)
	case *syn.NamedExpr:
		required(x.Target, "target", "NamedExpr")
		required(x.Value, "value", "NamedExpr")
		if _, ok := x.Target.(*syn.Name); !ok {
			fail(py.TypeError(), "NamedExpr target must be a Name")
		}
		v.expr(x.Value, syn.Load)
	case *syn.Name:
		if x.Id == "" {
			fail(py.ValueError(), "field 'id' is required for Name")
		}
		v.name(x.Id, "Name")
	}
}

func className(n syn.Node) string {
	if c := byGoType[reflectElem(n)]; c != nil {
		return c.name
	}
	return "node"
}

func (v validator) patterns(ps []syn.Pattern, starOK bool) {
	for _, p := range ps {
		if p == nil {
			fail(py.ValueError(), "None disallowed in pattern list")
		}
		v.pattern(p, starOK)
	}
}

// capture checks a name a pattern binds.
func (v validator) capture(name string) {
	if name == "_" {
		fail(py.ValueError(), "can't capture name '_' in patterns")
	}
	v.name(name, "pattern")
}

func isNumber(k constant.Value, real, imaginary bool) bool {
	switch k.(type) {
	case constant.Int, constant.Float:
		return real
	case constant.Complex:
		return imaginary
	}
	return false
}

// literalNumber is a (possibly negated) numeric constant.
func literalNumber(e syn.Expr, real, imaginary bool) bool {
	if u, ok := e.(*syn.UnaryOp); ok {
		if u.Op != syn.USub {
			return false
		}
		e = u.Operand
	}
	c, ok := e.(*syn.Constant)
	return ok && isNumber(c.Value, real, imaginary)
}

func (v validator) matchValue(e syn.Expr) {
	v.expr(e, syn.Load)
	switch x := e.(type) {
	case *syn.Constant:
		switch x.Value.(type) {
		case constant.Int, constant.Float, constant.Bytes, constant.Complex, constant.Str:
			return
		}
		fail(py.ValueError(), "unexpected constant inside of a literal pattern")
	case *syn.Attribute, *syn.JoinedStr:
		return
	case *syn.UnaryOp:
		if literalNumber(x, true, true) {
			return
		}
	case *syn.BinOp:
		if (x.Op == syn.Add || x.Op == syn.Sub) && literalNumber(x.Left, true, false) {
			if c, ok := x.Right.(*syn.Constant); ok && isNumber(c.Value, false, true) {
				return
			}
		}
	}
	fail(py.ValueError(), "patterns may only match literals and attribute lookups")
}

func (v validator) pattern(p syn.Pattern, starOK bool) {
	v.positions(p.GetPos())
	switch x := p.(type) {
	case *syn.MatchValue:
		required(x.Value, "value", "MatchValue")
		v.matchValue(x.Value)
	case *syn.MatchSingleton:
		switch x.Value.(type) {
		case constant.NoneType, constant.Bool:
		default:
			fail(py.ValueError(), "MatchSingleton can only contain True, False and None")
		}
	case *syn.MatchSequence:
		v.patterns(x.Patterns, true)
	case *syn.MatchMapping:
		if len(x.Keys) != len(x.Patterns) {
			fail(py.ValueError(), "MatchMapping doesn't have the same number of keys as patterns")
		}
		if x.Rest != "" {
			v.capture(x.Rest)
		}
		for _, k := range x.Keys {
			switch k.(type) {
			case *syn.Constant, *syn.Attribute:
			case nil:
				fail(py.ValueError(), "None disallowed in expression list")
			default:
				fail(py.ValueError(), "can only have Constant or Attribute keys in MatchMapping")
			}
		}
		v.exprs(x.Keys, syn.Load, false)
		v.patterns(x.Patterns, false)
	case *syn.MatchClass:
		required(x.Cls, "cls", "MatchClass")
		for c := x.Cls; ; {
			if a, ok := c.(*syn.Attribute); ok {
				c = a.Value
				continue
			}
			if _, ok := c.(*syn.Name); !ok {
				fail(py.ValueError(), "MatchClass cls field can only contain Name or Attribute nodes.")
			}
			break
		}
		if len(x.KwdAttrs) != len(x.KwdPatterns) {
			fail(py.ValueError(), "MatchClass doesn't have the same number of keyword attributes as patterns")
		}
		v.expr(x.Cls, syn.Load)
		for _, a := range x.KwdAttrs {
			v.name(a, "MatchClass")
		}
		v.patterns(x.Patterns, false)
		v.patterns(x.KwdPatterns, false)
	case *syn.MatchStar:
		if !starOK {
			fail(py.ValueError(), "can't use MatchStar here")
		}
		if x.Name != "" {
			v.capture(x.Name)
		}
	case *syn.MatchAs:
		if x.Name != "" {
			v.capture(x.Name)
		}
		if x.Pattern != nil {
			if x.Name == "" {
				fail(py.ValueError(), "MatchAs must specify a target name if a pattern is given")
			}
			v.pattern(x.Pattern, false)
		}
	case *syn.MatchOr:
		if len(x.Patterns) < 2 {
			fail(py.ValueError(), "MatchOr requires at least 2 patterns")
		}
		v.patterns(x.Patterns, false)
	}
}

func reflectElem(n syn.Node) reflect.Type {
	t := reflect.TypeOf(n)
	if t.Kind() == reflect.Pointer {
		return t.Elem()
	}
	return t
}
