// Package abc is the _abc module: the machinery behind abc.ABCMeta (lib/abc.py),
// written natively because isinstance and issubclass against the collections ABCs
// are on many programs' hot paths. Each ABC carries an _abc_data object (its
// _abc_impl attribute) holding the classes registered with it and two caches of
// answers; a per-interpreter counter, bumped by every register, invalidates the
// negative caches.
//
// CPython keeps the registry and caches as sets of weak references. Kaa holds the
// classes strongly (Kaa has no weak references yet): a class registered with, or
// once tested against, an ABC lives as long as the ABC.
package abc

import (
	"sync"

	"github.com/kaa-python/kaa/py"
)

// Def is the _abc module.
var Def = &py.ModuleDef{Name: "_abc", Doc: "Module contains faster C implementation of abc.ABCMeta", Methods: methods, Exec: exec}

type state struct {
	token int64 // the invalidation counter: get_cache_token()
}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	m.SetState(&state{})
	m.Set("_abc_data", py.TypeValue(dataType()))
	return nil
}

func stateOf(self py.Value) *state {
	if m := py.ModuleOf(self); m != nil {
		if s, ok := m.State().(*state); ok {
			return s
		}
	}
	return &state{}
}

// classSet is a set of classes, kept in insertion order so that a registry is
// walked in the order the classes were registered.
type classSet struct {
	order []py.Value
	has   map[py.Value]bool
}

func (s *classSet) add(v py.Value) {
	if s.has == nil {
		s.has = map[py.Value]bool{}
	}
	if !s.has[v] {
		s.has[v] = true
		s.order = append(s.order, v)
	}
}

func (s *classSet) contains(v py.Value) bool { return s.has[v] }

func (s *classSet) clear() { s.order, s.has = nil, nil }

func (s *classSet) set(t *py.Thread) (py.Value, *py.Exception) {
	return py.Call(t, py.TypeValue(py.SetType()), py.NewList(append([]py.Value(nil), s.order...)).Value())
}

// data is an _abc_data object: one ABC's registry and caches.
type data struct {
	py.Header
	registry   classSet
	cache      classSet
	negative   classSet
	negVersion int64
}

// dataType is built on the first import, not at start-up.
var dataType = sync.OnceValue(func() *py.Type { return py.NewType(dataDef) })

var dataDef = &py.TypeDef{
	Name:  "_abc._abc_data",
	Doc:   "Internal state held by ABC machinery.",
	Final: true,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		d := &data{}
		return py.NewObject(&d.Header, typ), nil
	},
}

func newData(tok int64) *data {
	d := &data{negVersion: tok}
	py.NewObject(&d.Header, dataType())
	return d
}

func (d *data) value() py.Value { return py.NewObject(&d.Header, dataType()) }

// impl returns cls._abc_impl.
func impl(t *py.Thread, cls py.Value) (*data, *py.Exception) {
	v, err := py.GetAttrS(t, cls, "_abc_impl")
	if err != nil {
		return nil, err
	}
	if v.Type() != dataType() {
		return nil, py.Errorf(py.TypeError(), "_abc_impl is set to a wrong type")
	}
	return py.Object[data](v), nil
}

// isAbstract reports whether v has a true __isabstractmethod__.
func isAbstract(t *py.Thread, v py.Value) (bool, *py.Exception) {
	a, ok, err := py.LookupAttrS(t, v, "__isabstractmethod__")
	if err != nil || !ok {
		return false, err
	}
	return py.IsTrue(t, a)
}

