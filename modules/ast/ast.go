// Package ast is the _ast module: the node classes of Python 3.13's abstract syntax
// tree (every class with CPython's _fields, _attributes, _field_types, defaults and
// constructor rules), the PyCF_* flags, and the converters compile() uses between
// these objects and package syntax/ast's trees (installed with py.SetASTBridge).
//
// The class tables are generated from python3.13 (gen_tables.py); each interpreter
// builds its own classes from them on first import, as heap types under the native
// base ast.AST, so that programs may add attributes to them as lib/ast.py does.
package ast

//go:generate sh -c "python3.13 gen_tables.py | gofmt > tables_gen.go"

import (
	"fmt"
	"reflect"
	"strings"

	"github.com/kaa-python/kaa/py"
)

// classInfo is one class of the _ast module, as gen_tables.py reads it.
type classInfo struct {
	name, base, doc string
	// abstract marks the sums (mod, stmt, expr, ...), direct subclasses of AST.
	abstract   bool
	fields     []fieldInfo
	attributes []string // own _attributes (sums and the product types that have them)

	// Filled in at initialisation.
	allAttrs []string     // the attributes instances carry (own or the sum's)
	goType   reflect.Type // the syntax/ast struct of a concrete node
	goField  [][]int      // per field: its index path in goType
	goAttr   [][]int      // per attribute: its index path in goType
	members  []*classInfo // a sum's concrete classes
	baseInfo *classInfo   // the sum a concrete class belongs to (nil for products)
	enum     bool         // an operator or context singleton class
}

// fieldInfo is one entry of _fields: its name, ASDL type and qualifier ('1'
// required, '?' optional, '*' a list).
type fieldInfo struct {
	name, typ string
	q         byte
}

var byName = map[string]*classInfo{}

func init() {
	for _, c := range classTable {
		byName[c.name] = c
	}
	for _, c := range classTable {
		if c.abstract {
			c.allAttrs = c.attributes
			continue
		}
		base := byName[c.base]
		if base != nil {
			base.members = append(base.members, c)
			c.baseInfo = base
		}
		c.allAttrs = c.attributes
		if c.allAttrs == nil && base != nil {
			c.allAttrs = base.attributes
		}
		if _, ok := goEnums[c.name]; ok {
			c.enum = true
			continue
		}
		c.goType = goTypes[c.name]
		byGoType[c.goType] = c
		for _, f := range c.fields {
			c.goField = append(c.goField, goIndex(c.goType, f.name))
		}
		for _, a := range c.allAttrs {
			c.goAttr = append(c.goAttr, goIndex(c.goType, a))
		}
	}
	py.SetASTBridge(&py.ASTBridge{ToPy: toPython, FromPy: fromPython, IsAST: isAST})
}

// goIndex finds the Go field of a _fields or _attributes name (type_comment is
// TypeComment, lineno is Pos.Lineno).
func goIndex(t reflect.Type, name string) []int {
	var b strings.Builder
	for _, p := range strings.Split(name, "_") {
		if p != "" {
			b.WriteString(strings.ToUpper(p[:1]) + p[1:])
		}
	}
	f, ok := t.FieldByName(b.String())
	if !ok {
		panic(fmt.Sprintf("modules/ast: %s has no field for %s", t, name))
	}
	return f.Index
}

// Def is the _ast module.
var Def = &py.ModuleDef{
	Name: "_ast",
	Exec: execModule,
}

// state is an interpreter's _ast classes.
type state struct {
	classes   map[string]*py.Type
	info      map[*py.Type]*classInfo
	singleton map[string]py.Value // Load(), Add(), ...: one instance each
}

