package iomod

import (
	"bytes"

	"github.com/kaa-python/kaa/py"
)

// The abstract bases: _IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase. Their
// methods work through the object's own attributes (self.read, self.closed, …),
// so a Python subclass that defines readinto or read gets the rest for free, as
// with CPython's C bases.

// base is the start of every stream object: IOBase's own "closed" flag
// (CPython's __IOBase_closed).
type base struct {
	py.Header
	closed bool
}

func baseOf(v py.Value) *base { return py.Object[base](v) }

var none = py.None()

func unsupported(msg string) *py.Exception { return py.Errorf(py.UnsupportedOp(), "%s", msg) }

func closedErr() *py.Exception { return py.Errorf(py.ValueError(), "I/O operation on closed file.") }

// isClosed reads self.closed, as iobase_is_closed does for the generic methods.
func isClosed(t *py.Thread, self py.Value) (bool, *py.Exception) {
	c, err := py.GetAttrS(t, self, "closed")
	if err != nil {
		return false, err
	}
	return py.IsTrue(t, c)
}

func checkClosed(t *py.Thread, self py.Value) *py.Exception {
	c, err := isClosed(t, self)
	if err == nil && c {
		err = closedErr()
	}
	return err
}

// checkBool calls self.NAME() and raises UnsupportedOperation(msg) unless it is true.
func checkBool(t *py.Thread, self py.Value, name, msg string) *py.Exception {
	r, err := py.CallMethod(t, self, name)
	if err != nil {
		return err
	}
	if r.Type() != py.BoolType() {
		return py.Errorf(py.TypeError(), "%s() should return a bool", name)
	}
	if ok, _ := py.IsTrue(t, r); !ok {
		return unsupported(msg)
	}
	return nil
}

func newBase(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
	b := &base{}
	return py.NewObject(&b.Header, typ), nil
}

// sizeArg converts a size argument: None or absent is -1, else an index.
func sizeArg(t *py.Thread, v py.Value) (int64, *py.Exception) {
	if v.IsNil() || v.IsNone() {
		return -1, nil
	}
	if !py.IsInt(v) {
		if _, ok, _ := py.LookupSpecial(t, v, "__index__"); !ok {
			return 0, py.Errorf(py.TypeError(), "argument should be integer or None, not '%s'", py.TypeName(v))
		}
	}
	return py.IndexInt(t, v, py.OverflowError())
}

func iobaseReadline(t *py.Thread, self py.Value, limit int64) (py.Value, *py.Exception) {
	peek, hasPeek, err := py.LookupAttrS(t, self, "peek")
	if err != nil {
		return py.Value{}, err
	}
	var out []byte
	for limit < 0 || int64(len(out)) < limit {
		n := int64(1)
		if hasPeek {
			ahead, err := py.Call(t, peek, py.Int(1))
			if err != nil {
				return py.Value{}, err
			}
			b, ok := py.AsBytes(ahead)
			if !ok {
				return py.Value{}, py.Errorf(py.OSError(), "peek() should have returned a bytes object, not '%s'", py.TypeName(ahead))
			}
			if len(b) > 0 {
				if i := bytes.IndexByte(b, '\n'); i >= 0 {
					n = int64(i + 1)
				} else {
					n = int64(len(b))
				}
				if limit >= 0 && n > limit-int64(len(out)) {
					n = limit - int64(len(out))
				}
			}
		}
		r, err := py.CallMethod(t, self, "read", py.Int(n))
		if err != nil {
			return py.Value{}, err
		}
		b, ok := py.AsBytes(r)
		if !ok {
			if r.IsNone() {
				break
			}
			return py.Value{}, py.Errorf(py.OSError(), "read() should have returned a bytes object, not '%s'", py.TypeName(r))
		}
		if len(b) == 0 {
			break
		}
		out = append(out, b...)
		if out[len(out)-1] == '\n' {
			break
		}
	}
	return py.NewBytes(out), nil
}

func iobaseReadlines(t *py.Thread, self py.Value, hint int64) (py.Value, *py.Exception) {
	var out []py.Value
	total := 0
	stopIter := py.Errorf(py.StopIteration(), "")
	err := py.Iterate(t, self, func(line py.Value) *py.Exception {
		out = append(out, line)
		n, err := py.Len(t, line)
		if err != nil {
			return err
		}
		total += n
		if hint > 0 && int64(total) >= hint {
			return stopIter
		}
		return nil
	})
	if err != nil && err != stopIter {
		return py.Value{}, err
	}
	return py.NewList(out).Value(), nil
}

