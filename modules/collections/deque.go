// Package collections is the _collections module: deque (a ring buffer with an
// optional maximum length), defaultdict (a dict subclass), _count_elements
// (Counter's fast loop) and _tuplegetter (namedtuple's field descriptors).
// lib/collections/__init__.py builds the collections module on it.
package collections

import (
	"math"
	"strings"
	"sync"
	"unsafe"

	"github.com/kaa-python/kaa/py"
)

// Def is the _collections module.
var Def = &py.ModuleDef{Name: "_collections", Doc: "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n", Methods: methods, Exec: exec}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	ts := types()
	m.Set("deque", py.TypeValue(ts.deque))
	m.Set("defaultdict", py.TypeValue(ts.defaultdict))
	m.Set("_deque_iterator", py.TypeValue(ts.iter))
	m.Set("_deque_reverse_iterator", py.TypeValue(ts.riter))
	m.Set("_tuplegetter", py.TypeValue(ts.tuplegetter))
	return nil
}

type typeSet struct {
	deque, iter, riter, defaultdict, tuplegetter *py.Type
}

var types = sync.OnceValue(func() *typeSet {
	ts := &typeSet{
		deque:       py.NewType(dequeDef),
		iter:        py.NewType(dequeIterDef(false)),
		riter:       py.NewType(dequeIterDef(true)),
		defaultdict: py.NewType(defaultdictDef),
		tuplegetter: py.NewType(tuplegetterDef),
	}
	ts.deque.SetCollectionFlags(py.CollectionSequence)
	py.SetBinaryOp(ts.deque, "+", dequeConcat, nil, dequeExtendSelf)
	py.SetBinaryOp(ts.deque, "*", dequeRepeat, func(t *py.Thread, b, a py.Value) (py.Value, *py.Exception) { return dequeRepeat(t, b, a) }, dequeInplaceRepeat)
	py.SetBinaryOp(ts.defaultdict, "|", defaultdictOr, func(t *py.Thread, b, a py.Value) (py.Value, *py.Exception) { return defaultdictOr(t, a, b) }, nil)
	dequeType, iterType, riterType, defaultdictType = ts.deque, ts.iter, ts.riter, ts.defaultdict
	return ts
})

// Set once by types(), for the definitions it builds.
var dequeType, iterType, riterType, defaultdictType *py.Type

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

