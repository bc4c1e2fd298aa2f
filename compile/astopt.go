package compile

import (
	"strconv"
	"strings"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
)

// Optimize folds constant expressions in the tree as CPython's ast_opt.c does: unary
// and binary operators on constants (with Python's semantics for every constant
// type, and CPython's size limits), subscripts of constants, tuples of constants,
// and the iterables of for loops, comprehensions and 'in' tests.
func Optimize(n ast.ModNode) {
	switch m := n.(type) {
	case *ast.Module:
		for i := range m.Body {
			m.Body[i] = foldStmt(m.Body[i])
		}
	case *ast.Interactive:
		for i := range m.Body {
			m.Body[i] = foldStmt(m.Body[i])
		}
	case *ast.Expression:
		m.Body = foldExpr(m.Body)
	}
}

func foldStmt(s ast.Stmt) ast.Stmt {
	switch x := s.(type) {
	case *ast.ExprStmt:
		x.Value = foldExpr(x.Value)
	case *ast.Assign:
		x.Value = foldExpr(x.Value)
		for i := range x.Targets {
			x.Targets[i] = foldExpr(x.Targets[i])
		}
	case *ast.AugAssign:
		x.Target = foldExpr(x.Target)
		x.Value = foldExpr(x.Value)
	case *ast.AnnAssign:
		x.Target = foldExpr(x.Target)
		x.Annotation = foldExpr(x.Annotation)
		if x.Value != nil {
			x.Value = foldExpr(x.Value)
		}
	case *ast.Delete:
		foldExprs(x.Targets)
	case *ast.Return:
		if x.Value != nil {
			x.Value = foldExpr(x.Value)
		}
	case *ast.Raise:
		if x.Exc != nil {
			x.Exc = foldExpr(x.Exc)
		}
		if x.Cause != nil {
			x.Cause = foldExpr(x.Cause)
		}
	case *ast.Assert:
		x.Test = foldExpr(x.Test)
		if x.Msg != nil {
			x.Msg = foldExpr(x.Msg)
		}
	case *ast.If:
		x.Test = foldExpr(x.Test)
		foldBody(x.Body)
		foldBody(x.Orelse)
	case *ast.While:
		x.Test = foldExpr(x.Test)
		foldBody(x.Body)
		foldBody(x.Orelse)
	case *ast.For:
		x.Target = foldExpr(x.Target)
		x.Iter = foldIter(foldExpr(x.Iter))
		foldBody(x.Body)
		foldBody(x.Orelse)
	case *ast.AsyncFor:
		x.Target = foldExpr(x.Target)
		x.Iter = foldExpr(x.Iter)
		foldBody(x.Body)
		foldBody(x.Orelse)
	case *ast.With:
		for _, it := range x.Items {
			it.ContextExpr = foldExpr(it.ContextExpr)
		}
		foldBody(x.Body)
	case *ast.AsyncWith:
		for _, it := range x.Items {
			it.ContextExpr = foldExpr(it.ContextExpr)
		}
		foldBody(x.Body)
	case *ast.Try:
		foldBody(x.Body)
		for _, h := range x.Handlers {
			if h.Type != nil {
				h.Type = foldExpr(h.Type)
			}
			foldBody(h.Body)
		}
		foldBody(x.Orelse)
		foldBody(x.Finalbody)
	case *ast.TryStar:
		foldBody(x.Body)
		for _, h := range x.Handlers {
			if h.Type != nil {
				h.Type = foldExpr(h.Type)
			}
			foldBody(h.Body)
		}
		foldBody(x.Orelse)
		foldBody(x.Finalbody)
	case *ast.FunctionDef:
		foldTypeParams(x.TypeParams)
		foldArgs(x.Args)
		foldExprs(x.DecoratorList)
		if x.Returns != nil {
			x.Returns = foldExpr(x.Returns)
		}
		foldBody(x.Body)
	case *ast.AsyncFunctionDef:
		foldTypeParams(x.TypeParams)
		foldArgs(x.Args)
		foldExprs(x.DecoratorList)
		if x.Returns != nil {
			x.Returns = foldExpr(x.Returns)
		}
		foldBody(x.Body)
	case *ast.ClassDef:
		foldTypeParams(x.TypeParams)
		foldExprs(x.Bases)
		for _, k := range x.Keywords {
			k.Value = foldExpr(k.Value)
		}
		foldExprs(x.DecoratorList)
		foldBody(x.Body)
	case *ast.TypeAlias:
		foldTypeParams(x.TypeParams)
		x.Value = foldExpr(x.Value)
	case *ast.Match:
		x.Subject = foldExpr(x.Subject)
		for _, mc := range x.Cases {
			foldPattern(mc.Pattern)
			if mc.Guard != nil {
				mc.Guard = foldExpr(mc.Guard)
			}
			foldBody(mc.Body)
		}
	}
	return s
}

