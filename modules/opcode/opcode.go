// Package opcode is the _opcode module: the predicates and stack effects of
// CPython 3.13's opcodes, answered from bytecode's tables (generated from
// python3.13), for lib/opcode.py and lib/dis.py.
package opcode

import (
	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/py"
)

// Def is the _opcode module.
var Def = &py.ModuleDef{
	Name:    "_opcode",
	Doc:     "Opcode support module.",
	Methods: methods,
	Exec: func(t *py.Thread, m *py.Module) *py.Exception {
		m.Set("ENABLE_SPECIALIZATION", py.Int(0)) // Kaa does not specialise instructions
		return nil
	},
}

// cInt converts an argument as Argument Clinic's "int" converter does.
func cInt(t *py.Thread, v py.Value) (int, *py.Exception) {
	n, err := py.IndexInt(t, v, py.OverflowError())
	if err != nil {
		return 0, err
	}
	if n < -1<<31 || n >= 1<<31 {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
	}
	return int(n), nil
}

// stackEffect is _opcode.stack_effect(opcode, oparg=None, /, *, jump=None).
func stackEffect(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	op, err := cInt(t, a[0])
	if err != nil {
		return py.Value{}, err
	}
	oparg := 0
	if !a[1].IsNone() {
		// CPython reads a C long and keeps its low 32 bits.
		n, err := py.IndexInt(t, a[1], nil)
		if err != nil {
			if err.Type() == py.OverflowError() {
				return py.Value{}, py.Errorf(py.OverflowError(), "Python int too large to convert to C long")
			}
			return py.Value{}, err
		}
		oparg = int(int32(n))
	}
	jump := -1
	switch {
	case a[2].IsNone():
	case a[2] == py.True():
		jump = 1
	case a[2] == py.False():
		jump = 0
	default:
		return py.Value{}, py.Errorf(py.ValueError(), "stack_effect: jump must be False, True or None")
	}
	eff, ok := bytecode.StackEffect(op, oparg, jump)
	if !ok {
		return py.Value{}, py.Errorf(py.ValueError(), "invalid opcode or oparg")
	}
	return py.Int(int64(eff)), nil
}

func predicate(name, doc string, pred uint8) *py.MethodDef {
	m := py.Func(name, "opcode", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		op, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Bool(bytecode.Has(op, pred)), nil
	})
	m.Doc = doc
	return m
}

func strList(xs []string) py.Value {
	out := make([]py.Value, len(xs))
	for i, x := range xs {
		out[i] = py.NewStr(x)
	}
	return py.NewList(out).Value()
}

var methods = []*py.MethodDef{
	withDoc(py.Func("stack_effect", "opcode, oparg=None, /, *, jump=None", stackEffect), "Compute the stack effect of the opcode."),
	predicate("is_valid", "Return True if opcode is valid, False otherwise.", bytecode.PredValid),
	predicate("has_arg", "Return True if the opcode uses its oparg, False otherwise.", bytecode.PredArg),
	predicate("has_const", "Return True if the opcode accesses a constant, False otherwise.", bytecode.PredConst),
	predicate("has_name", "Return True if the opcode accesses an attribute by name, False otherwise.", bytecode.PredName),
	predicate("has_jump", "Return True if the opcode has a jump target, False otherwise.", bytecode.PredJump),
	predicate("has_free", "Return True if the opcode accesses a free variable, False otherwise.\n\nNote that 'free' in this context refers to names in the current scope\nthat are referenced by inner scopes or names in outer scopes that are\nreferenced from this scope. It does not include references to global\nor builtin scopes.", bytecode.PredFree),
	predicate("has_local", "Return True if the opcode accesses a local variable, False otherwise.", bytecode.PredLocal),
	predicate("has_exc", "Return True if the opcode sets an exception handler, False otherwise.", bytecode.PredExc),
	withDoc(py.FuncNoArgs("get_specialization_stats", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		return py.None(), nil
	}), "Return the specialization stats"),
	withDoc(py.FuncNoArgs("get_intrinsic1_descs", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		one, _ := bytecode.Intrinsics()
		return strList(one), nil
	}), "Return a list of names of the unary intrinsics."),
	withDoc(py.FuncNoArgs("get_intrinsic2_descs", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		_, two := bytecode.Intrinsics()
		return strList(two), nil
	}), "Return a list of names of the binary intrinsics."),
	withDoc(py.FuncNoArgs("get_nb_ops", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		names, syms := bytecode.NbOps()
		out := make([]py.Value, len(names))
		for i := range names {
			out[i] = py.NewTuple(py.NewStr(names[i]), py.NewStr(syms[i]))
		}
		return py.NewList(out).Value(), nil
	}), "Return array of symbols of binary ops.\n\nIndexed by the BINARY_OP oparg value."),
	withDoc(py.Func("get_executor", "code, offset", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		if a[0].Type() != py.CodeType() {
			return py.Value{}, py.Errorf(py.TypeError(), "expected a code object, not '%s'", py.TypeName(a[0]))
		}
		if _, err := cInt(t, a[1]); err != nil {
			return py.Value{}, err
		}
		return py.Value{}, py.Errorf(py.RuntimeError(), "Executors are not available in this build")
	}), "Return the executor object at offset in code if exists, None otherwise."),
}

func withDoc(m *py.MethodDef, doc string) *py.MethodDef {
	m.Doc = doc
	return m
}
