package array

import (
	"math"
	"strings"

	"github.com/kaa-python/kaa/py"
)

var arrayType, iterType *py.Type

func init() {
	arrayType = py.NewType(arrayDef)
	arrayType.SetCollectionFlags(py.CollectionSequence)
	py.SetBuffer(arrayType, func(t *py.Thread, v py.Value) (*py.Buffer, *py.Exception) {
		a := asArray(v)
		f := string(a.tc)
		if a.unicode() {
			f = "w"
		}
		return &py.Buffer{Data: a.b, Format: f, ItemSize: a.size, Exports: &a.exports}, nil
	})
	py.SetBinaryOp(arrayType, "+", arrayConcat, nil, arrayInplaceConcat)
	py.SetBinaryOp(arrayType, "*", arrayRepeat, func(t *py.Thread, b, a py.Value) (py.Value, *py.Exception) { return arrayRepeat(t, b, a) }, arrayInplaceRepeat)
	iterType = py.NewType(iterDef)
}

func noKw(name string, kw *py.Tuple) *py.Exception {
	if kw != nil && len(kw.Items()) > 0 {
		return py.Errorf(py.TypeError(), "%s() takes no keyword arguments", name)
	}
	return nil
}

// method is a method of lo to hi positional arguments.
func method(name string, lo, hi int, fn func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return &py.MethodDef{Name: name, Fn: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		if err := noKw("array."+name, kw); err != nil {
			return py.Value{}, err
		}
		if len(args) < lo || len(args) > hi {
			switch {
			case name == "extend" || name == "fromfile" || name == "tofile" || name == "__reduce_ex__":
				return py.Value{}, py.Errorf(py.TypeError(), "%s() takes exactly %d positional argument%s (%d given)", name, lo, plural(lo), len(args))
			case lo == hi && lo == 0:
				return py.Value{}, py.Errorf(py.TypeError(), "array.%s() takes no arguments (%d given)", name, len(args))
			case lo == hi && lo == 1:
				return py.Value{}, py.Errorf(py.TypeError(), "array.%s() takes exactly one argument (%d given)", name, len(args))
			case lo == hi:
				return py.Value{}, py.Errorf(py.TypeError(), "%s expected %d arguments, got %d", name, lo, len(args))
			case len(args) < lo:
				return py.Value{}, py.Errorf(py.TypeError(), "%s expected at least %d argument%s, got %d", name, lo, plural(lo), len(args))
			}
			return py.Value{}, py.Errorf(py.TypeError(), "%s expected at most %d argument%s, got %d", name, hi, plural(hi), len(args))
		}
		return fn(t, asArray(self), self, args)
	}}
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

var none = py.None()

func itemEq(t *py.Thread, x, y py.Value) (bool, *py.Exception) {
	if fx, ok := py.FloatValue(x); ok && x.IsFloat() {
		if fy, ok := py.FloatValue(y); ok && y.IsFloat() {
			return fx == fy, nil
		}
		if math.IsNaN(fx) {
			return false, nil
		}
	}
	return py.RichCompareBool(t, x, y, py.EQ)
}