func exactly(name string, args []py.Value, kw *py.Tuple, n int) *py.Exception {
	if kwLen(kw) > 0 {
		return py.Errorf(py.TypeError(), "%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		return py.Errorf(py.TypeError(), "%s expected %d argument%s, got %d", name, n, plural(n), len(args))
	}
	return nil
}

// ---- deque ----

type deque struct {
	py.Header
	buf    []py.Value // ring buffer; len(buf) is the capacity
	head   int        // index of the first item
	n      int
	maxlen int64  // -1: unbounded
	state  uint64 // bumped by every change, for iterators
}

func (d *deque) at(i int) py.Value { return d.buf[(d.head+i)%len(d.buf)] }

func (d *deque) set(i int, v py.Value) { d.buf[(d.head+i)%len(d.buf)] = v }

func (d *deque) grow() {
	if d.n < len(d.buf) {
		return
	}
	nb := make([]py.Value, max(8, 2*len(d.buf)))
	for i := 0; i < d.n; i++ {
		nb[i] = d.at(i)
	}
	d.buf, d.head = nb, 0
}

func (d *deque) pushRight(v py.Value) {
	d.grow()
	d.buf[(d.head+d.n)%len(d.buf)] = v
	d.n++
	d.state++
}

func (d *deque) pushLeft(v py.Value) {
	d.grow()
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = v
	d.n++
	d.state++
}

func (d *deque) popRight() py.Value {
	i := (d.head + d.n - 1) % len(d.buf)
	v := d.buf[i]
	d.buf[i] = py.Value{}
	d.n--
	d.state++
	return v
}

func (d *deque) popLeft() py.Value {
	v := d.buf[d.head]
	d.buf[d.head] = py.Value{}
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	d.state++
	return v
}

func (d *deque) items() []py.Value {
	out := make([]py.Value, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

func (d *deque) clear() {
	d.buf, d.head, d.n = nil, 0, 0
	d.state++
}

// appendRight is append: a full deque drops its leftmost item.
func (d *deque) appendRight(v py.Value) {
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && int64(d.n) >= d.maxlen {
		d.popLeft()
	}
	d.pushRight(v)
}

func (d *deque) appendLeft(v py.Value) {
	if d.maxlen == 0 {
		return
	}
	if d.maxlen > 0 && int64(d.n) >= d.maxlen {
		d.popRight()
	}
	d.pushLeft(v)
}

func (d *deque) extend(t *py.Thread, self, iterable py.Value, left bool) *py.Exception {
	if iterable.Is(self) {
		l := py.NewList(d.items())
		iterable = l.Value()
	}
	it, err := py.Iter(t, iterable)
	if err != nil {
		return err
	}
	for {
		x, err := py.Next(t, it)
		if err != nil || x.IsNil() {
			return err
		}
		if left {
			d.appendLeft(x)
		} else {
			d.appendRight(x)
		}
	}
}

func (d *deque) rotate(n int64) {
	if d.n <= 1 {
		return
	}
	k := int(n % int64(d.n))
	if k < 0 {
		k += d.n
	}
	if k == 0 {
		return
	}
	// Move the shorter way round: k items from the right end to the left,
	// or n-k from the left end to the right, each in O(1).
	if k <= d.n/2 {
		for ; k > 0; k-- {
			last := (d.head + d.n - 1) % len(d.buf)
			v := d.buf[last]
			d.buf[last] = py.Value{}
			d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
			d.buf[d.head] = v
		}
	} else {
		for k = d.n - k; k > 0; k-- {
			v := d.buf[d.head]
			d.buf[d.head] = py.Value{}
			d.head = (d.head + 1) % len(d.buf)
			d.buf[(d.head+d.n-1)%len(d.buf)] = v
		}
	}
	d.state++
}

func asDeque(v py.Value) *deque { return py.Object[deque](v) }

func isDeque(v py.Value) bool { return v.Type().IsSubtype(dequeType) }

// index normalises a subscript for the item methods.
func (d *deque) index(t *py.Thread, key py.Value) (int, *py.Exception) {
	i, err := py.IndexInt(t, key, py.IndexError())
	if err != nil {
		if err.Matches(py.IndexError()) {
			return 0, py.Errorf(py.IndexError(), "deque index out of range")
		}
		return 0, err
	}
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		return 0, py.Errorf(py.IndexError(), "deque index out of range")
	}
	return int(i), nil
}

var dequeSig = struct {
	once sync.Once
	s    *py.Signature
}{}

func dequeInit(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) *py.Exception {
	dequeSig.once.Do(func() { dequeSig.s = py.ParseSignature("deque", "iterable=None, maxlen=None") })
	a := make([]py.Value, 2)
	if err := dequeSig.s.Bind(args, kw, a); err != nil {
		return err
	}
	d := asDeque(self)
	maxlen := int64(-1)
	if !a[1].IsNone() {
		if !py.IsInt(a[1]) {
			return py.Errorf(py.TypeError(), "an integer is required")
		}
		n, err := py.IndexInt(t, a[1], py.OverflowError())
		if err != nil {
			return err
		}
		if n < 0 {
			return py.Errorf(py.ValueError(), "maxlen must be non-negative")
		}
		maxlen = n
	}
	d.maxlen = maxlen
	if d.n > 0 {
		d.clear()
	}
	if !a[0].IsNone() {
		return d.extend(t, self, a[0], false)
	}
	return nil
}

// newLike makes a deque of v's type holding items, as deque's copy does:
// type(d)(items, maxlen).
func newLike(t *py.Thread, v py.Value, items py.Value) (py.Value, *py.Exception) {
	d := asDeque(v)
	if v.Type() == dequeType {
		nd := &deque{maxlen: d.maxlen}
		r := py.NewObject(&nd.Header, dequeType)
		if err := nd.extend(t, r, items, false); err != nil {
			return py.Value{}, err
		}
		return r, nil
	}
	if d.maxlen < 0 {
		return py.Call(t, py.TypeValue(v.Type()), items)
	}
	return py.Call(t, py.TypeValue(v.Type()), items, py.Int(d.maxlen))
}

func dequeConcat(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	if !isDeque(a) {
		return py.NotImplemented(), nil
	}
	if !isDeque(b) {
		return py.Value{}, py.Errorf(py.TypeError(), "can only concatenate deque (not \"%s\") to deque", py.TypeName(b))
	}
	r, err := newLike(t, a, a)
	if err != nil {
		return py.Value{}, err
	}
	if !isDeque(r) {
		return r, nil
	}
	return r, asDeque(r).extend(t, r, b, false)
}

func dequeExtendSelf(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	return a, asDeque(a).extend(t, a, b, false)
}

func repeatCount(t *py.Thread, n py.Value) (int64, *py.Exception) {
	return py.IndexInt(t, n, py.OverflowError())
}

func dequeRepeat(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	if !isDeque(a) {
		return py.NotImplemented(), nil
	}
	if _, err := repeatCount(t, b); err != nil {
		return py.Value{}, err
	}
	r, err := newLike(t, a, a)
	if err != nil {
		return py.Value{}, err
	}
	return dequeInplaceRepeat(t, r, b)
}

func dequeInplaceRepeat(t *py.Thread, a, b py.Value) (py.Value, *py.Exception) {
	n, err := repeatCount(t, b)
	if err != nil {
		return py.Value{}, err
	}
	d := asDeque(a)
	if n <= 0 || d.n == 0 {
		d.clear()
		return a, nil
	}
	items := d.items()
	total := int64(len(items)) * n
	if d.maxlen >= 0 && total > d.maxlen {
		total = d.maxlen + int64(len(items)) // only the tail survives
	}
	if n > 1 && int64(len(items)) > math.MaxInt32/n && (d.maxlen < 0 || d.maxlen > math.MaxInt32) {
		return py.Value{}, py.Errorf(py.MemoryError(), "")
	}
	for k := int64(1); k < n && int64(d.n) < total; k++ {
		for _, x := range items {
			d.appendRight(x)
		}
	}
	return a, nil
}

func dequeCompare(t *py.Thread, a, b py.Value, op py.CompareOp) (py.Value, *py.Exception) {
	if !isDeque(b) {
		return py.NotImplemented(), nil
	}
	x, y := asDeque(a), asDeque(b)
	if (op == py.EQ || op == py.NE) && x.n != y.n {
		return py.Bool(op == py.NE), nil
	}
	xs, ys := x.items(), y.items()
	i := 0
	for ; i < len(xs) && i < len(ys); i++ {
		if xs[i].Is(ys[i]) {
			continue
		}
		eq, err := py.RichCompareBool(t, xs[i], ys[i], py.EQ)
		if err != nil {
			return py.Value{}, err
		}
		if !eq {
			break
		}
	}
	if i >= len(xs) || i >= len(ys) {
		var r bool
		switch op {
		case py.LT:
			r = len(xs) < len(ys)
		case py.LE:
			r = len(xs) <= len(ys)
		case py.EQ:
			r = len(xs) == len(ys)
		case py.NE:
			r = len(xs) != len(ys)
		case py.GT:
			r = len(xs) > len(ys)
		case py.GE:
			r = len(xs) >= len(ys)
		}
		return py.Bool(r), nil
	}
	switch op {
	case py.EQ:
		return py.False(), nil
	case py.NE:
		return py.True(), nil
	}
	return py.RichCompare(t, xs[i], ys[i], op)
}

// search finds x in d from start to stop, raising RuntimeError when the deque
// changes during a comparison.
func (d *deque) search(t *py.Thread, x py.Value, start, stop int) (int, *py.Exception) {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		v := d.at(i)
		if v.Is(x) {
			return i, nil
		}
		eq, err := py.RichCompareBool(t, v, x, py.EQ)
		if err != nil {
			return -1, err
		}
		if d.state != state {
			return -1, py.Errorf(py.RuntimeError(), "deque mutated during iteration")
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func notIn(t *py.Thread, x py.Value) *py.Exception {
	r, err := py.Repr(t, x)
	if err != nil {
		return err
	}
	return py.Errorf(py.ValueError(), "%s is not in deque", r)
}

var dequeDef = &py.TypeDef{
	Name: "collections.deque",
	Doc:  "A list-like sequence optimized for data accesses near its endpoints.",
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		d := &deque{maxlen: -1}
		return py.NewObject(&d.Header, typ), nil
	},
	Traverse: func(self py.Value, visit func(py.Value)) int64 {
		d := asDeque(self)
		for i := 0; i < d.n; i++ {
			visit(d.at(i))
		}
		return int64(unsafe.Sizeof(deque{})) + int64(len(d.buf))*int64(unsafe.Sizeof(py.Value{}))
	},
	Init: dequeInit,
	Repr: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		if t.ReprEnter(v) {
			return py.NewStr("[...]"), nil
		}
		d := asDeque(v)
		r, err := py.Repr(t, py.NewList(d.items()).Value())
		t.ReprLeave(v)
		if err != nil {
			return py.Value{}, err
		}
		name := v.Type().Name
		if d.maxlen >= 0 {
			return py.NewStr(name + "(" + r + ", maxlen=" + itoa(d.maxlen) + ")"), nil
		}
		return py.NewStr(name + "(" + r + ")"), nil
	},
	Compare: dequeCompare,
	Len:     func(t *py.Thread, v py.Value) (int, *py.Exception) { return asDeque(v).n, nil },
	Bool:    func(t *py.Thread, v py.Value) (bool, *py.Exception) { return asDeque(v).n > 0, nil },
	Iter: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		it := &dequeIter{d: v, state: asDeque(v).state}
		return py.NewObject(&it.Header, iterType), nil
	},
	Contains: func(t *py.Thread, v, x py.Value) (bool, *py.Exception) {
		d := asDeque(v)
		i, err := d.search(t, x, 0, d.n)
		return i >= 0, err
	},
	GetItem: func(t *py.Thread, v, key py.Value) (py.Value, *py.Exception) {
		d := asDeque(v)
		i, err := d.index(t, key)
		if err != nil {
			return py.Value{}, err
		}
		return d.at(i), nil
	},
	SetItem: func(t *py.Thread, v, key, val py.Value) *py.Exception {
		d := asDeque(v)
		i, err := d.index(t, key)
		if err != nil {
			return err
		}
		if val.IsNil() {
			items := d.items()
			items = append(items[:i], items[i+1:]...)
			d.clear()
			for _, x := range items {
				d.pushRight(x)
			}
			return nil
		}
		d.set(i, val)
		return nil
	},
	Methods: []*py.MethodDef{
		py.FuncO("deque.append", func(t *py.Thread, v, x py.Value) (py.Value, *py.Exception) {
			asDeque(v).appendRight(x)
			return py.None(), nil
		}),
		py.FuncO("deque.appendleft", func(t *py.Thread, v, x py.Value) (py.Value, *py.Exception) {
			asDeque(v).appendLeft(x)
			return py.None(), nil
		}),
		py.FuncNoArgs("deque.clear", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			asDeque(v).clear()
			return py.None(), nil
		}),
		py.FuncNoArgs("deque.copy", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return newLike(t, v, v) }),
		py.FuncNoArgs("deque.__copy__", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return newLike(t, v, v) }),
		py.FuncO("deque.count", func(t *py.Thread, v, x py.Value) (py.Value, *py.Exception) {
			d := asDeque(v)
			state := d.state
			n := int64(0)
			for i := 0; i < d.n; i++ {
				y := d.at(i)
				eq := y.Is(x)
				if !eq {
					var err *py.Exception
					if eq, err = py.RichCompareBool(t, y, x, py.EQ); err != nil {
						return py.Value{}, err
					}
				}
				if d.state != state {
					return py.Value{}, py.Errorf(py.RuntimeError(), "deque mutated during iteration")
				}
				if eq {
					n++
				}
			}
			return py.Int(n), nil
		}),
		py.FuncO("deque.extend", func(t *py.Thread, v, x py.Value) (py.Value, *py.Exception) {
			return py.None(), asDeque(v).extend(t, v, x, false)
		}),
		py.FuncO("deque.extendleft", func(t *py.Thread, v, x py.Value) (py.Value, *py.Exception) {
			return py.None(), asDeque(v).extend(t, v, x, true)
		}),
		positional("index", 1, 3, func(t *py.Thread, v py.Value, args []py.Value) (py.Value, *py.Exception) {
			d := asDeque(v)
			start, stop := int64(0), int64(math.MaxInt64)
			bound := func(a py.Value) (int64, *py.Exception) {
				n, err := py.IndexInt(t, a, nil)
				if err != nil && err.Matches(py.OverflowError()) {
					if b, ok := py.AsBigInt(a); ok && b.Sign() < 0 {
						return math.MinInt64, nil
					}
					return math.MaxInt64, nil
				}
				return n, err
			}
			var err *py.Exception
			if len(args) > 1 {
				if start, err = bound(args[1]); err != nil {
					return py.Value{}, err
				}
			}
			if len(args) > 2 {
				if stop, err = bound(args[2]); err != nil {
					return py.Value{}, err
				}
			}
			n := int64(d.n)
			if start < 0 {
				start = max(start+n, 0)
			}
			if stop < 0 {
				stop = max(stop+n, 0)
			}
			stop = min(stop, n)
			i, err := d.search(t, args[0], int(min(start, n)), int(stop))
			if err != nil {
				return py.Value{}, err
			}
			if i < 0 {
				return py.Value{}, notIn(t, args[0])
			}
			return py.Int(int64(i)), nil
		}),
		positional("insert", 2, 2, func(t *py.Thread, v py.Value, args []py.Value) (py.Value, *py.Exception) {
			d := asDeque(v)
			i, err := py.IndexInt(t, args[0], nil)
			if err != nil {
				return py.Value{}, err
			}
			if d.maxlen >= 0 && int64(d.n) >= d.maxlen {
				return py.Value{}, py.Errorf(py.IndexError(), "deque already at its maximum size")
			}
			n := int64(d.n)
			if i < 0 {
				i = max(i+n, 0)
			}
			i = min(i, n)
			items := d.items()
			items = append(items[:i], append([]py.Value{args[1]}, items[i:]...)...)
			d.clear()
			for _, x := range items {
				d.pushRight(x)
			}
			return py.None(), nil
		}),
		py.FuncNoArgs("deque.pop", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			d := asDeque(v)
			if d.n == 0 {
				return py.Value{}, py.Errorf(py.IndexError(), "pop from an empty deque")
			}
			return d.popRight(), nil
		}),
		py.FuncNoArgs("deque.popleft", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			d := asDeque(v)
			if d.n == 0 {
				return py.Value{}, py.Errorf(py.IndexError(), "pop from an empty deque")
			}
			return d.popLeft(), nil
		}),
		py.FuncO("deque.remove", func(t *py.Thread, v, x py.Value) (py.Value, *py.Exception) {
			d := asDeque(v)
			i, err := d.search(t, x, 0, d.n)
			if err != nil {
				return py.Value{}, err
			}
			if i < 0 {
				return py.Value{}, notIn(t, x)
			}
			items := d.items()
			items = append(items[:i], items[i+1:]...)
			d.clear()
			for _, y := range items {
				d.pushRight(y)
			}
			return py.None(), nil
		}),
		py.FuncNoArgs("deque.reverse", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			d := asDeque(v)
			for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
				a, b := d.at(i), d.at(j)
				d.set(i, b)
				d.set(j, a)
			}
			d.state++
			return py.None(), nil
		}),
		positional("rotate", 0, 1, func(t *py.Thread, v py.Value, args []py.Value) (py.Value, *py.Exception) {
			n := int64(1)
			if len(args) == 1 {
				var err *py.Exception
				if n, err = py.IndexInt(t, args[0], py.OverflowError()); err != nil {
					return py.Value{}, err
				}
			}
			asDeque(v).rotate(n)
			return py.None(), nil
		}),
		py.FuncNoArgs("deque.__reduce__", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			d := asDeque(v)
			args := py.NewTuple()
			if d.maxlen >= 0 {
				args = py.NewTuple(py.NewTuple(), py.Int(d.maxlen))
			}
			state := py.None()
			if dict, found, err := py.LookupAttrS(t, v, "__dict__"); err != nil {
				return py.Value{}, err
			} else if found && dict.Type().IsSubtype(py.DictType()) && py.Object[py.Dict](dict).Len() > 0 {
				state = dict
			}
			it, err := py.Iter(t, v)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewTuple(py.TypeValue(v.Type()), args, state, it), nil
		}),
		py.FuncNoArgs("deque.__reversed__", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			it := &dequeIter{d: v, state: asDeque(v).state}
			return py.NewObject(&it.Header, riterType), nil
		}),
		py.FuncNoArgs("deque.__sizeof__", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(80 + 8*len(asDeque(v).buf))), nil
		}),
		py.GetSetDef("maxlen", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			if m := asDeque(v).maxlen; m >= 0 {
				return py.Int(m), nil
			}
			return py.None(), nil
		}, nil),
		binMethod("__add__", dequeConcat),
		binMethod("__iadd__", dequeExtendSelf),
		binMethod("__mul__", dequeRepeat),
		binMethod("__rmul__", dequeRepeat),
		binMethod("__imul__", dequeInplaceRepeat),
		{Name: "__class_getitem__", Class: true, Doc: "See PEP 585",
			Fn: func(t *py.Thread, cls py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
				if len(args) != 1 || kwLen(kw) > 0 {
					return py.Value{}, py.Errorf(py.TypeError(), "__class_getitem__() takes exactly one argument (%d given)", len(args))
				}
				return py.NewGenericAlias(t, cls, args[0])
			}},
	},
}

