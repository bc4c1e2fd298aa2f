// Package functools is the _functools module: partial, reduce, cmp_to_key and
// the _lru_cache_wrapper behind functools.lru_cache; lib/functools.py builds the
// rest of functools on them.
package functools

import (
	"strings"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// Def is the _functools module.
var Def = &py.ModuleDef{Name: "_functools", Doc: "Tools that operate on functions.", Methods: methods, Exec: exec}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	ts := types()
	m.Set("partial", py.TypeValue(ts.partial))
	m.Set("_lru_cache_wrapper", py.TypeValue(ts.lru))
	return nil
}

type typeSet struct {
	partial, lru, elem, key *py.Type
}

var types = sync.OnceValue(func() *typeSet {
	ts := &typeSet{
		partial: py.NewType(partialDef),
		lru:     py.NewType(lruDef),
		elem:    py.NewType(&py.TypeDef{Name: "functools._lru_list_elem", Final: true}),
		key:     py.NewType(keyDef),
	}
	partialType, elemType, keyType = ts.partial, ts.elem, ts.key
	return ts
})

// Set once by types(), for the definitions it builds.
var partialType, elemType, keyType *py.Type

func kwLen(kw *py.Tuple) int {
	if kw == nil {
		return 0
	}
	return len(kw.Items())
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

func unpack(name string, n, lo, hi int) *py.Exception {
	switch {
	case n < lo:
		return py.Errorf(py.TypeError(), "%s expected at least %d argument%s, got %d", name, lo, plural(lo), n)
	case hi >= 0 && n > hi:
		return py.Errorf(py.TypeError(), "%s expected at most %d argument%s, got %d", name, hi, plural(hi), n)
	}
	return nil
}

// ---- reduce, cmp_to_key ----

var methods = []*py.MethodDef{
	{Name: "reduce", Doc: reduceDoc, Fn: func(t *py.Thread, _ py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if kwLen(kw) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "reduce() takes no keyword arguments")
		}
		if err := unpack("reduce", len(args), 2, 3); err != nil {
			return py.Value{}, err
		}
		fn := args[0]
		it, err := py.Iter(t, args[1])
		if err != nil {
			if err.Matches(py.TypeError()) {
				return py.Value{}, py.Errorf(py.TypeError(), "reduce() arg 2 must support iteration")
			}
			return py.Value{}, err
		}
		var acc py.Value
		if len(args) == 3 {
			acc = args[2]
		}
		for {
			x, err := py.Next(t, it)
			if err != nil {
				return py.Value{}, err
			}
			if x.IsNil() {
				break
			}
			if acc.IsNil() {
				acc = x
				continue
			}
			if acc, err = py.Call(t, fn, acc, x); err != nil {
				return py.Value{}, err
			}
		}
		if acc.IsNil() {
			return py.Value{}, py.Errorf(py.TypeError(), "reduce() of empty iterable with no initial value")
		}
		return acc, nil
	}},
	py.Func("cmp_to_key", "mycmp", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		k := &keyObj{cmp: a[0]}
		return py.NewObject(&k.Header, types().key), nil
	}),
}

const reduceDoc = `reduce(function, iterable[, initial], /) -> value

Apply a function of two arguments cumulatively to the items of an iterable, from left to right.

This effectively reduces the iterable to a single value.  If initial is present,
it is placed before the items of the iterable in the calculation, and serves as
a default when the iterable is empty.

For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5])
calculates ((((1 + 2) + 3) + 4) + 5).`

type keyObj struct {
	py.Header
	cmp, obj py.Value
}

var keySig = &struct {
	once sync.Once
	s    *py.Signature
}{}

var keyDef = &py.TypeDef{
	Name:  "functools.KeyWrapper",
	Final: true,
	Call: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		keySig.once.Do(func() { keySig.s = py.ParseSignature("K", "obj") })
		out := make([]py.Value, 1)
		if err := keySig.s.Bind(args, kw, out); err != nil {
			return py.Value{}, err
		}
		k := &keyObj{cmp: py.Object[keyObj](self).cmp, obj: out[0]}
		return py.NewObject(&k.Header, keyType), nil
	},
	Compare: func(t *py.Thread, a, b py.Value, op py.CompareOp) (py.Value, *py.Exception) {
		if b.Type() != keyType {
			return py.Value{}, py.Errorf(py.TypeError(), "other argument must be K instance")
		}
		x, y := py.Object[keyObj](a), py.Object[keyObj](b)
		if x.obj.IsNil() || y.obj.IsNil() {
			return py.Value{}, py.Errorf(py.AttributeError(), "object")
		}
		r, err := py.Call(t, x.cmp, x.obj, y.obj)
		if err != nil {
			return py.Value{}, err
		}
		return py.RichCompare(t, r, py.Int(0), op)
	},
	Methods: []*py.MethodDef{
		py.GetSetDef("obj", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			if o := py.Object[keyObj](self).obj; !o.IsNil() {
				return o, nil
			}
			return py.Value{}, py.Errorf(py.AttributeError(), "obj")
		}, func(t *py.Thread, self, val py.Value) *py.Exception {
			py.Object[keyObj](self).obj = val
			return nil
		}),
	},
}

