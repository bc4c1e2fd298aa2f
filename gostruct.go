package kaa

import (
	"errors"
	"reflect"
	"strings"
	"sync"
	"unsafe"

	"github.com/kaa-python/kaa/py"
)

// Go structs seen from Python.
//
// A pointer to a struct becomes a live object: reading an attribute reads the
// field, assigning converts the new value to the field's type (a TypeError when
// it cannot) and stores it in the Go struct, and the pointer type's exported
// methods are callable methods. A struct value becomes the same kind of object
// over a copy of the value. Each Go struct type has its own Python type,
// named after it (type(p).__name__ == "Point"), in a module named "go".
//
// Fields are named by their py tag ("py:\"name\""), else by their Go name;
// py:"-" and unexported fields are hidden, and the fields of embedded structs
// are promoted as in Go. A field of struct type reads as a live object of that
// field; other fields read as conversions of their current value (a slice field
// gives a new list each time: append to it from Go, or assign a whole list).
// Methods are called by their Go names. Each read of a pointer gives a new
// Python object over it: two of the same pointer are == (and hash alike) but
// not "is". Python reads and writes the struct while it holds the
// interpreter's turn; a host that changes it from other goroutines at the same
// time must synchronise itself.

// goObject is a Python object over a pointer to a Go struct.
type goObject struct {
	py.Header
	in  *Interp
	ptr reflect.Value // a pointer to the struct
	// byValue: ptr points to a copy made for the conversion of a struct value.
	byValue bool
}

// goObjectBase is the base of the types of Go structs.
var goObjectBase *py.Type

func init() {
	goObjectBase = py.NewType(goObjectBaseDef)
}

var goObjectBaseDef = &py.TypeDef{
	Name: "go.GoObject",
	Doc:  "A Go struct.",
	Repr: goObjectRepr,
	Hash: func(t *py.Thread, self py.Value) (int64, *py.Exception) {
		return int64(py.Object[goObject](self).ptr.Pointer() >> 3), nil
	},
	Compare: func(t *py.Thread, a, b py.Value, op py.CompareOp) (py.Value, *py.Exception) {
		if op != py.EQ && op != py.NE || !b.Type().IsSubtype(goObjectBase) {
			return py.NotImplemented(), nil
		}
		pa, pb := py.Object[goObject](a).ptr, py.Object[goObject](b).ptr
		return py.Bool((pa.Type() == pb.Type() && pa.Pointer() == pb.Pointer()) == (op == py.EQ)), nil
	},
}

var goTypes struct {
	sync.Mutex
	m map[reflect.Type]*py.Type
}

// newGoObject makes the Python object over ptr, a non-nil pointer to a struct.
func newGoObject(in *Interp, ptr reflect.Value, byValue bool) py.Value {
	o := &goObject{in: in, ptr: ptr, byValue: byValue}
	return py.NewObject(&o.Header, goTypeOf(ptr.Type().Elem()))
}

// goField is a field Python sees.
type goField struct {
	name   string // the name Python uses
	goName string
	index  []int
	typ    reflect.Type
}

// fieldName is the name Python gives a struct field: its py tag's name, else its
// Go name; "" to leave it out (py:"-", or an unexported field).
func fieldName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	tag, ok := f.Tag.Lookup("py")
	if !ok {
		return f.Name
	}
	name, _, _ := strings.Cut(tag, ",")
	switch name {
	case "-":
		return ""
	case "":
		return f.Name
	}
	return name
}

// structFields lists the fields of the struct type rt that Python sees: the
// exported ones, with those of embedded structs promoted as in Go.
func structFields(rt reflect.Type) []goField {
	var out []goField
	seen := map[string]bool{}
	for _, f := range reflect.VisibleFields(rt) {
		name := fieldName(f)
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, goField{name: name, goName: f.Name, index: f.Index, typ: f.Type})
	}
	return out
}

