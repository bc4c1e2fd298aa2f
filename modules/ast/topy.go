package ast

import (
	"fmt"
	"reflect"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/py"
	syn "github.com/kaa-python/kaa/syntax/ast"
)

// byGoType finds the class of a syntax/ast struct type (filled by init).
var byGoType = map[reflect.Type]*classInfo{}

// toPython converts a parsed tree to _ast objects (compile() with PyCF_ONLY_AST).
func toPython(t *py.Thread, mod syn.ModNode, opts py.ToPyOptions) (py.Value, *py.Exception) {
	st, err := stateOf(t)
	if err != nil {
		return py.Value{}, err
	}
	c := &toPy{st: st, optimized: opts.Optimize > 0, feature: opts.FeatureVersion, filename: opts.Filename}
	return c.node(reflect.ValueOf(mod))
}

// isAST reports whether v is an ast.AST instance.
func isAST(v py.Value) bool { return v.Type().IsSubtype(astType) }

// toPy converts one tree; optimized turns names __debug__ into False.
type toPy struct {
	st        *state
	optimized bool
	feature   int // the feature_version minor, or -1
	filename  string
}

var falseConst constant.Value = constant.Bool(false)

// node converts one node (a pointer to a syntax/ast struct, or an operator value).
func (c *toPy) node(v reflect.Value) (py.Value, *py.Exception) {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return py.None(), nil
		}
		v = v.Elem()
	}
	if v.Kind() == reflect.Uint8 {
		s, ok := v.Interface().(fmt.Stringer)
		if !ok {
			return py.Value{}, py.Errorf(py.SystemError(), "unexpected AST value %v", v)
		}
		r, ok := c.st.singleton[s.String()]
		if !ok {
			return py.Value{}, py.Errorf(py.SystemError(), "unknown AST operator %s", s.String())
		}
		return r, nil
	}
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return py.None(), nil
	}
	if n, ok := v.Interface().(*syn.Name); ok && c.optimized && n.Id == "__debug__" {
		v = reflect.ValueOf(&syn.Constant{Pos: n.Pos, Value: falseConst})
	}
	if c.feature >= 0 {
		if msg, pos := tooNew(v.Interface(), c.feature); msg != "" {
			return py.Value{}, py.NewException(py.SyntaxError(), py.NewStr(msg), py.NewTuple(py.NewStr(c.filename),
				py.Int(int64(pos.Lineno)), py.Int(int64(pos.ColOffset+1)), py.None(),
				py.Int(int64(pos.EndLineno)), py.Int(int64(pos.EndColOffset+1))))
		}
	}
	ci := byGoType[v.Type().Elem()]
	if ci == nil {
		return py.Value{}, py.Errorf(py.SystemError(), "unexpected AST node %s", v.Type())
	}
	s := v.Elem()
	obj := newNode(c.st.classes[ci.name])
	d := py.NewDict()
	for i, f := range ci.fields {
		fv, err := c.field(s.FieldByIndex(ci.goField[i]), f)
		if err != nil {
			return py.Value{}, err
		}
		d.SetStr(f.name, fv)
	}
	for i, a := range ci.allAttrs {
		d.SetStr(a, py.Int(s.FieldByIndex(ci.goAttr[i]).Int()))
	}
	py.SetInstanceDict(obj, d)
	return obj, nil
}

func (c *toPy) field(v reflect.Value, f fieldInfo) (py.Value, *py.Exception) {
	if f.q == '*' {
		items := make([]py.Value, v.Len())
		one := f
		one.q = '1'
		for i := range items {
			x, err := c.field(v.Index(i), one)
			if err != nil {
				return py.Value{}, err
			}
			items[i] = x
		}
		return py.NewList(items).Value(), nil
	}
	switch f.typ {
	case "identifier", "string":
		s := v.String()
		if s == "" && f.q == '?' {
			return py.None(), nil
		}
		return py.NewStr(s), nil
	case "int":
		return py.Int(v.Int()), nil
	case "constant":
		if v.IsNil() {
			return py.None(), nil
		}
		return py.ConstValue(v.Interface().(constant.Value)), nil
	}
	return c.node(v)
}

// tooNew reports syntax that Python 3.minor lacks (ast.parse's feature_version),
// with CPython's parser's message, and where it is.
func tooNew(n any, minor int) (string, *syn.Pos) {
	var tps []syn.TypeParam
	switch x := n.(type) {
	case *syn.NamedExpr:
		if minor < 8 {
			return "Assignment expressions are only supported in Python 3.8 and greater", &x.Pos
		}
	case *syn.Arguments:
		if minor < 8 && len(x.Posonlyargs) > 0 {
			return "Positional-only parameters are only supported in Python 3.8 and greater", &x.Posonlyargs[0].Pos
		}
	case *syn.Match:
		if minor < 10 {
			return "Pattern matching is only supported in Python 3.10 and greater", &x.Pos
		}
	case *syn.TryStar:
		if minor < 11 {
			return "Exception groups are only supported in Python 3.11 and greater", &x.Pos
		}
	case *syn.TypeAlias:
		if minor < 12 {
			return "Type statement is only supported in Python 3.12 and greater", &x.Pos
		}
		tps = x.TypeParams
	case *syn.FunctionDef:
		tps = x.TypeParams
	case *syn.AsyncFunctionDef:
		tps = x.TypeParams
	case *syn.ClassDef:
		tps = x.TypeParams
	}
	if len(tps) > 0 && minor < 12 {
		return "Type parameter lists are only supported in Python 3.12 and greater", tps[0].GetPos()
	}
	for _, tp := range tps {
		var def syn.Expr
		switch x := tp.(type) {
		case *syn.TypeVar:
			def = x.DefaultValue
		case *syn.ParamSpec:
			def = x.DefaultValue
		case *syn.TypeVarTuple:
			def = x.DefaultValue
		}
		if def != nil && minor < 13 {
			return "Type parameter defaults are only supported in Python 3.13 and greater", def.GetPos()
		}
	}
	return "", nil
}
