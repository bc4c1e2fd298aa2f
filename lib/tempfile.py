"""Temporary files and folders.

Safe ways, free of races, to get somewhere to put scratch data:

  mkstemp(), mkdtemp()        make a new file / folder with an unused
                              name; the caller removes it.
  TemporaryFile, NamedTemporaryFile, SpooledTemporaryFile,
  TemporaryDirectory          remove what they made once closed or done.
  mktemp()                    only returns an unused name, which may be
                              taken by someone else before it is used.
                              Deprecated.

A name is bytes when the prefix, suffix or dir given are bytes, else str.
TMP_MAX is the number of names tried before giving up; assign tempdir
(before the first call) to choose the default folder.
"""

__all__ = [
    # functions that make something
    "mkstemp", "mkdtemp", "mktemp",
    # file and folder objects
    "TemporaryFile", "NamedTemporaryFile", "SpooledTemporaryFile",
    "TemporaryDirectory",
    # defaults
    "TMP_MAX", "tempdir", "gettempdir", "gettempdirb",
    "gettempprefix", "gettempprefixb",
]

# io, os, shutil, sys and warnings are used through their modules, where
# tests (and programs) may patch them.
import io as _io
import os as _os
import shutil as _shutil
import sys as _sys
import warnings as _warnings
from _thread import allocate_lock as _allocate_lock
from errno import EEXIST as _EEXIST, ENOENT as _ENOENT
from functools import wraps as _wraps
from random import Random as _Random
from types import GenericAlias as _GenericAlias
from weakref import finalize as _finalize

# New files: created exclusively, read-write, and never through a link.
_text_openflags = (_os.O_CREAT | _os.O_EXCL | _os.O_RDWR
                   | getattr(_os, 'O_NOFOLLOW', 0))
_bin_openflags = getattr(_os, 'O_BINARY', 0) | _text_openflags

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)

# The default prefix of made-up names.
template = "tmp"

# The default folder; None until first needed.
tempdir = None

_first_use_lock = _allocate_lock()
_name_sequence = None
_ON_WINDOWS = _os.name == 'nt'


def _exists(fn):
    # Whether anything, even a dangling link, has that name.
    try:
        _os.lstat(fn)
        return True
    except OSError:
        return False


def _infer_return_type(*args):
    """str or bytes, whichever the non-None path arguments are (they may
    not mix); with none given, what tempdir is."""
    kinds = set()
    for value in filter(lambda a: a is not None, args):
        text = _os.fspath(value) if isinstance(value, _os.PathLike) else value
        kinds.add(bytes if isinstance(text, bytes) else str)
        if len(kinds) > 1:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
    if kinds:
        return kinds.pop()
    return bytes if isinstance(tempdir, bytes) else str


def _sanitize_params(prefix, suffix, dir):
    """prefix, suffix and dir with their defaults filled in, plus the
    type (str or bytes) of the names to make."""
    kind = _infer_return_type(prefix, suffix, dir)
    if kind is bytes:
        defaults = (_os.fsencode(template), b'', gettempdirb)
    else:
        defaults = (template, '', gettempdir)
    return (defaults[0] if prefix is None else prefix,
            defaults[1] if suffix is None else suffix,
            defaults[2]() if dir is None else dir,
            kind)


