package os

import (
	"bufio"
	gos "os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// The less used calls of posix: extended attributes, pseudo-terminals, event
// and timer descriptors, scheduling, namespaces, the vectored and zero-copy I/O.

// RusageType is resource.struct_rusage, which wait3 and wait4 return.
var RusageType = py.NewStructSeqType(&py.StructSeqDef{
	Name: "resource.struct_rusage",
	Doc:  "struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\nor via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
	Fields: []string{"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
		"ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"},
})

// Rusage makes a resource.struct_rusage.
func Rusage(ru *unix.Rusage) py.Value {
	tv := func(t unix.Timeval) py.Value { return py.Float(float64(t.Sec) + float64(t.Usec)*1e-6) }
	i := func(n int64) py.Value { return py.Int(n) }
	return py.NewStructSeq(RusageType, tv(ru.Utime), tv(ru.Stime), i(ru.Maxrss), i(ru.Ixrss), i(ru.Idrss), i(ru.Isrss),
		i(ru.Minflt), i(ru.Majflt), i(ru.Nswap), i(ru.Inblock), i(ru.Oublock), i(ru.Msgsnd), i(ru.Msgrcv), i(ru.Nsignals),
		i(ru.Nvcsw), i(ru.Nivcsw))
}

func wait4(t *py.Thread, pid, options int) (py.Value, *py.Exception) {
	var ws unix.WaitStatus
	var ru unix.Rusage
	var r int
	if e := blocking(t, func() (e error) { r, e = unix.Wait4(pid, &ws, options, &ru); return }); e != nil {
		return py.Value{}, fderr(t, e)
	}
	return py.NewTuple(py.Int(int64(r)), py.Int(int64(ws)), Rusage(&ru)), nil
}

// xattrArgs converts the path and attribute of the *xattr calls.
func xattrArgs(t *py.Thread, fn string, pv, av py.Value) (path, string, *py.Exception) {
	p, err := pathOf(t, fn, "path", pv, true, false)
	if err != nil {
		return p, "", err
	}
	a, err := pathOf(t, fn, "attribute", av, false, false)
	return p, a.s, err
}

func nonNegFd(t *py.Thread, v py.Value) (int, *py.Exception) {
	fd, err := cInt(t, v)
	if err == nil && fd < 0 {
		return 0, py.Errorf(py.ValueError(), "file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, err
}

func timerValue(ts unix.Timespec) float64 { return float64(ts.Sec) + float64(ts.Nsec)*1e-9 }

func timespecNs(ns int64) unix.Timespec { return unix.Timespec{Sec: ns / 1e9, Nsec: ns % 1e9} }

func timespecFloat(f float64) unix.Timespec {
	sec := floorF(f)
	return unix.Timespec{Sec: int64(sec), Nsec: int64((f - sec) * 1e9)}
}

func floorF(f float64) float64 {
	i := float64(int64(f))
	if i > f {
		i--
	}
	return i
}

// groupsOf reads the supplementary groups of user from /etc/group.
func groupsOf(user string, base int) []int {
	out := []int{base}
	f, err := gos.Open("/etc/group")
	if err != nil {
		return out
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.Split(sc.Text(), ":")
		if len(parts) < 4 {
			continue
		}
		gid, err := strconv.Atoi(parts[2])
		if err != nil || gid == base {
			continue
		}
		for _, m := range strings.Split(parts[3], ",") {
			if m == user {
				out = append(out, gid)
				break
			}
		}
	}
	return out
}

var extraFuncs = []*py.MethodDef{
	intsFunc("wait3", "options", func(t *py.Thread, n []int) (py.Value, *py.Exception) { return wait4(t, -1, n[0]) }),
	intsFunc("wait4", "pid, options", func(t *py.Thread, n []int) (py.Value, *py.Exception) { return wait4(t, n[0], n[1]) }),
	py.Func("getxattr", "path, attribute, *, follow_symlinks=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, attr, err := xattrArgs(t, "getxattr", a[0], a[1])
		if err != nil {
			return py.Value{}, err
		}
		follow, err := boolOf(t, a[2], true)
		if err != nil {
			return py.Value{}, err
		}
		for size := 128; ; size *= 4 {
			buf := make([]byte, size)
			var n int
			var e error
			switch {
			case p.isFd:
				n, e = unix.Fgetxattr(p.fd, attr, buf)
			case follow:
				n, e = unix.Getxattr(p.s, attr, buf)
			default:
				n, e = unix.Lgetxattr(p.s, attr, buf)
			}
			if e == unix.ERANGE && size < 1<<20 {
				continue
			}
			if e != nil {
				return py.Value{}, oserr(t, e, p)
			}
			return py.NewBytes(buf[:n]), nil
		}
	}),
	py.Func("setxattr", "path, attribute, value, flags=0, *, follow_symlinks=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, attr, err := xattrArgs(t, "setxattr", a[0], a[1])
		if err != nil {
			return py.Value{}, err
		}
		val, err := buffer(a[2])
		if err != nil {
			return py.Value{}, err
		}
		flags, err := cInt(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		follow, err := boolOf(t, a[4], true)
		if err != nil {
			return py.Value{}, err
		}
		var e error
		switch {
		case p.isFd:
			e = unix.Fsetxattr(p.fd, attr, val, flags)
		case follow:
			e = unix.Setxattr(p.s, attr, val, flags)
		default:
			e = unix.Lsetxattr(p.s, attr, val, flags)
		}
		return pathErr(t, e, p)
	}),
	py.Func("removexattr", "path, attribute, *, follow_symlinks=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, attr, err := xattrArgs(t, "removexattr", a[0], a[1])
		if err != nil {
			return py.Value{}, err
		}
		follow, err := boolOf(t, a[2], true)
		if err != nil {
			return py.Value{}, err
		}
		var e error
		switch {
		case p.isFd:
			e = unix.Fremovexattr(p.fd, attr)
		case follow:
			e = unix.Removexattr(p.s, attr)
		default:
			e = unix.Lremovexattr(p.s, attr)
		}
		return pathErr(t, e, p)
	}),
	py.Func("listxattr", "path=None, *, follow_symlinks=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "listxattr", "path", a[0], true, true)
		if err != nil {
			return py.Value{}, err
		}
		follow, err := boolOf(t, a[1], true)
		if err != nil {
			return py.Value{}, err
		}
		for size := 256; ; size *= 4 {
			buf := make([]byte, size)
			var n int
			var e error
			switch {
			case p.isFd:
				n, e = unix.Flistxattr(p.fd, buf)
			case follow:
				n, e = unix.Listxattr(p.s, buf)
			default:
				n, e = unix.Llistxattr(p.s, buf)
			}
			if e == unix.ERANGE && size < 1<<20 {
				continue
			}
			if e != nil {
				return py.Value{}, oserr(t, e, p)
			}
			var out []py.Value
			for _, name := range strings.Split(string(buf[:n]), "\x00") {
				if name != "" {
					out = append(out, py.FsStr(name))
				}
			}
			return py.NewList(out).Value(), nil
		}
	}),
	py.Func("memfd_create", "name, flags=1", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "memfd_create", "name", a[0], false, false)
		if err != nil {
			return py.Value{}, err
		}
		flags, err := cUint(t, a[1], "can't convert negative int to unsigned")
		if err != nil {
			return py.Value{}, err
		}
		fd, e := unix.MemfdCreate(p.s, int(flags))
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(fd)), nil
	}),
	py.Func("eventfd", "initval, flags=524288", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		iv, err := cUint(t, a[0], "can't convert negative int to unsigned")
		if err != nil {
			return py.Value{}, err
		}
		flags, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		fd, e := unix.Eventfd(uint(iv), flags)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(fd)), nil
	}),
	py.Func("eventfd_read", "fd", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		var buf [8]byte
		if e := retry(func() error { _, e := unix.Read(fd, buf[:]); return e }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		var v uint64
		for i := 7; i >= 0; i-- {
			v = v<<8 | uint64(buf[i])
		}
		return uintVal(v), nil
	}),
	py.Func("eventfd_write", "fd, value", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		v, err := devOf(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		var buf [8]byte
		for i := range buf {
			buf[i] = byte(v >> (8 * i))
		}
		return errOr(t, retry(func() error { _, e := unix.Write(fd, buf[:]); return e }))
	}),
	py.Func("pidfd_open", "pid, flags=0", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		pid, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		flags, err := cUint(t, a[1], "can't convert negative int to unsigned")
		if err != nil {
			return py.Value{}, err
		}
		fd, e := unix.PidfdOpen(pid, int(flags))
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(fd)), nil
	}),
	py.Func("posix_openpt", "oflag, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		flags, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		fd, e := unix.Open("/dev/ptmx", flags|unix.O_CLOEXEC, 0)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(fd)), nil
	}),
	fdFuncPos("grantpt", func(t *py.Thread, fd int) (py.Value, *py.Exception) {
		if _, e := unix.IoctlGetInt(fd, unix.TIOCGPTN); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.None(), nil
	}),
	fdFuncPos("unlockpt", func(t *py.Thread, fd int) (py.Value, *py.Exception) {
		return errOr(t, unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0))
	}),
	fdFuncPos("ptsname", func(t *py.Thread, fd int) (py.Value, *py.Exception) {
		n, e := unix.IoctlGetInt(fd, unix.TIOCGPTN)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.NewStr("/dev/pts/" + strconv.Itoa(n)), nil
	}),
	py.FuncNoArgs("posix.openpty", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		m, e := unix.Open("/dev/ptmx", unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		if e = unix.IoctlSetPointerInt(m, unix.TIOCSPTLCK, 0); e == nil {
			var n int
			if n, e = unix.IoctlGetInt(m, unix.TIOCGPTN); e == nil {
				var s int
				if s, e = unix.Open("/dev/pts/"+strconv.Itoa(n), unix.O_RDWR|unix.O_NOCTTY|unix.O_CLOEXEC, 0); e == nil {
					return py.NewTuple(py.Int(int64(m)), py.Int(int64(s))), nil
				}
			}
		}
		unix.Close(m)
		return py.Value{}, fderr(t, e)
	}),
	fdFuncPos("login_tty", func(t *py.Thread, fd int) (py.Value, *py.Exception) {
		if _, e := unix.Setsid(); e != nil {
			return py.Value{}, fderr(t, e)
		}
		if e := unix.IoctlSetInt(fd, unix.TIOCSCTTY, 0); e != nil {
			return py.Value{}, fderr(t, e)
		}
		for i := 0; i < 3; i++ {
			if e := unix.Dup2(fd, i); e != nil {
				return py.Value{}, fderr(t, e)
			}
		}
		if fd > 2 {
			unix.Close(fd)
		}
		return py.None(), nil
	}),
	fdFuncPos("tcgetpgrp", func(t *py.Thread, fd int) (py.Value, *py.Exception) {
		n, e := unix.IoctlGetInt(fd, unix.TIOCGPGRP)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(n)), nil
	}),
	intsFunc("tcsetpgrp", "fd, pgid, /", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		return errOr(t, unix.IoctlSetPointerInt(n[0], unix.TIOCSPGRP, n[1]))
	}),
	py.Func("getgrouplist", "user, group, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		user, ok := py.AsStr(a[0])
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "getgrouplist() argument 1 must be str, not %s", typeName(a[0]))
		}
		gid, err := idOf(t, a[1], "gid")
		if err != nil {
			return py.Value{}, err
		}
		gs := groupsOf(user, gid)
		out := make([]py.Value, len(gs))
		for i, g := range gs {
			out[i] = py.Int(int64(g))
		}
		return py.NewList(out).Value(), nil
	}),
	py.Func("initgroups", "username, gid, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		user, _, err := fsArg(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		gid, err := idOf(t, a[1], "gid")
		if err != nil {
			return py.Value{}, err
		}
		return errOr(t, unix.Setgroups(groupsOf(user, gid)))
	}),
	py.Func("setgroups", "groups, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		if !a[0].Type().IsSubtype(py.ListType()) && !a[0].Type().IsSubtype(py.TupleType()) {
			return py.Value{}, py.Errorf(py.TypeError(), "setgroups argument must be a sequence")
		}
		items, err := py.ToSlice(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		gs := make([]int, len(items))
		for i, it := range items {
			if !isIntLike(t, it) || it.IsFloat() {
				return py.Value{}, py.Errorf(py.TypeError(), "groups must be integers")
			}
			if gs[i], err = idOf(t, it, "gid"); err != nil {
				return py.Value{}, err
			}
		}
		return errOr(t, unix.Setgroups(gs))
	}),
	py.Func("sched_setaffinity", "pid, mask, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		pid, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		var set unix.CPUSet
		err = py.Iterate(t, a[1], func(v py.Value) *py.Exception {
			if !isIntLike(t, v) || v.IsFloat() {
				return py.Errorf(py.TypeError(), "expected an iterator of ints, but iterator yielded %s", typeName(v))
			}
			n, err := cLong(t, v)
			if err != nil {
				return err
			}
			if n < 0 {
				return py.Errorf(py.ValueError(), "negative CPU number")
			}
			if n >= 1024 {
				return fderr(t, unix.EINVAL)
			}
			set.Set(int(n))
			return nil
		})
		if err != nil {
			return py.Value{}, err
		}
		return errOr(t, unix.SchedSetaffinity(pid, &set))
	}),
	py.Func("sched_setparam", "pid, param, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		pid, prio, err := schedArgs(t, a[0], a[1])
		if err != nil {
			return py.Value{}, err
		}
		_, _, e := unix.Syscall(unix.SYS_SCHED_SETPARAM, uintptr(pid), uintptr(ptr(&prio)), 0)
		if e != 0 {
			return py.Value{}, fderr(t, e)
		}
		return py.None(), nil
	}),
	py.Func("sched_setscheduler", "pid, policy, param, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		pid, prio, err := schedArgs(t, a[0], a[2])
		if err != nil {
			return py.Value{}, err
		}
		policy, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		_, _, e := unix.Syscall(unix.SYS_SCHED_SETSCHEDULER, uintptr(pid), uintptr(policy), uintptr(ptr(&prio)))
		if e != 0 {
			return py.Value{}, fderr(t, e)
		}
		return py.None(), nil
	}),
	py.Func("setns", "fd, nstype=0", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "setns", "fd", a[0], true, false)
		if err != nil {
			return py.Value{}, err
		}
		if !p.isFd {
			return py.Value{}, py.Errorf(py.TypeError(), "argument must be an int, or have a fileno() method.")
		}
		ns, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		return errOr(t, unix.Setns(p.fd, ns))
	}),
	intsFunc("unshare", "flags", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		return errOr(t, unix.Unshare(n[0]))
	}),
	py.Func("copy_file_range", "src, dst, count, offset_src=None, offset_dst=None", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return spliceLike(t, a, true)
	}),
	py.Func("splice", "src, dst, count, offset_src=None, offset_dst=None, flags=0", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return spliceLike(t, a, false)
	}),
	py.Func("preadv", "fd, buffers, offset, flags=0, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		bufs, err := buffers(t, a[1], "preadv2() arg 2 must be a sequence")
		if err != nil {
			return py.Value{}, err
		}
		off, err := cLong(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		flags, err := cInt(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		var n int
		if e := retry(func() (e error) { n, e = unix.Preadv2(fd, bufs, off, flags); return }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(n)), nil
	}),
	py.Func("pwritev", "fd, buffers, offset, flags=0, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		bufs, err := buffers(t, a[1], "pwritev() arg 2 must be a sequence")
		if err != nil {
			return py.Value{}, err
		}
		off, err := cLong(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		flags, err := cInt(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		var n int
		if e := retry(func() (e error) { n, e = unix.Pwritev2(fd, bufs, off, flags); return }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(n)), nil
	}),
	py.Func("timerfd_create", "clockid, /, *, flags=0", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		clock, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		flags, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		fd, e := unix.TimerfdCreate(clock, flags)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(fd)), nil
	}),
	py.Func("timerfd_gettime", "fd, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := nonNegFd(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		var v unix.ItimerSpec
		if e := unix.TimerfdGettime(fd, &v); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.NewTuple(py.Float(timerValue(v.Value)), py.Float(timerValue(v.Interval))), nil
	}),
	py.Func("timerfd_gettime_ns", "fd, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := nonNegFd(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		var v unix.ItimerSpec
		if e := unix.TimerfdGettime(fd, &v); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.NewTuple(nsVal(v.Value), nsVal(v.Interval)), nil
	}),
	py.Func("timerfd_settime", "fd, /, *, flags=0, initial=0.0, interval=0.0", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := nonNegFd(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		flags, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		init, err := py.AsFloat(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		iv, err := py.AsFloat(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		if init < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "initial value must be a non-negative number")
		}
		if iv < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "interval must be a non-negative number")
		}
		nv := unix.ItimerSpec{Value: timespecFloat(init), Interval: timespecFloat(iv)}
		var old unix.ItimerSpec
		if e := unix.TimerfdSettime(fd, flags, &nv, &old); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.NewTuple(py.Float(timerValue(old.Value)), py.Float(timerValue(old.Interval))), nil
	}),
	py.Func("timerfd_settime_ns", "fd, /, *, flags=0, initial=0, interval=0", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := nonNegFd(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		flags, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		init, err := cLong(t, a[2])
		if err != nil {
			return py.Value{}, err
		}
		iv, err := cLong(t, a[3])
		if err != nil {
			return py.Value{}, err
		}
		if init < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "initial value must be a non-negative number")
		}
		if iv < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "interval must be a non-negative number")
		}
		nv := unix.ItimerSpec{Value: timespecNs(init), Interval: timespecNs(iv)}
		var old unix.ItimerSpec
		if e := unix.TimerfdSettime(fd, flags, &nv, &old); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.NewTuple(nsVal(old.Value), nsVal(old.Interval)), nil
	}),
}