var ioBaseType = py.NewType(&py.TypeDef{
	Name:    "_io._IOBase",
	Doc:     "The abstract base class for all I/O classes.",
	Dict:    true,
	Weakref: true,
	New:     newBase,
	Iter: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		if err := checkClosed(t, self); err != nil {
			return py.Value{}, err
		}
		return self, nil
	},
	Next: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		line, err := py.CallMethod(t, self, "readline")
		if err != nil {
			return py.Value{}, err
		}
		if n, err := py.Len(t, line); err != nil || n == 0 {
			return py.Value{}, err
		}
		return line, nil
	},
	Methods: []*py.MethodDef{
		py.Func("seek", "offset, whence=0, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.Value{}, unsupported("seek")
		}),
		py.FuncNoArgs("tell", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.CallMethod(t, self, "seek", py.Int(0), py.Int(1))
		}),
		py.Func("truncate", "size=None, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.Value{}, unsupported("truncate")
		}),
		py.FuncNoArgs("flush", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			// IOBase's own flag, not self.closed (which subclasses redefine).
			if baseOf(self).closed {
				return py.Value{}, closedErr()
			}
			return none, nil
		}),
		py.FuncNoArgs("close", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			b := baseOf(self)
			if b.closed {
				return none, nil
			}
			_, err := py.CallMethod(t, self, "flush")
			b.closed = true
			return none, err
		}),
		py.FuncNoArgs("seekable", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return py.False(), nil }),
		py.FuncNoArgs("readable", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return py.False(), nil }),
		py.FuncNoArgs("writable", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return py.False(), nil }),
		py.Func("_checkClosed", "*args", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return none, checkClosed(t, self)
		}),
		py.Func("_checkSeekable", "*args", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.True(), checkBool(t, self, "seekable", "File or stream is not seekable.")
		}),
		py.Func("_checkReadable", "*args", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.True(), checkBool(t, self, "readable", "File or stream is not readable.")
		}),
		py.Func("_checkWritable", "*args", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.True(), checkBool(t, self, "writable", "File or stream is not writable.")
		}),
		py.FuncNoArgs("fileno", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Value{}, unsupported("fileno")
		}),
		py.FuncNoArgs("isatty", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.False(), checkClosed(t, self)
		}),
		py.FuncNoArgs("__enter__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return self, checkClosed(t, self)
		}),
		py.Func("__exit__", "*args", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.CallMethod(t, self, "close")
		}),
		py.FuncNoArgs("__del__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			if c, err := isClosed(t, self); err != nil || c {
				return none, nil
			}
			py.CallMethod(t, self, "close")
			return none, nil
		}),
		py.Func("readline", "size=-1, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			n, err := sizeArg(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			return iobaseReadline(t, self, n)
		}),
		py.Func("readlines", "hint=-1, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			n, err := sizeArg(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			return iobaseReadlines(t, self, n)
		}),
		py.FuncO("writelines", func(t *py.Thread, self, lines py.Value) (py.Value, *py.Exception) {
			if err := checkClosed(t, self); err != nil {
				return py.Value{}, err
			}
			return none, py.Iterate(t, lines, func(line py.Value) *py.Exception {
				_, err := py.CallMethod(t, self, "write", line)
				return err
			})
		}),
		py.GetSetDef("closed", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Bool(baseOf(self).closed), nil
		}, nil),
	},
})

// rawRead is _RawIOBase.read: a bytearray of size, filled by self.readinto.
func rawRead(t *py.Thread, self py.Value, size int64) (py.Value, *py.Exception) {
	if size < 0 {
		return py.CallMethod(t, self, "readall")
	}
	if err := t.CheckAlloc(size, 1); err != nil {
		return py.Value{}, err
	}
	buf := py.NewByteArray(make([]byte, size))
	r, err := py.CallMethod(t, self, "readinto", buf)
	if err != nil || r.IsNone() {
		return r, err
	}
	n, err := py.IndexInt(t, r, nil)
	if err != nil {
		return py.Value{}, err
	}
	if n < 0 || n > size {
		return py.Value{}, py.Errorf(py.ValueError(), "readinto returned %d outside buffer size %d", n, size)
	}
	b, _ := py.AsBytes(buf)
	return py.NewBytes(b[:n]), nil
}

