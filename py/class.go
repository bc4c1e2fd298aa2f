package py

import (
	"fmt"
	"unsafe"
)

// Heap types (classes made by class statements) get generic slots that call the
// dunder methods found along their MRO, as CPython's slot_* functions do.

func callDunder(t *Thread, typ *Type, name *Str, self Value, args ...Value) (Value, bool, *Exception) {
	d := typ.lookup(name)
	if d.IsNil() {
		return Value{}, false, nil
	}
	r, err := callMethodDescr(t, d, self, args...)
	return r, true, err
}

func dunderName(s string) *Str { return newStr(s) }

var (
	dnRepr             = dunderName("__repr__")
	dnStr              = dunderName("__str__")
	dnHash             = dunderName("__hash__")
	dnIter             = dunderName("__iter__")
	dnNext             = dunderName("__next__")
	dnBool             = dunderName("__bool__")
	dnLen              = dunderName("__len__")
	dnGetitem          = dunderName("__getitem__")
	dnSetitem          = dunderName("__setitem__")
	dnDelitem          = dunderName("__delitem__")
	dnContains         = dunderName("__contains__")
	dnGet              = dunderName("__get__")
	dnSet              = dunderName("__set__")
	dnDelete           = dunderName("__delete__")
	dnGetattribute     = dunderName("__getattribute__")
	dnSetattr          = dunderName("__setattr__")
	dnDelattr          = dunderName("__delattr__")
	dnIndex            = dunderName("__index__")
	dnInt              = dunderName("__int__")
	dnFloat            = dunderName("__float__")
	dnNeg              = dunderName("__neg__")
	dnPos              = dunderName("__pos__")
	dnInvert           = dunderName("__invert__")
	dnAbs              = dunderName("__abs__")
	dnCmp              [6]*Str
	dnNb, dnNbr, dnNbi [nbCount]*Str
)

func init() {
	for i, n := range cmpDunders {
		dnCmp[i] = newStr(n)
	}
	for i, n := range nbNames {
		dnNb[i] = newStr("__" + n + "__")
		dnNbr[i] = newStr("__r" + n + "__")
		dnNbi[i] = newStr("__i" + n + "__")
	}
}

// definer returns the first class along t's MRO whose dict has name (nil if none).
func definer(t *Type, names ...*Str) *Type {
	for _, m := range t.mro {
		for _, n := range names {
			if _, ok := m.dict().getStr(n); ok {
				return m
			}
		}
	}
	return nil
}

// fixupSlots sets t's slots from the dunders along its MRO: a slot defined by a heap
// class calls the dunder; one defined by a builtin class is that class's own slot.
func fixupSlots(t *Type) {
	pick := func(names ...*Str) (*Type, bool) {
		d := definer(t, names...)
		return d, d != nil && d.heap
	}
	if d, heap := pick(strNew); heap {
		t.new = slotNew
	} else if d != nil {
		t.new = d.new
	}
	_, t.hasDel = pick(strDel)
	if d, heap := pick(strInit); heap {
		t.init = slotInit
	} else if d != nil {
		t.init = d.init
	}
	if d, heap := pick(strCall); heap {
		t.call = slotCall
	} else if d != nil {
		t.call = d.call
	} else {
		t.call = nil
	}
	t.repr = unarySlot(t, dnRepr, func(b *Type) unaryFunc { return b.repr })
	t.str = unarySlot(t, dnStr, func(b *Type) unaryFunc { return b.str })
	t.iter = unarySlot(t, dnIter, func(b *Type) unaryFunc { return b.iter })
	if d := definer(t, dnIter); d != nil && d.heap {
		if v, _ := d.dict().getStr(dnIter); v.IsNone() { // __iter__ = None: not iterable
			t.iter = iterBlocked
		}
	}
	if d, heap := pick(dnNext); heap {
		t.next = slotNext
	} else if d != nil {
		t.next = d.next
	} else {
		t.next = nil
	}
	if d, heap := pick(dnHash); heap {
		if v, _ := d.dict().getStr(dnHash); v.IsNone() {
			t.hash = nil
		} else {
			t.hash = slotHash
		}
	} else if d != nil {
		t.hash = d.hash
		if v, _ := d.dict().getStr(dnHash); v.IsNone() {
			t.hash = nil
		}
	}
	if d, heap := pick(dnCmp[:]...); heap {
		t.richcmp = slotRichcmp
	} else if d != nil {
		t.richcmp = d.richcmp
	}
	if d, heap := pick(dnBool); heap {
		t.bool = slotBool
	} else if d != nil {
		t.bool = d.bool
	} else {
		t.bool = nil
	}
	if d, heap := pick(dnLen); heap {
		t.len = slotLen
	} else if d != nil {
		t.len = d.len
	} else {
		t.len = nil
	}
	t.getitem = binarySlot(t, dnGetitem, func(b *Type) binaryFunc { return b.getitem })
	if d, heap := pick(dnSetitem, dnDelitem); heap {
		t.setitem = slotSetitem
	} else if d != nil {
		t.setitem = d.setitem
	} else {
		t.setitem = nil
	}
	if d, heap := pick(dnContains); heap {
		t.contains = slotContains
	} else if d != nil {
		t.contains = d.contains
	} else {
		t.contains = nil
	}
	if d, heap := pick(dnGet); heap {
		t.descrGet = slotDescrGet
	} else if d != nil {
		t.descrGet = d.descrGet
	} else {
		t.descrGet = nil
	}
	if d, heap := pick(dnSet, dnDelete); heap {
		t.descrSet = slotDescrSet
	} else if d != nil {
		t.descrSet = d.descrSet
	} else {
		t.descrSet = nil
	}
	ga, gaHeap := pick(dnGetattribute)
	_, hookHeap := pick(strGetattr)
	switch {
	case gaHeap || hookHeap:
		t.getattr = slotGetattrHook
	case ga != nil:
		t.getattr = ga.getattr
	}
	if d, heap := pick(dnSetattr, dnDelattr); heap {
		t.setattr = slotSetattr
	} else if d != nil {
		t.setattr = d.setattr
	}
	for op := 0; op < nbCount; op++ {
		t.ownNum().nb[op] = binarySlot(t, dnNb[op], func(b *Type) binaryFunc { return b.num.nb[op] })
		t.ownNum().nbr[op] = binarySlot(t, dnNbr[op], func(b *Type) binaryFunc { return b.num.nbr[op] })
		t.ownNum().inb[op] = binarySlot(t, dnNbi[op], func(b *Type) binaryFunc { return b.num.inb[op] })
	}
	t.neg = unarySlot(t, dnNeg, func(b *Type) unaryFunc { return b.neg })
	t.pos = unarySlot(t, dnPos, func(b *Type) unaryFunc { return b.pos })
	t.invert = unarySlot(t, dnInvert, func(b *Type) unaryFunc { return b.invert })
	t.abs = unarySlot(t, dnAbs, func(b *Type) unaryFunc { return b.abs })
	t.index = unarySlot(t, dnIndex, func(b *Type) unaryFunc { return b.index })
	t.int = unarySlot(t, dnInt, func(b *Type) unaryFunc { return b.int })
	t.float = unarySlot(t, dnFloat, func(b *Type) unaryFunc { return b.float })
	for _, s := range t.subclasses() {
		fixupSlots(s)
	}
}

