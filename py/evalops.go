package py

import (
	"unsafe"

	bc "github.com/kaa-python/kaa/bytecode"
)

// Instructions evalFrame runs out of line. Every local variable of evalFrame's
// switch gets a slot of its own in its Go frame, and there is one such frame per
// Python call, so the rarer instructions, or those with many locals, live here:
// deep recursion then needs less Go stack (sys.setrecursionlimit(10**6) must be
// reachable). Those that work on the value stack take it and its depth sp and
// return the new depth, which on an error is the depth to unwind from.

func (t *Thread) buildSet(vals []Value, sp, n int) (int, *Exception) {
	s := newSetObj(setType)
	for _, x := range vals[sp-n : sp] {
		if err := s.add(t, x); err != nil {
			return sp, err
		}
	}
	clear(vals[sp-n : sp])
	sp -= n
	vals[sp] = s.Value()
	return sp + 1, nil
}

func (t *Thread) buildMap(vals []Value, sp, n int) (int, *Exception) {
	d := NewDict()
	for i := sp - 2*n; i < sp; i += 2 {
		if err := d.SetItem(t, vals[i], vals[i+1]); err != nil {
			return sp, err
		}
	}
	clear(vals[sp-2*n : sp])
	sp -= 2 * n
	vals[sp] = d.Value()
	return sp + 1, nil
}

func (t *Thread) buildConstKeyMap(vals []Value, sp, n int) (int, *Exception) {
	keys := mustTuple(vals[sp-1]).items
	d := NewDict()
	for i, k := range keys {
		if err := d.SetItem(t, k, vals[sp-1-n+i]); err != nil {
			return sp, err
		}
	}
	clear(vals[sp-1-n : sp])
	sp -= n + 1
	vals[sp] = d.Value()
	return sp + 1, nil
}

// buildString joins the n strs on top of the stack (f-strings).
func buildString(vals []Value, sp, n int) int {
	size, runes := 0, 0
	for _, x := range vals[sp-n : sp] {
		size += len(mustStr(x).s)
		runes += x.str().n
	}
	buf := make([]byte, 0, size)
	for _, x := range vals[sp-n : sp] {
		buf = append(buf, x.str().s...)
	}
	clear(vals[sp-n : sp])
	sp -= n
	vals[sp] = newStrN(string(buf), runes)
	return sp + 1
}

func buildSlice(vals []Value, sp, n int) int {
	step := pyNone
	if n == 3 {
		step = vals[sp-1]
	}
	s := newSlice(vals[sp-n], vals[sp-n+1], step)
	clear(vals[sp-n : sp])
	sp -= n
	vals[sp] = s
	return sp + 1
}

// listExtend is LIST_EXTEND, [*v], with CPython's message for a non-iterable.
func (t *Thread) listExtend(l *List, v Value) *Exception {
	err := l.extend(t, v)
	if err != nil && err.Matches(typeError) && v.Type().iter == nil && v.Type().getitem == nil {
		err = typeErrorf("Value after * must be an iterable, not %s", typeName(v))
	}
	return err
}

// dictUpdateOp is DICT_UPDATE, {**v}.
func (t *Thread) dictUpdateOp(d *Dict, v Value) *Exception {
	err := dictUpdate(t, d, v)
	if err != nil && err.Matches(attributeError) {
		err = typeErrorf("'%s' object is not a mapping", typeName(v))
	}
	return err
}

// unpackCountError is UNPACK_SEQUENCE's error for got values where want were expected.
func unpackCountError(got, want int) *Exception {
	if got > want {
		return Errorf(valueError, "too many values to unpack (expected %d)", want)
	}
	return Errorf(valueError, "not enough values to unpack (expected %d, got %d)", want, got)
}

