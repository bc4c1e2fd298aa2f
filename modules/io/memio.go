package iomod

import (
	"bytes"

	"github.com/kaa-python/kaa/py"
)

// StringIO and BytesIO: streams over memory.

// --- StringIO ---

type stringIO struct {
	base
	buf       []rune
	pos       int
	ok        bool
	closed    bool
	newline   string // "" with universal false: newline=''; see below
	noneNL    bool   // newline=None: "\r\n" and "\r" written become "\n"
	universal bool   // newline None or '': lines end at any of \r, \n, \r\n
	seen      int    // the newlines met (universal modes): 1 CR, 2 LF, 4 CRLF
}

func sioOf(v py.Value) *stringIO { return py.Object[stringIO](v) }

func (s *stringIO) check() *py.Exception {
	if !s.ok {
		return py.Errorf(py.ValueError(), "I/O operation on uninitialized object")
	}
	if s.closed {
		return py.Errorf(py.ValueError(), "I/O operation on closed file")
	}
	return nil
}

func runesOf(str string) []rune {
	rs := make([]rune, 0, len(str))
	for i := 0; i < len(str); {
		r, n := py.DecodeChar(str[i:])
		rs = append(rs, r)
		i += n
	}
	return rs
}

func runesText(rs []rune) py.Value {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = py.AppendChar(b, r)
	}
	return py.NewStrText(string(b), len(rs))
}

// noteNewlines records the kinds of line ending in rs (universal modes).
func noteNewlines(rs []rune) int {
	seen := 0
	for i := 0; i < len(rs); i++ {
		switch rs[i] {
		case '\n':
			seen |= 2
		case '\r':
			if i+1 < len(rs) && rs[i+1] == '\n' {
				seen |= 4
				i++
			} else {
				seen |= 1
			}
		}
	}
	return seen
}

func (s *stringIO) write(text string) int {
	rs := runesOf(text)
	n := len(rs)
	if s.universal {
		s.seen |= noteNewlines(rs)
	}
	switch {
	case s.noneNL:
		out := rs[:0:0]
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
	case s.newline == "\r" || s.newline == "\r\n":
		nl := []rune(s.newline)
		out := rs[:0:0]
		for _, r := range rs {
			if r == '\n' {
				out = append(out, nl...)
			} else {
				out = append(out, r)
			}
		}
		rs = out
	}
	if len(rs) == 0 {
		return n
	}
	for len(s.buf) < s.pos {
		s.buf = append(s.buf, 0)
	}
	if s.pos+len(rs) > len(s.buf) {
		s.buf = append(s.buf[:s.pos], rs...)
	} else {
		copy(s.buf[s.pos:], rs)
	}
	s.pos += len(rs)
	return n
}

func (s *stringIO) readline(limit int) []rune {
	if s.pos >= len(s.buf) {
		return nil
	}
	rest := s.buf[s.pos:]
	end := len(rest)
	switch {
	case s.universal && !s.noneNL:
		for i, r := range rest {
			if r == '\n' {
				end = i + 1
				break
			}
			if r == '\r' {
				end = i + 1
				if i+1 < len(rest) && rest[i+1] == '\n' {
					end = i + 2
				}
				break
			}
		}
	case s.newline == "\r" || s.newline == "\r\n":
		nl := []rune(s.newline)
		for i := range rest {
			if rest[i] == nl[0] && (len(nl) == 1 || i+1 < len(rest) && rest[i+1] == nl[1]) {
				end = i + len(nl)
				break
			}
		}
	default:
		for i, r := range rest {
			if r == '\n' {
				end = i + 1
				break
			}
		}
	}
	if limit >= 0 && end > limit {
		end = limit
	}
	s.pos += end
	return rest[:end]
}

func seenNewlines(seen int) py.Value {
	switch seen {
	case 1:
		return py.NewStr("\r")
	case 2:
		return py.NewStr("\n")
	case 3:
		return py.NewTuple(py.NewStr("\r"), py.NewStr("\n"))
	case 4:
		return py.NewStr("\r\n")
	case 5:
		return py.NewTuple(py.NewStr("\r"), py.NewStr("\r\n"))
	case 6:
		return py.NewTuple(py.NewStr("\n"), py.NewStr("\r\n"))
	case 7:
		return py.NewTuple(py.NewStr("\r"), py.NewStr("\n"), py.NewStr("\r\n"))
	}
	return none
}

