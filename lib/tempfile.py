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
    "NamedTemporaryFile", "TemporaryFile",
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",
    "mktemp",
    "TMP_MAX", "gettempprefix",
    "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

import _thread
import errno as _errno
import functools as _functools
import io as _io
import os as _os
import shutil as _shutil
import sys as _sys
import types as _types
import warnings as _warnings
import weakref as _weakref
from random import Random as _Random

_allocate_lock = _thread.allocate_lock

# New files: created exclusively, read-write, and never through a link.
_text_openflags = (_os.O_CREAT | _os.O_EXCL | _os.O_RDWR
                   | getattr(_os, 'O_NOFOLLOW', 0))
_bin_openflags = getattr(_os, 'O_BINARY', 0) | _text_openflags

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)

# The default prefix of made-up names.
template = "tmp"

# The default folder; None until first needed.
tempdir = None

_once_lock = _allocate_lock()
_name_sequence = None
_ON_WINDOWS = _os.name == 'nt'


def _exists(fn):
    try:
        _os.lstat(fn)
    except OSError:
        return False
    return True


def _infer_return_type(*args):
    """str or bytes, whichever the non-None path arguments are (they may
    not mix); with none given, what tempdir is."""
    seen = None
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        this = bytes if isinstance(arg, bytes) else str
        if seen is not None and this is not seen:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
        seen = this
    if seen is not None:
        return seen
    return bytes if isinstance(tempdir, bytes) else str


def _sanitize_params(prefix, suffix, dir):
    """prefix, suffix and dir with their defaults filled in, plus the
    type (str or bytes) of the names to make."""
    kind = _infer_return_type(prefix, suffix, dir)
    as_bytes = kind is bytes
    if suffix is None:
        suffix = b'' if as_bytes else ''
    if prefix is None:
        prefix = _os.fsencode(template) if as_bytes else template
    if dir is None:
        dir = gettempdirb() if as_bytes else gettempdir()
    return prefix, suffix, dir, kind


class _RandomNameSequence:
    """Endless source of random 8-character names made of characters safe
    in any file name.  Usable from several threads; after a fork the
    child draws from a fresh generator, so parent and child differ."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        here = _os.getpid()
        if here != getattr(self, '_rng_pid', None):
            self._rng = _Random()
            self._rng_pid = here
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


def _candidate_tempdir_list():
    """Folders to try as the default, best first."""
    found = []
    for var in ('TMPDIR', 'TEMP', 'TMP'):
        value = _os.getenv(var)
        if value:
            found.append(value)
    if _ON_WINDOWS:
        found.extend([_os.path.expanduser(r'~\AppData\Local\Temp'),
                      _os.path.expandvars(r'%SYSTEMROOT%\Temp'),
                      r'c:\temp', r'c:\tmp', r'\temp', r'\tmp'])
    else:
        found.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        found.append(_os.getcwd())
    except (AttributeError, OSError):
        found.append(_os.curdir)
    return found


def _writable_dir_on_windows(folder):
    # Windows reports PermissionError for a name that is a folder, or one
    # being deleted: worth another name if the folder is writable.
    return (_ON_WINDOWS and _os.path.isdir(folder)
            and _os.access(folder, _os.W_OK))


def _probe(folder, names):
    # True if a file can be created, written and removed in folder.  The
    # probe names are random, so nobody can block this by taking one.
    for _ in range(100):
        trial = _os.path.join(folder, next(names))
        try:
            fd = _os.open(trial, _bin_openflags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            if _writable_dir_on_windows(folder):
                continue
            return False
        except OSError:
            return False
        try:
            try:
                _os.write(fd, b'blat')
            finally:
                try:
                    _os.close(fd)
                finally:
                    _os.unlink(trial)
        except OSError:
            return False
        return True
    return False


def _get_default_tempdir():
    """The first candidate folder that really takes a new file."""
    names = _RandomNameSequence()
    tried = _candidate_tempdir_list()
    for folder in tried:
        if folder != _os.curdir:
            folder = _os.path.abspath(folder)
        if _probe(folder, names):
            return folder
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" % tried)


def _once(compute):
    # Run compute() under the module lock unless another thread just did.
    with _once_lock:
        return compute()


def _get_candidate_names():
    """The module's shared _RandomNameSequence (made on first use)."""
    global _name_sequence
    if _name_sequence is None:
        def make():
            global _name_sequence
            if _name_sequence is None:
                _name_sequence = _RandomNameSequence()
        _once(make)
    return _name_sequence