// computeAbstracts sets cls.__abstractmethods__: the names in its namespace whose
// values are abstract, and the abstract names of its bases it has not overridden.
func computeAbstracts(t *py.Thread, cls py.Value) *py.Exception {
	var names []py.Value
	ns, err := py.GetAttrS(t, cls, "__dict__")
	if err != nil {
		return err
	}
	keys, err := py.CallMethod(t, ns, "keys")
	if err != nil {
		return err
	}
	keyList, err := py.ToSlice(t, keys)
	if err != nil {
		return err
	}
	for _, k := range keyList {
		v, err := py.GetItem(t, ns, k)
		if err != nil {
			return err
		}
		abs, err := isAbstract(t, v)
		if err != nil {
			return err
		}
		if abs {
			names = append(names, k)
		}
	}
	bases, err := py.GetAttrS(t, cls, "__bases__")
	if err != nil {
		return err
	}
	baseItems, ok := py.TupleItems(bases)
	if !ok {
		return py.Errorf(py.TypeError(), "__bases__ is not tuple")
	}
	for _, b := range baseItems {
		inherited, found, err := py.LookupAttrS(t, b, "__abstractmethods__")
		if err != nil {
			return err
		}
		if !found {
			continue
		}
		err = py.Iterate(t, inherited, func(k py.Value) *py.Exception {
			s, ok := py.AsStr(k)
			if !ok {
				return py.Errorf(py.TypeError(), "attribute name must be string, not '%s'", py.TypeName(k))
			}
			v, found, err := py.LookupAttrS(t, cls, s)
			if err != nil || !found {
				return err
			}
			abs, err := isAbstract(t, v)
			if abs {
				names = append(names, k)
			}
			return err
		})
		if err != nil {
			return err
		}
	}
	fs, err := py.Call(t, py.TypeValue(py.FrozenSetType()), py.NewList(names).Value())
	if err != nil {
		return err
	}
	return py.SetAttrS(t, cls, "__abstractmethods__", fs)
}

func subclassCheck(t *py.Thread, mod, cls, sub py.Value) (py.Value, *py.Exception) {
	subType := py.AsType(sub)
	if subType == nil {
		return py.Value{}, py.Errorf(py.TypeError(), "issubclass() arg 1 must be a class")
	}
	d, err := impl(t, cls)
	if err != nil {
		return py.Value{}, err
	}
	if d.cache.contains(sub) {
		return py.True(), nil
	}
	st := stateOf(mod)
	if d.negVersion < st.token {
		d.negative.clear()
		d.negVersion = st.token
	} else if d.negative.contains(sub) {
		return py.False(), nil
	}
	ok, err := py.CallMethod(t, cls, "__subclasshook__", sub)
	if err != nil {
		return py.Value{}, err
	}
	switch {
	case ok.Is(py.True()):
		d.cache.add(sub)
		return py.True(), nil
	case ok.Is(py.False()):
		d.negative.add(sub)
		return py.False(), nil
	case !ok.Is(py.NotImplemented()):
		return py.Value{}, py.Errorf(py.AssertionError(), "__subclasshook__ must return either False, True, or NotImplemented")
	}
	for _, m := range subType.MRO() {
		if py.TypeValue(m).Is(cls) {
			d.cache.add(sub)
			return py.True(), nil
		}
	}
	// The registry may grow while it is walked (a check that registers): walk a copy.
	for _, r := range append([]py.Value(nil), d.registry.order...) {
		yes, err := py.IsSubclass(t, sub, r)
		if err != nil {
			return py.Value{}, err
		}
		if yes {
			d.cache.add(sub)
			return py.True(), nil
		}
	}
	subs, err := py.CallMethod(t, cls, "__subclasses__")
	if err != nil {
		return py.Value{}, err
	}
	list, err := py.ToSlice(t, subs)
	if err != nil {
		return py.Value{}, err
	}
	for _, s := range list {
		yes, err := py.IsSubclass(t, sub, s)
		if err != nil {
			return py.Value{}, err
		}
		if yes {
			d.cache.add(sub)
			return py.True(), nil
		}
	}
	d.negative.add(sub)
	return py.False(), nil
}

