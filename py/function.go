package py

import (
	"fmt"
	"math"
	"math/big"
	"slices"
	"unsafe"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/constant"
	"github.com/kaa-python/kaa/marshal"
)

// Code is a runtime code object: the compiler's bytecode.Code with its constants and
// names converted to Values, and the tables the eval loop needs decoded once.
type Code struct {
	Header
	bc        *bytecode.Code // unexported: code outside py cannot rewrite a code object's bytecode
	consts    []Value
	names     []*Str
	localsN   []*Str
	nlocals   int // len(LocalsPlusNames)
	ncells    int
	nfree     int
	framesize int // nlocals + StackSize
	cellIdx   []int
	excTable  []bytecode.ExceptEntry
	lines     []int32 // line per code unit (-1: none), built lazily
	argIndex  map[string]int
	source    []string // the lines of interactive input it was compiled from
	quick     []byte   // the running form of co_code, with inline cache entries (quicken.go)
	gcache    []globalCache
	acache    []attrCache
}

// codeType is the type of code objects.
var codeType = newType("code", nil, nil)

func (v Value) code() *Code { return (*Code)(v.p) }

// NewCode converts a compiled code object for the VM.
func NewCode(c *bytecode.Code) *Code {
	co := &Code{Header: Header{typ: codeType}, bc: c}
	co.consts = make([]Value, len(c.Consts))
	for i, k := range c.Consts {
		co.consts[i] = constValue(k)
	}
	co.names = make([]*Str, len(c.Names))
	for i, n := range c.Names {
		co.names[i] = newStr(n)
	}
	co.localsN = make([]*Str, len(c.LocalsPlusNames))
	for i, n := range c.LocalsPlusNames {
		co.localsN[i] = newStr(n)
		k := c.LocalsPlusKinds[i]
		if k&bytecode.CO_FAST_CELL != 0 {
			co.ncells++
		}
		if k&bytecode.CO_FAST_FREE != 0 {
			co.nfree++
		}
	}
	co.nlocals = len(c.LocalsPlusNames)
	co.framesize = co.nlocals + c.StackSize
	co.excTable = bytecode.ExceptionTable(c)
	return co
}

// constValue converts a compile-time constant to a runtime Value.
func constValue(k any) Value {
	switch k := k.(type) {
	case constant.NoneType:
		return pyNone
	case constant.EllipsisType:
		return pyEllipsis
	case constant.Bool:
		return Bool(bool(k))
	case constant.Int:
		if k.Big != nil {
			return NewBigInt(k.Big)
		}
		return Int(k.Small)
	case constant.Float:
		return Float(float64(k))
	case constant.Complex:
		return NewComplex(complex128(k))
	case constant.Str:
		return NewStr(string(k))
	case constant.Bytes:
		return NewBytes([]byte(k))
	case constant.Tuple:
		items := make([]Value, len(k))
		for i, x := range k {
			items[i] = constValue(x)
		}
		return NewTuple(items...)
	case constant.FrozenSet:
		s := newSetObj(frozenSetType)
		for _, x := range k {
			s.add(nil, constValue(x))
		}
		return s.Value()
	case *bytecode.Code:
		return Value{p: unsafe.Pointer(NewCode(k))}
	case *big.Int:
		return NewBigInt(k)
	// A code object from marshal data may hold what no compiler puts in
	// co_consts; CPython runs it, loading the one object each time. Members that
	// cannot be hashed are left out.
	case marshal.List:
		items := make([]Value, len(k))
		for i, x := range k {
			items[i] = constValue(x)
		}
		return NewList(items).Value()
	case marshal.Set:
		s := newSetObj(setType)
		for _, x := range k {
			s.add(nil, constValue(x))
		}
		return s.Value()
	case marshal.Dict:
		d := NewDict()
		for i := range k.Keys {
			d.SetItem(nil, constValue(k.Keys[i]), constValue(k.Values[i]))
		}
		return d.Value()
	case marshal.StopIteration:
		return TypeValue(stopIterationExc)
	}
	panic(fmt.Sprintf("kaa: unknown constant %T", k))
}

