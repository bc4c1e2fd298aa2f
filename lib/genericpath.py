"""Path helpers shared by Kaa's posixpath (and any other os.path flavour).

Import os.path rather than this module: the platform module re-exports what
applies to it.
"""
import stat

__all__ = """commonprefix exists getatime getctime getmtime getsize isdevdrive
    isdir isfile isjunction islink lexists samefile sameopenfile samestat""".split()

# What a failed probe may raise: OSError for a missing or unreachable file,
# ValueError for a path os cannot even pass on (an embedded NUL, say).
_UNREADABLE = (OSError, ValueError)


def _probe(statfn, path, errors=_UNREADABLE):
    # The stat result for path, or None when the call fails in an expected way.
    try:
        return statfn(path)
    except errors:
        return None


def _mode_is(test, statfn, path, errors=_UNREADABLE):
    # Whether path can be stat'ed and test(st_mode) holds for the result.
    info = _probe(statfn, path, errors)
    return False if info is None else test(info.st_mode)


def _stat_attr(path, attr):
    # One field of os.stat(path); failures propagate, as getsize() & co. want.
    return getattr(os.stat(path), attr)


def _windows_only(path):
    # Junctions and Dev Drives are Windows things: never one here, though the
    # argument must still be a path.
    os.fspath(path)         # TypeError when it is not
    return False


def exists(path):
    """True when path names something os.stat can reach (a dangling link: False)."""
    return _probe(os.stat, path) is not None


def lexists(path):
    """True when path names something, counting a dangling symbolic link."""
    return _probe(os.lstat, path) is not None


def isfile(path):
    """True when path leads to a regular file."""
    return _mode_is(stat.S_ISREG, os.stat, path)


def isdir(s):
    """True when s leads to a directory."""
    return _mode_is(stat.S_ISDIR, os.stat, s)


def islink(path):
    """True when path itself is a symbolic link."""
    # Without os.lstat (AttributeError) nothing counts as a link.
    return _mode_is(stat.S_ISLNK, os.lstat, path, _UNREADABLE + (AttributeError,))


def isjunction(path):
    """Always False: junctions exist only on Windows."""
    return _windows_only(path)


def isdevdrive(path):
    """Always False: Dev Drives exist only on Windows."""
    return _windows_only(path)


def getsize(filename):
    """The size in bytes that os.stat gives for filename."""
    return _stat_attr(filename, 'st_size')


def getmtime(filename):
    """The time of the last change to filename's contents (os.stat's st_mtime)."""
    return _stat_attr(filename, 'st_mtime')


def getatime(filename):
    """The time filename was last read (os.stat's st_atime)."""
    return _stat_attr(filename, 'st_atime')


def getctime(filename):
    """The time filename's metadata last changed (os.stat's st_ctime)."""
    return _stat_attr(filename, 'st_ctime')


def commonprefix(m):
    "The longest prefix, character by character, that every item of m starts with."
    if not m:
        return ''
    # Strings are compared whole; lists and tuples (of path components) item by item.
    items = m if isinstance(m[0], (tuple, list)) else [os.fspath(x) for x in m]
    first, last = min(items), max(items)
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
    return samestat(*map(os.stat, (f1, f2)))


def sameopenfile(fp1, fp2):
    """True when two file descriptors are open on one file."""
    return samestat(*map(os.fstat, (fp1, fp2)))


def _splitext(path, sep, altsep, extsep):
    """Cut path into (root, ext): ext runs from the last extsep of the final
    component to the end, unless that component is only extseps before it."""
    start = path.rfind(sep)
    if altsep:
        start = max(start, path.rfind(altsep))
    dot = path.rfind(extsep)
    # A name made of dots up to the last one (".bashrc", "..x") has no extension.
    if dot > start and path[start + 1:dot].strip(extsep):
        return path[:dot], path[dot:]
    return path, path[:0]


_MIXED = "Can't mix strings and bytes in path components"


def _check_arg_types(caller, *args):
    # Each argument must be str or bytes (PathLike objects were converted by the
    # caller), and they must not mix.
    kinds = set()
    for arg in args:
        if not isinstance(arg, (str, bytes)):
            raise TypeError(f'{caller}() argument must be str, bytes, or '
                            f'os.PathLike object, not {arg.__class__.__name__!r}') from None
        kinds.add(isinstance(arg, str))
    if len(kinds) > 1:
        raise TypeError(_MIXED) from None


# Imported last: os imports posixpath, which reads this module's functions, so a
# program whose first import is genericpath (CPython has os loaded at start-up,
# Kaa does not) must have them defined before os starts loading.
import os  # noqa: E402