// iterBlocked is the iter slot of a class that sets __iter__ = None: it
// must refuse iteration even when __getitem__ would allow the old protocol.
func iterBlocked(_ *Thread, v Value) (Value, *Exception) {
	return Value{}, typeErrorf("'%s' object is not iterable", typeName(v))
}

func unarySlot(t *Type, name *Str, own func(*Type) unaryFunc) unaryFunc {
	d := definer(t, name)
	if d == nil {
		return nil
	}
	if !d.heap {
		return own(d)
	}
	return func(th *Thread, v Value) (Value, *Exception) {
		r, _, err := callDunder(th, v.Type(), name, v)
		return r, err
	}
}

func binarySlot(t *Type, name *Str, own func(*Type) binaryFunc) binaryFunc {
	d := definer(t, name)
	if d == nil {
		return nil
	}
	if !d.heap {
		return own(d)
	}
	return func(th *Thread, a, b Value) (Value, *Exception) {
		r, found, err := callDunder(th, a.Type(), name, a, b)
		if !found && err == nil {
			return pyNotImplemented, nil
		}
		return r, err
	}
}

func slotNew(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
	f := typ.lookup(strNew)
	if f.Type() == staticMethodType {
		f = (*staticMethod)(f.p).f
	}
	all := make([]Value, 0, len(args)+1)
	all = append(append(all, TypeValue(typ)), args...)
	return CallKw(t, f, all, kwnames)
}

func slotInit(t *Thread, self Value, args []Value, kwnames *Tuple) *Exception {
	d := self.Type().lookup(strInit)
	var r Value
	var err *Exception
	if d.Type() == functionType {
		all := make([]Value, 0, len(args)+1)
		all = append(append(all, self), args...)
		r, err = t.callFunction(d.function(), all, kwnames)
	} else {
		f, e := bindDescr(t, d, self, self.Type())
		if e != nil {
			return e
		}
		r, err = CallKw(t, f, args, kwnames)
	}
	if err != nil {
		return err
	}
	if !r.IsNone() {
		return typeErrorf("__init__() should return None, not '%s'", typeName(r))
	}
	return nil
}

func slotCall(t *Thread, self Value, args []Value, kwnames *Tuple) (Value, *Exception) {
	d := self.Type().lookup(strCall)
	if d.Type() == functionType {
		all := make([]Value, 0, len(args)+1)
		all = append(append(all, self), args...)
		return t.callFunction(d.function(), all, kwnames)
	}
	f, err := bindDescr(t, d, self, self.Type())
	if err != nil {
		return Value{}, err
	}
	return CallKw(t, f, args, kwnames)
}

func slotNext(t *Thread, v Value) (Value, *Exception) {
	r, _, err := callDunder(t, v.Type(), dnNext, v)
	// A bare StopIteration is plain exhaustion; one carrying a value is kept, since
	// yield from and await return that value.
	if err != nil && err.typ == stopIterationExc && err.field(0).IsNone() {
		return Value{}, nil
	}
	return r, err
}

func slotHash(t *Thread, v Value) (int64, *Exception) {
	r, _, err := callDunder(t, v.Type(), dnHash, v)
	if err != nil {
		return 0, err
	}
	if !r.isInt() {
		return 0, typeErrorf("__hash__ method should return an integer")
	}
	s, b, ok := intParts(r)
	if ok {
		if s == -1 {
			return -2, nil
		}
		return s, nil
	}
	return bigHash(b), nil
}

func slotRichcmp(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
	typ := a.Type()
	d := typ.lookup(dnCmp[op])
	if d.IsNil() {
		return pyNotImplemented, nil
	}
	if d.Type() == wrapperDescrType {
		if ow := d.methodDescr().owner; ow.richcmp != nil {
			return ow.richcmp(t, a, b, op)
		}
	}
	return callMethodDescr(t, d, a, b)
}

