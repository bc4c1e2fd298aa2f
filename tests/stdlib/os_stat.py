# os.stat_result and the stat module: fields, float and ns times, tuple views,
# the S_IS* tests, filemode and the constants.
import os, stat, _stat

base = f"/tmp/kaa-os-stat-{os.getpid()}"
os.mkdir(base)
p = base + "/file"
with open(p, "wb") as f:
    f.write(b"x" * 1000)
os.utime(p, ns=(1_700_000_000_123_456_789, 1_600_000_000_987_654_321))
st = os.stat(p)
print(type(st).__name__, type(st).__module__, isinstance(st, tuple), len(st))
print(st.st_size, st[6], st.st_nlink, stat.S_ISREG(st.st_mode), stat.S_IMODE(st.st_mode) == st.st_mode & 0o7777)
print(st.st_atime_ns, st.st_mtime_ns, st[7], st[8], st[stat.ST_ATIME], st.st_atime, st.st_mtime)
print(type(st.st_atime).__name__, type(st[7]).__name__, type(st.st_mtime_ns).__name__)
print(st.st_uid == os.getuid(), st.st_gid == os.getgid(), st.st_ino == st[stat.ST_INO], st.st_dev == st[2])
print(st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev, st.st_ctime_ns >= st.st_mtime_ns)
print(os.stat_result.n_fields, os.stat_result.n_sequence_fields, os.stat_result.n_unnamed_fields)
print(os.stat_result.__match_args__)
print(st == os.stat(p), st == os.lstat(p), tuple(st)[:1] == (st.st_mode,))
fd = os.open(p, os.O_RDONLY)
print(os.fstat(fd) == st, os.stat(fd) == st)
os.close(fd)
print(repr(os.stat_result(range(10)))[:60])
s2 = os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
print(s2.st_mode, s2.st_atime, s2.st_mtime, s2.st_atime_ns, s2[7])
try:
    st.st_size = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    os.stat_result((1, 2))
except TypeError as e:
    print("TypeError", e)
d = os.stat(base)
print(stat.S_ISDIR(d.st_mode), stat.S_ISREG(d.st_mode), stat.filemode(d.st_mode)[0], stat.S_IFMT(d.st_mode) == stat.S_IFDIR)
for m in (0o100644, 0o040755, 0o120777, 0o020620, 0o060660, 0o010600, 0o140755, 0o104755, 0o102755, 0o101777, 0o104644, 0o100000, 0, 0o170000):
    print(oct(m), stat.filemode(m), stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_ISCHR(m), stat.S_ISBLK(m),
          stat.S_ISFIFO(m), stat.S_ISSOCK(m), stat.S_ISDOOR(m), stat.S_ISPORT(m), stat.S_ISWHT(m), stat.S_IMODE(m), stat.S_IFMT(m))
for bad in ("x", -1, 2**40, 2**70, 1.5, None):
    for f in (stat.S_ISDIR, stat.S_IMODE, stat.filemode):
        try:
            f(bad)
        except (TypeError, OverflowError) as e:
            print(f.__name__, type(e).__name__, e)
names = [n for n in dir(stat) if n.isupper() or n.startswith("S_") or n.startswith("UF_") or n.startswith("SF_")]
print(len(names), [(n, getattr(stat, n)) for n in names if not callable(getattr(stat, n))])
print(sorted(n for n in set(dir(stat)) - set(dir(_stat)) if not n.startswith("__")))
print(stat.S_ISDIR.__doc__)
print(stat.filemode.__module__ if hasattr(stat.filemode, "__module__") else "", stat._filemode_table[0][:2])
os.unlink(p)
os.rmdir(base)
