package collections

import (
	"github.com/kaa-python/kaa/py"
)

// ---- defaultdict ----

type defaultDict struct {
	py.Dict
	factory py.Value // None when there is none
}

func asDefault(v py.Value) *defaultDict { return py.Object[defaultDict](v) }

// dictMethod calls dict's own method name on v (dict.__init__(v, ...), …).
func dictMethod(t *py.Thread, name string, v py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	m, err := py.GetAttrS(t, py.TypeValue(py.DictType()), name)
	if err != nil {
		return py.Value{}, err
	}
	return py.CallKw(t, m, append([]py.Value{v}, args...), kw)
}

// newDefault is type(dd)(dd.default_factory, arg): copy() and |.
func newDefault(t *py.Thread, dd, arg py.Value) (py.Value, *py.Exception) {
	return py.Call(t, py.TypeValue(dd.Type()), asDefault(dd).factory, arg)
}

func defaultdictOr(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	self, other := a, b
	if !a.Type().IsSubtype(defaultdictType) {
		self, other = b, a
	}
	if !other.Type().IsSubtype(py.DictType()) {
		return py.NotImplemented(), nil
	}
	r, err := newDefault(t, self, a)
	if err != nil {
		return py.Value{}, err
	}
	if _, err := py.CallMethod(t, r, "update", b); err != nil {
		return py.Value{}, err
	}
	return r, nil
}

var defaultdictDef = &py.TypeDef{
	Name: "collections.defaultdict",
	Doc: `defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
`,
	Base: py.DictType(),
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		d := &defaultDict{factory: py.None()}
		return py.NewObject(&d.Header, typ), nil
	},
	Init: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) *py.Exception {
		npos := len(args) - kwLen(kw)
		rest := args
		if npos > 0 {
			f := args[0]
			if !f.IsNone() && !py.Callable(f) {
				return py.Errorf(py.TypeError(), "first argument must be callable or None")
			}
			asDefault(self).factory = f
			rest = args[1:]
		}
		_, err := dictMethod(t, "__init__", self, rest, kw)
		return err
	},
	Repr: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		d := asDefault(v)
		fr := "None"
		if !d.factory.IsNone() {
			if t.ReprEnter(d.factory) {
				fr = "..."
			} else {
				r, err := py.Repr(t, d.factory)
				t.ReprLeave(d.factory)
				if err != nil {
					return py.Value{}, err
				}
				fr = r
			}
		}
		dr, err := dictMethod(t, "__repr__", v, nil, nil)
		if err != nil {
			return py.Value{}, err
		}
		ds, _ := py.AsStr(dr)
		return py.NewStr(v.Type().Name + "(" + fr + ", " + ds + ")"), nil
	},
	Methods: []*py.MethodDef{
		{Name: "__missing__", Doc: "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n",
			Fn: func(t *py.Thread, v py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
				if kwLen(kw) > 0 || len(args) != 1 {
					return py.Value{}, py.Errorf(py.TypeError(), "defaultdict.__missing__() takes exactly one argument (%d given)", len(args))
				}
				d := asDefault(v)
				if d.factory.IsNone() {
					return py.Value{}, py.NewException(py.KeyError(), args[0])
				}
				val, err := py.Call(t, d.factory)
				if err != nil {
					return py.Value{}, err
				}
				if err := py.SetItem(t, v, args[0], val); err != nil {
					return py.Value{}, err
				}
				return val, nil
			}},
		py.FuncNoArgs("defaultdict.copy", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return newDefault(t, v, v) }),
		py.FuncNoArgs("defaultdict.__copy__", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return newDefault(t, v, v) }),
		py.FuncNoArgs("defaultdict.__reduce__", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			d := asDefault(v)
			args := py.NewTuple()
			if !d.factory.IsNone() {
				args = py.NewTuple(d.factory)
			}
			items, err := py.CallMethod(t, v, "items")
			if err != nil {
				return py.Value{}, err
			}
			it, err := py.Iter(t, items)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewTuple(py.TypeValue(v.Type()), args, py.None(), py.None(), it), nil
		}),
		binMethod("__or__", defaultdictOr),
		binMethod("__ror__", func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) { return defaultdictOr(t, b, a) }),
		py.GetSetDef("default_factory", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			return asDefault(v).factory, nil
		}, func(t *py.Thread, v, val py.Value) *py.Exception {
			if val.IsNil() {
				val = py.None()
			}
			asDefault(v).factory = val
			return nil
		}),
	},
}

