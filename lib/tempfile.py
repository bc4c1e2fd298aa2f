"""Temporary files and directories, created without races.

mkstemp() and mkdtemp() create a file or a directory with a fresh name and
leave its removal to the caller; TemporaryFile, NamedTemporaryFile,
SpooledTemporaryFile and TemporaryDirectory remove what they created when
closed.  mktemp() only invents a name, which another process may take before
it is used: it is kept for old programs and should not be used.

Names are str unless bytes are given for prefix, suffix or dir, as in

    >>> tempfile.mkdtemp(suffix=b'')
    b'/tmp/tmppbi8f0hy'

Module data:
  TMP_MAX  - how many names are tried before giving up.
  tempdir  - set it (before the first use) to choose the default folder.
"""

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", # high level safe interfaces
    "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp",                  # low level safe interfaces
    "mktemp",                              # deprecated unsafe interface
    "TMP_MAX", "gettempprefix",            # constants
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

# Files are created exclusively, never through a symbolic link.
_text_openflags = (_os.O_RDWR | _os.O_CREAT | _os.O_EXCL
                   | getattr(_os, 'O_NOFOLLOW', 0))
_bin_openflags = _text_openflags | getattr(_os, 'O_BINARY', 0)

TMP_MAX = getattr(_os, 'TMP_MAX', 10000)

template = "tmp"

tempdir = None          # the default folder, found on first use

_once_lock = _allocate_lock()
_name_sequence = None


def _exists(fn):
    try:
        _os.lstat(fn)
    except OSError:
        return False
    return True


_MIXED = "Can't mix bytes and non-bytes in path components."


def _infer_return_type(*args):
    """Return str or bytes: the type the path arguments (None ignored) share."""
    kinds = set()
    for arg in args:
        if arg is None:
            continue
        if isinstance(arg, _os.PathLike):
            arg = _os.fspath(arg)
        kind = bytes if isinstance(arg, bytes) else str
        if kinds and kind not in kinds:
            raise TypeError(_MIXED)
        kinds.add(kind)
    if kinds:
        return kinds.pop()
    # Without arguments to go by, follow tempdir (str unless set to bytes).
    return str if tempdir is None or isinstance(tempdir, str) else bytes


def _sanitize_params(prefix, suffix, dir):
    """Fill in the defaults of prefix, suffix and dir, in the type they use."""
    kind = _infer_return_type(prefix, suffix, dir)
    text = kind is str
    if suffix is None:
        suffix = kind()
    if prefix is None:
        prefix = template if text else _os.fsencode(template)
    if dir is None:
        dir = gettempdir() if text else gettempdirb()
    return prefix, suffix, dir, kind


