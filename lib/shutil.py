"""File and folder operations above the level of os: copying contents,
modes and times, whole trees; moving; deleting trees; ownership; disk
usage; locating programs on PATH; making and unpacking archives.
"""

# Kaa's shutil, in sections: errors; file contents; metadata; trees;
# moving; ownership, sizes, terminal; which(); archives.

import os
import sys
import stat
import fnmatch
import collections
import errno


def _optional_module(name):
    # The module name, or None where this build has no such module.
    try:
        return __import__(name)
    except ImportError:
        return None


# The system's own module (one of the two is None), as in CPython.
posix = _optional_module('posix')
nt = _optional_module('nt')

_WINDOWS = nt is not None
# The read size of copyfileobj() and friends: larger on Windows.
COPY_BUFSIZE = (1 << 20) if _WINDOWS else (1 << 16)
# Whether copyfile() may let the kernel copy with sendfile() (Linux).  Set
# to False after sendfile() turns out not to work on a file.
_USE_CP_SENDFILE = sys.platform.startswith(("linux", "android")) and hasattr(os, "sendfile")
_HAS_FCOPYFILE = hasattr(posix, "_fcopyfile")

# Compression modules the archive formats rely on.
_ZLIB_SUPPORTED, _BZ2_SUPPORTED, _LZMA_SUPPORTED = (
    _optional_module(name) is not None for name in ('zlib', 'bz2', 'lzma'))

_WIN_DEFAULT_PATHEXT = ".COM;.EXE;.BAT;.CMD;.VBS;.JS;.WS;.MSC"

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError"]


# -- errors ------------------------------------------------------------------

class Error(OSError):
    pass


class SameFileError(Error):
    """Source and destination of a copy are the same file."""


class SpecialFileError(OSError):
    """A special file (a named pipe, for one) where a regular file is
    needed."""


class ExecError(OSError):
    """Running a command failed."""


class ReadError(OSError):
    """An archive is unreadable."""


class RegistryError(Exception):
    """A conflicting or invalid archive/unpack format registration."""


class _GiveupOnFastCopy(Exception):
    """sendfile() cannot be used here: fall back to read/write."""


# -- file contents ---------------------------------------------------------

def _fastcopy_sendfile(fsrc, fdst):
    # Let the kernel move the bytes (os.sendfile) in large blocks: the
    # source's size, at least 8 MiB, at most 1 GiB on 32-bit systems.
    try:
        src_fd = fsrc.fileno()
        dst_fd = fdst.fileno()
    except Exception as exc:
        raise _GiveupOnFastCopy(exc)
    step = _sendfile_step(src_fd)
    done = 0
    while True:
        try:
            moved = os.sendfile(dst_fd, src_fd, done, step)
        except OSError as failure:
            failure.filename = fsrc.name
            failure.filename2 = fdst.name
            _sendfile_failed(failure, dst_fd, done)
        if not moved:
            return
        done += moved


def _sendfile_step(fd):
    # How much to hand sendfile() at once.
    try:
        size = os.fstat(fd).st_size
    except OSError:
        return 1 << 27
    step = max(size, 1 << 23)
    return step if sys.maxsize >= 1 << 32 else min(step, 1 << 30)


def _sendfile_failed(exc, dst_fd, done):
    # Decide what a sendfile() error means: give up on the fast path (the
    # target is not a regular file, or nothing was written yet) or fail.
    global _USE_CP_SENDFILE
    if exc.errno == errno.ENOTSOCK:
        _USE_CP_SENDFILE = False        # not for this kind of file, ever
        raise _GiveupOnFastCopy(exc)
    if exc.errno == errno.ENOSPC:
        raise exc from None
    if done == 0 and os.lseek(dst_fd, 0, os.SEEK_CUR) == 0:
        raise _GiveupOnFastCopy(exc)
    raise exc


def _copyfileobj_readinto(fsrc, fdst, length=COPY_BUFSIZE):
    # Binary copy through a single reusable buffer (readinto).
    fill, emit = fsrc.readinto, fdst.write
    with memoryview(bytearray(length)) as window:
        while True:
            got = fill(window)
            if not got:
                return
            if got == length:
                emit(window)
            else:
                with window[:got] as part:
                    emit(part)


def copyfileobj(fsrc, fdst, length=0):
    """Copy the rest of file object fsrc into file object fdst, length
    (default COPY_BUFSIZE) at a time."""
    step = length if length else COPY_BUFSIZE
    take, emit = fsrc.read, fdst.write
    block = take(step)
    while block:
        emit(block)
        block = take(step)


