package iomod

import (
	"fmt"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// FileIO: raw, unbuffered I/O on a file descriptor.

type fileIO struct {
	base
	fd                                     int
	created, readable, writable, appending bool
	seekable                               int8 // -1 not yet known
	closefd                                bool
	regular                                bool // a regular file: reads never block
	blksize                                int64
	finalizing                             bool
}

func fileOf(v py.Value) *fileIO { return py.Object[fileIO](v) }

const defaultBufferSize = 8192

func fileClosedErr() *py.Exception { return py.Errorf(py.ValueError(), "I/O operation on closed file") }

func errnoErr(t *py.Thread, e error, name py.Value) *py.Exception { return py.NewOSError(t, e, name) }

func (f *fileIO) modeString() string {
	switch {
	case f.created:
		if f.readable {
			return "xb+"
		}
		return "xb"
	case f.appending:
		if f.readable {
			return "ab+"
		}
		return "ab"
	case f.readable && f.writable:
		return "rb+"
	case f.readable:
		return "rb"
	}
	return "wb"
}

func (f *fileIO) check(read, write bool) *py.Exception {
	if f.fd < 0 {
		return fileClosedErr()
	}
	if read && !f.readable {
		return unsupported("File not open for reading")
	}
	if write && !f.writable {
		return unsupported("File not open for writing")
	}
	return nil
}

// readInto reads once into p, retrying on EINTR; n < 0 means the read would block.
func (f *fileIO) readInto(t *py.Thread, p []byte) (int, *py.Exception) {
	if !f.regular {
		if err := t.WaitReadable(f.fd); err != nil {
			return 0, err
		}
	}
	for {
		n, e := unix.Read(f.fd, p)
		if e == unix.EINTR {
			continue
		}
		if e == unix.EAGAIN {
			return -1, nil
		}
		if e != nil {
			return 0, errnoErr(t, e, py.Value{})
		}
		return n, nil
	}
}

// write writes p once (a short write is possible); n < 0: it would block.
func (f *fileIO) write(t *py.Thread, p []byte) (int, *py.Exception) {
	for {
		var n int
		var e error
		t.Unlocked(func() { n, e = unix.Write(f.fd, p) }) // a full pipe blocks
		if e == unix.EINTR {
			continue
		}
		if e == unix.EAGAIN {
			return -1, nil
		}
		if e != nil {
			return 0, errnoErr(t, e, py.Value{})
		}
		return n, nil
	}
}

func (f *fileIO) readall(t *py.Thread) (py.Value, *py.Exception) {
	size := 0
	var st unix.Stat_t
	if unix.Fstat(f.fd, &st) == nil && st.Size > 0 {
		if pos, e := unix.Seek(f.fd, 0, 1); e == nil && st.Size >= pos {
			size = int(st.Size-pos) + 1
		}
	}
	if size < 8192 {
		size = 8192
	}
	buf := make([]byte, 0, size)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.readInto(t, buf[len(buf):cap(buf)])
		if err != nil {
			return py.Value{}, err
		}
		if n < 0 {
			if len(buf) == 0 {
				return none, nil
			}
			break
		}
		if n == 0 {
			break
		}
		buf = buf[:len(buf)+n]
	}
	return py.NewBytes(buf), nil
}

func (f *fileIO) seek(t *py.Thread, off int64, whence int) (int64, *py.Exception) {
	pos, e := unix.Seek(f.fd, off, whence)
	if e != nil {
		return 0, errnoErr(t, e, py.Value{})
	}
	return pos, nil
}

func (f *fileIO) isSeekable() bool {
	if f.seekable < 0 {
		if _, e := unix.Seek(f.fd, 0, 1); e != nil {
			f.seekable = 0
		} else {
			f.seekable = 1
		}
	}
	return f.seekable == 1
}

func (f *fileIO) closeFd(t *py.Thread) *py.Exception {
	fd := f.fd
	f.fd = -1
	if fd >= 0 && f.closefd {
		if e := unix.Close(fd); e != nil {
			return errnoErr(t, e, py.Value{})
		}
	}
	return nil
}

