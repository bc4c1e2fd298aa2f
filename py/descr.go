package py

import (
	"fmt"
	"slices"
	"unsafe"
)

// methodDescr is a builtin method in a type's dict (method_descriptor, or
// wrapper_descriptor for slot wrappers, classmethod_descriptor for Class methods).
type methodDescr struct {
	Header
	def   *MethodDef
	owner *Type
}

// builtin is a builtin function or a builtin method bound to self
// (builtin_function_or_method).
type builtin struct {
	Header
	def   *MethodDef
	self  Value // the receiver, or the module for module functions (zero: none)
	owner *Type // for bound methods: the type the method came from
	mod   string
}

// getSet is a computed attribute of a builtin type (getset_descriptor).
type getSet struct {
	Header
	name  string
	owner *Type
	get   func(t *Thread, self Value) (Value, *Exception)
	set   func(t *Thread, self, val Value) *Exception // val zero: delete
	doc   string
}

// member is a __slots__ entry (member_descriptor), or a struct sequence's field
// (seq: index is the field's, and the attribute is read-only).
type member struct {
	Header
	name  string
	owner *Type
	index int
	seq   bool
	doc   string
}

var (
	methodDescrType      = newType("method_descriptor", nil, nil)
	wrapperDescrType     = newType("wrapper_descriptor", nil, nil)
	classMethodDescrType = newType("classmethod_descriptor", nil, nil)
	builtinType          = newType("builtin_function_or_method", nil, nil)
	methodWrapperType    = newType("method-wrapper", nil, nil)
	getSetType           = newType("getset_descriptor", nil, nil)
	memberType           = newType("member_descriptor", nil, nil)
)

func (v Value) methodDescr() *methodDescr { return (*methodDescr)(v.p) }
func (v Value) builtin() *builtin         { return (*builtin)(v.p) }

func (m *MethodDef) descr(owner *Type) Value {
	typ := methodDescrType
	switch {
	case m.Class:
		typ = classMethodDescrType
	case m.Static:
		return newStaticMethod(Value{p: unsafe.Pointer(&builtin{Header: Header{typ: builtinType}, def: m, owner: owner})})
	}
	return Value{p: unsafe.Pointer(&methodDescr{Header: Header{typ: typ}, def: m, owner: owner})}
}

// NewBuiltin makes a module-level builtin function.
func NewBuiltin(def *MethodDef, module Value, modName string) Value {
	return Value{p: unsafe.Pointer(&builtin{Header: Header{typ: builtinType}, def: def, self: module, mod: modName})}
}

// BuiltinFunc makes a builtin function from a Go function.
func BuiltinFunc(name string, fn MethodFunc) Value {
	return NewBuiltin(&MethodDef{Name: name, Fn: fn}, Value{}, "")
}

func bindBuiltin(md *methodDescr, self Value, typ *Type) Value {
	bt := builtinType
	if typ == nil {
		bt = methodWrapperType
	}
	return Value{p: unsafe.Pointer(&builtin{Header: Header{typ: bt}, def: md.def, self: self, owner: md.owner})}
}

