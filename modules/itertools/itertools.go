// Package itertools is the itertools module: iterator building blocks, each a
// native iterator type with CPython's arguments, messages and reprs. The types
// are built on the first import (types()), so that a program that never imports
// itertools pays nothing for them at start-up.
package itertools

import (
	"math"
	"strconv"
	"sync"

	"github.com/kaa-python/kaa/py"
)

// Def is the itertools module.
var Def = &py.ModuleDef{Name: "itertools", Doc: doc, Exec: exec}

const doc = `Functional tools for creating and using iterators.

Infinite iterators:
count(start=0, step=1) --> start, start+step, start+2*step, ...
cycle(p) --> p0, p1, ... plast, p0, p1, ...
repeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times

Iterators terminating on the shortest input sequence:
accumulate(p[, func]) --> p0, p0+p1, p0+p1+p2
batched(p, n) --> [p0, p1, ..., p_n-1], [p_n, p_n+1, ..., p_2n-1], ...
chain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...
chain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...
compress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...
dropwhile(predicate, seq) --> seq[n], seq[n+1], starting when predicate fails
groupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)
filterfalse(predicate, seq) --> elements of seq where predicate(elem) is False
islice(seq, [start,] stop [, step]) --> elements from
       seq[start:stop:step]
pairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...
starmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...
tee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n
takewhile(predicate, seq) --> seq[0], seq[1], until predicate fails
zip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...

Combinatoric generators:
product(p, q, ... [repeat=1]) --> cartesian product
permutations(p[, r])
combinations(p, r)
combinations_with_replacement(p, r)
`

func exec(t *py.Thread, m *py.Module) *py.Exception {
	ty := types()
	for _, typ := range ty.all {
		m.Set(typ.Name, py.TypeValue(typ))
	}
	m.Set("tee", py.NewBuiltin(teeFunc, m.Value(), "itertools"))
	return nil
}

// ---- argument helpers ----

// sig is a clinic-style signature parsed on first use.
type sig struct {
	once       sync.Once
	s          *py.Signature
	name, text string
}

func (g *sig) bind(args []py.Value, kw *py.Tuple) ([]py.Value, *py.Exception) {
	g.once.Do(func() { g.s = py.ParseSignature(g.name, g.text) })
	out := make([]py.Value, g.s.Slots())
	return out, g.s.Bind(args, kw, out)
}

func kwLen(kw *py.Tuple) int {
	if kw == nil {
		return 0
	}
	return len(kw.Items())
}

func noKw(name string, kw *py.Tuple) *py.Exception {
	if kwLen(kw) > 0 {
		return py.Errorf(py.TypeError(), "%s() takes no keyword arguments", name)
	}
	return nil
}

