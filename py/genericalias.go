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
	origin  Value
	args    *Tuple
	starred bool // *tuple[int]
}

func newGenericAlias(origin Value, args *Tuple, starred bool) Value {
	return Value{p: unsafe.Pointer(&genericAliasObj{Header: Header{typ: GenericAliasType}, origin: origin, args: args, starred: starred})}
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
	return newGenericAlias(cls, a, false), nil
}

// aliasSubstitute is ga_getitem / _Py_subs_parameters for the plain cases: each type
// parameter of the alias replaced by its argument, in the arguments and in the aliases
// nested in them.
func aliasSubstitute(t *Thread, v Value, params []Value, item Value) (Value, *Exception) {
	if len(params) == 0 {
		r, _ := Repr(t, v)
		return Value{}, typeErrorf("%s is not a generic class", r)
	}
	args := itemsOf(item)
	for _, p := range params {
		if p.Type() == TypeVarTupleType || p.Type() == ParamSpecType {
			return Value{}, Errorf(NotImplementedError, "substitution of a TypeVarTuple or ParamSpec is not supported by kaa yet")
		}
	}
	if len(args) != len(params) {
		r, _ := Repr(t, v)
		which := "many"
		if len(args) < len(params) {
			which = "few"
		}
		return Value{}, typeErrorf("Too %s arguments for %s; actual %d, expected %d", which, r, len(args), len(params))
	}
	var subst func(x Value) (Value, *Exception)
	subst = func(x Value) (Value, *Exception) {
		for i, p := range params {
			if x.Is(p) {
				return args[i], nil
			}
		}
		switch x.Type() {
		case GenericAliasType:
			g := (*genericAliasObj)(x.p)
			items := make([]Value, len(g.args.items))
			for i, a := range g.args.items {
				r, err := subst(a)
				if err != nil {
					return Value{}, err
				}
				items[i] = r
			}
			return newGenericAlias(g.origin, newTuple(items), g.starred), nil
		case UnionType:
			var r Value
			for i, a := range (*unionObj)(x.p).args.items {
				y, err := subst(a)
				if err != nil {
					return Value{}, err
				}
				if i == 0 {
					r = y
					continue
				}
				if r, err = BinaryOp(t, r, y, nbOr); err != nil {
					return Value{}, err
				}
			}
			return r, nil
		}
		return x, nil
	}
	g := (*genericAliasObj)(v.p)
	items := make([]Value, len(g.args.items))
	for i, a := range g.args.items {
		r, err := subst(a)
		if err != nil {
			return Value{}, err
		}
		items[i] = r
	}
	return newGenericAlias(g.origin, newTuple(items), g.starred), nil
}

// argsEqual compares two argument tuples item by item (the order matters).
func argsEqual(t *Thread, a, b *Tuple) (bool, *Exception) {
	return RichCompareBool(t, a.Value(), b.Value(), EQ)
}

