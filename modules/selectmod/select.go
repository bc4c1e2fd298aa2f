// Package selectmod is the select module: select, poll and epoll objects over
// poll(2) and epoll(7). Every wait releases the interpreter lock and, in the main
// thread, ends for the signal handlers and Ctrl-C and resumes for the time left
// (py.Thread.Poll); an epoll object's wait polls its descriptor that way first.
package selectmod

import (
	"math"
	"runtime"
	"sync"
	"time"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// Def is the select module.
var Def = &py.ModuleDef{Name: "select", Doc: "This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors.", Methods: methods, Exec: exec}

var (
	typesOnce sync.Once
	pollType  *py.Type
	epollType *py.Type
)

func initTypes() {
	pollType = py.NewType(&py.TypeDef{
		Name:    "select.poll",
		Final:   true,
		Methods: pollMethods(),
	})
	epollType = py.NewType(&py.TypeDef{
		Name:    "select.epoll",
		Doc:     "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object\n\nsizehint must be a positive integer or -1 for the default size. The\nsizehint is used to optimize internal data structures. It doesn't limit\nthe maximum number of monitored events.",
		New:     epollNew,
		Methods: epollMethods(),
	})
}

var constants = []struct {
	name string
	n    int64
}{
	{"EPOLLERR", 8}, {"EPOLLET", 2147483648}, {"EPOLLEXCLUSIVE", 268435456}, {"EPOLLHUP", 16},
	{"EPOLLIN", 1}, {"EPOLLMSG", 1024}, {"EPOLLONESHOT", 1073741824}, {"EPOLLOUT", 4},
	{"EPOLLPRI", 2}, {"EPOLLRDBAND", 128}, {"EPOLLRDHUP", 8192}, {"EPOLLRDNORM", 64},
	{"EPOLLWRBAND", 512}, {"EPOLLWRNORM", 256}, {"EPOLL_CLOEXEC", 524288}, {"PIPE_BUF", 4096},
	{"POLLERR", 8}, {"POLLHUP", 16}, {"POLLIN", 1}, {"POLLMSG", 1024}, {"POLLNVAL", 32},
	{"POLLOUT", 4}, {"POLLPRI", 2}, {"POLLRDBAND", 128}, {"POLLRDHUP", 8192},
	{"POLLRDNORM", 64}, {"POLLWRBAND", 512}, {"POLLWRNORM", 256},
}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	typesOnce.Do(initTypes)
	for _, c := range constants {
		m.Set(c.name, py.Int(c.n))
	}
	m.Set("error", py.TypeValue(py.OSError()))
	m.Set("epoll", py.TypeValue(epollType))
	return nil
}

