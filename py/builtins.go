package py

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"unsafe"

	"github.com/kaa-python/kaa/syntax/parser"
)

func builtinDefs() []*MethodDef {
	return []*MethodDef{
		{Name: "print", Fn: builtinPrint},
		{Name: "open", Fn: builtinOpen},
		methO("aiter", builtinAiter),
		methN("anext", 1, 2, builtinAnext),
		{Name: "breakpoint", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			// sys.breakpointhook decides; without a debugger the default does nothing.
			if h, ok := ModuleDict(t.interp.sys).GetStr("breakpointhook"); ok {
				return CallKw(t, h, args, kw)
			}
			return pyNone, nil
		}},
		methO("len", func(t *Thread, _, v Value) (Value, *Exception) {
			n, err := Len(t, v)
			return Int(int64(n)), err
		}),
		methO("repr", func(t *Thread, _, v Value) (Value, *Exception) { return ReprV(t, v) }),
		methO("ascii", func(t *Thread, _, v Value) (Value, *Exception) { return ascii(t, v) }),
		methO("abs", func(t *Thread, _, v Value) (Value, *Exception) {
			f := v.Type().abs
			if f == nil {
				return Value{}, typeErrorf("bad operand type for abs(): '%s'", typeName(v))
			}
			return f(t, v)
		}),
		methO("callable", func(t *Thread, _, v Value) (Value, *Exception) { return Bool(v.Type().call != nil), nil }),
		methO("id", func(t *Thread, _, v Value) (Value, *Exception) { return Int(int64(idOf(v))), nil }),
		methO("hash", func(t *Thread, _, v Value) (Value, *Exception) {
			h, err := Hash(t, v)
			return Int(h), err
		}),
		methO("chr", func(t *Thread, _, v Value) (Value, *Exception) {
			i, err := IndexInt(t, v, nil)
			if err != nil {
				return Value{}, err
			}
			if i < 0 || i > 0x10FFFF {
				return Value{}, Errorf(valueError, "chr() arg not in range(0x110000)")
			}
			return NewStr(runeStr(rune(i))), nil
		}),
		methO("ord", func(t *Thread, _, v Value) (Value, *Exception) {
			switch v.Type().layout {
			case strType:
				s := v.str()
				if s.n != 1 {
					return Value{}, typeErrorf("ord() expected a character, but string of length %d found", s.n)
				}
				return Int(int64(s.at(0))), nil
			case bytesType, byteArrayType:
				b := bytesOf(v)
				if len(b) != 1 {
					return Value{}, typeErrorf("ord() expected a character, but string of length %d found", len(b))
				}
				return Int(int64(b[0])), nil
			}
			return Value{}, typeErrorf("ord() expected string of length 1, but %s found", typeName(v))
		}),
		methO("hex", func(t *Thread, _, v Value) (Value, *Exception) { return intBaseStr(t, v, 16, "0x") }),
		methO("oct", func(t *Thread, _, v Value) (Value, *Exception) { return intBaseStr(t, v, 8, "0o") }),
		methO("bin", func(t *Thread, _, v Value) (Value, *Exception) { return intBaseStr(t, v, 2, "0b") }),
		methN("divmod", 2, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			exact := func(v Value) bool { typ := v.Type(); return typ == intType || typ == boolType || typ == floatType }
			if !exact(a[0]) || !exact(a[1]) {
				return divmodDunders(t, a[0], a[1])
			}
			if a[0].isFloatLike() || a[1].isFloatLike() {
				x, ok1, _ := toFloatOperand(a[0])
				y, ok2, _ := toFloatOperand(a[1])
				if ok1 && ok2 {
					if y == 0 {
						return Value{}, Errorf(zeroDivisionError, "float divmod()")
					}
					q, m := floatDivmod(x, y)
					return NewTuple(Float(q), Float(m)), nil
				}
			}
			if a[0].isInt() && a[1].isInt() {
				q, err := intArith(t, nbFloorDiv, a[0], a[1])
				if err != nil {
					return Value{}, err
				}
				m, err := intArith(t, nbMod, a[0], a[1])
				if err != nil {
					return Value{}, err
				}
				return NewTuple(q, m), nil
			}
			if r, found, err := callDunder(t, a[0].Type(), newStr("__divmod__"), a[0], a[1]); found && (err != nil || !r.Is(pyNotImplemented)) {
				return r, err
			}
			if r, found, err := callDunder(t, a[1].Type(), newStr("__rdivmod__"), a[1], a[0]); found && (err != nil || !r.Is(pyNotImplemented)) {
				return r, err
			}
			return Value{}, typeErrorf("unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(a[0]), typeName(a[1]))
		}),
		{Name: "pow", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [3]Value
			if err := parseArgs("pow", args, kw, []string{"base", "exp", "mod"}, 0, 2, -1, a[:]); err != nil {
				return Value{}, err
			}
			if a[2].IsNil() || a[2].IsNone() {
				return BinaryOp(t, a[0], a[1], nbPow)
			}
			if isProxy(a[0]) || isProxy(a[1]) || isProxy(a[2]) {
				// proxy_pow: the referents, all three.
				for i := range a {
					var err *Exception
					if a[i], err = unproxy(a[i]); err != nil {
						return Value{}, err
					}
				}
				fn, _ := t.interp.builtinsDict.GetStr("pow")
				return Call(t, fn, a[0], a[1], a[2])
			}
			if a[0].isInt() && a[1].isInt() && a[2].isInt() {
				return intPowMod(t, a[0], a[1], a[2])
			}
			if a[0].isFloatLike() || a[1].isFloatLike() || a[2].isFloatLike() || a[0].isInt() && a[1].isInt() {
				return Value{}, typeErrorf("pow() 3rd argument not allowed unless all arguments are integers")
			}
			if r, found, err := callDunder(t, a[0].Type(), dnNb[nbPow], a[0], a[1], a[2]); found {
				return r, err
			}
			return Value{}, typeErrorf("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", typeName(a[0]), typeName(a[1]), typeName(a[2]))
		}},
		{Name: "round", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [2]Value
			if err := parseArgs("round", args, kw, []string{"number", "ndigits"}, 0, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			r, found, err := lookupSpecial(t, a[0], "__round__")
			if err != nil {
				return Value{}, err
			}
			if !found {
				return Value{}, typeErrorf("type %s doesn't define __round__ method", typeName(a[0]))
			}
			if a[1].IsNil() || a[1].IsNone() {
				return Call(t, r)
			}
			return Call(t, r, a[1])
		}},
		{Name: "min", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			return minMax(t, "min", args, kw, LT)
		}},
		{Name: "max", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			return minMax(t, "max", args, kw, GT)
		}},
		{Name: "sum", Fn: builtinSum},
		{Name: "sorted", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			npos := len(args)
			if kw != nil {
				npos -= len(kw.items)
			}
			if npos != 1 {
				return Value{}, typeErrorf("sorted expected 1 argument, got %d", npos)
			}
			items, err := ToSlice(t, args[0])
			if err != nil {
				return Value{}, err
			}
			if _, ok := args[0].tupleItems(); ok {
				items = append([]Value(nil), items...)
			}
			l := NewList(items)
			sortM, _ := listType.dict().GetStr("sort")
			if _, err := sortM.methodDescr().def.Fn(t, l.Value(), args[1:], kw); err != nil {
				return Value{}, err
			}
			return l.Value(), nil
		}},
		methO("any", func(t *Thread, _, v Value) (Value, *Exception) {
			found := false
			err := Iterate(t, v, func(x Value) *Exception {
				b, err := IsTrue(t, x)
				if err != nil {
					return err
				}
				if b {
					found = true
					return errStopIterate
				}
				return nil
			})
			if err != nil && err != errStopIterate {
				return Value{}, err
			}
			return Bool(found), nil
		}),
		methO("all", func(t *Thread, _, v Value) (Value, *Exception) {
			ok := true
			err := Iterate(t, v, func(x Value) *Exception {
				b, err := IsTrue(t, x)
				if err != nil {
					return err
				}
				if !b {
					ok = false
					return errStopIterate
				}
				return nil
			})
			if err != nil && err != errStopIterate {
				return Value{}, err
			}
			return Bool(ok), nil
		}),
		methN("isinstance", 2, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			b, err := IsInstance(t, a[0], a[1])
			return Bool(b), err
		}),
		methN("issubclass", 2, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			b, err := IsSubclass(t, a[0], a[1])
			return Bool(b), err
		}),
		methN("iter", 1, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if len(a) == 2 {
				fn, sentinel := a[0], a[1]
				if fn.Type().call == nil {
					return Value{}, typeErrorf("iter(v, w): v must be callable")
				}
				done := false
				return newFuncIter(callIterType, func(t *Thread) (Value, *Exception) {
					if done {
						return Value{}, nil
					}
					r, err := Call(t, fn)
					if err != nil {
						if err.Matches(stopIterationExc) {
							done = true
							return Value{}, nil
						}
						return Value{}, err
					}
					eq, err := RichCompareBool(t, r, sentinel, EQ)
					if err != nil {
						return Value{}, err
					}
					if eq {
						done = true
						return Value{}, nil
					}
					return r, nil
				}), nil
			}
			return Iter(t, a[0])
		}),
		methN("next", 1, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			f := a[0].Type().next
			if f == nil {
				return Value{}, typeErrorf("'%s' object is not an iterator", typeName(a[0]))
			}
			r, err := f(t, a[0])
			if err != nil {
				if len(a) == 2 && err.Matches(stopIterationExc) {
					return a[1], nil
				}
				return Value{}, err
			}
			if r.IsNil() {
				if len(a) == 2 {
					return a[1], nil
				}
				return Value{}, NewException(stopIterationExc)
			}
			return r, nil
		}),
		methN("getattr", 2, 3, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if a[1].Type() != strType {
				return Value{}, typeErrorf("attribute name must be string, not '%s'", typeName(a[1]))
			}
			r, err := getAttr(t, a[0], a[1].str())
			if err != nil && len(a) == 3 && err.Matches(attributeError) {
				return a[2], nil
			}
			return r, err
		}),
		methN("setattr", 3, 3, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if a[1].Type() != strType {
				return Value{}, typeErrorf("attribute name must be string, not '%s'", typeName(a[1]))
			}
			return pyNone, setAttr(t, a[0], a[1].str(), a[2])
		}),
		methN("delattr", 2, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if a[1].Type() != strType {
				return Value{}, typeErrorf("attribute name must be string, not '%s'", typeName(a[1]))
			}
			return pyNone, setAttr(t, a[0], a[1].str(), Value{})
		}),
		methN("hasattr", 2, 2, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if a[1].Type() != strType {
				return Value{}, typeErrorf("attribute name must be string, not '%s'", typeName(a[1]))
			}
			_, found, err := lookupAttr(t, a[0], a[1].str())
			return Bool(found), err
		}),
		{Name: "format", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			if err := checkArgs("format", args, 1, 2); err != nil {
				return Value{}, err
			}
			spec := ""
			if len(args) == 2 {
				if args[1].Type() != strType {
					return Value{}, typeErrorf("format() argument 2 must be str, not %s", typeName(args[1]))
				}
				spec = args[1].str().s
			}
			return format(t, args[0], spec)
		}},
		methN("vars", 0, 1, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if len(a) == 0 {
				return t.locals()
			}
			d, found, err := lookupAttr(t, a[0], strDict)
			if err != nil {
				return Value{}, err
			}
			if !found {
				return Value{}, typeErrorf("vars() argument must have __dict__ attribute")
			}
			return d, nil
		}),
		methN("dir", 0, 1, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			var r Value
			var err *Exception
			if len(a) == 0 {
				loc, err := t.locals()
				if err != nil {
					return Value{}, err
				}
				r, err = CallMethod(t, loc, "keys")
				if err != nil {
					return Value{}, err
				}
			} else {
				m, found, e := lookupSpecial(t, a[0], "__dir__")
				if e != nil {
					return Value{}, e
				}
				if !found {
					return Value{}, typeErrorf("object does not provide __dir__")
				}
				if r, err = Call(t, m); err != nil {
					return Value{}, err
				}
			}
			items, err := ToSlice(t, r)
			if err != nil {
				return Value{}, err
			}
			items = append([]Value(nil), items...)
			if err := sortValues(t, items, Value{}, false); err != nil {
				return Value{}, err
			}
			return NewList(items).Value(), nil
		}),
		methNoArgs("globals", func(t *Thread, _ Value) (Value, *Exception) { return t.frame.globals.Value(), nil }),
		methNoArgs("locals", func(t *Thread, _ Value) (Value, *Exception) { return t.locals() }),
		{Name: "__build_class__", Fn: buildClass},
		{Name: "__import__", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			var a [5]Value
			if err := parseArgs("__import__", args, kw, []string{"name", "globals", "locals", "fromlist", "level"}, 0, 1, -1, a[:]); err != nil {
				return Value{}, err
			}
			if !a[0].Type().IsSubtype(strType) {
				return Value{}, typeErrorf("module name must be a string")
			}
			var g *Dict // a relative import needs a dict of globals
			if !a[1].IsNil() && a[1].Type() == dictType {
				g = a[1].dictObj()
			}
			level := Int(0)
			if !a[4].IsNil() {
				level = a[4]
			}
			return t.doImport(a[0].str().s, g, a[3], level)
		}},
		methN("input", 0, 1, func(t *Thread, _ Value, a []Value) (Value, *Exception) {
			if len(a) == 1 {
				s, err := StrOf(t, a[0])
				if err != nil {
					return Value{}, err
				}
				t.interp.stdout.WriteString(s)
			}
			t.interp.stdout.Flush()
			var line []byte
			var err error
			in := t.interp
			in.readStdin(t, func() { line, err = in.stdin.ReadBytes('\n') })
			for errors.Is(err, ErrInterrupted) {
				// Ctrl-C or a signal: its handler runs, then the read goes on.
				if e := t.CheckInterrupt(); e != nil {
					return Value{}, e
				}
				var more []byte
				in.readStdin(t, func() { more, err = in.stdin.ReadBytes('\n') })
				line = append(line, more...)
			}
			if err != nil && len(line) == 0 {
				return Value{}, NewException(eofError, NewStr("EOF when reading a line"))
			}
			// Decoded with its newline, as CPython's text layer sees the line.
			v, derr := t.interp.decodeStdin(t, line)
			if derr != nil || !bytes.HasSuffix(line, []byte("\n")) {
				return v, derr
			}
			l := v.str()
			return newStrN(l.s[:len(l.s)-1], l.n-1), nil
		}),
		{Name: "exec", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			_, err := execEval(t, "exec", args, kw)
			return pyNone, err
		}},
		{Name: "compile", Fn: builtinCompile},
		{Name: "eval", Fn: func(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
			return execEval(t, "eval", args, kw)
		}},
	}
}

