package kaa

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"reflect"
	"runtime"
	"strings"
	"time"
	"unsafe"

	"github.com/kaa-python/kaa/py"
)

// Conversions between Go values and Python objects (see the package documentation).

// maxDepth bounds how deeply nested a value may be, either way.
const maxDepth = 500

var (
	errorType    = reflect.TypeFor[error]()
	objectType   = reflect.TypeFor[*Object]()
	timeType     = reflect.TypeFor[time.Time]()
	durationType = reflect.TypeFor[time.Duration]()
	bigIntType   = reflect.TypeFor[*big.Int]()
)

// exporter converts Python values to Go. Containers already converted are
// remembered: a list shared by two others comes back as one Go slice, and a
// container met again while it is being converted (a cycle) is an error.
type exporter struct {
	t *py.Thread
	// objects: export, for Decode, the objects Export refuses that hold fields
	// (instances with a __dict__ as dicts of it, named tuples as dicts of their
	// fields) and sets (as lists).
	objects bool
	done    map[py.Value]any
	open    map[py.Value]bool
	depth   int
}

func export(t *py.Thread, v py.Value, depth int) (any, *py.Exception) {
	e := exporter{t: t, depth: depth}
	return e.export(v)
}

func (e *exporter) export(v py.Value) (any, *py.Exception) {
	switch typ := v.Type(); {
	case v.IsNone():
		return nil, nil
	case typ == py.BoolType():
		return v.Is(py.True()), nil
	case py.IsInt(v):
		if n, ok := py.AsInt64(v); ok {
			return n, nil
		}
		b, _ := py.AsBigInt(v)
		return b, nil
	case typ.IsSubtype(py.FloatType()):
		return py.AsFloat(e.t, v)
	}
	if s, ok := py.AsStr(v); ok {
		return s, nil
	}
	if b, ok := py.AsBytes(v); ok {
		return append([]byte(nil), b...), nil
	}
	typ := v.Type()
	if typ == goObjectBase || typ.IsSubtype(goObjectBase) {
		o := py.Object[goObject](v)
		if o.byValue {
			return o.ptr.Elem().Interface(), nil
		}
		return o.ptr.Interface(), nil
	}
	// The containers: lists and tuples, dicts, and for Decode (objects) sets,
	// named tuples and instances with a __dict__.
	var convert func(py.Value) (any, *py.Exception)
	switch {
	case e.objects && typ.IsSubtype(py.TupleType()) && typ != py.TupleType() && hasFields(e.t, v):
		convert = e.exportFields
	case typ.IsSubtype(py.ListType()) || typ.IsSubtype(py.TupleType()):
		convert = e.exportSeq
	case typ.IsSubtype(py.DictType()):
		convert = e.exportDict
	case e.objects && (typ.IsSubtype(py.SetType()) || typ.IsSubtype(py.FrozenSetType())):
		convert = e.exportSeq
	default:
		switch datetimeKind(typ) {
		case "datetime":
			return exportDatetime(e.t, v)
		case "timedelta":
			return exportTimedelta(e.t, v)
		}
		if e.objects && typ.IsHeap() && py.InstanceDict(v) != nil {
			convert = func(v py.Value) (any, *py.Exception) { return e.exportDict(py.InstanceDict(v).Value()) }
			break
		}
		return nil, py.Errorf(py.TypeError(), "cannot convert '%s' object to Go", py.TypeName(v))
	}
	if g, ok := e.done[v]; ok {
		return g, nil
	}
	if e.open[v] {
		return nil, py.Errorf(py.ValueError(), "cannot convert a '%s' that contains itself to Go", py.TypeName(v))
	}
	if e.depth >= maxDepth {
		return nil, py.Errorf(py.RecursionError(), "maximum recursion depth exceeded while converting to Go")
	}
	if e.open == nil {
		e.open, e.done = map[py.Value]bool{}, map[py.Value]any{}
	}
	e.open[v] = true
	e.depth++
	g, err := convert(v)
	e.depth--
	delete(e.open, v)
	if err != nil {
		return nil, err
	}
	e.done[v] = g
	return g, nil
}

// hasFields reports whether the tuple v has the _fields of a named tuple.
func hasFields(t *py.Thread, v py.Value) bool {
	f, ok, err := py.LookupAttrS(t, v, "_fields")
	return err == nil && ok && f.Type() == py.TupleType()
}

