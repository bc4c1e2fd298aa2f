package py

// Exception groups (PEP 654): BaseExceptionGroup's constructor, split/subgroup/derive,
// and the two pieces of except* the eval loop calls: CHECK_EG_MATCH's match/rest
// split and PREP_RERAISE_STAR's re-assembly of what the handlers raised.

func (e *Exception) egMessage() Value { return e.extra[0] }

func (e *Exception) egExceptions() []Value {
	items, _ := e.extra[1].tupleItems()
	return items
}

// egNew is BaseExceptionGroup.__new__(cls, message, exceptions).
func egNew(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
	if kw != nil && len(kw.items) > 0 {
		return Value{}, typeErrorf("%s() takes no keyword arguments", typ.Name)
	}
	if len(args) != 2 {
		return Value{}, typeErrorf("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, seq := args[0], args[1]
	if !msg.Type().IsSubtype(strType) {
		return Value{}, typeErrorf("argument 1 must be str, not %s", typeName(msg))
	}
	if !isSequenceForMatch(seq) {
		return Value{}, typeErrorf("second argument (exceptions) must be a sequence")
	}
	excs, err := ToSlice(t, seq)
	if err != nil {
		return Value{}, err
	}
	if len(excs) == 0 {
		return Value{}, Errorf(valueError, "second argument (exceptions) must be a non-empty sequence")
	}
	nestedBase := false
	for i, x := range excs {
		if !x.Type().IsSubtype(baseException) {
			return Value{}, Errorf(valueError, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !x.Type().IsSubtype(exceptionT) {
			nestedBase = true
		}
	}
	switch {
	case typ == baseExceptionGroup:
		if !nestedBase {
			typ = exceptionGroup
		}
	case typ == exceptionGroup:
		if nestedBase {
			return Value{}, typeErrorf("Cannot nest BaseExceptions in an ExceptionGroup")
		}
	default:
		if nestedBase && typ.IsSubtype(exceptionT) {
			return Value{}, typeErrorf("Cannot nest BaseExceptions in '%s'", typ.tpName())
		}
	}
	e := &Exception{Header: Header{typ: typ}, args: newTuple([]Value{msg, seq}), extra: []Value{msg, NewTuple(excs...)}}
	return e.Value(), nil
}

// newExceptionGroup is _PyExc_CreateExceptionGroup(message, excs).
func newExceptionGroup(t *Thread, msg string, excs []Value) (*Exception, *Exception) {
	v, err := egNew(t, baseExceptionGroup, []Value{NewStr(msg), NewTuple(excs...)}, nil)
	if err != nil {
		return nil, err
	}
	return v.exc(), nil
}

// egMatcher decides, for split and subgroup, whether an exception matches: by type
// (a class or a tuple of classes) or by a predicate.
type egMatcher func(x Value) (bool, *Exception)

func makeEGMatcher(t *Thread, m Value) (egMatcher, *Exception) {
	if isExcClass(m) {
		return func(x Value) (bool, *Exception) { return x.Type().IsSubtype(m.typeObj()), nil }, nil
	}
	if items, ok := m.tupleItems(); ok {
		for _, c := range items {
			if !isExcClass(c) {
				return nil, typeErrorf("expected an exception type, a tuple of exception types, or a callable (other than a class)")
			}
		}
		return func(x Value) (bool, *Exception) { return exceptionMatches(t, x, m) }, nil
	}
	if m.Type().call != nil && !(m.Type() == typeType || m.Type().IsSubtype(typeType)) {
		return func(x Value) (bool, *Exception) {
			r, err := Call(t, m, x)
			if err != nil {
				return false, err
			}
			return IsTrue(t, r)
		}, nil
	}
	return nil, typeErrorf("expected an exception type, a tuple of exception types, or a callable (other than a class)")
}

// egSplit splits exc into the part that matches and the rest (zero Value: none),
// rebuilding nested groups with derive() and copying their metadata.
func egSplit(t *Thread, exc Value, match egMatcher, wantRest bool) (Value, Value, *Exception) {
	ok, err := match(exc)
	if err != nil {
		return Value{}, Value{}, err
	}
	if ok {
		return exc, Value{}, nil
	}
	e := exc.exc()
	if !e.Matches(baseExceptionGroup) {
		return Value{}, exc, nil
	}
	var ms, rs []Value
	for _, sub := range e.egExceptions() {
		m, r, err := egSplit(t, sub, match, wantRest)
		if err != nil {
			return Value{}, Value{}, err
		}
		if !m.IsNil() {
			ms = append(ms, m)
		}
		if wantRest && !r.IsNil() {
			rs = append(rs, r)
		}
	}
	mv, err := egSubset(t, e, ms)
	if err != nil {
		return Value{}, Value{}, err
	}
	var rv Value
	if wantRest {
		if rv, err = egSubset(t, e, rs); err != nil {
			return Value{}, Value{}, err
		}
	}
	return mv, rv, nil
}

// egSubset derives a group holding excs from orig and copies orig's traceback,
// cause, context and notes, as exceptiongroup_subset does.
func egSubset(t *Thread, orig *Exception, excs []Value) (Value, *Exception) {
	if len(excs) == 0 {
		return Value{}, nil
	}
	v, err := CallMethod(t, orig.Value(), "derive", NewList(excs).Value())
	if err != nil {
		return Value{}, err
	}
	if !v.Type().IsSubtype(baseExceptionGroup) {
		return Value{}, typeErrorf("derive must return an instance of BaseExceptionGroup")
	}
	n := v.exc()
	n.traceback, n.context, n.cause = orig.traceback, orig.context, orig.cause
	n.suppressContext = orig.suppressContext
	if orig.dict != nil {
		if notes, ok := orig.dict.GetStr("__notes__"); ok && isSequenceForMatch(notes) {
			if n.dict == nil {
				n.dict = NewDict()
			}
			n.dict.SetStr("__notes__", notes)
		}
	}
	return v, nil
}

func orNone(v Value) Value {
	if v.IsNil() {
		return pyNone
	}
	return v
}

// checkEGMatch is CHECK_EG_MATCH: it returns (rest, match) for an except* clause.
func (t *Thread) checkEGMatch(exc, typ Value) (Value, Value, *Exception) {
	if err := checkExceptStarType(typ); err != nil {
		return Value{}, Value{}, err
	}
	e := exc.exc()
	m, err := exceptionMatches(t, exc, typ)
	if err != nil {
		return Value{}, Value{}, err
	}
	if m {
		if e.Matches(baseExceptionGroup) {
			return pyNone, exc, nil
		}
		// A naked exception is wrapped in a group that shares its traceback.
		g, err := newExceptionGroup(t, "", []Value{exc})
		if err != nil {
			return Value{}, Value{}, err
		}
		g.traceback = e.traceback
		return pyNone, g.Value(), nil
	}
	if !e.Matches(baseExceptionGroup) {
		return exc, pyNone, nil
	}
	pair, err := CallMethod(t, exc, "split", typ)
	if err != nil {
		return Value{}, Value{}, err
	}
	items, ok := pair.tupleItems()
	if !ok || len(items) != 2 {
		return Value{}, Value{}, typeErrorf("X.split(T) must return a tuple, not %s", typeName(pair))
	}
	return items[1], items[0], nil
}

func checkExceptStarType(typ Value) *Exception {
	check := func(c Value) *Exception {
		if !isExcClass(c) {
			return typeErrorf("catching classes that do not inherit from BaseException is not allowed")
		}
		if c.typeObj().IsSubtype(baseExceptionGroup) {
			return typeErrorf("catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
		return nil
	}
	if items, ok := typ.tupleItems(); ok {
		for _, c := range items {
			if err := check(c); err != nil {
				return err
			}
		}
		return nil
	}
	return check(typ)
}

// sameExcMetadata tells a re-raised exception (same notes, traceback, cause and
// context as the group being handled) from a newly raised one.
func sameExcMetadata(a, b *Exception) bool {
	var na, nb Value
	if a.dict != nil {
		na, _ = a.dict.GetStr("__notes__")
	}
	if b.dict != nil {
		nb, _ = b.dict.GetStr("__notes__")
	}
	return na.p == nb.p && na.n == nb.n && a.traceback == b.traceback && a.cause == b.cause && a.context == b.context
}

func collectLeafIDs(e *Exception, ids map[*Exception]bool) {
	if !e.Matches(baseExceptionGroup) {
		ids[e] = true
		return
	}
	for _, x := range e.egExceptions() {
		collectLeafIDs(x.exc(), ids)
	}
}

// prepReraiseStar is PREP_RERAISE_STAR: from the original exception and the list of
// what each except* handler raised (or None), plus the unhandled rest, it builds the
// exception to raise on: re-raised parts keep the original group's shape, new ones
// are grouped beside them.
func prepReraiseStar(t *Thread, orig, excs Value) (Value, *Exception) {
	items := excs.list().items
	if len(items) == 0 {
		return pyNone, nil
	}
	o := orig.exc()
	if !o.Matches(baseExceptionGroup) {
		return items[0], nil
	}
	var raised, reraised []Value
	for _, x := range items {
		if x.IsNone() {
			continue
		}
		if sameExcMetadata(x.exc(), o) {
			reraised = append(reraised, x)
		} else {
			raised = append(raised, x)
		}
	}
	var reraisedEG Value
	if len(reraised) > 0 {
		ids := map[*Exception]bool{}
		for _, x := range reraised {
			collectLeafIDs(x.exc(), ids)
		}
		m, _, err := egSplit(t, orig, func(x Value) (bool, *Exception) {
			return !x.exc().Matches(baseExceptionGroup) && ids[x.exc()], nil
		}, false)
		if err != nil {
			return Value{}, err
		}
		reraisedEG = m
	}
	keep := raised
	if !reraisedEG.IsNil() {
		keep = append(keep, reraisedEG)
	}
	switch len(keep) {
	case 0:
		return pyNone, nil
	case 1:
		return keep[0], nil
	}
	g, err := newExceptionGroup(t, "", keep)
	if err != nil {
		return Value{}, err
	}
	return g.Value(), nil
}

func init() {
	baseExceptionGroup.new = egNew
	baseExceptionGroup.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception { return nil }
	baseExceptionGroup.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("message", func(t *Thread, v Value) (Value, *Exception) { return v.exc().egMessage(), nil }, nil),
			getset("exceptions", func(t *Thread, v Value) (Value, *Exception) { return v.exc().extra[1], nil }, nil),
			methO("BaseExceptionGroup.derive", func(t *Thread, self, excs Value) (Value, *Exception) {
				return egNew(t, baseExceptionGroup, []Value{self.exc().egMessage(), excs}, nil)
			}),
			methO("BaseExceptionGroup.split", func(t *Thread, self, m Value) (Value, *Exception) {
				match, err := makeEGMatcher(t, m)
				if err != nil {
					return Value{}, err
				}
				mv, rv, err := egSplit(t, self, match, true)
				if err != nil {
					return Value{}, err
				}
				return NewTuple(orNone(mv), orNone(rv)), nil
			}),
			methO("BaseExceptionGroup.subgroup", func(t *Thread, self, m Value) (Value, *Exception) {
				match, err := makeEGMatcher(t, m)
				if err != nil {
					return Value{}, err
				}
				mv, _, err := egSplit(t, self, match, false)
				if err != nil {
					return Value{}, err
				}
				return orNone(mv), nil
			}),
		}
	})
}