// OrderFrozenSets reorders the members of c's frozenset constants (and those of
// its nested code objects) as CPython's compiler leaves them, so that the order
// a frozenset built from them iterates in is CPython's (it shows where members
// collide in the table). CPython builds the constant from the source's members,
// builds it again from its own iteration order as it merges constants, and a
// third time when making the code object interns a member (frozenSetBuilds).
// forPyc adds the last iteration, which is what CPython's marshal writes and
// dis shows; without it, the result is the list to build the running constant
// from.
func OrderFrozenSets(c *bytecode.Code, forPyc bool) { orderFrozenSets(c, forPyc, false) }

// OrderFrozenSetsSeed0 is OrderFrozenSets as a process with PYTHONHASHSEED=0
// orders them, whatever this process's hash key: for code compiled ahead of
// time (the embedded library), whose bytes must not depend on the run that
// made them.
func OrderFrozenSetsSeed0(c *bytecode.Code) { orderFrozenSets(c, false, true) }

func orderFrozenSets(c *bytecode.Code, forPyc, seed0 bool) {
	for i, k := range c.Consts {
		switch x := k.(type) {
		case constant.FrozenSet:
			n := frozenSetBuilds(x) - 1
			if forPyc {
				n++
			}
			for range n {
				x = frozenSetOrder(x, seed0)
			}
			c.Consts[i] = x
		case *bytecode.Code:
			orderFrozenSets(x, forPyc, seed0)
		}
	}
}

// frozenSetBuilds is how many times CPython's compiler builds a frozenset
// constant: 3 when interning replaces a member by the interned copy of the same
// string (intern_constants rebuilds the set then), else 2. Which strings
// CPython has already interned depends on everything it has seen; Kaa takes a
// member that is an identifier-like str of two or more characters to be one
// (one-character strings are singletons, never replaced).
func frozenSetBuilds(fs constant.FrozenSet) int {
	for _, m := range fs {
		if s, ok := m.(constant.Str); ok && len(s) >= 2 && allNameChars(string(s)) {
			return 3
		}
	}
	return 2
}

// allNameChars reports whether s is made of ASCII letters, digits and
// underscores only (CPython's all_name_chars).
func allNameChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// pycOrder is c as CPython's marshal writes it, for code ordered to run
// (OrderFrozenSets without forPyc): a copy where a frozenset constant needs one
// more reordering, c itself where none does.
func pycOrder(c *bytecode.Code) *bytecode.Code {
	var out *bytecode.Code
	for i, k := range c.Consts {
		var nk constant.Value
		switch x := k.(type) {
		case constant.FrozenSet:
			nk = orderedFrozenSet(x)
		case *bytecode.Code:
			if y := pycOrder(x); y != x {
				nk = y
			}
		}
		if nk == nil {
			continue
		}
		if out == nil {
			cp := *c
			cp.Consts = slices.Clone(c.Consts)
			out = &cp
		}
		out.Consts[i] = nk
	}
	if out == nil {
		return c
	}
	return out
}

// orderedFrozenSet is the order a frozenset built from fs's members (in fs's order)
// iterates them in, which is how CPython's dis and marshal show a frozenset constant.
func orderedFrozenSet(fs constant.FrozenSet) constant.FrozenSet { return frozenSetOrder(fs, false) }

// frozenSetOrder is FrozenSetOrder, with str and bytes members hashed with the
// zero key when seed0 is set (members nesting them keep the process's key).
func frozenSetOrder(fs constant.FrozenSet, seed0 bool) constant.FrozenSet {
	vals := make([]Value, len(fs))
	s := newSetObj(frozenSetType)
	for i, x := range fs {
		vals[i] = constValue(x)
		switch m := x.(type) {
		case constant.Str:
			if seed0 {
				v := NewStr(string(m))
				s.addHashed(nil, vals[i], strHash(hashSecret{}, &Str{s: v.str().s, n: v.str().n}))
				continue
			}
		case constant.Bytes:
			if seed0 {
				s.addHashed(nil, vals[i], strHash(hashSecret{}, &Str{s: string(m), n: len(m)}))
				continue
			}
		}
		s.add(nil, vals[i])
	}
	out := make(constant.FrozenSet, 0, len(fs))
	for _, e := range s.table {
		if e.key.p == nil || e.key.Is(setDummy) {
			continue
		}
		for i, v := range vals {
			if v.Is(e.key) {
				out = append(out, fs[i])
				break
			}
		}
	}
	return out
}

