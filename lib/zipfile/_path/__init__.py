"""zipfile.Path: a pathlib-like view of the members of a ZIP archive."""

# Directories need not be members of an archive: a name 'a/b/c.txt' implies
# 'a/' and 'a/b/'. CompleteDirs adds those implied names; FastLookup caches
# the names. Path objects are (archive, name inside it) pairs.

import io
import posixpath
import zipfile
import itertools
import contextlib
import pathlib
import re
import stat
import sys

from .glob import Translator

__all__ = ['Path']


def _parents(path):
    """The ancestors of a '/'-separated path, nearest first, without it."""
    return itertools.islice(_ancestry(path), 1, None)


def _ancestry(path):
    """The path and its ancestors, nearest first (trailing slashes dropped)."""
    path = path.rstrip(posixpath.sep)
    while path.rstrip(posixpath.sep):
        yield path
        path = posixpath.split(path)[0]


_dedupe = dict.fromkeys


def _difference(minuend, subtrahend):
    """Items of minuend not in subtrahend, in order."""
    exclude = set(subtrahend)
    return (item for item in minuend if item not in exclude)


class InitializedState:
    """Remembers the constructor's arguments, so that pickling recreates
    the object by calling it again."""

    def __init__(self, *args, **kwargs):
        self.__args = args
        self.__kwargs = kwargs
        super().__init__(*args, **kwargs)

    def __getstate__(self):
        return self.__args, self.__kwargs

    def __setstate__(self, state):
        args, kwargs = state
        super().__init__(*args, **kwargs)


class CompleteDirs(InitializedState, zipfile.ZipFile):
    """A ZipFile whose names include the directories its members imply."""

    @staticmethod
    def _implied_dirs(names):
        parents = itertools.chain.from_iterable(_parents(n) for n in names)
        return _dedupe(_difference((p + posixpath.sep for p in parents), names))

    def namelist(self):
        names = super().namelist()
        return names + list(self._implied_dirs(names))

    def _name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """name with a trailing slash when that names a directory and name
        itself is not a member."""
        names = self._name_set()
        as_dir = name + '/'
        return as_dir if name not in names and as_dir in names else name

    def getinfo(self, name):
        """ZipFile.getinfo, with a fresh ZipInfo for an implied directory."""
        try:
            return super().getinfo(name)
        except KeyError:
            if not name.endswith('/') or name not in self._name_set():
                raise
            return zipfile.ZipInfo(filename=name)

    @classmethod
    def make(cls, source):
        """A CompleteDirs (of cls when readable) for a file name or a ZipFile,
        which is converted in place."""
        if isinstance(source, CompleteDirs):
            return source
        if not isinstance(source, zipfile.ZipFile):
            return cls(source)
        if 'r' not in source.mode:
            cls = CompleteDirs
        source.__class__ = cls
        return source

    @classmethod
    def inject(cls, zf: zipfile.ZipFile) -> zipfile.ZipFile:
        """Write the implied directories of writable zf as members."""
        for name in cls._implied_dirs(zf.namelist()):
            zf.writestr(name, b"")
        return zf


class FastLookup(CompleteDirs):
    """CompleteDirs computing its names once (for archives read only)."""

    def namelist(self):
        with contextlib.suppress(AttributeError):
            return self.__names
        self.__names = super().namelist()
        return self.__names

    def _name_set(self):
        with contextlib.suppress(AttributeError):
            return self.__lookup
        self.__lookup = super()._name_set()
        return self.__lookup


def _extract_text_encoding(encoding=None, *args, **kwargs):
    # The warning of io.text_encoding points at the caller of the caller.
    level = 3 + (sys.implementation.name == 'pypy')
    return io.text_encoding(encoding, level), args, kwargs


class Path:
    """A location in a ZIP archive, with pathlib's reading methods.

    Path(root, at='') where root is a ZipFile (converted in place to a
    CompleteDirs subclass) or a file name, and at is the name inside the
    archive ('' is the root; directories end with '/')."""

    __repr = "{self.__class__.__name__}({self.root.filename!r}, {self.at!r})"

    def __init__(self, root, at=""):
        self.root = FastLookup.make(root)
        self.at = at

    def __eq__(self, other):
        if self.__class__ is not other.__class__:
            return NotImplemented
        return (self.root, self.at) == (other.root, other.at)

    def __hash__(self):
        return hash((self.root, self.at))

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """Open the member: binary with 'b' in mode, else text through
        io.TextIOWrapper with the remaining arguments."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if zip_mode == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        encoding, args, kwargs = _extract_text_encoding(*args, **kwargs)
        return io.TextIOWrapper(stream, encoding, *args, **kwargs)

    def _base(self):
        return pathlib.PurePosixPath(self.at or self.root.filename)

    @property
    def name(self):
        return self._base().name

    @property
    def suffix(self):
        return self._base().suffix

    @property
    def suffixes(self):
        return self._base().suffixes

    @property
    def stem(self):
        return self._base().stem

    @property
    def filename(self):
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        encoding, args, kwargs = _extract_text_encoding(*args, **kwargs)
        with self.open('r', encoding, *args, **kwargs) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def _is_child(self, path):
        return posixpath.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def _next(self, at):
        return self.__class__(self.root, at)

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self.root._name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        return filter(self._is_child, map(self._next, self.root.namelist()))

    def match(self, path_pattern):
        return pathlib.PurePosixPath(self.at).match(path_pattern)

    def is_symlink(self):
        """Whether the member's Unix mode says symbolic link."""
        return stat.S_ISLNK(self.root.getinfo(self.at).external_attr >> 16)

    def glob(self, pattern):
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        regex = re.escape(self.at) + Translator(seps='/').translate(pattern)
        matches = re.compile(regex).fullmatch
        return map(self._next, filter(matches, self.root.namelist()))

    def rglob(self, pattern):
        return self.glob(f'**/{pattern}')

    def relative_to(self, other, *extra):
        return posixpath.relpath(str(self), str(other.joinpath(*extra)))

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return self.__repr.format(self=self)

    def joinpath(self, *other):
        return self._next(self.root.resolve_dir(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        up = posixpath.dirname(self.at.rstrip('/'))
        return self._next(up + '/' if up else up)