func rawReadall(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	var out []byte
	got := false
	for {
		r, err := py.CallMethod(t, self, "read", py.Int(defaultBufferSize))
		if err != nil {
			return py.Value{}, err
		}
		if r.IsNone() {
			if !got {
				return none, nil
			}
			break
		}
		b, ok := py.AsBytes(r)
		if !ok || r.Type() != py.BytesType() {
			return py.Value{}, py.Errorf(py.TypeError(), "read() should return bytes")
		}
		if len(b) == 0 {
			break
		}
		got = true
		out = append(out, b...)
	}
	return py.NewBytes(out), nil
}

var rawIOBaseType = py.NewType(&py.TypeDef{
	Name: "_io._RawIOBase",
	Doc:  "Base class for raw binary I/O.",
	Base: ioBaseType,
	Dict: true,
	New:  newBase,
	Methods: []*py.MethodDef{
		py.Func("read", "size=-1, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			n, err := py.IndexInt(t, a[0], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			return rawRead(t, self, n)
		}),
		py.FuncNoArgs("readall", rawReadall),
		py.Func("readinto", "buffer, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.Value{}, py.Errorf(py.NotImplementedError(), "")
		}),
		py.Func("write", "b, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.Value{}, py.Errorf(py.NotImplementedError(), "")
		}),
	},
})

// bufferedReadinto is _BufferedIOBase.readinto(1): self.read(1)(len(buffer)) copied in.
func bufferedReadinto(t *py.Thread, self, buf py.Value, method string) (py.Value, *py.Exception) {
	dst, ok := py.WritableBuffer(buf)
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "%s() argument 1 must be read-write bytes-like object, not %s", method, py.TypeName(buf))
	}
	reader := "read"
	if method == "readinto1" {
		reader = "read1"
	}
	r, err := py.CallMethod(t, self, reader, py.Int(int64(len(dst))))
	if err != nil {
		return py.Value{}, err
	}
	b, ok := py.AsBytes(r)
	if !ok || r.Type() != py.BytesType() {
		return py.Value{}, py.Errorf(py.TypeError(), "%s() should return bytes", reader)
	}
	if len(b) > len(dst) {
		return py.Value{}, py.Errorf(py.ValueError(), "%s() returned too much data: %d bytes requested, %d returned", reader, len(dst), len(b))
	}
	return py.Int(int64(copy(dst, b))), nil
}

var bufferedIOBaseType = py.NewType(&py.TypeDef{
	Name: "_io._BufferedIOBase",
	Doc:  "Base class for buffered IO objects.",
	Base: ioBaseType,
	Dict: true,
	New:  newBase,
	Methods: []*py.MethodDef{
		py.FuncNoArgs("detach", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Value{}, unsupported("detach")
		}),
		py.Func("read", "size=-1, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.Value{}, unsupported("read")
		}),
		py.Func("read1", "size=-1, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.Value{}, unsupported("read1")
		}),
		py.Func("readinto", "buffer, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return bufferedReadinto(t, self, a[0], "readinto")
		}),
		py.Func("readinto1", "buffer, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return bufferedReadinto(t, self, a[0], "readinto1")
		}),
		py.Func("write", "b, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.Value{}, unsupported("write")
		}),
	},
})

var textIOBaseType = py.NewType(&py.TypeDef{
	Name: "_io._TextIOBase",
	Doc:  "Base class for text I/O.",
	Base: ioBaseType,
	Dict: true,
	New:  newBase,
	Methods: []*py.MethodDef{
		py.FuncNoArgs("detach", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Value{}, unsupported("detach")
		}),
		py.Func("read", "size=-1, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.Value{}, unsupported("read")
		}),
		py.Func("readline", "size=-1, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.Value{}, unsupported("readline")
		}),
		py.Func("write", "s, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.Value{}, unsupported("write")
		}),
		py.GetSetDef("encoding", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return none, nil }, nil),
		py.GetSetDef("newlines", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return none, nil }, nil),
		py.GetSetDef("errors", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return none, nil }, nil),
	},
})