// lineAt returns the line number of the instruction at byte offset off (-1: none).
func (c *Code) lineAt(off int) int {
	if c.lines == nil {
		n := len(c.bc.Code) / 2
		lines := make([]int32, n)
		pos := bytecode.Positions(c.bc)
		for i := range lines {
			if i < len(pos) {
				lines[i] = int32(pos[i].Line)
			} else {
				lines[i] = -1
			}
		}
		c.lines = lines
	}
	i := off / 2
	if i < 0 || i >= len(c.lines) {
		return -1
	}
	return int(c.lines[i])
}

// function is a Python function object.
type function struct {
	Header
	code        *Code
	globals     *Dict
	builtins    *Dict
	name        Value
	qualname    Value
	defaults    *Tuple
	kwdefaults  *Dict
	closure     *Tuple
	annotations Value
	doc         Value
	module      Value
	typeParams  Value
}

// functionType is the type of Python functions.
var functionType = newType("function", nil, nil)

func (v Value) function() *function { return (*function)(v.p) }

func newFunction(t *Thread, code *Code, globals *Dict) *function {
	f := &function{Header: Header{typ: functionType}, code: code, globals: globals,
		name: NewStr(code.bc.Name), qualname: NewStr(code.bc.QualName), doc: pyNone, annotations: Value{}}
	f.builtins = t.interp.builtinsDict
	if b, ok := globals.GetStr("__builtins__"); ok {
		if b.Type() == moduleType {
			f.builtins = b.hdr().dict
		} else if b.Type() == dictType {
			f.builtins = b.dictObj()
		}
	}
	if m, ok := globals.getStr(strName); ok {
		f.module = m
	} else {
		f.module = pyNone
	}
	if len(code.consts) > 0 && code.consts[0].Type() == strType && code.bc.Flags&bytecode.CO_OPTIMIZED != 0 {
		f.doc = code.consts[0]
	}
	return f
}

// cellObject is a cell object (a variable shared with a nested function).
type cellObject struct {
	Header
	v Value
}

// cellType is the type of cells.
var cellType = newType("cell", nil, nil)

func newCell(v Value) Value {
	return Value{p: unsafe.Pointer(&cellObject{Header: Header{typ: cellType}, v: v})}
}

// method is a function bound to an object.
type method struct {
	Header
	fn   Value
	self Value
}

// methodType is the type of bound methods.
var methodType = newType("method", nil, nil)

// NewMethod binds fn to self.
func NewMethod(fn, self Value) Value {
	return Value{p: unsafe.Pointer(&method{Header: Header{typ: methodType}, fn: fn, self: self})}
}

func (v Value) method() *method { return (*method)(v.p) }

type staticMethod struct {
	Header
	f Value
}

type classMethod struct {
	Header
	f Value
}

var (
	staticMethodType = newType("staticmethod", nil, nil)
	classMethodType  = newType("classmethod", nil, nil)
)

// newStaticMethod wraps f in a staticmethod.
func newStaticMethod(f Value) Value {
	return Value{p: unsafe.Pointer(&staticMethod{Header: Header{typ: staticMethodType}, f: f})}
}

// NewClassMethod wraps f in a classmethod.
func NewClassMethod(f Value) Value {
	return Value{p: unsafe.Pointer(&classMethod{Header: Header{typ: classMethodType}, f: f})}
}

func funcRepr(t *Thread, v Value) (Value, *Exception) {
	f := v.function()
	q, _ := StrOf(t, f.qualname)
	return NewStr(fmt.Sprintf("<function %s at %#x>", q, idOf(v))), nil
}