class _RandomNameSequence:
    """Endless source of random 8-character names made of characters safe
    in any file name.  Usable from several threads; after a fork the
    child draws from a fresh generator, so parent and child differ."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        # (pid, generator): a forked child makes its own generator.
        pid = _os.getpid()
        owner, generator = getattr(self, '_source', (None, None))
        if owner != pid:
            generator = _Random()
            self._source = pid, generator
        return generator

    def __iter__(self):
        return self

    def __next__(self):
        picks = self.rng.choices(self.characters, k=8)
        return ''.join(picks)


# Where to look for a default folder, beyond $TMPDIR, $TEMP and $TMP.
_SYSTEM_TEMP_DIRS = {
    True: (r'~\AppData\Local\Temp', r'%SYSTEMROOT%\Temp',
           r'c:\temp', r'c:\tmp', r'\temp', r'\tmp'),
    False: ('/tmp', '/var/tmp', '/usr/tmp'),
}


def _candidate_tempdir_list():
    """Folders to try as the default, best first."""
    found = [v for v in map(_os.getenv, ('TMPDIR', 'TEMP', 'TMP')) if v]
    for place in _SYSTEM_TEMP_DIRS[_ON_WINDOWS]:
        if place.startswith('~'):
            place = _os.path.expanduser(place)
        elif place.startswith('%'):
            place = _os.path.expandvars(place)
        found.append(place)
    # Last, wherever we are.
    try:
        here = _os.getcwd()
    except (AttributeError, OSError):
        here = _os.curdir
    found.append(here)
    return found


def _windows_may_retry(folder):
    # Windows reports PermissionError for a name that is a folder, or one
    # being deleted: worth another name if the folder is writable.
    return (_ON_WINDOWS and _os.path.isdir(folder)
            and _os.access(folder, _os.W_OK))


def _name_taken(err, folder):
    # Whether an OSError from creating something in folder only means that
    # the name is in use, so that another name may do.
    if isinstance(err, PermissionError):
        return _windows_may_retry(folder)
    return isinstance(err, FileExistsError)


def _write_and_remove(path):
    # Create path, put a few bytes in it and remove it again; OSError if
    # any step fails (the file is removed even then).
    fd = _os.open(path, _bin_openflags, 0o600)
    try:
        try:
            _os.write(fd, b'blat')
        finally:
            _os.close(fd)
    finally:
        _os.unlink(path)


def _usable(folder, names):
    # Whether folder takes a new file.  The names tried are random, so
    # nobody can make the check fail by taking them in advance.
    attempts = 100
    while attempts:
        attempts -= 1
        try:
            _write_and_remove(_os.path.join(folder, next(names)))
        except OSError as err:
            if not _name_taken(err, folder):
                return False
        else:
            return True
    return False


def _get_default_tempdir():
    """The first candidate folder that really takes a new file."""
    names = _RandomNameSequence()
    tried = _candidate_tempdir_list()
    for place in tried:
        folder = place if place == _os.curdir else _os.path.abspath(place)
        if _usable(folder, names):
            return folder
    raise FileNotFoundError(_ENOENT,
                            "No usable temporary directory found in %s" % tried)


def _computed_once(name, compute):
    # The module global name, computed under the lock the first time.
    value = globals()[name]
    if value is None:
        with _first_use_lock:
            value = globals()[name]
            if value is None:
                value = globals()[name] = compute()
    return value


def _get_candidate_names():
    """The module's shared _RandomNameSequence (made on first use)."""
    return _computed_once('_name_sequence', _RandomNameSequence)


def _make_unused(folder, prefix, suffix, kind, create, event=None):
    # Call create(path) on fresh paths in folder until one does not exist
    # yet; its result, or None after TMP_MAX names were all taken.
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        stem = next(names)
        path = _os.path.join(folder, prefix + (_os.fsencode(stem) if kind is bytes else stem) + suffix)
        if event:
            _sys.audit(event, path)
        try:
            return create(path)
        except (FileExistsError, PermissionError) as err:
            if not _name_taken(err, folder):
                raise
    return None


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """Make a new file in dir; return (descriptor, absolute path)."""
    made = _make_unused(_os.path.abspath(dir), pre, suf, output_type,
                        lambda path: (_os.open(path, flags, 0o600), path),
                        "tempfile.mkstemp")
    if made is None:
        raise FileExistsError(_EEXIST, "No usable temporary file name found")
    return made


def _dont_follow_symlinks(func, path, *args):
    # func(path, ...) on path itself, never on what a link points at.
    if func in _os.supports_follow_symlinks:
        return func(path, *args, follow_symlinks=False)
    if not _os.path.islink(path):
        return func(path, *args)


def _resetperms(path):
    # Make path deletable: drop BSD flags (where there are any), give the
    # owner full rights.
    for call, value in (('chflags', 0), ('chmod', 0o700)):
        func = getattr(_os, call, None)
        if func is not None:
            _dont_follow_symlinks(func, path, value)


def gettempprefix():
    """The default name prefix, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default name prefix, as bytes."""
    return _os.fsencode(template)


def _gettempdir():
    """tempdir, looked up the first time."""
    return _computed_once('tempdir', _get_default_tempdir)


def gettempdir():
    """The default folder for temporary files, as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """The default folder for temporary files, as bytes."""
    return _os.fsencode(_gettempdir())


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make a new file; return (fd, path) -- an open OS-level descriptor
    and the absolute path.

    The file name is prefix + random characters + suffix (defaults: the
    template 'tmp' and nothing), in dir or the default folder; all three
    must agree on str or bytes, and the path comes back in that type.  text
    opens in text mode where the system has one.

    The file can be read and written only by its creator, executed by
    nobody, and its descriptor is not inherited.  Deleting it is up to the
    caller.
    """
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    return _mkstemp_inner(dir, prefix, suffix,
                          _text_openflags if text else _bin_openflags, kind)


