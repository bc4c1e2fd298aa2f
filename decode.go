package kaa

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/kaa-python/kaa/py"
)

// Decode stores the value v, as Eval, Call and Object.Export return it, in the Go
// variable target points to, converting it to target's type. A *Object may be
// given for v: see Object.Decode.
//
// The rules, by the type of the target:
//   - bool: a bool (not an int).
//   - signed and unsigned integers: an int within the type's range (a float is not
//     accepted; a value out of range is an error, never truncated). *big.Int: any int.
//   - float32, float64: a float, or an int (rounded to the nearest float).
//   - string: a str. []byte: a bytes or bytearray.
//   - slices: a list or tuple, element by element; arrays: one of the same length.
//   - maps: a dict, keys and values converted to the map's types.
//   - structs: a dict with str keys. Each key goes to the field of that Python
//     name (its py tag's name, else its Go name), else to the one whose Python
//     name matches it ignoring case (as encoding/json does); keys no field takes
//     are ignored, and
//     fields no key names keep their values. Fields of embedded structs are
//     promoted, and py:"-" fields are never set. A live object of a Go struct
//     decodes into a struct (or pointer) of its type.
//   - time.Time: a datetime.datetime; time.Duration: a datetime.timedelta.
//   - pointers: None is a nil pointer; anything else is decoded into a new value.
//   - interfaces (any): the exported value itself, when it implements the interface.
//   - *Object: only as the type of a parameter of a Go func Python calls, which
//     then gets the argument itself, unconverted.
//
// The error of a value that does not fit is a *DecodeError naming where it was:
// "kaa: field Items[3].Name: cannot use str as int".
func Decode(v any, target any) error {
	rv := reflect.ValueOf(target)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return fmt.Errorf("kaa: Decode needs a non-nil pointer, not %T", target)
	}
	if o, ok := v.(*Object); ok {
		return o.Decode(target)
	}
	return decodeValue(v, rv.Elem(), nil)
}

// DecodeError is the error of a value Decode cannot store.
type DecodeError struct {
	// Path is where the value was in the whole: "Items[3].Name", "[2]", `["key"]`;
	// "" for the value itself.
	Path string
	// Msg says what was wrong: "cannot use str as int", "300 out of range for int8".
	Msg string

	overflow bool
}

func (e *DecodeError) Error() string { return "kaa: " + e.detail() }

// detail is the error without its "kaa: " prefix.
func (e *DecodeError) detail() string {
	if e.Path == "" {
		return e.Msg
	}
	return "field " + e.Path + ": " + e.Msg
}

// excType is the Python exception a DecodeError becomes for a Go func's argument.
func (e *DecodeError) excType() *py.Type {
	if e.overflow {
		return py.OverflowError()
	}
	return py.TypeError()
}

// pathString writes a path's steps: ".Name" steps lose the dot at the start.
func pathString(path []string) string {
	return strings.TrimPrefix(strings.Join(path, ""), ".")
}

// pyTypeName is the Python type name of an exported value, for messages.
func pyTypeName(g any) string {
	switch g.(type) {
	case nil:
		return "None"
	case bool:
		return "bool"
	case int64, *big.Int:
		return "int"
	case float64:
		return "float"
	case string:
		return "str"
	case []byte:
		return "bytes"
	case []any:
		return "list"
	case map[string]any, map[any]any:
		return "dict"
	case time.Time:
		return "datetime.datetime"
	case time.Duration:
		return "datetime.timedelta"
	}
	return reflect.TypeOf(g).String()
}

func mismatch(g any, rv reflect.Value, path []string) error {
	return &DecodeError{Path: pathString(path), Msg: fmt.Sprintf("cannot use %s as %s", pyTypeName(g), rv.Type())}
}

