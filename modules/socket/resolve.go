package socket

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"math"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"

	"github.com/kaa-python/kaa/py"
)

// The getaddrinfo error codes and glibc's messages for them.
const (
	eaiBadflags = -1
	eaiNoname   = -2
	eaiAgain    = -3
	eaiFamily   = -6
	eaiSocktype = -7
	eaiService  = -8
)

var eaiText = map[int]string{
	eaiBadflags: "Bad value for ai_flags",
	eaiNoname:   "Name or service not known",
	eaiAgain:    "Temporary failure in name resolution",
	eaiFamily:   "ai_family not supported",
	eaiSocktype: "ai_socktype not supported",
	eaiService:  "Servname not supported for ai_socktype",
}

func gaiError(code int) *py.Exception {
	return py.NewException(gaierror, py.Int(int64(code)), py.NewStr(eaiText[code]))
}

var resolver = &net.Resolver{PreferGo: true}

// lookup finds the addresses of a host name of a family (0: both), with the
// interpreter lock released; a failure is a gaierror.
func lookup(t *py.Thread, host string, family, flags int) ([]netip.Addr, *py.Exception) {
	if ip, err := netip.ParseAddr(host); err == nil && ip.Zone() == "" || err == nil && ip.Is6() {
		return filterFamily([]netip.Addr{ip}, family)
	}
	if ip, ok := aton(host); ok {
		return filterFamily([]netip.Addr{netip.AddrFrom4(ip)}, family)
	}
	if flags&AI_NUMERICHOST != 0 {
		return nil, gaiError(eaiNoname)
	}
	if t.Interp().Sandboxed() {
		return nil, py.HostDenied("name resolution")
	}
	network := "ip"
	switch family {
	case unix.AF_INET:
		network = "ip4"
	case unix.AF_INET6:
		network = "ip6"
	}
	var addrs []netip.Addr
	var err error
	t.Unlocked(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		addrs, err = resolver.LookupNetIP(ctx, network, host)
	})
	if err != nil {
		var de *net.DNSError
		if errors.As(err, &de) && (de.IsTimeout || de.IsTemporary) && !de.IsNotFound {
			return nil, gaiError(eaiAgain)
		}
		return nil, gaiError(eaiNoname)
	}
	for i, a := range addrs {
		addrs[i] = a.Unmap()
		if family == unix.AF_INET6 && a.Is4() {
			addrs[i] = netip.AddrFrom16(a.As16())
		}
	}
	return filterFamily(addrs, family)
}

func filterFamily(addrs []netip.Addr, family int) ([]netip.Addr, *py.Exception) {
	var out []netip.Addr
	for _, a := range addrs {
		if family == 0 || family == unix.AF_INET && a.Is4() || family == unix.AF_INET6 && a.Is6() {
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, gaiError(eaiNoname)
	}
	return out, nil
}

// aton is inet_aton's permissive IPv4 syntax: one to four parts, each decimal,
// octal (0…) or hexadecimal (0x…), the last filling the remaining bytes.
func aton(s string) ([4]byte, bool) {
	var out [4]byte
	if s == "" {
		return out, false
	}
	if i := strings.IndexAny(s, " \t\n\v\f\r"); i >= 0 {
		s = s[:i] // glibc stops at white space
	}
	parts := strings.Split(s, ".")
	if len(parts) > 4 {
		return out, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		base := 10
		switch {
		case strings.HasPrefix(p, "0x") || strings.HasPrefix(p, "0X"):
			base, p = 16, p[2:]
			if p == "" {
				p = "0"
			}
		case len(p) > 1 && p[0] == '0':
			base, p = 8, p[1:]
		}
		if p == "" {
			return out, false
		}
		v, err := strconv.ParseUint(p, base, 32)
		if err != nil {
			return out, false
		}
		vals[i] = v
	}
	last := vals[len(vals)-1]
	var n uint64
	for i, v := range vals[:len(vals)-1] {
		if v > 255 {
			return out, false
		}
		n |= v << (24 - 8*i)
	}
	if last >= 1<<(8*(5-len(vals))) {
		return out, false
	}
	n |= last
	binary.BigEndian.PutUint32(out[:], uint32(n))
	return out, true
}

// service is a line of /etc/services.
type service struct {
	name  string
	names []string
	port  int
	proto string
}

func services() []service {
	f, err := os.Open("/etc/services")
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []service
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		p, proto, ok := strings.Cut(fields[1], "/")
		port, err := strconv.Atoi(p)
		if !ok || err != nil {
			continue
		}
		out = append(out, service{fields[0], append([]string{fields[0]}, fields[2:]...), port, proto})
	}
	return out
}

