package socket

import (
	"math"
	"net"
	"net/netip"
	"strconv"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

var methods = []*py.MethodDef{
	py.Func("getaddrinfo", "host, port, family=0, type=0, proto=0, flags=0", getaddrinfo),
	py.FuncVar("getnameinfo", 2, 2, getnameinfo),
	py.FuncNoArgs("gethostname", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		var u unix.Utsname
		if e := unix.Uname(&u); e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return py.FsStr(unix.ByteSliceToString(u.Nodename[:])), nil
	}),
	py.FuncO("sethostname", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		name, err := py.FsPath(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		if e := unix.Sethostname([]byte(name)); e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return py.None(), nil
	}),
	py.FuncVar("gethostbyname", 1, 1, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		host, err := hostArg(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		ip, err := setIPAddr(t, host, unix.AF_INET)
		if err != nil {
			return py.Value{}, err
		}
		return py.NewStr(ip.String()), nil
	}),
	py.FuncVar("gethostbyname_ex", 1, 1, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		host, err := hostArg(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		ip, err := setIPAddr(t, host, unix.AF_INET)
		if err != nil {
			return py.Value{}, err
		}
		addrs := []netip.Addr{ip}
		if _, num := aton(host); !num && host != "" && host != "<broadcast>" {
			if all, err := lookup(t, host, unix.AF_INET, 0); err == nil {
				addrs = all
			}
		}
		ips := make([]py.Value, len(addrs))
		for i, a := range addrs {
			ips[i] = py.NewStr(a.String())
		}
		return py.NewTuple(py.NewStr(host), py.NewList(nil).Value(), py.NewList(ips).Value()), nil
	}),
	py.FuncVar("gethostbyaddr", 1, 1, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		host, err := hostArg(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		addrs, err := lookup(t, host, 0, 0)
		if err != nil {
			return py.Value{}, err
		}
		ip := addrs[0]
		name, ok := reverse(t, ip)
		if !ok {
			return py.Value{}, py.NewException(herror, py.Int(1), py.NewStr("Unknown host"))
		}
		return py.NewTuple(py.NewStr(name), py.NewList(nil).Value(), py.NewList([]py.Value{py.NewStr(ntopAddr(ip))}).Value()), nil
	}),
	py.FuncVar("getservbyname", 1, 2, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		name, err := strArg(a[0], "getservbyname", 1)
		if err != nil {
			return py.Value{}, err
		}
		proto := ""
		if len(a) > 1 {
			if proto, err = strArg(a[1], "getservbyname", 2); err != nil {
				return py.Value{}, err
			}
		}
		port, ok := serviceByName(name, proto)
		if !ok {
			return py.Value{}, py.Errorf(py.OSError(), "service/proto not found")
		}
		return py.Int(int64(port)), nil
	}),
	py.FuncVar("getservbyport", 1, 2, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		n, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		if n < 0 || n > 0xffff {
			return py.Value{}, py.Errorf(py.OverflowError(), "getservbyport: port must be 0-65535.")
		}
		proto := ""
		if len(a) > 1 {
			if proto, err = strArg(a[1], "getservbyport", 2); err != nil {
				return py.Value{}, err
			}
		}
		name, ok := serviceByPort(n, proto)
		if !ok {
			return py.Value{}, py.Errorf(py.OSError(), "port/proto not found")
		}
		return py.NewStr(name), nil
	}),
	py.FuncVar("getprotobyname", 1, 1, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		name, err := strArg(a[0], "getprotobyname", 1)
		if err != nil {
			return py.Value{}, err
		}
		n, ok := protocolByName(name)
		if !ok {
			return py.Value{}, py.Errorf(py.OSError(), "protocol not found")
		}
		return py.Int(int64(n)), nil
	}),
	py.FuncO("htons", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		n, err := u16(t, arg, "htons")
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(swap16(n))), nil
	}),
	py.FuncO("ntohs", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		n, err := u16(t, arg, "ntohs")
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(swap16(n))), nil
	}),
	py.FuncO("htonl", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		n, err := u32(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(swap32(n))), nil
	}),
	py.FuncO("ntohl", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		n, err := u32(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		return py.Int(int64(swap32(n))), nil
	}),
	py.FuncVar("inet_aton", 1, 1, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		s, err := strArg(a[0], "inet_aton", 1)
		if err != nil {
			return py.Value{}, err
		}
		ip, ok := aton(s)
		if !ok {
			return py.Value{}, py.Errorf(py.OSError(), "illegal IP address string passed to inet_aton")
		}
		return py.NewBytes(ip[:]), nil
	}),
	py.FuncVar("inet_ntoa", 1, 1, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		b, err := dataArg(t, a[0], "inet_ntoa")
		if err != nil {
			return py.Value{}, err
		}
		if len(b) != 4 {
			return py.Value{}, py.Errorf(py.OSError(), "packed IP wrong length for inet_ntoa")
		}
		return py.NewStr(netip.AddrFrom4([4]byte(b)).String()), nil
	}),
	py.FuncVar("inet_pton", 2, 2, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		af, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		s, err := strArg(a[1], "inet_pton", 2)
		if err != nil {
			return py.Value{}, err
		}
		switch af {
		case unix.AF_INET:
			if ip, ok := pton4(s); ok {
				return py.NewBytes(ip[:]), nil
			}
		case unix.AF_INET6:
			if ip, ok := pton6(s); ok {
				return py.NewBytes(ip[:]), nil
			}
		default:
			return py.Value{}, py.NewOSError(t, unix.EAFNOSUPPORT, py.Value{})
		}
		return py.Value{}, py.Errorf(py.OSError(), "illegal IP address string passed to inet_pton")
	}),
	py.FuncVar("inet_ntop", 2, 2, func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		af, err := cInt(t, a[0])
		if err != nil {
			return py.Value{}, err
		}
		b, err := dataArg(t, a[1], "inet_ntop")
		if err != nil {
			return py.Value{}, err
		}
		switch af {
		case unix.AF_INET:
			if len(b) != 4 {
				return py.Value{}, py.Errorf(py.ValueError(), "invalid length of packed IP address string")
			}
			return py.NewStr(netip.AddrFrom4([4]byte(b)).String()), nil
		case unix.AF_INET6:
			if len(b) != 16 {
				return py.Value{}, py.Errorf(py.ValueError(), "invalid length of packed IP address string")
			}
			return py.NewStr(ntop6([16]byte(b))), nil
		}
		return py.Value{}, py.Errorf(py.ValueError(), "unknown address family %d", af)
	}),
	py.FuncNoArgs("getdefaulttimeout", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		return timeoutValue(getDefaultTimeout()), nil
	}),
	py.FuncO("setdefaulttimeout", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		d, err := timeoutArg(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		defaultMu.Lock()
		defaultTimeout = d
		defaultMu.Unlock()
		return py.None(), nil
	}),
	py.FuncO("close", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		if e := unix.Close(fd); e != nil && e != unix.ECONNRESET {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return py.None(), nil
	}),
	py.FuncO("dup", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		fd, err := cInt(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		n, e := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
		if e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		return py.Int(int64(n)), nil
	}),
	py.Func("socketpair", "family=AF_UNIX, type=SOCK_STREAM, proto=0, /", func(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
		family, typ, proto := unix.AF_UNIX, unix.SOCK_STREAM, 0
		for i, p := range []*int{&family, &typ, &proto} {
			if !a[i].IsNil() {
				n, err := cInt(t, a[i])
				if err != nil {
					return py.Value{}, err
				}
				*p = n
			}
		}
		fds, e := unix.Socketpair(family, typ|unix.SOCK_CLOEXEC, proto)
		if e != nil {
			return py.Value{}, py.NewOSError(t, e, py.Value{})
		}
		base := typ &^ (unix.SOCK_NONBLOCK | unix.SOCK_CLOEXEC)
		return py.NewTuple(newSock(fds[0], family, base, proto), newSock(fds[1], family, base, proto)), nil
	}),
	py.FuncNoArgs("if_nameindex", func(t *py.Thread, _ py.Value) (py.Value, *py.Exception) {
		ifs, err := net.Interfaces()
		if err != nil {
			return py.Value{}, py.NewOSError(t, err, py.Value{})
		}
		out := make([]py.Value, len(ifs))
		for i, ifi := range ifs {
			out[i] = py.NewTuple(py.Int(int64(ifi.Index)), py.NewStr(ifi.Name))
		}
		return py.NewList(out).Value(), nil
	}),
	py.FuncO("if_nametoindex", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		name, err := py.FsPath(t, arg)
		if err != nil {
			return py.Value{}, err
		}
		n, e := interfaceByName(name)
		if e != nil {
			return py.Value{}, py.Errorf(py.OSError(), "no interface with this name")
		}
		return py.Int(int64(n)), nil
	}),
	py.FuncO("if_indextoname", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		if !py.IsInt(arg) {
			return py.Value{}, py.Errorf(py.TypeError(), "'%s' object cannot be interpreted as an integer", arg.Type().Name)
		}
		n, err := py.IndexInt(t, arg, py.OverflowError())
		if err != nil || n < 0 || n > math.MaxUint32 {
			return py.Value{}, py.Errorf(py.OverflowError(), "index is too large")
		}
		ifi, e := net.InterfaceByIndex(int(n))
		if e != nil {
			return py.Value{}, py.NewOSError(t, unix.ENXIO, py.Value{})
		}
		return py.NewStr(ifi.Name), nil
	}),
	py.FuncO("CMSG_LEN", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		n, err := py.IndexInt(t, arg, py.OverflowError())
		if err != nil || n < 0 || n > math.MaxInt32-16 {
			return py.Value{}, py.Errorf(py.OverflowError(), "CMSG_LEN() argument out of range")
		}
		return py.Int(16 + n), nil
	}),
	py.FuncO("CMSG_SPACE", func(t *py.Thread, _, arg py.Value) (py.Value, *py.Exception) {
		n, err := py.IndexInt(t, arg, py.OverflowError())
		if err != nil || n < 0 || n > math.MaxInt32-24 {
			return py.Value{}, py.Errorf(py.OverflowError(), "CMSG_SPACE() argument out of range")
		}
		return py.Int(16 + (n+7)&^7), nil
	}),
}

