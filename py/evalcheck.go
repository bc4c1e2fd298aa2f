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

func mustTuple(v Value) *Tuple { mustLayout(v, tupleType, "a tuple"); return v.tuple() }
func mustList(v Value) *List   { mustLayout(v, listType, "a list"); return v.list() }
func mustDict(v Value) *Dict   { mustLayout(v, dictType, "a dict"); return v.dictObj() }
func mustStr(v Value) *Str     { mustLayout(v, strType, "a str"); return v.str() }

func mustSet(v Value) *set {
	if v.p == nil || v.Type().layout != setType && v.Type().layout != frozenSetType {
		panic(badBytecode("a set"))
	}
	return v.setObj()
}

func mustCode(v Value) *Code {
	if v.p == nil || v.Type() != codeType {
		panic(badBytecode("a code object"))
	}
	return v.code()
}

func mustFunction(v Value) *function {
	if v.p == nil || v.Type() != functionType {
		panic(badBytecode("a function"))
	}
	return v.function()
}

func mustCell(v Value) *cellObject {
	if v.p == nil || v.Type() != cellType {
		panic(badBytecode("a cell"))
	}
	return (*cellObject)(v.p)
}

func mustExc(v Value) *Exception {
	if v.p == nil || !v.Type().IsSubtype(baseException) {
		panic(badBytecode("an exception"))
	}
	return v.exc()
}
