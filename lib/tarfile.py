"""Reading and writing tar archives (ustar, GNU and pax formats), plain or
compressed with gzip, bzip2 or xz, as files or as one-way streams."""

# An archive is a sequence of 512-byte blocks: for each member a header block
# (TarInfo.frombuf / _create_header) and its data rounded up to whole blocks,
# then two zero blocks, padded to a record. GNU long names and pax extended
# headers are pseudo-members that come before the member they describe.

version = "0.9.0"
__author__ = "Lars Gust\u00e4bel (lars@gustaebel.de)"
__credits__ = "Gustavo Niemeyer, Niels Gust\u00e4bel, Richard Townsend."

from builtins import open as bltn_open
import sys
import os
import io
import shutil
import stat
import time
import struct
import copy
import re

try:
    import pwd
except ImportError:
    pwd = None
try:
    import grp
except ImportError:
    grp = None

# What os.symlink may raise where links cannot be made.
symlink_exception = (AttributeError, NotImplementedError, OSError)

__all__ = ["TarFile", "TarInfo", "is_tarfile", "TarError", "ReadError",
           "CompressionError", "StreamError", "ExtractError", "HeaderError",
           "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT",
           "DEFAULT_FORMAT", "open", "fully_trusted_filter", "data_filter",
           "tar_filter", "FilterError", "AbsoluteLinkError",
           "OutsideDestinationError", "SpecialFileError", "AbsolutePathError",
           "LinkOutsideDestinationError"]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"

LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

# Member types.
REGTYPE = b"0"
AREGTYPE = b"\0"
LNKTYPE = b"1"
SYMTYPE = b"2"
CHRTYPE = b"3"
BLKTYPE = b"4"
DIRTYPE = b"5"
FIFOTYPE = b"6"
CONTTYPE = b"7"
GNUTYPE_LONGNAME = b"L"
GNUTYPE_LONGLINK = b"K"
GNUTYPE_SPARSE = b"S"
XHDTYPE = b"x"
XGLTYPE = b"g"
SOLARIS_XHDTYPE = b"X"

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE,
                   CONTTYPE, CHRTYPE, BLKTYPE,
                   GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

# pax header keywords that override header fields, and their types.
PAX_FIELDS = ("path", "linkpath", "size", "mtime", "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float,
                     "uid": int, "gid": int, "size": int}

ENCODING = "utf-8" if os.name == "nt" else sys.getfilesystemencoding()


# Header field conversions.

def stn(s, length, encoding, errors):
    """str to a NUL-padded bytes field of length bytes."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    s = s.encode(encoding, errors)
    return s[:length] + (length - len(s)) * NUL


def nts(s, encoding, errors):
    """A NUL-terminated bytes field to str."""
    end = s.find(b"\0")
    if end != -1:
        s = s[:end]
    return s.decode(encoding, errors)


def nti(s):
    """A number field to int: octal digits, or GNU's base-256 form (first
    byte 0o200 positive, 0o377 negative)."""
    if s[0] in (0o200, 0o377):
        n = int.from_bytes(s[1:], "big")
        if s[0] == 0o377:
            n -= 256 ** (len(s) - 1)
        return n
    try:
        text = nts(s, "ascii", "strict")
        return int(text.strip() or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """An int to a number field of digits bytes (octal, or base-256 in the
    GNU format when octal does not fit)."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return bytes("%0*o" % (digits - 1, n), "ascii") + NUL
    if format == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        if n >= 0:
            return bytearray([0o200]) + n.to_bytes(digits - 1, "big")
        return bytearray([0o377]) + (256 ** (digits - 1) + n).to_bytes(digits - 1, "big")
    raise ValueError("overflow in number field")


