// Package socket is the _socket module: BSD sockets on Linux file descriptors
// through golang.org/x/sys/unix, with CPython's timeout model. A socket without
// a timeout (None) is a blocking descriptor, one with a timeout (0 included) a
// non-blocking one; either way every wait is a poll(2) through py.Thread.Poll,
// so that it releases the interpreter lock and, in the main thread, ends for
// the signal handlers and Ctrl-C. Name resolution (resolve.go) is Go's
// resolver, shaped as glibc's getaddrinfo answers.
package socket

//go:generate sh -c "python3.13 gen.py > socket_gen.go"

import (
	"math"
	"runtime"
	"strconv"
	"sync"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// Def is the _socket module.
var Def = &py.ModuleDef{Name: "_socket", Doc: doc, Methods: methods, Exec: exec}

var (
	typesOnce  sync.Once
	socketType *py.Type
	gaierror   *py.Type
	herror     *py.Type
)

// defaultTimeout is setdefaulttimeout's value (< 0: None), shared by every
// interpreter as CPython's is by the process.
var (
	defaultMu      sync.Mutex
	defaultTimeout time.Duration = -1
)

func initTypes() {
	gaierror = py.NewExceptionType("socket.gaierror", py.OSError(), "")
	herror = py.NewExceptionType("socket.herror", py.OSError(), "")
	socketType = py.NewType(&py.TypeDef{
		Name:    "_socket.socket",
		Doc:     "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\nOpen a socket of the given type.",
		New:     socketNew,
		Init:    socketInit,
		Repr:    socketRepr,
		Methods: socketMethods(),
	})
}

func exec(t *py.Thread, m *py.Module) *py.Exception {
	typesOnce.Do(initTypes)
	for _, c := range constants {
		m.Set(c.name, py.Int(c.value))
	}
	m.Set("has_ipv6", py.Bool(true))
	m.Set("error", py.TypeValue(py.OSError()))
	m.Set("timeout", py.TypeValue(py.TimeoutError()))
	m.Set("gaierror", py.TypeValue(gaierror))
	m.Set("herror", py.TypeValue(herror))
	m.Set("socket", py.TypeValue(socketType))
	m.Set("SocketType", py.TypeValue(socketType))
	m.Set("CAPI", py.None())
	return nil
}

// sock is a _socket.socket; its descriptor is closed when it is collected.
type sock struct {
	py.Header
	*state
}

type state struct {
	fd                 int // -1 when closed or detached
	family, typ, proto int
	timeout            time.Duration // < 0: None (blocking)
}

func socketNew(t *py.Thread, typ *py.Type, args []py.Value, kwnames *py.Tuple) (py.Value, *py.Exception) {
	typesOnce.Do(initTypes)
	s := &sock{state: &state{fd: -1, timeout: -1}}
	runtime.AddCleanup(s, func(st *state) {
		if st.fd >= 0 {
			unix.Close(st.fd)
		}
	}, s.state)
	return py.NewObject(&s.Header, typ), nil
}

func of(v py.Value) *sock { return py.Object[sock](v) }

func getDefaultTimeout() time.Duration {
	defaultMu.Lock()
	defer defaultMu.Unlock()
	return defaultTimeout
}

var initSig = py.ParseSignature("socket", "family=-1, type=-1, proto=-1, fileno=None")

func socketInit(t *py.Thread, self py.Value, args []py.Value, kwnames *py.Tuple) *py.Exception {
	a := make([]py.Value, 4)
	if err := initSig.Bind(args, kwnames, a); err != nil {
		return err
	}
	s := of(self)
	family, typ, proto := -1, -1, -1
	for i, p := range []*int{&family, &typ, &proto} {
		if !a[i].IsNil() {
			n, err := cInt(t, a[i])
			if err != nil {
				return err
			}
			*p = n
		}
	}
	if !a[3].IsNil() && !a[3].IsNone() {
		if f, ok := a[3].Type(), true; ok && f.IsSubtype(py.FloatType()) {
			return py.Errorf(py.TypeError(), "'float' object cannot be interpreted as an integer")
		}
		n, err := py.IndexInt(t, a[3], py.OverflowError())
		if err != nil {
			return err
		}
		if n < 0 {
			return py.Errorf(py.ValueError(), "negative file descriptor")
		}
		if n > math.MaxInt32 {
			return py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
		}
		fd := int(n)
		if family == -1 {
			v, e := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_DOMAIN)
			if e != nil {
				return py.NewOSError(t, e, py.Value{})
			}
			family = v
		}
		if typ == -1 {
			v, e := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
			if e != nil {
				return py.NewOSError(t, e, py.Value{})
			}
			typ = v
		}
		if proto == -1 {
			v, e := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_PROTOCOL)
			if e != nil {
				return py.NewOSError(t, e, py.Value{})
			}
			proto = v
		}
		s.fd = fd
	} else {
		if family == -1 {
			family = unix.AF_INET
		}
		if typ == -1 {
			typ = unix.SOCK_STREAM
		}
		if proto == -1 {
			proto = 0
		}
		fd, e := unix.Socket(family, typ|unix.SOCK_CLOEXEC, proto)
		if e != nil {
			return py.NewOSError(t, e, py.Value{})
		}
		s.fd = fd
	}
	s.family, s.typ, s.proto = family, typ&^(unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC), proto
	s.timeout = getDefaultTimeout()
	if typ&unix.SOCK_NONBLOCK != 0 {
		s.timeout = 0
	}
	if s.timeout >= 0 {
		if err := setBlocking(t, s.fd, false); err != nil {
			return err
		}
	}
	return nil
}

