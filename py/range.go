package py

import (
	"fmt"
	"unsafe"
)

// Range is a range object (int64 bounds; huge ranges are not supported yet).
type Range struct {
	Header
	start, stop, step, n int64
}

type rangeIter struct {
	Header
	next, step, n int64
}

// Slice is a slice object.
type Slice struct {
	Header
	start, stop, step Value
}

var (
	RangeType     = newType("range", nil, nil)
	RangeIterType = newType("range_iterator", nil, nil)
	SliceType     = newType("slice", nil, nil)
)

func (v Value) rangeObj() *Range { return (*Range)(v.p) }
func (v Value) slice() *Slice    { return (*Slice)(v.p) }

// NewSlice makes a slice object.
func NewSlice(start, stop, step Value) Value {
	return Value{p: unsafe.Pointer(&Slice{Header: Header{typ: SliceType}, start: start, stop: stop, step: step})}
}

func rangeLen(start, stop, step int64) int64 {
	if step > 0 && start < stop {
		return (stop-start-1)/step + 1
	}
	if step < 0 && start > stop {
		return (start-stop-1)/(-step) + 1
	}
	return 0
}

func newRange(start, stop, step int64) Value {
	return Value{p: unsafe.Pointer(&Range{Header: Header{typ: RangeType}, start: start, stop: stop, step: step, n: rangeLen(start, stop, step)})}
}

// indices computes slice.indices(n): start, stop, step and the item count.
func (s *Slice) indices(t *Thread, n int) (int, int, int, int, *Exception) {
	step := int64(1)
	if !s.step.IsNone() {
		st, err := sliceArg(t, s.step)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		if st == 0 {
			return 0, 0, 0, 0, Errorf(ValueError, "slice step cannot be zero")
		}
		step = st
	}
	ln := int64(n)
	var start, stop int64
	if step < 0 {
		start, stop = ln-1, -1
	} else {
		start, stop = 0, ln
	}
	clamp := func(v Value, def int64) (int64, *Exception) {
		if v.IsNone() {
			return def, nil
		}
		i, err := sliceArg(t, v)
		if err != nil {
			return 0, err
		}
		if i < 0 {
			i += ln
			if i < 0 {
				if step < 0 {
					i = -1
				} else {
					i = 0
				}
			}
		} else if i >= ln {
			if step < 0 {
				i = ln - 1
			} else {
				i = ln
			}
		}
		return i, nil
	}
	var err *Exception
	if start, err = clamp(s.start, start); err != nil {
		return 0, 0, 0, 0, err
	}
	if stop, err = clamp(s.stop, stop); err != nil {
		return 0, 0, 0, 0, err
	}
	cnt := rangeLen(start, stop, step)
	return int(start), int(stop), int(step), int(cnt), nil
}

func sliceArg(t *Thread, v Value) (int64, *Exception) {
	if v.IsSmallInt() || v.isBool() {
		return v.small(), nil
	}
	if v.Type().index == nil {
		return 0, typeErrorf("slice indices must be integers or None or have an __index__ method")
	}
	r, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	if s, ok := AsInt64(r); ok {
		return s, nil
	}
	if intCompare(r, Int(0)) < 0 {
		return -1 << 62, nil
	}
	return 1 << 62, nil
}

