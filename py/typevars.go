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
	module                          Value // the defining module's name (__module__)
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

var (
	typeVarType         = newType("typing.TypeVar", nil, nil)
	paramSpecType       = newType("typing.ParamSpec", nil, nil)
	typeVarTupleType    = newType("typing.TypeVarTuple", nil, nil)
	paramSpecArgsType   = newType("typing.ParamSpecArgs", nil, nil)
	paramSpecKwargsType = newType("typing.ParamSpecKwargs", nil, nil)
	typeAliasTypeType   = newType("typing.TypeAliasType", nil, nil)
	genericType         = newType("typing.Generic", nil, nil)
	noDefaultType       = newType("typing.NoDefaultType", nil, nil)
	noDefault           = &Header{}
)

// pyNoDefault is typing.NoDefault.
var pyNoDefault = Value{p: unsafe.Pointer(noDefault)}

func newTypeParam(kind int, name Value) *typeParam {
	typ := []*Type{typeVarType, paramSpecType, typeVarTupleType}[kind]
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

// typingCall calls typing.NAME(args...): the native type parameters and
// Generic lean on lib/typing.py as CPython's do (call_typing_func_object).
func typingCall(t *Thread, name string, args ...Value) (Value, *Exception) {
	m, err := Import(t, "typing")
	if err != nil {
		return Value{}, err
	}
	fn, err := getAttr(t, m, newStr(name))
	if err != nil {
		return Value{}, err
	}
	return Call(t, fn, args...)
}

// unpackTypeVarTuple is typing.Unpack[tvt], what *Ts evaluates to.
func unpackTypeVarTuple(t *Thread, tvt Value) (Value, *Exception) {
	m, err := Import(t, "typing")
	if err != nil {
		return Value{}, err
	}
	u, err := getAttr(t, m, newStr("Unpack"))
	if err != nil {
		return Value{}, err
	}
	return GetItem(t, u, tvt)
}

// typeParamsOf collects the type parameters in args, in order, once each
// (_Py_make_parameters): objects with __typing_subst__ themselves, the
// __parameters__ of the others, the items of lists and tuples; classes are
// skipped.
func typeParamsOf(t *Thread, args []Value) ([]Value, *Exception) {
	var out []Value
	add := func(v Value) {
		for _, x := range out {
			if x.p == v.p {
				return
			}
		}
		out = append(out, v)
	}
	var walk func(v Value) *Exception
	walk = func(v Value) *Exception {
		switch v.Type() {
		case typeVarType, paramSpecType, typeVarTupleType:
			add(v)
			return nil
		case genericAliasType:
			for _, a := range (*genericAliasObj)(v.p).args.items {
				if err := walk(a); err != nil {
					return err
				}
			}
			return nil
		case unionType:
			for _, a := range (*unionObj)(v.p).args.items {
				if err := walk(a); err != nil {
					return err
				}
			}
			return nil
		}
		if v.Type().IsSubtype(typeType) {
			return nil
		}
		if _, ok, err := lookupAttr(t, v, newStr("__typing_subst__")); err != nil {
			return err
		} else if ok {
			add(v)
			return nil
		}
		sub, ok, err := lookupAttr(t, v, newStr("__parameters__"))
		if err != nil {
			return err
		}
		if !ok {
			if items, isTuple := v.tupleItems(); isTuple {
				for _, a := range items {
					if err := walk(a); err != nil {
						return err
					}
				}
			} else if v.Type() == listType {
				for _, a := range append([]Value(nil), (*List)(v.p).items...) {
					if err := walk(a); err != nil {
						return err
					}
				}
			}
			return nil
		}
		if items, isTuple := sub.tupleItems(); isTuple {
			for _, a := range items {
				add(a)
			}
		}
		return nil
	}
	for _, a := range args {
		if err := walk(a); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func itemsOf(v Value) []Value {
	if items, ok := v.tupleItems(); ok {
		return items
	}
	return []Value{v}
}

// subscriptGeneric is Generic[*params] for a class with type parameters
// (_Py_subscript_generic): TypeVarTuples are unpacked, then typing makes
// the alias.
func subscriptGeneric(t *Thread, params Value) (Value, *Exception) {
	items := append([]Value(nil), itemsOf(params)...)
	for i, p := range items {
		if p.Type() == typeVarTupleType {
			u, err := unpackTypeVarTuple(t, p)
			if err != nil {
				return Value{}, err
			}
			items[i] = u
		}
	}
	return typingCall(t, "_GenericAlias", TypeValue(genericType), NewTuple(items...))
}

// typeParamNames are the names CPython's argument parsing reports.
var typeParamNames = [...]string{"typevar", "paramspec", "typevartuple"}

// newTypeParamFromCall is TypeVar(name, *constraints, bound=None,
// covariant=False, contravariant=False, infer_variance=False,
// default=NoDefault), ParamSpec(name, *, bound=None, covariant=False,
// contravariant=False, infer_variance=False, default=NoDefault) and
// TypeVarTuple(name, *, default=NoDefault).
func newTypeParamFromCall(t *Thread, kind int, args []Value, kw *Tuple) (Value, *Exception) {
	fname := typeParamNames[kind]
	npos := len(args) - kwLen(kw)
	if kind != tvTypeVar && npos > 1 {
		return Value{}, typeErrorf("%s() takes exactly 1 positional argument (%d given)", fname, npos)
	}
	var name Value
	if npos >= 1 {
		name = args[0]
	}
	var bound, dflt Value
	var covariant, contravariant, infer bool
	if kw != nil {
		allowed := map[string]bool{"name": true, "default": true}
		if kind != tvTypeVarTuple {
			for _, k := range []string{"bound", "covariant", "contravariant", "infer_variance"} {
				allowed[k] = true
			}
		}
		for i, kn := range kw.items {
			k, v := kn.str().s, args[npos+i]
			if !allowed[k] {
				return Value{}, typeErrorf("%s() got an unexpected keyword argument '%s'", fname, k)
			}
			var err *Exception
			switch k {
			case "name":
				if !name.IsNil() {
					return Value{}, typeErrorf("argument for %s() given by name ('name') and position (1)", fname)
				}
				name = v
			case "bound":
				bound = v
			case "default":
				dflt = v
			case "covariant":
				covariant, err = IsTrue(t, v)
			case "contravariant":
				contravariant, err = IsTrue(t, v)
			case "infer_variance":
				infer, err = IsTrue(t, v)
			}
			if err != nil {
				return Value{}, err
			}
		}
	}
	if name.IsNil() {
		return Value{}, typeErrorf("%s() missing required argument 'name' (pos 1)", fname)
	}
	if name.Type().layout != strType {
		return Value{}, typeErrorf("%s() argument 'name' must be str, not %s", fname, typeName(name))
	}
	if covariant && contravariant {
		return Value{}, Errorf(valueError, "Bivariant types are not supported.")
	}
	if infer && (covariant || contravariant) {
		return Value{}, Errorf(valueError, "Variance cannot be specified with infer_variance.")
	}
	p := newTypeParam(kind, name)
	p.covariant, p.contravariant, p.infer = covariant, contravariant, infer
	if !bound.IsNil() && !bound.IsNone() {
		b, err := typingCall(t, "_type_check", bound, NewStr("Bound must be a type."))
		if err != nil {
			return Value{}, err
		}
		p.bound = b
	}
	if !dflt.IsNil() {
		p.dflt = dflt
	}
	if kind == tvTypeVar && npos > 1 {
		if npos == 2 {
			return Value{}, typeErrorf("A single constraint is not allowed")
		}
		if !p.bound.IsNil() {
			return Value{}, typeErrorf("Constraints cannot be combined with bound=...")
		}
		p.constraints = NewTuple(append([]Value(nil), args[1:npos]...)...)
	}
	p.module = callerModule(t)
	return p.Value(), nil
}

func init() {
	noDefaultType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr("typing.NoDefault"), nil }
	noDefaultType.basetype = false
	noDefaultType.doc = "The type of the NoDefault singleton."
	noDefaultType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) > 0 {
			return Value{}, typeErrorf("NoDefaultType takes no arguments")
		}
		return pyNoDefault, nil
	}
	noDefaultType.readyLazy(func() []*MethodDef {
		return []*MethodDef{methNoArgs("__reduce__", func(t *Thread, v Value) (Value, *Exception) { return NewStr("NoDefault"), nil })}
	})
	noDefault.typ = noDefaultType

	for i, tt := range []*Type{typeVarType, paramSpecType, typeVarTupleType} {
		kind := i
		tt.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
			return newTypeParamFromCall(t, kind, args, kw)
		}
	}
	for _, tt := range []*Type{typeVarType, paramSpecType, typeVarTupleType} {
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
		// T | X is typing.Union[T, X] (which accepts forward references).
		tt.ownNum().nb[nbOr] = func(t *Thread, a, b Value) (Value, *Exception) { return typingCall(t, "_make_union", a, b) }
		tt.ownNum().nbr[nbOr] = func(t *Thread, b, a Value) (Value, *Exception) { return typingCall(t, "_make_union", a, b) }
		self := func(v Value) *typeParam { return (*typeParam)(v.p) }
		kindName := tt.Name[strings.IndexByte(tt.Name, '.')+1:]
		defs := []*MethodDef{
			getset("__name__", func(t *Thread, v Value) (Value, *Exception) { return self(v).name, nil }, nil),
			getset("__module__", func(t *Thread, v Value) (Value, *Exception) {
				if m := self(v).module; !m.IsNil() {
					return m, nil
				}
				return pyNone, nil
			}, nil),
			getset("__default__", func(t *Thread, v Value) (Value, *Exception) {
				p := self(v)
				return lazy(t, &p.dflt, p.evalDflt, pyNoDefault)
			}, nil),
			methNoArgs("has_default", func(t *Thread, v Value) (Value, *Exception) {
				p := self(v)
				return Bool(!p.evalDflt.IsNil() && !p.evalDflt.IsNone() || !p.dflt.IsNil() && !p.dflt.Is(pyNoDefault)), nil
			}),
			methNoArgs("__reduce__", func(t *Thread, v Value) (Value, *Exception) { return self(v).name, nil }),
			methO("__mro_entries__", func(t *Thread, v, bases Value) (Value, *Exception) {
				return Value{}, typeErrorf("Cannot subclass an instance of %s", kindName)
			}),
		}
		if tt != typeVarTupleType {
			defs = append(defs,
				getset("__bound__", func(t *Thread, v Value) (Value, *Exception) {
					p := self(v)
					return lazy(t, &p.bound, p.evalBound, pyNone)
				}, nil),
				getset("__covariant__", func(t *Thread, v Value) (Value, *Exception) { return Bool(self(v).covariant), nil }, nil),
				getset("__contravariant__", func(t *Thread, v Value) (Value, *Exception) { return Bool(self(v).contravariant), nil }, nil),
				getset("__infer_variance__", func(t *Thread, v Value) (Value, *Exception) { return Bool(self(v).infer), nil }, nil),
			)
		}
		switch tt {
		case typeVarType:
			defs = append(defs,
				getset("__constraints__", func(t *Thread, v Value) (Value, *Exception) {
					p := self(v)
					return lazy(t, &p.constraints, p.evalConstr, NewTuple())
				}, nil),
				methO("__typing_subst__", func(t *Thread, v, arg Value) (Value, *Exception) {
					return typingCall(t, "_typevar_subst", v, arg)
				}),
				&MethodDef{Name: "__typing_prepare_subst__", Fn: func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
					if err := noKwargs("__typing_prepare_subst__", kw); err != nil {
						return Value{}, err
					}
					if err := checkArgs("__typing_prepare_subst__", args, 2, 2); err != nil {
						return Value{}, err
					}
					return typeVarPrepareSubst(t, v, args[0], args[1])
				}},
			)
		case paramSpecType:
			defs = append(defs,
				getset("args", func(t *Thread, v Value) (Value, *Exception) {
					return Value{p: unsafe.Pointer(&paramSpecAttr{Header: Header{typ: paramSpecArgsType}, origin: v})}, nil
				}, nil),
				getset("kwargs", func(t *Thread, v Value) (Value, *Exception) {
					return Value{p: unsafe.Pointer(&paramSpecAttr{Header: Header{typ: paramSpecKwargsType}, origin: v, kwargs: true})}, nil
				}, nil),
				methO("__typing_subst__", func(t *Thread, v, arg Value) (Value, *Exception) {
					return typingCall(t, "_paramspec_subst", v, arg)
				}),
				prepareSubstVia("_paramspec_prepare_subst"),
			)
		case typeVarTupleType:
			defs = append(defs,
				methO("__typing_subst__", func(t *Thread, v, arg Value) (Value, *Exception) {
					return Value{}, typeErrorf("Substitution of bare TypeVarTuple is not supported")
				}),
				prepareSubstVia("_typevartuple_prepare_subst"),
			)
		}
		tt.readyLazy(func() []*MethodDef { return defs })
	}
	// *Ts (in a subscript or a signature) is Unpack[Ts] (typevartuple_iter).
	typeVarTupleType.iter = func(t *Thread, v Value) (Value, *Exception) {
		u, err := unpackTypeVarTuple(t, v)
		if err != nil {
			return Value{}, err
		}
		return newSeqIter([]Value{u}, tupleIterType), nil
	}
	for _, pt := range []*Type{paramSpecArgsType, paramSpecKwargsType} {
		pt.basetype = false
		suffix, kwargs := ".args", pt == paramSpecKwargsType
		if kwargs {
			suffix = ".kwargs"
		}
		name := pt.Name[strings.IndexByte(pt.Name, '.')+1:]
		pt.repr = func(t *Thread, v Value) (Value, *Exception) {
			o := (*paramSpecAttr)(v.p).origin
			if o.Type() == paramSpecType {
				return NewStr((*typeParam)(o.p).name.str().s + suffix), nil
			}
			r, err := Repr(t, o)
			if err != nil {
				return Value{}, err
			}
			return NewStr(r + suffix), nil
		}
		pt.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
			if b.Type() != a.Type() || op != EQ && op != NE {
				return pyNotImplemented, nil
			}
			eq, err := RichCompareBool(t, (*paramSpecAttr)(a.p).origin, (*paramSpecAttr)(b.p).origin, EQ)
			if err != nil {
				return Value{}, err
			}
			return Bool(eq == (op == EQ)), nil
		}
		pt.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
			var a [1]Value
			if err := parseArgs(strings.ToLower(name), args, kw, []string{"origin"}, 0, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			return Value{p: unsafe.Pointer(&paramSpecAttr{Header: Header{typ: typ}, origin: a[0], kwargs: kwargs})}, nil
		}
		pt.readyLazy(func() []*MethodDef {
			return []*MethodDef{
				getset("__origin__", func(t *Thread, v Value) (Value, *Exception) { return (*paramSpecAttr)(v.p).origin, nil }, nil),
				methO("__mro_entries__", func(t *Thread, v, bases Value) (Value, *Exception) {
					return Value{}, typeErrorf("Cannot subclass an instance of %s", name)
				}),
			}
		})
	}

	ta := typeAliasTypeType
	ta.basetype = false
	ta.repr = func(t *Thread, v Value) (Value, *Exception) { return (*typeAlias)(v.p).name, nil }
	ta.ownNum().nb[nbOr] = unionOr
	ta.ownNum().nbr[nbOr] = func(t *Thread, b, a Value) (Value, *Exception) { return unionOr(t, a, b) }
	ta.mapGetitem = true // subscriptable, but not a sequence
	ta.getitem = func(t *Thread, v, key Value) (Value, *Exception) {
		a := (*typeAlias)(v.p)
		if items, ok := a.typeParams.tupleItems(); !ok || len(items) == 0 {
			return Value{}, typeErrorf("Only generic type aliases are subscriptable")
		}
		return newGenericAlias(v, newTuple(append([]Value(nil), itemsOf(key)...)), false), nil
	}
	ta.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		var a [3]Value
		if err := parseArgs("typealias", args, kw, []string{"name", "value", "type_params"}, 0, 2, 2, a[:]); err != nil {
			return Value{}, err
		}
		if a[0].Type().layout != strType {
			return Value{}, typeErrorf("typealias() argument 'name' must be str, not %s", typeName(a[0]))
		}
		tp := a[2]
		if tp.IsNil() {
			tp = NewTuple()
		} else if _, ok := tp.tupleItems(); !ok {
			return Value{}, typeErrorf("type_params must be a tuple")
		}
		return Value{p: unsafe.Pointer(&typeAlias{Header: Header{typ: typeAliasTypeType}, name: a[0], value: a[1], typeParams: tp, module: callerModule(t)})}, nil
	}
	alias := func(v Value) *typeAlias { return (*typeAlias)(v.p) }
	ta.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__name__", func(t *Thread, v Value) (Value, *Exception) { return alias(v).name, nil }, nil),
			getset("__value__", func(t *Thread, v Value) (Value, *Exception) {
				a := alias(v)
				return lazy(t, &a.value, a.evalValue, pyNone)
			}, nil),
			getset("__type_params__", func(t *Thread, v Value) (Value, *Exception) { return alias(v).typeParams, nil }, nil),
			getset("__parameters__", func(t *Thread, v Value) (Value, *Exception) { return alias(v).typeParams, nil }, nil),
			getset("__module__", func(t *Thread, v Value) (Value, *Exception) { return alias(v).module, nil }, nil),
			methNoArgs("__reduce__", func(t *Thread, v Value) (Value, *Exception) { return alias(v).name, nil }),
		}
	})

	// CPython makes these from specs: heap types (copyreg's _reduce_ex skips
	// Generic when it looks for the first native base).
	genericType.specFlags = 1 << 9
	for _, typ := range []*Type{typeVarType, paramSpecType, typeVarTupleType, paramSpecArgsType, paramSpecKwargsType} {
		typ.specFlags = 1<<9 | 1<<8
	}
	genericType.layout = objectType // no instance state: subclasses are plain objects
	genericType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			&MethodDef{Name: "__class_getitem__", Class: true, Fn: func(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
				if err := noKwargs("__class_getitem__", kw); err != nil {
					return Value{}, err
				}
				if len(args) != 1 {
					return Value{}, typeErrorf("__class_getitem__() takes exactly one argument (%d given)", len(args))
				}
				return typingCall(t, "_generic_class_getitem", cls, args[0])
			}},
			&MethodDef{Name: "__init_subclass__", Class: true, Fn: func(t *Thread, cls Value, args []Value, kw *Tuple) (Value, *Exception) {
				m, err := Import(t, "typing")
				if err != nil {
					return Value{}, err
				}
				fn, err := getAttr(t, m, newStr("_generic_init_subclass"))
				if err != nil {
					return Value{}, err
				}
				return CallKw(t, fn, append([]Value{cls}, args...), kw)
			}},
		}
	})
}