def _new_folder(path):
    _os.mkdir(path, 0o700)
    return _os.path.abspath(path)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new folder, named as mkstemp() names files, that only its
    creator can use; return its absolute path.  Deleting it is up to the
    caller."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    made = _make_unused(dir, prefix, suffix, kind, _new_folder, "tempfile.mkdtemp")
    if made is None:
        raise FileExistsError(_EEXIST, "No usable temporary directory name found")
    return made


def _free_name(path):
    if _exists(path):
        raise FileExistsError(path)
    return path


def mktemp(suffix="", prefix=template, dir=None):
    """A path that did not exist when looked at; nothing is created.

    Not safe: the path may be taken between this call and its use.  Prefer
    mkstemp() or mkdtemp().  Makes str paths only.
    """
    folder = gettempdir() if dir is None else dir
    found = _make_unused(folder, prefix, suffix, str, _free_name)
    if found is None:
        raise FileExistsError(_EEXIST, "No usable temporary filename found")
    return found


class _TemporaryFileCloser:
    """Closes and deletes a named temporary file.  Separate from the
    wrapper, so that the wrapper itself has no __del__ and a method taken
    from it keeps just this object alive."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file, self.name = file, name
        # Whether the file is removed at all, and if so already on close().
        self.delete, self.delete_on_close = delete, delete_on_close
        self._done = set()      # holds 'closed' and 'cleaned' once they happened

    def _first(self, step):
        # True the first time step is asked for.
        if step in self._done:
            return False
        self._done.add(step)
        return True

    def _shut(self):
        if self._first('closed'):
            self.file.close()

    # The defaults are bound now: at interpreter exit the module's globals
    # may already be gone when __del__ runs.
    def cleanup(self, windows=_ON_WINDOWS, unlink=_os.unlink):
        if not self._first('cleaned'):
            return
        # Windows deletes an O_TEMPORARY file itself on close.
        remove = self.delete and not (windows and self.delete_on_close)
        try:
            self._shut()
        finally:
            if remove:
                try:
                    unlink(self.name)
                except FileNotFoundError:
                    pass

    def close(self):
        if 'closed' in self._done:
            return
        removing_now = self.delete and self.delete_on_close
        (self.cleanup if removing_now else self._shut)()

    __del__ = cleanup


def _holding(method, closer):
    # method, wrapped in a function that keeps closer (and so the file)
    # alive as long as it is referenced.
    @_wraps(method)
    def call(*args, **kwargs):
        return method(*args, **kwargs)
    call._closer = closer
    return call


class _TemporaryFileWrapper:
    """Stands for the open file of a NamedTemporaryFile (which see) and
    deletes the file as configured."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file, self.name = file, name
        self._closer = _TemporaryFileCloser(file, name, delete, delete_on_close)

    def __getattr__(self, name):
        # Anything else comes from the file; callables are wrapped by
        # _holding().  Numbers (such as a file's position) may change, so
        # only other values are remembered.
        value = getattr(self.__dict__['file'], name)
        if callable(value):
            value = _holding(value, self._closer)
        if not isinstance(value, int):
            self.__dict__[name] = value
        return value

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, *exc_info):
        try:
            return self.file.__exit__(*exc_info)
        finally:
            self._closer.cleanup()

    def close(self):
        """Close the file (deleting it when it is deleted on close)."""
        self._closer.close()

    def __iter__(self):
        # A generator, not iter(self.file): iterating keeps this wrapper,
        # and so the file, alive.
        yield from self.file


def _text_encoding(mode, encoding):
    # For text modes, io.text_encoding() on behalf of our caller's caller
    # (where an EncodingWarning should point).
    if 'b' in mode:
        return encoding
    return _io.text_encoding(encoding, 3)


def _name_raw_file(file, name):
    # io.open with an opener leaves the descriptor as the name of the
    # innermost (raw) file: put the real name there.
    inner = getattr(file, 'buffer', file)
    getattr(inner, 'raw', inner).name = name