func ntopAddr(ip netip.Addr) string {
	if ip.Is6() {
		return ntop6(ip.As16())
	}
	return ip.String()
}

func getaddrinfo(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	var host string
	hasHost := !a[0].IsNone()
	if hasHost {
		h, err := hostArg(t, a[0])
		if err != nil {
			if err.Matches(py.TypeError()) {
				return py.Value{}, py.Errorf(py.TypeError(), "getaddrinfo() argument 1 must be string or None")
			}
			return py.Value{}, err
		}
		host = h
	}
	var ints [4]int
	for i := range ints {
		if !a[2+i].IsNil() {
			n, err := cInt(t, a[2+i])
			if err != nil {
				return py.Value{}, err
			}
			ints[i] = n
		}
	}
	family, typ, proto, flags := ints[0], ints[1], ints[2], ints[3]
	port, service := 0, ""
	switch {
	case a[1].IsNone():
	case py.IsInt(a[1]):
		n, err := py.IndexInt(t, a[1], py.OverflowError())
		if err != nil {
			return py.Value{}, err
		}
		service = strconv.FormatInt(n, 10)
	default:
		if s, ok := py.AsStr(a[1]); ok {
			enc, err := py.EncodeStr(t, s, "utf-8", "strict")
			if err != nil {
				return py.Value{}, err
			}
			service = string(enc)
		} else if b, ok := py.AsBytes(a[1]); ok {
			service = string(b)
		} else {
			return py.Value{}, py.Errorf(py.OSError(), "Int or String expected")
		}
	}
	const known = AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST | AI_V4MAPPED | AI_ALL | AI_ADDRCONFIG | AI_NUMERICSERV | 0x0080 | 0x0100 | 0x0200
	if flags&^known != 0 || flags&AI_CANONNAME != 0 && !hasHost {
		return py.Value{}, gaiError(eaiBadflags)
	}
	if !hasHost && a[1].IsNone() {
		return py.Value{}, gaiError(eaiNoname)
	}
	if family != 0 && family != unix.AF_INET && family != unix.AF_INET6 {
		return py.Value{}, gaiError(eaiFamily)
	}
	if typ != 0 && typ != unix.SOCK_STREAM && typ != unix.SOCK_DGRAM && typ != unix.SOCK_RAW {
		return py.Value{}, gaiError(eaiSocktype)
	}
	// The socket kinds asked for, each with its protocol.
	type kind struct{ typ, proto int }
	var kinds []kind
	for _, k := range []kind{{unix.SOCK_STREAM, unix.IPPROTO_TCP}, {unix.SOCK_DGRAM, unix.IPPROTO_UDP}, {unix.SOCK_RAW, 0}} {
		if typ != 0 && typ != k.typ {
			continue
		}
		if proto != 0 {
			if k.typ != unix.SOCK_RAW && proto != k.proto {
				continue
			}
			k.proto = proto
		}
		kinds = append(kinds, k)
	}
	if typ == 0 && proto != 0 && len(kinds) > 1 {
		kinds = kinds[:len(kinds)-1] // TCP or UDP asked for by protocol: no raw socket
	}
	if len(kinds) == 0 {
		return py.Value{}, gaiError(eaiSocktype)
	}
	if service != "" {
		if n, err := strconv.ParseUint(service, 10, 16); err == nil {
			port = int(n)
		} else if flags&AI_NUMERICSERV != 0 {
			return py.Value{}, gaiError(eaiNoname)
		} else {
			var kept []kind
			for _, k := range kinds {
				protoName := map[int]string{unix.SOCK_STREAM: "tcp", unix.SOCK_DGRAM: "udp"}[k.typ]
				if protoName == "" {
					continue
				}
				if p, ok := serviceByName(service, protoName); ok {
					port = p
					kept = append(kept, k)
				}
			}
			if len(kept) == 0 {
				return py.Value{}, gaiError(eaiService)
			}
			kinds = kept
		}
	}
	var addrs []netip.Addr
	if !hasHost {
		if flags&AI_PASSIVE != 0 {
			addrs = []netip.Addr{netip.IPv4Unspecified(), netip.IPv6Unspecified()}
		} else {
			addrs = []netip.Addr{netip.IPv6Loopback(), netip.AddrFrom4([4]byte{127, 0, 0, 1})}
		}
		var err *py.Exception
		if addrs, err = filterFamily(addrs, family); err != nil {
			return py.Value{}, err
		}
	} else {
		var err *py.Exception
		if addrs, err = lookup(t, host, family, flags); err != nil {
			return py.Value{}, err
		}
	}
	var out []py.Value
	for i, ip := range addrs {
		var fam int
		var sa py.Value
		if ip.Is4() {
			fam = unix.AF_INET
			sa = py.NewTuple(py.NewStr(ip.String()), py.Int(int64(port)))
		} else {
			fam = unix.AF_INET6
			var scope int64
			if z := ip.Zone(); z != "" {
				if n, e := strconv.Atoi(z); e == nil {
					scope = int64(n)
				} else if n, e := interfaceByName(z); e == nil {
					scope = int64(n)
				}
			}
			sa = py.NewTuple(py.NewStr(ntop6(ip.As16())), py.Int(int64(port)), py.Int(0), py.Int(scope))
		}
		for j, k := range kinds {
			canon := ""
			if i == 0 && j == 0 && flags&AI_CANONNAME != 0 {
				canon = host
			}
			out = append(out, py.NewTuple(py.Int(int64(fam)), py.Int(int64(k.typ)), py.Int(int64(k.proto)), py.NewStr(canon), sa))
		}
	}
	return py.NewList(out).Value(), nil
}

