package py

import (
	"fmt"
	"math"
	"math/big"
	"unsafe"
)

// rangeObject is a range object. Bounds and length that fit in int64 use the int64
// fields; otherwise big holds them (and the int64 fields are unused).
type rangeObject struct {
	Header
	start, stop, step, n int64
	big                  *bigRange
}

type bigRange struct{ start, stop, step, n *big.Int }

// bigRangeIter is longrange_iterator.
type bigRangeIter struct {
	Header
	cur, step, left *big.Int
}

type rangeIter struct {
	Header
	next, step, n int64
}

// slice is a slice object.
type slice struct {
	Header
	start, stop, step Value
}

var (
	rangeType         = newType("range", nil, nil)
	rangeIterType     = newType("range_iterator", nil, nil)
	longRangeIterType = newType("longrange_iterator", nil, nil)
	sliceType         = newType("slice", nil, nil)
)

func (v Value) rangeObj() *rangeObject { return (*rangeObject)(v.p) }
func (v Value) slice() *slice          { return (*slice)(v.p) }

// newSlice makes a slice object.
func newSlice(start, stop, step Value) Value {
	return Value{p: unsafe.Pointer(&slice{Header: Header{typ: sliceType}, start: start, stop: stop, step: step})}
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

// bigRangeLen is the item count of range(start, stop, step) in big ints.
func bigRangeLen(start, stop, step *big.Int) *big.Int {
	n := new(big.Int)
	switch step.Sign() {
	case 1:
		if start.Cmp(stop) < 0 {
			n.Sub(stop, start).Sub(n, bigOne).Quo(n, step).Add(n, bigOne)
		}
	case -1:
		if start.Cmp(stop) > 0 {
			d := new(big.Int).Neg(step)
			n.Sub(start, stop).Sub(n, bigOne).Quo(n, d).Add(n, bigOne)
		}
	}
	return n
}

var bigOne = big.NewInt(1)

// makeRange builds a range from big bounds, on the int64 path when it can.
func makeRange(start, stop, step *big.Int) Value {
	n := bigRangeLen(start, stop, step)
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && n.IsInt64() {
		return newRange(start.Int64(), stop.Int64(), step.Int64())
	}
	return Value{p: unsafe.Pointer(&rangeObject{Header: Header{typ: rangeType}, big: &bigRange{start, stop, step, n}})}
}

// bounds returns the range's start, stop, step and length as big ints.
func (r *rangeObject) bounds() (start, stop, step, n *big.Int) {
	if r.big != nil {
		return r.big.start, r.big.stop, r.big.step, r.big.n
	}
	return big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step), big.NewInt(r.n)
}

func bigOf2(v Value) *big.Int { return new(big.Int).Set(bigOf(v)) }

// bigSliceIndices is slice.indices for a length that may not fit in int64.
func (s *slice) bigIndices(t *Thread, n *big.Int) (start, stop, step *big.Int, err *Exception) {
	step = big.NewInt(1)
	if !s.step.IsNone() {
		v, err := sliceIndexValue(t, s.step)
		if err != nil {
			return nil, nil, nil, err
		}
		step = bigOf2(v)
		if step.Sign() == 0 {
			return nil, nil, nil, Errorf(valueError, "slice step cannot be zero")
		}
	}
	lower, upper := big.NewInt(0), new(big.Int).Set(n)
	if step.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Sub(n, bigOne)
	}
	clamp := func(v Value, dflt *big.Int) (*big.Int, *Exception) {
		if v.IsNone() {
			return dflt, nil
		}
		x, err := sliceIndexValue(t, v)
		if err != nil {
			return nil, err
		}
		i := bigOf2(x)
		if i.Sign() < 0 {
			i.Add(i, n)
			if i.Cmp(lower) < 0 {
				i.Set(lower)
			}
		} else if i.Cmp(upper) > 0 {
			i.Set(upper)
		}
		return i, nil
	}
	d1, d2 := lower, upper
	if step.Sign() < 0 {
		d1, d2 = upper, lower
	}
	if start, err = clamp(s.start, d1); err != nil {
		return nil, nil, nil, err
	}
	if stop, err = clamp(s.stop, d2); err != nil {
		return nil, nil, nil, err
	}
	return start, stop, step, nil
}

