// Package operator is the _operator module: Python's operators as functions
// (add, getitem, iadd, …), and the callables itemgetter, attrgetter and
// methodcaller. lib/operator.py re-exports it with the dunder aliases.
package operator

import (
	"crypto/subtle"
	"strings"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// Def is the _operator module.
var Def = &py.ModuleDef{Name: "_operator", Doc: doc, Methods: methods, Exec: exec}

const doc = `Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience.`

func exec(t *py.Thread, m *py.Module) *py.Exception {
	ts := types()
	m.Set("itemgetter", py.TypeValue(ts[0]))
	m.Set("attrgetter", py.TypeValue(ts[1]))
	m.Set("methodcaller", py.TypeValue(ts[2]))
	return nil
}

// types builds the three callable types on the first import, not at start-up.
var types = sync.OnceValue(func() [3]*py.Type {
	return [3]*py.Type{py.NewType(itemgetterDef), py.NewType(attrgetterDef), py.NewType(methodcallerDef)}
})

// noKw is the TypeError of a positional-only function given keywords.
func noKw(name string, kwnames *py.Tuple) *py.Exception {
	if kwnames != nil && len(kwnames.Items()) > 0 {
		return py.Errorf(py.TypeError(), "%s() takes no keyword arguments", name)
	}
	return nil
}

// nArgs checks the count of positional arguments as _PyArg_CheckPositional does.
func nArgs(name string, n, lo, hi int) *py.Exception {
	switch {
	case lo == hi && n != lo:
		return py.Errorf(py.TypeError(), "%s expected %d argument%s, got %d", name, lo, plural(lo), n)
	case n < lo:
		return py.Errorf(py.TypeError(), "%s expected at least %d argument%s, got %d", name, lo, plural(lo), n)
	case hi >= 0 && n > hi:
		return py.Errorf(py.TypeError(), "%s expected at most %d argument%s, got %d", name, hi, plural(hi), n)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// fixed makes a function of exactly n positional arguments.
func fixed(name, doc string, n int, fn func(t *py.Thread, a []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return &py.MethodDef{Name: name, Doc: doc, Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if err := noKw("_operator."+name, kwnames); err != nil {
			return py.Value{}, err
		}
		if err := nArgs(name, len(args), n, n); err != nil {
			return py.Value{}, err
		}
		return fn(t, args)
	}}
}

func unary(name, doc string, fn func(t *py.Thread, a py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	md := py.FuncO("_operator."+name, func(t *py.Thread, self, a py.Value) (py.Value, *py.Exception) { return fn(t, a) })
	md.Doc = doc
	return md
}

func binop(name, doc string, op int) *py.MethodDef {
	return fixed(name, doc, 2, func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		return py.BinaryOp(t, a[0], a[1], op)
	})
}

func cmp(name, doc string, op py.CompareOp) *py.MethodDef {
	return fixed(name, doc, 2, func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		return py.RichCompare(t, a[0], a[1], op)
	})
}

// isSequence is PySequence_Check: the type can be indexed and is not a dict.
func isSequence(t *py.Thread, v py.Value) bool {
	if v.Type().IsSubtype(py.DictType()) {
		return false
	}
	_, found, err := py.LookupSpecial(t, v, "__getitem__")
	return err == nil && found
}

func concat(t *py.Thread, a, b py.Value, op int) (py.Value, *py.Exception) {
	if !isSequence(t, a) {
		return py.Value{}, py.Errorf(py.TypeError(), "'%s' object can't be concatenated", py.TypeName(a))
	}
	return py.BinaryOp(t, a, b, op)
}

// iterSearch iterates over seq for countOf and indexOf, which report any
// TypeError from iter() as CPython's _PySequence_IterSearch does.
func iterSearch(t *py.Thread, seq py.Value, f func(py.Value) *py.Exception) *py.Exception {
	it, err := py.Iter(t, seq)
	if err != nil {
		if err.Matches(py.TypeError()) {
			return py.Errorf(py.TypeError(), "argument of type '%s' is not iterable", py.TypeName(seq))
		}
		return err
	}
	return py.Iterate(t, it, f)
}

// sameOrEqual is the test of `in` and list.count: identity, then ==.
func sameOrEqual(t *py.Thread, x, v py.Value) (bool, *py.Exception) {
	if x.Is(v) {
		return true, nil
	}
	return py.RichCompareBool(t, x, v, py.EQ)
}

var methods = []*py.MethodDef{
	unary("abs", "Same as abs(a).", py.Abs),
	binop("add", "Same as a + b.", py.OpAdd),
	binop("and_", "Same as a & b.", py.OpAnd),
	{Name: "call", Doc: "Same as obj(*args, **kwargs).", Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		npos := len(args)
		if kwnames != nil {
			npos -= len(kwnames.Items())
		}
		if npos < 1 {
			return py.Value{}, py.Errorf(py.TypeError(), "call expected at least 1 argument, got 0")
		}
		return py.CallKw(t, args[0], args[1:], kwnames)
	}},
	fixed("concat", "Same as a + b, for a and b sequences.", 2, func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		return concat(t, a[0], a[1], py.OpAdd)
	}),
	fixed("contains", "Same as b in a (note reversed operands).", 2, func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		r, err := py.Contains(t, a[0], a[1])
		return py.Bool(r), err
	}),
	fixed("countOf", "Return the number of items in a which are, or which equal, b.", 2, func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		n := int64(0)
		err := iterSearch(t, a[0], func(x py.Value) *py.Exception {
			eq, err := sameOrEqual(t, x, a[1])
			if eq {
				n++
			}
			return err
		})
		return py.Int(n), err
	}),
	fixed("delitem", "Same as del a[b].", 2, func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		return py.None(), py.DelItem(t, a[0], a[1])
	}),
	cmp("eq", "Same as a == b.", py.EQ),
	binop("floordiv", "Same as a // b.", py.OpFloorDiv),
	cmp("ge", "Same as a >= b.", py.GE),
	fixed("getitem", "Same as a[b].", 2, func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		return py.GetItem(t, a[0], a[1])
	}),
	cmp("gt", "Same as a > b.", py.GT),
	binop("iadd", "Same as a += b.", py.OpAdd+py.OpInplace),
	binop("iand", "Same as a &= b.", py.OpAnd+py.OpInplace),
	fixed("iconcat", "Same as a += b, for a and b sequences.", 2, func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		return concat(t, a[0], a[1], py.OpAdd+py.OpInplace)
	}),
	binop("ifloordiv", "Same as a //= b.", py.OpFloorDiv+py.OpInplace),
	binop("ilshift", "Same as a <<= b.", py.OpLshift+py.OpInplace),
	binop("imatmul", "Same as a @= b.", py.OpMatmul+py.OpInplace),
	binop("imod", "Same as a %= b.", py.OpMod+py.OpInplace),
	binop("imul", "Same as a *= b.", py.OpMul+py.OpInplace),
	unary("index", "Same as a.__index__()", py.Index),
	fixed("indexOf", "Return the first index of b in a.", 2, func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		i, found := int64(0), int64(-1)
		stop := &py.Exception{}
		err := iterSearch(t, a[0], func(x py.Value) *py.Exception {
			eq, err := sameOrEqual(t, x, a[1])
			if err != nil {
				return err
			}
			if eq {
				found = i
				return stop
			}
			i++
			return nil
		})
		if err != nil && err != stop {
			return py.Value{}, err
		}
		if found < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "sequence.index(x): x not in sequence")
		}
		return py.Int(found), nil
	}),
	unary("inv", "Same as ~a.", func(t *py.Thread, a py.Value) (py.Value, *py.Exception) { return py.UnaryOp(t, a, '~') }),
	unary("invert", "Same as ~a.", func(t *py.Thread, a py.Value) (py.Value, *py.Exception) { return py.UnaryOp(t, a, '~') }),
	binop("ior", "Same as a |= b.", py.OpOr+py.OpInplace),
	binop("ipow", "Same as a **= b.", py.OpPow+py.OpInplace),
	binop("irshift", "Same as a >>= b.", py.OpRshift+py.OpInplace),
	fixed("is_", "Same as a is b.", 2, func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		return py.Bool(a[0].Is(a[1])), nil
	}),
	fixed("is_not", "Same as a is not b.", 2, func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		return py.Bool(!a[0].Is(a[1])), nil
	}),
	binop("isub", "Same as a -= b.", py.OpSub+py.OpInplace),
	binop("itruediv", "Same as a /= b.", py.OpTrueDiv+py.OpInplace),
	binop("ixor", "Same as a ^= b.", py.OpXor+py.OpInplace),
	cmp("le", "Same as a <= b.", py.LE),
	{Name: "length_hint", Doc: lengthHintDoc, Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if err := noKw("_operator.length_hint", kwnames); err != nil {
			return py.Value{}, err
		}
		if err := nArgs("length_hint", len(args), 1, 2); err != nil {
			return py.Value{}, err
		}
		def := int64(0)
		if len(args) == 2 {
			if !py.IsInt(args[1]) {
				return py.Value{}, py.Errorf(py.TypeError(), "'%s' object cannot be interpreted as an integer", py.TypeName(args[1]))
			}
			n, err := py.IndexInt(t, args[1], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			def = n
		}
		n, err := py.LengthHint(t, args[0], def)
		return py.Int(n), err
	}},
	binop("lshift", "Same as a << b.", py.OpLshift),
	cmp("lt", "Same as a < b.", py.LT),
	binop("matmul", "Same as a @ b.", py.OpMatmul),
	binop("mod", "Same as a % b.", py.OpMod),
	binop("mul", "Same as a * b.", py.OpMul),
	cmp("ne", "Same as a != b.", py.NE),
	unary("neg", "Same as -a.", func(t *py.Thread, a py.Value) (py.Value, *py.Exception) { return py.UnaryOp(t, a, '-') }),
	unary("not_", "Same as not a.", func(t *py.Thread, a py.Value) (py.Value, *py.Exception) {
		b, err := py.IsTrue(t, a)
		return py.Bool(!b), err
	}),
	binop("or_", "Same as a | b.", py.OpOr),
	unary("pos", "Same as +a.", func(t *py.Thread, a py.Value) (py.Value, *py.Exception) { return py.UnaryOp(t, a, '+') }),
	binop("pow", "Same as a ** b.", py.OpPow),
	binop("rshift", "Same as a >> b.", py.OpRshift),
	fixed("setitem", "Same as a[b] = c.", 3, func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		return py.None(), py.SetItem(t, a[0], a[1], a[2])
	}),
	binop("sub", "Same as a - b.", py.OpSub),
	binop("truediv", "Same as a / b.", py.OpTrueDiv),
	unary("truth", "Return True if a is true, False otherwise.", func(t *py.Thread, a py.Value) (py.Value, *py.Exception) {
		b, err := py.IsTrue(t, a)
		return py.Bool(b), err
	}),
	binop("xor", "Same as a ^ b.", py.OpXor),
	fixed("_compare_digest", compareDigestDoc, 2, compareDigest),
}