func init() {
	codeType.repr = func(t *Thread, v Value) (Value, *Exception) {
		c := v.code()
		return NewStr(fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", c.bc.Name, idOf(v), c.bc.Filename, c.bc.FirstLineNo)), nil
	}
	codeType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("co_name", func(t *Thread, v Value) (Value, *Exception) { return NewStr(v.code().bc.Name), nil }, nil),
			getset("co_qualname", func(t *Thread, v Value) (Value, *Exception) { return NewStr(v.code().bc.QualName), nil }, nil),
			getset("co_filename", func(t *Thread, v Value) (Value, *Exception) { return NewStr(v.code().bc.Filename), nil }, nil),
			getset("co_firstlineno", func(t *Thread, v Value) (Value, *Exception) { return Int(int64(v.code().bc.FirstLineNo)), nil }, nil),
			getset("co_argcount", func(t *Thread, v Value) (Value, *Exception) { return Int(int64(v.code().bc.ArgCount)), nil }, nil),
			getset("co_posonlyargcount", func(t *Thread, v Value) (Value, *Exception) { return Int(int64(v.code().bc.PosOnlyArgCount)), nil }, nil),
			getset("co_kwonlyargcount", func(t *Thread, v Value) (Value, *Exception) { return Int(int64(v.code().bc.KwOnlyArgCount)), nil }, nil),
			getset("co_flags", func(t *Thread, v Value) (Value, *Exception) { return Int(int64(v.code().bc.Flags)), nil }, nil),
			getset("co_nlocals", func(t *Thread, v Value) (Value, *Exception) {
				n := 0
				for _, k := range v.code().bc.LocalsPlusKinds {
					if k&bytecode.CO_FAST_LOCAL != 0 {
						n++
					}
				}
				return Int(int64(n)), nil
			}, nil),
			getset("co_varnames", func(t *Thread, v Value) (Value, *Exception) { return codeNames(v.code(), bytecode.CO_FAST_LOCAL), nil }, nil),
			getset("co_cellvars", func(t *Thread, v Value) (Value, *Exception) { return codeNames(v.code(), bytecode.CO_FAST_CELL), nil }, nil),
			getset("co_freevars", func(t *Thread, v Value) (Value, *Exception) { return codeNames(v.code(), bytecode.CO_FAST_FREE), nil }, nil),
			getset("co_names", func(t *Thread, v Value) (Value, *Exception) {
				var out []Value
				for _, n := range v.code().names {
					out = append(out, strOf(n))
				}
				return NewTuple(out...), nil
			}, nil),
			getset("co_consts", func(t *Thread, v Value) (Value, *Exception) { return NewTuple(v.code().consts...), nil }, nil),
			getset("co_code", func(t *Thread, v Value) (Value, *Exception) { return NewBytes(v.code().bc.Code), nil }, nil),
			getset("co_stacksize", func(t *Thread, v Value) (Value, *Exception) { return Int(int64(v.code().bc.StackSize)), nil }, nil),
			getset("co_linetable", func(t *Thread, v Value) (Value, *Exception) { return NewBytes(v.code().bc.LineTable), nil }, nil),
			getset("co_exceptiontable", func(t *Thread, v Value) (Value, *Exception) { return NewBytes(v.code().bc.ExceptionTable), nil }, nil),
			getset("_co_code_adaptive", func(t *Thread, v Value) (Value, *Exception) { return NewBytes(v.code().bc.Code), nil }, nil),
			{Name: "replace", Fn: codeReplace, Doc: "Return a copy of the code object with new values for the specified fields."},
			methNoArgs("co_positions", codePositions),
			methNoArgs("co_lines", codeLines),
			withDoc(Func("_varname_from_oparg", "oparg", codeVarnameFromOparg), "(internal-only) Return the local variable name for the given oparg.\n\nWARNING: this method is for internal use only and may change or go away."),
		}
	})

	functionType.isMethod = true
	functionType.hasDict = true
	functionType.repr = funcRepr
	functionType.call = func(t *Thread, v Value, args []Value, kwnames *Tuple) (Value, *Exception) {
		return t.callFunction(v.function(), args, kwnames)
	}
	functionType.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
		if obj.IsNil() {
			return d, nil
		}
		return NewMethod(d, obj), nil
	}
	functionType.getattr = genericGetAttr
	functionType.setattr = genericSetAttr
	functionType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__name__", func(t *Thread, v Value) (Value, *Exception) { return v.function().name, nil },
				func(t *Thread, v, val Value) *Exception {
					if val.Type() != strType {
						return typeErrorf("__name__ must be set to a string object")
					}
					v.function().name = val
					return nil
				}),
			getset("__qualname__", func(t *Thread, v Value) (Value, *Exception) { return v.function().qualname, nil },
				func(t *Thread, v, val Value) *Exception {
					if val.Type() != strType {
						return typeErrorf("__qualname__ must be set to a string object")
					}
					v.function().qualname = val
					return nil
				}),
			getset("__doc__", func(t *Thread, v Value) (Value, *Exception) { return v.function().doc, nil },
				func(t *Thread, v, val Value) *Exception {
					if val.IsNil() {
						val = pyNone
					}
					v.function().doc = val
					return nil
				}),
			getset("__module__", func(t *Thread, v Value) (Value, *Exception) { return v.function().module, nil },
				func(t *Thread, v, val Value) *Exception {
					if val.IsNil() {
						val = pyNone
					}
					v.function().module = val
					return nil
				}),
			getset("__defaults__", func(t *Thread, v Value) (Value, *Exception) {
				if d := v.function().defaults; d != nil {
					return d.Value(), nil
				}
				return pyNone, nil
			}, func(t *Thread, v, val Value) *Exception {
				if val.IsNil() || val.IsNone() {
					v.function().defaults = nil
					return nil
				}
				if val.Type() != tupleType {
					return typeErrorf("__defaults__ must be set to a tuple object")
				}
				v.function().defaults = val.tuple()
				return nil
			}),
			getset("__kwdefaults__", func(t *Thread, v Value) (Value, *Exception) {
				if d := v.function().kwdefaults; d != nil {
					return d.Value(), nil
				}
				return pyNone, nil
			}, func(t *Thread, v, val Value) *Exception {
				if val.IsNil() || val.IsNone() {
					v.function().kwdefaults = nil
					return nil
				}
				if val.Type() != dictType {
					return typeErrorf("__kwdefaults__ must be set to a dict object")
				}
				v.function().kwdefaults = val.dictObj()
				return nil
			}),
			getset("__code__", func(t *Thread, v Value) (Value, *Exception) { return Value{p: unsafe.Pointer(v.function().code)}, nil },
				func(t *Thread, v, val Value) *Exception {
					if val.Type() != codeType {
						return typeErrorf("__code__ must be set to a code object")
					}
					fn := v.function()
					nclosure := 0
					if fn.closure != nil {
						nclosure = len(fn.closure.items)
					}
					if nfree := val.code().nfree; nfree != nclosure {
						return Errorf(valueError, "%s() requires a code object with %d free vars, not %d", fn.name.str().s, nclosure, nfree)
					}
					fn.code = val.code()
					return nil
				}),
			getset("__globals__", func(t *Thread, v Value) (Value, *Exception) { return v.function().globals.Value(), nil }, nil),
			getset("__builtins__", func(t *Thread, v Value) (Value, *Exception) { return v.function().builtins.Value(), nil }, nil),
			getset("__closure__", func(t *Thread, v Value) (Value, *Exception) {
				if c := v.function().closure; c != nil {
					return c.Value(), nil
				}
				return pyNone, nil
			}, nil),
			getset("__annotations__", func(t *Thread, v Value) (Value, *Exception) {
				f := v.function()
				if f.annotations.IsNil() || f.annotations.IsNone() {
					f.annotations = NewDict().Value()
				}
				if items, ok := f.annotations.tupleItems(); ok {
					d := NewDict()
					for i := 0; i+1 < len(items); i += 2 {
						d.SetItem(t, items[i], items[i+1])
					}
					f.annotations = d.Value()
				}
				return f.annotations, nil
			}, func(t *Thread, v, val Value) *Exception {
				if val.IsNil() {
					val = pyNone
				}
				v.function().annotations = val
				return nil
			}),
			getset("__type_params__", func(t *Thread, v Value) (Value, *Exception) {
				if p := v.function().typeParams; !p.IsNil() {
					return p, nil
				}
				return NewTuple(), nil
			}, func(t *Thread, v, val Value) *Exception {
				v.function().typeParams = val
				return nil
			}),
			getset("__dict__", instanceDictGet, instanceDictSet),
		}
	})

	cellType.repr = func(t *Thread, v Value) (Value, *Exception) {
		c := (*cellObject)(v.p)
		if c.v.IsNil() {
			return NewStr(fmt.Sprintf("<cell at %#x: empty>", idOf(v))), nil
		}
		return NewStr(fmt.Sprintf("<cell at %#x: %s object at %#x>", idOf(v), typeName(c.v), idOf(c.v))), nil
	}
	cellType.readyLazy(func() []*MethodDef {
		return []*MethodDef{getset("cell_contents", func(t *Thread, v Value) (Value, *Exception) {
			c := (*cellObject)(v.p)
			if c.v.IsNil() {
				return Value{}, Errorf(valueError, "Cell is empty")
			}
			return c.v, nil
		}, func(t *Thread, v, val Value) *Exception {
			(*cellObject)(v.p).v = val
			return nil
		})}
	})

	methodType.new = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
		if kwLen(kwnames) > 0 {
			return Value{}, typeErrorf("method() takes no keyword arguments")
		}
		if err := checkArgs("method", args, 2, 2); err != nil {
			return Value{}, err
		}
		if !callable(args[0]) {
			return Value{}, typeErrorf("first argument must be callable")
		}
		if args[1].IsNone() {
			return Value{}, typeErrorf("instance must not be None")
		}
		return NewMethod(args[0], args[1]), nil
	}
	methodType.call = func(t *Thread, v Value, args []Value, kwnames *Tuple) (Value, *Exception) {
		m := v.method()
		all := make([]Value, 0, len(args)+1)
		all = append(append(all, m.self), args...)
		return CallKw(t, m.fn, all, kwnames)
	}
	methodType.repr = func(t *Thread, v Value) (Value, *Exception) {
		m := v.method()
		name := "?"
		if q, found, _ := lookupAttr(t, m.fn, strQualname); found {
			name, _ = StrOf(t, q)
		} else if n, found, _ := lookupAttr(t, m.fn, strName); found {
			name, _ = StrOf(t, n)
		}
		r, err := Repr(t, m.self)
		if err != nil {
			return Value{}, err
		}
		return NewStr(fmt.Sprintf("<bound method %s of %s>", name, r)), nil
	}
	methodType.richcmp = func(t *Thread, a, b Value, op CompareOp) (Value, *Exception) {
		if b.Type() != methodType || (op != EQ && op != NE) {
			return pyNotImplemented, nil
		}
		x, y := a.method(), b.method()
		eq := x.fn.Is(y.fn) && x.self.Is(y.self)
		return Bool(eq == (op == EQ)), nil
	}
	methodType.hash = func(t *Thread, v Value) (int64, *Exception) {
		m := v.method()
		h, err := Hash(t, m.fn)
		return h ^ int64(idOf(m.self)>>4), err
	}
	methodType.getattr = func(t *Thread, v Value, name *Str) (Value, *Exception) {
		r, err := genericGetAttr(t, v, name)
		if err != nil && err.Matches(attributeError) {
			return getAttr(t, v.method().fn, name)
		}
		return r, err
	}
	methodType.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) { return d, nil }
	methodType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__func__", func(t *Thread, v Value) (Value, *Exception) { return v.method().fn, nil }, nil),
			getset("__self__", func(t *Thread, v Value) (Value, *Exception) { return v.method().self, nil }, nil),
			getset("__doc__", func(t *Thread, v Value) (Value, *Exception) { return getAttr(t, v.method().fn, strDoc) }, nil),
			methNoArgs("method.__reduce__", func(t *Thread, v Value) (Value, *Exception) {
				// getattr(instance, name): a bound method pickles by name.
				name, err := getAttr(t, v.method().fn, strName)
				if err != nil {
					return Value{}, err
				}
				getattr, _ := t.interp.builtinsDict.GetStr("getattr")
				return NewTuple(getattr, NewTuple(v.method().self, name)), nil
			}),
		}
	})

	staticMethodType.new = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
		if err := checkArgs("staticmethod", args, 1, 1); err != nil {
			return Value{}, err
		}
		return Value{p: unsafe.Pointer(&staticMethod{Header: Header{typ: typ}, f: args[0]})}, nil
	}
	staticMethodType.init = func(t *Thread, self Value, args []Value, kwnames *Tuple) *Exception { return nil }
	staticMethodType.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) { return (*staticMethod)(d.p).f, nil }
	staticMethodType.call = func(t *Thread, v Value, args []Value, kwnames *Tuple) (Value, *Exception) {
		return CallKw(t, (*staticMethod)(v.p).f, args, kwnames)
	}
	staticMethodType.hasDict = true
	staticMethodType.repr = func(t *Thread, v Value) (Value, *Exception) {
		r, err := Repr(t, (*staticMethod)(v.p).f)
		return NewStr("<staticmethod(" + r + ")>"), err
	}
	staticMethodType.getattr = wrappedAttr(func(v Value) Value { return (*staticMethod)(v.p).f })
	staticMethodType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__func__", func(t *Thread, v Value) (Value, *Exception) { return (*staticMethod)(v.p).f, nil }, nil),
			getset("__wrapped__", func(t *Thread, v Value) (Value, *Exception) { return (*staticMethod)(v.p).f, nil }, nil),
			getset("__isabstractmethod__", func(t *Thread, v Value) (Value, *Exception) {
				return isAbstract(t, (*staticMethod)(v.p).f)
			}, nil),
			getset("__dict__", instanceDictGet, instanceDictSet),
		}
	})

	classMethodType.new = func(t *Thread, typ *Type, args []Value, kwnames *Tuple) (Value, *Exception) {
		if err := checkArgs("classmethod", args, 1, 1); err != nil {
			return Value{}, err
		}
		return Value{p: unsafe.Pointer(&classMethod{Header: Header{typ: typ}, f: args[0]})}, nil
	}
	classMethodType.init = func(t *Thread, self Value, args []Value, kwnames *Tuple) *Exception { return nil }
	classMethodType.descrGet = func(t *Thread, d, obj Value, typ *Type) (Value, *Exception) {
		if typ == nil {
			typ = obj.Type()
		}
		return NewMethod((*classMethod)(d.p).f, TypeValue(typ)), nil
	}
	classMethodType.hasDict = true
	classMethodType.repr = func(t *Thread, v Value) (Value, *Exception) {
		r, err := Repr(t, (*classMethod)(v.p).f)
		return NewStr("<classmethod(" + r + ")>"), err
	}
	classMethodType.getattr = wrappedAttr(func(v Value) Value { return (*classMethod)(v.p).f })
	classMethodType.readyLazy(func() []*MethodDef {
		return []*MethodDef{
			getset("__func__", func(t *Thread, v Value) (Value, *Exception) { return (*classMethod)(v.p).f, nil }, nil),
			getset("__wrapped__", func(t *Thread, v Value) (Value, *Exception) { return (*classMethod)(v.p).f, nil }, nil),
			getset("__isabstractmethod__", func(t *Thread, v Value) (Value, *Exception) {
				return isAbstract(t, (*classMethod)(v.p).f)
			}, nil),
			getset("__dict__", instanceDictGet, instanceDictSet),
		}
	})
}

