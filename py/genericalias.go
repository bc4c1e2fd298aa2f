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
	unionType        = newType("types.UnionType", nil, nil)
	genericAliasType = newType("types.GenericAlias", nil, nil)
)

type genericAliasObj struct {
	Header
	origin  Value
	args    *Tuple
	starred bool // *tuple[int]
}

// gaOwnAttrs are the attributes a types.GenericAlias answers itself
// (attr_exceptions); the others are looked up on its origin.
var gaOwnAttrs = map[string]bool{
	"__class__": true, "__bases__": true, "__origin__": true, "__args__": true,
	"__unpacked__": true, "__parameters__": true, "__typing_unpacked_tuple_args__": true,
	"__mro_entries__": true, "__reduce_ex__": true, "__reduce__": true, "__copy__": true,
	"__deepcopy__": true,
}

func newGenericAlias(origin Value, args *Tuple, starred bool) Value {
	return Value{p: unsafe.Pointer(&genericAliasObj{Header: Header{typ: genericAliasType}, origin: origin, args: args, starred: starred})}
}

func unionOr(t *Thread, a, b Value) (Value, *Exception) {
	ok := func(v Value) bool {
		return v.IsNone() || v.Type().IsSubtype(typeType) || v.Type() == unionType || v.Type() == genericAliasType
	}
	if !ok(a) || !ok(b) {
		return pyNotImplemented, nil
	}
	var items []Value
	add := func(v Value) {
		if v.Type() == unionType {
			for _, x := range (*unionObj)(v.p).args.items {
				items = appendUnique(items, x)
			}
			return
		}
		if v.IsNone() {
			v = TypeValue(noneType)
		}
		items = appendUnique(items, v)
	}
	add(a)
	add(b)
	if len(items) == 1 {
		return items[0], nil
	}
	return Value{p: unsafe.Pointer(&unionObj{Header: Header{typ: unionType}, args: newTuple(items)})}, nil
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

// unpackedTupleArgs is the X, Y of *tuple[X, Y] (a starred tuple alias, or
// anything with __typing_unpacked_tuple_args__); ok is false otherwise.
func unpackedTupleArgs(t *Thread, v Value) ([]Value, bool, *Exception) {
	if v.Type() == genericAliasType {
		g := (*genericAliasObj)(v.p)
		if g.starred && g.origin.Is(TypeValue(tupleType)) {
			return g.args.items, true, nil
		}
	}
	r, ok, err := lookupAttr(t, v, newStr("__typing_unpacked_tuple_args__"))
	if err != nil || !ok || r.IsNone() {
		return nil, false, err
	}
	items, isTuple := r.tupleItems()
	return items, isTuple, nil
}

// isUnpackedTypeVarTuple is typing's _is_unpacked_typevartuple.
func isUnpackedTypeVarTuple(t *Thread, v Value) (bool, *Exception) {
	if v.Type().IsSubtype(typeType) {
		return false, nil
	}
	r, ok, err := lookupAttr(t, v, newStr("__typing_is_unpacked_typevartuple__"))
	if err != nil || !ok {
		return false, err
	}
	return IsTrue(t, r)
}

func indexOfParam(params []Value, v Value) int {
	for i, p := range params {
		if p.p == v.p {
			return i
		}
	}
	return -1
}

// subsParameters is _Py_subs_parameters: the new arguments of alias v (whose
// arguments are args and parameters params) subscripted with item. The
// parameters' __typing_prepare_subst__ adjust the arguments first (defaults,
// ParamSpec lists, TypeVarTuple groups), then every argument that is a
// parameter is replaced through its __typing_subst__ and every argument
// with parameters of its own is subscripted with their values.
func subsParameters(t *Thread, v Value, args, params []Value, item Value) ([]Value, *Exception) {
	if len(params) == 0 {
		r, err := Repr(t, v)
		if err != nil {
			return nil, err
		}
		return nil, typeErrorf("%s is not a generic class", r)
	}
	var items []Value
	for _, x := range itemsOf(item) {
		if !x.Type().IsSubtype(typeType) {
			sub, ok, err := unpackedTupleArgs(t, x)
			if err != nil {
				return nil, err
			}
			if ok && !(len(sub) > 0 && sub[len(sub)-1].Is(pyEllipsis)) {
				items = append(items, sub...)
				continue
			}
		}
		items = append(items, x)
	}
	cur := NewTuple(items...)
	for _, p := range params {
		prep, ok, err := lookupAttr(t, p, newStr("__typing_prepare_subst__"))
		if err != nil {
			return nil, err
		}
		if ok && !prep.IsNone() {
			if cur, err = Call(t, prep, v, cur); err != nil {
				return nil, err
			}
		}
	}
	argItems, ok := cur.tupleItems()
	if !ok {
		argItems = []Value{cur}
	}
	if len(argItems) != len(params) {
		r, err := Repr(t, v)
		if err != nil {
			return nil, err
		}
		which := "many"
		if len(argItems) < len(params) {
			which = "few"
		}
		return nil, typeErrorf("Too %s arguments for %s; actual %d, expected %d", which, r, len(argItems), len(params))
	}
	var out []Value
	for _, arg := range args {
		if arg.Type().IsSubtype(typeType) {
			out = append(out, arg)
			continue
		}
		unpack, err := isUnpackedTypeVarTuple(t, arg)
		if err != nil {
			return nil, err
		}
		var nv Value
		if subst, ok, err := lookupAttr(t, arg, newStr("__typing_subst__")); err != nil {
			return nil, err
		} else if ok {
			i := indexOfParam(params, arg)
			if i < 0 {
				return nil, Errorf(systemError, "type parameter not among the parameters")
			}
			if nv, err = Call(t, subst, argItems[i]); err != nil {
				return nil, err
			}
		} else if nv, err = substInside(t, arg, params, argItems); err != nil {
			return nil, err
		}
		if unpack {
			if items, ok := nv.tupleItems(); ok {
				out = append(out, items...)
				continue
			}
		}
		out = append(out, nv)
	}
	return out, nil
}

// substInside is subs_tvars: obj subscripted with the values of its own
// __parameters__ (a TypeVarTuple's tuple of values spread out).
func substInside(t *Thread, obj Value, params, argItems []Value) (Value, *Exception) {
	sub, ok, err := lookupAttr(t, obj, newStr("__parameters__"))
	if err != nil || !ok {
		return obj, err
	}
	subItems, isTuple := sub.tupleItems()
	if !isTuple || len(subItems) == 0 {
		return obj, nil
	}
	var vals []Value
	for _, x := range subItems {
		if i := indexOfParam(params, x); i >= 0 {
			val := argItems[i]
			if params[i].Type() == typeVarTupleType {
				if items, ok := val.tupleItems(); ok {
					vals = append(vals, items...)
					continue
				}
			}
			x = val
		}
		vals = append(vals, x)
	}
	return GetItem(t, obj, NewTuple(vals...))
}

// argsEqual compares two argument tuples item by item (the order matters).
func argsEqual(t *Thread, a, b *Tuple) (bool, *Exception) {
	return RichCompareBool(t, a.Value(), b.Value(), EQ)
}

// unionArgSet is the set of a union's arguments, which its == and hash use.
func unionArgSet(t *Thread, v Value, typ *Type) (*set, *Exception) {
	s := newSetObj(typ)
	for _, x := range (*unionObj)(v.p).args.items {
		if err := s.add(t, x); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func typeReprForAlias(t *Thread, v Value) string {
	if v.Type().IsSubtype(typeType) {
		typ := v.typeObj()
		if typ.Module() == "builtins" {
			return typ.QualName
		}
		return typ.Module() + "." + typ.QualName
	}
	if v.Is(pyEllipsis) {
		return "..."
	}
	r, _ := Repr(t, v)
	return r
}

func init() {
	unionType.repr = func(t *Thread, v Value) (Value, *Exception) {
		var parts []string
		for _, x := range (*unionObj)(v.p).args.items {
			if x.Is(TypeValue(noneType)) {
				parts = append(parts, "None")
				continue
			}
			parts = append(parts, typeReprForAlias(t, x))
		}
		return NewStr(strings.Join(parts, " | ")), nil
	}
	unionType.mapGetitem = true // subscriptable as a mapping only: not iterable
	// union_getitem: (int | T)[str] substitutes, then ORs the results.
	unionType.getitem = func(t *Thread, v, item Value) (Value, *Exception) {
		u := (*unionObj)(v.p)
		params, err := typeParamsOf(t, u.args.items)
		if err != nil {
			return Value{}, err
		}
		args, err := subsParameters(t, v, u.args.items, params, item)
		if err != nil {
			return Value{}, err
		}
		if len(args) == 0 {
			return Value{p: unsafe.Pointer(&unionObj{Header: Header{typ: unionType}, args: newTuple(nil)})}, nil
		}
		r := args[0]
		for _, a := range args[1:] {
			if r, err = BinaryOp(t, r, a, nbOr); err != nil {
				return Value{}, err
			}
		}
		return r, nil
	}
	unionType.ownNum().nb[nbOr] = unionOr
	unionType.ownNum().nbr[nbOr] = func(t *Thread, b, a Value) (Value, *Exception) { return unionOr(t, a, b) }
	unionType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if b.Type() != unionType || op != EQ && op != NE {
			return pyNotImplemented, nil
		}
		x, err := unionArgSet(t, a, setType)
		if err != nil {
			return Value{}, err
		}
		y, err := unionArgSet(t, b, setType)
		if err != nil {
			return Value{}, err
		}
		return RichCompare(t, x.Value(), y.Value(), op)
	}
	unionType.hash = func(t *Thread, v Value) (int64, *Exception) {
		s, err := unionArgSet(t, v, frozenSetType)
		if err != nil {
			return 0, err
		}
		return Hash(t, s.Value())
	}
	unionType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__args__", func(t *Thread, v Value) (Value, *Exception) { return (*unionObj)(v.p).args.Value(), nil }, nil),
			getset("__parameters__", func(t *Thread, v Value) (Value, *Exception) {
				ps, err := typeParamsOf(t, (*unionObj)(v.p).args.items)
				return NewTuple(ps...), err
			}, nil),
		}
	})
	// types.GenericAlias(origin, args), as ga_new: what a __class_getitem__
	// written in Python returns (queue.Queue[int]).
	genericAliasType.new = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
		if kwLen(kwnames) > 0 {
			return Value{}, typeErrorf("GenericAlias() takes no keyword arguments")
		}
		if len(args) != 2 {
			return Value{}, typeErrorf("GenericAlias expected 2 arguments, got %d", len(args))
		}
		return genericAlias(t, args[0], args[1:], nil)
	}
	genericAliasType.repr = func(t *Thread, v Value) (Value, *Exception) {
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
	genericAliasType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if !b.Type().IsSubtype(genericAliasType) || op != EQ && op != NE {
			return pyNotImplemented, nil
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
	genericAliasType.hash = func(t *Thread, v Value) (int64, *Exception) {
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
	// ga_getattro: every attribute but the alias's own comes from the origin
	// (list[int].append, list[int].__name__).
	genericAliasType.getattr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
		if gaOwnAttrs[name.s] {
			return genericGetAttr(t, v, name)
		}
		if v.Type() != genericAliasType {
			// A subclass (collections.abc's Callable alias) keeps its own
			// attributes.
			r, err := genericGetAttr(t, v, name)
			if err == nil || !err.Matches(attributeError) {
				return r, err
			}
		}
		return getAttr(t, (*genericAliasObj)(v.p).origin, name)
	}
	genericAliasType.iter = func(t *Thread, v Value) (Value, *Exception) {
		// *tuple[int] in a subscript or a signature: the starred alias
		g := (*genericAliasObj)(v.p)
		return newSeqIter([]Value{newGenericAlias(g.origin, g.args, true)}, tupleIterType), nil
	}
	genericAliasType.getitem = func(t *Thread, v, item Value) (Value, *Exception) {
		g := (*genericAliasObj)(v.p)
		params, err := typeParamsOf(t, g.args.items)
		if err != nil {
			return Value{}, err
		}
		args, err := subsParameters(t, v, g.args.items, params, item)
		if err != nil {
			return Value{}, err
		}
		return newGenericAlias(g.origin, newTuple(args), g.starred), nil
	}
	genericAliasType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		// types.GenericAlias(origin, args, /): how subclasses (collections.abc's
		// Callable alias) are made.
		if typ == genericAliasType && kwLen(kw) > 0 {
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
	genericAliasType.call = func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
		// ga_call: the instance records the alias it was made through, if it
		// takes attributes.
		obj, err := CallKw(t, (*genericAliasObj)(v.p).origin, args, kw)
		if err != nil {
			return Value{}, err
		}
		if err := setAttr(t, obj, newStr("__orig_class__"), v); err != nil && !err.Matches(attributeError) && !err.Matches(typeError) {
			return Value{}, err
		}
		return obj, nil
	}
	genericAliasType.ownNum().nb[nbOr] = unionOr
	genericAliasType.ownNum().nbr[nbOr] = func(t *Thread, b, a Value) (Value, *Exception) { return unionOr(t, a, b) }
	genericAliasType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__origin__", func(t *Thread, v Value) (Value, *Exception) { return (*genericAliasObj)(v.p).origin, nil }, nil),
			getset("__args__", func(t *Thread, v Value) (Value, *Exception) { return (*genericAliasObj)(v.p).args.Value(), nil }, nil),
			getset("__parameters__", func(t *Thread, v Value) (Value, *Exception) {
				ps, err := typeParamsOf(t, (*genericAliasObj)(v.p).args.items)
				return NewTuple(ps...), err
			}, nil),
			methO("__instancecheck__", func(t *Thread, v, obj Value) (Value, *Exception) {
				return Value{}, typeErrorf("isinstance() argument 2 cannot be a parameterized generic")
			}),
			methO("__subclasscheck__", func(t *Thread, v, obj Value) (Value, *Exception) {
				return Value{}, typeErrorf("issubclass() argument 2 cannot be a parameterized generic")
			}),
			getset("__unpacked__", func(t *Thread, v Value) (Value, *Exception) { return Bool((*genericAliasObj)(v.p).starred), nil }, nil),
			getset("__typing_unpacked_tuple_args__", func(t *Thread, v Value) (Value, *Exception) {
				g := (*genericAliasObj)(v.p)
				if g.starred && g.origin.Is(TypeValue(tupleType)) {
					return g.args.Value(), nil
				}
				return pyNone, nil
			}, nil),
			methNoArgs("__reduce__", func(t *Thread, v Value) (Value, *Exception) {
				// ga_reduce: (type(alias), (origin, args)); a starred alias is
				// next(iter(the plain one)).
				g := (*genericAliasObj)(v.p)
				if g.starred {
					it, err := Iter(t, newGenericAlias(g.origin, g.args, false))
					if err != nil {
						return Value{}, err
					}
					next, _ := t.interp.builtinsDict.GetStr("next")
					return NewTuple(next, NewTuple(it)), nil
				}
				return NewTuple(TypeValue(v.Type()), NewTuple(g.origin, g.args.Value())), nil
			}),
			methO("__mro_entries__", func(t *Thread, v, bases Value) (Value, *Exception) {
				return NewTuple((*genericAliasObj)(v.p).origin), nil
			}),
		}
	})
}
