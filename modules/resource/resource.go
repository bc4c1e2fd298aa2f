// Package resource is the resource module: the process's resource limits
// (getrlimit, setrlimit, prlimit) and usage (getrusage), on Linux's system calls.
package resource

//go:generate sh -c "python3.13 gen.py > resource_gen.go"

import (
	"math"
	"os"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// Def is the resource module.
var Def = &py.ModuleDef{Name: "resource", Methods: methods, Exec: func(t *py.Thread, m *py.Module) *py.Exception {
	for _, c := range constants {
		m.Set(c.name, py.Int(c.value))
	}
	m.Set("error", py.TypeValue(py.OSError()))
	m.Set("struct_rusage", py.TypeValue(rusageType))
	return nil
}}

var rusageType = py.NewStructSeqType(&py.StructSeqDef{
	Name: "resource.struct_rusage",
	Doc:  "struct_rusage: Result from getrusage.\n\nThis object may be accessed either as a tuple of\n    (utime,stime,maxrss,ixrss,idrss,isrss,minflt,majflt,\n    nswap,inblock,oublock,msgsnd,msgrcv,nsignals,nvcsw,nivcsw)\nor via the attributes ru_utime, ru_stime, ru_maxrss, and so on.",
	Fields: []string{"ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt",
		"ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw"},
	Docs: []string{"user time used", "system time used", "max. resident set size", "shared memory size", "unshared data size",
		"unshared stack size", "page faults not requiring I/O", "page faults requiring I/O", "number of swap outs",
		"block input operations", "block output operations", "IPC messages sent", "IPC messages received",
		"signals received", "voluntary context switches", "involuntary context switches"},
})

// nlimits is RLIM_NLIMITS on Linux: resources are 0 up to it.
const nlimits = 16

var methods = []*py.MethodDef{
	py.FuncO("resource.getrlimit", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		res, err := resourceArg(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		var lim unix.Rlimit
		if e := unix.Getrlimit(res, &lim); e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return limitsValue(&lim), nil
	}),
	positional("setrlimit", "resource, limits, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		res, err := resourceArg(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		lim, err := limitsArg(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		switch e := unix.Setrlimit(res, lim); e {
		case nil:
			return py.None(), nil
		case unix.EINVAL:
			return py.Value{}, py.Errorf(py.ValueError(), "current limit exceeds maximum limit")
		case unix.EPERM:
			return py.Value{}, py.Errorf(py.ValueError(), "not allowed to raise maximum limit")
		default:
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
	}),
	positional("prlimit", "pid, resource, limits=None, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		pid, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		res, err := resourceArg(t, a[1])
		if err != nil {
			return py.Value{}, err
		}
		var newLim *unix.Rlimit
		if !a[2].IsNone() {
			if newLim, err = limitsArg(t, a[2]); err != nil {
				return py.Value{}, err
			}
		}
		var old unix.Rlimit
		switch e := unix.Prlimit(pid, res, newLim, &old); e {
		case nil:
			return limitsValue(&old), nil
		case unix.EINVAL:
			return py.Value{}, py.Errorf(py.ValueError(), "current limit exceeds maximum limit")
		default:
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
	}),
	py.FuncO("resource.getrusage", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		who, err := cInt(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		var ru unix.Rusage
		if e := unix.Getrusage(who, &ru); e != nil {
			if e == unix.EINVAL {
				return py.Value{}, py.Errorf(py.ValueError(), "invalid who parameter")
			}
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		secs := func(tv unix.Timeval) py.Value { return py.Float(float64(tv.Sec) + float64(tv.Usec)*1e-6) }
		n := func(v int64) py.Value { return py.Int(v) }
		return py.NewStructSeq(rusageType, secs(ru.Utime), secs(ru.Stime), n(ru.Maxrss), n(ru.Ixrss), n(ru.Idrss), n(ru.Isrss),
			n(ru.Minflt), n(ru.Majflt), n(ru.Nswap), n(ru.Inblock), n(ru.Oublock), n(ru.Msgsnd), n(ru.Msgrcv),
			n(ru.Nsignals), n(ru.Nvcsw), n(ru.Nivcsw)), nil
	}),
	py.FuncNoArgs("resource.getpagesize", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		return py.Int(int64(os.Getpagesize())), nil
	}),
}

// positional is py.Func for a function of positional-only parameters, with
// CPython's "resource.NAME() takes no keyword arguments" for keywords.
func positional(name, sig string, fn func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception)) *py.MethodDef {
	m := py.Func(name, sig, fn)
	inner := m.Fn
	m.Fn = func(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
		if kwnames != nil && len(kwnames.Items()) > 0 {
			return py.Value{}, py.Errorf(py.TypeError(), "resource.%s() takes no keyword arguments", name)
		}
		return inner(t, self, args, kwnames)
	}
	return m
}

// resourceArg is a resource number: a C int naming one of Linux's limits.
func resourceArg(t *py.Thread, v py.Value) (int, *py.Exception) {
	n, err := cInt(t, v)
	if err != nil {
		return 0, err
	}
	if n < 0 || n >= nlimits {
		return 0, py.Errorf(py.ValueError(), "invalid resource specified")
	}
	return n, nil
}

// limitsArg is a (soft, hard) pair: any iterable of two ints, each a C long long
// whose bits become the rlim_t (-1 is RLIM_INFINITY).
func limitsArg(t *py.Thread, v py.Value) (*unix.Rlimit, *py.Exception) {
	var items []py.Value
	if err := py.Iterate(t, v, func(x py.Value) *py.Exception {
		items = append(items, x)
		return nil
	}); err != nil {
		return nil, err
	}
	if len(items) != 2 {
		return nil, py.Errorf(py.ValueError(), "expected a tuple of 2 integers")
	}
	var lim [2]uint64
	for i, x := range items {
		iv, err := py.Index(t, x)
		if err != nil {
			return nil, err
		}
		n, ok := py.AsInt64(iv)
		if !ok {
			return nil, py.Errorf(py.OverflowError(), "Python int too large to convert to C long")
		}
		lim[i] = uint64(n)
	}
	return &unix.Rlimit{Cur: lim[0], Max: lim[1]}, nil
}

// limitsValue is the (soft, hard) tuple, RLIM_INFINITY as -1.
func limitsValue(lim *unix.Rlimit) py.Value {
	return py.NewTuple(py.Int(int64(lim.Cur)), py.Int(int64(lim.Max)))
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
