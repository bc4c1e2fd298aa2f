package py

import (
	"slices"
	"unsafe"
)

// io.StringIO and io.BytesIO: in-memory streams.

type stringIO struct {
	Header
	buf       []rune
	pos       int
	closed    bool
	universal bool // newline=None: "\r\n" and "\r" written become "\n"
}

type bytesIO struct {
	Header
	buf    Value // a bytearray, shared with getbuffer()
	pos    int
	closed bool
}

var (
	StringIOType = newType("_io.StringIO", nil, nil)
	BytesIOType  = newType("_io.BytesIO", nil, nil)
)

func runesString(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = appendRune(b, r)
	}
	return string(b)
}

func (s *stringIO) check() *Exception {
	if s.closed {
		return Errorf(ValueError, "I/O operation on closed file")
	}
	return nil
}

func (s *stringIO) write(str *Str) int {
	rs := str.Runes()
	if s.universal && slices.Contains(rs, '\r') {
		// Universal newlines: \r\n and \r become \n (on runes, so that lone
		// surrogates survive).
		out := make([]rune, 0, len(rs))
		for i := 0; i < len(rs); i++ {
			if rs[i] == '\r' {
				out = append(out, '\n')
				if i+1 < len(rs) && rs[i+1] == '\n' {
					i++
				}
				continue
			}
			out = append(out, rs[i])
		}
		rs = out
	}
	s.buf = writeAt(s.buf, s.pos, rs)
	s.pos += len(rs)
	return str.n
}

func (s *stringIO) readline(limit int) string {
	if s.pos >= len(s.buf) {
		return ""
	}
	end := s.pos
	for end < len(s.buf) && (limit < 0 || end-s.pos < limit) {
		end++
		if s.buf[end-1] == '\n' {
			break
		}
	}
	out := runesString(s.buf[s.pos:end])
	s.pos = end
	return out
}

func (b *bytesIO) check() *Exception {
	if b.closed {
		return Errorf(ValueError, "I/O operation on closed file.")
	}
	return nil
}

func (b *bytesIO) data() []byte { return bytesOf(b.buf) }

func (b *bytesIO) read(n int64) []byte {
	d := b.data()
	if b.pos >= len(d) {
		return []byte{}
	}
	end := len(d)
	if n >= 0 && int64(b.pos)+n < int64(end) {
		end = b.pos + int(n)
	}
	out := append([]byte(nil), d[b.pos:end]...)
	b.pos = end
	return out
}

func (b *bytesIO) readline(limit int64) []byte {
	d := b.data()
	if b.pos >= len(d) {
		return []byte{}
	}
	end := b.pos
	for end < len(d) && (limit < 0 || int64(end-b.pos) < limit) {
		end++
		if d[end-1] == '\n' {
			break
		}
	}
	out := append([]byte(nil), d[b.pos:end]...)
	b.pos = end
	return out
}

// writeAt writes data into buf at pos (zero-filling a gap past the end), as
// StringIO and BytesIO writes do.
func writeAt[T rune | byte](buf []T, pos int, data []T) []T {
	for len(buf) < pos {
		buf = append(buf, 0)
	}
	if pos+len(data) > len(buf) {
		return append(buf[:pos], data...)
	}
	copy(buf[pos:], data)
	return buf
}

// seekArgs is the (offset, whence=0) arguments of seek().
func seekArgs(t *Thread, a []Value) (off, whence int64, err *Exception) {
	if off, err = IndexInt(t, a[0], nil); err != nil {
		return 0, 0, err
	}
	if len(a) == 2 {
		if whence, err = IndexInt(t, a[1], nil); err != nil {
			return 0, 0, err
		}
	}
	return off, whence, nil
}

// truncateArg is truncate()'s size: the position when absent or None.
func truncateArg(t *Thread, a []Value, pos int, negMsg string) (int64, *Exception) {
	if len(a) == 0 || a[0].IsNone() {
		return int64(pos), nil
	}
	n, err := IndexInt(t, a[0], nil)
	if err == nil && n < 0 {
		err = Errorf(ValueError, negMsg, n)
	}
	return n, err
}

