package py

import (
	"strings"
	"unsafe"
)

type dictView struct {
	Header
	d    *Dict
	kind byte // 'k', 'v', 'i'
}

var (
	dictKeysType    = newType("dict_keys", nil, nil)
	dictValuesType  = newType("dict_values", nil, nil)
	dictItemsType   = newType("dict_items", nil, nil)
	dictKeyIterType = newType("dict_keyiterator", nil, nil)
	// the other iterator types share dictIter's layout and DictIterType's slots
	dictValueIterType    = newType("dict_valueiterator", nil, nil)
	dictItemIterType     = newType("dict_itemiterator", nil, nil)
	dictRevKeyIterType   = newType("dict_reversekeyiterator", nil, nil)
	dictRevValueIterType = newType("dict_reversevalueiterator", nil, nil)
	dictRevItemIterType  = newType("dict_reverseitemiterator", nil, nil)
)

func dictIterType(kind byte, rev bool) *Type {
	switch {
	case kind == 'k' && !rev:
		return dictKeyIterType
	case kind == 'v' && !rev:
		return dictValueIterType
	case kind == 'i' && !rev:
		return dictItemIterType
	case kind == 'k':
		return dictRevKeyIterType
	case kind == 'v':
		return dictRevValueIterType
	}
	return dictRevItemIterType
}

type dictIter struct {
	Header
	d    *Dict
	i    int
	kind byte
	used int // the dict's size when iteration began
	left int // items not yet produced
	rev  bool
}

func newDictIter(d *Dict, kind byte) Value {
	return Value{p: unsafe.Pointer(&dictIter{Header: Header{typ: dictIterType(kind, false)}, d: d, kind: kind, used: d.used, left: d.used})}
}

func newDictRevIter(d *Dict, kind byte) Value {
	return Value{p: unsafe.Pointer(&dictIter{Header: Header{typ: dictIterType(kind, true)}, d: d, kind: kind, used: d.used, left: d.used, rev: true, i: len(d.entries) - 1})}
}

func dictSelf(v Value) *Dict { return v.dictObj() }

func dictRepr(t *Thread, v Value) (Value, *Exception) {
	d := dictSelf(v)
	if d.used == 0 {
		return NewStr("{}"), nil
	}
	if t.reprEnter(v) {
		return NewStr("{...}"), nil
	}
	defer t.reprLeave(v)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.p == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		k, err := Repr(t, e.key)
		if err != nil {
			return Value{}, err
		}
		x, err := Repr(t, e.val)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(x)
	}
	b.WriteByte('}')
	return NewStr(b.String()), nil
}

