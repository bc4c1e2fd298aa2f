# os: processes and the system — identities, children started by spawn/system/
# posix_spawn and an exec in a child, wait statuses, signals, and the small
# functions (urandom, cpu_count, uname, times, strerror, umask, terminal size).
import os, sys

print(os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(os.getuid() == os.geteuid(), os.getgid() == os.getegid(), os.getresuid() == (os.getuid(),) * 3)
print(type(os.getgroups()).__name__, os.getpgrp() == os.getpgid(0), os.getsid(0) == os.getsid(os.getpid()))

print(os.system("exit 3"), os.waitstatus_to_exitcode(os.system("exit 3")), os.system("true"))
st = os.system("kill -TERM $$")
print(os.WIFSIGNALED(st), os.WTERMSIG(st), os.WIFEXITED(st), os.waitstatus_to_exitcode(st))
print(os.WIFEXITED(768), os.WEXITSTATUS(768), os.WIFSTOPPED(0x137f), os.WSTOPSIG(0x137f), os.WCOREDUMP(0x8b), os.WIFCONTINUED(0xffff))
for bad in (0x137f, -1):
    try:
        os.waitstatus_to_exitcode(bad)
    except ValueError as e:
        print("ValueError", e)
print(os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 7"]), os.spawnvp(os.P_WAIT, "sh", ["sh", "-c", "exit 5"]))
print(os.spawnl(os.P_WAIT, "/bin/sh", "sh", "-c", "exit 4"), os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "exit 2"))
print(os.spawnve(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit $CODE"], {"CODE": "9"}))
pid = os.spawnv(os.P_NOWAIT, "/bin/sh", ["sh", "-c", "exit 6"])
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WEXITSTATUS(status))
pid = os.spawnvp(os.P_NOWAIT, "sleep", ["sleep", "10"])
print(os.waitpid(pid, os.WNOHANG))
os.kill(pid, 15)
wpid, status = os.waitpid(pid, 0)
print(wpid == pid, os.WIFSIGNALED(status), os.WTERMSIG(status))
try:
    os.waitpid(pid, 0)
except ChildProcessError as e:
    print("ChildProcessError", e.errno, e.strerror)
try:
    os.kill(pid, 0)
except ProcessLookupError as e:
    print("ProcessLookupError", e)
sys.stdout.flush()
pid = os.spawnv(os.P_NOWAIT, sys.executable, [sys.executable, "-c", "import os; os.execv('/bin/sh', ['sh', '-c', 'echo exec works; exit 11'])"])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
sys.stdout.flush()
pid = os.spawnv(os.P_NOWAIT, sys.executable, [sys.executable, "-c", "import os; os.execvpe('sh', ['sh', '-c', 'echo $GREETING'], {'GREETING': 'hi from execvpe', 'PATH': os.environ['PATH']})"])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
sys.stdout.flush()
pid = os.spawnv(os.P_NOWAIT, sys.executable, [sys.executable, "-c", "import os; print('before _exit', flush=True); os._exit(12)"])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
for call in (lambda: os.execv("/bin/sh", []), lambda: os.execv("/bin/sh", ["", "x"]), lambda: os.execv("/bin/sh", "sh"),
             lambda: os.execve("/bin/sh", ["sh"], 1), lambda: os.execv("/nonexistent-kaa/x", ["x"]), lambda: os.execvp("no-such-program-kaa", ["x"]),
             lambda: print(os.spawnv(os.P_WAIT, "/nonexistent-kaa/x", ["x"])), lambda: os.kill(os.getpid(), -1), lambda: os.kill("1", 0)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)

b = os.urandom(16)
print(type(b).__name__, len(b), len(os.urandom(0)), os.urandom(16) != b, len(os.getrandom(8)))
try:
    os.urandom(-1)
except ValueError as e:
    print("ValueError", e)
print(os.cpu_count() >= 1, os.process_cpu_count() >= 1, os.process_cpu_count() <= os.cpu_count(), len(os.sched_getaffinity(0)) == os.process_cpu_count())
u = os.uname()
print(type(u).__name__, len(u), u.sysname, u[0] == u.sysname, u._fields if hasattr(u, "_fields") else type(u).__match_args__)
t = os.times()
print(type(t).__name__, len(t), all(isinstance(x, float) for x in t), t.user >= 0, t.elapsed > 0)
print(os.strerror(2), os.strerror(13), os.strerror(0), os.strerror(9999), os.strerror(-1))
old = os.umask(0o22)
print(os.umask(old), os.umask(old) == old)
try:
    os.get_terminal_size(99)
except OSError as e:
    print("OSError", e.errno, e.strerror)
r, w = os.pipe()
try:
    os.get_terminal_size(r)
except OSError as e:
    print("OSError", e.errno, e.strerror)
print(os.terminal_size((80, 24)), os.terminal_size((80, 24)).columns)
print(os.isatty(r), os.device_encoding(r), os.ttyname.__name__)
os.close(r)
os.close(w)
print(os.fspath("a"), os.fspath(b"b"), os.fsencode("caf\xe9"), os.fsdecode(b"caf\xc3\xa9"), os.fsencode("\udcff"), ascii(os.fsdecode(b"\xff")))
for bad in (1, None):
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
class Bad:
    def __fspath__(self):
        return 1
try:
    os.fspath(Bad())
except TypeError as e:
    print("TypeError", e)
class P:
    def __fspath__(self):
        return "p"
print(isinstance(P(), os.PathLike), issubclass(P, os.PathLike), isinstance("s", os.PathLike), os.PathLike[str])
print(os.name, os.sep, os.altsep, os.curdir, os.pardir, os.extsep, repr(os.linesep), os.pathsep, os.defpath, os.devnull)
print(os.error is OSError, os.sysconf("SC_PAGESIZE") > 0, os.sysconf("SC_CLK_TCK"), os.sysconf_names["SC_PAGESIZE"], "PC_NAME_MAX" in os.pathconf_names)
try:
    os.sysconf("SC_NOPE")
except ValueError as e:
    print("ValueError", e)
print(os.pathconf("/", "PC_NAME_MAX") > 0, os.confstr("CS_PATH"), len(os.getloadavg()))
print(os.major(os.makedev(8, 1)), os.minor(os.makedev(8, 1)))
print(os.get_exec_path({"PATH": "/a:/b"}), os.supports_bytes_environ, os.stat in os.supports_dir_fd, os.stat in os.supports_fd, os.access in os.supports_effective_ids)
print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO, os.WNOHANG, os.EX_OK, os.EX_USAGE, os.CLD_EXITED)