// find is the index of the first item equal to v in [lo, hi), or -1.
func (a *array) find(t *py.Thread, v py.Value, lo, hi int) (int, *py.Exception) {
	for i := lo; i < hi && i < a.n(); i++ {
		x, err := a.get(i)
		if err != nil {
			return -1, err
		}
		eq, err := itemEq(t, x, v)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func clampIndex(t *py.Thread, v py.Value, n int) (int, *py.Exception) {
	i, err := py.IndexClamped(t, v)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(n)
		if i < 0 {
			i = 0
		}
	}
	if i > int64(n) {
		i = int64(n)
	}
	return int(i), nil
}

func (a *array) slice(start, step, count int) []byte {
	out := make([]byte, 0, count*a.size)
	for i, j := 0, start; i < count; i, j = i+1, j+step {
		out = append(out, a.b[j*a.size:(j+1)*a.size]...)
	}
	return out
}

func (a *array) repr(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	name := self.Type().Name
	if a.n() == 0 {
		return py.NewStr(name + "('" + string(a.tc) + "')"), nil
	}
	var inner py.Value
	if a.unicode() {
		s, err := a.tounicode()
		if err != nil {
			return py.Value{}, err
		}
		inner = s
	} else {
		items, err := a.items()
		if err != nil {
			return py.Value{}, err
		}
		inner = py.NewList(items).Value()
	}
	r, err := py.Repr(t, inner)
	if err != nil {
		return py.Value{}, err
	}
	return py.NewStr(name + "('" + string(a.tc) + "', " + r + ")"), nil
}

func (a *array) tounicode() (py.Value, *py.Exception) {
	var sb []byte
	for i := 0; i < a.n(); i++ {
		c := ne.Uint32(a.b[i*4:])
		if c > 0x10ffff {
			_, err := charValue(c)
			return py.Value{}, err
		}
		sb = py.AppendChar(sb, rune(c))
	}
	return py.NewStrText(string(sb), a.n()), nil
}

func arrayConcat(t *py.Thread, x, y py.Value) (py.Value, *py.Exception) {
	if !isArray(y) {
		return py.Value{}, py.Errorf(py.TypeError(), "can only append array (not \"%s\") to array", py.TypeName(y))
	}
	a, b := asArray(x), asArray(y)
	if a.tc != b.tc {
		return py.Value{}, py.Errorf(py.TypeError(), "bad argument type for built-in operation")
	}
	out := make([]byte, 0, len(a.b)+len(b.b))
	return newArray(arrayType, a.tc, append(append(out, a.b...), b.b...)), nil
}

func arrayInplaceConcat(t *py.Thread, x, y py.Value) (py.Value, *py.Exception) {
	if !isArray(y) {
		return py.Value{}, py.Errorf(py.TypeError(), "can only extend array with array (not \"%s\")", py.TypeName(y))
	}
	if err := asArray(x).extend(t, y); err != nil {
		return py.Value{}, err
	}
	return x, nil
}

func repeatCount(t *py.Thread, a *array, n py.Value) (int, bool, *py.Exception) {
	if !py.IsInt(n) && n.Type().IsSubtype(py.FloatType()) {
		return 0, false, nil
	}
	if !py.IsInt(n) && !hasIndex(n) {
		return 0, false, py.Errorf(py.TypeError(), "can't multiply sequence by non-int of type '%s'", py.TypeName(n))
	}
	k, err := py.IndexInt(t, n, py.OverflowError())
	if err != nil {
		return 0, false, err
	}
	if k < 0 {
		k = 0
	}
	if k > 0 && int64(len(a.b)) > math.MaxInt32*16/k {
		return 0, false, py.Errorf(py.MemoryError(), "")
	}
	return int(k), true, nil
}

func arrayRepeat(t *py.Thread, x, n py.Value) (py.Value, *py.Exception) {
	a := asArray(x)
	k, ok, err := repeatCount(t, a, n)
	if err != nil || !ok {
		return py.NotImplemented(), err
	}
	return newArray(arrayType, a.tc, []byte(strings.Repeat(string(a.b), k))), nil
}

func arrayInplaceRepeat(t *py.Thread, x, n py.Value) (py.Value, *py.Exception) {
	a := asArray(x)
	k, ok, err := repeatCount(t, a, n)
	if err != nil || !ok {
		return py.NotImplemented(), err
	}
	if k != 1 && len(a.b) > 0 {
		if err := a.resizable(); err != nil {
			return py.Value{}, err
		}
		a.b = []byte(strings.Repeat(string(a.b), k))
	}
	return x, nil
}

func arrayCompare(t *py.Thread, x, y py.Value, op py.CompareOp) (py.Value, *py.Exception) {
	if !isArray(y) {
		return py.NotImplemented(), nil
	}
	a, b := asArray(x), asArray(y)
	if a.n() != b.n() && (op == py.EQ || op == py.NE) {
		return py.Bool(op == py.NE), nil
	}
	n := min(a.n(), b.n())
	for i := 0; i < n; i++ {
		vx, err := a.get(i)
		if err != nil {
			return py.Value{}, err
		}
		vy, err := b.get(i)
		if err != nil {
			return py.Value{}, err
		}
		eq, err := itemEq(t, vx, vy)
		if err != nil {
			return py.Value{}, err
		}
		if eq {
			continue
		}
		switch op {
		case py.EQ:
			return py.False(), nil
		case py.NE:
			return py.True(), nil
		}
		return py.RichCompare(t, vx, vy, op)
	}
	la, lb := a.n(), b.n()
	var r bool
	switch op {
	case py.LT:
		r = la < lb
	case py.LE:
		r = la <= lb
	case py.EQ:
		r = la == lb
	case py.NE:
		r = la != lb
	case py.GT:
		r = la > lb
	default:
		r = la >= lb
	}
	return py.Bool(r), nil
}

func arrayGetItem(t *py.Thread, self, key py.Value) (py.Value, *py.Exception) {
	a := asArray(self)
	if start, _, step, count, ok, err := py.SliceIndices(t, key, a.n()); ok {
		if err != nil {
			return py.Value{}, err
		}
		return newArray(arrayType, a.tc, a.slice(start, step, count)), nil
	}
	if !py.IsInt(key) && !hasIndex(key) {
		return py.Value{}, py.Errorf(py.TypeError(), "array indices must be integers")
	}
	i, err := py.IndexInt(t, key, py.IndexError())
	if err != nil {
		return py.Value{}, err
	}
	if i < 0 {
		i += int64(a.n())
	}
	if i < 0 || i >= int64(a.n()) {
		return py.Value{}, py.Errorf(py.IndexError(), "array index out of range")
	}
	return a.get(int(i))
}

func hasIndex(v py.Value) bool {
	_, ok, _ := py.LookupSpecial(nil, v, "__index__")
	return ok
}

func arraySetItem(t *py.Thread, self, key, val py.Value) *py.Exception {
	a := asArray(self)
	if start, stop, step, count, ok, err := py.SliceIndices(t, key, a.n()); ok {
		if err != nil {
			return err
		}
		var src []byte
		if !val.IsNil() {
			if !isArray(val) {
				return py.Errorf(py.TypeError(), "can only assign array (not \"%s\") to array slice", py.TypeName(val))
			}
			o := asArray(val)
			if o.tc != a.tc {
				return py.Errorf(py.TypeError(), "bad argument type for built-in operation")
			}
			src = append([]byte(nil), o.b...)
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			if val.IsNil() || len(src) != count*a.size {
				if err := a.resizable(); err != nil {
					return err
				}
				out := make([]byte, 0, len(a.b)-count*a.size+len(src))
				out = append(out, a.b[:start*a.size]...)
				out = append(out, src...)
				a.b = append(out, a.b[stop*a.size:]...)
				return nil
			}
			copy(a.b[start*a.size:], src)
			return nil
		}
		if val.IsNil() {
			if err := a.resizable(); err != nil {
				return err
			}
			if step < 0 {
				start, step = start+(count-1)*step, -step
			}
			out := make([]byte, 0, len(a.b)-count*a.size)
			for i := 0; i < a.n(); i++ {
				if i >= start && i < start+count*step && (i-start)%step == 0 {
					continue
				}
				out = append(out, a.b[i*a.size:(i+1)*a.size]...)
			}
			a.b = out
			return nil
		}
		if len(src) != count*a.size {
			return py.Errorf(py.ValueError(), "attempt to assign array of size %d to extended slice of size %d", len(src)/a.size, count)
		}
		for i, j := 0, start; i < count; i, j = i+1, j+step {
			copy(a.b[j*a.size:(j+1)*a.size], src[i*a.size:])
		}
		return nil
	}
	if !py.IsInt(key) && !hasIndex(key) {
		return py.Errorf(py.TypeError(), "array indices must be integers")
	}
	i, err := py.IndexInt(t, key, py.IndexError())
	if err != nil {
		return err
	}
	if i < 0 {
		i += int64(a.n())
	}
	if i < 0 || i >= int64(a.n()) {
		return py.Errorf(py.IndexError(), "array assignment index out of range")
	}
	if val.IsNil() {
		if err := a.resizable(); err != nil {
			return err
		}
		a.b = append(a.b[:int(i)*a.size], a.b[(int(i)+1)*a.size:]...)
		return nil
	}
	return a.set(t, int(i), val)
}

func (a *array) reduceDict(t *py.Thread, self py.Value) py.Value {
	d, err := py.GetAttrS(t, self, "__dict__")
	if err != nil {
		return none
	}
	return d
}

var arrayDef = &py.TypeDef{
	Name:    "array.array",
	Doc:     arrayDoc,
	Weakref: true,
	New:     arrayNew,
	Repr: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		return asArray(v).repr(t, v)
	},
	Compare: arrayCompare,
	Len:     func(t *py.Thread, v py.Value) (int, *py.Exception) { return asArray(v).n(), nil },
	Iter: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		it := &arrayIter{a: v}
		return py.NewObject(&it.Header, iterType), nil
	},
	Contains: func(t *py.Thread, v, x py.Value) (bool, *py.Exception) {
		a := asArray(v)
		i, err := a.find(t, x, 0, a.n())
		return i >= 0, err
	},
	GetItem: arrayGetItem,
	SetItem: arraySetItem,
	Methods: []*py.MethodDef{
		method("append", 1, 1, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			return none, a.appendItem(t, args[0])
		}),
		method("buffer_info", 0, 0, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			return py.NewTuple(py.Int(a.address()), py.Int(int64(a.n()))), nil
		}),
		method("byteswap", 0, 0, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			for i := 0; i+a.size <= len(a.b); i += a.size {
				p := a.b[i : i+a.size]
				for l, r := 0, len(p)-1; l < r; l, r = l+1, r-1 {
					p[l], p[r] = p[r], p[l]
				}
			}
			return none, nil
		}),
		method("clear", 0, 0, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			if err := a.resizable(); err != nil {
				return py.Value{}, err
			}
			a.b = []byte{}
			return none, nil
		}),
		method("count", 1, 1, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			n := 0
			for i := 0; i < a.n(); i++ {
				x, err := a.get(i)
				if err != nil {
					return py.Value{}, err
				}
				eq, err := itemEq(t, x, args[0])
				if err != nil {
					return py.Value{}, err
				}
				if eq {
					n++
				}
			}
			return py.Int(int64(n)), nil
		}),
		method("__copy__", 0, 0, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			return newArray(arrayType, a.tc, append([]byte{}, a.b...)), nil
		}),
		method("__deepcopy__", 1, 1, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			return newArray(arrayType, a.tc, append([]byte{}, a.b...)), nil
		}),
		method("extend", 1, 1, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			return none, a.extend(t, args[0])
		}),
		method("frombytes", 1, 1, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			p, ok := py.AsBuffer(args[0])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(args[0]))
			}
			return none, a.frombytes(p)
		}),
		method("fromfile", 2, 2, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			n, err := py.IndexInt(t, args[1], nil)
			if err != nil {
				return py.Value{}, err
			}
			if n < 0 {
				return py.Value{}, py.Errorf(py.ValueError(), "negative count")
			}
			if n > (1<<46)/int64(a.size) {
				// More than any machine holds: the read would fail to allocate.
				return py.Value{}, py.Errorf(py.MemoryError(), "")
			}
			want := int(n) * a.size
			r, err := py.CallMethod(t, args[0], "read", py.Int(int64(want)))
			if err != nil {
				return py.Value{}, err
			}
			if !r.Type().IsSubtype(py.BytesType()) {
				return py.Value{}, py.Errorf(py.TypeError(), "read() didn't return bytes")
			}
			p, _ := py.AsBuffer(r)
			got := min(len(p), want)
			if err := a.appendBytes(append([]byte(nil), p[:got-got%a.size]...)); err != nil {
				return py.Value{}, err
			}
			if len(p) != want {
				return py.Value{}, py.Errorf(py.EOFError(), "read() didn't return enough bytes")
			}
			return none, nil
		}),
		method("fromlist", 1, 1, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			l, ok := py.ListItems(args[0])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "arg must be list")
			}
			tmp := &array{tc: a.tc, size: a.size}
			for _, x := range l {
				if err := tmp.appendItem(t, x); err != nil {
					return py.Value{}, err
				}
			}
			return none, a.appendBytes(tmp.b)
		}),
		method("fromunicode", 1, 1, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			s, ok := py.AsStr(args[0])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "fromunicode() argument must be str, not %s", py.TypeName(args[0]))
			}
			if !a.unicode() {
				return py.Value{}, py.Errorf(py.ValueError(), "fromunicode() may only be called on unicode type arrays ('u' or 'w')")
			}
			if s == "" {
				return none, nil
			}
			if err := a.resizable(); err != nil {
				return py.Value{}, err
			}
			a.fromunicode(s)
			return none, nil
		}),
		method("index", 1, 3, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			lo, hi := 0, a.n()
			var err *py.Exception
			if len(args) > 1 {
				if lo, err = clampIndex(t, args[1], a.n()); err != nil {
					return py.Value{}, err
				}
			}
			if len(args) > 2 {
				if hi, err = clampIndex(t, args[2], a.n()); err != nil {
					return py.Value{}, err
				}
			}
			i, err := a.find(t, args[0], lo, hi)
			if err != nil {
				return py.Value{}, err
			}
			if i < 0 {
				return py.Value{}, py.Errorf(py.ValueError(), "array.index(x): x not in array")
			}
			return py.Int(int64(i)), nil
		}),
		method("insert", 2, 2, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			i, err := clampIndex(t, args[0], a.n())
			if err != nil {
				return py.Value{}, err
			}
			bits, err := convert(t, a.tc, args[1])
			if err != nil {
				return py.Value{}, err
			}
			if err := a.resizable(); err != nil {
				return py.Value{}, err
			}
			a.b = append(a.b, make([]byte, a.size)...)
			copy(a.b[(i+1)*a.size:], a.b[i*a.size:])
			a.put(i, bits)
			return none, nil
		}),
		method("pop", 0, 1, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			i := int64(-1)
			if len(args) == 1 {
				var err *py.Exception
				if i, err = py.IndexInt(t, args[0], nil); err != nil {
					return py.Value{}, err
				}
			}
			if a.n() == 0 {
				return py.Value{}, py.Errorf(py.IndexError(), "pop from empty array")
			}
			if i < 0 {
				i += int64(a.n())
			}
			if i < 0 || i >= int64(a.n()) {
				return py.Value{}, py.Errorf(py.IndexError(), "pop index out of range")
			}
			v, err := a.get(int(i))
			if err != nil {
				return py.Value{}, err
			}
			if err := a.resizable(); err != nil {
				return py.Value{}, err
			}
			a.b = append(a.b[:int(i)*a.size], a.b[(int(i)+1)*a.size:]...)
			return v, nil
		}),
		method("__reduce_ex__", 1, 1, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			if !py.IsInt(args[0]) {
				return py.Value{}, py.Errorf(py.TypeError(), "__reduce_ex__ argument should be an integer")
			}
			proto, _ := py.AsInt64(args[0])
			d := a.reduceDict(t, self)
			typ := py.TypeValue(self.Type())
			if proto < 3 {
				items, err := a.items()
				if err != nil {
					return py.Value{}, err
				}
				return py.NewTuple(typ, py.NewTuple(py.NewStr(string(a.tc)), py.NewList(items).Value()), d), nil
			}
			mod, err := py.Import(t, "array")
			if err != nil {
				return py.Value{}, err
			}
			rec, err := py.GetAttrS(t, mod, "_array_reconstructor")
			if err != nil {
				return py.Value{}, err
			}
			return py.NewTuple(rec, py.NewTuple(typ, py.NewStr(string(a.tc)), py.Int(mformat(a.tc)), py.NewBytes(append([]byte{}, a.b...))), d), nil
		}),
		method("remove", 1, 1, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			i, err := a.find(t, args[0], 0, a.n())
			if err != nil {
				return py.Value{}, err
			}
			if i < 0 {
				return py.Value{}, py.Errorf(py.ValueError(), "array.remove(x): x not in array")
			}
			if err := a.resizable(); err != nil {
				return py.Value{}, err
			}
			a.b = append(a.b[:i*a.size], a.b[(i+1)*a.size:]...)
			return none, nil
		}),
		method("reverse", 0, 0, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			n := a.n()
			tmp := make([]byte, a.size)
			for l, r := 0, n-1; l < r; l, r = l+1, r-1 {
				pl, pr := a.b[l*a.size:(l+1)*a.size], a.b[r*a.size:(r+1)*a.size]
				copy(tmp, pl)
				copy(pl, pr)
				copy(pr, tmp)
			}
			return none, nil
		}),
		method("__sizeof__", 0, 0, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(64 + cap(a.b))), nil
		}),
		method("tobytes", 0, 0, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			return py.NewBytes(append([]byte{}, a.b...)), nil
		}),
		method("tofile", 1, 1, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			const block = 64 * 1024
			data := append([]byte{}, a.b...)
			for i := 0; i < len(data) || i == 0 && len(data) == 0; i += block {
				if len(data) == 0 {
					break
				}
				if _, err := py.CallMethod(t, args[0], "write", py.NewBytes(data[i:min(i+block, len(data))])); err != nil {
					return py.Value{}, err
				}
			}
			return none, nil
		}),
		method("tolist", 0, 0, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			items, err := a.items()
			if err != nil {
				return py.Value{}, err
			}
			return py.NewList(items).Value(), nil
		}),
		method("tounicode", 0, 0, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			if !a.unicode() {
				return py.Value{}, py.Errorf(py.ValueError(), "tounicode() may only be called on unicode type arrays ('u' or 'w')")
			}
			return a.tounicode()
		}),
		method("__buffer__", 1, 1, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			if _, err := py.IndexInt(t, args[0], nil); err != nil {
				return py.Value{}, err
			}
			return py.NewMemoryView(t, self)
		}),
		method("__release_buffer__", 1, 1, func(t *py.Thread, a *array, self py.Value, args []py.Value) (py.Value, *py.Exception) {
			_, err := py.CallMethod(t, args[0], "release")
			return none, err
		}),
		py.GetSetDef("typecode", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			return py.NewStr(string(asArray(v).tc)), nil
		}, nil),
		py.GetSetDef("itemsize", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(asArray(v).size)), nil
		}, nil),
		binMethod("__add__", arrayConcat),
		binMethod("__iadd__", arrayInplaceConcat),
		binMethod("__mul__", arrayRepeat),
		binMethod("__rmul__", arrayRepeat),
		binMethod("__imul__", arrayInplaceRepeat),
		{Name: "__class_getitem__", Class: true, Doc: "See PEP 585",
			Fn: func(t *py.Thread, cls py.Value, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
				if len(args) != 1 || kw != nil && len(kw.Items()) > 0 {
					return py.Value{}, py.Errorf(py.TypeError(), "__class_getitem__() takes exactly one argument (%d given)", len(args))
				}
				return py.NewGenericAlias(t, cls, args[0])
			}},
	},
}

