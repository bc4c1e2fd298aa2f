# UDP over loopback, Unix stream and datagram sockets in a temporary directory.
import os
import socket
import tempfile
import threading

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2.bind(("127.0.0.1", 0))
print(u1.type, u1.proto)
u1.sendto(b"ping", u2.getsockname())
data, addr = u2.recvfrom(100)
print(data, addr == u1.getsockname())
u2.sendto(b"pong!", 0, addr)
buf = bytearray(10)
n, addr2 = u1.recvfrom_into(buf)
print(n, bytes(buf[:n]), addr2 == u2.getsockname())
u1.connect(u2.getsockname())
u1.send(b"connected")
print(u2.recv(4))  # the rest of the datagram is dropped
u1.settimeout(0.05)
try:
    u1.recvfrom(10)
except TimeoutError as e:
    print("udp timeout:", e)
u1.close()
u2.close()

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "sock")
    srv = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    srv.bind(path)
    srv.listen(1)
    print("unix name is path:", srv.getsockname() == path)

    def serve():
        conn, _ = srv.accept()
        with conn:
            conn.sendall(conn.recv(100)[::-1])

    th = threading.Thread(target=serve)
    th.start()
    c = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    c.connect(path)
    print("peer is path:", c.getpeername() == path)
    c.sendall(b"stressed")
    print(c.recv(100))
    th.join()
    c.close()
    srv.close()

    dpath = os.path.join(tmp, "dgram")
    d1 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    d1.bind(dpath)
    d2 = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    d2.sendto(b"unix datagram", dpath)
    print(d1.recvfrom(100))
    d1.close()
    d2.close()

    try:
        socket.socket(socket.AF_UNIX).connect(os.path.join(tmp, "missing"))
    except FileNotFoundError as e:
        print("missing:", type(e).__name__, e.errno)
    try:
        socket.socket(socket.AF_UNIX).bind("x" * 200)
    except OSError as e:
        print("long path:", e)

# abstract namespace
ab = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
ab.bind(b"\0kaa-socket-test-%d" % os.getpid())
print("abstract is bytes:", type(ab.getsockname()).__name__, ab.getsockname()[:1])
ab.close()

a, b = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
a.send(b"one")
a.send(b"two")
print(b.recv(10), b.recv(10))
r, w = os.pipe()
socket.send_fds(a, [b"fd"], [r])
msg, fds, flags, _ = socket.recv_fds(b, 10, 1)
print(msg, len(fds), flags)
os.write(w, b"through the passed descriptor")
print(os.read(fds[0], 100))
for fd in (r, w, *fds):
    os.close(fd)
a.close()
b.close()
