package os

import (
	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// File descriptors: open, read, write and the calls on an open descriptor.

type fn = func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception)

// fdFunc is a function of one descriptor argument named "fd" (keyword allowed).
func fdFunc(name string, f func(t *py.Thread, fd int) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, "fd", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return f(t, fd)
	})
}

// fdFuncPos is fdFunc with a positional-only "fd, /".
func fdFuncPos(name string, f func(t *py.Thread, fd int) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, "fd, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return f(t, fd)
	})
}

func errOr(t *py.Thread, err error) (py.Value, *py.Exception) {
	if err != nil {
		return py.Value{}, fderr(t, err)
	}
	return py.None(), nil
}

var fdFuncs = []*py.MethodDef{
	py.Func("open", "path, flags, mode=511, *, dir_fd=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "open", "path", a[0], false, false)
		if err != nil {
			return py.Value{}, err
		}
		flags, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		mode, err := cInt(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		dirfd, err := dirFdOf(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		var fd int
		e := retry(func() (e error) {
			fd, e = unix.Openat(dirfd, p.s, flags|unix.O_CLOEXEC, uint32(mode))
			return
		})
		if e != nil {
			return py.Value{}, oserr(t, e, p)
		}
		return py.Int(int64(fd)), nil
	}),
	fdFunc("close", func(t *py.Thread, fd int) (py.Value, *py.Exception) {
		return errOr(t, unix.Close(fd))
	}),
	py.Func("closerange", "fd_low, fd_high, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		lo, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		hi, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		for fd := max(lo, 0); fd < hi; fd++ {
			unix.Close(fd)
		}
		return py.None(), nil
	}),
	py.Func("read", "fd, length, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		n, err := cSsize(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		if n < 0 {
			return py.Value{}, fderr(t, unix.EINVAL)
		}
		buf := make([]byte, min(n, 1<<30))
		var got int
		if err := waitReadable(t, fd); err != nil {
			return py.Value{}, err
		}
		if e := blocking(t, func() (e error) { got, e = unix.Read(fd, buf); return }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.NewBytes(buf[:got]), nil
	}),
	py.Func("pread", "fd, length, offset, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		n, err := cSsize(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		off, err := cLong(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		if n < 0 {
			return py.Value{}, fderr(t, unix.EINVAL)
		}
		buf := make([]byte, min(n, 1<<30))
		var got int
		if e := retry(func() (e error) { got, e = unix.Pread(fd, buf, off); return }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.NewBytes(buf[:got]), nil
	}),
	py.Func("write", "fd, data, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		b, err := buffer(a[1])
		if err != nil {
			return py.Value{}, err
		}
		var n int
		if e := blocking(t, func() (e error) { n, e = unix.Write(fd, b); return }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(n)), nil
	}),
	py.Func("pwrite", "fd, buffer, offset, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		b, err := buffer(a[1])
		if err != nil {
			return py.Value{}, err
		}
		off, err := cLong(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		var n int
		if e := retry(func() (e error) { n, e = unix.Pwrite(fd, b, off); return }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(n)), nil
	}),
	py.Func("lseek", "fd, position, whence, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		pos, err := cLong(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		whence, err := cInt(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		r, e := unix.Seek(fd, pos, whence)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(r), nil
	}),
	fdFuncPos("dup", func(t *py.Thread, fd int) (py.Value, *py.Exception) {
		r, e := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(r)), nil
	}),
	py.Func("dup2", "fd, fd2, inheritable=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		fd2, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		inh, err := boolOf(t, a[2], true)
		if err != nil {
			return py.Value{}, err
		}
		flags := 0
		if !inh {
			flags = unix.O_CLOEXEC
		}
		if fd == fd2 {
			// dup3 refuses equal descriptors; dup2 checks fd and returns it.
			if _, e := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); e != nil {
				return py.Value{}, fderr(t, e)
			}
			return py.Int(int64(fd2)), nil
		}
		if e := unix.Dup3(fd, fd2, flags); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(fd2)), nil
	}),
	py.FuncNoArgs("posix.pipe", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		var p [2]int
		if e := unix.Pipe2(p[:], unix.O_CLOEXEC); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.NewTuple(py.Int(int64(p[0])), py.Int(int64(p[1]))), nil
	}),
	py.Func("pipe2", "flags, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		flags, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		var p [2]int
		if e := unix.Pipe2(p[:], flags); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.NewTuple(py.Int(int64(p[0])), py.Int(int64(p[1]))), nil
	}),
	py.Func("ftruncate", "fd, length, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		n, err := cLong(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return errOr(t, retry(func() error { return unix.Ftruncate(fd, n) }))
	}),
	fdFunc("fsync", func(t *py.Thread, fd int) (py.Value, *py.Exception) { return errOr(t, unix.Fsync(fd)) }),
	fdFunc("fdatasync", func(t *py.Thread, fd int) (py.Value, *py.Exception) { return errOr(t, unix.Fdatasync(fd)) }),
	fdFunc("fchdir", func(t *py.Thread, fd int) (py.Value, *py.Exception) { return errOr(t, unix.Fchdir(fd)) }),
	fdFuncPos("isatty", func(t *py.Thread, fd int) (py.Value, *py.Exception) {
		_, e := unix.IoctlGetTermios(fd, unix.TCGETS)
		return py.Bool(e == nil), nil
	}),
	fdFuncPos("ttyname", func(t *py.Thread, fd int) (py.Value, *py.Exception) {
		if _, e := unix.IoctlGetTermios(fd, unix.TCGETS); e != nil {
			return py.Value{}, fderr(t, e)
		}
		s, e := readlink("/proc/self/fd/" + itoa(fd))
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.FsStr(s), nil
	}),
	fdFuncPos("get_inheritable", func(t *py.Thread, fd int) (py.Value, *py.Exception) {
		r, e := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Bool(r&unix.FD_CLOEXEC == 0), nil
	}),
	py.Func("set_inheritable", "fd, inheritable, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		inh, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		r, e := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		if inh != 0 {
			r &^= unix.FD_CLOEXEC
		} else {
			r |= unix.FD_CLOEXEC
		}
		_, e = unix.FcntlInt(uintptr(fd), unix.F_SETFD, r)
		return errOr(t, e)
	}),
	fdFuncPos("get_blocking", func(t *py.Thread, fd int) (py.Value, *py.Exception) {
		r, e := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Bool(r&unix.O_NONBLOCK == 0), nil
	}),
	py.Func("set_blocking", "fd, blocking, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		blocking, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return errOr(t, unix.SetNonblock(fd, blocking == 0))
	}),
	py.Func("device_encoding", "fd", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if _, e := unix.IoctlGetTermios(fd, unix.TCGETS); e == nil {
			return py.NewStr("UTF-8"), nil
		}
		return py.None(), nil
	}),
	py.Func("lockf", "fd, command, length, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		cmd, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		n, err := cLong(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		lk := unix.Flock_t{Whence: 1, Start: 0, Len: n}
		var op int
		switch cmd {
		case 0: // F_ULOCK
			lk.Type, op = unix.F_UNLCK, unix.F_SETLK
		case 1: // F_LOCK
			lk.Type, op = unix.F_WRLCK, unix.F_SETLKW
		case 2: // F_TLOCK
			lk.Type, op = unix.F_WRLCK, unix.F_SETLK
		case 3: // F_TEST
			lk.Type = unix.F_WRLCK
			if e := unix.FcntlFlock(uintptr(fd), unix.F_GETLK, &lk); e != nil {
				return py.Value{}, fderr(t, e)
			}
			if lk.Type == unix.F_UNLCK || int(lk.Pid) == unix.Getpid() {
				return py.None(), nil
			}
			return py.Value{}, fderr(t, unix.EACCES)
		default:
			return py.Value{}, fderr(t, unix.EINVAL)
		}
		return errOr(t, retry(func() error { return unix.FcntlFlock(uintptr(fd), op, &lk) }))
	}),
	py.Func("posix_fallocate", "fd, offset, length, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		off, err := cLong(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		n, err := cLong(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		return errOr(t, retry(func() error { return unix.Fallocate(fd, 0, off, n) }))
	}),
	py.Func("posix_fadvise", "fd, offset, length, advice, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		off, err := cLong(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		n, err := cLong(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		adv, err := cInt(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		return errOr(t, unix.Fadvise(fd, off, n, adv))
	}),
	py.Func("sendfile", "out_fd, in_fd, offset, count", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		out, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		in, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		var offp *int64
		if !a[2].IsNone() {
			off, err := cLong(t, a[2])
			if err != nil {
				return py.Value{}, err
			}
			offp = &off
		}
		count, err := cSsize(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		var n int
		if e := blocking(t, func() (e error) { n, e = unix.Sendfile(out, in, offp, int(count)); return }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(n)), nil
	}),
	py.Func("readv", "fd, buffers, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		bufs, err := buffers(t, a[1], "readv() arg 2 must be a sequence")
		if err != nil {
			return py.Value{}, err
		}
		var n int
		if e := retry(func() (e error) { n, e = unix.Readv(fd, bufs); return }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(n)), nil
	}),
	py.Func("writev", "fd, buffers, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		bufs, err := buffers(t, a[1], "writev() arg 2 must be a sequence")
		if err != nil {
			return py.Value{}, err
		}
		var n int
		if e := retry(func() (e error) { n, e = unix.Writev(fd, bufs); return }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(n)), nil
	}),
}

