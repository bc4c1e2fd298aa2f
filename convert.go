package kaa

import (
	"errors"
	"fmt"
	"math/big"
	"reflect"

	"github.com/kaa-python/kaa/py"
)

// Conversions between Go values and Python objects (see the package documentation).

const maxDepth = 500

func export(t *py.Thread, v py.Value, depth int) (any, *py.Exception) {
	if depth > maxDepth {
		return nil, py.Errorf(py.RecursionError, "maximum recursion depth exceeded while converting to Go")
	}
	switch typ := v.Type(); {
	case v.IsNone():
		return nil, nil
	case typ == py.BoolType:
		return v.Is(py.True), nil
	case py.IsInt(v):
		if n, ok := py.AsInt64(v); ok {
			return n, nil
		}
		b, _ := py.AsBigInt(v)
		return b, nil
	case typ.IsSubtype(py.FloatType):
		f, err := py.AsFloat(t, v)
		return f, err
	}
	if s, ok := py.AsStr(v); ok {
		return string(s), nil
	}
	if b, ok := py.AsBytes(v); ok {
		return append([]byte(nil), b...), nil
	}
	typ := v.Type()
	if typ.IsSubtype(py.ListType) || typ.IsSubtype(py.TupleType) {
		items, err := py.ToSlice(t, v)
		if err != nil {
			return nil, err
		}
		out := make([]any, len(items))
		for j, it := range items {
			if out[j], err = export(t, it, depth+1); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	if typ.IsSubtype(py.DictType) {
		keys, err := py.ToSlice(t, v)
		if err != nil {
			return nil, err
		}
		strKeys := true
		for _, k := range keys {
			if _, ok := py.AsStr(k); !ok {
				strKeys = false
			}
		}
		sm, am := map[string]any{}, map[any]any{}
		for _, k := range keys {
			val, err := py.GetItem(t, v, k)
			if err != nil {
				return nil, err
			}
			gv, err := export(t, val, depth+1)
			if err != nil {
				return nil, err
			}
			if strKeys {
				s, _ := py.AsStr(k)
				sm[s] = gv
				continue
			}
			gk, err := export(t, k, depth+1)
			if err != nil {
				return nil, err
			}
			if gk != nil && !reflect.TypeOf(gk).Comparable() {
				return nil, py.Errorf(py.TypeError, "cannot convert dict key of type '%s' to Go", py.TypeName(k))
			}
			am[gk] = gv
		}
		if strKeys {
			return sm, nil
		}
		return am, nil
	}
	return nil, py.Errorf(py.TypeError, "cannot convert '%s' object to Go", py.TypeName(v))
}

var errorType = reflect.TypeFor[error]()

// toPython converts a Go value to Python.
func (i *Interp) toPython(rv reflect.Value) (py.Value, error) {
	return toPython(i.th, rv, 0)
}

func toPython(t *py.Thread, rv reflect.Value, depth int) (py.Value, error) {
	if depth > maxDepth {
		return py.Value{}, errors.New("kaa: value nested too deeply to convert to Python")
	}
	if !rv.IsValid() {
		return py.None, nil
	}
	switch rv.Kind() {
	case reflect.Bool:
		return py.Bool(rv.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return py.Int(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := rv.Uint()
		if u > 1<<63-1 {
			return py.NewBigInt(new(big.Int).SetUint64(u)), nil
		}
		return py.Int(int64(u)), nil
	case reflect.Float32, reflect.Float64:
		return py.Float(rv.Float()), nil
	case reflect.String:
		return py.NewStr(rv.String()), nil
	case reflect.Pointer, reflect.Interface:
		if rv.IsNil() {
			return py.None, nil
		}
		if b, ok := rv.Interface().(*big.Int); ok {
			return py.NewBigInt(b), nil
		}
		return toPython(t, rv.Elem(), depth+1)
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return py.None, nil
		}
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, rv.Len())
			reflect.Copy(reflect.ValueOf(b), rv)
			return py.NewBytes(b), nil
		}
		items := make([]py.Value, rv.Len())
		for j := range items {
			v, err := toPython(t, rv.Index(j), depth+1)
			if err != nil {
				return py.Value{}, err
			}
			items[j] = v
		}
		return py.NewList(items).Value(), nil
	case reflect.Map:
		if rv.IsNil() {
			return py.None, nil
		}
		d := py.NewDict()
		it := rv.MapRange()
		for it.Next() {
			k, err := toPython(t, it.Key(), depth+1)
			if err != nil {
				return py.Value{}, err
			}
			v, err := toPython(t, it.Value(), depth+1)
			if err != nil {
				return py.Value{}, err
			}
			if exc := d.SetItem(t, k, v); exc != nil {
				return py.Value{}, fmt.Errorf("kaa: map key: %s", exc.Error())
			}
		}
		return d.Value(), nil
	case reflect.Func:
		return goFunc(rv), nil
	}
	return py.Value{}, fmt.Errorf("kaa: cannot convert %s to Python", rv.Type())
}

// goFunc makes a Python callable of a Go func: its arguments are converted to the
// func's parameter types, a returned non-nil error is raised as an exception, and
// its other result (if any) is converted to Python.
func goFunc(fn reflect.Value) py.Value {
	ft := fn.Type()
	name := "go_function"
	return py.BuiltinFunc(name, func(t *py.Thread, _ py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if kwnames != nil && len(kwnames.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError, "%s() takes no keyword arguments", name)
		}
		nin := ft.NumIn()
		variadic := ft.IsVariadic()
		if !variadic && len(args) != nin || variadic && len(args) < nin-1 {
			return py.Value{}, py.Errorf(py.TypeError, "%s() takes %d arguments (%d given)", name, nin, len(args))
		}
		in := make([]reflect.Value, len(args))
		for j, a := range args {
			pt := ft.In(min(j, nin-1))
			if variadic && j >= nin-1 {
				pt = pt.Elem()
			}
			g, exc := export(t, a, 0)
			if exc != nil {
				return py.Value{}, exc
			}
			rv, err := assignable(g, pt)
			if err != nil {
				return py.Value{}, py.Errorf(py.TypeError, "%s() argument %d: %s", name, j+1, err)
			}
			in[j] = rv
		}
		out := fn.Call(in)
		var result py.Value = py.None
		for _, o := range out {
			if o.Type().Implements(errorType) && o.Type().Kind() == reflect.Interface {
				if !o.IsNil() {
					return py.Value{}, goError(o.Interface().(error))
				}
				continue
			}
			v, err := toPython(t, o, 0)
			if err != nil {
				return py.Value{}, py.Errorf(py.TypeError, "%s", err)
			}
			result = v
		}
		return result, nil
	})
}

