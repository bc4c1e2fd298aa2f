// Package posixsubprocess is the _posixsubprocess module: fork_exec, which starts
// lib/subprocess.py's children. Go's runtime cannot fork and then run Go code in
// the child, so the child is made by syscall.ForkExec, whose child only sets up
// the descriptor table, session, process group, credentials and directory before
// it calls exec: everything fork_exec asks for but preexec_fn (refused) and umask
// (set in the parent around the fork). An exec that fails is reported by
// ForkExec to the parent, so fork_exec raises the OSError CPython's subprocess
// builds from its error pipe (the child's errno as FileNotFoundError, …), with the
// directory as its filename when the failure was chdir's; subprocess adds the
// program's name otherwise (py.Exception's filename left unset).
package posixsubprocess

import (
	"os"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// Def is the _posixsubprocess module.
var Def = &py.ModuleDef{Name: "_posixsubprocess", Doc: "A POSIX helper for the subprocess module.", Methods: methods}

const forkExecSig = "args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid, pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork, /"

func fsList(t *py.Thread, v py.Value, what string) ([]string, *py.Exception) {
	if !v.Type().IsSubtype(py.ListType()) && !v.Type().IsSubtype(py.TupleType()) {
		return nil, py.Errorf(py.TypeError(), "%s must be a tuple", what)
	}
	items, err := py.ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	out := make([]string, len(items))
	for i, it := range items {
		s, err := py.FsPath(t, it)
		if err != nil {
			return nil, err
		}
		for j := 0; j < len(s); j++ {
			if s[j] == 0 {
				return nil, py.Errorf(py.ValueError(), "embedded null byte")
			}
		}
		out[i] = s
	}
	return out, nil
}

func intArg(t *py.Thread, v py.Value) (int, *py.Exception) {
	n, err := py.IndexInt(t, v, py.OverflowError())
	if err != nil {
		return 0, err
	}
	if n > 1<<31-1 || n < -1<<31 {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
	}
	return int(n), nil
}

// isOpen reports whether fd is an open descriptor of this process.
func isOpen(fd int) bool {
	_, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0)
	return err == nil
}

// inheritableFds lists the open descriptors from 3 up that lack close-on-exec:
// those an exec would leave open in the child.
func inheritableFds() []int {
	ents, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return nil
	}
	var out []int
	for _, e := range ents {
		fd, err := strconv.Atoi(e.Name())
		if err != nil || fd < 3 {
			continue
		}
		if fl, err := unix.FcntlInt(uintptr(fd), unix.F_GETFD, 0); err == nil && fl&unix.FD_CLOEXEC == 0 {
			out = append(out, fd)
		}
	}
	return out
}

var methods = []*py.MethodDef{
	{Name: "fork_exec", Doc: "Spawn a fresh new child process.\n\nFork a child process, close parent file descriptors as appropriate in the\nchild and duplicate the few that are needed before calling exec() in the\nchild process.\n\nIf close_fds is True, close file descriptors 3 and higher, except those listed\nin the sorted tuple pass_fds.\n\nThe preexec_fn, if supplied, will be called immediately before closing file\ndescriptors and exec.\n\nWARNING: preexec_fn is NOT SAFE if your application uses threads.\n         It may trigger infrequent, difficult to debug deadlocks.\n\nIf an error occurs in the child process before the exec, it is\nserialized and written to the errpipe_write fd per subprocess.py.\n\nReturns: the child process's PID.\n\nRaises: Only on an error in the parent process.",
		Sig: forkExecSig, Fn: py.Func("fork_exec", forkExecSig, forkExec).Fn},
}

