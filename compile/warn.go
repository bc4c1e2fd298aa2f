package compile

import (
	"fmt"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
)

// The SyntaxWarnings CPython's code generator gives for code that cannot work (a
// literal called or subscripted, "is" with a literal, an assert on a tuple). Each
// goes to Options.Warn with the expression's position; if Warn returns an error
// (the warnings filters made it one), compilation stops with it.

func (c *compiler) warn(p *ast.Pos, format string, args ...any) {
	if c.opts.Warn == nil {
		return
	}
	if err := c.opts.Warn(fmt.Sprintf(format, args...), p); err != nil {
		panic(compileErr{err})
	}
}

// inferType is the compiler's infer_type: the type an expression certainly has, by
// its name ("" when unknown).
func inferType(e ast.Expr) string {
	switch x := e.(type) {
	case *ast.Tuple:
		return "tuple"
	case *ast.List, *ast.ListComp:
		return "list"
	case *ast.Dict, *ast.DictComp:
		return "dict"
	case *ast.Set, *ast.SetComp:
		return "set"
	case *ast.GeneratorExp:
		return "generator"
	case *ast.Lambda:
		return "function"
	case *ast.JoinedStr, *ast.FormattedValue:
		return "str"
	case *ast.Constant:
		return constTypeName(x.Value)
	}
	return ""
}

func constTypeName(v constant.Value) string {
	switch v.(type) {
	case constant.NoneType:
		return "NoneType"
	case constant.EllipsisType:
		return "ellipsis"
	case constant.Bool:
		return "bool"
	case constant.Int, *constant.Int:
		return "int"
	case constant.Float:
		return "float"
	case constant.Complex:
		return "complex"
	case constant.Str:
		return "str"
	case constant.Bytes:
		return "bytes"
	case constant.Tuple:
		return "tuple"
	case constant.FrozenSet:
		return "frozenset"
	}
	return ""
}

// checkCaller is check_caller: a call of something that is never callable.
func (c *compiler) checkCaller(f ast.Expr) {
	switch f.(type) {
	case *ast.Constant, *ast.Tuple, *ast.List, *ast.ListComp, *ast.Dict, *ast.DictComp, *ast.Set, *ast.SetComp,
		*ast.GeneratorExp, *ast.JoinedStr, *ast.FormattedValue:
		c.warn(f.GetPos(), "'%s' object is not callable; perhaps you missed a comma?", inferType(f))
	}
}

// checkSubscripter is check_subscripter: a subscript of something that never
// supports it.
func (c *compiler) checkSubscripter(v ast.Expr) {
	switch x := v.(type) {
	case *ast.Constant:
		switch x.Value.(type) {
		case constant.NoneType, constant.EllipsisType, constant.Bool, constant.Int, *constant.Int,
			constant.Float, constant.Complex, constant.FrozenSet:
		default:
			return
		}
	case *ast.Set, *ast.SetComp, *ast.GeneratorExp, *ast.Lambda:
	default:
		return
	}
	c.warn(v.GetPos(), "'%s' object is not subscriptable; perhaps you missed a comma?", inferType(v))
}

// checkIndex is check_index: a sequence indexed by something that is certainly not
// an integer or a slice.
func (c *compiler) checkIndex(v, index ast.Expr) {
	it := inferType(index)
	if it == "" || it == "int" || it == "bool" {
		return
	}
	switch x := v.(type) {
	case *ast.Constant:
		switch x.Value.(type) {
		case constant.Str, constant.Bytes, constant.Tuple:
		default:
			return
		}
	case *ast.Tuple, *ast.List, *ast.ListComp, *ast.JoinedStr, *ast.FormattedValue:
	default:
		return
	}
	c.warn(v.GetPos(), "%s indices must be integers or slices, not %s; perhaps you missed a comma?", inferType(v), it)
}

// checkCompare is check_compare: "is" or "is not" with a literal other than None,
// True, False and Ellipsis.
func (c *compiler) checkCompare(x *ast.Compare) {
	isArg := func(e ast.Expr) bool {
		k, ok := e.(*ast.Constant)
		if !ok {
			return true
		}
		switch k.Value.(type) {
		case constant.NoneType, constant.Bool, constant.EllipsisType:
			return true
		}
		return false
	}
	left := isArg(x.Left)
	for i, op := range x.Ops {
		right := isArg(x.Comparators[i])
		if (op == ast.Is || op == ast.IsNot) && (!left || !right) {
			lit := x.Left
			if left {
				lit = x.Comparators[i]
			}
			if op == ast.Is {
				c.warn(x.GetPos(), "\"is\" with '%s' literal. Did you mean \"==\"?", inferType(lit))
			} else {
				c.warn(x.GetPos(), "\"is not\" with '%s' literal. Did you mean \"!=\"?", inferType(lit))
			}
			return
		}
		left = right
	}
}

// checkAssert is compiler_assert's warning: an assert on a non-empty tuple.
func (c *compiler) checkAssert(s *ast.Assert) {
	always := false
	switch t := s.Test.(type) {
	case *ast.Tuple:
		always = len(t.Elts) > 0
	case *ast.Constant:
		tu, ok := t.Value.(constant.Tuple)
		always = ok && len(tu) > 0
	}
	if always {
		c.warn(s.GetPos(), "assertion is always true, perhaps remove parentheses?")
	}
}