func sm(name, sig string, fn func(t *py.Thread, s *stringIO, a []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, sig, func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		s := sioOf(self)
		if err := s.check(); err != nil {
			return py.Value{}, err
		}
		return fn(t, s, a)
	})
}

var stringIOInit = py.Func("StringIO", "initial_value='', newline='\\n'", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	s := sioOf(self)
	nl := "\n"
	noneNL := false
	switch {
	case a[1].IsNone():
		noneNL, nl = true, ""
	default:
		v, ok := py.AsStr(a[1])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "newline must be str or None, not %s", py.TypeName(a[1]))
		}
		if v != "" && v != "\n" && v != "\r" && v != "\r\n" {
			r, _ := py.Repr(t, a[1])
			return py.Value{}, py.Errorf(py.ValueError(), "illegal newline value: %s", r)
		}
		nl = v
	}
	var init string
	if !a[0].IsNone() {
		v, ok := py.AsStr(a[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "initial_value must be str or None, not %s", py.TypeName(a[0]))
		}
		init = v
	}
	*s = stringIO{base: s.base, ok: true, newline: nl, noneNL: noneNL, universal: noneNL || nl == ""}
	s.closed = false
	if init != "" {
		s.write(init)
		s.pos = 0
	}
	return none, nil
})

var stringIOType *py.Type