class _RandomNameSequence:
    """An endless iterator of random eight-character names, safe to use in
    file names and from several threads at once.  A forked child gets a new
    generator, so parent and child never draw the same names."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        pid = _os.getpid()
        if getattr(self, '_rng_pid', None) != pid:
            self._rng, self._rng_pid = _Random(), pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


def _candidate_tempdir_list():
    """The folders _get_default_tempdir tries, in order."""
    found = [_os.getenv(var) for var in ('TMPDIR', 'TEMP', 'TMP')]
    candidates = [d for d in found if d]
    if _os.name == 'nt':
        candidates += [_os.path.expanduser(r'~\AppData\Local\Temp'),
                       _os.path.expandvars(r'%SYSTEMROOT%\Temp'),
                       r'c:\temp', r'c:\tmp', r'\temp', r'\tmp']
    else:
        candidates += ['/tmp', '/var/tmp', '/usr/tmp']
    try:
        candidates.append(_os.getcwd())
    except (AttributeError, OSError):
        candidates.append(_os.curdir)
    return candidates


def _usable(folder, namer):
    # Whether a file can be created, written and removed in folder; names
    # are random so that no one can block the test by taking the name.
    for _ in range(100):
        probe = _os.path.join(folder, next(namer))
        try:
            fd = _os.open(probe, _bin_openflags, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            if (_os.name == 'nt' and _os.path.isdir(folder)
                    and _os.access(folder, _os.W_OK)):
                continue
            return False
        except OSError:
            return False
        try:
            try:
                try:
                    _os.write(fd, b'blat')
                finally:
                    _os.close(fd)
            finally:
                _os.unlink(probe)
        except OSError:
            return False
        return True
    return False


def _get_default_tempdir():
    """Find the first candidate folder where a file can really be written."""
    namer = _RandomNameSequence()
    candidates = _candidate_tempdir_list()
    for folder in candidates:
        if folder != _os.curdir:
            folder = _os.path.abspath(folder)
        if _usable(folder, namer):
            return folder
    raise FileNotFoundError(_errno.ENOENT,
                            "No usable temporary directory found in %s" %
                            candidates)


def _get_candidate_names():
    """The shared name sequence, made on first use."""
    global _name_sequence
    if _name_sequence is None:
        with _once_lock:
            if _name_sequence is None:
                _name_sequence = _RandomNameSequence()
    return _name_sequence


def _fresh_paths(dir, pre, suf, output_type):
    # Up to TMP_MAX candidate paths in dir.
    names = _get_candidate_names()
    if output_type is bytes:
        names = map(_os.fsencode, names)
    for _, name in zip(range(TMP_MAX), names):
        yield _os.path.join(dir, pre + name + suf)


def _retry_permission(dir):
    # On Windows a PermissionError may mean the name is a folder being
    # deleted: try another name if the folder itself is writable.
    return (_os.name == 'nt' and _os.path.isdir(dir)
            and _os.access(dir, _os.W_OK))


def _mkstemp_inner(dir, pre, suf, flags, output_type):
    """Create a new file in dir: return its descriptor and absolute path."""
    dir = _os.path.abspath(dir)
    for path in _fresh_paths(dir, pre, suf, output_type):
        _sys.audit("tempfile.mkstemp", path)
        try:
            return _os.open(path, flags, 0o600), path
        except FileExistsError:
            continue
        except PermissionError:
            if not _retry_permission(dir):
                raise
    raise FileExistsError(_errno.EEXIST,
                          "No usable temporary file name found")


def _dont_follow_symlinks(func, path, *args):
    if func in _os.supports_follow_symlinks:
        func(path, *args, follow_symlinks=False)
    elif not _os.path.islink(path):
        func(path, *args)


def _resetperms(path):
    # Make path removable: clear BSD file flags and give the owner access.
    chflags = getattr(_os, 'chflags', None)
    if chflags is not None:
        _dont_follow_symlinks(chflags, path, 0)
    _dont_follow_symlinks(_os.chmod, path, 0o700)


def gettempprefix():
    """Return the default prefix of temporary names, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """Return the default prefix of temporary names, as bytes."""
    return _os.fsencode(template)


def _gettempdir():
    """tempfile.tempdir, found on first use."""
    global tempdir
    if tempdir is None:
        with _once_lock:
            if tempdir is None:
                tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """Return the default folder of temporary files, as str."""
    return _os.fsdecode(_gettempdir())