// goTypeOf returns the Python type of the Go struct type rt, made on first use.
func goTypeOf(rt reflect.Type) *py.Type {
	goTypes.Lock()
	defer goTypes.Unlock()
	if typ := goTypes.m[rt]; typ != nil {
		return typ
	}
	var methods []*py.MethodDef
	names := map[string]bool{}
	for _, f := range structFields(rt) {
		names[f.name] = true
		methods = append(methods, py.GetSetDef(f.name, fieldGetter(f), fieldSetter(f)))
	}
	pt := reflect.PointerTo(rt)
	for j := 0; j < pt.NumMethod(); j++ {
		m := pt.Method(j)
		if names[m.Name] {
			continue
		}
		j := j
		name := m.Name
		methods = append(methods, &py.MethodDef{Name: name, Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
			o := py.Object[goObject](self)
			return o.in.callGo(t, name, o.ptr.Method(j), args, kwnames)
		}})
	}
	name := rt.Name()
	if name == "" {
		name = "struct"
	}
	if k := strings.IndexByte(name, '['); k >= 0 {
		name = name[:k] // a generic type: Pair[int,string] as "Pair"
	}
	typ := py.NewType(&py.TypeDef{
		Name:    "go." + name,
		Doc:     "The Go type " + rt.String() + ".",
		Base:    goObjectBase,
		Final:   true,
		Methods: methods,
	})
	if goTypes.m == nil {
		goTypes.m = map[reflect.Type]*py.Type{}
	}
	goTypes.m[rt] = typ
	return typ
}

func fieldGetter(f goField) func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	return func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		o := py.Object[goObject](self)
		fv, err := o.ptr.Elem().FieldByIndexErr(f.index)
		if err != nil {
			return py.Value{}, py.Errorf(py.AttributeError(), "field %s is in a nil embedded struct pointer", f.name)
		}
		if fv.Kind() == reflect.Struct && fv.Type() != timeType {
			// A struct inside the struct: a live view of it.
			return newGoObject(o.in, fv.Addr(), false), nil
		}
		c := converter{in: o.in, t: t}
		v, cerr := c.convert(fv, f.name)
		if cerr != nil {
			var pe *Error
			if errors.As(cerr, &pe) && pe.exc != nil {
				return py.Value{}, pe.exc
			}
			return py.Value{}, py.Errorf(py.TypeError(), "field %s: %s", f.name, strings.TrimPrefix(cerr.Error(), "kaa: "))
		}
		return v, nil
	}
}

func fieldSetter(f goField) func(t *py.Thread, self, val py.Value) *py.Exception {
	return func(t *py.Thread, self, val py.Value) *py.Exception {
		o := py.Object[goObject](self)
		if val.IsNil() {
			return py.Errorf(py.TypeError(), "cannot delete the field %s of a Go struct", f.name)
		}
		fv, err := o.ptr.Elem().FieldByIndexErr(f.index)
		if err != nil {
			return py.Errorf(py.AttributeError(), "field %s is in a nil embedded struct pointer", f.name)
		}
		rv, exc := o.in.argument(t, val, f.typ)
		if exc != nil {
			if exc.Matches(py.TypeError()) || exc.Matches(py.OverflowError()) || exc.Matches(py.ValueError()) {
				msg, _ := py.StrOf(t, exc.Value())
				return py.Errorf(exc.Type(), "field %s: %s", f.name, msg)
			}
			return exc
		}
		fv.Set(rv)
		return nil
	}
}

// reprActive holds the structs whose repr is being made, per thread, so that a
// struct reached again through its own pointers is shown as "Name(...)".
var reprActive sync.Map

type reprKey struct {
	t   *py.Thread
	p   unsafe.Pointer
	typ reflect.Type
}

// goObjectRepr is Name(Field=repr, ...).
func goObjectRepr(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	o := py.Object[goObject](self)
	rt := o.ptr.Type().Elem()
	name := self.Type().Name
	key := reprKey{t, o.ptr.UnsafePointer(), rt}
	if _, busy := reprActive.LoadOrStore(key, true); busy {
		return py.NewStr(name + "(...)"), nil
	}
	defer reprActive.Delete(key)
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	for j, f := range structFields(rt) {
		if j > 0 {
			b.WriteString(", ")
		}
		b.WriteString(f.name)
		b.WriteByte('=')
		v, err := py.GetAttrS(t, self, f.name)
		if err != nil {
			// A field Python cannot have (a chan, a field of a nil embedded
			// pointer): its Go type.
			b.WriteString("<" + f.typ.String() + ">")
			continue
		}
		r, err := py.Repr(t, v)
		if err != nil {
			return py.Value{}, err
		}
		b.WriteString(r)
	}
	b.WriteByte(')')
	return py.NewStr(b.String()), nil
}