// buffer is a bytes-like argument.
func buffer(v py.Value) ([]byte, *py.Exception) {
	if b, ok := py.AsBuffer(v); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", typeName(v))
}

// buffers is a sequence of bytes-like objects (readv, writev).
func buffers(t *py.Thread, v py.Value, msg string) ([][]byte, *py.Exception) {
	if !v.Type().IsSubtype(py.ListType()) && !v.Type().IsSubtype(py.TupleType()) {
		return nil, py.Errorf(py.TypeError(), "%s", msg)
	}
	items, err := py.ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, len(items))
	for i, it := range items {
		if out[i], err = buffer(it); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func readlink(p string) (string, error) {
	return readlinkat(unix.AT_FDCWD, p)
}

func readlinkat(dirfd int, p string) (string, error) {
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		n, err := unix.Readlinkat(dirfd, p, buf)
		if err != nil {
			return "", err
		}
		if n < size {
			return string(buf[:n]), nil
		}
	}
}

// waitReadable waits interruptibly (signal handlers run, Ctrl-C raises) for a
// blocking read of a pipe, terminal or socket to have something, as the EINTR of
// CPython's read lets it; regular files and non-blocking descriptors do not wait.
func waitReadable(t *py.Thread, fd int) *py.Exception {
	fl, e := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	if e != nil || fl&unix.O_NONBLOCK != 0 {
		return nil
	}
	var st unix.Stat_t
	if unix.Fstat(fd, &st) != nil || st.Mode&unix.S_IFMT == unix.S_IFREG || st.Mode&unix.S_IFMT == unix.S_IFDIR {
		return nil
	}
	return t.WaitReadable(fd)
}