func getnameinfo(t *py.Thread, _ py.Value, a []py.Value) (py.Value, *py.Exception) {
	tup, ok := py.TupleItems(a[0])
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "getnameinfo() argument 1 must be a tuple")
	}
	if len(tup) < 2 || len(tup) > 4 {
		return py.Value{}, py.Errorf(py.TypeError(), "getnameinfo(): illegal sockaddr argument")
	}
	flags, err := cInt(t, a[1])
	if err != nil {
		return py.Value{}, err
	}
	host, ok := py.AsStr(tup[0])
	if !ok {
		return py.Value{}, py.Errorf(py.TypeError(), "getnameinfo(): illegal sockaddr argument")
	}
	port, err := cInt(t, tup[1])
	if err != nil {
		return py.Value{}, err
	}
	if port < 0 || port > 0xffff {
		return py.Value{}, py.Errorf(py.OverflowError(), "getnameinfo(): port must be 0-65535.")
	}
	var scope int64
	if len(tup) > 2 {
		flow, err := py.IndexInt(t, tup[2], py.OverflowError())
		if err != nil {
			return py.Value{}, err
		}
		if flow < 0 || flow > 0xfffff {
			return py.Value{}, py.Errorf(py.OverflowError(), "getnameinfo(): flowinfo must be 0-1048575.")
		}
	}
	if len(tup) > 3 {
		if scope, err = py.IndexInt(t, tup[3], py.OverflowError()); err != nil {
			return py.Value{}, err
		}
		if scope < 0 || scope > 0xffffffff {
			return py.Value{}, py.Errorf(py.OverflowError(), "Python int too large to convert to C unsigned long")
		}
	}
	addrs, err := lookup(t, host, 0, AI_NUMERICHOST)
	if err != nil {
		return py.Value{}, err
	}
	ip := addrs[0]
	if ip.Is4() && len(tup) > 2 {
		return py.Value{}, py.Errorf(py.OSError(), "IPv4 sockaddr must be 2 tuple")
	}
	name := ntopAddr(ip)
	// glibc names the scope of a link-local address after its interface.
	if ip.Is6() && scope != 0 && (ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast()) {
		if ifi, e := net.InterfaceByIndex(int(scope)); e == nil && flags&NI_NUMERICSCOPE == 0 {
			name += "%" + ifi.Name
		} else {
			name += "%" + strconv.FormatInt(scope, 10)
		}
	}
	if flags&NI_NUMERICHOST == 0 {
		if n, ok := reverse(t, ip.WithZone("")); ok {
			name = n
		} else if flags&NI_NAMEREQD != 0 {
			return py.Value{}, gaiError(eaiNoname)
		}
	}
	serv := strconv.Itoa(port)
	if flags&NI_NUMERICSERV == 0 {
		proto := "tcp"
		if flags&NI_DGRAM != 0 {
			proto = "udp"
		}
		if s, ok := serviceByPort(port, proto); ok {
			serv = s
		}
	}
	return py.NewTuple(py.NewStr(name), py.NewStr(serv)), nil
}