// parseFileMode checks FileIO's mode string and returns the open(2) flags.
func parseFileMode(f *fileIO, mode string) (int, *py.Exception) {
	rwa, plus := false, false
	flags := 0
	bad := func() *py.Exception {
		return py.Errorf(py.ValueError(), "Must have exactly one of create/read/write/append mode and at most one plus")
	}
	for _, c := range mode {
		switch c {
		case 'x', 'r', 'w', 'a':
			if rwa {
				return 0, bad()
			}
			rwa = true
			switch c {
			case 'x':
				f.created, f.writable = true, true
				flags |= unix.O_EXCL | unix.O_CREAT
			case 'r':
				f.readable = true
			case 'w':
				f.writable = true
				flags |= unix.O_CREAT | unix.O_TRUNC
			case 'a':
				f.writable, f.appending = true, true
				flags |= unix.O_APPEND | unix.O_CREAT
			}
		case 'b':
		case '+':
			if plus {
				return 0, bad()
			}
			f.readable, f.writable, plus = true, true, true
		default:
			return 0, py.Errorf(py.ValueError(), "invalid mode: %s", mode)
		}
	}
	if !rwa {
		return 0, bad()
	}
	switch {
	case f.readable && f.writable:
		flags |= unix.O_RDWR
	case f.readable:
		flags |= unix.O_RDONLY
	default:
		flags |= unix.O_WRONLY
	}
	return flags | unix.O_CLOEXEC, nil
}

func fileInit(t *py.Thread, self py.Value, file py.Value, mode string, closefd bool, opener py.Value) *py.Exception {
	f := fileOf(self)
	if f.fd >= 0 {
		if f.closefd {
			f.closeFd(t)
		} else {
			f.fd = -1
		}
	}
	f.created, f.readable, f.writable, f.appending, f.seekable = false, false, false, false, -1
	fd := -1
	path := ""
	if py.IsInt(file) {
		n, err := py.IndexInt(t, file, py.OverflowError())
		if err != nil {
			return err
		}
		if n < 0 {
			return py.Errorf(py.ValueError(), "negative file descriptor")
		}
		if n > 1<<31-1 {
			return py.Errorf(py.OverflowError(), "signed integer is greater than maximum")
		}
		fd = int(n)
	} else {
		p, err := py.FsPath(t, file)
		if err != nil {
			return err
		}
		if strings.IndexByte(p, 0) >= 0 {
			return py.Errorf(py.ValueError(), "embedded null byte")
		}
		path = p
	}
	flags, err := parseFileMode(f, mode)
	if err != nil {
		return err
	}
	if fd >= 0 {
		f.closefd = closefd
	} else {
		f.closefd = true
		if !closefd {
			return py.Errorf(py.ValueError(), "Cannot use closefd=False with file name")
		}
		if opener.IsNil() || opener.IsNone() {
			for {
				n, e := unix.Open(path, flags, 0o666)
				if e == unix.EINTR {
					continue
				}
				if e != nil {
					return errnoErr(t, e, file)
				}
				fd = n
				break
			}
		} else {
			r, err := py.Call(t, opener, file, py.Int(int64(flags)))
			if err != nil {
				return err
			}
			if !py.IsInt(r) {
				return py.Errorf(py.TypeError(), "expected integer from opener")
			}
			n, err := py.IndexInt(t, r, py.OverflowError())
			if err != nil {
				return err
			}
			if n < 0 {
				return py.Errorf(py.ValueError(), "opener returned %d", n)
			}
			fd = int(n)
		}
	}
	f.fd = fd
	f.blksize = 8192
	var st unix.Stat_t
	if e := unix.Fstat(fd, &st); e != nil {
		if e == unix.EBADF {
			f.fd = -1
			return errnoErr(t, e, py.Value{})
		}
	} else {
		if st.Mode&unix.S_IFMT == unix.S_IFDIR {
			if path != "" {
				unix.Close(fd)
			}
			f.fd = -1
			return errnoErr(t, unix.EISDIR, file)
		}
		if st.Blksize > 1 {
			f.blksize = int64(st.Blksize)
		}
		f.regular = st.Mode&unix.S_IFMT == unix.S_IFREG
	}
	if err := py.SetAttrS(t, self, "name", file); err != nil {
		if path != "" {
			f.closeFd(t)
		}
		return err
	}
	if f.appending {
		unix.Seek(fd, 0, 2)
	}
	return nil
}