def _recording_opener(make_fd, record):
    # An opener for io.open(): make_fd() gives (fd, name); the name is
    # kept in record['name'] so the caller can use it (or clean up).
    def open_fd(_path, _flags):
        fd, record['name'] = make_fd()
        return fd
    return open_fd


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """Make a temporary file with a name in the file system and return it
    open (a file-like object whose name attribute is the path).

    prefix, suffix, dir: as for mkstemp().  mode ('w+b' by default),
    buffering, encoding, newline, errors: as for io.open().  When delete is
    true the file is deleted on close -- or, with delete_on_close false,
    when the with block ends or the object is finalized.  (A process
    killed on POSIX leaves the file behind.)
    """
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    windows_deletes = _ON_WINDOWS and delete and delete_on_close
    flags = _bin_openflags | (_os.O_TEMPORARY if windows_deletes else 0)
    encoding = _text_encoding(mode, encoding)
    made = {}
    opener = _recording_opener(
        lambda: _mkstemp_inner(dir, prefix, suffix, flags, kind), made)
    try:
        file = _io.open(dir, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors, opener=opener)
        path = made.get('name')
        try:
            _name_raw_file(file, path)
            return _TemporaryFileWrapper(file, path, delete, delete_on_close)
        except BaseException:
            file.close()
            raise
    except BaseException:
        if made.get('name') is not None and not windows_deletes:
            _os.unlink(made['name'])
        raise


# Only POSIX (less Cygwin) lets an open file have no name.
_NAMELESS_OK = _os.name == 'posix' and _sys.platform != 'cygwin'

if not _NAMELESS_OK:
    TemporaryFile = NamedTemporaryFile

else:
    # Linux can make a file that never had a name (O_TMPFILE).  Whether
    # the kernel and file system support it is found out on first use.
    _O_TMPFILE_WORKS = hasattr(_os, 'O_TMPFILE')

    def _nameless_fd(dir):
        flags = (_bin_openflags | _os.O_TMPFILE) & ~_os.O_CREAT
        fd = _os.open(dir, flags, 0o600)
        return fd, fd

    def _unlinked_fd(dir, prefix, suffix, kind):
        # A named file, unlinked at once; its descriptor is its name.
        fd, path = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, kind)
        try:
            _os.unlink(path)
        except BaseException:
            _os.close(fd)
            raise
        return fd, fd

    def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                      newline=None, suffix=None, prefix=None,
                      dir=None, *, errors=None):
        """Make a temporary file that has no name in the file system and
        return it open; it vanishes once closed.

        prefix, suffix, dir: as for mkstemp().  mode ('w+b' by default),
        buffering, encoding, newline, errors: as for io.open().
        """
        global _O_TMPFILE_WORKS
        encoding = _text_encoding(mode, encoding)
        prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
        io_args = dict(buffering=buffering, newline=newline,
                       encoding=encoding, errors=errors)
        made = {}
        if _O_TMPFILE_WORKS:
            try:
                file = _io.open(dir, mode, opener=_recording_opener(
                    lambda: _nameless_fd(dir), made), **io_args)
            except OSError as err:
                # Refused here: an unlinked named file may work.  An old
                # kernel or file system ignores O_TMPFILE and opens the
                # folder itself: then it is not tried again.
                if isinstance(err, IsADirectoryError):
                    _O_TMPFILE_WORKS = False
            else:
                _name_raw_file(file, made.get('name'))
                return file
        file = _io.open(dir, mode, opener=_recording_opener(
            lambda: _unlinked_fd(dir, prefix, suffix, kind), made), **io_args)
        _name_raw_file(file, made.get('name'))
        return file


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file whose data stay in memory (BytesIO, or StringIO
    for text) until they exceed max_size or fileno() is called; then they
    move to a real TemporaryFile ("rollover")."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        memory = _io.BytesIO()
        encoding = _text_encoding(mode, encoding)
        if 'b' not in mode:
            memory = _io.TextIOWrapper(memory, encoding=encoding,
                                       errors=errors, newline=newline)
        self._file = memory
        self._limit = max_size
        # What the TemporaryFile made at rollover gets.
        self._disk_args = dict(mode=mode, buffering=buffering, suffix=suffix,
                               prefix=prefix, encoding=encoding,
                               newline=newline, dir=dir, errors=errors)

    __class_getitem__ = classmethod(_GenericAlias)

    def _check(self, file):
        # Roll over once the data in memory grew past max_size (0: never).
        limit = self._limit
        if not self._rolled and limit and file.tell() > limit:
            self.rollover()

    def rollover(self):
        """Move the data to a real temporary file (once)."""
        if self._rolled:
            return
        memory = self._file
        self._file = disk = TemporaryFile(**self._disk_args)
        offset = memory.tell()
        if hasattr(disk, 'buffer'):
            # Text: copy the bytes already encoded, not the text.
            disk.buffer.write(memory.detach().getvalue())
        else:
            disk.write(memory.getvalue())
        disk.seek(offset, 0)
        self._rolled = True

    # Unlike IOBase, the file is not closed implicitly by the object's
    # death without a ResourceWarning (see __del__).

    def __enter__(self):
        if self.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __del__(self):
        if self.closed:
            return
        _warnings.warn(f"Unclosed file {self!r}", ResourceWarning,
                       stacklevel=2, source=self)
        self.close()

    def truncate(self, size=None):
        # Growing past max_size goes to disk first.
        if size is not None and size > self._limit:
            self.rollover()
        return self._file.truncate(size)