// unpack is PyArg_UnpackTuple's count check.
func unpack(name string, n, lo, hi int) *py.Exception {
	plural := func(k int) string {
		if k == 1 {
			return ""
		}
		return "s"
	}
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

// positional checks a non-clinic constructor's arguments: no keywords, lo..hi
// positional ones.
func positional(name string, args []py.Value, kw *py.Tuple, lo, hi int) *py.Exception {
	if err := noKw(name, kw); err != nil {
		return err
	}
	return unpack(name, len(args), lo, hi)
}

// ssize is a Py_ssize_t argument: an integer (via __index__), OverflowError
// beyond 64 bits.
func ssize(t *py.Thread, v py.Value) (int64, *py.Exception) {
	return py.IndexInt(t, v, py.OverflowError())
}

// typeSet holds the types, built once.
type typeSet struct {
	accumulate, batched, chain, combinations, cwr, compress, count, cycle,
	dropwhile, filterfalse, groupby, grouper, islice, pairwise, permutations,
	product, repeat, starmap, takewhile, tee, teeData, zipLongest *py.Type
	all []*py.Type
}

var types = sync.OnceValue(func() *typeSet {
	ts := &typeSet{}
	mk := func(dst **py.Type, def *py.TypeDef) {
		if def.Iter == nil {
			def.Iter = self
		}
		*dst = py.NewType(def)
		ts.all = append(ts.all, *dst)
	}
	mk(&ts.accumulate, accumulateDef)
	mk(&ts.batched, batchedDef)
	mk(&ts.chain, chainDef)
	mk(&ts.combinations, combinationsDef)
	mk(&ts.cwr, cwrDef)
	mk(&ts.compress, compressDef)
	mk(&ts.count, countDef)
	mk(&ts.cycle, cycleDef)
	mk(&ts.dropwhile, dropwhileDef)
	mk(&ts.filterfalse, filterfalseDef)
	mk(&ts.groupby, groupbyDef)
	mk(&ts.grouper, grouperDef)
	mk(&ts.islice, isliceDef)
	mk(&ts.pairwise, pairwiseDef)
	mk(&ts.permutations, permutationsDef)
	mk(&ts.product, productDef)
	mk(&ts.repeat, repeatDef)
	mk(&ts.starmap, starmapDef)
	mk(&ts.takewhile, takewhileDef)
	mk(&ts.tee, teeDef)
	mk(&ts.teeData, teeDataDef)
	mk(&ts.zipLongest, zipLongestDef)
	groupbyType, grouperType = ts.groupby, ts.grouper
	return ts
})

// groupbyType and grouperType are set once, when types() builds the types
// (they cannot be reached through types() from the definitions it builds).
var groupbyType, grouperType *py.Type

func self(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return v, nil }

// ---- accumulate ----

type accumulate struct {
	py.Header
	it, fn, total, initial py.Value
}

var accumulateSig = &sig{name: "accumulate", text: "iterable, func=None, *, initial=None"}

var accumulateDef = &py.TypeDef{
	Name: "itertools.accumulate",
	Doc:  "Return series of accumulated sums (or other binary function results).",
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		a, err := accumulateSig.bind(args, kw)
		if err != nil {
			return py.Value{}, err
		}
		it, err := py.Iter(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		o := &accumulate{it: it, fn: a[1], initial: a[2]}
		if o.initial.IsNone() {
			o.initial = py.Value{}
		}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[accumulate](v)
		if !o.initial.IsNil() {
			o.total, o.initial = o.initial, py.Value{}
			return o.total, nil
		}
		if o.it.IsNil() {
			return py.Value{}, nil
		}
		x, err := py.Next(t, o.it)
		if err != nil || x.IsNil() {
			return py.Value{}, err
		}
		switch {
		case o.total.IsNil():
			o.total = x
		case o.fn.IsNone():
			o.total, err = py.BinaryOp(t, o.total, x, py.OpAdd)
		default:
			o.total, err = py.Call(t, o.fn, o.total, x)
		}
		if err != nil {
			return py.Value{}, err
		}
		return o.total, nil
	},
}

// ---- batched ----

type batched struct {
	py.Header
	it     py.Value
	n      int64
	strict bool
}

var batchedSig = &sig{name: "batched", text: "iterable, n, *, strict=False"}

var batchedDef = &py.TypeDef{
	Name: "itertools.batched",
	Doc: `Batch data into tuples of length n. The last batch may be shorter than n.

Loops over the input iterable and accumulates data into tuples
up to size n.  The input is consumed lazily, just enough to
fill a batch.  The result is yielded as soon as a batch is full
or when the input iterable is exhausted.

    >>> for batch in batched('ABCDEFG', 3):
    ...     print(batch)
    ...
    ('A', 'B', 'C')
    ('D', 'E', 'F')
    ('G',)

If "strict" is True, raises a ValueError if the final batch is shorter
than n.`,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		a, err := batchedSig.bind(args, kw)
		if err != nil {
			return py.Value{}, err
		}
		n, err := ssize(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		if n < 1 {
			return py.Value{}, py.Errorf(py.ValueError(), "n must be at least one")
		}
		strict, err := py.IsTrue(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		it, err := py.Iter(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		o := &batched{it: it, n: n, strict: strict}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[batched](v)
		if o.it.IsNil() {
			return py.Value{}, nil
		}
		var items []py.Value
		for int64(len(items)) < o.n {
			x, err := py.Next(t, o.it)
			if err != nil {
				o.it = py.Value{}
				return py.Value{}, err
			}
			if x.IsNil() {
				o.it = py.Value{}
				break
			}
			items = append(items, x)
		}
		if len(items) == 0 {
			return py.Value{}, nil
		}
		if o.strict && int64(len(items)) < o.n {
			return py.Value{}, py.Errorf(py.ValueError(), "batched(): incomplete batch")
		}
		return py.NewTuple(items...), nil
	},
}

// ---- chain ----

type chain struct {
	py.Header
	source py.Value // iterator over the iterables
	active py.Value // the current iterable's iterator
}

var chainDef = &py.TypeDef{
	Name: "itertools.chain",
	Doc: `Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted.`,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if err := noKw("chain", kw); err != nil {
			return py.Value{}, err
		}
		src, err := py.Iter(t, py.NewTuple(append([]py.Value(nil), args...)...))
		if err != nil {
			return py.Value{}, err
		}
		o := &chain{source: src}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[chain](v)
		for !o.source.IsNil() {
			if o.active.IsNil() {
				iterable, err := py.Next(t, o.source)
				if err != nil {
					return py.Value{}, err
				}
				if iterable.IsNil() {
					o.source = py.Value{}
					return py.Value{}, nil
				}
				if o.active, err = py.Iter(t, iterable); err != nil {
					return py.Value{}, err
				}
			}
			x, err := py.Next(t, o.active)
			if err != nil || !x.IsNil() {
				return x, err
			}
			o.active = py.Value{}
		}
		return py.Value{}, nil
	},
	Methods: []*py.MethodDef{
		{Name: "from_iterable", Class: true, Doc: "Alternative chain() constructor taking a single iterable argument that evaluates lazily.",
			Fn: func(t *py.Thread, cls py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
				if err := noKw("chain.from_iterable", kw); err != nil {
					return py.Value{}, err
				}
				if len(args) != 1 {
					return py.Value{}, py.Errorf(py.TypeError(), "chain.from_iterable() takes exactly one argument (%d given)", len(args))
				}
				src, err := py.Iter(t, args[0])
				if err != nil {
					return py.Value{}, err
				}
				o := &chain{source: src}
				return py.NewObject(&o.Header, py.AsType(cls)), nil
			}},
		{Name: "__class_getitem__", Class: true, Doc: "See PEP 585",
			Fn: func(t *py.Thread, cls py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
				if err := positional("__class_getitem__", args, kw, 1, 1); err != nil {
					return py.Value{}, err
				}
				return py.NewGenericAlias(t, cls, args[0])
			}},
	},
}

// ---- combinations, combinations_with_replacement, permutations, product ----

// pool returns the items of an iterable as a slice (a tuple's are shared).
func pool(t *py.Thread, v py.Value) ([]py.Value, *py.Exception) {
	items, err := py.ToSlice(t, v)
	return items, err
}

type combinations struct {
	py.Header
	pool    []py.Value
	indices []int
	r       int
	result  []py.Value
	started bool
	done    bool
}

var combinationsSig = &sig{name: "combinations", text: "iterable, r"}

func newCombinations(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple, s *sig) (*combinations, *py.Exception) {
	a, err := s.bind(args, kw)
	if err != nil {
		return nil, err
	}
	p, err := pool(t, a[0])
	if err != nil {
		return nil, err
	}
	r, err := ssize(t, a[1])
	if err != nil {
		return nil, err
	}
	if r < 0 {
		return nil, py.Errorf(py.ValueError(), "r must be non-negative")
	}
	if r > math.MaxInt32 {
		return nil, py.Errorf(py.MemoryError(), "")
	}
	o := &combinations{pool: p, r: int(r), indices: make([]int, min(int(r), len(p)+1))}
	return o, nil
}

var combinationsDef = &py.TypeDef{
	Name: "itertools.combinations",
	Doc:  "Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)",
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		o, err := newCombinations(t, typ, args, kw, combinationsSig)
		if err != nil {
			return py.Value{}, err
		}
		for i := range o.indices {
			o.indices[i] = i
		}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[combinations](v)
		n, r := len(o.pool), o.r
		if o.done || r > n {
			o.done = true
			return py.Value{}, nil
		}
		if !o.started {
			o.started = true
		} else {
			i := r - 1
			for i >= 0 && o.indices[i] == i+n-r {
				i--
			}
			if i < 0 {
				o.done = true
				return py.Value{}, nil
			}
			o.indices[i]++
			for j := i + 1; j < r; j++ {
				o.indices[j] = o.indices[j-1] + 1
			}
		}
		out := make([]py.Value, r)
		for i, k := range o.indices[:r] {
			out[i] = o.pool[k]
		}
		return py.NewTuple(out...), nil
	},
}

var cwrSig = &sig{name: "combinations_with_replacement", text: "iterable, r"}

var cwrDef = &py.TypeDef{
	Name: "itertools.combinations_with_replacement",
	Doc:  "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'), ('B','C'), ('C','C')",
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		o, err := newCombinations(t, typ, args, kw, cwrSig)
		if err != nil {
			return py.Value{}, err
		}
		o.indices = make([]int, o.r)
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[combinations](v)
		n, r := len(o.pool), o.r
		if o.done || n == 0 && r > 0 {
			o.done = true
			return py.Value{}, nil
		}
		if !o.started {
			o.started = true
		} else {
			i := r - 1
			for i >= 0 && o.indices[i] == n-1 {
				i--
			}
			if i < 0 {
				o.done = true
				return py.Value{}, nil
			}
			k := o.indices[i] + 1
			for j := i; j < r; j++ {
				o.indices[j] = k
			}
		}
		out := make([]py.Value, r)
		for i, k := range o.indices {
			out[i] = o.pool[k]
		}
		return py.NewTuple(out...), nil
	},
}

