package py

import (
	"math"
	"slices"
	"strings"
	"unsafe"
)

// List is a Python list.
type List struct {
	Header
	items []Value
}

// listType is list.
var listType = newType("list", nil, nil)

// NewList returns a list holding items (the slice is kept).
func NewList(items []Value) *List { return &List{Header: Header{typ: listType}, items: items} }

// Value returns the list as a Value.
func (l *List) Value() Value { return Value{p: unsafe.Pointer(l)} }

// Items returns the list's items.
func (l *List) Items() []Value { return l.items }

func (v Value) list() *List { return (*List)(v.p) }

func (v Value) asList() (*List, bool) {
	if t := v.Type(); t == listType || t.layout == listType {
		return v.list(), true
	}
	return nil, false
}

func listSelf(v Value) *List { return v.list() }

func listRepr(t *Thread, v Value) (Value, *Exception) {
	l := listSelf(v)
	if len(l.items) == 0 {
		return NewStr("[]"), nil
	}
	if t.reprEnter(v) {
		return NewStr("[...]"), nil
	}
	defer t.reprLeave(v)
	var b strings.Builder
	b.WriteByte('[')
	for i := 0; i < len(l.items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(t, l.items[i])
		if err != nil {
			return Value{}, err
		}
		b.WriteString(r)
	}
	b.WriteByte(']')
	return NewStr(b.String()), nil
}

func listGetitem(t *Thread, v, key Value) (Value, *Exception) {
	l := listSelf(v)
	if key.IsSmallInt() {
		i := key.small()
		if i < 0 {
			i += int64(len(l.items))
		}
		if i < 0 || i >= int64(len(l.items)) {
			return Value{}, Errorf(indexError, "list index out of range")
		}
		return l.items[i], nil
	}
	if key.Type() == sliceType {
		start, stop, step, err := key.slice().unpack(t)
		if err != nil {
			return Value{}, err
		}
		i, j, n := adjustIndices(start, stop, step, len(l.items))
		return NewList(sliceItems(l.items, i, j, int(step), n)).Value(), nil
	}
	i, err := listIndex(t, l, key, "list index out of range")
	if err != nil {
		return Value{}, err
	}
	return l.items[i], nil
}

// listIndex converts an index into l, calling its __index__ before the bounds are
// taken: that call may have changed the list.
func listIndex(t *Thread, l *List, key Value, outOfRange string) (int, *Exception) {
	i, err := indexValue(t, key, "list")
	if err != nil {
		return 0, err
	}
	n := int64(len(l.items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(indexError, "%s", outOfRange)
	}
	return int(i), nil
}

func listSetitem(t *Thread, v, key, val Value) *Exception {
	l := listSelf(v)
	if key.Type() == sliceType {
		// As CPython's list_ass_subscript: the slice's __index__ calls, then the
		// assigned items made, then the bounds fitted to the list as it is now.
		start0, stop0, step0, err := key.slice().unpack(t)
		if err != nil {
			return err
		}
		step := int(step0)
		if val.IsNil() {
			start, _, n := adjustIndices(start0, stop0, step0, len(l.items))
			if step < 0 {
				start, step = start+(n-1)*step, -step
			}
			if n == 0 {
				return nil
			}
			var out []Value
			out = append(out, l.items[:start]...)
			for i := start; i < len(l.items); i++ {
				if i < start+n*step && (i-start)%step == 0 {
					continue
				}
				out = append(out, l.items[i])
			}
			l.items = out
			return nil
		}
		var src []Value
		if val.p == v.p {
			src = slices.Clone(l.items)
		} else {
			src, err = ToSlice(t, val)
			if err != nil {
				if err.Matches(typeError) && val.Type().iter == nil {
					return typeErrorf("must assign iterable to extended slice")
				}
				return err
			}
		}
		start, stop, n := adjustIndices(start0, stop0, step0, len(l.items))
		if step == 1 {
			if stop < start {
				stop = start
			}
			out := make([]Value, 0, len(l.items)-(stop-start)+len(src))
			out = append(out, l.items[:start]...)
			out = append(out, src...)
			out = append(out, l.items[stop:]...)
			l.items = out
			return nil
		}
		if len(src) != n {
			return Errorf(valueError, "attempt to assign sequence of size %d to extended slice of size %d", len(src), n)
		}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			l.items[j] = src[i]
		}
		return nil
	}
	i, err := listIndex(t, l, key, "list assignment index out of range")
	if err != nil {
		return err
	}
	if val.IsNil() {
		l.items = append(l.items[:i], l.items[i+1:]...)
		return nil
	}
	l.items[i] = val
	return nil
}

func listNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
	return Value{p: unsafe.Pointer(&List{Header: Header{typ: typ}})}, nil
}

func listInit(t *Thread, self Value, args []Value, kwnames *Tuple) *Exception {
	if err := noKwargs("list", kwnames); err != nil && self.Type() == listType {
		return err
	}
	if err := checkArgs("list", args, 0, 1); err != nil {
		return err
	}
	l := listSelf(self)
	l.items = nil
	if len(args) == 1 {
		items, err := ToSlice(t, args[0])
		if err != nil {
			return err
		}
		// ToSlice hands out an exact tuple's own items: the list needs its copy.
		if _, isTuple := args[0].tupleItems(); isTuple || args[0].p == self.p {
			items = slices.Clone(items)
		}
		l.items = items
	}
	return nil
}

// listExtend appends the items of an iterable.
func (l *List) extend(t *Thread, it Value) *Exception {
	// Only exact lists and tuples are copied without __iter__, as CPython's
	// list_extend: a subclass may override it.
	if src, ok := it.asList(); ok && it.Type() == listType {
		if err := l.checkGrow(t, len(src.items)); err != nil {
			return err
		}
		l.items = append(l.items, src.items...)
		return nil
	}
	if items, ok := it.tupleItems(); ok && it.Type() == tupleType {
		if err := l.checkGrow(t, len(items)); err != nil {
			return err
		}
		l.items = append(l.items, items...)
		return nil
	}
	hint, err := sizeHint(t, it, 8)
	if err != nil {
		return err
	}
	if err := t.checkAlloc(int64(len(l.items))+hint, valueSize); err != nil {
		return err
	}
	return Iterate(t, it, func(x Value) *Exception {
		l.items = append(l.items, x)
		return nil
	})
}

// checkGrow is MemoryError when appending n items would need a new array
// (append's, up to twice the size) larger than the interpreter allows.
func (l *List) checkGrow(t *Thread, n int) *Exception {
	if len(l.items)+n <= cap(l.items) {
		return nil
	}
	return t.checkAlloc(int64(len(l.items))+int64(n), 2*valueSize)
}

// Append appends x.
func (l *List) Append(x Value) { l.items = append(l.items, x) }

type sortItem struct {
	key, val Value
}

