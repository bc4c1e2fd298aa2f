package py

// Bytecode from outside (a .pyc, marshal data, code.replace) can break what the
// compiler guarantees: that LIST_APPEND finds a list below it, that RERAISE pops
// an exception, that LOAD_DEREF reads a cell. The eval loop reads those objects
// through the checked accessors below instead of casting: a broken guarantee
// panics with badBytecode, which the loop's recovery turns into SystemError,
// where an unchecked cast would read a struct of another type and could lead the
// Go runtime to a fault no recovery can catch. Each check is one type compare.

// badBytecode is the panic value of a broken bytecode invariant.
type badBytecode string

func (b badBytecode) Error() string { return "bad bytecode: " + string(b) + " expected on the stack" }

func mustLayout(v Value, layout *Type, what string) {
	if v.p == nil || v.Type().layout != layout {
		panic(badBytecode(what))
	}
}

func mustTuple(v Value) *Tuple { mustLayout(v, TupleType, "a tuple"); return v.tuple() }
func mustList(v Value) *List   { mustLayout(v, ListType, "a list"); return v.list() }
func mustDict(v Value) *Dict   { mustLayout(v, DictType, "a dict"); return v.dictObj() }
func mustStr(v Value) *Str     { mustLayout(v, StrType, "a str"); return v.str() }

func mustSet(v Value) *Set {
	if v.p == nil || v.Type().layout != SetType && v.Type().layout != FrozenSetType {
		panic(badBytecode("a set"))
	}
	return v.setObj()
}

func mustCode(v Value) *Code {
	if v.p == nil || v.Type() != CodeType {
		panic(badBytecode("a code object"))
	}
	return v.code()
}

func mustFunction(v Value) *Function {
	if v.p == nil || v.Type() != FunctionType {
		panic(badBytecode("a function"))
	}
	return v.function()
}

func mustCell(v Value) *Cell {
	if v.p == nil || v.Type() != CellType {
		panic(badBytecode("a cell"))
	}
	return (*Cell)(v.p)
}

func mustExc(v Value) *Exception {
	if v.p == nil || !v.Type().IsSubtype(BaseException) {
		panic(badBytecode("an exception"))
	}
	return v.exc()
}
