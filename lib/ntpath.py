"""Path manipulation for Windows paths, os.path on Windows.

Kaa runs on POSIX systems, so here the module works on strings alone (it is
what pathlib's PureWindowsPath parses with); the few functions that would ask
Windows itself (abspath, realpath) fall back on string rules.
"""
# Kaa's own ntpath, written to give CPython 3.13's results. A Windows path is
# seen as drive + root + tail: the drive is 'X:' or a UNC share
# ('\\server\share', '\\?\UNC\server\share', '\\.\device'), the root a single
# separator, the tail the rest. Both '\' and '/' separate; results use '\'.

curdir, pardir, extsep = '.', '..', '.'
sep, pathsep, altsep = '\\', ';', '/'
defpath = '.;C:\\bin'
devnull = 'nul'

import os
import sys
import genericpath
from genericpath import (commonprefix, exists, getatime, getctime, getmtime,
                         getsize, isdevdrive, isdir, isfile, isjunction,
                         islink, lexists, samefile, sameopenfile, samestat)

__all__ = ["normcase", "isabs", "join", "splitdrive", "splitroot", "split",
           "splitext", "basename", "dirname", "commonprefix", "getsize",
           "getmtime", "getatime", "getctime", "islink", "exists", "lexists",
           "isdir", "isfile", "ismount", "isreserved", "expanduser",
           "expandvars", "normpath", "abspath", "curdir", "pardir", "sep",
           "pathsep", "defpath", "altsep", "extsep", "devnull", "realpath",
           "supports_unicode_filenames", "relpath", "samefile",
           "sameopenfile", "samestat", "commonpath", "isjunction",
           "isdevdrive"]

supports_unicode_filenames = True


class _Marks:
    """The separators and special names of one string type."""
    __slots__ = ('sep', 'alt', 'both', 'colon', 'dot', 'dotdot', 'empty',
                 'long_unc')

    def __init__(self, conv):
        self.sep = conv('\\')
        self.alt = conv('/')
        self.both = conv('\\/')
        self.colon = conv(':')
        self.dot = conv('.')
        self.dotdot = conv('..')
        self.empty = conv('')
        self.long_unc = conv('\\\\?\\UNC\\')


_STR = _Marks(str)
_BYTES = _Marks(lambda s: s.encode('ascii'))


def _marks(path):
    return _BYTES if isinstance(path, bytes) else _STR


def _get_bothseps(path):
    return _marks(path).both


def normcase(s):
    """Return s in lower case with every '/' turned into '\\'."""
    s = os.fspath(s)
    if isinstance(s, bytes):
        text = os.fsdecode(s)
        return os.fsencode(text.replace('/', '\\').lower())
    return s.replace('/', '\\').lower()


def isabs(s):
    """True for a path with both a drive and a root, and for UNC and device
    paths (those starting with two separators)."""
    s = os.fspath(s)
    m = _marks(s)
    head = s[:3].replace(m.alt, m.sep)
    return head[1:3] == m.colon + m.sep or head[:2] == m.sep + m.sep


def splitroot(p):
    """Cut p into (drive, root, tail), whose concatenation is p.

    The drive is 'X:' or a UNC/device prefix such as '\\\\server\\share';
    the root is the separator after it, if any; the tail is the rest.
    """
    p = os.fspath(p)
    m = _marks(p)
    flat = p.replace(m.alt, m.sep)
    if flat[:1] == m.sep:
        if flat[1:2] != m.sep:
            # Rooted but driveless: '\Windows'.
            return m.empty, p[:1], p[1:]
        # '\\server\share\...', '\\?\UNC\server\share\...', '\\.\dev\...':
        # the drive runs up to the separator ending its second part.
        first = 8 if flat[:8].upper() == m.long_unc else 2
        cut = flat.find(m.sep, first)
        if cut >= 0:
            cut = flat.find(m.sep, cut + 1)
        if cut < 0:
            return p, m.empty, m.empty
        return p[:cut], p[cut:cut + 1], p[cut + 1:]
    if flat[1:2] == m.colon:
        if flat[2:3] == m.sep:
            return p[:2], p[2:3], p[3:]
        return p[:2], m.empty, p[2:]
    return m.empty, m.empty, p


def splitdrive(p):
    """Cut p into (drive, rest), where the drive is a letter and its colon
    ('c:') or a UNC share ('//host/share') and rest the remainder, so that
    drive + rest == p.  Either part may be empty.
    """
    drive, root, tail = splitroot(p)
    return drive, root + tail


