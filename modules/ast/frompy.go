package ast

import (
	"math"
	"math/big"
	"reflect"

	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/py"
	syn "github.com/kaa-python/kaa/syntax/ast"
)

// maxDepth bounds the nesting fromPython follows, so that a cyclic tree raises
// RecursionError as CPython's obj2ast does.
const maxDepth = 3000

// converter turns _ast objects into a syntax/ast tree, with the type checks and
// messages of CPython's obj2ast functions.
type converter struct {
	t     *py.Thread
	st    *state
	depth int
}

var modeClass = map[string]string{"exec": "Module", "eval": "Expression", "single": "Interactive", "func_type": "FunctionType"}

// fromPython converts an ast.AST object to a tree for compile() in mode, and
// validates it.
func fromPython(t *py.Thread, v py.Value, mode string) (syn.ModNode, bool, *py.Exception) {
	if !v.Type().IsSubtype(astType) {
		return nil, false, nil
	}
	st, err := stateOf(t)
	if err != nil {
		return nil, true, err
	}
	want := st.classes[modeClass[mode]]
	if !v.Type().IsSubtype(want) {
		return nil, true, py.Errorf(py.TypeError(), "expected %s node, got %s", modeClass[mode], shortName(v.Type()))
	}
	c := &converter{t: t, st: st}
	r, err := c.node(v, "mod")
	if err != nil {
		return nil, true, err
	}
	mod := r.Interface().(syn.ModNode)
	if err := validate(mod); err != nil {
		return nil, true, err
	}
	return mod, true, nil
}

func shortName(t *py.Type) string {
	n := t.Name
	for i := len(n) - 1; i >= 0; i-- {
		if n[i] == '.' {
			return n[i+1:]
		}
	}
	return n
}

// classOf finds the _ast class v is an instance of (walking its MRO, so that
// subclasses of node classes convert as their base).
func (c *converter) classOf(v py.Value) *classInfo {
	for _, typ := range v.Type().MRO() {
		if ci, ok := c.st.info[typ]; ok {
			return ci
		}
	}
	return nil
}

// node converts v, which must be of the sum or product type typ; None gives the
// zero value (the caller decides whether the field may be empty).
func (c *converter) node(v py.Value, typ string) (reflect.Value, *py.Exception) {
	sum := byName[typ]
	if v.IsNone() {
		return reflect.Value{}, nil
	}
	c.depth++
	defer func() { c.depth-- }()
	if c.depth > maxDepth {
		return reflect.Value{}, py.Errorf(py.RecursionError(), "maximum recursion depth exceeded while traversing '%s' node", typ)
	}
	if sum.abstract {
		// The sum's attributes (positions) are read before the node is
		// recognised, as CPython does.
		var pos []int
		for _, a := range sum.attributes {
			n, err := c.intAttr(v, a, sum.name, a == "end_lineno" || a == "end_col_offset")
			if err != nil {
				return reflect.Value{}, err
			}
			pos = append(pos, n)
		}
		ci := c.classOf(v)
		if ci == nil || ci.baseInfo != sum {
			r, err := py.Repr(c.t, v)
			if err != nil {
				return reflect.Value{}, err
			}
			return reflect.Value{}, py.Errorf(py.TypeError(), "expected some sort of %s, but got %s", sum.name, r)
		}
		if ci.enum {
			return reflect.ValueOf(goEnums[ci.name]), nil
		}
		out := reflect.New(ci.goType)
		if err := c.fields(v, ci, out.Elem()); err != nil {
			return reflect.Value{}, err
		}
		if len(pos) == 4 && pos[2] == math.MinInt {
			pos[2] = pos[0]
		}
		if len(pos) == 4 && pos[3] == math.MinInt {
			pos[3] = pos[1]
		}
		for i, p := range pos {
			out.Elem().FieldByIndex(ci.goAttr[i]).SetInt(int64(p))
		}
		return out, nil
	}
	// A product type (arguments, arg, keyword, ...): its fields are read from
	// whatever object is given.
	out := reflect.New(sum.goType)
	for i, a := range sum.allAttrs {
		n, err := c.intAttr(v, a, sum.name, a == "end_lineno" || a == "end_col_offset")
		if err != nil {
			return reflect.Value{}, err
		}
		if n == math.MinInt {
			n = int(out.Elem().FieldByIndex(sum.goAttr[i-2]).Int())
		}
		out.Elem().FieldByIndex(sum.goAttr[i]).SetInt(int64(n))
	}
	if err := c.fields(v, sum, out.Elem()); err != nil {
		return reflect.Value{}, err
	}
	return out, nil
}

// intAttr reads an int field or attribute; an optional one that is missing or
// None gives math.MinInt.
func (c *converter) intAttr(v py.Value, name, owner string, optional bool) (int, *py.Exception) {
	x, ok, err := py.LookupAttrS(c.t, v, name)
	if err != nil {
		return 0, err
	}
	if !ok || x.IsNone() {
		if optional {
			return math.MinInt, nil
		}
		if !ok {
			return 0, py.Errorf(py.TypeError(), "required field \"%s\" missing from %s", name, owner)
		}
	}
	return c.toInt(x)
}

