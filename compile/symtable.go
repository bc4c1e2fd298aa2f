// Package compile turns an AST into CPython 3.13 code objects. This file builds the
// symbol tables: which names are local, global, free or cell in each scope, with
// comprehensions inlined as PEP 709 does, and the compile-time SyntaxErrors that
// CPython's symtable.c raises.
package compile

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kaa-python/kaa/syntax/ast"
	"github.com/kaa-python/kaa/syntax/token"
)

// BlockType is the kind of a scope (CPython's _Py_block_ty, same numbers).
type BlockType int

const (
	FunctionBlock BlockType = iota
	ClassBlock
	ModuleBlock
	AnnotationBlock
	TypeAliasBlock
	TypeParamBlock
	TypeVarBoundBlock
)

// Symbol flags (CPython's DEF_* and USE), and the scope stored above ScopeOffset.
const (
	DefGlobal    = 1
	DefLocal     = 2
	DefParam     = 4
	DefNonlocal  = 8
	Use          = 16
	DefFree      = 32
	DefFreeClass = 64
	DefImport    = 128
	DefAnnot     = 256
	DefCompIter  = 512
	DefTypeParam = 1024
	DefCompCell  = 2048
	DefBound     = DefLocal | DefParam | DefImport

	ScopeOffset = 12
	ScopeMask   = DefGlobal | DefLocal | DefParam | DefNonlocal
)

// Scopes of a name.
const (
	Local          = 1
	GlobalExplicit = 2
	GlobalImplicit = 3
	Free           = 4
	Cell           = 5
)

type compKind int

const (
	noComprehension compKind = iota
	listComprehension
	dictComprehension
	setComprehension
	generatorExpression
)

// Scope is one symbol table entry.
type Scope struct {
	Name     string
	Type     BlockType
	Lineno   int
	Symbols  map[string]int
	order    []string
	Varnames []string
	Children []*Scope
	key      any

	Nested, Generator, Coroutine, ReturnsValue    bool
	Varargs, Varkeywords, free, childFree         bool
	NeedsClassClosure, NeedsClassdict             bool
	CompInlined, compIterTarget, CanSeeClassScope bool
	comprehension                                 compKind
	compIterExpr                                  int
	directives                                    map[string]ast.Pos
	pos                                           ast.Pos
	info                                          string // a TypeVarBoundBlock's "a TypeVar bound", "a ParamSpec default", ...
}

// Symbol returns the flags of name (with its scope above ScopeOffset), 0 if absent.
func (s *Scope) Symbol(name string) int { return s.Symbols[name] }

// ScopeOf returns the scope (Local, Free, ...) of name.
func (s *Scope) ScopeOf(name string) int { return (s.Symbols[name] >> ScopeOffset) & 7 }

func (s *Scope) functionLike() bool {
	switch s.Type {
	case FunctionBlock, TypeVarBoundBlock, TypeAliasBlock, TypeParamBlock:
		return true
	}
	return false
}

// Table is the symbol table of a module: Top and every scope by its AST node.
type Table struct {
	Top      *Scope
	ByNode   map[any]*Scope
	filename string
	stack    []*Scope
	cur      *Scope
	global   map[string]int
	private  string
	future   bool // from __future__ import annotations
	depth    int
}

// TypeParamsKey is the ByNode key of the type-parameter scope of a generic def,
// class or type alias statement.
type TypeParamsKey struct{ Stmt ast.Stmt }

type symErr struct{ err *token.Error }

// BuildSymtable computes the symbol table of a module tree.
func BuildSymtable(mod ast.ModNode, filename string, futureAnnotations bool) (t *Table, err error) {
	t = &Table{ByNode: map[any]*Scope{}, filename: filename, future: futureAnnotations}
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(symErr); ok {
				t, err = nil, e.err
				return
			}
			panic(r)
		}
	}()
	t.enter("top", ModuleBlock, mod, ast.Pos{})
	t.Top = t.cur
	switch m := mod.(type) {
	case *ast.Module:
		t.stmts(m.Body)
	case *ast.Interactive:
		t.stmts(m.Body)
	case *ast.Expression:
		t.expr(m.Body)
	}
	t.exit()
	t.analyzeBlock(t.Top, nil, set{}, set{}, set{}, nil)
	return t, nil
}

// maxDepth bounds the nesting of statements and expressions the compiler accepts, as
// CPython 3.13's symtable does (Py_C_RECURSION_LIMIT, 10000, less the 2 levels a
// module-level compile() is already at): every later recursive pass over the tree
// (the AST optimiser, the code generator) is then bounded too, so that a 200,000-term
// a+a+...+a is a RecursionError and never overflows the Go stack.
const maxDepth = 10000 - 2

