package marshal

import (
	"encoding/binary"
	"math"
	"strings"

	"github.com/kaa-python/kaa/bytecode"
	"github.com/kaa-python/kaa/constant"
	fmt "github.com/kaa-python/kaa/marshal"
	"github.com/kaa-python/kaa/py"
)

// reader unmarshals Python objects (Python/marshal.c's r_object) from bytes or
// from a file object's readinto.
type reader struct {
	t         *py.Thread
	data      []byte
	pos       int
	file      py.Value // not nil: read through file.readinto
	refs      []py.Value
	depth     int
	allowCode bool
	n         int // objects read
}

// fileChunk is the most read from a file at once: a length in the data is only
// believed as far as the file has bytes for it.
const fileChunk = 1 << 16

func eofNotExpected() *py.Exception {
	return py.Errorf(py.EOFError(), "EOF read where not expected")
}

func badData(msg string) *py.Exception {
	return py.Errorf(py.ValueError(), "bad marshal data (%s)", msg)
}

// read returns the next n bytes (r_string).
func (r *reader) read(n int) ([]byte, *py.Exception) {
	if r.file.IsNil() {
		if n > len(r.data)-r.pos {
			return nil, py.Errorf(py.EOFError(), "marshal data too short")
		}
		b := r.data[r.pos : r.pos+n]
		r.pos += n
		return b, nil
	}
	out := make([]byte, 0, min(n, fileChunk))
	for len(out) < n {
		k := min(n-len(out), fileChunk)
		buf := py.NewByteArray(make([]byte, k))
		view, err := py.NewMemoryView(r.t, buf)
		if err != nil {
			return nil, err
		}
		res, err := py.CallMethod(r.t, r.file, "readinto", view)
		if err != nil {
			return nil, err
		}
		got, err := py.IndexInt(r.t, res, py.ValueError())
		if err != nil {
			return nil, err
		}
		if got != int64(k) {
			if got > int64(k) {
				return nil, py.Errorf(py.ValueError(), "read() returned too much data: %d bytes requested, %d returned", k, got)
			}
			return nil, eofNotExpected()
		}
		b, _ := py.AsBuffer(buf)
		out = append(out, b[:k]...)
	}
	return out, nil
}

// byte reads one byte where the data must go on.
func (r *reader) byte() (byte, *py.Exception) {
	if r.file.IsNil() {
		if r.pos >= len(r.data) {
			return 0, eofNotExpected()
		}
		r.pos++
		return r.data[r.pos-1], nil
	}
	b, err := r.read(1)
	if err != nil {
		return 0, err
	}
	return b[0], nil
}

func (r *reader) int32() (int32, *py.Exception) {
	b, err := r.read(4)
	if err != nil {
		return 0, err
	}
	return int32(binary.LittleEndian.Uint32(b)), nil
}

// size reads a 4-byte length, which must not be negative.
func (r *reader) size(what string) (int, *py.Exception) {
	n, err := r.int32()
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, badData(what + " size out of range")
	}
	return int(n), nil
}

// reserve keeps a slot in the reference table for an object being built whose
// members cannot refer to it (a frozenset, a code object): until it is filled a
// reference to it is invalid.
func (r *reader) reserve(flag bool) int {
	if !flag {
		return -1
	}
	r.refs = append(r.refs, py.Value{})
	return len(r.refs) - 1
}

func (r *reader) keep(v py.Value, flag bool) {
	if flag {
		r.refs = append(r.refs, v)
	}
}

// load reads one object; the zero Value with no exception is TYPE_NULL.
func (r *reader) load() (py.Value, *py.Exception) {
	v, err := r.object()
	if err == nil && v.IsNil() {
		err = py.Errorf(py.TypeError(), "NULL object in marshal data for object")
	}
	return v, err
}