const lengthHintDoc = `Return an estimate of the number of items in obj.

This is useful for presizing containers when building from an iterable.

If the object supports len(), the result will be exact.
Otherwise, it may over- or under-estimate by an arbitrary amount.
The result will be an integer >= 0.`

const compareDigestDoc = `Return 'a == b'.

This function uses an approach designed to prevent
timing analysis, making it appropriate for cryptography.

a and b must both be of the same type: either str (ASCII only),
or any bytes-like object.

Note: If a and b are of different lengths, or if an error occurs,
a timing attack could theoretically reveal information about the
types and lengths of a and b--but not their values.`

func compareDigest(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
	x, y := a[0], a[1]
	xs, xStr := py.AsStr(x)
	ys, yStr := py.AsStr(y)
	if xStr && yStr {
		for _, s := range []string{xs, ys} {
			for i := 0; i < len(s); i++ {
				if s[i] >= 0x80 {
					return py.Value{}, py.Errorf(py.TypeError(), "comparing strings with non-ASCII characters is not supported")
				}
			}
		}
		return py.Bool(subtle.ConstantTimeCompare([]byte(xs), []byte(ys)) == 1), nil
	}
	xb, ok1 := py.AsBuffer(x)
	yb, ok2 := py.AsBuffer(y)
	if !ok1 && !ok2 {
		return py.Value{}, py.Errorf(py.TypeError(), "unsupported operand types(s) or combination of types: '%s' and '%s'", py.TypeName(x), py.TypeName(y))
	}
	if !ok1 || !ok2 {
		bad := x
		if ok1 {
			bad = y
		}
		return py.Value{}, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(bad))
	}
	return py.Bool(subtle.ConstantTimeCompare(xb, yb) == 1), nil
}

