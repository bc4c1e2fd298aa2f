# Calls every function of os, posix, os.path, stat, pwd and grp with ill-typed and
# out-of-range arguments: each may raise any exception but SystemError (what a Go
# panic in Kaa becomes). Functions that would end, replace or signal this process,
# or wait on the test's own descriptors, are left out; small integers (which name
# the test's real descriptors and processes) are left out of the pool. Runs in a
# directory of its own, so stray files land there.
import os, posix, stat, sys, pwd, grp
skip = {'_exit', 'abort', 'kill', 'killpg', 'fork', 'forkpty', 'system', 'popen', 'wait', 'wait3', 'wait4', 'waitpid', 'waitid',
        'setsid', 'setpgrp', 'setpgid', 'setuid', 'seteuid', 'setgid', 'setegid', 'setreuid', 'setregid', 'setresuid', 'setresgid',
        'setgroups', 'initgroups', 'chroot', 'nice', 'setpriority', 'sched_setaffinity', 'sched_setscheduler', 'sched_setparam',
        'unshare', 'setns', 'login_tty', 'tcsetpgrp', 'chdir', 'fchdir', 'umask', 'closerange', 'register_at_fork',
        'execv', 'execve', 'execl', 'execle', 'execlp', 'execlpe', 'execvp', 'execvpe', 'posix_spawn', 'posix_spawnp',
        'spawnv', 'spawnve', 'spawnvp', 'spawnvpe', 'spawnl', 'spawnle', 'spawnlp', 'spawnlpe', 'read', 'readv', 'pread', 'preadv',
        'walk', 'fwalk', 'sync', 'eventfd_read', 'unsetenv', 'putenv'}
base = f"/tmp/kaa-safety-os-{os.getpid()}"
os.mkdir(base)
here = os.getcwd()
os.chdir(base)
fns = [(m.__name__, n, getattr(m, n)) for m in (os, posix, os.path, stat, pwd, grp) for n in dir(m)
       if callable(getattr(m, n)) and not isinstance(getattr(m, n), type) and n not in skip and not n.startswith('__')]
args_pool = [(), ('x',), (None,), ([],), ({},), ('a', 'b'), (b'x',), (1.5,), (object(),), ((1,),), (-1,), (2**70,), ('x', -1),
             (-1, 'x'), (-2**63,), (2**63,), ('',), (slice(None),), (int,), (float('inf'),), (float('nan'),), (1j,), ([1, 'a'],),
             (-1, -1), (-1, -1, -1), (2**31, 2**31), ('x\0y',), (b'x\0',), ('x', 'y', 'z'), (-1.5, 2), (-1, 2**64), ('x', 2**64),
             ('/nonexistent/x', 0o777), (10**6,), (10**6, 10**6)]
kw_pool = [{}, {'dir_fd': 'x'}, {'follow_symlinks': None}, {'bogus': 1}, {'dir_fd': -1}, {'dir_fd': 2**40}, {'ns': (1,)}]
bad = count = 0
for mod, n, f in fns:
    for a in args_pool:
        for k in kw_pool:
            count += 1
            try:
                r = f(*a, **k)
                if hasattr(r, '__next__'):
                    for _ in zip(range(5), r):
                        pass
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', mod, n, a, k, e)
            except BaseException:
                pass
os.chdir(here)
for dirpath, dirnames, filenames in os.walk(base, topdown=False):
    for name in filenames + dirnames:
        p = os.path.join(dirpath, name)
        if os.path.islink(p) or not os.path.isdir(p):
            os.unlink(p)
        else:
            os.rmdir(p)
os.rmdir(base)
print('calls', count, 'system errors', bad)
