package py

import (
	"errors"
	"fmt"
	"io"
	"os"
	"unsafe"

	"golang.org/x/term"
)

// What the standard streams have of TextIOWrapper beyond reading and writing
// text: their binary buffer (sys.stdout.buffer.write(b"...") goes through the same
// buffered writer as text, so the two stay in order), line_buffering and
// write_through as CPython sets them, and reconfigure().

// stdBuffer is sys.stdin.buffer, sys.stdout.buffer or sys.stderr.buffer.
type stdBuffer struct {
	Header
	s   *stdStream
	raw Value // the FileIO under a buffered stream, made on first use
}

var (
	stdReaderType = newType("_io.BufferedReader", nil, nil)
	stdWriterType = newType("_io.BufferedWriter", nil, nil)
	stdRawType    = newType("_io.FileIO", nil, nil) // stdout/stderr's buffer under -u
)

// stdBufferTypes are the types of the standard streams' binary buffers, for io
// to register under its abstract classes.
func stdBufferTypes() []Value {
	return []Value{TypeValue(stdReaderType), TypeValue(stdWriterType), TypeValue(stdRawType)}
}

func (s *stdStream) errorsName(in *Interp) string {
	switch {
	case s.errors != "":
		return s.errors
	case s.err:
		return "backslashreplace"
	}
	return in.ioErrors
}

func (s *stdStream) file(in *Interp) *os.File {
	switch {
	case s.in:
		return in.stdioFiles[0]
	case s.err:
		return in.stdioFiles[2]
	}
	return in.stdioFiles[1]
}

func (s *stdStream) isatty(in *Interp) bool {
	f := s.file(in)
	return f != nil && term.IsTerminal(int(f.Fd()))
}

// seekable is whether the descriptor under the stream can seek (a file, not a
// pipe or a terminal).
func (s *stdStream) seekable(in *Interp) bool {
	f := s.file(in)
	if f == nil {
		return false
	}
	_, err := f.Seek(0, io.SeekCurrent)
	return err == nil
}

// lineBuffering is CPython's choice: stderr always, stdout on a terminal, never
// under -u (where every write goes through).
func (s *stdStream) lineBuffering(in *Interp) bool {
	if s.lineBuf >= 0 {
		return s.lineBuf == 1
	}
	if s.in || in.unbuffered {
		return false
	}
	return s.err || s.isatty(in)
}

func (s *stdStream) writeThrough(in *Interp) bool {
	if s.writeThru >= 0 {
		return s.writeThru == 1
	}
	return in.unbuffered
}

func (s *stdStream) getBuffer(in *Interp) Value {
	if s.buffer.IsNil() {
		typ := stdWriterType
		switch {
		case s.in:
			typ = stdReaderType
		case in.unbuffered:
			typ = stdRawType
		}
		s.buffer = Value{p: unsafe.Pointer(&stdBuffer{Header: Header{typ: typ}, s: s})}
	}
	return s.buffer
}

func stdStreamExtras() []*MethodDef {
	std := func(v Value) *stdStream { return (*stdStream)(v.p) }
	return []*MethodDef{
		getset("buffer", func(t *Thread, v Value) (Value, *Exception) { return std(v).getBuffer(t.interp), nil }, nil),
		getset("line_buffering", func(t *Thread, v Value) (Value, *Exception) {
			return Bool(std(v).lineBuffering(t.interp)), nil
		}, nil),
		getset("write_through", func(t *Thread, v Value) (Value, *Exception) {
			return Bool(std(v).writeThrough(t.interp)), nil
		}, nil),
		getset("mode", func(t *Thread, v Value) (Value, *Exception) {
			if std(v).in {
				return NewStr("r"), nil
			}
			return NewStr("w"), nil
		}, nil),
		getset("closed", func(t *Thread, v Value) (Value, *Exception) { return pyFalse, nil }, nil),
		getset("newlines", func(t *Thread, v Value) (Value, *Exception) { return pyNone, nil }, nil),
		methNoArgs("seekable", func(t *Thread, v Value) (Value, *Exception) { return Bool(std(v).seekable(t.interp)), nil }),
		Func("reconfigure", "*, encoding=None, errors=None, newline=..., line_buffering=None, write_through=None", func(t *Thread, v Value, a []Value) (Value, *Exception) {
			s := std(v)
			var enc, errs string
			for i, p := range []*string{&enc, &errs} {
				if a[i].IsNone() {
					continue
				}
				if a[i].Type().layout != strType {
					return Value{}, typeErrorf("reconfigure() argument '%s' must be str or None, not %s", []string{"encoding", "errors"}[i], typeName(a[i]))
				}
				*p = a[i].str().s
			}
			if enc != "" {
				if enc == "locale" {
					enc = "utf-8"
				}
				n := normEncoding(enc)
				if _, err := encodeStr(t, newStr(""), n, "strict"); err != nil {
					return Value{}, err
				}
				s.enc = n
				if errs == "" {
					errs = "strict"
				}
			}
			if errs != "" {
				s.errors = errs
			}
			for i, p := range []*int8{&s.lineBuf, &s.writeThru} {
				if a[3+i].IsNone() {
					continue
				}
				on, err := IsTrue(t, a[3+i])
				if err != nil {
					return Value{}, err
				}
				*p = 0
				if on {
					*p = 1
				}
			}
			return pyNone, s.flush(t)
		}),
	}
}