// ---- itemgetter, attrgetter, methodcaller ----

type itemgetter struct {
	py.Header
	items []py.Value
}

type attrgetter struct {
	py.Header
	names [][]string // each attribute's dotted path
	src   []py.Value // the names as given (repr, __reduce__)
}

type methodcaller struct {
	py.Header
	name    py.Value
	args    []py.Value // positional arguments, then the keyword arguments' values
	kwnames *py.Tuple
}

func reduceMethod(fn func(t *py.Thread, self py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	md := py.FuncNoArgs("__reduce__", fn)
	md.Doc = "Return state information for pickling"
	return md
}

// callOne checks the one argument an itemgetter or attrgetter is called with.
func callOne(name string, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	if err := noKw(name, kwnames); err != nil {
		return py.Value{}, err
	}
	if err := nArgs(name, len(args), 1, 1); err != nil {
		return py.Value{}, err
	}
	return args[0], nil
}

// reprArgs is "name(repr, repr, ...)" for the getters' reprs, guarded against
// an object that contains itself.
func reprArgs(t *py.Thread, self py.Value, name string, vals []py.Value) (py.Value, *py.Exception) {
	parts := make([]string, len(vals))
	for i, v := range vals {
		r, err := py.Repr(t, v)
		if err != nil {
			return py.Value{}, err
		}
		parts[i] = r
	}
	return py.NewStr(name + "(" + strings.Join(parts, ", ") + ")"), nil
}

var itemgetterDef = &py.TypeDef{
	Name:  "operator.itemgetter",
	Final: true,
	Doc: `Return a callable object that fetches the given item(s) from its operand.
After f = itemgetter(2), the call f(r) returns r[2].
After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])`,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if err := noKw("itemgetter", kwnames); err != nil {
			return py.Value{}, err
		}
		if len(args) == 0 {
			return py.Value{}, nArgs("itemgetter", 0, 1, 1)
		}
		g := &itemgetter{items: append([]py.Value(nil), args...)}
		return py.NewObject(&g.Header, typ), nil
	},
	Call: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		obj, err := callOne("itemgetter", args, kwnames)
		if err != nil {
			return py.Value{}, err
		}
		g := py.Object[itemgetter](self)
		if len(g.items) == 1 {
			return py.GetItem(t, obj, g.items[0])
		}
		out := make([]py.Value, len(g.items))
		for i, k := range g.items {
			if out[i], err = py.GetItem(t, obj, k); err != nil {
				return py.Value{}, err
			}
		}
		return py.NewTuple(out...), nil
	},
	Repr: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return reprArgs(t, self, "operator.itemgetter", py.Object[itemgetter](self).items)
	},
	Methods: []*py.MethodDef{
		operandSignature,
		reduceMethod(func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.NewTuple(py.TypeValue(self.Type()), py.NewTuple(py.Object[itemgetter](self).items...)), nil
		}),
	},
}

