"""pathlib's concrete classes: PurePath with its POSIX and Windows flavours,
and Path, which adds operations on the local file system."""
# Kaa's own pathlib._local, behaving as CPython 3.13's. A PurePath keeps the
# segments it was made from (_raw_paths) and parses them lazily, once, into
# drive, root and tail (the list of names after the anchor); its string,
# case-folded string and hash are cached the same way.

import io
import ntpath
import os
import posixpath
import sys
import warnings
import glob
from _collections_abc import Sequence


def _optional_module(name):
    # The module, or None where the platform lacks it (pwd, grp).
    try:
        return __import__(name)
    except ImportError:
        return None


pwd, grp = _optional_module('pwd'), _optional_module('grp')

from ._abc import PathBase, PurePathBase, UnsupportedOperation


__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
    ]


class _PathParents(Sequence):
    """The ancestors of a path, nearest first, indexable (also from the end
    and by slices). Made by PurePath.parents."""
    __slots__ = ('_path', '_anchor_pair', '_all_names')

    def __init__(self, path):
        self._path, self._anchor_pair = path, (path.drive, path.root)
        self._all_names = path._names

    def __len__(self):
        return len(self._all_names)

    def __getitem__(self, idx):
        count = len(self)
        if type(idx) is slice:      # (slice cannot be subclassed)
            start, stop, step = idx.indices(count)
            return tuple(map(self.__getitem__, range(start, stop, step)))
        if idx >= count or idx < -count:
            raise IndexError(idx)
        # parents[0] keeps all names but the last; parents[-1] keeps none.
        keep = (-1 - idx) if idx < 0 else (count - 1 - idx)
        drive, root = self._anchor_pair
        return self._path._assemble(drive, root, self._all_names[:keep])

    def __repr__(self):
        return "<%s.parents>" % type(self._path).__name__


def _quote_uri_path(text):
    # Percent-encode a path's UTF-8 (file system encoding) bytes, keeping
    # what urllib.parse.quote_from_bytes keeps with safe='/'.
    keep = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                     b'0123456789_.-~/')
    return ''.join(chr(b) if b in keep else '%%%02X' % b
                   for b in os.fsencode(text))


def _unquote_uri_path(text):
    # The bytes a percent-encoded URI path stands for (%xx with two hex
    # digits decoded, anything else kept as its UTF-8).
    raw = text.encode('utf-8')
    out = bytearray()
    i = 0
    hexdigits = b'0123456789abcdefABCDEF'
    while i < len(raw):
        if (raw[i] == 0x25 and i + 2 < len(raw) and
                raw[i + 1] in hexdigits and raw[i + 2] in hexdigits):
            out.append(int(raw[i + 1:i + 3], 16))
            i += 3
        else:
            out.append(raw[i])
            i += 1
    return bytes(out)


def _segment_text(arg):
    # A constructor argument as a str: itself, or what its __fspath__ gives.
    try:
        text = os.fspath(arg)
    except TypeError:
        text = arg
    if isinstance(text, str):
        return text
    complaint = ("argument should be a str or an os.PathLike object where "
                 "__fspath__ returns a str, not %r" % type(text).__name__)
    raise TypeError(complaint)


def _ordering(name, compare):
    # A rich comparison of same-flavoured paths by their case-folded names.
    def method(self, other):
        if isinstance(other, PurePath) and self.parser is other.parser:
            return compare(self._folded_names, other._folded_names)
        return NotImplemented
    method.__name__ = method.__qualname__ = name
    return method


_UNSET = object()

# What PurePath() and Path() make on this system (filled in below).
_SYSTEM_FLAVOUR = {}