def _candidates(folder, prefix, suffix, kind):
    # At most TMP_MAX fresh paths in folder.
    source = _get_candidate_names()
    for _ in range(TMP_MAX):
        middle = next(source)
        if kind is bytes:
            middle = _os.fsencode(middle)
        yield _os.path.join(folder, prefix + middle + suffix)


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """Make a new file in dir; return (descriptor, absolute path)."""
    folder = _os.path.abspath(dir)
    for path in _candidates(folder, pre, suf, output_type):
        _sys.audit("tempfile.mkstemp", path)
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            if _writable_dir_on_windows(folder):
                continue
            raise
        return fd, path
    raise FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def _dont_follow_symlinks(func, path, *args):
    # func(path, ...) on path itself, never on what a link points at.
    if func in _os.supports_follow_symlinks:
        func(path, *args, follow_symlinks=False)
    elif not _os.path.islink(path):
        func(path, *args)


def _resetperms(path):
    # Make path deletable: drop BSD flags, give the owner full rights.
    if hasattr(_os, 'chflags'):
        _dont_follow_symlinks(_os.chflags, path, 0)
    _dont_follow_symlinks(_os.chmod, path, 0o700)


def gettempprefix():
    """The default name prefix, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default name prefix, as bytes."""
    return _os.fsencode(template)


def _gettempdir():
    """tempdir, looked up the first time."""
    global tempdir
    if tempdir is None:
        def find():
            global tempdir
            if tempdir is None:
                tempdir = _get_default_tempdir()
        _once(find)
    return tempdir


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


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new folder, named as mkstemp() names files, that only its
    creator can use; return its absolute path.  Deleting it is up to the
    caller."""
    prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
    for path in _candidates(dir, prefix, suffix, kind):
        _sys.audit("tempfile.mkdtemp", path)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if _writable_dir_on_windows(dir):
                continue
            raise
        return _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A path that did not exist when looked at; nothing is created.

    Not safe: the path may be taken between this call and its use.  Prefer
    mkstemp() or mkdtemp().  Makes str paths only.
    """
    folder = gettempdir() if dir is None else dir
    source = _get_candidate_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(folder, prefix + next(source) + suffix)
        if not _exists(path):
            return path
    raise FileExistsError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileCloser:
    """Closes and deletes a named temporary file.  Separate from the
    wrapper, so that the wrapper itself has no __del__."""

    cleanup_called = False
    close_called = False

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file, self.name = file, name
        self.delete, self.delete_on_close = delete, delete_on_close

    def _close_file(self):
        if self.close_called:
            return
        self.close_called = True
        self.file.close()

    def cleanup(self, windows=(_os.name == 'nt'), unlink=_os.unlink):
        if self.cleanup_called:
            return
        self.cleanup_called = True
        try:
            self._close_file()
        finally:
            # On Windows a delete-on-close file is gone already.
            must_unlink = self.delete and not (windows and self.delete_on_close)
            if must_unlink:
                try:
                    unlink(self.name)
                except FileNotFoundError:
                    pass

    def close(self):
        if self.close_called:
            return
        try:
            self._close_file()
        finally:
            if self.delete_on_close and self.delete:
                self.cleanup()

    def __del__(self):
        self.cleanup()


