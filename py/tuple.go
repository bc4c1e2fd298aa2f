package py

import (
	"math"
	"strings"
	"unsafe"
)

// Tuple is a Python tuple.
type Tuple struct {
	Header
	items []Value
}

// tupleType is tuple.
var tupleType = newType("tuple", nil, nil)

var emptyTuple = &Tuple{Header: Header{typ: tupleType}}

func newTuple(items []Value) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{Header: Header{typ: tupleType}, items: items}
}

// NewTuple returns a tuple of the given items (the slice is kept).
func NewTuple(items ...Value) Value { return newTuple(items).Value() }

// Value returns the tuple as a Value.
func (t *Tuple) Value() Value { return Value{p: unsafe.Pointer(t)} }

// Items returns the tuple's items.
func (t *Tuple) Items() []Value { return t.items }

func (v Value) tuple() *Tuple { return (*Tuple)(v.p) }

// tupleItems returns the items of a tuple or tuple subclass instance.
func (v Value) tupleItems() ([]Value, bool) {
	if v.p == nil {
		return nil, false
	}
	if t := v.Type(); t == tupleType || t.layout == tupleType {
		return v.tuple().items, true
	}
	return nil, false
}

func seqRepr(t *Thread, open, close string, items []Value) (string, *Exception) {
	var b strings.Builder
	b.WriteString(open)
	for i, x := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(t, x)
		if err != nil {
			return "", err
		}
		b.WriteString(r)
	}
	b.WriteString(close)
	return b.String(), nil
}

func tupleRepr(t *Thread, v Value) (Value, *Exception) {
	items, _ := v.tupleItems()
	if len(items) == 0 {
		return NewStr("()"), nil
	}
	if t.reprEnter(v) {
		return NewStr("(...)"), nil
	}
	defer t.reprLeave(v)
	close := ")"
	if len(items) == 1 {
		close = ",)"
	}
	s, err := seqRepr(t, "(", close, items)
	if err != nil {
		return Value{}, err
	}
	return NewStr(s), nil
}

func tupleHashSlot(t *Thread, v Value) (int64, *Exception) {
	items, _ := v.tupleItems()
	hs := make([]int64, len(items))
	for i, x := range items {
		h, err := Hash(t, x)
		if err != nil {
			return 0, err
		}
		hs[i] = h
	}
	return tupleHash(hs), nil
}

// seqCompare is the rich comparison of two item sequences (tuples, lists).
func seqCompare(t *Thread, a, b []Value, op CompareOp) (Value, *Exception) {
	if (op == EQ || op == NE) && len(a) != len(b) {
		return Bool(op == NE), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := keyEq(t, a[i], b[i])
		if err != nil {
			return Value{}, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		la, lb := len(a), len(b)
		var r bool
		switch op {
		case LT:
			r = la < lb
		case LE:
			r = la <= lb
		case EQ:
			r = la == lb
		case NE:
			r = la != lb
		case GT:
			r = la > lb
		case GE:
			r = la >= lb
		}
		return Bool(r), nil
	}
	switch op {
	case EQ:
		return pyFalse, nil
	case NE:
		return pyTrue, nil
	}
	return RichCompare(t, a[i], b[i], op)
}

func tupleRichcmp(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
	x, _ := a.tupleItems()
	y, ok := b.tupleItems()
	if !ok {
		return pyNotImplemented, nil
	}
	return seqCompare(t, x, y, op)
}

func tupleGetitem(t *Thread, v, key Value) (Value, *Exception) {
	items, _ := v.tupleItems()
	if key.Type() == sliceType {
		start, stop, step, n, err := key.slice().indices(t, len(items))
		if err != nil {
			return Value{}, err
		}
		if step == 1 && start == 0 && n == len(items) && v.Type() == tupleType {
			return v, nil
		}
		return NewTuple(sliceItems(items, start, stop, step, n)...), nil
	}
	i, err := seqIndex(t, key, len(items), "tuple")
	if err != nil {
		return Value{}, err
	}
	return items[i], nil
}

// sliceItems copies the items a slice selects.
func sliceItems(items []Value, start, stop, step, n int) []Value {
	out := make([]Value, n)
	if step == 1 {
		copy(out, items[start:start+n])
		return out
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out[i] = items[j]
	}
	return out
}

// indexValue is an index as an integer, with CPython's messages for a sequence.
func indexValue(t *Thread, key Value, what string) (int64, *Exception) {
	if key.IsSmallInt() || key.isBool() {
		return key.small(), nil
	}
	if key.Type().index == nil {
		if what == "string" {
			return 0, typeErrorf("string indices must be integers, not '%s'", typeName(key))
		}
		return 0, typeErrorf("%s indices must be integers or slices, not %s", what, typeName(key))
	}
	i, err := IndexInt(t, key, indexError)
	if err != nil && err.Matches(indexError) {
		return 0, Errorf(indexError, "cannot fit '%s' into an index-sized integer", typeName(key))
	}
	return i, err
}

// seqIndex converts an index for a sequence of length n, with CPython's messages.
func seqIndex(t *Thread, key Value, n int, what string) (int, *Exception) {
	i, err := indexValue(t, key, what)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(n)
	}
	if i < 0 || i >= int64(n) {
		return 0, Errorf(indexError, "%s index out of range", what)
	}
	return int(i), nil
}

func tupleNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
	if err := noKwargs("tuple", kwnames); err != nil && typ == tupleType {
		return Value{}, err
	}
	if err := checkArgs("tuple", args, 0, 1); err != nil {
		return Value{}, err
	}
	var items []Value
	if len(args) == 1 {
		if typ == tupleType && args[0].Type() == tupleType {
			return args[0], nil
		}
		var err *Exception
		items, err = ToSlice(t, args[0])
		if err != nil {
			return Value{}, err
		}
	}
	if typ == tupleType {
		return NewTuple(items...), nil
	}
	return Value{p: unsafe.Pointer(&Tuple{Header: Header{typ: typ}, items: items})}, nil
}

func init() {
	tupleType.new = tupleNew
	tupleType.repr = tupleRepr
	tupleType.hash = tupleHashSlot
	tupleType.richcmp = tupleRichcmp
	tupleType.getitem = tupleGetitem
	tupleType.len = func(t *Thread, v Value) (int, *Exception) { items, _ := v.tupleItems(); return len(items), nil }
	tupleType.iter = func(t *Thread, v Value) (Value, *Exception) {
		items, _ := v.tupleItems()
		return newSeqIter(items, tupleIterType), nil
	}
	tupleType.contains = func(t *Thread, v, x Value) (bool, *Exception) {
		items, _ := v.tupleItems()
		return seqContains(t, items, x)
	}
	tupleType.ownNum().nb[nbAdd] = func(t *Thread, a, b Value) (Value, *Exception) {
		x, _ := a.tupleItems()
		y, ok := b.tupleItems()
		if !ok {
			// CPython's tuple has only sq_concat, tried after b.__radd__.
			if rf := b.Type().num.nbr[nbAdd]; rf != nil {
				if r, err := rf(t, b, a); err != nil || !r.Is(pyNotImplemented) {
					return r, err
				}
			}
			return Value{}, typeErrorf("can only concatenate tuple (not \"%s\") to tuple", typeName(b))
		}
		if err := t.checkAlloc(int64(len(x))+int64(len(y)), valueSize); err != nil {
			return Value{}, err
		}
		out := make([]Value, 0, len(x)+len(y))
		return NewTuple(append(append(out, x...), y...)...), nil
	}
	tupleType.ownNum().nb[nbMul] = func(t *Thread, a, b Value) (Value, *Exception) {
		x, _ := a.tupleItems()
		return seqRepeat(t, x, b, func(items []Value) Value { return NewTuple(items...) })
	}
	tupleType.ownNum().nbr[nbMul] = tupleType.num.nb[nbMul]
	tupleType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			methO("tuple.count", func(t *Thread, self, x Value) (Value, *Exception) {
				items, _ := self.tupleItems()
				return seqCount(t, items, x)
			}),
			methN("index", 1, 3, func(t *Thread, self Value, args []Value) (Value, *Exception) {
				items, _ := self.tupleItems()
				return seqIndexOf(t, items, args, "tuple.index(x): x not in tuple")
			}),
			methNoArgs("tuple.__getnewargs__", func(t *Thread, self Value) (Value, *Exception) {
				items, _ := self.tupleItems()
				return NewTuple(NewTuple(items...)), nil
			}),
			&MethodDef{Name: "__class_getitem__", Class: true, Fn: genericAlias},
		}
	})
}

func seqContains(t *Thread, items []Value, x Value) (bool, *Exception) {
	for i := 0; i < len(items); i++ {
		eq, err := keyEq(t, items[i], x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func seqCount(t *Thread, items []Value, x Value) (Value, *Exception) {
	n := 0
	for i := 0; i < len(items); i++ {
		eq, err := keyEq(t, items[i], x)
		if err != nil {
			return Value{}, err
		}
		if eq {
			n++
		}
	}
	return Int(int64(n)), nil
}

func seqIndexOf(t *Thread, items []Value, args []Value, msg string) (Value, *Exception) {
	start, stop := 0, len(items)
	var err *Exception
	if len(args) > 1 {
		if start, err = sliceIndexArg(t, args[1], len(items)); err != nil {
			return Value{}, err
		}
	}
	if len(args) > 2 {
		if stop, err = sliceIndexArg(t, args[2], len(items)); err != nil {
			return Value{}, err
		}
	}
	for i := start; i < stop && i < len(items); i++ {
		eq, err := keyEq(t, items[i], args[0])
		if err != nil {
			return Value{}, err
		}
		if eq {
			return Int(int64(i)), nil
		}
	}
	return Value{}, Errorf(valueError, "%s", msg)
}

// sliceIndexArg converts a start/stop argument the way index() methods do: negative
// counts from the end, then clamped to [0, n].
func sliceIndexArg(t *Thread, v Value, n int) (int, *Exception) {
	i, err := IndexClamped(t, v)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(n)
		if i < 0 {
			i = 0
		}
	}
	if i > int64(n) {
		i = int64(n)
	}
	return int(i), nil
}

func seqRepeat(t *Thread, items []Value, count Value, mk func([]Value) Value) (Value, *Exception) {
	if count.Type().index == nil {
		return pyNotImplemented, nil
	}
	n, err := IndexInt(t, count, overflowError)
	if err != nil {
		return Value{}, err
	}
	if n <= 0 || len(items) == 0 {
		return mk(nil), nil
	}
	if n > math.MaxInt64/int64(len(items)) {
		return Value{}, NewException(memoryError)
	}
	if err := t.checkAlloc(int64(len(items))*n, valueSize); err != nil {
		return Value{}, err
	}
	out := make([]Value, 0, int64(len(items))*n)
	for i := int64(0); i < n; i++ {
		out = append(out, items...)
	}
	return mk(out), nil
}
