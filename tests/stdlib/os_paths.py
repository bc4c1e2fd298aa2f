# os: the calls on file names — directories, links, renames, permissions, times,
# listdir/scandir/walk, and their errors (errno, strerror, filename, filename2).
import os, stat

base = f"/tmp/kaa-os-paths-{os.getpid()}"
os.makedirs(base + "/a/b/c")
os.chdir(base)
print(os.getcwd() == base, os.getcwdb() == base.encode(), os.path.isdir("a/b/c"))
os.makedirs("a/b/c", exist_ok=True)
for call in (lambda: os.makedirs("a/b/c"), lambda: os.mkdir("a"), lambda: os.rmdir("a"),
             lambda: os.rmdir("nope"), lambda: os.remove("a"), lambda: os.unlink("nope/x"),
             lambda: os.listdir("nope"), lambda: os.chdir("nope"), lambda: os.rename("nope", "other"),
             lambda: os.replace("a", "a/b/inside"), lambda: os.link("nope", "x"), lambda: os.symlink("a", "a"),
             lambda: os.readlink("a"), lambda: os.chmod("nope", 0o644), lambda: os.utime("nope"),
             lambda: os.scandir("nope"), lambda: os.lstat("nope"), lambda: os.stat(b"nope"),
             lambda: os.truncate("nope", 0), lambda: os.rename("nope", b"b"), lambda: os.mkdir(b"a"),
             lambda: os.removedirs("nope"), lambda: os.renames("nope", "x/y")):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, repr(e.filename), repr(e.filename2), "|", e)
    except TypeError as e:
        print("TypeError", e)

with open("f.txt", "w") as f:
    f.write("12345")
os.link("f.txt", "hard.txt")
os.symlink("f.txt", "soft.txt")
os.symlink("a", "dirlink")
os.symlink("missing", "dangling")
print(os.readlink("soft.txt"), os.readlink(b"soft.txt"), os.stat("hard.txt").st_nlink)
print(os.path.islink("soft.txt"), os.path.islink("f.txt"), os.path.exists("dangling"), os.path.islink("dangling"))
print(stat.S_ISLNK(os.lstat("soft.txt").st_mode), stat.S_ISREG(os.stat("soft.txt").st_mode))
print(stat.S_ISLNK(os.stat("soft.txt", follow_symlinks=False).st_mode))
print(sorted(os.listdir()), sorted(os.listdir(".")) == sorted(os.listdir(None)))
print(sorted(os.listdir(b".")))

with os.scandir() as it:
    ents = sorted(it, key=lambda e: e.name)
for e in ents:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.is_dir(follow_symlinks=False),
          e.is_file(follow_symlinks=False), e.inode() == os.lstat(e.path).st_ino, os.fspath(e))
print([e.stat().st_size for e in ents if e.name.endswith(".txt")])
print([type(e.path).__name__ for e in os.scandir(b".")][:1], sorted(e.path for e in os.scandir("a")))
try:
    [e for e in ents if e.name == "dangling"][0].stat()
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
it = os.scandir(".")
it.close()
print(list(it))
print(type(os.scandir()).__name__, type(ents[0]).__name__)

os.chmod("f.txt", 0o600)
print(oct(stat.S_IMODE(os.stat("f.txt").st_mode)), os.access("f.txt", os.R_OK), os.access("f.txt", os.X_OK), os.access("nope", os.F_OK))
os.chmod("f.txt", 0o755)
print(oct(os.stat("f.txt").st_mode & 0o777), stat.filemode(os.stat("f.txt").st_mode))
os.utime("f.txt", (1000000000, 1500000000.5))
st = os.stat("f.txt")
print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns, st[stat.ST_MTIME])
os.utime("f.txt", ns=(1, 2 * 10**9 + 7))
st = os.stat("f.txt")
print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
os.utime("f.txt")
print(os.stat("f.txt").st_mtime > 1500000000)
for bad in (dict(times=(1,)), dict(times=(1, 2), ns=(1, 2)), dict(ns=1.5), dict(ns=(1.5, 2))):
    try:
        os.utime("f.txt", **bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

os.rename("f.txt", "g.txt")
os.replace("g.txt", "hard.txt")
print(sorted(os.listdir()), open("hard.txt").read())
os.renames("hard.txt", "x/y/z.txt")
print(os.path.exists("x/y/z.txt"))
os.renames("x/y/z.txt", "moved.txt")
print(os.path.exists("x"), os.path.exists("moved.txt"))
os.makedirs("p/q/r")
os.removedirs("p/q/r")
print(os.path.exists("p"))
os.mkdir("m", 0o700)
print(oct(os.stat("m").st_mode & 0o777))
os.makedirs(b"bytes/dir")
print(os.listdir(b"bytes"))

top = []
for dirpath, dirnames, filenames in os.walk("a"):
    top.append((dirpath, sorted(dirnames), sorted(filenames)))
print(top)
print([d for d, _, _ in os.walk("a", topdown=False)])
pruned = []
for dirpath, dirnames, filenames in os.walk("."):
    dirnames[:] = [d for d in dirnames if d not in ("a", "bytes")]
    pruned.append(dirpath)
print(sorted(pruned))
print(list(os.walk(b"a"))[0][0], list(os.walk("nope")))
errs = []
list(os.walk("nope", onerror=errs.append))
print([(type(e).__name__, e.filename) for e in errs])
print(sorted(d for d, _, _ in os.walk(".", followlinks=True)))

class P:
    def __fspath__(self):
        return "moved.txt"
print(os.stat(P()).st_size, os.fspath(P()), os.path.exists(P()))
try:
    os.stat(P(), dir_fd="x")
except TypeError as e:
    print(e)

os.chdir("/")
for dirpath, dirnames, filenames in os.walk(base, topdown=False):
    for n in filenames + [d for d in dirnames if os.path.islink(os.path.join(dirpath, d))]:
        os.unlink(os.path.join(dirpath, n))
    os.rmdir(dirpath)
print(os.path.exists(base))