func binMethod(name string, fn func(t *py.Thread, a, b py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, "value, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		return fn(t, self, a[0])
	})
}

// ---- arrayiterator ----

type arrayIter struct {
	py.Header
	a    py.Value // zero once exhausted
	next int
}

var iterDef = &py.TypeDef{
	Name:  "array.arrayiterator",
	Final: true,
	Iter:  func(t *py.Thread, v py.Value) (py.Value, *py.Exception) { return v, nil },
	Next: func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
		it := py.Object[arrayIter](v)
		if it.a.IsNil() {
			return py.Value{}, nil
		}
		a := asArray(it.a)
		if it.next >= a.n() {
			it.a = py.Value{}
			return py.Value{}, nil
		}
		x, err := a.get(it.next)
		if err != nil {
			return py.Value{}, err
		}
		it.next++
		return x, nil
	},
	Methods: []*py.MethodDef{
		py.FuncNoArgs("arrayiterator.__reduce__", func(t *py.Thread, v py.Value) (py.Value, *py.Exception) {
			it := py.Object[arrayIter](v)
			b, err := py.Import(t, "builtins")
			if err != nil {
				return py.Value{}, err
			}
			iter, err := py.GetAttrS(t, b, "iter")
			if err != nil {
				return py.Value{}, err
			}
			if it.a.IsNil() {
				return py.NewTuple(iter, py.NewTuple(py.NewTuple())), nil
			}
			return py.NewTuple(iter, py.NewTuple(it.a), py.Int(int64(it.next))), nil
		}),
		py.FuncO("arrayiterator.__setstate__", func(t *py.Thread, v, state py.Value) (py.Value, *py.Exception) {
			it := py.Object[arrayIter](v)
			i, err := py.IndexInt(t, state, nil)
			if err != nil {
				return py.Value{}, err
			}
			if it.a.IsNil() {
				return none, nil
			}
			it.next = int(max(0, min(i, int64(asArray(it.a).n()))))
			return none, nil
		}),
	},
}

const arrayDoc = "array(typecode [, initializer]) -> array\n\n" +
	"A sequence of numbers (or characters) of one C type, named by typecode:\n" +
	"b/B signed/unsigned char, u/w a Unicode character, h/H short, i/I int,\n" +
	"l/L long, q/Q long long, f float, d double. The initializer may be a\n" +
	"list, bytes-like object, str (for u and w) or any iterable of items.\n"