func slotBool(t *Thread, v Value) (bool, *Exception) {
	r, _, err := callDunder(t, v.Type(), dnBool, v)
	if err != nil {
		return false, err
	}
	if !r.isBool() {
		return false, typeErrorf("__bool__ should return bool, returned %s", typeName(r))
	}
	return r.n != 0, nil
}

func slotLen(t *Thread, v Value) (int, *Exception) {
	r, _, err := callDunder(t, v.Type(), dnLen, v)
	if err != nil {
		return 0, err
	}
	if !r.isInt() {
		if r.Type().index == nil {
			return 0, typeErrorf("'%s' object cannot be interpreted as an integer", typeName(r))
		}
		if r, err = Index(t, r); err != nil {
			return 0, err
		}
	}
	n, ok := AsInt64(r)
	if !ok {
		return 0, Errorf(overflowError, "cannot fit 'int' into an index-sized integer")
	}
	if n < 0 {
		return 0, Errorf(valueError, "__len__() should return >= 0")
	}
	return int(n), nil
}

func slotSetitem(t *Thread, v, key, val Value) *Exception {
	var err *Exception
	var found bool
	if val.IsNil() {
		_, found, err = callDunder(t, v.Type(), dnDelitem, v, key)
		if !found && err == nil {
			return Errorf(attributeError, "__delitem__")
		}
	} else {
		_, found, err = callDunder(t, v.Type(), dnSetitem, v, key, val)
		if !found && err == nil {
			return Errorf(attributeError, "__setitem__")
		}
	}
	return err
}

func slotContains(t *Thread, v, x Value) (bool, *Exception) {
	d := v.Type().lookup(dnContains)
	if d.IsNone() {
		return false, typeErrorf("'%s' object is not a container", typeName(v))
	}
	r, err := callMethodDescr(t, d, v, x)
	if err != nil {
		return false, err
	}
	return IsTrue(t, r)
}

func slotDescrGet(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
	o := obj
	if o.IsNil() {
		o = pyNone
	}
	tv := pyNone
	if typ != nil {
		tv = TypeValue(typ)
	}
	r, _, err := callDunder(t, d.Type(), dnGet, d, o, tv)
	return r, err
}

func slotDescrSet(t *Thread, d, obj, val Value) *Exception {
	if val.IsNil() {
		_, found, err := callDunder(t, d.Type(), dnDelete, d, obj)
		if !found && err == nil {
			return Errorf(attributeError, "__delete__")
		}
		return err
	}
	_, found, err := callDunder(t, d.Type(), dnSet, d, obj, val)
	if !found && err == nil {
		return Errorf(attributeError, "__set__")
	}
	return err
}

func slotGetattrHook(t *Thread, v Value, name *Str) (Value, *Exception) {
	typ := v.Type()
	ga := typ.lookup(dnGetattribute)
	var r Value
	var err *Exception
	if ga.Type() == wrapperDescrType && ga.methodDescr().owner.getattr != nil && ga.methodDescr().owner != typ {
		r, err = ga.methodDescr().owner.getattr(t, v, name)
	} else {
		r, err = callMethodDescr(t, ga, v, strOf(name))
	}
	if err == nil || !err.Matches(attributeError) {
		return r, err
	}
	hook := typ.lookup(strGetattr)
	if hook.IsNil() {
		return r, err
	}
	return callMethodDescr(t, hook, v, strOf(name))
}

func slotSetattr(t *Thread, v Value, name *Str, val Value) *Exception {
	if val.IsNil() {
		_, _, err := callDunder(t, v.Type(), dnDelattr, v, strOf(name))
		return err
	}
	_, _, err := callDunder(t, v.Type(), dnSetattr, v, strOf(name), val)
	return err
}

// type objects

func typeRepr(t *Thread, v Value) (Value, *Exception) {
	typ := v.typeObj()
	m := typ.Module()
	if m != "builtins" {
		return NewStr(fmt.Sprintf("<class '%s.%s'>", m, typ.QualName)), nil
	}
	return NewStr(fmt.Sprintf("<class '%s'>", typ.QualName)), nil
}

// typeGetAttr is type.__getattribute__: the metatype's data descriptors, then the
// type's own MRO, then the metatype's other attributes.
func typeGetAttr(t *Thread, v Value, name *Str) (Value, *Exception) {
	typ := v.typeObj()
	meta := v.Type()
	metaAttr := meta.lookup(name)
	var metaGet descrGet
	if !metaAttr.IsNil() {
		mt := metaAttr.Type()
		metaGet = mt.descrGet
		if metaGet != nil && mt.descrSet != nil {
			return metaGet(t, metaAttr, v, meta)
		}
	}
	attr := typ.lookup(name)
	if !attr.IsNil() {
		if g := attr.Type().descrGet; g != nil {
			return g(t, attr, Value{}, typ)
		}
		return attr, nil
	}
	if metaGet != nil {
		return metaGet(t, metaAttr, v, meta)
	}
	if !metaAttr.IsNil() {
		return metaAttr, nil
	}
	e := Errorf(attributeError, "type object '%s' has no attribute '%s'", typ.Name, name.s)
	e.extra[0], e.extra[1] = strOf(name), v
	return e.Value(), e
}

func typeSetAttr(t *Thread, v Value, name *Str, val Value) *Exception {
	typ := v.typeObj()
	if !typ.heap {
		return typeErrorf("cannot set '%s' attribute of immutable type '%s'", name.s, typ.Name)
	}
	meta := v.Type()
	if d := meta.lookup(name); !d.IsNil() {
		if set := d.Type().descrSet; set != nil {
			return set(t, d, v, val)
		}
	}
	if val.IsNil() {
		if !typ.dict().delStr(name) {
			return Errorf(attributeError, "type object '%s' has no attribute '%s'", typ.Name, name.s)
		}
	} else {
		typ.dict().setStr(name, val)
	}
	if len(name.s) > 4 && name.s[:2] == "__" && name.s[len(name.s)-2:] == "__" {
		fixupSlots(typ)
	}
	return nil
}

