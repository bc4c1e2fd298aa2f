"""The abstract layer under pathlib's classes.

PurePathBase computes with a path held as one string, asking a parser
object (an os.path-like module) for the string work; PathBase adds the
file system operations, most of which raise UnsupportedOperation here and
are given a body by subclasses (pathlib.Path for local files).
"""
# Kaa's own pathlib._abc, behaving as CPython 3.13's. Pure operations here
# are written in terms of parser.split(): peeling names off the end of the
# raw string until it no longer shrinks leaves the anchor.

from functools import cache as _memoize
import glob as _globbing
import errno
import stat as _filemode

__all__ = ["UnsupportedOperation"]

# errno and Windows error numbers meaning "no such thing" to the is_*()
# predicates, which then answer False instead of raising.
_QUIET_ERRNOS = frozenset((errno.ENOENT, errno.ENOTDIR, errno.EBADF,
                           errno.ELOOP))
_QUIET_WINERRORS = frozenset((21, 123, 1921))


def _ignore_error(exception):
    return (getattr(exception, 'errno', None) in _QUIET_ERRNOS or
            getattr(exception, 'winerror', None) in _QUIET_WINERRORS)


@_memoize
def _is_case_sensitive(parser):
    sample = 'aB'
    return parser.normcase(sample) == sample


class UnsupportedOperation(NotImplementedError):
    """Raised by a path operation that this kind of path (or this system)
    cannot do."""
    pass


def _no(owner, what):
    return UnsupportedOperation(owner._unsupported_msg(what))


class ParserBase:
    """The string operations a PurePathBase needs from its 'parser' class
    attribute: a subset of os.path. Here every one of them raises
    UnsupportedOperation."""

    @classmethod
    def _unsupported_msg(cls, attribute):
        return f"{cls.__name__}.{attribute} is unsupported"

    @property
    def sep(self):
        """The separator between names."""
        raise _no(self, 'sep')

    def join(self, path, *paths):
        """Glue path pieces together."""
        raise _no(self, 'join()')

    def split(self, path):
        """Cut path into (head, tail) at its last separator."""
        raise _no(self, 'split()')

    def splitdrive(self, path):
        """Cut path into (drive, rest)."""
        raise _no(self, 'splitdrive()')

    def normcase(self, path):
        """path in the case comparisons use."""
        raise _no(self, 'normcase()')

    def isabs(self, path):
        """Whether path does not depend on a current folder or drive."""
        raise _no(self, 'isabs()')


def _quiet_probe(test):
    """An is_*() predicate: test(path) with the errors meaning 'absent'
    (and ValueError, for unusable strings) turned into False."""
    def predicate(self, *args, **kwargs):
        try:
            return test(self, *args, **kwargs)
        except OSError as exc:
            if _ignore_error(exc):
                return False
            raise
        except ValueError:
            return False
    predicate.__name__ = test.__name__
    predicate.__qualname__ = 'PathBase.' + test.__name__
    predicate.__doc__ = test.__doc__
    return predicate


def _kind_test(name, mode_test, doc, how='follow'):
    """An is_<kind>() predicate on the file's mode: with a follow_symlinks
    keyword (how='follow'), or on stat() or lstat() alone."""
    if how == 'follow':
        def test(self, *, follow_symlinks=True):
            info = self.stat(follow_symlinks=follow_symlinks)
            return mode_test(info.st_mode)
    else:
        def test(self):
            info = getattr(self, how)()
            return mode_test(info.st_mode)
    test.__name__ = name
    test.__doc__ = doc
    return _quiet_probe(test)