func init() {
	buf := func(v Value) *stdStream { return (*stdBuffer)(v.p).s }
	common := func() []*MethodDef {
		return []*MethodDef{
			getset("name", func(t *Thread, v Value) (Value, *Exception) { return NewStr(buf(v).name), nil }, nil),
			getset("closed", func(t *Thread, v Value) (Value, *Exception) { return pyFalse, nil }, nil),
			getset("mode", func(t *Thread, v Value) (Value, *Exception) {
				if buf(v).in {
					return NewStr("rb"), nil
				}
				return NewStr("wb"), nil
			}, nil),
			methNoArgs("fileno", func(t *Thread, v Value) (Value, *Exception) {
				switch s := buf(v); {
				case s.in:
					return Int(0), nil
				case s.err:
					return Int(2), nil
				}
				return Int(1), nil
			}),
			methNoArgs("isatty", func(t *Thread, v Value) (Value, *Exception) { return Bool(buf(v).isatty(t.interp)), nil }),
			methNoArgs("readable", func(t *Thread, v Value) (Value, *Exception) { return Bool(buf(v).in), nil }),
			methNoArgs("writable", func(t *Thread, v Value) (Value, *Exception) { return Bool(!buf(v).in), nil }),
			methNoArgs("seekable", func(t *Thread, v Value) (Value, *Exception) { return Bool(buf(v).seekable(t.interp)), nil }),
			methNoArgs("flush", func(t *Thread, v Value) (Value, *Exception) {
				if s := buf(v); !s.in {
					return pyNone, s.flush(t)
				}
				return pyNone, nil
			}),
			methNoArgs("__enter__", func(t *Thread, v Value) (Value, *Exception) { return v, nil }),
			&MethodDef{Name: "__exit__", Fn: func(t *Thread, v Value, args []Value, kw *Tuple) (Value, *Exception) { return pyNone, nil }},
		}
	}
	repr := func(t *Thread, v Value) (Value, *Exception) {
		s := buf(v)
		if v.Type() == stdRawType {
			mode := "wb"
			if s.in {
				mode = "rb"
			}
			return NewStr(fmt.Sprintf("<_io.FileIO name='%s' mode='%s' closefd=False>", s.name, mode)), nil
		}
		return NewStr(fmt.Sprintf("<%s name='%s'>", v.Type().fullName(), s.name)), nil
	}
	write := methO("write", func(t *Thread, v, x Value) (Value, *Exception) {
		b, ok := bytesLike(x)
		if !ok {
			return Value{}, typeErrorf("a bytes-like object is required, not '%s'", typeName(x))
		}
		in := t.interp
		s := buf(v)
		if s.err {
			in.stdout.Flush()
			in.stderr.Write(b)
			return Int(int64(len(b))), nil
		}
		if _, err := in.stdout.Write(b); err != nil {
			return Value{}, in.stdoutError(t, err)
		}
		if in.unbuffered {
			if err := in.stdout.Flush(); err != nil {
				return Value{}, in.stdoutError(t, err)
			}
		}
		return Int(int64(len(b))), nil
	})
	// raw is the FileIO under a buffered standard stream (the same object each time).
	raw := getset("raw", func(t *Thread, v Value) (Value, *Exception) {
		b := (*stdBuffer)(v.p)
		if b.raw.IsNil() {
			b.raw = Value{p: unsafe.Pointer(&stdBuffer{Header: Header{typ: stdRawType}, s: b.s})}
		}
		return b.raw, nil
	}, nil)
	stdWriterType.repr = repr
	stdWriterType.readyLazy(func() []*MethodDef { return append(common(), write, raw) })
	stdRawType.repr = repr
	stdRawType.readyLazy(func() []*MethodDef { return append(common(), write) })
	stdReaderType.repr = repr
	readN := func(t *Thread, n int64, line bool) (Value, *Exception) {
		in := t.interp
		in.stdout.Flush()
		var out []byte
		for n < 0 || int64(len(out)) < n {
			c, err := in.stdin.ReadByte()
			if errors.Is(err, ErrInterrupted) {
				// Ctrl-C or a signal: its handler runs, then the read goes on.
				if e := t.CheckInterrupt(); e != nil {
					return Value{}, e
				}
				continue
			}
			if err != nil {
				if err != io.EOF {
					return Value{}, osError(t, err, Value{})
				}
				break
			}
			out = append(out, c)
			if line && c == '\n' {
				break
			}
		}
		return NewBytes(out), nil
	}
	stdReaderType.iter = selfIter
	stdReaderType.next = func(t *Thread, v Value) (Value, *Exception) {
		l, err := readN(t, -1, true)
		if err != nil || len(bytesOf(l)) == 0 {
			return Value{}, err
		}
		return l, nil
	}
	stdReaderType.readyLazy(func() []*MethodDef {
		return append(common(), raw,
			methN("read", 0, 1, func(t *Thread, v Value, a []Value) (Value, *Exception) {
				n, err := sizeArg(t, a)
				if err != nil {
					return Value{}, err
				}
				return readN(t, n, false)
			}),
			methN("read1", 0, 1, func(t *Thread, v Value, a []Value) (Value, *Exception) {
				n, err := sizeArg(t, a)
				if err != nil {
					return Value{}, err
				}
				if n < 0 {
					n = int64(max(t.interp.stdin.Buffered(), 1))
				}
				return readN(t, min(n, int64(max(t.interp.stdin.Buffered(), 1))), false)
			}),
			methN("readline", 0, 1, func(t *Thread, v Value, a []Value) (Value, *Exception) {
				n, err := sizeArg(t, a)
				if err != nil {
					return Value{}, err
				}
				return readN(t, n, true)
			}),
		)
	})
}
