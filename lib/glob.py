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
    start = pathname[:0] if root_dir is None else os.fspath(root_dir)
    found = _expand(pathname, _Walk(start, dir_fd, include_hidden), recursive, False)
    if not pathname or (recursive and _is_double_star(pathname[:2])):
        # An empty first result (the starting folder of '**') is dropped.
        first = next(found, None)
        if first:
            found = itertools.chain((first,), found)
    return found


class _Walk:
    # Where relative patterns start (root, and dir_fd when given) and
    # whether names starting with a dot are listed.
    def __init__(self, root, dir_fd, include_hidden):
        self.root, self.dir_fd, self.include_hidden = root, dir_fd, include_hidden

    def at(self, path):
        return _join(self.root, path)


def _expand(pattern, walk, recursive, folders_only):
    # The paths matching pattern, resolved from the left: its folder part
    # (globbed itself when it has wildcards), then the last part in each.
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        assert not folders_only
        if tail:
            there = _lexists(walk.at(pattern), walk.dir_fd)
        else:
            there = _isdir(walk.at(head), walk.dir_fd)
        if there:
            yield pattern
        return
    matcher = _matcher_for(tail, recursive)
    if not head:
        yield from matcher(walk.root, tail, walk.dir_fd, folders_only,
                           include_hidden=walk.include_hidden)
        return
    if head != pattern and has_magic(head):
        folders = _expand(head, walk, recursive, True)
    else:
        folders = (head,)
    for folder in folders:
        for name in matcher(walk.at(folder), tail, walk.dir_fd, folders_only,
                            include_hidden=walk.include_hidden):
            yield os.path.join(folder, name)


def _matcher_for(part, recursive):
    # _glob0 for a literal name, _glob2 for '**' (recursive), else _glob1.
    if not has_magic(part):
        return _glob0
    return _glob2 if recursive and _is_double_star(part) else _glob1


def _glob1(dirname, pattern, dir_fd, dironly, include_hidden=False):
    # The names in dirname matching a wildcard pattern; hidden names only
    # when asked for or when the pattern starts with a dot itself.
    listed = _listdir(dirname, dir_fd, dironly)
    if not (include_hidden or _starts_with_dot(pattern)):
        listed = list(itertools.filterfalse(_starts_with_dot, listed))
    return fnmatch.filter(listed, pattern)


def _glob0(dirname, basename, dir_fd, dironly, include_hidden=False):
    # A literal name: itself if it exists ('' stands for dirname itself).
    there = (_lexists(_join(dirname, basename), dir_fd) if basename
             else _isdir(dirname, dir_fd))
    return [basename] if there else []


_deprecated_function_message = (
    "{name} is deprecated and will be removed in Python {remove}. "
    "Use glob.glob and pass a directory to its root_dir argument instead."
)


def _warn_old(name):
    import warnings
    warnings._deprecated(name, _deprecated_function_message, remove=(3, 15))


def glob0(dirname, pattern):
    _warn_old("glob.glob0")
    return _glob0(dirname, pattern, None, False)


def glob1(dirname, pattern):
    _warn_old("glob.glob1")
    return _glob1(dirname, pattern, None, False)


def _glob2(dirname, pattern, dir_fd, dironly, include_hidden=False):
    # '**': the folder itself (as an empty name), then everything below it.
    assert _is_double_star(pattern)
    here_exists = _isdir(dirname, dir_fd) if dirname else True
    if here_exists:
        yield pattern[:0]
    yield from _rlistdir(dirname, dir_fd, dironly, include_hidden=include_hidden)


def _listing_target(dirname, dir_fd):
    # (what to scandir, descriptor to close afterwards or None, whether
    # names must be encoded back to bytes).
    as_bytes = isinstance(dirname, bytes)
    if dir_fd is None:
        if dirname:
            return dirname, None, False
        return (os.curdir.encode('ASCII') if as_bytes else os.curdir), None, False
    if not dirname:
        return dir_fd, None, as_bytes
    fd = os.open(dirname, _dir_open_flags, dir_fd=dir_fd)
    return fd, fd, as_bytes