func fileRepr(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	f := fileOf(self)
	tn := typeQualName(self)
	if f.fd < 0 {
		return py.NewStr("<" + tn + " [closed]>"), nil
	}
	closefd := "False"
	if f.closefd {
		closefd = "True"
	}
	name, found, err := py.LookupAttrS(t, self, "name")
	if err != nil {
		return py.Value{}, err
	}
	if !found {
		return py.NewStr(fmt.Sprintf("<%s fd=%d mode='%s' closefd=%s>", tn, f.fd, f.modeString(), closefd)), nil
	}
	r, err := reprGuarded(t, self, name)
	if err != nil {
		return py.Value{}, err
	}
	return py.NewStr(fmt.Sprintf("<%s name=%s mode='%s' closefd=%s>", tn, r, f.modeString(), closefd)), nil
}

// typeQualName is the name a repr gives the object's type: "_io.FileIO" for the
// native types, the class's own name for a Python subclass (its tp_name).
func typeQualName(v py.Value) string {
	typ := v.Type()
	mod := typ.Module()
	if mod == "_io" {
		return "_io." + typ.Name
	}
	return typ.Name
}

// reprGuarded is repr(x) for a stream's repr of its name, with CPython's guard
// against a stream that is its own name.
func reprGuarded(t *py.Thread, self, x py.Value) (string, *py.Exception) {
	if x.Is(self) {
		return "", py.Errorf(py.RuntimeError(), "reentrant call inside %s.__repr__", typeQualName(self))
	}
	return py.Repr(t, x)
}

func cannotPickle(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	return py.Value{}, py.Errorf(py.TypeError(), "cannot pickle '%s' instances", typeQualName(self))
}