// typeNew is type.__new__: type(x) and class creation.
func typeNew(t *Thread, meta *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.items)
	}
	if npos == 1 && meta == typeType && kwnames == nil {
		return TypeValue(args[0].Type()), nil
	}
	if npos != 3 {
		return Value{}, typeErrorf("type() takes 1 or 3 arguments")
	}
	if args[0].Type() != strType {
		return Value{}, typeErrorf("type.__new__() argument 1 must be str, not %s", typeName(args[0]))
	}
	bt, ok := args[1].tupleItems()
	if !ok {
		return Value{}, typeErrorf("type.__new__() argument 2 must be tuple, not %s", typeName(args[1]))
	}
	if args[2].Type().layout != dictType {
		return Value{}, typeErrorf("type.__new__() argument 3 must be dict, not %s", typeName(args[2]))
	}
	// type_new_get_bases: a base that is not a class but has __mro_entries__
	// (List[int], a TypeVar) needs __build_class__'s resolution.
	for _, b := range bt {
		if b.Type().IsSubtype(typeType) {
			continue
		}
		if _, ok, err := lookupAttr(t, b, newStr("__mro_entries__")); err != nil {
			return Value{}, err
		} else if ok {
			return Value{}, typeErrorf("type() doesn't support MRO entry resolution; use types.new_class()")
		}
	}
	var kw *Dict
	if kwnames != nil {
		kw = NewDict()
		for i, k := range kwnames.items {
			kw.SetItem(t, k, args[npos+i])
		}
	}
	return newClass(t, meta, args[0].str().s, bt, args[2].dictObj(), kw)
}

