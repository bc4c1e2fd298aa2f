# fcntl on a temporary file and a pipe: descriptor and status flags, locks,
# ioctl with int, bytes and mutable-buffer arguments, and the argument errors.
import fcntl, os

FIONREAD, TIOCGWINSZ = 0x541B, 0x5413  # termios's values on Linux

def show(f, *a):
    try:
        r = f(*a)
        print(f.__name__, 'ok', r)
    except Exception as e:
        print(f.__name__, type(e).__name__, e, getattr(e, 'errno', None))

names = [n for n in dir(fcntl) if not n.startswith('_')]
print(len(names), names[:8])
print(fcntl.LOCK_SH, fcntl.LOCK_EX, fcntl.LOCK_NB, fcntl.LOCK_UN, fcntl.F_GETFL, fcntl.F_SETFL, fcntl.FD_CLOEXEC)

path = f'/tmp/kaa-fcntl-{os.getpid()}'
fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
try:
    fl = fcntl.fcntl(fd, fcntl.F_GETFL)
    print('append before', bool(fl & os.O_APPEND), 'accmode', fl & os.O_ACCMODE == os.O_RDWR)
    print(fcntl.fcntl(fd, fcntl.F_SETFL, fl | os.O_APPEND))
    print('append after', bool(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND))
    print('cloexec', fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
    fcntl.fcntl(fd, fcntl.F_SETFD, 0)
    print('cloexec', fcntl.fcntl(fd, fcntl.F_GETFD) & fcntl.FD_CLOEXEC)
    fcntl.fcntl(fd, fcntl.F_SETFD, fcntl.FD_CLOEXEC)
    print('cloexec', fcntl.fcntl(fd, fcntl.F_GETFD))
    with open(path, 'rb') as f:
        print('via fileno', fcntl.fcntl(f, fcntl.F_GETFL) & os.O_ACCMODE == os.O_RDONLY)
        show(fcntl.flock, f, fcntl.LOCK_SH)
        show(fcntl.flock, f, fcntl.LOCK_UN)
    show(fcntl.flock, fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    fd2 = os.open(path, os.O_RDONLY)
    show(fcntl.flock, fd2, fcntl.LOCK_EX | fcntl.LOCK_NB)
    show(fcntl.flock, fd, fcntl.LOCK_UN)
    show(fcntl.flock, fd2, fcntl.LOCK_SH | fcntl.LOCK_NB)
    os.close(fd2)
    show(fcntl.lockf, fd, fcntl.LOCK_EX)
    show(fcntl.lockf, fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 10, 5, os.SEEK_SET)
    show(fcntl.lockf, fd, fcntl.LOCK_UN)
    show(fcntl.lockf, fd, 0)
    show(fcntl.fcntl, fd, fcntl.F_GETFL, 'x' * 1025)
    show(fcntl.fcntl, fd, fcntl.F_GETFL, b'x' * 1025)
    show(fcntl.fcntl, fd, fcntl.F_GETFL, bytearray(2))
    show(fcntl.fcntl, fd, fcntl.F_GETFL, 1.5)
    show(fcntl.ioctl, fd, FIONREAD, b'x' * 1025)
finally:
    os.close(fd)
    os.unlink(path)

r, w = os.pipe()
os.write(w, b'hello, pipe')
print('FIONREAD int', fcntl.ioctl(r, FIONREAD, b'\0' * 4))
buf = bytearray(4)
print(fcntl.ioctl(r, FIONREAD, buf), int.from_bytes(buf, 'little'))
buf = bytearray(4)
print(fcntl.ioctl(r, FIONREAD, buf, False), buf)
print(fcntl.ioctl(r, FIONREAD, '\0\0\0\0'))
buf = bytearray(2000)
print(fcntl.ioctl(r, FIONREAD, buf), buf[:4])
mv = memoryview(bytearray(8))
print(fcntl.ioctl(r, FIONREAD, mv[2:6]), bytes(mv))
print(fcntl.ioctl(r, FIONREAD, memoryview(b'abcd')))
show(fcntl.ioctl, r, FIONREAD, memoryview(bytearray(8))[::2])
show(fcntl.ioctl, r, TIOCGWINSZ, b'\0' * 8)
show(fcntl.fcntl, r, fcntl.F_GETPIPE_SZ)
os.close(r)
os.close(w)
show(fcntl.fcntl, r, fcntl.F_GETFL)
show(fcntl.flock, r, fcntl.LOCK_SH)
show(fcntl.ioctl, r, FIONREAD)

class F:
    def __init__(self, v): self.v = v
    def fileno(self): return self.v

for bad in ['x', None, 1.5, F('x'), F(-3), -1, 2**31, F(2**40)]:
    show(fcntl.fcntl, bad, fcntl.F_GETFD)
for args in [(0,), (0, 1, 2, 3), (0, 'x'), (0, 2**40), (0, fcntl.F_GETFD, None), (0, fcntl.F_GETFD, [1])]:
    show(fcntl.fcntl, *args)
for args in [(0, 1, 2, 3, 4), (0, 1.5), (0, FIONREAD, 2**40), (0, FIONREAD, -2**40), (0, 1, None)]:
    show(fcntl.ioctl, *args)
for args in [(0,), (0, 'x'), (0, 1.0)]:
    show(fcntl.flock, *args)
for args in [(), (0, fcntl.LOCK_SH, 'a'), (0, fcntl.LOCK_SH, 0, 2**64), (0, fcntl.LOCK_SH, 0, 0, 2**64), (0, fcntl.LOCK_SH, 0, 0, 'x')]:
    show(fcntl.lockf, *args)
try:
    fcntl.fcntl(fd=0, cmd=1)
except TypeError as e:
    print(e)
try:
    fcntl.ioctl(0, 1, arg=0)
except TypeError as e:
    print(e)
r, w = os.pipe()
show(fcntl.fcntl, r, fcntl.F_GETFL, '\udc80')
show(fcntl.ioctl, r, FIONREAD, 'a\udc80')
show(fcntl.fcntl, r, fcntl.F_GETFL, 'é')
show(fcntl.ioctl, r, FIONREAD, memoryview(bytearray(4)).toreadonly())
os.close(r)
os.close(w)
