package os

import (
	gos "os"
	"syscall"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// Processes: identities, signals, waiting, exec, spawn.

var waitidResultType = py.NewStructSeqType(&py.StructSeqDef{
	Name:   "posix.waitid_result",
	Doc:    "waitid_result: Result from waitid.\n\nThis object may be accessed either as a tuple of\n  (si_pid, si_uid, si_signo, si_status, si_code),\nor via the attributes si_pid, si_uid, and so on.\n\nSee os.waitid for more information.",
	Fields: []string{"si_pid", "si_uid", "si_signo", "si_status", "si_code"},
})

var schedParamType = py.NewStructSeqType(&py.StructSeqDef{
	Name:   "posix.sched_param",
	Doc:    "sched_param(sched_priority): A scheduling parameter.\n\nCurrent has only one field: sched_priority",
	Fields: []string{"sched_priority"},
})

func intGetter(qual string, f func() int) *py.MethodDef {
	return py.FuncNoArgs(qual, func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) { return py.Int(int64(f())), nil })
}

// idSetter is setuid and its relatives: each argument a uid or gid.
func idSetter(name, sig, kind string, f func(ids []int) error) *py.MethodDef {
	return py.Func(name, sig, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		ids := make([]int, len(a))
		for i, v := range a {
			id, err := idOf(t, v, kind)
			if err != nil {
				return py.Value{}, err
			}
			ids[i] = id
		}
		return errOr(t, f(ids))
	})
}

// statusFunc is one of the W* macros on a wait status.
func statusFunc(name, sig string, f func(ws unix.WaitStatus) py.Value) *py.MethodDef {
	return py.Func(name, sig, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		st, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		return f(unix.WaitStatus(st)), nil
	})
}

func pidArgs(t *py.Thread, a []py.Value) ([]int, *py.Exception) {
	out := make([]int, len(a))
	for i, v := range a {
		n, err := cInt(t, v)
		if err != nil {
			return nil, err
		}
		out[i] = n
	}
	return out, nil
}

// intsFunc is a function of n int arguments.
func intsFunc(name, sig string, f func(t *py.Thread, n []int) (py.Value, *py.Exception)) *py.MethodDef {
	return py.Func(name, sig, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		n, err := pidArgs(t, a)
		if err != nil {
			return py.Value{}, err
		}
		return f(t, n)
	})
}

func waitResult(t *py.Thread, pid int, ws unix.WaitStatus, ru *unix.Rusage) py.Value {
	if ru == nil {
		return py.NewTuple(py.Int(int64(pid)), py.Int(int64(ws)))
	}
	return py.NewTuple(py.Int(int64(pid)), py.Int(int64(ws)), py.None())
}