// enterDepth counts one more level of nesting, or fails as CPython does past maxDepth.
func (t *Table) enterDepth() {
	t.depth++
	if t.depth > maxDepth {
		panic(symErr{&token.Error{Type: "RecursionError", Msg: "maximum recursion depth exceeded during compilation"}})
	}
}

func (t *Table) errorAt(p *ast.Pos, format string, args ...any) {
	panic(symErr{&token.Error{Type: "SyntaxError", Msg: fmt.Sprintf(format, args...), Filename: t.filename,
		Lineno: p.Lineno, Offset: p.ColOffset + 1, EndLineno: p.EndLineno, EndOffset: p.EndColOffset + 1}})
}

func (t *Table) enter(name string, typ BlockType, key any, pos ast.Pos) {
	s := &Scope{Name: name, Type: typ, Lineno: pos.Lineno, Symbols: map[string]int{}, key: key, pos: pos}
	if t.cur != nil && (t.cur.Nested || t.cur.functionLike()) {
		s.Nested = true
	}
	prev := t.cur
	t.stack = append(t.stack, s)
	if prev != nil {
		s.compIterExpr = prev.compIterExpr
	}
	t.cur = s
	t.ByNode[key] = s
	if typ == AnnotationBlock {
		return
	}
	if typ == ModuleBlock {
		t.global = s.Symbols
	}
	if prev != nil {
		prev.Children = append(prev.Children, s)
	}
}

func (t *Table) exit() {
	t.stack = t.stack[:len(t.stack)-1]
	t.cur = nil
	if n := len(t.stack); n > 0 {
		t.cur = t.stack[n-1]
	}
}

// Mangle applies private name mangling: __x inside class C becomes _C__x.
func Mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

func (t *Table) lookup(name string) int { return t.cur.Symbols[Mangle(t.private, name)] }

func (t *Table) addDef(name string, flag int, p *ast.Pos) { t.addDefTo(name, flag, t.cur, p) }

func (t *Table) addDefTo(name string, flag int, s *Scope, p *ast.Pos) {
	mangled := Mangle(t.private, name)
	val, ok := s.Symbols[mangled]
	if ok {
		if flag&DefParam != 0 && val&DefParam != 0 {
			t.errorAt(p, "duplicate argument '%s' in function definition", name)
		}
		if flag&DefTypeParam != 0 && val&DefTypeParam != 0 {
			t.errorAt(p, "duplicate type parameter '%s'", name)
		}
		val |= flag
	} else {
		val = flag
		s.order = append(s.order, mangled)
	}
	if s.compIterTarget {
		if val&(DefGlobal|DefNonlocal) != 0 {
			t.errorAt(p, "comprehension inner loop cannot rebind assignment expression target '%s'", name)
		}
		val |= DefCompIter
	}
	s.Symbols[mangled] = val
	if flag&DefParam != 0 {
		s.Varnames = append(s.Varnames, mangled)
	} else if flag&DefGlobal != 0 {
		v := flag
		if o, ok := t.global[mangled]; ok {
			v |= o
		} else {
			t.Top.order = append(t.Top.order, mangled)
		}
		t.global[mangled] = v
	}
}

func (t *Table) directive(name string, p *ast.Pos) {
	if t.cur.directives == nil {
		t.cur.directives = map[string]ast.Pos{}
	}
	m := Mangle(t.private, name)
	if _, ok := t.cur.directives[m]; !ok {
		t.cur.directives[m] = *p
	}
}

func (t *Table) enterTypeParamBlock(name string, key any, hasDefaults, hasKwDefaults, isClass bool, p *ast.Pos) {
	current := t.cur.Type
	t.enter(name, TypeParamBlock, key, *p)
	if current == ClassBlock {
		t.cur.CanSeeClassScope = true
		t.addDef("__classdict__", Use, p)
	}
	if isClass {
		t.addDef(".type_params", DefLocal, p)
		t.addDef(".type_params", Use, p)
		t.private = name
		t.addDef(".generic_base", DefLocal, p)
		t.addDef(".generic_base", Use, p)
	}
	if hasDefaults {
		t.addDef(".defaults", DefParam, p)
	}
	if hasKwDefaults {
		t.addDef(".kwdefaults", DefParam, p)
	}
}

func (t *Table) stmts(ss []ast.Stmt) {
	for _, s := range ss {
		t.stmt(s)
	}
}

