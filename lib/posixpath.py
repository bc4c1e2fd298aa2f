"""Common operations on Posix pathnames.

Instead of importing this module directly, import os and refer to
this module as os.path.  The "os.path" name is an alias for this
module on Posix systems; on other systems (e.g. Windows),
os.path provides the same operations in a manner specific to that
platform, and is an alias to another module (e.g. ntpath).

Some of this can actually be useful on non-Posix systems too, e.g.
for manipulation of the pathname component of URLs.
"""
# Kaa's own posixpath: the behaviour of CPython 3.13's, written for Kaa. os imports
# it while os itself is being initialised: os's functions are used only at call time.

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

import os
import sys
import stat
import genericpath
from genericpath import *

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath", "isjunction", "isdevdrive"]

supports_unicode_filenames = False


def _get_sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    return s.startswith(_get_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = os.fspath(a)
    sep = _get_sep(a)
    path = a
    try:
        for b in map(os.fspath, p):
            if b.startswith(sep) or not path:
                path = b
            elif path.endswith(sep):
                path += b
            else:
                path += sep + b
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', a, *p)
        raise
    return path


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = os.fspath(p)
    sep = _get_sep(p)
    cut = p.rfind(sep) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'/', None, b'.')
    return genericpath._splitext(p, '/', None, '.')


splitext.__doc__ = genericpath._splitext.__doc__


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    """Split a pathname into drive, root and tail. On Posix, drive is always
    empty; the root may be empty, a single slash, or two slashes. The tail
    contains anything after the root. For example:

        splitroot('foo/bar') == ('', '', 'foo/bar')
        splitroot('/foo/bar') == ('', '/', 'foo/bar')
        splitroot('//foo/bar') == ('', '//', 'foo/bar')
        splitroot('///foo/bar') == ('', '/', '//foo/bar')
    """
    p = os.fspath(p)
    sep = _get_sep(p)
    empty = sep[:0]
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        # One slash, or three and more: POSIX gives them the meaning of one.
        return empty, sep, p[1:]
    # Exactly two: POSIX leaves their meaning to the implementation, so keep them.
    return empty, p[:2], p[2:]