// ---- partial ----

type partial struct {
	py.Header
	fn   py.Value
	args []py.Value
	kw   *py.Dict
}

const partialDoc = "Create a new function with partial application of the given arguments\nand keywords."

func newPartial(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	nkw := kwLen(kwnames)
	pos := args[:len(args)-nkw]
	if len(pos) < 1 {
		return py.Value{}, py.Errorf(py.TypeError(), "type 'partial' takes at least one argument")
	}
	fn := pos[0]
	var inner []py.Value
	kw := py.NewDict()
	if fn.Type() == partialType {
		if d, _, _ := py.LookupAttrS(t, fn, "__dict__"); d.IsNil() || dictLen(d) == 0 {
			p := py.Object[partial](fn)
			fn, inner = p.fn, p.args
			p.kw.Items(func(k, v py.Value) bool {
				kw.SetItem(t, k, v)
				return true
			})
		}
	}
	if !py.Callable(fn) {
		return py.Value{}, py.Errorf(py.TypeError(), "the first argument must be callable")
	}
	for i, k := range kwnamesItems(kwnames) {
		if err := kw.SetItem(t, k, args[len(pos)+i]); err != nil {
			return py.Value{}, err
		}
	}
	p := &partial{fn: fn, args: append(append([]py.Value(nil), inner...), pos[1:]...), kw: kw}
	return py.NewObject(&p.Header, typ), nil
}

func dictLen(d py.Value) int {
	if d.Type().IsSubtype(py.DictType()) {
		return py.Object[py.Dict](d).Len()
	}
	return 0
}

func kwnamesItems(kw *py.Tuple) []py.Value {
	if kw == nil {
		return nil
	}
	return kw.Items()
}

