package py

// What the gc module reports about objects. Go's collector does the work; these
// answer as CPython's cycle collector would for the common types.

// gcAtomic reports whether CPython's collector never tracks v: numbers, strings,
// bytes, None and the like hold no references it could follow.
func gcAtomic(v Value) bool {
	if v.IsNil() {
		return true
	}
	switch v.Type() {
	case intType, boolType, floatType, complexType, strType, bytesType, noneType, notImplementedType, ellipsisType:
		return true
	}
	return false
}

// GCTracked is gc.is_tracked(v): false for atomic objects, for a dict holding only
// atomic keys and values, and for a tuple of atomic items (which CPython untracks);
// true for every other object (lists, sets, instances, functions, types, …).
func GCTracked(v Value) bool {
	if gcAtomic(v) {
		return false
	}
	switch l := v.Type().layout; {
	case l == tupleType:
		items, _ := v.tupleItems()
		for _, x := range items {
			if GCTracked(x) {
				return true
			}
		}
		return false
	case l == dictType:
		tracked := false
		v.dictObj().Items(func(k, x Value) bool {
			tracked = GCTracked(k) || GCTracked(x)
			return !tracked
		})
		return tracked
	}
	return true
}

// GCReferents is gc.get_referents for one object: the objects CPython's traverse
// function of its type visits, in that order (a list's and a tuple's items from the
// last, a dict's values — and keys, unless all are str —, a set's items); nothing
// for the other types.
func GCReferents(v Value) []Value {
	if gcAtomic(v) {
		return nil
	}
	var out []Value
	switch l := v.Type().layout; l {
	case listType, tupleType:
		var items []Value
		if l == listType {
			items = v.list().items
		} else {
			items, _ = v.tupleItems()
		}
		for i := len(items) - 1; i >= 0; i-- {
			out = append(out, items[i])
		}
	case dictType:
		strKeys := true
		v.dictObj().Items(func(k, x Value) bool {
			strKeys = k.Type() == strType
			return strKeys
		})
		v.dictObj().Items(func(k, x Value) bool {
			out = append(out, x)
			if !strKeys {
				out = append(out, k)
			}
			return true
		})
	case setType, frozenSetType:
		out = append(out, v.setObj().items()...)
	}
	return out
}
