"""High-level operations on files and folders: copying data, permissions
and whole trees, moving, removing trees, archives, disk usage, finding
programs on PATH.
"""

# Kaa's shutil. Sections: errors; copying file data; copying metadata;
# copy/copy2; trees (copytree, rmtree, move); ownership and sizes; which();
# archives.

import os
import sys
import stat
import fnmatch
import collections
import errno

try:
    import posix
except ImportError:
    posix = None
try:
    import nt
except ImportError:
    nt = None

_WINDOWS = os.name == 'nt'
COPY_BUFSIZE = 1024 * 1024 if _WINDOWS else 64 * 1024
# Linux copies between files in the kernel with sendfile().
_USE_CP_SENDFILE = hasattr(os, "sendfile") and sys.platform.startswith(("linux", "android"))
_HAS_FCOPYFILE = posix is not None and hasattr(posix, "_fcopyfile")

# Compression the archive formats may use, each with its module.
def _have(module):
    try:
        __import__(module)
    except ImportError:
        return False
    return True


_ZLIB_SUPPORTED = _have('zlib')
_BZ2_SUPPORTED = _have('bz2')
_LZMA_SUPPORTED = _have('lzma')

_WIN_DEFAULT_PATHEXT = ".COM;.EXE;.BAT;.CMD;.VBS;.JS;.WS;.MSC"

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError"]


# Errors.

class Error(OSError):
    pass


class SameFileError(Error):
    """The source and the destination of a copy are one file."""


class SpecialFileError(OSError):
    """The operation (a copy, say) cannot work on a special file such as a
    named pipe."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """Registering or unregistering an archive or unpack format failed."""


class _GiveupOnFastCopy(Exception):
    """The kernel copy does not apply: copy with reads and writes."""


# Copying file data.

def _fastcopy_sendfile(fsrc, fdst):
    # Copy with os.sendfile(), in blocks of at least 8 MiB (the size of the
    # source when known, capped so that 32-bit systems cope).
    try:
        infd, outfd = fsrc.fileno(), fdst.fileno()
    except Exception as err:
        raise _GiveupOnFastCopy(err)
    try:
        block = max(os.fstat(infd).st_size, 2 ** 23)
    except OSError:
        block = 2 ** 27
    if sys.maxsize < 2 ** 32:
        block = min(block, 2 ** 30)
    offset = 0
    while True:
        try:
            sent = os.sendfile(outfd, infd, offset, block)
        except OSError as err:
            err.filename, err.filename2 = fsrc.name, fdst.name
            if err.errno == errno.ENOTSOCK:
                # The kernel cannot send to this kind of file.
                global _USE_CP_SENDFILE
                _USE_CP_SENDFILE = False
                raise _GiveupOnFastCopy(err)
            if err.errno == errno.ENOSPC:
                raise err from None
            if offset == 0 and os.lseek(outfd, 0, os.SEEK_CUR) == 0:
                raise _GiveupOnFastCopy(err)
            raise err
        if sent == 0:
            return
        offset += sent


def _copyfileobj_readinto(fsrc, fdst, length=COPY_BUFSIZE):
    # copyfileobj through one reused buffer, for binary files.
    readinto, write = fsrc.readinto, fdst.write
    with memoryview(bytearray(length)) as buf:
        while (n := readinto(buf)):
            if n < length:
                with buf[:n] as part:
                    write(part)
            else:
                write(buf)


def copyfileobj(fsrc, fdst, length=0):
    """Copy what the file object fsrc has left to the file object fdst."""
    size = length or COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    while (chunk := read(size)):
        write(chunk)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry) and hasattr(os.path, 'samestat'):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    if hasattr(os.path, 'samefile'):
        try:
            return os.path.samefile(src, dst)
        except OSError:
            return False
    # Without file identities, compare normalised names.
    canon = lambda p: os.path.normcase(os.path.abspath(p))
    return canon(src) == canon(dst)


def _stat(fn):
    return fn.stat() if isinstance(fn, os.DirEntry) else os.stat(fn)


def _islink(fn):
    return fn.is_symlink() if isinstance(fn, os.DirEntry) else os.path.islink(fn)


def _refuse_pipes(src, dst):
    # A named pipe at either end would block the copy forever.
    for path in (src, dst):
        try:
            mode = _stat(path).st_mode
        except OSError:
            continue
        if stat.S_ISFIFO(mode):
            shown = path.path if isinstance(path, os.DirEntry) else path
            raise SpecialFileError("`%s` is a named pipe" % shown)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the data of the file src to dst (created or replaced) and
    return dst.  With follow_symlinks false, a symbolic link src is copied
    as a new link."""
    sys.audit("shutil.copyfile", src, dst)
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_pipes(src, dst)
    if not follow_symlinks and _islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as fsrc:
        try:
            with open(dst, 'wb') as fdst:
                if _USE_CP_SENDFILE:
                    try:
                        _fastcopy_sendfile(fsrc, fdst)
                        return dst
                    except _GiveupOnFastCopy:
                        pass
                copyfileobj(fsrc, fdst)
        except IsADirectoryError as e:
            # A missing folder in dst's path reads better than EISDIR.
            if not os.path.exists(dst):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
    return dst