func intBaseStr(t *Thread, v Value, base int, prefix string) (Value, *Exception) {
	i, err := Index(t, v)
	if err != nil {
		return Value{}, err
	}
	return NewStr(intFormatBase(i, base, prefix)), nil
}

func builtinPrint(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
	sep, end := " ", "\n"
	var file Value
	flush := false
	npos := len(args)
	if kw != nil {
		npos -= len(kw.items)
		for i, k := range kw.items {
			v := args[npos+i]
			switch k.str().s {
			case "sep":
				if !v.IsNone() {
					if v.Type() != strType {
						return Value{}, typeErrorf("sep must be None or a string, not %s", typeName(v))
					}
					sep = v.str().s
				}
			case "end":
				if !v.IsNone() {
					if v.Type() != strType {
						return Value{}, typeErrorf("end must be None or a string, not %s", typeName(v))
					}
					end = v.str().s
				}
			case "file":
				if !v.IsNone() {
					file = v
				}
			case "flush":
				b, err := IsTrue(t, v)
				if err != nil {
					return Value{}, err
				}
				flush = b
			default:
				return Value{}, typeErrorf("print() got an unexpected keyword argument '%s'", k.str().s)
			}
		}
	}
	if file.IsNil() {
		var ok bool
		if file, ok = ModuleDict(t.interp.sys).GetStr("stdout"); !ok {
			return Value{}, Errorf(runtimeError, "lost sys.stdout")
		}
		if file.IsNone() { // sys.stdout = None: print does nothing, as in CPython
			return pyNone, nil
		}
	}
	if file.Type() == stdStreamType {
		w := (*stdStream)(file.p)
		for i := 0; i < npos; i++ {
			if i > 0 {
				if err := w.write(t, sep); err != nil {
					return Value{}, err
				}
			}
			s, err := StrOf(t, args[i])
			if err != nil {
				return Value{}, err
			}
			if err := w.write(t, s); err != nil {
				return Value{}, err
			}
		}
		if err := w.write(t, end); err != nil {
			return Value{}, err
		}
		if flush {
			if err := w.flush(t); err != nil {
				return Value{}, err
			}
		}
		return pyNone, nil
	}
	write, err := GetAttrS(t, file, "write")
	if err != nil {
		return Value{}, err
	}
	// Each piece is its own write() call, as CPython's print makes them.
	for i := 0; i < npos; i++ {
		if i > 0 {
			if _, err := Call(t, write, NewStr(sep)); err != nil {
				return Value{}, err
			}
		}
		s, err := StrV(t, args[i])
		if err != nil {
			return Value{}, err
		}
		if _, err := Call(t, write, s); err != nil {
			return Value{}, err
		}
	}
	if _, err := Call(t, write, NewStr(end)); err != nil {
		return Value{}, err
	}
	if flush {
		if _, err := CallMethod(t, file, "flush"); err != nil {
			return Value{}, err
		}
	}
	return pyNone, nil
}