def join(path, *paths):
    """Glue path pieces together with '\\'. A piece with a root replaces
    what came before (keeping the drive unless it has its own); a piece on
    another drive starts afresh."""
    path = os.fspath(path)
    m = _marks(path)
    try:
        drive, root, tail = splitroot(path)
        for piece in paths:
            pdrive, proot, ptail = splitroot(piece)
            if proot:
                if pdrive or not drive:
                    drive = pdrive
                root, tail = proot, ptail
                continue
            if pdrive and pdrive != drive:
                if pdrive.lower() != drive.lower():
                    drive, root, tail = pdrive, proot, ptail
                    continue
                drive = pdrive          # the same drive, spelt differently
            if tail and tail[-1:] not in m.both:
                tail += m.sep
            tail += ptail
        if tail and not root and drive and drive[-1:] not in m.colon + m.both:
            # A UNC drive and a relative tail need a separator between them.
            return drive + m.sep + tail
        return drive + root + tail
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', path, *paths)
        raise


def split(p):
    """Cut p after its last separator, giving (head, last name).  The head
    keeps the drive and root but loses trailing separators."""
    p = os.fspath(p)
    m = _marks(p)
    drive, root, tail = splitroot(p)
    cut = len(tail)
    while cut and tail[cut - 1:cut] not in m.both:
        cut -= 1
    return drive + root + tail[:cut].rstrip(m.both), tail[cut:]


def splitext(p):
    p = os.fspath(p)
    m = _marks(p)
    return genericpath._splitext(p, m.sep, m.alt, m.dot)


splitext.__doc__ = genericpath._splitext.__doc__


def basename(p):
    """The last name of p (what follows its last separator)."""
    return split(p)[1]


def dirname(p):
    """Everything of p before its last name."""
    return split(p)[0]


def ismount(path):
    """True for a drive's root and for a UNC share's root (on POSIX, no
    volume mounted in a folder is seen)."""
    path = os.fspath(path)
    m = _marks(path)
    drive, root, tail = splitroot(abspath(path))
    if drive and drive[:1] in m.both:
        return not tail
    return bool(root and not tail)


_RESERVED_CHARS = frozenset('"*:<>?|/\\' + ''.join(map(chr, range(32))))
_DEVICE_NAMES = frozenset(
    ['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'] +
    [kind + digit for kind in ('COM', 'LPT') for digit in '123456789\xb9\xb2\xb3'])


def _reserved_name(name):
    # Names ending in a dot or space (but '.' and '..'), names with a
    # wildcard, separator, colon, pipe or control character, and DOS device
    # names (also with an extension or trailing spaces: 'nul .txt').
    if name.endswith(('.', ' ')):
        return name not in ('.', '..')
    if not _RESERVED_CHARS.isdisjoint(name):
        return True
    stem = name.partition('.')[0].rstrip(' ')
    return stem.upper() in _DEVICE_NAMES


def isreserved(path):
    """True when Windows reserves some name of the path (device names such as
    'NUL', names ending in a dot or space, forbidden characters)."""
    tail = os.fsdecode(splitroot(path)[2]).replace('/', '\\')
    return any(map(_reserved_name, reversed(tail.split('\\'))))


def expanduser(path):
    """Replace a leading '~' or '~user' with that user's home folder, from
    USERPROFILE or HOMEDRIVE+HOMEPATH; unchanged when that is unknown."""
    path = os.fspath(path)
    m = _marks(path)
    if path[:1] not in ('~', b'~'):
        return path
    end = 1
    while end < len(path) and path[end:end + 1] not in m.both:
        end += 1
    env = os.environ
    if 'USERPROFILE' in env:
        home = env['USERPROFILE']
    elif 'HOMEPATH' in env:
        home = join(env.get('HOMEDRIVE', ''), env['HOMEPATH'])
    else:
        return path
    if end > 1:
        user = path[1:end]
        if isinstance(user, bytes):
            user = os.fsdecode(user)
        me = env.get('USERNAME')
        if user != me:
            # Another user: guess a sibling of our own profile folder, only
            # when ours is named after us.
            if basename(home) != me:
                return path
            home = join(dirname(home), user)
    if isinstance(path, bytes):
        home = os.fsencode(home)
    return home + path[end:]


_NAME_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
                        '0123456789_-')


