// Package signal is the _signal module: the Python handlers of the process's
// signals and the calls around them (alarm, itimers, the emulated signal mask,
// sigwait). The handlers run in the main thread between bytecodes (py/signal.go);
// the process's actions belong to the host's py.SignalPort (the command line's), so
// an embedding host that gives none keeps the process's signals out: handlers are
// then only recorded, and run for what Interp.Signal delivers.
// lib/signal.py wraps the module with its enums.
package signal

import (
	"math"
	"sync"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// Def is the _signal module.
var Def = &py.ModuleDef{Name: "_signal", Doc: "This module provides mechanisms to use signal handlers in Python.\n\nFunctions:\n\nalarm() -- cause SIGALRM after a specified time [Unix only]\nsetitimer() -- cause a signal (described below) after a specified\n               float time and the timer may restart then [Unix only]\ngetitimer() -- get current value of timer [Unix only]\nsignal() -- set the action for a given signal\ngetsignal() -- get the signal action for a given signal\npause() -- wait until a signal arrives [Unix only]\ndefault_int_handler() -- default SIGINT handler\n\nsignal constants:\nSIG_DFL -- used to refer to the system default handler\nSIG_IGN -- used to ignore the signal\nNSIG -- number of defined signals\nSIGINT, SIGTERM, etc. -- signal numbers\n\nitimer constants:\nITIMER_REAL -- decrements in real time, and delivers SIGALRM upon\n               expiration\nITIMER_VIRTUAL -- decrements only when the process is executing,\n               and delivers SIGVTALRM upon expiration\nITIMER_PROF -- decrements both when the process is executing and\n               when the system is executing on behalf of the process.\n               Coupled with ITIMER_VIRTUAL, this timer is usually\n               used to profile the time spent by the application\n               in user and kernel space. SIGPROF is delivered upon\n               expiration.\n\n\n*** IMPORTANT NOTICE ***\nA signal handler function is called with two arguments:\nthe first is the signal number, the second is the interrupted stack frame.", Methods: methods, Exec: exec}

const (
	sigDFL = 0
	sigIGN = 1
)

var (
	typesOnce   sync.Once
	itimerError *py.Type
	siginfoType *py.Type
)

func initTypes() {
	itimerError = py.NewExceptionType("signal.itimer_error", py.OSError(), "")
	siginfoType = py.NewStructSeqType(&py.StructSeqDef{
		Name:   "signal.struct_siginfo",
		Doc:    "struct_siginfo: Result from sigwaitinfo or sigtimedwait.\n\nThis object may be accessed either as a tuple of\n(si_signo, si_code, si_errno, si_pid, si_uid, si_status, si_band),\nor via the attributes si_signo, si_code, and so on.",
		Fields: []string{"si_signo", "si_code", "si_errno", "si_pid", "si_uid", "si_status", "si_band"},
	})
}

var constants = []struct {
	name string
	n    int
}{
	{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGILL", 4}, {"SIGTRAP", 5}, {"SIGABRT", 6},
	{"SIGIOT", 6}, {"SIGBUS", 7}, {"SIGFPE", 8}, {"SIGKILL", 9}, {"SIGUSR1", 10}, {"SIGSEGV", 11},
	{"SIGUSR2", 12}, {"SIGPIPE", 13}, {"SIGALRM", 14}, {"SIGTERM", 15}, {"SIGSTKFLT", 16},
	{"SIGCHLD", 17}, {"SIGCLD", 17}, {"SIGCONT", 18}, {"SIGSTOP", 19}, {"SIGTSTP", 20},
	{"SIGTTIN", 21}, {"SIGTTOU", 22}, {"SIGURG", 23}, {"SIGXCPU", 24}, {"SIGXFSZ", 25},
	{"SIGVTALRM", 26}, {"SIGPROF", 27}, {"SIGWINCH", 28}, {"SIGIO", 29}, {"SIGPOLL", 29},
	{"SIGPWR", 30}, {"SIGSYS", 31}, {"SIGRTMIN", 34}, {"SIGRTMAX", 64},
	{"NSIG", py.NSIG}, {"SIG_DFL", sigDFL}, {"SIG_IGN", sigIGN},
	{"SIG_BLOCK", 0}, {"SIG_UNBLOCK", 1}, {"SIG_SETMASK", 2},
	{"ITIMER_REAL", 0}, {"ITIMER_VIRTUAL", 1}, {"ITIMER_PROF", 2},
}

// names are glibc's strsignal texts (CPython returns None for the unknown ones).
var names = [...]string{"", "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap",
	"Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
	"Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated",
	"Stack fault", "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)",
	"Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
	"File size limit exceeded", "Virtual timer expired", "Profiling timer expired",
	"Window changed", "I/O possible", "Power failure", "Bad system call"}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	typesOnce.Do(initTypes)
	for _, c := range constants {
		m.Set(c.name, py.Int(int64(c.n)))
	}
	m.Set("ItimerError", py.TypeValue(itimerError))
	m.Set("struct_siginfo", py.TypeValue(siginfoType))
	in := t.Interp()
	dih, _ := m.Dict().GetStr("default_int_handler")
	m.SetState(dih)
	port := in.SignalPort()
	for sig := 1; sig < py.NSIG; sig++ {
		if !in.SignalHandler(sig).IsNil() {
			continue
		}
		a := py.SignalDefault
		if port != nil {
			a = port.Action(sig)
		} else if sig == int(unix.SIGINT) {
			a = py.SignalCatch
		}
		switch {
		case a == py.SignalIgnore:
			in.SetSignalHandler(sig, py.Int(sigIGN), false)
		case sig == int(unix.SIGINT) && a == py.SignalCatch:
			in.SetSignalHandler(sig, dih, true)
		default:
			in.SetSignalHandler(sig, py.Int(sigDFL), false)
		}
	}
	return nil
}

// signum converts a signal number argument, checking its range.
func signum(t *py.Thread, v py.Value) (int, *py.Exception) {
	n, err := cInt(t, v)
	if err != nil {
		return 0, err
	}
	if n < 1 || n >= py.NSIG {
		return 0, py.Errorf(py.ValueError(), "signal number out of range")
	}
	return n, nil
}

// cInt is a C int argument.
func cInt(t *py.Thread, v py.Value) (int, *py.Exception) {
	n, err := py.IndexInt(t, v, py.OverflowError())
	if err != nil {
		return 0, err
	}
	if n > math.MaxInt32 {
		return 0, py.Errorf(py.OverflowError(), "signed integer is greater than maximum")
	}
	if n < math.MinInt32 {
		return 0, py.Errorf(py.OverflowError(), "signed integer is less than minimum")
	}
	return int(n), nil
}

// handlerKind reports whether h is SIG_DFL (0) or SIG_IGN (1), as an int equal to
// them, or -1.
func handlerKind(t *py.Thread, h py.Value) (int, *py.Exception) {
	if !h.Type().IsSubtype(py.IntType()) {
		return -1, nil
	}
	for _, k := range []int{sigIGN, sigDFL} {
		eq, err := py.RichCompareBool(t, h, py.Int(int64(k)), py.EQ)
		if err != nil {
			return -1, err
		}
		if eq {
			return k, nil
		}
	}
	return -1, nil
}

// actionOf is the process's action that a handler asks for.
func actionOf(t *py.Thread, h py.Value) py.SignalAction {
	if k, _ := handlerKind(t, h); k == sigIGN {
		return py.SignalIgnore
	} else if k == sigDFL || h.IsNil() {
		return py.SignalDefault
	}
	return py.SignalCatch
}

func oserr(t *py.Thread, err error) *py.Exception { return py.NewOSError(t, err, py.Value{}) }

// sigset converts an iterable of signal numbers into a mask.
func sigset(t *py.Thread, v py.Value) (uint64, *py.Exception) {
	var mask uint64
	err := py.Iterate(t, v, func(x py.Value) *py.Exception {
		n, err := py.IndexInt(t, x, py.OverflowError())
		if err != nil {
			return err
		}
		if n < 1 || n >= py.NSIG {
			return py.Errorf(py.ValueError(), "signal number %d out of range [1; %d]", n, py.NSIG-1)
		}
		mask |= 1 << (n - 1)
		return nil
	})
	return mask, err
}

// maskSet is a mask as a set of ints.
func maskSet(t *py.Thread, mask uint64) (py.Value, *py.Exception) {
	var items []py.Value
	for sig := 1; sig < py.NSIG; sig++ {
		if mask&(1<<(sig-1)) != 0 {
			items = append(items, py.Int(int64(sig)))
		}
	}
	return py.Call(t, py.TypeValue(py.SetType()), py.NewList(items).Value())
}

// selfSignal sends sig to the process, then waits a moment for its arrival if the
// port catches it, and runs the handlers: in CPython the handler has run when
// raise_signal returns. Without a port the signal is only delivered to the
// interpreter, when it has a Python handler (the host's process is left alone).
func selfSignal(t *py.Thread, sig int) *py.Exception {
	in := t.Interp()
	port := in.SignalPort()
	if port == nil {
		if h := in.SignalHandler(sig); py.Callable(h) {
			in.Signal(sig)
		}
		return t.CheckInterrupt()
	}
	before := in.SignalsDelivered()
	if err := unix.Kill(unix.Getpid(), syscall.Signal(sig)); err != nil {
		return oserr(t, err)
	}
	return t.SentSelfSignal(before, sig)
}

// seconds converts a duration in seconds (a float or an int) to nanoseconds,
// rounding up, as CPython's _PyTime_FromSecondsObject.
func seconds(t *py.Thread, v py.Value) (int64, *py.Exception) {
	if v.Type().IsSubtype(py.FloatType()) {
		d, err := py.AsFloat(t, v)
		if err != nil {
			return 0, err
		}
		if math.IsNaN(d) {
			return 0, py.Errorf(py.ValueError(), "Invalid value NaN (not a number)")
		}
		d = math.Ceil(d * 1e9)
		if !(d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
			return 0, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
		}
		return int64(d), nil
	}
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	if !ok || n > math.MaxInt64/1_000_000_000 || n < math.MinInt64/1_000_000_000 {
		return 0, py.Errorf(py.OverflowError(), "timestamp too large to convert to C PyTime_t")
	}
	return n * 1e9, nil
}

func timeval(ns int64) unix.Timeval {
	us := (ns + 999) / 1000
	return unix.Timeval{Sec: us / 1e6, Usec: us % 1e6}
}

func tvFloat(tv unix.Timeval) float64 { return float64(tv.Sec) + float64(tv.Usec)/1e6 }

func itimerTuple(it unix.Itimerval) py.Value {
	return py.NewTuple(py.Float(tvFloat(it.Value)), py.Float(tvFloat(it.Interval)))
}

func itimerErr(t *py.Thread, err error) *py.Exception {
	e := py.NewOSError(t, err, py.Value{})
	args := e.Args()
	v, err2 := py.Call(t, py.TypeValue(itimerError), args...)
	if err2 != nil {
		return err2
	}
	return py.AsException(v)
}

var methods = []*py.MethodDef{
	py.Func("signal", "signalnum, handler, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
		in := t.Interp()
		if !t.IsMain() {
			return py.Value{}, py.Errorf(py.ValueError(), "signal only works in main thread of the main interpreter")
		}
		sig, err := signum(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		kind, err := handlerKind(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		if kind < 0 && !py.Callable(a[1]) {
			return py.Value{}, py.Errorf(py.TypeError(), "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
		}
		if sig == int(unix.SIGKILL) || sig == int(unix.SIGSTOP) || sig == 32 || sig == 33 {
			return py.Value{}, oserr(t, unix.EINVAL)
		}
		old := in.SignalHandler(sig)
		if port := in.SignalPort(); port != nil && in.BlockedSignals()&(1<<(sig-1)) == 0 {
			if e := port.SetAction(sig, actionOf(t, a[1])); e != nil {
				return py.Value{}, oserr(t, e)
			}
		}
		var dih py.Value
		if m := py.ModuleOf(self); m != nil {
			dih, _ = m.State().(py.Value)
		}
		in.SetSignalHandler(sig, a[1], a[1].Is(dih))
		if old.IsNil() {
			return py.None(), nil
		}
		return old, nil
	}),
	py.Func("getsignal", "signalnum, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		sig, err := signum(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if h := t.Interp().SignalHandler(sig); !h.IsNil() {
			return h, nil
		}
		return py.None(), nil
	}),
	{Name: "default_int_handler", Doc: "The default handler for SIGINT installed by Python.\n\nIt raises KeyboardInterrupt.", Sig: "signalnum, frame, /",
		Fn: py.Func("default_int_handler", "signalnum, frame, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
			if _, err := cInt(t, a[0]); err != nil {
				return py.Value{}, err
			}
			return py.Value{}, py.NewException(py.KeyboardInterrupt())
		}).Fn},
	py.Func("alarm", "seconds, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		n, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		old, e := unix.Setitimer(unix.ItimerReal, unix.Itimerval{Value: unix.Timeval{Sec: int64(uint32(n))}})
		if e != nil {
			return py.Value{}, oserr(t, e)
		}
		left := old.Value.Sec
		if old.Value.Usec >= 500000 || left == 0 && old.Value.Usec > 0 {
			left++
		}
		return py.Int(left), nil
	}),
	py.FuncNoArgs("pause", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		in := t.Interp()
		start := in.SignalsDelivered()
		for {
			intr := t.InterruptWait()
			if err := t.CheckInterrupt(); err != nil {
				return py.Value{}, err
			}
			if in.SignalsDelivered() != start {
				return py.None(), nil
			}
			t.Unlocked(func() { <-intr })
		}
	}),
	py.Func("setitimer", "which, seconds, interval=0.0, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		which, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		s, err := seconds(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		iv := int64(0)
		if !a[2].IsNil() {
			if iv, err = seconds(t, a[2]); err != nil {
				return py.Value{}, err
			}
		}
		old, e := unix.Setitimer(unix.ItimerWhich(which), unix.Itimerval{Value: timeval(s), Interval: timeval(iv)})
		if e != nil {
			return py.Value{}, itimerErr(t, e)
		}
		return itimerTuple(old), nil
	}),
	py.Func("getitimer", "which, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		which, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		cur, e := unix.Getitimer(unix.ItimerWhich(which))
		if e != nil {
			return py.Value{}, itimerErr(t, e)
		}
		return itimerTuple(cur), nil
	}),
	py.Func("pthread_kill", "thread_id, signalnum, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		if _, err := py.IndexInt(t, a[0], py.OverflowError()); err != nil {
			return py.Value{}, err
		}
		sig, err := cInt(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		if sig == 0 {
			return py.None(), nil
		}
		if sig < 0 || sig >= py.NSIG {
			return py.Value{}, oserr(t, unix.EINVAL)
		}
		// Goroutines are not OS threads: the signal goes to the process, whose
		// Python handlers run in the main thread anyway.
		if err := selfSignal(t, sig); err != nil {
			return py.Value{}, err
		}
		return py.None(), nil
	}),
	py.Func("pthread_sigmask", "how, mask, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		how, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		mask, err := sigset(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		in := t.Interp()
		old := in.BlockedSignals()
		var now uint64
		switch how {
		case 0:
			now = old | mask
		case 1:
			now = old &^ mask
		case 2:
			now = mask
		default:
			return py.Value{}, oserr(t, unix.EINVAL)
		}
		now &^= 1<<(unix.SIGKILL-1) | 1<<(unix.SIGSTOP-1)
		if err := setMask(t, now); err != nil {
			return py.Value{}, err
		}
		return maskSet(t, old)
	}),
	py.FuncNoArgs("sigpending", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		in := t.Interp()
		return maskSet(t, in.PendingSignals()&in.BlockedSignals())
	}),
	py.Func("sigwait", "sigset, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		sig, err := sigwait(t, a[0], -1)
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(sig)), nil
	}),
	py.Func("sigwaitinfo", "sigset, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		sig, err := sigwait(t, a[0], -1)
		if err != nil {
			return py.Value{}, err
		}
		return siginfo(sig), nil
	}),
	py.Func("sigtimedwait", "sigset, timeout, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		s, err := seconds(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		if s < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "timeout must be non-negative")
		}
		sig, err := sigwait(t, a[0], time.Duration(s))
		if err != nil {
			return py.Value{}, err
		}
		if sig == 0 {
			return py.None(), nil
		}
		return siginfo(sig), nil
	}),
	py.Func("set_wakeup_fd", "fd, /, *, warn_on_full_buffer=True", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if !t.IsMain() {
			return py.Value{}, py.Errorf(py.ValueError(), "set_wakeup_fd only works in main thread of the main interpreter")
		}
		if fd != -1 {
			var st unix.Stat_t
			if e := unix.Fstat(fd, &st); e != nil {
				return py.Value{}, oserr(t, e)
			}
			fl, e := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
			if e != nil {
				return py.Value{}, oserr(t, e)
			}
			if fl&unix.O_NONBLOCK == 0 {
				return py.Value{}, py.Errorf(py.ValueError(), "the fd %d must be in non-blocking mode", fd)
			}
		}
		return py.Int(int64(t.Interp().SetSignalWakeupFd(fd))), nil
	}),
	py.Func("raise_signal", "signalnum, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		sig, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if sig == 0 {
			return py.None(), nil
		}
		if sig < 0 || sig >= py.NSIG || sig == 32 || sig == 33 {
			return py.Value{}, oserr(t, unix.EINVAL)
		}
		if err := selfSignal(t, sig); err != nil {
			return py.Value{}, err
		}
		return py.None(), nil
	}),
	py.Func("strsignal", "signalnum, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		sig, err := signum(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		switch {
		case sig < len(names):
			return py.NewStr(names[sig]), nil
		case sig >= 34:
			return py.NewStr("Real-time signal " + itoa(sig-34)), nil
		}
		return py.None(), nil
	}),
	py.FuncNoArgs("valid_signals", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		return maskSet(t, validMask)
	}),
	py.Func("siginterrupt", "signalnum, flag, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		if _, err := signum(t, a[0]); err != nil {
			return py.Value{}, err
		}
		if _, err := cInt(t, a[1]); err != nil {
			return py.Value{}, err
		}
		// Kaa's waits are interrupted for the handlers and resumed either way.
		return py.None(), nil
	}),
	py.Func("pidfd_send_signal", "pidfd, sig, siginfo=None, flags=0, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		sig, err := signum(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		if !a[2].IsNil() && !a[2].IsNone() {
			return py.Value{}, py.Errorf(py.ValueError(), "siginfo must be None")
		}
		flags := 0
		if !a[3].IsNil() {
			if flags, err = cInt(t, a[3]); err != nil {
				return py.Value{}, err
			}
		}
		if e := unix.PidfdSendSignal(fd, syscall.Signal(sig), nil, flags); e != nil {
			return py.Value{}, oserr(t, e)
		}
		return py.None(), nil
	}),
}