func serviceByName(name, proto string) (int, bool) {
	for _, s := range services() {
		if proto == "" || proto == s.proto {
			for _, n := range s.names {
				if n == name {
					return s.port, true
				}
			}
		}
	}
	return 0, false
}

func serviceByPort(port int, proto string) (string, bool) {
	for _, s := range services() {
		if s.port == port && (proto == "" || proto == s.proto) {
			return s.name, true
		}
	}
	return "", false
}

var builtinProtocols = map[string]int{"ip": 0, "icmp": 1, "igmp": 2, "tcp": 6, "udp": 17, "ipv6": 41, "icmpv6": 58, "ipv6-icmp": 58, "raw": 255, "sctp": 132}

func protocolByName(name string) (int, bool) {
	if f, err := os.Open("/etc/protocols"); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line, _, _ := strings.Cut(sc.Text(), "#")
			fields := strings.Fields(line)
			if len(fields) < 2 {
				continue
			}
			n, err := strconv.Atoi(fields[1])
			if err != nil {
				continue
			}
			if fields[0] == name || len(fields) > 2 && contains(fields[2:], name) {
				return n, true
			}
		}
		return 0, false
	}
	n, ok := builtinProtocols[name]
	return n, ok
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

func reverse(t *py.Thread, ip netip.Addr) (string, bool) {
	if t.Interp().Sandboxed() {
		return "", false
	}
	var names []string
	var err error
	t.Unlocked(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		names, err = resolver.LookupAddr(ctx, ip.String())
	})
	if err != nil || len(names) == 0 {
		return "", false
	}
	return strings.TrimSuffix(names[0], "."), true
}

func strArg(v py.Value, fn string, n int) (string, *py.Exception) {
	s, ok := py.AsStr(v)
	if !ok {
		return "", py.Errorf(py.TypeError(), "%s() argument %d must be str, not %s", fn, n, v.Type().Name)
	}
	return s, nil
}

func newSock(fd, family, typ, proto int) py.Value {
	typesOnce.Do(initTypes)
	v, _ := socketNew(nil, socketType, nil, nil)
	s := of(v)
	s.fd, s.family, s.typ, s.proto = fd, family, typ, proto
	s.timeout = getDefaultTimeout()
	if s.timeout >= 0 {
		unix.SetNonblock(fd, true)
	}
	return v
}

func u16(t *py.Thread, v py.Value, fn string) (uint16, *py.Exception) {
	if !py.IsInt(v) {
		return 0, py.Errorf(py.TypeError(), "'%s' object cannot be interpreted as an integer", v.Type().Name)
	}
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	if ok && n < 0 || !ok && bigNeg(iv) {
		return 0, py.Errorf(py.OverflowError(), "%s: can't convert negative Python int to C 16-bit unsigned integer", fn)
	}
	if !ok || n > 0xffff {
		return 0, py.Errorf(py.OverflowError(), "%s: Python int too large to convert to C 16-bit unsigned integer", fn)
	}
	return uint16(n), nil
}

func bigNeg(v py.Value) bool {
	b, ok := py.AsBigInt(v)
	return ok && b.Sign() < 0
}

func u32(t *py.Thread, v py.Value) (uint32, *py.Exception) {
	if !py.IsInt(v) {
		return 0, py.Errorf(py.TypeError(), "expected int, %s found", v.Type().Name)
	}
	iv, err := py.Index(t, v)
	if err != nil {
		return 0, err
	}
	n, ok := py.AsInt64(iv)
	if ok && n < 0 || !ok && bigNeg(iv) {
		return 0, py.Errorf(py.OverflowError(), "can't convert negative value to unsigned int")
	}
	if !ok || n > math.MaxUint32 {
		return 0, py.Errorf(py.OverflowError(), "int larger than 32 bits")
	}
	return uint32(n), nil
}

func swap16(n uint16) uint16 { return n>>8 | n<<8 }
func swap32(n uint32) uint32 {
	return n>>24 | n>>8&0xff00 | n<<8&0xff0000 | n<<24
}

func interfaceByName(name string) (int, error) {
	ifi, err := net.InterfaceByName(name)
	if err != nil {
		return 0, err
	}
	return ifi.Index, nil
}

// getaddrinfo's and getnameinfo's flags (glibc's values).
const (
	AI_PASSIVE     = 0x1
	AI_CANONNAME   = 0x2
	AI_NUMERICHOST = 0x4
	AI_V4MAPPED    = 0x8
	AI_ALL         = 0x10
	AI_ADDRCONFIG  = 0x20
	AI_NUMERICSERV = 0x400

	NI_NUMERICHOST  = 0x1
	NI_NUMERICSERV  = 0x2
	NI_NAMEREQD     = 0x8
	NI_DGRAM        = 0x10
	NI_NUMERICSCOPE = 0x100
)
