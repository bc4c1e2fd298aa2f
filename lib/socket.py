"""Sockets: the _socket module's BSD socket API with a friendlier socket class.

The socket class adds what the native type leaves to Python: file objects
(makefile), sendfile, the context-manager protocol, enum-valued family and
type, and accept() returning a socket of this class.  Module functions add
create_connection, create_server, socketpair, fromfd, getfqdn, and the
AddressFamily / SocketKind / MsgFlag / AddressInfo enumerations.
"""

import _socket
from _socket import *
import io
import os
import selectors
import sys
import errno
import array
from enum import IntFlag, IntEnum

EBADF = errno.EBADF
EAGAIN = errno.EAGAIN
EWOULDBLOCK = errno.EWOULDBLOCK

__all__ = ["fromfd", "getfqdn", "create_connection", "create_server", "has_dualstack_ipv6",
           "AddressFamily", "SocketKind"] + [_n for _n in dir(_socket) if _n[:1] != "_"]


def _prefixed(prefix):
    return lambda name: name.isupper() and name.startswith(prefix)


IntEnum._convert_('AddressFamily', __name__, _prefixed('AF_'))
IntEnum._convert_('SocketKind', __name__, _prefixed('SOCK_'))
IntFlag._convert_('MsgFlag', __name__, _prefixed('MSG_'))
IntFlag._convert_('AddressInfo', __name__, _prefixed('AI_'))
del _prefixed

_LOCALHOST = "127.0.0.1"
_LOCALHOST_V6 = "::1"


def _intenum_converter(number, kind):
    """number as the member of the enum kind with that value, if there is one."""
    return kind._value2member_map_.get(number, number)


# The errnos of a would-block failure.
_blocking_errnos = frozenset((EAGAIN, EWOULDBLOCK))


class _GiveupOnSendfile(Exception):
    """os.sendfile cannot serve this file or socket; send() it instead."""