func setBlocking(t *py.Thread, fd int, block bool) *py.Exception {
	if e := unix.SetNonblock(fd, !block); e != nil {
		return py.NewOSError(t, e, py.Value{})
	}
	return nil
}

func socketRepr(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
	s := of(self)
	return py.NewStr("<socket object, fd=" + itoa(s.fd) + ", family=" + itoa(s.family) + ", type=" + itoa(s.typ) + ", proto=" + itoa(s.proto) + ">"), nil
}

func itoa(n int) string { return strconv.Itoa(n) }

// cInt is the "i" converter.
func cInt(t *py.Thread, v py.Value) (int, *py.Exception) {
	if v.Type().IsSubtype(py.FloatType()) {
		return 0, py.Errorf(py.TypeError(), "'float' object cannot be interpreted as an integer")
	}
	n, err := py.IndexInt(t, v, py.OverflowError())
	if err != nil {
		if err.Matches(py.OverflowError()) {
			return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C int")
		}
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

var errTimeout = func() *py.Exception { return py.Errorf(py.TimeoutError(), "timed out") }

// wait polls s's descriptor for events for at most the time left before
// deadline (zero: no limit); it reports false at the timeout.
func (s *sock) wait(t *py.Thread, events int16, deadline time.Time) (bool, *py.Exception) {
	if s.fd < 0 {
		return false, py.NewOSError(t, unix.EBADF, py.Value{})
	}
	left := time.Duration(-1)
	if !deadline.IsZero() {
		left = max(time.Until(deadline), 0)
	}
	n, err := t.Poll([]unix.PollFd{{Fd: int32(s.fd), Events: events}}, left)
	if err != nil {
		return false, err
	}
	return n > 0, nil
}

func (s *sock) deadline() time.Time {
	if s.timeout > 0 {
		return time.Now().Add(s.timeout)
	}
	return time.Time{}
}

// call runs op, one attempt of a socket call, CPython's sock_call way: with a
// timeout it first waits for events until deadline (not zero), again after
// EAGAIN, and fails with TimeoutError once the deadline has passed. A blocking
// socket (timeout None) waits by poll too, so that the wait is interruptible,
// and op is then given MSG_DONTWAIT (dw); when the descriptor was reported
// ready yet the call would block, the call is made blocking as CPython's is.
// flags are the call's own: with MSG_DONTWAIT there is no wait at all.
func (s *sock) call(t *py.Thread, events int16, deadline time.Time, flags int, op func(dw int) error) *py.Exception {
	direct := flags&unix.MSG_DONTWAIT != 0
	for {
		if s.fd < 0 {
			return py.NewOSError(t, unix.EBADF, py.Value{})
		}
		if !deadline.IsZero() && !time.Now().Before(deadline) {
			return errTimeout()
		}
		dw := 0
		if s.timeout != 0 && !direct {
			ok, err := s.wait(t, events, deadline)
			if err != nil {
				return err
			}
			if !ok {
				return errTimeout()
			}
			if s.timeout < 0 {
				dw = unix.MSG_DONTWAIT
			}
		}
		var e error
		t.Unlocked(func() { e = op(dw) })
		switch e {
		case nil:
			return nil
		case unix.EINTR:
			if err := t.CheckInterrupt(); err != nil {
				return err
			}
			continue
		case unix.EAGAIN:
			if flags&unix.MSG_DONTWAIT != 0 {
				break
			}
			if s.timeout > 0 {
				continue
			}
			if s.timeout < 0 && !direct {
				direct = true
				continue
			}
		}
		return py.NewOSError(t, e, py.Value{})
	}
}

func errOf(e unix.Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

func rawcall(trap, a1, a2, a3, a4, a5, a6 uintptr) (uintptr, error) {
	r, _, e := unix.Syscall6(trap, a1, a2, a3, a4, a5, a6)
	return r, errOf(e)
}

// The flags of the blocking mode as passed with each call: a blocking socket
// polls first, so its calls need not block; MSG_DONTWAIT keeps a second
// thread's race from holding the call.
func (s *sock) open(t *py.Thread) *py.Exception {
	if s.fd < 0 {
		return py.NewOSError(t, unix.EBADF, py.Value{})
	}
	return nil
}

func ptr(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

// maxChunk bounds one receive's buffer: a larger bufsize still receives at
// most this much (a stream's recv may return less than asked), so that a huge
// argument is not an allocation.
const maxChunk = 4 << 20

func (s *sock) recvInto(t *py.Thread, buf []byte, flags int, addr *rawAddr) (int, *py.Exception) {
	var n uintptr
	err := s.call(t, unix.POLLIN, s.deadline(), flags, func(dw int) error {
		var e error
		if addr != nil {
			addr.n = uint32(len(addr.b))
			n, e = rawcall(unix.SYS_RECVFROM, uintptr(s.fd), ptr(buf), uintptr(len(buf)), uintptr(flags|dw), uintptr(unsafe.Pointer(&addr.b[0])), uintptr(unsafe.Pointer(&addr.n)))
		} else {
			n, e = rawcall(unix.SYS_RECVFROM, uintptr(s.fd), ptr(buf), uintptr(len(buf)), uintptr(flags|dw), 0, 0)
		}
		runtime.KeepAlive(buf)
		return e
	})
	return int(n), err
}

func (s *sock) sendChunk(t *py.Thread, data []byte, flags int, addr *rawAddr, deadline time.Time) (int, *py.Exception) {
	var n uintptr
	err := s.call(t, unix.POLLOUT, deadline, flags, func(dw int) error {
		var e error
		if addr != nil {
			n, e = rawcall(unix.SYS_SENDTO, uintptr(s.fd), ptr(data), uintptr(len(data)), uintptr(flags|dw|unix.MSG_NOSIGNAL), uintptr(unsafe.Pointer(&addr.b[0])), uintptr(addr.n))
		} else {
			n, e = rawcall(unix.SYS_SENDTO, uintptr(s.fd), ptr(data), uintptr(len(data)), uintptr(flags|dw|unix.MSG_NOSIGNAL), 0, 0)
		}
		runtime.KeepAlive(data)
		return e
	})
	return int(n), err
}

// sizeArg converts a buffer size: negative is a ValueError naming the call.
func sizeArg(t *py.Thread, v py.Value, call string) (int, *py.Exception) {
	if v.Type().IsSubtype(py.FloatType()) {
		return 0, py.Errorf(py.TypeError(), "'float' object cannot be interpreted as an integer")
	}
	n, err := py.IndexInt(t, v, py.OverflowError())
	if err != nil {
		if err.Matches(py.OverflowError()) {
			return 0, py.Errorf(py.OverflowError(), "Python int too large to convert to C ssize_t")
		}
		return 0, err
	}
	if n < 0 {
		return 0, py.Errorf(py.ValueError(), "negative buffersize in %s", call)
	}
	return int(min(n, math.MaxInt64)), nil
}

func flagsArg(t *py.Thread, v py.Value) (int, *py.Exception) {
	if v.IsNil() {
		return 0, nil
	}
	return cInt(t, v)
}

// dataArg is the "y*" converter: a contiguous bytes-like object.
func dataArg(t *py.Thread, v py.Value, fn string) ([]byte, *py.Exception) {
	if _, isStr := py.AsStr(v); !isStr {
		if b, ok := py.AsContiguousBuffer(v); ok {
			return b, nil
		}
	}
	return nil, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", v.Type().Name)
}

// writable is the "w*" converter.
func writable(v py.Value, fn string) ([]byte, *py.Exception) {
	if b, ok := py.WritableBuffer(v); ok {
		return b, nil
	}
	return nil, py.Errorf(py.TypeError(), "%s() argument 1 must be read-write bytes-like object, not %s", fn, v.Type().Name)
}

func socketMethods() []*py.MethodDef {
	return []*py.MethodDef{
		py.GetSetDef("family", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(of(self).family)), nil
		}, nil),
		py.GetSetDef("type", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(of(self).typ)), nil
		}, nil),
		py.GetSetDef("proto", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(of(self).proto)), nil
		}, nil),
		py.GetSetDef("timeout", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return timeoutValue(of(self).timeout), nil
		}, nil),
		py.FuncNoArgs("fileno", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Int(int64(of(self).fd)), nil
		}),
		py.FuncNoArgs("close", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			s := of(self)
			if s.fd >= 0 {
				fd := s.fd
				s.fd = -1
				if e := unix.Close(fd); e != nil && e != unix.ECONNRESET {
					return py.Value{}, py.NewOSError(t, e, py.Value{})
				}
			}
			return py.None(), nil
		}),
		py.FuncNoArgs("detach", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			s := of(self)
			fd := s.fd
			s.fd = -1
			return py.Int(int64(fd)), nil
		}),
		py.FuncNoArgs("_accept", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			s := of(self)
			var addr rawAddr
			var nfd uintptr
			err := s.call(t, unix.POLLIN, s.deadline(), 0, func(dw int) error {
				addr.n = uint32(len(addr.b))
				var e error
				nfd, e = rawcall(unix.SYS_ACCEPT4, uintptr(s.fd), uintptr(unsafe.Pointer(&addr.b[0])), uintptr(unsafe.Pointer(&addr.n)), unix.SOCK_CLOEXEC, 0, 0)
				if e == nil && s.timeout < 0 {
					// The listening socket's O_NONBLOCK is not inherited, but
					// with MSG-less accept4 the new one is blocking already.
				}
				return e
			})
			if err != nil {
				return py.Value{}, err
			}
			a, aerr := addr.value(t)
			if aerr != nil {
				unix.Close(int(nfd))
				return py.Value{}, aerr
			}
			return py.NewTuple(py.Int(int64(nfd)), a), nil
		}),
		py.Func("bind", "address, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			addr, err := s.parseAddr(t, a[0], "bind")
			if err != nil {
				return py.Value{}, err
			}
			if _, e := rawcall(unix.SYS_BIND, uintptr(s.fd), uintptr(unsafe.Pointer(&addr.b[0])), uintptr(addr.n), 0, 0, 0); e != nil {
				return py.Value{}, py.NewOSError(t, e, py.Value{})
			}
			return py.None(), nil
		}),
		py.Func("listen", "backlog=min(SOMAXCONN, 128), /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			backlog := min(unix.SOMAXCONN, 128)
			if !a[0].IsNil() {
				n, err := cInt(t, a[0])
				if err != nil {
					return py.Value{}, err
				}
				backlog = max(n, 0)
			}
			if e := unix.Listen(s.fd, backlog); e != nil {
				return py.Value{}, py.NewOSError(t, e, py.Value{})
			}
			return py.None(), nil
		}),
		py.Func("connect", "address, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			if err := s.connect(t, a[0], "connect"); err != nil {
				return py.Value{}, err
			}
			return py.None(), nil
		}),
		py.Func("connect_ex", "address, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			e, err := s.connectErrno(t, a[0], "connect_ex")
			if err != nil {
				return py.Value{}, err
			}
			return py.Int(int64(e)), nil
		}),
		py.Func("recv", "bufsize, flags=0, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			n, err := sizeArg(t, a[0], "recv")
			if err != nil {
				return py.Value{}, err
			}
			flags, err := flagsArg(t, a[1])
			if err != nil {
				return py.Value{}, err
			}
			buf := make([]byte, min(n, maxChunk))
			got, err := s.recvInto(t, buf, flags, nil)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewBytes(buf[:got]), nil
		}),
		py.Func("recv_into", "buffer, nbytes=0, flags=0", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			buf, flags, err := intoArgs(t, a, "recv_into", "buffer too small for requested bytes")
			if err != nil {
				return py.Value{}, err
			}
			got, err := s.recvInto(t, buf, flags, nil)
			if err != nil {
				return py.Value{}, err
			}
			return py.Int(int64(got)), nil
		}),
		py.Func("recvfrom", "bufsize, flags=0, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			n, err := sizeArg(t, a[0], "recvfrom")
			if err != nil {
				return py.Value{}, err
			}
			flags, err := flagsArg(t, a[1])
			if err != nil {
				return py.Value{}, err
			}
			buf := make([]byte, min(n, maxChunk))
			var addr rawAddr
			got, err := s.recvInto(t, buf, flags, &addr)
			if err != nil {
				return py.Value{}, err
			}
			av, err := addr.value(t)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewTuple(py.NewBytes(buf[:got]), av), nil
		}),
		py.Func("recvfrom_into", "buffer, nbytes=0, flags=0", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			buf, flags, err := intoArgs(t, a, "recvfrom_into", "nbytes is greater than the length of the buffer")
			if err != nil {
				return py.Value{}, err
			}
			var addr rawAddr
			got, err := s.recvInto(t, buf, flags, &addr)
			if err != nil {
				return py.Value{}, err
			}
			av, err := addr.value(t)
			if err != nil {
				return py.Value{}, err
			}
			return py.NewTuple(py.Int(int64(got)), av), nil
		}),
		py.Func("send", "data, flags=0, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			data, err := dataArg(t, a[0], "send")
			if err != nil {
				return py.Value{}, err
			}
			flags, err := flagsArg(t, a[1])
			if err != nil {
				return py.Value{}, err
			}
			n, err := s.sendChunk(t, data, flags, nil, s.deadline())
			if err != nil {
				return py.Value{}, err
			}
			return py.Int(int64(n)), nil
		}),
		py.Func("sendall", "data, flags=0, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			data, err := dataArg(t, a[0], "sendall")
			if err != nil {
				return py.Value{}, err
			}
			flags, err := flagsArg(t, a[1])
			if err != nil {
				return py.Value{}, err
			}
			deadline := s.deadline()
			for len(data) > 0 {
				n, err := s.sendChunk(t, data, flags, nil, deadline)
				if err != nil {
					return py.Value{}, err
				}
				data = data[n:]
				if err := t.CheckInterrupt(); err != nil {
					return py.Value{}, err
				}
			}
			return py.None(), nil
		}),
		py.FuncVar("sendto", 2, 3, func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			data, err := dataArg(t, a[0], "sendto")
			if err != nil {
				return py.Value{}, err
			}
			flags, target := 0, a[1]
			if len(a) == 3 {
				if flags, err = cInt(t, a[1]); err != nil {
					return py.Value{}, err
				}
				target = a[2]
			}
			addr, err := s.parseAddr(t, target, "sendto")
			if err != nil {
				return py.Value{}, err
			}
			n, err := s.sendChunk(t, data, flags, &addr, s.deadline())
			if err != nil {
				return py.Value{}, err
			}
			return py.Int(int64(n)), nil
		}),
		py.Func("shutdown", "how, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			how, err := cInt(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			if e := unix.Shutdown(s.fd, how); e != nil {
				return py.Value{}, py.NewOSError(t, e, py.Value{})
			}
			return py.None(), nil
		}),
		py.FuncNoArgs("getsockname", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return of(self).name(t, unix.SYS_GETSOCKNAME)
		}),
		py.FuncNoArgs("getpeername", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return of(self).name(t, unix.SYS_GETPEERNAME)
		}),
		py.FuncVar("setsockopt", 3, 4, func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			level, err := cInt(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			opt, err := cInt(t, a[1])
			if err != nil {
				return py.Value{}, err
			}
			var val []byte
			if len(a) == 4 {
				if !a[2].IsNone() {
					return py.Value{}, py.Errorf(py.TypeError(), "setsockopt() argument 3 must be NoneType, not %s", a[2].Type().Name)
				}
				n, err := py.IndexInt(t, a[3], py.OverflowError())
				if err != nil {
					return py.Value{}, err
				}
				if n < 0 || n > math.MaxUint32 {
					return py.Value{}, py.Errorf(py.OverflowError(), "Python int too large to convert to C unsigned int")
				}
				if _, e := rawcall(unix.SYS_SETSOCKOPT, uintptr(s.fd), uintptr(level), uintptr(opt), 0, uintptr(n), 0); e != nil {
					return py.Value{}, py.NewOSError(t, e, py.Value{})
				}
				return py.None(), nil
			}
			if py.IsInt(a[2]) {
				n, err := cInt(t, a[2])
				if err != nil {
					return py.Value{}, err
				}
				v := int32(n)
				val = (*[4]byte)(unsafe.Pointer(&v))[:]
			} else if b, ok := py.AsContiguousBuffer(a[2]); ok {
				if _, isStr := py.AsStr(a[2]); isStr {
					return py.Value{}, py.Errorf(py.TypeError(), "a bytes-like object is required, not 'str'")
				}
				val = b
			} else {
				return py.Value{}, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", a[2].Type().Name)
			}
			if _, e := rawcall(unix.SYS_SETSOCKOPT, uintptr(s.fd), uintptr(level), uintptr(opt), ptr(val), uintptr(len(val)), 0); e != nil {
				return py.Value{}, py.NewOSError(t, e, py.Value{})
			}
			runtime.KeepAlive(val)
			return py.None(), nil
		}),
		py.Func("getsockopt", "level, option, buffersize=0, /", func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			s := of(self)
			level, err := cInt(t, a[0])
			if err != nil {
				return py.Value{}, err
			}
			opt, err := cInt(t, a[1])
			if err != nil {
				return py.Value{}, err
			}
			size := 0
			if !a[2].IsNil() {
				if size, err = cInt(t, a[2]); err != nil {
					return py.Value{}, err
				}
			}
			if size == 0 {
				var v int32
				l := uint32(4)
				if _, e := rawcall(unix.SYS_GETSOCKOPT, uintptr(s.fd), uintptr(level), uintptr(opt), uintptr(unsafe.Pointer(&v)), uintptr(unsafe.Pointer(&l)), 0); e != nil {
					return py.Value{}, py.NewOSError(t, e, py.Value{})
				}
				return py.Int(int64(v)), nil
			}
			if size < 0 || size > 1024 {
				return py.Value{}, py.Errorf(py.OSError(), "getsockopt buflen out of range")
			}
			buf := make([]byte, size)
			l := uint32(size)
			if _, e := rawcall(unix.SYS_GETSOCKOPT, uintptr(s.fd), uintptr(level), uintptr(opt), ptr(buf), uintptr(unsafe.Pointer(&l)), 0); e != nil {
				return py.Value{}, py.NewOSError(t, e, py.Value{})
			}
			return py.NewBytes(buf[:l]), nil
		}),
		py.FuncO("setblocking", func(t *py.Thread, self, arg py.Value) (py.Value, *py.Exception) {
			s := of(self)
			block, err := py.IsTrue(t, arg)
			if err != nil {
				return py.Value{}, err
			}
			if block {
				s.timeout = -1
			} else {
				s.timeout = 0
			}
			if s.fd >= 0 {
				if err := setBlocking(t, s.fd, block); err != nil {
					return py.Value{}, err
				}
			}
			return py.None(), nil
		}),
		py.FuncNoArgs("getblocking", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return py.Bool(of(self).timeout != 0), nil
		}),
		py.FuncO("settimeout", func(t *py.Thread, self, arg py.Value) (py.Value, *py.Exception) {
			s := of(self)
			d, err := timeoutArg(t, arg)
			if err != nil {
				return py.Value{}, err
			}
			s.timeout = d
			if s.fd >= 0 {
				if err := setBlocking(t, s.fd, d < 0); err != nil {
					return py.Value{}, err
				}
			}
			return py.None(), nil
		}),
		py.FuncNoArgs("gettimeout", func(t *py.Thread, self py.Value) (py.Value, *py.Exception) {
			return timeoutValue(of(self).timeout), nil
		}),
		py.FuncVar("sendmsg", 1, 4, sendmsg),
		py.FuncVar("recvmsg", 1, 3, recvmsg),
		py.FuncVar("recvmsg_into", 1, 3, recvmsgInto),
		py.FuncVar("sendmsg_afalg", 0, -1, func(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
			return py.Value{}, py.NewOSError(t, unix.EOPNOTSUPP, py.Value{})
		}),
	}
}