func (t *Table) exprs(es []ast.Expr) {
	for _, e := range es {
		if e != nil {
			t.expr(e)
		}
	}
}

func hasKwonlyDefaults(a *ast.Arguments) bool {
	for _, d := range a.KwDefaults {
		if d != nil {
			return true
		}
	}
	return false
}

func (t *Table) funcDef(s ast.Stmt, name string, args *ast.Arguments, body []ast.Stmt, decos []ast.Expr, returns ast.Expr, tparams []ast.TypeParam, async bool) {
	p := s.GetPos()
	t.addDef(name, DefLocal, p)
	t.exprs(args.Defaults)
	t.exprs(args.KwDefaults)
	t.exprs(decos)
	if len(tparams) > 0 {
		t.enterTypeParamBlock(name, TypeParamsKey{s}, true, hasKwonlyDefaults(args), false, p)
		t.typeParams(tparams)
	}
	t.annotations(s, args, returns)
	t.enter(name, FunctionBlock, s, *p)
	if async {
		t.cur.Coroutine = true
	}
	t.arguments(args)
	t.stmts(body)
	t.exit()
	if len(tparams) > 0 {
		t.exit()
	}
}

func (t *Table) stmt(s ast.Stmt) {
	t.enterDepth()
	defer func() { t.depth-- }()
	switch x := s.(type) {
	case *ast.FunctionDef:
		t.funcDef(s, x.Name, x.Args, x.Body, x.DecoratorList, x.Returns, x.TypeParams, false)
	case *ast.AsyncFunctionDef:
		t.funcDef(s, x.Name, x.Args, x.Body, x.DecoratorList, x.Returns, x.TypeParams, true)
	case *ast.ClassDef:
		p := &x.Pos
		t.addDef(x.Name, DefLocal, p)
		t.exprs(x.DecoratorList)
		savedPrivate := t.private
		if len(x.TypeParams) > 0 {
			t.enterTypeParamBlock(x.Name, TypeParamsKey{s}, false, false, true, p)
			t.typeParams(x.TypeParams)
		}
		t.exprs(x.Bases)
		for _, k := range x.Keywords {
			t.expr(k.Value)
		}
		t.enter(x.Name, ClassBlock, s, *p)
		tmp := t.private
		t.private = x.Name
		if len(x.TypeParams) > 0 {
			t.addDef("__type_params__", DefLocal, p)
			t.addDef(".type_params", Use, p)
		}
		t.stmts(x.Body)
		t.private = tmp
		t.exit()
		if len(x.TypeParams) > 0 {
			t.exit()
			t.private = savedPrivate
		}
	case *ast.TypeAlias:
		t.expr(x.Name)
		name := x.Name.(*ast.Name).Id
		inClass := t.cur.Type == ClassBlock
		generic := len(x.TypeParams) > 0
		if generic {
			t.enterTypeParamBlock(name, TypeParamsKey{s}, false, false, false, &x.Pos)
			t.typeParams(x.TypeParams)
		}
		t.enter(name, TypeAliasBlock, s, x.Pos)
		t.cur.CanSeeClassScope = inClass
		if inClass {
			t.addDef("__classdict__", Use, x.Value.GetPos())
		}
		t.expr(x.Value)
		t.exit()
		if generic {
			t.exit()
		}
	case *ast.Return:
		if x.Value != nil {
			t.expr(x.Value)
			t.cur.ReturnsValue = true
		}
	case *ast.Delete:
		t.exprs(x.Targets)
	case *ast.Assign:
		t.exprs(x.Targets)
		t.expr(x.Value)
	case *ast.AnnAssign:
		if n, ok := x.Target.(*ast.Name); ok {
			cur := t.lookup(n.Id)
			if cur&(DefGlobal|DefNonlocal) != 0 && !t.isGlobalScope() && x.Simple != 0 {
				if cur&DefGlobal != 0 {
					t.errorAt(&x.Pos, "annotated name '%s' can't be global", n.Id)
				}
				t.errorAt(&x.Pos, "annotated name '%s' can't be nonlocal", n.Id)
			}
			if x.Simple != 0 {
				t.addDef(n.Id, DefAnnot|DefLocal, &n.Pos)
			} else if x.Value != nil {
				t.addDef(n.Id, DefLocal, &n.Pos)
			}
		} else {
			t.expr(x.Target)
		}
		t.annotation(x.Annotation)
		if x.Value != nil {
			t.expr(x.Value)
		}
	case *ast.AugAssign:
		t.expr(x.Target)
		t.expr(x.Value)
	case *ast.For:
		t.expr(x.Target)
		t.expr(x.Iter)
		t.stmts(x.Body)
		t.stmts(x.Orelse)
	case *ast.AsyncFor:
		t.expr(x.Target)
		t.expr(x.Iter)
		t.stmts(x.Body)
		t.stmts(x.Orelse)
	case *ast.While:
		t.expr(x.Test)
		t.stmts(x.Body)
		t.stmts(x.Orelse)
	case *ast.If:
		t.expr(x.Test)
		t.stmts(x.Body)
		t.stmts(x.Orelse)
	case *ast.Match:
		t.expr(x.Subject)
		for _, c := range x.Cases {
			t.pattern(c.Pattern)
			if c.Guard != nil {
				t.expr(c.Guard)
			}
			t.stmts(c.Body)
		}
	case *ast.Raise:
		if x.Exc != nil {
			t.expr(x.Exc)
			if x.Cause != nil {
				t.expr(x.Cause)
			}
		}
	case *ast.Try:
		t.stmts(x.Body)
		t.handlers(x.Handlers)
		t.stmts(x.Orelse)
		t.stmts(x.Finalbody)
	case *ast.TryStar:
		t.stmts(x.Body)
		t.handlers(x.Handlers)
		t.stmts(x.Orelse)
		t.stmts(x.Finalbody)
	case *ast.Assert:
		t.expr(x.Test)
		if x.Msg != nil {
			t.expr(x.Msg)
		}
	case *ast.Import:
		for _, a := range x.Names {
			t.alias(a)
		}
	case *ast.ImportFrom:
		for _, a := range x.Names {
			t.alias(a)
		}
	case *ast.Global:
		t.declare(x.Names, &x.Pos, DefGlobal, "global")
	case *ast.Nonlocal:
		t.declare(x.Names, &x.Pos, DefNonlocal, "nonlocal")
	case *ast.ExprStmt:
		t.expr(x.Value)
	case *ast.With:
		t.withItems(x.Items)
		t.stmts(x.Body)
	case *ast.AsyncWith:
		t.withItems(x.Items)
		t.stmts(x.Body)
	}
}

