package py

import (
	"strings"
	"unsafe"
)

// PEP 695 type parameters and aliases (CPython's Objects/typevarobject.c, in
// the typing module): TypeVar, ParamSpec, TypeVarTuple, TypeAliasType and
// Generic, which the 3.13 compiler reaches through CALL_INTRINSIC_1/2 for
// `def f[T](...)`, `class C[T]: ...` and `type X = ...`. Bounds,
// constraints, defaults and alias values are evaluated lazily, on first use.

type typeParam struct {
	Header
	kind                            int // tvTypeVar, tvParamSpec, tvTypeVarTuple
	name                            Value
	bound, constraints, dflt        Value // evaluated values (zero: not yet)
	evalBound, evalConstr, evalDflt Value // functions computing them (zero: none)
	covariant, contravariant, infer bool
}

const (
	tvTypeVar = iota
	tvParamSpec
	tvTypeVarTuple
)

type paramSpecAttr struct {
	Header
	origin Value
	kwargs bool
}

type typeAlias struct {
	Header
	name, typeParams, value, evalValue, module Value
}

type typingAlias struct { // typing._GenericAlias: Generic[T], Box[int]
	Header
	origin Value
	args   *Tuple
}

var (
	TypeVarType         = newType("typing.TypeVar", nil, nil)
	ParamSpecType       = newType("typing.ParamSpec", nil, nil)
	TypeVarTupleType    = newType("typing.TypeVarTuple", nil, nil)
	ParamSpecArgsType   = newType("typing.ParamSpecArgs", nil, nil)
	ParamSpecKwargsType = newType("typing.ParamSpecKwargs", nil, nil)
	TypeAliasTypeType   = newType("typing.TypeAliasType", nil, nil)
	GenericType         = newType("typing.Generic", nil, nil)
	TypingAliasType     = newType("typing._GenericAlias", nil, nil)
	NoDefaultType       = newType("typing.NoDefaultType", nil, nil)
	noDefault           = &Header{}
)

// NoDefault is typing.NoDefault.
var NoDefault = Value{p: unsafe.Pointer(noDefault)}

func newTypeParam(kind int, name Value) *typeParam {
	typ := []*Type{TypeVarType, ParamSpecType, TypeVarTupleType}[kind]
	return &typeParam{Header: Header{typ: typ}, kind: kind, name: name, infer: kind != tvTypeVarTuple}
}

func (p *typeParam) Value() Value { return Value{p: unsafe.Pointer(p)} }

// lazy evaluates a deferred bound/constraints/default once.
func lazy(t *Thread, val *Value, fn Value, dflt Value) (Value, *Exception) {
	if !val.IsNil() {
		return *val, nil
	}
	if fn.IsNil() || fn.IsNone() {
		return dflt, nil
	}
	r, err := Call(t, fn)
	if err != nil {
		return Value{}, err
	}
	*val = r
	return r, nil
}

// typeParamsOf collects the type parameters in args, in order, once each.
func typeParamsOf(args []Value) []Value {
	var out []Value
	seen := map[unsafe.Pointer]bool{}
	var walk func(v Value)
	walk = func(v Value) {
		switch v.Type() {
		case TypeVarType, ParamSpecType, TypeVarTupleType:
			if !seen[v.p] {
				seen[v.p] = true
				out = append(out, v)
			}
		case TypingAliasType:
			for _, a := range (*typingAlias)(v.p).args.items {
				walk(a)
			}
		case GenericAliasType:
			for _, a := range (*genericAliasObj)(v.p).args.items {
				walk(a)
			}
		case UnionType:
			for _, a := range (*unionObj)(v.p).args.items {
				walk(a)
			}
		}
	}
	for _, a := range args {
		walk(a)
	}
	return out
}

// specialForm is a typing._SpecialForm; Kaa has no typing module yet, so the one
// the runtime needs, typing.Unpack (what *Ts evaluates to), is native.
type specialForm struct {
	Header
	name string
}

var (
	SpecialFormType = newType("typing._SpecialForm", nil, nil)
	unpackForm      = Value{p: unsafe.Pointer(&specialForm{Header: Header{typ: SpecialFormType}, name: "Unpack"})}
)