type permutations struct {
	py.Header
	pool    []py.Value
	indices []int
	cycles  []int
	r       int
	started bool
	done    bool
}

var permutationsSig = &sig{name: "permutations", text: "iterable, r=None"}

var permutationsDef = &py.TypeDef{
	Name: "itertools.permutations",
	Doc:  "Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)",
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		a, err := permutationsSig.bind(args, kw)
		if err != nil {
			return py.Value{}, err
		}
		p, err := pool(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		r := int64(len(p))
		if !a[1].IsNone() {
			if !py.IsInt(a[1]) {
				return py.Value{}, py.Errorf(py.TypeError(), "Expected int as r")
			}
			var ok bool
			if r, ok = py.AsInt64(a[1]); !ok {
				return py.Value{}, py.Errorf(py.OverflowError(), "Python int too large to convert to C ssize_t")
			}
			if r < 0 {
				return py.Value{}, py.Errorf(py.ValueError(), "r must be non-negative")
			}
		}
		n := len(p)
		o := &permutations{pool: p, r: int(min(r, math.MaxInt32))}
		if int64(n) >= r {
			o.indices = make([]int, n)
			for i := range o.indices {
				o.indices[i] = i
			}
			o.cycles = make([]int, r)
			for i := range o.cycles {
				o.cycles[i] = n - i
			}
		} else {
			o.done = true
		}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[permutations](v)
		if o.done {
			return py.Value{}, nil
		}
		n, r := len(o.pool), o.r
		if !o.started {
			o.started = true
		} else {
			if n == 0 {
				o.done = true
				return py.Value{}, nil
			}
			i := r - 1
			for ; i >= 0; i-- {
				o.cycles[i]--
				if o.cycles[i] == 0 {
					first := o.indices[i]
					copy(o.indices[i:], o.indices[i+1:])
					o.indices[n-1] = first
					o.cycles[i] = n - i
				} else {
					j := o.cycles[i]
					o.indices[i], o.indices[n-j] = o.indices[n-j], o.indices[i]
					break
				}
			}
			if i < 0 {
				o.done = true
				return py.Value{}, nil
			}
		}
		out := make([]py.Value, r)
		for i := 0; i < r; i++ {
			out[i] = o.pool[o.indices[i]]
		}
		return py.NewTuple(out...), nil
	},
}

