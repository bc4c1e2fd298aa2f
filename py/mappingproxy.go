package py

// mappingproxy (types.MappingProxyType): a read-only view of a mapping.

import "unsafe"

var MappingProxyType = newType("mappingproxy", nil, nil)

type mappingProxy struct {
	Header
	m Value
}

func newMappingProxy(m Value) Value {
	return Value{p: unsafe.Pointer(&mappingProxy{Header: Header{typ: MappingProxyType}, m: m})}
}

func init() {
	MappingProxyType.getitem = func(t *Thread, v, k Value) (Value, *Exception) { return GetItem(t, (*mappingProxy)(v.p).m, k) }
	MappingProxyType.len = func(t *Thread, v Value) (int, *Exception) { return Len(t, (*mappingProxy)(v.p).m) }
	MappingProxyType.iter = func(t *Thread, v Value) (Value, *Exception) { return Iter(t, (*mappingProxy)(v.p).m) }
	MappingProxyType.contains = func(t *Thread, v, x Value) (bool, *Exception) { return Contains(t, (*mappingProxy)(v.p).m, x) }
	MappingProxyType.repr = func(t *Thread, v Value) (Value, *Exception) {
		r, err := Repr(t, (*mappingProxy)(v.p).m)
		return NewStr("mappingproxy(" + r + ")"), err
	}
	MappingProxyType.getattr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
		switch name.s {
		case "keys", "values", "items", "get", "copy":
			return GetAttr(t, (*mappingProxy)(v.p).m, name)
		}
		return genericGetAttr(t, v, name)
	}
	MappingProxyType.ready()
}
