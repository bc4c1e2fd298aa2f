package os

import (
	gos "os"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// The calls on file names: directories, links, permissions, renames.

// pathFunc is a function "path, *, dir_fd=None" (rmdir, unlink, remove, readlink).
func pathFunc(name string, f func(t *py.Thread, p path, dirfd int) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, "path, *, dir_fd=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, name, "path", a[0], false, false)
		if err != nil {
			return py.Value{}, err
		}
		dirfd, err := dirFdOf(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return f(t, p, dirfd)
	})
}

func pathErr(t *py.Thread, e error, p path) (py.Value, *py.Exception) {
	if e != nil {
		return py.Value{}, oserr(t, e, p)
	}
	return py.None(), nil
}

func unlink(t *py.Thread, p path, dirfd int) (py.Value, *py.Exception) {
	return pathErr(t, unix.Unlinkat(dirfd, p.s, 0), p)
}

// twoPaths converts the src and dst of rename, replace, link and symlink.
func twoPaths(t *py.Thread, name string, a, b py.Value) (path, path, *py.Exception) {
	src, err := pathOf(t, name, "src", a, false, false)
	if err != nil {
		return src, path{}, err
	}
	dst, err := pathOf(t, name, "dst", b, false, false)
	if err != nil {
		return src, dst, err
	}
	return src, dst, nil
}

