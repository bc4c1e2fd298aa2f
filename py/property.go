package py

// property, the data descriptor made by @property.

import "unsafe"

type propertyObj struct {
	Header
	get, set, del, doc Value
	name               Value
}

var propertyType = newType("property", nil, nil)

func init() {
	propertyType.hasDict = false
	propertyType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		return Value{p: unsafe.Pointer(&propertyObj{Header: Header{typ: typ}, get: pyNone, set: pyNone, del: pyNone, doc: pyNone, name: pyNone})}, nil
	}
	propertyType.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		var a [4]Value
		if err := parseArgs("property", args, kw, []string{"fget", "fset", "fdel", "doc"}, 0, 0, -1, a[:]); err != nil {
			return err
		}
		p := (*propertyObj)(self.p)
		for i, dst := range []*Value{&p.get, &p.set, &p.del, &p.doc} {
			if !a[i].IsNil() {
				*dst = a[i]
			}
		}
		if p.doc.IsNone() && !p.get.IsNone() {
			if d, found, _ := lookupAttr(t, p.get, strDoc); found {
				p.doc = d
			}
		}
		return nil
	}
	propertyType.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
		p := (*propertyObj)(d.p)
		if obj.IsNil() {
			return d, nil
		}
		if p.get.IsNone() {
			return Value{}, Errorf(attributeError, "property %s of '%s' object has no getter", propName(t, p), typeName(obj))
		}
		return Call(t, p.get, obj)
	}
	propertyType.descrSet = func(t *Thread, d, obj, val Value) *Exception {
		p := (*propertyObj)(d.p)
		if val.IsNil() {
			if p.del.IsNone() {
				return Errorf(attributeError, "property %s of '%s' object has no deleter", propName(t, p), typeName(obj))
			}
			_, err := Call(t, p.del, obj)
			return err
		}
		if p.set.IsNone() {
			return Errorf(attributeError, "property %s of '%s' object has no setter", propName(t, p), typeName(obj))
		}
		_, err := Call(t, p.set, obj, val)
		return err
	}
	copyWith := func(which int) func(t *Thread, self, f Value) (Value, *Exception) {
		return func(t *Thread, self, f Value) (Value, *Exception) {
			p := *(*propertyObj)(self.p)
			switch which {
			case 0:
				p.get = f
			case 1:
				p.set = f
			case 2:
				p.del = f
			}
			np := p
			return Value{p: unsafe.Pointer(&np)}, nil
		}
	}
	propertyType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			methO("property.getter", copyWith(0)),
			methO("property.setter", copyWith(1)),
			methO("property.deleter", copyWith(2)),
			getset("fget", func(t *Thread, v Value) (Value, *Exception) { return (*propertyObj)(v.p).get, nil }, nil),
			getset("fset", func(t *Thread, v Value) (Value, *Exception) { return (*propertyObj)(v.p).set, nil }, nil),
			getset("fdel", func(t *Thread, v Value) (Value, *Exception) { return (*propertyObj)(v.p).del, nil }, nil),
			getset("__name__", func(t *Thread, v Value) (Value, *Exception) {
				p := (*propertyObj)(v.p)
				if !p.name.IsNone() {
					return p.name, nil
				}
				if !p.get.IsNone() {
					return getAttr(t, p.get, strName)
				}
				return Value{}, Errorf(attributeError, "'property' object has no attribute '__name__'")
			}, func(t *Thread, v, val Value) *Exception {
				if val.IsNil() {
					val = pyNone
				}
				(*propertyObj)(v.p).name = val
				return nil
			}),
			getset("__doc__", func(t *Thread, v Value) (Value, *Exception) { return (*propertyObj)(v.p).doc, nil },
				func(t *Thread, v, val Value) *Exception { (*propertyObj)(v.p).doc = val; return nil }),
			getset("__isabstractmethod__", func(t *Thread, v Value) (Value, *Exception) {
				return isAbstract(t, (*propertyObj)(v.p).get)
			}, nil),
			methN("__set_name__", 2, 2, func(t *Thread, self Value, args []Value) (Value, *Exception) {
				(*propertyObj)(self.p).name = args[1]
				return pyNone, nil
			}),
		}
	})
}

func propName(t *Thread, p *propertyObj) string {
	n := p.name
	if n.IsNone() && !p.get.IsNone() {
		if v, found, _ := lookupAttr(t, p.get, strName); found {
			n = v
		}
	}
	if n.Type() == strType {
		return "'" + n.str().s + "'"
	}
	return "?"
}