// validMask is every signal but glibc's two reserved real-time ones (32 and 33).
const validMask = ^uint64(0) &^ (1<<31 | 1<<32)

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

func siginfo(sig int) py.Value {
	return py.NewStructSeq(siginfoType, py.Int(int64(sig)), py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(0), py.Int(0))
}

// setMask installs the emulated signal mask. A blocked signal must reach the
// interpreter to be held pending, so the port catches it whatever its handler;
// an unblocked one gets its handler's action back, and if it arrived meanwhile
// with SIG_DFL it is sent again, now to take its default action.
func setMask(t *py.Thread, now uint64) *py.Exception {
	in := t.Interp()
	port := in.SignalPort()
	old := in.BlockedSignals()
	if port != nil {
		for sig := 1; sig < py.NSIG; sig++ {
			bit := uint64(1) << (sig - 1)
			if now&bit != 0 && old&bit == 0 && validMask&bit != 0 {
				if e := port.SetAction(sig, py.SignalCatch); e != nil {
					return oserr(t, e)
				}
			}
		}
	}
	in.BlockSignals(now)
	if port == nil {
		return nil
	}
	for sig := 1; sig < py.NSIG; sig++ {
		bit := uint64(1) << (sig - 1)
		if now&bit != 0 || old&bit == 0 {
			continue
		}
		a := actionOf(t, in.SignalHandler(sig))
		if sig == int(unix.SIGINT) && a == py.SignalCatch {
			a = py.SignalCatch
		}
		if e := port.SetAction(sig, a); e != nil {
			return oserr(t, e)
		}
		if a != py.SignalCatch && in.TakeSignal(sig) && a == py.SignalDefault {
			unix.Kill(unix.Getpid(), syscall.Signal(sig))
		}
	}
	return t.CheckInterrupt()
}

// sigwait waits until one of the signals of set is pending, takes it and returns
// its number; 0 when timeout (>= 0) passes first.
func sigwait(t *py.Thread, setV py.Value, timeout time.Duration) (int, *py.Exception) {
	set, err := sigset(t, setV)
	if err != nil {
		return 0, err
	}
	in := t.Interp()
	take := func() int {
		for sig := 1; sig < py.NSIG; sig++ {
			if set&(1<<(sig-1)) != 0 && in.TakeSignal(sig) {
				return sig
			}
		}
		return 0
	}
	for {
		if sig := take(); sig != 0 {
			return sig, nil
		}
		ok, err := t.WaitFunc(timeout, func(tc <-chan time.Time, intr <-chan struct{}) bool {
			if in.PendingSignals()&set != 0 {
				return true
			}
			select {
			case <-tc:
			case <-intr:
			}
			return in.PendingSignals()&set != 0
		})
		if err != nil {
			return 0, err
		}
		if !ok {
			return take(), nil
		}
	}
}