// wrappedAttr gives staticmethod/classmethod the wrapped function's __name__,
// __qualname__ and __doc__ (CPython copies them with functools.update_wrapper-like logic).
func wrappedAttr(inner func(Value) Value) getattrFunc {
	return func(t *Thread, v Value, name *Str) (Value, *Exception) {
		if name.s == "__doc__" { // the type's own __doc__ would win over the wrapped one
			if d := v.ownDict(); d != nil {
				if r, ok := d.getStr(name); ok {
					return r, nil
				}
			}
			return getAttr(t, inner(v), name)
		}
		r, err := genericGetAttr(t, v, name)
		if err != nil && err.Matches(attributeError) {
			switch name.s {
			case "__name__", "__qualname__", "__doc__", "__module__", "__annotations__":
				return getAttr(t, inner(v), name)
			}
		}
		return r, err
	}
}

func isAbstract(t *Thread, f Value) (Value, *Exception) {
	r, found, err := lookupAttr(t, f, newStr("__isabstractmethod__"))
	if err != nil || !found {
		return pyFalse, err
	}
	b, err := IsTrue(t, r)
	return Bool(b), err
}

func codeNames(c *Code, kind byte) Value {
	var out []Value
	for i, k := range c.bc.LocalsPlusKinds {
		if k&kind != 0 {
			out = append(out, strOf(c.localsN[i]))
		}
	}
	return NewTuple(out...)
}