func sliceIndexValue(t *Thread, v Value) (Value, *Exception) {
	if v.Type().index == nil && !v.IsSmallInt() {
		return Value{}, typeErrorf("slice indices must be integers or None or have an __index__ method")
	}
	return Index(t, v)
}

func newRange(start, stop, step int64) Value {
	return Value{p: unsafe.Pointer(&rangeObject{Header: Header{typ: rangeType}, start: start, stop: stop, step: step, n: rangeLen(start, stop, step)})}
}

// indices computes slice.indices(n): start, stop, step and the item count.
func (s *slice) indices(t *Thread, n int) (int, int, int, int, *Exception) {
	start, stop, step, err := s.unpack(t)
	if err != nil {
		return 0, 0, 0, 0, err
	}
	i, j, cnt := adjustIndices(start, stop, step, n)
	return i, j, int(step), cnt, nil
}

// unpack is PySlice_Unpack: the slice's step, start and stop as integers (calling
// their __index__ in that order), a missing start or stop as the extreme of its
// direction. adjustIndices then fits them to a length: a mutable sequence takes its
// length after the __index__ calls, which may have changed it.
func (s *slice) unpack(t *Thread) (start, stop, step int64, err *Exception) {
	step = 1
	if !s.step.IsNone() {
		if step, err = sliceArg(t, s.step); err != nil {
			return
		}
		if step == 0 {
			return 0, 0, 0, Errorf(valueError, "slice step cannot be zero")
		}
	}
	if s.start.IsNone() {
		start = 0
		if step < 0 {
			start = math.MaxInt64
		}
	} else if start, err = sliceArg(t, s.start); err != nil {
		return
	}
	if s.stop.IsNone() {
		stop = math.MaxInt64
		if step < 0 {
			stop = math.MinInt64
		}
	} else if stop, err = sliceArg(t, s.stop); err != nil {
		return
	}
	return
}