# Copying metadata.

def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src (not its owner or times)."""
    sys.audit("shutil.copymode", src, dst)
    if not follow_symlinks and _islink(src) and os.path.islink(dst):
        if not hasattr(os, 'lchmod'):
            return      # links have no modes of their own here
        read_stat, set_mode = os.lstat, os.lchmod
    else:
        read_stat, set_mode = _stat, os.chmod
    set_mode(dst, stat.S_IMODE(read_stat(src).st_mode))


if hasattr(os, 'listxattr'):
    def _copyxattr(src, dst, *, follow_symlinks=True):
        """Copy the extended attributes of src to dst, as far as the file
        systems allow."""
        try:
            names = os.listxattr(src, follow_symlinks=follow_symlinks)
        except OSError as e:
            if e.errno not in (errno.ENOTSUP, errno.ENODATA, errno.EINVAL):
                raise
            return
        quiet = (errno.EPERM, errno.ENOTSUP, errno.ENODATA, errno.EINVAL, errno.EACCES)
        for name in names:
            try:
                value = os.getxattr(src, name, follow_symlinks=follow_symlinks)
                os.setxattr(dst, name, value, follow_symlinks=follow_symlinks)
            except OSError as e:
                if e.errno not in quiet:
                    raise
else:
    def _copyxattr(*args, **kwargs):
        pass


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits, times, flags and extended attributes of
    src.  With follow_symlinks false and both src and dst symbolic links,
    the links themselves are changed, where the system allows it."""
    sys.audit("shutil.copystat", src, dst)

    def skip(*args, ns=None, follow_symlinks=None):
        pass

    follow = follow_symlinks or not (_islink(src) and os.path.islink(dst))

    def lookup(name):
        # The os function, or a no-op where it is missing or cannot work on
        # links and links are what is changed.
        fn = getattr(os, name, skip)
        if follow or fn in os.supports_follow_symlinks:
            return fn
        return skip

    if isinstance(src, os.DirEntry):
        st = src.stat(follow_symlinks=follow)
    else:
        st = lookup("stat")(src, follow_symlinks=follow)
    lookup("utime")(dst, ns=(st.st_atime_ns, st.st_mtime_ns), follow_symlinks=follow)
    # Attributes before the mode: a read-only mode could forbid them.
    _copyxattr(src, dst, follow_symlinks=follow)
    try:
        lookup("chmod")(dst, stat.S_IMODE(st.st_mode), follow_symlinks=follow)
    except NotImplementedError:
        pass    # e.g. chmod of a link on Linux
    if hasattr(st, 'st_flags'):
        try:
            lookup("chflags")(dst, st.st_flags, follow_symlinks=follow)
        except OSError as why:
            unsupported = {getattr(errno, n) for n in ('EOPNOTSUPP', 'ENOTSUP') if hasattr(errno, n)}
            if why.errno not in unsupported:
                raise