func init() {
	dictType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		return Value{p: unsafe.Pointer(&Dict{Header: Header{typ: typ}})}, nil
	}
	dictType.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		return dictUpdateArgs(t, dictSelf(self), "dict", args, kw)
	}
	dictType.repr = dictRepr
	dictType.hash = unhashable
	dictType.len = func(t *Thread, v Value) (int, *Exception) { return dictSelf(v).used, nil }
	dictType.iter = func(t *Thread, v Value) (Value, *Exception) { return newDictIter(dictSelf(v), 'k'), nil }
	dictType.contains = func(t *Thread, v, x Value) (bool, *Exception) {
		_, ok, err := dictSelf(v).GetItem(t, x)
		return ok, err
	}
	dictType.getitem = func(t *Thread, v, k Value) (Value, *Exception) {
		r, ok, err := dictSelf(v).GetItem(t, k)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			if v.Type() != dictType {
				if m, found, err := lookupSpecial(t, v, "__missing__"); err != nil {
					return Value{}, err
				} else if found {
					return Call(t, m, k)
				}
			}
			return Value{}, NewException(keyError, k)
		}
		return r, nil
	}
	dictType.setitem = func(t *Thread, v, k, val Value) *Exception {
		if val.IsNil() {
			ok, err := dictSelf(v).DelItem(t, k)
			if err != nil {
				return err
			}
			if !ok {
				return NewException(keyError, k)
			}
			return nil
		}
		return dictSelf(v).SetItem(t, k, val)
	}
	dictType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if b.Type().layout != dictType || (op != EQ && op != NE) {
			return pyNotImplemented, nil
		}
		x, y := dictSelf(a), dictSelf(b)
		eq := x.used == y.used
		for i := 0; eq && i < len(x.entries); i++ {
			e := x.entries[i]
			if e.key.p == nil {
				continue
			}
			v, ok, err := y.GetItem(t, e.key)
			if err != nil {
				return Value{}, err
			}
			if !ok {
				eq = false
				break
			}
			same, err := keyEq(t, e.val, v)
			if err != nil {
				return Value{}, err
			}
			eq = same
		}
		return Bool(eq == (op == EQ)), nil
	}
	dictType.ownNum().nb[nbOr] = func(t *Thread, a, b Value) (Value, *Exception) {
		if a.Type().layout != dictType || b.Type().layout != dictType {
			return pyNotImplemented, nil
		}
		d := dictSelf(a).Copy()
		if err := dictUpdate(t, d, b); err != nil {
			return Value{}, err
		}
		return d.Value(), nil
	}
	dictType.ownNum().nbr[nbOr] = reflected(dictType.num.nb[nbOr])
	dictType.ownNum().inb[nbOr] = func(t *Thread, a, b Value) (Value, *Exception) {
		if err := dictUpdateArgs(t, dictSelf(a), "update", []Value{b}, nil); err != nil {
			return Value{}, err
		}
		return a, nil
	}
	dictType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			methNoArgs("dict.__reversed__", func(t *Thread, self Value) (Value, *Exception) {
				return newDictRevIter(dictSelf(self), 'k'), nil
			}),
			methN("get", 1, 2, func(t *Thread, self Value, a []Value) (Value, *Exception) {
				r, ok, err := dictSelf(self).GetItem(t, a[0])
				if err != nil {
					return Value{}, err
				}
				if !ok {
					if len(a) == 2 {
						return a[1], nil
					}
					return pyNone, nil
				}
				return r, nil
			}),
			methN("setdefault", 1, 2, func(t *Thread, self Value, a []Value) (Value, *Exception) {
				d := dictSelf(self)
				r, ok, err := d.GetItem(t, a[0])
				if err != nil {
					return Value{}, err
				}
				if ok {
					return r, nil
				}
				def := pyNone
				if len(a) == 2 {
					def = a[1]
				}
				return def, d.SetItem(t, a[0], def)
			}),
			methN("pop", 1, 2, func(t *Thread, self Value, a []Value) (Value, *Exception) {
				d := dictSelf(self)
				r, ok, err := d.GetItem(t, a[0])
				if err != nil {
					return Value{}, err
				}
				if !ok {
					if len(a) == 2 {
						return a[1], nil
					}
					return Value{}, NewException(keyError, a[0])
				}
				d.DelItem(t, a[0])
				return r, nil
			}),
			methNoArgs("dict.popitem", func(t *Thread, self Value) (Value, *Exception) {
				d := dictSelf(self)
				for i := len(d.entries) - 1; i >= 0; i-- {
					e := d.entries[i]
					if e.key.p != nil {
						d.removeAt(i)
						return NewTuple(e.key, e.val), nil
					}
				}
				return Value{}, Errorf(keyError, "popitem(): dictionary is empty")
			}),
			methNoArgs("dict.keys", func(t *Thread, self Value) (Value, *Exception) { return newDictView(dictSelf(self), 'k'), nil }),
			methNoArgs("dict.values", func(t *Thread, self Value) (Value, *Exception) { return newDictView(dictSelf(self), 'v'), nil }),
			methNoArgs("dict.items", func(t *Thread, self Value) (Value, *Exception) { return newDictView(dictSelf(self), 'i'), nil }),
			methNoArgs("dict.copy", func(t *Thread, self Value) (Value, *Exception) { return dictSelf(self).Copy().Value(), nil }),
			methNoArgs("dict.clear", func(t *Thread, self Value) (Value, *Exception) { dictSelf(self).Clear(); return pyNone, nil }),
			&MethodDef{Name: "update", Fn: func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
				return pyNone, dictUpdateArgs(t, dictSelf(self), "update", args, kw)
			}},
			&MethodDef{Name: "fromkeys", Class: true, Fn: func(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
				if err := checkArgs("fromkeys", args, 1, 2); err != nil {
					return Value{}, err
				}
				val := pyNone
				if len(args) == 2 {
					val = args[1]
				}
				r, err := Call(t, cls)
				if err != nil {
					return Value{}, err
				}
				err = Iterate(t, args[0], func(k Value) *Exception { return SetItem(t, r, k, val) })
				return r, err
			}},
			&MethodDef{Name: "__class_getitem__", Class: true, Fn: genericAlias},
		}
	})

	for _, vt := range []*Type{dictKeysType, dictValuesType, dictItemsType} {
		vt.len = func(t *Thread, v Value) (int, *Exception) { return (*dictView)(v.p).d.used, nil }
		vt.iter = func(t *Thread, v Value) (Value, *Exception) {
			dv := (*dictView)(v.p)
			return newDictIter(dv.d, dv.kind), nil
		}
		vt.repr = func(t *Thread, v Value) (Value, *Exception) {
			items, err := ToSlice(t, v)
			if err != nil {
				return Value{}, err
			}
			s, err := seqRepr(t, v.Type().Name+"([", "])", items)
			return NewStr(s), err
		}
	}
	dictKeysType.contains = func(t *Thread, v, x Value) (bool, *Exception) {
		_, ok, err := (*dictView)(v.p).d.GetItem(t, x)
		return ok, err
	}
	dictItemsType.contains = func(t *Thread, v, x Value) (bool, *Exception) {
		items, ok := x.tupleItems()
		if !ok || len(items) != 2 {
			return false, nil
		}
		r, ok, err := (*dictView)(v.p).d.GetItem(t, items[0])
		if err != nil || !ok {
			return false, err
		}
		return keyEq(t, r, items[1])
	}
	for _, vt := range []*Type{dictKeysType, dictItemsType} {
		for _, op := range []struct {
			nb int
			c  byte
		}{{nbOr, '|'}, {nbAnd, '&'}, {nbSub, '-'}, {nbXor, '^'}} {
			vt.ownNum().nb[op.nb] = func(t *Thread, a, b Value) (Value, *Exception) {
				x, err := setFromIterable(t, setType, a)
				if err != nil {
					return Value{}, err
				}
				y, err := setFromIterable(t, setType, b)
				if err != nil {
					return pyNotImplemented, nil
				}
				return setOp(t, x.Value(), y.Value(), op.c)
			}
			vt.ownNum().nbr[op.nb] = reflected(vt.num.nb[op.nb])
		}
		vt.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
			x, err := setFromIterable(t, setType, a)
			if err != nil {
				return Value{}, err
			}
			if _, ok := b.asSet(); !ok && b.Type() != dictKeysType && b.Type() != dictItemsType {
				return pyNotImplemented, nil
			}
			y, err := setFromIterable(t, setType, b)
			if err != nil {
				return Value{}, err
			}
			return setRichcmp(t, x.Value(), y.Value(), op)
		}
	}
	isdisjoint := methO("isdisjoint", func(t *Thread, self, other Value) (Value, *Exception) {
		disjoint := true
		err := Iterate(t, other, func(x Value) *Exception {
			in, err := Contains(t, self, x)
			if err != nil {
				return err
			}
			if in {
				disjoint = false
				return errStopIterate
			}
			return nil
		})
		if err != nil && err != errStopIterate {
			return Value{}, err
		}
		return Bool(disjoint), nil
	})
	for _, vt := range []*Type{dictKeysType, dictValuesType, dictItemsType} {
		defs := []*MethodDef{}
		if vt != dictValuesType {
			defs = append(defs, isdisjoint)
		}
		vt.readyLazy(func() []*MethodDef {
			return append(defs,
				methNoArgs(vt.Name+".__reversed__", func(t *Thread, self Value) (Value, *Exception) {
					dv := (*dictView)(self.p)
					return newDictRevIter(dv.d, dv.kind), nil
				}),
				getset("mapping", func(t *Thread, v Value) (Value, *Exception) {
					return newMappingProxy((*dictView)(v.p).d.Value()), nil
				}, nil),
			)
		})
	}

	dictIterNext := func(t *Thread, v Value) (Value, *Exception) {
		it := (*dictIter)(v.p)
		d := it.d
		if d == nil {
			return Value{}, nil
		}
		if d.used != it.used {
			it.used = -1
			return Value{}, Errorf(runtimeError, "dictionary changed size during iteration")
		}
		step := 1
		if it.rev {
			step = -1
		}
		for it.i >= 0 && it.i < len(d.entries) {
			e := d.entries[it.i]
			it.i += step
			if e.key.p == nil {
				continue
			}
			if it.left == 0 {
				// More keys than the dict had: keys were swapped during the iteration.
				it.d = nil
				return Value{}, Errorf(runtimeError, "dictionary keys changed during iteration")
			}
			it.left--
			switch it.kind {
			case 'k':
				return e.key, nil
			case 'v':
				return e.val, nil
			}
			return NewTuple(e.key, e.val), nil
		}
		it.d = nil
		return Value{}, nil
	}
	for _, it := range []*Type{dictKeyIterType, dictValueIterType, dictItemIterType, dictRevKeyIterType, dictRevValueIterType, dictRevItemIterType} {
		it.iter = selfIter
		it.next = dictIterNext
		it.readyLazy(func() []*MethodDef {
			return []*MethodDef{methNoArgs(it.Name+".__length_hint__", func(t *Thread, self Value) (Value, *Exception) {
				x := (*dictIter)(self.p)
				if x.d == nil || x.d.used != x.used {
					return Int(0), nil
				}
				return Int(int64(x.left)), nil
			})}
		})
	}
}

