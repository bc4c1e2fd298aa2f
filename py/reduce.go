package py

// object.__reduce_ex__, __reduce__ and __getstate__: the default pickle
// protocol that copy and pickle use, as typeobject.c computes it. Protocols 0
// and 1 are copyreg._reduce_ex's (Python); 2 and up are reduce_newobj:
// (copyreg.__newobj__, (cls, *args), state, listitems, dictitems), or
// __newobj_ex__ when __getnewargs_ex__ gives keyword arguments.

import "unsafe"

func importCopyreg(t *Thread) (Value, *Exception) {
	return t.interp.importModule(t, "copyreg")
}

// objectReduceEx is object.__reduce_ex__(protocol).
func objectReduceEx(t *Thread, self, protoV Value) (Value, *Exception) {
	if protoV.Type().IsSubtype(floatType) {
		return Value{}, typeErrorf("'float' object cannot be interpreted as an integer")
	}
	pv, err := Index(t, protoV)
	if err != nil {
		return Value{}, err
	}
	proto, ok := AsInt64(pv)
	if !ok || proto > 1<<31-1 || proto < -(1<<31) {
		return Value{}, Errorf(overflowError, "Python int too large to convert to C int")
	}
	// A class that overrides __reduce__ is reduced by it.
	if reduce, found, err := LookupAttrS(t, self, "__reduce__"); err != nil {
		return Value{}, err
	} else if found {
		clsReduce, err := GetAttrS(t, TypeValue(self.Type()), "__reduce__")
		if err != nil {
			return Value{}, err
		}
		if objectReduceDescr, _ := objectType.dict().GetStr("__reduce__"); !clsReduce.Is(objectReduceDescr) {
			return Call(t, reduce)
		}
	}
	return commonReduce(t, self, proto)
}

func commonReduce(t *Thread, self Value, proto int64) (Value, *Exception) {
	if proto >= 2 {
		return reduceNewObj(t, self)
	}
	copyreg, err := importCopyreg(t)
	if err != nil {
		return Value{}, err
	}
	fn, err := GetAttrS(t, copyreg, "_reduce_ex")
	if err != nil {
		return Value{}, err
	}
	return Call(t, fn, self, Int(proto))
}

// newArguments is _PyObject_GetNewArguments: __getnewargs_ex__ or
// __getnewargs__; args nil when neither exists.
func newArguments(t *Thread, obj Value) (args *Tuple, kwargs *Dict, err *Exception) {
	if f, found, err := lookupSpecial(t, obj, "__getnewargs_ex__"); err != nil {
		return nil, nil, err
	} else if found {
		r, err := Call(t, f)
		if err != nil {
			return nil, nil, err
		}
		if !r.Type().IsSubtype(tupleType) {
			return nil, nil, typeErrorf("__getnewargs_ex__ should return a tuple, not '%s'", typeName(r))
		}
		items := r.tuple().items
		if len(items) != 2 {
			return nil, nil, Errorf(valueError, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(items))
		}
		if !items[0].Type().IsSubtype(tupleType) {
			return nil, nil, typeErrorf("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", typeName(items[0]))
		}
		if !items[1].Type().IsSubtype(dictType) {
			return nil, nil, typeErrorf("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", typeName(items[1]))
		}
		return items[0].tuple(), items[1].dictObj(), nil
	}
	if f, found, err := lookupSpecial(t, obj, "__getnewargs__"); err != nil {
		return nil, nil, err
	} else if found {
		r, err := Call(t, f)
		if err != nil {
			return nil, nil, err
		}
		if !r.Type().IsSubtype(tupleType) {
			return nil, nil, typeErrorf("__getnewargs__ should return a tuple, not '%s'", typeName(r))
		}
		return r.tuple(), nil, nil
	}
	return nil, nil, nil
}