def _samefile(src, dst):
    # Whether src (maybe a DirEntry, whose stat is cached) and dst are one
    # file; False when either cannot be examined.
    try:
        return os.path.samestat(_stat(src), os.stat(dst))
    except OSError:
        return False


def _stat(fn):
    if isinstance(fn, os.DirEntry):
        return fn.stat()
    return os.stat(fn)


def _islink(fn):
    if isinstance(fn, os.DirEntry):
        return fn.is_symlink()
    return os.path.islink(fn)


def _no_fifo(*paths):
    # Copying from or to a named pipe would hang: refuse.
    for where in paths:
        try:
            info = _stat(where)
        except OSError:
            continue
        if stat.S_ISFIFO(info.st_mode):
            label = where.path if isinstance(where, os.DirEntry) else where
            raise SpecialFileError("`%s` is a named pipe" % label)


def copyfile(src, dst, *, follow_symlinks=True):
    """Make dst a file with src's contents (replacing any file there) and
    return dst.  A symbolic link src is copied as a link when
    follow_symlinks is false."""
    sys.audit("shutil.copyfile", src, dst)
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _no_fifo(src, dst)
    if _islink(src) and not follow_symlinks:
        _copy_link(src, dst)
    else:
        with open(src, 'rb') as reader:
            _write_copy(reader, dst)
    return dst


def _copy_link(src, dst):
    # dst becomes a symbolic link to where the link src points.
    os.symlink(os.readlink(src), dst)


def _write_copy(reader, dst):
    try:
        with open(dst, 'wb') as writer:
            if _USE_CP_SENDFILE:
                try:
                    _fastcopy_sendfile(reader, writer)
                    return
                except _GiveupOnFastCopy:
                    pass
            copyfileobj(reader, writer)
    except IsADirectoryError as exc:
        # Opening a path under a missing folder: say so.
        if os.path.exists(dst):
            raise
        raise FileNotFoundError(f'Directory does not exist: {dst}') from exc


# -- metadata --------------------------------------------------------------

def copymode(src, dst, *, follow_symlinks=True):
    """Set dst's permission bits to src's (owner, group and times stay)."""
    sys.audit("shutil.copymode", src, dst)
    on_links = not follow_symlinks and _islink(src) and os.path.islink(dst)
    if not on_links:
        os.chmod(dst, stat.S_IMODE(_stat(src).st_mode))
    elif hasattr(os, 'lchmod'):
        os.lchmod(dst, stat.S_IMODE(os.lstat(src).st_mode))
    # else: the system keeps no modes on links; nothing to do.


# errno values meaning "this file system has no such attributes".
_XATTR_ABSENT = (errno.ENOTSUP, errno.ENODATA, errno.EINVAL)
_XATTR_REFUSED = _XATTR_ABSENT + (errno.EPERM, errno.EACCES)


def _copyxattr(src, dst, *, follow_symlinks=True):
    """Give dst src's extended attributes, skipping those the target file
    system refuses (nothing to do on a system without them)."""
    if not hasattr(os, 'listxattr'):
        return
    try:
        keys = os.listxattr(src, follow_symlinks=follow_symlinks)
    except OSError as failure:
        if failure.errno in _XATTR_ABSENT:
            return
        raise
    for key in keys:
        try:
            value = os.getxattr(src, key, follow_symlinks=follow_symlinks)
            os.setxattr(dst, key, value, follow_symlinks=follow_symlinks)
        except OSError as failure:
            if failure.errno not in _XATTR_REFUSED:
                raise


def _ignored(*args, ns=None, follow_symlinks=None):
    pass


_NO_FLAGS = {getattr(errno, name) for name in ('EOPNOTSUPP', 'ENOTSUP')
             if hasattr(errno, name)}


