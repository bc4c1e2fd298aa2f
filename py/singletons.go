package py

// NoneType, NotImplementedType and ellipsis: the types of the singletons.

import "unsafe"

// NoneType and friends.
var (
	NoneType           = newType("NoneType", nil, nil)
	NotImplementedType = newType("NotImplementedType", nil, nil)
	EllipsisType       = newType("ellipsis", nil, nil)
)

func init() {
	noneObj.typ, notImpl.typ, ellipsis.typ = NoneType, NotImplementedType, EllipsisType
	NoneType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr("None"), nil }
	NoneType.bool = func(t *Thread, v Value) (bool, *Exception) { return false, nil }
	NoneType.hash = func(t *Thread, v Value) (int64, *Exception) { return hashNone, nil }
	NoneType.richcmp = objectRichcmp // so None.__ne__(None) inverts __eq__
	NoneType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) > 0 {
			return Value{}, typeErrorf("NoneType takes no arguments")
		}
		return None, nil
	}
	NotImplementedType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr("NotImplemented"), nil }
	NotImplementedType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) > 0 {
			return Value{}, typeErrorf("NotImplementedType takes no arguments")
		}
		return NotImplemented, nil
	}
	EllipsisType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		if len(args) > 0 {
			return Value{}, typeErrorf("ellipsis takes no arguments")
		}
		return Value{p: unsafe.Pointer(ellipsis)}, nil
	}
	EllipsisType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr("Ellipsis"), nil }
	NotImplementedType.bool = func(t *Thread, v Value) (bool, *Exception) {
		return true, t.Warn(DeprecationWarning, "NotImplemented should not be used in a boolean context")
	}
	for _, typ := range []*Type{NoneType, NotImplementedType, EllipsisType} {
		typ.basetype = false
		if typ != NoneType {
			// pickled by name (ellipsis_reduce, notimplemented_reduce)
			name := map[*Type]string{NotImplementedType: "NotImplemented", EllipsisType: "Ellipsis"}[typ]
			typ.readyLazy(func() []*MethodDef {
				return []*MethodDef{methNoArgs("__reduce__", func(t *Thread, v Value) (Value, *Exception) { return NewStr(name), nil })}
			})
			continue
		}
		typ.ready()
	}
}