func init() {
	for _, mt := range []*Type{methodDescrType, wrapperDescrType} {
		mt.isMethod = true
		mt.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
			md := d.methodDescr()
			if obj.IsNil() {
				return d, nil
			}
			if !obj.Type().IsSubtype(md.owner) {
				return Value{}, typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", md.def.Name, md.owner.Name, typeName(obj))
			}
			if d.Type() == wrapperDescrType {
				return Value{p: unsafe.Pointer(&builtin{Header: Header{typ: methodWrapperType}, def: md.def, self: obj, owner: md.owner})}, nil
			}
			return bindBuiltin(md, obj, typ), nil
		}
		mt.call = func(t *Thread, d Value, args []Value, kwnames *Tuple) (Value, *Exception) {
			md := d.methodDescr()
			npos := len(args)
			if kwnames != nil {
				npos -= len(kwnames.items)
			}
			if npos < 1 {
				return Value{}, typeErrorf("unbound method %s.%s() needs an argument", md.owner.Name, md.def.Name)
			}
			if !args[0].Type().IsSubtype(md.owner) {
				if d.Type() == wrapperDescrType {
					return Value{}, typeErrorf("descriptor '%s' requires a '%s' object but received a '%s'", md.def.Name, md.owner.Name, typeName(args[0]))
				}
				return Value{}, typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", md.def.Name, md.owner.Name, typeName(args[0]))
			}
			return md.def.Fn(t, args[0], args[1:], kwnames)
		}
		mt.repr = func(t *Thread, d Value) (Value, *Exception) {
			md := d.methodDescr()
			kind := "method"
			if d.Type() == wrapperDescrType {
				kind = "slot wrapper"
			}
			return NewStr(fmt.Sprintf("<%s '%s' of '%s' objects>", kind, md.def.Name, md.owner.tpName())), nil
		}
		mt.getattr = genericGetAttr
		mt.readyLazy(func() []*MethodDef {
			return descrGetSets(func(v Value) (string, *Type, string) {
				md := v.methodDescr()
				return md.def.Name, md.owner, md.def.Doc
			})
		})
	}
	classMethodDescrType.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
		md := d.methodDescr()
		if typ == nil {
			typ = obj.Type()
		}
		if !typ.IsSubtype(md.owner) {
			return Value{}, typeErrorf("descriptor '%s' requires a subtype of '%s' but received '%s'", md.def.Name, md.owner.Name, typ.Name)
		}
		return Value{p: unsafe.Pointer(&builtin{Header: Header{typ: builtinType}, def: md.def, self: TypeValue(typ), owner: md.owner})}, nil
	}
	classMethodDescrType.repr = func(t *Thread, d Value) (Value, *Exception) {
		md := d.methodDescr()
		return NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", md.def.Name, md.owner.Name)), nil
	}
	classMethodDescrType.call = func(t *Thread, d Value, args []Value, kwnames *Tuple) (Value, *Exception) {
		md := d.methodDescr()
		if len(args) == 0 || kwnames != nil && len(args) == len(kwnames.items) {
			return Value{}, typeErrorf("descriptor '%s' of '%s' object needs an argument", md.def.Name, md.owner.Name)
		}
		if args[0].Type() != typeType && !args[0].Type().IsSubtype(typeType) {
			return Value{}, typeErrorf("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", md.def.Name, md.owner.Name, typeName(args[0]))
		}
		return md.def.Fn(t, args[0], args[1:], kwnames)
	}
	classMethodDescrType.readyLazy(func() []*MethodDef {
		return descrGetSets(func(v Value) (string, *Type, string) {
			md := v.methodDescr()
			return md.def.Name, md.owner, md.def.Doc
		})
	})

	for _, bt := range []*Type{builtinType, methodWrapperType} {
		bt.call = func(t *Thread, f Value, args []Value, kwnames *Tuple) (Value, *Exception) {
			b := f.builtin()
			return b.def.Fn(t, b.self, args, kwnames)
		}
		bt.repr = func(t *Thread, f Value) (Value, *Exception) {
			b := f.builtin()
			if b.owner != nil && !b.self.IsNil() {
				if f.Type() == methodWrapperType {
					return NewStr(fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", b.def.Name, typeName(b.self), idOf(b.self))), nil
				}
				if b.self.Type() == typeType || b.self.Type().IsSubtype(typeType) {
					return NewStr(fmt.Sprintf("<built-in method %s of type object at %#x>", b.def.Name, idOf(b.self))), nil
				}
				return NewStr(fmt.Sprintf("<built-in method %s of %s object at %#x>", b.def.Name, typeName(b.self), idOf(b.self))), nil
			}
			return NewStr("<built-in function " + b.def.Name + ">"), nil
		}
		bt.hash = func(t *Thread, f Value) (int64, *Exception) { return int64(idOf(f) >> 4), nil }
		bt.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
			if b.Type() != a.Type() || (op != EQ && op != NE) {
				return pyNotImplemented, nil
			}
			x, y := a.builtin(), b.builtin()
			eq := x.def == y.def && x.self.Is(y.self)
			return Bool(eq == (op == EQ)), nil
		}
		bt.getattr = genericGetAttr
		bt.readyLazy(func() []*MethodDef {
			drop := "__objclass__" // builtin functions have __module__, method-wrappers __objclass__
			if bt == methodWrapperType {
				drop = "__module__"
			}
			return withoutNames(append(descrGetSets(func(v Value) (string, *Type, string) {
				b := v.builtin()
				return b.def.Name, b.owner, b.def.Doc
			}), getset("__self__", func(t *Thread, v Value) (Value, *Exception) {
				b := v.builtin()
				if b.self.IsNil() {
					return pyNone, nil
				}
				return b.self, nil
			}, nil), getset("__module__", func(t *Thread, v Value) (Value, *Exception) {
				b := v.builtin()
				if b.mod == "" {
					return pyNone, nil
				}
				return t.interp.internStr(b.mod), nil
			}, nil), methNoArgs("__reduce__", func(t *Thread, v Value) (Value, *Exception) {
				// meth_reduce / wrapper_reduce: a function by its name (pickle
				// finds it in its module), a bound method as getattr(self, name).
				b := v.builtin()
				if v.Type() == builtinType && (b.self.IsNil() || b.self.Type().IsSubtype(moduleType)) {
					return NewStr(b.def.Name), nil
				}
				getattr, _ := t.interp.builtinsDict.GetStr("getattr")
				return NewTuple(getattr, NewTuple(b.self, NewStr(b.def.Name))), nil
			})), drop)
		})
	}

	getSetType.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
		g := (*getSet)(d.p)
		if obj.IsNil() {
			return d, nil
		}
		if !obj.Type().IsSubtype(g.owner) { // the getter casts obj to the owner's layout
			return Value{}, typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g.name, g.owner.Name, typeName(obj))
		}
		if g.get == nil {
			return Value{}, Errorf(attributeError, "attribute '%s' of '%s' objects is not readable", g.name, g.owner.Name)
		}
		return g.get(t, obj)
	}
	getSetType.descrSet = func(t *Thread, d, obj, val Value) *Exception {
		g := (*getSet)(d.p)
		if !obj.Type().IsSubtype(g.owner) {
			return typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g.name, g.owner.Name, typeName(obj))
		}
		if g.set == nil {
			return Errorf(attributeError, "attribute '%s' of '%s' objects is not writable", g.name, g.owner.Name)
		}
		return g.set(t, obj, val)
	}
	getSetType.repr = func(t *Thread, d Value) (Value, *Exception) {
		g := (*getSet)(d.p)
		return NewStr(fmt.Sprintf("<attribute '%s' of '%s' objects>", g.name, g.owner.tpName())), nil
	}
	getSetType.readyLazy(func() []*MethodDef {
		return withoutNames(descrGetSets(func(v Value) (string, *Type, string) {
			g := (*getSet)(v.p)
			return g.name, g.owner, ""
		}), "__text_signature__", "__doc__")
	})

	memberType.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
		m := (*member)(d.p)
		if obj.IsNil() {
			return d, nil
		}
		if !obj.Type().IsSubtype(m.owner) {
			return Value{}, typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name, m.owner.Name, typeName(obj))
		}
		if m.seq {
			return (*structSeq)(obj.p).all[m.index], nil
		}
		v := instanceSlots(obj)[m.index]
		if v.IsNil() {
			return Value{}, Errorf(attributeError, "'%s' object has no attribute '%s'", typeName(obj), m.name)
		}
		return v, nil
	}
	memberType.descrSet = func(t *Thread, d, obj, val Value) *Exception {
		m := (*member)(d.p)
		if !obj.Type().IsSubtype(m.owner) {
			return typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name, m.owner.Name, typeName(obj))
		}
		if m.seq {
			return Errorf(attributeError, "readonly attribute")
		}
		slots := instanceSlots(obj)
		if val.IsNil() && slots[m.index].IsNil() {
			return Errorf(attributeError, "'%s' object has no attribute '%s'", typeName(obj), m.name)
		}
		slots[m.index] = val
		return nil
	}
	memberType.repr = func(t *Thread, d Value) (Value, *Exception) {
		m := (*member)(d.p)
		return NewStr(fmt.Sprintf("<member '%s' of '%s' objects>", m.name, m.owner.tpName())), nil
	}
	memberType.readyLazy(func() []*MethodDef {
		return withoutNames(descrGetSets(func(v Value) (string, *Type, string) {
			m := (*member)(v.p)
			return m.name, m.owner, m.doc
		}), "__text_signature__")
	})
}