func rename(name string) *py.MethodDef {
	return py.Func(name, "src, dst, *, src_dir_fd=None, dst_dir_fd=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		src, dst, err := twoPaths(t, name, a[0], a[1])
		if err != nil {
			return py.Value{}, err
		}
		sfd, err := dirFdOf(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		dfd, err := dirFdOf(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		if e := unix.Renameat(sfd, src.s, dfd, dst.s); e != nil {
			return py.Value{}, py.NewOSError2(t, e, src.obj, dst.obj)
		}
		return py.None(), nil
	})
}

var pathFuncs = []*py.MethodDef{
	pathFunc("unlink", unlink),
	pathFunc("remove", unlink),
	pathFunc("rmdir", func(t *py.Thread, p path, dirfd int) (py.Value, *py.Exception) {
		return pathErr(t, unix.Unlinkat(dirfd, p.s, unix.AT_REMOVEDIR), p)
	}),
	pathFunc("readlink", func(t *py.Thread, p path, dirfd int) (py.Value, *py.Exception) {
		s, e := readlinkat(dirfd, p.s)
		if e != nil {
			return py.Value{}, oserr(t, e, p)
		}
		return p.result(s), nil
	}),
	py.Func("mkdir", "path, mode=511, *, dir_fd=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "mkdir", "path", a[0], false, false)
		if err != nil {
			return py.Value{}, err
		}
		mode, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		dirfd, err := dirFdOf(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		return pathErr(t, unix.Mkdirat(dirfd, p.s, uint32(mode)), p)
	}),
	py.Func("mkfifo", "path, mode=438, *, dir_fd=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "mkfifo", "path", a[0], false, false)
		if err != nil {
			return py.Value{}, err
		}
		mode, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		dirfd, err := dirFdOf(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		return pathErr(t, unix.Mkfifoat(dirfd, p.s, uint32(mode)), p)
	}),
	py.Func("mknod", "path, mode=384, device=0, *, dir_fd=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "mknod", "path", a[0], false, false)
		if err != nil {
			return py.Value{}, err
		}
		mode, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		dev, err := devOf(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		dirfd, err := dirFdOf(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		return pathErr(t, unix.Mknodat(dirfd, p.s, uint32(mode), int(dev)), p)
	}),
	rename("rename"),
	rename("replace"),
	py.Func("link", "src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		src, dst, err := twoPaths(t, "link", a[0], a[1])
		if err != nil {
			return py.Value{}, err
		}
		sfd, err := dirFdOf(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		dfd, err := dirFdOf(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		follow, err := boolOf(t, a[4], true)
		if err != nil {
			return py.Value{}, err
		}
		flags := 0
		if follow {
			flags = unix.AT_SYMLINK_FOLLOW
		}
		if e := unix.Linkat(sfd, src.s, dfd, dst.s, flags); e != nil {
			return py.Value{}, py.NewOSError2(t, e, src.obj, dst.obj)
		}
		return py.None(), nil
	}),
	py.Func("symlink", "src, dst, target_is_directory=False, *, dir_fd=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		src, dst, err := twoPaths(t, "symlink", a[0], a[1])
		if err != nil {
			return py.Value{}, err
		}
		dfd, err := dirFdOf(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		if e := unix.Symlinkat(src.s, dfd, dst.s); e != nil {
			return py.Value{}, py.NewOSError2(t, e, src.obj, dst.obj)
		}
		return py.None(), nil
	}),
	py.Func("access", "path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "access", "path", a[0], false, false)
		if err != nil {
			return py.Value{}, err
		}
		mode, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		dirfd, err := dirFdOf(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		eff, err := boolOf(t, a[3], false)
		if err != nil {
			return py.Value{}, err
		}
		follow, err := boolOf(t, a[4], true)
		if err != nil {
			return py.Value{}, err
		}
		flags := 0
		if eff {
			flags |= unix.AT_EACCESS
		}
		if !follow {
			flags |= unix.AT_SYMLINK_NOFOLLOW
		}
		return py.Bool(unix.Faccessat2(dirfd, p.s, uint32(mode), flags) == nil), nil
	}),
	py.Func("chdir", "path", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "chdir", "path", a[0], true, false)
		if err != nil {
			return py.Value{}, err
		}
		if p.isFd {
			return pathErr(t, unix.Fchdir(p.fd), p)
		}
		return pathErr(t, unix.Chdir(p.s), p)
	}),
	py.Func("chroot", "path", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "chroot", "path", a[0], false, false)
		if err != nil {
			return py.Value{}, err
		}
		return pathErr(t, unix.Chroot(p.s), p)
	}),
	py.Func("chmod", "path, mode, *, dir_fd=None, follow_symlinks=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "chmod", "path", a[0], true, false)
		if err != nil {
			return py.Value{}, err
		}
		mode, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		dirfd, err := dirFdOf(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		follow, err := boolOf(t, a[3], true)
		if err != nil {
			return py.Value{}, err
		}
		if p.isFd {
			return pathErr(t, unix.Fchmod(p.fd, uint32(mode)), p)
		}
		if !follow {
			// Linux's fchmodat has no AT_SYMLINK_NOFOLLOW; glibc (which CPython
			// calls) emulates it: a link itself cannot be changed (EOPNOTSUPP,
			// which CPython reports as NotImplementedError), anything else is
			// changed as with following.
			var st unix.Stat_t
			if e := unix.Fstatat(dirfd, p.s, &st, unix.AT_SYMLINK_NOFOLLOW); e != nil {
				return pathErr(t, e, p)
			}
			if st.Mode&unix.S_IFMT == unix.S_IFLNK {
				return py.Value{}, py.Errorf(py.NotImplementedError(), "chmod: follow_symlinks unavailable on this platform")
			}
		}
		return pathErr(t, unix.Fchmodat(dirfd, p.s, uint32(mode), 0), p)
	}),
	py.Func("fchmod", "fd, mode", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		mode, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return errOr(t, unix.Fchmod(fd, uint32(mode)))
	}),
	py.Func("chown", "path, uid, gid, *, dir_fd=None, follow_symlinks=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "chown", "path", a[0], true, false)
		if err != nil {
			return py.Value{}, err
		}
		uid, err := idOf(t, a[1], "uid")
		if err != nil {
			return py.Value{}, err
		}
		gid, err := idOf(t, a[2], "gid")
		if err != nil {
			return py.Value{}, err
		}
		dirfd, err := dirFdOf(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		follow, err := boolOf(t, a[4], true)
		if err != nil {
			return py.Value{}, err
		}
		if p.isFd {
			return pathErr(t, unix.Fchown(p.fd, uid, gid), p)
		}
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		return pathErr(t, unix.Fchownat(dirfd, p.s, uid, gid, flags), p)
	}),
	py.Func("lchown", "path, uid, gid", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "lchown", "path", a[0], false, false)
		if err != nil {
			return py.Value{}, err
		}
		uid, err := idOf(t, a[1], "uid")
		if err != nil {
			return py.Value{}, err
		}
		gid, err := idOf(t, a[2], "gid")
		if err != nil {
			return py.Value{}, err
		}
		return pathErr(t, unix.Lchown(p.s, uid, gid), p)
	}),
	py.Func("fchown", "fd, uid, gid", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		uid, err := idOf(t, a[1], "uid")
		if err != nil {
			return py.Value{}, err
		}
		gid, err := idOf(t, a[2], "gid")
		if err != nil {
			return py.Value{}, err
		}
		return errOr(t, unix.Fchown(fd, uid, gid))
	}),
	py.Func("truncate", "path, length", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "truncate", "path", a[0], true, false)
		if err != nil {
			return py.Value{}, err
		}
		n, err := cLong(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		if p.isFd {
			return pathErr(t, unix.Ftruncate(p.fd, n), p)
		}
		return pathErr(t, unix.Truncate(p.s, n), p)
	}),
	py.FuncNoArgs("posix.getcwd", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		wd, e := getwd()
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.FsStr(wd), nil
	}),
	py.FuncNoArgs("posix.getcwdb", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		wd, e := getwd()
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.NewBytes([]byte(wd)), nil
	}),
	py.Func("listdir", "path=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "listdir", "path", a[0], true, true)
		if err != nil {
			return py.Value{}, err
		}
		names, e := listdir(p)
		if e != nil {
			return py.Value{}, oserr(t, e, p)
		}
		out := make([]py.Value, len(names))
		for i, n := range names {
			out[i] = p.result(n)
		}
		return py.NewList(out).Value(), nil
	}),
	py.FuncNoArgs("posix.sync", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		unix.Sync()
		return py.None(), nil
	}),
	py.Func("utime", "path, times=None, *, ns=<unrepresentable>, dir_fd=None, follow_symlinks=True", utime),
}