var attrgetterDef = &py.TypeDef{
	Name:  "operator.attrgetter",
	Final: true,
	Doc: `Return a callable object that fetches the given attribute(s) from its operand.
After f = attrgetter('name'), the call f(r) returns r.name.
After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
After h = attrgetter('name.first', 'name.last'), the call h(r) returns
(r.name.first, r.name.last).`,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if err := noKw("attrgetter", kwnames); err != nil {
			return py.Value{}, err
		}
		if len(args) == 0 {
			return py.Value{}, nArgs("attrgetter", 0, 1, 1)
		}
		g := &attrgetter{src: append([]py.Value(nil), args...)}
		for _, a := range args {
			s, ok := py.AsStr(a)
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "attribute name must be a string")
			}
			g.names = append(g.names, strings.Split(s, "."))
		}
		return py.NewObject(&g.Header, typ), nil
	},
	Call: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		obj, err := callOne("attrgetter", args, kwnames)
		if err != nil {
			return py.Value{}, err
		}
		g := py.Object[attrgetter](self)
		get := func(path []string) (py.Value, *py.Exception) {
			v := obj
			for _, n := range path {
				var err *py.Exception
				if v, err = py.GetAttrS(t, v, n); err != nil {
					return py.Value{}, err
				}
			}
			return v, nil
		}
		if len(g.names) == 1 {
			return get(g.names[0])
		}
		out := make([]py.Value, len(g.names))
		for i, p := range g.names {
			if out[i], err = get(p); err != nil {
				return py.Value{}, err
			}
		}
		return py.NewTuple(out...), nil
	},
	Repr: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		return reprArgs(t, self, "operator.attrgetter", py.Object[attrgetter](self).src)
	},
	Methods: []*py.MethodDef{
		operandSignature,
		reduceMethod(func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.NewTuple(py.TypeValue(self.Type()), py.NewTuple(py.Object[attrgetter](self).src...)), nil
		}),
	},
}