class PurePathBase:
    """The pure path operations over one raw string. Unlike PurePath it has
    no __fspath__, __bytes__, __reduce__, hashing or ordering, and accepts
    only str segments."""

    __slots__ = ('_raw_path', '_resolving')
    parser, _globber = ParserBase(), _globbing._Globber

    def __init__(self, path, *paths):
        raw = self.parser.join(path, *paths) if paths else path
        if not isinstance(raw, str):
            raise TypeError(
                f"path should be a str, not {type(raw).__name__!r}")
        self._raw_path, self._resolving = raw, False

    def with_segments(self, *pathsegments):
        """A new path of this type from pathsegments: the one place new
        paths are made, for subclasses to redefine."""
        cls = type(self)
        return cls(*pathsegments)

    def __str__(self):
        """The path as a string."""
        raw = self._raw_path
        return raw

    def as_posix(self):
        """The path as a string with '/' separators."""
        return '/'.join(str(self).split(self.parser.sep))

    @property
    def _stack(self):
        # (anchor, names after it in reverse order): the names are peeled
        # off the end until split() no longer shortens the string.
        rest = self._raw_path
        names = []
        while True:
            head, name = self.parser.split(rest)
            if head == rest:
                return rest, names
            names += [name]
            rest = head

    @property
    def drive(self):
        """The drive (a letter with its colon, or a UNC share), or ''."""
        drive, _ = self.parser.splitdrive(self.anchor)
        return drive

    @property
    def root(self):
        """The root separator, or ''."""
        _, root = self.parser.splitdrive(self.anchor)
        return root

    @property
    def anchor(self):
        """Drive and root together."""
        anchor, _ = self._stack
        return anchor

    @property
    def name(self):
        """The last name, or ''."""
        _, last = self.parser.split(self._raw_path)
        return last

    @property
    def suffix(self):
        """The last name's final extension ('.gz'), or ''."""
        dot = self.name.rfind('.')
        return self.name[dot:] if 0 < dot < len(self.name) - 1 else ''

    @property
    def suffixes(self):
        """All of the last name's extensions (['.tar', '.gz'])."""
        last = self.name
        if last[-1:] == '.':
            return []
        return ['.' + ext for ext in last.lstrip('.').split('.')[1:]]

    @property
    def stem(self):
        """The last name without its final extension."""
        dot = self.name.rfind('.')
        return self.name[:dot] if 0 < dot < len(self.name) - 1 else self.name

    def with_name(self, name):
        """This path with its last name replaced."""
        head_of_name, _ = self.parser.split(name)
        if head_of_name:
            raise ValueError(f"Invalid name {name!r}")
        return self.with_segments(self.parser.split(self._raw_path)[0], name)

    def with_stem(self, stem):
        """This path with its stem replaced (the extension kept)."""
        ext = self.suffix
        if not ext:
            return self.with_name(stem)
        if not stem:
            raise ValueError(f"{self!r} has a non-empty suffix")
        return self.with_name(stem + ext)

    def with_suffix(self, suffix):
        """This path with its final extension replaced, added (if it has
        none) or removed (for suffix '')."""
        base = self.stem
        if not base:
            raise ValueError(f"{self!r} has an empty name")
        if suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError(f"Invalid suffix {suffix!r}")
        return self.with_name(base + suffix)

    def _coerce(self, other):
        # other as a path of this kind, unless it is a path already.
        return other if isinstance(other, PurePathBase) else self.with_segments(other)

    def _case(self, case_sensitive):
        # case_sensitive, or the parser's own rule when None.
        if case_sensitive is not None:
            return case_sensitive
        return _is_case_sensitive(self.parser)

    def _walk_from(self, other):
        # self's and other's stacks with the shared leading names removed,
        # or None when their anchors differ.
        other = self._coerce(other)
        anchor, mine = self._stack
        their_anchor, theirs = other._stack
        if anchor != their_anchor:
            return other, None, None
        while mine and theirs and mine[-1] == theirs[-1]:
            mine.pop()
            theirs.pop()
        return other, mine, theirs

    def relative_to(self, other, *, walk_up=False):
        """This path written relative to other; ValueError when it is not
        below other (unless walk_up allows '..' steps)."""
        other, mine, theirs = self._walk_from(other)
        if mine is None:
            raise ValueError(f"{self._raw_path!r} and {other._raw_path!r} "
                             f"have different anchors")
        for name in theirs:
            if name in ('', '.'):
                continue
            if not walk_up:
                raise ValueError(f"{self._raw_path!r} is not in the subpath "
                                 f"of {other._raw_path!r}")
            if name == '..':
                raise ValueError(f"'..' segment in {other._raw_path!r} "
                                 f"cannot be walked")
            mine.append('..')
        mine.reverse()
        return self.with_segments('', *mine)

    def is_relative_to(self, other):
        """Whether this path is other or below it."""
        other, mine, theirs = self._walk_from(other)
        if mine is None:
            return False
        return all(name in ('', '.') for name in theirs)

    @property
    def parts(self):
        """The anchor (if any) and the names, as a tuple."""
        anchor, names = self._stack
        if anchor:
            names.append(anchor)
        names.reverse()
        return tuple(names)

    def joinpath(self, *pathsegments):
        """This path followed by pathsegments (an anchored segment starts
        afresh)."""
        return self.with_segments(*(self._raw_path,) + pathsegments)

    def _join_or_decline(self, *segments):
        # The '/' operators: operands that cannot be joined give
        # NotImplemented.
        try:
            return self.with_segments(*segments)
        except TypeError:
            return NotImplemented

    def __truediv__(self, key):
        return self._join_or_decline(self._raw_path, key)

    def __rtruediv__(self, key):
        return self._join_or_decline(key, self._raw_path)

    @property
    def parent(self):
        """The path without its last name (itself when it has none)."""
        head = self.parser.split(self._raw_path)[0]
        if head == self._raw_path:
            return self
        up = self.with_segments(head)
        up._resolving = self._resolving
        return up

    @property
    def parents(self):
        """The ancestors of this path, nearest first."""
        found = []
        path = self
        while True:
            up = path.parent
            if up is path:
                return tuple(found)
            found.append(up)
            path = up

    def is_absolute(self):
        """Whether the path has a root, and a drive where drives exist."""
        raw = self._raw_path
        return self.parser.isabs(raw)

    @property
    def _pattern_str(self):
        # The string patterns are matched against.
        return self.__str__()

    def match(self, path_pattern, *, case_sensitive=None):
        """Whether this path matches a glob-style pattern, compared name by
        name from the right (the whole path for an anchored pattern); '**'
        is no different from '*' here."""
        path_pattern = self._coerce(path_pattern)
        case_sensitive = self._case(case_sensitive)
        pattern_names = path_pattern.parts
        names = self.parts
        if not pattern_names:
            raise ValueError("empty pattern")
        if len(names) < len(pattern_names):
            return False
        if path_pattern.anchor and len(names) != len(pattern_names):
            return False
        globber = self._globber(path_pattern.parser.sep, case_sensitive)
        pairs = zip(reversed(names), reversed(pattern_names))
        return all(globber.compile(pat)(name) is not None for name, pat in pairs)

    def full_match(self, pattern, *, case_sensitive=None):
        """Whether the whole path matches a glob-style pattern, in which
        '**' stands for any number of names."""
        pattern = self._coerce(pattern)
        globber = self._globber(pattern.parser.sep, self._case(case_sensitive),
                                recursive=True)
        matcher = globber.compile(pattern._pattern_str)
        return matcher(self._pattern_str) is not None


