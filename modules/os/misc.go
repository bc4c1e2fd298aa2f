package os

import (
	gos "os"
	"runtime"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// The rest of posix: the system's description, randomness, the terminal,
// configuration values, error texts.

var terminalSizeType = py.NewStructSeqType(&py.StructSeqDef{
	Name:   "os.terminal_size",
	Doc:    "A tuple of (columns, lines) for holding terminal window size",
	Fields: []string{"columns", "lines"},
	Docs:   []string{"width of the terminal window in characters", "height of the terminal window in characters"},
})

var unameResultType = py.NewStructSeqType(&py.StructSeqDef{
	Name:   "posix.uname_result",
	Doc:    "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.",
	Fields: []string{"sysname", "nodename", "release", "version", "machine"},
	Docs:   []string{"operating system name", "name of machine on network (implementation-defined)", "operating system release", "operating system version", "hardware identifier"},
})

var timesResultType = py.NewStructSeqType(&py.StructSeqDef{
	Name:   "posix.times_result",
	Doc:    "times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, children_user,\nchildren_system, and elapsed.\n\nSee os.times for more information.",
	Fields: []string{"user", "system", "children_user", "children_system", "elapsed"},
	Docs:   []string{"user time", "system time", "user time of children", "system time of children", "elapsed time since an arbitrary point in the past"},
})

// strerror is the C library's text for an errno value.
func strerror(n int) string {
	if n == 0 {
		return "Success"
	}
	s := unix.Errno(n).Error()
	if s == "" || strings.HasPrefix(s, "errno ") {
		return "Unknown error " + strconv.Itoa(n)
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func cstr(b []byte) string {
	if i := strings.IndexByte(string(b), 0); i >= 0 {
		b = b[:i]
	}
	return string(b)
}

// onlineCPUs is the number of CPUs online (sysconf(_SC_NPROCESSORS_ONLN)).
func onlineCPUs() int {
	b, err := gos.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		return runtime.NumCPU()
	}
	n := 0
	for _, r := range strings.Split(strings.TrimSpace(string(b)), ",") {
		lo, hi, found := strings.Cut(r, "-")
		a, err1 := strconv.Atoi(lo)
		if !found {
			if err1 == nil {
				n++
			}
			continue
		}
		z, err2 := strconv.Atoi(hi)
		if err1 == nil && err2 == nil && z >= a {
			n += z - a + 1
		}
	}
	if n == 0 {
		return runtime.NumCPU()
	}
	return n
}

func urandom(t *py.Thread, n int64, flags int) (py.Value, *py.Exception) {
	buf := make([]byte, n)
	for got := 0; got < len(buf); {
		k, e := unix.Getrandom(buf[got:], flags)
		if e == unix.EINTR {
			continue
		}
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		got += k
		if flags != 0 {
			buf = buf[:got]
			break
		}
	}
	return py.NewBytes(buf), nil
}

// confName is a sysconf/pathconf/confstr name: an int, or a str of the table.
func confName(t *py.Thread, v py.Value, table []constant) (int, *py.Exception) {
	if s, ok := py.AsStr(v); ok {
		for _, c := range table {
			if c.name == s {
				return int(c.value), nil
			}
		}
		return 0, py.Errorf(py.ValueError(), "unrecognized configuration name")
	}
	if !isIntLike(t, v) {
		return 0, py.Errorf(py.TypeError(), "configuration names must be strings or integers")
	}
	return cInt(t, v)
}

// sysconf answers the values a Go program can know; others are -1, as sysconf
// answers for an indeterminate limit.
func sysconf(name int) (int64, error) {
	switch name {
	case 2: // SC_CLK_TCK
		return 100, nil
	case 30: // SC_PAGESIZE
		return int64(unix.Getpagesize()), nil
	case 83: // SC_NPROCESSORS_CONF
		return int64(onlineCPUs()), nil
	case 84: // SC_NPROCESSORS_ONLN
		return int64(onlineCPUs()), nil
	case 4: // SC_OPEN_MAX
		var r unix.Rlimit
		if e := unix.Getrlimit(unix.RLIMIT_NOFILE, &r); e != nil {
			return -1, nil
		}
		return int64(r.Cur), nil
	case 0: // SC_ARG_MAX
		var r unix.Rlimit
		if e := unix.Getrlimit(unix.RLIMIT_STACK, &r); e == nil && r.Cur != unix.RLIM_INFINITY && r.Cur/4 > 131072 {
			return int64(r.Cur / 4), nil
		}
		return 131072, nil
	case 1: // SC_CHILD_MAX
		var r unix.Rlimit
		if e := unix.Getrlimit(unix.RLIMIT_NPROC, &r); e != nil || r.Cur == unix.RLIM_INFINITY {
			return -1, nil
		}
		return int64(r.Cur), nil
	case 3: // SC_NGROUPS_MAX
		return 65536, nil
	case 85: // SC_PHYS_PAGES
		var si unix.Sysinfo_t
		if e := unix.Sysinfo(&si); e != nil {
			return -1, e
		}
		return int64(si.Totalram) * int64(si.Unit) / int64(unix.Getpagesize()), nil
	case 180: // SC_HOST_NAME_MAX
		return 64, nil
	case 71: // SC_LOGIN_NAME_MAX
		return 256, nil
	case 70: // SC_GETPW_R_SIZE_MAX
		return 1024, nil
	case 69: // SC_GETGR_R_SIZE_MAX
		return 1024, nil
	case 28: // SC_VERSION
		return 200809, nil
	case 60: // SC_IOV_MAX
		return 1024, nil
	case 72: // SC_TTY_NAME_MAX
		return 32, nil
	case 40: // SC_SEM_NSEMS_MAX ... rarely asked
		return -1, nil
	}
	if name < 0 || name > 300 {
		return -1, unix.EINVAL
	}
	return -1, nil
}

// pathconf answers from statfs as glibc does for the common names.
func pathconf(p path, name int) (int64, error) {
	var s unix.Statfs_t
	var e error
	if p.isFd {
		e = unix.Fstatfs(p.fd, &s)
	} else {
		e = unix.Statfs(p.s, &s)
	}
	if e != nil {
		return -1, e
	}
	switch name {
	case 0: // PC_LINK_MAX
		return 127, nil
	case 1, 2: // PC_MAX_CANON, PC_MAX_INPUT
		return 255, nil
	case 3: // PC_NAME_MAX
		return s.Namelen, nil
	case 4: // PC_PATH_MAX
		return 4096, nil
	case 5: // PC_PIPE_BUF
		return 4096, nil
	case 6: // PC_CHOWN_RESTRICTED
		return 1, nil
	case 7: // PC_NO_TRUNC
		return 1, nil
	case 8: // PC_VDISABLE
		return 0, nil
	case 17: // PC_FILESIZEBITS
		return 64, nil
	}
	if name < 0 || name > 20 {
		return -1, unix.EINVAL
	}
	return -1, nil
}

var miscFuncs = []*py.MethodDef{
	py.Func("strerror", "code, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		n, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.NewStr(strerror(n)), nil
	}),
	py.Func("umask", "mask, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		n, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(unix.Umask(n))), nil
	}),
	py.Func("urandom", "size, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		n, err := cSsize(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if n < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "negative argument not allowed")
		}
		return urandom(t, n, 0)
	}),
	py.Func("getrandom", "size, flags=0", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		n, err := cSsize(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		flags, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		if n < 0 {
			return py.Value{}, fderr(t, unix.EINVAL)
		}
		if flags == 0 {
			flags = -1 // read in full below
		}
		if flags == -1 {
			return urandom(t, n, 0)
		}
		return urandom(t, n, flags)
	}),
	py.FuncNoArgs("posix.cpu_count", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		return py.Int(int64(onlineCPUs())), nil
	}),
	py.FuncNoArgs("posix.uname", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		var u unix.Utsname
		if e := unix.Uname(&u); e != nil {
			return py.Value{}, fderr(t, e)
		}
		s := func(b []byte) py.Value { return py.FsStr(cstr(b)) }
		return py.NewStructSeq(unameResultType, s(u.Sysname[:]), s(u.Nodename[:]), s(u.Release[:]), s(u.Version[:]), s(u.Machine[:])), nil
	}),
	py.FuncNoArgs("posix.times", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		var tms unix.Tms
		r, e := unix.Times(&tms)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		f := func(n int64) py.Value { return py.Float(float64(n) / 100) }
		return py.NewStructSeq(timesResultType, f(tms.Utime), f(tms.Stime), f(tms.Cutime), f(tms.Cstime), f(int64(r))), nil
	}),
	py.FuncVar("get_terminal_size", 0, 1, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd := 1
		if len(a) == 1 {
			n, err := cInt(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			fd = n
		}
		ws, e := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.NewStructSeq(terminalSizeType, py.Int(int64(ws.Col)), py.Int(int64(ws.Row))), nil
	}),
	py.FuncNoArgs("posix.ctermid", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		return py.NewStr("/dev/tty"), nil
	}),
	py.FuncNoArgs("posix.getloadavg", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		b, err := gos.ReadFile("/proc/loadavg")
		f := strings.Fields(string(b))
		if err != nil || len(f) < 3 {
			return py.Value{}, py.Errorf(py.OSError(), "Load averages are unobtainable")
		}
		out := make([]py.Value, 3)
		for i := range out {
			x, _ := strconv.ParseFloat(f[i], 64)
			out[i] = py.Float(x)
		}
		return py.NewTuple(out...), nil
	}),
	py.Func("sysconf", "name, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		n, err := confName(t, a[0], sysconfNames[:])
		if err != nil {
			return py.Value{}, err
		}
		r, e := sysconf(n)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(r), nil
	}),
	py.Func("fpathconf", "fd, name, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "fpathconf", "fd", a[0], true, false)
		if err != nil {
			return py.Value{}, err
		}
		n, err := confName(t, a[1], pathconfNames[:])
		if err != nil {
			return py.Value{}, err
		}
		r, e := pathconf(p, n)
		if e != nil {
			return py.Value{}, oserr(t, e, p)
		}
		return py.Int(r), nil
	}),
	py.Func("pathconf", "path, name", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		p, err := pathOf(t, "pathconf", "path", a[0], true, false)
		if err != nil {
			return py.Value{}, err
		}
		n, err := confName(t, a[1], pathconfNames[:])
		if err != nil {
			return py.Value{}, err
		}
		r, e := pathconf(p, n)
		if e != nil {
			return py.Value{}, oserr(t, e, p)
		}
		return py.Int(r), nil
	}),
	py.Func("confstr", "name, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		n, err := confName(t, a[0], confstrNames[:])
		if err != nil {
			return py.Value{}, err
		}
		switch n {
		case 0: // CS_PATH
			return py.NewStr("/bin:/usr/bin"), nil
		}
		if n < 0 || n > 1200 {
			return py.Value{}, fderr(t, unix.EINVAL)
		}
		return py.None(), nil
	}),
	py.Func("fspath", "path", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		return fspath(t, a[0])
	}),
}
