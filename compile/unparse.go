package compile

import (
	"strings"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
)

// This file turns expressions back into source text as CPython's ast_unparse.c
// does, for `from __future__ import annotations`, where every annotation is stored
// as the string of its expression. The text must match CPython's exactly: it ends
// up in co_consts.

// Precedence levels, lowest first (ast_unparse.c's PR_*).
const (
	prTuple = iota
	prTest  // if-else, lambda
	prOr
	prAnd
	prNot
	prCmp
	prBor // also PR_EXPR
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

const prExpr = prBor

// Unparse returns the source text of e as CPython's annotations future stores it.
func Unparse(e ast.Expr) string {
	var u unparser
	u.expr(e, prTest)
	return u.String()
}

type unparser struct{ strings.Builder }

func (u *unparser) paren(open bool, s string) {
	if open {
		u.WriteString(s)
	}
}

func (u *unparser) exprs(es []ast.Expr, level int) {
	for i, e := range es {
		if i > 0 {
			u.WriteString(", ")
		}
		u.expr(e, level)
	}
}

func (u *unparser) expr(e ast.Expr, level int) {
	switch x := e.(type) {
	case *ast.BoolOp:
		pr, op := prOr, " or "
		if x.Op == ast.And {
			pr, op = prAnd, " and "
		}
		u.paren(level > pr, "(")
		for i, v := range x.Values {
			if i > 0 {
				u.WriteString(op)
			}
			u.expr(v, pr+1)
		}
		u.paren(level > pr, ")")
	case *ast.BinOp:
		op, pr := binOpText(x.Op)
		rassoc := 0
		if x.Op == ast.Pow {
			rassoc = 1
		}
		u.paren(level > pr, "(")
		u.expr(x.Left, pr+rassoc)
		u.WriteString(op)
		u.expr(x.Right, pr+1-rassoc)
		u.paren(level > pr, ")")
	case *ast.UnaryOp:
		op, pr := "~", prFactor
		switch x.Op {
		case ast.Not:
			op, pr = "not ", prNot
		case ast.UAdd:
			op = "+"
		case ast.USub:
			op = "-"
		}
		u.paren(level > pr, "(")
		u.WriteString(op)
		u.expr(x.Operand, pr)
		u.paren(level > pr, ")")
	case *ast.Lambda:
		u.paren(level > prTest, "(")
		if len(x.Args.Args)+len(x.Args.Posonlyargs) > 0 {
			u.WriteString("lambda ")
		} else {
			u.WriteString("lambda")
		}
		u.args(x.Args)
		u.WriteString(": ")
		u.expr(x.Body, prTest)
		u.paren(level > prTest, ")")
	case *ast.IfExp:
		u.paren(level > prTest, "(")
		u.expr(x.Body, prTest+1)
		u.WriteString(" if ")
		u.expr(x.Test, prTest+1)
		u.WriteString(" else ")
		u.expr(x.Orelse, prTest)
		u.paren(level > prTest, ")")
	case *ast.Dict:
		u.WriteString("{")
		for i, v := range x.Values {
			if i > 0 {
				u.WriteString(", ")
			}
			if k := x.Keys[i]; k != nil {
				u.expr(k, prTest)
				u.WriteString(": ")
				u.expr(v, prTest)
			} else {
				u.WriteString("**")
				u.expr(v, prExpr)
			}
		}
		u.WriteString("}")
	case *ast.Set:
		if len(x.Elts) == 0 {
			u.WriteString("{*()}")
			return
		}
		u.WriteString("{")
		u.exprs(x.Elts, prTest)
		u.WriteString("}")
	case *ast.GeneratorExp:
		u.WriteString("(")
		u.expr(x.Elt, prTest)
		u.comprehensions(x.Generators)
		u.WriteString(")")
	case *ast.ListComp:
		u.WriteString("[")
		u.expr(x.Elt, prTest)
		u.comprehensions(x.Generators)
		u.WriteString("]")
	case *ast.SetComp:
		u.WriteString("{")
		u.expr(x.Elt, prTest)
		u.comprehensions(x.Generators)
		u.WriteString("}")
	case *ast.DictComp:
		u.WriteString("{")
		u.expr(x.Key, prTest)
		u.WriteString(": ")
		u.expr(x.Value, prTest)
		u.comprehensions(x.Generators)
		u.WriteString("}")
	case *ast.Yield:
		if x.Value == nil {
			u.WriteString("(yield)")
			return
		}
		u.WriteString("(yield ")
		u.expr(x.Value, prTest)
		u.WriteString(")")
	case *ast.YieldFrom:
		u.WriteString("(yield from ")
		u.expr(x.Value, prTest)
		u.WriteString(")")
	case *ast.Await:
		u.paren(level > prAwait, "(")
		u.WriteString("await ")
		u.expr(x.Value, prAtom)
		u.paren(level > prAwait, ")")
	case *ast.Compare:
		u.paren(level > prCmp, "(")
		u.expr(x.Left, prCmp+1)
		for i, op := range x.Ops {
			u.WriteString(cmpOpText[op])
			u.expr(x.Comparators[i], prCmp+1)
		}
		u.paren(level > prCmp, ")")
	case *ast.Call:
		u.expr(x.Func, prAtom)
		if len(x.Args) == 1 && len(x.Keywords) == 0 {
			if g, ok := x.Args[0].(*ast.GeneratorExp); ok {
				u.expr(g, prTest)
				return
			}
		}
		u.WriteString("(")
		u.exprs(x.Args, prTest)
		for i, k := range x.Keywords {
			if i > 0 || len(x.Args) > 0 {
				u.WriteString(", ")
			}
			if k.Arg == "" {
				u.WriteString("**")
			} else {
				u.WriteString(k.Arg + "=")
			}
			u.expr(k.Value, prTest)
		}
		u.WriteString(")")
	case *ast.Constant:
		if _, ok := x.Value.(constant.EllipsisType); ok {
			u.WriteString("...")
			return
		}
		u.WriteString(x.Kind)
		u.constant(x.Value)
	case *ast.JoinedStr:
		u.WriteString("f")
		u.WriteString(constant.StrRepr(fstringBody(x.Values, false)))
	case *ast.FormattedValue:
		u.formattedValue(x)
	case *ast.Attribute:
		u.expr(x.Value, prAtom)
		if k, ok := x.Value.(*ast.Constant); ok {
			if _, isInt := k.Value.(constant.Int); isInt {
				u.WriteString(" ")
			}
		}
		u.WriteString(".")
		u.WriteString(x.Attr)
	case *ast.Subscript:
		u.expr(x.Value, prAtom)
		u.WriteString("[")
		u.expr(x.Slice, prTuple)
		u.WriteString("]")
	case *ast.Starred:
		u.WriteString("*")
		u.expr(x.Value, prExpr)
	case *ast.Name:
		u.WriteString(x.Id)
	case *ast.List:
		u.WriteString("[")
		u.exprs(x.Elts, prTest)
		u.WriteString("]")
	case *ast.Tuple:
		if len(x.Elts) == 0 {
			u.WriteString("()")
			return
		}
		u.paren(level > prTuple, "(")
		u.exprs(x.Elts, prTest)
		u.paren(len(x.Elts) == 1, ",")
		u.paren(level > prTuple, ")")
	case *ast.Slice:
		if x.Lower != nil {
			u.expr(x.Lower, prTest)
		}
		u.WriteString(":")
		if x.Upper != nil {
			u.expr(x.Upper, prTest)
		}
		if x.Step != nil {
			u.WriteString(":")
			u.expr(x.Step, prTest)
		}
	case *ast.NamedExpr:
		u.paren(level > prTuple, "(")
		u.expr(x.Target, prAtom)
		u.WriteString(" := ")
		u.expr(x.Value, prAtom)
		u.paren(level > prTuple, ")")
	}
}

func (u *unparser) constant(v constant.Value) {
	switch x := v.(type) {
	case constant.Float, constant.Complex:
		// infinities print as a literal that overflows to them
		u.WriteString(strings.ReplaceAll(constant.Repr(x), "inf", "1e309"))
	case constant.Tuple:
		u.WriteString("(")
		for i, e := range x {
			if i > 0 {
				u.WriteString(", ")
			}
			u.constant(e)
		}
		u.paren(len(x) == 1, ",")
		u.WriteString(")")
	case constant.EllipsisType:
		u.WriteString("...")
	default:
		u.WriteString(constant.Repr(x))
	}
}

func (u *unparser) comprehensions(gens []*ast.Comprehension) {
	for _, g := range gens {
		if g.IsAsync != 0 {
			u.WriteString(" async for ")
		} else {
			u.WriteString(" for ")
		}
		u.expr(g.Target, prTuple)
		u.WriteString(" in ")
		u.expr(g.Iter, prTest+1)
		for _, cond := range g.Ifs {
			u.WriteString(" if ")
			u.expr(cond, prTest+1)
		}
	}
}

func (u *unparser) arg(a *ast.Arg) {
	u.WriteString(a.Arg)
	if a.Annotation != nil {
		u.WriteString(": ")
		u.expr(a.Annotation, prTest)
	}
}

func (u *unparser) args(a *ast.Arguments) {
	first := true
	sep := func() {
		if !first {
			u.WriteString(", ")
		}
		first = false
	}
	npos, nargs, ndef := len(a.Posonlyargs), len(a.Args), len(a.Defaults)
	for i := 0; i < npos+nargs; i++ {
		sep()
		if i < npos {
			u.arg(a.Posonlyargs[i])
		} else {
			u.arg(a.Args[i-npos])
		}
		if di := i - npos - nargs + ndef; di >= 0 {
			u.WriteString("=")
			u.expr(a.Defaults[di], prTest)
		}
		if npos > 0 && i+1 == npos {
			u.WriteString(", /")
		}
	}
	if a.Vararg != nil || len(a.Kwonlyargs) > 0 {
		sep()
		u.WriteString("*")
		if a.Vararg != nil {
			u.arg(a.Vararg)
		}
	}
	nkw, nkwdef := len(a.Kwonlyargs), len(a.KwDefaults)
	for i, k := range a.Kwonlyargs {
		sep()
		u.arg(k)
		if di := i - nkw + nkwdef; di >= 0 && a.KwDefaults[di] != nil {
			u.WriteString("=")
			u.expr(a.KwDefaults[di], prTest)
		}
	}
	if a.Kwarg != nil {
		sep()
		u.WriteString("**")
		u.arg(a.Kwarg)
	}
}

// fstringBody is the text between an f-string's quotes (build_fstring_body).
func fstringBody(values []ast.Expr, formatSpec bool) string {
	var u unparser
	for _, v := range values {
		u.fstringElement(v, formatSpec)
	}
	return u.String()
}

func (u *unparser) fstringElement(e ast.Expr, formatSpec bool) {
	switch x := e.(type) {
	case *ast.Constant:
		s, _ := x.Value.(constant.Str)
		r := strings.NewReplacer("{", "{{", "}", "}}")
		u.WriteString(r.Replace(string(s)))
	case *ast.JoinedStr:
		if formatSpec {
			u.WriteString(fstringBody(x.Values, true))
		} else {
			u.WriteString("f" + constant.StrRepr(fstringBody(x.Values, false)))
		}
	case *ast.FormattedValue:
		u.formattedValue(x)
	}
}

func (u *unparser) formattedValue(x *ast.FormattedValue) {
	var inner unparser
	inner.expr(x.Value, prTest+1)
	s := inner.String()
	if strings.HasPrefix(s, "{") {
		// an expression starting with a brace is set apart from the outer one
		u.WriteString("{ ")
	} else {
		u.WriteString("{")
	}
	u.WriteString(s)
	switch x.Conversion {
	case 'a':
		u.WriteString("!a")
	case 'r':
		u.WriteString("!r")
	case 's':
		u.WriteString("!s")
	}
	if x.FormatSpec != nil {
		u.WriteString(":")
		u.fstringElement(x.FormatSpec, true)
	}
	u.WriteString("}")
}

func binOpText(op ast.Operator) (string, int) {
	switch op {
	case ast.Add:
		return " + ", prArith
	case ast.Sub:
		return " - ", prArith
	case ast.Mult:
		return " * ", prTerm
	case ast.MatMult:
		return " @ ", prTerm
	case ast.Div:
		return " / ", prTerm
	case ast.Mod:
		return " % ", prTerm
	case ast.LShift:
		return " << ", prShift
	case ast.RShift:
		return " >> ", prShift
	case ast.BitOr:
		return " | ", prBor
	case ast.BitXor:
		return " ^ ", prBxor
	case ast.BitAnd:
		return " & ", prBand
	case ast.FloorDiv:
		return " // ", prTerm
	}
	return " ** ", prPower
}

var cmpOpText = map[ast.CmpOp]string{
	ast.Eq: " == ", ast.NotEq: " != ", ast.Lt: " < ", ast.LtE: " <= ", ast.Gt: " > ", ast.GtE: " >= ",
	ast.Is: " is ", ast.IsNot: " is not ", ast.In: " in ", ast.NotIn: " not in ",
}

// stringifyAnnotations replaces every annotation the code generator would evaluate
// with the constant string of its source (the annotations future), keeping its
// position so LOAD_CONST gets the annotation's location.
func stringifyAnnotations(body []ast.Stmt) {
	str := func(e ast.Expr) ast.Expr {
		if e == nil {
			return nil
		}
		return &ast.Constant{Pos: *e.GetPos(), Value: constant.Str(Unparse(e))}
	}
	args := func(a *ast.Arguments) {
		for _, group := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs, {a.Vararg, a.Kwarg}} {
			for _, arg := range group {
				if arg != nil {
					arg.Annotation = str(arg.Annotation)
				}
			}
		}
	}
	for _, s := range body {
		switch x := s.(type) {
		case *ast.AnnAssign:
			x.Annotation = str(x.Annotation)
		case *ast.FunctionDef:
			args(x.Args)
			x.Returns = str(x.Returns)
			stringifyAnnotations(x.Body)
		case *ast.AsyncFunctionDef:
			args(x.Args)
			x.Returns = str(x.Returns)
			stringifyAnnotations(x.Body)
		case *ast.ClassDef:
			stringifyAnnotations(x.Body)
		case *ast.If:
			stringifyAnnotations(x.Body)
			stringifyAnnotations(x.Orelse)
		case *ast.For:
			stringifyAnnotations(x.Body)
			stringifyAnnotations(x.Orelse)
		case *ast.AsyncFor:
			stringifyAnnotations(x.Body)
			stringifyAnnotations(x.Orelse)
		case *ast.While:
			stringifyAnnotations(x.Body)
			stringifyAnnotations(x.Orelse)
		case *ast.With:
			stringifyAnnotations(x.Body)
		case *ast.AsyncWith:
			stringifyAnnotations(x.Body)
		case *ast.Try:
			stringifyAnnotations(x.Body)
			for _, h := range x.Handlers {
				stringifyAnnotations(h.Body)
			}
			stringifyAnnotations(x.Orelse)
			stringifyAnnotations(x.Finalbody)
		case *ast.TryStar:
			stringifyAnnotations(x.Body)
			for _, h := range x.Handlers {
				stringifyAnnotations(h.Body)
			}
			stringifyAnnotations(x.Orelse)
			stringifyAnnotations(x.Finalbody)
		case *ast.Match:
			for _, mc := range x.Cases {
				stringifyAnnotations(mc.Body)
			}
		}
	}
}