def calc_chksums(buf):
    """The header checksum counting the checksum field as spaces, computed
    with unsigned and with signed bytes (some old tars used signed)."""
    unsigned = 256 + sum(struct.unpack_from("148B8x356B", buf))
    signed = 256 + sum(struct.unpack_from("148b8x356b", buf))
    return unsigned, signed


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copy length bytes (all when None) from src to dst; exception when src
    ends early."""
    bufsize = bufsize or 16 * 1024
    if length == 0:
        return
    if length is None:
        shutil.copyfileobj(src, dst, bufsize)
        return
    while length > 0:
        want = min(bufsize, length)
        buf = src.read(want)
        if len(buf) < want:
            raise exception("unexpected end of data")
        dst.write(buf)
        length -= want


def _safe_print(s):
    encoding = getattr(sys.stdout, 'encoding', None)
    if encoding is not None:
        s = s.encode(encoding, 'backslashreplace').decode(encoding)
    print(s, end=' ')


class TarError(Exception):
    """Base class of the tarfile exceptions."""


class ExtractError(TarError):
    """A problem while extracting."""


class ReadError(TarError):
    """The archive cannot be read."""


class CompressionError(TarError):
    """A compression method is unknown or unavailable."""


class StreamError(TarError):
    """The operation is impossible on a stream archive."""


class HeaderError(TarError):
    """Base class of the header errors."""


class EmptyHeaderError(HeaderError):
    """No header at all."""


class TruncatedHeaderError(HeaderError):
    """A header shorter than a block."""


class EOFHeaderError(HeaderError):
    """A zero block: the end of the archive."""


class InvalidHeaderError(HeaderError):
    """A header that is not valid."""


class SubsequentHeaderError(HeaderError):
    """The header after an extended header is missing or not valid."""


class _LowLevelFile:
    """An OS file descriptor as a minimal file, for streams opened by name."""

    def __init__(self, name, mode):
        flags = {"r": os.O_RDONLY, "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC}[mode]
        flags |= getattr(os, "O_BINARY", 0)
        self.fd = os.open(name, flags, 0o666)

    def close(self):
        os.close(self.fd)

    def read(self, size):
        return os.read(self.fd, size)

    def write(self, s):
        os.write(self.fd, s)


class _Stream:
    """A one-way stream of blocks over a file object that can only read or
    write in order (a pipe, a socket), compressing or decompressing on the
    way ('tar', 'gz', 'bz2', 'xz', or '*' to detect on reading)."""

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel):
        self._extfileobj = True
        if fileobj is None:
            fileobj = _LowLevelFile(name, mode)
            self._extfileobj = False
        if comptype == '*':
            fileobj = _StreamProxy(fileobj)
            comptype = fileobj.getcomptype()
        self.name = name or ""
        self.mode = mode
        self.comptype = comptype
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.buf = b""
        self.pos = 0
        self.closed = False
        try:
            if comptype == "gz":
                try:
                    import zlib
                except ImportError:
                    raise CompressionError("zlib module is not available") from None
                self.zlib = zlib
                self.crc = zlib.crc32(b"")
                if mode == "r":
                    self.exception = zlib.error
                    self._init_read_gz()
                else:
                    self._init_write_gz(compresslevel)
            elif comptype == "bz2":
                try:
                    import bz2
                except ImportError:
                    raise CompressionError("bz2 module is not available") from None
                if mode == "r":
                    self.dbuf = b""
                    self.cmp = bz2.BZ2Decompressor()
                    self.exception = OSError
                else:
                    self.cmp = bz2.BZ2Compressor(compresslevel)
            elif comptype == "xz":
                try:
                    import lzma
                except ImportError:
                    raise CompressionError("lzma module is not available") from None
                if mode == "r":
                    self.dbuf = b""
                    self.cmp = lzma.LZMADecompressor()
                    self.exception = lzma.LZMAError
                else:
                    self.cmp = lzma.LZMACompressor()
            elif comptype != "tar":
                raise CompressionError("unknown compression type %r" % comptype)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def __del__(self):
        if hasattr(self, "closed") and not self.closed:
            self.close()

    def _init_write_gz(self, compresslevel):
        self.cmp = self.zlib.compressobj(compresslevel, self.zlib.DEFLATED,
                                         -self.zlib.MAX_WBITS, self.zlib.DEF_MEM_LEVEL, 0)
        stamp = struct.pack("<L", int(time.time()))
        self._write_raw(b"\x1f\x8b\x08\x08" + stamp + b"\x02\xff")
        name = self.name[:-3] if self.name.endswith(".gz") else self.name
        self.name = os.path.basename(name)
        self._write_raw(self.name.encode("iso-8859-1", "replace") + NUL)

    def write(self, s):
        if self.comptype == "gz":
            self.crc = self.zlib.crc32(s, self.crc)
        self.pos += len(s)
        if self.comptype != "tar":
            s = self.cmp.compress(s)
        self._write_raw(s)

    def _write_raw(self, s):
        # Whole buffers go out as they fill.
        self.buf += s
        while len(self.buf) > self.bufsize:
            self.fileobj.write(self.buf[:self.bufsize])
            self.buf = self.buf[self.bufsize:]

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w" and self.comptype != "tar":
                self.buf += self.cmp.flush()
            if self.mode == "w" and self.buf:
                self.fileobj.write(self.buf)
                self.buf = b""
                if self.comptype == "gz":
                    self.fileobj.write(struct.pack("<LL", self.crc, self.pos & 0xffffffff))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def _init_read_gz(self):
        self.cmp = self.zlib.decompressobj(-self.zlib.MAX_WBITS)
        self.dbuf = b""
        if self._read_raw(2) != b"\x1f\x8b":
            raise ReadError("not a gzip file")
        if self._read_raw(1) != b"\x08":
            raise CompressionError("unsupported compression method")
        flag = ord(self._read_raw(1))
        self._read_raw(6)
        if flag & 4:
            xlen = ord(self._read_raw(1)) + 256 * ord(self._read_raw(1))
            self.read(xlen)
        for bit in (8, 16):
            if flag & bit:
                while True:
                    c = self._read_raw(1)
                    if not c or c == NUL:
                        break
        if flag & 2:
            self._read_raw(2)

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        """Move forward to pos by reading; backwards is impossible."""
        if pos < self.pos:
            raise StreamError("seeking backwards is not allowed")
        skip = pos - self.pos
        while skip > 0:
            n = min(skip, self.bufsize)
            self.read(n)
            skip -= n
        return self.pos

    def read(self, size):
        assert size is not None
        buf = self._read(size)
        self.pos += len(buf)
        return buf

    def _read(self, size):
        if self.comptype == "tar":
            return self._read_raw(size)
        parts = [self.dbuf]
        have = len(self.dbuf)
        while have < size:
            if self.buf:
                raw, self.buf = self.buf, b""
            else:
                raw = self.fileobj.read(self.bufsize)
                if not raw:
                    break
            try:
                raw = self.cmp.decompress(raw)
            except self.exception as e:
                raise ReadError("invalid compressed data") from e
            parts.append(raw)
            have += len(raw)
        data = b"".join(parts)
        self.dbuf = data[size:]
        return data[:size]

    def _read_raw(self, size):
        parts = [self.buf]
        have = len(self.buf)
        while have < size:
            raw = self.fileobj.read(self.bufsize)
            if not raw:
                break
            parts.append(raw)
            have += len(raw)
        data = b"".join(parts)
        self.buf = data[size:]
        return data[:size]


class _StreamProxy(object):
    """Reads the first block of a stream to tell its compression, then hands
    it back on the first read."""

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.buf = self.fileobj.read(BLOCKSIZE)

    def read(self, size):
        self.read = self.fileobj.read
        return self.buf

    def getcomptype(self):
        if self.buf.startswith(b"\x1f\x8b\x08"):
            return "gz"
        if self.buf[0:3] == b"BZh" and self.buf[4:10] == b"1AY&SY":
            return "bz2"
        if self.buf.startswith((b"\x5d\x00\x00\x80", b"\xfd7zXZ")):
            return "xz"
        return "tar"

    def close(self):
        self.fileobj.close()


class _FileInFile(object):
    """A member's data as a read-only file over the archive: size bytes at
    offset, or for a sparse member the data blocks and holes of blockinfo
    ((offset, size) pairs in the member)."""

    def __init__(self, fileobj, offset, size, name, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.position = 0
        self.name = name
        self.closed = False
        if blockinfo is None:
            blockinfo = [(0, size)]
        # map entries: (has data, start, stop, offset in the archive)
        self.map_index = 0
        self.map = []
        last = 0
        real = offset
        for start, length in blockinfo:
            if start > last:
                self.map.append((False, last, start, None))
            self.map.append((True, start, start + length, real))
            real += length
            last = start + length
        if last < size:
            self.map.append((False, last, size, None))

    def flush(self):
        pass

    @property
    def mode(self):
        return 'rb'

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.fileobj.seekable()

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            target = position
        elif whence == io.SEEK_CUR:
            target = self.position + position
        elif whence == io.SEEK_END:
            target = self.size + position
        else:
            raise ValueError("Invalid argument")
        self.position = max(0, min(target, self.size))
        return self.position

    def read(self, size=None):
        left = self.size - self.position
        size = left if size is None else min(size, left)
        out = bytearray()
        while size > 0:
            # Find the map entry holding the position (the map is small
            # and reads are mostly sequential).
            while True:
                has_data, start, stop, where = self.map[self.map_index]
                if start <= self.position < stop:
                    break
                self.map_index = (self.map_index + 1) % len(self.map)
            n = min(size, stop - self.position)
            if has_data:
                self.fileobj.seek(where + (self.position - start))
                chunk = self.fileobj.read(n)
                if len(chunk) != n:
                    raise ReadError("unexpected end of data")
                out += chunk
            else:
                out += NUL * n
            size -= n
            self.position += n
        return bytes(out)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self):
        self.closed = True


class ExFileObject(io.BufferedReader):
    def __init__(self, tarfile, tarinfo):
        raw = _FileInFile(tarfile.fileobj, tarinfo.offset_data, tarinfo.size,
                          tarinfo.name, tarinfo.sparse)
        super().__init__(raw)


# Extraction filters.

class FilterError(TarError):
    pass


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would be extracted to {path!r}, '
                         'which is outside the destination')


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        self.tarinfo = tarinfo
        super().__init__(f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        self.tarinfo = tarinfo
        self._path = path
        super().__init__(f'{tarinfo.name!r} would link to {path!r}, '
                         'which is outside the destination')


def _get_filtered_attrs(member, dest_path, for_data=True):
    """The attribute changes the 'tar' filter (for_data False) or the 'data'
    filter makes to member, raising a FilterError for what they refuse."""
    changes = {}
    name = member.name
    dest_path = os.path.realpath(dest_path)
    # Leading slashes are dropped; an absolute name that remains is refused.
    if name.startswith(('/', os.sep)):
        name = changes['name'] = member.path.lstrip('/' + os.sep)
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    target = os.path.realpath(os.path.join(dest_path, name))
    if os.path.commonpath([target, dest_path]) != dest_path:
        raise OutsideDestinationError(member, target)
    mode = member.mode
    if mode is not None:
        # No setuid/setgid/sticky bits, no group or other write.
        mode &= 0o755
        if for_data:
            if member.isreg() or member.islnk():
                if not mode & 0o100:
                    mode &= ~0o111      # executable for nobody then
                mode |= 0o600           # the owner can read and write
            elif member.isdir() or member.issym():
                mode = None             # the default for new ones
            else:
                raise SpecialFileError(member)
        if mode != member.mode:
            changes['mode'] = mode
    if for_data:
        for attr in ('uid', 'gid', 'uname', 'gname'):
            if getattr(member, attr) is not None:
                changes[attr] = None
        if member.islnk() or member.issym():
            if os.path.isabs(member.linkname):
                raise AbsoluteLinkError(member)
            if member.issym():
                target = os.path.join(dest_path, os.path.dirname(name), member.linkname)
            else:
                target = os.path.join(dest_path, member.linkname)
            target = os.path.realpath(target)
            if os.path.commonpath([target, dest_path]) != dest_path:
                raise LinkOutsideDestinationError(member, target)
    return changes


def fully_trusted_filter(member, dest_path):
    return member


def tar_filter(member, dest_path):
    changes = _get_filtered_attrs(member, dest_path, False)
    return member.replace(**changes, deep=False) if changes else member


def data_filter(member, dest_path):
    changes = _get_filtered_attrs(member, dest_path, True)
    return member.replace(**changes, deep=False) if changes else member


_NAMED_FILTERS = {
    "fully_trusted": fully_trusted_filter,
    "tar": tar_filter,
    "data": data_filter,
}

_KEEP = object()

# A pax record starts with its decimal length and a space.
_header_length_prefix_re = re.compile(br"([0-9]{1,20}) ")


class TarInfo(object):
    """The description of one archive member (a header)."""

    __slots__ = dict(
        name='Name of the archive member.',
        mode='Permission bits.',
        uid='User ID of the user who originally stored this member.',
        gid='Group ID of the user who originally stored this member.',
        size='Size in bytes.',
        mtime='Time of last modification.',
        chksum='Header checksum.',
        type=('File type. type is usually one of these constants: '
              'REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, '
              'CONTTYPE, CHRTYPE, BLKTYPE, GNUTYPE_SPARSE.'),
        linkname=('Name of the target file name, which is only present '
                  'in TarInfo objects of type LNKTYPE and SYMTYPE.'),
        uname='User name.',
        gname='Group name.',
        devmajor='Device major number.',
        devminor='Device minor number.',
        offset='The tar header starts here.',
        offset_data="The file's data starts here.",
        pax_headers=('A dictionary containing key-value pairs of an '
                     'associated pax extended header.'),
        sparse='Sparse member information.',
        _tarfile=None,
        _sparse_structs=None,
        _link_target=None,
    )

    def __init__(self, name=""):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ""
        self.uname = ""
        self.gname = ""
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}

    def _warn_tarfile(self):
        import warnings
        warnings.warn('The undocumented "tarfile" attribute of TarInfo objects '
                      'is deprecated and will be removed in Python 3.16',
                      DeprecationWarning, stacklevel=3)

    @property
    def tarfile(self):
        self._warn_tarfile()
        return self._tarfile

    @tarfile.setter
    def tarfile(self, tarfile):
        self._warn_tarfile()
        self._tarfile = tarfile

    @property
    def path(self):
        'The name, as pax headers call it.'
        return self.name

    @path.setter
    def path(self, name):
        self.name = name

    @property
    def linkpath(self):
        'The link name, as pax headers call it.'
        return self.linkname

    @linkpath.setter
    def linkpath(self, linkname):
        self.linkname = linkname

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP,
                uid=_KEEP, gid=_KEEP, uname=_KEEP, gname=_KEEP,
                deep=True, _KEEP=_KEEP):
        """A copy (deep unless deep is false) with the given attributes
        changed."""
        result = copy.deepcopy(self) if deep else copy.copy(self)
        for attr, value in (('name', name), ('mtime', mtime), ('mode', mode),
                            ('linkname', linkname), ('uid', uid), ('gid', gid),
                            ('uname', uname), ('gname', gname)):
            if value is not _KEEP:
                setattr(result, attr, value)
        return result

    def get_info(self):
        """The header fields as a dict."""
        info = {
            "name": self.name,
            "mode": None if self.mode is None else self.mode & 0o7777,
            "uid": self.uid,
            "gid": self.gid,
            "size": self.size,
            "mtime": self.mtime,
            "chksum": self.chksum,
            "type": self.type,
            "linkname": self.linkname,
            "uname": self.uname,
            "gname": self.gname,
            "devmajor": self.devmajor,
            "devminor": self.devminor,
        }
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] += "/"
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The header blocks of this member in format."""
        info = self.get_info()
        for name, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % name)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError("invalid format")

    def create_ustar_header(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        buf = b""
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            buf += self._create_gnu_long_header(info["linkname"], GNUTYPE_LONGLINK, encoding, errors)
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            buf += self._create_gnu_long_header(info["name"], GNUTYPE_LONGNAME, encoding, errors)
        return buf + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        """A ustar header, preceded by a pax extended header carrying what
        does not fit in it (non-ASCII or long strings, big or fractional
        numbers)."""
        info["magic"] = POSIX_MAGIC
        pax = self.pax_headers.copy()
        for field, keyword, limit in (("name", "path", LENGTH_NAME),
                                      ("linkname", "linkpath", LENGTH_LINK),
                                      ("uname", "uname", 32), ("gname", "gname", 32)):
            if keyword in pax:
                continue
            value = info[field]
            if not value.isascii() or len(value) > limit:
                pax[keyword] = value
        for field, digits in (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12)):
            value = info[field]
            as_int = round(value) if isinstance(value, float) else value
            needs_pax = False
            if not 0 <= as_int < 8 ** (digits - 1):
                info[field] = 0
                needs_pax = True
            elif isinstance(value, float):
                info[field] = as_int
                needs_pax = True
            if needs_pax and field not in pax:
                pax[field] = str(value)
        buf = self._create_pax_generic_header(pax, XHDTYPE, encoding) if pax else b""
        return buf + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        """Split a long name at a slash into a prefix (155) and a name (100)."""
        parts = name.split("/")
        for i in range(1, len(parts)):
            prefix, rest = "/".join(parts[:i]), "/".join(parts[i:])
            if (len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and
                    len(rest.encode(encoding, errors)) <= LENGTH_NAME):
                return prefix, rest
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        """One header block from the fields of info."""
        if info.get("type") in (CHRTYPE, BLKTYPE):
            devmajor = itn(info.get("devmajor", 0), 8, format)
            devminor = itn(info.get("devminor", 0), 8, format)
        else:
            devmajor = devminor = stn("", 8, encoding, errors)
        filetype = info.get("type", REGTYPE)
        if filetype is None:
            raise ValueError("TarInfo.type must not be None")
        fields = [
            stn(info.get("name", ""), 100, encoding, errors),
            itn(info.get("mode", 0) & 0o7777, 8, format),
            itn(info.get("uid", 0), 8, format),
            itn(info.get("gid", 0), 8, format),
            itn(info.get("size", 0), 12, format),
            itn(info.get("mtime", 0), 12, format),
            b" " * 8,                       # the checksum, filled in below
            filetype,
            stn(info.get("linkname", ""), 100, encoding, errors),
            info.get("magic", POSIX_MAGIC),
            stn(info.get("uname", ""), 32, encoding, errors),
            stn(info.get("gname", ""), 32, encoding, errors),
            devmajor,
            devminor,
            stn(info.get("prefix", ""), 155, encoding, errors),
        ]
        buf = struct.pack("%ds" % BLOCKSIZE, b"".join(fields))
        chksum = calc_chksums(buf[-BLOCKSIZE:])[0]
        return buf[:148] + bytes("%06o\0" % chksum, "ascii") + buf[155:]

    @staticmethod
    def _create_payload(payload):
        """payload padded with zeros to whole blocks."""
        rest = len(payload) % BLOCKSIZE
        return payload + (BLOCKSIZE - rest) * NUL if rest else payload

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        data = name.encode(encoding, errors) + NUL
        info = {"name": "././@LongLink", "type": type, "size": len(data), "magic": GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + cls._create_payload(data)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        """An extended (XHDTYPE) or global (XGLTYPE) header of the records
        "LEN keyword=value\\n"; values that are not valid UTF-8 make the
        whole header binary (hdrcharset=BINARY)."""
        binary = False
        for value in pax_headers.values():
            try:
                value.encode("utf-8", "strict")
            except UnicodeEncodeError:
                binary = True
                break
        records = b"21 hdrcharset=BINARY\n" if binary else b""
        for keyword, value in pax_headers.items():
            keyword = keyword.encode("utf-8")
            value = value.encode(encoding, "surrogateescape") if binary else value.encode("utf-8")
            # The length counts its own digits: find the fixed point.
            body = len(keyword) + len(value) + 3
            length = body + 1
            while len(str(length)) + body != length:
                length = len(str(length)) + body
            records += b"%d %s=%s\n" % (length, keyword, value)
        info = {"name": "././@PaxHeader", "type": type, "size": len(records), "magic": POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, "ascii", "replace") + cls._create_payload(records)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one header block."""
        if len(buf) == 0:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        chksum = nti(buf[148:156])
        if chksum not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        obj = cls()
        obj.name = nts(buf[0:100], encoding, errors)
        obj.mode = nti(buf[100:108])
        obj.uid = nti(buf[108:116])
        obj.gid = nti(buf[116:124])
        obj.size = nti(buf[124:136])
        obj.mtime = nti(buf[136:148])
        obj.chksum = chksum
        obj.type = buf[156:157]
        obj.linkname = nts(buf[157:257], encoding, errors)
        obj.uname = nts(buf[265:297], encoding, errors)
        obj.gname = nts(buf[297:329], encoding, errors)
        obj.devmajor = nti(buf[329:337])
        obj.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)
        # Old archives mark directories only by a trailing slash.
        if obj.type == AREGTYPE and obj.name.endswith("/"):
            obj.type = DIRTYPE
        if obj.type == GNUTYPE_SPARSE:
            # Old GNU sparse headers: four (offset, size) pairs here, more in
            # extension blocks when the flag at 482 is set.
            structs = []
            for pos in range(386, 386 + 4 * 24, 24):
                try:
                    start = nti(buf[pos:pos + 12])
                    length = nti(buf[pos + 12:pos + 24])
                except ValueError:
                    break
                structs.append((start, length))
            obj._sparse_structs = (structs, bool(buf[482]), nti(buf[483:495]))
        if obj.isdir():
            obj.name = obj.name.rstrip("/")
        if prefix and obj.type not in GNU_TYPES:
            obj.name = prefix + "/" + obj.name
        return obj

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of tarfile, extended headers applied."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        obj = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        obj.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return obj._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type == GNUTYPE_SPARSE:
            return self._proc_sparse(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        end = self.offset_data
        # Unknown types are read as regular files.
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            end += self._block(self.size)
        tarfile.offset = end
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _proc_gnulong(self, tarfile):
        data = tarfile.fileobj.read(self._block(self.size))
        try:
            next = self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None
        next.offset = self.offset
        if self.type == GNUTYPE_LONGNAME:
            next.name = nts(data, tarfile.encoding, tarfile.errors)
        else:
            next.linkname = nts(data, tarfile.encoding, tarfile.errors)
        if next.isdir():
            next.name = next.name.removesuffix("/")
        return next

    def _proc_sparse(self, tarfile):
        structs, extended, realsize = self._sparse_structs
        del self._sparse_structs
        while extended:
            buf = tarfile.fileobj.read(BLOCKSIZE)
            for pos in range(0, 21 * 24, 24):
                try:
                    start = nti(buf[pos:pos + 12])
                    length = nti(buf[pos + 12:pos + 24])
                except ValueError:
                    break
                if start and length:
                    structs.append((start, length))
            extended = bool(buf[504])
        self.sparse = structs
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + self._block(self.size)
        self.size = realsize
        return self

    def _proc_pax(self, tarfile):
        """Read a pax extended (or global) header and apply it to the member
        that follows."""
        buf = tarfile.fileobj.read(self._block(self.size))
        # A global header changes the archive's defaults.
        pax_headers = tarfile.pax_headers if self.type == XGLTYPE else tarfile.pax_headers.copy()
        records = []
        charset = None
        pos = 0
        while len(buf) > pos and buf[pos] != 0:
            match = _header_length_prefix_re.match(buf, pos)
            if not match:
                raise InvalidHeaderError("invalid header")
            length = int(match.group(1))
            if length < 5 or pos + length > len(buf):
                raise InvalidHeaderError("invalid header")
            last = match.start(1) + length - 1
            keyword, equals, value = buf[match.end(1) + 1:last].partition(b"=")
            if not keyword or equals != b"=" or buf[last] != 0x0A:
                raise InvalidHeaderError("invalid header")
            records.append((length, keyword, value))
            # The first hdrcharset record decides how names are encoded.
            if keyword == b"hdrcharset" and charset is None:
                charset = tarfile.encoding if value == b"BINARY" else "utf-8"
            pos += length
        charset = charset or "utf-8"
        for _, raw_keyword, raw_value in records:
            keyword = self._decode_pax_field(raw_keyword, "utf-8", "utf-8", tarfile.errors)
            if keyword in PAX_NAME_FIELDS:
                value = self._decode_pax_field(raw_value, charset, tarfile.encoding, tarfile.errors)
            else:
                value = self._decode_pax_field(raw_value, "utf-8", "utf-8", tarfile.errors)
            pax_headers[keyword] = value
        try:
            next = self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None
        # GNU tar's sparse files in pax archives, versions 0.0, 0.1 and 1.0.
        if "GNU.sparse.map" in pax_headers:
            self._proc_gnusparse_01(next, pax_headers)
        elif "GNU.sparse.size" in pax_headers:
            self._proc_gnusparse_00(next, records)
        elif pax_headers.get("GNU.sparse.major") == "1" and pax_headers.get("GNU.sparse.minor") == "0":
            self._proc_gnusparse_10(next, pax_headers, tarfile)
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            next._apply_pax_info(pax_headers, tarfile.encoding, tarfile.errors)
            next.offset = self.offset
            if "size" in pax_headers:
                # The data's real size is known only now.
                end = next.offset_data
                if next.isreg() or next.type not in SUPPORTED_TYPES:
                    end += next._block(next.size)
                tarfile.offset = end
        return next

    def _proc_gnusparse_00(self, next, raw_headers):
        offsets, sizes = [], []
        for _, keyword, value in raw_headers:
            if keyword in (b"GNU.sparse.offset", b"GNU.sparse.numbytes"):
                try:
                    number = int(value.decode())
                except ValueError:
                    raise InvalidHeaderError("invalid header")
                (offsets if keyword == b"GNU.sparse.offset" else sizes).append(number)
        next.sparse = list(zip(offsets, sizes))

    def _proc_gnusparse_01(self, next, pax_headers):
        numbers = [int(x) for x in pax_headers["GNU.sparse.map"].split(",")]
        next.sparse = list(zip(numbers[::2], numbers[1::2]))

    def _proc_gnusparse_10(self, next, pax_headers, tarfile):
        # The map is at the start of the data: a count, then pairs, one
        # number a line.
        buf = tarfile.fileobj.read(BLOCKSIZE)
        count, buf = buf.split(b"\n", 1)
        count = int(count)
        numbers = []
        while len(numbers) < count * 2:
            if b"\n" not in buf:
                buf += tarfile.fileobj.read(BLOCKSIZE)
            number, buf = buf.split(b"\n", 1)
            numbers.append(int(number))
        next.offset_data = tarfile.fileobj.tell()
        next.sparse = list(zip(numbers[::2], numbers[1::2]))

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for keyword, value in pax_headers.items():
            if keyword == "GNU.sparse.name":
                self.path = value
            elif keyword in ("GNU.sparse.size", "GNU.sparse.realsize"):
                self.size = int(value)
            elif keyword in PAX_FIELDS:
                if keyword in PAX_NUMBER_FIELDS:
                    try:
                        value = PAX_NUMBER_FIELDS[keyword](value)
                    except ValueError:
                        value = 0
                if keyword == "path":
                    value = value.rstrip("/")
                setattr(self, keyword, value)
        self.pax_headers = pax_headers.copy()

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        try:
            return value.decode(encoding, "strict")
        except UnicodeDecodeError:
            return value.decode(fallback_encoding, fallback_errors)

    def _block(self, count):
        """count rounded up to whole blocks."""
        return -(-count // BLOCKSIZE) * BLOCKSIZE

    def isreg(self):
        'Whether the member is a regular file.'
        return self.type in REGULAR_TYPES

    def isfile(self):
        'Whether the member is a regular file.'
        return self.isreg()

    def isdir(self):
        'Whether the member is a directory.'
        return self.type == DIRTYPE

    def issym(self):
        'Whether the member is a symbolic link.'
        return self.type == SYMTYPE

    def islnk(self):
        'Whether the member is a hard link.'
        return self.type == LNKTYPE

    def ischr(self):
        'Whether the member is a character device.'
        return self.type == CHRTYPE

    def isblk(self):
        'Whether the member is a block device.'
        return self.type == BLKTYPE

    def isfifo(self):
        'Whether the member is a FIFO.'
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        'Whether the member is a character or block device or a FIFO.'
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


class TarFile(object):
    """An open tar archive."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None,
                 tarinfo=None, dereference=None, ignore_zeros=None, encoding=None,
                 errors="surrogateescape", pax_headers=None, debug=None,
                 errorlevel=None, copybufsize=None, stream=False):
        """Open an uncompressed archive name (or fileobj) in mode 'r', 'a',
        'w' or 'x'; the other arguments override the class defaults."""
        modes = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}
        if mode not in modes:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = modes[mode]
        if not fileobj:
            if self.mode == "a" and not os.path.exists(name):
                # Appending to nothing creates the file.
                self.mode = "w"
                self._mode = "wb"
            fileobj = bltn_open(name, self._mode)
            self._extfileobj = False
        else:
            if name is None and isinstance(getattr(fileobj, "name", None), (str, bytes)):
                name = fileobj.name
            if hasattr(fileobj, "mode"):
                self._mode = fileobj.mode
            self._extfileobj = True
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        self.stream = stream

        if format is not None:
            self.format = format
        if tarinfo is not None:
            self.tarinfo = tarinfo
        if dereference is not None:
            self.dereference = dereference
        if ignore_zeros is not None:
            self.ignore_zeros = ignore_zeros
        if encoding is not None:
            self.encoding = encoding
        self.errors = errors
        if pax_headers is not None and self.format == PAX_FORMAT:
            self.pax_headers = pax_headers
        else:
            self.pax_headers = {}
        if debug is not None:
            self.debug = debug
        if errorlevel is not None:
            self.errorlevel = errorlevel

        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}        # (inode, device) -> arcname, for hard links

        try:
            if self.mode == "r":
                self.firstmember = None
                self.firstmember = self.next()
            if self.mode == "a":
                # Find the end of the members, to write over the end blocks.
                while True:
                    self.fileobj.seek(self.offset)
                    try:
                        self.members.append(self.tarinfo.fromtarfile(self))
                    except EOFHeaderError:
                        self.fileobj.seek(self.offset)
                        break
                    except HeaderError as e:
                        raise ReadError(str(e)) from None
            if self.mode in ("a", "w", "x"):
                self._loaded = True
                if self.pax_headers:
                    buf = self.tarinfo.create_pax_global_header(self.pax_headers.copy())
                    self.fileobj.write(buf)
                    self.offset += len(buf)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open an archive, compressed or not, as a file ('r', 'r:*', 'r:',
        'r:gz', 'w:xz', 'a', 'x:bz2', ...) or as a stream ('r|*', 'r|gz',
        'w|', 'w|gz', ...)."""
        if not name and not fileobj:
            raise ValueError("nothing to open")

        if mode in ("r", "r:*"):
            # Try each compression, uncompressed last.
            errors = []
            for comptype in sorted(cls.OPEN_METH, key=lambda c: cls.OPEN_METH[c] == 'taropen'):
                func = getattr(cls, cls.OPEN_METH[comptype])
                if fileobj is not None:
                    saved = fileobj.tell()
                try:
                    return func(name, "r", fileobj, **kwargs)
                except (ReadError, CompressionError) as e:
                    errors.append(f'- method {comptype}: {e!r}')
                    if fileobj is not None:
                        fileobj.seek(saved)
            summary = '\n'.join(errors)
            raise ReadError(f"file could not be opened successfully:\n{summary}")

        if ":" in mode:
            filemode, comptype = mode.split(":", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if comptype not in cls.OPEN_METH:
                raise CompressionError("unknown compression type %r" % comptype)
            return getattr(cls, cls.OPEN_METH[comptype])(name, filemode, fileobj, **kwargs)

        if "|" in mode:
            filemode, comptype = mode.split("|", 1)
            filemode = filemode or "r"
            comptype = comptype or "tar"
            if filemode not in ("r", "w"):
                raise ValueError("mode must be 'r' or 'w'")
            compresslevel = kwargs.pop("compresslevel", 9)
            stream = _Stream(name, filemode, comptype, fileobj, bufsize, compresslevel)
            try:
                t = cls(name, filemode, stream, **kwargs)
            except:
                stream.close()
                raise
            t._extfileobj = False
            return t

        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open an uncompressed archive."""
        if mode not in ("r", "a", "w", "x"):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def _open_compressed(cls, opener, what, name, mode, fileobj, read_errors, **kwargs):
        fileobj = opener()
        try:
            t = cls.taropen(name, mode, fileobj, **kwargs)
        except read_errors as e:
            fileobj.close()
            if mode == 'r':
                raise ReadError("not a%s %s file" % ("n" if what == "lzma" else "", what)) from e
            raise
        except:
            fileobj.close()
            raise
        t._extfileobj = False
        return t

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip-compressed archive (no appending)."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from gzip import GzipFile
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        try:
            gz = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == 'r':
                raise ReadError("not a gzip file") from e
            raise
        return cls._open_compressed(lambda: gz, "gzip", name, mode, fileobj, OSError, **kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a bzip2-compressed archive (no appending)."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from bz2 import BZ2File
        except ImportError:
            raise CompressionError("bz2 module is not available") from None
        return cls._open_compressed(
            lambda: BZ2File(fileobj or name, mode, compresslevel=compresslevel),
            "bzip2", name, mode, fileobj, (OSError, EOFError), **kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """Open an xz-compressed archive (no appending)."""
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            from lzma import LZMAFile, LZMAError
        except ImportError:
            raise CompressionError("lzma module is not available") from None
        return cls._open_compressed(
            lambda: LZMAFile(fileobj or name, mode, preset=preset),
            "lzma", name, mode, fileobj, (LZMAError, EOFError), **kwargs)

    OPEN_METH = {
        "tar": "taropen",
        "gz": "gzopen",
        "bz2": "bz2open",
        "xz": "xzopen",
    }

    def close(self):
        """Close the archive; when writing, add the end blocks and pad the
        last record."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ("a", "w", "x"):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                rest = self.offset % RECORDSIZE
                if rest:
                    self.fileobj.write(NUL * (RECORDSIZE - rest))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def getmember(self, name):
        """The last member called name (KeyError when there is none)."""
        tarinfo = self._getmember(name.rstrip('/'))
        if tarinfo is None:
            raise KeyError("filename %r not found" % name)
        return tarinfo

    def getmembers(self):
        """All members, as TarInfo objects, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """All members' names."""
        return [tarinfo.name for tarinfo in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo for the file name (or fileobj, which has a descriptor),
        named arcname in the archive; None for files tar cannot hold."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        if arcname is None:
            arcname = name
        arcname = os.path.splitdrive(arcname)[1].replace(os.sep, "/").lstrip("/")
        tarinfo = self.tarinfo()
        tarinfo._tarfile = self
        if fileobj is None:
            st = os.stat(name) if self.dereference else os.lstat(name)
        else:
            st = os.fstat(fileobj.fileno())
        linkname = ""
        mode = st.st_mode
        if stat.S_ISREG(mode):
            inode = (st.st_ino, st.st_dev)
            if (not self.dereference and st.st_nlink > 1 and
                    inode in self.inodes and arcname != self.inodes[inode]):
                # Another name of a file already stored: a hard link.
                kind = LNKTYPE
                linkname = self.inodes[inode]
            else:
                kind = REGTYPE
                if inode[0]:
                    self.inodes[inode] = arcname
        elif stat.S_ISDIR(mode):
            kind = DIRTYPE
        elif stat.S_ISFIFO(mode):
            kind = FIFOTYPE
        elif stat.S_ISLNK(mode):
            kind = SYMTYPE
            linkname = os.readlink(name)
        elif stat.S_ISCHR(mode):
            kind = CHRTYPE
        elif stat.S_ISBLK(mode):
            kind = BLKTYPE
        else:
            return None
        tarinfo.name = arcname
        tarinfo.mode = mode
        tarinfo.uid = st.st_uid
        tarinfo.gid = st.st_gid
        tarinfo.size = st.st_size if kind == REGTYPE else 0
        tarinfo.mtime = st.st_mtime
        tarinfo.type = kind
        tarinfo.linkname = linkname
        if pwd:
            try:
                tarinfo.uname = pwd.getpwuid(tarinfo.uid)[0]
            except KeyError:
                pass
        if grp:
            try:
                tarinfo.gname = grp.getgrgid(tarinfo.gid)[0]
            except KeyError:
                pass
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major") and hasattr(os, "minor"):
            tarinfo.devmajor = os.major(st.st_rdev)
            tarinfo.devminor = os.minor(st.st_rdev)
        return tarinfo

    def list(self, verbose=True, *, members=None):
        """Print the members' names, with ls -l's details when verbose."""
        type2mode = {REGTYPE: stat.S_IFREG, SYMTYPE: stat.S_IFLNK,
                     FIFOTYPE: stat.S_IFIFO, CHRTYPE: stat.S_IFCHR,
                     DIRTYPE: stat.S_IFDIR, BLKTYPE: stat.S_IFBLK}
        self._check()
        for tarinfo in self if members is None else members:
            if verbose:
                if tarinfo.mode is None:
                    _safe_print("??????????")
                else:
                    _safe_print(stat.filemode(type2mode.get(tarinfo.type, 0) | tarinfo.mode))
                _safe_print("%s/%s" % (tarinfo.uname or tarinfo.uid, tarinfo.gname or tarinfo.gid))
                if tarinfo.ischr() or tarinfo.isblk():
                    _safe_print("%10s" % ("%d,%d" % (tarinfo.devmajor, tarinfo.devminor)))
                else:
                    _safe_print("%10d" % tarinfo.size)
                if tarinfo.mtime is None:
                    _safe_print("????-??-?? ??:??:??")
                else:
                    _safe_print("%d-%02d-%02d %02d:%02d:%02d" % time.localtime(tarinfo.mtime)[:6])
            _safe_print(tarinfo.name + ("/" if tarinfo.isdir() else ""))
            if verbose:
                if tarinfo.issym():
                    _safe_print("-> " + tarinfo.linkname)
                if tarinfo.islnk():
                    _safe_print("link to " + tarinfo.linkname)
            print()

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Add the file name (directories recursively unless recursive is
        false) as arcname; filter(tarinfo) may change a member or return
        None to leave it out."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)
            return
        self._dbg(1, name)
        tarinfo = self.gettarinfo(name, arcname)
        if tarinfo is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            tarinfo = filter(tarinfo)
            if tarinfo is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        if tarinfo.isreg():
            with bltn_open(name, "rb") as f:
                self.addfile(tarinfo, f)
        elif tarinfo.isdir():
            self.addfile(tarinfo)
            if recursive:
                for entry in sorted(os.listdir(name)):
                    self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                             recursive, filter=filter)
        else:
            self.addfile(tarinfo)

    def addfile(self, tarinfo, fileobj=None):
        """Add a member described by tarinfo, its data read from fileobj."""
        self._check("awx")
        if fileobj is None and tarinfo.isreg() and tarinfo.size != 0:
            raise ValueError("fileobj not provided for non zero-size regular file")
        tarinfo = copy.copy(tarinfo)
        buf = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(buf)
        self.offset += len(buf)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            rest = tarinfo.size % BLOCKSIZE
            if rest:
                self.fileobj.write(NUL * (BLOCKSIZE - rest))
            self.offset += tarinfo._block(tarinfo.size)
        self.members.append(tarinfo)

    def _get_filter_function(self, filter):
        if filter is None:
            filter = self.extraction_filter
            if filter is None:
                import warnings
                warnings.warn('Python 3.14 will, by default, filter extracted tar '
                              'archives and reject files or modify their metadata. '
                              'Use the filter argument to control this behavior.',
                              DeprecationWarning, stacklevel=3)
                return fully_trusted_filter
            if isinstance(filter, str):
                raise TypeError('String names are not supported for '
                                'TarFile.extraction_filter. Use a function such as '
                                'tarfile.data_filter directly.')
            return filter
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError(f"filter {filter!r} not found") from None

    def extractall(self, path=".", members=None, *, numeric_owner=False, filter=None):
        """Extract members (default: all) under path; directories get their
        attributes last, deepest first."""
        directories = []
        filter_function = self._get_filter_function(filter)
        for member in self if members is None else members:
            tarinfo = self._get_extract_tarinfo(member, filter_function, path)
            if tarinfo is None:
                continue
            if tarinfo.isdir():
                directories.append(tarinfo)
            self._extract_one(tarinfo, path, set_attrs=not tarinfo.isdir(),
                              numeric_owner=numeric_owner)
        directories.sort(key=lambda d: d.name, reverse=True)
        for tarinfo in directories:
            where = os.path.join(path, tarinfo.name)
            try:
                self.chown(tarinfo, where, numeric_owner=numeric_owner)
                self.utime(tarinfo, where)
                self.chmod(tarinfo, where)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False, filter=None):
        """Extract one member (a name or TarInfo) under path."""
        filter_function = self._get_filter_function(filter)
        tarinfo = self._get_extract_tarinfo(member, filter_function, path)
        if tarinfo is not None:
            self._extract_one(tarinfo, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        unfiltered = tarinfo
        try:
            tarinfo = filter_function(tarinfo, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if tarinfo is None:
            self._dbg(2, "tarfile: Excluded %r" % unfiltered.name)
            return None
        if tarinfo.islnk():
            tarinfo = copy.copy(tarinfo)
            tarinfo._link_target = os.path.join(path, tarinfo.linkname)
        return tarinfo

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._check("r")
        try:
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name),
                                 set_attrs=set_attrs, numeric_owner=numeric_owner)
        except OSError as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)

    def _handle_nonfatal_error(self, e):
        if self.errorlevel > 1:
            raise
        self._dbg(1, "tarfile: %s" % e)

    def _handle_fatal_error(self, e):
        if self.errorlevel > 0:
            raise
        if isinstance(e, OSError):
            if e.filename is None:
                self._dbg(1, "tarfile: %s" % e.strerror)
            else:
                self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))
        else:
            self._dbg(1, "tarfile: %s %s" % (type(e).__name__, e))

    def extractfile(self, member):
        """A binary file reading the data of member (a name or TarInfo): for
        a regular file or a link to one; None for other members."""
        self._check("r")
        tarinfo = self.getmember(member) if isinstance(member, str) else member
        if tarinfo.isreg() or tarinfo.type not in SUPPORTED_TYPES:
            return self.fileobject(self, tarinfo)
        if tarinfo.islnk() or tarinfo.issym():
            if isinstance(self.fileobj, _Stream):
                raise StreamError("cannot extract (sym)link as file object")
            return self.extractfile(self._find_link_target(tarinfo))
        return None

    def _extract_member(self, tarinfo, targetpath, set_attrs=True, numeric_owner=False):
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent, exist_ok=True)
        if tarinfo.islnk() or tarinfo.issym():
            self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname))
        else:
            self._dbg(1, tarinfo.name)
        if tarinfo.isreg():
            self.makefile(tarinfo, targetpath)
        elif tarinfo.isdir():
            self.makedir(tarinfo, targetpath)
        elif tarinfo.isfifo():
            self.makefifo(tarinfo, targetpath)
        elif tarinfo.ischr() or tarinfo.isblk():
            self.makedev(tarinfo, targetpath)
        elif tarinfo.islnk() or tarinfo.issym():
            self.makelink(tarinfo, targetpath)
        elif tarinfo.type not in SUPPORTED_TYPES:
            self.makeunknown(tarinfo, targetpath)
        else:
            self.makefile(tarinfo, targetpath)
        if set_attrs:
            self.chown(tarinfo, targetpath, numeric_owner)
            if not tarinfo.issym():
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        """Make a directory (owner-only until its attributes are set)."""
        try:
            if tarinfo.mode is None:
                os.mkdir(targetpath)
            else:
                os.mkdir(targetpath, 0o700)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        """Write a regular file (sparse members with holes)."""
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        with bltn_open(targetpath, "wb") as target:
            if tarinfo.sparse is not None:
                for offset, size in tarinfo.sparse:
                    target.seek(offset)
                    copyfileobj(source, target, size, ReadError, self.copybufsize)
                target.seek(tarinfo.size)
                target.truncate()
            else:
                copyfileobj(source, target, tarinfo.size, ReadError, self.copybufsize)

    def makeunknown(self, tarinfo, targetpath):
        """A member of unknown type becomes a regular file."""
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, extracted as regular file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not hasattr(os, "mknod") or not hasattr(os, "makedev"):
            raise ExtractError("special devices not supported by system")
        mode = 0o600 if tarinfo.mode is None else tarinfo.mode
        mode |= stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        os.mknod(targetpath, mode, os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        """Make a symbolic or hard link; where that fails, copy the target
        member instead."""
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
        except symlink_exception:
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Set owner and group (as root only): by name unless numeric_owner,
        else (or when the names are unknown) by number."""
        if not (hasattr(os, "geteuid") and os.geteuid() == 0):
            return
        g, u = tarinfo.gid, tarinfo.uid
        if not numeric_owner:
            try:
                if grp and tarinfo.gname:
                    g = grp.getgrnam(tarinfo.gname)[2]
            except KeyError:
                pass
            try:
                if pwd and tarinfo.uname:
                    u = pwd.getpwnam(tarinfo.uname)[2]
            except KeyError:
                pass
        g = -1 if g is None else g
        u = -1 if u is None else u
        try:
            if tarinfo.issym() and hasattr(os, "lchown"):
                os.lchown(targetpath, u, g)
            else:
                os.chown(targetpath, u, g)
        except (OSError, OverflowError) as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is None:
            return
        try:
            os.chmod(targetpath, tarinfo.mode)
        except OSError as e:
            raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        mtime = tarinfo.mtime
        if mtime is None or not hasattr(os, 'utime'):
            return
        try:
            os.utime(targetpath, (mtime, mtime))
        except OSError as e:
            raise ExtractError("could not change modification time") from e

    def next(self):
        """The next member (None at the end), when reading."""
        self._check("ra")
        if self.firstmember is not None:
            member, self.firstmember = self.firstmember, None
            return member
        # Move to the next header; check that the previous data is there.
        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        tarinfo = None
        while True:
            try:
                tarinfo = self.tarinfo.fromtarfile(self)
            except EOFHeaderError as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
            except InvalidHeaderError as e:
                if self.ignore_zeros:
                    self._dbg(2, "0x%X: %s" % (self.offset, e))
                    self.offset += BLOCKSIZE
                    continue
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError("empty file") from None
            except TruncatedHeaderError as e:
                if self.offset == 0:
                    raise ReadError(str(e)) from None
            except SubsequentHeaderError as e:
                raise ReadError(str(e)) from None
            except Exception as e:
                try:
                    import zlib
                except ImportError:
                    raise e
                if isinstance(e, zlib.error):
                    raise ReadError(f'zlib error: {e}') from None
                raise e
            break
        if tarinfo is None:
            self._loaded = True
        elif not self.stream:
            self.members.append(tarinfo)
        return tarinfo

    def _getmember(self, name, tarinfo=None, normalize=False):
        """The last member called name, before tarinfo when given."""
        members = self.getmembers()
        skipping = False
        if tarinfo is not None:
            try:
                members = members[:members.index(tarinfo)]
            except ValueError:
                skipping = True
        if normalize:
            name = os.path.normpath(name)
        for member in reversed(members):
            if skipping:
                if tarinfo.offset == member.offset:
                    skipping = False
                continue
            member_name = os.path.normpath(member.name) if normalize else member.name
            if name == member_name:
                return member
        if skipping:
            raise ValueError(tarinfo)

    def _load(self):
        if not self.stream:
            while self.next() is not None:
                pass
            self._loaded = True

    def _check(self, mode=None):
        if self.closed:
            raise OSError("%s is closed" % self.__class__.__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            # Relative to the link's directory, anywhere in the archive.
            linkname = "/".join(filter(None, (os.path.dirname(tarinfo.name), tarinfo.linkname)))
            limit = None
        else:
            # A hard link refers to a member before it.
            linkname = tarinfo.linkname
            limit = tarinfo
        member = self._getmember(linkname, tarinfo=limit, normalize=True)
        if member is None:
            raise KeyError("linkname %r not found" % linkname)
        return member

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        index = 0
        if self.firstmember is not None:
            index += 1
            yield self.next()
        while True:
            if index < len(self.members):
                tarinfo = self.members[index]
            elif not self._loaded:
                tarinfo = self.next()
                if not tarinfo:
                    self._loaded = True
                    return
            else:
                return
            index += 1
            yield tarinfo

    def _dbg(self, level, msg):
        if level <= self.debug:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            # After an error the archive is left as it is, unfinished.
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


def is_tarfile(name):
    """Whether name (a path or a file object) is a tar archive this module
    can read."""
    try:
        if hasattr(name, "read"):
            pos = name.tell()
            t = open(fileobj=name)
            name.seek(pos)
        else:
            t = open(name)
        t.close()
        return True
    except TarError:
        return False


open = TarFile.open


def main():
    import argparse

    parser = argparse.ArgumentParser(
        description='A simple command-line interface for tarfile module.')
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='Verbose output')
    parser.add_argument('--filter', metavar='<filtername>', choices=_NAMED_FILTERS,
                        help='Filter for extraction')
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('-l', '--list', metavar='<tarfile>',
                       help='Show listing of a tarfile')
    group.add_argument('-e', '--extract', nargs='+',
                       metavar=('<tarfile>', '<output_dir>'),
                       help='Extract tarfile into target dir')
    group.add_argument('-c', '--create', nargs='+',
                       metavar=('<name>', '<file>'),
                       help='Create tarfile from sources')
    group.add_argument('-t', '--test', metavar='<tarfile>',
                       help='Test if a tarfile is valid')
    args = parser.parse_args()

    if args.filter and args.extract is None:
        parser.exit(1, '--filter is only valid for extraction\n')

    if args.test is not None:
        src = args.test
        if not is_tarfile(src):
            parser.exit(1, '{!r} is not a tar archive.\n'.format(src))
        with open(src, 'r') as tar:
            tar.getmembers()
            print(tar.getmembers(), file=sys.stderr)
        if args.verbose:
            print('{!r} is a tar archive.'.format(src))
    elif args.list is not None:
        src = args.list
        if not is_tarfile(src):
            parser.exit(1, '{!r} is not a tar archive.\n'.format(src))
        with TarFile.open(src, 'r:*') as tf:
            tf.list(verbose=args.verbose)
    elif args.extract is not None:
        if len(args.extract) == 1:
            src, curdir = args.extract[0], os.curdir
        elif len(args.extract) == 2:
            src, curdir = args.extract
        else:
            parser.exit(1, parser.format_help())
        if not is_tarfile(src):
            parser.exit(1, '{!r} is not a tar archive.\n'.format(src))
        with TarFile.open(src, 'r:*') as tf:
            tf.extractall(path=curdir, filter=args.filter)
        if args.verbose:
            if curdir == '.':
                print('{!r} file is extracted.'.format(src))
            else:
                print('{!r} file is extracted into {!r} directory.'.format(src, curdir))
    elif args.create is not None:
        tar_name, *sources = args.create
        suffixes = {'.gz': 'gz', '.tgz': 'gz', '.xz': 'xz', '.txz': 'xz',
                    '.bz2': 'bz2', '.tbz': 'bz2', '.tbz2': 'bz2', '.tb2': 'bz2'}
        ext = os.path.splitext(tar_name)[1]
        tar_mode = 'w:' + suffixes[ext] if ext in suffixes else 'w'
        with TarFile.open(tar_name, tar_mode) as tf:
            for source in sources:
                tf.add(source)
        if args.verbose:
            print('{!r} file created.'.format(tar_name))


if __name__ == '__main__':
    main()
