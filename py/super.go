package py

// super: the proxy that looks attributes up past a class in an MRO.

import (
	"fmt"
	"unsafe"
)

type superObj struct {
	Header
	typ     *Type
	obj     Value
	objType *Type
}

var superType = newType("super", nil, nil)

func newSuper(t *Thread, typ *Type, obj Value) (Value, *Exception) {
	var ot *Type
	switch {
	case obj.Type().IsSubtype(typeType) && obj.typeObj().IsSubtype(typ):
		ot = obj.typeObj()
	case obj.Type().IsSubtype(typ):
		ot = obj.Type()
	default:
		return Value{}, typeErrorf("super(type, obj): obj (instance of %s) is not an instance or subtype of type (%s).", typeName(obj), typ.tpName())
	}
	return Value{p: unsafe.Pointer(&superObj{Header: Header{typ: superType}, typ: typ, obj: obj, objType: ot})}, nil
}

func superLookup(s *superObj, name *Str) Value {
	mro := s.objType.mro
	i := 0
	for i < len(mro) && mro[i] != s.typ {
		i++
	}
	for i++; i < len(mro); i++ {
		if v, ok := mro[i].dict().getStr(name); ok {
			return v
		}
	}
	return Value{}
}

func (t *Thread) superMethod(sup Value, name *Str) (Value, Value, *Exception) {
	if sup.Type() == superType {
		s := (*superObj)(sup.p)
		d := superLookup(s, name)
		if !d.IsNil() && d.Type() == functionType && !s.obj.Type().IsSubtype(typeType) {
			return d, s.obj, nil
		}
	}
	r, err := getAttr(t, sup, name)
	return r, Value{}, err
}

func init() {
	superType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		return Value{p: unsafe.Pointer(&superObj{Header: Header{typ: typ}})}, nil
	}
	superType.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		s := (*superObj)(self.p)
		var typ *Type
		var obj Value
		switch len(args) {
		case 0:
			f := t.frame
			if f == nil || f.code.bc.ArgCount == 0 {
				return Errorf(runtimeError, "super(): no arguments")
			}
			obj = f.vals[0]
			if obj.Type() == cellType && f.code.bc.LocalsPlusKinds[0]&0x40 != 0 {
				obj = (*cellObject)(obj.p).v
			}
			for i, n := range f.code.localsN {
				if n.s == "__class__" && f.code.bc.LocalsPlusKinds[i]&0x80 != 0 {
					c := (*cellObject)(f.vals[i].p).v
					if c.IsNil() {
						return Errorf(runtimeError, "super(): empty __class__ cell")
					}
					if typ = AsType(c); typ == nil {
						return Errorf(runtimeError, "super(): __class__ is not a type (%s)", typeName(c))
					}
				}
			}
			if typ == nil {
				return Errorf(runtimeError, "super(): __class__ cell not found")
			}
		case 1, 2:
			if !args[0].Type().IsSubtype(typeType) {
				return typeErrorf("super() argument 1 must be a type, not %s", typeName(args[0]))
			}
			typ = args[0].typeObj()
			if len(args) == 2 {
				obj = args[1]
			}
		default:
			return typeErrorf("super() takes at most 2 arguments (%d given)", len(args))
		}
		s.typ = typ
		if !obj.IsNil() && !obj.IsNone() {
			n, err := newSuper(t, typ, obj)
			if err != nil {
				return err
			}
			*s = *(*superObj)(n.p)
			s.Header.typ = self.Type()
		}
		return nil
	}
	superType.getattr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
		s := (*superObj)(v.p)
		if s.objType != nil && name.s != "__class__" {
			d := superLookup(s, name)
			if !d.IsNil() {
				if g := d.Type().descrGet; g != nil {
					obj := s.obj
					if obj.Type().IsSubtype(typeType) && obj.typeObj() == s.objType {
						obj = Value{}
					}
					return g(t, d, obj, s.objType)
				}
				return d, nil
			}
		}
		return genericGetAttr(t, v, name)
	}
	superType.repr = func(t *Thread, v Value) (Value, *Exception) {
		s := (*superObj)(v.p)
		if s.objType != nil {
			return NewStr(fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.typ.Name, s.objType.Name)), nil
		}
		return NewStr(fmt.Sprintf("<super: <class '%s'>, NULL>", s.typ.Name)), nil
	}
	superType.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
		s := (*superObj)(d.p)
		if obj.IsNil() || obj.IsNone() || !s.obj.IsNil() || s.typ == nil {
			return d, nil // super_descr_get: unbound supers bind, bound ones stay
		}
		return Call(t, TypeValue(d.Type()), TypeValue(s.typ), obj)
	}
	superType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__thisclass__", func(t *Thread, v Value) (Value, *Exception) {
				if s := (*superObj)(v.p); s.typ != nil {
					return TypeValue(s.typ), nil
				}
				return pyNone, nil
			}, nil),
			getset("__self__", func(t *Thread, v Value) (Value, *Exception) {
				if s := (*superObj)(v.p); !s.obj.IsNil() {
					return s.obj, nil
				}
				return pyNone, nil
			}, nil),
			getset("__self_class__", func(t *Thread, v Value) (Value, *Exception) {
				if s := (*superObj)(v.p); s.objType != nil {
					return TypeValue(s.objType), nil
				}
				return pyNone, nil
			}, nil),
		}
	})
}