// reduceNewObj is reduce_newobj (protocols 2 and up).
func reduceNewObj(t *Thread, obj Value) (Value, *Exception) {
	typ := obj.Type()
	if typ.new == nil {
		return Value{}, typeErrorf("cannot pickle '%s' object", typ.tpName())
	}
	args, kwargs, err := newArguments(t, obj)
	if err != nil {
		return Value{}, err
	}
	copyreg, err := importCopyreg(t)
	if err != nil {
		return Value{}, err
	}
	var newobj, newargs Value
	if kwargs == nil || kwargs.Len() == 0 {
		if newobj, err = GetAttrS(t, copyreg, "__newobj__"); err != nil {
			return Value{}, err
		}
		items := []Value{TypeValue(typ)}
		if args != nil {
			items = append(items, args.items...)
		}
		newargs = NewTuple(items...)
	} else {
		if newobj, err = GetAttrS(t, copyreg, "__newobj_ex__"); err != nil {
			return Value{}, err
		}
		newargs = NewTuple(TypeValue(typ), Value{p: unsafe.Pointer(args)}, kwargs.Value())
	}
	isList, isDict := typ.IsSubtype(listType), typ.IsSubtype(dictType)
	state, err := objectGetState(t, obj, !(args != nil || isList || isDict))
	if err != nil {
		return Value{}, err
	}
	listitems, dictitems := pyNone, pyNone
	if isList {
		if listitems, err = Iter(t, obj); err != nil {
			return Value{}, err
		}
	}
	if isDict {
		items, err := CallMethod(t, obj, "items")
		if err != nil {
			return Value{}, err
		}
		if dictitems, err = Iter(t, items); err != nil {
			return Value{}, err
		}
	}
	return NewTuple(newobj, newargs, state, listitems, dictitems), nil
}

// objectGetState is object_getstate: __getstate__, or the default state when
// the class keeps object's (then "required" refuses objects whose native
// state the default cannot capture).
func objectGetState(t *Thread, obj Value, required bool) (Value, *Exception) {
	getstate, err := GetAttrS(t, obj, "__getstate__")
	if err != nil {
		return Value{}, err
	}
	if getstate.Type() == builtinType && getstate.builtin().def == objectGetStateDef && getstate.builtin().self.Is(obj) {
		return objectGetStateDefault(t, obj, required)
	}
	return Call(t, getstate)
}

var objectGetStateDef = &MethodDef{Name: "__getstate__", Doc: "Helper for pickle.", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
	if err := noKwargs("object.__getstate__", kw); err != nil {
		return Value{}, err
	}
	if len(args) != 0 {
		return Value{}, typeErrorf("object.__getstate__() takes no arguments (%d given)", len(args))
	}
	return objectGetStateDefault(t, self, false)
}}

// objectGetStateDefault is object_getstate_default: the instance dict (None
// if empty), paired with a dict of the slots' values when there are any.
func objectGetStateDefault(t *Thread, obj Value, required bool) (Value, *Exception) {
	typ := obj.Type()
	if required && typ.layout != nil && typ.layout != objectType {
		return Value{}, typeErrorf("cannot pickle '%s' object", typ.tpName())
	}
	state := pyNone
	if d := obj.ownDict(); d != nil && d.Len() > 0 && typ.hasDict {
		state = d.Value()
	}
	names, err := slotNames(t, typ)
	if err != nil {
		return Value{}, err
	}
	if len(names) > 0 {
		slots := NewDict()
		for _, n := range names {
			v, found, err := lookupAttr(t, obj, n.str())
			if err != nil {
				return Value{}, err
			}
			if found {
				if err := slots.SetItem(t, n, v); err != nil {
					return Value{}, err
				}
			}
		}
		if slots.Len() > 0 {
			state = NewTuple(state, slots.Value())
		}
	}
	return state, nil
}

// slotNames is _PyType_GetSlotNames: cls.__slotnames__ from the class's own
// dict, else copyreg._slotnames(cls).
func slotNames(t *Thread, typ *Type) ([]Value, *Exception) {
	v, ok := typ.dict().GetStr("__slotnames__")
	if !ok {
		copyreg, err := importCopyreg(t)
		if err != nil {
			return nil, err
		}
		fn, err := GetAttrS(t, copyreg, "_slotnames")
		if err != nil {
			return nil, err
		}
		if v, err = Call(t, fn, TypeValue(typ)); err != nil {
			return nil, err
		}
		if !v.IsNone() && !v.Type().IsSubtype(listType) {
			return nil, typeErrorf("copyreg._slotnames didn't return a list or None")
		}
	} else if !v.IsNone() && !v.Type().IsSubtype(listType) {
		return nil, typeErrorf("%s.__slotnames__ should be a list or None, not %s", typ.Name, typeName(v))
	}
	if v.IsNone() {
		return nil, nil
	}
	return append([]Value(nil), v.list().items...), nil
}