func (t *Table) isGlobalScope() bool { return t.cur == t.Top }

func (t *Table) declare(names []string, p *ast.Pos, flag int, what string) {
	for _, name := range names {
		cur := t.lookup(name)
		if cur&(DefParam|DefLocal|Use|DefAnnot) != 0 {
			switch {
			case cur&DefParam != 0:
				t.errorAt(p, "name '%s' is parameter and %s", name, what)
			case cur&Use != 0:
				t.errorAt(p, "name '%s' is used prior to %s declaration", name, what)
			case cur&DefAnnot != 0:
				t.errorAt(p, "annotated name '%s' can't be %s", name, what)
			default:
				t.errorAt(p, "name '%s' is assigned to before %s declaration", name, what)
			}
		}
		t.addDef(name, flag, p)
		t.directive(name, p)
	}
}

func (t *Table) handlers(hs []*ast.ExceptHandler) {
	for _, h := range hs {
		if h.Type != nil {
			t.expr(h.Type)
		}
		if h.Name != "" {
			t.addDef(h.Name, DefLocal, &h.Pos)
		}
		t.stmts(h.Body)
	}
}

func (t *Table) withItems(items []*ast.WithItem) {
	for _, it := range items {
		t.expr(it.ContextExpr)
		if it.OptionalVars != nil {
			t.expr(it.OptionalVars)
		}
	}
}

func (t *Table) alias(a *ast.Alias) {
	name := a.Name
	if a.Asname != "" {
		name = a.Asname
	}
	if name == "*" {
		if t.cur.Type != ModuleBlock {
			t.errorAt(&a.Pos, "import * only allowed at module level")
		}
		return
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		name = name[:i]
	}
	t.addDef(name, DefImport, &a.Pos)
}

