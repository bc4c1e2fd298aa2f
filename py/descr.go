package py

import (
	"fmt"
	"slices"
	"unsafe"
)

// MethodDescr is a builtin method in a type's dict (method_descriptor, or
// wrapper_descriptor for slot wrappers, classmethod_descriptor for Class methods).
type MethodDescr struct {
	Header
	def   *MethodDef
	owner *Type
}

// Builtin is a builtin function or a builtin method bound to self
// (builtin_function_or_method).
type Builtin struct {
	Header
	def   *MethodDef
	self  Value // the receiver, or the module for module functions (zero: none)
	owner *Type // for bound methods: the type the method came from
	mod   string
}

// GetSet is a computed attribute of a builtin type (getset_descriptor).
type GetSet struct {
	Header
	name  string
	owner *Type
	get   func(t *Thread, self Value) (Value, *Exception)
	set   func(t *Thread, self, val Value) *Exception // val zero: delete
	doc   string
}

// Member is a __slots__ entry (member_descriptor), or a struct sequence's field
// (seq: index is the field's, and the attribute is read-only).
type Member struct {
	Header
	name  string
	owner *Type
	index int
	seq   bool
	doc   string
}

var (
	MethodDescrType      = newType("method_descriptor", nil, nil)
	WrapperDescrType     = newType("wrapper_descriptor", nil, nil)
	ClassMethodDescrType = newType("classmethod_descriptor", nil, nil)
	BuiltinType          = newType("builtin_function_or_method", nil, nil)
	MethodWrapperType    = newType("method-wrapper", nil, nil)
	GetSetType           = newType("getset_descriptor", nil, nil)
	MemberType           = newType("member_descriptor", nil, nil)
)

func (v Value) methodDescr() *MethodDescr { return (*MethodDescr)(v.p) }
func (v Value) builtin() *Builtin         { return (*Builtin)(v.p) }

func (m *MethodDef) descr(owner *Type) Value {
	typ := MethodDescrType
	switch {
	case m.Class:
		typ = ClassMethodDescrType
	case m.Static:
		return NewStaticMethod(Value{p: unsafe.Pointer(&Builtin{Header: Header{typ: BuiltinType}, def: m, owner: owner})})
	}
	return Value{p: unsafe.Pointer(&MethodDescr{Header: Header{typ: typ}, def: m, owner: owner})}
}

// NewBuiltin makes a module-level builtin function.
func NewBuiltin(def *MethodDef, module Value, modName string) Value {
	return Value{p: unsafe.Pointer(&Builtin{Header: Header{typ: BuiltinType}, def: def, self: module, mod: modName})}
}

// BuiltinFunc makes a builtin function from a Go function.
func BuiltinFunc(name string, fn MethodFunc) Value {
	return NewBuiltin(&MethodDef{Name: name, Fn: fn}, Value{}, "")
}

func bindBuiltin(md *MethodDescr, self Value, typ *Type) Value {
	bt := BuiltinType
	if typ == nil {
		bt = MethodWrapperType
	}
	return Value{p: unsafe.Pointer(&Builtin{Header: Header{typ: bt}, def: md.def, self: self, owner: md.owner})}
}