func newClass(t *Thread, meta *Type, name string, baseVals []Value, ns *Dict, kw *Dict) (Value, *Exception) {
	// The most derived metaclass (type(base) for every base, even a non-class:
	// CPython reports the conflict before checking that the bases are types).
	winner := meta
	for _, b := range baseVals {
		bm := b.Type()
		if winner.IsSubtype(bm) {
			continue
		}
		if bm.IsSubtype(winner) {
			winner = bm
			continue
		}
		return Value{}, typeErrorf("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	var bases []*Type
	for _, b := range baseVals {
		if b.Type() != typeType && !b.Type().IsSubtype(typeType) {
			return Value{}, typeErrorf("bases must be types")
		}
		bases = append(bases, b.typeObj())
	}
	if winner != meta && winner.new != nil && !winner.lookup(strNew).Is(meta.lookup(strNew)) {
		all := []Value{NewStr(name), NewTuple(baseVals...), ns.Value()}
		return winner.new(t, winner, all, nil) // tp_new only: type_call runs __init__ once
	}
	meta = winner
	if len(bases) == 0 {
		bases = []*Type{objectType}
	}
	for _, b := range bases {
		if !b.basetype {
			return Value{}, typeErrorf("type '%s' is not an acceptable base type", b.fullName())
		}
	}
	// The solid base: every base's layout must lie on one line.
	layout := objectType
	var base *Type
	for _, b := range bases {
		l := b.layout
		switch {
		case layout.IsSubtype(l):
		case l.IsSubtype(layout):
			layout = l
		default:
			return Value{}, typeErrorf("multiple bases have instance lay-out conflict")
		}
	}
	base = bases[0]
	for _, b := range bases {
		if b.layout == layout && (b.nslots > 0 || base.layout != layout) {
			base = b
			break
		}
	}
	for i, b := range bases {
		for _, b2 := range bases[:i] {
			if b == b2 {
				return Value{}, typeErrorf("duplicate base class %s", b.Name)
			}
		}
	}
	typ := &Type{Header: Header{typ: meta}, Name: name, QualName: name, base: base, bases: bases, layout: layout, heap: true, basetype: true, num: noNumSlots}
	mro, err := c3(typ, bases)
	if err != nil {
		return Value{}, err
	}
	typ.mro = mro
	d := ns.Copy()
	typ.Header.dict = d
	d.owner = typ
	if q, ok := d.GetStr("__qualname__"); ok {
		if q.Type() != strType {
			return Value{}, typeErrorf("type __qualname__ must be a str, not %s", typeName(q))
		}
		typ.QualName = q.str().s
		d.delStr(strQualname)
	}
	if _, ok := d.getStr(strModule); !ok {
		if f := t.frame; f != nil {
			if n, ok := f.globals.getStr(strName); ok {
				d.setStr(strModule, n)
			}
		}
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := d.GetStr(n); ok && f.Type() == functionType {
			d.SetStr(n, NewClassMethod(f))
		}
	}
	if f, ok := d.GetStr("__new__"); ok && f.Type() == functionType {
		d.SetStr("__new__", newStaticMethod(f))
	}
	// __slots__
	inheritedDict, inheritedWeak := false, false
	for _, b := range bases {
		inheritedDict = inheritedDict || b.hasDict
		inheritedWeak = inheritedWeak || b.hasWeakref
	}
	// Variable-sized builtin layouts have no room for a weak reference list in
	// CPython: their subclasses cannot be weakly referenced.
	wantWeak := layout != intType && layout != tupleType && layout != bytesType
	typ.nslots = 0
	for _, b := range bases {
		typ.nslots = max(typ.nslots, b.nslots)
	}
	if sv, ok := d.GetStr("__slots__"); ok {
		var names []Value
		if sv.Type() == strType {
			names = []Value{sv}
		} else {
			names, err = ToSlice(t, sv)
			if err != nil {
				return Value{}, err
			}
		}
		wantDict := false
		wantWeak = false
		for _, n := range names {
			if n.Type() != strType {
				return Value{}, typeErrorf("__slots__ items must be strings, not '%s'", typeName(n))
			}
			s := n.str().s
			if s == "__dict__" {
				wantDict = true
				continue
			}
			if s == "__weakref__" {
				wantWeak = true
				continue
			}
			if layout != objectType && layout != weakRefType {
				return Value{}, typeErrorf("nonempty __slots__ not supported for subtype of '%s'", layout.Name)
			}
			mangled := mangle(typ.Name, s)
			if _, clash := d.GetStr(mangled); clash {
				return Value{}, Errorf(valueError, "'%s' in __slots__ conflicts with class variable", s)
			}
			d.SetStr(mangled, Value{p: unsafe.Pointer(&member{Header: Header{typ: memberType}, name: mangled, owner: typ, index: int(typ.nslots)})})
			typ.slotN = append(typ.slotN, mangled)
			typ.nslots++
		}
		typ.hasDict = inheritedDict || wantDict
	} else {
		typ.hasDict = true
	}
	// __doc__ defaults to None after the slots are made: '__doc__' may be one
	// of them (type_new_set_doc).
	if _, ok := d.getStr(strDoc); !ok {
		d.setStr(strDoc, pyNone)
	}
	if typ.hasDict && !inheritedDict {
		d.SetStr("__dict__", Value{p: unsafe.Pointer(&getSet{Header: Header{typ: getSetType}, name: "__dict__", owner: typ, get: instanceDictGet, set: subtypeDictSet})})
	}
	typ.hasWeakref = inheritedWeak || wantWeak
	if wantWeak && !inheritedWeak {
		d.SetStr("__weakref__", Value{p: unsafe.Pointer(&getSet{Header: Header{typ: getSetType}, name: "__weakref__", owner: typ,
			get: weakrefAttr})})
	}
	if _, ok := d.GetStr("__eq__"); ok {
		if _, ok := d.GetStr("__hash__"); !ok {
			d.SetStr("__hash__", pyNone)
		}
	}
	typ.inherit(base)
	typ.isMethod = false
	fixupSlots(typ)
	for _, b := range bases {
		b.addSub(typ)
	}
	tv := TypeValue(typ)
	// A metaclass that overrides mro() decides the MRO (type_ready's mro_internal).
	if meta != typeType {
		if m := meta.lookupS("mro"); !m.IsNil() && !m.Is(typeType.lookupS("mro")) {
			r, err := callMethodDescr(t, m, tv)
			if err != nil {
				return Value{}, err
			}
			items, err := ToSlice(t, r)
			if err != nil {
				return Value{}, err
			}
			mro := make([]*Type, len(items))
			for i, x := range items {
				if x.Type() != typeType && !x.Type().IsSubtype(typeType) {
					return Value{}, typeErrorf("mro() returned a non-class ('%s')", typeName(x))
				}
				mro[i] = x.typeObj()
			}
			typ.mro = mro
			typ.mroModified()
		}
	}
	// The __class__ cell of the body's methods is filled before __set_name__ runs
	// (type_new_set_classcell comes first in CPython too): a __set_name__ may call
	// them, and their super() needs it.
	if cell, ok := d.GetStr("__classcell__"); ok {
		if cell.Type() == cellType {
			(*cellObject)(cell.p).v = tv
		}
		d.delStr(newStr("__classcell__"))
	}
	// __set_name__ on the namespace's descriptors.
	for _, k := range d.Keys() {
		v, _, _ := d.GetItem(t, k)
		if sn := v.Type().lookupS("__set_name__"); !sn.IsNil() {
			if _, err := callMethodDescr(t, sn, v, tv, k); err != nil {
				// type_new_set_names: the error gets a note naming the attribute.
				r, rerr := Repr(t, k)
				if rerr != nil {
					return Value{}, rerr
				}
				note := NewStr(fmt.Sprintf("Error calling __set_name__ on '%s' instance %s in '%s'", typeName(v), r, typ.Name))
				if addNote, aerr := GetAttrS(t, err.Value(), "add_note"); aerr == nil {
					if _, aerr = Call(t, addNote, note); aerr != nil {
						return Value{}, aerr
					}
				}
				return Value{}, err
			}
		}
	}
	// __init_subclass__ of the parent.
	sup := Value{p: unsafe.Pointer(&superObj{Header: Header{typ: superType}, typ: typ, obj: tv, objType: typ})}
	isc, err := GetAttrS(t, sup, "__init_subclass__")
	if err != nil {
		return Value{}, err
	}
	var kwArgs []Value
	var kwNames *Tuple
	if kw != nil && kw.Len() > 0 {
		var names []Value
		kw.Items(func(k, v Value) bool {
			names = append(names, k)
			kwArgs = append(kwArgs, v)
			return true
		})
		kwNames = newTuple(names)
	}
	if _, err := CallKw(t, isc, kwArgs, kwNames); err != nil {
		return Value{}, err
	}
	return tv, nil
}

func mangle(class, name string) string {
	if len(name) < 2 || name[:2] != "__" || name[len(name)-2:] == "__" {
		return name
	}
	c := class
	for len(c) > 0 && c[0] == '_' {
		c = c[1:]
	}
	if c == "" {
		return name
	}
	return "_" + c + name
}

func instanceDictGet(t *Thread, v Value) (Value, *Exception) {
	h := v.hdr()
	if h.dict == nil {
		h.dict = NewDict()
	}
	return h.dict.Value(), nil
}

func instanceDictSet(t *Thread, v, val Value) *Exception {
	if val.IsNil() {
		return typeErrorf("cannot delete __dict__")
	}
	if val.Type().layout != dictType {
		return typeErrorf("__dict__ must be set to a dictionary, not a '%s'", typeName(val))
	}
	v.hdr().dict = val.dictObj()
	return nil
}

// typeFlags is a type's __flags__: the Py_TPFLAGS bits code tests (heap type,
// immutable, base type, abstract, and the fast subclass bits).
func typeFlags(t *Type) int64 {
	var f int64
	if t.heap {
		f |= 1 << 9
	} else if t.specFlags != 0 {
		f |= t.specFlags
	} else {
		f |= 1 << 8 // Py_TPFLAGS_IMMUTABLETYPE
	}
	if t.basetype {
		f |= 1 << 10
	}
	if t.abstract {
		f |= 1 << 20
	}
	for _, c := range []struct {
		typ *Type
		bit uint
	}{{intType, 24}, {listType, 25}, {tupleType, 26}, {bytesType, 27}, {strType, 28}, {dictType, 29}, {baseException, 30}, {typeType, 31}} {
		if t.IsSubtype(c.typ) {
			f |= 1 << c.bit
		}
	}
	return f
}

// subtypeDictSet is subtype_setdict: instances of classes may also delete their
// __dict__ (the next access makes a new empty one).
func subtypeDictSet(t *Thread, v, val Value) *Exception {
	if val.IsNil() {
		v.hdr().dict = nil
		return nil
	}
	return instanceDictSet(t, v, val)
}

// typeInstanceCheck is isinstance(obj, cls) for a plain type cls.
func typeInstanceCheck(t *Thread, obj Value, cls *Type) (bool, *Exception) {
	if obj.Type().IsSubtype(cls) {
		return true, nil
	}
	c, found, err := lookupAttr(t, obj, strClass)
	if err != nil || !found {
		return false, err
	}
	if c.Type() == typeType || c.Type().IsSubtype(typeType) {
		return c.typeObj() != obj.Type() && c.typeObj().IsSubtype(cls), nil
	}
	return false, nil
}

func init() {
	typeType.new = typeNew
	typeType.call = typeCall
	typeType.repr = typeRepr
	typeType.getattr = typeGetAttr
	typeType.setattr = typeSetAttr
	typeType.hash = objectHash
	typeType.richcmp = objectRichcmp // type_richcompare: identity
	typeType.init = func(t *Thread, self Value, args []Value, kwnames *Tuple) *Exception { return nil }
	typeType.ownNum().nb[nbOr] = unionOr
	typeType.ownNum().nbr[nbOr] = func(t *Thread, b, a Value) (Value, *Exception) { return unionOr(t, a, b) }
	typeType.doc = "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type"
	typeType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__name__", func(t *Thread, v Value) (Value, *Exception) { return NewStr(v.typeObj().Name), nil },
				func(t *Thread, v, val Value) *Exception {
					if !v.typeObj().heap {
						return typeErrorf("cannot set '__name__' attribute of immutable type '%s'", v.typeObj().Name)
					}
					if val.Type() != strType {
						return typeErrorf("can only assign string to %s.__name__, not '%s'", v.typeObj().Name, typeName(val))
					}
					v.typeObj().Name = val.str().s
					return nil
				}),
			getset("__qualname__", func(t *Thread, v Value) (Value, *Exception) { return NewStr(v.typeObj().QualName), nil },
				func(t *Thread, v, val Value) *Exception {
					if val.Type() != strType {
						return typeErrorf("can only assign string to %s.__qualname__, not '%s'", v.typeObj().Name, typeName(val))
					}
					v.typeObj().QualName = val.str().s
					return nil
				}),
			getset("__module__", func(t *Thread, v Value) (Value, *Exception) {
				typ := v.typeObj()
				if typ.heap {
					if m, ok := typ.dict().getStr(strModule); ok {
						return m, nil
					}
				}
				return t.interp.internStr(typ.Module()), nil
			}, func(t *Thread, v, val Value) *Exception {
				if !v.typeObj().heap {
					return typeErrorf("cannot set '__module__' attribute of immutable type '%s'", v.typeObj().Name)
				}
				v.typeObj().dict().setStr(strModule, val)
				return nil
			}),
			getset("__doc__", func(t *Thread, v Value) (Value, *Exception) {
				typ := v.typeObj()
				d, ok := typ.dict().getStr(strDoc)
				if !ok {
					return pyNone, nil
				}
				if g := d.Type().descrGet; g != nil {
					return g(t, d, Value{}, typ)
				}
				return d, nil
			}, func(t *Thread, v, val Value) *Exception {
				if !v.typeObj().heap {
					return typeErrorf("cannot set '__doc__' attribute of immutable type '%s'", v.typeObj().Name)
				}
				v.typeObj().dict().setStr(strDoc, val)
				return nil
			}),
			getset("__bases__", func(t *Thread, v Value) (Value, *Exception) {
				var out []Value
				for _, b := range v.typeObj().bases {
					out = append(out, TypeValue(b))
				}
				return NewTuple(out...), nil
			}, setBases),
			getset("__flags__", func(t *Thread, v Value) (Value, *Exception) { return Int(typeFlags(v.typeObj())), nil }, nil),
			getset("__basicsize__", func(t *Thread, v Value) (Value, *Exception) { return Int(16), nil }, nil),
			getset("__itemsize__", func(t *Thread, v Value) (Value, *Exception) { return Int(0), nil }, nil),
			getset("__dictoffset__", func(t *Thread, v Value) (Value, *Exception) { return Int(0), nil }, nil),
			getset("__weakrefoffset__", func(t *Thread, v Value) (Value, *Exception) { return Int(0), nil }, nil),
			getset("__text_signature__", func(t *Thread, v Value) (Value, *Exception) { return typeTextSig(v.typeObj()), nil }, nil),
			getset("__base__", func(t *Thread, v Value) (Value, *Exception) {
				if b := v.typeObj().base; b != nil {
					return TypeValue(b), nil
				}
				return pyNone, nil
			}, nil),
			getset("__mro__", func(t *Thread, v Value) (Value, *Exception) {
				var out []Value
				for _, b := range v.typeObj().mro {
					out = append(out, TypeValue(b))
				}
				return NewTuple(out...), nil
			}, nil),
			getset("__dict__", func(t *Thread, v Value) (Value, *Exception) {
				return newMappingProxy(v.typeObj().dict().Value()), nil
			}, nil),
			getset("__abstractmethods__", func(t *Thread, v Value) (Value, *Exception) {
				if am, ok := v.typeObj().dict().GetStr("__abstractmethods__"); ok && v.typeObj() != typeType {
					return am, nil
				}
				return Value{}, Errorf(attributeError, "__abstractmethods__")
			}, func(t *Thread, v, val Value) *Exception {
				typ := v.typeObj()
				if val.IsNil() {
					typ.dict().delStr(newStr("__abstractmethods__"))
					typ.abstract = false
					return nil
				}
				b, err := IsTrue(t, val)
				if err != nil {
					return err
				}
				typ.dict().SetStr("__abstractmethods__", val)
				typ.abstract = b
				return nil
			}),
			getset("__annotations__", func(t *Thread, v Value) (Value, *Exception) {
				typ := v.typeObj()
				if a, ok := typ.dict().GetStr("__annotations__"); ok {
					return a, nil
				}
				if !typ.heap {
					return Value{}, Errorf(attributeError, "type object '%s' has no attribute '__annotations__'", typ.Name)
				}
				d := NewDict().Value()
				typ.dict().SetStr("__annotations__", d)
				return d, nil
			}, func(t *Thread, v, val Value) *Exception {
				typ := v.typeObj()
				if val.IsNil() {
					typ.dict().delStr(newStr("__annotations__"))
					return nil
				}
				typ.dict().SetStr("__annotations__", val)
				return nil
			}),
			getset("__type_params__", func(t *Thread, v Value) (Value, *Exception) {
				if p, ok := v.typeObj().dict().GetStr("__type_params__"); ok {
					return p, nil
				}
				return NewTuple(), nil
			}, func(t *Thread, v, val Value) *Exception {
				v.typeObj().dict().SetStr("__type_params__", val)
				return nil
			}),
			methNoArgs("type.mro", func(t *Thread, self Value) (Value, *Exception) {
				var out []Value
				for _, b := range self.typeObj().mro {
					out = append(out, TypeValue(b))
				}
				return NewList(out).Value(), nil
			}),
			methNoArgs("type.__subclasses__", func(t *Thread, self Value) (Value, *Exception) {
				var out []Value
				for _, s := range self.typeObj().subclasses() {
					out = append(out, TypeValue(s))
				}
				return NewList(out).Value(), nil
			}),
			methO("type.__instancecheck__", func(t *Thread, self, obj Value) (Value, *Exception) {
				b, err := typeInstanceCheck(t, obj, self.typeObj())
				return Bool(b), err
			}),
			methO("type.__subclasscheck__", func(t *Thread, self, sub Value) (Value, *Exception) {
				if sub.Type() != typeType && !sub.Type().IsSubtype(typeType) {
					return Value{}, typeErrorf("issubclass() arg 1 must be a class")
				}
				return Bool(sub.typeObj().IsSubtype(self.typeObj())), nil
			}),
			methNoArgs("type.__dir__", func(t *Thread, self Value) (Value, *Exception) {
				seen := NewDict()
				for _, m := range self.typeObj().mro {
					for _, k := range m.dict().Keys() {
						seen.SetItem(t, k, pyNone)
					}
				}
				return NewList(seen.Keys()).Value(), nil
			}),
			&MethodDef{Name: "__prepare__", Class: true, Fn: func(t *Thread, cls Value, args []Value, kwnames *Tuple) (Value, *Exception) {
				return NewDict().Value(), nil
			}},
			methNoArgs("type.__sizeof__", func(t *Thread, self Value) (Value, *Exception) { return Int(928), nil }),
		}
	})
}