func minMax(t *Thread, name string, args []Value, kw *Tuple, op CompareOp) (Value, *Exception) {
	npos := len(args)
	var key, def Value
	if kw != nil {
		npos -= len(kw.items)
		for i, k := range kw.items {
			switch k.str().s {
			case "key":
				key = args[npos+i]
			case "default":
				def = args[npos+i]
			default:
				return Value{}, typeErrorf("%s() got an unexpected keyword argument '%s'", name, k.str().s)
			}
		}
	}
	if key.IsNone() {
		key = Value{}
	}
	var best, bestKey Value
	// consider makes x the best so far when it beats it.
	consider := func(x Value) *Exception {
		k := x
		if !key.IsNil() {
			var err *Exception
			if k, err = Call(t, key, x); err != nil {
				return err
			}
		}
		if best.IsNil() {
			best, bestKey = x, k
			return nil
		}
		better, err := RichCompareBool(t, k, bestKey, op)
		if err != nil {
			return err
		}
		if better {
			best, bestKey = x, k
		}
		return nil
	}
	switch {
	case npos == 0:
		return Value{}, typeErrorf("%s expected at least 1 argument, got 0", name)
	case npos == 1:
		// The items are taken one at a time, as CPython does: an iterable is never
		// copied, and a dict changed by the key function is a RuntimeError.
		if err := Iterate(t, args[0], consider); err != nil {
			return Value{}, err
		}
		if best.IsNil() {
			if !def.IsNil() {
				return def, nil
			}
			return Value{}, Errorf(valueError, "%s() iterable argument is empty", name)
		}
	default:
		if !def.IsNil() {
			return Value{}, typeErrorf("Cannot specify a default for %s() with multiple positional arguments", name)
		}
		for _, x := range args[:npos] {
			if err := consider(x); err != nil {
				return Value{}, err
			}
		}
	}
	return best, nil
}