// adjustIndices is PySlice_AdjustIndices: start and stop clamped to a sequence of
// length n, and the number of items the slice selects.
func adjustIndices(start, stop, step int64, n int) (int, int, int) {
	ln := int64(n)
	clamp := func(i int64) int64 {
		if i < 0 {
			if i += ln; i < 0 {
				if step < 0 {
					return -1
				}
				return 0
			}
		} else if i >= ln {
			if step < 0 {
				return ln - 1
			}
			return ln
		}
		return i
	}
	start, stop = clamp(start), clamp(stop)
	return int(start), int(stop), int(rangeLen(start, stop, step))
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

func init() {
	rangeType.basetype = false
	rangeType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs("range", kw); err != nil {
			return Value{}, err
		}
		switch {
		case len(args) == 0:
			return Value{}, typeErrorf("range expected at least 1 argument, got 0")
		case len(args) > 3:
			return Value{}, typeErrorf("range expected at most 3 arguments, got %d", len(args))
		}
		var a [3]*big.Int
		small := true
		var sa [3]int64
		for i, x := range args {
			if x.IsSmallInt() {
				sa[i] = x.small()
				continue
			}
			v, err := Index(t, x)
			if err != nil {
				return Value{}, err
			}
			if n, ok := AsInt64(v); ok {
				sa[i] = n
				continue
			}
			small = false
			a[i] = bigOf2(v)
		}
		if len(args) == 3 && small && sa[2] == 0 || len(args) == 3 && a[2] != nil && a[2].Sign() == 0 {
			return Value{}, Errorf(valueError, "range() arg 3 must not be zero")
		}
		for i := range a {
			if a[i] == nil {
				a[i] = big.NewInt(sa[i])
			}
		}
		switch len(args) {
		case 1:
			return makeRange(big.NewInt(0), a[0], big.NewInt(1)), nil
		case 2:
			return makeRange(a[0], a[1], big.NewInt(1)), nil
		}
		return makeRange(a[0], a[1], a[2]), nil
	}
	rangeType.repr = func(t *Thread, v Value) (Value, *Exception) {
		r := v.rangeObj()
		if r.big != nil {
			b := r.big
			if b.step.Cmp(bigOne) == 0 {
				return NewStr(fmt.Sprintf("range(%s, %s)", b.start, b.stop)), nil
			}
			return NewStr(fmt.Sprintf("range(%s, %s, %s)", b.start, b.stop, b.step)), nil
		}
		if r.step == 1 {
			return NewStr(fmt.Sprintf("range(%d, %d)", r.start, r.stop)), nil
		}
		return NewStr(fmt.Sprintf("range(%d, %d, %d)", r.start, r.stop, r.step)), nil
	}
	rangeType.len = func(t *Thread, v Value) (int, *Exception) {
		r := v.rangeObj()
		if r.big != nil {
			if !r.big.n.IsInt64() {
				return 0, Errorf(overflowError, "Python int too large to convert to C ssize_t")
			}
			return int(r.big.n.Int64()), nil
		}
		return int(r.n), nil
	}
	rangeType.bool = func(t *Thread, v Value) (bool, *Exception) {
		r := v.rangeObj()
		if r.big != nil {
			return r.big.n.Sign() != 0, nil
		}
		return r.n != 0, nil
	}
	rangeType.iter = func(t *Thread, v Value) (Value, *Exception) {
		r := v.rangeObj()
		if r.big != nil {
			b := r.big
			return Value{p: unsafe.Pointer(&bigRangeIter{Header: Header{typ: longRangeIterType}, cur: new(big.Int).Set(b.start), step: b.step, left: new(big.Int).Set(b.n)})}, nil
		}
		return Value{p: unsafe.Pointer(&rangeIter{Header: Header{typ: rangeIterType}, next: r.start, step: r.step, n: r.n})}, nil
	}
	rangeType.contains = func(t *Thread, v, x Value) (bool, *Exception) {
		r := v.rangeObj()
		if r.big != nil || x.Type().layout == intType && !x.IsSmallInt() {
			if x.Type().layout != intType {
				return rangeContainsSlow(t, r, x)
			}
			start, stop, step, n := r.bounds()
			if n.Sign() == 0 {
				return false, nil
			}
			i := bigOf(x)
			if step.Sign() > 0 && (i.Cmp(start) < 0 || i.Cmp(stop) >= 0) || step.Sign() < 0 && (i.Cmp(start) > 0 || i.Cmp(stop) <= 0) {
				return false, nil
			}
			d := new(big.Int).Sub(i, start)
			return d.Rem(d, step).Sign() == 0, nil
		}
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
		return rangeContainsSlow(t, r, x)
	}
	rangeType.getitem = func(t *Thread, v, key Value) (Value, *Exception) {
		r := v.rangeObj()
		if key.Type() == sliceType {
			rs, _, rstep, n := r.bounds()
			start, stop, step, err := key.slice().bigIndices(t, n)
			if err != nil {
				return Value{}, err
			}
			// As CPython: the slice's own indices mapped through the range.
			ns := new(big.Int).Mul(start, rstep)
			ns.Add(ns, rs)
			ne := new(big.Int).Mul(stop, rstep)
			ne.Add(ne, rs)
			return makeRange(ns, ne, new(big.Int).Mul(rstep, step)), nil
		}
		if r.big != nil || key.Type().layout == intType && !key.IsSmallInt() {
			if key.Type().index == nil {
				return Value{}, typeErrorf("range indices must be integers or slices, not %s", typeName(key))
			}
			iv, err := Index(t, key)
			if err != nil {
				return Value{}, err
			}
			start, _, step, n := r.bounds()
			i := bigOf2(iv)
			if i.Sign() < 0 {
				i.Add(i, n)
			}
			if i.Sign() < 0 || i.Cmp(n) >= 0 {
				return Value{}, Errorf(indexError, "range object index out of range")
			}
			return NewBigInt(i.Mul(i, step).Add(i, start)), nil
		}
		i, err := seqIndex(t, key, int(r.n), "range object")
		if err != nil {
			return Value{}, err
		}
		return Int(r.start + int64(i)*r.step), nil
	}
	rangeType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if b.Type() != rangeType || (op != EQ && op != NE) {
			return pyNotImplemented, nil
		}
		x, y := a.rangeObj(), b.rangeObj()
		if x.big != nil || y.big != nil {
			xs, _, xst, xn := x.bounds()
			ys, _, yst, yn := y.bounds()
			eq := xn.Cmp(yn) == 0 && (xn.Sign() == 0 || xs.Cmp(ys) == 0 && (xn.Cmp(bigOne) == 0 || xst.Cmp(yst) == 0))
			return Bool(eq == (op == EQ)), nil
		}
		eq := x.n == y.n && (x.n == 0 || x.start == y.start && (x.n == 1 || x.step == y.step))
		return Bool(eq == (op == EQ)), nil
	}
	rangeType.hash = func(t *Thread, v Value) (int64, *Exception) {
		r := v.rangeObj()
		if r.big != nil {
			b := r.big
			hn, _ := Hash(t, NewBigInt(b.n))
			hs := []int64{hn, hashNone, hashNone}
			if b.n.Sign() != 0 {
				hs[1], _ = Hash(t, NewBigInt(b.start))
				if b.n.Cmp(bigOne) != 0 {
					hs[2], _ = Hash(t, NewBigInt(b.step))
				}
			}
			return tupleHash(hs), nil
		}
		hs := []int64{intHash(r.n), intHash(r.start), intHash(r.step)}
		if r.n == 0 {
			hs[1], hs[2] = hashNone, hashNone
		} else if r.n == 1 {
			hs[2] = hashNone
		}
		return tupleHash(hs), nil
	}
	rangeType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			methNoArgs("range.__reduce__", func(t *Thread, self Value) (Value, *Exception) {
				parts := make([]Value, 3)
				for i, name := range []string{"start", "stop", "step"} {
					v, err := GetAttrS(t, self, name)
					if err != nil {
						return Value{}, err
					}
					parts[i] = v
				}
				return NewTuple(TypeValue(rangeType), NewTuple(parts...)), nil
			}),
			methNoArgs("range.__reversed__", func(t *Thread, self Value) (Value, *Exception) {
				r := self.rangeObj()
				if r.big != nil {
					b := r.big
					last := new(big.Int).Sub(b.n, bigOne)
					last.Mul(last, b.step).Add(last, b.start)
					return Value{p: unsafe.Pointer(&bigRangeIter{Header: Header{typ: longRangeIterType}, cur: last, step: new(big.Int).Neg(b.step), left: new(big.Int).Set(b.n)})}, nil
				}
				last := r.start + (r.n-1)*r.step
				return Value{p: unsafe.Pointer(&rangeIter{Header: Header{typ: rangeIterType}, next: last, step: -r.step, n: r.n})}, nil
			}),
			getset("start", func(t *Thread, v Value) (Value, *Exception) {
				s, _, _, _ := v.rangeObj().bounds()
				return NewBigInt(s), nil
			}, nil),
			getset("stop", func(t *Thread, v Value) (Value, *Exception) {
				_, s, _, _ := v.rangeObj().bounds()
				return NewBigInt(s), nil
			}, nil),
			getset("step", func(t *Thread, v Value) (Value, *Exception) {
				_, _, s, _ := v.rangeObj().bounds()
				return NewBigInt(s), nil
			}, nil),
			methO("range.count", func(t *Thread, self, x Value) (Value, *Exception) {
				in, err := rangeType.contains(t, self, x)
				if in {
					return Int(1), err
				}
				return Int(0), err
			}),
			methO("range.index", func(t *Thread, self, x Value) (Value, *Exception) {
				r := self.rangeObj()
				in, err := rangeType.contains(t, self, x)
				if err != nil {
					return Value{}, err
				}
				if !in {
					s, _ := Repr(t, x)
					return Value{}, Errorf(valueError, "%s is not in range", s)
				}
				if x.Type().layout != intType {
					// found by equality: count the position
					start, _, step, n := r.bounds()
					for i := new(big.Int); i.Cmp(n) < 0; i.Add(i, bigOne) {
						e := new(big.Int).Mul(i, step)
						eq, err := keyEq(t, NewBigInt(e.Add(e, start)), x)
						if err != nil {
							return Value{}, err
						}
						if eq {
							return NewBigInt(i), nil
						}
					}
				}
				if r.big == nil && x.IsSmallInt() {
					return Int((x.small() - r.start) / r.step), nil
				}
				start, _, step, _ := r.bounds()
				d := new(big.Int).Sub(bigOf(x), start)
				return NewBigInt(d.Quo(d, step)), nil
			}),
		}
	})

	rangeIterType.iter = selfIter
	rangeIterType.next = func(t *Thread, v Value) (Value, *Exception) {
		it := (*rangeIter)(v.p)
		if it.n <= 0 {
			return Value{}, nil
		}
		x := it.next
		it.next += it.step
		it.n--
		return Int(x), nil
	}
	rangeIterType.readyLazy(func() []*MethodDef {
		return []*MethodDef{lengthHint(func(v Value) int { return int((*rangeIter)(v.p).n) })}
	})
	longRangeIterType.iter = selfIter
	longRangeIterType.next = func(t *Thread, v Value) (Value, *Exception) {
		it := (*bigRangeIter)(v.p)
		if it.left.Sign() <= 0 {
			return Value{}, nil
		}
		x := new(big.Int).Set(it.cur)
		it.cur.Add(it.cur, it.step)
		it.left.Sub(it.left, bigOne)
		return NewBigInt(x), nil
	}
	longRangeIterType.readyLazy(func() []*MethodDef {
		return []*MethodDef{methNoArgs("__length_hint__", func(t *Thread, v Value) (Value, *Exception) {
			return NewBigInt(new(big.Int).Set((*bigRangeIter)(v.p).left)), nil
		})}
	})

	sliceType.basetype = false
	sliceType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs("slice", kw); err != nil {
			return Value{}, err
		}
		switch len(args) {
		case 1:
			return newSlice(pyNone, args[0], pyNone), nil
		case 2:
			return newSlice(args[0], args[1], pyNone), nil
		case 3:
			return newSlice(args[0], args[1], args[2]), nil
		case 0:
			return Value{}, typeErrorf("slice expected at least 1 argument, got 0")
		}
		return Value{}, typeErrorf("slice expected at most 3 arguments, got %d", len(args))
	}
	sliceType.repr = func(t *Thread, v Value) (Value, *Exception) {
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
	sliceType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if b.Type() != sliceType {
			return pyNotImplemented, nil
		}
		x, y := a.slice(), b.slice()
		return seqCompare(t, []Value{x.start, x.stop, x.step}, []Value{y.start, y.stop, y.step}, op)
	}
	sliceType.hash = func(t *Thread, v Value) (int64, *Exception) {
		s := v.slice()
		return tupleHashSlot(t, NewTuple(s.start, s.stop, s.step))
	}
	sliceType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("start", func(t *Thread, v Value) (Value, *Exception) { return v.slice().start, nil }, nil),
			getset("stop", func(t *Thread, v Value) (Value, *Exception) { return v.slice().stop, nil }, nil),
			getset("step", func(t *Thread, v Value) (Value, *Exception) { return v.slice().step, nil }, nil),
			methO("slice.indices", func(t *Thread, self, n Value) (Value, *Exception) {
				ln, err := IndexInt(t, n, nil)
				if err != nil {
					return Value{}, err
				}
				if ln < 0 {
					return Value{}, Errorf(valueError, "length should not be negative")
				}
				a, b, c, _, err := self.slice().indices(t, int(ln))
				if err != nil {
					return Value{}, err
				}
				return NewTuple(Int(int64(a)), Int(int64(b)), Int(int64(c))), nil
			}),
			methNoArgs("slice.__reduce__", func(t *Thread, v Value) (Value, *Exception) {
				s := v.slice()
				return NewTuple(TypeValue(sliceType), NewTuple(s.start, s.stop, s.step)), nil
			}),
		}
	})
}

const hashNone = 0xFCA86420 // None's hash is its address in CPython; any constant works here

// rangeContainsSlow is "x in r" for non-int x: equality with each item.
func rangeContainsSlow(t *Thread, r *rangeObject, x Value) (bool, *Exception) {
	start, _, step, n := r.bounds()
	for i := new(big.Int); i.Cmp(n) < 0; i.Add(i, bigOne) {
		e := new(big.Int).Mul(i, step)
		eq, err := keyEq(t, NewBigInt(e.Add(e, start)), x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}