// foldTypeParams folds the bounds and defaults of PEP 695 type parameters, as
// CPython's astfold_type_param does.
func foldTypeParams(tps []ast.TypeParam) {
	for _, tp := range tps {
		switch x := tp.(type) {
		case *ast.TypeVar:
			if x.Bound != nil {
				x.Bound = foldExpr(x.Bound)
			}
			if x.DefaultValue != nil {
				x.DefaultValue = foldExpr(x.DefaultValue)
			}
		case *ast.ParamSpec:
			if x.DefaultValue != nil {
				x.DefaultValue = foldExpr(x.DefaultValue)
			}
		case *ast.TypeVarTuple:
			if x.DefaultValue != nil {
				x.DefaultValue = foldExpr(x.DefaultValue)
			}
		}
	}
}

func foldArgs(a *ast.Arguments) {
	foldExprs(a.Defaults)
	foldExprs(a.KwDefaults)
	for _, group := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs} {
		for _, arg := range group {
			if arg.Annotation != nil {
				arg.Annotation = foldExpr(arg.Annotation)
			}
		}
	}
}

// foldIter turns the iterable of a for loop or comprehension into a tuple (or a
// frozenset constant) when it is a list or set display, as fold_iter does.
func foldIter(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.List:
		for _, el := range x.Elts {
			if _, ok := el.(*ast.Starred); ok {
				return e
			}
		}
		return foldExpr(&ast.Tuple{Pos: x.Pos, Elts: x.Elts, Ctx: ast.Load})
	case *ast.Set:
		if allConst(x.Elts) {
			items := make([]constant.Value, len(x.Elts))
			for i, el := range x.Elts {
				items[i] = el.(*ast.Constant).Value
			}
			return &ast.Constant{Pos: x.Pos, Value: newFrozenSet(items)}
		}
	}
	return e
}

func foldBody(b []ast.Stmt) {
	for i := range b {
		b[i] = foldStmt(b[i])
	}
}

func foldExprs(es []ast.Expr) {
	for i := range es {
		if es[i] != nil {
			es[i] = foldExpr(es[i])
		}
	}
}