// schedArgs converts a pid and a sched_param.
func schedArgs(t *py.Thread, pidV, param py.Value) (int, int32, *py.Exception) {
	pid, err := cInt(t, pidV)
	if err != nil {
		return 0, 0, err
	}
	if !param.Type().IsSubtype(schedParamType) {
		return 0, 0, py.Errorf(py.TypeError(), "must have a sched_param object")
	}
	items := py.Object[py.Tuple](param).Items()
	prio, err := cInt(t, items[0])
	return pid, int32(prio), err
}

func spliceLike(t *py.Thread, a []py.Value, copyRange bool) (py.Value, *py.Exception) {
	src, err := cInt(t, a[0])
	if err != nil {
		return py.Value{}, err
	}
	dst, err := cInt(t, a[1])
	if err != nil {
		return py.Value{}, err
	}
	count, err := cSsize(t, a[2])
	if err != nil {
		return py.Value{}, err
	}
	if count < 0 {
		return py.Value{}, py.Errorf(py.ValueError(), "negative value not allowed")
	}
	var offs [2]*int64
	for i := range offs {
		if v := a[3+i]; !v.IsNone() {
			n, err := cLong(t, v)
			if err != nil {
				return py.Value{}, err
			}
			offs[i] = &n
		}
	}
	var n int
	var e error
	if copyRange {
		e = retry(func() (e error) { n, e = unix.CopyFileRange(src, offs[0], dst, offs[1], int(count), 0); return })
	} else {
		flags, err := cInt(t, a[5])
		if err != nil {
			return py.Value{}, err
		}
		e = retry(func() (e error) {
			var m int64
			m, e = unix.Splice(src, offs[0], dst, offs[1], int(count), flags)
			n = int(m)
			return
		})
	}
	if e != nil {
		return py.Value{}, fderr(t, e)
	}
	return py.Int(int64(n)), nil
}