func (s *sock) name(t *py.Thread, trap uintptr) (py.Value, *py.Exception) {
	var addr rawAddr
	addr.n = uint32(len(addr.b))
	if _, e := rawcall(trap, uintptr(s.fd), uintptr(unsafe.Pointer(&addr.b[0])), uintptr(unsafe.Pointer(&addr.n)), 0, 0, 0); e != nil {
		return py.Value{}, py.NewOSError(t, e, py.Value{})
	}
	addr.family = s.family
	return addr.value(t)
}

func (s *sock) connect(t *py.Thread, target py.Value, call string) *py.Exception {
	e, err := s.connectErrno(t, target, call)
	if err == nil && e != 0 {
		if e == unix.ETIMEDOUT && s.timeout > 0 {
			return errTimeout()
		}
		return py.NewOSError(t, e, py.Value{})
	}
	return err
}

// connectErrno connects, reporting a failure of the system call as its errno
// (connect_ex's result) and other failures as the exception.
func (s *sock) connectErrno(t *py.Thread, target py.Value, call string) (unix.Errno, *py.Exception) {
	addr, err := s.parseAddr(t, target, call)
	if err != nil {
		return 0, err
	}
	if s.fd < 0 {
		return unix.EBADF, nil
	}
	var e error
	t.Unlocked(func() {
		_, e = rawcall(unix.SYS_CONNECT, uintptr(s.fd), uintptr(unsafe.Pointer(&addr.b[0])), uintptr(addr.n), 0, 0, 0)
	})
	if e == nil {
		return 0, nil
	}
	if e == unix.EINTR {
		if err := t.CheckInterrupt(); err != nil {
			return 0, err
		}
		if s.timeout == 0 {
			return unix.EINTR, nil
		}
	} else if e != unix.EINPROGRESS || s.timeout == 0 {
		return e.(unix.Errno), nil
	}
	// In progress: wait for the outcome, then read it from SO_ERROR.
	ok, err := s.wait(t, unix.POLLOUT, s.deadline())
	if err != nil {
		return 0, err
	}
	if !ok {
		if s.timeout > 0 && call == "connect" {
			return 0, errTimeout()
		}
		return unix.EWOULDBLOCK, nil
	}
	v, ge := unix.GetsockoptInt(s.fd, unix.SOL_SOCKET, unix.SO_ERROR)
	if ge != nil {
		return ge.(unix.Errno), nil
	}
	return unix.Errno(v), nil
}