// fileno is CPython's PyObject_AsFileDescriptor: an int, or an object whose
// fileno() returns one, not negative.
func fileno(t *py.Thread, v py.Value) (int, *py.Exception) {
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

// timeoutOf converts a timeout (None: none, -1) given in units of unit (a second
// or a millisecond) to a duration, rounding up as _PyTime_ROUND_TIMEOUT; what is
// negative means no limit when noLimitBelowZero, else an error.
func timeoutOf(t *py.Thread, v py.Value, unit float64, typeMsg string) (time.Duration, bool, *py.Exception) {
	if v.IsNil() || v.IsNone() {
		return -1, true, nil
	}
	var ns float64
	if v.Type().IsSubtype(py.FloatType()) {
		f, err := py.AsFloat(t, v)
		if err != nil {
			return 0, false, err
		}
		if math.IsNaN(f) {
			return 0, false, py.Errorf(py.ValueError(), "Invalid value NaN (not a number)")
		}
		ns = f * unit
		if ns >= 0 {
			ns = math.Ceil(ns)
		} else {
			ns = math.Floor(ns)
		}
		if !(ns >= -9223372036854775808.0 && ns < 9223372036854775808.0) {
			return 0, false, py.Errorf(py.OverflowError(), "timestamp out of range for platform time_t")
		}
	} else {
		iv, err := py.Index(t, v)
		if err != nil {
			if err.Matches(py.TypeError()) {
				return 0, false, py.Errorf(py.TypeError(), "%s", typeMsg)
			}
			return 0, false, err
		}
		n, ok := py.AsInt64(iv)
		if !ok || math.Abs(float64(n)*unit) >= 9.2e18 {
			return 0, false, py.Errorf(py.OverflowError(), "timestamp too large to convert to C PyTime_t")
		}
		ns = float64(n) * unit
	}
	return time.Duration(ns), false, nil
}

// selected is one object of select's three lists and its descriptor.
type selected struct {
	obj py.Value
	fd  int
}

func seq(t *py.Thread, v py.Value) ([]selected, *py.Exception) {
	items, err := py.ToSlice(t, v)
	if err != nil {
		if err.Matches(py.TypeError()) {
			return nil, py.Errorf(py.TypeError(), "arguments 1-3 must be sequences")
		}
		return nil, err
	}
	out := make([]selected, len(items))
	for i, it := range items {
		fd, err := fileno(t, it)
		if err != nil {
			return nil, err
		}
		if fd >= 1024 {
			return nil, py.Errorf(py.ValueError(), "filedescriptor out of range in select()")
		}
		out[i] = selected{it, fd}
	}
	return out, nil
}

const (
	readSet   = unix.POLLIN | 0x40 | 0x80 | unix.POLLHUP | unix.POLLERR // with POLLRDNORM, POLLRDBAND
	writeSet  = unix.POLLOUT | 0x100 | 0x200 | unix.POLLERR             // with POLLWRNORM, POLLWRBAND
	exceptSet = unix.POLLPRI
)

var methods = []*py.MethodDef{
	py.Func("select", "rlist, wlist, xlist, timeout=None, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		timeout, _, err := timeoutOf(t, a[3], 1e9, "timeout must be a float or None")
		if err != nil {
			return py.Value{}, err
		}
		if a[3].IsNil() || a[3].IsNone() {
			timeout = -1
		} else if timeout < 0 {
			return py.Value{}, py.Errorf(py.ValueError(), "timeout must be non-negative")
		}
		var lists [3][]selected
		for i := range lists {
			if lists[i], err = seq(t, a[i]); err != nil {
				return py.Value{}, err
			}
		}
		// One pollfd per descriptor, with the union of the events asked for.
		index := map[int]int{}
		var fds []unix.PollFd
		want := [3]int16{unix.POLLIN, unix.POLLOUT, unix.POLLPRI}
		for i, l := range lists {
			for _, s := range l {
				j, ok := index[s.fd]
				if !ok {
					j = len(fds)
					index[s.fd] = j
					fds = append(fds, unix.PollFd{Fd: int32(s.fd)})
				}
				fds[j].Events |= want[i]
			}
		}
		if _, err := t.Poll(fds, timeout); err != nil {
			return py.Value{}, err
		}
		for _, f := range fds {
			if f.Revents&unix.POLLNVAL != 0 {
				return py.Value{}, py.NewOSError(t, unix.EBADF, py.Value{})
			}
		}
		masks := [3]int16{readSet, writeSet, exceptSet}
		var res [3]py.Value
		for i, l := range lists {
			var out []py.Value
			for _, s := range l {
				if fds[index[s.fd]].Revents&masks[i] != 0 {
					out = append(out, s.obj)
				}
			}
			res[i] = py.NewList(out).Value()
		}
		return py.NewTuple(res[0], res[1], res[2]), nil
	}),
	{Name: "poll", Doc: "Returns a polling object.\n\nThis object supports registering and unregistering file descriptors, and then\npolling them for I/O events.", Fn: py.FuncNoArgs("poll", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		typesOnce.Do(initTypes)
		p := &poller{events: map[int]int16{}}
		return py.NewObject(&p.Header, pollType), nil
	}).Fn},
}

// poller is a poll object: the registered descriptors in registration order.
type poller struct {
	py.Header
	order   []int
	events  map[int]int16
	polling bool
}

// eventMask converts an event mask argument (an unsigned short for poll, an
// unsigned int for epoll).
func eventMask(t *py.Thread, v py.Value, bits uint) (uint32, *py.Exception) {
	n, err := py.IndexInt(t, v, py.OverflowError())
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C unsigned short")
	}
	if n >= 1<<bits {
		if bits == 16 {
			return 0, py.Errorf(py.OverflowError(), "Python int too large for C unsigned short")
		}
		return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C unsigned int")
	}
	return uint32(n), nil
}

