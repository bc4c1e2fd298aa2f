package structmod

import (
	"sync"

	"github.com/kaa-python/kaa/py"
)

const moduleDoc = "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n\nThe optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\nthese can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n  n:ssize_t; N:size_t;\n  P:an integer type that is wide enough to hold a pointer.\nSpecial case (not in native mode unless 'long long' in platform C):\n  q:long long; Q:unsigned long long\nWhitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n"

// structObj is a Struct: a parsed format.
type structObj struct {
	py.Header
	l *layout
}

func layoutOf(self py.Value) (*layout, *py.Exception) {
	l := py.Object[structObj](self).l
	if l == nil {
		return nil, py.Errorf(py.ValueError(), "Struct.__init__() was not called")
	}
	return l, nil
}

func structNew(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	s := &structObj{}
	return py.NewObject(&s.Header, typ), nil
}

var initSig = sync.OnceValue(func() *py.Signature { return py.ParseSignature("Struct", "format") })

func structInit(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) *py.Exception {
	var a [1]py.Value
	if len(args) == 0 && (kwnames == nil || len(kwnames.Items()) == 0) {
		return py.Errorf(py.TypeError(), "Struct() missing required argument 'format' (pos 1)")
	}
	if err := initSig().Bind(args, kwnames, a[:]); err != nil {
		return err
	}
	l, err := parse(a[0])
	if err != nil {
		return err
	}
	py.Object[structObj](self).l = l
	return nil
}

// buffer gets a readable buffer argument.
func buffer(t *py.Thread, v py.Value) ([]byte, *py.Exception) {
	if b, ok := py.AsBuffer(v); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(v))
}

func doPack(t *py.Thread, l *layout, args []py.Value) (py.Value, *py.Exception) {
	b := make([]byte, l.size)
	if err := l.pack(t, b, args); err != nil {
		return py.Value{}, err
	}
	return py.NewBytes(b), nil
}

func doPackInto(t *py.Thread, l *layout, args []py.Value) (py.Value, *py.Exception) {
	if len(args) != l.nvals+2 {
		if len(args) == 0 {
			return py.Value{}, structErr("pack_into expected buffer argument")
		}
		if len(args) == 1 {
			return py.Value{}, structErr("pack_into expected offset argument")
		}
		return py.Value{}, structErr("pack_into expected %d items for packing (got %d)", l.nvals, len(args)-2)
	}
	buf, ok := py.WritableBuffer(args[0])
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "argument must be read-write bytes-like object, not %s", py.TypeName(args[0]))
	}
	off, err := py.IndexInt(t, args[1], py.IndexError())
	if err != nil {
		return py.Value{}, err
	}
	n := int64(len(buf))
	size := int64(l.size)
	if off < 0 {
		if off+size > 0 {
			return py.Value{}, structErr("no space to pack %d bytes at offset %d", size, off)
		}
		if off+n < 0 {
			return py.Value{}, structErr("offset %d out of range for %d-byte buffer", off, n)
		}
		off += n
	}
	if n-off < size {
		return py.Value{}, structErr("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", size+off, size, off, n)
	}
	tmp := make([]byte, l.size)
	if err := l.pack(t, tmp, args[2:]); err != nil {
		return py.Value{}, err
	}
	copy(buf[off:], tmp)
	return py.None(), nil
}

func doUnpack(t *py.Thread, l *layout, v py.Value) (py.Value, *py.Exception) {
	b, err := buffer(t, v)
	if err != nil {
		return py.Value{}, err
	}
	if len(b) != l.size {
		return py.Value{}, structErr("unpack requires a buffer of %d bytes", l.size)
	}
	return l.unpack(b), nil
}

func doUnpackFrom(t *py.Thread, l *layout, v, offV py.Value) (py.Value, *py.Exception) {
	b, err := buffer(t, v)
	if err != nil {
		return py.Value{}, err
	}
	off, err := py.IndexInt(t, offV, py.IndexError())
	if err != nil {
		return py.Value{}, err
	}
	n := int64(len(b))
	size := int64(l.size)
	if off < 0 {
		if off+n < 0 {
			return py.Value{}, structErr("offset %d out of range for %d-byte buffer", off, n)
		}
		off += n
	}
	if n-off < size {
		if off+n < 0 || off > n && false {
			return py.Value{}, structErr("offset %d out of range for %d-byte buffer", off, n)
		}
		return py.Value{}, structErr("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", size+off, size, off, n)
	}
	return l.unpack(b[off : off+size]), nil
}

// unpackIter is the iterator of iter_unpack.
type unpackIter struct {
	py.Header
	l   *layout
	buf []byte
	src py.Value
	pos int
}

func doIterUnpack(t *py.Thread, l *layout, v py.Value) (py.Value, *py.Exception) {
	if l.size == 0 {
		return py.Value{}, structErr("cannot iteratively unpack with a struct of length 0")
	}
	b, err := buffer(t, v)
	if err != nil {
		return py.Value{}, err
	}
	if len(b)%l.size != 0 {
		return py.Value{}, structErr("iterative unpacking requires a buffer of a multiple of %d bytes", l.size)
	}
	it := &unpackIter{l: l, buf: b, src: v}
	return py.NewObject(&it.Header, iterType()), nil
}

