"""zipfile.Path: read-mostly, pathlib-style access to the members of a ZIP
archive."""

# An archive need not store its directories: a member 'a/b/c.txt' implies
# 'a/' and 'a/b/'. CompleteDirs lists those implied names too and
# FastLookup caches them. A Path is a pair (archive, name inside it), where
# '' is the archive's root and directory names end with '/'.

import contextlib, io, itertools, pathlib, posixpath, re, stat, sys, zipfile

from .glob import Translator

__all__ = ["Path"]


def _lineage(name):
    """name, then each of its ancestors up to the top one, nearest first;
    trailing and repeated separators do not make extra levels."""
    current = name.rstrip("/")
    while current.rstrip("/"):
        yield current
        current = posixpath.dirname(current)


def _ancestors(name):
    """The ancestors of name, nearest first, without name itself."""
    chain = _lineage(name)
    next(chain, None)
    return chain


def _unseen(candidates, known):
    """The candidates that are not in known, in order and without repeats
    (as the keys of a dict)."""
    excluded = set(known)
    return dict.fromkeys(item for item in candidates if item not in excluded)


class InitializedState:
    """Mix-in that pickles an object as the arguments it was made with."""

    def __init__(self, *positional, **named):
        self._init_args = (positional, named)
        super().__init__(*positional, **named)

    def __getstate__(self):
        return self._init_args

    def __setstate__(self, state):
        self._init_args = state
        positional, named = state
        super().__init__(*positional, **named)


class CompleteDirs(InitializedState, zipfile.ZipFile):
    """A ZipFile whose namelist() also holds the directories that its
    members' names imply."""

    @staticmethod
    def _implied_dirs(members):
        """Directory names ('x/') implied by members but not among them."""
        wanted = (up + "/" for each in members for up in _ancestors(each))
        return _unseen(wanted, members)

    def namelist(self):
        """The stored names, then the implied directories."""
        stored = super().namelist()
        return stored + list(self._implied_dirs(stored))

    def _known(self):
        return {*self.namelist()}

    def resolve_dir(self, name):
        """name + '/' when that is a directory and name itself is not a
        member; else name."""
        known = self._known()
        slashed = name + "/"
        if slashed in known and name not in known:
            return slashed
        return name

    def getinfo(self, name):
        """As ZipFile.getinfo(); an implied directory gets a new ZipInfo."""
        try:
            found = super().getinfo(name)
        except KeyError:
            if not (name.endswith("/") and name in self._known()):
                raise
            found = zipfile.ZipInfo(filename=name)
        return found

    @classmethod
    def make(cls, source):
        """A CompleteDirs for source: a file name opens a new one of cls,
        a ZipFile has its class switched in place (to plain CompleteDirs
        unless it is only being read)."""
        archive = source if isinstance(source, zipfile.ZipFile) else cls(source)
        if not isinstance(archive, CompleteDirs):
            archive.__class__ = cls if "r" in archive.mode else CompleteDirs
        return archive

    @classmethod
    def inject(cls, zf: zipfile.ZipFile) -> zipfile.ZipFile:
        """Store the implied directories of the writable archive zf as
        empty members."""
        for dirname in cls._implied_dirs(zf.namelist()):
            zf.writestr(dirname, b"")
        return zf


class FastLookup(CompleteDirs):
    """CompleteDirs that works its names out once; only for archives that
    are read, whose names cannot change."""

    def _cached(self, key, compute):
        cache = self.__dict__.setdefault("_names_cache", {})
        if key not in cache:
            cache[key] = compute()
        return cache[key]

    def namelist(self):
        return self._cached("list", super().namelist)

    def _known(self):
        return self._cached("set", super()._known)


def _text_args(encoding=None, *rest, **options):
    # io.text_encoding's warning should name our caller's caller (PyPy
    # adds a frame).
    depth = 4 if sys.implementation.name == "pypy" else 3
    return io.text_encoding(encoding, depth), rest, options