var partialDef = &py.TypeDef{
	Name: "functools.partial",
	Doc:  partialDoc,
	Dict: true,
	New:  newPartial,
	Call: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		p := py.Object[partial](self)
		nkw := kwLen(kwnames)
		pos := args[:len(args)-nkw]
		all := make([]py.Value, 0, len(p.args)+len(args)+p.kw.Len())
		all = append(all, p.args...)
		all = append(all, pos...)
		if p.kw.Len() == 0 {
			all = append(all, args[len(pos):]...)
			return py.CallKw(t, p.fn, all, kwnames)
		}
		merged := p.kw.Copy()
		for i, k := range kwnamesItems(kwnames) {
			if err := merged.SetItem(t, k, args[len(pos)+i]); err != nil {
				return py.Value{}, err
			}
		}
		var names []py.Value
		merged.Items(func(k, v py.Value) bool {
			names = append(names, k)
			all = append(all, v)
			return true
		})
		return py.CallKw(t, p.fn, all, py.Object[py.Tuple](py.NewTuple(names...)))
	},
	Get: func(t *py.Thread, self, obj py.Value, typ *py.Type) (py.Value, *py.Exception) {
		// 3.13 warns that a partial stored in a class will bind in the future.
		if !obj.IsNil() && !obj.IsNone() {
			if err := t.Warn(py.FutureWarning(), "functools.partial will be a method descriptor in future Python versions; wrap it in staticmethod() if you want to preserve the old behavior"); err != nil {
				return py.Value{}, err
			}
		}
		return self, nil
	},
	Repr: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		p := py.Object[partial](self)
		typ := self.Type()
		mod := typ.Module()
		if m, ok := typ.Dict().GetStr("__module__"); ok {
			if s, ok := py.AsStr(m); ok {
				mod = s
			}
		}
		name := typ.QualName
		if mod != "" && mod != "builtins" {
			name = mod + "." + name
		}
		if t.ReprEnter(self) {
			return py.NewStr("..."), nil
		}
		defer t.ReprLeave(self)
		var parts []string
		r, err := py.Repr(t, p.fn)
		if err != nil {
			return py.Value{}, err
		}
		parts = append(parts, r)
		for _, a := range p.args {
			r, err := py.Repr(t, a)
			if err != nil {
				return py.Value{}, err
			}
			parts = append(parts, r)
		}
		var kerr *py.Exception
		p.kw.Items(func(k, v py.Value) bool {
			ks, err := py.StrOf(t, k)
			if err != nil {
				kerr = err
				return false
			}
			r, err := py.Repr(t, v)
			if err != nil {
				kerr = err
				return false
			}
			parts = append(parts, ks+"="+r)
			return true
		})
		if kerr != nil {
			return py.Value{}, kerr
		}
		return py.NewStr(name + "(" + strings.Join(parts, ", ") + ")"), nil
	},
	Methods: []*py.MethodDef{
		py.GetSetDef("func", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Object[partial](self).fn, nil
		}, nil),
		py.GetSetDef("args", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.NewTuple(py.Object[partial](self).args...), nil
		}, nil),
		py.GetSetDef("keywords", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Object[partial](self).kw.Value(), nil
		}, nil),
		py.FuncNoArgs("__reduce__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			p := py.Object[partial](self)
			kw := py.None()
			if p.kw.Len() > 0 {
				kw = p.kw.Value()
			}
			d, _, err := py.LookupAttrS(t, self, "__dict__")
			if err != nil {
				return py.Value{}, err
			}
			if d.IsNil() || dictLen(d) == 0 {
				d = py.None()
			}
			return py.NewTuple(py.TypeValue(self.Type()), py.NewTuple(p.fn),
				py.NewTuple(p.fn, py.NewTuple(p.args...), kw, d)), nil
		}),
		py.FuncO("__setstate__", func(t *py.Thread, self, state py.Value) (py.Value, *py.Exception) {
			items, ok := py.TupleItems(state)
			if !ok || len(items) != 4 {
				return py.Value{}, py.Errorf(py.TypeError(), "invalid partial state")
			}
			fn, args, kw, d := items[0], items[1], items[2], items[3]
			argItems, isTuple := py.TupleItems(args)
			if !py.Callable(fn) || !isTuple || !kw.IsNone() && !kw.Type().IsSubtype(py.DictType()) {
				return py.Value{}, py.Errorf(py.TypeError(), "invalid partial state")
			}
			p := py.Object[partial](self)
			p.fn, p.args = fn, append([]py.Value(nil), argItems...)
			p.kw = py.NewDict()
			if !kw.IsNone() {
				p.kw = py.Object[py.Dict](kw).Copy()
			}
			if !d.IsNone() {
				if err := py.SetAttrS(t, self, "__dict__", d); err != nil {
					return py.Value{}, err
				}
			}
			return py.None(), nil
		}),
		{Name: "__class_getitem__", Class: true, Doc: "See PEP 585",
			Fn: func(t *py.Thread, cls py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
				if len(args) != 1 || kwLen(kw) > 0 {
					return py.Value{}, py.Errorf(py.TypeError(), "__class_getitem__() takes exactly one argument (%d given)", len(args))
				}
				return py.NewGenericAlias(t, cls, args[0])
			}},
	},
}

// ---- _lru_cache_wrapper ----

type lruElem struct {
	py.Header
	key, result py.Value
	prev, next  *lruElem
}

type lru struct {
	py.Header
	fn                py.Value
	cache             *py.Dict
	maxsize           int64 // -1: unbounded
	typed             bool
	hits, misses      int64
	infoType, kwdMark py.Value
	root              lruElem // root.next is the oldest entry, root.prev the newest
}

func (c *lru) unlink(e *lruElem) {
	e.prev.next, e.next.prev = e.next, e.prev
}

func (c *lru) pushNewest(e *lruElem) {
	last := c.root.prev
	e.prev, e.next = last, &c.root
	last.next = e
	c.root.prev = e
}

// makeKey is the cache key of a call, as _functools' lru_cache_make_key: a lone
// str or int argument is its own key; otherwise a tuple of the positional
// arguments, a marker and the keyword items, then (typed) the argument types.
func (c *lru) makeKey(args []py.Value, kwnames *py.Tuple) py.Value {
	nkw := kwLen(kwnames)
	pos := args[:len(args)-nkw]
	if !c.typed && nkw == 0 {
		if len(pos) == 1 {
			if k := pos[0].Type(); k == py.StrType() || k == py.IntType() {
				return pos[0]
			}
		}
		return py.NewTuple(append([]py.Value(nil), pos...)...)
	}
	key := append([]py.Value(nil), pos...)
	if nkw > 0 {
		key = append(key, c.kwdMark)
		for i, k := range kwnames.Items() {
			key = append(key, k, args[len(pos)+i])
		}
	}
	if c.typed {
		for _, a := range pos {
			key = append(key, py.TypeValue(a.Type()))
		}
		for _, a := range args[len(pos):] {
			key = append(key, py.TypeValue(a.Type()))
		}
	}
	return py.NewTuple(key...)
}