// decodeValue stores g in rv (settable) by Decode's rules.
func decodeValue(g any, rv reflect.Value, path []string) error {
	if len(path) > maxDepth {
		return &DecodeError{Path: pathString(path), Msg: "value nested too deeply"}
	}
	want := rv.Type()
	if g == nil {
		switch rv.Kind() {
		case reflect.Interface, reflect.Pointer, reflect.Slice, reflect.Map, reflect.Func:
			rv.SetZero()
			return nil
		}
		return mismatch(g, rv, path)
	}
	gv := reflect.ValueOf(g)
	switch want {
	case timeType, durationType, bigIntType:
		if b, ok := g.(int64); ok && want == bigIntType {
			rv.Set(reflect.ValueOf(big.NewInt(b)))
			return nil
		}
		if gv.Type() != want {
			return mismatch(g, rv, path)
		}
		if want == bigIntType {
			gv = reflect.ValueOf(new(big.Int).Set(g.(*big.Int)))
		}
		rv.Set(gv)
		return nil
	}
	switch rv.Kind() {
	case reflect.Interface:
		if !gv.Type().AssignableTo(want) {
			return mismatch(g, rv, path)
		}
		rv.Set(gv)
		return nil
	case reflect.Bool:
		b, ok := g.(bool)
		if !ok {
			return mismatch(g, rv, path)
		}
		rv.SetBool(b)
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		switch n := g.(type) {
		case int64:
			if rv.OverflowInt(n) {
				return outOfRange(strconv.FormatInt(n, 10), rv, path)
			}
			rv.SetInt(n)
			return nil
		case *big.Int:
			return outOfRange(n.String(), rv, path)
		}
		return mismatch(g, rv, path)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		switch n := g.(type) {
		case int64:
			if n < 0 || rv.OverflowUint(uint64(n)) {
				return outOfRange(strconv.FormatInt(n, 10), rv, path)
			}
			rv.SetUint(uint64(n))
			return nil
		case *big.Int:
			if n.Sign() < 0 || !n.IsUint64() || rv.OverflowUint(n.Uint64()) {
				return outOfRange(n.String(), rv, path)
			}
			rv.SetUint(n.Uint64())
			return nil
		}
		return mismatch(g, rv, path)
	case reflect.Float32, reflect.Float64:
		var f float64
		switch n := g.(type) {
		case float64:
			f = n
		case int64:
			f = float64(n)
		case *big.Int:
			f, _ = new(big.Float).SetInt(n).Float64()
			if math.IsInf(f, 0) {
				return outOfRange("int", rv, path)
			}
		default:
			return mismatch(g, rv, path)
		}
		if rv.Kind() == reflect.Float32 && !math.IsInf(f, 0) && math.IsInf(float64(float32(f)), 0) {
			return outOfRange(strconv.FormatFloat(f, 'g', -1, 64), rv, path)
		}
		rv.SetFloat(f)
		return nil
	case reflect.Complex64, reflect.Complex128:
		switch n := g.(type) {
		case float64:
			rv.SetComplex(complex(n, 0))
		case int64:
			rv.SetComplex(complex(float64(n), 0))
		default:
			return mismatch(g, rv, path)
		}
		return nil
	case reflect.String:
		s, ok := g.(string)
		if !ok {
			return mismatch(g, rv, path)
		}
		rv.SetString(s)
		return nil
	case reflect.Pointer:
		if gv.Type() == want {
			rv.Set(gv) // a live Go object of this pointer type: the pointer itself
			return nil
		}
		p := reflect.New(want.Elem())
		if err := decodeValue(g, p.Elem(), path); err != nil {
			return err
		}
		rv.Set(p)
		return nil
	case reflect.Slice:
		if want.Elem().Kind() == reflect.Uint8 {
			if b, ok := g.([]byte); ok {
				rv.SetBytes(append([]byte(nil), b...))
				return nil
			}
		}
		src, ok := g.([]any)
		if !ok {
			return mismatch(g, rv, path)
		}
		out := reflect.MakeSlice(want, len(src), len(src))
		for j, e := range src {
			if err := decodeValue(e, out.Index(j), append(path, "["+strconv.Itoa(j)+"]")); err != nil {
				return err
			}
		}
		rv.Set(out)
		return nil
	case reflect.Array:
		if b, ok := g.([]byte); ok && want.Elem().Kind() == reflect.Uint8 {
			if len(b) != rv.Len() {
				return &DecodeError{Path: pathString(path), Msg: fmt.Sprintf("cannot use bytes of length %d as %s", len(b), want)}
			}
			reflect.Copy(rv, reflect.ValueOf(b))
			return nil
		}
		src, ok := g.([]any)
		if !ok {
			return mismatch(g, rv, path)
		}
		if len(src) != rv.Len() {
			return &DecodeError{Path: pathString(path), Msg: fmt.Sprintf("cannot use a sequence of length %d as %s", len(src), want)}
		}
		for j, e := range src {
			if err := decodeValue(e, rv.Index(j), append(path, "["+strconv.Itoa(j)+"]")); err != nil {
				return err
			}
		}
		return nil
	case reflect.Map:
		out := reflect.MakeMap(want)
		put := func(k, v any) error {
			kp := append(path, "["+strconv.Quote(fmt.Sprint(k))+"]")
			kv := reflect.New(want.Key()).Elem()
			if err := decodeValue(k, kv, kp); err != nil {
				var de *DecodeError
				if asDecodeError(err, &de) {
					de.Msg = "key: " + de.Msg
				}
				return err
			}
			vv := reflect.New(want.Elem()).Elem()
			if err := decodeValue(v, vv, kp); err != nil {
				return err
			}
			out.SetMapIndex(kv, vv)
			return nil
		}
		switch m := g.(type) {
		case map[string]any:
			for k, v := range m {
				if err := put(k, v); err != nil {
					return err
				}
			}
		case map[any]any:
			for k, v := range m {
				if err := put(k, v); err != nil {
					return err
				}
			}
		default:
			return mismatch(g, rv, path)
		}
		rv.Set(out)
		return nil
	case reflect.Struct:
		if gv.Type() == want {
			rv.Set(gv)
			return nil
		}
		if gv.Kind() == reflect.Pointer && gv.Type().Elem() == want {
			rv.Set(gv.Elem()) // a live Go object: a copy of its struct
			return nil
		}
		m, ok := g.(map[string]any)
		if !ok {
			return mismatch(g, rv, path)
		}
		return decodeStruct(m, rv, path)
	}
	return mismatch(g, rv, path)
}