def _into_folder(src, dst):
    return os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy the data and permission bits of src to dst (a file, or a folder
    to copy into); return the new file's path."""
    dst = _into_folder(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Copy the data and all metadata copystat() copies of src to dst (a
    file, or a folder to copy into); return the new file's path."""
    dst = _into_folder(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


# Trees.

def ignore_patterns(*patterns):
    """Return a copytree() ignore function leaving out the names that match
    any of the glob-style patterns."""
    def _ignore_patterns(path, names):
        ignored = set()
        for pattern in patterns:
            ignored.update(fnmatch.filter(names, pattern))
        return ignored
    return _ignore_patterns


def _copytree(entries, src, dst, symlinks, ignore, copy_function,
              ignore_dangling_symlinks, dirs_exist_ok=False):
    ignored = ignore(os.fspath(src), [e.name for e in entries]) if ignore is not None else ()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    # The standard copy functions take the DirEntry, which saves a stat.
    pass_entry = copy_function is copy2 or copy_function is copy

    def subtree(source, target):
        copytree(source, target, symlinks, ignore, copy_function,
                 ignore_dangling_symlinks, dirs_exist_ok)

    for entry in entries:
        if entry.name in ignored:
            continue
        srcname = os.path.join(src, entry.name)
        dstname = os.path.join(dst, entry.name)
        source = entry if pass_entry else srcname
        try:
            if entry.is_symlink():
                target = os.readlink(srcname)
                if symlinks:
                    # The link itself, with the link's own metadata.
                    os.symlink(target, dstname)
                    copystat(source, dstname, follow_symlinks=not symlinks)
                    continue
                if not os.path.exists(target) and ignore_dangling_symlinks:
                    continue
            if entry.is_dir():
                subtree(source, dstname)
            else:
                copy_function(source, dstname)
        except Error as err:
            errors.extend(err.args[0])      # a subtree's collected errors
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        if getattr(why, 'winerror', None) is None:
            errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the folder src and everything in it to dst, which must not exist
    unless dirs_exist_ok is true; return dst.

    symlinks true copies symbolic links as links (with their metadata);
    false copies what they point to, and a dangling link is an error unless
    ignore_dangling_symlinks is true.  ignore(folder, names) may return the
    names to leave out of each folder (see ignore_patterns()).  Files are
    copied with copy_function(src, dst), copy2 by default.  Failures are
    collected and raised together as one Error after the copy.
    """
    sys.audit("shutil.copytree", src, dst)
    with os.scandir(src) as listing:
        entries = list(listing)
    return _copytree(entries=entries, src=src, dst=dst, symlinks=symlinks,
                     ignore=ignore, copy_function=copy_function,
                     ignore_dangling_symlinks=ignore_dangling_symlinks,
                     dirs_exist_ok=dirs_exist_ok)


def _rmtree_islink(st):
    return stat.S_ISLNK(st.st_mode)


def _rmtree_unsafe(path, onexc):
    # Removal by names, for systems without the descriptor functions: a
    # folder replaced by a link during the walk could make it remove files
    # elsewhere.
    def walk_error(err):
        if not isinstance(err, FileNotFoundError):
            onexc(os.scandir, err.filename, err)

    def remove(func, full):
        try:
            func(full)
        except FileNotFoundError:
            pass
        except OSError as err:
            onexc(func, full, err)

    for folder, subfolders, files in os.walk(path, topdown=False, onerror=walk_error,
                                             followlinks=os._walk_symlinks_as_files):
        for name in subfolders:
            remove(os.rmdir, os.path.join(folder, name))
        for name in files:
            remove(os.unlink, os.path.join(folder, name))
    remove(os.rmdir, path)


def _rmtree_safe_fd(stack, onexc):
    # One step of the descriptor-based removal. The stack holds (function,
    # parent descriptor, path, DirEntry or None): lstat means "open this
    # folder and push its contents", rmdir and close finish a folder after
    # its contents. Each folder is opened relative to its parent's
    # descriptor and checked to be the folder that was listed, so a link
    # swapped in cannot redirect the removal.
    func, dirfd, path, entry = stack.pop()
    name = path if entry is None else entry.name
    try:
        if func is os.close:
            os.close(dirfd)
            return
        if func is os.rmdir:
            os.rmdir(name, dir_fd=dirfd)
            return
        assert func is os.lstat
        listed = os.lstat(name, dir_fd=dirfd) if entry is None else entry.stat(follow_symlinks=False)
        func = os.open
        topfd = os.open(name, os.O_RDONLY | os.O_NONBLOCK, dir_fd=dirfd)
        func = os.path.islink
        try:
            if not os.path.samestat(listed, os.fstat(topfd)):
                # Not the folder listed: a symbolic link (or a race).
                raise OSError("Cannot call rmtree on a symbolic link")
            stack.append((os.rmdir, dirfd, path, entry))
        finally:
            stack.append((os.close, topfd, path, entry))
        func = os.scandir
        with os.scandir(topfd) as listing:
            children = list(listing)
        for child in children:
            full = os.path.join(path, child.name)
            try:
                if child.is_dir(follow_symlinks=False):
                    stack.append((os.lstat, topfd, full, child))
                    continue
            except FileNotFoundError:
                continue
            except OSError:
                pass    # try to unlink it anyway
            try:
                os.unlink(child.name, dir_fd=topfd)
            except FileNotFoundError:
                continue
            except OSError as err:
                onexc(os.unlink, full, err)
    except FileNotFoundError as err:
        if entry is None or func is os.close:
            err.filename = path
            onexc(func, path, err)
    except OSError as err:
        err.filename = path
        onexc(func, path, err)


_use_fd_functions = ({os.open, os.stat, os.unlink, os.rmdir} <= os.supports_dir_fd
                     and os.scandir in os.supports_fd
                     and os.stat in os.supports_follow_symlinks)


def _error_handler(ignore_errors, onerror, onexc):
    # The onexc(function, path, exception) that rmtree reports failures to.
    if ignore_errors:
        return lambda *args: None
    if onexc is not None:
        return onexc
    if onerror is None:
        def reraise(*args):
            raise
        return reraise

    def legacy(func, path, exc):
        # onerror takes sys.exc_info()'s triple.
        info = (None, None, None) if exc is None else (type(exc), exc, exc.__traceback__)
        return onerror(func, path, info)
    return legacy


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Remove the folder path and everything in it.

    With ignore_errors true failures are ignored.  Otherwise each is passed
    to onexc(function, path, exception) if given -- function is the os
    function that failed, path its argument -- or to the deprecated
    onerror(function, path, exc_info); without either it is raised.
    dir_fd, if given, is the folder path is relative to.
    """
    sys.audit("shutil.rmtree", path, dir_fd)
    onexc = _error_handler(ignore_errors, onerror, onexc)
    if not _use_fd_functions:
        if dir_fd is not None:
            raise NotImplementedError("dir_fd unavailable on this platform")
        try:
            st = os.lstat(path)
        except OSError as err:
            onexc(os.lstat, path, err)
            return
        try:
            if _rmtree_islink(st):
                raise OSError("Cannot call rmtree on a symbolic link")
        except OSError as err:
            onexc(os.path.islink, path, err)
            return
        return _rmtree_unsafe(path, onexc)
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    stack = [(os.lstat, dir_fd, path, None)]
    try:
        while stack:
            _rmtree_safe_fd(stack, onexc)
    finally:
        # After a failure, close the folders still open.
        while stack:
            func, fd, where, _ = stack.pop()
            if func is os.close:
                try:
                    os.close(fd)
                except OSError as err:
                    onexc(os.close, where, err)


# Whether rmtree is safe from a link swapped in during the removal.
rmtree.avoids_symlink_attacks = _use_fd_functions


def _basename(path):
    # The last part of path, ignoring trailing separators (a folder's name).
    path = os.fspath(path)
    seps = os.path.sep + (os.path.altsep or '')
    return os.path.basename(path.rstrip(seps))


def move(src, dst, copy_function=copy2):
    """Move the file or folder src to dst and return where it went.

    A folder dst receives src inside it; otherwise dst is the new path.
    os.rename() is used where it works; across file systems src is copied
    (with copy_function, or copytree for a folder) and then removed.
    """
    sys.audit("shutil.move", src, dst)
    target = dst
    if os.path.isdir(dst):
        if _samefile(src, dst) and not os.path.islink(src):
            # A rename that only changes the case of the name.
            os.rename(src, dst)
            return
        target = os.path.join(dst, _basename(src))
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _destinsrc(src, dst):
            raise Error("Cannot move a directory '%s' into itself"
                        " '%s'." % (src, dst))
        if (_is_immutable(src)
                or (not os.access(src, os.W_OK) and os.listdir(src)
                    and sys.platform == 'darwin')):
            raise PermissionError("Cannot move the non-empty directory "
                                  "'%s': Lacking write permission to '%s'."
                                  % (src, src))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


def _destinsrc(src, dst):
    with_sep = lambda p: p if p.endswith(os.path.sep) else p + os.path.sep
    return with_sep(os.path.abspath(dst)).startswith(with_sep(os.path.abspath(src)))


def _is_immutable(src):
    st = _stat(src)
    return hasattr(st, 'st_flags') and st.st_flags in (stat.UF_IMMUTABLE, stat.SF_IMMUTABLE)


# Ownership and sizes.

def _id_of(name, module, lookup):
    # A user or group id by name; None if unknown or without the module.
    if name is None:
        return None
    try:
        get = getattr(__import__(module), lookup)
    except ImportError:
        return None
    try:
        return get(name)[2]
    except KeyError:
        return None


def _get_gid(name):
    """Returns a gid, given a group name."""
    return _id_of(name, 'grp', 'getgrnam')


def _get_uid(name):
    """Returns an uid, given a user name."""
    return _id_of(name, 'pwd', 'getpwnam')


if hasattr(os, 'statvfs'):
    __all__.append('disk_usage')
    _ntuple_diskusage = collections.namedtuple('usage', 'total used free')
    _ntuple_diskusage.total.__doc__ = 'Total space in bytes'
    _ntuple_diskusage.used.__doc__ = 'Used space in bytes'
    _ntuple_diskusage.free.__doc__ = 'Free space in bytes'

    def disk_usage(path):
        """Return the (total, used, free) space of the file system holding
        path, in bytes; free is what an unprivileged user may use."""
        fs = os.statvfs(path)
        return _ntuple_diskusage(fs.f_blocks * fs.f_frsize,
                                 (fs.f_blocks - fs.f_bfree) * fs.f_frsize,
                                 fs.f_bavail * fs.f_frsize)


def chown(path, user=None, group=None, *, dir_fd=None, follow_symlinks=True):
    """Change the owner user and/or group of path; each may be a name or an
    id."""
    sys.audit('shutil.chown', path, user, group)
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = gid = -1
    if user is not None:
        uid = user
        if isinstance(user, str):
            uid = _get_uid(user)
            if uid is None:
                raise LookupError("no such user: {!r}".format(user))
    if group is not None:
        gid = group
        if not isinstance(group, int):
            gid = _get_gid(group)
            if gid is None:
                raise LookupError("no such group: {!r}".format(group))
    os.chown(path, uid, gid, dir_fd=dir_fd, follow_symlinks=follow_symlinks)


def get_terminal_size(fallback=(80, 24)):
    """Return the terminal's size as os.terminal_size (columns, lines).

    The COLUMNS and LINES environment variables win when set to positive
    numbers; otherwise the size of the terminal on sys.__stdout__ is asked
    for, and fallback is used when there is none (or it reports zero).
    """
    def env_size(var):
        try:
            return int(os.environ[var])
        except (KeyError, ValueError):
            return 0

    columns, lines = env_size('COLUMNS'), env_size('LINES')
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            # No stdout, stdout closed or detached, or not a terminal.
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))