func forkExec(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	var argv []string
	var err *py.Exception
	if !a[0].IsNone() {
		if argv, err = fsList(t, a[0], "argv"); err != nil {
			return py.Value{}, err
		}
	}
	exes, err := fsList(t, a[1], "executable_list")
	if err != nil {
		return py.Value{}, err
	}
	closeFds, err := py.IsTrue(t, a[2])
	if err != nil {
		return py.Value{}, err
	}
	if !a[3].Type().IsSubtype(py.TupleType()) {
		return py.Value{}, py.Errorf(py.TypeError(), "pass_fds must be a tuple")
	}
	passItems, err := py.ToSlice(t, a[3])
	if err != nil {
		return py.Value{}, err
	}
	pass := map[int]bool{}
	prev := -1
	for _, it := range passItems {
		if !py.IsInt(it) {
			return py.Value{}, py.Errorf(py.ValueError(), "bad value(s) in fds_to_keep")
		}
		n, ok := py.AsInt64(it)
		if !ok || n < 0 || n <= int64(prev) || n > 1<<31-1 {
			return py.Value{}, py.Errorf(py.ValueError(), "bad value(s) in fds_to_keep")
		}
		prev = int(n)
		pass[int(n)] = true
	}
	cwd := ""
	if !a[4].IsNone() {
		if cwd, err = py.FsPath(t, a[4]); err != nil {
			return py.Value{}, err
		}
	}
	var env []string
	if a[5].IsNone() {
		env = syscall.Environ()
	} else if env, err = fsList(t, a[5], "env"); err != nil {
		return py.Value{}, err
	}
	var fds [8]int // p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read, errpipe_write
	for i := range fds {
		if fds[i], err = intArg(t, a[6+i]); err != nil {
			return py.Value{}, err
		}
	}
	restore, err := py.IsTrue(t, a[14])
	if err != nil {
		return py.Value{}, err
	}
	setsid, err := py.IsTrue(t, a[15])
	if err != nil {
		return py.Value{}, err
	}
	pgid, err := intArg(t, a[16])
	if err != nil {
		return py.Value{}, err
	}
	attr := &syscall.SysProcAttr{Setsid: setsid}
	if pgid >= 0 {
		attr.Setpgid, attr.Pgid = true, pgid
	}
	var cred *syscall.Credential
	credential := func() *syscall.Credential {
		if cred == nil {
			cred = &syscall.Credential{Uid: uint32(os.Getuid()), Gid: uint32(os.Getgid()), NoSetGroups: true}
		}
		return cred
	}
	if !a[17].IsNone() {
		gid, err := py.IndexInt(t, a[17], py.OverflowError())
		if err != nil {
			return py.Value{}, err
		}
		credential().Gid = uint32(gid)
	}
	if !a[18].IsNone() {
		groups, err := py.ToSlice(t, a[18])
		if err != nil {
			return py.Value{}, err
		}
		c := credential()
		c.NoSetGroups = false
		c.Groups = []uint32{}
		for _, g := range groups {
			n, err := py.IndexInt(t, g, py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			c.Groups = append(c.Groups, uint32(n))
		}
	}
	if !a[19].IsNone() {
		uid, err := py.IndexInt(t, a[19], py.OverflowError())
		if err != nil {
			return py.Value{}, err
		}
		credential().Uid = uint32(uid)
	}
	attr.Credential = cred
	umask, err := intArg(t, a[20])
	if err != nil {
		return py.Value{}, err
	}
	if !a[21].IsNone() {
		return py.Value{}, py.Errorf(py.RuntimeError(), "preexec_fn is not supported: Kaa's children are started by Go's ForkExec, which cannot run Python code between fork and exec")
	}
	if _, err := py.IsTrue(t, a[22]); err != nil {
		return py.Value{}, err
	}
	if len(exes) == 0 {
		return py.Value{}, py.Errorf(py.ValueError(), "executable_list must not be empty")
	}

	// The child's descriptor table: standard streams from the pipes (or the
	// parent's own), then what close_fds and pass_fds leave.
	files := []uintptr{0, 1, 2}
	for i, fd := range []int{fds[0], fds[3], fds[5]} {
		switch {
		case fd >= 0:
			files[i] = uintptr(fd)
		case !isOpen(i):
			files[i] = ^uintptr(0)
		}
	}
	top := 3
	for fd := range pass {
		top = max(top, fd+1)
	}
	if closeFds {
		for _, fd := range inheritableFds() {
			top = max(top, fd+1)
		}
	}
	for fd := 3; fd < top; fd++ {
		switch {
		case pass[fd]:
			files = append(files, uintptr(fd))
		case closeFds || !isOpen(fd):
			files = append(files, ^uintptr(0))
		default:
			files = append(files, uintptr(fd)) // inherited as it is
		}
	}
	for _, fd := range []int{fds[1], fds[2], fds[4]} { // the parent's ends
		if fd >= 3 && fd < len(files) && !pass[fd] {
			files[fd] = ^uintptr(0)
		}
	}

	in := t.Interp()
	if port := in.SignalPort(); port != nil && restore {
		// SIGPIPE and SIGXFSZ must reach the child at their default action:
		// caught (not ignored) in the parent, exec resets them (sigport_unix.go).
		for _, sig := range []int{int(unix.SIGPIPE), int(unix.SIGXFSZ)} {
			if port.Action(sig) == py.SignalIgnore {
				port.SetAction(sig, py.SignalIgnore)
			}
		}
	}
	if cwd != "" {
		// ForkExec's error does not tell chdir's from exec's: check first.
		var st unix.Stat_t
		e := unix.Stat(cwd, &st)
		if e == nil && st.Mode&unix.S_IFMT != unix.S_IFDIR {
			e = unix.ENOTDIR
		}
		if e == nil {
			e = unix.Access(cwd, unix.X_OK)
		}
		if e != nil {
			return py.Value{}, py.NewOSError(t, e, py.NewStr(cwd))
		}
	}
	if umask >= 0 {
		old := syscall.Umask(umask)
		defer syscall.Umask(old)
	}
	// Each program path in turn, as the C child tries execve on each: the error
	// reported is the first that is not "no such file", else the last.
	var first error
	var last error
	for _, exe := range exes {
		var pid int
		var e error
		t.Unlocked(func() {
			pid, e = syscall.ForkExec(exe, argv, &syscall.ProcAttr{Dir: cwd, Env: env, Files: files, Sys: attr})
		})
		if e == nil {
			return py.Int(int64(pid)), nil
		}
		last = e
		if e != syscall.ENOENT && e != syscall.ENOTDIR && first == nil {
			first = e
		}
	}
	if first == nil {
		first = last
	}
	return py.Value{}, py.NewOSError(t, first, py.Value{})
}