func init() {
	SpecialFormType.repr = func(t *Thread, v Value) (Value, *Exception) {
		return NewStr("typing." + (*specialForm)(v.p).name), nil
	}
	// *Ts (in a subscript or a signature) is Unpack[Ts] (typevartuple_iter).
	TypeVarTupleType.iter = func(t *Thread, v Value) (Value, *Exception) {
		return newSeqIter([]Value{newTypingAlias(unpackForm, []Value{v})}, TupleIterType), nil
	}
}

func newTypingAlias(origin Value, args []Value) Value {
	return Value{p: unsafe.Pointer(&typingAlias{Header: Header{typ: TypingAliasType}, origin: origin, args: newTuple(args)})}
}

func itemsOf(v Value) []Value {
	if items, ok := v.tupleItems(); ok {
		return items
	}
	return []Value{v}
}

// subscriptGeneric is Generic[*params] for a class with type parameters.
func subscriptGeneric(t *Thread, params Value) (Value, *Exception) {
	return newTypingAlias(TypeValue(GenericType), append([]Value(nil), itemsOf(params)...)), nil
}

// genericClassGetitem is Generic.__class_getitem__ (typing._generic_class_getitem).
func genericClassGetitem(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
	if err := noKwargs("__class_getitem__", kw); err != nil {
		return Value{}, err
	}
	if len(args) != 1 {
		return Value{}, typeErrorf("__class_getitem__ expected 1 argument, got %d", len(args))
	}
	params := append([]Value(nil), itemsOf(args[0])...)
	if cls.typeObj() == GenericType {
		if len(params) == 0 {
			return Value{}, typeErrorf("Parameter list to Generic[...] cannot be empty")
		}
		for _, p := range params {
			switch p.Type() {
			case TypeVarType, ParamSpecType, TypeVarTupleType:
			default:
				return Value{}, typeErrorf("Parameters to Generic[...] must all be type variables or parameter specification variables.")
			}
		}
		return newTypingAlias(cls, params), nil
	}
	want := 0
	if p, found, err := LookupAttr(t, cls, newStr("__parameters__")); err != nil {
		return Value{}, err
	} else if found {
		if items, ok := p.tupleItems(); ok {
			want = len(items)
		}
	}
	if want == 0 {
		r, _ := Repr(t, cls)
		return Value{}, typeErrorf("%s is not a generic class", r)
	}
	if len(params) != want {
		r, _ := Repr(t, cls)
		which := "many"
		if len(params) < want {
			which = "few"
		}
		return Value{}, typeErrorf("Too %s arguments for %s; actual %d, expected %d", which, r, len(params), want)
	}
	return newTypingAlias(cls, params), nil
}