// sortValues sorts items by key stably with "<" (CPython's list.sort semantics).
func sortValues(t *Thread, items []Value, key Value, reverse bool) *Exception {
	n := len(items)
	if n < 2 {
		if n == 1 && !key.IsNil() && !key.IsNone() { // the key function still runs
			_, err := Call(t, key, items[0])
			return err
		}
		return nil
	}
	keys := items
	if !key.IsNil() && !key.IsNone() {
		keys = make([]Value, n)
		for i, x := range items {
			k, err := Call(t, key, x)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	if done := sortNumeric(items, keys, reverse); done {
		return nil
	}
	pairs := make([]sortItem, n)
	for i := range items {
		pairs[i] = sortItem{keys[i], items[i]}
	}
	if reverse {
		slices.Reverse(pairs)
	}
	allStr := true // (all-int and all-float keys went to sortNumeric)
	for _, p := range pairs {
		allStr = allStr && p.key.Type() == strType
	}
	var err *Exception
	switch {
	case allStr:
		stableSort(pairs, func(a, b sortItem) bool { return strLess(a.key.str().s, b.key.str().s) })
	default:
		stableSort(pairs, func(a, b sortItem) bool {
			if err != nil {
				return false
			}
			lt, e := RichCompareBool(t, a.key, b.key, LT)
			if e != nil {
				err = e
			}
			return lt
		})
	}
	if err != nil {
		return err
	}
	if reverse {
		slices.Reverse(pairs)
	}
	for i := range pairs {
		items[i] = pairs[i].val
	}
	return nil
}

// numKey is a sort key without pointers: sorting these moves no GC-visible
// pointers (no write barriers), which made int and float sorts 2x faster.
type numKey[K int64 | float64] struct {
	k K
	i int32
}

// sortNumeric sorts when every key is a small int or every key is a float; it
// reports false (and does nothing) otherwise. Same algorithm and stability as
// the general path.
func sortNumeric(items, keys []Value, reverse bool) bool {
	n := len(keys)
	if n > 1<<31-1 {
		return false
	}
	allInt, allFloat := true, true
	for _, k := range keys {
		allInt = allInt && k.IsSmallInt()
		allFloat = allFloat && k.IsFloat()
		if !allInt && !allFloat {
			return false
		}
	}
	var order []int32
	if allInt {
		order = numericOrder(keys, reverse, func(k Value) int64 { return k.small() })
	} else {
		order = numericOrder(keys, reverse, func(k Value) float64 { return k.float() })
	}
	sorted := make([]Value, n)
	for i, j := range order {
		sorted[i] = items[j]
	}
	copy(items, sorted)
	return true
}

// numericOrder is the stable sorted order of keys by conv(key), as indexes.
func numericOrder[K int64 | float64](keys []Value, reverse bool, conv func(Value) K) []int32 {
	ks := make([]numKey[K], len(keys))
	for i, k := range keys {
		ks[i] = numKey[K]{conv(k), int32(i)}
	}
	if reverse {
		slices.Reverse(ks)
	}
	stableSort(ks, func(a, b numKey[K]) bool { return a.k < b.k })
	if reverse {
		slices.Reverse(ks)
	}
	order := make([]int32, len(ks))
	for i, k := range ks {
		order[i] = k.i
	}
	return order
}

// strLess orders strings by code point (generalised UTF-8 byte order matches it
// except for surrogates, which sort by their code point).
func strLess(a, b string) bool { return a < b }

func init() {
	listType.new = listNew
	listType.init = listInit
	listType.repr = listRepr
	listType.hash = unhashable
	listType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		y, ok := b.asList()
		if !ok {
			return pyNotImplemented, nil
		}
		return seqCompare(t, listSelf(a).items, y.items, op)
	}
	listType.getitem = listGetitem
	listType.setitem = listSetitem
	listType.len = func(t *Thread, v Value) (int, *Exception) { return len(listSelf(v).items), nil }
	listType.iter = func(t *Thread, v Value) (Value, *Exception) { return newListIter(listSelf(v)), nil }
	listType.contains = func(t *Thread, v, x Value) (bool, *Exception) {
		l := listSelf(v)
		for i := 0; i < len(l.items); i++ { // a comparison may change the list
			eq, err := keyEq(t, l.items[i], x)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	listType.ownNum().nb[nbAdd] = func(t *Thread, a, b Value) (Value, *Exception) {
		y, ok := b.asList()
		if !ok {
			// CPython's list has only sq_concat, tried after b.__radd__.
			if rf := b.Type().num.nbr[nbAdd]; rf != nil {
				if r, err := rf(t, b, a); err != nil || !r.Is(pyNotImplemented) {
					return r, err
				}
			}
			return Value{}, typeErrorf("can only concatenate list (not \"%s\") to list", typeName(b))
		}
		x := listSelf(a)
		if err := t.checkAlloc(int64(len(x.items))+int64(len(y.items)), valueSize); err != nil {
			return Value{}, err
		}
		out := make([]Value, 0, len(x.items)+len(y.items))
		return NewList(append(append(out, x.items...), y.items...)).Value(), nil
	}
	listType.ownNum().inb[nbAdd] = func(t *Thread, a, b Value) (Value, *Exception) {
		if err := listSelf(a).extend(t, b); err != nil {
			return Value{}, err
		}
		return a, nil
	}
	listType.ownNum().nb[nbMul] = func(t *Thread, a, b Value) (Value, *Exception) {
		return seqRepeat(t, listSelf(a).items, b, func(items []Value) Value { return NewList(items).Value() })
	}
	listType.ownNum().nbr[nbMul] = listType.num.nb[nbMul]
	listType.ownNum().inb[nbMul] = func(t *Thread, a, b Value) (Value, *Exception) {
		r, err := seqRepeat(t, listSelf(a).items, b, func(items []Value) Value { return NewList(items).Value() })
		if err != nil || r.Is(pyNotImplemented) {
			return r, err
		}
		listSelf(a).items = r.list().items
		return a, nil
	}
	listType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			methNoArgs("list.__reversed__", func(t *Thread, self Value) (Value, *Exception) {
				l := listSelf(self)
				return Value{p: unsafe.Pointer(&listIter{Header: Header{typ: listRevIterType}, l: l, i: len(l.items) - 1})}, nil
			}),
			methO("list.append", func(t *Thread, self, x Value) (Value, *Exception) {
				l := listSelf(self)
				l.items = append(l.items, x)
				return pyNone, nil
			}),
			methO("list.extend", func(t *Thread, self, x Value) (Value, *Exception) {
				if x.p == self.p {
					l := listSelf(self)
					l.items = append(l.items, l.items...)
					return pyNone, nil
				}
				return pyNone, listSelf(self).extend(t, x)
			}),
			methN("insert", 2, 2, func(t *Thread, self Value, args []Value) (Value, *Exception) {
				l := listSelf(self)
				i, err := IndexInt(t, args[0], nil)
				if err != nil {
					return Value{}, err
				}
				n := int64(len(l.items))
				if i < 0 {
					i = max(i+n, 0)
				}
				i = min(i, n)
				l.items = slices.Insert(l.items, int(i), args[1])
				return pyNone, nil
			}),
			methN("pop", 0, 1, func(t *Thread, self Value, args []Value) (Value, *Exception) {
				l := listSelf(self)
				i := int64(len(l.items) - 1)
				if len(args) == 1 {
					var err *Exception
					if i, err = IndexInt(t, args[0], nil); err != nil {
						return Value{}, err
					}
					if len(l.items) == 0 {
						return Value{}, Errorf(indexError, "pop from empty list")
					}
					if i < 0 {
						i += int64(len(l.items))
					}
					if i < 0 || i >= int64(len(l.items)) {
						return Value{}, Errorf(indexError, "pop index out of range")
					}
				}
				if len(l.items) == 0 {
					return Value{}, Errorf(indexError, "pop from empty list")
				}
				x := l.items[i]
				l.items = slices.Delete(l.items, int(i), int(i)+1)
				return x, nil
			}),
			methO("list.remove", func(t *Thread, self, x Value) (Value, *Exception) {
				l := listSelf(self)
				for i := 0; i < len(l.items); i++ {
					eq, err := keyEq(t, l.items[i], x)
					if err != nil {
						return Value{}, err
					}
					if eq {
						if i < len(l.items) { // the comparison may have shrunk the list
							l.items = slices.Delete(l.items, i, i+1)
						}
						return pyNone, nil
					}
				}
				return Value{}, Errorf(valueError, "list.remove(x): x not in list")
			}),
			methN("index", 1, 3, func(t *Thread, self Value, args []Value) (Value, *Exception) {
				l := listSelf(self)
				start, stop := int64(0), int64(math.MaxInt64)
				var err *Exception
				if len(args) > 1 {
					if start, err = IndexClamped(t, args[1]); err != nil {
						return Value{}, err
					}
				}
				if len(args) > 2 {
					if stop, err = IndexClamped(t, args[2]); err != nil {
						return Value{}, err
					}
				}
				n := int64(len(l.items))
				if start < 0 {
					start = max(start+n, 0)
				}
				if stop < 0 {
					stop = max(stop+n, 0)
				}
				// The list is read afresh at each step: a comparison may change it.
				for i := start; i < stop && i < int64(len(l.items)); i++ {
					eq, err := keyEq(t, l.items[i], args[0])
					if err != nil {
						return Value{}, err
					}
					if eq {
						return Int(i), nil
					}
				}
				return Value{}, Errorf(valueError, "%s is not in list", reprForIndex(t, args[0]))
			}),
			methO("list.count", func(t *Thread, self, x Value) (Value, *Exception) {
				l := listSelf(self)
				n := 0
				for i := 0; i < len(l.items); i++ { // a comparison may change the list
					eq, err := keyEq(t, l.items[i], x)
					if err != nil {
						return Value{}, err
					}
					if eq {
						n++
					}
				}
				return Int(int64(n)), nil
			}),
			methNoArgs("list.reverse", func(t *Thread, self Value) (Value, *Exception) {
				slices.Reverse(listSelf(self).items)
				return pyNone, nil
			}),
			methNoArgs("list.clear", func(t *Thread, self Value) (Value, *Exception) {
				listSelf(self).items = nil
				return pyNone, nil
			}),
			methNoArgs("list.copy", func(t *Thread, self Value) (Value, *Exception) {
				return NewList(slices.Clone(listSelf(self).items)).Value(), nil
			}),
			&MethodDef{Name: "sort", Fn: func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *Exception) {
				if len(args) > 0 && (kwnames == nil || len(args) > len(kwnames.items)) {
					return Value{}, typeErrorf("sort() takes no positional arguments")
				}
				var out [2]Value
				if err := parseArgs("sort", args, kwnames, []string{"key", "reverse"}, 0, 0, 0, out[:]); err != nil {
					return Value{}, err
				}
				rev := false
				if !out[1].IsNil() {
					b, err := IsTrue(t, out[1])
					if err != nil {
						return Value{}, err
					}
					rev = b
				}
				l := listSelf(self)
				items := l.items
				l.items = nil
				err := sortValues(t, items, out[0], rev)
				if l.items != nil {
					l.items = items
					return Value{}, Errorf(valueError, "list modified during sort")
				}
				l.items = items
				if err != nil {
					return Value{}, err
				}
				return pyNone, nil
			}},
			&MethodDef{Name: "__class_getitem__", Class: true, Fn: genericAlias},
		}
	})
}