// codeReplace is code.replace(**changes) for the fields that do not change the
// instruction stream's meaning in Kaa: names, flags, counts and the first line.
// The others (co_code, co_consts, co_names, the variable names, the tables)
// raise NotImplementedError.
func codeReplace(t *Thread, self Value, args []Value, kw *Tuple) (Value, *Exception) {
	if len(args) > kwLen(kw) {
		return Value{}, typeErrorf("replace() takes no positional arguments")
	}
	if self.Type() != codeType {
		return Value{}, typeErrorf("descriptor 'replace' for 'code' objects doesn't apply to a '%s' object", typeName(self))
	}
	old := self.code()
	c := *old
	bc := *old.bc
	c.bc = &bc
	c.lines, c.argIndex = nil, nil
	for i := 0; i < kwLen(kw); i++ {
		name, v := kw.items[i].str().s, args[i]
		intField := func(dst *int) *Exception {
			if !v.isInt() {
				return typeErrorf("replace() argument '%s' must be int, not %s", name, typeName(v))
			}
			n, ok := AsInt64(v)
			if !ok || n < math.MinInt32 || n > math.MaxInt32 {
				return Errorf(overflowError, "Python int too large to convert to C int")
			}
			*dst = int(n)
			return nil
		}
		strField := func(dst *string) *Exception {
			if v.Type() != strType && !v.Type().IsSubtype(strType) {
				return typeErrorf("replace() argument '%s' must be str, not %s", name, typeName(v))
			}
			*dst = v.str().s
			return nil
		}
		var err *Exception
		switch name {
		case "co_flags":
			var f int
			if err = intField(&f); err == nil {
				bc.Flags = uint32(f)
			}
		case "co_argcount":
			err = intField(&bc.ArgCount)
		case "co_posonlyargcount":
			err = intField(&bc.PosOnlyArgCount)
		case "co_kwonlyargcount":
			err = intField(&bc.KwOnlyArgCount)
		case "co_stacksize":
			if err = intField(&bc.StackSize); err == nil {
				c.framesize = c.nlocals + bc.StackSize
			}
		case "co_firstlineno":
			err = intField(&bc.FirstLineNo)
		case "co_name":
			err = strField(&bc.Name)
		case "co_qualname":
			err = strField(&bc.QualName)
		case "co_filename":
			err = strField(&bc.Filename)
		case "co_linetable", "co_exceptiontable":
			if v.Type() != bytesType {
				err = typeErrorf("replace() argument '%s' must be bytes, not %s", name, typeName(v))
				break
			}
			b := append([]byte(nil), bytesOf(v)...)
			if name == "co_linetable" {
				bc.LineTable = b
			} else {
				bc.ExceptionTable = b
				c.excTable = bytecode.ExceptionTable(&bc)
			}
		case "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars", "co_nlocals":
			err = Errorf(notImplementedError, "code.replace(): %s cannot be changed in Kaa", name)
		default:
			err = typeErrorf("replace() got an unexpected keyword argument '%s'", name)
		}
		if err != nil {
			return Value{}, err
		}
	}
	return Value{p: unsafe.Pointer(&c)}, nil
}