// cmsgs builds the control messages of sendmsg's ancdata.
func cmsgs(t *py.Thread, v py.Value) ([]byte, *py.Exception) {
	items, err := py.ToSlice(t, v)
	if err != nil {
		return nil, err
	}
	var out []byte
	for _, it := range items {
		tup, ok := py.TupleItems(it)
		if !ok || len(tup) != 3 {
			return nil, py.Errorf(py.TypeError(), "[sendmsg() ancillary data items]() argument must be sequence of length 3, not %d", len(tup))
		}
		level, err := cInt(t, tup[0])
		if err != nil {
			return nil, err
		}
		typ, err := cInt(t, tup[1])
		if err != nil {
			return nil, err
		}
		data, err := dataArg(t, tup[2], "sendmsg")
		if err != nil {
			return nil, err
		}
		var h [16]byte
		*(*uint64)(unsafe.Pointer(&h[0])) = uint64(16 + len(data))
		*(*int32)(unsafe.Pointer(&h[8])) = int32(level)
		*(*int32)(unsafe.Pointer(&h[12])) = int32(typ)
		out = append(out, h[:]...)
		out = append(out, data...)
		for len(out)%8 != 0 {
			out = append(out, 0)
		}
	}
	return out, nil
}

func sendmsg(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	s := of(self)
	bufs, err := py.ToSlice(t, a[0])
	if err != nil {
		return py.Value{}, py.Errorf(py.TypeError(), "sendmsg() argument 1 must be an iterable")
	}
	var iov []unix.Iovec
	var keep [][]byte
	for _, b := range bufs {
		data, err := dataArg(t, b, "sendmsg")
		if err != nil {
			return py.Value{}, err
		}
		keep = append(keep, data)
		v := unix.Iovec{Len: uint64(len(data))}
		if len(data) > 0 {
			v.Base = &data[0]
		}
		iov = append(iov, v)
	}
	var control []byte
	if len(a) > 1 {
		if control, err = cmsgs(t, a[1]); err != nil {
			return py.Value{}, err
		}
	}
	flags := 0
	if len(a) > 2 {
		if flags, err = cInt(t, a[2]); err != nil {
			return py.Value{}, err
		}
	}
	var addr *rawAddr
	if len(a) > 3 && !a[3].IsNone() {
		ad, err := s.parseAddr(t, a[3], "sendmsg")
		if err != nil {
			return py.Value{}, err
		}
		addr = &ad
	}
	var msg unix.Msghdr
	if len(iov) > 0 {
		msg.Iov = &iov[0]
		msg.Iovlen = uint64(len(iov))
	}
	if len(control) > 0 {
		msg.Control = &control[0]
		msg.Controllen = uint64(len(control))
	}
	if addr != nil {
		msg.Name = &addr.b[0]
		msg.Namelen = addr.n
	}
	var n uintptr
	err = s.call(t, unix.POLLOUT, s.deadline(), flags, func(dw int) error {
		var e error
		n, e = rawcall(unix.SYS_SENDMSG, uintptr(s.fd), uintptr(unsafe.Pointer(&msg)), uintptr(flags|dw|unix.MSG_NOSIGNAL), 0, 0, 0)
		return e
	})
	_ = keep
	if err != nil {
		return py.Value{}, err
	}
	return py.Int(int64(n)), nil
}

