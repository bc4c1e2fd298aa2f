package py

// The builtin iterator types: enumerate, zip, map, filter, reversed, and the
// iterators over a __getitem__ sequence and over a callable with a sentinel.

import "unsafe"

type funcIter struct {
	Header
	next func(t *Thread) (Value, *Exception)
}

var (
	enumerateType = newType("enumerate", nil, nil)
	zipType       = newType("zip", nil, nil)
	mapType       = newType("map", nil, nil)
	filterType    = newType("filter", nil, nil)
	reversedType  = newType("reversed", nil, nil)
	seqIterType   = newType("iterator", nil, nil)
	callIterType  = newType("callable_iterator", nil, nil)
)

func newFuncIter(typ *Type, next func(t *Thread) (Value, *Exception)) Value {
	return Value{p: unsafe.Pointer(&funcIter{Header: Header{typ: typ}, next: next})}
}

func funcIterNext(t *Thread, v Value) (Value, *Exception) { return (*funcIter)(v.p).next(t) }

func newSeqGetitemIter(seq Value) Value {
	i := int64(0)
	done := false
	return newFuncIter(seqIterType, func(t *Thread) (Value, *Exception) {
		if done {
			return Value{}, nil
		}
		r, err := GetItem(t, seq, Int(i))
		if err != nil {
			if err.Matches(indexError) || err.Matches(stopIterationExc) {
				done = true
				return Value{}, nil
			}
			return Value{}, err
		}
		i++
		return r, nil
	})
}

func init() {
	for _, it := range []*Type{enumerateType, zipType, mapType, filterType, reversedType, seqIterType, callIterType} {
		it.iter = selfIter
		it.next = funcIterNext
	}
	enumerateType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		var a [2]Value
		if err := parseArgs("enumerate", args, kw, []string{"iterable", "start"}, 0, 1, -1, a[:]); err != nil {
			return Value{}, err
		}
		it, err := Iter(t, a[0])
		if err != nil {
			return Value{}, err
		}
		n := Int(0)
		if !a[1].IsNil() {
			if n, err = Index(t, a[1]); err != nil {
				return Value{}, err
			}
		}
		return newFuncIter(typ, func(t *Thread) (Value, *Exception) {
			x, err := Next(t, it)
			if err != nil || x.IsNil() {
				return Value{}, err
			}
			r := NewTuple(n, x)
			if n.IsSmallInt() && n.small() < 1<<62 {
				n = Int(n.small() + 1)
			} else {
				n, _ = intArith(t, nbAdd, n, Int(1))
			}
			return r, nil
		}), nil
	}
	zipType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		strict := false
		if kw != nil {
			for i, k := range kw.items {
				if k.str().s != "strict" {
					return Value{}, typeErrorf("zip() got an unexpected keyword argument '%s'", k.str().s)
				}
				b, err := IsTrue(t, args[len(args)-len(kw.items)+i])
				if err != nil {
					return Value{}, err
				}
				strict = b
			}
			args = args[:len(args)-len(kw.items)]
		}
		its := make([]Value, len(args))
		for i, a := range args {
			it, err := Iter(t, a)
			if err != nil {
				return Value{}, err
			}
			its[i] = it
		}
		done := false
		return newFuncIter(typ, func(t *Thread) (Value, *Exception) {
			if done || len(its) == 0 {
				return Value{}, nil
			}
			items := make([]Value, len(its))
			for i, it := range its {
				x, err := Next(t, it)
				if err != nil {
					return Value{}, err
				}
				if x.IsNil() {
					done = true
					if strict {
						if i > 0 {
							s := "s 1-" + itoa(i)
							if i == 1 {
								s = " 1"
							}
							return Value{}, Errorf(valueError, "zip() argument %d is shorter than argument%s", i+1, s)
						}
						for j := 1; j < len(its); j++ {
							y, err := Next(t, its[j])
							if err != nil {
								return Value{}, err
							}
							if !y.IsNil() {
								s := "s 1-" + itoa(j)
								if j == 1 {
									s = " 1"
								}
								return Value{}, Errorf(valueError, "zip() argument %d is longer than argument%s", j+1, s)
							}
						}
					}
					return Value{}, nil
				}
				items[i] = x
			}
			return NewTuple(items...), nil
		}), nil
	}
	mapType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs("map", kw); err != nil {
			return Value{}, err
		}
		if len(args) < 2 {
			return Value{}, typeErrorf("map() must have at least two arguments.")
		}
		fn := args[0]
		its := make([]Value, len(args)-1)
		for i, a := range args[1:] {
			it, err := Iter(t, a)
			if err != nil {
				return Value{}, err
			}
			its[i] = it
		}
		return newFuncIter(typ, func(t *Thread) (Value, *Exception) {
			items := make([]Value, len(its))
			for i, it := range its {
				x, err := Next(t, it)
				if err != nil || x.IsNil() {
					return Value{}, err
				}
				items[i] = x
			}
			return CallKw(t, fn, items, nil)
		}), nil
	}
	filterType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs("filter", kw); err != nil {
			return Value{}, err
		}
		if err := checkArgs("filter", args, 2, 2); err != nil {
			return Value{}, err
		}
		fn := args[0]
		it, err := Iter(t, args[1])
		if err != nil {
			return Value{}, err
		}
		return newFuncIter(typ, func(t *Thread) (Value, *Exception) {
			for {
				x, err := Next(t, it)
				if err != nil || x.IsNil() {
					return Value{}, err
				}
				keep := x
				if !fn.IsNone() {
					if keep, err = Call(t, fn, x); err != nil {
						return Value{}, err
					}
				}
				b, err := IsTrue(t, keep)
				if err != nil {
					return Value{}, err
				}
				if b {
					return x, nil
				}
			}
		}), nil
	}
	reversedType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if err := noKwargs("reversed", kw); err != nil {
			return Value{}, err
		}
		if err := checkArgs("reversed", args, 1, 1); err != nil {
			return Value{}, err
		}
		seq := args[0]
		if r, found, err := lookupSpecial(t, seq, "__reversed__"); err != nil {
			return Value{}, err
		} else if found {
			if r.IsNone() {
				return Value{}, typeErrorf("'%s' object is not reversible", typeName(seq))
			}
			return Call(t, r)
		}
		if seq.Type().getitem == nil || seq.Type().len == nil || seq.Type().layout == dictType {
			return Value{}, typeErrorf("'%s' object is not reversible", typeName(seq))
		}
		n, err := Len(t, seq)
		if err != nil {
			return Value{}, err
		}
		i := n - 1
		return newFuncIter(typ, func(t *Thread) (Value, *Exception) {
			if i < 0 {
				return Value{}, nil
			}
			x, err := GetItem(t, seq, Int(int64(i)))
			i--
			if err != nil {
				if err.Matches(indexError) {
					i = -1
					return Value{}, nil
				}
				return Value{}, err
			}
			return x, nil
		}), nil
	}
	for _, it := range []*Type{enumerateType, zipType, mapType, filterType, reversedType, seqIterType, callIterType} {
		if it == enumerateType {
			it.ready(&MethodDef{Name: "__class_getitem__", Class: true, Fn: genericAlias})
			continue
		}
		it.ready()
	}
}