func builtinSum(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
	var a [2]Value
	if err := parseArgs("sum", args, kw, []string{"iterable", "start"}, 1, 1, -1, a[:]); err != nil {
		return Value{}, err
	}
	acc := Int(0)
	if !a[1].IsNil() {
		acc = a[1]
		switch acc.Type().layout {
		case strType:
			return Value{}, typeErrorf("sum() can't sum strings [use ''.join(seq) instead]")
		case bytesType:
			return Value{}, typeErrorf("sum() can't sum bytes [use b''.join(seq) instead]")
		case byteArrayType:
			return Value{}, typeErrorf("sum() can't sum bytearray [use b''.join(seq) instead]")
		}
	}
	// Floats are summed with Neumaier's compensation, as CPython 3.12+ does; c is
	// the running compensation while acc is a float.
	c := 0.0
	flush := func() {
		if c != 0 && isFinite(c) {
			acc = Float(acc.float() + c)
		}
		c = 0
	}
	err := Iterate(t, a[0], func(x Value) *Exception {
		if acc.IsFloat() {
			if x.IsFloat() {
				f, y := acc.float(), x.float()
				s := f + y
				if math.Abs(f) >= math.Abs(y) {
					c += (f - s) + y
				} else {
					c += (y - s) + f
				}
				acc = Float(s)
				return nil
			}
			if x.IsSmallInt() || x.isBool() {
				acc = Float(acc.float() + float64(x.small()))
				return nil
			}
			flush()
		}
		r, err := BinaryOp(t, acc, x, nbAdd)
		if err != nil {
			return err
		}
		acc = r
		return nil
	})
	if acc.IsFloat() {
		flush()
	}
	return acc, err
}

