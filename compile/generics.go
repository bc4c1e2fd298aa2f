package compile

import (
	"fmt"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/syntax/ast"
)

// This file compiles PEP 695 generics: the hidden "<generic parameters of X>"
// function that creates the type parameters of a generic def, class or type alias,
// the lazily evaluated bounds, constraints and defaults, and type aliases.

// CALL_INTRINSIC_1 and CALL_INTRINSIC_2 arguments used here.
const (
	intrinsicTypeVar          = 7
	intrinsicParamSpec        = 8
	intrinsicTypeVarTuple     = 9
	intrinsicSubscriptGeneric = 10
	intrinsicTypeAlias        = 11

	intrinsicTypeVarWithBound       = 2
	intrinsicTypeVarWithConstraints = 3
	intrinsicSetFunctionTypeParams  = 4
	intrinsicSetTypeParamDefault    = 5
)

// enterTypeParams opens the scope that evaluates a generic's type parameters.
func (c *compiler) enterTypeParams(key ast.Stmt, name string, firstLine int) {
	s := c.table.ByNode[TypeParamsKey{key}]
	if s == nil {
		panic(fmt.Sprintf("no type parameter scope for %s", name))
	}
	tpName := "<generic parameters of " + name + ">"
	c.enter(s, tpName, c.qualname(tpName), firstLine)
	c.emitLoc(bytecode.RESUME, 0, bytecode.Position{Line: firstLine, EndLine: firstLine, Col: 0, EndCol: 0})
}

// typeParams creates the type parameters, binding each to its name, and leaves
// their tuple on the stack (compiler_type_params).
func (c *compiler) typeParams(tps []ast.TypeParam) {
	seenDefault := false
	for _, tp := range tps {
		loc := posOf(tp)
		var name string
		var def ast.Expr
		switch x := tp.(type) {
		case *ast.TypeVar:
			name, def = x.Name, x.DefaultValue
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Str(name)), loc)
			if x.Bound != nil {
				c.lazyTypeParamValue(x.Bound, name, x, false)
				if _, ok := x.Bound.(*ast.Tuple); ok {
					c.emitLoc(bytecode.CALL_INTRINSIC_2, intrinsicTypeVarWithConstraints, loc)
				} else {
					c.emitLoc(bytecode.CALL_INTRINSIC_2, intrinsicTypeVarWithBound, loc)
				}
			} else {
				c.emitLoc(bytecode.CALL_INTRINSIC_1, intrinsicTypeVar, loc)
			}
		case *ast.TypeVarTuple:
			name, def = x.Name, x.DefaultValue
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Str(name)), loc)
			c.emitLoc(bytecode.CALL_INTRINSIC_1, intrinsicTypeVarTuple, loc)
		case *ast.ParamSpec:
			name, def = x.Name, x.DefaultValue
			c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Str(name)), loc)
			c.emitLoc(bytecode.CALL_INTRINSIC_1, intrinsicParamSpec, loc)
		}
		if def != nil {
			seenDefault = true
			_, starOK := tp.(*ast.TypeVarTuple)
			key := any(&def)
			switch x := tp.(type) {
			case *ast.TypeVar:
				key = &x.DefaultValue
			case *ast.TypeVarTuple:
				key = &x.DefaultValue
			case *ast.ParamSpec:
				key = &x.DefaultValue
			}
			c.lazyTypeParamValue(def, name, key, starOK)
			c.emitLoc(bytecode.CALL_INTRINSIC_2, intrinsicSetTypeParamDefault, loc)
		} else if seenDefault {
			c.syntaxError(tp.GetPos(), fmt.Sprintf("non-default type parameter '%s' follows default type parameter", name))
		}
		c.emitLoc(bytecode.COPY, 1, loc)
		c.nameOp(name, ast.Store, loc)
	}
	c.emitLoc(bytecode.BUILD_TUPLE, len(tps), posOf(tps[0]))
}

// lazyTypeParamValue makes the function that evaluates a bound, constraints or
// default when first asked for (compiler_type_param_bound_or_default).
func (c *compiler) lazyTypeParamValue(e ast.Expr, name string, key any, starOK bool) {
	s := c.table.ByNode[key]
	if s == nil {
		panic(fmt.Sprintf("no scope for the bound or default of %s", name))
	}
	line := e.GetPos().Lineno
	c.enter(s, name, c.qualname(name), line)
	c.emitLoc(bytecode.RESUME, 0, bytecode.Position{Line: line, EndLine: line, Col: 0, EndCol: 0})
	loc := posOf(e)
	if st, ok := e.(*ast.Starred); ok && starOK {
		c.expr(st.Value)
		c.emitLoc(bytecode.UNPACK_SEQUENCE, 1, loc)
	} else {
		c.expr(e)
	}
	c.emitLoc(bytecode.RETURN_VALUE, 0, loc)
	c.emit(bytecode.LOAD_CONST, c.addConst(constant.None))
	c.emit(bytecode.RETURN_VALUE, 0)
	c.finishFunction(0, loc)
}

// leaveTypeParams ends the type-parameter scope, returning the value on its stack,
// and calls it with the nargs values below the function on the outer stack.
func (c *compiler) leaveTypeParams(nargs int, loc bytecode.Position) {
	c.emit(bytecode.RETURN_VALUE, 0)
	c.u.argCount = nargs
	c.finishFunction(0, loc)
	if nargs > 0 {
		c.emitLoc(bytecode.SWAP, nargs+1, loc)
		c.emitLoc(bytecode.CALL, nargs-1, loc)
	} else {
		c.emitLoc(bytecode.PUSH_NULL, 0, loc)
		c.emitLoc(bytecode.CALL, 0, loc)
	}
}

// typeAlias compiles a type statement (compiler_typealias): the value is a lazily
// evaluated function.
func (c *compiler) typeAlias(x *ast.TypeAlias) {
	loc := posOf(x)
	name := x.Name.(*ast.Name).Id
	generic := len(x.TypeParams) > 0
	if generic {
		c.enterTypeParams(x, name, x.Lineno)
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Str(name)), loc)
		c.typeParams(x.TypeParams)
	} else {
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.Str(name)), loc)
		c.emitLoc(bytecode.LOAD_CONST, c.addConst(constant.None), loc)
	}
	c.enter(c.table.ByNode[ast.Stmt(x)], name, c.qualname(name), x.Lineno)
	c.emitLoc(bytecode.RESUME, 0, bytecode.Position{Line: x.Lineno, EndLine: x.Lineno, Col: 0, EndCol: 0})
	c.addConst(constant.None) // no docstring
	c.expr(x.Value)
	c.emitLoc(bytecode.RETURN_VALUE, 0, loc)
	c.emit(bytecode.LOAD_CONST, c.addConst(constant.None))
	c.emit(bytecode.RETURN_VALUE, 0)
	c.finishFunction(0, loc)
	c.emitLoc(bytecode.BUILD_TUPLE, 3, loc)
	c.emitLoc(bytecode.CALL_INTRINSIC_1, intrinsicTypeAlias, loc)
	if generic {
		c.leaveTypeParams(0, loc)
	}
	c.nameOp(name, ast.Store, loc)
}