func (r *reader) object() (py.Value, *py.Exception) {
	var code byte
	if r.file.IsNil() {
		if r.pos >= len(r.data) {
			return py.Value{}, py.Errorf(py.EOFError(), "EOF read where object expected")
		}
		code = r.data[r.pos]
		r.pos++
	} else {
		b, err := r.read(1)
		if err != nil {
			if err.Matches(py.EOFError()) {
				err = py.Errorf(py.EOFError(), "EOF read where object expected")
			}
			return py.Value{}, err
		}
		code = b[0]
	}
	if r.n++; r.n%4096 == 0 {
		if err := r.t.CheckInterrupt(); err != nil {
			return py.Value{}, err
		}
	}
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > fmt.MaxDepth {
		return py.Value{}, py.Errorf(py.ValueError(), "recursion limit exceeded")
	}
	flag := code&fmt.FlagRef != 0
	switch code &^ fmt.FlagRef {
	case fmt.TypeNull:
		return py.Value{}, nil
	case fmt.TypeNone:
		return py.None(), nil
	case fmt.TypeStopIter:
		return py.TypeValue(py.StopIteration()), nil
	case fmt.TypeEllipsis:
		return py.Ellipsis(), nil
	case fmt.TypeFalse:
		return py.False(), nil
	case fmt.TypeTrue:
		return py.True(), nil
	case fmt.TypeInt:
		n, err := r.int32()
		if err != nil {
			return py.Value{}, err
		}
		v := py.Int(int64(n))
		r.keep(v, flag)
		return v, nil
	case fmt.TypeInt64:
		b, err := r.read(8)
		if err != nil {
			return py.Value{}, err
		}
		v := py.Int(int64(binary.LittleEndian.Uint64(b)))
		r.keep(v, flag)
		return v, nil
	case fmt.TypeLong:
		v, err := r.long()
		if err != nil {
			return py.Value{}, err
		}
		r.keep(v, flag)
		return v, nil
	case fmt.TypeFloat:
		f, err := r.textFloat()
		if err != nil {
			return py.Value{}, err
		}
		v := py.Float(f)
		r.keep(v, flag)
		return v, nil
	case fmt.TypeBinaryFloat:
		b, err := r.read(8)
		if err != nil {
			return py.Value{}, err
		}
		v := py.Float(math.Float64frombits(binary.LittleEndian.Uint64(b)))
		r.keep(v, flag)
		return v, nil
	case fmt.TypeComplex:
		re, err := r.textFloat()
		if err != nil {
			return py.Value{}, err
		}
		im, err := r.textFloat()
		if err != nil {
			return py.Value{}, err
		}
		v := py.NewComplex(complex(re, im))
		r.keep(v, flag)
		return v, nil
	case fmt.TypeBinaryComplex:
		b, err := r.read(8)
		if err != nil {
			return py.Value{}, err
		}
		re := math.Float64frombits(binary.LittleEndian.Uint64(b))
		if b, err = r.read(8); err != nil {
			return py.Value{}, err
		}
		im := math.Float64frombits(binary.LittleEndian.Uint64(b))
		v := py.NewComplex(complex(re, im))
		r.keep(v, flag)
		return v, nil
	case fmt.TypeString:
		n, err := r.size("bytes object")
		if err != nil {
			return py.Value{}, err
		}
		b, err := r.read(n)
		if err != nil {
			return py.Value{}, err
		}
		v := py.NewBytes(append([]byte(nil), b...))
		r.keep(v, flag)
		return v, nil
	case fmt.TypeUnicode, fmt.TypeInterned:
		n, err := r.size("string")
		if err != nil {
			return py.Value{}, err
		}
		b, err := r.read(n)
		if err != nil {
			return py.Value{}, err
		}
		s, err := py.DecodeBytes(r.t, b, "utf-8", "surrogatepass")
		if err != nil {
			return py.Value{}, err
		}
		v := py.NewStr(s)
		if code&^fmt.FlagRef == fmt.TypeInterned {
			v = py.Intern(r.t, v)
		}
		r.keep(v, flag)
		return v, nil
	case fmt.TypeASCII, fmt.TypeASCIIInterned, fmt.TypeShortASCII, fmt.TypeShortASCIIInt:
		t := code &^ fmt.FlagRef
		var n int
		if t == fmt.TypeShortASCII || t == fmt.TypeShortASCIIInt {
			c, err := r.byte()
			if err != nil {
				return py.Value{}, err
			}
			n = int(c)
		} else {
			var err *py.Exception
			if n, err = r.size("string"); err != nil {
				return py.Value{}, err
			}
		}
		b, err := r.read(n)
		if err != nil {
			return py.Value{}, err
		}
		v := py.NewStr(latin1(b))
		if t == fmt.TypeASCIIInterned || t == fmt.TypeShortASCIIInt {
			v = py.Intern(r.t, v)
		}
		r.keep(v, flag)
		return v, nil
	case fmt.TypeSmallTuple, fmt.TypeTuple:
		var n int
		if code&^fmt.FlagRef == fmt.TypeSmallTuple {
			c, err := r.byte()
			if err != nil {
				return py.Value{}, err
			}
			n = int(c)
		} else {
			var err *py.Exception
			if n, err = r.size("tuple"); err != nil {
				return py.Value{}, err
			}
		}
		if !r.believable(n) {
			// More items than the input can hold (or than is worth allocating
			// ahead of a file's data): read them first, and make the tuple
			// when they have all come (until then it cannot be referred to).
			idx := r.reserve(flag)
			var items []py.Value
			for i := 0; i < n; i++ {
				x, err := r.object()
				if err != nil {
					return py.Value{}, err
				}
				if x.IsNil() {
					return py.Value{}, py.Errorf(py.TypeError(), "NULL object in marshal data for tuple")
				}
				items = append(items, x)
			}
			v := py.NewTuple(items...)
			if idx >= 0 {
				r.refs[idx] = v
			}
			return v, nil
		}
		// The tuple is referable while its items are read (an item may refer
		// back to it): its slots hold None until they are read.
		items := make([]py.Value, n)
		for i := range items {
			items[i] = py.None()
		}
		v := py.NewTuple(items...)
		r.keep(v, flag)
		for i := range items {
			x, err := r.object()
			if err != nil {
				return py.Value{}, err
			}
			if x.IsNil() {
				return py.Value{}, py.Errorf(py.TypeError(), "NULL object in marshal data for tuple")
			}
			items[i] = x
		}
		return v, nil
	case fmt.TypeList:
		n, err := r.size("list")
		if err != nil {
			return py.Value{}, err
		}
		l := py.NewList(make([]py.Value, 0, min(n, 1024)))
		r.keep(l.Value(), flag)
		for i := 0; i < n; i++ {
			x, err := r.object()
			if err != nil {
				return py.Value{}, err
			}
			if x.IsNil() {
				return py.Value{}, py.Errorf(py.TypeError(), "NULL object in marshal data for list")
			}
			l.Append(x)
		}
		return l.Value(), nil
	case fmt.TypeDict:
		d := py.NewDict()
		r.keep(d.Value(), flag)
		for {
			k, err := r.object()
			if err != nil {
				return py.Value{}, err
			}
			if k.IsNil() {
				break
			}
			x, err := r.object()
			if err != nil {
				return py.Value{}, err
			}
			if x.IsNil() {
				break
			}
			if err := d.SetItem(r.t, k, x); err != nil {
				return py.Value{}, err
			}
		}
		return d.Value(), nil
	case fmt.TypeSet, fmt.TypeFrozenSet:
		return r.set(code&^fmt.FlagRef == fmt.TypeFrozenSet, flag)
	case fmt.TypeCode:
		return r.code(flag)
	case fmt.TypeRef:
		n, err := r.int32()
		if err != nil {
			return py.Value{}, err
		}
		if n < 0 || int(n) >= len(r.refs) || r.refs[n].IsNil() {
			return py.Value{}, badData("invalid reference")
		}
		return r.refs[n], nil
	}
	return py.Value{}, badData("unknown type code")
}