// noneIfNeg is a table value where -1 stands for None.
func noneIfNeg(n int) Value {
	if n < 0 {
		return pyNone
	}
	return Int(int64(n))
}

// codePositions is code.co_positions(): one (line, end_line, col, end_col) per code unit.
func codePositions(t *Thread, self Value) (Value, *Exception) {
	c := self.code()
	ps := bytecode.Positions(c.bc)
	n := len(c.bc.Code) / 2
	out := make([]Value, n)
	for i := range out {
		p := bytecode.Position{Line: -1, EndLine: -1, Col: -1, EndCol: -1}
		if i < len(ps) {
			p = ps[i]
		}
		out[i] = NewTuple(noneIfNeg(p.Line), noneIfNeg(p.EndLine), noneIfNeg(p.Col), noneIfNeg(p.EndCol))
	}
	return Iter(t, NewList(out).Value())
}

// codeLines is code.co_lines(): (start, end, line) ranges of byte offsets.
func codeLines(t *Thread, self Value) (Value, *Exception) {
	var out []Value
	for _, r := range bytecode.Lines(self.code().bc) {
		out = append(out, NewTuple(Int(int64(r.Start)), Int(int64(r.End)), noneIfNeg(r.Line)))
	}
	return Iter(t, NewList(out).Value())
}

// codeVarnameFromOparg is code._varname_from_oparg(oparg): the name of a
// locals-plus slot.
func codeVarnameFromOparg(t *Thread, self Value, args []Value) (Value, *Exception) {
	i, err := IndexInt(t, args[0], overflowError)
	if err != nil {
		return Value{}, err
	}
	c := self.code()
	if i < 0 || i >= int64(len(c.localsN)) {
		return Value{}, Errorf(indexError, "tuple index out of range")
	}
	return strOf(c.localsN[i]), nil
}

func withDoc(m *MethodDef, doc string) *MethodDef {
	m.Doc = doc
	return m
}

// CodeFromMarshal is the code object of a value marshal.Load read (ok false if
// it is not one). marshal has validated it as CPython's _PyCode_Validate does;
// what else is wrong with its bytecode surfaces as an exception when it runs.
func CodeFromMarshal(v constant.Value) (*Code, bool) {
	c, ok := v.(*bytecode.Code)
	if !ok {
		return nil, false
	}
	return NewCode(c), true
}
