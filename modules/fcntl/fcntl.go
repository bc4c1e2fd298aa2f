// Package fcntl is the fcntl module: fcntl(2), ioctl(2), flock(2) and the
// fcntl-based lockf, on file descriptors or objects with a fileno() method.
package fcntl

//go:generate sh -c "python3.13 gen.py > fcntl_gen.go"

import (
	"math"
	"math/big"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// Def is the fcntl module.
var Def = &py.ModuleDef{Name: "fcntl", Doc: doc, Methods: methods, Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	for _, c := range constants {
		m.Set(c.name, py.Int(c.value))
	}
	return nil
}}

// bufSize is the most bytes a str or read-only buffer argument may hold, the
// size of the scratch buffer CPython hands the system.
const bufSize = 1024

var methods = []*py.MethodDef{
	fn("fcntl", "fd, cmd, arg=0, /", func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		fd, cmd, err := fdAndInt(t, a[0], a[1])
		if err != nil {
			return py.Value{}, err
		}
		arg := a[2]
		if b, ok := stringArg(arg); ok {
			if len(b) > bufSize {
				return py.Value{}, py.Errorf(py.ValueError(), "fcntl string arg too long")
			}
			buf := scratch(b)
			_, err := retry(t, func() (uintptr, unix.Errno) {
				r, _, e := unix.Syscall(unix.SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(unsafe.Pointer(&buf[0])))
				return r, e
			})
			if err != nil {
				return py.Value{}, py.NewOSError(t, err, py.Value{})
			}
			return py.NewBytes(buf[:len(b)]), nil
		}
		n, err := uintMask(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		r, e := retry(t, func() (uintptr, unix.Errno) {
			r, _, e := unix.Syscall(unix.SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(int(int32(n))))
			return r, e
		})
		if e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return py.Int(int64(int32(r))), nil
	}),
	fn("ioctl", "fd, request, arg=0, mutate_flag=True, /", func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		fd, err := fildes(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		req, err := uintMask(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		mutate, err := py.IsTrue(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		call := func(p uintptr) (uintptr, error) {
			return retry(t, func() (uintptr, unix.Errno) {
				r, _, e := unix.Syscall(unix.SYS_IOCTL, uintptr(fd), uintptr(req), p)
				return r, e
			})
		}
		arg := a[2]
		if mutate {
			if b, ok := py.WritableBuffer(arg); ok {
				// The system writes into a copy that goes back into the caller's
				// buffer afterwards: the call runs without the interpreter lock, when
				// another thread could resize a bytearray under it.
				buf := scratch(b)
				r, e := call(uintptr(unsafe.Pointer(&buf[0])))
				if e != nil {
					return py.Value{}, py.NewOSError(t, e, py.Value{})
				}
				copy(b, buf[:len(b)])
				return py.Int(int64(int32(r))), nil
			}
		}
		if b, ok := readBuffer(arg); ok {
			if len(b) > bufSize {
				return py.Value{}, py.Errorf(py.ValueError(), "ioctl string arg too long")
			}
			buf := scratch(b)
			if _, e := call(uintptr(unsafe.Pointer(&buf[0]))); e != nil {
				return py.Value{}, py.NewOSError(t, e, py.Value{})
			}
			return py.NewBytes(buf[:len(b)]), nil
		}
		n, err := signedInt(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		r, e := call(uintptr(int(n)))
		if e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return py.Int(int64(int32(r))), nil
	}),
	fn("flock", "fd, operation, /", func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		fd, op, err := fdAndInt(t, a[0], a[1])
		if err != nil {
			return py.Value{}, err
		}
		if _, e := retry(t, func() (uintptr, unix.Errno) {
			_, _, e := unix.Syscall(unix.SYS_FLOCK, uintptr(fd), uintptr(op), 0)
			return 0, e
		}); e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return py.None(), nil
	}),
	fn("lockf", "fd, cmd, len=0, start=0, whence=0, /", func(t *py.Thread, a []py.Value) (py.Value, *py.Exception) {
		fd, cmd, err := fdAndInt(t, a[0], a[1])
		if err != nil {
			return py.Value{}, err
		}
		var lk unix.Flock_t
		switch {
		case cmd == unix.LOCK_UN:
			lk.Type = unix.F_UNLCK
		case cmd&unix.LOCK_SH != 0:
			lk.Type = unix.F_RDLCK
		case cmd&unix.LOCK_EX != 0:
			lk.Type = unix.F_WRLCK
		default:
			return py.Value{}, py.Errorf(py.ValueError(), "unrecognized lockf argument")
		}
		if lk.Start, err = cLong(t, a[3]); err != nil {
			return py.Value{}, err
		}
		if lk.Len, err = cLong(t, a[2]); err != nil {
			return py.Value{}, err
		}
		whence, err := cInt(t, a[4])
		if err != nil {
			return py.Value{}, err
		}
		lk.Whence = int16(whence)
		op := unix.F_SETLKW
		if cmd&unix.LOCK_NB != 0 {
			op = unix.F_SETLK
		}
		if _, e := retry(t, func() (uintptr, unix.Errno) {
			_, _, e := unix.Syscall(unix.SYS_FCNTL, uintptr(fd), uintptr(op), uintptr(unsafe.Pointer(&lk)))
			return 0, e
		}); e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return py.None(), nil
	}),
}

// fn makes one of the module's functions: positional parameters only, with
// CPython's "fcntl.NAME() takes no keyword arguments" for keywords.
func fn(name, sig string, body func(t *py.Thread, a []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	m := py.Func(name, sig, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) { return body(t, a) })
	inner := m.Fn
	m.Fn = func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if kwnames != nil && len(kwnames.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "fcntl.%s() takes no keyword arguments", name)
		}
		return inner(t, self, args, kwnames)
	}
	m.Doc = docs[name]
	return m
}

