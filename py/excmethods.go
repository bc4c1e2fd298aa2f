package py

import "unsafe"

func excNew(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
	npos := len(args)
	if kw != nil {
		npos -= len(kw.items)
	}
	e := &Exception{Header: Header{typ: typ}, args: newTuple(append([]Value(nil), args[:npos]...))}
	if n := excFieldCount(typ); n > 0 {
		e.extra = make([]Value, n)
		for i := range e.extra {
			e.extra[i] = None
		}
	}
	return Value{p: unsafe.Pointer(e)}, nil
}

func excInit(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
	e := self.exc()
	npos := len(args)
	if kw != nil {
		npos -= len(kw.items)
		if e.typ.IsSubtype(AttributeError) || e.typ.IsSubtype(NameError) || e.typ.IsSubtype(ImportError) {
			for i, k := range kw.items {
				v := args[npos+i]
				switch k.str().s {
				case "name":
					if e.typ.IsSubtype(ImportError) {
						e.extra[1] = v
					} else {
						e.extra[0] = v
					}
				case "obj":
					e.extra[1] = v
				case "path":
					e.extra[2] = v
				default:
					return typeErrorf("%s() got an unexpected keyword argument '%s'", e.typ.Name, k.str().s)
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
	b := BaseException
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
	b.ready(
		getset("args", func(t *Thread, v Value) (Value, *Exception) { return v.exc().args.Value(), nil },
			func(t *Thread, v, val Value) *Exception {
				items, err := ToSlice(t, val)
				if err != nil {
					return err
				}
				v.exc().args = newTuple(items)
				return nil
			}),
		getset("__traceback__", func(t *Thread, v Value) (Value, *Exception) {
			if tb := v.exc().traceback; tb != nil {
				return Value{p: unsafe.Pointer(tb)}, nil
			}
			return None, nil
		}, func(t *Thread, v, val Value) *Exception {
			if val.IsNone() {
				v.exc().traceback = nil
				return nil
			}
			if val.Type() != TracebackType {
				return typeErrorf("__traceback__ must be a traceback or None")
			}
			v.exc().traceback = val.tb()
			return nil
		}),
		getset("__context__", func(t *Thread, v Value) (Value, *Exception) {
			if c := v.exc().context; c != nil {
				return c.Value(), nil
			}
			return None, nil
		}, func(t *Thread, v, val Value) *Exception {
			if val.IsNone() {
				v.exc().context = nil
				return nil
			}
			if !val.Type().IsSubtype(BaseException) {
				return typeErrorf("exception context must be None or derive from BaseException")
			}
			v.exc().context = val.exc()
			return nil
		}),
		getset("__cause__", func(t *Thread, v Value) (Value, *Exception) {
			if c := v.exc().cause; c != nil {
				return c.Value(), nil
			}
			return None, nil
		}, func(t *Thread, v, val Value) *Exception {
			e := v.exc()
			if val.IsNone() {
				e.cause = nil
				e.suppressContext = true
				return nil
			}
			if !val.Type().IsSubtype(BaseException) {
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
			if note.Type() != StrType {
				return Value{}, typeErrorf("note must be a str, not '%s'", typeName(note))
			}
			notes, found, err := LookupAttr(t, self, newStr("__notes__"))
			if err != nil {
				return Value{}, err
			}
			if !found {
				notes = NewList(nil).Value()
				if err := SetAttr(t, self, newStr("__notes__"), notes); err != nil {
					return Value{}, err
				}
			}
			l, ok := notes.asList()
			if !ok {
				return Value{}, typeErrorf("Cannot add note: __notes__ is not a list")
			}
			l.items = append(l.items, note)
			return None, nil
		}),
		methNoArgs("BaseException.__reduce__", func(t *Thread, self Value) (Value, *Exception) {
			e := self.exc()
			if e.dict != nil && e.dict.Len() > 0 {
				return NewTuple(TypeValue(e.typ), e.args.Value(), e.dict.Value()), nil
			}
			return NewTuple(TypeValue(e.typ), e.args.Value()), nil
		}),
	)
	for _, et := range excTypes[1:] {
		fields := excFields[et.Name]
		var defs []*MethodDef
		for i, f := range fields {
			defs = append(defs, getset(f, func(t *Thread, v Value) (Value, *Exception) { return v.exc().field(i), nil },
				func(t *Thread, v, val Value) *Exception {
					if val.IsNil() {
						val = None
					}
					v.exc().extra[i] = val
					return nil
				}))
		}
		et.ready(defs...)
	}
	// Fields inherited by subclasses resolve through the MRO; subclasses with their own
	// field lists (ModuleNotFoundError has ImportError's) already share the layout.
}