def copystat(src, dst, *, follow_symlinks=True):
    """Copy src's permission bits, access and modification times, flags
    and extended attributes to dst.  When follow_symlinks is false and src
    and dst are both links, the links themselves are changed where the
    system can."""
    sys.audit("shutil.copystat", src, dst)
    deref = follow_symlinks or not (_islink(src) and os.path.islink(dst))

    def op(name):
        # The os function, or a no-op when it is missing, or when links
        # must be changed and it cannot do that.
        found = getattr(os, name, _ignored)
        if not deref and found not in os.supports_follow_symlinks:
            return _ignored
        return found

    by_entry = isinstance(src, os.DirEntry)
    info = src.stat(follow_symlinks=deref) if by_entry else op("stat")(src, follow_symlinks=deref)
    op("utime")(dst, ns=(info.st_atime_ns, info.st_mtime_ns),
                follow_symlinks=deref)
    # Extended attributes first: the mode copied next may be read-only.
    _copyxattr(src, dst, follow_symlinks=deref)
    try:
        op("chmod")(dst, stat.S_IMODE(info.st_mode), follow_symlinks=deref)
    except NotImplementedError:
        pass        # chmod of a link, on Linux
    if not hasattr(info, 'st_flags'):
        return
    try:
        op("chflags")(dst, info.st_flags, follow_symlinks=deref)
    except OSError as failure:
        if failure.errno not in _NO_FLAGS:
            raise


def _target_in(src, dst):
    # copy() and copy2() into a folder keep the file's name.
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy src's contents and permission bits to dst (a file name or a
    folder to put it in); return the path written."""
    target = _target_in(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copymode(src, target, follow_symlinks=follow_symlinks)
    return target


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), but with all the metadata copystat() copies; return the
    path written."""
    target = _target_in(src, dst)
    copyfile(src, target, follow_symlinks=follow_symlinks)
    copystat(src, target, follow_symlinks=follow_symlinks)
    return target


# -- trees -----------------------------------------------------------------

def ignore_patterns(*patterns):
    """Make an ignore function for copytree() that drops the names matching
    one of the glob-style patterns."""
    def matching(path, names):
        return {name for glob in patterns for name in fnmatch.filter(names, glob)}
    return matching