# Finding programs.

def _access_check(fn, mode):
    return os.path.exists(fn) and os.access(fn, mode) and not os.path.isdir(fn)


def _search_path(path, use_bytes):
    # The folders which() looks in.
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                path = os.defpath
    if not path:
        return None
    if use_bytes:
        return os.fsencode(path).split(os.fsencode(os.pathsep))
    return os.fsdecode(path).split(os.pathsep)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Return the path of the program cmd as the shell would find it, or None.

    mode is the access the file must allow (by default: exists and can be
    run); path is the search path, by default $PATH (or the system's
    default path).  A cmd with a folder part is only checked there.
    """
    use_bytes = isinstance(cmd, bytes)
    folder, cmd = os.path.split(cmd)
    if folder:
        folders = [folder]
    else:
        folders = _search_path(path, use_bytes)
        if folders is None:
            return None
    seen = set()
    for folder in folders:
        key = os.path.normcase(folder)
        if key in seen:
            continue
        seen.add(key)
        candidate = os.path.join(folder, cmd)
        if _access_check(candidate, mode):
            return candidate
    return None


# Archives.

def _make_parent(archive_name, dry_run, logger):
    parent = os.path.dirname(archive_name)
    if parent and not os.path.exists(parent):
        if logger is not None:
            logger.info("creating %s", parent)
        if not dry_run:
            os.makedirs(parent)


_TAR_COMPRESSION = {None: '', 'gzip': 'gz', 'bzip2': 'bz2', 'xz': 'xz'}


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0,
                  owner=None, group=None, logger=None, root_dir=None):
    """Create a tar file of everything under base_dir: base_name plus
    '.tar' and the compression's extension; compress is None, 'gzip',
    'bzip2' or 'xz'.  Returns the archive's name."""
    available = {None: True, 'gzip': _ZLIB_SUPPORTED, 'bzip2': _BZ2_SUPPORTED,
                 'xz': _LZMA_SUPPORTED}
    if not available.get(compress, False):
        raise ValueError("bad value for 'compress', or compression format not "
                         "supported : {0}".format(compress))
    import tarfile
    suffix = _TAR_COMPRESSION[compress]
    archive_name = base_name + '.tar' + ('.' + suffix if compress else '')
    _make_parent(archive_name, dry_run, logger)
    if logger is not None:
        logger.info('Creating tar archive')
    uid, gid = _get_uid(owner), _get_gid(group)

    def set_owner(tarinfo):
        if gid is not None:
            tarinfo.gid, tarinfo.gname = gid, group
        if uid is not None:
            tarinfo.uid, tarinfo.uname = uid, owner
        return tarinfo

    if not dry_run:
        arcname = base_dir
        if root_dir is not None:
            base_dir = os.path.join(root_dir, base_dir)
        with tarfile.open(archive_name, 'w|%s' % suffix) as tar:
            tar.add(base_dir, arcname, filter=set_owner)
    if root_dir is not None:
        archive_name = os.path.abspath(archive_name)
    return archive_name


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0,
                  logger=None, owner=None, group=None, root_dir=None):
    """Create a ZIP file of everything under base_dir, named base_name plus
    '.zip'.  Returns the archive's name."""
    import zipfile
    zip_filename = base_name + ".zip"
    _make_parent(base_name, dry_run, logger)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", zip_filename, base_dir)

    def add(zf, path, arcname):
        zf.write(path, arcname)
        if logger is not None:
            logger.info("adding '%s'", path)

    if not dry_run:
        with zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            top = os.path.normpath(base_dir)
            if root_dir is not None:
                base_dir = os.path.join(root_dir, base_dir)
            base_dir = os.path.normpath(base_dir)
            if top != os.curdir:
                add(zf, base_dir, top)
            for folder, subfolders, files in os.walk(base_dir):
                inside = folder if root_dir is None else os.path.relpath(folder, root_dir)
                inside = os.path.normpath(inside)
                for name in sorted(subfolders):
                    add(zf, os.path.join(folder, name), os.path.join(inside, name))
                for name in files:
                    path = os.path.normpath(os.path.join(folder, name))
                    if os.path.isfile(path):
                        add(zf, path, os.path.join(inside, name))
    if root_dir is not None:
        zip_filename = os.path.abspath(zip_filename)
    return zip_filename