func recvmsgCommon(t *py.Thread, s *sock, bufs [][]byte, a []py.Value) (int, py.Value, int, py.Value, *py.Exception) {
	anc := 0
	var err *py.Exception
	if len(a) > 0 {
		if anc, err = cInt(t, a[0]); err != nil {
			return 0, py.Value{}, 0, py.Value{}, err
		}
		if anc < 0 {
			return 0, py.Value{}, 0, py.Value{}, py.Errorf(py.ValueError(), "negative buffer size in recvmsg()")
		}
		anc = min(anc, maxChunk)
	}
	flags := 0
	if len(a) > 1 {
		if flags, err = cInt(t, a[1]); err != nil {
			return 0, py.Value{}, 0, py.Value{}, err
		}
	}
	iov := make([]unix.Iovec, 0, len(bufs))
	for _, b := range bufs {
		v := unix.Iovec{Len: uint64(len(b))}
		if len(b) > 0 {
			v.Base = &b[0]
		}
		iov = append(iov, v)
	}
	control := make([]byte, anc+1)
	var addr rawAddr
	var msg unix.Msghdr
	var n uintptr
	err = s.call(t, unix.POLLIN, s.deadline(), flags, func(dw int) error {
		msg = unix.Msghdr{Name: &addr.b[0], Namelen: uint32(len(addr.b))}
		if len(iov) > 0 {
			msg.Iov = &iov[0]
			msg.Iovlen = uint64(len(iov))
		}
		if anc > 0 {
			msg.Control = &control[0]
			msg.Controllen = uint64(anc)
		}
		var e error
		n, e = rawcall(unix.SYS_RECVMSG, uintptr(s.fd), uintptr(unsafe.Pointer(&msg)), uintptr(flags|dw), 0, 0, 0)
		return e
	})
	if err != nil {
		return 0, py.Value{}, 0, py.Value{}, err
	}
	var items []py.Value
	c := control[:msg.Controllen]
	for len(c) >= 16 {
		l := int(*(*uint64)(unsafe.Pointer(&c[0])))
		if l < 16 || l > len(c) {
			l = len(c)
		}
		level := *(*int32)(unsafe.Pointer(&c[8]))
		typ := *(*int32)(unsafe.Pointer(&c[12]))
		items = append(items, py.NewTuple(py.Int(int64(level)), py.Int(int64(typ)), py.NewBytes(append([]byte(nil), c[16:l]...))))
		l = (l + 7) &^ 7
		if l >= len(c) {
			break
		}
		c = c[l:]
	}
	addr.n = msg.Namelen
	addr.family = s.family
	av := py.None()
	if addr.n > 0 {
		if av, err = addr.value(t); err != nil {
			return 0, py.Value{}, 0, py.Value{}, err
		}
	}
	return int(n), py.NewList(items).Value(), int(msg.Flags), av, nil
}