func foldExpr(e ast.Expr) ast.Expr {
	switch x := e.(type) {
	case *ast.UnaryOp:
		x.Operand = foldExpr(x.Operand)
		// not (a in b) -> a not in b, and likewise for is / is not.
		if cmp, ok := x.Operand.(*ast.Compare); ok && x.Op == ast.Not && len(cmp.Ops) == 1 {
			inverse := map[ast.CmpOp]ast.CmpOp{ast.Is: ast.IsNot, ast.IsNot: ast.Is, ast.In: ast.NotIn, ast.NotIn: ast.In}
			if inv, ok := inverse[cmp.Ops[0]]; ok {
				return &ast.Compare{Pos: cmp.Pos, Left: cmp.Left, Ops: []ast.CmpOp{inv}, Comparators: cmp.Comparators}
			}
		}
		if k, ok := x.Operand.(*ast.Constant); ok {
			if v := foldUnary(x.Op, k.Value); v != nil {
				return &ast.Constant{Pos: x.Pos, Value: v}
			}
		}
	case *ast.BinOp:
		x.Left = foldExpr(x.Left)
		x.Right = foldExpr(x.Right)
		if js := optimizeFormat(x); js != nil {
			return js
		}
		l, ok1 := x.Left.(*ast.Constant)
		r, ok2 := x.Right.(*ast.Constant)
		if ok1 && ok2 {
			if v := foldBinary(x.Op, l.Value, r.Value); v != nil {
				return &ast.Constant{Pos: x.Pos, Value: v}
			}
		}
	case *ast.Tuple:
		foldExprs(x.Elts)
		if x.Ctx == ast.Load {
			t := make(constant.Tuple, 0, len(x.Elts))
			for _, el := range x.Elts {
				k, ok := el.(*ast.Constant)
				if !ok {
					return e
				}
				t = append(t, k.Value)
			}
			return &ast.Constant{Pos: x.Pos, Value: t}
		}
	case *ast.List:
		foldExprs(x.Elts)
	case *ast.Set:
		foldExprs(x.Elts)
	case *ast.Dict:
		foldExprs(x.Keys)
		foldExprs(x.Values)
	case *ast.Starred:
		x.Value = foldExpr(x.Value)
	case *ast.Slice:
		for _, p := range []*ast.Expr{&x.Lower, &x.Upper, &x.Step} {
			if *p != nil {
				*p = foldExpr(*p)
			}
		}
	case *ast.Lambda:
		foldArgs(x.Args)
		x.Body = foldExpr(x.Body)
	case *ast.NamedExpr:
		x.Value = foldExpr(x.Value)
	case *ast.Await:
		x.Value = foldExpr(x.Value)
	case *ast.Yield:
		if x.Value != nil {
			x.Value = foldExpr(x.Value)
		}
	case *ast.YieldFrom:
		x.Value = foldExpr(x.Value)
	case *ast.JoinedStr:
		foldExprs(x.Values)
	case *ast.FormattedValue:
		x.Value = foldExpr(x.Value)
		if x.FormatSpec != nil {
			x.FormatSpec = foldExpr(x.FormatSpec)
		}
	case *ast.ListComp:
		foldComp(x.Generators)
		x.Elt = foldExpr(x.Elt)
	case *ast.SetComp:
		foldComp(x.Generators)
		x.Elt = foldExpr(x.Elt)
	case *ast.GeneratorExp:
		foldComp(x.Generators)
		x.Elt = foldExpr(x.Elt)
	case *ast.DictComp:
		foldComp(x.Generators)
		x.Key = foldExpr(x.Key)
		x.Value = foldExpr(x.Value)
	case *ast.Call:
		x.Func = foldExpr(x.Func)
		foldExprs(x.Args)
		for _, k := range x.Keywords {
			k.Value = foldExpr(k.Value)
		}
	case *ast.Attribute:
		x.Value = foldExpr(x.Value)
	case *ast.Subscript:
		x.Value = foldExpr(x.Value)
		x.Slice = foldExpr(x.Slice)
		if x.Ctx == ast.Load {
			v, ok1 := x.Value.(*ast.Constant)
			i, ok2 := x.Slice.(*ast.Constant)
			if ok1 && ok2 {
				if r := foldSubscript(v.Value, i.Value); r != nil {
					return &ast.Constant{Pos: x.Pos, Value: r}
				}
			}
		}
	case *ast.Compare:
		x.Left = foldExpr(x.Left)
		foldExprs(x.Comparators)
		// `x in [a, b]` / `x in {a, b}`: the container becomes a tuple / frozenset.
		if op := x.Ops[len(x.Ops)-1]; op == ast.In || op == ast.NotIn {
			last := len(x.Comparators) - 1
			x.Comparators[last] = foldIter(x.Comparators[last])
		}
	case *ast.BoolOp:
		foldExprs(x.Values)
	case *ast.IfExp:
		x.Test = foldExpr(x.Test)
		x.Body = foldExpr(x.Body)
		x.Orelse = foldExpr(x.Orelse)
	}
	return e
}

func foldComp(gens []*ast.Comprehension) {
	for _, g := range gens {
		g.Target = foldExpr(g.Target)
		g.Iter = foldIter(foldExpr(g.Iter))
		foldExprs(g.Ifs)
	}
}

var noPos = ast.Pos{Lineno: -1, ColOffset: -1, EndLineno: -1, EndColOffset: -1}