type product struct {
	py.Header
	pools   [][]py.Value
	indices []int
	started bool
	done    bool
}

var productDef = &py.TypeDef{
	Name: "itertools.product",
	Doc: `Cartesian product of input iterables.  Equivalent to nested for-loops.

For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
The leftmost iterators are in the outermost for-loop, so the output tuples
cycle in a manner similar to an odometer (with the rightmost element changing
on every iteration).

To compute the product of an iterable with itself, specify the number
of repetitions with the optional repeat keyword argument. For example,
product(A, repeat=4) means the same as product(A, A, A, A).

product('ab', range(3)) --> ('a',0) ('a',1) ('a',2) ('b',0) ('b',1) ('b',2)
product((0,1), (0,1), (0,1)) --> (0,0,0) (0,0,1) (0,1,0) (0,1,1) (1,0,0) ...`,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		nkw := kwLen(kw)
		pos := args[:len(args)-nkw]
		repeat := int64(1)
		if nkw > 1 {
			return py.Value{}, py.Errorf(py.TypeError(), "product() takes at most 1 keyword argument (%d given)", nkw)
		}
		if nkw > 0 {
			if s, _ := py.AsStr(kw.Items()[0]); s != "repeat" {
				return py.Value{}, py.Errorf(py.TypeError(), "product() got an unexpected keyword argument '%s'", s)
			}
			r, err := ssize(t, args[len(args)-1])
			if err != nil {
				return py.Value{}, err
			}
			if r < 0 {
				return py.Value{}, py.Errorf(py.ValueError(), "repeat argument cannot be negative")
			}
			repeat = r
		}
		if len(pos) > 0 && repeat > math.MaxInt32/int64(len(pos)) {
			return py.Value{}, py.Errorf(py.OverflowError(), "repeat argument too large")
		}
		base := make([][]py.Value, len(pos))
		for i, a := range pos {
			p, err := pool(t, a)
			if err != nil {
				return py.Value{}, err
			}
			base[i] = p
		}
		o := &product{}
		for k := int64(0); k < repeat; k++ {
			o.pools = append(o.pools, base...)
		}
		o.indices = make([]int, len(o.pools))
		for _, p := range o.pools {
			if len(p) == 0 {
				o.done = true
			}
		}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[product](v)
		if o.done {
			return py.Value{}, nil
		}
		if !o.started {
			o.started = true
		} else {
			i := len(o.pools) - 1
			for ; i >= 0; i-- {
				o.indices[i]++
				if o.indices[i] < len(o.pools[i]) {
					break
				}
				o.indices[i] = 0
			}
			if i < 0 {
				o.done = true
				return py.Value{}, nil
			}
		}
		out := make([]py.Value, len(o.pools))
		for i, p := range o.pools {
			out[i] = p[o.indices[i]]
		}
		return py.NewTuple(out...), nil
	},
}

// ---- compress, dropwhile, takewhile, filterfalse, starmap ----

type twoIter struct {
	py.Header
	fn, it py.Value // compress: fn is the selectors' iterator
	state  bool     // dropwhile: done dropping; takewhile: stopped
}

// newTwoArgs is the constructor of the iterators taking exactly (function,
// iterable) positionally: dropwhile, takewhile, filterfalse, starmap.
func newTwoArgs(name string) func(*py.Thread, *py.Type, []py.Value, *py.Tuple) (py.Value, *py.Exception) {
	return func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if err := positional(name, args, kw, 2, 2); err != nil {
			return py.Value{}, err
		}
		return newTwo(t, typ, args[0], args[1])
	}
}

func newTwo(t *py.Thread, typ *py.Type, fn, iterable py.Value) (py.Value, *py.Exception) {
	it, err := py.Iter(t, iterable)
	if err != nil {
		return py.Value{}, err
	}
	o := &twoIter{fn: fn, it: it}
	return py.NewObject(&o.Header, typ), nil
}

var compressSig = &sig{name: "compress", text: "data, selectors"}