// setBases is assignment to a class's __bases__ (type_set_bases): the new bases
// must give instances the same layout; the MRO of the class and of every
// subclass is recomputed.
func setBases(t *Thread, v, val Value) *Exception {
	typ := v.typeObj()
	if !typ.heap {
		return typeErrorf("cannot set '__bases__' attribute of immutable type '%s'", typ.Name)
	}
	if val.IsNil() {
		return typeErrorf("cannot delete '__bases__' attribute of immutable type '%s'", typ.Name)
	}
	items, ok := val.tupleItems()
	if !ok {
		return typeErrorf("can only assign tuple to %s.__bases__, not %s", typ.Name, typeName(val))
	}
	if len(items) == 0 {
		return typeErrorf("can only assign non-empty tuple to %s.__bases__, not ()", typ.Name)
	}
	var bases []*Type
	for _, b := range items {
		if b.Type() != typeType && !b.Type().IsSubtype(typeType) {
			return typeErrorf("%s.__bases__ must be tuple of classes, not '%s'", typ.Name, typeName(b))
		}
		bt := b.typeObj()
		if bt.IsSubtype(typ) {
			return typeErrorf("a __bases__ item causes an inheritance cycle")
		}
		bases = append(bases, bt)
	}
	layout := objectType
	for _, b := range bases {
		if b.layout.IsSubtype(layout) {
			layout = b.layout
		}
	}
	// The new solid base (best_base): the first with the widest layout.
	newBase := bases[0]
	for _, b := range bases {
		if b.layout == layout && (b.nslots > 0 || newBase.layout != layout) {
			newBase = b
			break
		}
	}
	if layout != typ.layout || newBase.nslots != typ.base.nslots {
		return typeErrorf("__bases__ assignment: '%s' object layout differs from '%s'", newBase.Name, typ.base.Name)
	}
	oldBases, oldBase, oldMro := typ.bases, typ.base, typ.mro
	typ.bases, typ.base = bases, newBase
	defer typ.mroModified()
	if err := remro(typ); err != nil {
		typ.bases, typ.base, typ.mro = oldBases, oldBase, oldMro
		return err
	}
	for _, b := range bases {
		b.addSub(typ)
	}
	return nil
}

