package socket

import (
	"encoding/binary"
	"net/netip"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// rawAddr is a struct sockaddr_storage as the system reads and writes it: n
// bytes of b are used.
type rawAddr struct {
	b      [128]byte
	n      uint32
	family int
}

// value is CPython's makesockaddr: the Python form of an address.
func (a *rawAddr) value(t *py.Thread) (py.Value, *py.Exception) {
	if a.n < 2 {
		if a.family == unix.AF_UNIX {
			return py.NewStr(""), nil
		}
		return py.None(), nil
	}
	b := a.b[:min(int(a.n), len(a.b))]
	switch int(binary.NativeEndian.Uint16(b)) {
	case unix.AF_INET:
		ip := netip.AddrFrom4([4]byte(a.b[4:8]))
		return py.NewTuple(py.NewStr(ip.String()), py.Int(int64(binary.BigEndian.Uint16(a.b[2:4])))), nil
	case unix.AF_INET6:
		return py.NewTuple(py.NewStr(ntop6([16]byte(a.b[8:24]))), py.Int(int64(binary.BigEndian.Uint16(a.b[2:4]))),
			py.Int(int64(binary.BigEndian.Uint32(a.b[4:8]))), py.Int(int64(binary.NativeEndian.Uint32(a.b[24:28])))), nil
	case unix.AF_UNIX:
		path := b[2:]
		if len(path) > 0 && path[0] == 0 {
			return py.NewBytes(append([]byte(nil), path...)), nil
		}
		if i := strings.IndexByte(string(path), 0); i >= 0 {
			path = path[:i]
		}
		return py.FsStr(string(path)), nil
	}
	return py.NewTuple(py.Int(int64(binary.NativeEndian.Uint16(b))), py.NewBytes(append([]byte(nil), b[2:]...))), nil
}

// ntop6 writes an IPv6 address as glibc's inet_ntop does (RFC 5952, with the
// IPv4-mapped and IPv4-compatible forms in dotted quads).
func ntop6(ip [16]byte) string {
	zero := true
	for _, c := range ip[:12] {
		if c != 0 {
			zero = false
		}
	}
	if zero && (ip[12] != 0 || ip[13] != 0) {
		return "::" + netip.AddrFrom4([4]byte(ip[12:])).String()
	}
	return netip.AddrFrom16(ip).String()
}

// pton4 is inet_pton(AF_INET): exactly four decimal parts.
func pton4(s string) ([4]byte, bool) {
	ip, err := netip.ParseAddr(s)
	if err != nil || !ip.Is4() {
		return [4]byte{}, false
	}
	return ip.As4(), true
}

// pton6 is inet_pton(AF_INET6), without a zone.
func pton6(s string) ([16]byte, bool) {
	if strings.ContainsAny(s, "%") {
		return [16]byte{}, false
	}
	ip, err := netip.ParseAddr(s)
	if err != nil || !ip.Is6() {
		return [16]byte{}, false
	}
	return ip.As16(), true
}

// hostArg is CPython's idna converter: a str (encoded as IDNA when not ASCII),
// bytes or bytearray.
func hostArg(t *py.Thread, v py.Value) (string, *py.Exception) {
	if s, ok := py.AsStr(v); ok {
		ascii := true
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				ascii = false
				break
			}
		}
		if ascii {
			return s, nil
		}
		b, err := py.EncodeStr(t, s, "idna", "strict")
		if err != nil {
			return "", err
		}
		return string(b), nil
	}
	if b, ok := py.AsBytes(v); ok {
		return string(b), nil
	}
	if b, ok := py.WritableBuffer(v); ok && v.Type().Name == "bytearray" {
		return string(b), nil
	}
	return "", py.Errorf(py.TypeError(), "str, bytes or bytearray expected, not %s", v.Type().Name)
}

func portArg(t *py.Thread, v py.Value, call string) (int, *py.Exception) {
	if v.Type().IsSubtype(py.FloatType()) {
		return 0, py.Errorf(py.TypeError(), "'float' object cannot be interpreted as an integer")
	}
	n, err := py.IndexInt(t, v, py.OverflowError())
	if err != nil && !err.Matches(py.OverflowError()) {
		return 0, err
	}
	if err != nil || n < 0 || n > 65535 {
		return 0, py.Errorf(py.OverflowError(), "%s(): port must be 0-65535.", call)
	}
	return int(n), nil
}