func execModule(t *py.Thread, m *py.Module) *py.Exception {
	st := &state{classes: map[string]*py.Type{}, info: map[*py.Type]*classInfo{}, singleton: map[string]py.Value{}}
	m.Set("AST", py.TypeValue(astType))
	for _, c := range classTable {
		typ, err := makeClass(t, st, c)
		if err != nil {
			return err
		}
		st.classes[c.name] = typ
		st.info[typ] = c
		m.Set(c.name, py.TypeValue(typ))
	}
	// _field_types (and __annotations__, a copy) name other classes, so they
	// come once every class exists.
	for _, c := range classTable {
		if c.abstract {
			continue
		}
		types := py.NewDict()
		ann := py.NewDict()
		for _, f := range c.fields {
			ft, err := fieldType(t, st, f)
			if err != nil {
				return err
			}
			types.SetStr(f.name, ft)
			ann.SetStr(f.name, ft)
		}
		cls := py.TypeValue(st.classes[c.name])
		if err := py.SetAttrS(t, cls, "_field_types", types.Value()); err != nil {
			return err
		}
		if err := py.SetAttrS(t, cls, "__annotations__", ann.Value()); err != nil {
			return err
		}
	}
	for _, c := range classTable {
		if c.enum {
			st.singleton[c.name] = newNode(st.classes[c.name])
		}
	}
	m.Set("PyCF_ONLY_AST", py.Int(py.CFOnlyAST))
	m.Set("PyCF_TYPE_COMMENTS", py.Int(py.CFTypeComments))
	m.Set("PyCF_ALLOW_TOP_LEVEL_AWAIT", py.Int(py.CFAllowTopLevelAwait))
	m.Set("PyCF_OPTIMIZED_AST", py.Int(py.CFOptimizedAST))
	m.SetState(st)
	return nil
}

func strTuple(names []string) py.Value {
	vs := make([]py.Value, len(names))
	for i, n := range names {
		vs[i] = py.NewStr(n)
	}
	return py.NewTuple(vs...)
}

// makeClass builds one node class with type(name, (base,), namespace).
func makeClass(t *py.Thread, st *state, c *classInfo) (*py.Type, *py.Exception) {
	base := astType
	if c.base != "AST" {
		base = st.classes[c.base]
	}
	ns := py.NewDict()
	names := make([]string, len(c.fields))
	for i, f := range c.fields {
		names[i] = f.name
	}
	ns.SetStr("_fields", strTuple(names))
	ns.SetStr("__match_args__", strTuple(names))
	ns.SetStr("__module__", py.NewStr("ast"))
	ns.SetStr("__doc__", py.NewStr(c.doc))
	if c.abstract {
		ns.SetStr("_attributes", strTuple(c.attributes))
		for _, a := range c.attributes {
			if a == "end_lineno" || a == "end_col_offset" {
				ns.SetStr(a, py.None())
			}
		}
	} else if c.attributes != nil {
		ns.SetStr("_attributes", strTuple(c.attributes))
		for _, a := range c.attributes {
			if a == "end_lineno" || a == "end_col_offset" {
				ns.SetStr(a, py.None())
			}
		}
	}
	if !c.abstract {
		for _, f := range c.fields {
			if f.q == '?' {
				ns.SetStr(f.name, py.None())
			}
		}
	}
	v, err := py.Call(t, py.TypeValue(py.TypeType()), py.NewStr(c.name), py.NewTuple(py.TypeValue(base)), ns.Value())
	if err != nil {
		return nil, err
	}
	return py.AsType(v), nil
}

// fieldType is a field's _field_types entry: str, int, object, a node class,
// list[...] or ... | None.
func fieldType(t *py.Thread, st *state, f fieldInfo) (py.Value, *py.Exception) {
	var base py.Value
	switch f.typ {
	case "identifier", "string":
		base = py.TypeValue(py.StrType())
	case "int":
		base = py.TypeValue(py.IntType())
	case "constant":
		base = py.TypeValue(py.ObjectType())
	default:
		base = py.TypeValue(st.classes[f.typ])
	}
	switch f.q {
	case '*':
		return py.NewGenericAlias(t, py.TypeValue(py.ListType()), base)
	case '?':
		return py.BinaryOp(t, base, py.None(), py.OpOr)
	}
	return base, nil
}

// astObject is an AST node: its fields and attributes live in its __dict__.
type astObject struct {
	py.Header
}

func newNode(typ *py.Type) py.Value {
	o := &astObject{}
	return py.NewObject(&o.Header, typ)
}