class socket(_socket.socket):
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)

    A socket object: _socket.socket plus file objects, sendfile, with-blocks
    and enum-valued family and type.
    """

    # CPython keeps _io_refs and _closed in __slots__; Kaa's native types take
    # no slots in a subclass, so they live in the instance __dict__.

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        # -1 means "the default", except that with a descriptor it means
        # "ask the descriptor" (the native type does that).
        fill = (AF_INET, SOCK_STREAM, 0) if fileno is None else (-1, -1, -1)
        family, type, proto = [d if v == -1 else v for v, d in zip((family, type, proto), fill)]
        super().__init__(family, type, proto, fileno)
        self._io_refs, self._closed = 0, False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        # close() again after a close() or detach() changes nothing.
        self.close()

    def __repr__(self):
        shut = getattr(self, "_closed", False)
        cls = type(self)
        out = "<{}.{}{} fd={}, family={}, type={}, proto={}".format(
            cls.__module__, cls.__qualname__, " [closed]" if shut else "",
            self.fileno(), self.family, self.type, self.proto)
        if shut:
            return out + ">"
        try:
            mine = self.getsockname()
        except OSError:
            mine = None
        if mine:
            out += ", laddr=" + str(mine)
        try:
            theirs = self.getpeername()
        except OSError:
            theirs = None
        if theirs:
            out += ", raddr=" + str(theirs)
        return out + ">"

    def __getstate__(self):
        raise TypeError(f"cannot pickle {type(self).__name__!r} object")

    def dup(self):
        """A new socket of this class on a duplicate descriptor."""
        twin = type(self)(self.family, self.type, self.proto,
                          fileno=_socket.dup(self.fileno()))
        twin.settimeout(self.gettimeout())
        return twin

    def accept(self):
        """Wait for an incoming connection: (new socket, peer address)."""
        newfd, peer = self._accept()
        conn = socket(self.family, self.type, self.proto, fileno=newfd)
        # With no default timeout the new socket should block, even though
        # this one (having a timeout) is non-blocking underneath.
        if self.gettimeout() and getdefaulttimeout() is None:
            conn.setblocking(True)
        return conn, peer

    def makefile(self, mode="r", buffering=None, *, encoding=None, errors=None, newline=None):
        """A file object over the socket; mode is made of 'r', 'w' and 'b'.

        The socket stays open while the file is, even after close().
        """
        letters = set(mode)
        if letters - {"r", "w", "b"}:
            raise ValueError("invalid mode %r (only r, w, b allowed)" % (mode,))
        rd, wr, bin_ = "r" in letters, "w" in letters, "b" in letters
        if not (rd or wr):
            rd = True
        raw = SocketIO(self, ("r" if rd else "") + ("w" if wr else ""))
        self._io_refs = self._io_refs + 1
        size = -1 if buffering is None else buffering
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not size:
            if bin_:
                return raw
            raise ValueError("unbuffered streams must be binary")
        if rd and wr:
            stream = io.BufferedRWPair(raw, raw, size)
        elif wr:
            stream = io.BufferedWriter(raw, size)
        else:
            stream = io.BufferedReader(raw, size)
        if bin_:
            return stream
        wrapper = io.TextIOWrapper(stream, io.text_encoding(encoding),
                                   errors, newline)
        wrapper.mode = mode
        return wrapper

    def _sendfile_use_sendfile(self, file, offset=0, count=None):
        self._check_sendfile_params(file, offset, count)
        if not hasattr(os, "sendfile"):
            raise _GiveupOnSendfile("os.sendfile() not available on this platform")
        out_fd = self.fileno()
        try:
            in_fd = file.fileno()
            total_size = os.fstat(in_fd).st_size
        except (AttributeError, io.UnsupportedOperation, OSError) as why:
            raise _GiveupOnSendfile(why)
        if total_size == 0:
            return 0
        limit = self.gettimeout()
        if limit == 0:
            raise ValueError("non-blocking sockets are not supported")
        step = min(count or total_size, 1 << 30)
        poller = None
        if limit is not None:
            poller = selectors.DefaultSelector()
            poller.register(out_fd, selectors.EVENT_WRITE)
        done = 0
        pos = offset
        try:
            while not count or done < count:
                if poller is not None and not poller.select(limit):
                    raise TimeoutError("timed out")
                want = count - done if count else step
                try:
                    moved = os.sendfile(out_fd, in_fd, pos, want)
                except BlockingIOError:
                    if poller is None:
                        poller = selectors.DefaultSelector()
                        poller.register(out_fd, selectors.EVENT_WRITE)
                    continue
                except OSError as why:
                    if done:
                        raise why from None
                    # Nothing sent yet: the plain way may still work.
                    raise _GiveupOnSendfile(why)
                if not moved:
                    break
                pos += moved
                done += moved
            return done
        finally:
            if done and hasattr(file, "seek"):
                file.seek(pos)
            if poller is not None:
                poller.close()

    def _sendfile_use_send(self, file, offset=0, count=None):
        self._check_sendfile_params(file, offset, count)
        if self.gettimeout() == 0:
            raise ValueError("non-blocking sockets are not supported")
        if offset:
            file.seek(offset)
        piece = 8192 if not count else min(count, 8192)
        done = 0
        try:
            while True:
                if count:
                    piece = min(piece, count - done)
                    if piece <= 0:
                        return done
                view = memoryview(file.read(piece))
                if not len(view):
                    return done
                while len(view):
                    try:
                        k = self.send(view)
                    except BlockingIOError:
                        continue
                    done += k
                    view = view[k:]
        finally:
            if done and hasattr(file, "seek"):
                file.seek(offset + done)

    def _check_sendfile_params(self, file, offset, count):
        if "b" not in getattr(file, "mode", "b"):
            raise ValueError("file should be opened in binary mode")
        if not (self.type & SOCK_STREAM):
            raise ValueError("only SOCK_STREAM type sockets are supported")
        if count is None:
            return
        if not isinstance(count, int):
            raise TypeError("count must be a positive integer (got {!r})".format(count))
        if count < 1:
            raise ValueError("count must be a positive integer (got {!r})".format(count))

    def sendfile(self, file, offset=0, count=None):
        """Send a binary file's contents from offset, count bytes or to its
        end; os.sendfile is used when it can be, send() otherwise.  Returns
        the bytes sent; the file's position ends after the last one.
        """
        try:
            return self._sendfile_use_sendfile(file, offset, count)
        except _GiveupOnSendfile:
            pass
        return self._sendfile_use_send(file, offset, count)

    def _decref_socketios(self):
        self._io_refs = max(self._io_refs - 1, 0)
        if getattr(self, "_closed", False):
            self.close()

    def _real_close(self):
        _socket.socket.close(self)

    def close(self):
        """Close the socket (when the last makefile() file closes, if any)."""
        self._closed = True
        if self._io_refs < 1:
            _socket.socket.close(self)

    def detach(self):
        """Return the descriptor, which this object stops owning."""
        fd = _socket.socket.detach(self)
        self._closed = True
        return fd

    @property
    def family(self):
        """Read-only access to the address family for this socket."""
        return _intenum_converter(_socket.socket.family.__get__(self), AddressFamily)

    @property
    def type(self):
        """Read-only access to the socket type."""
        return _intenum_converter(_socket.socket.type.__get__(self), SocketKind)

    def get_inheritable(self):
        """Get the inheritable flag of the socket"""
        fd = self.fileno()
        return os.get_inheritable(fd)

    def set_inheritable(self, inheritable):
        """Set the inheritable flag of the socket"""
        fd = self.fileno()
        os.set_inheritable(fd, inheritable)


def fromfd(fd, family, type, proto=0):
    """fromfd(fd, family, type[, proto]) -> socket object

    A socket on a duplicate of the descriptor fd.
    """
    return socket(family, type, proto, _socket.dup(fd))


def send_fds(sock, buffers, fds, flags=0, address=None):
    """send_fds(sock, buffers, fds[, flags[, address]]) -> integer

    Send buffers' data and the descriptors fds over an AF_UNIX socket.
    """
    cmsg = (SOL_SOCKET, SCM_RIGHTS, array.array("i", fds))
    return sock.sendmsg(buffers, [cmsg], flags, address)


def recv_fds(sock, bufsize, maxfds, flags=0):
    """recv_fds(sock, bufsize, maxfds[, flags]) -> (data, list of fds, msg_flags, address)

    Receive data and at most maxfds descriptors over an AF_UNIX socket.
    """
    got = array.array("i")
    data, anc, msg_flags, peer = sock.recvmsg(bufsize, CMSG_LEN(maxfds * got.itemsize))
    for lvl, kind, blob in anc:
        if (lvl, kind) == (SOL_SOCKET, SCM_RIGHTS):
            whole = len(blob) // got.itemsize * got.itemsize
            got.frombytes(blob[:whole])
    return data, list(got), msg_flags, peer


__all__ += ["send_fds", "recv_fds"]


def _fallback_socketpair(family=AF_INET, type=SOCK_STREAM, proto=0):
    """A connected pair of TCP sockets over loopback, for want of socketpair(2)."""
    hosts = {AF_INET: _LOCALHOST, AF_INET6: _LOCALHOST_V6}
    if family not in hosts:
        raise ValueError("Only AF_INET and AF_INET6 socket address families are supported")
    if type != SOCK_STREAM or proto:
        raise ValueError("Only SOCK_STREAM socket type is supported" if type != SOCK_STREAM
                         else "Only protocol zero is supported")
    with socket(family, type, proto) as listener:
        listener.bind((hosts[family], 0))
        listener.listen()
        near = socket(family, type, proto)
        try:
            near.setblocking(False)
            try:
                near.connect(listener.getsockname()[:2])
            except (BlockingIOError, InterruptedError):
                pass
            near.setblocking(True)
            far = listener.accept()[0]
        except BaseException:
            near.close()
            raise
    # Refuse a connection some other process slipped in.
    if (near.getsockname(), far.getsockname()) != (far.getpeername(), near.getpeername()):
        near.close()
        far.close()
        raise ConnectionError("Unexpected peer connection")
    return far, near


def socketpair(family=None, type=SOCK_STREAM, proto=0):
    """socketpair([family[, type[, proto]]]) -> (socket object, socket object)

    Two connected sockets, AF_UNIX unless family says otherwise.
    """
    family = AF_UNIX if family is None else family
    pair = _socket.socketpair(family, type, proto)
    return tuple(socket(family, type, proto, s.detach()) for s in pair)


class SocketIO(io.RawIOBase):
    """Raw binary I/O on a socket, what makefile() builds its files on.

    Closing it does not close the socket unless the socket's close() was
    already called and this was its last file.
    """

    def __init__(self, sock, mode):
        if mode not in ("r", "w", "rw", "rb", "wb", "rwb"):
            raise ValueError("invalid mode: %r" % mode)
        super().__init__()
        self._sock, self._modestr = sock, mode.rstrip("b") + "b"
        self._can_read, self._can_write = "r" in mode, "w" in mode
        self._expired = False

    def readinto(self, b):
        """Receive into b: the count, 0 at EOF, None if it would block."""
        self._checkClosed()
        if not self._can_read:
            raise io.UnsupportedOperation("File or stream is not readable.")
        if self._expired:
            raise OSError("cannot read from timed out object")
        try:
            got = self._sock.recv_into(b)
        except TimeoutError:
            self._expired = True
            raise
        except OSError as exc:
            if exc.errno not in _blocking_errnos:
                raise
            got = None
        return got

    def write(self, b):
        """Send b (perhaps in part): the count sent, None if it would block."""
        self._checkClosed()
        if not self._can_write:
            raise io.UnsupportedOperation("File or stream is not writable.")
        try:
            sent = self._sock.send(b)
        except OSError as exc:
            if exc.errno not in _blocking_errnos:
                raise
            sent = None
        return sent

    def _open_or_fail(self):
        if self.closed:
            raise ValueError("I/O operation on closed socket.")

    def readable(self):
        """True when opened for reading."""
        self._open_or_fail()
        return self._can_read

    def writable(self):
        """True when opened for writing."""
        self._open_or_fail()
        return self._can_write

    def seekable(self):
        """Sockets cannot seek."""
        self._open_or_fail()
        return False

    def fileno(self):
        """The socket's descriptor."""
        self._open_or_fail()
        return self._sock.fileno()

    @property
    def name(self):
        return -1 if self.closed else self.fileno()

    @property
    def mode(self):
        return self._modestr

    def close(self):
        """Close this file; the socket closes if nothing else holds it."""
        if self.closed:
            return
        super().close()
        owner, self._sock = self._sock, None
        owner._decref_socketios()