func rangeArg(t *Thread, v Value) (int64, *Exception) {
	if v.IsSmallInt() {
		return v.small(), nil
	}
	r, err := Index(t, v)
	if err != nil {
		return 0, err
	}
	s, ok := AsInt64(r)
	if !ok {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return s, nil
}

func init() {
	RangeType.basetype = false
	RangeType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs("range", kw); err != nil {
			return Value{}, err
		}
		var a [3]int64
		for i, x := range args {
			if i >= 3 {
				break
			}
			v, err := rangeArg(t, x)
			if err != nil {
				return Value{}, err
			}
			a[i] = v
		}
		switch len(args) {
		case 0:
			return Value{}, typeErrorf("range expected at least 1 argument, got 0")
		case 1:
			return newRange(0, a[0], 1), nil
		case 2:
			return newRange(a[0], a[1], 1), nil
		case 3:
			if a[2] == 0 {
				return Value{}, Errorf(ValueError, "range() arg 3 must not be zero")
			}
			return newRange(a[0], a[1], a[2]), nil
		}
		return Value{}, typeErrorf("range expected at most 3 arguments, got %d", len(args))
	}
	RangeType.repr = func(t *Thread, v Value) (Value, *Exception) {
		r := v.rangeObj()
		if r.step == 1 {
			return NewStr(fmt.Sprintf("range(%d, %d)", r.start, r.stop)), nil
		}
		return NewStr(fmt.Sprintf("range(%d, %d, %d)", r.start, r.stop, r.step)), nil
	}
	RangeType.len = func(t *Thread, v Value) (int, *Exception) { return int(v.rangeObj().n), nil }
	RangeType.bool = func(t *Thread, v Value) (bool, *Exception) { return v.rangeObj().n != 0, nil }
	RangeType.iter = func(t *Thread, v Value) (Value, *Exception) {
		r := v.rangeObj()
		return Value{p: unsafe.Pointer(&rangeIter{Header: Header{typ: RangeIterType}, next: r.start, step: r.step, n: r.n})}, nil
	}
	RangeType.contains = func(t *Thread, v, x Value) (bool, *Exception) {
		r := v.rangeObj()
		if x.IsSmallInt() || x.isBool() {
			i := x.small()
			if r.n == 0 {
				return false, nil
			}
			if r.step > 0 && (i < r.start || i >= r.stop) || r.step < 0 && (i > r.start || i <= r.stop) {
				return false, nil
			}
			return (i-r.start)%r.step == 0, nil
		}
		found := false
		for i := int64(0); i < r.n; i++ {
			eq, err := keyEq(t, Int(r.start+i*r.step), x)
			if err != nil {
				return false, err
			}
			if eq {
				found = true
				break
			}
		}
		return found, nil
	}
	RangeType.getitem = func(t *Thread, v, key Value) (Value, *Exception) {
		r := v.rangeObj()
		if key.Type() == SliceType {
			start, stop, step, _, err := key.slice().indices(t, int(r.n))
			if err != nil {
				return Value{}, err
			}
			// As CPython: the slice's own indices mapped through the range.
			return newRange(r.start+int64(start)*r.step, r.start+int64(stop)*r.step, r.step*int64(step)), nil
		}
		i, err := seqIndex(t, key, int(r.n), "range object")
		if err != nil {
			return Value{}, err
		}
		return Int(r.start + int64(i)*r.step), nil
	}
	RangeType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if b.Type() != RangeType || (op != EQ && op != NE) {
			return NotImplemented, nil
		}
		x, y := a.rangeObj(), b.rangeObj()
		eq := x.n == y.n && (x.n == 0 || x.start == y.start && (x.n == 1 || x.step == y.step))
		return Bool(eq == (op == EQ)), nil
	}
	RangeType.hash = func(t *Thread, v Value) (int64, *Exception) {
		r := v.rangeObj()
		hs := []int64{intHash(r.n), intHash(r.start), intHash(r.step)}
		if r.n == 0 {
			hs[1], hs[2] = hashNone, hashNone
		} else if r.n == 1 {
			hs[2] = hashNone
		}
		return tupleHash(hs), nil
	}
	RangeType.ready(
		methNoArgs("range.__reversed__", func(t *Thread, self Value) (Value, *Exception) {
			r := self.rangeObj()
			last := r.start + (r.n-1)*r.step
			return Value{p: unsafe.Pointer(&rangeIter{Header: Header{typ: RangeIterType}, next: last, step: -r.step, n: r.n})}, nil
		}),
		getset("start", func(t *Thread, v Value) (Value, *Exception) { return Int(v.rangeObj().start), nil }, nil),
		getset("stop", func(t *Thread, v Value) (Value, *Exception) { return Int(v.rangeObj().stop), nil }, nil),
		getset("step", func(t *Thread, v Value) (Value, *Exception) { return Int(v.rangeObj().step), nil }, nil),
		methO("range.count", func(t *Thread, self, x Value) (Value, *Exception) {
			in, err := RangeType.contains(t, self, x)
			if in {
				return Int(1), err
			}
			return Int(0), err
		}),
		methO("range.index", func(t *Thread, self, x Value) (Value, *Exception) {
			r := self.rangeObj()
			in, err := RangeType.contains(t, self, x)
			if err != nil {
				return Value{}, err
			}
			if !in || !(x.IsSmallInt() || x.isBool()) {
				s, _ := Repr(t, x)
				return Value{}, Errorf(ValueError, "%s is not in range", s)
			}
			return Int((x.small() - r.start) / r.step), nil
		}),
	)

	RangeIterType.iter = selfIter
	RangeIterType.next = func(t *Thread, v Value) (Value, *Exception) {
		it := (*rangeIter)(v.p)
		if it.n <= 0 {
			return Value{}, nil
		}
		x := it.next
		it.next += it.step
		it.n--
		return Int(x), nil
	}
	RangeIterType.ready(lengthHint(func(v Value) int { return int((*rangeIter)(v.p).n) }))

	SliceType.basetype = false
	SliceType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs("slice", kw); err != nil {
			return Value{}, err
		}
		switch len(args) {
		case 1:
			return NewSlice(None, args[0], None), nil
		case 2:
			return NewSlice(args[0], args[1], None), nil
		case 3:
			return NewSlice(args[0], args[1], args[2]), nil
		case 0:
			return Value{}, typeErrorf("slice expected at least 1 argument, got 0")
		}
		return Value{}, typeErrorf("slice expected at most 3 arguments, got %d", len(args))
	}
	SliceType.repr = func(t *Thread, v Value) (Value, *Exception) {
		s := v.slice()
		a, err := Repr(t, s.start)
		if err != nil {
			return Value{}, err
		}
		b, err := Repr(t, s.stop)
		if err != nil {
			return Value{}, err
		}
		c, err := Repr(t, s.step)
		if err != nil {
			return Value{}, err
		}
		return NewStr("slice(" + a + ", " + b + ", " + c + ")"), nil
	}
	SliceType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if b.Type() != SliceType {
			return NotImplemented, nil
		}
		x, y := a.slice(), b.slice()
		return seqCompare(t, []Value{x.start, x.stop, x.step}, []Value{y.start, y.stop, y.step}, op)
	}
	SliceType.hash = func(t *Thread, v Value) (int64, *Exception) {
		s := v.slice()
		return tupleHashSlot(t, NewTuple(s.start, s.stop, s.step))
	}
	SliceType.ready(
		getset("start", func(t *Thread, v Value) (Value, *Exception) { return v.slice().start, nil }, nil),
		getset("stop", func(t *Thread, v Value) (Value, *Exception) { return v.slice().stop, nil }, nil),
		getset("step", func(t *Thread, v Value) (Value, *Exception) { return v.slice().step, nil }, nil),
		methO("slice.indices", func(t *Thread, self, n Value) (Value, *Exception) {
			ln, err := IndexInt(t, n, nil)
			if err != nil {
				return Value{}, err
			}
			if ln < 0 {
				return Value{}, Errorf(ValueError, "length should not be negative")
			}
			a, b, c, _, err := self.slice().indices(t, int(ln))
			if err != nil {
				return Value{}, err
			}
			return NewTuple(Int(int64(a)), Int(int64(b)), Int(int64(c))), nil
		}),
	)
}

const hashNone = 0xFCA86420 // None's hash is its address in CPython; any constant works here