class Path:
    """A member (or directory) of a ZIP archive, with the reading side of
    pathlib's interface.

    Path(root, at='') takes a ZipFile, whose class is changed in place to
    a CompleteDirs subclass, or a file name; `at` is the name inside the
    archive: '' for the root, directories with a trailing '/'."""

    def __init__(self, root, at=""):
        self.root, self.at = FastLookup.make(root), at

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.root == other.root and self.at == other.at

    def __hash__(self):
        return hash((type(self), self.root, self.at))

    def __str__(self):
        # The archive's file name and the member name, as one path.
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.root.filename, self.at)

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """The member as a binary file ('b' in mode) or as text through
        io.TextIOWrapper, which gets the other arguments."""
        if self.is_dir():
            raise IsADirectoryError(self)
        access = mode[0]
        if access == "r" and not self.exists():
            raise FileNotFoundError(self)
        raw = self.root.open(self.at, access, pwd=pwd)
        if "b" not in mode:
            encoding, rest, options = _text_args(*args, **kwargs)
            return io.TextIOWrapper(raw, encoding, *rest, **options)
        if args or kwargs:
            raise ValueError("encoding args invalid for binary operation")
        return raw

    def read_text(self, *args, **kwargs):
        """The member's whole text; arguments as for open()."""
        encoding, rest, options = _text_args(*args, **kwargs)
        with self.open("r", encoding, *rest, **options) as text:
            return text.read()

    def read_bytes(self):
        """The member's whole data."""
        with self.open("rb") as data:
            return data.read()

    # Name parts, computed like pathlib's; at the root they describe the
    # archive file.

    def _pure(self):
        base = self.at or self.root.filename
        return pathlib.PurePosixPath(base)

    name = property(lambda self: self._pure().name)
    suffix = property(lambda self: self._pure().suffix)
    suffixes = property(lambda self: self._pure().suffixes)
    stem = property(lambda self: self._pure().stem)

    @property
    def filename(self):
        """Where the member would be if the archive were a directory."""
        return pathlib.Path(self.root.filename, self.at)

    @property
    def parent(self):
        """The enclosing directory (the archive's, at the root)."""
        if self.at == "":
            return pathlib.Path(self.root.filename).parent
        above = posixpath.dirname(self.at.rstrip("/"))
        return self._child(above + "/" if above else "")

    def _child(self, at):
        return type(self)(self.root, at)

    def joinpath(self, *other):
        """The Path below this one; a directory gets its trailing '/'."""
        joined = posixpath.join(self.at, *other)
        return self._child(self.root.resolve_dir(joined))

    __truediv__ = joinpath

    def relative_to(self, other, *extra):
        """This path relative to other.joinpath(*extra), as a string."""
        target = other.joinpath(*extra)
        return posixpath.relpath(str(self), str(target))

    # Queries.

    def is_dir(self):
        """True for the root and for names ending in '/'."""
        return self.at == "" or self.at[-1] == "/"

    def exists(self):
        """Whether the name is a member or an implied directory."""
        return self.at in self.root._known()

    def is_file(self):
        """An existing member that is not a directory."""
        return not self.is_dir() and self.exists()

    def is_symlink(self):
        """Whether the member's stored Unix mode is a symbolic link's."""
        unix_mode = self.root.getinfo(self.at).external_attr >> 16
        return stat.S_ISLNK(unix_mode)

    def match(self, path_pattern):
        """pathlib's match() on the name inside the archive."""
        inside = pathlib.PurePosixPath(self.at)
        return inside.match(path_pattern)

    def _contains(self, other):
        here = self.at.rstrip("/")
        return posixpath.dirname(other.at.rstrip("/")) == here

    def iterdir(self):
        """The Paths directly inside this directory."""
        if self.is_dir():
            every = (self._child(name) for name in self.root.namelist())
            return (each for each in every if self._contains(each))
        raise ValueError("Can't listdir a file")

    def glob(self, pattern):
        """Paths below this one whose names match pattern ('**' crosses
        directories)."""
        if not pattern:
            raise ValueError(f"Unacceptable pattern: {pattern!r}")
        body = Translator(seps="/").translate(pattern)
        wanted = re.compile(re.escape(self.at) + body).fullmatch
        return (self._child(name) for name in self.root.namelist() if wanted(name))

    def rglob(self, pattern):
        """glob() at any depth below this directory."""
        return self.glob("**/" + pattern)