func init() {
	NoDefaultType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr("typing.NoDefault"), nil }
	NoDefaultType.basetype = false
	NoDefaultType.ready()
	noDefault.typ = NoDefaultType

	for _, tt := range []*Type{TypeVarType, ParamSpecType, TypeVarTupleType} {
		tt.basetype = false
		tt.repr = func(t *Thread, v Value) (Value, *Exception) {
			p := (*typeParam)(v.p)
			prefix := ""
			switch {
			case p.kind == tvTypeVarTuple || p.infer:
			case p.covariant:
				prefix = "+"
			case p.contravariant:
				prefix = "-"
			default:
				prefix = "~"
			}
			return NewStr(prefix + p.name.str().s), nil
		}
		tt.ownNum().nb[nbOr] = unionOr
		tt.ownNum().nbr[nbOr] = func(t *Thread, b, a Value) (Value, *Exception) { return unionOr(t, a, b) }
		self := func(v Value) *typeParam { return (*typeParam)(v.p) }
		defs := []*MethodDef{
			getset("__name__", func(t *Thread, v Value) (Value, *Exception) { return self(v).name, nil }, nil),
			getset("__default__", func(t *Thread, v Value) (Value, *Exception) {
				p := self(v)
				return lazy(t, &p.dflt, p.evalDflt, NoDefault)
			}, nil),
			methNoArgs("has_default", func(t *Thread, v Value) (Value, *Exception) {
				p := self(v)
				return Bool(!p.evalDflt.IsNil() && !p.evalDflt.IsNone() || !p.dflt.IsNil() && !p.dflt.Is(NoDefault)), nil
			}),
			methNoArgs("__reduce__", func(t *Thread, v Value) (Value, *Exception) { return self(v).name, nil }),
		}
		if tt != TypeVarTupleType {
			defs = append(defs,
				getset("__bound__", func(t *Thread, v Value) (Value, *Exception) {
					p := self(v)
					return lazy(t, &p.bound, p.evalBound, None)
				}, nil),
				getset("__covariant__", func(t *Thread, v Value) (Value, *Exception) { return Bool(self(v).covariant), nil }, nil),
				getset("__contravariant__", func(t *Thread, v Value) (Value, *Exception) { return Bool(self(v).contravariant), nil }, nil),
				getset("__infer_variance__", func(t *Thread, v Value) (Value, *Exception) { return Bool(self(v).infer), nil }, nil),
			)
		}
		switch tt {
		case TypeVarType:
			defs = append(defs, getset("__constraints__", func(t *Thread, v Value) (Value, *Exception) {
				p := self(v)
				return lazy(t, &p.constraints, p.evalConstr, NewTuple())
			}, nil))
		case ParamSpecType:
			defs = append(defs,
				getset("args", func(t *Thread, v Value) (Value, *Exception) {
					return Value{p: unsafe.Pointer(&paramSpecAttr{Header: Header{typ: ParamSpecArgsType}, origin: v})}, nil
				}, nil),
				getset("kwargs", func(t *Thread, v Value) (Value, *Exception) {
					return Value{p: unsafe.Pointer(&paramSpecAttr{Header: Header{typ: ParamSpecKwargsType}, origin: v, kwargs: true})}, nil
				}, nil))
		}
		tt.readyLazy(func() []*MethodDef { return defs })
	}
	TypeVarType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		npos := len(args) - kwLen(kw)
		if npos < 1 || args[0].Type().layout != StrType {
			return Value{}, typeErrorf("TypeVar() argument 'name' must be str")
		}
		p := newTypeParam(tvTypeVar, args[0])
		p.infer = false
		if npos > 1 {
			if npos == 2 {
				return Value{}, typeErrorf("A single constraint is not allowed")
			}
			p.constraints = NewTuple(append([]Value(nil), args[1:npos]...)...)
		}
		if kw != nil {
			for i, k := range kw.items {
				v := args[npos+i]
				switch k.str().s {
				case "bound":
					p.bound = v
				case "covariant":
					p.covariant, _ = IsTrue(t, v)
				case "contravariant":
					p.contravariant, _ = IsTrue(t, v)
				case "infer_variance":
					p.infer, _ = IsTrue(t, v)
				case "default":
					p.dflt = v
				default:
					return Value{}, typeErrorf("TypeVar() got an unexpected keyword argument '%s'", k.str().s)
				}
			}
		}
		if p.covariant && p.contravariant {
			return Value{}, Errorf(ValueError, "Bivariant type variables are not supported.")
		}
		if !p.bound.IsNil() && !p.constraints.IsNil() {
			return Value{}, typeErrorf("Constraints cannot be combined with bound=...")
		}
		return p.Value(), nil
	}
	for i, tt := range []*Type{ParamSpecType, TypeVarTupleType} {
		kind := []int{tvParamSpec, tvTypeVarTuple}[i]
		tt.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
			if len(args)-kwLen(kw) != 1 || args[0].Type().layout != StrType {
				return Value{}, typeErrorf("%s() argument 'name' must be str", typ.Name)
			}
			p := newTypeParam(kind, args[0])
			p.infer = false
			return p.Value(), nil
		}
	}
	for _, pt := range []*Type{ParamSpecArgsType, ParamSpecKwargsType} {
		pt.repr = func(t *Thread, v Value) (Value, *Exception) {
			a := (*paramSpecAttr)(v.p)
			suffix := ".args"
			if a.kwargs {
				suffix = ".kwargs"
			}
			return NewStr((*typeParam)(a.origin.p).name.str().s + suffix), nil
		}
		pt.readyLazy(func() []*MethodDef {
			return []*MethodDef{getset("__origin__", func(t *Thread, v Value) (Value, *Exception) { return (*paramSpecAttr)(v.p).origin, nil }, nil)}
		})
	}

	ta := TypeAliasTypeType
	ta.basetype = false
	ta.repr = func(t *Thread, v Value) (Value, *Exception) { return (*typeAlias)(v.p).name, nil }
	ta.ownNum().nb[nbOr] = unionOr
	ta.getitem = func(t *Thread, v, key Value) (Value, *Exception) {
		a := (*typeAlias)(v.p)
		if items, ok := a.typeParams.tupleItems(); !ok || len(items) == 0 {
			return Value{}, typeErrorf("Only generic type aliases are subscriptable")
		}
		return Value{p: unsafe.Pointer(&genericAliasObj{Header: Header{typ: GenericAliasType}, origin: v, args: newTuple(append([]Value(nil), itemsOf(key)...))})}, nil
	}
	ta.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		var a [3]Value
		if err := parseArgs("TypeAliasType", args, kw, []string{"name", "value", "type_params"}, 0, 2, 2, a[:]); err != nil {
			return Value{}, err
		}
		if a[0].Type().layout != StrType {
			return Value{}, typeErrorf("TypeAliasType() argument 'name' must be str, not %s", typeName(a[0]))
		}
		tp := a[2]
		if tp.IsNil() {
			tp = NewTuple()
		}
		return Value{p: unsafe.Pointer(&typeAlias{Header: Header{typ: TypeAliasTypeType}, name: a[0], value: a[1], typeParams: tp, module: callerModule(t)})}, nil
	}
	alias := func(v Value) *typeAlias { return (*typeAlias)(v.p) }
	ta.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__name__", func(t *Thread, v Value) (Value, *Exception) { return alias(v).name, nil }, nil),
			getset("__value__", func(t *Thread, v Value) (Value, *Exception) {
				a := alias(v)
				return lazy(t, &a.value, a.evalValue, None)
			}, nil),
			getset("__type_params__", func(t *Thread, v Value) (Value, *Exception) { return alias(v).typeParams, nil }, nil),
			getset("__parameters__", func(t *Thread, v Value) (Value, *Exception) { return alias(v).typeParams, nil }, nil),
			getset("__module__", func(t *Thread, v Value) (Value, *Exception) { return alias(v).module, nil }, nil),
		}
	})

	GenericType.layout = ObjectType // no instance state: subclasses are plain objects
	GenericType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			&MethodDef{Name: "__class_getitem__", Class: true, Fn: genericClassGetitem},
			&MethodDef{Name: "__init_subclass__", Class: true, Fn: func(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
				// typing.Generic.__init_subclass__: __parameters__ from Generic[...]
				// (or the type parameters of other generic bases) in __orig_bases__.
				var params []Value
				if ob, ok := cls.typeObj().dict().GetStr("__orig_bases__"); ok {
					params = typeParamsOf(itemsOf(ob))
				}
				cls.typeObj().dict().SetStr("__parameters__", NewTuple(params...))
				return None, nil
			}},
		}
	})
	GenericType.dict().SetStr("__parameters__", NewTuple())

	tg := TypingAliasType
	tga := func(v Value) *typingAlias { return (*typingAlias)(v.p) }
	tg.repr = func(t *Thread, v Value) (Value, *Exception) {
		g := tga(v)
		parts := make([]string, len(g.args.items))
		for i, a := range g.args.items {
			parts[i] = typeReprForAlias(t, a) // typing._type_repr
		}
		return NewStr(typeReprForAlias(t, g.origin) + "[" + strings.Join(parts, ", ") + "]"), nil
	}
	tg.call = func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
		r, err := CallKw(t, tga(v).origin, args, kw)
		if err == nil && r.Type().hasDict {
			_ = SetAttr(t, r, newStr("__orig_class__"), v)
		}
		return r, err
	}
	tg.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if b.Type() != TypingAliasType || op != EQ && op != NE {
			return NotImplemented, nil
		}
		x, y := tga(a), tga(b)
		eq := x.origin.Is(y.origin)
		if eq {
			r, err := RichCompareBool(t, x.args.Value(), y.args.Value(), EQ)
			if err != nil {
				return Value{}, err
			}
			eq = r
		}
		return Bool(eq == (op == EQ)), nil
	}
	tg.hash = func(t *Thread, v Value) (int64, *Exception) {
		h, err := Hash(t, tga(v).args.Value())
		return h ^ int64(idOf(tga(v).origin)), err
	}
	tg.ownNum().nb[nbOr] = unionOr
	tg.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__origin__", func(t *Thread, v Value) (Value, *Exception) { return tga(v).origin, nil }, nil),
			getset("__args__", func(t *Thread, v Value) (Value, *Exception) { return tga(v).args.Value(), nil }, nil),
			getset("__parameters__", func(t *Thread, v Value) (Value, *Exception) {
				return NewTuple(typeParamsOf(tga(v).args.items)...), nil
			}, nil),
			methO("__mro_entries__", func(t *Thread, v, bases Value) (Value, *Exception) {
				g := tga(v)
				if g.origin.typeObj() == GenericType {
					items, _ := bases.tupleItems()
					seen := false
					for _, b := range items {
						if b.p == v.p {
							seen = true
							continue
						}
						if seen && b.Type() == TypingAliasType {
							return NewTuple(), nil
						}
					}
				}
				return NewTuple(g.origin), nil
			}),
		}
	})
}