var compressDef = &py.TypeDef{
	Name: "itertools.compress",
	Doc:  "Return data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.",
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		a, err := compressSig.bind(args, kw)
		if err != nil {
			return py.Value{}, err
		}
		data, err := py.Iter(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		sel, err := py.Iter(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		o := &twoIter{it: data, fn: sel}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[twoIter](v)
		for {
			x, err := py.Next(t, o.it)
			if err != nil || x.IsNil() {
				return py.Value{}, err
			}
			s, err := py.Next(t, o.fn)
			if err != nil || s.IsNil() {
				return py.Value{}, err
			}
			ok, err := py.IsTrue(t, s)
			if err != nil {
				return py.Value{}, err
			}
			if ok {
				return x, nil
			}
		}
	},
}

func predicate(t *py.Thread, fn, x py.Value) (bool, *py.Exception) {
	r, err := py.Call(t, fn, x)
	if err != nil {
		return false, err
	}
	return py.IsTrue(t, r)
}

var dropwhileDef = &py.TypeDef{
	Name: "itertools.dropwhile",
	Doc:  "Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.",
	New:  newTwoArgs("dropwhile"),
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[twoIter](v)
		for {
			x, err := py.Next(t, o.it)
			if err != nil || x.IsNil() {
				return py.Value{}, err
			}
			if o.state {
				return x, nil
			}
			ok, err := predicate(t, o.fn, x)
			if err != nil {
				return py.Value{}, err
			}
			if !ok {
				o.state = true
				return x, nil
			}
		}
	},
}

var takewhileDef = &py.TypeDef{
	Name: "itertools.takewhile",
	Doc:  "Return successive entries from an iterable as long as the predicate evaluates to true for each entry.",
	New:  newTwoArgs("takewhile"),
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[twoIter](v)
		if o.state {
			return py.Value{}, nil
		}
		x, err := py.Next(t, o.it)
		if err != nil || x.IsNil() {
			return py.Value{}, err
		}
		ok, err := predicate(t, o.fn, x)
		if err != nil {
			return py.Value{}, err
		}
		if !ok {
			o.state = true
			return py.Value{}, nil
		}
		return x, nil
	},
}

var filterfalseDef = &py.TypeDef{
	Name: "itertools.filterfalse",
	Doc:  "Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.",
	New:  newTwoArgs("filterfalse"),
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[twoIter](v)
		for {
			x, err := py.Next(t, o.it)
			if err != nil || x.IsNil() {
				return py.Value{}, err
			}
			var ok bool
			if o.fn.IsNone() || o.fn.Is(py.TypeValue(py.BoolType())) {
				ok, err = py.IsTrue(t, x)
			} else {
				ok, err = predicate(t, o.fn, x)
			}
			if err != nil {
				return py.Value{}, err
			}
			if !ok {
				return x, nil
			}
		}
	},
}

var starmapDef = &py.TypeDef{
	Name: "itertools.starmap",
	Doc:  "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.",
	New:  newTwoArgs("starmap"),
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[twoIter](v)
		x, err := py.Next(t, o.it)
		if err != nil || x.IsNil() {
			return py.Value{}, err
		}
		items, err := py.ToSlice(t, x)
		if err != nil {
			return py.Value{}, err
		}
		return py.Call(t, o.fn, items...)
	},
}

// ---- count, cycle, repeat ----

type count struct {
	py.Header
	cnt, step py.Value
}

var countSig = &sig{name: "count", text: "start=0, step=1"}

// isNumber is PyNumber_Check: int, float, complex or anything with __index__,
// __int__ or __float__.
func isNumber(t *py.Thread, v py.Value) bool {
	if py.IsInt(v) || v.IsFloat() || v.Type().IsSubtype(py.FloatType()) || v.Type().IsSubtype(py.ComplexType()) {
		return true
	}
	for _, m := range []string{"__index__", "__int__", "__float__"} {
		if _, found, _ := py.LookupSpecial(t, v, m); found {
			return true
		}
	}
	return false
}

var countDef = &py.TypeDef{
	Name: "itertools.count",
	Doc: `Return a count object whose .__next__() method returns consecutive values.

Equivalent to:
    def count(firstval=0, step=1):
        x = firstval
        while 1:
            yield x
            x += step`,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		a, err := countSig.bind(args, kw)
		if err != nil {
			return py.Value{}, err
		}
		if !isNumber(t, a[0]) || !isNumber(t, a[1]) {
			return py.Value{}, py.Errorf(py.TypeError(), "a number is required")
		}
		o := &count{cnt: a[0], step: a[1]}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[count](v)
		cur := o.cnt
		next, err := py.BinaryOp(t, cur, o.step, py.OpAdd)
		if err != nil {
			return py.Value{}, err
		}
		o.cnt = next
		return cur, nil
	},
	Repr: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[count](v)
		c, err := py.Repr(t, o.cnt)
		if err != nil {
			return py.Value{}, err
		}
		name := v.Type().Name
		if py.IsInt(o.step) {
			if n, ok := py.AsInt64(o.step); ok && n == 1 {
				return py.NewStr(name + "(" + c + ")"), nil
			}
		}
		s, err := py.Repr(t, o.step)
		if err != nil {
			return py.Value{}, err
		}
		return py.NewStr(name + "(" + c + ", " + s + ")"), nil
	},
}

type cycle struct {
	py.Header
	it      py.Value
	saved   []py.Value
	index   int
	firstOK bool // the first pass is over: replay saved
}

