package py

import (
	"fmt"
	"reflect"
	"strings"
	"unsafe"
)

// genericGetAttr is object.__getattribute__ (PyObject_GenericGetAttr).
func genericGetAttr(t *Thread, v Value, name *Str) (Value, *Exception) {
	return genericGetAttrWith(t, v, name, v.Type().lookup(name))
}

func attrError(v Value, name *Str) *Exception {
	e := Errorf(attributeError, "'%s' object has no attribute '%s'", typeName(v), name.s)
	e.extra[0], e.extra[1] = strOf(name), v
	return e
}

// genericSetAttr is object.__setattr__ / __delattr__ (val zero).
func genericSetAttr(t *Thread, v Value, name *Str, val Value) *Exception {
	typ := v.Type()
	descr := typ.lookup(name)
	if !descr.IsNil() {
		if set := descr.Type().descrSet; set != nil {
			return set(t, descr, v, val)
		}
	}
	h := v.hdr()
	if h.dict == nil {
		if !typ.hasDict || v.p == unsafe.Pointer(intTag) || v.p == unsafe.Pointer(floatTag) || v.p == unsafe.Pointer(boolTag) {
			if !descr.IsNil() {
				return Errorf(attributeError, "'%s' object attribute '%s' is read-only", typeName(v), name.s)
			}
			if val.IsNil() {
				return attrError(v, name)
			}
			return Errorf(attributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", typeName(v), name.s)
		}
		if val.IsNil() {
			return attrError(v, name)
		}
		h.dict = NewDict()
	}
	if val.IsNil() {
		if !h.dict.delStr(name) {
			return attrError(v, name)
		}
		return nil
	}
	h.dict.setStr(name, val)
	return nil
}

// getAttr is getattr(v, name).
func getAttr(t *Thread, v Value, name *Str) (Value, *Exception) {
	f := v.Type().getattr
	if f == nil {
		f = genericGetAttr
	}
	return f(t, v, name)
}

// GetAttrS is GetAttr with a Go string name.
func GetAttrS(t *Thread, v Value, name string) (Value, *Exception) {
	return getAttr(t, v, newStr(name))
}

// lookupAttr is getattr(v, name, <missing>): found=false instead of AttributeError.
func lookupAttr(t *Thread, v Value, name *Str) (Value, bool, *Exception) {
	r, err := getAttr(t, v, name)
	if err != nil {
		if err.Matches(attributeError) {
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	return r, true, nil
}

// LookupAttrS is LookupAttr with a Go string name.
func LookupAttrS(t *Thread, v Value, name string) (Value, bool, *Exception) {
	return lookupAttr(t, v, newStr(name))
}

// SetAttrS is SetAttr with a Go string name.
func SetAttrS(t *Thread, v Value, name string, val Value) *Exception {
	return setAttr(t, v, newStr(name), val)
}

// setAttr is setattr(v, name, val); a zero val deletes.
func setAttr(t *Thread, v Value, name *Str, val Value) *Exception {
	f := v.Type().setattr
	if f == nil {
		if val.IsNil() {
			return typeErrorf("'%s' object has no attributes (del .%s)", typeName(v), name.s)
		}
		return typeErrorf("'%s' object has no attributes (assign to .%s)", typeName(v), name.s)
	}
	return f(t, v, name, val)
}

func objectNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
	if len(args) > 0 {
		if !typ.lookup(strNew).Is(objectNewDescr) {
			return Value{}, typeErrorf("object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if typ.lookup(strInit).Is(objectInitDescr) {
			return Value{}, typeErrorf("%s() takes no arguments", typ.Name)
		}
	}
	if typ.abstract {
		return Value{}, abstractError(t, typ)
	}
	if typ.layout != objectType && typ.layout != nil {
		// An instance of a builtin layout made by object.__new__ would lack its state.
		static := typ
		for static.heap && static.base != nil {
			static = static.base
		}
		return Value{}, typeErrorf("object.__new__(%s) is not safe, use %s.__new__()", typ.Name, static.Name)
	}
	return newInstance(typ), nil
}

func abstractError(t *Thread, typ *Type) *Exception {
	am, _ := typ.dict().GetStr("__abstractmethods__")
	var names []string
	if !am.IsNil() {
		items, _ := ToSlice(t, am)
		for _, x := range items {
			if x.Type() == strType {
				names = append(names, x.str().s)
			}
		}
	}
	sortStrings(names)
	s := "s"
	if len(names) == 1 {
		s = ""
	}
	return typeErrorf("Can't instantiate abstract class %s without an implementation for abstract method%s %s", typ.Name, s, "'"+strings.Join(names, "', '")+"'")
}

// newInstance allocates an instance of a class whose layout is object.
func newInstance(typ *Type) Value {
	o := &instance{Header: Header{typ: typ}}
	if typ.nslots > 0 {
		o.slots = make([]Value, typ.nslots)
	}
	return Value{p: unsafe.Pointer(o)}
}

func objectInit(t *Thread, self Value, args []Value, kwnames *Tuple) *Exception {
	if len(args) > 0 {
		typ := self.Type()
		if !typ.lookup(strInit).Is(objectInitDescr) {
			return typeErrorf("object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if typ.lookup(strNew).Is(objectNewDescr) {
			return typeErrorf("%s() takes no arguments", typ.Name)
		}
	}
	return nil
}

func objectRepr(t *Thread, v Value) (Value, *Exception) {
	typ := v.Type()
	m := typ.Module()
	if m != "builtins" {
		return NewStr(fmt.Sprintf("<%s.%s object at %#x>", m, typ.QualName, idOf(v))), nil
	}
	return NewStr(fmt.Sprintf("<%s object at %#x>", typ.QualName, idOf(v))), nil
}

func objectStr(t *Thread, v Value) (Value, *Exception) {
	f := v.Type().repr
	if f == nil {
		return objectRepr(t, v)
	}
	return ReprV(t, v)
}

func objectRichcmp(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
	switch op {
	case EQ:
		if a.Is(b) {
			return pyTrue, nil
		}
		return pyNotImplemented, nil
	case NE:
		// By default __ne__ delegates to __eq__ and inverts the result.
		eq := a.Type().richcmp
		if eq == nil {
			return pyNotImplemented, nil
		}
		r, err := eq(t, a, b, EQ)
		if err != nil || r.Is(pyNotImplemented) {
			return r, err
		}
		tr, err := IsTrue(t, r)
		if err != nil {
			return Value{}, err
		}
		return Bool(!tr), nil
	}
	return pyNotImplemented, nil
}

func objectHash(t *Thread, v Value) (int64, *Exception) {
	id := idOf(v)
	return int64(id>>4 | id<<60), nil
}

var objectNewDescr, objectInitDescr Value

// objectReady readies object during package variable initialisation, before any
// init function readies a type that inherits from it.
var objectReady = initObject()

func initObject() bool {
	typeType.layout = typeType
	objectType.basetype, typeType.basetype = true, true
	objectType.new = objectNew
	objectType.init = objectInit
	objectType.repr = objectRepr
	objectType.str = objectStr
	objectType.hash = objectHash
	objectType.richcmp = objectRichcmp
	objectType.getattr = genericGetAttr
	objectType.setattr = genericSetAttr
	objectType.doc = "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"
	objectType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__class__", func(t *Thread, v Value) (Value, *Exception) { return TypeValue(v.Type()), nil },
				func(t *Thread, v, val Value) *Exception {
					if val.IsNil() {
						return typeErrorf("can't delete __class__ attribute")
					}
					if val.Type() != typeType && !val.Type().IsSubtype(typeType) {
						return typeErrorf("__class__ must be set to a class, not '%s' object", typeName(val))
					}
					nt := val.typeObj()
					ot := v.Type()
					if !ot.heap || !nt.heap || nt.layout != ot.layout || nt.nslots != ot.nslots {
						return typeErrorf("__class__ assignment only supported for mutable types or ModuleType subclasses")
					}
					v.hdr().typ = nt
					if nt.hasDel {
						t.trackDel(v)
					}
					return nil
				}),
			methO("object.__format__", func(t *Thread, self, spec Value) (Value, *Exception) {
				if spec.Type() != strType {
					return Value{}, typeErrorf("__format__() argument must be str, not %s", typeName(spec))
				}
				if spec.str().s != "" {
					return Value{}, typeErrorf("unsupported format string passed to %s.__format__", typeName(self))
				}
				return StrV(t, self)
			}),
			methNoArgs("object.__dir__", func(t *Thread, self Value) (Value, *Exception) { return objectDir(t, self) }),
			methNoArgs("object.__sizeof__", func(t *Thread, self Value) (Value, *Exception) { return Int(16), nil }),
			methO("object.__reduce_ex__", objectReduceEx),
			methNoArgs("object.__reduce__", func(t *Thread, self Value) (Value, *Exception) { return commonReduce(t, self, 0) }),
			objectGetStateDef,
			&MethodDef{Name: "__init_subclass__", Class: true, Fn: func(t *Thread, cls Value, args []Value, kwnames *Tuple) (Value, *Exception) {
				if len(args) > 0 {
					if kwnames != nil {
						return Value{}, typeErrorf("%s.__init_subclass__() takes no keyword arguments", cls.typeObj().Name)
					}
					return Value{}, typeErrorf("%s.__init_subclass__() takes no arguments (%d given)", cls.typeObj().Name, len(args))
				}
				return pyNone, nil
			}},
			&MethodDef{Name: "__subclasshook__", Class: true, Fn: func(t *Thread, cls Value, args []Value, kwnames *Tuple) (Value, *Exception) {
				return pyNotImplemented, nil
			}},
		}
	})
	objectNewDescr, _ = objectType.dict().GetStr("__new__")
	objectInitDescr, _ = objectType.dict().GetStr("__init__")
	return true
}