var methodcallerDef = &py.TypeDef{
	Name:  "operator.methodcaller",
	Final: true,
	Doc: `Return a callable object that calls the given method on its operand.
After f = methodcaller('name'), the call f(r) returns r.name().
After g = methodcaller('name', 'date', foo=1), the call g(r) returns
r.name('date', foo=1).`,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		nkw := 0
		if kwnames != nil {
			nkw = len(kwnames.Items())
		}
		if len(args)-nkw < 1 {
			return py.Value{}, py.Errorf(py.TypeError(), "methodcaller needs at least one argument, the method name")
		}
		if _, ok := py.AsStr(args[0]); !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "method name must be a string")
		}
		m := &methodcaller{name: args[0], args: append([]py.Value(nil), args[1:]...), kwnames: kwnames}
		return py.NewObject(&m.Header, typ), nil
	},
	Call: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		obj, err := callOne("methodcaller", args, kwnames)
		if err != nil {
			return py.Value{}, err
		}
		m := py.Object[methodcaller](self)
		name, _ := py.AsStr(m.name)
		meth, err := py.GetAttrS(t, obj, name)
		if err != nil {
			return py.Value{}, err
		}
		return py.CallKw(t, meth, m.args, m.kwnames)
	},
	Repr: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		m := py.Object[methodcaller](self)
		r, err := py.Repr(t, m.name)
		if err != nil {
			return py.Value{}, err
		}
		parts := []string{r}
		pos, kw := m.split()
		for _, a := range pos {
			r, err := py.Repr(t, a)
			if err != nil {
				return py.Value{}, err
			}
			parts = append(parts, r)
		}
		for i, k := range kw {
			r, err := py.Repr(t, m.args[len(pos)+i])
			if err != nil {
				return py.Value{}, err
			}
			parts = append(parts, k+"="+r)
		}
		return py.NewStr("operator.methodcaller(" + strings.Join(parts, ", ") + ")"), nil
	},
	Methods: []*py.MethodDef{
		operandSignature,
		reduceMethod(func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			m := py.Object[methodcaller](self)
			pos, kw := m.split()
			typ := py.TypeValue(self.Type())
			if len(kw) == 0 {
				return py.NewTuple(typ, py.NewTuple(append([]py.Value{m.name}, pos...)...)), nil
			}
			// With keyword arguments: partial(methodcaller, name, **kwargs)
			// rebuilds the object from the positional arguments.
			ft, err := py.Import(t, "functools")
			if err != nil {
				return py.Value{}, err
			}
			partial, err := py.GetAttrS(t, ft, "partial")
			if err != nil {
				return py.Value{}, err
			}
			args := append([]py.Value{typ, m.name}, m.args[len(pos):]...)
			p, err := py.CallKw(t, partial, args, m.kwnames)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewTuple(p, py.NewTuple(pos...)), nil
		}),
	},
}

// split returns the positional arguments and the keyword names.
func (m *methodcaller) split() ([]py.Value, []string) {
	var kw []string
	if m.kwnames != nil {
		for _, k := range m.kwnames.Items() {
			s, _ := py.AsStr(k)
			kw = append(kw, s)
		}
	}
	return m.args[:len(m.args)-len(kw)], kw
}

// operandSignature is what inspect reads for an itemgetter, attrgetter or
// methodcaller: each is called with the one operand, as CPython's say.
var operandSignature = py.GetSetDef("__text_signature__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	return py.NewStr("(obj, /)"), nil
}, nil)