var fileIOType = py.NewType(&py.TypeDef{
	Name: "_io.FileIO",
	Doc:  "Open a file.",
	Base: rawIOBaseType,
	Dict: true,
	New: func(t *py.Thread, typ *py.Type, args []py.Value, kw *py.Tuple) (py.Value, *py.Exception) {
		f := &fileIO{fd: -1, seekable: -1, closefd: true}
		return py.NewObject(&f.Header, typ), nil
	},
	Init: func(t *py.Thread, self py.Value, args []py.Value, kw *py.Tuple) *py.Exception {
		_, err := fileInitDef.Fn(t, self, args, kw)
		return err
	},
	Repr: fileRepr,
	Methods: []*py.MethodDef{
		py.Func("read", "size=-1, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			f := fileOf(self)
			if err := f.check(true, false); err != nil {
				return py.Value{}, err
			}
			n, err := sizeArg(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			if n < 0 {
				return f.readall(t)
			}
			if err := t.CheckAlloc(n, 1); err != nil {
				return py.Value{}, err
			}
			buf := make([]byte, n)
			got, err := f.readInto(t, buf)
			if err != nil {
				return py.Value{}, err
			}
			if got < 0 {
				return none, nil
			}
			return py.NewBytes(buf[:got]), nil
		}),
		py.FuncNoArgs("readall", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			f := fileOf(self)
			if err := f.check(false, false); err != nil {
				return py.Value{}, err
			}
			return f.readall(t)
		}),
		py.Func("readinto", "buffer, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			f := fileOf(self)
			dst, ok := py.WritableBuffer(a[0])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "readinto() argument 1 must be read-write bytes-like object, not %s", py.TypeName(a[0]))
			}
			if err := f.check(true, false); err != nil {
				return py.Value{}, err
			}
			n, err := f.readInto(t, dst)
			if err != nil {
				return py.Value{}, err
			}
			if n < 0 {
				return none, nil
			}
			return py.Int(int64(n)), nil
		}),
		py.Func("write", "b, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			f := fileOf(self)
			b, ok := py.AsBuffer(a[0])
			if !ok {
				return py.Value{}, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", py.TypeName(a[0]))
			}
			if err := f.check(false, true); err != nil {
				return py.Value{}, err
			}
			n, err := f.write(t, b)
			if err != nil {
				return py.Value{}, err
			}
			if n < 0 {
				return none, nil
			}
			return py.Int(int64(n)), nil
		}),
		py.Func("seek", "pos, whence=0, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			f := fileOf(self)
			if f.fd < 0 {
				return py.Value{}, fileClosedErr()
			}
			if a[0].IsFloat() {
				return py.Value{}, py.Errorf(py.TypeError(), "an integer is required")
			}
			off, err := py.IndexInt(t, a[0], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			whence, err := py.IndexInt(t, a[1], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			pos, err := f.seek(t, off, int(whence))
			if err != nil {
				return py.Value{}, err
			}
			return py.Int(pos), nil
		}),
		py.FuncNoArgs("tell", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			f := fileOf(self)
			if f.fd < 0 {
				return py.Value{}, fileClosedErr()
			}
			pos, err := f.seek(t, 0, 1)
			return py.Int(pos), err
		}),
		py.Func("truncate", "size=None, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			f := fileOf(self)
			if err := f.check(false, true); err != nil {
				return py.Value{}, err
			}
			var size int64
			if a[0].IsNone() {
				pos, err := f.seek(t, 0, 1)
				if err != nil {
					return py.Value{}, err
				}
				size = pos
			} else {
				n, err := py.IndexInt(t, a[0], py.OverflowError())
				if err != nil {
					return py.Value{}, err
				}
				size = n
			}
			if e := unix.Ftruncate(f.fd, size); e != nil {
				return py.Value{}, errnoErr(t, e, py.Value{})
			}
			return py.Int(size), nil
		}),
		py.FuncNoArgs("close", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			f := fileOf(self)
			// _RawIOBase.close: flush (through the object, for subclasses), then the
			// descriptor goes even when the flush failed.
			var ferr *py.Exception
			if !f.closed {
				_, ferr = py.CallMethod(t, self, "flush")
				f.closed = true
			}
			err := f.closeFd(t)
			if ferr != nil {
				return py.Value{}, ferr
			}
			return none, err
		}),
		py.FuncNoArgs("seekable", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			f := fileOf(self)
			if f.fd < 0 {
				return py.Value{}, fileClosedErr()
			}
			return py.Bool(f.isSeekable()), nil
		}),
		py.FuncNoArgs("readable", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			f := fileOf(self)
			if f.fd < 0 {
				return py.Value{}, fileClosedErr()
			}
			return py.Bool(f.readable), nil
		}),
		py.FuncNoArgs("writable", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			f := fileOf(self)
			if f.fd < 0 {
				return py.Value{}, fileClosedErr()
			}
			return py.Bool(f.writable), nil
		}),
		py.FuncNoArgs("fileno", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			f := fileOf(self)
			if f.fd < 0 {
				return py.Value{}, fileClosedErr()
			}
			return py.Int(int64(f.fd)), nil
		}),
		py.FuncNoArgs("isatty", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			f := fileOf(self)
			if f.fd < 0 {
				return py.Value{}, fileClosedErr()
			}
			_, e := unix.IoctlGetTermios(f.fd, unix.TCGETS)
			return py.Bool(e == nil), nil
		}),
		py.Func("_dealloc_warn", "source, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return none, nil
		}),
		py.Func("__reduce__", "", cannotPickle),
		py.Func("__reduce_ex__", "protocol, /", cannotPickle),
		py.GetSetDef("closed", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Bool(fileOf(self).fd < 0), nil
		}, nil),
		py.GetSetDef("closefd", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Bool(fileOf(self).closefd), nil
		}, nil),
		py.GetSetDef("mode", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.NewStr(fileOf(self).modeString()), nil
		}, nil),
		py.GetSetDef("_blksize", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(fileOf(self).blksize), nil
		}, nil),
		py.GetSetDef("_finalizing", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Bool(fileOf(self).finalizing), nil
		}, nil),
	},
})

var fileInitDef = py.Func("FileIO", "file, mode='r', closefd=True, opener=None", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	if t.Interp().Sandboxed() {
		r, err := py.Repr(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Value{}, py.HostDenied("open(" + r + ")")
	}
	mode, ok := py.AsStr(a[1])
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "FileIO() argument 'mode' must be str, not %s", py.TypeName(a[1]))
	}
	closefd, err := py.IsTrue(t, a[2])
	if err != nil {
		return py.Value{}, err
	}
	return none, fileInit(t, self, a[0], mode, closefd, a[3])
})