def expandvars(path):
    """Replace $name, ${name} and %name% with the environment's values;
    unknown names stay as written, nothing changes inside '...', and '$$'
    and '%%' stand for one '$' or '%'."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path and b'%' not in path:
            return path
        env = getattr(os, 'environb', None)
        text = path.decode('latin-1')

        def lookup(name):
            key = name.encode('latin-1')
            if env is None:
                return os.fsencode(os.environ[os.fsdecode(key)]).decode('latin-1')
            return env[key].decode('latin-1')
    else:
        if '$' not in path and '%' not in path:
            return path
        text = path

        def lookup(name):
            return os.environ[name]

    def value(name, written):
        try:
            return lookup(name)
        except KeyError:
            return written

    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "'":
            close = text.find("'", i + 1)
            if close < 0:
                out.append(text[i:])
                break
            out.append(text[i:close + 1])
            i = close + 1
        elif c == '%':
            if text[i + 1:i + 2] == '%':
                out.append('%')
                i += 2
                continue
            close = text.find('%', i + 1)
            if close < 0:
                out.append(text[i:])
                break
            name = text[i + 1:close]
            out.append(value(name, '%' + name + '%'))
            i = close + 1
        elif c == '$':
            nxt = text[i + 1:i + 2]
            if nxt == '$':
                out.append('$')
                i += 2
            elif nxt == '{':
                close = text.find('}', i + 2)
                if close < 0:
                    out.append(text[i:])
                    break
                name = text[i + 2:close]
                out.append(value(name, '${' + name + '}'))
                i = close + 1
            else:
                j = i + 1
                while j < n and text[j] in _NAME_CHARS:
                    j += 1
                name = text[i + 1:j]
                out.append(value(name, '$' + name))
                i = j
        else:
            out.append(c)
            i += 1
    result = ''.join(out)
    return result.encode('latin-1') if isinstance(path, bytes) else result


def normpath(path):
    """Tidy a path: '/' becomes '\\', empty and '.' parts go, 'x\\..' pairs
    cancel out ('..' right after the root is dropped)."""
    path = os.fspath(path)
    m = _marks(path)
    drive, root, tail = splitroot(path.replace(m.alt, m.sep))
    kept = []
    for part in tail.split(m.sep):
        if not part or part == m.dot:
            continue
        if part == m.dotdot:
            if kept and kept[-1] != m.dotdot:
                kept.pop()
                continue
            if root and not kept:
                continue
        kept.append(part)
    if not drive and not root and not kept:
        return m.dot
    return drive + root + m.sep.join(kept)


def abspath(path):
    """Return path made absolute against the current folder, normalised.
    (Windows would ask GetFullPathName; this is its string fallback.)"""
    path = os.fspath(path)
    if not isabs(path):
        here = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(here, path)
    return normpath(path)


# Without Windows there are no links to follow: realpath is abspath.
realpath = abspath


def relpath(path, start=None):
    """Return path written relative to start (the current folder by
    default); both must be on the same drive."""
    path = os.fspath(path)
    if not path:
        raise ValueError("no path specified")
    m = _marks(path)
    start = m.dot if start is None else os.fspath(start)
    try:
        sdrive, _, srest = splitroot(abspath(start))
        pdrive, _, prest = splitroot(abspath(path))
        if normcase(sdrive) != normcase(pdrive):
            raise ValueError("path is on mount %r, start on mount %r"
                             % (pdrive, sdrive))
        sparts = srest.split(m.sep) if srest else []
        pparts = prest.split(m.sep) if prest else []
        same = 0
        for a, b in zip(sparts, pparts):
            if normcase(a) != normcase(b):
                break
            same += 1
        rel = [m.dotdot] * (len(sparts) - same) + pparts[same:]
        return m.sep.join(rel) if rel else m.dot
    except (TypeError, ValueError, AttributeError, BytesWarning,
            DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Return the longest sub-path all paths share, compared without regard
    to case or separator, spelt as the first path spells it with '\\'."""
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty iterable')
    m = _marks(paths[0])
    try:
        folded = [splitroot(p.replace(m.alt, m.sep).lower()) for p in paths]
        if len({d for d, _, _ in folded}) != 1:
            raise ValueError("Paths don't have the same drive")
        drive, root, tail = splitroot(paths[0].replace(m.alt, m.sep))
        if len({r for _, r, _ in folded}) != 1:
            if drive:
                raise ValueError("Can't mix absolute and relative paths")
            raise ValueError("Can't mix rooted and not-rooted paths")

        def names(t):
            return [c for c in t.split(m.sep) if c and c != m.dot]

        lists = [names(t) for _, _, t in folded]
        low, high = min(lists), max(lists)
        shared = len(low)
        for i, name in enumerate(low):
            if name != high[i]:
                shared = i
                break
        return drive + root + m.sep.join(names(tail)[:shared])
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