var methods = []*py.MethodDef{
	py.FuncNoArgs("get_cache_token", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return py.Int(stateOf(self).token), nil
	}),
	py.FuncO("_abc_init", func(t *py.Thread, mod, cls py.Value) (py.Value, *py.Exception) {
		if err := computeAbstracts(t, cls); err != nil {
			return py.Value{}, err
		}
		d := newData(stateOf(mod).token)
		if err := py.SetAttrS(t, cls, "_abc_impl", d.value()); err != nil {
			return py.Value{}, err
		}
		if typ := py.AsType(cls); typ != nil {
			dict := typ.Dict()
			flags, ok := dict.GetStr("__abc_tpflags__")
			if !ok {
				return py.None(), nil
			}
			if _, err := dict.DelItem(t, py.NewStr("__abc_tpflags__")); err != nil {
				return py.Value{}, err
			}
			if flags.Type() != py.IntType() {
				return py.None(), nil
			}
			n, ok := py.AsInt64(flags)
			if !ok {
				return py.Value{}, py.Errorf(py.OverflowError(), "Python int too large to convert to C long")
			}
			const both = py.CollectionSequence | py.CollectionMapping
			if n&both == both {
				return py.Value{}, py.Errorf(py.TypeError(), "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING")
			}
			if n&both != 0 {
				typ.SetCollectionFlags(int(n & both))
			}
		}
		return py.None(), nil
	}),
	py.Func("_abc_register", "self, subclass, /", func(t *py.Thread, mod py.Value, args []py.Value) (py.Value, *py.Exception) {
		cls, sub := args[0], args[1]
		subType := py.AsType(sub)
		if subType == nil {
			return py.Value{}, py.Errorf(py.TypeError(), "Can only register classes")
		}
		yes, err := py.IsSubclass(t, sub, cls)
		if err != nil {
			return py.Value{}, err
		}
		if yes {
			return sub, nil // already a subclass
		}
		yes, err = py.IsSubclass(t, cls, sub)
		if err != nil {
			return py.Value{}, err
		}
		if yes {
			return py.Value{}, py.Errorf(py.RuntimeError(), "Refusing to create an inheritance cycle")
		}
		d, err := impl(t, cls)
		if err != nil {
			return py.Value{}, err
		}
		d.registry.add(sub)
		stateOf(mod).token++
		if typ := py.AsType(cls); typ != nil {
			if f := typ.CollectionFlags(); f != 0 && subType.IsHeap() {
				subType.SetCollectionFlags(f)
			}
		}
		return sub, nil
	}),
	py.Func("_abc_instancecheck", "self, instance, /", func(t *py.Thread, mod py.Value, args []py.Value) (py.Value, *py.Exception) {
		cls, inst := args[0], args[1]
		d, err := impl(t, cls)
		if err != nil {
			return py.Value{}, err
		}
		sub, err := py.GetAttrS(t, inst, "__class__")
		if err != nil {
			return py.Value{}, err
		}
		if d.cache.contains(sub) {
			return py.True(), nil
		}
		subtype := py.TypeValue(inst.Type())
		if subtype.Is(sub) {
			if d.negVersion == stateOf(mod).token && d.negative.contains(sub) {
				return py.False(), nil
			}
			return py.CallMethod(t, cls, "__subclasscheck__", sub)
		}
		r, err := py.CallMethod(t, cls, "__subclasscheck__", sub)
		if err != nil {
			return py.Value{}, err
		}
		yes, err := py.IsTrue(t, r)
		if err != nil || yes {
			return r, err
		}
		return py.CallMethod(t, cls, "__subclasscheck__", subtype)
	}),
	py.Func("_abc_subclasscheck", "self, subclass, /", func(t *py.Thread, mod py.Value, args []py.Value) (py.Value, *py.Exception) {
		return subclassCheck(t, mod, args[0], args[1])
	}),
	py.FuncO("_get_dump", func(t *py.Thread, mod, cls py.Value) (py.Value, *py.Exception) {
		d, err := impl(t, cls)
		if err != nil {
			return py.Value{}, err
		}
		var sets [3]py.Value
		for i, s := range []*classSet{&d.registry, &d.cache, &d.negative} {
			if sets[i], err = s.set(t); err != nil {
				return py.Value{}, err
			}
		}
		return py.NewTuple(sets[0], sets[1], sets[2], py.Int(d.negVersion)), nil
	}),
	py.FuncO("_reset_registry", func(t *py.Thread, mod, cls py.Value) (py.Value, *py.Exception) {
		d, err := impl(t, cls)
		if err != nil {
			return py.Value{}, err
		}
		d.registry.clear()
		return py.None(), nil
	}),
	py.FuncO("_reset_caches", func(t *py.Thread, mod, cls py.Value) (py.Value, *py.Exception) {
		d, err := impl(t, cls)
		if err != nil {
			return py.Value{}, err
		}
		d.cache.clear()
		d.negative.clear()
		return py.None(), nil
	}),
}