// objectDir is object.__dir__: the instance dict's keys plus the class attributes.
// As CPython's object___dir__, __dict__ and __class__ are looked up as
// attributes, so an object that forwards them (a weakref proxy, a mock) lists
// what it stands for.
func objectDir(t *Thread, v Value) (Value, *Exception) {
	seen := NewDict()
	d, found, err := lookupAttr(t, v, strDict)
	if err != nil {
		return Value{}, err
	}
	if found && d.Type().IsSubtype(dictType) {
		for _, k := range d.dictObj().Keys() {
			seen.SetItem(t, k, pyNone)
		}
	}
	cls, found, err := lookupAttr(t, v, strClass)
	if err != nil {
		return Value{}, err
	}
	if !found || !cls.Type().IsSubtype(typeType) {
		return NewList(seen.Keys()).Value(), nil
	}
	for _, m := range cls.typeObj().mro {
		for _, k := range m.dict().Keys() {
			seen.SetItem(t, k, pyNone)
		}
	}
	return NewList(seen.Keys()).Value(), nil
}

// slot wrappers: builtin slots exposed as dunder methods.

func wrapper(owner *Type, name string, fn MethodFunc) {
	def := &MethodDef{Name: name, Fn: fn}
	owner.Header.dict.SetStr(name, Value{p: unsafe.Pointer(&methodDescr{Header: Header{typ: wrapperDescrType}, def: def, owner: owner})})
}