func (t *Table) typeParams(tps []ast.TypeParam) {
	for _, tp := range tps {
		switch x := tp.(type) {
		case *ast.TypeVar:
			t.addDef(x.Name, DefTypeParam|DefLocal, &x.Pos)
			if x.Bound != nil {
				what := "a TypeVar bound"
				if _, ok := x.Bound.(*ast.Tuple); ok {
					what = "a TypeVar constraint"
				}
				t.boundOrDefault(x.Bound, x.Name, x, what)
			}
			if x.DefaultValue != nil {
				t.boundOrDefault(x.DefaultValue, x.Name, &x.DefaultValue, "a TypeVar default")
			}
		case *ast.TypeVarTuple:
			t.addDef(x.Name, DefTypeParam|DefLocal, &x.Pos)
			if x.DefaultValue != nil {
				t.boundOrDefault(x.DefaultValue, x.Name, &x.DefaultValue, "a TypeVarTuple default")
			}
		case *ast.ParamSpec:
			t.addDef(x.Name, DefTypeParam|DefLocal, &x.Pos)
			if x.DefaultValue != nil {
				t.boundOrDefault(x.DefaultValue, x.Name, &x.DefaultValue, "a ParamSpec default")
			}
		}
	}
}

func (t *Table) boundOrDefault(e ast.Expr, name string, key any, what string) {
	inClass := t.cur.CanSeeClassScope
	t.enter(name, TypeVarBoundBlock, key, *e.GetPos())
	t.cur.CanSeeClassScope = inClass
	t.cur.info = what
	if inClass {
		t.addDef("__classdict__", Use, e.GetPos())
	}
	t.expr(e)
	t.exit()
}

func (t *Table) annotation(e ast.Expr) {
	if t.future {
		t.enter("_annotation", AnnotationBlock, e, *e.GetPos())
	}
	t.expr(e)
	if t.future {
		t.exit()
	}
}

func (t *Table) annotations(s ast.Stmt, a *ast.Arguments, returns ast.Expr) {
	if t.future {
		t.enter("_annotation", AnnotationBlock, a, *s.GetPos())
	}
	for _, group := range [][]*ast.Arg{a.Posonlyargs, a.Args} {
		for _, arg := range group {
			if arg.Annotation != nil {
				t.expr(arg.Annotation)
			}
		}
	}
	if a.Vararg != nil && a.Vararg.Annotation != nil {
		t.expr(a.Vararg.Annotation)
	}
	if a.Kwarg != nil && a.Kwarg.Annotation != nil {
		t.expr(a.Kwarg.Annotation)
	}
	for _, arg := range a.Kwonlyargs {
		if arg.Annotation != nil {
			t.expr(arg.Annotation)
		}
	}
	if t.future {
		t.exit()
	}
	if returns != nil {
		t.annotation(returns)
	}
}

func (t *Table) arguments(a *ast.Arguments) {
	for _, group := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, arg := range group {
			t.addDef(arg.Arg, DefParam, &arg.Pos)
		}
	}
	if a.Vararg != nil {
		t.addDef(a.Vararg.Arg, DefParam, &a.Vararg.Pos)
		t.cur.Varargs = true
	}
	if a.Kwarg != nil {
		t.addDef(a.Kwarg.Arg, DefParam, &a.Kwarg.Pos)
		t.cur.Varkeywords = true
	}
}

func (t *Table) raiseIfAnnotation(what string, e ast.Expr) {
	switch t.cur.Type {
	case AnnotationBlock:
		t.errorAt(e.GetPos(), "%s cannot be used within an annotation", what)
	case TypeVarBoundBlock:
		t.errorAt(e.GetPos(), "%s cannot be used within %s", what, t.cur.info)
	case TypeAliasBlock:
		t.errorAt(e.GetPos(), "%s cannot be used within a type alias", what)
	case TypeParamBlock:
		t.errorAt(e.GetPos(), "%s cannot be used within the definition of a generic", what)
	}
}