class PathBase(PurePathBase):
    """Pure path operations plus file system ones. stat(), open(),
    iterdir(), readlink() and the other primitives raise
    UnsupportedOperation here; the rest (is_dir(), read_text(), glob(),
    walk(), resolve(), ...) are built on them, so a subclass for another
    kind of storage only supplies the primitives."""

    __slots__ = ()
    _max_symlinks = 40
    # The same wording as the parser's for what it cannot do.
    _unsupported_msg = vars(ParserBase)['_unsupported_msg']

    def stat(self, *, follow_symlinks=True):
        """The file's os.stat_result."""
        raise _no(self, 'stat()')

    def lstat(self):
        """stat() of a link itself, not of its target."""
        return self.stat(follow_symlinks=False)

    @_quiet_probe
    def exists(self, *, follow_symlinks=True):
        """Whether the path exists (a dangling link does only with
        follow_symlinks false)."""
        self.stat(follow_symlinks=follow_symlinks)
        return True

    is_dir = _kind_test('is_dir', _filemode.S_ISDIR, """Whether the path is a folder.""")
    is_file = _kind_test('is_file', _filemode.S_ISREG, """Whether the path is a regular
        file (or a link to one, when following links).""")

    def is_mount(self):
        """Whether the path is a mount point: a folder on another device
        than its parent, or the same inode as its parent."""
        if not (self.exists() and self.is_dir()):
            return False
        try:
            above = self.parent.stat()
        except OSError:
            return False
        here = self.stat()
        if here.st_dev == above.st_dev:
            return here.st_ino == above.st_ino
        return True

    is_symlink = _kind_test('is_symlink', _filemode.S_ISLNK,
                            """Whether the path is a symbolic link.""", how='lstat')

    def is_junction(self):
        """Whether the path is a junction (a Windows thing: False)."""
        return False

    is_block_device = _kind_test('is_block_device', _filemode.S_ISBLK,
                                 """Whether the path is a block device.""", how='stat')
    is_char_device = _kind_test('is_char_device', _filemode.S_ISCHR,
                                """Whether the path is a character device.""", how='stat')
    is_fifo = _kind_test('is_fifo', _filemode.S_ISFIFO,
                         """Whether the path is a named pipe.""", how='stat')
    is_socket = _kind_test('is_socket', _filemode.S_ISSOCK,
                           """Whether the path is a socket.""", how='stat')

    def samefile(self, other_path):
        """Whether other_path (a path or a string) is the same file."""
        mine = self.stat()
        if not hasattr(other_path, 'stat'):
            other_path = self._coerce(other_path)
        theirs = other_path.stat()
        return (mine.st_ino, mine.st_dev) == (theirs.st_ino, theirs.st_dev)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """The file opened as the builtin open() opens it."""
        raise _no(self, 'open()')

    def read_bytes(self):
        """The file's content as bytes."""
        with self.open(mode='rb') as stream:
            data = stream.read()
        return data

    def read_text(self, encoding=None, errors=None, newline=None):
        """The file's content as text."""
        with self.open(mode='r', encoding=encoding, errors=errors,
                       newline=newline) as stream:
            text = stream.read()
        return text

    def write_bytes(self, data):
        """Replace the file's content with data (any bytes-like object);
        return the number of bytes written."""
        payload = memoryview(data)      # before the file is truncated
        with self.open(mode='wb') as stream:
            return stream.write(payload)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's content with the str data; return the number
        of characters written."""
        if isinstance(data, str):
            with self.open(mode='w', encoding=encoding, errors=errors,
                           newline=newline) as stream:
                return stream.write(data)
        raise TypeError('data must be str, not %s' % type(data).__name__)

    def iterdir(self):
        """The paths of the folder's entries, in no particular order and
        without '.' and '..'."""
        raise _no(self, 'iterdir()')

    def _glob_selector(self, parts, case_sensitive, recurse_symlinks):
        recursive = True if recurse_symlinks else _globbing._no_recurse_symlinks
        globber = self._globber(self.parser.sep, self._case(case_sensitive),
                                case_sensitive is not None, recursive)
        return globber.selector(parts)

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=True):
        """The existing paths below this one matching the relative
        glob-style pattern ('**' for any number of folders)."""
        anchor, names = self._coerce(pattern)._stack
        if anchor:
            raise NotImplementedError("Non-relative patterns are unsupported")
        return self._glob_selector(names, case_sensitive, recurse_symlinks)(self)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=True):
        """glob() of '**/' + pattern: matches at any depth."""
        return self.glob('**' / self._coerce(pattern), case_sensitive=case_sensitive,
                         recurse_symlinks=recurse_symlinks)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """(folder path, folder names, other names) for this folder and each
        one below it, as os.walk() gives them."""
        # The work list holds paths still to list and, bottom-up, the
        # (path, dirnames, filenames) triples waiting for their children.
        todo = [self]
        while todo:
            item = todo.pop()
            if type(item) is tuple:
                yield item
                continue
            folders, others = [], []
            if not top_down:
                todo.append((item, folders, others))
            try:
                children = item.iterdir()
                for child in children:
                    try:
                        is_folder = child.is_dir(follow_symlinks=follow_symlinks)
                    except OSError:
                        is_folder = False
                    (folders if is_folder else others).append(child.name)
                    if is_folder and not top_down:
                        todo.append(child)
            except OSError as exc:
                if on_error is not None:
                    on_error(exc)
                if top_down:
                    continue
                # Forget this folder's triple and the children queued above it.
                while type(todo.pop()) is not tuple:
                    pass
                continue
            if top_down:
                yield item, folders, others
                todo += [item.joinpath(name) for name in reversed(folders)]

    def absolute(self):
        """This path made absolute (without resolving links or '..')."""
        raise _no(self, 'absolute()')

    @classmethod
    def cwd(cls):
        """The current folder's path."""
        return cls('').absolute()

    def expanduser(self):
        """This path with a leading '~' or '~user' expanded."""
        raise _no(self, 'expanduser()')

    @classmethod
    def home(cls):
        """The user's home folder (expanduser() of '~')."""
        return cls("~").expanduser()

    def readlink(self):
        """The path a symbolic link points to."""
        raise _no(self, 'readlink()')
    readlink._supported = False

    def resolve(self, strict=False):
        """This path made absolute, with links followed and '..' applied.
        With strict, a missing part raises OSError."""
        if self._resolving:
            return self
        anchor, pending = self._stack
        start = self.with_segments(anchor)
        try:
            start = start.absolute()
        except UnsupportedOperation:
            done = []
        else:
            anchor, done = start._stack
            done.reverse()
        # Links are looked at only while the path found so far exists (and
        # when this class can read links at all).
        ask = strict or getattr(self.readlink, '_supported', True)
        sep = self.parser.sep
        links = 0
        while pending:
            name = pending.pop()
            if name in ('', '.'):
                continue
            if name == '..':
                if done and done[-1] != '..':
                    done.pop()
                    continue
                if not done and anchor:
                    continue
            done.append(name)
            if not ask or name == '..':
                continue
            here = self.with_segments(anchor + sep.join(done))
            here._resolving = True
            try:
                st = here.stat(follow_symlinks=False)
                if _filemode.S_ISLNK(st.st_mode):
                    links += 1
                    if links >= self._max_symlinks:
                        raise OSError(errno.ELOOP, "Too many symbolic links in path",
                                      self._raw_path)
                    target_anchor, target_names = here.readlink()._stack
                    if target_anchor:
                        anchor = target_anchor
                        done.clear()
                    else:
                        done.pop()
                    pending.extend(target_names)
                elif pending and not _filemode.S_ISDIR(st.st_mode):
                    raise NotADirectoryError(errno.ENOTDIR, "Not a directory",
                                             self._raw_path)
            except OSError:
                if strict:
                    raise
                ask = False
        return self.with_segments(anchor + sep.join(done))

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target (os.symlink's arguments
        the other way round)."""
        raise _no(self, 'symlink_to()')

    def hardlink_to(self, target):
        """Make this path a hard link to target (os.link's arguments the
        other way round)."""
        raise _no(self, 'hardlink_to()')

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it does not exist (else update its times)."""
        raise _no(self, 'touch()')

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the folder."""
        raise _no(self, 'mkdir()')

    def rename(self, target):
        """Move the file to target (relative to the current folder, not to
        this path's); return target's path."""
        raise _no(self, 'rename()')

    def replace(self, target):
        """rename(), replacing target if it exists."""
        raise _no(self, 'replace()')

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits, as os.chmod() does."""
        raise _no(self, 'chmod()')

    def lchmod(self, mode):
        """chmod() of a link itself, not of its target."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove the file or link (folders: rmdir())."""
        raise _no(self, 'unlink()')

    def rmdir(self):
        """Remove the folder, which must be empty."""
        raise _no(self, 'rmdir()')

    def owner(self, *, follow_symlinks=True):
        """The name of the user owning the file."""
        raise _no(self, 'owner()')

    def group(self, *, follow_symlinks=True):
        """The name of the file's group."""
        raise _no(self, 'group()')

    @classmethod
    def from_uri(cls, uri):
        """The path a 'file:' URI names."""
        raise UnsupportedOperation(cls._unsupported_msg('from_uri()'))

    def as_uri(self):
        """The path as a 'file:' URI."""
        raise _no(self, 'as_uri()')
