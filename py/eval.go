package py

import (
	"os"
	"unsafe"

	bc "github.com/kaa-python/kaa/bytecode"
)

// cacheBytes is the size in bytes of each opcode's inline cache.
var cacheBytes = func() (t [256]uint8) {
	for op := 0; op < 256; op++ {
		t[op] = uint8(2 * bc.CacheEntries(byte(op)))
	}
	return
}()

// eval runs a frame from its resume point until it returns or yields. throw, when
// set, is raised at the frame's current instruction (generator.throw).
func (t *Thread) eval(f *frame, throw *Exception) (r Value, err *Exception) {
	// evalFrame asks to be resumed when a Go panic became SystemError and the
	// frame has a handler for it: it runs on with it raised there. A loop, not
	// a recursion, so that a program catching such errors again and again never
	// grows the Go stack.
	for resume := true; resume; throw = err {
		r, err, resume = t.evalFrame(f, throw)
	}
	return
}

// threadState is what a frame's evaluation restores when a Go panic cut short
// the calls it made: the thread's value stack and depths as they were at entry.
type threadState struct {
	stack                     []Value
	sp, depth, cdepth, idepth int
	hugeLive                  int64
}

// evalExit ends evalFrame: the thread's current frame goes back to the caller's,
// and a Go panic inside the frame becomes SystemError (a bug in Kaa, not in the
// program: the host process and the user see an exception, not a Go stack
// trace). A deferred method rather than a closure, so that evalFrame's Go frame,
// one per Python call, stays small.
func (t *Thread) evalExit(f *frame, result *Value, err **Exception, resume *bool) {
	t.frame = f.back
	r := recover()
	if r == nil {
		return
	}
	if e, ok := r.(*Exception); ok {
		*result, *err = Value{}, e
		return
	}
	if os.Getenv("KAA_PANIC") != "" {
		panic(r)
	}
	code, ipc := f.code, f.lasti
	e := Errorf(systemError, "Kaa internal error in %s (line %d): %v", code.bc.Name, code.lineAt(ipc), r)
	// Calls the panic cut short may have left the thread's value stack
	// and depth as they were inside them.
	st := &f.entry
	t.stack, t.sp, t.depth, t.cdepth, t.idepth, t.hugeLive = st.stack, st.sp, st.depth, st.cdepth, st.idepth, st.hugeLive
	*result, *err = Value{}, e
	if !f.done && findHandler(code.excTable, ipc) != nil {
		// Raise it at the failing instruction so this frame's own try
		// statements see it: resume the frame with it thrown in. The
		// stack depth was lost with the panic; unwinding clears from the
		// top of the frame's stack space down to the handler's depth.
		f.sp = code.framesize
		// A pending interrupt or abort goes in instead, so that a frame
		// looping on broken bytecode stays interruptible.
		if t.interp.breaker.Load() != 0 {
			if ie := t.interrupted(); ie != nil {
				*err = ie
			}
		}
		*resume = true
	}
}