def gettempdirb():
    """Return the default folder of temporary files, as bytes."""
    return _os.fsencode(_gettempdir())


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file and return (fd, name): an open descriptor and its
    absolute path.

    The name is prefix, a random part, then suffix (prefix defaults to
    'tmp', suffix to nothing), in dir or the default folder.  prefix, suffix
    and dir must be all str or all bytes; the name has their type.  text
    asks for text mode where the platform distinguishes it.

    Only the creating user may read or write the file, and nobody may run
    it; the descriptor is not inherited by child processes.  Removing the
    file is the caller's job.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    flags = _text_openflags if text else _bin_openflags
    return _mkstemp_inner(dir, prefix, suffix, flags, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new folder and return its absolute path.

    The name is made as mkstemp() makes file names.  Only the creating user
    may list, enter or change the folder.  Removing it is the caller's job.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    for path in _fresh_paths(dir, prefix, suffix, output_type):
        _sys.audit("tempfile.mkdtemp", path)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if not _retry_permission(dir):
                raise
            continue
        return _os.path.abspath(path)
    raise FileExistsError(_errno.EEXIST,
                          "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """Return a path that did not exist when checked, without creating it.

    UNSAFE: another process may create the same path before the caller
    does.  Use mkstemp() or mkdtemp() instead.  Only str names are made.
    """
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        if not _exists(path):
            return path
    raise FileExistsError(_errno.EEXIST,
                          "No usable temporary filename found")


class _TemporaryFileCloser:
    """Closes a temporary file and removes it: kept apart from the wrapper
    so that the wrapper needs no __del__ of its own."""

    cleanup_called = False
    close_called = False

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.delete_on_close = delete_on_close

    def _close_file(self):
        if not self.close_called:
            self.close_called = True
            self.file.close()

    def cleanup(self, windows=(_os.name == 'nt'), unlink=_os.unlink):
        if self.cleanup_called:
            return
        self.cleanup_called = True
        try:
            self._close_file()
        finally:
            # Windows removes a delete-on-close file by itself.
            if self.delete and not (windows and self.delete_on_close):
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
            if self.delete and self.delete_on_close:
                self.cleanup()

    def __del__(self):
        self.cleanup()


class _TemporaryFileWrapper:
    """A file object standing for a named temporary file, removed when the
    file is closed (or when the wrapper goes away)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self._closer = _TemporaryFileCloser(file, name, delete, delete_on_close)

    def __getattr__(self, name):
        # Everything else is the file's. Its methods are wrapped so that a
        # bound method kept by the caller keeps the closer alive, and so the
        # file is not removed while it is still in use.
        value = getattr(self.__dict__['file'], name)
        if hasattr(value, '__call__'):
            method = value

            @_functools.wraps(method)
            def func_wrapper(*args, **kwargs):
                return method(*args, **kwargs)
            func_wrapper._closer = self._closer
            value = func_wrapper
        if not isinstance(value, int):
            setattr(self, name, value)   # cached, except changing numbers
        return value

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        outcome = self.file.__exit__(exc, value, tb)
        self._closer.cleanup()
        return outcome

    def close(self):
        """Close the file, and remove it if the file is to be deleted on
        close."""
        self._closer.close()

    def __iter__(self):
        # A generator, not the file's iterator: it keeps the wrapper alive.
        yield from self.file


def _name_raw_file(file, name):
    # The name an opener's descriptor leaves on the innermost file object.
    raw = getattr(file, 'buffer', file)
    getattr(raw, 'raw', raw).name = name


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """Create a temporary file with a visible name, and return it opened.

    prefix, suffix and dir are as for mkstemp(); mode, buffering, encoding,
    newline and errors as for io.open() (mode defaults to "w+b").  The
    returned object works as a file; its name attribute is the path.

    With delete true (the default) the file is removed when it is closed,
    or, if delete_on_close is false, when the with block that used it ends
    or when the object is finalized.  On POSIX a process killed with
    SIGKILL leaves the file behind.
    """
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    windows_auto = _os.name == 'nt' and delete and delete_on_close
    flags = _bin_openflags | (_os.O_TEMPORARY if windows_auto else 0)
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    created = None

    def opener(*args):
        nonlocal created
        fd, created = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
        return fd

    try:
        file = _io.open(dir, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors, opener=opener)
        try:
            _name_raw_file(file, created)
            return _TemporaryFileWrapper(file, created, delete, delete_on_close)
        except:
            file.close()
            raise
    except:
        if created is not None and not windows_auto:
            _os.unlink(created)
        raise


if _os.name != 'posix' or _sys.platform == 'cygwin':
    # Elsewhere an open file cannot lose its name.
    TemporaryFile = NamedTemporaryFile

else:
    # Linux can create a file that never has a name (O_TMPFILE); whether
    # the file system allows it is learnt on first use.
    _O_TMPFILE_WORKS = hasattr(_os, 'O_TMPFILE')

    def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                      newline=None, suffix=None, prefix=None,
                      dir=None, *, errors=None):
        """Create a temporary file without a name, and return it opened.

        prefix, suffix and dir are as for mkstemp(); mode, buffering,
        encoding, newline and errors as for io.open() (mode defaults to
        "w+b").  The file disappears when it is closed.
        """
        global _O_TMPFILE_WORKS
        if "b" not in mode:
            encoding = _io.text_encoding(encoding)
        prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
        flags = _bin_openflags
        fd = None
        if _O_TMPFILE_WORKS:
            def anonymous(*args):
                nonlocal fd
                fd = _os.open(dir, (flags | _os.O_TMPFILE) & ~_os.O_CREAT, 0o600)
                return fd
            try:
                file = _io.open(dir, mode, buffering=buffering, newline=newline,
                                encoding=encoding, errors=errors, opener=anonymous)
            except IsADirectoryError:
                # The kernel or file system does not know O_TMPFILE: it took
                # dir for a plain open of a folder.
                _O_TMPFILE_WORKS = False
            except OSError:
                pass    # this folder refuses it; a named file may still do
            else:
                _name_raw_file(file, fd)
                return file

        def unlinked(*args):
            nonlocal fd
            fd, path = _mkstemp_inner(dir, prefix, suffix, flags, output_type)
            try:
                _os.unlink(path)
            except BaseException:
                _os.close(fd)
                raise
            return fd

        file = _io.open(dir, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors, opener=unlinked)
        _name_raw_file(file, fd)
        return file


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory (a BytesIO or a StringIO) until it
    grows past max_size or its descriptor is asked for; it then moves to a
    real TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                           errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        # The arguments the real file will be made with.
        self._TemporaryFileArgs = dict(
            mode=mode, buffering=buffering, suffix=suffix, prefix=prefix,
            encoding=encoding, newline=newline, dir=dir, errors=errors)

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        if not self._rolled and self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        spool = self._file
        real = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs
        position = spool.tell()
        if hasattr(real, 'buffer'):
            # Text: copy the encoded bytes, so nothing is re-encoded.
            real.buffer.write(spool.detach().getvalue())
        else:
            real.write(spool.getvalue())
        real.seek(position, 0)
        self._rolled = True

    # IOBase would close the file when the object dies; this keeps closing
    # explicit, with a warning for a file left open.

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def __del__(self):
        if not self.closed:
            _warnings.warn("Unclosed file {!r}".format(self), ResourceWarning,
                           stacklevel=2, source=self)
            self.close()

    def close(self):
        self._file.close()

    def fileno(self):
        self.rollover()     # a descriptor needs a real file
        return self._file.fileno()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:      # BytesIO and TextIOWrapper have none
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def truncate(self, size=None):
        if size is not None and size > self._max_size:
            self.rollover()
        return self._file.truncate() if size is None else self._file.truncate(size)

    def write(self, s):
        target = self._file
        written = target.write(s)
        self._check(target)
        return written

    def writelines(self, iterable):
        target = self._file
        outcome = target.writelines(iterable)
        self._check(target)
        return outcome



def _spool_forward(name, prop=False):
    # A SpooledTemporaryFile method or property passed on to whichever file
    # currently holds the data.
    if prop:
        return property(lambda self: getattr(self._file, name))

    def forward(self, *args):
        return getattr(self._file, name)(*args)
    forward.__name__ = name
    forward.__qualname__ = 'SpooledTemporaryFile.' + name
    return forward


for _name in ('closed', 'encoding', 'errors', 'newlines'):
    setattr(SpooledTemporaryFile, _name, _spool_forward(_name, prop=True))
for _name in ('detach', 'flush', 'isatty', 'read', 'read1', 'readable',
              'readinto', 'readinto1', 'readline', 'readlines', 'seek',
              'seekable', 'tell', 'writable'):
    setattr(SpooledTemporaryFile, _name, _spool_forward(_name))
del _name


class TemporaryDirectory:
    """A temporary folder, made as mkdtemp() makes one, that removes itself
    with everything in it: at the end of a with block, on cleanup(), or
    when the object is finalized (with a ResourceWarning).

        with TemporaryDirectory() as tmpdir:
            ...

    suffix, prefix and dir are as for mkdtemp().  ignore_cleanup_errors
    keeps errors of the removal quiet; delete=False keeps the folder when
    the with block ends.
    """

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._finalizer = _weakref.finalize(
            self, self._cleanup, self.name,
            warn_message="Implicitly cleaning up {!r}".format(self),
            ignore_errors=self._ignore_cleanup_errors, delete=self._delete)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False, repeated=False):
        def onexc(func, path, exc):
            if isinstance(exc, FileNotFoundError):
                return
            if not isinstance(exc, PermissionError):
                if ignore_errors:
                    return
                raise
            # A read-only entry or folder: give the owner rights and retry,
            # once for the top folder.
            if repeated and path == name:
                if ignore_errors:
                    return
                raise
            try:
                if path != name:
                    _resetperms(_os.path.dirname(path))
                _resetperms(path)
                try:
                    _os.unlink(path)
                except IsADirectoryError:
                    cls._rmtree(path, ignore_errors=ignore_errors)
                except PermissionError:
                    # Unlinking a folder may fail so on some systems.
                    if _os.path.isdir(path) and not _os.path.isjunction(path):
                        cls._rmtree(path, ignore_errors=ignore_errors,
                                    repeated=(path == name))
                    elif not ignore_errors:
                        raise
            except FileNotFoundError:
                pass

        _shutil.rmtree(name, onexc=onexc)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False, delete=True):
        if delete:
            cls._rmtree(name, ignore_errors=ignore_errors)
            _warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if self._finalizer.detach() or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    __class_getitem__ = classmethod(_types.GenericAlias)
