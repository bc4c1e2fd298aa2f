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
func toPython(t *py.Thread, mod syn.ModNode) (py.Value, *py.Exception) {
	st, err := stateOf(t)
	if err != nil {
		return py.Value{}, err
	}
	return st.node(reflect.ValueOf(mod))
}

// node converts one node (a pointer to a syntax/ast struct, or an operator value).
func (st *state) node(v reflect.Value) (py.Value, *py.Exception) {
	if v.Kind() == reflect.Interface {
		if v.IsNil() {
			return py.None, nil
		}
		v = v.Elem()
	}
	if v.Kind() == reflect.Uint8 {
		s, ok := v.Interface().(fmt.Stringer)
		if !ok {
			return py.Value{}, py.Errorf(py.SystemError, "unexpected AST value %v", v)
		}
		r, ok := st.singleton[s.String()]
		if !ok {
			return py.Value{}, py.Errorf(py.SystemError, "unknown AST operator %s", s.String())
		}
		return r, nil
	}
	if v.Kind() != reflect.Pointer || v.IsNil() {
		return py.None, nil
	}
	c := byGoType[v.Type().Elem()]
	if c == nil {
		return py.Value{}, py.Errorf(py.SystemError, "unexpected AST node %s", v.Type())
	}
	s := v.Elem()
	obj := newNode(st.classes[c.name])
	d := py.NewDict()
	for i, f := range c.fields {
		fv, err := st.field(s.FieldByIndex(c.goField[i]), f)
		if err != nil {
			return py.Value{}, err
		}
		d.SetStr(f.name, fv)
	}
	for i, a := range c.allAttrs {
		d.SetStr(a, py.Int(s.FieldByIndex(c.goAttr[i]).Int()))
	}
	py.SetInstanceDict(obj, d)
	return obj, nil
}

func (st *state) field(v reflect.Value, f fieldInfo) (py.Value, *py.Exception) {
	if f.q == '*' {
		items := make([]py.Value, v.Len())
		one := f
		one.q = '1'
		for i := range items {
			x, err := st.field(v.Index(i), one)
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
			return py.None, nil
		}
		return py.NewStr(s), nil
	case "int":
		return py.Int(v.Int()), nil
	case "constant":
		if v.IsNil() {
			return py.None, nil
		}
		return py.ConstValue(v.Interface().(constant.Value)), nil
	}
	return st.node(v)
}