// callerModule is the __name__ of the running frame's module.
func callerModule(t *Thread) Value {
	if f := t.frame; f != nil && f.globals != nil {
		if n, ok := f.globals.GetStr("__name__"); ok {
			return n
		}
	}
	return None
}

// typingIntrinsic1 handles the typing intrinsics of CALL_INTRINSIC_1.
func typingIntrinsic1(t *Thread, which int, v Value) (Value, *Exception) {
	switch which {
	case 7:
		return newTypeParam(tvTypeVar, v).Value(), nil
	case 8:
		return newTypeParam(tvParamSpec, v).Value(), nil
	case 9:
		return newTypeParam(tvTypeVarTuple, v).Value(), nil
	case 10:
		return subscriptGeneric(t, v)
	case 11: // TYPEALIAS: (name, type_params, compute_value)
		items, _ := v.tupleItems()
		tp := items[1]
		if tp.IsNone() {
			tp = NewTuple()
		}
		return Value{p: unsafe.Pointer(&typeAlias{Header: Header{typ: TypeAliasTypeType}, name: items[0], typeParams: tp, evalValue: items[2], module: callerModule(t)})}, nil
	}
	return Value{}, Errorf(SystemError, "intrinsic %d not supported", which)
}

// typingIntrinsic2 handles TYPEVAR_WITH_BOUND, TYPEVAR_WITH_CONSTRAINTS and
// SET_TYPEPARAM_DEFAULT.
func typingIntrinsic2(t *Thread, which int, a, b Value) (Value, *Exception) {
	switch which {
	case 2:
		p := newTypeParam(tvTypeVar, a)
		p.evalBound = b
		return p.Value(), nil
	case 3:
		p := newTypeParam(tvTypeVar, a)
		p.evalConstr = b
		return p.Value(), nil
	case 5:
		(*typeParam)(a.p).evalDflt = b
		return a, nil
	}
	return Value{}, Errorf(SystemError, "intrinsic2 %d not supported", which)
}

func newTypingModule(t *Thread) (Value, *Exception) {
	m := NewModule("_typing")
	d := ModuleDict(m)
	for _, typ := range []*Type{TypeVarType, ParamSpecType, TypeVarTupleType, ParamSpecArgsType, ParamSpecKwargsType, TypeAliasTypeType, GenericType} {
		d.SetStr(typ.Name, TypeValue(typ))
	}
	d.SetStr("NoDefault", NoDefault)
	d.SetStr("_idfunc", NewBuiltin(methO("_idfunc", func(t *Thread, _, x Value) (Value, *Exception) { return x, nil }), m, "_typing"))
	return m, nil
}

func init() { builtinModules["_typing"] = newTypingModule }