func reprForIndex(t *Thread, v Value) string {
	r, err := Repr(t, v)
	if err != nil {
		return "?"
	}
	return r
}

// ListIter iterates over a list, seeing changes made during iteration.
type listIter struct {
	Header
	l *List
	i int
}

var (
	listIterType    = newType("list_iterator", nil, nil)
	listRevIterType = newType("list_reverseiterator", nil, nil)
)

func newListIter(l *List) Value {
	return Value{p: unsafe.Pointer(&listIter{Header: Header{typ: listIterType}, l: l})}
}

func init() {
	listIterType.iter = selfIter
	listIterType.next = func(t *Thread, v Value) (Value, *Exception) {
		it := (*listIter)(v.p)
		if it.l == nil {
			return Value{}, nil
		}
		if it.i < len(it.l.items) {
			x := it.l.items[it.i]
			it.i++
			return x, nil
		}
		it.l = nil
		return Value{}, nil
	}
	listIterType.new = nil
	listIterType.readyLazy(func() []*MethodDef {
		return []*MethodDef{lengthHint(func(v Value) int {
			it := (*listIter)(v.p)
			if it.l == nil {
				return 0
			}
			return max(len(it.l.items)-it.i, 0)
		})}
	})
}

func init() {
	listRevIterType.iter = selfIter
	listRevIterType.next = func(t *Thread, v Value) (Value, *Exception) {
		it := (*listIter)(v.p)
		if it.l == nil {
			return Value{}, nil
		}
		if it.i >= 0 && it.i < len(it.l.items) {
			x := it.l.items[it.i]
			it.i--
			return x, nil
		}
		it.l = nil
		return Value{}, nil
	}
	listRevIterType.readyLazy(func() []*MethodDef {
		return []*MethodDef{lengthHint(func(v Value) int {
			it := (*listIter)(v.p)
			if it.l == nil || it.i >= len(it.l.items) {
				return 0
			}
			return it.i + 1
		})}
	})
}

