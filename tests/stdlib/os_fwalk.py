# os.fwalk: top-down and bottom-up, bytes, pruning, dir_fd, symlinks, errors;
# each directory's descriptor is the directory. Works in a directory under /tmp.
import os
base = f"/tmp/kaa-fwalk-{os.getpid()}"
os.makedirs(base + "/a/b")
os.makedirs(base + "/c")
open(base + "/a/f", "w").close()
open(base + "/a/b/g", "w").close()
os.symlink("a", base + "/link")
os.symlink("missing", base + "/dangling")
os.chdir(base)
def show(it, at=None):
    out = []
    for top, dirs, files, fd in it:
        out.append((top, sorted(dirs), sorted(files), type(fd).__name__, os.stat(".", dir_fd=fd).st_ino == os.stat(top, dir_fd=at).st_ino))
    return sorted(out)
print(show(os.fwalk()))
print(show(os.fwalk(".", topdown=False)))
print(show(os.fwalk(b".", follow_symlinks=True)))
print(show(os.fwalk("a")))
pr = []
for top, dirs, files, fd in os.fwalk("."):
    dirs[:] = [d for d in dirs if d != "a"]
    pr.append(top)
print(sorted(pr))
dfd = os.open("a", os.O_RDONLY)
print(show(os.fwalk("b", dir_fd=dfd), dfd))
os.close(dfd)
try:
    list(os.fwalk("nope"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.filename)
print(list(os.fwalk("a/f")))
print(list(os.fwalk("link")), len(list(os.fwalk("link", follow_symlinks=True))))
try:
    os.fwalk(1, 2, 3, 4)
except TypeError as e:
    print(e)
os.chdir("/")
for top, dirs, files, fd in os.fwalk(base, topdown=False):
    for n in files:
        os.unlink(n, dir_fd=fd)
    for n in dirs:
        if os.path.islink(os.path.join(top, n)):
            os.unlink(n, dir_fd=fd)
        else:
            os.rmdir(n, dir_fd=fd)
os.rmdir(base)
print(os.path.exists(base))