func init() {
	stringIOType = py.NewType(&py.TypeDef{
		Name: "_io.StringIO",
		Doc:  "Text I/O implementation using an in-memory buffer.",
		Base: textIOBaseType,
		Dict: true,
		New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
			s := &stringIO{newline: "\n"}
			return py.NewObject(&s.Header, typ), nil
		},
		Init: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) *py.Exception {
			_, err := stringIOInit.Fn(t, self, args, kw)
			return err
		},
		Iter: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			if err := checkClosed(t, self); err != nil {
				return py.Value{}, err
			}
			return self, nil
		},
		Next: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			s := sioOf(self)
			if err := s.check(); err != nil {
				return py.Value{}, err
			}
			if self.Type() != stringIOType {
				line, err := py.CallMethod(t, self, "readline")
				if err != nil {
					return py.Value{}, err
				}
				if _, ok := py.AsStr(line); !ok {
					return py.Value{}, py.Errorf(py.OSError(), "readline() should have returned a str object, not '%s'", py.TypeName(line))
				}
				if py.StrLen(line) == 0 {
					return py.Value{}, nil
				}
				return line, nil
			}
			line := s.readline(-1)
			if len(line) == 0 {
				return py.Value{}, nil
			}
			return runesText(line), nil
		},
		Methods: []*py.MethodDef{
			sm("getvalue", "", func(t *py.Thread, s *stringIO, a []py.Value) (py.Value, *py.Exception) {
				return runesText(s.buf), nil
			}),
			sm("read", "size=-1, /", func(t *py.Thread, s *stringIO, a []py.Value) (py.Value, *py.Exception) {
				n, err := sizeArg(t, a[0])
				if err != nil {
					return py.Value{}, err
				}
				if s.pos >= len(s.buf) {
					return py.NewStr(""), nil
				}
				end := len(s.buf)
				if n >= 0 && int64(s.pos)+n < int64(end) {
					end = s.pos + int(n)
				}
				out := runesText(s.buf[s.pos:end])
				s.pos = end
				return out, nil
			}),
			sm("readline", "size=-1, /", func(t *py.Thread, s *stringIO, a []py.Value) (py.Value, *py.Exception) {
				n, err := sizeArg(t, a[0])
				if err != nil {
					return py.Value{}, err
				}
				return runesText(s.readline(int(n))), nil
			}),
			sm("write", "s, /", func(t *py.Thread, s *stringIO, a []py.Value) (py.Value, *py.Exception) {
				str, ok := py.AsStr(a[0])
				if !ok {
					return py.Value{}, py.Errorf(py.TypeError(), "string argument expected, got '%s'", py.TypeName(a[0]))
				}
				return py.Int(int64(s.write(str))), nil
			}),
			sm("seek", "pos, whence=0, /", func(t *py.Thread, s *stringIO, a []py.Value) (py.Value, *py.Exception) {
				off, err := py.IndexInt(t, a[0], py.OverflowError())
				if err != nil {
					return py.Value{}, err
				}
				whence, err := py.IndexInt(t, a[1], py.OverflowError())
				if err != nil {
					return py.Value{}, err
				}
				switch whence {
				case 0:
					if off < 0 {
						return py.Value{}, py.Errorf(py.ValueError(), "Negative seek position %d", off)
					}
					s.pos = int(off)
				case 1, 2:
					if off != 0 {
						return py.Value{}, py.Errorf(py.OSError(), "Can't do nonzero cur-relative seeks")
					}
					if whence == 2 {
						s.pos = len(s.buf)
					}
				default:
					return py.Value{}, py.Errorf(py.ValueError(), "Invalid whence (%d, should be 0, 1 or 2)", whence)
				}
				return py.Int(int64(s.pos)), nil
			}),
			sm("tell", "", func(t *py.Thread, s *stringIO, a []py.Value) (py.Value, *py.Exception) {
				return py.Int(int64(s.pos)), nil
			}),
			sm("truncate", "pos=None, /", func(t *py.Thread, s *stringIO, a []py.Value) (py.Value, *py.Exception) {
				n := int64(s.pos)
				if !a[0].IsNone() {
					var err *py.Exception
					if n, err = py.IndexInt(t, a[0], py.OverflowError()); err != nil {
						return py.Value{}, err
					}
					if n < 0 {
						return py.Value{}, py.Errorf(py.ValueError(), "Negative size value %d", n)
					}
				}
				if n < int64(len(s.buf)) {
					s.buf = s.buf[:n]
				}
				return py.Int(n), nil
			}),
			sm("readable", "", func(t *py.Thread, s *stringIO, a []py.Value) (py.Value, *py.Exception) { return py.True(), nil }),
			sm("writable", "", func(t *py.Thread, s *stringIO, a []py.Value) (py.Value, *py.Exception) { return py.True(), nil }),
			sm("seekable", "", func(t *py.Thread, s *stringIO, a []py.Value) (py.Value, *py.Exception) { return py.True(), nil }),
			py.FuncNoArgs("close", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
				s := sioOf(self)
				s.closed = true
				s.buf = nil
				return none, nil
			}),
			py.FuncNoArgs("__getstate__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
				s := sioOf(self)
				if err := s.check(); err != nil {
					return py.Value{}, err
				}
				nl := none
				if !s.noneNL {
					nl = py.NewStr(s.newline)
				}
				d, found, err := py.LookupAttrS(t, self, "__dict__")
				if err != nil {
					return py.Value{}, err
				}
				if !found {
					d = none
				} else if d, err = py.CallMethod(t, d, "copy"); err != nil {
					return py.Value{}, err
				}
				return py.NewTuple(runesText(s.buf), nl, py.Int(int64(s.pos)), d), nil
			}),
			py.FuncO("__setstate__", func(t *py.Thread, self, state py.Value) (py.Value, *py.Exception) {
				s := sioOf(self)
				if s.closed {
					return py.Value{}, py.Errorf(py.ValueError(), "I/O operation on closed file")
				}
				items, ok := py.TupleItems(state)
				if !ok || len(items) < 4 {
					return py.Value{}, py.Errorf(py.TypeError(), "%s.__setstate__ argument should be 4-tuple, got %s", typeQualName(self), py.TypeName(state))
				}
				if _, err := stringIOInit.Fn(t, self, []py.Value{py.None(), items[1]}, nil); err != nil {
					return py.Value{}, err
				}
				if str, ok := py.AsStr(items[0]); ok {
					s.buf = runesOf(str)
				}
				pos, err := py.IndexInt(t, items[2], py.OverflowError())
				if err != nil {
					return py.Value{}, err
				}
				if pos < 0 {
					return py.Value{}, py.Errorf(py.ValueError(), "position value cannot be negative")
				}
				s.pos = int(pos)
				if !items[3].IsNone() {
					err := py.Iterate(t, items[3], func(k py.Value) *py.Exception {
						v, err := py.GetItem(t, items[3], k)
						if err != nil {
							return err
						}
						name, ok := py.AsStr(k)
						if !ok {
							return py.Errorf(py.TypeError(), "attribute name must be string, not '%s'", py.TypeName(k))
						}
						return py.SetAttrS(t, self, name, v)
					})
					if err != nil {
						return py.Value{}, err
					}
				}
				return none, nil
			}),
			py.GetSetDef("closed", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
				s := sioOf(self)
				if !s.ok {
					return py.Value{}, py.Errorf(py.ValueError(), "I/O operation on uninitialized object")
				}
				return py.Bool(s.closed), nil
			}, nil),
			py.GetSetDef("line_buffering", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
				return py.False(), sioOf(self).check()
			}, nil),
			py.GetSetDef("newlines", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
				s := sioOf(self)
				if err := s.check(); err != nil {
					return py.Value{}, err
				}
				if !s.universal {
					return none, nil
				}
				return seenNewlines(s.seen), nil
			}, nil),
		},
	})
}