var astType = py.NewType(&py.TypeDef{
	Name:    "ast.AST",
	Dict:    true,
	Weakref: true,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		return newNode(typ), nil
	},
	Init: astInit,
	Methods: []*py.MethodDef{
		py.ClassConst("_fields", py.NewTuple()),
		py.ClassConst("__match_args__", py.NewTuple()),
		py.ClassConst("_attributes", py.NewTuple()),
		py.FuncNoArgs("AST.__reduce__", astReduce),
	},
})

// stateOf returns the interpreter's _ast classes, importing the module if needed.
func stateOf(t *py.Thread) (*state, *py.Exception) {
	m, err := py.Import(t, "_ast")
	if err != nil {
		return nil, err
	}
	mod := py.ModuleOf(m)
	if mod == nil {
		return nil, py.Errorf(py.SystemError(), "_ast is not a module")
	}
	st, ok := mod.State().(*state)
	if !ok {
		return nil, py.Errorf(py.SystemError(), "_ast module state missing")
	}
	return st, nil
}

func getSeq(t *py.Thread, v py.Value) ([]py.Value, *py.Exception) {
	if items, ok := py.TupleItems(v); ok {
		return items, nil
	}
	return py.ToSlice(t, v)
}

// astInit is AST.__init__ with Python 3.13's rules: positional arguments fill
// _fields in order; keywords may name fields or attributes (others are set with a
// DeprecationWarning); fields left out get None (optional), [] (lists) or Load()
// (expression contexts), or a DeprecationWarning when they are required.
func astInit(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) *py.Exception {
	typ := self.Type()
	nkw := 0
	if kwnames != nil {
		nkw = len(kwnames.Items())
	}
	pos := args[:len(args)-nkw]
	var fields []py.Value
	if fv, ok, err := py.LookupAttrS(t, py.TypeValue(typ), "_fields"); err != nil {
		return err
	} else if ok {
		if fields, err = getSeq(t, fv); err != nil {
			return err
		}
	}
	short := typ.Name
	if i := strings.LastIndexByte(short, '.'); i >= 0 {
		short = short[i+1:]
	}
	if len(pos) > len(fields) {
		s := "s"
		if len(fields) == 1 {
			s = ""
		}
		return py.Errorf(py.TypeError(), "%s constructor takes at most %d positional argument%s", short, len(fields), s)
	}
	set := map[string]bool{}
	for i, a := range pos {
		name, ok := py.AsStr(fields[i])
		if !ok {
			return py.Errorf(py.TypeError(), "attribute name must be string, not '%s'", py.TypeName(fields[i]))
		}
		if err := py.SetAttrS(t, self, name, a); err != nil {
			return err
		}
		set[name] = true
	}
	fieldSet := map[string]bool{}
	for _, f := range fields {
		if s, ok := py.AsStr(f); ok {
			fieldSet[s] = true
		}
	}
	var attrs map[string]bool
	if nkw > 0 {
		attrs = map[string]bool{}
		if av, ok, err := py.LookupAttrS(t, py.TypeValue(typ), "_attributes"); err != nil {
			return err
		} else if ok {
			items, err := getSeq(t, av)
			if err != nil {
				return err
			}
			for _, a := range items {
				if s, ok := py.AsStr(a); ok {
					attrs[s] = true
				}
			}
		}
	}
	var kws []py.Value
	if kwnames != nil {
		kws = kwnames.Items()
	}
	nset := len(pos)
	for i, k := range kws {
		name, _ := py.AsStr(k)
		if fieldSet[name] {
			nset++
		}
		if set[name] {
			return py.Errorf(py.TypeError(), "%s got multiple values for argument '%s'", short, name)
		}
		if !fieldSet[name] && !attrs[name] {
			tn := typ.Name
			if typ.Name == "AST" && typ.Module() == "ast" && !typ.IsHeap() {
				tn = "ast.AST" // the static type's tp_name
			}
			msg := fmt.Sprintf("%s.__init__ got an unexpected keyword argument '%s'. Support for arbitrary keyword arguments is deprecated and will be removed in Python 3.15.", tn, name)
			if err := t.Warn(py.DeprecationWarning(), msg); err != nil {
				return err
			}
		}
		if err := py.SetAttrS(t, self, name, args[len(pos)+i]); err != nil {
			return err
		}
		set[name] = true
	}
	if nset == len(fieldSet) {
		return nil
	}
	ftypes, ok, err := py.LookupAttrS(t, py.TypeValue(typ), "_field_types")
	if err != nil {
		return err
	}
	var ftd *py.Dict
	if ok {
		ftd, _ = py.AsDict(ftypes)
	}
	// The fields left are visited in the order of a set of their names, as
	// CPython does (which orders its warnings).
	var left []py.Value
	for _, f := range fields {
		if name, ok := py.AsStr(f); ok && !set[name] {
			left = append(left, f)
		}
	}
	remaining, err := py.Call(t, py.TypeValue(py.SetType()), py.NewList(left).Value())
	if err != nil {
		return err
	}
	if left, err = py.ToSlice(t, remaining); err != nil {
		return err
	}
	for _, f := range left {
		name, _ := py.AsStr(f)
		var ft py.Value
		if ftd != nil {
			ft, _ = ftd.GetStr(name)
		}
		def, err := defaultFor(t, ft)
		if err != nil {
			return err
		}
		if def.IsNil() {
			if ftd != nil && ft.IsNil() {
				msg := fmt.Sprintf("Field '%s' is missing from %s._field_types. This will become an error in Python 3.15.", name, short)
				if err := t.Warn(py.DeprecationWarning(), msg); err != nil {
					return err
				}
				continue
			}
			msg := fmt.Sprintf("%s.__init__ missing 1 required positional argument: '%s'. This will become an error in Python 3.15.", short, name)
			if err := t.Warn(py.DeprecationWarning(), msg); err != nil {
				return err
			}
			continue
		}
		if err := py.SetAttrS(t, self, name, def); err != nil {
			return err
		}
	}
	return nil
}