// evalFrame is eval's one big switch. resume reports that a Go panic was turned
// into err, to be thrown back into the frame.
func (t *Thread) evalFrame(f *frame, throw *Exception) (result Value, err *Exception, resume bool) {
	code := f.code
	if code.quick == nil {
		code.quicken()
	}
	co := code.quick
	consts := code.consts
	names := code.names
	vals := f.vals
	nlocals := code.nlocals
	sp := f.sp
	if sp < nlocals {
		sp = nlocals
	}
	pc := f.pc
	ipc := pc
	f.back = t.frame
	t.frame = f
	// (Field by field: a composite literal would be built in evalFrame's Go frame.)
	st := &f.entry
	st.stack, st.sp, st.depth, st.cdepth, st.idepth, st.hugeLive = t.stack, t.sp, t.depth, t.cdepth, t.idepth, t.hugeLive
	defer t.evalExit(f, &result, &err, &resume)
	var op byte
	var oparg int
	for {
		if throw != nil {
			err, throw = throw, nil
			ipc = f.lasti
			goto errorLabel
		}
		ipc = pc
		f.lasti = pc
		t.steps++
		op = co[pc]
		oparg = int(co[pc+1])
		pc += 2 + int(cacheBytes[op])
	dispatch:
		switch op {
		case bc.NOP, bc.CACHE:
		case bc.RESUME:
			// A function's entry and the return to a generator after a plain
			// yield check for an interrupt, as CPython's RESUME does; the
			// returns from yield from and await (oparg 2 and 3) do not.
			if oparg&3 < 2 && t.interp.breaker.Load() != 0 {
				if err = t.interrupted(); err != nil {
					goto errorLabel
				}
			}
		case bc.EXTENDED_ARG:
			op = co[pc]
			oparg = oparg<<8 | int(co[pc+1])
			pc += 2 + int(cacheBytes[op])
			goto dispatch
		case bc.LOAD_FAST:
			vals[sp] = vals[oparg]
			sp++
		case bc.LOAD_FAST_CHECK:
			v := vals[oparg]
			if v.p == nil {
				err = unboundLocal(code, oparg)
				goto errorLabel
			}
			vals[sp] = v
			sp++
		case bc.LOAD_FAST_AND_CLEAR:
			vals[sp] = vals[oparg]
			vals[oparg] = Value{}
			sp++
		case bc.LOAD_FAST_LOAD_FAST:
			vals[sp] = vals[oparg>>4]
			vals[sp+1] = vals[oparg&15]
			sp += 2
		case bc.STORE_FAST:
			sp--
			vals[oparg] = vals[sp]
		case bc.STORE_FAST_LOAD_FAST:
			vals[oparg>>4] = vals[sp-1]
			vals[sp-1] = vals[oparg&15]
		case bc.STORE_FAST_STORE_FAST:
			vals[oparg>>4] = vals[sp-1]
			vals[oparg&15] = vals[sp-2]
			sp -= 2
		case bc.DELETE_FAST:
			if vals[oparg].p == nil {
				err = unboundLocal(code, oparg)
				goto errorLabel
			}
			vals[oparg] = Value{}
		case bc.LOAD_CONST:
			vals[sp] = consts[oparg]
			sp++
		case bc.POP_TOP:
			sp--
			vals[sp] = Value{}
		case bc.PUSH_NULL:
			vals[sp] = Value{}
			sp++
		case bc.COPY:
			vals[sp] = vals[sp-oparg]
			sp++
		case bc.SWAP:
			vals[sp-1], vals[sp-oparg] = vals[sp-oparg], vals[sp-1]
		case bc.RETURN_VALUE:
			sp--
			result = vals[sp]
			f.done = true
			return result, nil, false
		case bc.RETURN_CONST:
			f.done = true
			return consts[oparg], nil, false

		case bc.BINARY_OP:
			a, b := vals[sp-2], vals[sp-1]
			var r Value
			if a.p == unsafe.Pointer(intTag) && b.p == unsafe.Pointer(intTag) {
				x, y := int64(a.n), int64(b.n)
				switch oparg {
				case nbAdd, nbAdd + nbInplace:
					s := x + y
					if (s > x) == (y > 0) {
						r = Int(s)
					}
				case nbSub, nbSub + nbInplace:
					s := x - y
					if (s < x) == (y > 0) {
						r = Int(s)
					}
				case nbMul, nbMul + nbInplace:
					if x > -3037000499 && x < 3037000499 && y > -3037000499 && y < 3037000499 {
						r = Int(x * y)
					}
				case nbAnd, nbAnd + nbInplace:
					r = Int(x & y)
				case nbOr, nbOr + nbInplace:
					r = Int(x | y)
				case nbXor, nbXor + nbInplace:
					r = Int(x ^ y)
				case nbMod, nbMod + nbInplace:
					if y > 0 && x >= 0 {
						r = Int(x % y)
					}
				case nbFloorDiv, nbFloorDiv + nbInplace:
					if y > 0 && x >= 0 {
						r = Int(x / y)
					}
				}
			} else if a.p == unsafe.Pointer(floatTag) && b.p == unsafe.Pointer(floatTag) {
				x, y := a.float(), b.float()
				switch oparg {
				case nbAdd, nbAdd + nbInplace:
					r = Float(x + y)
				case nbSub, nbSub + nbInplace:
					r = Float(x - y)
				case nbMul, nbMul + nbInplace:
					r = Float(x * y)
				case nbTrueDiv, nbTrueDiv + nbInplace:
					if y != 0 {
						r = Float(x / y)
					}
				}
			} else if (oparg == nbAdd || oparg == nbAdd+nbInplace) && a.Type() == strType && b.Type() == strType {
				if r, err = t.concatStr(a.str(), b.str()); err != nil {
					goto errorLabel
				}
			}
			if r.p == nil {
				r, err = BinaryOp(t, a, b, oparg)
				if err != nil {
					goto errorLabel
				}
			}
			sp--
			vals[sp] = Value{}
			vals[sp-1] = r
		case bc.BINARY_SUBSCR:
			c, k := vals[sp-2], vals[sp-1]
			var r Value
			if c.Type() == listType && k.p == unsafe.Pointer(intTag) {
				items := c.list().items
				i := int64(k.n)
				if i < 0 {
					i += int64(len(items))
				}
				if i >= 0 && i < int64(len(items)) {
					r = items[i]
				}
			}
			if r.p == nil {
				r, err = GetItem(t, c, k)
				if err != nil {
					goto errorLabel
				}
			}
			sp--
			vals[sp] = Value{}
			vals[sp-1] = r
		case bc.STORE_SUBSCR:
			v, c, k := vals[sp-3], vals[sp-2], vals[sp-1]
			if c.Type() == listType && k.p == unsafe.Pointer(intTag) {
				items := c.list().items
				i := int64(k.n)
				if i < 0 {
					i += int64(len(items))
				}
				if i >= 0 && i < int64(len(items)) {
					items[i] = v
					sp -= 3
					clear(vals[sp : sp+3])
					break
				}
			} else if c.Type() == dictType {
				if err = c.dictObj().SetItem(t, k, v); err != nil {
					goto errorLabel
				}
				sp -= 3
				clear(vals[sp : sp+3])
				break
			}
			if err = SetItem(t, c, k, v); err != nil {
				goto errorLabel
			}
			sp -= 3
			clear(vals[sp : sp+3])
		case bc.DELETE_SUBSCR:
			if err = DelItem(t, vals[sp-2], vals[sp-1]); err != nil {
				goto errorLabel
			}
			sp -= 2
			clear(vals[sp : sp+2])
		case bc.BINARY_SLICE:
			s := newSlice(vals[sp-2], vals[sp-1], pyNone)
			r, e := GetItem(t, vals[sp-3], s)
			if e != nil {
				err = e
				goto errorLabel
			}
			sp -= 2
			clear(vals[sp : sp+2])
			vals[sp-1] = r
		case bc.STORE_SLICE:
			s := newSlice(vals[sp-2], vals[sp-1], pyNone)
			if err = SetItem(t, vals[sp-3], s, vals[sp-4]); err != nil {
				goto errorLabel
			}
			sp -= 4
			clear(vals[sp : sp+4])
		case bc.UNARY_NEGATIVE:
			v := vals[sp-1]
			if v.p == unsafe.Pointer(intTag) && int64(v.n) != -1<<63 {
				vals[sp-1] = Int(-int64(v.n))
				break
			}
			r, e := UnaryOp(t, v, '-')
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp-1] = r
		case bc.UNARY_INVERT:
			r, e := UnaryOp(t, vals[sp-1], '~')
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp-1] = r
		case bc.UNARY_NOT:
			v := vals[sp-1]
			if v.p == unsafe.Pointer(boolTag) {
				vals[sp-1] = Bool(v.n == 0)
				break
			}
			b, e := IsTrue(t, v)
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp-1] = Bool(!b)
		case bc.TO_BOOL:
			v := vals[sp-1]
			if v.p == unsafe.Pointer(boolTag) {
				break
			}
			b, e := IsTrue(t, v)
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp-1] = Bool(b)
		case bc.COMPARE_OP:
			a, b := vals[sp-2], vals[sp-1]
			cop := CompareOp(oparg >> 5)
			var r Value
			if a.p == unsafe.Pointer(intTag) && b.p == unsafe.Pointer(intTag) {
				x, y := int64(a.n), int64(b.n)
				var c bool
				switch cop {
				case LT:
					c = x < y
				case LE:
					c = x <= y
				case EQ:
					c = x == y
				case NE:
					c = x != y
				case GT:
					c = x > y
				case GE:
					c = x >= y
				}
				r = Bool(c)
			} else {
				r, err = RichCompare(t, a, b, cop)
				if err != nil {
					goto errorLabel
				}
				if oparg&16 != 0 && !r.isBool() {
					bv, e := IsTrue(t, r)
					if e != nil {
						err = e
						goto errorLabel
					}
					r = Bool(bv)
				}
			}
			sp--
			vals[sp] = Value{}
			vals[sp-1] = r
		case bc.IS_OP:
			r := vals[sp-2].Is(vals[sp-1])
			if isNaN(vals[sp-2]) && vals[sp-2].n == vals[sp-1].n {
				r = true
			}
			sp--
			vals[sp] = Value{}
			vals[sp-1] = Bool(r != (oparg == 1))
		case bc.CONTAINS_OP:
			b, e := Contains(t, vals[sp-1], vals[sp-2])
			if e != nil {
				err = e
				goto errorLabel
			}
			sp--
			vals[sp] = Value{}
			vals[sp-1] = Bool(b != (oparg == 1))

		case bc.POP_JUMP_IF_FALSE, bc.POP_JUMP_IF_TRUE:
			sp--
			v := vals[sp]
			vals[sp] = Value{}
			var b bool
			if v.p == unsafe.Pointer(boolTag) {
				b = v.n != 0
			} else {
				b, err = IsTrue(t, v)
				if err != nil {
					goto errorLabel
				}
			}
			if b == (op == bc.POP_JUMP_IF_TRUE) {
				pc += oparg * 2
			}
		case bc.POP_JUMP_IF_NONE:
			sp--
			if vals[sp].IsNone() {
				pc += oparg * 2
			}
			vals[sp] = Value{}
		case bc.POP_JUMP_IF_NOT_NONE:
			sp--
			if !vals[sp].IsNone() {
				pc += oparg * 2
			}
			vals[sp] = Value{}
		case bc.JUMP_FORWARD:
			pc += oparg * 2
		case bc.JUMP_BACKWARD:
			pc -= oparg * 2
			if t.interp.breaker.Load() != 0 {
				if err = t.interrupted(); err != nil {
					goto errorLabel
				}
			}
		case bc.JUMP_BACKWARD_NO_INTERRUPT:
			pc -= oparg * 2

		case bc.GET_ITER:
			v := vals[sp-1]
			if v.Type() == listType {
				vals[sp-1] = newListIter(v.list())
				break
			}
			it, e := Iter(t, v)
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp-1] = it
		case bc.FOR_ITER:
			it := vals[sp-1]
			var x Value
			switch it.Type() {
			case rangeIterType:
				ri := (*rangeIter)(it.p)
				if ri.n > 0 {
					x = Int(ri.next)
					ri.next += ri.step
					ri.n--
				}
			case listIterType:
				li := (*listIter)(it.p)
				if li.l != nil && li.i < len(li.l.items) {
					x = li.l.items[li.i]
					li.i++
				} else {
					li.l = nil
				}
			default:
				next := it.Type().next
				if next == nil {
					err = typeErrorf("'%s' object is not an iterator", typeName(it))
					goto errorLabel
				}
				x, err = next(t, it)
				if err != nil {
					if !err.Matches(stopIterationExc) {
						goto errorLabel
					}
					err = nil
					x = Value{}
				}
			}
			if x.p == nil {
				sp--
				vals[sp] = Value{}
				pc += oparg*2 + 4
				break
			}
			vals[sp] = x
			sp++
		case bc.END_FOR:
			sp--
			vals[sp] = Value{}
		case bc.GET_LEN:
			n, e := Len(t, vals[sp-1])
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp] = Int(int64(n))
			sp++

		case bc.LOAD_GLOBAL:
			c := &code.gcache[cacheIndex(co, pc-int(cacheBytes[op]))]
			v := c.load(f.globals, f.builtins)
			if v.p == nil {
				name := names[oparg>>1]
				var ok bool
				if c == &code.gcache[0] { // a site without an entry of its own
					if v, ok = f.globals.getStr(name); !ok {
						v, ok = f.builtins.getStr(name)
					}
				} else {
					v, ok = c.fill(f.globals, f.builtins, name)
				}
				if !ok {
					err = nameError(name)
					goto errorLabel
				}
			}
			vals[sp] = v
			sp++
			if oparg&1 != 0 {
				vals[sp] = Value{}
				sp++
			}
		case bc.STORE_GLOBAL:
			sp--
			f.globals.setStr(names[oparg], vals[sp])
			vals[sp] = Value{}
		case bc.DELETE_GLOBAL:
			if !f.globals.delStr(names[oparg]) {
				err = nameError(names[oparg])
				goto errorLabel
			}
		case bc.LOAD_NAME:
			name := names[oparg]
			v, ok, e := t.loadName(f, name)
			if e != nil {
				err = e
				goto errorLabel
			}
			if !ok {
				err = nameError(name)
				goto errorLabel
			}
			vals[sp] = v
			sp++
		case bc.STORE_NAME:
			sp--
			v := vals[sp]
			vals[sp] = Value{}
			if f.locals.Type() == dictType {
				f.locals.dictObj().setStr(names[oparg], v)
			} else if err = t.storeNameSlow(f, names[oparg], v); err != nil {
				goto errorLabel
			}
		case bc.DELETE_NAME:
			if err = t.deleteName(f, names[oparg]); err != nil {
				goto errorLabel
			}
		case bc.LOAD_LOCALS:
			if f.locals.IsNil() {
				err = Errorf(systemError, "no locals found")
				goto errorLabel
			}
			vals[sp] = f.locals
			sp++
		case bc.LOAD_FROM_DICT_OR_GLOBALS:
			if vals[sp-1], err = t.loadFromDictOrGlobals(f, vals[sp-1], names[oparg]); err != nil {
				goto errorLabel
			}
		case bc.MAKE_CELL:
			vals[oparg] = newCell(vals[oparg])
		case bc.COPY_FREE_VARS:
			cl := f.fn.closure.items
			copy(vals[nlocals-oparg:nlocals], cl)
		case bc.LOAD_DEREF:
			c := mustCell(vals[oparg])
			if c.v.p == nil {
				err = unboundDeref(code, oparg)
				goto errorLabel
			}
			vals[sp] = c.v
			sp++
		case bc.LOAD_FROM_DICT_OR_DEREF:
			if vals[sp-1], err = t.loadFromDictOrDeref(code, vals, vals[sp-1], oparg); err != nil {
				goto errorLabel
			}
		case bc.STORE_DEREF:
			sp--
			mustCell(vals[oparg]).v = vals[sp]
			vals[sp] = Value{}
		case bc.DELETE_DEREF:
			c := mustCell(vals[oparg])
			if c.v.p == nil {
				err = unboundDeref(code, oparg)
				goto errorLabel
			}
			c.v = Value{}

		case bc.LOAD_ATTR:
			obj := vals[sp-1]
			name := names[oparg>>1]
			c := &code.acache[cacheIndex(co, pc-int(cacheBytes[op]))]
			if r, self := c.load(obj, name); r.p != nil {
				vals[sp-1] = r
				if oparg&1 != 0 {
					vals[sp] = self
					sp++
				}
				break
			}
			if c.miss++; (c.kind == akNone || c.miss > cacheMissLimit) && c != &code.acache[0] {
				c.fillLoad(obj, name, oparg&1 != 0)
			}
			if oparg&1 != 0 {
				m, self, e := t.loadMethod(obj, name)
				if e != nil {
					err = e
					goto errorLabel
				}
				vals[sp-1] = m
				vals[sp] = self
				sp++
				break
			}
			r, e := getAttr(t, obj, name)
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp-1] = r
		case bc.STORE_ATTR:
			c := &code.acache[cacheIndex(co, pc-int(cacheBytes[op]))]
			if !c.store(vals[sp-1], names[oparg], vals[sp-2]) {
				if c.miss++; (c.kind == akNone || c.miss > cacheMissLimit) && c != &code.acache[0] {
					c.fillStore(vals[sp-1], names[oparg])
				}
				if err = setAttr(t, vals[sp-1], names[oparg], vals[sp-2]); err != nil {
					goto errorLabel
				}
			}
			sp -= 2
			clear(vals[sp : sp+2])
		case bc.DELETE_ATTR:
			if err = setAttr(t, vals[sp-1], names[oparg], Value{}); err != nil {
				goto errorLabel
			}
			sp--
			vals[sp] = Value{}
		case bc.LOAD_SUPER_ATTR:
			if sp, err = t.loadSuperAttr(vals, sp, oparg, names[oparg>>2]); err != nil {
				goto errorLabel
			}
		case bc.CALL, bc.CALL_KW:
			var kwnames *Tuple
			if op == bc.CALL_KW {
				sp--
				kwnames = mustTuple(vals[sp])
				vals[sp] = Value{}
			}
			base := sp - oparg - 2
			callable := vals[base]
			args := vals[base+2 : sp]
			if self := vals[base+1]; self.p != nil {
				args = vals[base+1 : sp]
			} else if callable.Type() == methodType {
				m := callable.method()
				vals[base+1] = m.self
				callable = m.fn
				args = vals[base+1 : sp]
			}
			f.lasti = ipc
			var r Value
			if callable.Type() == functionType {
				f.sp = sp
				r, err = t.callFunction(callable.function(), args, kwnames)
			} else {
				f.sp = sp
				r, err = CallKw(t, callable, args, kwnames)
			}
			clear(vals[base:sp])
			sp = base
			if err != nil {
				goto errorLabel
			}
			vals[sp] = r
			sp++
		case bc.CALL_FUNCTION_EX:
			var kw Value
			if oparg&1 != 0 {
				sp--
				kw = vals[sp]
				vals[sp] = Value{}
			}
			callable, posv := vals[sp-3], vals[sp-1]
			f.lasti = ipc
			r, e := t.callEx(callable, posv, kw)
			sp -= 3
			clear(vals[sp : sp+3])
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp] = r
			sp++
		case bc.CALL_INTRINSIC_1:
			r, e := t.intrinsic1(f, oparg, vals[sp-1])
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp-1] = r
		case bc.CALL_INTRINSIC_2:
			r, e := t.intrinsic2(oparg, vals[sp-2], vals[sp-1])
			if e != nil {
				err = e
				goto errorLabel
			}
			sp--
			vals[sp] = Value{}
			vals[sp-1] = r

		case bc.MAKE_FUNCTION:
			fn := newFunction(t, mustCode(vals[sp-1]), f.globals)
			vals[sp-1] = Value{p: unsafe.Pointer(fn)}
		case bc.SET_FUNCTION_ATTRIBUTE:
			setFunctionAttribute(mustFunction(vals[sp-1]), oparg, vals[sp-2])
			vals[sp-2] = vals[sp-1]
			sp--
			vals[sp] = Value{}
		case bc.BUILD_TUPLE:
			items := make([]Value, oparg)
			copy(items, vals[sp-oparg:sp])
			clear(vals[sp-oparg : sp])
			sp -= oparg
			vals[sp] = NewTuple(items...)
			sp++
		case bc.BUILD_LIST:
			items := make([]Value, oparg)
			copy(items, vals[sp-oparg:sp])
			clear(vals[sp-oparg : sp])
			sp -= oparg
			vals[sp] = NewList(items).Value()
			sp++
		case bc.BUILD_SET:
			if sp, err = t.buildSet(vals, sp, oparg); err != nil {
				goto errorLabel
			}
		case bc.BUILD_MAP:
			if sp, err = t.buildMap(vals, sp, oparg); err != nil {
				goto errorLabel
			}
		case bc.BUILD_CONST_KEY_MAP:
			if sp, err = t.buildConstKeyMap(vals, sp, oparg); err != nil {
				goto errorLabel
			}
		case bc.BUILD_STRING:
			sp = buildString(vals, sp, oparg)
		case bc.BUILD_SLICE:
			sp = buildSlice(vals, sp, oparg)
		case bc.LIST_APPEND:
			sp--
			l := mustList(vals[sp-oparg])
			l.items = append(l.items, vals[sp])
			vals[sp] = Value{}
		case bc.SET_ADD:
			sp--
			if err = mustSet(vals[sp-oparg]).add(t, vals[sp]); err != nil {
				goto errorLabel
			}
			vals[sp] = Value{}
		case bc.MAP_ADD:
			d := mustDict(vals[sp-2-oparg])
			if err = d.SetItem(t, vals[sp-2], vals[sp-1]); err != nil {
				goto errorLabel
			}
			sp -= 2
			clear(vals[sp : sp+2])
		case bc.LIST_EXTEND:
			sp--
			if err = t.listExtend(mustList(vals[sp-oparg]), vals[sp]); err != nil {
				goto errorLabel
			}
			vals[sp] = Value{}
		case bc.SET_UPDATE:
			sp--
			if err = mustSet(vals[sp-oparg]).update(t, vals[sp]); err != nil {
				goto errorLabel
			}
			vals[sp] = Value{}
		case bc.DICT_UPDATE:
			sp--
			if err = t.dictUpdateOp(mustDict(vals[sp-oparg]), vals[sp]); err != nil {
				goto errorLabel
			}
			vals[sp] = Value{}
		case bc.DICT_MERGE:
			sp--
			v := vals[sp]
			if err = dictMerge(t, mustDict(vals[sp-oparg]), v, vals[sp-oparg-3]); err != nil {
				goto errorLabel
			}
			vals[sp] = Value{}
		case bc.UNPACK_SEQUENCE:
			v := vals[sp-1]
			var items []Value
			if it, ok := v.tupleItems(); ok && v.Type() == tupleType {
				items = it
			} else if l, ok := v.asList(); ok && v.Type() == listType {
				items = l.items
			} else if items, err = unpackIterable(t, v, oparg, -1); err != nil {
				goto errorLabel
			}
			if len(items) != oparg {
				err = unpackCountError(len(items), oparg)
				goto errorLabel
			}
			sp--
			for i := len(items) - 1; i >= 0; i-- {
				vals[sp] = items[i]
				sp++
			}
		case bc.UNPACK_EX:
			if sp, err = t.unpackEx(vals, sp, oparg); err != nil {
				goto errorLabel
			}
		case bc.FORMAT_SIMPLE:
			v := vals[sp-1]
			if v.Type() != strType {
				r, e := format(t, v, strEmpty.s)
				if e != nil {
					err = e
					goto errorLabel
				}
				vals[sp-1] = r
			}
		case bc.FORMAT_WITH_SPEC:
			r, e := format(t, vals[sp-2], mustStr(vals[sp-1]).s)
			if e != nil {
				err = e
				goto errorLabel
			}
			sp--
			vals[sp] = Value{}
			vals[sp-1] = r
		case bc.CONVERT_VALUE:
			if vals[sp-1], err = convertValue(t, vals[sp-1], oparg); err != nil {
				goto errorLabel
			}
		case bc.LOAD_BUILD_CLASS:
			v, ok := f.builtins.GetStr("__build_class__")
			if !ok {
				err = Errorf(nameErrorExc, "__build_class__ not found")
				goto errorLabel
			}
			vals[sp] = v
			sp++
		case bc.SETUP_ANNOTATIONS:
			if err = t.setupAnnotations(f); err != nil {
				goto errorLabel
			}
		case bc.LOAD_ASSERTION_ERROR:
			vals[sp] = TypeValue(assertionError)
			sp++
		case bc.IMPORT_NAME:
			fromlist, level := vals[sp-1], vals[sp-2]
			f.lasti = ipc
			r, e := t.importName(f, names[oparg], fromlist, level)
			if e != nil {
				err = e
				goto errorLabel
			}
			sp--
			vals[sp] = Value{}
			vals[sp-1] = r
		case bc.IMPORT_FROM:
			r, e := t.importFrom(vals[sp-1], names[oparg])
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp] = r
			sp++

		case bc.RAISE_VARARGS:
			switch oparg {
			case 0:
				if t.exc == nil {
					err = Errorf(runtimeError, "No active exception to reraise")
					goto errorLabel
				}
				err = t.exc
				goto unwind
			case 1:
				err = t.makeRaise(vals[sp-1], Value{}, false)
			case 2:
				err = t.makeRaise(vals[sp-2], vals[sp-1], true)
			}
			goto errorLabel
		case bc.RERAISE:
			sp--
			e := mustExc(vals[sp])
			vals[sp] = Value{}
			if oparg != 0 {
				if l, ok := AsInt64(vals[sp-oparg]); ok {
					f.lasti = int(l) // for f_lineno only: unwinding goes on from here
				}
			}
			err = e
			goto unwind
		case bc.PUSH_EXC_INFO:
			v := vals[sp-1]
			if t.exc != nil {
				vals[sp-1] = t.exc.Value()
			} else {
				vals[sp-1] = pyNone
			}
			vals[sp] = v
			sp++
			t.exc = mustExc(v)
		case bc.POP_EXCEPT:
			sp--
			v := vals[sp]
			vals[sp] = Value{}
			if v.IsNone() || v.IsNil() {
				t.exc = nil
			} else {
				t.exc = mustExc(v)
			}
		case bc.CHECK_EXC_MATCH:
			m, e := exceptionMatches(t, vals[sp-2], vals[sp-1])
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp-1] = Bool(m)
		case bc.CHECK_EG_MATCH:
			rest, match, e := t.checkEGMatch(vals[sp-2], vals[sp-1])
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp-2] = rest
			vals[sp-1] = match
			if !match.IsNone() {
				t.exc = match.exc()
			}
		case bc.WITH_EXCEPT_START:
			r, e := withExceptStart(t, vals[sp-4], vals[sp-1])
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp] = r
			sp++
		case bc.BEFORE_WITH, bc.BEFORE_ASYNC_WITH:
			if sp, err = t.beforeWith(vals, sp, op == bc.BEFORE_ASYNC_WITH); err != nil {
				goto errorLabel
			}
		case bc.RETURN_GENERATOR:
			g := newGenerator(f)
			f.pc = pc
			f.sp = sp
			f.lasti = ipc
			return g, nil, false
		case bc.YIELD_VALUE:
			sp--
			result = vals[sp]
			vals[sp] = Value{}
			f.pc = pc
			f.sp = sp
			f.lasti = ipc
			f.yielded = true
			return result, nil, false
		case bc.SEND:
			recv, v := vals[sp-2], vals[sp-1]
			f.lasti = ipc
			r, returned, e := t.send(recv, v)
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp-1] = r
			if returned {
				pc += oparg * 2
			}
		case bc.END_SEND:
			vals[sp-2] = vals[sp-1]
			sp--
			vals[sp] = Value{}
		case bc.CLEANUP_THROW:
			e := mustExc(vals[sp-1])
			if e.Matches(stopIterationExc) {
				v := e.field(0)
				sp -= 3
				clear(vals[sp : sp+3])
				vals[sp] = pyNone
				vals[sp+1] = v
				sp += 2
				break
			}
			err = e
			goto unwind
		case bc.GET_YIELD_FROM_ITER:
			if vals[sp-1], err = yieldFromIter(t, code, vals[sp-1]); err != nil {
				goto errorLabel
			}
		case bc.GET_AWAITABLE:
			r, e := getAwaitable(t, vals[sp-1], oparg)
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp-1] = r
		case bc.GET_AITER:
			r, e := getAIter(t, vals[sp-1])
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp-1] = r
		case bc.GET_ANEXT:
			r, e := getANext(t, vals[sp-1])
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp] = r
			sp++
		case bc.END_ASYNC_FOR:
			e := mustExc(vals[sp-1])
			if e.Matches(stopAsyncIteration) {
				sp -= 2
				clear(vals[sp : sp+2])
				break
			}
			err = e
			goto unwind

		case bc.MATCH_MAPPING:
			vals[sp] = Bool(isMappingForMatch(vals[sp-1]))
			sp++
		case bc.MATCH_SEQUENCE:
			vals[sp] = Bool(isSequenceForMatch(vals[sp-1]))
			sp++
		case bc.MATCH_KEYS:
			r, e := matchKeys(t, vals[sp-2], vals[sp-1])
			if e != nil {
				err = e
				goto errorLabel
			}
			vals[sp] = r
			sp++
		case bc.MATCH_CLASS:
			subj, cls, kw := vals[sp-3], vals[sp-2], vals[sp-1]
			r, e := matchClass(t, subj, cls, oparg, mustTuple(kw))
			if e != nil {
				err = e
				goto errorLabel
			}
			sp -= 2
			clear(vals[sp : sp+2])
			vals[sp-1] = r
		default:
			err = Errorf(systemError, "unknown opcode %s", bc.OpName(int(op)))
			goto errorLabel
		}
		continue

	errorLabel:
		if err.fresh || err.context == nil && t.exc != nil {
			err.fresh = false
			t.attachContext(err)
		}
		f.lasti = ipc
		f.escaped = true
		err.traceback = &traceback{Header: Header{typ: tracebackType}, next: err.traceback, frame: f, lasti: ipc, lineno: -2}
	unwind:
		{
			// An abort overrides the exception being handled: a handler that
			// raises again and again (broken bytecode can make one) must not keep
			// a frame running past the host's deadline.
			if !err.abort && t.interp.breaker.Load()&breakAbort != 0 {
				err = t.interp.abortException()
			}
			h := findHandler(code.excTable, ipc)
			if h == nil || err.abort {
				clear(vals[nlocals:sp])
				f.done = true
				return Value{}, err, false
			}
			newSp := nlocals + h.Depth
			clear(vals[newSp:sp])
			sp = newSp
			if h.Lasti {
				vals[sp] = Int(int64(ipc))
				sp++
			}
			vals[sp] = err.Value()
			sp++
			pc = h.Target
			err = nil
		}
	}
}