def _copytree(entries, src, dst, options):
    # options: copytree's arguments after dst, passed on to the subtrees.
    symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok = options
    skip = () if ignore is None else ignore(os.fspath(src), [item.name for item in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    failures = []
    # copy and copy2 accept the DirEntry itself (one stat fewer).
    by_entry = copy_function in (copy, copy2)
    for item in entries:
        if item.name in skip:
            continue
        from_path = os.path.join(src, item.name)
        to_path = os.path.join(dst, item.name)
        source = item if by_entry else from_path
        try:
            if item.is_symlink():
                pointee = os.readlink(from_path)
                if symlinks:
                    # Recreate the link, with the link's own metadata.
                    os.symlink(pointee, to_path)
                    copystat(source, to_path, follow_symlinks=not symlinks)
                    continue
                if ignore_dangling_symlinks and not os.path.exists(pointee):
                    continue
            if item.is_dir():
                copytree(source, to_path, *options)
            else:
                copy_function(source, to_path)
        except Error as exc:
            # A subtree's failures: merge its list into ours.
            failures += exc.args[0]
        except OSError as failure:
            failures.append((from_path, to_path, str(failure)))
    try:
        copystat(src, dst)
    except OSError as failure:
        # Windows may refuse the times of a folder: not worth an error.
        if getattr(failure, 'winerror', None) is None:
            failures.append((src, dst, str(failure)))
    if failures:
        raise Error(failures)
    return dst


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Recursively copy the folder src to dst and return dst.

    dst must not exist, unless dirs_exist_ok.  symlinks: copy symbolic
    links as links (else what they point at, a dangling one being an error
    unless ignore_dangling_symlinks).  ignore(folder, names) returns the
    names to skip in each folder (see ignore_patterns).  copy_function
    copies each file.  All failures are gathered into one Error raised at
    the end.
    """
    sys.audit("shutil.copytree", src, dst)
    with os.scandir(src) as it:
        listing = list(it)
    options = (symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    return _copytree(listing, src, dst, options)


def _remove(onexc, remover, shown, *args, **kwargs):
    # remover(*args, **kwargs): what is gone already is no failure; other
    # failures go to onexc(remover, shown, exception).
    try:
        remover(*args, **kwargs)
    except FileNotFoundError:
        pass
    except OSError as failure:
        onexc(remover, shown, failure)


def _rmtree_unsafe(path, onexc):
    # Path-based removal, when the *at() functions are missing.  A folder
    # swapped for a link while we walk could make it delete elsewhere.
    def attempt(remover, full):
        _remove(onexc, remover, full, full)

    def listing_failed(exc):
        if not isinstance(exc, FileNotFoundError):
            onexc(os.scandir, exc.filename, exc)

    walker = os.walk(path, topdown=False, onerror=listing_failed,
                     followlinks=os._walk_symlinks_as_files)
    for here, folders, files in walker:
        for name in folders:
            attempt(os.rmdir, os.path.join(here, name))
        for name in files:
            attempt(os.unlink, os.path.join(here, name))
    attempt(os.rmdir, path)


# Work items of the descriptor-based removal are (action, parent fd, path,
# DirEntry or None).  os.lstat: open that folder (relative to its parent's
# descriptor, checking it is the folder that was listed, so a link swapped
# in cannot redirect us) and queue its contents; os.rmdir and os.close
# finish a folder once its contents are gone.

_REFUSE_LINK = "Cannot call rmtree on a symbolic link"


def _rmtree_safe_fd(stack, onexc):
    action, parent_fd, path, entry = stack.pop()
    leaf = path if entry is None else entry.name
    doing = [action]        # the os function under way, for onexc
    try:
        if action is os.close:
            os.close(parent_fd)
        elif action is os.rmdir:
            os.rmdir(leaf, dir_fd=parent_fd)
        else:
            _rmtree_enter(stack, onexc, doing, parent_fd, path, entry, leaf)
    except OSError as failure:
        # Below the top, a folder that vanished meanwhile is no failure.
        vanished = isinstance(failure, FileNotFoundError)
        if vanished and entry is not None and doing[0] is not os.close:
            return
        failure.filename = path
        onexc(doing[0], path, failure)


def _rmtree_enter(stack, onexc, doing, parent_fd, path, entry, leaf):
    if entry is None:
        listed = os.lstat(leaf, dir_fd=parent_fd)
    else:
        listed = entry.stat(follow_symlinks=False)
    doing[0] = os.open
    fd = os.open(leaf, os.O_RDONLY | os.O_NONBLOCK, dir_fd=parent_fd)
    doing[0] = os.path.islink
    try:
        if not os.path.samestat(listed, os.fstat(fd)):
            # Not the folder that was listed: a link, or a swap.
            raise OSError(_REFUSE_LINK)
        stack.append((os.rmdir, parent_fd, path, entry))
    finally:
        stack.append((os.close, fd, path, entry))
    doing[0] = os.scandir
    with os.scandir(fd) as it:
        children = list(it)
    for child in children:
        full = os.path.join(path, child.name)
        kind = _entry_kind(child)
        if kind == 'folder':
            stack.append((os.lstat, fd, full, child))
        elif kind != 'gone':
            _remove(onexc, os.unlink, full, child.name, dir_fd=fd)


def _entry_kind(entry):
    # 'folder' (not a link to one), 'gone' (vanished since listed), or
    # 'other' -- also when unknown: unlinking it will tell.
    try:
        return 'folder' if entry.is_dir(follow_symlinks=False) else 'other'
    except FileNotFoundError:
        return 'gone'
    except OSError:
        return 'other'


_use_fd_functions = ({os.open, os.stat, os.unlink, os.rmdir} <= os.supports_dir_fd
                     and os.scandir in os.supports_fd
                     and os.stat in os.supports_follow_symlinks)


def _reporter(ignore_errors, onerror, onexc):
    # The onexc(function, path, exception) that rmtree calls on failures.
    if ignore_errors:
        def silent(*args):
            pass
        return silent
    if onexc is not None:
        return onexc
    if onerror is not None:
        def via_onerror(func, path, exc):
            # The deprecated onerror wants sys.exc_info()'s triple.
            triple = (None, None, None) if exc is None else (type(exc), exc, exc.__traceback__)
            return onerror(func, path, triple)
        return via_onerror

    def reraise(*args):
        raise
    return reraise


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Delete the folder path with all it contains.

    Failures are ignored with ignore_errors; otherwise they go to
    onexc(function, path, exception) -- the os function that failed and
    its argument -- or to the older onerror(function, path, exc_info), and
    are raised when neither is given.  dir_fd: a folder descriptor path is
    relative to.
    """
    sys.audit("shutil.rmtree", path, dir_fd)
    remover = _rmtree_with_fds if _use_fd_functions else _rmtree_by_path
    remover(path, dir_fd, _reporter(ignore_errors, onerror, onexc))


def _rmtree_by_path(path, dir_fd, onexc):
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    try:
        top = os.lstat(path)
    except OSError as failure:
        onexc(os.lstat, path, failure)
        return
    if not stat.S_ISLNK(top.st_mode):
        _rmtree_unsafe(path, onexc)
        return
    try:
        raise OSError(_REFUSE_LINK)
    except OSError as failure:
        onexc(os.path.islink, path, failure)


def _rmtree_with_fds(path, dir_fd, onexc):
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    work = [(os.lstat, dir_fd, path, None)]
    try:
        while work:
            _rmtree_safe_fd(work, onexc)
    finally:
        # If a failure cut the loop short, close what is still open.
        for action, fd, where, _ in reversed(work):
            if action is not os.close:
                continue
            try:
                os.close(fd)
            except OSError as failure:
                onexc(os.close, where, failure)
        work.clear()


# True when rmtree cannot be tricked into following a swapped-in link.
rmtree.avoids_symlink_attacks = _use_fd_functions


# -- moving ----------------------------------------------------------------

def _basename(path):
    # The final name of path, trailing separators ignored ('a/b/' -> 'b').
    text = os.fspath(path)
    return os.path.basename(text.rstrip(os.path.sep + (os.path.altsep or '')))


def move(src, dst, copy_function=copy2):
    """Move the file or folder src to dst; return its new path.

    If dst is an existing folder, src goes inside it.  A rename is tried
    first; across file systems src is copied (copy_function for a file,
    copytree for a folder, a new link for a link) and then deleted.
    """
    sys.audit("shutil.move", src, dst)
    target = dst
    if os.path.isdir(dst):
        if _samefile(src, dst) and not os.path.islink(src):
            # Same folder, another spelling (a case-only rename).
            os.rename(src, dst)
            return
        target = os.path.join(dst, _basename(src))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
    except OSError:
        _move_by_copy(src, dst, target, copy_function)
    return target


def _move_by_copy(src, dst, target, copy_function):
    if os.path.isdir(src) and not os.path.islink(src):
        _move_folder_by_copy(src, dst, target, copy_function)
        return
    if os.path.islink(src):
        _copy_link(src, target)
    else:
        copy_function(src, target)
    os.unlink(src)


def _move_folder_by_copy(src, dst, target, copy_function):
    if _destinsrc(src, dst):
        raise Error("Cannot move a directory '%s' into itself"
                    " '%s'." % (src, dst))
    locked = _is_immutable(src) or (
        not os.access(src, os.W_OK) and os.listdir(src) and sys.platform == 'darwin')
    if locked:
        raise PermissionError("Cannot move the non-empty directory "
                              "'%s': Lacking write permission to '%s'."
                              % (src, src))
    copytree(src, target, copy_function=copy_function, symlinks=True)
    rmtree(src)


def _destinsrc(src, dst):
    def as_folder(p):
        p = os.path.abspath(p)
        return p if p.endswith(os.path.sep) else p + os.path.sep
    return as_folder(dst).startswith(as_folder(src))


def _is_immutable(src):
    info = _stat(src)
    return getattr(info, 'st_flags', None) in (stat.UF_IMMUTABLE, stat.SF_IMMUTABLE)


# -- ownership, space, terminal ----------------------------------------------

def _id_of(name, module, lookup):
    # The numeric id of a user/group name via pwd/grp; None when unknown
    # (or when the system has no such database).
    if name is not None:
        try:
            return getattr(__import__(module), lookup)(name)[2]
        except (ImportError, KeyError):
            pass
    return None


def _get_gid(name):
    # The group's id, or None.
    return _id_of(name, 'grp', 'getgrnam')


def _get_uid(name):
    # The user's id, or None.
    return _id_of(name, 'pwd', 'getpwnam')


if hasattr(os, 'statvfs'):
    __all__.append('disk_usage')
    _ntuple_diskusage = collections.namedtuple('usage', 'total used free')
    for _field, _what in (('total', 'Total'), ('used', 'Used'), ('free', 'Free')):
        getattr(_ntuple_diskusage, _field).__doc__ = _what + ' space in bytes'
    del _field, _what

    def disk_usage(path):
        """Space of the file system holding path, in bytes, as a named
        (total, used, free) tuple; free counts what ordinary users may
        take."""
        vfs = os.statvfs(path)
        unit = vfs.f_frsize
        return _ntuple_diskusage(vfs.f_blocks * unit,
                                 (vfs.f_blocks - vfs.f_bfree) * unit,
                                 vfs.f_bavail * unit)


def chown(path, user=None, group=None, *, dir_fd=None, follow_symlinks=True):
    """Set the owning user and/or group of path, by name or number."""
    sys.audit('shutil.chown', path, user, group)
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    # A user is looked up when given as a str, a group when not an int.
    uid = _owner(user, isinstance(user, str), _get_uid, "no such user: {!r}")
    gid = _owner(group, not isinstance(group, int), _get_gid, "no such group: {!r}")
    os.chown(path, uid, gid, dir_fd=dir_fd, follow_symlinks=follow_symlinks)


def _owner(given, by_name, lookup, unknown):
    # chown's id for a user or group as given: -1 (unchanged) for None.
    if given is None:
        return -1
    if not by_name:
        return given
    found = lookup(given)
    if found is None:
        raise LookupError(unknown.format(given))
    return found


def _env_dimension(var):
    # A size from the environment; 0 when unset or not a number.
    text = os.environ.get(var)
    if text is None:
        return 0
    try:
        return int(text)
    except ValueError:
        return 0


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size as os.terminal_size(columns, lines).

    Positive COLUMNS and LINES environment values are used as they are;
    what is missing comes from the terminal of sys.__stdout__, or from
    fallback when there is none or it says 0.
    """
    cols = _env_dimension('COLUMNS')
    rows = _env_dimension('LINES')
    if cols > 0 and rows > 0:
        return os.terminal_size((cols, rows))
    try:
        measured = os.get_terminal_size(sys.__stdout__.fileno())
    except (AttributeError, ValueError, OSError):
        # No stdout, a closed or detached one, or not a terminal.
        measured = os.terminal_size(fallback)
    if cols <= 0:
        cols = measured.columns or fallback[0]
    if rows <= 0:
        rows = measured.lines or fallback[1]
    return os.terminal_size((cols, rows))


# -- which() -----------------------------------------------------------------

def _access_check(fn, mode):
    # A file (not a folder) that grants mode; os.access is False for a
    # missing one.
    return os.access(fn, mode) and not os.path.isdir(fn)


def _system_path():
    # The system's default search path.
    try:
        return os.confstr("CS_PATH")
    except (AttributeError, ValueError):
        return os.defpath


def _path_folders(path, as_bytes):
    # The folders to search: path, else $PATH, else the system default.
    if path is None:
        path = os.environ["PATH"] if "PATH" in os.environ else _system_path()
    if not path:
        return []
    if as_bytes:
        return os.fsencode(path).split(os.fsencode(os.pathsep))
    return os.fsdecode(path).split(os.pathsep)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Where the shell would find the program cmd, or None.

    mode: the access the file must grant (default: existing and
    executable).  path: the search path (default $PATH).  A cmd that names
    a folder is checked only there.
    """
    head, cmd = os.path.split(cmd)
    if head:
        folders = [head]
    else:
        folders = _path_folders(path, isinstance(cmd, bytes))
    tried = set()
    for folder in folders:
        key = os.path.normcase(folder)
        if key in tried:
            continue
        tried.add(key)
        candidate = os.path.join(folder, cmd)
        if _access_check(candidate, mode):
            return candidate
    return None


# -- archives ----------------------------------------------------------------

def _say(logger, level, message, *args):
    if logger is not None:
        getattr(logger, level)(message, *args)


def _make_parent(archive_name, dry_run, logger):
    folder = os.path.dirname(archive_name)
    if not folder or os.path.exists(folder):
        return
    _say(logger, 'info', "creating %s", folder)
    if not dry_run:
        os.makedirs(folder)


# compress argument -> (file suffix, module needed)
_TAR_COMPRESSION = {None: ('', True), 'gzip': ('gz', _ZLIB_SUPPORTED),
                    'bzip2': ('bz2', _BZ2_SUPPORTED), 'xz': ('xz', _LZMA_SUPPORTED)}


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0,
                  owner=None, group=None, logger=None, root_dir=None):
    """Archive base_dir as base_name + '.tar' (+ '.gz', '.bz2' or '.xz' as
    compress -- None, 'gzip', 'bzip2', 'xz' -- asks); return the file's
    name."""
    suffix, usable = _TAR_COMPRESSION.get(compress, (None, False))
    if not usable:
        raise ValueError("bad value for 'compress', or compression format not "
                         "supported : {0}".format(compress))
    import tarfile
    archive = base_name + '.tar' + ('.' + suffix if suffix else '')
    _make_parent(archive, dry_run, logger)
    _say(logger, 'info', 'Creating tar archive')
    # Header fields to override: (id field, name field, id, name).
    overrides = [change for change in (('gid', 'gname', _get_gid(group), group),
                                       ('uid', 'uname', _get_uid(owner), owner))
                 if change[2] is not None]

    def owned(info):
        for id_field, name_field, number, name in overrides:
            setattr(info, id_field, number)
            setattr(info, name_field, name)
        return info

    if not dry_run:
        source = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
        with tarfile.open(archive, 'w|' + suffix) as tar:
            tar.add(source, base_dir, filter=owned)
    return archive if root_dir is None else os.path.abspath(archive)


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0,
                  logger=None, owner=None, group=None, root_dir=None):
    """Archive base_dir as the ZIP file base_name + '.zip'; return its
    name."""
    import zipfile
    archive = base_name + ".zip"
    _make_parent(base_name, dry_run, logger)
    _say(logger, 'info', "creating '%s' and adding '%s' to it", archive, base_dir)
    if not dry_run:
        with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            _zip_tree(zf, base_dir, root_dir, logger)
    return archive if root_dir is None else os.path.abspath(archive)


