# errno: names, values, errorcode and the module's metadata.
import errno

print(errno.__name__, errno.__package__, errno.__spec__.origin)
print(errno.__doc__.splitlines()[0])
names = [n for n in dir(errno) if n.startswith("E")]
print(len(names), names[:5], names[-5:])
print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN, errno.EWOULDBLOCK)
print(errno.errorcode[errno.ENOENT], errno.errorcode[errno.EAGAIN], errno.errorcode[errno.EDEADLK])
print(errno.EOPNOTSUPP == errno.ENOTSUP, errno.errorcode[errno.ENOTSUP])
print(type(errno.errorcode).__name__, len(errno.errorcode))
print(list(errno.errorcode.items())[:6])
print(all(errno.errorcode[getattr(errno, n)] in names for n in names))
print(sorted(set(dir(errno)) - set(names)))
try:
    errno.ENOTANERRNO
except AttributeError as e:
    print("AttributeError:", e)
import sys
print("errno" in sys.builtin_module_names, "errno" in sys.stdlib_module_names)