func findHandler(table []bc.ExceptEntry, off int) *bc.ExceptEntry {
	for i := range table {
		e := &table[i]
		if off >= e.Start && off < e.End {
			return e
		}
	}
	return nil
}

// attachContext sets __context__ from the exception being handled, breaking cycles
// as _PyErr_SetObject does.
func (t *Thread) attachContext(e *Exception) {
	h := t.exc
	if h == nil || h == e {
		return
	}
	o := h
	for o.context != nil {
		if o.context == e {
			o.context = nil
			break
		}
		o = o.context
	}
	e.context = h
}

func unboundLocal(c *Code, i int) *Exception {
	e := Errorf(unboundLocalError, "cannot access local variable '%s' where it is not associated with a value", c.localsN[i].s)
	e.extra[0] = strOf(c.localsN[i])
	return e
}

func unboundDeref(c *Code, i int) *Exception {
	if c.bc.LocalsPlusKinds[i]&bc.CO_FAST_FREE != 0 {
		e := Errorf(nameErrorExc, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", c.localsN[i].s)
		e.extra[0] = strOf(c.localsN[i])
		return e
	}
	return unboundLocal(c, i)
}

func nameError(name *Str) *Exception {
	e := Errorf(nameErrorExc, "name '%s' is not defined", name.s)
	e.extra[0] = strOf(name)
	return e
}

// loadName is LOAD_NAME's lookup: locals, globals, builtins.
func (t *Thread) loadName(f *frame, name *Str) (Value, bool, *Exception) {
	if !f.locals.IsNil() {
		v, ok, err := mappingGet(t, f.locals, name)
		if err != nil || ok {
			return v, ok, err
		}
	}
	if v, ok := f.globals.getStr(name); ok {
		return v, true, nil
	}
	v, ok := f.builtins.getStr(name)
	return v, ok, nil
}

// mappingGet looks a name up in a dict or any mapping (KeyError: not found).
func mappingGet(t *Thread, m Value, name *Str) (Value, bool, *Exception) {
	if m.Type() == dictType {
		v, ok := m.dictObj().getStr(name)
		return v, ok, nil
	}
	v, err := GetItem(t, m, strOf(name))
	if err != nil {
		if err.Matches(keyError) {
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	return v, true, nil
}

// loadMethod is LOAD_ATTR's method form: (function, self) for a plain method found
// on the type, (attribute, NULL) otherwise.
func (t *Thread) loadMethod(obj Value, name *Str) (Value, Value, *Exception) {
	typ := obj.Type()
	if typ.getattr != nil && !isGenericGetattr(typ) {
		r, err := getAttr(t, obj, name)
		return r, Value{}, err
	}
	descr := typ.lookup(name)
	if !descr.IsNil() && descr.Type().isMethod {
		if d := obj.hdr().dict; d == nil || typ == typeType || !d.hasStr(name) {
			return descr, obj, nil
		}
	}
	r, err := genericGetAttrWith(t, obj, name, descr)
	return r, Value{}, err
}

func isGenericGetattr(t *Type) bool {
	return *(*unsafe.Pointer)(unsafe.Pointer(&t.getattr)) == *(*unsafe.Pointer)(unsafe.Pointer(&genericGetAttrFn))
}

var genericGetAttrFn getattrFunc = genericGetAttr

func (d *Dict) hasStr(s *Str) bool { return d.findStr(s) >= 0 }

// genericGetAttrWith is genericGetAttr with the type lookup already done.
func genericGetAttrWith(t *Thread, v Value, name *Str, descr Value) (Value, *Exception) {
	typ := v.Type()
	var get descrGet
	if !descr.IsNil() {
		dt := descr.Type()
		get = dt.descrGet
		if get != nil && dt.descrSet != nil {
			return get(t, descr, v, typ)
		}
	}
	if d := v.ownDict(); d != nil {
		if x, ok := d.getStr(name); ok {
			return x, nil
		}
	}
	if get != nil {
		return get(t, descr, v, typ)
	}
	if !descr.IsNil() {
		return descr, nil
	}
	return Value{}, attrError(v, name)
}

// makeRaise builds the exception of a raise statement.
func (t *Thread) makeRaise(exc, cause Value, hasCause bool) *Exception {
	e, err := instantiateExc(t, exc)
	if err != nil {
		return err
	}
	if hasCause {
		if cause.IsNone() {
			e.cause = nil
		} else {
			c, err := instantiateExc(t, cause)
			if err != nil {
				if err.Matches(typeError) {
					return typeErrorf("exception causes must derive from BaseException")
				}
				return err
			}
			e.cause = c
		}
		e.suppressContext = true
	}
	e.fresh = false
	t.attachContext(e)
	return e
}

func instantiateExc(t *Thread, v Value) (*Exception, *Exception) {
	typ := v.Type()
	if typ == typeType || typ.IsSubtype(typeType) {
		c := v.typeObj()
		if !c.IsSubtype(baseException) {
			return nil, typeErrorf("exceptions must derive from BaseException")
		}
		r, err := Call(t, v)
		if err != nil {
			return nil, err
		}
		if !r.Type().IsSubtype(baseException) {
			return nil, typeErrorf("calling %s should have returned an instance of BaseException, not %s", c.fullName(), typeName(r))
		}
		return r.exc(), nil
	}
	if typ.IsSubtype(baseException) {
		return v.exc(), nil
	}
	return nil, typeErrorf("exceptions must derive from BaseException")
}

// exceptionMatches is CHECK_EXC_MATCH: isinstance with a class or tuple of classes.
func exceptionMatches(t *Thread, exc, cls Value) (bool, *Exception) {
	if items, ok := cls.tupleItems(); ok {
		for _, c := range items {
			if !isExcClass(c) {
				return false, typeErrorf("catching classes that do not inherit from BaseException is not allowed")
			}
		}
		for _, c := range items {
			if exc.Type().IsSubtype(c.typeObj()) {
				return true, nil
			}
		}
		return false, nil
	}
	if !isExcClass(cls) {
		return false, typeErrorf("catching classes that do not inherit from BaseException is not allowed")
	}
	return exc.Type().IsSubtype(cls.typeObj()), nil
}

func isExcClass(c Value) bool {
	return (c.Type() == typeType || c.Type().IsSubtype(typeType)) && c.typeObj().IsSubtype(baseException)
}

// callEx is CALL_FUNCTION_EX: f(*args, **kwargs). The arguments are gathered by
// exArgs, whose Go frame is gone by the time the call nests.
func (t *Thread) callEx(fn, posv, kw Value) (Value, *Exception) {
	args, kwnames, err := exArgs(t, fn, posv, kw)
	if err != nil {
		return Value{}, err
	}
	return t.callFromEval(fn, args, kwnames)
}

// exArgs flattens f(*posv, **kw)'s arguments into a vectorcall's: positional
// values then keyword values, and the keywords' names.
func exArgs(t *Thread, fn, posv, kw Value) ([]Value, *Tuple, *Exception) {
	var args []Value
	if items, ok := posv.tupleItems(); ok && posv.Type() == tupleType {
		args = items
	} else {
		var err *Exception
		args, err = ToSlice(t, posv)
		if err != nil {
			if err.Matches(typeError) && posv.Type().iter == nil {
				return nil, nil, typeErrorf("%s argument after * must be an iterable, not %s", funcDesc(t, fn), typeName(posv))
			}
			return nil, nil, err
		}
	}
	if kw.IsNil() {
		return args, nil, nil
	}
	d := kw.dictObj()
	if d.Len() == 0 {
		return args, nil, nil
	}
	all := make([]Value, 0, len(args)+d.Len())
	all = append(all, args...)
	names := make([]Value, 0, d.Len())
	var bad *Exception
	d.Items(func(k, v Value) bool {
		if k.Type() != strType {
			bad = typeErrorf("keywords must be strings")
			return false
		}
		names = append(names, k)
		all = append(all, v)
		return true
	})
	if bad != nil {
		return nil, nil, bad
	}
	return all, newTuple(names), nil
}

// callFromEval calls fn for an instruction of the eval loop: a Python function,
// or a bound method of one, directly, so that Python recursion through f(*args,
// **kwargs) nests as plain calls do (CPython 3.13 inlines such frames too) and
// is not counted as a C-level recursion.
func (t *Thread) callFromEval(fn Value, args []Value, kwnames *Tuple) (Value, *Exception) {
	if fn.Type() == functionType {
		return t.callFunction(fn.function(), args, kwnames)
	}
	if fn.Type() == methodType && fn.method().fn.Type() == functionType {
		return t.callMethodFunction(fn.method(), args, kwnames)
	}
	return CallKw(t, fn, args, kwnames)
}

// callMethodFunction calls a bound method of a Python function.
func (t *Thread) callMethodFunction(m *method, args []Value, kwnames *Tuple) (Value, *Exception) {
	all := make([]Value, 0, len(args)+1)
	all = append(append(all, m.self), args...)
	return t.callFunction(m.fn.function(), all, kwnames)
}

// funcDesc names a callable in argument errors: "f()" or "C.m()".
func funcDesc(t *Thread, fn Value) string {
	switch fn.Type() {
	case functionType:
		f := fn.function()
		if m := f.module; m.Type() == strType && m.str().s != "builtins" {
			return m.str().s + "." + qualName(f) + "()"
		}
		return qualName(f) + "()"
	case methodType:
		return funcDesc(t, fn.method().fn)
	case builtinType:
		return fn.builtin().def.Name + "()"
	}
	if fn.Type() == typeType || fn.Type().IsSubtype(typeType) {
		return fn.typeObj().Name + "()"
	}
	return typeName(fn) + " object"
}

// dictUpdate is DICT_UPDATE / dict.update(mapping).
func dictUpdate(t *Thread, d *Dict, v Value) *Exception {
	if v.Type().layout == dictType {
		src := v.dictObj()
		var err *Exception
		src.Items(func(k, x Value) bool {
			err = d.SetItem(t, k, x)
			return err == nil
		})
		return err
	}
	keys, err := CallMethod(t, v, "keys")
	if err != nil {
		return err
	}
	return Iterate(t, keys, func(k Value) *Exception {
		x, err := GetItem(t, v, k)
		if err != nil {
			return err
		}
		return d.SetItem(t, k, x)
	})
}

// dictMerge is DICT_MERGE: **kwargs into a call's keyword dict, rejecting duplicates.
func dictMerge(t *Thread, d *Dict, v, fn Value) *Exception {
	if v.Type().layout != dictType {
		if _, found, _ := lookupAttr(t, v, newStr("keys")); !found {
			return typeErrorf("%s argument after ** must be a mapping, not %s", funcDesc(t, fn), typeName(v))
		}
	}
	tmp := NewDict()
	if err := dictUpdate(t, tmp, v); err != nil {
		return err
	}
	var err *Exception
	tmp.Items(func(k, x Value) bool {
		// Keys that are not str are refused later, by the call itself.
		if _, ok, e := d.GetItem(t, k); e != nil || ok {
			err = e
			if ok {
				kr, _ := StrOf(t, k)
				err = typeErrorf("%s got multiple values for keyword argument '%s'", funcDesc(t, fn), kr)
			}
			return false
		}
		err = d.SetItem(t, k, x)
		return err == nil
	})
	return err
}

// unpackIterable collects exactly n items (reporting too many/too few as CPython).
func unpackIterable(t *Thread, v Value, n, _ int) ([]Value, *Exception) {
	if v.Type().iter == nil && v.Type().getitem == nil {
		return nil, typeErrorf("cannot unpack non-iterable %s object", typeName(v))
	}
	it, err := Iter(t, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x.IsNil() {
			return out, nil
		}
		out = append(out, x)
		if len(out) > n {
			return out, nil
		}
	}
}