def basename(p):
    """Returns the final component of a pathname"""
    p = os.fspath(p)
    return p[p.rfind(_get_sep(p)) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = os.fspath(p)
    sep = _get_sep(p)
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def ismount(path):
    """Test whether a path is a mount point"""
    try:
        st = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    try:
        up = os.lstat(parent)
    except (OSError, ValueError):
        try:
            up = os.lstat(realpath(parent))
        except (OSError, ValueError):
            return False
    # A different device above, or the same i-node (the root): a mount point.
    return st.st_dev != up.st_dev or st.st_ino == up.st_ino


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    sep = _get_sep(path)
    end = path.find(sep, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        if 'HOME' in os.environ:
            home = os.environ['HOME']
        else:
            try:
                import pwd
                home = pwd.getpwuid(os.getuid()).pw_dir
            except (ImportError, KeyError):
                return path
    else:
        name = path[1:end]
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        try:
            import pwd
            home = pwd.getpwnam(name).pw_dir
        except (ImportError, KeyError):
            return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(sep)
    return (home + path[end:]) or sep


def _varname(path, at):
    """The variable a '$' at path[at] names (as CPython's pattern
    r'\\$(\\w+|\\{[^}]*\\})' with re.ASCII matches it): its end and its name
    (braces included), or (-1, None)."""
    k = at + 1
    brace = path[k:k + 1]
    if brace in ('{', b'{'):
        close = path.find('}' if brace == '{' else b'}', k)
        if close < 0:
            return -1, None
        return close + 1, path[k:close + 1]
    end = k
    while end < len(path):
        c = path[end:end + 1]
        if not (c.isascii() and (c.isalnum() or c in ('_', b'_'))):
            break
        end += 1
    if end == k:
        return -1, None
    return end, path[k:end]


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        dollar, start, end = b'$', b'{', b'}'
        environ = getattr(os, 'environb', None)
    else:
        if '$' not in path:
            return path
        dollar, start, end = '$', '{', '}'
        environ = os.environ
    i = 0
    while True:
        at = path.find(dollar, i)
        if at < 0:
            break
        j, name = _varname(path, at)
        if name is None:
            i = at + 1
            continue
        if name.startswith(start) and name.endswith(end):
            name = name[1:-1]
        try:
            if environ is None:
                value = os.fsencode(os.environ[os.fsdecode(name)])
            else:
                value = environ[name]
        except KeyError:
            i = j
        else:
            tail = path[j:]
            path = path[:at] + value
            i = len(path)
            path += tail
    return path


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        sep, dot, dotdot = b'/', b'.', b'..'
    else:
        sep, dot, dotdot = '/', '.', '..'
    if not path:
        return dot
    _, root, rest = splitroot(path)
    parts = []
    for part in rest.split(sep):
        if not part or part == dot:
            continue
        if part == dotdot and parts and parts[-1] != dotdot:
            parts.pop()
        elif part == dotdot and root:
            continue  # '..' at the root is the root
        else:
            parts.append(part)
    return (root + sep.join(parts)) or dot


def abspath(path):
    """Return an absolute path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    filename = os.fspath(filename)
    if isinstance(filename, bytes):
        sep, curdir, pardir, getcwd = b'/', b'.', b'..', os.getcwdb
    else:
        sep, curdir, pardir, getcwd = '/', '.', '..', os.getcwd
    # The components still to resolve, last first; a None marks the end of a
    # link's target, after which the link (next on the stack) is known to resolve
    # to the path reached.
    todo = filename.split(sep)[::-1]
    path = sep if filename.startswith(sep) else getcwd()
    links = {}  # a link's path -> what it resolves to (None while resolving it)
    while todo:
        name = todo.pop()
        if name is None:
            links[todo.pop()] = path
            continue
        if not name or name == curdir:
            continue
        if name == pardir:
            path = path[:path.rindex(sep)] or sep
            continue
        candidate = path + name if path == sep else path + sep + name
        try:
            st = os.lstat(candidate)
            if not stat.S_ISLNK(st.st_mode):
                if strict and todo and not stat.S_ISDIR(st.st_mode):
                    raise NotADirectoryError(20, os.strerror(20), candidate)
                path = candidate
                continue
            if candidate in links:
                resolved = links[candidate]
                if resolved is not None:
                    path = resolved
                    continue
                # A loop of links.
                if strict:
                    os.stat(candidate)
                path = candidate
                continue
            target = os.readlink(candidate)
        except OSError:
            if strict:
                raise
            path = candidate
            continue
        links[candidate] = None
        if target.startswith(sep):
            path = sep
        todo.append(candidate)
        todo.append(None)
        todo.extend(target.split(sep)[::-1])
    return path


def relpath(path, start=None):
    """Return a relative version of a path"""
    path = os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    if isinstance(path, bytes):
        curdir, sep, pardir = b'.', b'/', b'..'
    else:
        curdir, sep, pardir = '.', '/', '..'
    start = curdir if start is None else os.fspath(start)
    try:
        here = [c for c in abspath(start).split(sep) if c]
        there = [c for c in abspath(path).split(sep) if c]
        common = len(commonprefix([here, there]))
        parts = [pardir] * (len(here) - common) + there[common:]
        if not parts:
            return curdir
        return join(*parts)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    if isinstance(paths[0], bytes):
        sep, curdir = b'/', b'.'
    else:
        sep, curdir = '/', '.'
    try:
        kinds = {p[:1] == sep for p in paths}
        if len(kinds) != 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        absolute = kinds.pop()
        parts = [[c for c in p.split(sep) if c and c != curdir] for p in paths]
        lo, hi = min(parts), max(parts)
        common = lo
        for k, c in enumerate(lo):
            if c != hi[k]:
                common = lo[:k]
                break
        return (sep if absolute else sep[:0]) + sep.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