func asDecodeError(err error, de **DecodeError) bool {
	e, ok := err.(*DecodeError)
	if ok {
		*de = e
	}
	return ok
}

func outOfRange(n string, rv reflect.Value, path []string) error {
	return &DecodeError{Path: pathString(path), Msg: fmt.Sprintf("%s out of range for %s", n, rv.Type()), overflow: true}
}

// decodeStruct stores the dict m in the struct rv by Decode's rules.
func decodeStruct(m map[string]any, rv reflect.Value, path []string) error {
	fields := structFields(rv.Type())
	for k, v := range m {
		f := matchField(fields, k)
		if f == nil {
			continue
		}
		fv, err := fieldForSet(rv, f.index)
		if err != nil {
			return &DecodeError{Path: pathString(append(path, "."+f.goName)), Msg: err.Error()}
		}
		if err := decodeValue(v, fv, append(path, "."+f.goName)); err != nil {
			return err
		}
	}
	return nil
}

// matchField finds the field a dict key goes to: its py name (tag, else Go name)
// exactly, else ignoring case.
func matchField(fields []goField, key string) *goField {
	for j := range fields {
		if fields[j].name == key {
			return &fields[j]
		}
	}
	for j := range fields {
		if strings.EqualFold(fields[j].name, key) {
			return &fields[j]
		}
	}
	return nil
}

// fieldForSet is the field of rv at index, allocating the embedded struct
// pointers on the way.
func fieldForSet(rv reflect.Value, index []int) (reflect.Value, error) {
	for j, x := range index {
		if j > 0 && rv.Kind() == reflect.Pointer {
			if rv.IsNil() {
				if !rv.CanSet() {
					return reflect.Value{}, fmt.Errorf("cannot set a field of a nil embedded %s", rv.Type())
				}
				rv.Set(reflect.New(rv.Type().Elem()))
			}
			rv = rv.Elem()
		}
		rv = rv.Field(x)
	}
	return rv, nil
}