func instanceSlots(v Value) []Value {
	if v.Type().layout == weakRefType {
		return (*weakRef)(v.p).slots
	}
	return (*instance)(v.p).slots
}

// getset makes a GetSet method-def-like entry for ready().
func getset(name string, get func(t *Thread, self Value) (Value, *Exception), set func(t *Thread, self, val Value) *Exception) *MethodDef {
	return &MethodDef{Name: name, Fn: nil, Doc: "\x00getset", getsetGet: get, getsetSet: set}
}

func descrGetSets(f func(v Value) (string, *Type, string)) []*MethodDef {
	return []*MethodDef{
		getset("__name__", func(t *Thread, v Value) (Value, *Exception) { n, _, _ := f(v); return NewStr(n), nil }, nil),
		getset("__qualname__", func(t *Thread, v Value) (Value, *Exception) {
			n, o, _ := f(v)
			if o == nil {
				return NewStr(n), nil
			}
			return NewStr(o.QualName + "." + n), nil
		}, nil),
		getset("__doc__", func(t *Thread, v Value) (Value, *Exception) {
			_, _, d := f(v)
			if d == "" {
				return pyNone, nil
			}
			return NewStr(d), nil
		}, nil),
		getset("__objclass__", func(t *Thread, v Value) (Value, *Exception) {
			_, o, _ := f(v)
			if o == nil {
				return pyNone, nil
			}
			return TypeValue(o), nil
		}, nil),
		getset("__text_signature__", func(t *Thread, v Value) (Value, *Exception) {
			switch v.Type() {
			case methodDescrType, wrapperDescrType, classMethodDescrType:
				md := v.methodDescr()
				return memberTextSig(md.owner, md.def.Name), nil
			case builtinType, methodWrapperType:
				return builtinTextSig(v.builtin()), nil
			}
			return pyNone, nil
		}, nil),
	}
}

// withoutNames drops the named definitions.
func withoutNames(defs []*MethodDef, names ...string) []*MethodDef {
	out := defs[:0:0]
	for _, d := range defs {
		if !slices.Contains(names, d.Name) {
			out = append(out, d)
		}
	}
	return out
}

// idOf is id(v): the address of a heap object; unboxed values get a stable
// synthetic id from their bits.
func idOf(v Value) uintptr {
	switch v.p {
	case unsafe.Pointer(intTag), unsafe.Pointer(floatTag), unsafe.Pointer(boolTag):
		return uintptr(v.p) + uintptr(v.n)*16 + 8
	}
	return uintptr(v.p)
}
