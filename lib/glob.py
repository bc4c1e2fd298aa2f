"""Path names matching shell-style wildcards (fnmatch patterns), folder by
folder: glob() returns a list, iglob() an iterator."""

# Kaa's glob. A pattern is resolved from the left: the folder part (itself
# globbed when it has wildcards) gives folders, in each of which the last
# part is matched by one of three listers: _glob0 for a literal name, _glob1
# for a wildcard name, _glob2 for '**' with recursive=True. Names are str or
# bytes as the pattern is.

import contextlib
import os
import re
import fnmatch
import functools
import itertools
import operator
import stat
import sys

__all__ = ["glob", "iglob", "escape", "translate"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    """Return the list of paths matching pathname, a path with shell-style
    wildcards, in the order the folders list them.

    Names starting with a dot are matched only by patterns starting with a
    dot, unless include_hidden is true.  With recursive true, '**' matches
    any number of nested folders.  Relative patterns start from root_dir
    (and dir_fd), not the current folder, if given.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    """Return an iterator of the paths glob() would list."""
    sys.audit("glob.glob", pathname, recursive)
    sys.audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    root_dir = pathname[:0] if root_dir is None else os.fspath(root_dir)
    found = _iglob(pathname, root_dir, dir_fd, recursive, False,
                   include_hidden=include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # An empty first result (the starting folder of '**') is dropped.
        first = next(found, None)
        if first:
            found = itertools.chain((first,), found)
    return found


def _iglob(pathname, root_dir, dir_fd, recursive, dironly, include_hidden=False):
    head, tail = os.path.split(pathname)
    if not has_magic(pathname):
        assert not dironly
        exists = (_lexists(_join(root_dir, pathname), dir_fd) if tail
                  else _isdir(_join(root_dir, head), dir_fd))
        if exists:
            yield pathname
        return
    lister = _lister(tail, recursive)
    if not head:
        yield from lister(root_dir, tail, dir_fd, dironly,
                          include_hidden=include_hidden)
        return
    # Folders first (globbed themselves when they have wildcards), then the
    # last part inside each.
    if head != pathname and has_magic(head):
        folders = _iglob(head, root_dir, dir_fd, recursive, True,
                         include_hidden=include_hidden)
    else:
        folders = [head]
    for folder in folders:
        for name in lister(_join(root_dir, folder), tail, dir_fd, dironly,
                           include_hidden=include_hidden):
            yield os.path.join(folder, name)


def _lister(part, recursive):
    if not has_magic(part):
        return _glob0
    if recursive and _isrecursive(part):
        return _glob2
    return _glob1


def _glob1(dirname, pattern, dir_fd, dironly, include_hidden=False):
    # The names in dirname matching a wildcard pattern.
    names = _listdir(dirname, dir_fd, dironly)
    if not include_hidden and not _ishidden(pattern):
        names = [name for name in names if not _ishidden(name)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dir_fd, dironly, include_hidden=False):
    # A literal name: itself if it exists ('' stands for dirname itself).
    if basename:
        found = _lexists(_join(dirname, basename), dir_fd)
    else:
        found = _isdir(dirname, dir_fd)
    return [basename] if found else []


_deprecated_function_message = (
    "{name} is deprecated and will be removed in Python {remove}. "
    "Use glob.glob and pass a directory to its root_dir argument instead."
)


def glob0(dirname, pattern):
    import warnings
    warnings._deprecated("glob.glob0", _deprecated_function_message, remove=(3, 15))
    return _glob0(dirname, pattern, None, False)


def glob1(dirname, pattern):
    import warnings
    warnings._deprecated("glob.glob1", _deprecated_function_message, remove=(3, 15))
    return _glob1(dirname, pattern, None, False)


def _glob2(dirname, pattern, dir_fd, dironly, include_hidden=False):
    # '**': the folder itself (as an empty name), then everything below it.
    assert _isrecursive(pattern)
    if not dirname or _isdir(dirname, dir_fd):
        yield pattern[:0]
    yield from _rlistdir(dirname, dir_fd, dironly, include_hidden=include_hidden)


def _iterdir(dirname, dir_fd, dironly):
    # The names in dirname (folders only, with dironly); nothing if it cannot
    # be listed.
    opened = None
    encode = None
    try:
        if dir_fd is not None:
            if dirname:
                opened = target = os.open(dirname, _dir_open_flags, dir_fd=dir_fd)
            else:
                target = dir_fd
            if isinstance(dirname, bytes):
                encode = os.fsencode    # a descriptor lists str names
        elif dirname:
            target = dirname
        else:
            target = os.curdir.encode('ASCII') if isinstance(dirname, bytes) else os.curdir
        try:
            with os.scandir(target) as entries:
                for entry in entries:
                    try:
                        if dironly and not entry.is_dir():
                            continue
                    except OSError:
                        continue
                    yield encode(entry.name) if encode else entry.name
        finally:
            if opened is not None:
                os.close(opened)
    except OSError:
        return


def _listdir(dirname, dir_fd, dironly):
    with contextlib.closing(_iterdir(dirname, dir_fd, dironly)) as names:
        return list(names)


def _rlistdir(dirname, dir_fd, dironly, include_hidden=False):
    # Every path below dirname, relative to it, each folder before its
    # contents.
    for name in _listdir(dirname, dir_fd, dironly):
        if not include_hidden and _ishidden(name):
            continue
        yield name
        below = _join(dirname, name) if dirname else name
        for rest in _rlistdir(below, dir_fd, dironly, include_hidden=include_hidden):
            yield _join(name, rest)


def _lexists(pathname, dir_fd):
    if dir_fd is None:
        return os.path.lexists(pathname)
    try:
        os.lstat(pathname, dir_fd=dir_fd)
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname, dir_fd):
    if dir_fd is None:
        return os.path.isdir(pathname)
    try:
        mode = os.stat(pathname, dir_fd=dir_fd).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(mode)


def _join(dirname, basename):
    # os.path.join, except that an empty part adds nothing (not a separator).
    if dirname and basename:
        return os.path.join(dirname, basename)
    return dirname or basename


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    checker = magic_check_bytes if isinstance(s, bytes) else magic_check
    return checker.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """Return pathname with its wildcard characters made literal."""
    # The drive (on Windows) may hold '?' and stays as it is.
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        return drive + magic_check_bytes.sub(br'[\1]', rest)
    return drive + magic_check.sub(r'[\1]', rest)


_special_parts = ('', '.', '..')
_dir_open_flags = os.O_RDONLY | getattr(os, 'O_DIRECTORY', 0)
_no_recurse_symlinks = object()


def translate(pat, *, recursive=False, include_hidden=False, seps=None):
    """Return the regular expression (text) for a glob pattern: it matches
    whole paths, with '*' and '?' never crossing a separator.

    With recursive true, a '**' part matches any number of folders; with
    include_hidden true, wildcards also match names starting with a dot.
    seps are the separators (os.path.sep and os.path.altsep by default).
    """
    if not seps:
        seps = (os.path.sep, os.path.altsep) if os.path.altsep else os.path.sep
    quoted = ''.join(map(re.escape, seps))
    sep = f'[{quoted}]' if len(seps) > 1 else quoted
    not_sep = f'[^{quoted}]'
    if include_hidden:
        last_segment = f'{not_sep}+'
        segment = last_segment + sep
        segments = f'(?:.+{sep})?'
        last_segments = '.*'
    else:
        last_segment = f'[^{quoted}.]{not_sep}*'
        segment = last_segment + sep
        segments = f'(?:{segment})*'
        last_segments = f'{segments}(?:{last_segment})?'
    out = []
    parts = re.split(sep, pat)
    final = len(parts) - 1
    for index, part in enumerate(parts):
        if part == '*':
            out.append(segment if index < final else last_segment)
            continue
        if recursive and part == '**':
            if index == final:
                out.append(last_segments)
            elif parts[index + 1] != '**':
                out.append(segments)
            continue
        if part:
            if not include_hidden and part[0] in '*?':
                out.append(r'(?!\.)')
            out.extend(fnmatch._translate(part, f'{not_sep}*', not_sep))
        if index < final:
            out.append(sep)
    return fr'(?s:{"".join(out)})\Z'


@functools.lru_cache(maxsize=512)
def _compile_pattern(pat, sep, case_sensitive, recursive=True):
    # The match method of a pathlib pattern's regex.
    flags = re.NOFLAG if case_sensitive else re.IGNORECASE
    regex = translate(pat, recursive=recursive, include_hidden=True, seps=sep)
    return re.compile(regex, flags=flags).match



class _Globber:
    """Glob-style matching and selection over path objects (pathlib's
    PathBase); _StringGlobber below does the same over strings.

    A pattern, as a list of its parts in reverse order, becomes a chain of
    selector functions: each takes a path (and whether it is known to
    exist) and yields the matching paths below it, handing each step's
    results to the next part's selector.
    """

    def __init__(self, sep, case_sensitive, case_pedantic=False, recursive=False):
        # case_pedantic: even literal parts are matched by listing folders
        # (so that case-insensitive matching finds the names as spelt).
        # recursive: '**' walks folders; _no_recurse_symlinks walks them
        # without entering links to folders.
        self.sep, self.case_sensitive = sep, case_sensitive
        self.case_pedantic, self.recursive = case_pedantic, recursive

    # What the selectors need from a path; subclasses redefine these.

    @staticmethod
    def lstat(path):
        return path.lstat()

    @staticmethod
    def add_slash(path):
        return path.joinpath('')

    @staticmethod
    def scandir(path):
        """A context manager giving path's children (os.scandir's shape)."""
        return contextlib.nullcontext(path.iterdir())

    @staticmethod
    def concat_path(path, text):
        """path with text appended to its string form."""
        return path.with_segments(str(path._raw_path) + text)

    @staticmethod
    def parse_entry(entry):
        """The path of one of scandir()'s entries."""
        return entry

    def compile(self, pat):
        return _compile_pattern(pat, self.sep, self.case_sensitive,
                                recursive=self.recursive)

    def selector(self, parts):
        """The selector for parts (the pattern's parts, last first; the list
        is consumed)."""
        if len(parts) == 0:
            return self.select_exists
        head = parts.pop()
        if head == '**' and self.recursive:
            kind = 'recursive'
        elif head in _special_parts:
            kind = 'special'
        elif self.case_pedantic or has_magic(head):
            kind = 'wildcard'
        else:
            kind = 'literal'
        return getattr(self, kind + '_selector')(head, parts)

    def special_selector(self, part, parts):
        """'', '.' or '..': appended as it is."""
        after = self.selector(parts)

        def select_special(path, exists=False):
            return after(self.concat_path(self.add_slash(path), part), exists)
        return select_special

    def literal_selector(self, part, parts):
        """A name without wildcards (with any literal names after it):
        appended, existence checked at the end."""
        names = [part]
        while parts and not has_magic(parts[-1]):
            names.append(parts.pop())
        text = self.sep.join(names)
        after = self.selector(parts)

        def select_literal(path, exists=False):
            return after(self.concat_path(self.add_slash(path), text), False)
        return select_literal

    def _entries(self, path):
        # The folder's entries, listed (and the listing closed) at once;
        # empty when the folder cannot be listed.
        try:
            with self.scandir(path) as listing:
                return list(listing)
        except OSError:
            return []

    def wildcard_selector(self, part, parts):
        """A name with wildcards: the children of the folder it matches
        (only folders when more parts follow)."""
        test = None if part == '*' else self.compile(part)
        after = self.selector(parts) if parts else None

        def select_wildcard(path, exists=False):
            for entry in self._entries(path):
                if test and not test(entry.name):
                    continue
                if after is None:
                    yield self.parse_entry(entry)
                elif _entry_is_dir(entry):
                    yield from after(self.parse_entry(entry), exists=True)
        return select_wildcard

    def recursive_selector(self, part, parts):
        """'**': the folder and everything below it. Following ordinary
        parts are folded into one regex matched against the whole tail
        (when links to folders are followed)."""
        while parts and parts[-1] == '**':
            del parts[-1]
        through_links = self.recursive is not _no_recurse_symlinks
        names = [part]
        while through_links and parts and parts[-1] not in _special_parts:
            names.append(parts.pop())
        test = None if names == ['**'] else self.compile(self.sep.join(names))
        folders_only = len(parts) > 0
        after = self.selector(parts)

        def select_recursive(path, exists=False):
            start = self.add_slash(path)
            offset = len(str(start))
            if test is None or test(str(start), offset):
                yield from after(start, exists)
            todo = [start]
            while todo:
                for entry in self._entries(todo.pop()):
                    is_folder = _entry_is_dir(entry, through_links)
                    if folders_only and not is_folder:
                        continue
                    found = self.parse_entry(entry)
                    if test is None or test(str(found), offset):
                        if folders_only:
                            yield from after(found, exists=True)
                        else:
                            yield found
                    if is_folder:
                        todo.append(found)
        return select_recursive

    def select_exists(self, path, exists=False):
        """path itself, when it exists (lstat is skipped when known)."""
        if not exists:
            try:
                self.lstat(path)
            except OSError:
                return
        yield path


def _entry_is_dir(entry, follow_symlinks=True):
    try:
        return entry.is_dir(follow_symlinks=follow_symlinks)
    except OSError:
        return False


class _StringGlobber(_Globber):
    """_Globber over path strings, with os functions."""
    lstat = staticmethod(os.lstat)
    scandir = staticmethod(os.scandir)

    @staticmethod
    def parse_entry(entry):
        return entry.path

    @staticmethod
    def concat_path(path, text):
        return path + text

    @staticmethod
    def add_slash(pathname):
        if os.name == 'nt':
            ends_ok = not os.path.splitroot(pathname)[2] or pathname[-1] in '\\/'
            return pathname if ends_ok else pathname + '\\'
        return pathname + '/' if pathname[-1:] not in ('/', '') else pathname
