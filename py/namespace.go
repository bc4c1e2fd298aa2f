package py

import (
	"strings"
	"unsafe"
)

// types.SimpleNamespace: an object whose attributes are its __dict__, with a repr
// that lists them ("namespace(a=1, b=2)"), equality by __dict__, __reduce__ and
// __replace__.

// simpleNamespaceType is types.SimpleNamespace.
var simpleNamespaceType = newType("types.SimpleNamespace", nil, nil)

// NewNamespace makes a types.SimpleNamespace whose attributes are names[i] =
// values[i], in that order.
func NewNamespace(names []string, values []Value) Value {
	h := &Header{typ: simpleNamespaceType, dict: NewDict()}
	for i, n := range names {
		h.dict.SetStr(n, values[i])
	}
	return fromHeader(h)
}

func init() {
	ns := simpleNamespaceType
	ns.doc = "A simple attribute-based namespace."
	ns.hasDict = true
	ns.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		return fromHeader(&Header{typ: typ, dict: NewDict()}), nil
	}
	ns.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		d := self.hdr().dict
		if d == nil {
			d = NewDict()
			self.hdr().dict = d
		}
		npos := len(args) - kwLen(kw)
		if npos > 1 {
			return typeErrorf("SimpleNamespace expected at most 1 argument, got %d", npos)
		}
		if npos == 1 {
			tmp := NewDict()
			if err := dictUpdateArgs(t, tmp, "SimpleNamespace", args[:1], nil); err != nil {
				return err
			}
			for _, k := range tmp.Keys() {
				if k.Type().layout != strType {
					return typeErrorf("keywords must be strings")
				}
			}
			if err := dictUpdate(t, d, tmp.Value()); err != nil {
				return err
			}
		}
		for i := 0; i < kwLen(kw); i++ {
			d.setStr(kw.items[i].str(), args[npos+i])
		}
		return nil
	}
	ns.repr = func(t *Thread, v Value) (Value, *Exception) {
		name := "namespace"
		if v.Type() != simpleNamespaceType {
			name = v.Type().QualName
		}
		if t.reprEnter(v) {
			return NewStr(name + "(...)"), nil
		}
		defer t.reprLeave(v)
		var b strings.Builder
		b.WriteString(name + "(")
		first := true
		var err *Exception
		if d := v.hdr().dict; d != nil {
			d.Items(func(k, val Value) bool {
				if k.Type().layout != strType {
					return true
				}
				var r string
				if r, err = Repr(t, val); err != nil {
					return false
				}
				if !first {
					b.WriteString(", ")
				}
				first = false
				b.WriteString(k.str().s + "=" + r)
				return true
			})
		}
		if err != nil {
			return Value{}, err
		}
		b.WriteString(")")
		return NewStr(b.String()), nil
	}
	ns.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if (op != EQ && op != NE) || !b.Type().IsSubtype(simpleNamespaceType) {
			return pyNotImplemented, nil
		}
		da, db := nsDict(a), nsDict(b)
		return RichCompare(t, da.Value(), db.Value(), op)
	}
	ns.ready(
		getset("__dict__", instanceDictGet, instanceDictSet),
		methNoArgs("__reduce__", func(t *Thread, v Value) (Value, *Exception) {
			return NewTuple(TypeValue(v.Type()), NewTuple(), nsDict(v).Value()), nil
		}),
		&MethodDef{Name: "__replace__", Fn: func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
			if len(args) > kwLen(kw) {
				return Value{}, typeErrorf("__replace__() takes no positional arguments")
			}
			r, err := Call(t, TypeValue(v.Type()))
			if err != nil {
				return Value{}, err
			}
			d := nsDict(r)
			if err := dictUpdate(t, d, nsDict(v).Value()); err != nil {
				return Value{}, err
			}
			for i := 0; i < kwLen(kw); i++ {
				d.setStr(kw.items[i].str(), args[i])
			}
			return r, nil
		}},
	)
	ns.hash = nil
}

// nsDict is a namespace's __dict__, made if it has none yet.
func nsDict(v Value) *Dict {
	h := (*Header)(unsafe.Pointer(v.p))
	if h.dict == nil {
		h.dict = NewDict()
	}
	return h.dict
}