_make_tarball.supports_root_dir = True
_make_zipfile.supports_root_dir = True

# name -> (function, extra keyword arguments, description)
_ARCHIVE_FORMATS = {'tar': (_make_tarball, [('compress', None)], "uncompressed tar file")}
if _ZLIB_SUPPORTED:
    _ARCHIVE_FORMATS['gztar'] = (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file")
    _ARCHIVE_FORMATS['zip'] = (_make_zipfile, [], "ZIP file")
if _BZ2_SUPPORTED:
    _ARCHIVE_FORMATS['bztar'] = (_make_tarball, [('compress', 'bzip2')], "bzip2'ed tar-file")
if _LZMA_SUPPORTED:
    _ARCHIVE_FORMATS['xztar'] = (_make_tarball, [('compress', 'xz')], "xz'ed tar-file")


def get_archive_formats():
    """Return the archive formats make_archive() knows, as sorted (name,
    description) pairs."""
    return sorted((name, info[2]) for name, info in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    """Make name an archive format of make_archive(): function(base_name,
    base_dir, **kwargs) creates the archive, with the (name, value) pairs of
    extra_args added to its keyword arguments."""
    extra_args = [] if extra_args is None else extra_args
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for pair in extra_args:
        if not isinstance(pair, (tuple, list)) or len(pair) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Create an archive (zip, tar, ...) and return its name.

    base_name is the archive's path without the format's extension; format
    one of get_archive_formats()'s names.  The archive holds base_dir
    (default: everything), relative to root_dir (default: the current
    folder).  owner and group set the owner recorded in tar archives;
    logger, a logging.Logger, hears of the progress.
    """
    sys.audit("shutil.make_archive", base_name, format, root_dir, base_dir)
    try:
        func, extra, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    kwargs = {'dry_run': dry_run, 'logger': logger, 'owner': owner, 'group': group}
    kwargs.update(extra)
    if base_dir is None:
        base_dir = os.curdir
    saved_cwd = None
    if root_dir is not None:
        if not stat.S_ISDIR(os.stat(root_dir).st_mode):
            raise NotADirectoryError(errno.ENOTDIR, 'Not a directory', root_dir)
        if getattr(func, 'supports_root_dir', False):
            base_name = os.fspath(base_name)
            kwargs['root_dir'] = root_dir
        else:
            # Older archivers work in the current folder: move there.
            saved_cwd = os.getcwd()
            if logger is not None:
                logger.debug("changing into '%s'", root_dir)
            base_name = os.path.abspath(base_name)
            if not dry_run:
                os.chdir(root_dir)
    try:
        return func(base_name, base_dir, **kwargs)
    finally:
        if saved_cwd is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", saved_cwd)
            os.chdir(saved_cwd)


def get_unpack_formats():
    """Return the formats unpack_archive() knows, as sorted (name,
    extensions, description) triples."""
    return sorted((name, info[0], info[3]) for name, info in _UNPACK_FORMATS.items())


def _check_unpack_options(extensions, function, extra_args):
    """Refuse extensions that another format has, and a function that
    cannot be called."""
    taken = {ext: name for name, info in _UNPACK_FORMATS.items() for ext in info[0]}
    for ext in extensions:
        if ext in taken:
            raise RegistryError('%s is already registered for "%s"' % (ext, taken[ext]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')


def register_unpack_format(name, extensions, function, extra_args=None,
                           description=''):
    """Make name a format of unpack_archive(): files ending with one of
    extensions are unpacked by function(filename, extract_dir, **extra)."""
    extra_args = [] if extra_args is None else extra_args
    _check_unpack_options(extensions, function, extra_args)
    _UNPACK_FORMATS[name] = extensions, function, extra_args, description


def unregister_unpack_format(name):
    """Forget the unpack format called name."""
    del _UNPACK_FORMATS[name]


def _ensure_directory(path):
    # Create the folder path goes in, if missing.
    parent = os.path.dirname(path)
    if not os.path.isdir(parent):
        os.makedirs(parent)


def _unpack_zipfile(filename, extract_dir):
    """Unpack a ZIP file into extract_dir, skipping absolute names and
    names with '..'."""
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as archive:
        for info in archive.infolist():
            name = info.filename
            if name.startswith('/') or '..' in name:
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            if not target:
                continue
            _ensure_directory(target)
            if not name.endswith('/'):
                with archive.open(name, 'r') as source, open(target, 'wb') as sink:
                    copyfileobj(source, sink)


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    """Unpack a tar file, compressed or not, into extract_dir."""
    import tarfile
    try:
        archive = tarfile.open(filename)
    except tarfile.TarError:
        raise ReadError(
            "%s is not a compressed or uncompressed tar file" % filename)
    try:
        archive.extractall(extract_dir, filter=filter)
    finally:
        archive.close()


# name -> (extensions, function, extra keyword arguments, description)
_UNPACK_FORMATS = {
    'tar': (['.tar'], _unpack_tarfile, [], "uncompressed tar file"),
    'zip': (['.zip'], _unpack_zipfile, [], "ZIP file"),
}
if _ZLIB_SUPPORTED:
    _UNPACK_FORMATS['gztar'] = (['.tar.gz', '.tgz'], _unpack_tarfile, [], "gzip'ed tar-file")
if _BZ2_SUPPORTED:
    _UNPACK_FORMATS['bztar'] = (['.tar.bz2', '.tbz2'], _unpack_tarfile, [], "bzip2'ed tar-file")
if _LZMA_SUPPORTED:
    _UNPACK_FORMATS['xztar'] = (['.tar.xz', '.txz'], _unpack_tarfile, [], "xz'ed tar-file")


def _find_unpack_format(filename):
    for name, info in _UNPACK_FORMATS.items():
        if any(filename.endswith(ext) for ext in info[0]):
            return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpack the archive filename into extract_dir (default: the current
    folder).

    format is one of get_unpack_formats()'s names; by default the file's
    extension decides.  filter is passed to tarfile's extraction (see
    tarfile.TarFile.extractall).
    """
    sys.audit("shutil.unpack_archive", filename, extract_dir, format)
    extract_dir = os.getcwd() if extract_dir is None else extract_dir
    extract_dir = os.fspath(extract_dir)
    filename = os.fspath(filename)
    extra = {} if filter is None else {'filter': filter}
    if format is None:
        format = _find_unpack_format(filename)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _UNPACK_FORMATS:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    _, func, args, _ = _UNPACK_FORMATS[format]
    func(filename, extract_dir, **(dict(args) | extra))