var cycleDef = &py.TypeDef{
	Name: "itertools.cycle",
	Doc:  "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.",
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if err := positional("cycle", args, kw, 1, 1); err != nil {
			return py.Value{}, err
		}
		it, err := py.Iter(t, args[0])
		if err != nil {
			return py.Value{}, err
		}
		o := &cycle{it: it}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[cycle](v)
		if !o.firstOK {
			x, err := py.Next(t, o.it)
			if err != nil {
				return py.Value{}, err
			}
			if !x.IsNil() {
				o.saved = append(o.saved, x)
				return x, nil
			}
			o.firstOK = true
			o.it = py.Value{}
		}
		if len(o.saved) == 0 {
			return py.Value{}, nil
		}
		x := o.saved[o.index]
		o.index = (o.index + 1) % len(o.saved)
		return x, nil
	},
}

type repeat struct {
	py.Header
	obj   py.Value
	times int64 // -1: for ever
}

var repeatSig = &sig{name: "repeat", text: "object, times=?"}

var repeatDef = &py.TypeDef{
	Name: "itertools.repeat",
	Doc:  "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.",
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		a, err := repeatSig.bind(args, kw)
		if err != nil {
			return py.Value{}, err
		}
		o := &repeat{obj: a[0], times: -1}
		if !a[1].IsNil() {
			n, err := ssize(t, a[1])
			if err != nil {
				return py.Value{}, err
			}
			o.times = max(n, 0)
		}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[repeat](v)
		if o.times == 0 {
			return py.Value{}, nil
		}
		if o.times > 0 {
			o.times--
		}
		return o.obj, nil
	},
	Repr: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[repeat](v)
		r, err := py.Repr(t, o.obj)
		if err != nil {
			return py.Value{}, err
		}
		name := v.Type().Name
		if o.times < 0 {
			return py.NewStr(name + "(" + r + ")"), nil
		}
		return py.NewStr(name + "(" + r + ", " + itoa(o.times) + ")"), nil
	},
	Methods: []*py.MethodDef{
		py.FuncNoArgs("__length_hint__", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			o := py.Object[repeat](v)
			if o.times < 0 {
				return py.Value{}, py.Errorf(py.TypeError(), "len() of unsized object")
			}
			return py.Int(o.times), nil
		}),
	},
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// ---- groupby ----

type groupby struct {
	py.Header
	it, keyfn                py.Value
	tgtkey, currkey, currval py.Value
	currgrouper              py.Value
}

type grouper struct {
	py.Header
	parent py.Value
	tgtkey py.Value
}

var groupbySig = &sig{name: "groupby", text: "iterable, key=None"}

// step advances the groupby to the next item; false when the input is over.
func (g *groupby) step(t *py.Thread) (bool, *py.Exception) {
	x, err := py.Next(t, g.it)
	if err != nil || x.IsNil() {
		return false, err
	}
	k := x
	if !g.keyfn.IsNone() {
		if k, err = py.Call(t, g.keyfn, x); err != nil {
			return false, err
		}
	}
	g.currval, g.currkey = x, k
	return true, nil
}

var groupbyDef = &py.TypeDef{
	Name: "itertools.groupby",
	Doc:  "make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.",
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		a, err := groupbySig.bind(args, kw)
		if err != nil {
			return py.Value{}, err
		}
		it, err := py.Iter(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		o := &groupby{it: it, keyfn: a[1]}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		g := py.Object[groupby](v)
		g.currgrouper = py.Value{}
		for {
			if g.currkey.IsNil() {
				// nothing read yet
			} else if g.tgtkey.IsNil() {
				break
			} else {
				eq, err := py.RichCompareBool(t, g.tgtkey, g.currkey, py.EQ)
				if err != nil {
					return py.Value{}, err
				}
				if !eq {
					break
				}
			}
			ok, err := g.step(t)
			if err != nil || !ok {
				return py.Value{}, err
			}
		}
		g.tgtkey = g.currkey
		gr := &grouper{parent: v, tgtkey: g.tgtkey}
		grv := py.NewObject(&gr.Header, grouperType)
		g.currgrouper = grv
		return py.NewTuple(g.currkey, grv), nil
	},
}

var grouperDef = &py.TypeDef{
	Name:  "itertools._grouper",
	Final: true,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if err := positional("_grouper", args, kw, 2, 2); err != nil {
			return py.Value{}, err
		}
		if args[0].Type() != groupbyType {
			return py.Value{}, py.Errorf(py.TypeError(), "_grouper() argument 1 must be itertools.groupby, not %s", py.TypeName(args[0]))
		}
		gr := &grouper{parent: args[0], tgtkey: args[1]}
		return py.NewObject(&gr.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		gr := py.Object[grouper](v)
		g := py.Object[groupby](gr.parent)
		if !g.currgrouper.Is(v) {
			return py.Value{}, nil
		}
		if g.currval.IsNil() {
			ok, err := g.step(t)
			if err != nil || !ok {
				return py.Value{}, err
			}
		}
		eq, err := py.RichCompareBool(t, gr.tgtkey, g.currkey, py.EQ)
		if err != nil || !eq {
			return py.Value{}, err
		}
		x := g.currval
		g.currval, g.currkey = py.Value{}, py.Value{}
		return x, nil
	},
}

// ---- islice ----

type islice struct {
	py.Header
	it               py.Value
	next, stop, step int64
	cnt              int64
}