// prepareSubstVia is a __typing_prepare_subst__(alias, args) method calling
// typing's function of that name.
func prepareSubstVia(fn string) *MethodDef {
	return &MethodDef{Name: "__typing_prepare_subst__", Fn: func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs("__typing_prepare_subst__", kw); err != nil {
			return Value{}, err
		}
		if err := checkArgs("__typing_prepare_subst__", args, 2, 2); err != nil {
			return Value{}, err
		}
		return typingCall(t, fn, v, args[0], args[1])
	}}
}

// typeVarPrepareSubst fills in a TypeVar's default when the arguments stop
// just before it (typevar_typing_prepare_subst).
func typeVarPrepareSubst(t *Thread, v, alias, args Value) (Value, *Exception) {
	params, err := getAttr(t, alias, newStr("__parameters__"))
	if err != nil {
		return Value{}, err
	}
	items, _ := params.tupleItems()
	idx := -1
	for i, p := range items {
		if p.p == v.p {
			idx = i
			break
		}
	}
	n, err := Len(t, args)
	if err != nil {
		return Value{}, err
	}
	if idx < n {
		return args, nil
	}
	if idx == n {
		p := (*typeParam)(v.p)
		d, err := lazy(t, &p.dflt, p.evalDflt, pyNoDefault)
		if err != nil {
			return Value{}, err
		}
		if !d.Is(pyNoDefault) {
			return BinaryOp(t, args, NewTuple(d), nbAdd)
		}
	}
	r, _ := Repr(t, alias)
	return Value{}, typeErrorf("Too few arguments for %s; actual %d, expected at least %d", r, n, idx+1)
}

