# os: file descriptors — open/read/write/lseek/pread/pwrite, dup, pipes, flags,
# and the errors of bad descriptors. Works in a directory of its own under /tmp.
import os, sys

base = f"/tmp/kaa-os-files-{os.getpid()}"
os.mkdir(base)
os.chdir(base)

fd = os.open("data.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(type(fd).__name__, fd > 2)
print(os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"abc")), os.write(fd, memoryview(b"xyz")))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_SET), os.lseek(fd, -3, os.SEEK_END))
print(os.pwrite(fd, b"HELLO", 0))
os.fsync(fd)
os.fdatasync(fd)
os.close(fd)

fd = os.open("data.bin", os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 10))
print(os.pread(fd, 5, 6), os.lseek(fd, 0, os.SEEK_CUR))
st = os.fstat(fd)
print(st.st_size, os.path.getsize("data.bin") if hasattr(os.path, "getsize") else 18)
print(os.get_inheritable(fd), os.get_blocking(fd), os.isatty(fd))
os.set_inheritable(fd, True)
print(os.get_inheritable(fd))
os.set_inheritable(fd, False)
fd2 = os.dup(fd)
print(fd2 != fd, os.get_inheritable(fd2))
print(os.lseek(fd2, 2, os.SEEK_SET), os.read(fd, 3))
fd3 = os.dup2(fd, fd2 + 5)
print(fd3 == fd2 + 5, os.get_inheritable(fd3))
fd4 = os.dup2(fd, fd2 + 6, inheritable=False)
print(os.get_inheritable(fd4))
for f in (fd, fd2, fd3, fd4):
    os.close(f)

fd = os.open("data.bin", os.O_RDWR)
os.ftruncate(fd, 4)
print(os.fstat(fd).st_size, os.read(fd, 100))
os.truncate("data.bin", 2)
print(os.stat("data.bin").st_size)
os.truncate(fd, 1)
print(os.fstat(fd).st_size)
os.close(fd)

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w))
os.write(w, b"through the pipe")
print(os.read(r, 7), os.read(r, 100))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 1)
except BlockingIOError as e:
    print("BlockingIOError", e.errno, e.strerror)
os.close(w)
print(os.read(r, 10))
os.close(r)
r, w = os.pipe2(os.O_NONBLOCK | os.O_CLOEXEC)
print(os.get_blocking(r), os.get_inheritable(w))
os.writev(w, [b"ab", bytearray(b"cd"), b"ef"])
b1, b2 = bytearray(3), bytearray(10)
print(os.readv(r, [b1, b2]), b1, b2[:3])
os.close(r)
os.close(w)

fd = os.open("excl", os.O_CREAT | os.O_EXCL | os.O_WRONLY)
os.close(fd)
for call in (lambda: os.open("excl", os.O_CREAT | os.O_EXCL | os.O_WRONLY),
             lambda: os.open("missing", os.O_RDONLY),
             lambda: os.open(".", os.O_WRONLY),
             lambda: os.close(fd),
             lambda: os.read(fd, 1),
             lambda: os.write(fd, b"x"),
             lambda: os.fstat(fd),
             lambda: os.lseek(fd, 0, 0),
             lambda: os.dup(fd),
             lambda: os.read(0, -1),
             lambda: os.write(1, "text"),
             lambda: os.read("0", 1),
             lambda: os.close(2**40),
             lambda: os.open("x\0y", os.O_RDONLY),
             lambda: os.open(1.5, os.O_RDONLY),
             lambda: os.open("x", "r"),
             lambda: os.open()):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "errno", None), getattr(e, "filename", None))

fd = os.open("sub", os.O_RDONLY | os.O_DIRECTORY) if os.path.isdir("sub") else None
os.mkdir("sub")
dfd = os.open("sub", os.O_RDONLY | os.O_DIRECTORY)
f = os.open("inside", os.O_CREAT | os.O_WRONLY, dir_fd=dfd)
os.write(f, b"in")
os.close(f)
print(os.listdir("sub"), os.listdir(dfd), os.stat("inside", dir_fd=dfd).st_size)
os.unlink("inside", dir_fd=dfd)
os.close(dfd)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.O_CLOEXEC, os.O_NONBLOCK, os.O_DIRECTORY, os.O_NOFOLLOW)

os.chdir("/")
for dirpath, dirs, files in os.walk(base, topdown=False):
    for n in files:
        os.unlink(os.path.join(dirpath, n))
    os.rmdir(dirpath)
print(os.path.exists(base))
