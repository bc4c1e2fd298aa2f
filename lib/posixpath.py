"""Path manipulation for POSIX systems, normally reached as os.path.

Everything here works on strings alone (apart from the few functions that
ask the file system), so it also serves for the path part of URLs.
"""
# Kaa's own posixpath, matching the behaviour of CPython 3.13's module. It is
# imported while os is still being set up, so os is only touched at call time.

curdir, pardir, extsep = '.', '..', '.'
sep, pathsep, altsep = '/', ':', None
defpath = ':'.join(('/bin', '/usr/bin'))
devnull = '/dev/null'

import os
import sys
import stat
import genericpath
from genericpath import (commonprefix, exists, getatime, getctime, getmtime,
                         getsize, isdevdrive, isdir, isfile, isjunction,
                         islink, lexists, samefile, sameopenfile, samestat)

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath", "isjunction", "isdevdrive"]

supports_unicode_filenames = False

# Separator, current and parent directory, for text and for bytes paths.
_TEXT_MARKS = ('/', '.', '..')
_BYTE_MARKS = (b'/', b'.', b'..')

# What a str/bytes mix-up (or a wrong argument type) raises in each function.
_JOIN_TROUBLE = (TypeError, AttributeError, BytesWarning)
_RELPATH_TROUBLE = _JOIN_TROUBLE + (DeprecationWarning,)
_COMMON_TROUBLE = _JOIN_TROUBLE[:2]
# A failed lstat: a missing file, or a path the OS refuses (embedded NUL).
_LSTAT_TROUBLE = (OSError, ValueError)

# Error messages (kept identical to CPython's: they are behaviour).
_MSG_NO_PATH = "no path specified"
_MSG_NO_PATHS = 'commonpath() arg is an empty sequence'
_MSG_MIXED = "Can't mix absolute and relative paths"


def _get_sep(path):
    return b'/' if isinstance(path, bytes) else '/'


def _marks(path):
    """The (separator, '.', '..') triple of path's own type."""
    return _BYTE_MARKS if isinstance(path, bytes) else _TEXT_MARKS


def _bad_args(fname, *args):
    """Raise the clearer TypeError for mixed str and bytes arguments, if any."""
    genericpath._check_arg_types(fname, *args)


def _trim_head(head, slash):
    """Drop trailing slashes from a directory part, unless it is all slashes."""
    if head and head.strip(slash):
        return head.rstrip(slash)
    return head


def normcase(s):
    """Return s unchanged (as a str or bytes): POSIX paths are case-sensitive."""
    return os.fspath(s)


def isabs(s):
    """True when s starts at the root."""
    s = os.fspath(s)
    return s.startswith(_get_sep(s))


def join(a, *p):
    """Glue path pieces together with '/'. A piece that is absolute starts
    the result afresh; an empty final piece leaves a trailing slash."""
    first = os.fspath(a)
    slash = _get_sep(first)
    out = first
    try:
        for piece in p:
            piece = os.fspath(piece)
            if piece.startswith(slash) or not out:
                out = piece
            elif out.endswith(slash):
                out = out + piece
            else:
                out = out + slash + piece
    except _JOIN_TROUBLE:
        _bad_args('join', first, *p)
        raise
    return out


def split(p):
    """Cut p after its last slash, giving (directory part, last name); either
    may be empty."""
    p = os.fspath(p)
    slash = _get_sep(p)
    cut = p.rfind(slash) + 1
    return _trim_head(p[:cut], slash), p[cut:]


_EXT_DOC = genericpath._splitext.__doc__


def splitext(p):
    p = os.fspath(p)
    slash, dot, _ = _marks(p)
    return genericpath._splitext(p, slash, None, dot)


splitext.__doc__ = _EXT_DOC