def _iterdir(dirname, dir_fd, dironly):
    # The names in dirname (folders only, with dironly); nothing if it cannot
    # be listed.
    try:
        target, to_close, encode = _listing_target(dirname, dir_fd)
        try:
            with os.scandir(target) as entries:
                for entry in entries:
                    if dironly and not _entry_is_dir(entry):
                        continue
                    # A descriptor lists str names.
                    yield os.fsencode(entry.name) if encode else entry.name
        finally:
            if to_close is not None:
                os.close(to_close)
    except OSError:
        return


def _listdir(dirname, dir_fd, dironly):
    with contextlib.closing(_iterdir(dirname, dir_fd, dironly)) as names:
        return list(names)


def _rlistdir(dirname, dir_fd, dironly, include_hidden=False):
    # Every path below dirname, relative to it, each folder before its
    # contents.
    for name in _listdir(dirname, dir_fd, dironly):
        if _starts_with_dot(name) and not include_hidden:
            continue
        yield name
        inside = _join(dirname, name) if dirname else name
        yield from (_join(name, below) for below in
                    _rlistdir(inside, dir_fd, dironly, include_hidden=include_hidden))


def _stat_with(pathname, dir_fd, stat_function):
    # stat_function's result for pathname relative to dir_fd, None when it
    # fails (or the name cannot be a path).
    try:
        return stat_function(pathname, dir_fd=dir_fd)
    except (OSError, ValueError):
        return None


def _lexists(pathname, dir_fd):
    if dir_fd is None:
        return os.path.lexists(pathname)
    return _stat_with(pathname, dir_fd, os.lstat) is not None


def _isdir(pathname, dir_fd):
    if dir_fd is None:
        return os.path.isdir(pathname)
    found = _stat_with(pathname, dir_fd, os.stat)
    return found is not None and stat.S_ISDIR(found.st_mode)


def _join(dirname, basename):
    # os.path.join, except that an empty part adds nothing (not a separator).
    if not (dirname and basename):
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    checker = magic_check_bytes if isinstance(s, bytes) else magic_check
    return checker.search(s) is not None


def _starts_with_dot(name):
    # name[0] is an int for bytes.
    return name[0] in ('.', ord('.'))


def _is_double_star(part):
    return part == (b'**' if isinstance(part, bytes) else '**')


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
    source = translate(pat, recursive=recursive, include_hidden=True, seps=sep)
    return re.compile(source, 0 if case_sensitive else re.IGNORECASE).match



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
        if not parts:
            return self._if_exists
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

        def append_part(path, exists=False):
            return after(self.concat_path(self.add_slash(path), part), exists)
        return append_part

    def literal_selector(self, part, parts):
        """A name without wildcards (with any literal names after it):
        appended, existence checked at the end."""
        names = [part]
        while parts and not has_magic(parts[-1]):
            names.append(parts.pop())
        text = self.sep.join(names)
        after = self.selector(parts)

        def append_names(path, exists=False):
            return after(self.concat_path(self.add_slash(path), text), False)
        return append_names

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

        def matching_children(path, exists=False):
            for entry in self._entries(path):
                if test and not test(entry.name):
                    continue
                if after is None:
                    yield self.parse_entry(entry)
                elif _entry_is_dir(entry):
                    yield from after(self.parse_entry(entry), exists=True)
        return matching_children

    def recursive_selector(self, part, parts):
        """'**': the folder and everything below it. Following ordinary
        parts are folded into one regex matched against the whole tail
        (when links to folders are followed)."""
        # '**/**' is the same as '**'.
        while parts[-1:] == ['**']:
            parts.pop()
        through_links = self.recursive is not _no_recurse_symlinks
        names = [part]
        while through_links and parts and parts[-1] not in _special_parts:
            names.append(parts.pop())
        test = None if names == ['**'] else self.compile(self.sep.join(names))
        folders_only = len(parts) > 0
        after = self.selector(parts)

        def walk_below(path, exists=False):
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
        return walk_below

    def _if_exists(self, path, exists=False):
        # path itself, when it exists (lstat is skipped when known).
        if exists or self._lstat_works(path):
            yield path

    def _lstat_works(self, path):
        try:
            self.lstat(path)
            return True
        except OSError:
            return False


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