func timeoutValue(d time.Duration) py.Value {
	if d < 0 {
		return py.None()
	}
	return py.Float(d.Seconds())
}

// timeoutArg converts settimeout's argument: None, or seconds not negative.
func timeoutArg(t *py.Thread, v py.Value) (time.Duration, *py.Exception) {
	if v.IsNone() {
		return -1, nil
	}
	var f float64
	if v.Type().IsSubtype(py.FloatType()) {
		var err *py.Exception
		if f, err = py.AsFloat(t, v); err != nil {
			return 0, err
		}
		if math.IsNaN(f) {
			return 0, py.Errorf(py.ValueError(), "Invalid value NaN (not a number)")
		}
	} else {
		iv, err := py.Index(t, v)
		if err != nil {
			if err.Matches(py.TypeError()) {
				return 0, py.Errorf(py.TypeError(), "'%s' object cannot be interpreted as an integer or float", v.Type().Name)
			}
			return 0, err
		}
		n, ok := py.AsInt64(iv)
		if !ok || n > 9223372036 || n < -9223372036 {
			if b, _ := py.AsBigInt(iv); b != nil && b.Sign() < 0 {
				return 0, py.Errorf(py.ValueError(), "Timeout value out of range")
			}
			return 0, py.Errorf(py.OverflowError(), "timestamp too large to convert to C PyTime_t")
		}
		f = float64(n)
	}
	if f < 0 {
		return 0, py.Errorf(py.ValueError(), "Timeout value out of range")
	}
	ns := math.Ceil(f * 1e9)
	if ns >= math.MaxInt64 {
		return 0, py.Errorf(py.OverflowError(), "timestamp too large to convert to C PyTime_t")
	}
	return time.Duration(ns), nil
}

// intoArgs is recv_into's and recvfrom_into's (buffer, nbytes=0, flags=0): the
// part of the writable buffer to fill (all of it for nbytes 0), and the flags.
// tooBig is the method's ValueError text for nbytes beyond the buffer.
func intoArgs(t *py.Thread, a []py.Value, name, tooBig string) ([]byte, int, *py.Exception) {
	buf, err := writable(a[0], name)
	if err != nil {
		return nil, 0, err
	}
	n := 0
	if !a[1].IsNil() {
		if n, err = sizeArg(t, a[1], name); err != nil {
			return nil, 0, err
		}
	}
	if n > len(buf) {
		return nil, 0, py.Errorf(py.ValueError(), "%s", tooBig)
	}
	if n == 0 {
		n = len(buf)
	}
	flags, err := flagsArg(t, a[2])
	if err != nil {
		return nil, 0, err
	}
	return buf[:n], flags, nil
}