def splitdrive(p):
    """Return ('', p): POSIX paths have no drive letter."""
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    """Return (drive, root, rest). The drive is always empty here. The root is
    '' for a relative path, '//' when the path starts with exactly two slashes
    (POSIX lets systems give those a meaning of their own), and '/' otherwise:

        splitroot('a/b') == ('', '', 'a/b')
        splitroot('/a/b') == ('', '/', 'a/b')
        splitroot('//a/b') == ('', '//', 'a/b')
        splitroot('///a/b') == ('', '/', '//a/b')
    """
    p = os.fspath(p)
    slash = _get_sep(p)
    nothing = p[:0]
    if p[:1] != slash:
        return nothing, nothing, p
    # Exactly two leading slashes are kept; any other run counts, by POSIX, as one.
    width = 2 if p[1:2] == slash and p[2:3] != slash else 1
    return nothing, p[:width], p[width:]


def basename(p):
    """The part of p after its last slash."""
    p = os.fspath(p)
    return p[p.rfind(_get_sep(p)) + 1:]


def dirname(p):
    """The part of p before its last slash (trailing slashes removed)."""
    p = os.fspath(p)
    slash = _get_sep(p)
    return _trim_head(p[:p.rfind(slash) + 1], slash)


def _quiet_lstat(p, resolve=False):
    """os.lstat(p) (of realpath(p) if resolve), or None if that fails."""
    try:
        return os.lstat(realpath(p) if resolve else p)
    except _LSTAT_TROUBLE:
        return None


def ismount(path):
    """True when path is where a file system is mounted."""
    here = _quiet_lstat(path)
    if here is None or stat.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    above = join(path, _marks(path)[2])
    up = _quiet_lstat(above)
    if up is None:
        up = _quiet_lstat(above, resolve=True)
        if up is None:
            return False
    # Another device above us, or the very same inode (the root itself).
    return here.st_dev != up.st_dev or here.st_ino == up.st_ino


def _home_dir(user):
    """The password-database home of user (None: the current uid), or None."""
    try:
        import pwd
    except ImportError:
        return None
    try:
        if user is None:
            entry = pwd.getpwuid(os.getuid())
        else:
            entry = pwd.getpwnam(user)
    except KeyError:
        return None
    return entry.pw_dir


def expanduser(path):
    """Replace a leading ~ or ~user by that home directory; when it cannot be
    found, path comes back as it was."""
    path = os.fspath(path)
    raw = isinstance(path, bytes)
    if path[:1] != (b'~' if raw else '~'):
        return path
    slash = _get_sep(path)
    stop = path.find(slash, 1)
    if stop == -1:
        stop = len(path)
    if stop > 1:
        who = path[1:stop]
        home = _home_dir(os.fsdecode(who) if raw else who)
    else:
        home = os.environ.get('HOME')
        if home is None:
            home = _home_dir(None)
    if home is None:
        return path
    if raw:
        home = os.fsencode(home)
    rest = path[stop:]
    return home.rstrip(slash) + rest or slash


def _varname(path, at):
    """Read the variable reference whose '$' is at path[at]: either ${...}
    (anything up to the next '}') or a run of ASCII letters, digits and '_'.
    Return (index just past it, bare name), or (-1, None) if there is none."""
    k = at + 1
    brace = path[k:k + 1]
    if brace in ('{', b'{'):
        close = path.find('}' if brace == '{' else b'}', k)
        if close < 0:
            return -1, None
        return close + 1, path[k + 1:close]
    end = k
    while end < len(path):
        c = path[end:end + 1]
        if not (c.isascii() and (c.isalnum() or c in ('_', b'_'))):
            break
        end += 1
    if end == k:
        return -1, None
    return end, path[k:end]


def _env_value(name, raw):
    """The environment's value for name, as bytes when raw; KeyError if unset."""
    if not raw:
        return os.environ[name]
    if hasattr(os, 'environb'):
        return os.environb[name]
    text = os.environ[os.fsdecode(name)]
    return os.fsencode(text)