def _zip_tree(zf, base_dir, root_dir, logger):
    def put(path, name):
        zf.write(path, name)
        _say(logger, 'info', "adding '%s'", path)

    label = os.path.normpath(base_dir)
    top = base_dir if root_dir is None else os.path.join(root_dir, base_dir)
    top = os.path.normpath(top)
    if label != os.curdir:
        put(top, label)
    for here, folders, files in os.walk(top):
        inner = here if root_dir is None else os.path.relpath(here, root_dir)
        inner = os.path.normpath(inner)
        for name in sorted(folders):
            put(os.path.join(here, name), os.path.join(inner, name))
        for name in files:
            full = os.path.normpath(os.path.join(here, name))
            if os.path.isfile(full):
                put(full, os.path.join(inner, name))


_make_tarball.supports_root_dir = True
_make_zipfile.supports_root_dir = True

# Archive formats: name -> (function, extra keyword arguments, description),
# each present when its compression module is.
_ARCHIVE_FORMATS = {}
for _name, _usable, _spec in [
        ('tar', True, (_make_tarball, [('compress', None)], "uncompressed tar file")),
        ('gztar', _ZLIB_SUPPORTED, (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file")),
        ('zip', _ZLIB_SUPPORTED, (_make_zipfile, [], "ZIP file")),
        ('bztar', _BZ2_SUPPORTED, (_make_tarball, [('compress', 'bzip2')], "bzip2'ed tar-file")),
        ('xztar', _LZMA_SUPPORTED, (_make_tarball, [('compress', 'xz')], "xz'ed tar-file"))]:
    if _usable:
        _ARCHIVE_FORMATS[_name] = _spec


def _no_extras_if_none(extra_args):
    # A registration's extra arguments: none when None was given.
    return [] if extra_args is None else extra_args


def get_archive_formats():
    """Sorted (name, description) pairs of the formats make_archive()
    writes."""
    return sorted((name, spec[2]) for name, spec in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    """Add an archive format for make_archive(): function(base_name,
    base_dir, **kwargs) writes it, kwargs including extra_args's (name,
    value) pairs."""
    extra_args = _no_extras_if_none(extra_args)
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    if not all(isinstance(p, (tuple, list)) and len(p) == 2 for p in extra_args):
        raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    """Remove the archive format name."""
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Write an archive of the given format and return its file name.

    base_name: the path without extension.  format: a name from
    get_archive_formats().  The archive holds base_dir (default: all),
    taken relative to root_dir (default: the current folder).  owner and
    group go into tar headers; logger receives progress messages.
    """
    sys.audit("shutil.make_archive", base_name, format, root_dir, base_dir)
    if format not in _ARCHIVE_FORMATS:
        raise ValueError("unknown archive format '%s'" % format)
    writer, extra, _ = _ARCHIVE_FORMATS[format]
    options = dict(dry_run=dry_run, logger=logger, owner=owner, group=group)
    options.update(extra)
    if base_dir is None:
        base_dir = os.curdir
    if root_dir is None:
        return writer(base_name, base_dir, **options)
    if not stat.S_ISDIR(os.stat(root_dir).st_mode):
        raise NotADirectoryError(errno.ENOTDIR, 'Not a directory', root_dir)
    if getattr(writer, 'supports_root_dir', False):
        options['root_dir'] = root_dir
        return writer(os.fspath(base_name), base_dir, **options)
    # An archiver without root_dir support runs inside root_dir.
    here = os.getcwd()
    _say(logger, 'debug', "changing into '%s'", root_dir)
    base_name = os.path.abspath(base_name)
    if not dry_run:
        os.chdir(root_dir)
    try:
        return writer(base_name, base_dir, **options)
    finally:
        _say(logger, 'debug', "changing back to '%s'", here)
        os.chdir(here)


def get_unpack_formats():
    """Sorted (name, extensions, description) triples of the formats
    unpack_archive() reads."""
    return sorted((name, spec[0], spec[3]) for name, spec in _UNPACK_FORMATS.items())


def _check_unpack_options(extensions, function, extra_args):
    """Reject extensions claimed by another format, and a function that
    cannot be called."""
    owner_of = {}
    for name, spec in _UNPACK_FORMATS.items():
        for ext in spec[0]:
            owner_of[ext] = name
    for ext in extensions:
        if ext in owner_of:
            raise RegistryError('%s is already registered for "%s"' % (ext, owner_of[ext]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')


def register_unpack_format(name, extensions, function, extra_args=None,
                           description=''):
    """Add a format for unpack_archive(): files ending in one of
    extensions are unpacked by function(filename, extract_dir, **extra)."""
    extra_args = _no_extras_if_none(extra_args)
    _check_unpack_options(extensions, function, extra_args)
    _UNPACK_FORMATS[name] = extensions, function, extra_args, description


def unregister_unpack_format(name):
    """Remove the unpack format name."""
    del _UNPACK_FORMATS[name]


def _ensure_directory(path):
    # Make sure the folder that will contain path exists.
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        os.makedirs(folder)


def _unpack_zipfile(filename, extract_dir):
    """Extract a ZIP file under extract_dir, skipping members with absolute
    paths or '..'."""
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as zf:
        for member in zf.infolist():
            inner = member.filename
            if inner.startswith('/') or '..' in inner:
                continue
            dest = os.path.join(extract_dir, *inner.split('/'))
            if not dest:
                continue
            _ensure_directory(dest)
            if inner.endswith('/'):
                continue        # a folder entry
            with zf.open(inner, 'r') as source, open(dest, 'wb') as sink:
                copyfileobj(source, sink)


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    """Extract a tar file (any compression tarfile reads) under
    extract_dir."""
    import tarfile
    try:
        tar = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError(
            "%s is not a compressed or uncompressed tar file" % filename)
    try:
        tar.extractall(extract_dir, filter=filter)
    finally:
        tar.close()


# Unpack formats: name -> (extensions, function, extra keyword arguments,
# description).
_UNPACK_FORMATS = {}
for _name, _usable, _spec in [
        ('tar', True, (['.tar'], _unpack_tarfile, [], "uncompressed tar file")),
        ('zip', True, (['.zip'], _unpack_zipfile, [], "ZIP file")),
        ('gztar', _ZLIB_SUPPORTED, (['.tar.gz', '.tgz'], _unpack_tarfile, [], "gzip'ed tar-file")),
        ('bztar', _BZ2_SUPPORTED, (['.tar.bz2', '.tbz2'], _unpack_tarfile, [], "bzip2'ed tar-file")),
        ('xztar', _LZMA_SUPPORTED, (['.tar.xz', '.txz'], _unpack_tarfile, [], "xz'ed tar-file"))]:
    if _usable:
        _UNPACK_FORMATS[_name] = _spec
del _name, _usable, _spec


def _find_unpack_format(filename):
    for name, spec in _UNPACK_FORMATS.items():
        if filename.endswith(tuple(spec[0])):
            return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Extract the archive filename into extract_dir (default: the current
    folder).

    format: a name from get_unpack_formats(), by default guessed from the
    file name's extension.  filter goes to tarfile's extractall.
    """
    sys.audit("shutil.unpack_archive", filename, extract_dir, format)
    where = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    name = os.fspath(filename)
    _, reader, pairs, _ = _UNPACK_FORMATS[_unpack_format(name, format)]
    options = dict(pairs)
    if filter is not None:
        options['filter'] = filter
    reader(name, where, **options)


def _unpack_format(filename, format):
    # The format asked for (which must exist), else the one whose
    # extension filename has.
    if format is None:
        found = _find_unpack_format(filename)
        if found is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
        return found
    if format not in _UNPACK_FORMATS:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    return format