var iterDef = &py.TypeDef{
	Name:  "_struct.unpack_iterator",
	Final: true,
	Iter:  func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return self, nil },
	Next: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		it := py.Object[unpackIter](self)
		if it.buf == nil || it.pos+it.l.size > len(it.buf) {
			it.buf = nil
			return py.Value{}, nil
		}
		v := it.l.unpack(it.buf[it.pos : it.pos+it.l.size])
		it.pos += it.l.size
		return v, nil
	},
	Methods: []*py.MethodDef{
		py.FuncNoArgs("__length_hint__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			it := py.Object[unpackIter](self)
			if it.buf == nil {
				return py.Int(0), nil
			}
			return py.Int(int64((len(it.buf) - it.pos) / it.l.size)), nil
		}),
	},
}

func method(name string, fn func(t *py.Thread, l *layout, args []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return &py.MethodDef{Name: name, Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if kwnames != nil && len(kwnames.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "Struct.%s() takes no keyword arguments", name)
		}
		l, err := layoutOf(self)
		if err != nil {
			return py.Value{}, err
		}
		return fn(t, l, args)
	}}
}

var structDef = &py.TypeDef{
	Name:    "_struct.Struct",
	Doc:     "Create a compiled struct object.\n\nReturn a new Struct object which writes and reads binary data according to\nthe format string.\n\nSee help(struct) for more on format strings.",
	Weakref: true,
	New:     structNew,
	Init:    structInit,
	Repr: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		l, err := layoutOf(self)
		if err != nil {
			return py.Value{}, err
		}
		r, err := py.Repr(t, py.NewStr(l.text))
		if err != nil {
			return py.Value{}, err
		}
		return py.NewStr("Struct(" + r + ")"), nil
	},
	Methods: []*py.MethodDef{
		method("pack", func(t *py.Thread, l *layout, a []py.Value) (py.Value, *py.Exception) { return doPack(t, l, a) }),
		method("pack_into", func(t *py.Thread, l *layout, a []py.Value) (py.Value, *py.Exception) { return doPackInto(t, l, a) }),
		py.Func("unpack", "buffer, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			l, err := layoutOf(self)
			if err != nil {
				return py.Value{}, err
			}
			return doUnpack(t, l, a[0])
		}),
		py.Func("unpack_from", "buffer, offset=0", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			l, err := layoutOf(self)
			if err != nil {
				return py.Value{}, err
			}
			return doUnpackFrom(t, l, a[0], a[1])
		}),
		py.Func("iter_unpack", "buffer, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			l, err := layoutOf(self)
			if err != nil {
				return py.Value{}, err
			}
			return doIterUnpack(t, l, a[0])
		}),
		py.GetSetDef("format", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			l, err := layoutOf(self)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewStr(l.text), nil
		}, nil),
		py.GetSetDef("size", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			l, err := layoutOf(self)
			if err != nil {
				return py.Value{}, err
			}
			return py.Int(int64(l.size)), nil
		}, nil),
		py.FuncNoArgs("__sizeof__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			n := 48
			if l := py.Object[structObj](self).l; l != nil {
				n += 32 * (len(l.items) + 1)
			}
			return py.Int(int64(n)), nil
		}),
	},
}

// withFormat is a module function whose first argument is a format.
func withFormat(name string, fn func(t *py.Thread, l *layout, args []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return &py.MethodDef{Name: name, Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if kwnames != nil && len(kwnames.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "_struct.%s() takes no keyword arguments", name)
		}
		if len(args) == 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "missing format argument")
		}
		l, err := cached(t, args[0])
		if err != nil {
			return py.Value{}, err
		}
		return fn(t, l, args[1:])
	}}
}

// positional2 is a function of exactly two positional arguments, with
// _PyArg_CheckPositional's messages.
func positional2(name string, fn func(t *py.Thread, self py.Value, args []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return &py.MethodDef{Name: name, Fn: func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if kwnames != nil && len(kwnames.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "%s() takes no keyword arguments", name)
		}
		if len(args) != 2 {
			return py.Value{}, py.Errorf(py.TypeError(), "%s expected 2 arguments, got %d", name, len(args))
		}
		return fn(t, self, args)
	}}
}

var methods = []*py.MethodDef{
	py.FuncNoArgs("_clearcache", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		if mod, err := py.Import(t, "_struct"); err == nil {
			if m := py.ModuleOf(mod); m != nil {
				if st, ok := m.State().(*state); ok {
					clear(st.cache)
				}
			}
		}
		return py.None(), nil
	}),
	py.FuncO("calcsize", func(t *py.Thread, _, format py.Value) (py.Value, *py.Exception) {
		l, err := cached(t, format)
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(l.size)), nil
	}),
	withFormat("pack", func(t *py.Thread, l *layout, a []py.Value) (py.Value, *py.Exception) { return doPack(t, l, a) }),
	withFormat("pack_into", func(t *py.Thread, l *layout, a []py.Value) (py.Value, *py.Exception) { return doPackInto(t, l, a) }),
	positional2("unpack", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		l, err := cached(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return doUnpack(t, l, a[1])
	}),
	py.Func("unpack_from", "format, /, buffer, offset=0", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		l, err := cached(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return doUnpackFrom(t, l, a[1], a[2])
	}),
	positional2("iter_unpack", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		l, err := cached(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return doIterUnpack(t, l, a[1])
	}),
}
