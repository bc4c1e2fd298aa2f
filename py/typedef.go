package py

import (
	"slices"
	"unsafe"
)

// TypeDef describes a native type for NewType: the types native modules define
// (time.struct_time's relatives, os.DirEntry, the I/O classes, …). Instances are Go
// structs whose first field is a Header; New allocates them (for the type it is
// given, which may be a Python subclass) and NewObject ties them to that type.
type TypeDef struct {
	// Name is "module.name" (the module part becomes __module__).
	Name string
	Doc  string
	// Base is the base type (nil: object). Instances must use the base's Go struct
	// (or one that starts with it) when the base is not object.
	Base *Type
	// Final types cannot be subclassed (Py_TPFLAGS_BASETYPE unset).
	Final bool
	// Dict gives instances a __dict__ (made on first attribute store).
	Dict bool
	// NoNew types cannot be instantiated from Python (CPython's
	// Py_TPFLAGS_DISALLOW_INSTANTIATION): calling one raises "cannot create
	// 'T' instances", and __new__ is object's, found on the base.
	NoNew bool
	// Weakref lets instances be weakly referenced (CPython's tp_weaklistoffset);
	// subtypes inherit it.
	Weakref bool
	// Methods are the type's methods, class and static methods (MethodDef.Class,
	// Static) and computed attributes (GetSetDef).
	Methods []*MethodDef

	// The slots; nil ones are inherited from Base. New is __new__ (nil on a type
	// that cannot be instantiated from Python and inherits none); Next returns the
	// zero Value and nil when the iterator is exhausted; SetItem deletes when val
	// is zero.
	New      func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception)
	Init     func(t *Thread, self Value, args []Value, kwnames *Tuple) *Exception
	Call     func(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *Exception)
	Repr     func(t *Thread, self Value) (Value, *Exception)
	Str      func(t *Thread, self Value) (Value, *Exception)
	Hash     func(t *Thread, self Value) (int64, *Exception)
	Compare  func(t *Thread, a, b Value, op CompareOp) (Value, *Exception)
	Iter     func(t *Thread, self Value) (Value, *Exception)
	Next     func(t *Thread, self Value) (Value, *Exception)
	Bool     func(t *Thread, self Value) (bool, *Exception)
	Len      func(t *Thread, self Value) (int, *Exception)
	GetItem  func(t *Thread, self, key Value) (Value, *Exception)
	SetItem  func(t *Thread, self, key, val Value) *Exception
	Contains func(t *Thread, self, x Value) (bool, *Exception)
	// Get is __get__ (a descriptor: obj is zero when the attribute is read from
	// the class); Set is __set__, and __delete__ when val is zero.
	Get func(t *Thread, self, obj Value, typ *Type) (Value, *Exception)
	Set func(t *Thread, self, obj, val Value) *Exception
	// GetAttr is __getattribute__ and SetAttr __setattr__/__delattr__ (val zero:
	// delete), for types whose attributes are not the generic ones (GenericGetAttr).
	GetAttr func(t *Thread, self Value, name *Str) (Value, *Exception)
	SetAttr func(t *Thread, self Value, name *Str, val Value) *Exception
	// Buffer exports an instance's memory (the buffer protocol, buffer.go); t
	// is nil when a caller without a thread (AsBuffer) asks.
	Buffer func(t *Thread, self Value) (*Buffer, *Exception)
	// Traverse reports what an instance holds, for the memory limit's walk
	// (Interp.SetLimits): it calls visit with each object the instance refers to
	// and returns the bytes the instance owns besides its Header. Without it, an
	// instance counts as its Header and its contents are not reached.
	Traverse func(self Value, visit func(Value)) int64
}

// NewType builds a native type from def. It is meant for package initialisation:
// the type is shared, immutable from Python, by every interpreter.
func NewType(def *TypeDef) *Type {
	typ := newType(def.Name, def.Base, nil)
	typ.doc = def.Doc
	typ.native = true
	typ.basetype = !def.Final
	typ.hasDict = def.Dict
	typ.hasWeakref = def.Weakref || def.Base != nil && def.Base.hasWeakref
	if def.Base != nil && def.Base != objectType {
		typ.layout = def.Base.layout
		if typ.layout == nil {
			typ.layout = def.Base
		}
	}
	typ.new, typ.init, typ.call = def.New, def.Init, def.Call
	typ.repr, typ.str, typ.hash, typ.richcmp = def.Repr, def.Str, def.Hash, def.Compare
	typ.iter, typ.next, typ.bool, typ.len = def.Iter, def.Next, def.Bool, def.Len
	typ.getitem, typ.setitem, typ.contains = def.GetItem, def.SetItem, def.Contains
	typ.descrGet, typ.descrSet = def.Get, def.Set
	if def.Buffer != nil {
		typ.ownNum().getbuf = def.Buffer
	}
	if def.Traverse != nil {
		typ.natx = &nativeExt{traverse: def.Traverse}
	}
	if def.GetAttr != nil {
		typ.getattr = def.GetAttr
	}
	if def.SetAttr != nil {
		typ.setattr = def.SetAttr
	}
	methods := def.Methods
	if def.Dict && !slices.ContainsFunc(methods, func(m *MethodDef) bool { return m.Name == "__dict__" }) {
		methods = append(methods[:len(methods):len(methods)], getset("__dict__", instanceDictGet, instanceDictSet))
	}
	typ.ready(methods...)
	if def.NoNew {
		typ.new = nil
	}
	return typ
}