func (c *converter) toInt(x py.Value) (int, *py.Exception) {
	if !py.IsInt(x) {
		r, err := py.Repr(c.t, x)
		if err != nil {
			return 0, err
		}
		return 0, py.Errorf(py.ValueError(), "invalid integer value: %s", r)
	}
	n, ok := py.AsInt64(x)
	if !ok || n > math.MaxInt32 || n < math.MinInt32 {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
	}
	return int(n), nil
}

// fields fills the Go struct out from v's _fields.
func (c *converter) fields(v py.Value, ci *classInfo, out reflect.Value) *py.Exception {
	for i, f := range ci.fields {
		x, ok, err := py.LookupAttrS(c.t, v, f.name)
		if err != nil {
			return err
		}
		dst := out.FieldByIndex(ci.goField[i])
		if !ok {
			if f.q == '?' {
				continue
			}
			return py.Errorf(py.TypeError(), "required field \"%s\" missing from %s", f.name, ci.name)
		}
		if f.q == '*' {
			if x.Type() != py.ListType() && !x.Type().IsSubtype(py.ListType()) {
				return py.Errorf(py.TypeError(), "%s field \"%s\" must be a list, not a %s", ci.name, f.name, py.TypeName(x))
			}
			items, err := py.ToSlice(c.t, x)
			if err != nil {
				return err
			}
			s := reflect.MakeSlice(dst.Type(), len(items), len(items))
			one := f
			one.q = '1'
			for j, it := range items {
				r, err := c.value(it, one, ci.name)
				if err != nil {
					return err
				}
				if r.IsValid() {
					s.Index(j).Set(r)
				}
			}
			dst.Set(s)
			continue
		}
		if x.IsNone() && f.q == '?' {
			continue
		}
		r, err := c.value(x, f, ci.name)
		if err != nil {
			return err
		}
		if !r.IsValid() {
			if f.q == '1' && f.typ != "constant" {
				return py.Errorf(py.ValueError(), "field '%s' is required for %s", f.name, ci.name)
			}
			continue
		}
		dst.Set(r)
	}
	return nil
}

// value converts one field value (one item, for a list field).
func (c *converter) value(x py.Value, f fieldInfo, owner string) (reflect.Value, *py.Exception) {
	switch f.typ {
	case "identifier":
		if x.IsNone() {
			return reflect.Value{}, nil
		}
		if x.Type() != py.StrType() {
			return reflect.Value{}, py.Errorf(py.TypeError(), "AST identifier must be of type str")
		}
		s, _ := py.AsStr(x)
		return reflect.ValueOf(s), nil
	case "string":
		if x.IsNone() {
			return reflect.Value{}, nil
		}
		if s, ok := py.AsStr(x); ok && x.Type() == py.StrType() {
			return reflect.ValueOf(s), nil
		}
		if b, ok := py.AsBytes(x); ok && x.Type() == py.BytesType() {
			return reflect.ValueOf(string(b)), nil
		}
		return reflect.Value{}, py.Errorf(py.TypeError(), "AST string must be of type str")
	case "int":
		if x.IsNone() {
			return reflect.Value{}, nil
		}
		n, err := c.toInt(x)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(n), nil
	case "constant":
		k, err := c.constant(x, 0)
		if err != nil {
			return reflect.Value{}, err
		}
		return reflect.ValueOf(&k).Elem(), nil
	}
	return c.node(x, f.typ)
}

// constant converts an ast.Constant's value; what the compiler cannot hold raises
// CPython's validator's TypeError.
func (c *converter) constant(x py.Value, depth int) (constant.Value, *py.Exception) {
	if depth > maxDepth {
		return nil, py.Errorf(py.RecursionError(), "maximum recursion depth exceeded during compilation")
	}
	switch {
	case x.IsNone():
		return constant.NoneType{}, nil
	case x.Is(py.Ellipsis()):
		return constant.EllipsisType{}, nil
	case py.IsBool(x):
		return constant.Bool(x.Is(py.True())), nil
	}
	switch x.Type() {
	case py.IntType():
		if n, ok := py.AsInt64(x); ok {
			return constant.NewInt(n), nil
		}
		b, _ := py.AsBigInt(x)
		return constant.NewBigInt(new(big.Int).Set(b)), nil
	case py.FloatType():
		f, _ := py.FloatValue(x)
		return constant.Float(f), nil
	case py.ComplexType():
		z, _ := py.ComplexValue(x)
		return constant.Complex(z), nil
	case py.StrType():
		s, _ := py.AsStr(x)
		return constant.Str(s), nil
	case py.BytesType():
		b, _ := py.AsBytes(x)
		return constant.Bytes(b), nil
	case py.TupleType(), py.FrozenSetType():
		items, err := py.ToSlice(c.t, x)
		if err != nil {
			return nil, err
		}
		out := make([]constant.Value, len(items))
		for i, it := range items {
			if out[i], err = c.constant(it, depth+1); err != nil {
				return nil, err
			}
		}
		if x.Type() == py.TupleType() {
			return constant.Tuple(out), nil
		}
		return constant.FrozenSet(out), nil
	}
	return nil, py.Errorf(py.TypeError(), "got an invalid type in Constant: %s", py.TypeName(x))
}