// goError is the Python exception a Go func's error raises: the Python exception it
// carries, if it is an *Error, else RuntimeError with its text.
func goError(err error) *py.Exception {
	var pe *Error
	if errors.As(err, &pe) && pe.exc != nil {
		return pe.exc
	}
	return py.Errorf(py.RuntimeError, "%s", err.Error())
}

// assignable converts an exported Python value to the Go type want.
func assignable(g any, want reflect.Type) (reflect.Value, error) {
	if g == nil {
		switch want.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Slice, reflect.Map, reflect.Func:
			return reflect.Zero(want), nil
		}
		return reflect.Value{}, fmt.Errorf("cannot use None as %s", want)
	}
	rv := reflect.ValueOf(g)
	if rv.Type().AssignableTo(want) {
		return rv, nil
	}
	switch want.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Float32, reflect.Float64:
		if rv.CanConvert(want) && (rv.Kind() == reflect.Int64 || rv.Kind() == reflect.Float64 && (want.Kind() == reflect.Float32 || want.Kind() == reflect.Float64)) {
			c := rv.Convert(want)
			if rv.Kind() == reflect.Int64 && c.Convert(rv.Type()).Int() != rv.Int() {
				return reflect.Value{}, fmt.Errorf("%d out of range for %s", rv.Int(), want)
			}
			return c, nil
		}
	case reflect.Slice:
		if src, ok := g.([]any); ok {
			out := reflect.MakeSlice(want, len(src), len(src))
			for j, e := range src {
				ev, err := assignable(e, want.Elem())
				if err != nil {
					return reflect.Value{}, err
				}
				out.Index(j).Set(ev)
			}
			return out, nil
		}
	}
	return reflect.Value{}, fmt.Errorf("cannot use %s as %s", rv.Type(), want)
}