// --- BytesIO ---

type bytesIO struct {
	base
	buf     py.Value // a bytearray, shared with getbuffer()'s views
	pos     int
	closed  bool
	exports int
}

func bioOf(v py.Value) *bytesIO { return py.Object[bytesIO](v) }

func (b *bytesIO) check() *py.Exception {
	if b.closed {
		return closedErr()
	}
	return nil
}

func (b *bytesIO) data() []byte { d, _ := py.AsBytes(b.buf); return d }

func (b *bytesIO) read(n int64) []byte {
	d := b.data()
	if b.pos >= len(d) {
		return []byte{}
	}
	end := len(d)
	if n >= 0 && int64(b.pos)+n < int64(end) {
		end = b.pos + int(n)
	}
	out := bytes.Clone(d[b.pos:end])
	b.pos = end
	return out
}

func (b *bytesIO) readline(limit int64) []byte {
	d := b.data()
	if b.pos >= len(d) {
		return []byte{}
	}
	rest := d[b.pos:]
	end := len(rest)
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		end = i + 1
	}
	if limit >= 0 && int64(end) > limit {
		end = int(limit)
	}
	b.pos += end
	return bytes.Clone(rest[:end])
}

func (b *bytesIO) write(p []byte) int {
	d := b.data()
	n := len(p)
	if n == 0 {
		return 0
	}
	end := b.pos + n
	if end > len(d) {
		nd := make([]byte, end, max(end, 2*len(d)))
		copy(nd, d)
		d = nd
		py.SetByteArray(b.buf, d)
	}
	copy(d[b.pos:], p)
	b.pos = end
	return n
}

func bmm(name, sig string, fn func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, sig, func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		b := bioOf(self)
		if err := b.check(); err != nil {
			return py.Value{}, err
		}
		return fn(t, b, a)
	})
}

func bytesRead(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) {
	n, err := sizeArg(t, a[0])
	if err != nil {
		return py.Value{}, err
	}
	return py.NewBytes(b.read(n)), nil
}

var bytesIOInit = py.Func("BytesIO", "initial_bytes=b''", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	b := bioOf(self)
	b.pos = 0
	b.buf = py.NewByteArray([]byte{})
	if !a[0].IsNil() && !a[0].IsNone() {
		d, ok := py.AsBuffer(a[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(a[0]))
		}
		py.SetByteArray(b.buf, bytes.Clone(d))
	}
	return none, nil
})