var lruDef = &py.TypeDef{
	Name: "functools._lru_cache_wrapper",
	Doc: `Create a cached callable that wraps another function.

user_function:      the function being cached

maxsize:  0         for no caching
          None      for unlimited cache size
          n         for a bounded cache

typed:    False     cache f(3) and f(3.0) as identical calls
          True      cache f(3) and f(3.0) as distinct calls

cache_info_type:    namedtuple class with the fields:
                        hits misses currsize maxsize
`,
	Dict: true,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		s := py.ParseSignature("_lru_cache_wrapper", "user_function, maxsize, typed, cache_info_type")
		a := make([]py.Value, 4)
		if err := s.Bind(args, kwnames, a); err != nil {
			return py.Value{}, err
		}
		if !py.Callable(a[0]) {
			return py.Value{}, py.Errorf(py.TypeError(), "the first argument must be callable")
		}
		c := &lru{fn: a[0], cache: py.NewDict(), maxsize: -1, infoType: a[3]}
		switch {
		case a[1].IsNone():
		case py.IsInt(a[1]):
			n, err := py.IndexInt(t, a[1], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			c.maxsize = max(n, 0)
		default:
			return py.Value{}, py.Errorf(py.TypeError(), "maxsize should be integer or None")
		}
		typed, err := py.IsTrue(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		c.typed = typed
		mark := &lruElem{}
		c.kwdMark = py.NewObject(&mark.Header, elemType)
		c.root.prev, c.root.next = &c.root, &c.root
		return py.NewObject(&c.Header, typ), nil
	},
	Call: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		c := py.Object[lru](self)
		if c.maxsize == 0 {
			c.misses++
			return py.CallKw(t, c.fn, args, kwnames)
		}
		key := c.makeKey(args, kwnames)
		if _, err := py.Hash(t, key); err != nil {
			return py.Value{}, err
		}
		if v, ok, err := c.cache.GetItem(t, key); err != nil {
			return py.Value{}, err
		} else if ok {
			c.hits++
			if c.maxsize < 0 {
				return v, nil
			}
			e := py.Object[lruElem](v)
			c.unlink(e)
			c.pushNewest(e)
			return e.result, nil
		}
		c.misses++
		result, err := py.CallKw(t, c.fn, args, kwnames)
		if err != nil {
			return py.Value{}, err
		}
		if c.maxsize < 0 {
			return result, c.cache.SetItem(t, key, result)
		}
		// The call may have filled this key itself (recursion): keep that entry.
		if _, ok, err := c.cache.GetItem(t, key); err != nil || ok {
			return result, err
		}
		if int64(c.cache.Len()) >= c.maxsize {
			old := c.root.next
			c.unlink(old)
			if _, err := c.cache.DelItem(t, old.key); err != nil {
				return py.Value{}, err
			}
		}
		e := &lruElem{key: key, result: result}
		if err := c.cache.SetItem(t, key, py.NewObject(&e.Header, elemType)); err != nil {
			return py.Value{}, err
		}
		c.pushNewest(e)
		return result, nil
	},
	Get: func(t *py.Thread, self, obj py.Value, typ *py.Type) (py.Value, *py.Exception) {
		if obj.IsNil() || obj.IsNone() {
			return self, nil
		}
		return py.NewMethod(self, obj), nil
	},
	Methods: []*py.MethodDef{
		py.FuncNoArgs("cache_info", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			c := py.Object[lru](self)
			maxsize := py.None()
			if c.maxsize >= 0 {
				maxsize = py.Int(c.maxsize)
			}
			return py.Call(t, c.infoType, py.Int(c.hits), py.Int(c.misses), maxsize, py.Int(int64(c.cache.Len())))
		}),
		py.FuncNoArgs("cache_clear", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			c := py.Object[lru](self)
			c.cache.Clear()
			c.root.prev, c.root.next = &c.root, &c.root
			c.hits, c.misses = 0, 0
			return py.None(), nil
		}),
		py.FuncNoArgs("__reduce__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.GetAttrS(t, self, "__qualname__")
		}),
		py.FuncNoArgs("__copy__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return self, nil }),
		py.FuncO("__deepcopy__", func(t *py.Thread, self, memo py.Value) (py.Value, *py.Exception) { return self, nil }),
	},
}
