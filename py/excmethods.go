package py

import (
	"fmt"
	"syscall"
	"unsafe"
)

func excNew(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
	npos := len(args)
	if kw != nil {
		npos -= len(kw.items)
	}
	e := &Exception{Header: Header{typ: typ}, args: newTuple(append([]Value(nil), args[:npos]...))}
	if n := excFieldCount(typ); n > 0 {
		e.extra = make([]Value, n)
		for i := range e.extra {
			e.extra[i] = pyNone
		}
	}
	return Value{p: unsafe.Pointer(e)}, nil
}

func excInit(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
	e := self.exc()
	npos := len(args)
	if kw != nil {
		npos -= len(kw.items)
		if e.typ.IsSubtype(attributeError) || e.typ.IsSubtype(nameErrorExc) || e.typ.IsSubtype(importError) {
			imp := e.typ.IsSubtype(importError)
			for i, k := range kw.items {
				v := args[npos+i]
				switch ks := k.str().s; {
				case ks == "name" && imp:
					e.extra[1] = v
				case ks == "name":
					e.extra[0] = v
				case ks == "obj" && e.typ.IsSubtype(attributeError):
					e.extra[1] = v
				case ks == "path" && imp:
					e.extra[2] = v
				case ks == "name_from" && imp:
					e.extra[3] = v
				default:
					tn := e.typ.Name
					if imp { // ModuleNotFoundError reports its base's name, as ImportError_init does
						tn = "ImportError"
					}
					return typeErrorf("%s() got an unexpected keyword argument '%s'", tn, ks)
				}
			}
		} else if !e.typ.heap {
			return typeErrorf("%s() takes no keyword arguments", e.typ.Name)
		}
	}
	e.args = newTuple(append([]Value(nil), args[:npos]...))
	if len(e.extra) > 0 {
		baseExcInitFields(e, args[:npos])
	}
	return nil
}

func init() {
	b := baseException
	b.new = excNew
	b.init = excInit
	b.repr = func(t *Thread, v Value) (Value, *Exception) {
		s, err := excRepr(t, v.exc())
		return NewStr(s), err
	}
	b.str = func(t *Thread, v Value) (Value, *Exception) {
		s, err := excStr(t, v.exc())
		return NewStr(s), err
	}
	b.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("args", func(t *Thread, v Value) (Value, *Exception) { return v.exc().args.Value(), nil },
				func(t *Thread, v, val Value) *Exception {
					items, err := ToSlice(t, val)
					if err != nil {
						return err
					}
					v.exc().args = newTuple(items)
					return nil
				}),
			getset("__dict__", instanceDictGet, instanceDictSet),
			getset("__traceback__", func(t *Thread, v Value) (Value, *Exception) {
				if tb := v.exc().traceback; tb != nil {
					return Value{p: unsafe.Pointer(tb)}, nil
				}
				return pyNone, nil
			}, func(t *Thread, v, val Value) *Exception {
				if val.IsNone() {
					v.exc().traceback = nil
					return nil
				}
				if val.Type() != tracebackType {
					return typeErrorf("__traceback__ must be a traceback or None")
				}
				v.exc().traceback = val.tb()
				return nil
			}),
			getset("__context__", func(t *Thread, v Value) (Value, *Exception) {
				if c := v.exc().context; c != nil {
					return c.Value(), nil
				}
				return pyNone, nil
			}, func(t *Thread, v, val Value) *Exception {
				if val.IsNone() {
					v.exc().context = nil
					return nil
				}
				if !val.Type().IsSubtype(baseException) {
					return typeErrorf("exception context must be None or derive from BaseException")
				}
				v.exc().context = val.exc()
				return nil
			}),
			getset("__cause__", func(t *Thread, v Value) (Value, *Exception) {
				if c := v.exc().cause; c != nil {
					return c.Value(), nil
				}
				return pyNone, nil
			}, func(t *Thread, v, val Value) *Exception {
				e := v.exc()
				if val.IsNone() {
					e.cause = nil
					e.suppressContext = true
					return nil
				}
				if !val.Type().IsSubtype(baseException) {
					return typeErrorf("exception cause must be None or derive from BaseException")
				}
				e.cause = val.exc()
				e.suppressContext = true
				return nil
			}),
			getset("__suppress_context__", func(t *Thread, v Value) (Value, *Exception) { return Bool(v.exc().suppressContext), nil },
				func(t *Thread, v, val Value) *Exception {
					b, err := IsTrue(t, val)
					v.exc().suppressContext = b
					return err
				}),
			methO("BaseException.with_traceback", func(t *Thread, self, tb Value) (Value, *Exception) {
				if tb.IsNone() {
					self.exc().traceback = nil
				} else {
					self.exc().traceback = tb.tb()
				}
				return self, nil
			}),
			methO("BaseException.add_note", func(t *Thread, self, note Value) (Value, *Exception) {
				if note.Type() != strType {
					return Value{}, typeErrorf("note must be a str, not '%s'", typeName(note))
				}
				notes, found, err := lookupAttr(t, self, newStr("__notes__"))
				if err != nil {
					return Value{}, err
				}
				if !found {
					notes = NewList(nil).Value()
					if err := setAttr(t, self, newStr("__notes__"), notes); err != nil {
						return Value{}, err
					}
				}
				l, ok := notes.asList()
				if !ok {
					return Value{}, typeErrorf("Cannot add note: __notes__ is not a list")
				}
				l.items = append(l.items, note)
				return pyNone, nil
			}),
			methO("BaseException.__setstate__", func(t *Thread, self, state Value) (Value, *Exception) {
				if state.IsNone() {
					return pyNone, nil
				}
				if state.Type().layout != dictType {
					return Value{}, typeErrorf("state is not a dictionary")
				}
				var err *Exception
				state.dictObj().Items(func(k, v Value) bool {
					if k.Type().layout != strType {
						err = typeErrorf("attribute name must be string, not '%s'", typeName(k))
						return false
					}
					err = setAttr(t, self, k.str(), v)
					return err == nil
				})
				return pyNone, err
			}),
			methNoArgs("BaseException.__reduce__", func(t *Thread, self Value) (Value, *Exception) {
				e := self.exc()
				if e.dict != nil && e.dict.Len() > 0 {
					return NewTuple(TypeValue(e.typ), e.args.Value(), e.dict.Value()), nil
				}
				return NewTuple(TypeValue(e.typ), e.args.Value()), nil
			}),
		}
	})
	for _, et := range excTypes[1:] {
		fields := excFields[et.Name]
		var defs []*MethodDef
		for i, f := range fields {
			if f == "winerror" || f == "_metadata" {
				continue // kept as storage only: Windows-only, and not in 3.13.0's dir()
			}
			defs = append(defs, getset(f, func(t *Thread, v Value) (Value, *Exception) { return v.exc().field(i), nil },
				func(t *Thread, v, val Value) *Exception {
					if val.IsNil() {
						val = pyNone
					}
					v.exc().extra[i] = val
					return nil
				}))
		}
		et.readyLazy(func() []*MethodDef { return defs })
	}
	// Fields inherited by subclasses resolve through the MRO; subclasses with their own
	// field lists (ModuleNotFoundError has ImportError's) already share the layout.
}

