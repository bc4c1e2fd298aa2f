# TCP over loopback between two threads, socketpair, makefile, timeouts and the
# errors of closed ports and closed sockets.
import socket
import threading


server_log = []


def echo_server(srv, ready):
    ready.set()
    conn, peer = srv.accept()
    with conn:
        server_log.append("server peer is loopback: " + peer[0])
        while True:
            data = conn.recv(7)
            if not data:
                break
            conn.sendall(data.upper())
    server_log.append("server done")


srv = socket.create_server(("127.0.0.1", 0))
print(srv.family, srv.type, srv.proto, repr(srv.family), repr(srv.type))
host, port = srv.getsockname()
print("bound to", host, "port is int:", isinstance(port, int) and port > 0)
ready = threading.Event()
th = threading.Thread(target=echo_server, args=(srv, ready))
th.start()
ready.wait()
with socket.create_connection((host, port), timeout=5) as c:
    print("timeout", c.gettimeout(), "blocking", c.getblocking())
    print("peer matches", c.getpeername() == (host, port))
    c.sendall(b"hello, echo server! " * 10)
    got = b""
    while len(got) < 200:
        got += c.recv(64)
    print(got[:40], len(got))
    c.shutdown(socket.SHUT_WR)
    print("after shutdown:", c.recv(10))
th.join()
print(server_log)
srv.close()
print("closed repr:", repr(srv))

# A listening port that is closed again refuses connections.
probe = socket.socket()
probe.bind(("127.0.0.1", 0))
closed_port = probe.getsockname()[1]
probe.close()
try:
    socket.create_connection(("127.0.0.1", closed_port))
except ConnectionRefusedError as e:
    print("refused:", type(e).__name__, e.errno, e.strerror)
s = socket.socket()
print("connect_ex:", s.connect_ex(("127.0.0.1", closed_port)))
s.close()

# socketpair, recv_into, makefile and timeouts.
a, b = socket.socketpair()
print(a.family, a.type, a.getsockname() == "", repr(a.getsockname()))
a.sendall(b"abcdef")
buf = bytearray(4)
print(b.recv_into(buf), buf)
print(b.recv(100))
b.settimeout(0.05)
try:
    b.recv(1)
except socket.timeout as e:
    print("timeout:", type(e).__name__, e, socket.timeout is TimeoutError)
b.setblocking(False)
print("nonblocking timeout:", b.gettimeout(), b.getblocking())
try:
    b.recv(1)
except BlockingIOError as e:
    print("would block:", e.errno)
b.setblocking(True)
print(b.gettimeout(), b.getblocking())
wf = a.makefile("w", encoding="utf-8")
rf = b.makefile("r", encoding="utf-8")
wf.write("first line\nsecond line\n")
wf.flush()
print(repr(rf.readline()), repr(rf.readline()))
wf.close()
rf.close()
a.close()
print("after close a: b.recv ->", b.recv(10))
b.close()
try:
    b.recv(1)
except OSError as e:
    print("closed socket:", type(e).__name__, e.errno)
print("fileno after close:", b.fileno())

# options
s = socket.socket()
s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print("SO_REUSEADDR", s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, True)
print("TCP_NODELAY", s.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
print("SO_TYPE", s.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE))
print("linger bytes", len(s.getsockopt(socket.SOL_SOCKET, socket.SO_LINGER, 8)))
d = s.dup()
print("dup", d.family, d.type, d.fileno() != s.fileno())
d.close()
fd = s.detach()
print("detached", s.fileno(), fd > 2)
t = socket.socket(fileno=fd)
print("fromfd family", t.family, t.type)
t.close()
with socket.socket(socket.AF_INET, socket.SOCK_STREAM | socket.SOCK_NONBLOCK) as nb:
    print("SOCK_NONBLOCK", nb.type, nb.gettimeout(), nb.getblocking())
