package py

// weakref.proxy: every operation is the referent's, with proxies among the
// operands replaced by their referents; a proxy whose referent is gone raises
// ReferenceError.

import "fmt"

var strDel = newStr("__del__")

func isProxy(v Value) bool {
	typ := v.Type()
	return typ == weakProxyType || typ == weakCallableProxyType
}

// unproxy returns v's referent if v is a proxy, else v.
func unproxy(v Value) (Value, *Exception) {
	if !isProxy(v) {
		return v, nil
	}
	obj := v.weakRef().referent()
	if obj.IsNil() {
		return Value{}, Errorf(referenceError, "weakly-referenced object no longer exists")
	}
	return obj, nil
}

func unproxy2(a, b Value) (Value, Value, *Exception) {
	x, err := unproxy(a)
	if err != nil {
		return Value{}, Value{}, err
	}
	y, err := unproxy(b)
	return x, y, err
}

func proxyUnary(f func(t *Thread, v Value) (Value, *Exception)) unaryFunc {
	return func(t *Thread, v Value) (Value, *Exception) {
		obj, err := unproxy(v)
		if err != nil {
			return Value{}, err
		}
		return f(t, obj)
	}
}

func proxyMethod(name string) *MethodDef {
	return methNoArgs(name, func(t *Thread, v Value) (Value, *Exception) {
		obj, err := unproxy(v)
		if err != nil {
			return Value{}, err
		}
		return CallMethod(t, obj, name)
	})
}

func initProxies() {
	for _, p := range []*Type{weakProxyType, weakCallableProxyType} {
		p.basetype = false
		p.repr = func(t *Thread, v Value) (Value, *Exception) {
			obj := v.weakRef().referent()
			if obj.IsNil() {
				return NewStr(fmt.Sprintf("<weakproxy at %#x; dead>", idOf(v))), nil
			}
			return NewStr(fmt.Sprintf("<weakproxy at %#x; to '%s' at %#x>", idOf(v), obj.Type().tpName(), idOf(obj))), nil
		}
		p.str = proxyUnary(StrV)
		p.getattr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
			obj, err := unproxy(v)
			if err != nil {
				return Value{}, err
			}
			return getAttr(t, obj, name)
		}
		p.setattr = func(t *Thread, v Value, name *Str, val Value) *Exception {
			obj, err := unproxy(v)
			if err != nil {
				return err
			}
			return setAttr(t, obj, name, val)
		}
		p.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
			x, y, err := unproxy2(a, b)
			if err != nil {
				return Value{}, err
			}
			return RichCompare(t, x, y, op)
		}
		p.bool = func(t *Thread, v Value) (bool, *Exception) {
			obj, err := unproxy(v)
			if err != nil {
				return false, err
			}
			return IsTrue(t, obj)
		}
		p.len = func(t *Thread, v Value) (int, *Exception) {
			obj, err := unproxy(v)
			if err != nil {
				return 0, err
			}
			return Len(t, obj)
		}
		p.getitem = func(t *Thread, v, k Value) (Value, *Exception) {
			obj, key, err := unproxy2(v, k)
			if err != nil {
				return Value{}, err
			}
			return GetItem(t, obj, key)
		}
		p.setitem = func(t *Thread, v, k, val Value) *Exception {
			obj, key, err := unproxy2(v, k)
			if err != nil {
				return err
			}
			if val.IsNil() {
				return DelItem(t, obj, key)
			}
			if val, err = unproxy(val); err != nil {
				return err
			}
			return SetItem(t, obj, key, val)
		}
		p.contains = func(t *Thread, v, x Value) (bool, *Exception) {
			obj, item, err := unproxy2(v, x)
			if err != nil {
				return false, err
			}
			return Contains(t, obj, item)
		}
		p.iter = proxyUnary(Iter)
		p.next = func(t *Thread, v Value) (Value, *Exception) {
			obj, err := unproxy(v)
			if err != nil {
				return Value{}, err
			}
			if obj.Type().next == nil {
				return Value{}, typeErrorf("Weakref proxy referenced a non-iterator '%s' object", typeName(obj))
			}
			return obj.Type().next(t, obj)
		}
		num := p.ownNum()
		for op := 0; op < nbCount; op++ {
			num.nb[op] = func(t *Thread, a, b Value) (Value, *Exception) {
				x, y, err := unproxy2(a, b)
				if err != nil {
					return Value{}, err
				}
				return BinaryOp(t, x, y, op)
			}
			num.nbr[op] = reflected(num.nb[op])
			num.inb[op] = func(t *Thread, a, b Value) (Value, *Exception) {
				x, y, err := unproxy2(a, b)
				if err != nil {
					return Value{}, err
				}
				return BinaryOp(t, x, y, op+nbInplace)
			}
		}
		p.neg = proxyUnary(func(t *Thread, v Value) (Value, *Exception) { return UnaryOp(t, v, '-') })
		p.pos = proxyUnary(func(t *Thread, v Value) (Value, *Exception) { return UnaryOp(t, v, '+') })
		p.invert = proxyUnary(func(t *Thread, v Value) (Value, *Exception) { return UnaryOp(t, v, '~') })
		p.abs = proxyUnary(func(t *Thread, v Value) (Value, *Exception) {
			fn, _ := t.interp.builtinsDict.GetStr("abs")
			return Call(t, fn, v)
		})
		p.index = proxyUnary(Index)
		p.int = proxyUnary(func(t *Thread, v Value) (Value, *Exception) { return Call(t, TypeValue(intType), v) })
		p.float = proxyUnary(func(t *Thread, v Value) (Value, *Exception) { return Call(t, TypeValue(floatType), v) })
		divmod := func(name string, swap bool) *MethodDef {
			return methO(name, func(t *Thread, a, b Value) (Value, *Exception) {
				x, y, err := unproxy2(a, b)
				if err != nil {
					return Value{}, err
				}
				if swap {
					x, y = y, x
				}
				fn, _ := t.interp.builtinsDict.GetStr("divmod")
				return Call(t, fn, x, y)
			})
		}
		p.readyLazy(func() []*MethodDef {
			return []*MethodDef{proxyMethod("__bytes__"), proxyMethod("__reversed__"),
				divmod("__divmod__", false), divmod("__rdivmod__", true)}
		})
	}
	weakCallableProxyType.call = func(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
		obj, err := unproxy(self)
		if err != nil {
			return Value{}, err
		}
		return CallKw(t, obj, args, kw)
	}
}