class PurePath(PurePathBase):
    """A file system path and the computations on it that need no disk:
    made from strings, os.PathLike objects and other paths, normalised
    (repeated separators and '.' names dropped; '..' kept). PurePath()
    makes the flavour of the running system: PurePosixPath or
    PureWindowsPath, both usable anywhere."""

    # Slots besides _raw_paths are caches, filled on first use.
    __slots__ = ('_raw_paths', '_drive_memo', '_root_memo', '_names_memo',
                 '_text_memo', '_folded_memo', '_folded_names_memo',
                 '_hash_memo')
    parser = os.path
    _globber = glob._StringGlobber

    def __new__(cls, *args, **kwargs):
        """A path of this class (for PurePath itself, of the system's
        flavour) from strings, os.PathLike objects and paths."""
        return object.__new__(_SYSTEM_FLAVOUR.get(cls, cls))

    def __init__(self, *args):
        self._raw_paths = [text for arg in args
                           for text in self._segments_from(arg)]

    def _segments_from(self, arg):
        # The raw segments one constructor argument contributes.
        if not isinstance(arg, PurePath):
            return [_segment_text(arg)]
        if self.parser is posixpath and arg.parser is ntpath:
            # A Windows path read as POSIX: its '\' become '/'.
            return [seg.replace('\\', '/') for seg in arg._raw_paths]
        return arg._raw_paths

    def joinpath(self, *pathsegments):
        """This path followed by pathsegments (an anchored segment starts
        afresh)."""
        return self.with_segments(*(self,) + pathsegments)

    def _joined_or_declined(self, *segments):
        # The '/' operators: unjoinable operands give NotImplemented.
        try:
            return self.with_segments(*segments)
        except TypeError:
            return NotImplemented

    def __truediv__(self, key):
        return self._joined_or_declined(self, key)

    def __rtruediv__(self, key):
        return self._joined_or_declined(key, self)

    def __reduce__(self):
        return type(self), tuple(self._raw_paths)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.as_posix())

    def __fspath__(self):
        return self.__str__()

    def __bytes__(self):
        """The path encoded with the file system encoding (for POSIX)."""
        return os.fsencode(self.__str__())

    # Cached values live in slots, filled on first use.

    def _cached(self, slot, compute):
        value = getattr(self, slot, _UNSET)
        if value is _UNSET:
            value = compute()
            setattr(self, slot, value)
        return value

    # Comparisons: by the case-folded string (Windows) or the string
    # (POSIX), and only between paths of the same flavour.

    @property
    def _folded(self):
        def fold():
            text = str(self)
            return text if self.parser is posixpath else text.lower()
        return self._cached('_folded_memo', fold)

    @property
    def _folded_names(self):
        return self._cached('_folded_names_memo',
                            lambda: self._folded.split(self.parser.sep))

    def __hash__(self):
        return self._cached('_hash_memo', lambda: hash(self._folded))

    def __eq__(self, other):
        if isinstance(other, PurePath):
            return self.parser is other.parser and self._folded == other._folded
        return NotImplemented

    __lt__ = _ordering('__lt__', lambda a, b: a < b)
    __le__ = _ordering('__le__', lambda a, b: a <= b)
    __gt__ = _ordering('__gt__', lambda a, b: a > b)
    __ge__ = _ordering('__ge__', lambda a, b: a >= b)

    def __str__(self):
        """The path as a string ('.' when empty)."""
        def render():
            drv, root, tail = self._parsed()
            return self._render_parts(drv, root, tail) or '.'
        return self._cached('_text_memo', render)

    @classmethod
    def _render_parts(cls, drv, root, names):
        flavour = cls.parser
        prefix = drv + root
        if not prefix and names and flavour.splitdrive(names[0])[0]:
            # A first name that looks like a drive ('c:' on Windows) is
            # written './c:' so as not to become one.
            prefix = '.' + flavour.sep
        return prefix + flavour.sep.join(names)

    def _assemble(self, drv, root, names):
        made = self._from_text(self._render_parts(drv, root, names))
        made._drive_memo, made._root_memo, made._names_memo = drv, root, names
        return made

    def _from_text(self, text):
        made = self.with_segments(text)
        made._text_memo = text or '.'
        return made

    @classmethod
    def _parse_path(cls, path):
        # (drive, root, names) of a raw path string.
        parser = cls.parser
        if path == '':
            return path, path, []
        if parser.altsep:
            path = path.replace(parser.altsep, parser.sep)
        drv, root, rest = parser.splitroot(path)
        if not root and drv[:1] == parser.sep and drv[-1:] != parser.sep:
            # A UNC drive always has a root: '\\server\share' is
            # '\\server\share\'. (Not the bare '\\?\x' or '\\.\x' device.)
            pieces = drv.split(parser.sep)
            if len(pieces) == 6 or (len(pieces) == 4 and pieces[2] not in '?.'):
                root = parser.sep
        names = [sys.intern(str(name)) for name in rest.split(parser.sep)
                 if name not in ('', '.')]
        return drv, root, names

    @property
    def _raw_path(self):
        # The segments joined, not yet normalised.
        segments = self._raw_paths
        if not segments:
            return ''
        return segments[0] if len(segments) == 1 else self.parser.join(*segments)

    def _parsed(self):
        # (drive, root, names), parsed on first use.
        if not hasattr(self, '_names_memo'):
            (self._drive_memo, self._root_memo,
             self._names_memo) = self._parse_path(self._raw_path)
        return self._drive_memo, self._root_memo, self._names_memo

    drive = property(lambda self: self._parsed()[0], doc=
                     "The drive (a letter with its colon, or a UNC share), or ''.")
    root = property(lambda self: self._parsed()[1], doc="The root separator, or ''.")
    _names = property(lambda self: self._parsed()[2])

    @property
    def anchor(self):
        """Drive and root together."""
        drv, root, _ = self._parsed()
        return drv + root

    @property
    def parts(self):
        """The anchor (if any) and the names, as a tuple."""
        anchor = self.anchor
        return ((anchor,) if anchor else ()) + tuple(self._names)

    @property
    def parent(self):
        """The path without its last name (itself when it has none)."""
        drv, root, tail = self._parsed()
        return self._assemble(drv, root, tail[:-1]) if tail else self

    parents = property(_PathParents, doc="The ancestors of this path, nearest first.")

    @property
    def name(self):
        """The last name, or ''."""
        tail = self._parsed()[2]
        return tail[-1] if tail else ''

    def with_name(self, name):
        """This path with its last name replaced."""
        seps = [self.parser.sep, self.parser.altsep]
        if not name or name == '.' or any(sep and sep in name for sep in seps):
            raise ValueError(f"Invalid name {name!r}")
        drv, root, tail = self._parsed()
        if not tail:
            raise ValueError(f"{self!r} has an empty name")
        return self._assemble(drv, root, tail[:-1] + [name])

    def _other(self, other, more, method, what):
        # relative_to()'s and is_relative_to()'s argument as a path; more
        # than one argument is deprecated (they are joined).
        if more:
            warnings.warn(
                f"support for supplying more than one {what} to "
                f"pathlib.PurePath.{method}() is "
                f"deprecated and scheduled for removal in Python 3.14",
                DeprecationWarning, stacklevel=3)
            return self.with_segments(other, *more)
        return other if isinstance(other, PurePath) else self.with_segments(other)

    def relative_to(self, other, /, *_deprecated, walk_up=False):
        """This path written relative to other; ValueError when it is not
        below other (unless walk_up allows '..' steps)."""
        other = self._other(other, _deprecated, 'relative_to', 'positional argument')
        # Climb from other until reaching self or one of its ancestors.
        ancestors = self.parents
        steps = 0
        for base in (other, *other.parents):
            if base == self or base in ancestors:
                break
            if not walk_up:
                raise ValueError(f"{str(self)!r} is not in the subpath of "
                                 f"{str(other)!r}")
            if base.name == '..':
                raise ValueError(f"'..' segment in {str(other)!r} cannot be walked")
            steps += 1
        else:
            raise ValueError(f"{str(self)!r} and {str(other)!r} have "
                             f"different anchors")
        names = ['..'] * steps + self._names[len(base._names):]
        return self._assemble('', '', names)

    def is_relative_to(self, other, /, *_deprecated):
        """Whether this path is other or below it."""
        other = self._other(other, _deprecated, 'is_relative_to', 'argument')
        return self == other or other in self.parents

    def is_absolute(self):
        """Whether the path has a root, and a drive where drives exist."""
        # POSIX: some segment starts at the root (a quick test, no join).
        return (ntpath.isabs(self) if self.parser is ntpath else
                any(seg[:1] == '/' for seg in self._raw_paths))

    def is_reserved(self):
        """Whether Windows reserves a name of the path (deprecated)."""
        warnings.warn(
            "pathlib.PurePath.is_reserved() is deprecated and scheduled for "
            "removal in Python 3.15. Use os.path.isreserved() to detect "
            "reserved paths on Windows.", DeprecationWarning, stacklevel=2)
        return self.parser is ntpath and self.parser.isreserved(self)

    def as_uri(self):
        """The absolute path as a 'file:' URI."""
        if self.is_absolute():
            letter = self.drive
            if letter[1:] == ':':
                # 'c:' drive: file:///c:/...
                return 'file:///' + letter + _quote_uri_path(self.as_posix()[2:])
            # UNC share (file://server/share/...) or POSIX (file:///...).
            head = 'file:' if letter else 'file://'
            return head + _quote_uri_path(self.as_posix())
        raise ValueError("relative path can't be expressed as a file URI")

    @property
    def _pattern_str(self):
        # The string glob patterns are matched against ('' for '.').
        text = str(self)
        return '' if text == '.' else text


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A PurePath with POSIX rules ('/' separators, no drives, case
    matters); what PurePath() makes on POSIX systems."""
    parser = posixpath
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A PurePath with Windows rules ('\\' and '/' separators, drives and
    UNC shares, case ignored); what PurePath() makes on Windows."""
    parser = ntpath
    __slots__ = ()