// sliceArg is PyNumber_AsSsize_t(v, OverflowError) with its errors cleared:
// -1 and ok false for anything that is not an integer of 64 bits.
func sliceArg(t *py.Thread, v py.Value) (int64, bool) {
	iv, err := py.Index(t, v)
	if err != nil {
		return -1, false
	}
	if n, ok := py.AsInt64(iv); ok {
		return n, true
	}
	return -1, false // OverflowError, cleared
}

var isliceDef = &py.TypeDef{
	Name: "itertools.islice",
	Doc: `islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object

Return an iterator whose next() method returns selected values from an
iterable.  If start is specified, will skip all preceding elements;
otherwise, start defaults to zero.  Step defaults to one.  If
specified as another value, step determines how many values are
skipped between successive calls.  Works like a slice() on a list
but returns an iterator.`,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if err := positional("islice", args, kw, 2, 4); err != nil {
			return py.Value{}, err
		}
		const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
		start, stop, step := int64(0), int64(-1), int64(1)
		if len(args) == 2 {
			if !args[1].IsNone() {
				var ok bool
				if stop, ok = sliceArg(t, args[1]); !ok || stop == -1 {
					return py.Value{}, py.Errorf(py.ValueError(), stopMsg)
				}
			}
		} else {
			if !args[1].IsNone() {
				start, _ = sliceArg(t, args[1])
			}
			if !args[2].IsNone() {
				var ok bool
				if stop, ok = sliceArg(t, args[2]); !ok || stop == -1 {
					return py.Value{}, py.Errorf(py.ValueError(), stopMsg)
				}
			}
		}
		if start < 0 || stop < -1 {
			return py.Value{}, py.Errorf(py.ValueError(), "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
		}
		if len(args) == 4 && !args[3].IsNone() {
			step, _ = sliceArg(t, args[3])
		}
		if step < 1 {
			return py.Value{}, py.Errorf(py.ValueError(), "Step for islice() must be a positive integer or None.")
		}
		it, err := py.Iter(t, args[0])
		if err != nil {
			return py.Value{}, err
		}
		o := &islice{it: it, next: start, stop: stop, step: step}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[islice](v)
		if o.it.IsNil() {
			return py.Value{}, nil
		}
		for o.cnt < o.next {
			x, err := py.Next(t, o.it)
			if err != nil {
				return py.Value{}, err
			}
			if x.IsNil() {
				o.it = py.Value{}
				return py.Value{}, nil
			}
			o.cnt++
		}
		if o.stop != -1 && o.cnt >= o.stop {
			o.it = py.Value{}
			return py.Value{}, nil
		}
		x, err := py.Next(t, o.it)
		if err != nil {
			return py.Value{}, err
		}
		if x.IsNil() {
			o.it = py.Value{}
			return py.Value{}, nil
		}
		o.cnt++
		old := o.next
		o.next += o.step
		if o.next < old || o.stop != -1 && o.next > o.stop {
			o.next = o.stop
		}
		return x, nil
	},
}

// ---- pairwise ----

type pairwise struct {
	py.Header
	it, old py.Value
}

var pairwiseDef = &py.TypeDef{
	Name: "itertools.pairwise",
	Doc:  "Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...",
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if err := positional("pairwise", args, kw, 1, 1); err != nil {
			return py.Value{}, err
		}
		it, err := py.Iter(t, args[0])
		if err != nil {
			return py.Value{}, err
		}
		o := &pairwise{it: it}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[pairwise](v)
		if o.it.IsNil() {
			return py.Value{}, nil
		}
		if o.old.IsNil() {
			x, err := py.Next(t, o.it)
			if err != nil || x.IsNil() {
				o.it = py.Value{}
				return py.Value{}, err
			}
			o.old = x
		}
		x, err := py.Next(t, o.it)
		if err != nil || x.IsNil() {
			o.it, o.old = py.Value{}, py.Value{}
			return py.Value{}, err
		}
		pair := py.NewTuple(o.old, x)
		o.old = x
		return pair, nil
	},
}

// ---- tee ----

// teeShared is what the iterators of one tee() share: the source and the items
// read from it that some iterator has not yet passed (items[i] is item
// number base+i).
type teeShared struct {
	it      py.Value
	items   []py.Value
	base    int64
	members []*tee
	running bool
}

type tee struct {
	py.Header
	shared *teeShared
	pos    int64
}

type teeData struct {
	py.Header
}

var teeDataDef = &py.TypeDef{
	Name:  "itertools._tee_dataobject",
	Doc:   "teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.",
	Final: true,
}

func newTee(t *py.Thread, typ *py.Type, iterable py.Value) (py.Value, *py.Exception) {
	it, err := py.Iter(t, iterable)
	if err != nil {
		return py.Value{}, err
	}
	sh := &teeShared{it: it}
	o := &tee{shared: sh}
	sh.members = append(sh.members, o)
	return py.NewObject(&o.Header, typ), nil
}

func (o *tee) copyOf(typ *py.Type) py.Value {
	c := &tee{shared: o.shared, pos: o.pos}
	o.shared.members = append(o.shared.members, c)
	return py.NewObject(&c.Header, typ)
}