func pollMethods() []*py.MethodDef {
	of := func(v py.Value) *poller { return py.Object[poller](v) }
	return []*py.MethodDef{
		py.Func("register", "fd, eventmask=select.POLLIN | select.POLLPRI | select.POLLOUT, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			p := of(self)
			fd, err := fileno(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			ev := uint32(unix.POLLIN | unix.POLLPRI | unix.POLLOUT)
			if !a[1].IsNil() {
				if ev, err = eventMask(t, a[1], 16); err != nil {
					return py.Value{}, err
				}
			}
			if _, ok := p.events[fd]; !ok {
				p.order = append(p.order, fd)
			}
			p.events[fd] = int16(ev)
			return py.None(), nil
		}),
		py.Func("modify", "fd, eventmask, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			p := of(self)
			fd, err := fileno(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			ev, err := eventMask(t, a[1], 16)
			if err != nil {
				return py.Value{}, err
			}
			if _, ok := p.events[fd]; !ok {
				return py.Value{}, py.NewOSError(t, unix.ENOENT, py.Value{})
			}
			p.events[fd] = int16(ev)
			return py.None(), nil
		}),
		py.Func("unregister", "fd, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			p := of(self)
			fd, err := fileno(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			if _, ok := p.events[fd]; !ok {
				return py.Value{}, py.NewException(py.KeyError(), py.Int(int64(fd)))
			}
			delete(p.events, fd)
			for i, x := range p.order {
				if x == fd {
					p.order = append(p.order[:i:i], p.order[i+1:]...)
					break
				}
			}
			return py.None(), nil
		}),
		py.Func("poll", "timeout=None, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			p := of(self)
			timeout, _, err := timeoutOf(t, a[0], 1e6, "timeout must be an integer or None")
			if err != nil {
				return py.Value{}, err
			}
			if timeout < 0 {
				timeout = -1
			}
			if p.polling {
				return py.Value{}, py.Errorf(py.RuntimeError(), "concurrent poll() invocation")
			}
			fds := make([]unix.PollFd, len(p.order))
			for i, fd := range p.order {
				fds[i] = unix.PollFd{Fd: int32(fd), Events: p.events[fd]}
			}
			p.polling = true
			_, err = t.Poll(fds, timeout)
			p.polling = false
			if err != nil {
				return py.Value{}, err
			}
			var out []py.Value
			for _, f := range fds {
				if f.Revents != 0 {
					out = append(out, py.NewTuple(py.Int(int64(f.Fd)), py.Int(int64(uint16(f.Revents)))))
				}
			}
			return py.NewList(out).Value(), nil
		}),
	}
}

// epoller is an epoll object; fd is -1 once closed. The descriptor is closed
// when the object is collected, as CPython's dealloc closes it.
type epoller struct {
	py.Header
	*epfd
}

type epfd struct{ fd int }

func epollNew(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	sig := py.ParseSignature("epoll", "sizehint=-1, flags=0")
	a := make([]py.Value, 2)
	if err := sig.Bind(args, kwnames, a); err != nil {
		return py.Value{}, err
	}
	if !a[0].IsNil() {
		n, err := py.IndexInt(t, a[0], py.OverflowError())
		if err != nil {
			return py.Value{}, err
		}
		if n == 0 || n < -1 {
			return py.Value{}, py.Errorf(py.ValueError(), "negative sizehint")
		}
	}
	if !a[1].IsNil() {
		n, err := py.IndexInt(t, a[1], py.OverflowError())
		if err != nil {
			return py.Value{}, err
		}
		if n != 0 && n != unix.EPOLL_CLOEXEC {
			return py.Value{}, py.Errorf(py.OSError(), "invalid flags")
		}
	}
	fd, e := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if e != nil {
		return py.Value{}, py.NewOSError(t, e, py.Value{})
	}
	return newEpoll(t, typ, fd), nil
}

func newEpoll(t *py.Thread, typ *py.Type, fd int) py.Value {
	ep := &epoller{epfd: &epfd{fd}}
	runtime.AddCleanup(ep, func(b *epfd) {
		if b.fd >= 0 {
			unix.Close(b.fd)
		}
	}, ep.epfd)
	return py.NewObject(&ep.Header, typ)
}