// believable reports whether a container's length can be allocated ahead: the
// bytes left hold at least one per item, or, from a file, the length is small.
// A length in hostile data then costs nothing: the items run out first.
func (r *reader) believable(n int) bool {
	if r.file.IsNil() {
		return n <= len(r.data)-r.pos
	}
	return n <= fileChunk
}

func (r *reader) set(frozen, flag bool) (py.Value, *py.Exception) {
	n, err := r.size("set")
	if err != nil {
		return py.Value{}, err
	}
	if frozen && n == 0 {
		v, err := py.Call(r.t, py.TypeValue(py.FrozenSetType()))
		if err != nil {
			return py.Value{}, err
		}
		r.keep(v, flag)
		return v, nil
	}
	s, err := py.Call(r.t, py.TypeValue(py.SetType()))
	if err != nil {
		return py.Value{}, err
	}
	idx := -1
	if frozen {
		idx = r.reserve(flag)
	} else {
		r.keep(s, flag)
	}
	add, err := py.GetAttrS(r.t, s, "add")
	if err != nil {
		return py.Value{}, err
	}
	for i := 0; i < n; i++ {
		x, err := r.object()
		if err != nil {
			return py.Value{}, err
		}
		if x.IsNil() {
			return py.Value{}, py.Errorf(py.TypeError(), "NULL object in marshal data for set")
		}
		if _, err := py.Call(r.t, add, x); err != nil {
			return py.Value{}, err
		}
	}
	if !frozen {
		return s, nil
	}
	v, err := py.Call(r.t, py.TypeValue(py.FrozenSetType()), s)
	if err != nil {
		return py.Value{}, err
	}
	if idx >= 0 {
		r.refs[idx] = v
	}
	return v, nil
}