func (t *Table) expr(e ast.Expr) {
	t.enterDepth()
	defer func() { t.depth-- }()
	switch x := e.(type) {
	case *ast.NamedExpr:
		t.raiseIfAnnotation("named expression", e)
		t.namedExpr(x)
	case *ast.BoolOp:
		t.exprs(x.Values)
	case *ast.BinOp:
		t.expr(x.Left)
		t.expr(x.Right)
	case *ast.UnaryOp:
		t.expr(x.Operand)
	case *ast.Lambda:
		t.exprs(x.Args.Defaults)
		t.exprs(x.Args.KwDefaults)
		t.enter("lambda", FunctionBlock, e, x.Pos)
		t.arguments(x.Args)
		t.expr(x.Body)
		t.exit()
	case *ast.IfExp:
		t.expr(x.Test)
		t.expr(x.Body)
		t.expr(x.Orelse)
	case *ast.Dict:
		t.exprs(x.Keys)
		t.exprs(x.Values)
	case *ast.Set:
		t.exprs(x.Elts)
	case *ast.GeneratorExp:
		t.comprehension(e, "genexpr", x.Generators, x.Elt, nil)
	case *ast.ListComp:
		t.comprehension(e, "listcomp", x.Generators, x.Elt, nil)
	case *ast.SetComp:
		t.comprehension(e, "setcomp", x.Generators, x.Elt, nil)
	case *ast.DictComp:
		t.comprehension(e, "dictcomp", x.Generators, x.Key, x.Value)
	case *ast.Yield:
		t.raiseIfAnnotation("yield expression", e)
		if x.Value != nil {
			t.expr(x.Value)
		}
		t.cur.Generator = true
		t.raiseIfComprehension(e)
	case *ast.YieldFrom:
		t.raiseIfAnnotation("yield expression", e)
		t.expr(x.Value)
		t.cur.Generator = true
		t.raiseIfComprehension(e)
	case *ast.Await:
		t.raiseIfAnnotation("await expression", e)
		t.expr(x.Value)
		t.cur.Coroutine = true
	case *ast.Compare:
		t.expr(x.Left)
		t.exprs(x.Comparators)
	case *ast.Call:
		t.expr(x.Func)
		t.exprs(x.Args)
		for _, k := range x.Keywords {
			t.expr(k.Value)
		}
	case *ast.FormattedValue:
		t.expr(x.Value)
		if x.FormatSpec != nil {
			t.expr(x.FormatSpec)
		}
	case *ast.JoinedStr:
		t.exprs(x.Values)
	case *ast.Attribute:
		t.expr(x.Value)
	case *ast.Subscript:
		t.expr(x.Value)
		t.expr(x.Slice)
	case *ast.Starred:
		t.expr(x.Value)
	case *ast.Slice:
		for _, v := range []ast.Expr{x.Lower, x.Upper, x.Step} {
			if v != nil {
				t.expr(v)
			}
		}
	case *ast.Name:
		flag := DefLocal
		if x.Ctx == ast.Load {
			flag = Use
		}
		t.addDef(x.Id, flag, &x.Pos)
		if x.Ctx == ast.Load && t.cur.functionLike() && x.Id == "super" {
			t.addDef("__class__", Use, &x.Pos)
		}
	case *ast.List:
		t.exprs(x.Elts)
	case *ast.Tuple:
		t.exprs(x.Elts)
	}
}

func (t *Table) raiseIfComprehension(e ast.Expr) {
	switch t.cur.comprehension {
	case listComprehension:
		t.errorAt(e.GetPos(), "'yield' inside list comprehension")
	case setComprehension:
		t.errorAt(e.GetPos(), "'yield' inside set comprehension")
	case dictComprehension:
		t.errorAt(e.GetPos(), "'yield' inside dict comprehension")
	case generatorExpression:
		t.errorAt(e.GetPos(), "'yield' inside generator expression")
	}
}

func (t *Table) namedExpr(x *ast.NamedExpr) {
	if t.cur.compIterExpr > 0 {
		t.errorAt(&x.Pos, "assignment expression cannot be used in a comprehension iterable expression")
	}
	if t.cur.comprehension != noComprehension {
		t.extendNamedExprScope(x.Target.(*ast.Name))
	}
	t.expr(x.Value)
	t.expr(x.Target)
}

