package py

// Helpers of the match statement's opcodes: MATCH_MAPPING/SEQUENCE, MATCH_KEYS, MATCH_CLASS.

func isMappingForMatch(v Value) bool {
	if v.Type().layout == dictType {
		return true
	}
	return collectionFlag(v.Type(), CollectionMapping)
}

// collectionFlag reports whether typ's collection flags (inherited along its MRO,
// the nearest type with any flag deciding) include flag.
func collectionFlag(typ *Type, flag uint8) bool {
	for _, m := range typ.mro {
		if m.collection != 0 {
			return m.collection&flag != 0
		}
	}
	return false
}

func isSequenceForMatch(v Value) bool {
	switch v.Type().layout {
	case listType, tupleType, rangeType, memoryViewType:
		return true
	case strType, bytesType, byteArrayType, dictType:
		return false
	}
	return collectionFlag(v.Type(), CollectionSequence)
}

func matchKeys(t *Thread, subj, keys Value) (Value, *Exception) {
	ks := keys.tuple().items
	out := make([]Value, len(ks))
	for i, k := range ks {
		var v Value
		var ok bool
		var err *Exception
		if subj.Type().layout == dictType {
			v, ok, err = subj.dictObj().GetItem(t, k)
		} else {
			get, e := GetAttrS(t, subj, "get")
			if e != nil {
				return Value{}, e
			}
			sentinel := NewList(nil).Value()
			v, err = Call(t, get, k, sentinel)
			ok = !v.Is(sentinel)
		}
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return pyNone, nil
		}
		out[i] = v
	}
	return NewTuple(out...), nil
}

func matchClass(t *Thread, subj, cls Value, npos int, kw *Tuple) (Value, *Exception) {
	if !cls.Type().IsSubtype(typeType) {
		return Value{}, typeErrorf("called match pattern must be a class")
	}
	ok, err := IsInstance(t, subj, cls)
	if err != nil || !ok {
		return pyNone, err
	}
	typ := cls.typeObj()
	var out []Value
	if npos > 0 {
		ma, found, err := lookupAttr(t, cls, newStr("__match_args__"))
		if err != nil {
			return Value{}, err
		}
		self := false
		if !found {
			switch typ.layout {
			case boolType, byteArrayType, bytesType, dictType, floatType, frozenSetType, intType, listType, setType, strType, tupleType:
				self = true
			}
		}
		if self {
			if npos > 1 {
				return Value{}, typeErrorf("%s() accepts 1 positional sub-pattern (%d given)", typ.Name, npos)
			}
			out = append(out, subj)
		} else {
			var names []Value
			if found {
				items, ok := ma.tupleItems()
				if !ok {
					return Value{}, typeErrorf("%s.__match_args__ must be a tuple (got %s)", typ.Name, typeName(ma))
				}
				names = items
			}
			if npos > len(names) {
				s := "s"
				if len(names) == 1 {
					s = ""
				}
				return Value{}, typeErrorf("%s() accepts %d positional sub-pattern%s (%d given)", typ.Name, len(names), s, npos)
			}
			for i := 0; i < npos; i++ {
				v, found, err := lookupAttr(t, subj, names[i].str())
				if err != nil {
					return Value{}, err
				}
				if !found {
					return pyNone, nil
				}
				out = append(out, v)
			}
		}
	}
	for _, k := range kw.items {
		v, found, err := lookupAttr(t, subj, k.str())
		if err != nil {
			return Value{}, err
		}
		if !found {
			return pyNone, nil
		}
		out = append(out, v)
	}
	return NewTuple(out...), nil
}