var procFuncs = []*py.MethodDef{
	intGetter("posix.getpid", unix.Getpid),
	intGetter("posix.getppid", unix.Getppid),
	intGetter("posix.getuid", unix.Getuid),
	intGetter("posix.geteuid", unix.Geteuid),
	intGetter("posix.getgid", unix.Getgid),
	intGetter("posix.getegid", unix.Getegid),
	intGetter("posix.getpgrp", unix.Getpgrp),
	py.FuncNoArgs("posix.getgroups", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		gs, e := unix.Getgroups()
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		out := make([]py.Value, len(gs))
		for i, g := range gs {
			out[i] = py.Int(int64(g))
		}
		return py.NewList(out).Value(), nil
	}),
	py.FuncNoArgs("posix.getresuid", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		r, e, s := unix.Getresuid()
		return py.NewTuple(py.Int(int64(r)), py.Int(int64(e)), py.Int(int64(s))), nil
	}),
	py.FuncNoArgs("posix.getresgid", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		r, e, s := unix.Getresgid()
		return py.NewTuple(py.Int(int64(r)), py.Int(int64(e)), py.Int(int64(s))), nil
	}),
	py.FuncNoArgs("posix.getlogin", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		return py.Value{}, fderr(t, unix.ENXIO)
	}),
	intsFunc("getpgid", "pid", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		r, e := unix.Getpgid(n[0])
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(r)), nil
	}),
	intsFunc("getsid", "pid, /", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		r, e := unix.Getsid(n[0])
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(r)), nil
	}),
	intsFunc("setpgid", "pid, pgrp, /", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		return errOr(t, unix.Setpgid(n[0], n[1]))
	}),
	py.FuncNoArgs("posix.setpgrp", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		return errOr(t, unix.Setpgid(0, 0))
	}),
	py.FuncNoArgs("posix.setsid", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		_, e := unix.Setsid()
		return errOr(t, e)
	}),
	idSetter("setuid", "uid, /", "uid", func(ids []int) error { return unix.Setuid(ids[0]) }),
	idSetter("seteuid", "euid, /", "uid", func(ids []int) error { return unix.Setresuid(-1, ids[0], -1) }),
	idSetter("setreuid", "ruid, euid, /", "uid", func(ids []int) error { return unix.Setreuid(ids[0], ids[1]) }),
	idSetter("setresuid", "ruid, euid, suid, /", "uid", func(ids []int) error { return unix.Setresuid(ids[0], ids[1], ids[2]) }),
	idSetter("setgid", "gid, /", "gid", func(ids []int) error { return unix.Setgid(ids[0]) }),
	idSetter("setegid", "egid, /", "gid", func(ids []int) error { return unix.Setresgid(-1, ids[0], -1) }),
	idSetter("setregid", "rgid, egid, /", "gid", func(ids []int) error { return unix.Setregid(ids[0], ids[1]) }),
	idSetter("setresgid", "rgid, egid, sgid, /", "gid", func(ids []int) error { return unix.Setresgid(ids[0], ids[1], ids[2]) }),
	// Go's runtime cannot fork, so there is no os.fork to run the hooks around;
	// they are checked and dropped (random and threading register theirs).
	py.Func("register_at_fork", "*, before=<unrepresentable>, after_in_child=<unrepresentable>, after_in_parent=<unrepresentable>", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		given := false
		for i, name := range []string{"before", "after_in_child", "after_in_parent"} {
			if a[i].IsNil() {
				continue
			}
			given = true
			if !py.Callable(a[i]) {
				return py.Value{}, py.Errorf(py.TypeError(), "'%s' must be callable, not %s", name, a[i].Type().Name)
			}
		}
		if !given {
			return py.Value{}, py.Errorf(py.TypeError(), "At least one argument is required.")
		}
		return py.None(), nil
	}),
	intsFunc("kill", "pid, signal, /", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		before := t.Interp().SignalsDelivered()
		if e := unix.Kill(n[0], syscall.Signal(n[1])); e != nil {
			return errOr(t, e)
		}
		if n[0] == unix.Getpid() || n[0] == 0 || n[0] == -1 {
			// The process signalled itself: its handler has run on return.
			if err := t.SentSelfSignal(before, n[1]); err != nil {
				return py.Value{}, err
			}
		}
		return py.None(), nil
	}),
	intsFunc("killpg", "pgid, signal, /", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		return errOr(t, unix.Kill(-n[0], syscall.Signal(n[1])))
	}),
	intsFunc("waitpid", "pid, options, /", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		var ws unix.WaitStatus
		var pid int
		if err := awaitExit(t, n[0], n[1]); err != nil {
			return py.Value{}, err
		}
		if e := blocking(t, func() (e error) { pid, e = unix.Wait4(n[0], &ws, n[1], nil); return }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return waitResult(t, pid, ws, nil), nil
	}),
	py.FuncNoArgs("posix.wait", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		var ws unix.WaitStatus
		var pid int
		if e := blocking(t, func() (e error) { pid, e = unix.Wait4(-1, &ws, 0, nil); return }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		return waitResult(t, pid, ws, nil), nil
	}),
	intsFunc("waitid", "idtype, id, options, /", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		var info unix.Siginfo
		if e := blocking(t, func() error { return unix.Waitid(n[0], n[1], &info, n[2], nil) }); e != nil {
			return py.Value{}, fderr(t, e)
		}
		pid, uid, status := siginfoChild(&info)
		if pid == 0 {
			return py.None(), nil
		}
		return py.NewStructSeq(waitidResultType, py.Int(int64(pid)), py.Int(int64(uid)), py.Int(int64(info.Signo)), py.Int(int64(status)), py.Int(int64(info.Code))), nil
	}),
	statusFunc("WIFEXITED", "status", func(ws unix.WaitStatus) py.Value { return py.Bool(ws.Exited()) }),
	statusFunc("WEXITSTATUS", "status", func(ws unix.WaitStatus) py.Value { return py.Int(int64(ws>>8) & 0xff) }),
	statusFunc("WIFSIGNALED", "status", func(ws unix.WaitStatus) py.Value { return py.Bool(ws.Signaled()) }),
	statusFunc("WTERMSIG", "status", func(ws unix.WaitStatus) py.Value { return py.Int(int64(ws & 0x7f)) }),
	statusFunc("WIFSTOPPED", "status", func(ws unix.WaitStatus) py.Value { return py.Bool(ws.Stopped()) }),
	statusFunc("WSTOPSIG", "status", func(ws unix.WaitStatus) py.Value { return py.Int(int64(ws>>8) & 0xff) }),
	statusFunc("WIFCONTINUED", "status", func(ws unix.WaitStatus) py.Value { return py.Bool(ws.Continued()) }),
	statusFunc("WCOREDUMP", "status, /", func(ws unix.WaitStatus) py.Value { return py.Bool(ws.CoreDump()) }),
	py.Func("waitstatus_to_exitcode", "status", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		st, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		ws := unix.WaitStatus(st)
		switch {
		case ws.Exited():
			return py.Int(int64(ws.ExitStatus())), nil
		case ws.Signaled():
			return py.Int(-int64(ws & 0x7f)), nil
		case ws.Stopped():
			return py.Value{}, py.Errorf(py.ValueError(), "process stopped by delivery of signal %d", int(ws>>8)&0xff)
		}
		return py.Value{}, py.Errorf(py.ValueError(), "invalid wait status: %d", st)
	}),
	py.Func("_exit", "status", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		st, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		t.Interp().Flush()
		gos.Exit(st)
		return py.None(), nil
	}),
	py.FuncNoArgs("posix.abort", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		t.Interp().Flush()
		signalSelf(unix.SIGABRT)
		gos.Exit(134)
		return py.None(), nil
	}),
	intsFunc("nice", "increment, /", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		cur, e := unix.Getpriority(unix.PRIO_PROCESS, 0)
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		// The raw system call returns 20 - nice.
		now := 20 - cur + n[0]
		if e := unix.Setpriority(unix.PRIO_PROCESS, 0, now); e != nil {
			return py.Value{}, fderr(t, e)
		}
		cur, _ = unix.Getpriority(unix.PRIO_PROCESS, 0)
		return py.Int(int64(20 - cur)), nil
	}),
	intsFunc("getpriority", "which, who", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		r, e := unix.Getpriority(n[0], n[1])
		if e != nil {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(20 - r)), nil
	}),
	intsFunc("setpriority", "which, who, priority", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		return errOr(t, unix.Setpriority(n[0], n[1], n[2]))
	}),
	py.FuncNoArgs("posix.sched_yield", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		unix.Syscall(unix.SYS_SCHED_YIELD, 0, 0, 0)
		return py.None(), nil
	}),
	intsFunc("sched_getaffinity", "pid, /", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		var set unix.CPUSet
		if e := unix.SchedGetaffinity(n[0], &set); e != nil {
			return py.Value{}, fderr(t, e)
		}
		var cpus []py.Value
		for i := 0; i < 1024; i++ {
			if set.IsSet(i) {
				cpus = append(cpus, py.Int(int64(i)))
			}
		}
		return py.Call(t, py.TypeValue(py.SetType()), py.NewList(cpus).Value())
	}),
	intsFunc("sched_get_priority_max", "policy", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		r, _, e := unix.Syscall(unix.SYS_SCHED_GET_PRIORITY_MAX, uintptr(n[0]), 0, 0)
		if e != 0 {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(r)), nil
	}),
	intsFunc("sched_get_priority_min", "policy", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		r, _, e := unix.Syscall(unix.SYS_SCHED_GET_PRIORITY_MIN, uintptr(n[0]), 0, 0)
		if e != 0 {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(r)), nil
	}),
	intsFunc("sched_getscheduler", "pid, /", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		r, _, e := unix.Syscall(unix.SYS_SCHED_GETSCHEDULER, uintptr(n[0]), 0, 0)
		if e != 0 {
			return py.Value{}, fderr(t, e)
		}
		return py.Int(int64(r)), nil
	}),
	intsFunc("sched_getparam", "pid, /", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		var prio int32
		_, _, e := unix.Syscall(unix.SYS_SCHED_GETPARAM, uintptr(n[0]), uintptr(ptr(&prio)), 0)
		if e != 0 {
			return py.Value{}, fderr(t, e)
		}
		return py.NewStructSeq(schedParamType, py.Int(int64(prio))), nil
	}),
	intsFunc("sched_rr_get_interval", "pid, /", func(t *py.Thread, n []int) (py.Value, *py.Exception) {
		var ts unix.Timespec
		_, _, e := unix.Syscall(unix.SYS_SCHED_RR_GET_INTERVAL, uintptr(n[0]), uintptr(ptr(&ts)), 0)
		if e != 0 {
			return py.Value{}, fderr(t, e)
		}
		return py.Float(float64(ts.Sec) + float64(ts.Nsec)*1e-9), nil
	}),
}