// unionArgSet is the set of a union's arguments, which its == and hash use.
func unionArgSet(t *Thread, v Value, typ *Type) (*Set, *Exception) {
	s := newSetObj(typ)
	for _, x := range (*unionObj)(v.p).args.items {
		if err := s.add(t, x); err != nil {
			return nil, err
		}
	}
	return s, nil
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
	UnionType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if b.Type() != UnionType || op != EQ && op != NE {
			return NotImplemented, nil
		}
		x, err := unionArgSet(t, a, SetType)
		if err != nil {
			return Value{}, err
		}
		y, err := unionArgSet(t, b, SetType)
		if err != nil {
			return Value{}, err
		}
		return RichCompare(t, x.Value(), y.Value(), op)
	}
	UnionType.hash = func(t *Thread, v Value) (int64, *Exception) {
		s, err := unionArgSet(t, v, FrozenSetType)
		if err != nil {
			return 0, err
		}
		return Hash(t, s.Value())
	}
	UnionType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__args__", func(t *Thread, v Value) (Value, *Exception) { return (*unionObj)(v.p).args.Value(), nil }, nil),
			getset("__parameters__", func(t *Thread, v Value) (Value, *Exception) {
				return NewTuple(typeParamsOf((*unionObj)(v.p).args.items)...), nil
			}, nil),
		}
	})
	// types.GenericAlias(origin, args), as ga_new: what a __class_getitem__
	// written in Python returns (queue.Queue[int]).
	GenericAliasType.new = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
		if kwLen(kwnames) > 0 {
			return Value{}, typeErrorf("GenericAlias() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Value{}, typeErrorf("GenericAlias expected 2 arguments, got %d", len(args))
		}
		return genericAlias(t, args[0], args[1:], nil)
	}
	GenericAliasType.repr = func(t *Thread, v Value) (Value, *Exception) {
		g := (*genericAliasObj)(v.p)
		var parts []string
		for _, x := range g.args.items {
			parts = append(parts, typeReprForAlias(t, x))
		}
		inner := strings.Join(parts, ", ")
		if len(parts) == 0 {
			inner = "()" // tuple[()]
		}
		star := ""
		if g.starred {
			star = "*"
		}
		return NewStr(star + typeReprForAlias(t, g.origin) + "[" + inner + "]"), nil
	}
	GenericAliasType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if b.Type() != GenericAliasType || op != EQ && op != NE {
			return NotImplemented, nil
		}
		x, y := (*genericAliasObj)(a.p), (*genericAliasObj)(b.p)
		eq := x.starred == y.starred
		if eq {
			r, err := RichCompareBool(t, x.origin, y.origin, EQ)
			if err != nil {
				return Value{}, err
			}
			eq = r
		}
		if eq {
			r, err := argsEqual(t, x.args, y.args)
			if err != nil {
				return Value{}, err
			}
			eq = r
		}
		return Bool(eq == (op == EQ)), nil
	}
	GenericAliasType.hash = func(t *Thread, v Value) (int64, *Exception) {
		g := (*genericAliasObj)(v.p)
		h0, err := Hash(t, g.origin)
		if err != nil {
			return 0, err
		}
		h1, err := Hash(t, g.args.Value())
		if err != nil {
			return 0, err
		}
		return h0 ^ h1, nil
	}
	GenericAliasType.iter = func(t *Thread, v Value) (Value, *Exception) {
		// *tuple[int] in a subscript or a signature: the starred alias
		g := (*genericAliasObj)(v.p)
		return newSeqIter([]Value{newGenericAlias(g.origin, g.args, true)}, TupleIterType), nil
	}
	GenericAliasType.getitem = func(t *Thread, v, item Value) (Value, *Exception) {
		return aliasSubstitute(t, v, typeParamsOf((*genericAliasObj)(v.p).args.items), item)
	}
	GenericAliasType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		// types.GenericAlias(origin, args, /): how subclasses (collections.abc's
		// Callable alias) are made.
		if typ == GenericAliasType && kwLen(kw) > 0 {
			return Value{}, typeErrorf("GenericAlias() takes no keyword arguments")
		}
		args = args[:len(args)-kwLen(kw)]
		if err := checkArgs("GenericAlias", args, 2, 2); err != nil {
			return Value{}, err
		}
		items, ok := args[1].tupleItems()
		if !ok {
			items = []Value{args[1]}
		}
		g := &genericAliasObj{Header: Header{typ: typ}, origin: args[0], args: newTuple(append([]Value(nil), items...))}
		return Value{p: unsafe.Pointer(g)}, nil
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
			getset("__parameters__", func(t *Thread, v Value) (Value, *Exception) {
				return NewTuple(typeParamsOf((*genericAliasObj)(v.p).args.items)...), nil
			}, nil),
			methO("__instancecheck__", func(t *Thread, v, obj Value) (Value, *Exception) {
				return Value{}, typeErrorf("isinstance() argument 2 cannot be a parameterized generic")
			}),
			methO("__subclasscheck__", func(t *Thread, v, obj Value) (Value, *Exception) {
				return Value{}, typeErrorf("issubclass() argument 2 cannot be a parameterized generic")
			}),
			getset("__unpacked__", func(t *Thread, v Value) (Value, *Exception) { return Bool((*genericAliasObj)(v.p).starred), nil }, nil),
			methO("__mro_entries__", func(t *Thread, v, bases Value) (Value, *Exception) {
				return NewTuple((*genericAliasObj)(v.p).origin), nil
			}),
		}
	})
}
