package py

// NoneType, NotImplementedType and ellipsis: the types of the singletons.

import "unsafe"

// NoneType and friends.
var (
	noneType           = newType("NoneType", nil, nil)
	notImplementedType = newType("NotImplementedType", nil, nil)
	ellipsisType       = newType("ellipsis", nil, nil)
)

func init() {
	noneObj.typ, notImpl.typ, ellipsis.typ = noneType, notImplementedType, ellipsisType
	noneType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr("None"), nil }
	noneType.bool = func(t *Thread, v Value) (bool, *Exception) { return false, nil }
	noneType.hash = func(t *Thread, v Value) (int64, *Exception) { return hashNone, nil }
	noneType.richcmp = objectRichcmp // so None.__ne__(None) inverts __eq__
	noneType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) > 0 {
			return Value{}, typeErrorf("NoneType takes no arguments")
		}
		return pyNone, nil
	}
	notImplementedType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr("NotImplemented"), nil }
	notImplementedType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) > 0 {
			return Value{}, typeErrorf("NotImplementedType takes no arguments")
		}
		return pyNotImplemented, nil
	}
	ellipsisType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) > 0 {
			return Value{}, typeErrorf("ellipsis takes no arguments")
		}
		return Value{p: unsafe.Pointer(ellipsis)}, nil
	}
	ellipsisType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr("Ellipsis"), nil }
	notImplementedType.bool = func(t *Thread, v Value) (bool, *Exception) {
		return true, t.Warn(deprecationWarning, "NotImplemented should not be used in a boolean context")
	}
	for _, typ := range []*Type{noneType, notImplementedType, ellipsisType} {
		typ.basetype = false
		if typ != noneType {
			// pickled by name (ellipsis_reduce, notimplemented_reduce)
			name := map[*Type]string{notImplementedType: "NotImplemented", ellipsisType: "Ellipsis"}[typ]
			typ.readyLazy(func() []*MethodDef {
				return []*MethodDef{methNoArgs("__reduce__", func(t *Thread, v Value) (Value, *Exception) { return NewStr(name), nil })}
			})
			continue
		}
		typ.ready()
	}
}