func epollMethods() []*py.MethodDef {
	of := func(v py.Value) *epoller { return py.Object[epoller](v) }
	open := func(self py.Value) (*epoller, *py.Exception) {
		ep := of(self)
		if ep.fd < 0 {
			return nil, py.Errorf(py.ValueError(), "I/O operation on closed epoll object")
		}
		return ep, nil
	}
	ctl := func(t *py.Thread, self py.Value, op int, fdV, maskV py.Value, def uint32) (py.Value, *py.Exception) {
		ep, err := open(self)
		if err != nil {
			return py.Value{}, err
		}
		fd, err := fileno(t, fdV)
		if err != nil {
			return py.Value{}, err
		}
		ev := def
		if !maskV.IsNil() {
			if ev, err = eventMask(t, maskV, 32); err != nil {
				return py.Value{}, err
			}
		}
		var e error
		if op == unix.EPOLL_CTL_DEL {
			e = unix.EpollCtl(ep.fd, op, fd, &unix.EpollEvent{})
		} else {
			e = unix.EpollCtl(ep.fd, op, fd, &unix.EpollEvent{Events: ev, Fd: int32(fd)})
		}
		if e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return py.None(), nil
	}
	return []*py.MethodDef{
		py.FuncNoArgs("close", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			ep := of(self)
			if ep.fd >= 0 {
				fd := ep.fd
				ep.fd = -1
				if e := unix.Close(fd); e != nil {
					return py.Value{}, py.NewOSError(t, e, py.Value{})
				}
			}
			return py.None(), nil
		}),
		py.GetSetDef("closed", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Bool(of(self).fd < 0), nil
		}, nil),
		py.FuncNoArgs("fileno", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			ep, err := open(self)
			if err != nil {
				return py.Value{}, err
			}
			return py.Int(int64(ep.fd)), nil
		}),
		{Name: "fromfd", Class: true, Doc: "Create an epoll object from a given control fd.", Fn: py.Func("fromfd", "fd, /", func(t *py.Thread, cls py.Value, a []py.Value) (py.Value, *py.Exception) {
			fd, err := py.IndexInt(t, a[0], py.OverflowError())
			if err != nil {
				return py.Value{}, err
			}
			if fd < 0 || fd > math.MaxInt32 {
				return py.Value{}, py.Errorf(py.ValueError(), "invalid file descriptor")
			}
			return newEpoll(t, py.AsType(cls), int(fd)), nil
		}).Fn},
		py.Func("register", "fd, eventmask=select.EPOLLIN | select.EPOLLPRI | select.EPOLLOUT", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return ctl(t, self, unix.EPOLL_CTL_ADD, a[0], a[1], unix.EPOLLIN|unix.EPOLLPRI|unix.EPOLLOUT)
		}),
		py.Func("modify", "fd, eventmask", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return ctl(t, self, unix.EPOLL_CTL_MOD, a[0], a[1], 0)
		}),
		py.Func("unregister", "fd", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return ctl(t, self, unix.EPOLL_CTL_DEL, a[0], py.Value{}, 0)
		}),
		py.Func("poll", "timeout=None, maxevents=-1", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			ep, err := open(self)
			if err != nil {
				return py.Value{}, err
			}
			timeout, _, err := timeoutOf(t, a[0], 1e9, "timeout must be an integer or None")
			if err != nil {
				return py.Value{}, err
			}
			if timeout < 0 {
				timeout = -1
			}
			maxevents := int64(-1)
			if !a[1].IsNil() {
				if maxevents, err = py.IndexInt(t, a[1], py.OverflowError()); err != nil {
					return py.Value{}, err
				}
			}
			if maxevents == -1 {
				maxevents = 1023
			} else if maxevents < 1 || maxevents > math.MaxInt32 {
				return py.Value{}, py.Errorf(py.ValueError(), "maxevents must be greater than 0, got %d", maxevents)
			}
			// Wait for the epoll descriptor to be readable (interruptibly), then
			// collect without blocking; another thread may have taken the events
			// meanwhile, so wait again for the time left.
			deadline := time.Now().Add(timeout)
			events := make([]unix.EpollEvent, min(maxevents, 1024))
			for {
				left := timeout
				if timeout >= 0 {
					left = max(time.Until(deadline), 0)
				}
				if _, err := t.Poll([]unix.PollFd{{Fd: int32(ep.fd), Events: unix.POLLIN}}, left); err != nil {
					return py.Value{}, err
				}
				if ep.fd < 0 {
					return py.Value{}, py.NewOSError(t, unix.EBADF, py.Value{})
				}
				n, e := unix.EpollWait(ep.fd, events, 0)
				if e == unix.EINTR {
					continue
				}
				if e != nil {
					return py.Value{}, py.NewOSError(t, e, py.Value{})
				}
				if n > 0 || timeout >= 0 && left == 0 {
					out := make([]py.Value, n)
					for i, ev := range events[:n] {
						out[i] = py.NewTuple(py.Int(int64(ev.Fd)), py.Int(int64(ev.Events)))
					}
					return py.NewList(out).Value(), nil
				}
			}
		}),
		py.FuncNoArgs("__enter__", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			if _, err := open(self); err != nil {
				return py.Value{}, err
			}
			return self, nil
		}),
		py.Func("__exit__", "exc_type=None, exc_value=None, exc_tb=None, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			ep := of(self)
			if ep.fd >= 0 {
				unix.Close(ep.fd)
				ep.fd = -1
			}
			return py.None(), nil
		}),
	}
}