// NewExceptionType makes an exception class "module.name" deriving from base (an
// exception type), as PyErr_NewExceptionWithDoc.
func NewExceptionType(name string, base *Type, doc string) *Type {
	t := newType(name, base, nil)
	t.doc = doc
	t.hasDict = true
	t.ready()
	return t
}

// NewObject ties the Go struct whose first field is h to typ and returns it as a
// Python object: obj := &myObj{...}; v := py.NewObject(&obj.Header, typ).
func NewObject(h *Header, typ *Type) Value {
	h.typ = typ
	return Value{p: unsafe.Pointer(h)}
}

// Object returns the Go struct behind v, which must be an instance of a type whose
// instances are *T (check with v.Type().IsSubtype first when it may not be).
func Object[T any](v Value) *T { return (*T)(v.p) }

// SetBinaryOp gives a native type made by NewType the binary operator op, written
// as in Python ("+", "|", "//", …): fn is a.__op__(b), rfn is b.__rop__(a) (called
// as rfn(b, a)) and ifn is a.__iop__(b); nil ones are left undefined. It returns
// typ, and is meant for package initialisation, beside NewType. The type's
// Methods should still list the dunders (__or__, …) for introspection.
func SetBinaryOp(typ *Type, op string, fn, rfn, ifn func(t *Thread, a, b Value) (Value, *Exception)) *Type {
	for i, sym := range nbSymbols {
		if sym == op || i == nbPow && op == "**" {
			n := typ.ownNum()
			n.nb[i], n.nbr[i], n.inb[i] = fn, rfn, ifn
			return typ
		}
	}
	panic("py: SetBinaryOp: no operator " + op)
}

// NewGenericAlias is types.GenericAlias(origin, args): what a __class_getitem__
// returns (os.PathLike[str], os.DirEntry[bytes]); args is one object or a tuple.
func NewGenericAlias(t *Thread, origin, args Value) (Value, *Exception) {
	return genericAlias(t, origin, []Value{args}, nil)
}

// GenericGetAttr is object.__getattribute__ (PyObject_GenericGetAttr): the type's
// descriptors, then the instance's __dict__.
func GenericGetAttr(t *Thread, v Value, name *Str) (Value, *Exception) {
	return genericGetAttr(t, v, name)
}

// GenericSetAttr is object.__setattr__, or __delattr__ when val is zero.
func GenericSetAttr(t *Thread, v Value, name *Str, val Value) *Exception {
	return genericSetAttr(t, v, name, val)
}

// InstanceDict returns the __dict__ of an object whose type gives its instances
// one (nil until made).
func InstanceDict(v Value) *Dict { return v.hdr().dict }

// SetInstanceDict replaces the __dict__ of an object whose type gives its
// instances one (thread-local objects keep one per thread and swap it in).
func SetInstanceDict(v Value, d *Dict) { v.hdr().dict = d }

// SetUnaryOp gives a native type made by NewType the unary operator op: "-"
// (__neg__), "+" (__pos__), "~" (__invert__), "abs" (__abs__), "int" (__int__)
// or "float" (__float__). Like
// SetBinaryOp it is for package initialisation; the type's Methods should list the
// dunder for introspection.
func SetUnaryOp(typ *Type, op string, fn func(t *Thread, v Value) (Value, *Exception)) *Type {
	switch op {
	case "-":
		typ.neg = fn
	case "+":
		typ.pos = fn
	case "~":
		typ.invert = fn
	case "abs":
		typ.abs = fn
	case "int":
		typ.int = fn
	case "float":
		typ.float = fn
	default:
		panic("py: SetUnaryOp: no operator " + op)
	}
	return typ
}

// NewExceptionTypeBases is NewExceptionType for a class with several bases
// (bases[0] is the primary one), as PyErr_NewException given a tuple.
func NewExceptionTypeBases(name, doc string, bases ...*Type) *Type {
	t := newType(name, bases[0], nil)
	t.doc = doc
	t.hasDict = true
	if len(bases) > 1 {
		t.bases = bases
	}
	t.ready()
	return t
}