// scratch copies b into a buffer of at least bufSize bytes, so that a call
// writing past the argument's end stays inside memory Kaa owns.
func scratch(b []byte) []byte {
	buf := make([]byte, max(len(b), bufSize)+8)
	copy(buf, b)
	return buf
}

// retry makes a system call, without the interpreter lock (a lock or an ioctl
// may wait), again while it fails with EINTR; err is nil on success.
func retry(t *py.Thread, call func() (uintptr, unix.Errno)) (r uintptr, err error) {
	t.Unlocked(func() {
		for {
			var e unix.Errno
			r, e = call()
			if e != unix.EINTR {
				if e != 0 {
					err = e
				}
				return
			}
		}
	})
	return r, err
}

// stringArg is the bytes of a str (UTF-8) or bytes argument. A str with a lone
// surrogate has no UTF-8 form: it is refused, and the caller's int converter then
// reports it, as CPython's does.
func stringArg(v py.Value) ([]byte, bool) {
	if s, ok := py.AsStr(v); ok {
		if !utf8.ValidString(s) {
			return nil, false
		}
		return []byte(s), true
	}
	if b, ok := py.AsBytes(v); ok && !isBytearray(v) {
		return b, true
	}
	return nil, false
}

// isBytearray: CPython's "s#" takes bytes but not a bytearray.
func isBytearray(v py.Value) bool {
	_, ok := py.WritableBuffer(v)
	return ok
}

// readBuffer is the "s*" converter: a str's UTF-8 bytes or a contiguous
// bytes-like object's contents.
func readBuffer(v py.Value) ([]byte, bool) {
	if b, ok := stringArg(v); ok {
		return b, true
	}
	return py.AsContiguousBuffer(v)
}

// fildes is CPython's file-descriptor converter: an int, or an object whose
// fileno() returns one, not negative.
func fildes(t *py.Thread, v py.Value) (int, *py.Exception) {
	if !py.IsInt(v) {
		m, found, err := py.LookupSpecial(t, v, "fileno")
		if err != nil {
			return 0, err
		}
		if !found {
			return 0, py.Errorf(py.TypeError(), "argument must be an int, or have a fileno() method.")
		}
		r, err := py.Call(t, m)
		if err != nil {
			return 0, err
		}
		if !py.IsInt(r) {
			return 0, py.Errorf(py.TypeError(), "fileno() returned a non-integer")
		}
		v = r
	} else if py.IsBool(v) {
		if err := t.Warn(py.RuntimeWarning(), "bool is used as a file descriptor"); err != nil {
			return 0, err
		}
	}
	n, ok := py.AsInt64(v)
	if !ok || n > math.MaxInt32 || n < math.MinInt32 {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
	}
	if n < 0 {
		return 0, py.Errorf(py.ValueError(), "file descriptor cannot be a negative integer (%d)", n)
	}
	return int(n), nil
}

func fdAndInt(t *py.Thread, fdv, nv py.Value) (int, int, *py.Exception) {
	fd, err := fildes(t, fdv)
	if err != nil {
		return 0, 0, err
	}
	n, err := cInt(t, nv)
	return fd, n, err
}

// cInt is the "int" converter.
func cInt(t *py.Thread, v py.Value) (int, *py.Exception) {
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	if !ok || n > math.MaxInt32 || n < math.MinInt32 {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
	}
	return int(n), nil
}

// cLong is the "long" converter.
func cLong(t *py.Thread, v py.Value) (int64, *py.Exception) {
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	if !ok {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C long")
	}
	return n, nil
}

// signedInt is the "i" format unit: a C int with "signed integer is greater
// than maximum" / "less than minimum".
func signedInt(t *py.Thread, v py.Value) (int32, *py.Exception) {
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	if !ok {
		if b, _ := py.AsBigInt(iv); b.Sign() < 0 {
			n = math.MinInt64
		} else {
			n = math.MaxInt64
		}
	}
	switch {
	case n > math.MaxInt32:
		return 0, py.Errorf(py.OverflowError(), "signed integer is greater than maximum")
	case n < math.MinInt32:
		return 0, py.Errorf(py.OverflowError(), "signed integer is less than minimum")
	}
	return int32(n), nil
}

// uintMask is the "I" format unit: any int, its low 32 bits kept (two's
// complement for a negative one).
func uintMask(t *py.Thread, v py.Value) (uint32, *py.Exception) {
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	if n, ok := py.AsInt64(iv); ok {
		return uint32(n), nil
	}
	b, _ := py.AsBigInt(iv)
	return uint32(new(big.Int).And(b, big.NewInt(math.MaxUint32)).Uint64()), nil
}