func getwd() (string, error) {
	buf := make([]byte, 4096)
	for {
		n, e := unix.Getcwd(buf)
		if e == unix.ERANGE {
			buf = make([]byte, 2*len(buf))
			continue
		}
		if e != nil {
			return "", e
		}
		if n > 0 && buf[n-1] == 0 {
			n--
		}
		return string(buf[:n]), nil
	}
}

// listdir lists a directory (or an open directory descriptor) in the order
// the system gives, without "." and "..".
func listdir(p path) ([]string, error) {
	var f *gos.File
	if p.isFd {
		fd, e := unix.FcntlInt(uintptr(p.fd), unix.F_DUPFD_CLOEXEC, 0)
		if e != nil {
			return nil, e
		}
		if _, e := unix.Seek(fd, 0, 0); e != nil {
			unix.Close(fd)
			return nil, e
		}
		f = gos.NewFile(uintptr(fd), "")
	} else {
		fd, e := unix.Open(p.s, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
		if e != nil {
			return nil, e
		}
		f = gos.NewFile(uintptr(fd), p.s)
	}
	defer f.Close()
	names, e := f.Readdirnames(-1)
	if e != nil {
		return nil, unwrap(e)
	}
	if p.isFd {
		unix.Seek(int(f.Fd()), 0, 0)
	}
	return names, nil
}

// unwrap finds the errno in an error of package os.
func unwrap(e error) error {
	for {
		u, ok := e.(interface{ Unwrap() error })
		if !ok {
			return e
		}
		if n := u.Unwrap(); n != nil {
			e = n
		} else {
			return e
		}
	}
}

func utime(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	p, err := pathOf(t, "utime", "path", a[0], true, false)
	if err != nil {
		return py.Value{}, err
	}
	times, ns := a[1], a[2]
	dirfd, err := dirFdOf(t, a[3])
	if err != nil {
		return py.Value{}, err
	}
	follow, err := boolOf(t, a[4], true)
	if err != nil {
		return py.Value{}, err
	}
	if !times.IsNone() && !ns.IsNil() {
		return py.Value{}, py.Errorf(py.ValueError(), "utime: you may specify either 'times' or 'ns' but not both")
	}
	var ts []unix.Timespec
	switch {
	case !times.IsNone():
		items, ok := pair(times)
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "utime: 'times' must be either a tuple of two ints or None")
		}
		ts = make([]unix.Timespec, 2)
		for i, v := range items {
			sec, nsec, err := timespecOf(t, v)
			if err != nil {
				return py.Value{}, err
			}
			ts[i] = unix.Timespec{Sec: sec, Nsec: nsec}
		}
	case !ns.IsNil():
		items, ok := pair(ns)
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "utime: 'ns' must be a tuple of two ints")
		}
		ts = make([]unix.Timespec, 2)
		for i, v := range items {
			if !v.Type().IsSubtype(py.IntType()) {
				return py.Value{}, py.Errorf(py.TypeError(), "'%s' object cannot be interpreted as an integer", typeName(v))
			}
			n, ok := py.AsBigInt(v)
			if !ok || !n.IsInt64() {
				return py.Value{}, py.Errorf(py.OverflowError(), "timestamp too large to convert to C _PyTime_t")
			}
			x := n.Int64()
			sec, nsec := x/1e9, x%1e9
			if nsec < 0 {
				sec, nsec = sec-1, nsec+1e9
			}
			ts[i] = unix.Timespec{Sec: sec, Nsec: nsec}
		}
	}
	var e error
	switch {
	case p.isFd:
		if ts == nil {
			e = unix.Futimes(p.fd, nil)
		} else {
			e = unix.UtimesNanoAt(p.fd, "", ts, unix.AT_EMPTY_PATH)
		}
	default:
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		if ts == nil {
			ts = []unix.Timespec{{Nsec: unix.UTIME_NOW}, {Nsec: unix.UTIME_NOW}}
		}
		e = unix.UtimesNanoAt(dirfd, p.s, ts, flags)
	}
	return pathErr(t, e, p)
}

