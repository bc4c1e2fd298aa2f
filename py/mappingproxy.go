package py

// mappingproxy (types.MappingProxyType): a read-only view of a mapping.

import "unsafe"

var mappingProxyType = newType("mappingproxy", nil, nil)

type mappingProxy struct {
	Header
	m Value
}

func newMappingProxy(m Value) Value {
	return Value{p: unsafe.Pointer(&mappingProxy{Header: Header{typ: mappingProxyType}, m: m})}
}

func init() {
	mappingProxyType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		var a [1]Value
		if err := parseArgs("mappingproxy", args, kw, []string{"mapping"}, 0, 1, -1, a[:]); err != nil {
			return Value{}, err
		}
		m := a[0]
		mt := m.Type()
		if mt.getitem == nil || mt.layout == listType || mt.layout == tupleType {
			return Value{}, typeErrorf("mappingproxy() argument must be a mapping, not %s", typeName(m))
		}
		return newMappingProxy(m), nil
	}
	mappingProxyType.getitem = func(t *Thread, v, k Value) (Value, *Exception) { return GetItem(t, (*mappingProxy)(v.p).m, k) }
	mappingProxyType.len = func(t *Thread, v Value) (int, *Exception) { return Len(t, (*mappingProxy)(v.p).m) }
	mappingProxyType.iter = func(t *Thread, v Value) (Value, *Exception) { return Iter(t, (*mappingProxy)(v.p).m) }
	mappingProxyType.contains = func(t *Thread, v, x Value) (bool, *Exception) { return Contains(t, (*mappingProxy)(v.p).m, x) }
	mappingProxyType.repr = func(t *Thread, v Value) (Value, *Exception) {
		r, err := Repr(t, (*mappingProxy)(v.p).m)
		return NewStr("mappingproxy(" + r + ")"), err
	}
	mappingProxyType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		return RichCompare(t, (*mappingProxy)(a.p).m, b, op)
	}
	mappingProxyType.hash = func(t *Thread, v Value) (int64, *Exception) { return Hash(t, (*mappingProxy)(v.p).m) }
	mappingProxyType.str = func(t *Thread, v Value) (Value, *Exception) { return StrV(t, (*mappingProxy)(v.p).m) }
	mappingProxyType.getattr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
		return genericGetAttr(t, v, name)
	}
	fwd := func(name string) *MethodDef {
		return methNoArgs("mappingproxy."+name, func(t *Thread, v Value) (Value, *Exception) {
			return CallMethod(t, (*mappingProxy)(v.p).m, name)
		})
	}
	mappingProxyType.ownNum().nb[nbOr] = func(t *Thread, a, b Value) (Value, *Exception) {
		if a.Type() == mappingProxyType {
			a = (*mappingProxy)(a.p).m
		}
		if b.Type() == mappingProxyType {
			b = (*mappingProxy)(b.p).m
		}
		return BinaryOp(t, a, b, nbOr)
	}
	mappingProxyType.ownNum().nbr[nbOr] = reflected(mappingProxyType.num.nb[nbOr])
	mappingProxyType.ownNum().inb[nbOr] = func(t *Thread, a, b Value) (Value, *Exception) {
		return Value{}, typeErrorf("'|=' is not supported by %s; use '|' instead", typeName(a))
	}
	mappingProxyType.readyLazy(func() []*MethodDef {
		return []*MethodDef{fwd("keys"), fwd("values"), fwd("items"), fwd("copy"),
			&MethodDef{Name: "get", Fn: func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
				if err := noKwargs("mappingproxy.get", kw); err != nil {
					return Value{}, err
				}
				if err := checkArgs("get", args, 1, 2); err != nil {
					return Value{}, err
				}
				return CallMethod(t, (*mappingProxy)(v.p).m, "get", args...)
			}},
			methNoArgs("mappingproxy.__reversed__", func(t *Thread, v Value) (Value, *Exception) {
				return CallMethod(t, (*mappingProxy)(v.p).m, "__reversed__")
			}),
			&MethodDef{Name: "__class_getitem__", Class: true, Fn: genericAlias},
		}
	})
}