// unpackEx is UNPACK_EX: a, *b, c = v, with oparg's low byte the names before
// the star and its high byte those after.
func (t *Thread) unpackEx(vals []Value, sp, oparg int) (int, *Exception) {
	before, after := oparg&0xff, oparg>>8
	v := vals[sp-1]
	all, err := ToSlice(t, v)
	if err != nil {
		if err.Matches(typeError) && v.Type().iter == nil {
			err = typeErrorf("cannot unpack non-iterable %s object", typeName(v))
		}
		return sp, err
	}
	if len(all) < before+after {
		return sp, Errorf(valueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(all))
	}
	sp--
	for i := len(all) - 1; i >= len(all)-after; i-- {
		vals[sp] = all[i]
		sp++
	}
	mid := make([]Value, len(all)-before-after)
	copy(mid, all[before:len(all)-after])
	vals[sp] = NewList(mid).Value()
	sp++
	for i := before - 1; i >= 0; i-- {
		vals[sp] = all[i]
		sp++
	}
	return sp, nil
}

// convertValue is CONVERT_VALUE: !s, !r or !a in an f-string. On an error it
// returns v again, which stays on the stack until unwinding clears it.
func convertValue(t *Thread, v Value, oparg int) (Value, *Exception) {
	var r Value
	var err *Exception
	switch oparg {
	case 1:
		r, err = StrV(t, v)
	case 2:
		r, err = ReprV(t, v)
	case 3:
		r, err = ascii(t, v)
	default:
		return v, nil
	}
	if err != nil {
		return v, err
	}
	return r, nil
}

// setupAnnotations is SETUP_ANNOTATIONS: __annotations__ = {} in the locals
// unless they have one.
func (t *Thread) setupAnnotations(f *frame) *Exception {
	if f.locals.Type() == dictType {
		d := f.locals.dictObj()
		if _, ok := d.GetStr("__annotations__"); !ok {
			d.SetStr("__annotations__", NewDict().Value())
		}
		return nil
	}
	_, err := GetItem(t, f.locals, NewStr("__annotations__"))
	if err == nil {
		return nil
	}
	if !err.Matches(keyError) {
		return err
	}
	return SetItem(t, f.locals, NewStr("__annotations__"), NewDict().Value())
}

// setFunctionAttribute is SET_FUNCTION_ATTRIBUTE: which (1, 2, 4 or 8) says
// which of fn's attributes v is.
func setFunctionAttribute(fn *function, which int, v Value) {
	switch which {
	case 1:
		fn.defaults = mustTuple(v)
	case 2:
		fn.kwdefaults = mustDict(v)
	case 4:
		fn.annotations = v
	case 8:
		fn.closure = mustTuple(v)
	}
}

// withExceptStart is WITH_EXCEPT_START: exit(type, exc, traceback) for the
// exception val leaving a with block.
func withExceptStart(t *Thread, exit, val Value) (Value, *Exception) {
	e := mustExc(val)
	tb := pyNone
	if e.traceback != nil {
		tb = Value{p: unsafe.Pointer(e.traceback)}
	}
	return Call(t, exit, TypeValue(e.typ), val, tb)
}

// beforeWith is BEFORE_WITH and BEFORE_ASYNC_WITH: the manager on top of the
// stack is replaced by its bound __exit__ and the result of __enter__ (awaited
// for async with) pushed.
func (t *Thread) beforeWith(vals []Value, sp int, async bool) (int, *Exception) {
	mgr := vals[sp-1]
	enterName, exitName, proto := "__enter__", "__exit__", "the context manager protocol"
	if async {
		enterName, exitName, proto = "__aenter__", "__aexit__", "the asynchronous context manager protocol"
	}
	enter, ok, err := lookupSpecial(t, mgr, enterName)
	if err != nil {
		return sp, err
	}
	if !ok {
		return sp, typeErrorf("'%s' object does not support %s", typeName(mgr), proto)
	}
	exit, ok, err := lookupSpecial(t, mgr, exitName)
	if err != nil {
		return sp, err
	}
	if !ok {
		return sp, typeErrorf("'%s' object does not support %s (missed %s method)", typeName(mgr), proto, exitName)
	}
	r, err := Call(t, enter)
	if err == nil && async {
		r, err = getAwaitable(t, r, 0)
	}
	if err != nil {
		return sp, err
	}
	vals[sp-1] = exit
	vals[sp] = r
	return sp + 1, nil
}

