# Calls the functions of fcntl, resource and getopt (and getpass.getuser) with ill-typed and out-of-range
# arguments: any exception but SystemError (a Go panic in Kaa) is fine. The only
# real descriptor given is a file of this program's own, and resource's setters
# only ever get the limits already in force or bad values.
import os, sys, fcntl, resource, getopt, getpass
path = f"/tmp/kaa-safety-sys-{os.getpid()}"
fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)

class FileNo:
    def __init__(self, v): self.v = v
    def fileno(self): return self.v

class Boom:
    def fileno(self): raise RuntimeError('boom')
    def __index__(self): raise RuntimeError('boom')

values = [fd, FileNo(fd), FileNo('x'), FileNo(-1), FileNo(2**70), Boom(), -1, 2**31, 2**70, -2**70, 1.5, 'x', '', 'x' * 2000,
          b'', b'\0' * 8, b'x' * 2000, bytearray(8), bytearray(2000), memoryview(b'abcd'), memoryview(bytearray(8))[::2],
          None, [], (), (1,), (1, 2), (1, 2, 3), object(), fcntl.F_GETFL, fcntl.F_GETFD, fcntl.LOCK_SH | fcntl.LOCK_NB,
          fcntl.LOCK_UN, 0x541B]
bad = count = 0

def call(name, f, *a):
    global bad, count
    count += 1
    try:
        f(*a)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', name, a, e)
    except BaseException:
        pass

# fcntl: every pair (and triple with the file's descriptor first), keeping the
# commands to the harmless ones where a real descriptor and command meet.
def real(a):
    return isinstance(a, FileNo) or isinstance(a, int) and 0 <= a < 2**31

harmless = {fcntl.F_GETFL, fcntl.F_GETFD, fcntl.LOCK_SH | fcntl.LOCK_NB, fcntl.LOCK_UN, 0x541B}
for name in ('fcntl', 'ioctl', 'flock', 'lockf'):
    f = getattr(fcntl, name)
    call(name, f)
    for a in values:
        call(name, f, a)
        for b in values:
            if real(a) and isinstance(b, int) and (b not in harmless or a != fd and not isinstance(a, FileNo)):
                continue
            call(name, f, a, b)
    for b in harmless:
        for c in values:
            call(name, f, fd, b, c)
            call(name, f, fd, b, c, c)
            call(name, f, fd, b, 0, c, c)
            call(name, f, fd, b, 0, 0, c, c)

# resource
for name in dir(resource):
    f = getattr(resource, name)
    if not callable(f) or isinstance(f, type) or name == 'setrlimit':
        continue
    call(name, f)
    for a in values:
        call(name, f, a)
        call(name, f, a, a)
        call(name, f, 0, a)
        if name != 'prlimit' or not isinstance(a, (int, tuple)):
            call(name, f, a, 0, a)
lim = resource.getrlimit(resource.RLIMIT_NOFILE)
for a in [v for v in values if not isinstance(v, (int, tuple)) or isinstance(v, int) and abs(v) > 2**64] + [lim, lim[:1], lim + lim]:
    call('setrlimit', resource.setrlimit, resource.RLIMIT_NOFILE, a)
    call('setrlimit', resource.setrlimit, resource.RLIMIT_NOFILE, (a, lim[1]))
    call('setrlimit', resource.setrlimit, resource.RLIMIT_NOFILE, (lim[0], a))
    call('prlimit', resource.prlimit, 0, resource.RLIMIT_NOFILE, a)
    call('prlimit', resource.prlimit, a, resource.RLIMIT_NOFILE)
    call('setrlimit', resource.setrlimit, a, lim)
resource.setrlimit(resource.RLIMIT_NOFILE, lim)

# getopt: bad argument lists, option strings and long option lists.
words = [['-a'], ['--x'], ['-'], ['--'], ['-a', 1], [None], [b'-a'], 'abc', '-ab', ('-a', 'x'), ['--=', '-:'], [], None, 5]
for f in (getopt.getopt, getopt.gnu_getopt):
    for a in words:
        for b in ['a', 'a:', ':', '+', '', None, 5, b'a', ['a']]:
            for c in [[], ['x', 'x='], 'x', None, 5, [None], [b'x'], ['']]:
                call(f.__name__, f, a, b, c)
for a in values[:12]:
    call('short_has_arg', getopt.short_has_arg, a, 'a')
    call('long_has_args', getopt.long_has_args, a, ['a'])
    call('do_shorts', getopt.do_shorts, [], a, 'a:', [])
    call('do_longs', getopt.do_longs, [], a, ['a='], [])
call('getuser', getpass.getuser)

os.close(fd)
os.unlink(path)
print('calls', count, 'system errors', bad)