func streamLines(t *Thread, hint int64, next func() (Value, int)) Value {
	var out []Value
	total := int64(0)
	for {
		v, n := next()
		if n == 0 {
			break
		}
		out = append(out, v)
		total += int64(n)
		if hint > 0 && total >= hint {
			break
		}
	}
	return NewList(out).Value()
}

func init() {
	sio := func(v Value) *stringIO { return (*stringIO)(v.p) }
	StringIOType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		return Value{p: unsafe.Pointer(&stringIO{Header: Header{typ: typ}})}, nil
	}
	StringIOType.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		var a [2]Value
		if err := parseArgs("StringIO", args, kw, []string{"initial_value", "newline"}, 0, 0, -1, a[:]); err != nil {
			return err
		}
		s := sio(self)
		s.buf, s.pos, s.closed = nil, 0, false
		if !a[1].IsNil() {
			switch {
			case a[1].IsNone():
				s.universal = true
			case a[1].Type().layout != StrType:
				return typeErrorf("newline must be str or None, not %s", typeName(a[1]))
			}
		}
		if !a[0].IsNil() && !a[0].IsNone() {
			if a[0].Type().layout != StrType {
				return typeErrorf("initial_value must be str or None, not %s", typeName(a[0]))
			}
			s.write(a[0].str())
			s.pos = 0
		}
		return nil
	}
	checked := func(f func(t *Thread, s *stringIO, a []Value) (Value, *Exception)) func(t *Thread, v Value, a []Value) (Value, *Exception) {
		return func(t *Thread, v Value, a []Value) (Value, *Exception) {
			s := sio(v)
			if err := s.check(); err != nil {
				return Value{}, err
			}
			return f(t, s, a)
		}
	}
	StringIOType.iter = func(t *Thread, v Value) (Value, *Exception) {
		if sio(v).closed {
			return Value{}, Errorf(ValueError, "I/O operation on closed file.")
		}
		return v, nil
	}
	StringIOType.next = func(t *Thread, v Value) (Value, *Exception) {
		s := sio(v)
		if err := s.check(); err != nil {
			return Value{}, err
		}
		if l := s.readline(-1); l != "" {
			return NewStr(l), nil
		}
		return Value{}, nil
	}
	// common are the methods both streams have. On a closed stream, readable,
	// writable and seekable fail with the stream's own message (BytesIO's ends with a
	// period, StringIO's does not); isatty, __enter__ (IOBase's) and BytesIO's flush
	// with IOBase's.
	common := func(closed func(v Value) *bool, closedMsg string, flushChecks bool) []*MethodDef {
		const ioBaseMsg = "I/O operation on closed file."
		check := func(name, msg string, r Value) *MethodDef {
			return methNoArgs(name, func(t *Thread, v Value) (Value, *Exception) {
				if *closed(v) {
					return Value{}, Errorf(ValueError, "%s", msg)
				}
				return r, nil
			})
		}
		flushMsg := ioBaseMsg
		if !flushChecks {
			flushMsg = ""
		}
		return []*MethodDef{
			methNoArgs("close", func(t *Thread, v Value) (Value, *Exception) { *closed(v) = true; return None, nil }),
			getset("closed", func(t *Thread, v Value) (Value, *Exception) { return Bool(*closed(v)), nil }, nil),
			check("readable", closedMsg, True),
			check("writable", closedMsg, True),
			check("seekable", closedMsg, True),
			check("isatty", ioBaseMsg, False),
			methNoArgs("flush", func(t *Thread, v Value) (Value, *Exception) {
				if *closed(v) && flushMsg != "" {
					return Value{}, Errorf(ValueError, "%s", flushMsg)
				}
				return None, nil
			}),
			methNoArgs("fileno", func(t *Thread, v Value) (Value, *Exception) { return Value{}, Errorf(UnsupportedOp, "fileno") }),
			methNoArgs("detach", func(t *Thread, v Value) (Value, *Exception) { return Value{}, Errorf(UnsupportedOp, "detach") }),
			methNoArgs("__enter__", func(t *Thread, v Value) (Value, *Exception) {
				if *closed(v) {
					return Value{}, Errorf(ValueError, ioBaseMsg)
				}
				return v, nil
			}),
			&MethodDef{Name: "__exit__", Fn: func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) {
				*closed(v) = true
				return None, nil
			}},
		}
	}
	StringIOType.readyLazy(func() []*MethodDef {
		return append(common(func(v Value) *bool { return &sio(v).closed }, "I/O operation on closed file", false),
			methNoArgs("getvalue", func(t *Thread, v Value) (Value, *Exception) {
				s := sio(v)
				if err := s.check(); err != nil {
					return Value{}, err
				}
				return NewStr(runesString(s.buf)), nil
			}),
			methO("write", func(t *Thread, v, x Value) (Value, *Exception) {
				s := sio(v)
				if err := s.check(); err != nil {
					return Value{}, err
				}
				if x.Type().layout != StrType {
					return Value{}, typeErrorf("string argument expected, got '%s'", typeName(x))
				}
				return Int(int64(s.write(x.str()))), nil
			}),
			methO("writelines", func(t *Thread, v, lines Value) (Value, *Exception) {
				s := sio(v)
				if s.closed {
					return Value{}, Errorf(ValueError, "I/O operation on closed file.")
				}
				return None, Iterate(t, lines, func(x Value) *Exception {
					if x.Type().layout != StrType {
						return typeErrorf("string argument expected, got '%s'", typeName(x))
					}
					s.write(x.str())
					return nil
				})
			}),
			methN("read", 0, 1, checked(func(t *Thread, s *stringIO, a []Value) (Value, *Exception) {
				n, err := sizeArg(t, a)
				if err != nil {
					return Value{}, err
				}
				if s.pos >= len(s.buf) {
					return NewStr(""), nil
				}
				end := len(s.buf)
				if n >= 0 && int64(s.pos)+n < int64(end) {
					end = s.pos + int(n)
				}
				out := runesString(s.buf[s.pos:end])
				s.pos = end
				return NewStr(out), nil
			})),
			methN("readline", 0, 1, checked(func(t *Thread, s *stringIO, a []Value) (Value, *Exception) {
				n, err := sizeArg(t, a)
				if err != nil {
					return Value{}, err
				}
				return NewStr(s.readline(int(n))), nil
			})),
			methN("readlines", 0, 1, func(t *Thread, v Value, a []Value) (Value, *Exception) {
				s := sio(v)
				if s.closed {
					return Value{}, Errorf(ValueError, "I/O operation on closed file.")
				}
				hint, err := sizeArg(t, a)
				if err != nil {
					return Value{}, err
				}
				return streamLines(t, hint, func() (Value, int) { l := s.readline(-1); return NewStr(l), len(l) }), nil
			}),
			methN("seek", 1, 2, checked(func(t *Thread, s *stringIO, a []Value) (Value, *Exception) {
				off, whence, err := seekArgs(t, a)
				if err != nil {
					return Value{}, err
				}
				switch whence {
				case 0:
					if off < 0 {
						return Value{}, Errorf(ValueError, "Negative seek position %d", off)
					}
					s.pos = int(off)
				case 1, 2:
					if off != 0 {
						return Value{}, Errorf(OSError, "Can't do nonzero cur-relative seeks")
					}
					if whence == 2 {
						s.pos = len(s.buf)
					}
				default:
					return Value{}, Errorf(ValueError, "Invalid whence (%d, should be 0, 1 or 2)", whence)
				}
				return Int(int64(s.pos)), nil
			})),
			methNoArgs("tell", func(t *Thread, v Value) (Value, *Exception) {
				s := sio(v)
				return Int(int64(s.pos)), s.check()
			}),
			methN("truncate", 0, 1, checked(func(t *Thread, s *stringIO, a []Value) (Value, *Exception) {
				n, err := truncateArg(t, a, s.pos, "Negative size value %d")
				if err != nil {
					return Value{}, err
				}
				if n < int64(len(s.buf)) {
					s.buf = s.buf[:n]
				}
				return Int(n), nil
			})),
			getset("line_buffering", func(t *Thread, v Value) (Value, *Exception) { return False, sio(v).check() }, nil),
			getset("newlines", func(t *Thread, v Value) (Value, *Exception) { return None, sio(v).check() }, nil),
			getset("encoding", func(t *Thread, v Value) (Value, *Exception) { return None, nil }, nil),
			getset("errors", func(t *Thread, v Value) (Value, *Exception) { return None, nil }, nil),
		)
	})

	bio := func(v Value) *bytesIO { return (*bytesIO)(v.p) }
	BytesIOType.new = func(t *Thread, typ *Type, args []Value, kw *Tuple) (Value, *Exception) {
		return Value{p: unsafe.Pointer(&bytesIO{Header: Header{typ: typ}, buf: newByteArray([]byte{})})}, nil
	}
	BytesIOType.init = func(t *Thread, self Value, args []Value, kw *Tuple) *Exception {
		var a [1]Value
		if err := parseArgs("BytesIO", args, kw, []string{"initial_bytes"}, 0, 0, -1, a[:]); err != nil {
			return err
		}
		b := bio(self)
		b.pos, b.closed = 0, false
		b.buf = newByteArray([]byte{})
		if !a[0].IsNil() && !a[0].IsNone() {
			d, err := needBytes(a[0])
			if err != nil {
				return err
			}
			(*bytesObj)(b.buf.p).b = append([]byte(nil), d...)
		}
		return nil
	}
	BytesIOType.iter = selfIter
	BytesIOType.next = func(t *Thread, v Value) (Value, *Exception) {
		b := bio(v)
		if err := b.check(); err != nil {
			return Value{}, err
		}
		if l := b.readline(-1); len(l) > 0 {
			return NewBytes(l), nil
		}
		return Value{}, nil
	}
	bchecked := func(f func(t *Thread, b *bytesIO, a []Value) (Value, *Exception)) func(t *Thread, v Value, a []Value) (Value, *Exception) {
		return func(t *Thread, v Value, a []Value) (Value, *Exception) {
			b := bio(v)
			if err := b.check(); err != nil {
				return Value{}, err
			}
			return f(t, b, a)
		}
	}
	write := func(b *bytesIO, d []byte) {
		o := (*bytesObj)(b.buf.p)
		o.b = writeAt(o.b, b.pos, d)
		b.pos += len(d)
	}
	readN := func(t *Thread, b *bytesIO, a []Value) (Value, *Exception) {
		n, err := sizeArg(t, a)
		if err != nil {
			return Value{}, err
		}
		return NewBytes(b.read(n)), nil
	}
	BytesIOType.readyLazy(func() []*MethodDef {
		return append(common(func(v Value) *bool { return &bio(v).closed }, "I/O operation on closed file.", true),
			methNoArgs("getvalue", func(t *Thread, v Value) (Value, *Exception) {
				b := bio(v)
				if err := b.check(); err != nil {
					return Value{}, err
				}
				return NewBytes(append([]byte(nil), b.data()...)), nil
			}),
			methNoArgs("getbuffer", func(t *Thread, v Value) (Value, *Exception) {
				b := bio(v)
				if err := b.check(); err != nil {
					return Value{}, err
				}
				return newMemoryView(t, b.buf)
			}),
			methO("write", func(t *Thread, v, x Value) (Value, *Exception) {
				b := bio(v)
				if err := b.check(); err != nil {
					return Value{}, err
				}
				d, err := needBytes(x)
				if err != nil {
					return Value{}, err
				}
				write(b, append([]byte(nil), d...))
				return Int(int64(len(d))), nil
			}),
			methO("writelines", func(t *Thread, v, lines Value) (Value, *Exception) {
				b := bio(v)
				if err := b.check(); err != nil {
					return Value{}, err
				}
				return None, Iterate(t, lines, func(x Value) *Exception {
					d, err := needBytes(x)
					if err == nil {
						write(b, append([]byte(nil), d...))
					}
					return err
				})
			}),
			methN("read", 0, 1, bchecked(readN)),
			methN("read1", 0, 1, bchecked(readN)),
			methN("readline", 0, 1, bchecked(func(t *Thread, b *bytesIO, a []Value) (Value, *Exception) {
				n, err := sizeArg(t, a)
				if err != nil {
					return Value{}, err
				}
				return NewBytes(b.readline(n)), nil
			})),
			methN("readlines", 0, 1, bchecked(func(t *Thread, b *bytesIO, a []Value) (Value, *Exception) {
				hint, err := sizeArg(t, a)
				if err != nil {
					return Value{}, err
				}
				return streamLines(t, hint, func() (Value, int) { l := b.readline(-1); return NewBytes(l), len(l) }), nil
			})),
			methO("BytesIO.readinto", func(t *Thread, v, dst Value) (Value, *Exception) {
				b := bio(v)
				if err := b.check(); err != nil {
					return Value{}, err
				}
				if dst.Type().layout != ByteArrayType {
					return Value{}, typeErrorf("readinto() argument must be read-write bytes-like object, not %s", typeName(dst))
				}
				d := bytesOf(dst)
				n := copy(d, b.read(int64(len(d))))
				return Int(int64(n)), nil
			}),
			methN("seek", 1, 2, bchecked(func(t *Thread, b *bytesIO, a []Value) (Value, *Exception) {
				off, whence, err := seekArgs(t, a)
				if err != nil {
					return Value{}, err
				}
				switch whence {
				case 0:
					if off < 0 {
						return Value{}, Errorf(ValueError, "negative seek value %d", off)
					}
				case 1:
					off += int64(b.pos)
				case 2:
					off += int64(len(b.data()))
				default:
					return Value{}, Errorf(ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
				}
				if off < 0 {
					off = 0
				}
				b.pos = int(off)
				return Int(off), nil
			})),
			methNoArgs("tell", func(t *Thread, v Value) (Value, *Exception) {
				b := bio(v)
				return Int(int64(b.pos)), b.check()
			}),
			methN("truncate", 0, 1, bchecked(func(t *Thread, b *bytesIO, a []Value) (Value, *Exception) {
				n, err := truncateArg(t, a, b.pos, "negative size value %d")
				if err != nil {
					return Value{}, err
				}
				o := (*bytesObj)(b.buf.p)
				if n < int64(len(o.b)) {
					o.b = o.b[:n]
				}
				return Int(n), nil
			})),
		)
	})
}

func init() {
	builtinModules["io"] = newIOModule
	builtinModules["_io"] = newIOModule
}

func newIOModule(t *Thread) (Value, *Exception) {
	m := NewModule("io")
	d := ModuleDict(m)
	d.SetStr("open", NewBuiltin(&MethodDef{Name: "open", Fn: builtinOpen}, m, "io"))
	for _, typ := range []*Type{StringIOType, BytesIOType, FileIOType, BufferedReaderType, BufferedWriterType, BufferedRandomType, TextFileType} {
		d.SetStr(typ.Name, TypeValue(typ))
	}
	d.SetStr("UnsupportedOperation", TypeValue(UnsupportedOp))
	d.SetStr("DEFAULT_BUFFER_SIZE", Int(8192))
	d.SetStr("SEEK_SET", Int(0))
	d.SetStr("SEEK_CUR", Int(1))
	d.SetStr("SEEK_END", Int(2))
	return m, nil
}
