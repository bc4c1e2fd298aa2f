"""Path helpers shared by Kaa's posixpath (and any other os.path flavour).

Import os.path rather than this module: the platform module re-exports what
applies to it.
"""
import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdevdrive', 'isdir', 'isfile', 'isjunction', 'islink',
           'lexists', 'samefile', 'sameopenfile', 'samestat']

_UNREADABLE = (OSError, ValueError)


def _probe(statfn, path, errors=_UNREADABLE):
    # The stat result for path, or None when the call fails in an expected way
    # (a missing file, an embedded NUL, an unsupported call).
    try:
        return statfn(path)
    except errors:
        return None


def exists(path):
    """True when path names something os.stat can reach (a dangling link: False)."""
    return _probe(os.stat, path) is not None


def lexists(path):
    """True when path names something, counting a dangling symbolic link."""
    return _probe(os.lstat, path) is not None


def isfile(path):
    """True when path leads to a regular file."""
    info = _probe(os.stat, path)
    return info is not None and stat.S_ISREG(info.st_mode)


def isdir(s):
    """True when s leads to a directory."""
    info = _probe(os.stat, s)
    return info is not None and stat.S_ISDIR(info.st_mode)


def islink(path):
    """True when path itself is a symbolic link."""
    info = _probe(os.lstat, path, _UNREADABLE + (AttributeError,))
    return info is not None and stat.S_ISLNK(info.st_mode)


def isjunction(path):
    """Always False: junctions exist only on Windows."""
    os.fspath(path)
    return False


def isdevdrive(path):
    """Always False: Dev Drives exist only on Windows."""
    os.fspath(path)
    return False


def getsize(filename):
    """The size in bytes that os.stat gives for filename."""
    return os.stat(filename).st_size


def getmtime(filename):
    """The time of the last change to filename's contents (os.stat's st_mtime)."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """The time filename was last read (os.stat's st_atime)."""
    return os.stat(filename).st_atime


def getctime(filename):
    """The time filename's metadata last changed (os.stat's st_ctime)."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    "The longest prefix, character by character, that every item of m starts with."
    if not m:
        return ''
    # Strings are compared whole; lists and tuples (of path components) item by item.
    if not isinstance(m[0], (list, tuple)):
        m = [os.fspath(item) for item in m]
    first, last = min(m), max(m)
    # The smallest and largest items bound every other one, so their common
    # prefix is everyone's.
    size = 0
    while size < len(first) and size < len(last) and first[size] == last[size]:
        size += 1
    return first[:size]


def samestat(s1, s2):
    """True when two stat results describe one file (same device and inode)."""
    return (s1.st_dev, s1.st_ino) == (s2.st_dev, s2.st_ino)


def samefile(f1, f2):
    """True when two paths lead to one file; an os.stat failure propagates."""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """True when two file descriptors are open on one file."""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def _splitext(p, sep, altsep, extsep):
    """Cut p into (root, ext): ext runs from the last extsep of the final
    component to the end, unless that component is only extseps before it."""
    start = p.rfind(sep)
    if altsep:
        start = max(start, p.rfind(altsep))
    dot = p.rfind(extsep)
    if dot > start:
        # A name made of dots up to the last one (".bashrc", "..x") has no extension.
        if p[start + 1:dot].strip(extsep):
            return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    # Each argument must be str or bytes (PathLike objects were converted by the
    # caller), and they must not mix.
    kinds = set()
    for arg in args:
        if not isinstance(arg, (str, bytes)):
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {arg.__class__.__name__!r}') from None
        kinds.add(isinstance(arg, str))
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None