func wrapUnary(owner *Type, name string, f unaryFunc) {
	wrapper(owner, name, func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
		if err := checkArgs(name, args, 0, 0); err != nil {
			return Value{}, err
		}
		return f(t, self)
	})
}

func wrapBinary(owner *Type, name string, f binaryFunc) {
	wrapper(owner, name, func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
		if err := checkArgs(name, args, 1, 1); err != nil {
			return Value{}, err
		}
		return f(t, self, args[0])
	})
}

func wrapPow(owner *Type, name string, f func(t *Thread, self, other, mod Value) (Value, *Exception)) {
	wrapper(owner, name, func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
		if err := checkArgs("", args, 1, 2); err != nil { // wrap_ternaryfunc's unnamed unpack
			return Value{}, err
		}
		var mod Value
		if len(args) == 2 {
			mod = args[1]
		}
		return f(t, self, args[0], mod)
	})
}

// slotPowMod is the three-argument power of the builtin number slots (long_pow,
// float_pow, complex_pow) when a modulus is given.
func slotPowMod(a, b, m Value, t *Thread) (Value, *Exception) {
	switch {
	case a.isInt() && b.isInt() && m.isInt():
		return intPowMod(t, a, b, m)
	case a.Type().layout == complexType || b.Type().layout == complexType:
		return Value{}, Errorf(valueError, "complex modulo")
	case a.isFloatLike() || b.isFloatLike():
		return Value{}, typeErrorf("pow() 3rd argument not allowed unless all arguments are integers")
	}
	return pyNotImplemented, nil
}