func init() {
	for _, mt := range []*Type{MethodDescrType, WrapperDescrType} {
		mt.isMethod = true
		mt.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
			md := d.methodDescr()
			if obj.IsNil() {
				return d, nil
			}
			if !obj.Type().IsSubtype(md.owner) {
				return Value{}, typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", md.def.Name, md.owner.Name, typeName(obj))
			}
			if d.Type() == WrapperDescrType {
				return Value{p: unsafe.Pointer(&Builtin{Header: Header{typ: MethodWrapperType}, def: md.def, self: obj, owner: md.owner})}, nil
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
				if d.Type() == WrapperDescrType {
					return Value{}, typeErrorf("descriptor '%s' requires a '%s' object but received a '%s'", md.def.Name, md.owner.Name, typeName(args[0]))
				}
				return Value{}, typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", md.def.Name, md.owner.Name, typeName(args[0]))
			}
			return md.def.Fn(t, args[0], args[1:], kwnames)
		}
		mt.repr = func(t *Thread, d Value) (Value, *Exception) {
			md := d.methodDescr()
			kind := "method"
			if d.Type() == WrapperDescrType {
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
	ClassMethodDescrType.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
		md := d.methodDescr()
		if typ == nil {
			typ = obj.Type()
		}
		if !typ.IsSubtype(md.owner) {
			return Value{}, typeErrorf("descriptor '%s' requires a subtype of '%s' but received '%s'", md.def.Name, md.owner.Name, typ.Name)
		}
		return Value{p: unsafe.Pointer(&Builtin{Header: Header{typ: BuiltinType}, def: md.def, self: TypeValue(typ), owner: md.owner})}, nil
	}
	ClassMethodDescrType.repr = func(t *Thread, d Value) (Value, *Exception) {
		md := d.methodDescr()
		return NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", md.def.Name, md.owner.Name)), nil
	}
	ClassMethodDescrType.call = func(t *Thread, d Value, args []Value, kwnames *Tuple) (Value, *Exception) {
		md := d.methodDescr()
		if len(args) == 0 || kwnames != nil && len(args) == len(kwnames.items) {
			return Value{}, typeErrorf("descriptor '%s' of '%s' object needs an argument", md.def.Name, md.owner.Name)
		}
		if args[0].Type() != TypeType && !args[0].Type().IsSubtype(TypeType) {
			return Value{}, typeErrorf("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", md.def.Name, md.owner.Name, typeName(args[0]))
		}
		return md.def.Fn(t, args[0], args[1:], kwnames)
	}
	ClassMethodDescrType.readyLazy(func() []*MethodDef {
		return descrGetSets(func(v Value) (string, *Type, string) {
			md := v.methodDescr()
			return md.def.Name, md.owner, md.def.Doc
		})
	})

	for _, bt := range []*Type{BuiltinType, MethodWrapperType} {
		bt.call = func(t *Thread, f Value, args []Value, kwnames *Tuple) (Value, *Exception) {
			b := f.builtin()
			return b.def.Fn(t, b.self, args, kwnames)
		}
		bt.repr = func(t *Thread, f Value) (Value, *Exception) {
			b := f.builtin()
			if b.owner != nil && !b.self.IsNil() {
				if f.Type() == MethodWrapperType {
					return NewStr(fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", b.def.Name, typeName(b.self), idOf(b.self))), nil
				}
				if b.self.Type() == TypeType || b.self.Type().IsSubtype(TypeType) {
					return NewStr(fmt.Sprintf("<built-in method %s of type object at %#x>", b.def.Name, idOf(b.self))), nil
				}
				return NewStr(fmt.Sprintf("<built-in method %s of %s object at %#x>", b.def.Name, typeName(b.self), idOf(b.self))), nil
			}
			return NewStr("<built-in function " + b.def.Name + ">"), nil
		}
		bt.hash = func(t *Thread, f Value) (int64, *Exception) { return int64(idOf(f) >> 4), nil }
		bt.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
			if b.Type() != a.Type() || (op != EQ && op != NE) {
				return NotImplemented, nil
			}
			x, y := a.builtin(), b.builtin()
			eq := x.def == y.def && x.self.Is(y.self)
			return Bool(eq == (op == EQ)), nil
		}
		bt.getattr = genericGetAttr
		bt.readyLazy(func() []*MethodDef {
			drop := "__objclass__" // builtin functions have __module__, method-wrappers __objclass__
			if bt == MethodWrapperType {
				drop = "__module__"
			}
			return withoutNames(append(descrGetSets(func(v Value) (string, *Type, string) {
				b := v.builtin()
				return b.def.Name, b.owner, b.def.Doc
			}), getset("__self__", func(t *Thread, v Value) (Value, *Exception) {
				b := v.builtin()
				if b.self.IsNil() {
					return None, nil
				}
				return b.self, nil
			}, nil), getset("__module__", func(t *Thread, v Value) (Value, *Exception) {
				b := v.builtin()
				if b.mod == "" {
					return None, nil
				}
				return t.interp.internStr(b.mod), nil
			}, nil), methNoArgs("__reduce__", func(t *Thread, v Value) (Value, *Exception) {
				// meth_reduce / wrapper_reduce: a function by its name (pickle
				// finds it in its module), a bound method as getattr(self, name).
				b := v.builtin()
				if v.Type() == BuiltinType && (b.self.IsNil() || b.self.Type().IsSubtype(ModuleType)) {
					return NewStr(b.def.Name), nil
				}
				getattr, _ := t.interp.builtinsDict.GetStr("getattr")
				return NewTuple(getattr, NewTuple(b.self, NewStr(b.def.Name))), nil
			})), drop)
		})
	}

	GetSetType.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
		g := (*GetSet)(d.p)
		if obj.IsNil() {
			return d, nil
		}
		if !obj.Type().IsSubtype(g.owner) { // the getter casts obj to the owner's layout
			return Value{}, typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g.name, g.owner.Name, typeName(obj))
		}
		if g.get == nil {
			return Value{}, Errorf(AttributeError, "attribute '%s' of '%s' objects is not readable", g.name, g.owner.Name)
		}
		return g.get(t, obj)
	}
	GetSetType.descrSet = func(t *Thread, d, obj, val Value) *Exception {
		g := (*GetSet)(d.p)
		if !obj.Type().IsSubtype(g.owner) {
			return typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g.name, g.owner.Name, typeName(obj))
		}
		if g.set == nil {
			return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", g.name, g.owner.Name)
		}
		return g.set(t, obj, val)
	}
	GetSetType.repr = func(t *Thread, d Value) (Value, *Exception) {
		g := (*GetSet)(d.p)
		return NewStr(fmt.Sprintf("<attribute '%s' of '%s' objects>", g.name, g.owner.tpName())), nil
	}
	GetSetType.readyLazy(func() []*MethodDef {
		return withoutNames(descrGetSets(func(v Value) (string, *Type, string) {
			g := (*GetSet)(v.p)
			return g.name, g.owner, ""
		}), "__text_signature__", "__doc__")
	})

	MemberType.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
		m := (*Member)(d.p)
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
			return Value{}, Errorf(AttributeError, "'%s' object has no attribute '%s'", typeName(obj), m.name)
		}
		return v, nil
	}
	MemberType.descrSet = func(t *Thread, d, obj, val Value) *Exception {
		m := (*Member)(d.p)
		if !obj.Type().IsSubtype(m.owner) {
			return typeErrorf("descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name, m.owner.Name, typeName(obj))
		}
		if m.seq {
			return Errorf(AttributeError, "readonly attribute")
		}
		slots := instanceSlots(obj)
		if val.IsNil() && slots[m.index].IsNil() {
			return Errorf(AttributeError, "'%s' object has no attribute '%s'", typeName(obj), m.name)
		}
		slots[m.index] = val
		return nil
	}
	MemberType.repr = func(t *Thread, d Value) (Value, *Exception) {
		m := (*Member)(d.p)
		return NewStr(fmt.Sprintf("<member '%s' of '%s' objects>", m.name, m.owner.tpName())), nil
	}
	MemberType.readyLazy(func() []*MethodDef {
		return withoutNames(descrGetSets(func(v Value) (string, *Type, string) {
			m := (*Member)(v.p)
			return m.name, m.owner, m.doc
		}), "__text_signature__")
	})
}

func instanceSlots(v Value) []Value {
	if v.Type().layout == WeakRefType {
		return (*WeakRef)(v.p).slots
	}
	return (*Instance)(v.p).slots
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
				return None, nil
			}
			return NewStr(d), nil
		}, nil),
		getset("__objclass__", func(t *Thread, v Value) (Value, *Exception) {
			_, o, _ := f(v)
			if o == nil {
				return None, nil
			}
			return TypeValue(o), nil
		}, nil),
		getset("__text_signature__", func(t *Thread, v Value) (Value, *Exception) { return None, nil }, nil),
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