// errnoSubclass maps errno values to the OSError subclasses OSError(errno, …) builds,
// as CPython's errnomap does.
var errnoSubclass = map[syscall.Errno]*Type{
	syscall.EAGAIN: blockingIOError, syscall.EALREADY: blockingIOError, syscall.EINPROGRESS: blockingIOError,
	syscall.ECHILD: childProcessError, syscall.EPIPE: brokenPipeError, syscall.ESHUTDOWN: brokenPipeError,
	syscall.ECONNABORTED: connectionAbortedError, syscall.ECONNREFUSED: connectionRefusedError,
	syscall.ECONNRESET: connectionResetError, syscall.EEXIST: fileExistsError, syscall.ENOENT: fileNotFoundError,
	syscall.EISDIR: isADirectoryError, syscall.ENOTDIR: notADirectoryError, syscall.EINTR: interruptedError,
	syscall.EACCES: permissionError, syscall.EPERM: permissionError, syscall.ESRCH: processLookupError,
	syscall.ETIMEDOUT: timeoutError,
}

func osErrorNew(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
	npos := len(args)
	if kw != nil {
		npos -= len(kw.items)
	}
	if typ == osErrorExc && npos >= 2 && npos <= 5 {
		if n, ok := AsInt64(args[0]); ok {
			if sub, ok := errnoSubclass[syscall.Errno(n)]; ok {
				typ = sub
			}
		}
	}
	v, err := excNew(t, typ, args, kw)
	if err == nil {
		baseExcInitFields(v.exc(), args[:npos])
	}
	return v, err
}

func init() { osErrorExc.new = osErrorNew }

// unicodeErrorStr is str() of UnicodeEncodeError, UnicodeDecodeError and
// UnicodeTranslateError.
func unicodeErrorStr(t *Thread, e *Exception) (string, bool) {
	enc, obj, startV, endV, reason := e.extra[0], e.extra[1], e.extra[2], e.extra[3], e.extra[4]
	if e.Matches(unicodeTranslateError) {
		// UnicodeTranslateError(object, start, end, reason) has no encoding.
		obj, startV, endV, reason, enc = e.extra[0], e.extra[1], e.extra[2], e.extra[3], pyNone
	}
	if startV.IsNil() || endV.IsNil() || reason.IsNil() {
		return "", false
	}
	start, ok1 := AsInt64(startV)
	end, ok2 := AsInt64(endV)
	if !ok1 || !ok2 || reason.Type() != strType {
		return "", false
	}
	encName := ""
	if enc.Type() == strType {
		encName = enc.str().s
	}
	r := reason.str().s
	switch {
	case e.Matches(unicodeDecodeErrorExc):
		b, ok := bytesLike(obj)
		if !ok {
			return "", false
		}
		if end == start+1 && start >= 0 && int(start) < len(b) {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", encName, b[start], start, r), true
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", encName, start, end-1, r), true
	default:
		verb := "encode"
		prefix := "'" + encName + "' codec can't "
		if e.Matches(unicodeTranslateError) {
			verb, prefix = "translate", "can't "
		}
		if obj.Type() != strType {
			return "", false
		}
		cps := obj.str().Runes()
		if end == start+1 && start >= 0 && int(start) < len(cps) {
			c := cps[start]
			var cs string
			switch {
			case c <= 0xff:
				cs = fmt.Sprintf("\\x%02x", c)
			case c <= 0xffff:
				cs = fmt.Sprintf("\\u%04x", c)
			default:
				cs = fmt.Sprintf("\\U%08x", c)
			}
			return fmt.Sprintf("%s%s character '%s' in position %d: %s", prefix, verb, cs, start, r), true
		}
		return fmt.Sprintf("%s%s characters in position %d-%d: %s", prefix, verb, start, end-1, r), true
	}
}