def getfqdn(name=''):
    """The fully qualified name of host name (this host when empty or a
    wildcard address): the first name gethostbyaddr() reports that has a
    dot in it, else its primary name.
    """
    host = name.strip()
    if host in ("", "0.0.0.0", "::"):
        host = gethostname()
    try:
        main, others, _addrs = gethostbyaddr(host)
    except OSError:
        return host
    return next((n for n in [main, *others] if "." in n), main)


_GLOBAL_DEFAULT_TIMEOUT = object()


def create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None, *, all_errors=False):
    """Connect a TCP socket to address, a (host, port) pair, trying in turn
    the addresses getaddrinfo() finds; return the first that connects.

    A timeout given is set before connecting; source_address is bound
    first when given.  If no address works the last failure is raised, or
    with all_errors an ExceptionGroup of every one.
    """
    where, port = address
    failed = []
    for fam, kind, proto, _name, target in getaddrinfo(where, port, 0, SOCK_STREAM):
        candidate = None
        try:
            candidate = socket(fam, kind, proto)
            if timeout is not _GLOBAL_DEFAULT_TIMEOUT:
                candidate.settimeout(timeout)
            if source_address is not None and source_address:
                candidate.bind(source_address)
            candidate.connect(target)
        except OSError as exc:
            failed.append(exc)
            if candidate is not None:
                candidate.close()
            continue
        return candidate
    if not failed:
        raise OSError("getaddrinfo returns an empty list")
    try:
        if all_errors:
            raise ExceptionGroup("create_connection failed", failed)
        raise failed[-1]
    finally:
        del failed