class Path(PathBase, PurePath):
    """A PurePath with operations on the file system. Path() makes the
    flavour of the running system: PosixPath here (WindowsPath cannot be
    made on POSIX, nor PosixPath on Windows)."""
    __slots__ = ()
    as_uri = PurePath.as_uri

    @classmethod
    def _unsupported_msg(cls, attribute):
        return f"{cls.__name__}.{attribute} is unsupported on this system"

    def __init__(self, *args, **kwargs):
        if kwargs:
            warnings._deprecated(
                "pathlib.PurePath(**kwargs)",
                "support for supplying keyword arguments to pathlib.PurePath "
                "is deprecated and scheduled for removal in Python {remove}",
                remove=(3, 14))
        PurePath.__init__(self, *args)

    __new__ = PurePath.__new__

    def stat(self, *, follow_symlinks=True):
        """The file's os.stat_result (of a link itself when not following
        links)."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def is_mount(self):
        """Whether the path is a mount point."""
        return self.parser.ismount(self)

    def is_junction(self):
        """Whether the path is a junction (only on Windows)."""
        return self.parser.isjunction(self)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """The file opened as the builtin open() opens it."""
        text_mode = 'b' not in mode
        return io.open(self, mode, buffering,
                       io.text_encoding(encoding) if text_mode else encoding,
                       errors, newline)

    def read_text(self, encoding=None, errors=None, newline=None):
        """The file's content as text."""
        # EncodingWarning, when asked for, points at our caller.
        return PathBase.read_text(self, io.text_encoding(encoding),
                                  errors, newline)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Replace the file's content with the str data; return the number
        of characters written."""
        return PathBase.write_text(self, data, io.text_encoding(encoding),
                                   errors, newline)

    @staticmethod
    def _remove_leading_dot(text):
        return text[2:]

    @staticmethod
    def _remove_trailing_slash(text):
        return text[:-1]

    def _filter_trailing_slash(self, paths):
        # Results of a pattern ending in '**' lose a trailing separator
        # (but the anchor keeps its own).
        keep = len(self.anchor)
        for text in paths:
            yield text[:-1] if len(text) > keep and text.endswith(self.parser.sep) else text

    def iterdir(self):
        """The paths of the folder's entries, in no particular order and
        without '.' and '..'."""
        folder = str(self)
        with os.scandir(folder) as entries:
            found = [entry.path for entry in entries]
        if folder == '.':
            found = [text[2:] for text in found]
        return map(self._from_text, found)

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """The existing paths below this one matching the relative
        glob-style pattern ('**' for any number of folders)."""
        sys.audit("pathlib.Path.glob", self, pattern)
        pattern = self._coerce(pattern)
        drv, root, names = pattern._parsed()
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if len(names) == 0:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        if pattern._raw_path[-1] in (self.parser.sep, self.parser.altsep):
            names = names + ['']    # a trailing separator: folders only
        select = self._glob_selector(names[::-1], case_sensitive, recurse_symlinks)
        start = str(self)
        found = select(start)
        if start == '.':
            found = map(self._remove_leading_dot, found)
        if names[-1] == '':
            found = map(self._remove_trailing_slash, found)
        elif names[-1] == '**':
            found = self._filter_trailing_slash(found)
        return map(self._from_text, found)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """glob() of '**/' + pattern: matches at any depth."""
        sys.audit("pathlib.Path.rglob", self, pattern)
        return self.glob('**' / self._coerce(pattern), case_sensitive=case_sensitive,
                         recurse_symlinks=recurse_symlinks)

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        """(folder path, folder names, other names) for this folder and each
        one below it, as os.walk() gives them; links to folders count as
        files unless follow_symlinks."""
        sys.audit("pathlib.Path.walk", self, on_error, follow_symlinks)
        top = str(self)
        for folder, dirnames, filenames in self._walk_strings(
                top, top_down, on_error, follow_symlinks):
            if top == '.':
                folder = folder[2:]
            yield self._from_text(folder), dirnames, filenames

    @staticmethod
    def _walk_strings(top, top_down, on_error, follow_symlinks):
        # os.walk() over strings, seeing links to folders as files unless
        # follow_symlinks (then as folders, and walked into).
        todo = [top]
        while todo:
            item = todo.pop()
            if isinstance(item, tuple):
                yield item
                continue
            dirnames, filenames, below = [], [], []
            try:
                with os.scandir(item) as entries:
                    listed = list(entries)
            except OSError as error:
                if on_error is not None:
                    on_error(error)
                continue
            for entry in listed:
                try:
                    folder = entry.is_dir(follow_symlinks=bool(follow_symlinks))
                    if folder and not follow_symlinks:
                        folder = not entry.is_junction()
                except OSError:
                    folder = False
                (dirnames if folder else filenames).append(entry.name)
                if folder and not top_down:
                    below.append(entry.path)
            if top_down:
                yield item, dirnames, filenames
                for name in reversed(dirnames):
                    todo.append(os.path.join(item, name))
            else:
                todo.append((item, dirnames, filenames))
                todo.extend(reversed(below))

    def absolute(self):
        """This path made absolute against the current folder (without
        resolving links or '..')."""
        drv, root, tail = self._parsed()
        if root and (drv or self.parser is posixpath):
            return self     # already absolute
        if root:
            # Rooted but driveless (Windows): the current folder's drive.
            cwd_drive, _, _ = os.path.splitroot(os.getcwd())
            return self._assemble(cwd_drive, root, tail)
        # A drive without root (Windows) is relative to that drive's own
        # current folder.
        base = os.path.abspath(drv) if drv else os.getcwd()
        if len(tail) == 0:
            return self._from_text(base)
        base_drv, base_root, base_rest = os.path.splitroot(base)
        names = base_rest.split(self.parser.sep) if base_rest else []
        return self._assemble(base_drv, base_root, names + tail)

    def resolve(self, strict=False):
        """This path made absolute, with links followed and '..' applied.
        With strict, a missing part or a link loop raises OSError."""
        real = os.path.realpath(self, strict=strict)
        return self.with_segments(real)

    # Methods below that need something the platform may lack (see
    # _PLATFORM_NEEDS) are removed again after the class, leaving PathBase's
    # versions, which raise UnsupportedOperation.

    def owner(self, *, follow_symlinks=True):
        """The name of the user owning the file."""
        return self._account(pwd.getpwuid, 'st_uid', follow_symlinks).pw_name

    def group(self, *, follow_symlinks=True):
        """The name of the file's group."""
        return self._account(grp.getgrgid, 'st_gid', follow_symlinks).gr_name

    def _account(self, lookup, field, follow):
        # The pwd/grp entry for the file's owning user or group id.
        return lookup(getattr(self.stat(follow_symlinks=follow), field))

    def readlink(self):
        """The path a symbolic link points to."""
        link_text = os.readlink(self)
        return self.with_segments(link_text)

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file if it does not exist (else update its times;
        with exist_ok false an existing file is FileExistsError)."""
        if exist_ok and self._attempt(os.utime, self):
            return
        exclusive = 0 if exist_ok else os.O_EXCL
        os.close(os.open(self, os.O_CREAT | os.O_WRONLY | exclusive, mode))

    @staticmethod
    def _attempt(action, *args):
        # Whether action(*args) succeeded (OSError counts as failing).
        try:
            action(*args)
        except OSError:
            return False
        return True

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create the folder (and missing ancestors with parents; an
        existing folder is fine with exist_ok)."""
        try:
            os.mkdir(self, mode)
            return
        except FileNotFoundError:
            above = self.parent
            if not parents or above == self:
                raise
        except OSError:
            if not (exist_ok and self.is_dir()):
                raise
            return
        # Make the missing ancestors (with the default mode), then retry.
        above.mkdir(0o777, True, True)
        self.mkdir(mode, False, exist_ok)

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permission bits, as os.chmod() does."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def unlink(self, missing_ok=False):
        """Remove the file or link (folders: rmdir())."""
        try:
            os.unlink(self)
        except FileNotFoundError:
            if missing_ok:
                return
            raise

    def rmdir(self):
        """Remove the folder, which must be empty."""
        os.rmdir(self)

    def _moved(self, move, target):
        move(self, target)
        moved = self.with_segments(target)
        return moved

    def rename(self, target):
        """Move the file to target (relative to the current folder, not to
        this path's); return target's path."""
        return self._moved(os.rename, target)

    def replace(self, target):
        """rename(), replacing target if it exists."""
        return self._moved(os.replace, target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target (os.symlink's
        arguments the other way round)."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Make this path a hard link to target (os.link's arguments
        the other way round)."""
        os.link(target, self)

    def expanduser(self):
        """This path with a leading '~' or '~user' replaced by that home
        folder; RuntimeError when it cannot be found."""
        drv, root, names = self._parsed()
        if drv or root or not names or names[0][:1] != '~':
            return self
        home = os.path.expanduser(names[0])
        if home[:1] == '~':
            raise RuntimeError("Could not determine home directory.")
        home_drv, home_root, home_names = self._parse_path(home)
        return self._assemble(home_drv, home_root, home_names + names[1:])

    @classmethod
    def from_uri(cls, uri):
        """The path a 'file:' URI names."""
        if uri[:5] != 'file:':
            raise ValueError(f"URI does not start with 'file:': {uri!r}")
        rest = uri[5:]
        if rest[:3] == '///':
            rest = rest[2:]
        elif rest[:12] == '//localhost/':
            rest = rest[11:]
        if rest[:3] == '///' or (rest[:1] == '/' and rest[2:3] in ':|'):
            rest = rest[1:]         # '////host/share' or '/c:/x'
        if rest[1:2] == '|':
            rest = rest[:1] + ':' + rest[2:]    # 'c|/x' is 'c:/x'
        result = cls(os.fsdecode(_unquote_uri_path(rest)))
        if result.is_absolute():
            return result
        raise ValueError(f"URI is not absolute: {uri!r}")



def _share_docs(cls, base):
    # Path's methods document themselves as PathBase's do (the same
    # operation, done on local files).
    for name, value in vars(cls).items():
        if name[:1] != '_' and callable(value) and hasattr(base, name):
            value.__doc__ = getattr(base, name).__doc__


_share_docs(Path, PathBase)

# Path methods and what they need from the platform.
_PLATFORM_NEEDS = {
    'owner': pwd is not None, 'group': grp is not None,
    'readlink': hasattr(os, 'readlink'), 'symlink_to': hasattr(os, 'symlink'),
    'hardlink_to': hasattr(os, 'link'),
}
for _method, _available in _PLATFORM_NEEDS.items():
    if not _available:
        delattr(Path, _method)
del _method, _available

def _foreign(cls, *args, **kwargs):
    # __new__ of the concrete class of the other operating system.
    problem = f"cannot instantiate {cls.__name__!r} on your system"
    raise UnsupportedOperation(problem)


class PosixPath(Path, PurePosixPath):
    """A Path with POSIX rules: what Path() makes on POSIX systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A Path with Windows rules: what Path() makes on Windows."""
    __slots__ = ()


if os.name == 'nt':
    PosixPath.__new__ = staticmethod(_foreign)
    _SYSTEM_FLAVOUR.update({PurePath: PureWindowsPath, Path: WindowsPath})
else:
    WindowsPath.__new__ = staticmethod(_foreign)
    _SYSTEM_FLAVOUR.update({PurePath: PurePosixPath, Path: PosixPath})