func pair(v py.Value) ([]py.Value, bool) {
	if !v.Type().IsSubtype(py.TupleType()) {
		return nil, false
	}
	items := py.Object[py.Tuple](v).Items()
	return items, len(items) == 2
}

// timespecOf is _PyTime_ObjectToTimespec with rounding toward minus infinity.
func timespecOf(t *py.Thread, v py.Value) (int64, int64, *py.Exception) {
	if v.IsFloat() {
		f, _ := py.AsFloat(t, v)
		if f != f {
			return 0, 0, py.Errorf(py.ValueError(), "Invalid value NaN (not a number)")
		}
		sec := floor(f)
		nsec := int64(floor((f - sec) * 1e9))
		if nsec >= 1e9 {
			sec, nsec = sec+1, nsec-1e9
		}
		if sec >= 9.223372036854775807e18 || sec < -9.223372036854775808e18 {
			return 0, 0, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
		}
		return int64(sec), nsec, nil
	}
	n, err := cLong(t, v)
	if err != nil {
		if err.Matches(py.OverflowError()) {
			return 0, 0, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
		}
		return 0, 0, err
	}
	return n, 0, nil
}

func floor(f float64) float64 {
	i := float64(int64(f))
	if i > f {
		i--
	}
	return i
}

// devOf is a dev_t argument.
func devOf(t *py.Thread, v py.Value) (uint64, *py.Exception) {
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	b, _ := py.AsBigInt(iv)
	if b.Sign() < 0 || !b.IsUint64() {
		if b.Sign() < 0 {
			return 0, py.Errorf(py.OverflowError(), "can't convert negative int to unsigned")
		}
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C unsigned long")
	}
	return b.Uint64(), nil
}