func newDictView(d *Dict, kind byte) Value {
	typ := dictKeysType
	switch kind {
	case 'v':
		typ = dictValuesType
	case 'i':
		typ = dictItemsType
	}
	return Value{p: unsafe.Pointer(&dictView{Header: Header{typ: typ}, d: d, kind: kind})}
}

func dictUpdateArgs(t *Thread, d *Dict, name string, args []Value, kw *Tuple) *Exception {
	npos := len(args)
	if kw != nil {
		npos -= len(kw.items)
	}
	if npos > 1 {
		return typeErrorf("%s expected at most 1 argument, got %d", name, npos)
	}
	if npos == 1 {
		src := args[0]
		if src.Type().layout == dictType {
			if err := dictUpdate(t, d, src); err != nil {
				return err
			}
		} else if _, found, _ := lookupAttr(t, src, newStr("keys")); found {
			if err := dictUpdate(t, d, src); err != nil {
				return err
			}
		} else {
			i := 0
			err := Iterate(t, src, func(item Value) *Exception {
				pair, err := ToSlice(t, item)
				if err != nil {
					return typeErrorf("cannot convert dictionary update sequence element #%d to a sequence", i)
				}
				if len(pair) != 2 {
					return Errorf(valueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
				}
				i++
				return d.SetItem(t, pair[0], pair[1])
			})
			if err != nil {
				return err
			}
		}
	}
	if kw != nil {
		for i, k := range kw.items {
			if err := d.SetItem(t, k, args[npos+i]); err != nil {
				return err
			}
		}
	}
	return nil
}
