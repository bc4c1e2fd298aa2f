package py

// The CALL_INTRINSIC_1 and CALL_INTRINSIC_2 operations.

func (t *Thread) intrinsic1(f *frame, which int, v Value) (Value, *Exception) {
	switch which {
	case 1: // PRINT
		return t.printExpr(v)
	case 2: // IMPORT_STAR
		return pyNone, t.importStar(f, v)
	case 3: // STOPITERATION_ERROR
		e := v.exc()
		var msg string
		switch {
		case e.Matches(stopIterationExc):
			msg = "generator raised StopIteration"
			if f.code.bc.Flags&0x80 != 0 {
				msg = "coroutine raised StopIteration"
			} else if f.code.bc.Flags&0x200 != 0 {
				msg = "async generator raised StopIteration"
			}
		case e.Matches(stopAsyncIteration) && f.code.bc.Flags&0x200 != 0:
			msg = "async generator raised StopAsyncIteration"
		default:
			return v, nil
		}
		n := Errorf(runtimeError, "%s", msg)
		n.cause = e
		n.context = e
		n.suppressContext = true
		n.fresh = false
		return n.Value(), nil
	case 4: // ASYNC_GEN_WRAP
		return asyncGenWrap(v), nil
	case 5: // UNARY_POSITIVE
		return UnaryOp(t, v, '+')
	case 6: // LIST_TO_TUPLE
		return NewTuple(append([]Value(nil), v.list().items...)...), nil
	case 7, 8, 9, 10, 11: // TYPEVAR, PARAMSPEC, TYPEVARTUPLE, SUBSCRIPT_GENERIC, TYPEALIAS
		return typingIntrinsic1(t, which, v)
	}
	return Value{}, Errorf(systemError, "intrinsic %d not supported yet", which)
}

func (t *Thread) intrinsic2(which int, a, b Value) (Value, *Exception) {
	switch which {
	case 1: // PREP_RERAISE_STAR
		return prepReraiseStar(t, a, b)
	case 4: // SET_FUNCTION_TYPE_PARAMS
		a.function().typeParams = b
		return a, nil
	case 2, 3, 5: // TYPEVAR_WITH_BOUND, TYPEVAR_WITH_CONSTRAINTS, SET_TYPEPARAM_DEFAULT
		return typingIntrinsic2(t, which, a, b)
	}
	return Value{}, Errorf(systemError, "intrinsic2 %d not supported yet", which)
}