// divmodDunders is divmod() through __divmod__/__rdivmod__, the right operand first
// when its type is a subclass of the left's that overrides __rdivmod__.
func divmodDunders(t *Thread, a, b Value) (Value, *Exception) {
	ta, tb := a.Type(), b.Type()
	name, rname := newStr("__divmod__"), newStr("__rdivmod__")
	rightFirst := ta != tb && tb.IsSubtype(ta) && !tb.lookup(rname).Is(ta.lookup(rname))
	if rightFirst {
		if r, found, err := callDunder(t, tb, rname, b, a); found && (err != nil || !r.Is(pyNotImplemented)) {
			return r, err
		}
	}
	if r, found, err := callDunder(t, ta, name, a, b); found && (err != nil || !r.Is(pyNotImplemented)) {
		return r, err
	}
	if ta != tb && !rightFirst {
		if r, found, err := callDunder(t, tb, rname, b, a); found && (err != nil || !r.Is(pyNotImplemented)) {
			return r, err
		}
	}
	return Value{}, typeErrorf("unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(a), typeName(b))
}

// numDivmod is divmod(a, b) for ints and floats (long_divmod, float_divmod):
// NotImplemented for other operands.
func numDivmod(t *Thread, a, b Value) (Value, *Exception) {
	if a.isInt() && b.isInt() {
		q, err := intArith(t, nbFloorDiv, a, b)
		if err != nil {
			return Value{}, err
		}
		m, err := intArith(t, nbMod, a, b)
		if err != nil {
			return Value{}, err
		}
		return NewTuple(q, m), nil
	}
	if !(a.isInt() || a.isFloatLike()) || !(b.isInt() || b.isFloatLike()) {
		return pyNotImplemented, nil
	}
	x, ok1, err := toFloatOperand(a)
	if err != nil {
		return Value{}, err
	}
	y, ok2, err := toFloatOperand(b)
	if err != nil {
		return Value{}, err
	}
	if !ok1 || !ok2 {
		return pyNotImplemented, nil
	}
	if y == 0 {
		return Value{}, Errorf(zeroDivisionError, "float divmod()")
	}
	q, m := floatDivmod(x, y)
	return NewTuple(Float(q), Float(m)), nil
}

// IsInstance is isinstance(obj, cls).
func IsInstance(t *Thread, obj, cls Value) (bool, *Exception) {
	if cls.Type().IsSubtype(typeType) && obj.Type() == cls.typeObj() {
		return true, nil // an exact match never asks the metaclass
	}
	if cls.Type() == typeType {
		if obj.Type().IsSubtype(cls.typeObj()) {
			return true, nil
		}
		return typeInstanceCheck(t, obj, cls.typeObj())
	}
	if items, ok := cls.tupleItems(); ok {
		if err := t.enterC(" in __instancecheck__"); err != nil {
			return false, err
		}
		defer t.leaveC()
		for _, c := range items {
			b, err := IsInstance(t, obj, c)
			if err != nil || b {
				return b, err
			}
		}
		return false, nil
	}
	if chk, found, err := lookupSpecial(t, cls, "__instancecheck__"); err != nil {
		return false, err
	} else if found {
		r, err := Call(t, chk, obj)
		if err != nil {
			return false, err
		}
		return IsTrue(t, r)
	}
	if cls.Type() == unionType {
		return IsInstance(t, obj, (*unionObj)(cls.p).args.Value())
	}
	return false, typeErrorf("isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// IsSubclass is issubclass(sub, cls).
func IsSubclass(t *Thread, sub, cls Value) (bool, *Exception) {
	if items, ok := cls.tupleItems(); ok {
		if err := t.enterC(" in __subclasscheck__"); err != nil {
			return false, err
		}
		defer t.leaveC()
		for _, c := range items {
			b, err := IsSubclass(t, sub, c)
			if err != nil || b {
				return b, err
			}
		}
		return false, nil
	}
	if cls.Type() != typeType {
		if chk, found, err := lookupSpecial(t, cls, "__subclasscheck__"); err != nil {
			return false, err
		} else if found {
			r, err := Call(t, chk, sub)
			if err != nil {
				return false, err
			}
			return IsTrue(t, r)
		}
	}
	if !sub.Type().IsSubtype(typeType) {
		return false, typeErrorf("issubclass() arg 1 must be a class")
	}
	if cls.Type() == unionType {
		return IsSubclass(t, sub, (*unionObj)(cls.p).args.Value())
	}
	if !cls.Type().IsSubtype(typeType) {
		return false, typeErrorf("issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	return sub.typeObj().IsSubtype(cls.typeObj()), nil
}

// locals returns the running frame's locals (a snapshot dict for function frames).
func (t *Thread) locals() (Value, *Exception) {
	f := t.frame
	if f == nil {
		return NewDict().Value(), nil
	}
	return frameLocals(f), nil
}

// frameLocals is a frame's f_locals: its locals mapping, or for a function frame a
// dict of the bound fast locals and cells.
func frameLocals(f *frame) Value {
	if !f.locals.IsNil() {
		return f.locals
	}
	d := NewDict()
	for i, n := range f.code.localsN {
		v := f.vals[i]
		if v.IsNil() {
			continue
		}
		k := f.code.bc.LocalsPlusKinds[i]
		if k&(0x40|0x80) != 0 && v.Type() == cellType {
			v = (*cellObject)(v.p).v
			if v.IsNil() {
				continue
			}
		}
		d.setStr(n, v)
	}
	return d.Value()
}

// execEval implements exec() and eval() for source strings and code objects.
func execEval(t *Thread, name string, args []Value, kw *Tuple) (Value, *Exception) {
	var a [3]Value
	if err := parseArgs(name, args, kw, []string{"source", "globals", "locals"}, 1, 1, -1, a[:]); err != nil {
		return Value{}, err
	}
	caller := t.frame
	globals := caller.globals
	locals := caller.locals
	if !a[1].IsNil() && !a[1].IsNone() {
		if a[1].Type().layout != dictType { // a dict subclass will do, as in CPython
			if name == "eval" {
				if a[1].Type().getitem != nil {
					return Value{}, typeErrorf("globals must be a real dict; try eval(expr, {}, mapping)")
				}
				return Value{}, typeErrorf("globals must be a dict")
			}
			return Value{}, typeErrorf("%s() globals must be a dict, not %s", name, typeName(a[1]))
		}
		globals = a[1].dictObj()
		locals = a[1]
	} else if locals.IsNil() {
		l, _ := t.locals()
		locals = l
	}
	if !a[2].IsNil() && !a[2].IsNone() {
		if a[2].Type().getitem == nil {
			if name == "eval" {
				return Value{}, typeErrorf("locals must be a mapping")
			}
			return Value{}, typeErrorf("locals must be a mapping or None, not %s", typeName(a[2]))
		}
		locals = a[2]
	}
	if _, ok := globals.GetStr("__builtins__"); !ok {
		globals.SetStr("__builtins__", t.interp.builtins)
	}
	var code *Code
	if a[0].Type() == codeType {
		code = a[0].code()
		if code.nfree > 0 {
			if name == "eval" {
				return Value{}, typeErrorf("code object passed to eval() may not contain free variables")
			}
			return Value{}, typeErrorf("code object requires a closure of exactly length %d", code.nfree)
		}
	} else {
		src, ok := sourceText(a[0])
		if !ok {
			return Value{}, typeErrorf("%s() arg 1 must be a string, bytes or code object", name)
		}
		if err := checkSourceEncodable(t, a[0]); err != nil {
			return Value{}, err
		}
		if name == "eval" {
			src = strings.TrimLeft(src, " \t")
		}
		c, err := t.compileString(src, "<string>", name, t.interp.optimize)
		if err != nil {
			return Value{}, err
		}
		code = c
	}
	return t.evalCode(code, globals, locals)
}

// compileString compiles the source text of exec, eval and compile, which refuse
// NUL characters with a bare SyntaxError (no file or line), as CPython does.
func (t *Thread) compileString(src, filename, mode string, optimize int) (*Code, *Exception) {
	if strings.IndexByte(src, 0) >= 0 {
		return nil, Errorf(syntaxError, "source code string cannot contain null bytes")
	}
	return t.compile(filename, []byte(src), mode, optimize)
}

// checkSourceEncodable raises CPython's UnicodeEncodeError for a str source
// holding a lone surrogate, which compile(), exec() and eval() encode to UTF-8
// strictly before parsing.
func checkSourceEncodable(t *Thread, v Value) *Exception {
	if v.Type().layout != strType || !strings.Contains(v.str().s, "\xed") {
		return nil
	}
	_, err := encodeStr(t, v.str(), "utf-8", "strict")
	return err
}

// sourceText returns the text of a str, bytes or bytearray source argument.
func sourceText(v Value) (string, bool) {
	switch v.Type().layout {
	case strType:
		return v.str().s, true
	case bytesType, byteArrayType:
		return string(bytesOf(v)), true
	}
	return "", false
}

// cfAllowIncompleteInput is PyCF_ALLOW_INCOMPLETE_INPUT: in mode 'single',
// compile() raises _IncompleteInputError for a statement more lines could
// complete (codeop's question).
const cfAllowIncompleteInput = 0x4000

// cfKnownFlags are the flags compile() accepts: the __future__ feature flags
// (CO_FUTURE_*, 0x20000 to 0x1000000), the obsolete CO_NESTED
// ones and the PyCF_* flags.
const cfKnownFlags = 0x1fe0000 | 0x0010 | 0x0200 | 0x0400 | 0x1000 | 0x2000 | 0x4000 | 0x8000

// builtinCompile is compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1).
func builtinCompile(t *Thread, _ Value, args []Value, kw *Tuple) (Value, *Exception) {
	var a [7]Value
	if err := parseArgs("compile", args, kw, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}, 0, 3, 6, a[:]); err != nil {
		return Value{}, err
	}
	if a[2].Type().layout != strType {
		return Value{}, typeErrorf("compile() argument 'mode' must be str, not %s", typeName(a[2]))
	}
	mode := a[2].str().s
	fname, err := fsPath(t, a[1])
	if err != nil {
		return Value{}, err
	}
	flags := int64(0)
	if !a[3].IsNil() {
		if flags, err = IndexInt(t, a[3], nil); err != nil {
			return Value{}, err
		}
	}
	if flags&^int64(cfKnownFlags) != 0 {
		return Value{}, Errorf(valueError, "compile(): unrecognised flags")
	}
	switch mode {
	case "exec", "eval", "single":
	case "func_type":
		if flags&CFOnlyAST == 0 {
			return Value{}, Errorf(valueError, "compile() mode 'func_type' requires flag PyCF_ONLY_AST")
		}
	default:
		if flags&CFOnlyAST != 0 {
			return Value{}, Errorf(valueError, "compile() mode must be 'exec', 'eval', 'single' or 'func_type'")
		}
		return Value{}, Errorf(valueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	opt := int64(-1)
	if !a[5].IsNil() {
		if opt, err = IndexInt(t, a[5], nil); err != nil {
			return Value{}, err
		}
	}
	if opt < -1 || opt > 2 {
		return Value{}, Errorf(valueError, "compile(): invalid optimize value")
	}
	if opt == -1 {
		opt = int64(t.interp.optimize)
	}
	if a[0].Type() == codeType {
		return a[0], nil
	}
	feature := int64(-1)
	if !a[6].IsNil() {
		if feature, err = IndexInt(t, a[6], nil); err != nil {
			return Value{}, err
		}
	}
	if r, done, err := compileAST(t, a[0], fname, mode, flags, int(opt), int(feature)); done {
		return r, err
	}
	src, ok := sourceText(a[0])
	if !ok {
		return Value{}, typeErrorf("compile() arg 1 must be a string, bytes or AST object")
	}
	if err := checkSourceEncodable(t, a[0]); err != nil {
		return Value{}, err
	}
	if flags&cfAllowIncompleteInput != 0 && mode == "single" && strings.IndexByte(src, 0) < 0 &&
		parser.IncompleteInput(fname, src) {
		return Value{}, Errorf(incompleteInputError, "incomplete input")
	}
	c, e := t.compileString(src, fname, mode, int(opt))
	if e != nil {
		return Value{}, e
	}
	return Value{p: unsafe.Pointer(c)}, nil
}

func newBuiltinsModule(t *Thread) Value {
	m := NewModule("builtins")
	d := ModuleDict(m)
	d.SetStr("__doc__", NewStr("Built-in functions, types, exceptions, and other objects."))
	for _, def := range builtinDefs() {
		d.SetStr(def.Name, NewBuiltin(def, m, "builtins"))
	}
	for _, typ := range []*Type{objectType, typeType, intType, boolType, floatType, complexType, strType, bytesType, byteArrayType,
		tupleType, listType, dictType, setType, frozenSetType, rangeType, sliceType, enumerateType, zipType, mapType,
		filterType, reversedType, propertyType, staticMethodType, classMethodType, superType, memoryViewType} {
		d.SetStr(typ.Name, TypeValue(typ))
	}
	for _, e := range excTypes {
		if e.module != "" { // io.UnsupportedOperation and the like live in their modules
			continue
		}
		d.SetStr(e.Name, TypeValue(e))
	}
	d.SetStr("EnvironmentError", TypeValue(osErrorExc))
	d.SetStr("IOError", TypeValue(osErrorExc))
	d.SetStr("copyright", Value{p: unsafe.Pointer(&quitter{Header: Header{typ: printerType}, name: "Copyright (c) Kaa authors.\nPython semantics by the Python Software Foundation."})})
	d.SetStr("credits", Value{p: unsafe.Pointer(&quitter{Header: Header{typ: printerType}, name: "Thanks to the CPython developers, whose implementation Kaa follows."})})
	d.SetStr("license", Value{p: unsafe.Pointer(&quitter{Header: Header{typ: printerType}, name: "See the LICENSE file of the Kaa distribution."})})
	d.SetStr("help", Value{p: unsafe.Pointer(&quitter{Header: Header{typ: printerType}, name: "Type help() for interactive help, or help(object) for help about object."})})
	for _, n := range []string{"exit", "quit"} {
		d.SetStr(n, Value{p: unsafe.Pointer(&quitter{Header: Header{typ: quitterType}, name: n})})
	}
	d.SetStr("None", pyNone)
	d.SetStr("True", pyTrue)
	d.SetStr("False", pyFalse)
	d.SetStr("Ellipsis", pyEllipsis)
	d.SetStr("NotImplemented", pyNotImplemented)
	d.SetStr("__debug__", pyTrue)
	return m
}

// quitter is exit and quit (site's _sitebuiltins.Quitter).
type quitter struct {
	Header
	name string
}

// QuitterType is the type of exit and quit; PrinterType of copyright, credits,
// license and help (their repr is their text).
var (
	quitterType = newType("_sitebuiltins.Quitter", nil, nil)
	printerType = newType("_sitebuiltins._Printer", nil, nil)
)

func init() {
	quitterType.hasDict = true
	quitterType.repr = func(t *Thread, v Value) (Value, *Exception) {
		return NewStr("Use " + (*quitter)(v.p).name + "() or Ctrl-D (i.e. EOF) to exit"), nil
	}
	quitterType.call = func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
		var a [1]Value
		if err := parseArgs("__call__", args, kw, []string{"code"}, 0, 0, -1, a[:]); err != nil {
			return Value{}, err
		}
		if a[0].IsNil() {
			return Value{}, NewException(systemExit)
		}
		return Value{}, NewException(systemExit, a[0])
	}
	quitterType.ready()
	printerType.repr = func(t *Thread, v Value) (Value, *Exception) { return NewStr((*quitter)(v.p).name), nil }
	printerType.call = func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
		t.interp.stdout.WriteString((*quitter)(v.p).name + "\n")
		return pyNone, nil
	}
	printerType.ready()
}