var bytesIOType = py.NewType(&py.TypeDef{
	Name: "_io.BytesIO",
	Doc:  "Buffered I/O implementation using an in-memory bytes buffer.",
	Base: bufferedIOBaseType,
	Dict: true,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		b := &bytesIO{buf: py.NewByteArray([]byte{})}
		return py.NewObject(&b.Header, typ), nil
	},
	Init: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) *py.Exception {
		_, err := bytesIOInit.Fn(t, self, args, kw)
		return err
	},
	Iter: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) { return self, nil },
	Next: func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
		b := bioOf(self)
		if err := b.check(); err != nil {
			return py.Value{}, err
		}
		if l := b.readline(-1); len(l) > 0 {
			return py.NewBytes(l), nil
		}
		return py.Value{}, nil
	},
	Methods: []*py.MethodDef{
		bmm("getvalue", "", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) {
			return py.NewBytes(bytes.Clone(b.data())), nil
		}),
		bmm("getbuffer", "", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) {
			d := b.data()
			if cap(d) != len(d) {
				// The view must see exactly the stream's bytes.
				py.SetByteArray(b.buf, d[:len(d):len(d)])
			}
			return py.NewMemoryView(t, b.buf)
		}),
		bmm("read", "size=-1, /", bytesRead),
		bmm("read1", "size=-1, /", bytesRead),
		bmm("readline", "size=-1, /", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) {
			n, err := sizeArg(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			return py.NewBytes(b.readline(n)), nil
		}),
		bmm("readlines", "size=None, /", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) {
			hint, err := sizeArg(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			var out []py.Value
			total := int64(0)
			for {
				l := b.readline(-1)
				if len(l) == 0 {
					break
				}
				out = append(out, py.NewBytes(l))
				total += int64(len(l))
				if hint > 0 && total >= hint {
					break
				}
			}
			return py.NewList(out).Value(), nil
		}),
		py.FuncO("BytesIO.readinto", func(t *py.Thread, self, buf py.Value) (py.Value, *py.Exception) {
			b := bioOf(self)
			if err := b.check(); err != nil {
				return py.Value{}, err
			}
			dst, ok := py.WritableBuffer(buf)
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "readinto() argument must be read-write bytes-like object, not %s", py.TypeName(buf))
			}
			return py.Int(int64(copy(dst, b.read(int64(len(dst)))))), nil
		}),
		bmm("write", "b, /", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) {
			p, ok := py.AsBuffer(a[0])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(a[0]))
			}
			return py.Int(int64(b.write(bytes.Clone(p)))), nil
		}),
		bmm("writelines", "lines, /", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) {
			return none, py.Iterate(t, a[0], func(x py.Value) *py.Exception {
				p, ok := py.AsBuffer(x)
				if !ok {
					return py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(x))
				}
				b.write(bytes.Clone(p))
				return nil
			})
		}),
		bmm("seek", "pos, whence=0, /", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) {
			off, err := py.IndexInt(t, a[0], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			whence, err := py.IndexInt(t, a[1], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			switch whence {
			case 0:
				if off < 0 {
					return py.Value{}, py.Errorf(py.ValueError(), "negative seek value %d", off)
				}
			case 1:
				off += int64(b.pos)
			case 2:
				off += int64(len(b.data()))
			default:
				return py.Value{}, py.Errorf(py.ValueError(), "invalid whence (%d, should be 0, 1 or 2)", whence)
			}
			if off < 0 {
				off = 0
			}
			b.pos = int(off)
			return py.Int(off), nil
		}),
		bmm("tell", "", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(b.pos)), nil
		}),
		bmm("truncate", "size=None, /", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) {
			n := int64(b.pos)
			if !a[0].IsNone() {
				var err *py.Exception
				if n, err = py.IndexInt(t, a[0], py.OverflowError()); err != nil {
					return py.Value{}, err
				}
				if n < 0 {
					return py.Value{}, py.Errorf(py.ValueError(), "negative size value %d", n)
				}
			}
			if d := b.data(); n < int64(len(d)) {
				py.SetByteArray(b.buf, d[:n])
			}
			return py.Int(n), nil
		}),
		bmm("readable", "", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) { return py.True(), nil }),
		bmm("writable", "", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) { return py.True(), nil }),
		bmm("seekable", "", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) { return py.True(), nil }),
		bmm("isatty", "", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) { return py.False(), nil }),
		bmm("flush", "", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) { return none, nil }),
		py.FuncNoArgs("close", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			b := bioOf(self)
			b.closed = true
			return none, nil
		}),
		py.FuncNoArgs("__sizeof__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(88 + cap(bioOf(self).data()))), nil
		}),
		bmm("__getstate__", "", func(t *py.Thread, b *bytesIO, a []py.Value) (py.Value, *py.Exception) {
			return py.NewTuple(py.NewBytes(bytes.Clone(b.data())), py.Int(int64(b.pos)), none), nil
		}),
		py.FuncO("__setstate__", func(t *py.Thread, self, state py.Value) (py.Value, *py.Exception) {
			b := bioOf(self)
			items, ok := py.TupleItems(state)
			if !ok || len(items) < 3 {
				return py.Value{}, py.Errorf(py.TypeError(), "%s.__setstate__ argument should be 3-tuple, got %s", typeQualName(self), py.TypeName(state))
			}
			d, ok := py.AsBuffer(items[0])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(items[0]))
			}
			py.SetByteArray(b.buf, bytes.Clone(d))
			pos, err := py.IndexInt(t, items[1], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			if pos < 0 {
				return py.Value{}, py.Errorf(py.ValueError(), "position value cannot be negative")
			}
			b.pos = int(pos)
			return none, nil
		}),
		py.GetSetDef("closed", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Bool(bioOf(self).closed), nil
		}, nil),
	},
})