func signalSelf(sig syscall.Signal) { unix.Kill(unix.Getpid(), sig) }

func ptr[T any](p *T) unsafe.Pointer { return unsafe.Pointer(p) }

// siginfoChild reads si_pid, si_uid and si_status from a SIGCHLD siginfo (the
// union after the three leading ints).
func siginfoChild(info *unix.Siginfo) (pid int32, uid uint32, status int32) {
	u := (*[3]int32)(unsafe.Add(unsafe.Pointer(info), 16))
	return u[0], uint32(u[1]), u[2]
}

// awaitExit waits, interruptibly, until the child pid has ended, when waitpid is
// to block for it: through a pidfd, readable once the child is a zombie, polled
// as select polls (signal handlers run meanwhile, and their exception ends the
// wait, as EINTR ends CPython's). Without pidfds (or for a stop, or any child)
// the wait4 that follows blocks as it is.
func awaitExit(t *py.Thread, pid, options int) *py.Exception {
	if pid <= 0 || options&(unix.WNOHANG|unix.WUNTRACED|unix.WCONTINUED) != 0 {
		return nil
	}
	fd, err := unix.PidfdOpen(pid, 0)
	if err != nil {
		return nil
	}
	defer unix.Close(fd)
	_, exc := t.Poll([]unix.PollFd{{Fd: int32(fd), Events: unix.POLLIN}}, -1)
	return exc
}