// parseAddr is CPython's getsockaddrarg for the socket's family.
func (s *sock) parseAddr(t *py.Thread, v py.Value, call string) (rawAddr, *py.Exception) {
	var a rawAddr
	a.family = s.family
	switch s.family {
	case unix.AF_UNIX:
		var path []byte
		if str, ok := py.AsStr(v); ok {
			p, err := py.FsPath(t, py.NewStr(str))
			if err != nil {
				return a, err
			}
			path = []byte(p)
		} else if b, ok := py.AsContiguousBuffer(v); ok {
			path = b
		} else {
			return a, py.Errorf(py.TypeError(), "a bytes-like object is required, not '%s'", v.Type().Name)
		}
		if len(path) > 0 && path[0] == 0 {
			if len(path) > 108 {
				return a, py.Errorf(py.OSError(), "AF_UNIX path too long")
			}
		} else if len(path) >= 108 {
			return a, py.Errorf(py.OSError(), "AF_UNIX path too long")
		}
		binary.NativeEndian.PutUint16(a.b[:], unix.AF_UNIX)
		copy(a.b[2:], path)
		a.n = uint32(2 + len(path))
		return a, nil
	case unix.AF_INET, unix.AF_INET6:
		name := "AF_INET"
		if s.family == unix.AF_INET6 {
			name = "AF_INET6"
		}
		tup, ok := py.TupleItems(v)
		if !ok {
			return a, py.Errorf(py.TypeError(), "%s(): %s address must be tuple, not %s", call, name, v.Type().Name)
		}
		if s.family == unix.AF_INET && len(tup) != 2 {
			return a, py.Errorf(py.TypeError(), "AF_INET address must be a pair (host, port)")
		}
		if s.family == unix.AF_INET6 && (len(tup) < 2 || len(tup) > 4) {
			return a, py.Errorf(py.TypeError(), "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
		}
		host, err := hostArg(t, tup[0])
		if err != nil {
			return a, err
		}
		port, err := portArg(t, tup[1], call)
		if err != nil {
			return a, err
		}
		ip, err := setIPAddr(t, host, s.family)
		if err != nil {
			return a, err
		}
		binary.NativeEndian.PutUint16(a.b[:], uint16(s.family))
		binary.BigEndian.PutUint16(a.b[2:], uint16(port))
		if s.family == unix.AF_INET {
			copy(a.b[4:8], ip.AsSlice())
			a.n = 16
			return a, nil
		}
		var flow, scope int64
		if len(tup) > 2 {
			if flow, err = py.IndexInt(t, tup[2], py.OverflowError()); err != nil {
				return a, err
			}
			if flow < 0 || flow > 0xfffff {
				return a, py.Errorf(py.OverflowError(), "%s(): flowinfo must be 0-1048575.", call)
			}
		}
		if len(tup) > 3 {
			if scope, err = py.IndexInt(t, tup[3], py.OverflowError()); err != nil {
				return a, err
			}
			if scope < 0 || scope > 0xffffffff {
				return a, py.Errorf(py.OverflowError(), "Python int too large to convert to C unsigned long")
			}
		}
		if z := ip.Zone(); z != "" && scope == 0 {
			if n, e := strconv.Atoi(z); e == nil {
				scope = int64(n)
			} else if ifi, e := interfaceByName(z); e == nil {
				scope = int64(ifi)
			}
		}
		binary.BigEndian.PutUint32(a.b[4:], uint32(flow))
		ip16 := ip.As16()
		copy(a.b[8:24], ip16[:])
		binary.NativeEndian.PutUint32(a.b[24:], uint32(scope))
		a.n = 28
		return a, nil
	}
	return a, py.Errorf(py.OSError(), "%s(): bad family", call)
}

// setIPAddr is CPython's setipaddr: the address of a host for a family; ""
// is the wildcard, "<broadcast>" IPv4's broadcast address, a numeric address
// itself, other names are looked up.
func setIPAddr(t *py.Thread, host string, family int) (netip.Addr, *py.Exception) {
	if host == "" {
		if family == unix.AF_INET6 {
			return netip.IPv6Unspecified(), nil
		}
		return netip.IPv4Unspecified(), nil
	}
	if family == unix.AF_INET {
		if host == "<broadcast>" || host == "255.255.255.255" {
			return netip.AddrFrom4([4]byte{255, 255, 255, 255}), nil
		}
		if ip, ok := pton4(host); ok {
			return netip.AddrFrom4(ip), nil
		}
	} else if ip, err := netip.ParseAddr(host); err == nil && ip.Is6() {
		return ip, nil
	}
	addrs, err := lookup(t, host, family, 0)
	if err != nil {
		return netip.Addr{}, err
	}
	return addrs[0], nil
}