// long reads TYPE_LONG: a signed count of 15-bit digits, least significant first.
func (r *reader) long() (py.Value, *py.Exception) {
	n, err := r.int32()
	if err != nil {
		return py.Value{}, err
	}
	if n == math.MinInt32 {
		return py.Value{}, badData("long size out of range")
	}
	count := int(n)
	if count < 0 {
		count = -count
	}
	var digits []uint16
	for len(digits) < count {
		k := min(count-len(digits), fileChunk/2)
		b, err := r.read(2 * k)
		if err != nil {
			return py.Value{}, err
		}
		for i := 0; i < k; i++ {
			d := binary.LittleEndian.Uint16(b[2*i:])
			if d >= 1<<15 {
				return py.Value{}, badData("digit out of range in long")
			}
			digits = append(digits, d)
		}
	}
	v, merr := fmt.LongFromDigits(n < 0, digits)
	if merr != nil {
		return py.Value{}, py.Errorf(py.ValueError(), "%s", merr.Msg)
	}
	return py.NewBigInt(v), nil
}

func (r *reader) textFloat() (float64, *py.Exception) {
	n, err := r.byte()
	if err != nil {
		return 0, err
	}
	b, err := r.read(int(n))
	if err != nil {
		return 0, err
	}
	f, ok := fmt.ParseFloatText(string(b))
	if !ok {
		return 0, py.Errorf(py.ValueError(), "could not convert string to float: '%s'", latin1(b))
	}
	return f, nil
}

// latin1 is the text of bytes read as Latin-1 (marshal's ASCII types take any byte).
func latin1(b []byte) string {
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// code reads TYPE_CODE's fields and makes the code object, checked as CPython's
// _PyCode_Validate checks one.
func (r *reader) code(flag bool) (py.Value, *py.Exception) {
	if !r.allowCode {
		return py.Value{}, py.Errorf(py.ValueError(), "unmarshalling code objects is disallowed")
	}
	if r.t.Interp().Sandboxed() {
		return py.Value{}, py.HostDenied("unmarshalling a code object")
	}
	idx := r.reserve(flag)
	var ints [5]int32
	for i := range ints {
		n, err := r.int32()
		if err != nil {
			return py.Value{}, err
		}
		ints[i] = n
	}
	var fields [8]py.Value
	if ok, err := r.objectsInto(fields[:]); !ok {
		return py.Value{}, err
	}
	first, err := r.int32()
	if err != nil {
		return py.Value{}, err
	}
	var tables [2]py.Value
	if ok, err := r.objectsInto(tables[:]); !ok {
		return py.Value{}, err
	}
	internal := func() *py.Exception {
		return py.Errorf(py.SystemError(), "bad argument to internal function")
	}
	bytesOf := func(v py.Value) ([]byte, bool) {
		if !v.Type().IsSubtype(py.BytesType()) {
			return nil, false
		}
		b, _ := py.AsBytes(v)
		return append([]byte(nil), b...), true
	}
	strOf := func(v py.Value) (string, bool) {
		if !v.Type().IsSubtype(py.StrType()) {
			return "", false
		}
		s, _ := py.AsStr(v)
		return s, true
	}
	c := &bytecode.Code{
		ArgCount: int(ints[0]), PosOnlyArgCount: int(ints[1]), KwOnlyArgCount: int(ints[2]),
		StackSize: int(ints[3]), Flags: uint32(ints[4]), FirstLineNo: int(first),
	}
	var ok [8]bool
	c.Code, ok[0] = bytesOf(fields[0])
	consts, isTuple := py.TupleItems(fields[1])
	ok[1] = isTuple && fields[1].Type().IsSubtype(py.TupleType())
	names, ok2 := py.TupleItems(fields[2])
	ok[2] = ok2
	locals, ok3 := py.TupleItems(fields[3])
	ok[3] = ok3
	c.LocalsPlusKinds, ok[4] = bytesOf(fields[4])
	c.Filename, ok[5] = strOf(fields[5])
	c.Name, ok[6] = strOf(fields[6])
	c.QualName, ok[7] = strOf(fields[7])
	var okT [2]bool
	c.LineTable, okT[0] = bytesOf(tables[0])
	c.ExceptionTable, okT[1] = bytesOf(tables[1])
	for _, b := range append(ok[:], okT[:]...) {
		if !b {
			return py.Value{}, internal()
		}
	}
	if len(names) > 0 || len(locals) > 0 {
		for _, list := range [][]py.Value{names, locals} {
			for _, x := range list {
				if x.Type() != py.StrType() {
					return py.Value{}, py.Errorf(py.SystemError(), "non-string found in code slot")
				}
			}
		}
	}
	c.Names = goStrs(names)
	c.LocalsPlusNames = goStrs(locals)
	if typ, msg := bytecode.Validate(c); typ != "" {
		switch typ {
		case "SystemError":
			return py.Value{}, py.Errorf(py.SystemError(), "%s", msg)
		default:
			return py.Value{}, py.Errorf(py.ValueError(), "%s", msg)
		}
	}
	c.Consts = make([]constant.Value, len(consts))
	for i, k := range consts {
		cv, err := toConstant(r.t, k, 0)
		if err != nil {
			return py.Value{}, err
		}
		c.Consts[i] = cv
	}
	co, _ := py.CodeFromMarshal(c)
	v := co.Value()
	if idx >= 0 {
		r.refs[idx] = v
	}
	return v, nil
}

func goStrs(vs []py.Value) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i], _ = py.AsStr(v)
	}
	return out
}