func (t *Table) extendNamedExprScope(n *ast.Name) {
	name := n.Id
	for i := len(t.stack) - 1; i >= 0; i-- {
		s := t.stack[i]
		if s.comprehension != noComprehension {
			f := s.Symbols[Mangle(t.private, name)]
			if f&DefCompIter != 0 && f&DefLocal != 0 {
				t.errorAt(&n.Pos, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
			}
			continue
		}
		switch s.Type {
		case FunctionBlock:
			if s.Symbols[Mangle(t.private, name)]&DefGlobal != 0 {
				t.addDef(name, DefGlobal, &n.Pos)
			} else {
				t.addDef(name, DefNonlocal, &n.Pos)
			}
			t.directive(name, &n.Pos)
			t.addDefTo(name, DefLocal, s, &n.Pos)
			return
		case ModuleBlock:
			t.addDef(name, DefGlobal, &n.Pos)
			t.directive(name, &n.Pos)
			t.addDefTo(name, DefGlobal, s, &n.Pos)
			return
		case ClassBlock:
			t.errorAt(&n.Pos, "assignment expression within a comprehension cannot be used in a class body")
		case TypeParamBlock:
			t.errorAt(&n.Pos, "assignment expression within a comprehension cannot be used within the definition of a generic")
		case TypeAliasBlock:
			t.errorAt(&n.Pos, "assignment expression within a comprehension cannot be used in a type alias")
		case TypeVarBoundBlock:
			t.errorAt(&n.Pos, "assignment expression within a comprehension cannot be used in a TypeVar bound")
		}
	}
}

func (t *Table) comprehension(e ast.Expr, name string, gens []*ast.Comprehension, elt, value ast.Expr) {
	p := e.GetPos()
	_, isGen := e.(*ast.GeneratorExp)
	outer := gens[0]
	t.cur.compIterExpr++
	t.expr(outer.Iter)
	t.cur.compIterExpr--
	t.enter(name, FunctionBlock, e, *p)
	switch e.(type) {
	case *ast.ListComp:
		t.cur.comprehension = listComprehension
	case *ast.SetComp:
		t.cur.comprehension = setComprehension
	case *ast.DictComp:
		t.cur.comprehension = dictComprehension
	default:
		t.cur.comprehension = generatorExpression
	}
	if outer.IsAsync != 0 {
		t.cur.Coroutine = true
	}
	t.addDef(".0", DefParam, p)
	t.cur.compIterTarget = true
	t.expr(outer.Target)
	t.cur.compIterTarget = false
	t.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		t.cur.compIterTarget = true
		t.expr(g.Target)
		t.cur.compIterTarget = false
		t.cur.compIterExpr++
		t.expr(g.Iter)
		t.cur.compIterExpr--
		t.exprs(g.Ifs)
		if g.IsAsync != 0 {
			t.cur.Coroutine = true
		}
	}
	if value != nil {
		t.expr(value)
	}
	t.expr(elt)
	t.cur.Generator = isGen
	isAsync := t.cur.Coroutine && !isGen
	t.exit()
	if isAsync {
		t.cur.Coroutine = true
	}
}

func (t *Table) pattern(p ast.Pattern) {
	switch x := p.(type) {
	case *ast.MatchValue:
		t.expr(x.Value)
	case *ast.MatchSequence:
		for _, q := range x.Patterns {
			t.pattern(q)
		}
	case *ast.MatchStar:
		if x.Name != "" {
			t.addDef(x.Name, DefLocal, &x.Pos)
		}
	case *ast.MatchMapping:
		t.exprs(x.Keys)
		for _, q := range x.Patterns {
			t.pattern(q)
		}
		if x.Rest != "" {
			t.addDef(x.Rest, DefLocal, &x.Pos)
		}
	case *ast.MatchClass:
		t.expr(x.Cls)
		for _, q := range x.Patterns {
			t.pattern(q)
		}
		for _, q := range x.KwdPatterns {
			t.pattern(q)
		}
	case *ast.MatchAs:
		if x.Pattern != nil {
			t.pattern(x.Pattern)
		}
		if x.Name != "" {
			t.addDef(x.Name, DefLocal, &x.Pos)
		}
	case *ast.MatchOr:
		for _, q := range x.Patterns {
			t.pattern(q)
		}
	}
}

// ---- analysis ----

type set map[string]bool

func (s set) clone() set {
	c := make(set, len(s))
	for k := range s {
		c[k] = true
	}
	return c
}

func (s set) addAll(o set) {
	for k := range o {
		s[k] = true
	}
}

func (t *Table) errorAtDirective(s *Scope, name, format string, args ...any) {
	p := s.directives[name]
	t.errorAt(&p, format, args...)
}