// defaultFor is the value an omitted field takes from its _field_types entry: None
// for `T | None`, a new list for list[T], Load() for expr_context; zero when the
// field is required.
func defaultFor(t *py.Thread, ft py.Value) (py.Value, *py.Exception) {
	if ft.IsNil() {
		return py.Value{}, nil
	}
	if origin, ok, err := py.LookupAttrS(t, ft, "__origin__"); err != nil {
		return py.Value{}, err
	} else if ok && origin.Is(py.TypeValue(py.ListType())) {
		return py.NewList(nil).Value(), nil
	}
	if strings.HasSuffix(ft.Type().Name, "UnionType") {
		if args, ok, err := py.LookupAttrS(t, ft, "__args__"); err != nil {
			return py.Value{}, err
		} else if ok {
			items, _ := py.TupleItems(args)
			for _, a := range items {
				if a.Is(py.TypeValue(py.None().Type())) {
					return py.None(), nil
				}
			}
		}
	}
	if typ := py.AsType(ft); typ != nil && typ.Name == "expr_context" {
		st, err := stateOf(t)
		if err != nil {
			return py.Value{}, err
		}
		if typ == st.classes["expr_context"] {
			return py.Call(t, py.TypeValue(st.classes["Load"]))
		}
	}
	return py.Value{}, nil
}

// astReduce is AST.__reduce__: the class, None for each leading field the
// instance has (so that the constructor warns about nothing), and the __dict__.
func astReduce(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	d := py.InstanceDict(self)
	cls := py.TypeValue(self.Type())
	if d == nil {
		return py.NewTuple(cls, py.NewTuple()), nil
	}
	var nones []py.Value
	if fv, ok, err := py.LookupAttrS(t, cls, "_fields"); err != nil {
		return py.Value{}, err
	} else if ok {
		fields, err := getSeq(t, fv)
		if err != nil {
			return py.Value{}, err
		}
		for _, f := range fields {
			if s, ok := py.AsStr(f); !ok {
				break
			} else if _, ok := d.GetStr(s); !ok {
				break
			}
			nones = append(nones, py.None())
		}
	}
	return py.NewTuple(cls, py.NewTuple(nones...), d.Value()), nil
}