def _spool_property(name, fallback=lambda spool: None):
    # A property of SpooledTemporaryFile read from whichever file holds the
    # data at the moment; fallback(spool) when that file lacks it.
    def get(self):
        try:
            return getattr(self._file, name)
        except AttributeError:
            if fallback is None:
                raise
            return fallback(self)
    return property(get)


# How a method of SpooledTemporaryFile reaches the current file: 'plain'
# passes the call on, 'disk' rolls over first (only a real file has a
# descriptor), 'grow' rolls over afterwards if the data got too big.
_SPOOL_METHODS = {
    'plain': ('__iter__', 'close', 'detach', 'flush', 'isatty', 'read', 'read1', 'readable',
              'readinto', 'readinto1', 'readline', 'readlines', 'seek',
              'seekable', 'tell', 'writable'),
    'disk': ('fileno',),
    'grow': ('write', 'writelines'),
}


def _spool_method(name, how):
    def forward(self, *args):
        if how == 'disk':
            self.rollover()
        target = self._file
        result = getattr(target, name)(*args)
        if how == 'grow':
            self._check(target)
        return result
    forward.__name__ = name
    forward.__qualname__ = 'SpooledTemporaryFile.' + name
    return forward


for _how, _names in _SPOOL_METHODS.items():
    for _name in _names:
        setattr(SpooledTemporaryFile, _name, _spool_method(_name, _how))
for _name in ('closed', 'encoding', 'errors', 'newlines'):
    setattr(SpooledTemporaryFile, _name, _spool_property(_name, None))
# In memory there is no file name, and BytesIO (or a TextIOWrapper over
# one) has no mode: the one asked for stands in.
SpooledTemporaryFile.name = _spool_property('name')
SpooledTemporaryFile.mode = _spool_property('mode', lambda spool: spool._disk_args['mode'])
del _how, _names, _name


class TemporaryDirectory:
    """A folder made by mkdtemp() that deletes itself and its contents at
    the end of a with block (whose target is its name), on cleanup(), or
    when finalized (warning with a ResourceWarning then).

    suffix, prefix, dir: as for mkdtemp().  ignore_cleanup_errors: keep
    failures of the deletion quiet.  delete=False: leave the folder in
    place when the with block ends.
    """

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False, *, delete=True):
        self.name = path = mkdtemp(suffix, prefix, dir)
        self._quiet = ignore_cleanup_errors
        self._delete = delete
        # The finalizer must not hold on to self: it gets copies.
        self._finalizer = _finalize(
            self, type(self)._cleanup, path, f"Implicitly cleaning up {self!r}",
            ignore_errors=ignore_cleanup_errors, delete=delete)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False, repeated=False):
        # shutil.rmtree, except that entries it may not delete are made
        # deletable and deleted here; the top folder gets one retry only.
        def fail(exc):
            if not ignore_errors:
                raise exc

        def descend(path, last_try=False):
            cls._rmtree(path, ignore_errors=ignore_errors, repeated=last_try)

        def remove(path):
            try:
                _os.unlink(path)
            except IsADirectoryError:
                descend(path)
            except PermissionError as refused:
                # Some systems refuse unlink() on a folder this way.
                if _os.path.isdir(path) and not _os.path.isjunction(path):
                    descend(path, path == name)
                else:
                    fail(refused)

        def on_error(func, path, exc):
            if isinstance(exc, FileNotFoundError):
                return
            if not isinstance(exc, PermissionError) or (repeated and path == name):
                return fail(exc)
            # The entry, and below the top its folder too, get full rights.
            opened = (path,) if path == name else (_os.path.dirname(path), path)
            try:
                for target in opened:
                    _resetperms(target)
                remove(path)
            except FileNotFoundError:
                pass

        _shutil.rmtree(name, onexc=on_error)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False, delete=True):
        if delete:
            cls._rmtree(name, ignore_errors=ignore_errors)
            _warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, *exc_info):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        # detach() is true while the finalizer has not run; the folder may
        # also have been made again since.
        pending = self._finalizer.detach() is not None
        if pending or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._quiet)

    __class_getitem__ = classmethod(_GenericAlias)