def has_dualstack_ipv6():
    """Whether one AF_INET6 socket can serve IPv4 and IPv6 both."""
    if not (has_ipv6 and hasattr(_socket, "IPPROTO_IPV6") and hasattr(_socket, "IPV6_V6ONLY")):
        return False
    try:
        with socket(AF_INET6, SOCK_STREAM) as probe:
            probe.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, 0)
    except OSError:
        return False
    return True


def create_server(address, *, family=AF_INET, backlog=None, reuse_port=False, dualstack_ipv6=False):
    """A TCP socket bound to address and listening.

    backlog goes to listen(); reuse_port sets SO_REUSEPORT; dualstack_ipv6
    (AF_INET6 only) lets IPv4 clients connect too.
    """
    problem = None
    if reuse_port and "SO_REUSEPORT" not in globals():
        problem = "SO_REUSEPORT not supported on this platform"
    elif dualstack_ipv6 and not has_dualstack_ipv6():
        problem = "dualstack_ipv6 not supported on this platform"
    elif dualstack_ipv6 and family != AF_INET6:
        problem = "dualstack_ipv6 requires AF_INET6 family"
    if problem:
        raise ValueError(problem)
    srv = socket(family, SOCK_STREAM)
    try:
        # SO_REUSEADDR lets a restarted server take its port back while old
        # connections linger in TIME_WAIT.
        try:
            srv.setsockopt(SOL_SOCKET, SO_REUSEADDR, 1)
        except OSError:
            pass
        reuse_port and srv.setsockopt(SOL_SOCKET, SO_REUSEPORT, 1)
        if family == AF_INET6 and has_ipv6:
            srv.setsockopt(IPPROTO_IPV6, IPV6_V6ONLY, int(not dualstack_ipv6))
        try:
            srv.bind(address)
        except OSError as exc:
            raise OSError(exc.errno, "%s (while attempting to bind on address %r)"
                          % (exc.strerror, address)) from None
        srv.listen(*(() if backlog is None else (backlog,)))
    except OSError:
        srv.close()
        raise
    return srv


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """getaddrinfo(host, port[, family, type, proto, flags]) -> list of
    (family, type, proto, canonname, sockaddr)

    Resolve host and port for connect() or bind(); family and type come
    back as AddressFamily and SocketKind members where they are known.
    """
    return [(_intenum_converter(fam, AddressFamily), _intenum_converter(kind, SocketKind),
             prot, canon, addr)
            for fam, kind, prot, canon, addr
            in _socket.getaddrinfo(host, port, family, type, proto, flags)]