// remro recomputes the MRO of typ and its subclasses.
func remro(typ *Type) *Exception {
	mro, err := c3(typ, typ.bases)
	if err != nil {
		return err
	}
	typ.mro = mro
	fixupSlots(typ)
	for _, sub := range typ.subclasses() {
		if err := remro(sub); err != nil {
			return err
		}
	}
	return nil
}

// buildClass is __build_class__(func, name, *bases, metaclass=None, **kwds).
func buildClass(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
	npos := len(args)
	if kw != nil {
		npos -= len(kw.items)
	}
	if npos < 2 {
		return Value{}, typeErrorf("__build_class__: not enough arguments")
	}
	fn, name := args[0], args[1]
	if fn.Type() != functionType {
		return Value{}, typeErrorf("__build_class__: func must be a function")
	}
	if name.Type() != strType {
		return Value{}, typeErrorf("__build_class__: name is not a string")
	}
	origBases := append([]Value(nil), args[2:npos]...) // args is a stack window the body's frame reuses
	bases, changed, err := resolveBases(t, origBases)
	if err != nil {
		return Value{}, err
	}
	var meta Value
	var kwNames []Value
	var kwVals []Value
	if kw != nil {
		for i, k := range kw.items {
			if k.str().s == "metaclass" {
				meta = args[npos+i]
				continue
			}
			kwNames = append(kwNames, k)
			kwVals = append(kwVals, args[npos+i])
		}
	}
	isClass := false
	if meta.IsNil() {
		if len(bases) == 0 {
			meta = TypeValue(typeType)
		} else {
			meta = TypeValue(bases[0].Type())
		}
		isClass = true
	} else {
		isClass = meta.Type().IsSubtype(typeType)
	}
	if isClass {
		w := meta.typeObj()
		for _, b := range bases {
			bm := b.Type()
			if w.IsSubtype(bm) {
				continue
			}
			if bm.IsSubtype(w) {
				w = bm
				continue
			}
			return Value{}, typeErrorf("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = TypeValue(w)
	}
	basesT := NewTuple(bases...)
	var kwt *Tuple
	if len(kwNames) > 0 {
		kwt = newTuple(kwNames)
	}
	var ns Value
	prep, found, err := lookupAttr(t, meta, newStr("__prepare__"))
	if err != nil {
		return Value{}, err
	}
	if found {
		ns, err = CallKw(t, prep, append([]Value{name, basesT}, kwVals...), kwt)
		if err != nil {
			return Value{}, err
		}
		if ns.Type().getitem == nil {
			mn := "<metaclass>"
			if meta.Type() == typeType || meta.Type().IsSubtype(typeType) {
				mn = meta.typeObj().Name
			}
			return Value{}, typeErrorf("%s.__prepare__() must return a mapping, not %s", mn, typeName(ns))
		}
	} else {
		ns = NewDict().Value()
	}
	f := fn.function()
	if f.code.framesize > hugeFrame {
		if err := t.checkFrame(f.code); err != nil {
			return Value{}, err
		}
	}
	frame := t.allocFrame(f.code, true)
	frame.fn = f
	frame.globals = f.globals
	frame.builtins = f.builtins
	frame.locals = ns
	if err := t.enterCall(); err != nil {
		return Value{}, err
	}
	cell, err := t.eval(frame, nil)
	t.leaveCall()
	if err != nil {
		return Value{}, err
	}
	if changed {
		if err := SetItem(t, ns, NewStr("__orig_bases__"), NewTuple(origBases...)); err != nil {
			return Value{}, err
		}
	}
	cls, err := CallKw(t, meta, append([]Value{name, basesT, ns}, kwVals...), kwt)
	if err != nil {
		return Value{}, err
	}
	if cell.Type() == cellType {
		c := (*cellObject)(cell.p)
		if c.v.IsNil() {
			c.v = cls
		}
	}
	return cls, nil
}

func resolveBases(t *Thread, bases []Value) ([]Value, bool, *Exception) {
	changed := false
	var out []Value
	for _, b := range bases {
		if b.Type().IsSubtype(typeType) {
			out = append(out, b)
			continue
		}
		me, found, err := lookupAttr(t, b, newStr("__mro_entries__"))
		if err != nil {
			return nil, false, err
		}
		if !found {
			out = append(out, b)
			continue
		}
		r, err := Call(t, me, NewTuple(bases...))
		if err != nil {
			return nil, false, err
		}
		items, ok := r.tupleItems()
		if !ok {
			return nil, false, typeErrorf("__mro_entries__ must return a tuple")
		}
		out = append(out, items...)
		changed = true
	}
	return out, changed, nil
}