// ---- _count_elements, _tuplegetter ----

var methods = []*py.MethodDef{
	{Name: "_count_elements", Doc: "Count elements in the iterable, updating the mapping",
		Fn: func(t *py.Thread, _ py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			if err := exactly("_count_elements", args, kw, 2); err != nil {
				return py.Value{}, err
			}
			mapping := args[0]
			one := py.Int(1)
			exact := mapping.Type() == py.DictType()
			var get py.Value
			if !exact {
				var err *py.Exception
				if get, err = py.GetAttrS(t, mapping, "get"); err != nil {
					return py.Value{}, err
				}
			}
			err := py.Iterate(t, args[1], func(x py.Value) *py.Exception {
				var cur py.Value
				if exact {
					v, ok, err := py.Object[py.Dict](mapping).GetItem(t, x)
					if err != nil {
						return err
					}
					if !ok {
						return py.Object[py.Dict](mapping).SetItem(t, x, one)
					}
					cur = v
				} else {
					v, err := py.Call(t, get, x, py.Int(0))
					if err != nil {
						return err
					}
					cur = v
				}
				n, err := py.BinaryOp(t, cur, one, py.OpAdd)
				if err != nil {
					return err
				}
				return py.SetItem(t, mapping, x, n)
			})
			return py.None(), err
		}},
}

type tuplegetter struct {
	py.Header
	index int64
	doc   py.Value
}

var tuplegetterDef = &py.TypeDef{
	Name:  "collections._tuplegetter",
	Final: true,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if err := exactly("_tuplegetter", args, kw, 2); err != nil {
			return py.Value{}, err
		}
		i, err := py.IndexInt(t, args[0], py.OverflowError())
		if err != nil {
			return py.Value{}, err
		}
		g := &tuplegetter{index: i, doc: args[1]}
		return py.NewObject(&g.Header, typ), nil
	},
	Get: func(t *py.Thread, self, obj py.Value, typ *py.Type) (py.Value, *py.Exception) {
		g := py.Object[tuplegetter](self)
		if obj.IsNil() || obj.IsNone() {
			return self, nil
		}
		items, ok := py.TupleItems(obj)
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, py.TypeName(obj))
		}
		if g.index < 0 || g.index >= int64(len(items)) {
			return py.Value{}, py.Errorf(py.IndexError(), "tuple index out of range")
		}
		return items[g.index], nil
	},
	Set: func(t *py.Thread, self, obj, val py.Value) *py.Exception {
		if val.IsNil() {
			return py.Errorf(py.AttributeError(), "can't delete attribute")
		}
		return py.Errorf(py.AttributeError(), "can't set attribute")
	},
	Repr: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		g := py.Object[tuplegetter](self)
		r, err := py.Repr(t, g.doc)
		if err != nil {
			return py.Value{}, err
		}
		return py.NewStr(self.Type().Name + "(" + itoa(g.index) + ", " + r + ")"), nil
	},
	Methods: []*py.MethodDef{
		py.FuncNoArgs("__reduce__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			g := py.Object[tuplegetter](self)
			return py.NewTuple(py.TypeValue(self.Type()), py.NewTuple(py.Int(g.index), g.doc)), nil
		}),
		py.GetSetDef("__doc__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Object[tuplegetter](self).doc, nil
		}, func(t *py.Thread, self, val py.Value) *py.Exception {
			if val.IsNil() {
				val = py.None()
			}
			py.Object[tuplegetter](self).doc = val
			return nil
		}),
	},
}