// positional is a method of lo to hi positional arguments with
// _PyArg_CheckPositional's messages ("insert expected 2 arguments, got 1").
func positional(name string, lo, hi int, fn func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return &py.MethodDef{Name: name, Fn: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if kwLen(kw) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "deque.%s() takes no keyword arguments", name)
		}
		n := len(args)
		switch {
		case lo == hi && n != lo:
			return py.Value{}, py.Errorf(py.TypeError(), "%s expected %d argument%s, got %d", name, lo, plural(lo), n)
		case n < lo:
			return py.Value{}, py.Errorf(py.TypeError(), "%s expected at least %d argument%s, got %d", name, lo, plural(lo), n)
		case n > hi:
			return py.Value{}, py.Errorf(py.TypeError(), "%s expected at most %d argument%s, got %d", name, hi, plural(hi), n)
		}
		return fn(t, self, args)
	}}
}

// binMethod is a binary operator's dunder as a method, for the type's dict.
func binMethod(name string, fn func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, "value, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		return fn(t, self, a[0])
	})
}

func itoa(n int64) string {
	var b strings.Builder
	if n < 0 {
		b.WriteByte('-')
		n = -n
	}
	var digits [20]byte
	i := len(digits)
	for {
		i--
		digits[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	b.Write(digits[i:])
	return b.String()
}

// ---- deque iterators ----

type dequeIter struct {
	py.Header
	d     py.Value
	pos   int
	state uint64
}

func dequeIterDef(reverse bool) *py.TypeDef {
	name := "collections._deque_iterator"
	if reverse {
		name = "collections._deque_reverse_iterator"
	}
	return &py.TypeDef{
		Name:  name,
		Final: true,
		New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			if kwLen(kw) > 0 {
				return py.Value{}, py.Errorf(py.TypeError(), "%s() takes no keyword arguments", typ.Name)
			}
			if len(args) < 1 || len(args) > 2 {
				return py.Value{}, py.Errorf(py.TypeError(), "%s expected 1 or 2 arguments, got %d", typ.Name, len(args))
			}
			if !isDeque(args[0]) {
				return py.Value{}, py.Errorf(py.TypeError(), "%s() argument 1 must be collections.deque, not %s", typ.Name, py.TypeName(args[0]))
			}
			it := &dequeIter{d: args[0], state: asDeque(args[0]).state}
			if len(args) == 2 {
				n, err := py.IndexInt(t, args[1], nil)
				if err != nil {
					return py.Value{}, err
				}
				it.pos = int(max(0, min(n, int64(asDeque(args[0]).n))))
			}
			return py.NewObject(&it.Header, typ), nil
		},
		Iter: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return v, nil },
		Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			it := py.Object[dequeIter](v)
			if it.d.IsNil() {
				return py.Value{}, nil
			}
			d := asDeque(it.d)
			if d.state != it.state {
				it.pos = d.n
				return py.Value{}, py.Errorf(py.RuntimeError(), "deque mutated during iteration")
			}
			if it.pos >= d.n {
				it.d = py.Value{}
				return py.Value{}, nil
			}
			i := it.pos
			if reverse {
				i = d.n - 1 - it.pos
			}
			it.pos++
			return d.at(i), nil
		},
		Methods: []*py.MethodDef{
			py.FuncNoArgs("__length_hint__", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
				it := py.Object[dequeIter](v)
				if it.d.IsNil() {
					return py.Int(0), nil
				}
				return py.Int(int64(max(0, asDeque(it.d).n-it.pos))), nil
			}),
		},
	}
}