// addSlotWrappers adds a wrapper to t's dict (being built, so Header.dict) for
// each slot the type defines itself (own, a set of slot bits).
func addSlotWrappers(t *Type, own uint64) {
	d := t.Header.dict
	has := func(name string) bool { _, ok := d.GetStr(name); return ok }
	if own&(1<<slNew) != 0 && !has("__new__") {
		newFn := t.new
		def := &MethodDef{Name: "__new__", Fn: func(th *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			if len(args) == 0 {
				return Value{}, typeErrorf("%s.__new__(): not enough arguments", t.Name)
			}
			sub := args[0]
			if sub.Type() != typeType && !sub.Type().IsSubtype(typeType) {
				return Value{}, typeErrorf("%s.__new__(X): X is not a type object (%s)", t.Name, typeName(sub))
			}
			st := sub.typeObj()
			if !st.IsSubtype(t) {
				return Value{}, typeErrorf("%s.__new__(%s): %s is not a subtype of %s", t.Name, st.Name, st.Name, t.Name)
			}
			// tp_new_wrapper: the nearest builtin base of sub must build its
			// instances with this very __new__.
			static := st
			for static.heap && static.base != nil {
				static = static.base
			}
			if static != t && static.new != nil && reflect.ValueOf(static.new).Pointer() != reflect.ValueOf(newFn).Pointer() {
				return Value{}, typeErrorf("%s.__new__(%s) is not safe, use %s.__new__()", t.Name, st.Name, static.Name)
			}
			obj, err := newFn(th, st, args[1:], kw)
			if err == nil && obj.Type().hasDel {
				th.trackDel(obj)
			}
			return obj, err
		}}
		d.SetStr("__new__", newStaticMethod(Value{p: unsafe.Pointer(&builtin{Header: Header{typ: builtinType}, def: def, self: TypeValue(t), owner: t})}))
	}
	if f := t.init; own&(1<<slInit) != 0 {
		wrapper(t, "__init__", func(th *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			return pyNone, f(th, self, args, kw)
		})
	}
	if f := t.call; own&(1<<slCall) != 0 {
		wrapper(t, "__call__", func(th *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			return f(th, self, args, kw)
		})
	}
	if own&(1<<slRepr) != 0 {
		wrapUnary(t, "__repr__", t.repr)
	}
	if own&(1<<slStr) != 0 {
		wrapUnary(t, "__str__", t.str)
	}
	if f := t.hash; own&(1<<slHash) != 0 && reflect.ValueOf(f).Pointer() == reflect.ValueOf(unhashable).Pointer() {
		d.SetStr("__hash__", pyNone) // list, dict, set, bytearray: __hash__ is None, as in CPython
	} else if own&(1<<slHash) != 0 {
		wrapUnary(t, "__hash__", func(th *Thread, v Value) (Value, *Exception) {
			h, err := f(th, v)
			return Int(h), err
		})
	} else if own&(1<<slRichcmp) != 0 && t != objectType {
		d.SetStr("__hash__", pyNone) // ready cleared t.hash
	}
	if f := t.richcmp; own&(1<<slRichcmp) != 0 {
		for op := LT; op <= GE; op++ {
			wrapBinary(t, cmpDunders[op], func(th *Thread, a, b Value) (Value, *Exception) { return f(th, a, b, op) })
		}
	}
	if own&(1<<slIter) != 0 {
		wrapUnary(t, "__iter__", t.iter)
	}
	if f := t.next; own&(1<<slNext) != 0 {
		wrapUnary(t, "__next__", func(th *Thread, v Value) (Value, *Exception) {
			r, err := f(th, v)
			if err == nil && r.IsNil() {
				return Value{}, NewException(stopIterationExc)
			}
			return r, err
		})
	}
	if own&(1<<slGetattr) != 0 && t != objectType || t == objectType {
		g := t.getattr
		wrapBinary(t, "__getattribute__", func(th *Thread, v, name Value) (Value, *Exception) {
			if name.Type() != strType {
				return Value{}, typeErrorf("attribute name must be string, not '%s'", typeName(name))
			}
			return g(th, v, name.str())
		})
	}
	if f := t.setattr; own&(1<<slSetattr) != 0 {
		wrapper(t, "__setattr__", func(th *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := checkArgs("__setattr__", args, 2, 2); err != nil {
				return Value{}, err
			}
			if args[0].Type() != strType {
				return Value{}, typeErrorf("attribute name must be string, not '%s'", typeName(args[0]))
			}
			return pyNone, f(th, self, args[0].str(), args[1])
		})
		wrapper(t, "__delattr__", func(th *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := checkArgs("__delattr__", args, 1, 1); err != nil {
				return Value{}, err
			}
			if args[0].Type() != strType {
				return Value{}, typeErrorf("attribute name must be string, not '%s'", typeName(args[0]))
			}
			return pyNone, f(th, self, args[0].str(), Value{})
		})
	}
	if f := t.descrGet; own&(1<<slDescrGet) != 0 {
		wrapper(t, "__get__", func(th *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := checkArgs("__get__", args, 1, 2); err != nil {
				return Value{}, err
			}
			obj := args[0]
			var typ *Type
			if len(args) > 1 && !args[1].IsNone() {
				// CPython hands any object on as the owner; ours must be a
				// type, so another owner reads as none: with no instance the
				// descriptor is its own result, as for CPython's builtin ones.
				if typ = AsType(args[1]); typ == nil && obj.IsNone() {
					return self, nil
				}
			}
			if obj.IsNone() {
				obj = Value{}
				if typ == nil {
					return Value{}, typeErrorf("__get__(None, None) is invalid")
				}
			}
			return f(th, self, obj, typ)
		})
	}
	if f := t.descrSet; own&(1<<slDescrSet) != 0 {
		wrapper(t, "__set__", func(th *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := checkArgs("__set__", args, 2, 2); err != nil {
				return Value{}, err
			}
			return pyNone, f(th, self, args[0], args[1])
		})
		wrapper(t, "__delete__", func(th *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := checkArgs("__delete__", args, 1, 1); err != nil {
				return Value{}, err
			}
			return pyNone, f(th, self, args[0], Value{})
		})
	}
	if f := t.bool; own&(1<<slBool) != 0 {
		wrapUnary(t, "__bool__", func(th *Thread, v Value) (Value, *Exception) { b, err := f(th, v); return Bool(b), err })
	}
	if f := t.len; own&(1<<slLen) != 0 {
		wrapUnary(t, "__len__", func(th *Thread, v Value) (Value, *Exception) { n, err := f(th, v); return Int(int64(n)), err })
	}
	if own&(1<<slGetitem) != 0 {
		wrapBinary(t, "__getitem__", t.getitem)
	}
	if f := t.setitem; own&(1<<slSetitem) != 0 {
		wrapper(t, "__setitem__", func(th *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := checkArgs("__setitem__", args, 2, 2); err != nil {
				return Value{}, err
			}
			return pyNone, f(th, self, args[0], args[1])
		})
		wrapBinary(t, "__delitem__", func(th *Thread, self, key Value) (Value, *Exception) { return pyNone, f(th, self, key, Value{}) })
	}
	if f := t.contains; own&(1<<slContains) != 0 {
		wrapBinary(t, "__contains__", func(th *Thread, v, x Value) (Value, *Exception) { b, err := f(th, v, x); return Bool(b), err })
	}
	for op := 0; op < nbCount; op++ {
		if op == nbPow {
			// ternary: __pow__(value, mod=None), __rpow__(value, mod=None)
			if f := t.num.nb[op]; own&(1<<(slNb+op)) != 0 {
				wrapPow(t, "__pow__", func(th *Thread, self, other, mod Value) (Value, *Exception) {
					if mod.IsNil() || mod.IsNone() {
						return f(th, self, other)
					}
					return slotPowMod(self, other, mod, th)
				})
			}
			if f := t.num.nbr[op]; own&(1<<(slNbr+op)) != 0 {
				wrapPow(t, "__rpow__", func(th *Thread, self, other, mod Value) (Value, *Exception) {
					if mod.IsNil() || mod.IsNone() {
						return f(th, self, other)
					}
					return slotPowMod(other, self, mod, th)
				})
			}
			if own&(1<<(slInb+op)) != 0 {
				wrapBinary(t, "__ipow__", t.num.inb[op])
			}
			continue
		}
		if own&(1<<(slNb+op)) != 0 {
			wrapBinary(t, "__"+nbNames[op]+"__", t.num.nb[op])
		}
		if own&(1<<(slNbr+op)) != 0 {
			wrapBinary(t, "__r"+nbNames[op]+"__", t.num.nbr[op])
		}
		if own&(1<<(slInb+op)) != 0 {
			wrapBinary(t, "__i"+nbNames[op]+"__", t.num.inb[op])
		}
	}
	for _, u := range []struct {
		bit  int
		name string
		f    unaryFunc
	}{{slNeg, "__neg__", t.neg}, {slPos, "__pos__", t.pos}, {slInvert, "__invert__", t.invert}, {slAbs, "__abs__", t.abs}, {slIndex, "__index__", t.index}, {slInt, "__int__", t.int}, {slFloat, "__float__", t.float}} {
		if own&(1<<u.bit) != 0 {
			wrapUnary(t, u.name, u.f)
		}
	}
}