func (t *Table) analyzeName(s *Scope, scopes map[string]int, name string, flags int, bound, local, free, global, typeParams set, classEntry *Scope) {
	if flags&DefGlobal != 0 {
		if flags&DefNonlocal != 0 {
			t.errorAtDirective(s, name, "name '%s' is nonlocal and global", name)
		}
		scopes[name] = GlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
		return
	}
	if flags&DefNonlocal != 0 {
		if bound == nil {
			t.errorAtDirective(s, name, "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			t.errorAtDirective(s, name, "no binding for nonlocal '%s' found", name)
		}
		if typeParams[name] {
			t.errorAtDirective(s, name, "nonlocal binding not allowed for type parameter '%s'", name)
		}
		scopes[name] = Free
		s.free = true
		free[name] = true
		return
	}
	if flags&DefBound != 0 {
		scopes[name] = Local
		local[name] = true
		delete(global, name)
		if flags&DefTypeParam != 0 {
			typeParams[name] = true
		} else {
			delete(typeParams, name)
		}
		return
	}
	if classEntry != nil {
		cf := classEntry.Symbols[name]
		if cf&DefGlobal != 0 {
			scopes[name] = GlobalExplicit
			return
		} else if cf&DefBound != 0 && cf&DefNonlocal == 0 {
			scopes[name] = GlobalImplicit
			return
		}
	}
	if bound != nil && bound[name] {
		scopes[name] = Free
		s.free = true
		free[name] = true
		return
	}
	if global != nil && global[name] {
		scopes[name] = GlobalImplicit
		return
	}
	if s.Nested {
		s.free = true
	}
	scopes[name] = GlobalImplicit
}

func isFreeInAnyChild(s *Scope, name string) bool {
	for _, c := range s.Children {
		if c.ScopeOf(name) == Free {
			return true
		}
	}
	return false
}

func (t *Table) inlineComprehension(s, comp *Scope, scopes map[string]int, compFree, inlinedCells set) {
	for _, k := range comp.order {
		flags := comp.Symbols[k]
		if flags&DefParam != 0 {
			continue
		}
		scope := (flags >> ScopeOffset) & 7
		only := flags & (1<<ScopeOffset - 1)
		if scope == Cell || only&DefCompCell != 0 {
			inlinedCells[k] = true
		}
		existing, ok := s.Symbols[k]
		if !ok {
			s.Symbols[k] = only
			s.order = append(s.order, k)
			scopes[k] = scope
		} else if existing&DefBound != 0 {
			if !isFreeInAnyChild(comp, k) && s.Type != ClassBlock {
				delete(compFree, k)
			}
		}
	}
}

func (t *Table) analyzeBlock(s *Scope, bound, free, global, typeParams set, classEntry *Scope) {
	local := set{}
	scopes := map[string]int{}
	newGlobal, newFree, newBound, inlinedCells := set{}, set{}, set{}, set{}
	if s.Type == ClassBlock {
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}
	for _, name := range s.order {
		t.analyzeName(s, scopes, name, s.Symbols[name], bound, local, free, global, typeParams, classEntry)
	}
	if s.Type != ClassBlock {
		if s.functionLike() {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		newBound["__class__"] = true
		newBound["__classdict__"] = true
	}
	for _, c := range s.Children {
		var newClassEntry *Scope
		if c.CanSeeClassScope {
			if s.Type == ClassBlock {
				newClassEntry = s
			} else if classEntry != nil {
				newClassEntry = classEntry
			}
		}
		// all comprehensions but generator expressions are inlined, except in an
		// annotation scope that can see a class scope
		inline := c.comprehension != noComprehension && !c.Generator && !s.CanSeeClassScope
		childFree := newFree.clone()
		t.analyzeBlock(c, newBound.clone(), childFree, newGlobal.clone(), typeParams.clone(), newClassEntry)
		if inline {
			t.inlineComprehension(s, c, scopes, childFree, inlinedCells)
			c.CompInlined = true
		}
		newFree.addAll(childFree)
		if c.free || c.childFree {
			s.childFree = true
		}
	}
	// Splice the children of inlined comprehensions into our children.
	var kids []*Scope
	for _, c := range s.Children {
		if c.CompInlined {
			kids = append(kids, c.Children...)
		} else {
			kids = append(kids, c)
		}
	}
	s.Children = kids
	if s.functionLike() {
		for name, sc := range scopes {
			if sc != Local {
				continue
			}
			if !newFree[name] && !inlinedCells[name] {
				continue
			}
			scopes[name] = Cell
			delete(newFree, name)
		}
	} else if s.Type == ClassBlock {
		if newFree["__class__"] {
			delete(newFree, "__class__")
			s.NeedsClassClosure = true
		}
		if newFree["__classdict__"] {
			delete(newFree, "__classdict__")
			s.NeedsClassdict = true
		}
	}
	t.updateSymbols(s, scopes, bound, newFree, inlinedCells, s.Type == ClassBlock || s.CanSeeClassScope)
	free.addAll(newFree)
}

func (t *Table) updateSymbols(s *Scope, scopes map[string]int, bound, free, inlinedCells set, classFlag bool) {
	for _, name := range s.order {
		flags := s.Symbols[name]
		if inlinedCells[name] {
			flags |= DefCompCell
		}
		flags |= scopes[name] << ScopeOffset
		s.Symbols[name] = flags
	}
	names := make([]string, 0, len(free))
	for n := range free {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		if v, ok := s.Symbols[name]; ok {
			if classFlag {
				s.Symbols[name] = v | DefFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue
		}
		s.Symbols[name] = Free << ScopeOffset
		s.order = append(s.order, name)
	}
}