def expandvars(path):
    """Substitute environment variables written $name or ${name}; references
    to unset variables stay as they are."""
    path = os.fspath(path)
    raw = isinstance(path, bytes)
    dollar = b'$' if raw else '$'
    if dollar not in path:
        return path
    pos = 0
    while (at := path.find(dollar, pos)) >= 0:
        after, name = _varname(path, at)
        if name is None:
            pos = at + 1
            continue
        try:
            value = _env_value(name, raw)
        except KeyError:
            pos = after
            continue
        head = path[:at] + value
        path = head + path[after:]
        pos = len(head)
    return path


def normpath(path):
    """Tidy a path purely textually: collapse repeated slashes, drop '.'
    parts and fold 'name/..' pairs."""
    path = os.fspath(path)
    slash, dot, dotdot = _marks(path)
    if not path:
        return dot
    _, root, rest = splitroot(path)
    kept = []
    for part in rest.split(slash):
        if part in (dot, path[:0]):
            continue
        if part != dotdot:
            kept.append(part)
        elif kept and kept[-1] != dotdot:
            del kept[-1]
        elif not root:
            kept.append(part)
        # else: '..' above the root stays at the root
    return (root + slash.join(kept)) or dot


def abspath(path):
    """path made absolute (against the working directory) and normalised."""
    path = os.fspath(path)
    if not isabs(path):
        here = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(here, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """filename made absolute with every symbolic link on the way resolved.
    With strict, a missing component or a link loop raises OSError."""
    given = os.fspath(filename)
    raw = isinstance(given, bytes)
    slash, dot, dotdot = _marks(given)
    # Names still to walk, the next one last. A None entry marks where a link's
    # target ends; the entry below it is that link, which now resolves to `at`.
    pending = given.split(slash)
    pending.reverse()
    if given[:1] == slash:
        at = slash
    else:
        at = os.getcwdb() if raw else os.getcwd()
    seen = {}  # link path -> where it leads (None while still being followed)
    while pending:
        part = pending.pop()
        if part is None:
            seen[pending.pop()] = at
            continue
        if part in (dot, given[:0]):
            continue
        if part == dotdot:
            at = at[:at.rindex(slash)] or slash
            continue
        step = at + part if at == slash else at + slash + part
        try:
            info = os.lstat(step)
            is_link = stat.S_ISLNK(info.st_mode)
            if not is_link:
                at = step
                continue
            if step in seen:
                known = seen[step]
                if known is None:
                    # Back at a link we are still following: a cycle.
                    if strict:
                        os.stat(step)
                    at = step
                else:
                    at = known
                continue
            dest = os.readlink(step)
        except OSError:
            if strict:
                raise
            at = step
            continue
        seen[step] = None
        if dest[:1] == slash:
            at = slash
        pending += [step, None]
        more = dest.split(slash)
        more.reverse()
        pending += more
    return at


def relpath(path, start=None):
    """path rewritten relative to start (default: the current directory)."""
    path = os.fspath(path)
    if not path:
        raise ValueError(_MSG_NO_PATH)
    slash, dot, dotdot = _marks(path)
    start = dot if start is None else os.fspath(start)
    try:
        src = [c for c in abspath(start).split(slash) if c]
        dst = [c for c in abspath(path).split(slash) if c]
        shared = len(commonprefix([src, dst]))
        steps = [dotdot] * (len(src) - shared) + dst[shared:]
        return join(*steps) if steps else dot
    except _RELPATH_TROUBLE:
        _bad_args('relpath', path, start)
        raise


def commonpath(paths):
    """The longest leading run of whole components shared by all the paths."""
    items = tuple([os.fspath(x) for x in paths])
    if not items:
        raise ValueError(_MSG_NO_PATHS)
    slash, dot, _ = _marks(items[0])
    try:
        rooted = {x[:1] == slash for x in items}
        if len(rooted) != 1:
            raise ValueError(_MSG_MIXED) from None
        chunks = [[c for c in x.split(slash) if c and c != dot] for x in items]
        low, high = min(chunks), max(chunks)
        n = 0
        while n < len(low) and low[n] == high[n]:
            n += 1
        lead = slash if rooted.pop() else slash[:0]
        return lead + slash.join(low[:n])
    except _COMMON_TROUBLE:
        _bad_args('commonpath', *items)
        raise