// loadSuperAttr is LOAD_SUPER_ATTR: super().name, or super(cls, self).name, with
// the method form (oparg&1) pushing an unbound method and self.
func (t *Thread) loadSuperAttr(vals []Value, sp, oparg int, name *Str) (int, *Exception) {
	gsuper, cls, self := vals[sp-3], vals[sp-2], vals[sp-1]
	var sup Value
	var err *Exception
	if gsuper.Is(t.interp.superBuiltin) && cls.Type().IsSubtype(typeType) {
		sup, err = newSuper(t, cls.typeObj(), self)
	} else if oparg&2 != 0 {
		sup, err = Call(t, gsuper, cls, self)
	} else {
		sup, err = Call(t, gsuper)
	}
	if err != nil {
		return sp, err
	}
	sp -= 3
	clear(vals[sp : sp+3])
	if oparg&1 != 0 {
		m, s, err := t.superMethod(sup, name)
		if err != nil {
			return sp, err
		}
		vals[sp], vals[sp+1] = m, s
		return sp + 2, nil
	}
	r, err := getAttr(t, sup, name)
	if err != nil {
		return sp, err
	}
	vals[sp] = r
	return sp + 1, nil
}

// loadFromDictOrGlobals is LOAD_FROM_DICT_OR_GLOBALS: name in the mapping m,
// else in the globals, else in the builtins. On an error it returns m again.
func (t *Thread) loadFromDictOrGlobals(f *frame, m Value, name *Str) (Value, *Exception) {
	v, ok, err := mappingGet(t, m, name)
	if err != nil {
		return m, err
	}
	if ok {
		return v, nil
	}
	if v, ok = f.globals.getStr(name); ok {
		return v, nil
	}
	if v, ok = f.builtins.getStr(name); ok {
		return v, nil
	}
	return m, nameError(name)
}

// loadFromDictOrDeref is LOAD_FROM_DICT_OR_DEREF: local i's name in the mapping
// m, else the content of cell i. On an error it returns m again.
func (t *Thread) loadFromDictOrDeref(code *Code, vals []Value, m Value, i int) (Value, *Exception) {
	v, ok, err := mappingGet(t, m, code.localsN[i])
	if err != nil {
		return m, err
	}
	if ok {
		return v, nil
	}
	c := mustCell(vals[i])
	if c.v.p == nil {
		return m, unboundDeref(code, i)
	}
	return c.v, nil
}

// deleteName is DELETE_NAME.
func (t *Thread) deleteName(f *frame, name *Str) *Exception {
	if f.locals.Type() == dictType {
		if !f.locals.dictObj().delStr(name) {
			return nameError(name)
		}
		return nil
	}
	err := DelItem(t, f.locals, strOf(name))
	if err != nil && err.Matches(keyError) {
		err = nameError(name)
	}
	return err
}

// storeNameSlow is STORE_NAME when the locals are not a dict.
func (t *Thread) storeNameSlow(f *frame, name *Str, v Value) *Exception {
	if f.locals.IsNil() {
		return Errorf(systemError, "no locals found when storing '%s'", name.s)
	}
	return SetItem(t, f.locals, strOf(name), v)
}

// yieldFromIter is GET_YIELD_FROM_ITER: generators as they are, coroutines only
// in a coroutine, anything else through iter(). On an error it returns v again.
func yieldFromIter(t *Thread, code *Code, v Value) (Value, *Exception) {
	switch v.Type() {
	case generatorType:
		return v, nil
	case coroutineType:
		if code.bc.Flags&(bc.CO_COROUTINE|bc.CO_ITERABLE_COROUTINE) == 0 {
			return v, typeErrorf("cannot 'yield from' a coroutine object in a non-coroutine generator")
		}
		return v, nil
	}
	it, err := Iter(t, v)
	if err != nil {
		return v, err
	}
	return it, nil
}