class _TemporaryFileWrapper:
    """Stands for the open file of a NamedTemporaryFile (which see) and
    deletes the file as configured."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file, self.name = file, name
        self._closer = _TemporaryFileCloser(file, name, delete, delete_on_close)

    def __getattr__(self, name):
        # Anything else comes from the file.  Methods are wrapped in a
        # function that holds on to the closer: a caller keeping just a
        # bound method keeps the file from being deleted under it.
        found = getattr(self.__dict__['file'], name)
        if callable(found):
            target = found

            @_functools.wraps(target)
            def func_wrapper(*args, **kwargs):
                return target(*args, **kwargs)
            func_wrapper._closer = self._closer
            found = func_wrapper
        if not isinstance(found, int):
            # Cache it; numbers (such as a file's position) may change.
            setattr(self, name, found)
        return found

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        outcome = self.file.__exit__(exc, value, tb)
        self._closer.cleanup()
        return outcome

    def close(self):
        """Close the file (deleting it when it is deleted on close)."""
        self._closer.close()

    def __iter__(self):
        # Iterating through a generator keeps this wrapper (and the file)
        # alive for as long as the iteration.
        for line in self.file:
            yield line


def _name_raw_file(file, name):
    # io.open with an opener leaves the descriptor as the name of the
    # innermost (raw) file: put the real name there.
    inner = getattr(file, 'buffer', file)
    inner = getattr(inner, 'raw', inner)
    inner.name = name


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
    gone_on_close = _ON_WINDOWS and delete and delete_on_close
    flags = _bin_openflags
    if gone_on_close:
        flags |= _os.O_TEMPORARY
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    made = [None]       # the path, once the opener has run

    def opener(*args):
        fd, made[0] = _mkstemp_inner(dir, prefix, suffix, flags, kind)
        return fd

    def discard():
        if made[0] is not None and not gone_on_close:
            _os.unlink(made[0])

    try:
        file = _io.open(dir, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors, opener=opener)
    except:
        discard()
        raise
    try:
        _name_raw_file(file, made[0])
        return _TemporaryFileWrapper(file, made[0], delete, delete_on_close)
    except:
        try:
            file.close()
        finally:
            discard()
        raise


if _os.name != 'posix' or _sys.platform == 'cygwin':
    # Here a file cannot be open and nameless: the named kind must do.
    TemporaryFile = NamedTemporaryFile

else:
    # Linux can make a file that never had a name (O_TMPFILE).  Whether
    # the kernel and file system support it is found out on first use.
    _O_TMPFILE_WORKS = hasattr(_os, 'O_TMPFILE')

    def _open_nameless(dir, mode, io_args):
        # The file, or None when O_TMPFILE cannot be used in dir.
        global _O_TMPFILE_WORKS
        made = [None]

        def opener(*args):
            made[0] = _os.open(dir, (_bin_openflags | _os.O_TMPFILE) & ~_os.O_CREAT, 0o600)
            return made[0]

        try:
            file = _io.open(dir, mode, opener=opener, **io_args)
        except IsADirectoryError:
            # An old kernel or file system: O_TMPFILE was ignored and the
            # folder itself opened.  Do not try again.
            _O_TMPFILE_WORKS = False
            return None
        except OSError:
            return None     # refused here; a removed named file may work
        _name_raw_file(file, made[0])
        return file

    def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                      newline=None, suffix=None, prefix=None,
                      dir=None, *, errors=None):
        """Make a temporary file that has no name in the file system and
        return it open; it vanishes once closed.

        prefix, suffix, dir: as for mkstemp().  mode ('w+b' by default),
        buffering, encoding, newline, errors: as for io.open().
        """
        if "b" not in mode:
            encoding = _io.text_encoding(encoding)
        prefix, suffix, dir, kind = _sanitize_params(prefix, suffix, dir)
        io_args = dict(buffering=buffering, newline=newline,
                       encoding=encoding, errors=errors)
        if _O_TMPFILE_WORKS:
            file = _open_nameless(dir, mode, io_args)
            if file is not None:
                return file
        made = [None]

        def opener(*args):
            # A named file, unlinked at once.
            fd, path = _mkstemp_inner(dir, prefix, suffix, _bin_openflags, kind)
            try:
                _os.unlink(path)
            except BaseException:
                _os.close(fd)
                raise
            made[0] = fd
            return fd

        file = _io.open(dir, mode, opener=opener, **io_args)
        _name_raw_file(file, made[0])
        return file


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file whose data stay in memory (BytesIO, or StringIO
    for text) until they exceed max_size or fileno() is called; then they
    move to a real TemporaryFile ("rollover")."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' not in mode:
            encoding = _io.text_encoding(encoding)
            memory = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                       errors=errors, newline=newline)
        else:
            memory = _io.BytesIO()
        self._file = memory
        self._max_size, self._rolled = max_size, False
        # Kept for the TemporaryFile made at rollover.
        self._TemporaryFileArgs = {
            'mode': mode, 'buffering': buffering, 'suffix': suffix,
            'prefix': prefix, 'encoding': encoding, 'newline': newline,
            'dir': dir, 'errors': errors}

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        if self._rolled or not self._max_size:
            return
        if file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._TemporaryFileArgs)
        self._file = disk
        del self._TemporaryFileArgs
        where = memory.tell()
        if hasattr(disk, 'buffer'):
            # Text mode: move the bytes already encoded.
            disk.buffer.write(memory.detach().getvalue())
        else:
            disk.write(memory.getvalue())
        disk.seek(where, 0)
        self._rolled = True

    # Unlike IOBase, the file is not closed implicitly by the object's
    # death without a ResourceWarning (see __del__).

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def __del__(self):
        if self.closed:
            return
        _warnings.warn("Unclosed file {!r}".format(self), ResourceWarning,
                       stacklevel=2, source=self)
        self.close()

    def close(self):
        self._file.close()

    def fileno(self):
        # Only a real file has a descriptor.
        self.rollover()
        return self._file.fileno()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            # In memory: BytesIO and TextIOWrapper(BytesIO) have no mode.
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        return getattr(self._file, 'name', None)

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        current = self._file
        count = current.write(s)
        self._check(current)
        return count

    def writelines(self, iterable):
        current = self._file
        result = current.writelines(iterable)
        self._check(current)
        return result


def _spool_forward(name, prop=False):
    # An attribute of SpooledTemporaryFile answered by whichever file holds
    # the data at the moment.
    if prop:
        return property(lambda self: getattr(self._file, name))

    def forward(self, *args):
        return getattr(self._file, name)(*args)
    forward.__name__ = name
    forward.__qualname__ = 'SpooledTemporaryFile.' + name
    return forward


for _attr in ('closed', 'encoding', 'errors', 'newlines'):
    setattr(SpooledTemporaryFile, _attr, _spool_forward(_attr, prop=True))
for _attr in ('detach', 'flush', 'isatty', 'read', 'read1', 'readable',
              'readinto', 'readinto1', 'readline', 'readlines', 'seek',
              'seekable', 'tell', 'writable'):
    setattr(SpooledTemporaryFile, _attr, _spool_forward(_attr))
del _attr


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
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name,
            warn_message="Implicitly cleaning up {!r}".format(self),
            ignore_errors=ignore_cleanup_errors, delete=delete)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False, repeated=False):
        def give_up():
            if not ignore_errors:
                raise

        def onexc(func, path, exc):
            if isinstance(exc, FileNotFoundError):
                return
            if not isinstance(exc, PermissionError) or (repeated and path == name):
                give_up()
                return
            # Permission trouble: open up the entry (and its folder) and
            # delete it ourselves; the top folder gets one more try only.
            try:
                if path != name:
                    _resetperms(_os.path.dirname(path))
                _resetperms(path)
                try:
                    _os.unlink(path)
                except IsADirectoryError:
                    cls._rmtree(path, ignore_errors=ignore_errors)
                except PermissionError:
                    # Some systems refuse unlink() on a folder this way.
                    if _os.path.isdir(path) and not _os.path.isjunction(path):
                        cls._rmtree(path, ignore_errors=ignore_errors,
                                    repeated=path == name)
                    else:
                        give_up()
            except FileNotFoundError:
                pass

        _shutil.rmtree(name, onexc=onexc)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False, delete=True):
        if not delete:
            return
        cls._rmtree(name, ignore_errors=ignore_errors)
        _warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return f"<{type(self).__name__} {self.name!r}>"

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