// trim drops the items every member has passed.
func (sh *teeShared) trim() {
	low := sh.base + int64(len(sh.items))
	for _, m := range sh.members {
		low = min(low, m.pos)
	}
	if d := low - sh.base; d > 0 {
		sh.items = append(sh.items[:0:0], sh.items[d:]...)
		sh.base = low
	}
}

var teeDef = &py.TypeDef{
	Name:  "itertools._tee",
	Doc:   "Iterator wrapped to make it copyable.",
	Final: true,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if err := positional("_tee", args, kw, 1, 1); err != nil {
			return py.Value{}, err
		}
		if args[0].Type() == typ {
			return py.Object[tee](args[0]).copyOf(typ), nil
		}
		return newTee(t, typ, args[0])
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[tee](v)
		sh := o.shared
		if i := o.pos - sh.base; i < int64(len(sh.items)) {
			x := sh.items[i]
			o.pos++
			if i == 0 && len(sh.items) > 64 {
				sh.trim()
			}
			return x, nil
		}
		if sh.it.IsNil() {
			return py.Value{}, nil
		}
		if sh.running {
			return py.Value{}, py.Errorf(py.RuntimeError(), "cannot re-enter the tee iterator")
		}
		sh.running = true
		x, err := py.Next(t, sh.it)
		sh.running = false
		if err != nil {
			return py.Value{}, err
		}
		if x.IsNil() {
			sh.it = py.Value{}
			return py.Value{}, nil
		}
		if len(sh.members) > 1 {
			sh.items = append(sh.items, x)
		} else {
			sh.base++
		}
		o.pos++
		if len(sh.items) > 0 && len(sh.items)%1024 == 0 {
			sh.trim()
		}
		return x, nil
	},
	Methods: []*py.MethodDef{
		py.FuncNoArgs("__copy__", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			return py.Object[tee](v).copyOf(v.Type()), nil
		}),
	},
}

var teeFunc = &py.MethodDef{Name: "tee", Doc: "Returns a tuple of n independent iterators.", Fn: func(t *py.Thread, _ py.Value, a []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	if err := noKw("itertools.tee", kw); err != nil {
		return py.Value{}, err
	}
	if err := unpack("tee", len(a), 1, 2); err != nil {
		return py.Value{}, err
	}
	if len(a) == 1 {
		a = append(a, py.Int(2))
	}
	n, err := ssize(t, a[1])
	if err != nil {
		return py.Value{}, err
	}
	if n < 0 {
		return py.Value{}, py.Errorf(py.ValueError(), "n must be >= 0")
	}
	if n == 0 {
		return py.NewTuple(), nil
	}
	it, err := py.Iter(t, a[0])
	if err != nil {
		return py.Value{}, err
	}
	var first py.Value
	if cp, found, err := py.LookupSpecial(t, it, "__copy__"); err != nil {
		return py.Value{}, err
	} else if found {
		_ = cp
		first = it
	} else if first, err = newTee(t, types().tee, it); err != nil {
		return py.Value{}, err
	}
	if n > 1<<24 {
		return py.Value{}, py.Errorf(py.MemoryError(), "")
	}
	out := []py.Value{first}
	for i := int64(1); i < n; i++ {
		c, err := py.CallMethod(t, first, "__copy__")
		if err != nil {
			return py.Value{}, err
		}
		out = append(out, c)
	}
	return py.NewTuple(out...), nil
}}

// ---- zip_longest ----

type zipLongest struct {
	py.Header
	its    []py.Value // nil entries: exhausted
	active int
	fill   py.Value
}

var zipLongestDef = &py.TypeDef{
	Name: "itertools.zip_longest",
	Doc: `Return a zip_longest object whose .__next__() method returns a tuple where
the i-th element comes from the i-th iterable argument.  The .__next__()
method continues until the longest iterable in the argument sequence
is exhausted and then it raises StopIteration.  When the shorter iterables
are exhausted, the fillvalue is substituted in their place.  The fillvalue
defaults to None or can be specified by a keyword argument.`,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		nkw := kwLen(kw)
		fill := py.None()
		if nkw > 0 {
			if s, _ := py.AsStr(kw.Items()[0]); nkw != 1 || s != "fillvalue" {
				return py.Value{}, py.Errorf(py.TypeError(), "zip_longest() got an unexpected keyword argument")
			}
			fill = args[len(args)-1]
		}
		pos := args[:len(args)-nkw]
		o := &zipLongest{fill: fill, active: len(pos)}
		for _, a := range pos {
			it, err := py.Iter(t, a)
			if err != nil {
				return py.Value{}, err
			}
			o.its = append(o.its, it)
		}
		return py.NewObject(&o.Header, typ), nil
	},
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		o := py.Object[zipLongest](v)
		if len(o.its) == 0 || o.active == 0 {
			return py.Value{}, nil
		}
		out := make([]py.Value, len(o.its))
		for i, it := range o.its {
			if it.IsNil() {
				out[i] = o.fill
				continue
			}
			x, err := py.Next(t, it)
			if err != nil {
				o.active = 0
				return py.Value{}, err
			}
			if x.IsNil() {
				o.its[i] = py.Value{}
				o.active--
				if o.active == 0 {
					return py.Value{}, nil
				}
				x = o.fill
			}
			out[i] = x
		}
		return py.NewTuple(out...), nil
	},
}
