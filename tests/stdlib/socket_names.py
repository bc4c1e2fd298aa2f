# Address conversion and resolution that needs no network: numeric hosts,
# localhost from /etc/hosts, byte order, enums, errors.
import socket

print(socket.inet_aton("127.0.0.1"), socket.inet_aton("1.2.3"), socket.inet_aton("0x7f.1"))
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"))
for bad in ["1.2.3.4.5", "256.1.1.1", "", "abc"]:
    try:
        socket.inet_aton(bad)
    except OSError as e:
        print(repr(bad), e)
print(socket.inet_pton(socket.AF_INET6, "::1"), socket.inet_pton(socket.AF_INET, "10.0.0.1"))
for packed in [bytes(16), b"\x20\x01\x0d\xb8" + bytes(11) + b"\x01", bytes(10) + b"\xff\xff\x01\x02\x03\x04", bytes(12) + b"\x01\x02\x03\x04"]:
    print(socket.inet_ntop(socket.AF_INET6, packed))
for args in [(socket.AF_INET, "1.2.3"), (socket.AF_INET6, "1::2::3")]:
    try:
        socket.inet_pton(*args)
    except OSError as e:
        print(e)
try:
    socket.inet_ntop(socket.AF_INET, b"123")
except ValueError as e:
    print(e)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x01020304))
for f, v in [(socket.htons, -1), (socket.htons, 70000), (socket.htonl, 2**32)]:
    try:
        f(v)
    except OverflowError as e:
        print(f.__name__, "OverflowError")

print(socket.getaddrinfo("127.0.0.1", 80))
print(socket.getaddrinfo("localhost", "http", socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", 8080, socket.AF_INET6, socket.SOCK_DGRAM))
print(socket.getaddrinfo(None, 0, socket.AF_INET, socket.SOCK_STREAM, 0, socket.AI_PASSIVE))
print(socket.getaddrinfo("127.0.0.1", None, proto=socket.IPPROTO_UDP))
for args in [("127.0.0.1", "no-such-service"), ("localhost", 80, 12345), ("somehost", 80, 0, 0, 0, socket.AI_NUMERICHOST), (None, None)]:
    try:
        socket.getaddrinfo(*args)
    except socket.gaierror as e:
        print(type(e).__name__, e.errno, e.strerror, isinstance(e, OSError))
print(socket.gethostbyname("localhost"), socket.gethostbyname("10.1.2.3"))
print(socket.gethostbyname_ex("127.0.0.1"))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(socket.getnameinfo(("127.0.0.1", 53), socket.NI_NUMERICHOST | socket.NI_DGRAM))
print(socket.getservbyname("http"), socket.getservbyname("domain", "udp"), socket.getservbyport(22))
print(socket.getprotobyname("tcp"), socket.getprotobyname("udp"))
for f, a in [(socket.getservbyname, ("no-such-service",)), (socket.getprotobyname, ("no-such-proto",))]:
    try:
        f(*a)
    except OSError as e:
        print(f.__name__, e)
print(type(socket.gethostname()).__name__)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
s = socket.socket()
print(s.gettimeout(), s.getblocking())
s.close()
socket.setdefaulttimeout(None)
print(socket.AF_INET, repr(socket.AF_INET6), repr(socket.SOCK_DGRAM), socket.SOCK_STREAM.name)
print(repr(socket.MSG_PEEK), repr(socket.AI_PASSIVE | socket.AI_CANONNAME))
print(socket.AddressFamily(1), isinstance(socket.AF_UNIX, int))
print(socket.CMSG_LEN(4), socket.CMSG_SPACE(4), socket.has_ipv6)
print(socket.error is OSError, issubclass(socket.herror, OSError), socket.SocketType is socket._socket.socket)
print(all(isinstance(i, int) and isinstance(n, str) for i, n in socket.if_nameindex()))
print(socket.if_indextoname(socket.if_nametoindex("lo")))
for name in ["SOL_SOCKET", "SO_REUSEADDR", "IPPROTO_TCP", "TCP_NODELAY", "MSG_DONTWAIT", "SHUT_RDWR",
             "INADDR_ANY", "INADDR_LOOPBACK", "AI_NUMERICHOST", "NI_MAXHOST", "EAI_NONAME", "SOMAXCONN"]:
    print(name, int(getattr(socket, name)))