// callerModule is the __name__ of the running frame's module.
func callerModule(t *Thread) Value {
	if f := t.frame; f != nil && f.globals != nil {
		if n, ok := f.globals.GetStr("__name__"); ok {
			return n
		}
	}
	return pyNone
}

// typingIntrinsic1 handles the typing intrinsics of CALL_INTRINSIC_1.
func typingIntrinsic1(t *Thread, which int, v Value) (Value, *Exception) {
	switch which {
	case 7, 8, 9:
		p := newTypeParam([]int{tvTypeVar, tvParamSpec, tvTypeVarTuple}[which-7], v)
		p.module = callerModule(t)
		return p.Value(), nil
	case 10:
		return subscriptGeneric(t, v)
	case 11: // TYPEALIAS: (name, type_params, compute_value)
		items, _ := v.tupleItems()
		tp := items[1]
		if tp.IsNone() {
			tp = NewTuple()
		}
		return Value{p: unsafe.Pointer(&typeAlias{Header: Header{typ: typeAliasTypeType}, name: items[0], typeParams: tp, evalValue: items[2], module: callerModule(t)})}, nil
	}
	return Value{}, Errorf(systemError, "intrinsic %d not supported", which)
}

// typingIntrinsic2 handles TYPEVAR_WITH_BOUND, TYPEVAR_WITH_CONSTRAINTS and
// SET_TYPEPARAM_DEFAULT.
func typingIntrinsic2(t *Thread, which int, a, b Value) (Value, *Exception) {
	switch which {
	case 2:
		p := newTypeParam(tvTypeVar, a)
		p.evalBound = b
		p.module = callerModule(t)
		return p.Value(), nil
	case 3:
		p := newTypeParam(tvTypeVar, a)
		p.evalConstr = b
		p.module = callerModule(t)
		return p.Value(), nil
	case 5:
		(*typeParam)(a.p).evalDflt = b
		return a, nil
	}
	return Value{}, Errorf(systemError, "intrinsic2 %d not supported", which)
}

func newTypingModule(t *Thread) (Value, *Exception) {
	m := NewModule("_typing")
	d := ModuleDict(m)
	for _, typ := range []*Type{typeVarType, paramSpecType, typeVarTupleType, paramSpecArgsType, paramSpecKwargsType, typeAliasTypeType, genericType} {
		d.SetStr(typ.Name, TypeValue(typ))
	}
	d.SetStr("NoDefault", pyNoDefault)
	d.SetStr("_idfunc", NewBuiltin(methO("_idfunc", func(t *Thread, _, x Value) (Value, *Exception) { return x, nil }), m, "_typing"))
	return m, nil
}

func init() { builtinModules["_typing"] = newTypingModule }
