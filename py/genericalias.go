package py

import (
	"strings"
	"unsafe"
)

// types.UnionType (int | str) and types.GenericAlias (list[int]), the objects
// typing annotations are made of.

type unionObj struct {
	Header
	args *Tuple
}

var (
	UnionType        = newType("types.UnionType", nil, nil)
	GenericAliasType = newType("types.GenericAlias", nil, nil)
)

type genericAliasObj struct {
	Header
	origin Value
	args   *Tuple
}

func unionOr(t *Thread, a, b Value) (Value, *Exception) {
	ok := func(v Value) bool {
		return v.IsNone() || v.Type().IsSubtype(TypeType) || v.Type() == UnionType || v.Type() == GenericAliasType
	}
	if !ok(a) || !ok(b) {
		return NotImplemented, nil
	}
	var items []Value
	add := func(v Value) {
		if v.Type() == UnionType {
			for _, x := range (*unionObj)(v.p).args.items {
				items = appendUnique(items, x)
			}
			return
		}
		if v.IsNone() {
			v = TypeValue(NoneType)
		}
		items = appendUnique(items, v)
	}
	add(a)
	add(b)
	if len(items) == 1 {
		return items[0], nil
	}
	return Value{p: unsafe.Pointer(&unionObj{Header: Header{typ: UnionType}, args: newTuple(items)})}, nil
}

func appendUnique(items []Value, v Value) []Value {
	for _, x := range items {
		if x.Is(v) {
			return items
		}
	}
	return append(items, v)
}

func genericAlias(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
	if err := noKwargs("__class_getitem__", kw); err != nil {
		return Value{}, err
	}
	if len(args) != 1 {
		return Value{}, typeErrorf("%s.__class_getitem__() takes exactly one argument (%d given)", cls.typeObj().Name, len(args))
	}
	var a *Tuple
	if items, ok := args[0].tupleItems(); ok {
		a = newTuple(items)
	} else {
		a = newTuple([]Value{args[0]})
	}
	return Value{p: unsafe.Pointer(&genericAliasObj{Header: Header{typ: GenericAliasType}, origin: cls, args: a})}, nil
}

func typeReprForAlias(t *Thread, v Value) string {
	if v.Type().IsSubtype(TypeType) {
		typ := v.typeObj()
		if typ.Module() == "builtins" {
			return typ.QualName
		}
		return typ.Module() + "." + typ.QualName
	}
	if v.Is(Ellipsis) {
		return "..."
	}
	r, _ := Repr(t, v)
	return r
}

func init() {
	UnionType.repr = func(t *Thread, v Value) (Value, *Exception) {
		var parts []string
		for _, x := range (*unionObj)(v.p).args.items {
			if x.Is(TypeValue(NoneType)) {
				parts = append(parts, "None")
				continue
			}
			parts = append(parts, typeReprForAlias(t, x))
		}
		return NewStr(strings.Join(parts, " | ")), nil
	}
	UnionType.ownNum().nb[nbOr] = unionOr
	UnionType.ownNum().nbr[nbOr] = func(t *Thread, b, a Value) (Value, *Exception) { return unionOr(t, a, b) }
	UnionType.readyLazy(func() []*MethodDef {
		return []*MethodDef{getset("__args__", func(t *Thread, v Value) (Value, *Exception) { return (*unionObj)(v.p).args.Value(), nil }, nil)}
	})
	GenericAliasType.repr = func(t *Thread, v Value) (Value, *Exception) {
		g := (*genericAliasObj)(v.p)
		var parts []string
		for _, x := range g.args.items {
			parts = append(parts, typeReprForAlias(t, x))
		}
		return NewStr(typeReprForAlias(t, g.origin) + "[" + strings.Join(parts, ", ") + "]"), nil
	}
	GenericAliasType.call = func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
		return CallKw(t, (*genericAliasObj)(v.p).origin, args, kw)
	}
	GenericAliasType.ownNum().nb[nbOr] = unionOr
	GenericAliasType.ownNum().nbr[nbOr] = func(t *Thread, b, a Value) (Value, *Exception) { return unionOr(t, a, b) }
	GenericAliasType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__origin__", func(t *Thread, v Value) (Value, *Exception) { return (*genericAliasObj)(v.p).origin, nil }, nil),
			getset("__args__", func(t *Thread, v Value) (Value, *Exception) { return (*genericAliasObj)(v.p).args.Value(), nil }, nil),
		}
	})
}