func recvmsg(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	s := of(self)
	size, err := sizeArg(t, a[0], "recvmsg")
	if err != nil {
		return py.Value{}, err
	}
	buf := make([]byte, min(size, maxChunk))
	n, anc, flags, addr, err := recvmsgCommon(t, s, [][]byte{buf}, a[1:])
	if err != nil {
		return py.Value{}, err
	}
	return py.NewTuple(py.NewBytes(buf[:n]), anc, py.Int(int64(flags)), addr), nil
}

func recvmsgInto(t *py.Thread, self py.Value, a []py.Value) (py.Value, *py.Exception) {
	s := of(self)
	items, err := py.ToSlice(t, a[0])
	if err != nil {
		return py.Value{}, py.Errorf(py.TypeError(), "recvmsg_into() argument 1 must be an iterable")
	}
	var bufs [][]byte
	for _, it := range items {
		b, ok := py.WritableBuffer(it)
		if !ok {
			return py.Value{}, py.Errorf(py.TypeError(), "recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers")
		}
		bufs = append(bufs, b)
	}
	n, anc, flags, addr, err := recvmsgCommon(t, s, bufs, a[1:])
	if err != nil {
		return py.Value{}, err
	}
	return py.NewTuple(py.Int(int64(n)), anc, py.Int(int64(flags)), addr), nil
}