// toConstant converts a value read as a code object's constant to the compiler's
// form, in which the code object keeps its constants.
func toConstant(t *py.Thread, v py.Value, depth int) (constant.Value, *py.Exception) {
	if depth > fmt.MaxDepth {
		return nil, py.Errorf(py.ValueError(), "recursion limit exceeded")
	}
	items := func(vs []py.Value) ([]constant.Value, *py.Exception) {
		out := make([]constant.Value, len(vs))
		for i, x := range vs {
			c, err := toConstant(t, x, depth+1)
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	}
	switch {
	case v.IsNone():
		return constant.None, nil
	case v.Is(py.Ellipsis()):
		return constant.Ellipsis, nil
	case v.Is(py.True()):
		return constant.Bool(true), nil
	case v.Is(py.False()):
		return constant.Bool(false), nil
	case v.Is(py.TypeValue(py.StopIteration())):
		return fmt.StopIteration{}, nil
	}
	switch v.Type() {
	case py.IntType():
		if n, ok := py.AsInt64(v); ok {
			return constant.NewInt(n), nil
		}
		b, _ := py.AsBigInt(v)
		return constant.NewBigInt(b), nil
	case py.FloatType():
		f, _ := py.FloatValue(v)
		return constant.Float(f), nil
	case py.ComplexType():
		c, _ := py.ComplexValue(v)
		return constant.Complex(c), nil
	case py.StrType():
		s, _ := py.AsStr(v)
		return constant.Str(s), nil
	case py.BytesType():
		b, _ := py.AsBytes(v)
		return constant.Bytes(append([]byte(nil), b...)), nil
	case py.TupleType():
		vs, _ := py.TupleItems(v)
		out, err := items(vs)
		return constant.Tuple(out), err
	case py.ListType():
		vs, _ := py.ListItems(v)
		out, err := items(vs)
		return fmt.List(out), err
	case py.SetType(), py.FrozenSetType():
		vs, err := py.ToSlice(t, v)
		if err != nil {
			return nil, err
		}
		out, err := items(vs)
		if v.Type() == py.SetType() {
			return fmt.Set(out), err
		}
		return constant.FrozenSet(out), err
	case py.DictType():
		d, _ := py.AsDict(v)
		var keys, vals []py.Value
		d.Items(func(k, x py.Value) bool {
			keys = append(keys, k)
			vals = append(vals, x)
			return true
		})
		ks, err := items(keys)
		if err != nil {
			return nil, err
		}
		xs, err := items(vals)
		return fmt.Dict{Keys: ks, Values: xs}, err
	case py.CodeType():
		c, _, _ := py.MarshalCode(v)
		return c, nil
	}
	return nil, py.Errorf(py.SystemError(), "bad argument to internal function")
}

// objectsInto reads len(dst) objects into dst; false when one is missing (an
// error, or the nil an unmarshallable part gives), with the error if any.
func (r *reader) objectsInto(dst []py.Value) (bool, *py.Exception) {
	for i := range dst {
		v, err := r.object()
		if err != nil {
			return false, err
		}
		if v.IsNil() {
			return false, nil
		}
		dst[i] = v
	}
	return true, nil
}