// exportFields exports a named tuple as a dict of its fields.
func (e *exporter) exportFields(v py.Value) (any, *py.Exception) {
	f, err := py.GetAttrS(e.t, v, "_fields")
	if err != nil {
		return nil, err
	}
	names, _ := py.TupleItems(f)
	items, _ := py.TupleItems(v)
	out := map[string]any{}
	for j, n := range names {
		s, ok := py.AsStr(n)
		if !ok || j >= len(items) {
			continue
		}
		if out[s], err = e.export(items[j]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (e *exporter) exportSeq(v py.Value) (any, *py.Exception) {
	items, err := py.ToSlice(e.t, v)
	if err != nil {
		return nil, err
	}
	out := make([]any, len(items))
	for j, it := range items {
		if out[j], err = e.export(it); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (e *exporter) exportDict(v py.Value) (any, *py.Exception) {
	keys, err := py.ToSlice(e.t, v)
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
		val, err := py.GetItem(e.t, v, k)
		if err != nil {
			return nil, err
		}
		gv, err := e.export(val)
		if err != nil {
			return nil, err
		}
		if strKeys {
			s, _ := py.AsStr(k)
			sm[s] = gv
			continue
		}
		gk, err := e.export(k)
		if err != nil {
			return nil, err
		}
		if gk != nil && !reflect.TypeOf(gk).Comparable() {
			return nil, py.Errorf(py.TypeError(), "cannot convert dict key of type '%s' to Go", py.TypeName(k))
		}
		am[gk] = gv
	}
	if strKeys {
		return sm, nil
	}
	return am, nil
}

// datetimeKind is "datetime" or "timedelta" when typ is (or derives from) the
// datetime module's class of that name, else "".
func datetimeKind(typ *py.Type) string {
	for _, b := range typ.MRO() {
		if !b.IsHeap() && b.Module() == "datetime" && (b.Name == "datetime" || b.Name == "timedelta") {
			return b.Name
		}
	}
	return ""
}

func intAttrs(t *py.Thread, v py.Value, names ...string) ([]int64, *py.Exception) {
	out := make([]int64, len(names))
	for j, n := range names {
		a, err := py.GetAttrS(t, v, n)
		if err != nil {
			return nil, err
		}
		x, ok := py.AsInt64(a)
		if !ok {
			return nil, py.Errorf(py.TypeError(), "%s.%s is not an int", py.TypeName(v), n)
		}
		out[j] = x
	}
	return out, nil
}

// exportDatetime makes a time.Time of a datetime.datetime: in a fixed zone of its
// UTC offset when it is aware, in UTC when it is naive.
func exportDatetime(t *py.Thread, v py.Value) (any, *py.Exception) {
	f, err := intAttrs(t, v, "year", "month", "day", "hour", "minute", "second", "microsecond")
	if err != nil {
		return nil, err
	}
	off, err := py.CallMethod(t, v, "utcoffset")
	if err != nil {
		return nil, err
	}
	loc := time.UTC
	if !off.IsNone() {
		d, err := exportTimedelta(t, off)
		if err != nil {
			return nil, err
		}
		secs := int(d.(time.Duration) / time.Second)
		name := ""
		if tz, err := py.GetAttrS(t, v, "tzinfo"); err == nil {
			if n, err := py.CallMethod(t, tz, "tzname", v); err == nil {
				name, _ = py.AsStr(n)
			}
		}
		if secs != 0 || name != "UTC" {
			loc = time.FixedZone(name, secs)
		}
	}
	return time.Date(int(f[0]), time.Month(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[5]), int(f[6])*1000, loc), nil
}

// exportTimedelta makes a time.Duration of a datetime.timedelta; one past
// time.Duration's range (about 292 years) is an OverflowError.
func exportTimedelta(t *py.Thread, v py.Value) (any, *py.Exception) {
	f, err := intAttrs(t, v, "days", "seconds", "microseconds")
	if err != nil {
		return nil, err
	}
	const maxDays = math.MaxInt64 / int64(24*time.Hour)
	if f[0] > maxDays || f[0] < -maxDays-1 {
		return nil, py.Errorf(py.OverflowError(), "timedelta out of range for a Go time.Duration")
	}
	d := time.Duration(f[0])*24*time.Hour + time.Duration(f[1])*time.Second + time.Duration(f[2])*time.Microsecond
	return d, nil
}

// toPython converts a Go value to Python.
func (i *Interp) toPython(rv reflect.Value) (py.Value, error) {
	return i.toPythonOn(i.th, rv)
}

// toPythonOn converts a Go value to Python on thread t.
func (i *Interp) toPythonOn(t *py.Thread, rv reflect.Value) (py.Value, error) {
	c := converter{in: i, t: t}
	return c.convert(rv, "")
}

// converter converts Go values to Python. Maps and slices already converted are
// remembered, so that one shared twice becomes one Python object, and a map or
// slice that holds itself becomes a Python dict or list that holds itself.
type converter struct {
	in    *Interp
	t     *py.Thread
	seen  map[visit]py.Value
	depth int
}

type visit struct {
	p   unsafe.Pointer
	n   int
	typ reflect.Type
}

func (c *converter) remember(rv reflect.Value, v py.Value) {
	if c.seen == nil {
		c.seen = map[visit]py.Value{}
	}
	c.seen[visit{rv.UnsafePointer(), rv.Len(), rv.Type()}] = v
}

func (c *converter) recall(rv reflect.Value) (py.Value, bool) {
	v, ok := c.seen[visit{rv.UnsafePointer(), rv.Len(), rv.Type()}]
	return v, ok
}

// convert converts rv; name names a func for the messages its callable gives
// ("" for its Go name).
func (c *converter) convert(rv reflect.Value, name string) (py.Value, error) {
	if c.depth > maxDepth {
		return py.Value{}, errors.New("kaa: value nested too deeply to convert to Python")
	}
	c.depth++
	defer func() { c.depth-- }()
	if !rv.IsValid() {
		return py.None(), nil
	}
	switch rv.Type() {
	case timeType:
		return timeToPython(c.t, rv.Interface().(time.Time))
	case durationType:
		return durationToPython(c.t, time.Duration(rv.Int()))
	case objectType:
		o := rv.Interface().(*Object)
		if o == nil {
			return py.None(), nil
		}
		if o.in != c.in {
			return py.Value{}, errors.New("kaa: a *kaa.Object of another interpreter")
		}
		return o.v, nil
	case bigIntType:
		if rv.IsNil() {
			return py.None(), nil
		}
		return py.NewBigInt(new(big.Int).Set(rv.Interface().(*big.Int))), nil
	}
	if rv.Type().Implements(errorType) {
		if k := rv.Kind(); (k == reflect.Pointer || k == reflect.Interface) && rv.IsNil() {
			return py.None(), nil
		}
		return goError(rv.Interface().(error)).Value(), nil
	}
	switch rv.Kind() {
	case reflect.Bool:
		return py.Bool(rv.Bool()), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return py.Int(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		u := rv.Uint()
		if u > math.MaxInt64 {
			return py.NewBigInt(new(big.Int).SetUint64(u)), nil
		}
		return py.Int(int64(u)), nil
	case reflect.Float32, reflect.Float64:
		return py.Float(rv.Float()), nil
	case reflect.Complex64, reflect.Complex128:
		return py.NewComplex(rv.Complex()), nil
	case reflect.String:
		return py.NewStr(rv.String()), nil
	case reflect.Interface:
		if rv.IsNil() {
			return py.None(), nil
		}
		return c.convert(rv.Elem(), name)
	case reflect.Pointer:
		if rv.IsNil() {
			return py.None(), nil
		}
		if rv.Elem().Kind() == reflect.Struct && rv.Elem().Type() != timeType {
			return newGoObject(c.in, rv, false), nil
		}
		return c.convert(rv.Elem(), name)
	case reflect.Struct:
		// A struct value becomes an object over a copy of it: its fields read and
		// write that copy, never the caller's variable.
		p := reflect.New(rv.Type())
		p.Elem().Set(rv)
		return newGoObject(c.in, p, true), nil
	case reflect.Slice:
		if rv.IsNil() {
			return py.None(), nil
		}
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			return py.NewBytes(append([]byte(nil), rv.Bytes()...)), nil
		}
		if v, ok := c.recall(rv); ok {
			return v, nil
		}
		l := py.NewList(make([]py.Value, rv.Len()))
		c.remember(rv, l.Value())
		return l.Value(), c.fill(l.Items(), rv)
	case reflect.Array:
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, rv.Len())
			reflect.Copy(reflect.ValueOf(b), rv)
			return py.NewBytes(b), nil
		}
		l := py.NewList(make([]py.Value, rv.Len()))
		return l.Value(), c.fill(l.Items(), rv)
	case reflect.Map:
		if rv.IsNil() {
			return py.None(), nil
		}
		if v, ok := c.recall(rv); ok {
			return v, nil
		}
		d := py.NewDict()
		c.remember(rv, d.Value())
		it := rv.MapRange()
		for it.Next() {
			k, err := c.convert(it.Key(), "")
			if err != nil {
				return py.Value{}, err
			}
			fname := ""
			if it.Key().Kind() == reflect.String {
				fname = it.Key().String()
			}
			v, err := c.convert(it.Value(), fname)
			if err != nil {
				return py.Value{}, err
			}
			if exc := d.SetItem(c.t, k, v); exc != nil {
				return py.Value{}, fmt.Errorf("kaa: map key: %s", exc.Error())
			}
		}
		return d.Value(), nil
	case reflect.Func:
		if rv.IsNil() {
			return py.None(), nil
		}
		return c.in.goFunc(rv, name), nil
	}
	return py.Value{}, fmt.Errorf("kaa: cannot convert %s to Python", rv.Type())
}

func (c *converter) fill(items []py.Value, rv reflect.Value) error {
	for j := range items {
		items[j] = py.None()
	}
	for j := range items {
		v, err := c.convert(rv.Index(j), "")
		if err != nil {
			return err
		}
		items[j] = v
	}
	return nil
}

// timeToPython makes an aware datetime.datetime of tm, in a datetime.timezone of
// its offset from UTC (named after tm's zone); the nanoseconds past the last
// microsecond are dropped.
func timeToPython(t *py.Thread, tm time.Time) (py.Value, error) {
	mod, exc := py.Import(t, "datetime")
	if exc != nil {
		return py.Value{}, excError(t, exc)
	}
	name, offset := tm.Zone()
	var tz py.Value
	if offset == 0 && (name == "UTC" || name == "") {
		tz, exc = py.GetAttrS(t, mod, "timezone")
		if exc == nil {
			tz, exc = py.GetAttrS(t, tz, "utc")
		}
	} else {
		var delta py.Value
		if delta, exc = durationToPythonExc(t, time.Duration(offset)*time.Second); exc == nil {
			var cls py.Value
			if cls, exc = py.GetAttrS(t, mod, "timezone"); exc == nil {
				tz, exc = py.Call(t, cls, delta, py.NewStr(name))
			}
		}
	}
	if exc != nil {
		return py.Value{}, excError(t, exc)
	}
	cls, exc := py.GetAttrS(t, mod, "datetime")
	if exc != nil {
		return py.Value{}, excError(t, exc)
	}
	v, exc := py.Call(t, cls, py.Int(int64(tm.Year())), py.Int(int64(tm.Month())), py.Int(int64(tm.Day())),
		py.Int(int64(tm.Hour())), py.Int(int64(tm.Minute())), py.Int(int64(tm.Second())),
		py.Int(int64(tm.Nanosecond()/1000)), tz)
	if exc != nil {
		return py.Value{}, excError(t, exc)
	}
	return v, nil
}

// durationToPython makes a datetime.timedelta of d, to the microsecond (rounded
// towards zero).
func durationToPython(t *py.Thread, d time.Duration) (py.Value, error) {
	v, exc := durationToPythonExc(t, d)
	if exc != nil {
		return py.Value{}, excError(t, exc)
	}
	return v, nil
}

func durationToPythonExc(t *py.Thread, d time.Duration) (py.Value, *py.Exception) {
	mod, exc := py.Import(t, "datetime")
	if exc != nil {
		return py.Value{}, exc
	}
	cls, exc := py.GetAttrS(t, mod, "timedelta")
	if exc != nil {
		return py.Value{}, exc
	}
	return py.Call(t, cls, py.Int(0), py.Int(0), py.Int(int64(d/time.Microsecond)))
}

// excError is the error of a Python exception met while converting.
func excError(t *py.Thread, exc *py.Exception) error {
	return pyErrorOn(t, exc)
}

// goFunc makes a Python callable of a Go func: its arguments are converted to the
// func's parameter types, a returned non-nil error is raised as an exception, and
// its other results (if any) are converted to Python (several: a tuple). name is
// the name its messages give ("" for the func's Go name).
func (i *Interp) goFunc(fn reflect.Value, name string) py.Value {
	if name == "" {
		name = goFuncName(fn)
	}
	return py.BuiltinFunc(name, func(t *py.Thread, _ py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		return i.callGo(t, name, fn, args, kwnames)
	})
}

// goFuncName is the last part of a func's Go name ("Sprintf" of fmt.Sprintf), or
// "function" for a func literal.
func goFuncName(fn reflect.Value) string {
	f := runtime.FuncForPC(fn.Pointer())
	if f == nil {
		return "function"
	}
	name := strings.TrimSuffix(f.Name(), "-fm")
	name = name[strings.LastIndexByte(name, '.')+1:]
	if strings.HasPrefix(name, "func") && strings.Trim(name[4:], "0123456789") == "" || name == "" {
		return "function"
	}
	return name
}

// callGo calls the Go func fn from Python (see goFunc). A panic in fn becomes a
// RuntimeError, not a crash of the host.
func (i *Interp) callGo(t *py.Thread, name string, fn reflect.Value, args []py.Value, kwnames *py.Tuple) (result py.Value, exc *py.Exception) {
	if kwnames != nil && len(kwnames.Items()) > 0 {
		return py.Value{}, py.Errorf(py.TypeError(), "%s() takes no keyword arguments", name)
	}
	ft := fn.Type()
	nin, variadic := ft.NumIn(), ft.IsVariadic()
	if !variadic && len(args) != nin || variadic && len(args) < nin-1 {
		word, want := "exactly", nin
		if variadic {
			word, want = "at least", nin-1
		}
		s := "s"
		if want == 1 {
			s = ""
		}
		return py.Value{}, py.Errorf(py.TypeError(), "%s() takes %s %d argument%s (%d given)", name, word, want, s, len(args))
	}
	in := make([]reflect.Value, len(args))
	for j, a := range args {
		pt := ft.In(min(j, nin-1))
		if variadic && j >= nin-1 {
			pt = pt.Elem()
		}
		rv, exc := i.argument(t, a, pt)
		if exc != nil {
			if exc.Matches(py.TypeError()) || exc.Matches(py.OverflowError()) || exc.Matches(py.ValueError()) {
				msg, _ := py.StrOf(t, exc.Value())
				return py.Value{}, py.Errorf(exc.Type(), "%s() argument %d: %s", name, j+1, msg)
			}
			return py.Value{}, exc
		}
		in[j] = rv
	}
	leave := enterCallback(i, t)
	defer func() {
		leave()
		if r := recover(); r != nil {
			result, exc = py.Value{}, py.Errorf(py.RuntimeError(), "Go panic in %s(): %v", name, r)
			var pe *Error
			var de *DecodeError
			if err, ok := r.(error); ok && errors.As(err, &pe) && pe.exc != nil {
				exc = pe.exc // a Python func's exception, through a Go func made of it
			} else if ok && errors.As(err, &de) {
				exc = py.Errorf(de.excType(), "a Python callable's result: %s", de.detail())
			}
		}
	}()
	return i.results(t, fn.Call(in))
}

// argument converts the Python argument a to the Go type pt: a *Object takes the
// object itself and a []*Object the items of an iterable; a func type takes a
// Go func calling a Python callable (see pyFunc); a pointer to a struct takes
// the pointer a live Go object holds; other types take its value exported as
// Object.Decode exports it, decoded as Decode does.
func (i *Interp) argument(t *py.Thread, a py.Value, pt reflect.Type) (reflect.Value, *py.Exception) {
	if pt == objectType {
		return reflect.ValueOf(&Object{in: i, v: a}), nil
	}
	if pt.Kind() == reflect.Func && py.Callable(a) && a.Type() != py.NoneType() {
		return i.pyFunc(a, pt), nil
	}
	if pt.Kind() == reflect.Slice && pt.Elem() == objectType {
		items, exc := py.ToSlice(t, a)
		if exc != nil {
			return reflect.Value{}, exc
		}
		objs := make([]*Object, len(items))
		for j, it := range items {
			objs[j] = i.object(it)
		}
		return reflect.ValueOf(objs).Convert(pt), nil
	}
	if pt.Kind() == reflect.Pointer && pt.Elem().Kind() == reflect.Struct && (a.Type() == goObjectBase || a.Type().IsSubtype(goObjectBase)) {
		// The live object of a Go pointer: the pointer itself.
		if o := py.Object[goObject](a); !o.byValue && o.ptr.Type() == pt {
			return o.ptr, nil
		}
	}
	e := exporter{t: t, objects: true}
	g, exc := e.export(a)
	if exc != nil {
		if exc.Matches(py.TypeError()) {
			return reflect.Value{}, py.Errorf(py.TypeError(), "cannot use %s as %s", py.TypeName(a), pt)
		}
		return reflect.Value{}, exc
	}
	rv := reflect.New(pt).Elem()
	if err := decodeValue(g, rv, nil); err != nil {
		var de *DecodeError
		if errors.As(err, &de) {
			return reflect.Value{}, py.Errorf(de.excType(), "%s", de.detail())
		}
		return reflect.Value{}, py.Errorf(py.TypeError(), "%s", err)
	}
	return rv, nil
}

// pyFunc makes a Go func of type ft that calls the Python callable fn: its
// arguments are converted to Python, and the result decoded to its results (a
// tuple for several). A Python exception (or a result that does not decode) is
// returned as the func's error result when it has one (of type error, last);
// otherwise the func panics with it, which a Go func called from Python turns
// back into a Python exception. The func may be called from any goroutine, and
// kept after the call that made it.
func (i *Interp) pyFunc(fn py.Value, ft reflect.Type) reflect.Value {
	obj := i.object(fn)
	nout := ft.NumOut()
	hasErr := nout > 0 && ft.Out(nout-1) == errorType
	nvals := nout
	if hasErr {
		nvals--
	}
	return reflect.MakeFunc(ft, func(args []reflect.Value) []reflect.Value {
		in := make([]any, len(args))
		for j, a := range args {
			in[j] = a.Interface()
		}
		if ft.IsVariadic() && len(args) > 0 {
			last := args[len(args)-1]
			in = in[:len(in)-1]
			for j := 0; j < last.Len(); j++ {
				in = append(in, last.Index(j).Interface())
			}
		}
		outs := make([]reflect.Value, nout)
		for j := range outs {
			outs[j] = reflect.New(ft.Out(j)).Elem()
		}
		res, err := obj.Call(context.Background(), in...)
		if err == nil && nvals == 1 && ft.Out(0) == objectType {
			outs[0].Set(reflect.ValueOf(res))
		} else if err == nil && nvals == 1 {
			err = res.Decode(outs[0].Addr().Interface())
		} else if err == nil && nvals > 1 {
			var vals []any
			if err = res.Decode(&vals); err == nil && len(vals) != nvals {
				err = fmt.Errorf("kaa: %d results for a Go func of %d", len(vals), nvals)
			}
			for j := 0; err == nil && j < nvals; j++ {
				err = Decode(vals[j], outs[j].Addr().Interface())
			}
		}
		if err != nil {
			if !hasErr {
				panic(err)
			}
			for j := 0; j < nvals; j++ {
				outs[j].SetZero()
			}
			outs[nout-1].Set(reflect.ValueOf(&err).Elem())
		}
		return outs
	})
}

// results converts a Go func's results to its Python result: a non-nil error
// (the last result, when it is of type error) is raised.
func (i *Interp) results(t *py.Thread, out []reflect.Value) (py.Value, *py.Exception) {
	if n := len(out); n > 0 && out[n-1].Type() == errorType {
		if !out[n-1].IsNil() {
			return py.Value{}, goError(out[n-1].Interface().(error))
		}
		out = out[:n-1]
	}
	vals := make([]py.Value, len(out))
	for j, o := range out {
		v, err := i.toPythonOn(t, o)
		if err != nil {
			var pe *Error
			if errors.As(err, &pe) && pe.exc != nil {
				return py.Value{}, pe.exc
			}
			return py.Value{}, py.Errorf(py.TypeError(), "%s", err)
		}
		vals[j] = v
	}
	switch len(vals) {
	case 0:
		return py.None(), nil
	case 1:
		return vals[0], nil
	}
	return py.NewTuple(vals...), nil
}

// goError is the Python exception a Go func's error raises: the Python exception it
// carries, if it is an *Error, else RuntimeError with its text.
func goError(err error) *py.Exception {
	var pe *Error
	if errors.As(err, &pe) && pe.exc != nil {
		return pe.exc
	}
	return py.Errorf(py.RuntimeError(), "%s", err.Error())
}