// optimizeFormat turns 'literal %s %r' % (a, b) into an f-string when every format
// unit is a simple %s, %r or %a (CPython's optimize_format).
func optimizeFormat(x *ast.BinOp) ast.Expr {
	lit, ok := x.Left.(*ast.Constant)
	if !ok || x.Op != ast.Mod {
		return nil
	}
	fmtStr, ok := lit.Value.(constant.Str)
	if !ok {
		return nil
	}
	tup, ok := x.Right.(*ast.Tuple)
	if !ok {
		return nil
	}
	for _, e := range tup.Elts {
		if _, ok := e.(*ast.Starred); ok {
			return nil
		}
	}
	f := []rune(string(fmtStr))
	pos, cnt := 0, 0
	var values []ast.Expr
	for {
		start := pos
		percents := false
		for pos < len(f) {
			if f[pos] != '%' {
				pos++
			} else if pos+1 < len(f) && f[pos+1] == '%' {
				percents = true
				pos += 2
			} else {
				break
			}
		}
		if pos > start {
			str := string(f[start:pos])
			if percents {
				str = strings.ReplaceAll(str, "%%", "%")
			}
			values = append(values, &ast.Constant{Pos: noPos, Value: constant.Str(str)})
		}
		if pos >= len(f) {
			break
		}
		if cnt >= len(tup.Elts) {
			return nil
		}
		pos++ // the '%'
		fv := parseFormatUnit(f, &pos, tup.Elts[cnt])
		cnt++
		if fv == nil {
			return nil
		}
		values = append(values, fv)
	}
	if cnt < len(tup.Elts) {
		return nil
	}
	return &ast.JoinedStr{Pos: x.Pos, Values: values}
}

// parseFormatUnit parses one simple %-format unit ([-] [width] [.prec] s|r|a).
func parseFormatUnit(f []rune, ppos *int, arg ast.Expr) ast.Expr {
	pos := *ppos
	next := func() (rune, bool) {
		if pos >= len(f) {
			return 0, false
		}
		pos++
		return f[pos-1], true
	}
	ljust := false
	ch, ok := next()
	for ok {
		switch ch {
		case '-':
			ljust = true
		case '+', ' ', '#', '0':
			return nil
		default:
			goto flagsDone
		}
		ch, ok = next()
	}
	return nil
flagsDone:
	width, prec := -1, -1
	if ch >= '0' && ch <= '9' {
		width = 0
		digits := 0
		for ch >= '0' && ch <= '9' {
			width = width*10 + int(ch-'0')
			if ch, ok = next(); !ok {
				return nil
			}
			if digits++; digits >= 3 {
				return nil
			}
		}
	}
	if ch == '.' {
		if ch, ok = next(); !ok {
			return nil
		}
		prec = 0
		digits := 0
		for ch >= '0' && ch <= '9' {
			prec = prec*10 + int(ch-'0')
			if ch, ok = next(); !ok {
				return nil
			}
			if digits++; digits >= 3 {
				return nil
			}
		}
	}
	if ch != 's' && ch != 'r' && ch != 'a' {
		return nil
	}
	*ppos = pos
	spec := ""
	if !ljust && width > 0 {
		spec += ">"
	}
	if width >= 0 {
		spec += strconv.Itoa(width)
	}
	if prec >= 0 {
		spec += "." + strconv.Itoa(prec)
	}
	fv := &ast.FormattedValue{Pos: *arg.GetPos(), Value: arg, Conversion: int(ch)}
	if spec != "" {
		fv.FormatSpec = &ast.Constant{Pos: noPos, Value: constant.Str(spec)}
	}
	return fv
}

// foldPattern folds the value expressions in a match pattern (astfold_pattern):
// negative numbers and complex literals such as -1 and 1+2j become constants.
func foldPattern(p ast.Pattern) {
	switch x := p.(type) {
	case *ast.MatchValue:
		x.Value = foldExpr(x.Value)
	case *ast.MatchSequence:
		for _, q := range x.Patterns {
			foldPattern(q)
		}
	case *ast.MatchMapping:
		foldExprs(x.Keys)
		for _, q := range x.Patterns {
			foldPattern(q)
		}
	case *ast.MatchClass:
		x.Cls = foldExpr(x.Cls)
		for _, q := range x.Patterns {
			foldPattern(q)
		}
		for _, q := range x.KwdPatterns {
			foldPattern(q)
		}
	case *ast.MatchAs:
		if x.Pattern != nil {
			foldPattern(x.Pattern)
		}
	case *ast.MatchOr:
		for _, q := range x.Patterns {
			foldPattern(q)
		}
	}
}