// seqIter iterates over a fixed slice (tuples and internal uses).
type seqIter struct {
	Header
	items []Value
	i     int
}

// tupleIterType is tuple_iterator.
var tupleIterType = newType("tuple_iterator", nil, nil)

func newSeqIter(items []Value, typ *Type) Value {
	return Value{p: unsafe.Pointer(&seqIter{Header: Header{typ: typ}, items: items})}
}

func seqIterNext(t *Thread, v Value) (Value, *Exception) {
	it := (*seqIter)(v.p)
	if it.i < len(it.items) {
		x := it.items[it.i]
		it.i++
		return x, nil
	}
	it.items = nil
	return Value{}, nil
}

func init() {
	tupleIterType.iter = selfIter
	tupleIterType.next = seqIterNext
	tupleIterType.readyLazy(func() []*MethodDef {
		return []*MethodDef{lengthHint(func(v Value) int { it := (*seqIter)(v.p); return len(it.items) - it.i })}
	})
}

func selfIter(t *Thread, v Value) (Value, *Exception) { return v, nil }

func lengthHint(f func(v Value) int) *MethodDef {
	return methNoArgs("__length_hint__", func(t *Thread, self Value) (Value, *Exception) { return Int(int64(f(self))), nil })
}

func unhashable(t *Thread, v Value) (int64, *Exception) {
	return 0, typeErrorf("unhashable type: '%s'", typeName(v))
}
