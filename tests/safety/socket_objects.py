# _socket and socket with ill-typed, out-of-range and hostile arguments, on
# sockets that are closed, unbound, non-blocking or timed out, so that nothing
# waits: every wait has a timeout of zero or a short one.
import os
import socket
import _socket

vals = [None, 'x', '', -1, 0, 1, 65536, 2**31, 2**63, -2**63, 2**100, 1.5, float('nan'), float('inf'), -0.5,
        b'', b'x' * 200, bytearray(3), memoryview(b'abc')[::2], (), ('127.0.0.1',), ('127.0.0.1', 'x'),
        ('127.0.0.1', -1), ('127.0.0.1', 70000), ('::1', 0, 2**40), ('::1', 0, 0, 2**40), ('256.1.1.1', 0),
        ('\udcff', 0), ('x' * 300, 0), ('<broadcast>', 0), [1, 2], object(), 1j, '\0abstract', 'a' * 120,
        socket.AF_INET, socket.AF_UNIX, socket.SOCK_DGRAM]
bad = count = 0


def call(name, f, *a, **k):
    global bad, count
    count += 1
    try:
        r = f(*a, **k)
        if isinstance(r, socket.socket):
            r.close()
        elif isinstance(r, tuple):
            for x in r:
                if isinstance(x, socket.socket):
                    x.close()
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', name, a, k, e)
    except BaseException:
        pass


def fresh(family=socket.AF_INET, kind=socket.SOCK_STREAM):
    s = socket.socket(family, kind)
    s.settimeout(0.001)
    return s


socket.setdefaulttimeout(0.001)
for a in vals:
    call('socket()', socket.socket, a)
    call('socket(type)', socket.socket, socket.AF_INET, a)
    call('socket(proto)', socket.socket, socket.AF_INET, socket.SOCK_STREAM, a)
    if not isinstance(a, int) or a < 0 or a > 2**31:
        call('socket(fileno)', socket.socket, fileno=a)
    for fam, kind in [(socket.AF_INET, socket.SOCK_STREAM), (socket.AF_INET6, socket.SOCK_DGRAM),
                      (socket.AF_UNIX, socket.SOCK_DGRAM)]:
        s = fresh(fam, kind)
        call('bind', s.bind, a)
        call('connect', s.connect, a)
        call('connect_ex', s.connect_ex, a)
        call('sendto', s.sendto, b'x', a)
        call('sendto flags', s.sendto, b'x', a, ('127.0.0.1', 9))
        call('sendto data', s.sendto, a, ('127.0.0.1', 9))
        call('send', s.send, a)
        call('sendall', s.sendall, a)
        call('send flags', s.send, b'', a)
        call('recv', s.recv, a)
        call('recv flags', s.recv, 1, a)
        call('recvfrom', s.recvfrom, a)
        call('recv_into', s.recv_into, a)
        call('recv_into n', s.recv_into, bytearray(2), a)
        call('recvfrom_into', s.recvfrom_into, bytearray(2), a)
        call('recvmsg', s.recvmsg, a)
        call('recvmsg anc', s.recvmsg, 1, a)
        call('recvmsg_into', s.recvmsg_into, a)
        call('sendmsg', s.sendmsg, a)
        call('sendmsg anc', s.sendmsg, [b'x'], a)
        call('sendmsg anc item', s.sendmsg, [b'x'], [(1, 1, a)])
        call('sendmsg addr', s.sendmsg, [b'x'], [], 0, a)
        call('setsockopt', s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, a)
        call('setsockopt level', s.setsockopt, a, 1, 1)
        call('setsockopt none', s.setsockopt, socket.SOL_SOCKET, socket.SO_REUSEADDR, None, a)
        call('getsockopt', s.getsockopt, socket.SOL_SOCKET, socket.SO_TYPE, a)
        call('getsockopt opt', s.getsockopt, socket.SOL_SOCKET, a)
        call('settimeout', s.settimeout, a)
        call('setblocking', s.setblocking, a)
        s.settimeout(0.001)
        call('listen', s.listen, a)
        call('shutdown', s.shutdown, a)
        call('accept', s.accept)
        call('getpeername', s.getpeername)
        call('getsockname', s.getsockname)
        s.close()
        for name in ['bind', 'connect', 'send', 'recv', 'accept', 'listen', 'getsockname', 'fileno', 'detach',
                     'shutdown', 'setsockopt', 'getsockopt', 'recv_into', 'sendto', 'dup']:
            call('closed ' + name, getattr(s, name))
            call('closed ' + name, getattr(s, name), a)
    for fn in [socket.inet_aton, socket.inet_ntoa, socket.htons, socket.ntohs, socket.htonl, socket.ntohl,
               socket.gethostbyname, socket.gethostbyname_ex, socket.getprotobyname, socket.getservbyname,
               socket.getservbyport, socket.if_nametoindex, socket.if_indextoname, socket.CMSG_LEN,
               socket.CMSG_SPACE, socket.setdefaulttimeout, _socket.dup, socket.getfqdn]:
        call(fn.__name__, fn, a)
    call('inet_pton', socket.inet_pton, a, '1.2.3.4')
    call('inet_pton addr', socket.inet_pton, socket.AF_INET6, a)
    call('inet_ntop', socket.inet_ntop, a, b'1234')
    call('inet_ntop packed', socket.inet_ntop, socket.AF_INET6, a)
    call('getaddrinfo host', socket.getaddrinfo, a, 80, 0, 0, 0, socket.AI_NUMERICHOST)
    call('getaddrinfo port', socket.getaddrinfo, '127.0.0.1', a)
    call('getaddrinfo family', socket.getaddrinfo, '127.0.0.1', 80, a)
    call('getaddrinfo type', socket.getaddrinfo, '127.0.0.1', 80, 0, a)
    call('getaddrinfo proto', socket.getaddrinfo, '127.0.0.1', 80, 0, 0, a)
    call('getaddrinfo flags', socket.getaddrinfo, '127.0.0.1', 80, 0, 0, 0, a)
    call('getnameinfo', socket.getnameinfo, a, socket.NI_NUMERICHOST)
    call('getnameinfo flags', socket.getnameinfo, ('127.0.0.1', 80), a)
    call('socketpair', socket.socketpair, a)
    call('_socket.socketpair', _socket.socketpair, socket.AF_UNIX, a)
    call('create_connection', socket.create_connection, a, 0.001)
    call('create_server', socket.create_server, a)
    call('fromfd', socket.fromfd, a, socket.AF_INET, socket.SOCK_STREAM)

# A connected pair, with hostile sizes and buffers.
x, y = socket.socketpair()
x.settimeout(0.001)
y.settimeout(0.001)
for n in [-1, 0, 2**31, 2**62, 2**63 - 1, 2**64]:
    call('recv big', x.recv, n)
    call('recv_into big', x.recv_into, bytearray(4), n)
    call('recvmsg big', x.recvmsg, n, n)
y.sendall(b'data')
call('recv_into readonly', x.recv_into, b'abcd')
call('recv_into view', x.recv_into, memoryview(bytearray(8))[::2])
call('recv', x.recv, 2**40)
call('makefile', x.makefile, 'rwx')
call('makefile buffering', x.makefile, 'r', 0)
f = x.makefile('rb')
call('read timed out', f.read, 10)
call('read again', f.read, 10)
f.close()
call('sendfile text', x.sendfile, open(__file__))
call('sendfile count', x.sendfile, open(__file__, 'rb'), 0, -1)
x.close()
call('send to closed peer', y.send, b'x' * 100000)
y.close()
socket.setdefaulttimeout(None)
print('calls', count, 'system errors', bad)
