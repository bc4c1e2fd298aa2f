"""Tar archives for Kaa: reads and writes ustar, GNU and pax members, either
uncompressed or through gzip, bzip2 and xz, with random access or as a
one-pass stream."""

# Layout reminder. An archive is a run of 512-byte blocks. Every member is a
# header block followed by its data padded to whole blocks; two zero blocks
# end the archive, which is then padded to a multiple of RECORDSIZE. GNU long
# names and pax extended headers travel as pseudo-members placed just before
# the member they describe.

version = "0.9.0"
__author__ = "Lars Gust\u00e4bel (lars@gustaebel.de)"
__credits__ = "Gustavo Niemeyer, Niels Gust\u00e4bel, Richard Townsend."

from builtins import open as bltn_open
import copy, io, os, re, shutil, stat, struct, sys, time


def _try_import(modname):
    try:
        return __import__(modname)
    except ImportError:
        return None


pwd = _try_import("pwd")
grp = _try_import("grp")

# What os.symlink/os.link can raise on platforms without links.
symlink_exception = (OSError, AttributeError, NotImplementedError)

__all__ = [
    # classes and functions
    "TarFile", "TarInfo", "is_tarfile", "open",
    # exceptions
    "TarError", "ReadError", "CompressionError", "StreamError",
    "ExtractError", "HeaderError", "FilterError", "AbsolutePathError",
    "OutsideDestinationError", "SpecialFileError", "AbsoluteLinkError",
    "LinkOutsideDestinationError",
    # constants
    "ENCODING", "USTAR_FORMAT", "GNU_FORMAT", "PAX_FORMAT", "DEFAULT_FORMAT",
    # extraction filters
    "fully_trusted_filter", "data_filter", "tar_filter",
]

NUL = b"\0"
BLOCKSIZE = 512
RECORDSIZE = 20 * BLOCKSIZE
GNU_MAGIC = b"ustar  \0"
POSIX_MAGIC = b"ustar\x0000"
LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

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

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE,
                   FIFOTYPE, CONTTYPE, CHRTYPE, BLKTYPE,
                   GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)

PAX_FIELDS = ("path", "linkpath", "size", "mtime",
              "uid", "gid", "uname", "gname")
PAX_NAME_FIELDS = {"path", "linkpath", "uname", "gname"}
PAX_NUMBER_FIELDS = {"atime": float, "ctime": float, "mtime": float,
                     "uid": int, "gid": int, "size": int}

ENCODING = "utf-8" if os.name == "nt" else sys.getfilesystemencoding()


# ---------------------------------------------------------------------------
# Encoding and decoding single header fields.

def stn(s, length, encoding, errors):
    """Text -> a field of exactly `length` bytes, NUL padded or cut."""
    if s is None:
        raise ValueError("metadata cannot contain None")
    return s.encode(encoding, errors)[:length].ljust(length, NUL)


def nts(s, encoding, errors):
    """A field -> text, stopping at the first NUL."""
    return s.partition(NUL)[0].decode(encoding, errors)


def nti(s):
    """A numeric field -> int. Fields are octal text, except GNU's binary
    form whose lead byte is 0x80 (positive) or 0xff (negative, two's
    complement over the remaining bytes)."""
    lead = s[0]
    if lead == 0x80 or lead == 0xff:
        magnitude = int.from_bytes(s[1:], "big")
        if lead == 0xff:
            magnitude -= 1 << (8 * (len(s) - 1))
        return magnitude
    try:
        text = s.partition(NUL)[0].decode("ascii").strip()
        return int(text or "0", 8)
    except ValueError:
        raise InvalidHeaderError("invalid header")


def _octal(n, width):
    return format(n, "o").rjust(width, "0").encode("ascii")


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """An int -> a numeric field `digits` bytes wide: octal with a final NUL,
    or, for the GNU format only, the binary form when octal is too narrow."""
    n = int(n)
    if n >= 0 and n < 8 ** (digits - 1):
        return _octal(n, digits - 1) + NUL
    span = 1 << (8 * (digits - 1))
    if format != GNU_FORMAT or not -span <= n < span:
        raise ValueError("overflow in number field")
    body = (n % span).to_bytes(digits - 1, "big")
    return bytearray([0x80 if n >= 0 else 0xff]) + body


_LOW_BYTES = bytes(range(128))


def calc_chksums(buf):
    """Both checksums old tars may have stored for a header block: bytes
    summed unsigned, and summed signed. The checksum field itself counts as
    eight blanks."""
    counted = bytes(buf[:148]) + bytes(buf[156:512])
    unsigned = sum(counted) + 8 * 0x20
    high = len(counted.translate(None, _LOW_BYTES))
    return unsigned, unsigned - 256 * high


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Move `length` bytes (all of them when None) from src to dst; a short
    source raises `exception`."""
    step = bufsize or 16 * 1024
    if length is None:
        shutil.copyfileobj(src, dst, step)
        return
    left = length
    while left > 0:
        want = step if left > step else left
        chunk = src.read(want)
        if len(chunk) < want:
            raise exception("unexpected end of data")
        dst.write(chunk)
        left -= want


def _safe_print(s):
    enc = getattr(sys.stdout, "encoding", None)
    if enc is not None:
        s = s.encode(enc, "backslashreplace").decode(enc)
    print(s, end=" ")


def _padded(size):
    """size rounded up to a whole number of blocks."""
    return (size + BLOCKSIZE - 1) // BLOCKSIZE * BLOCKSIZE


# ---------------------------------------------------------------------------
# Exceptions.

class TarError(Exception):
    """Root of this module's exceptions."""


class ExtractError(TarError):
    """Extraction went wrong (non-fatal unless errorlevel > 1)."""


class ReadError(TarError):
    """Not a readable tar archive."""


class CompressionError(TarError):
    """Unknown or unavailable compression."""


class StreamError(TarError):
    """Not possible on a one-way stream."""


class HeaderError(TarError):
    """Root of the header problems."""


class EmptyHeaderError(HeaderError):
    """Nothing left to read."""


class TruncatedHeaderError(HeaderError):
    """Less than one block left."""


class EOFHeaderError(HeaderError):
    """An all-zero block."""


class InvalidHeaderError(HeaderError):
    """Bad checksum or fields."""


class SubsequentHeaderError(HeaderError):
    """What follows an extended header is no header."""


# ---------------------------------------------------------------------------
# One-way streams (the "|" modes).

class _FdFile:
    """Just enough of a file over an OS descriptor for _Stream."""

    _FLAGS = {"r": os.O_RDONLY, "w": os.O_WRONLY | os.O_CREAT | os.O_TRUNC}

    def __init__(self, name, mode):
        self.fd = os.open(name, self._FLAGS[mode] | getattr(os, "O_BINARY", 0),
                          0o666)

    def read(self, size):
        return os.read(self.fd, size)

    def write(self, data):
        os.write(self.fd, data)

    def close(self):
        os.close(self.fd)


def _load_codec(module):
    try:
        return __import__(module)
    except ImportError:
        raise CompressionError("%s module is not available" % module) from None


class _Stream:
    """Sequential archive file for the '|' modes, over something that can
    only be read or written front to back (pipe, socket, tape). It
    compresses or decompresses on the fly; comptype is 'tar' (none), 'gz',
    'bz2', 'xz', or '*' to sniff it from the first block when reading."""

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel):
        self._extfileobj = fileobj is not None
        if fileobj is None:
            fileobj = _FdFile(name, mode)
        if comptype == "*":
            fileobj = _StreamProxy(fileobj)
            comptype = fileobj.getcomptype()
        self.name = name or ""
        self.mode = mode
        self.comptype = comptype
        self.fileobj = fileobj
        self.bufsize = bufsize
        self.buf = b""       # raw bytes: unwritten output or unread input
        self.dbuf = b""      # decompressed bytes not handed out yet
        self.pos = 0         # position in the uncompressed archive
        self.closed = False
        self.cmp = None
        try:
            setup = self._SETUP.get(comptype)
            if setup is None:
                if comptype != "tar":
                    raise CompressionError("unknown compression type %r" % comptype)
            else:
                setup(self, compresslevel)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def __del__(self):
        if getattr(self, "closed", True) is False:
            self.close()

    # Compression set-up, one method per comptype.

    def _setup_gz(self, level):
        zlib = self.zlib = _load_codec("zlib")
        self.crc = zlib.crc32(b"")
        if self.mode == "r":
            self.exception = zlib.error
            self.cmp = zlib.decompressobj(-zlib.MAX_WBITS)
            self._skip_gzip_header()
            return
        self.cmp = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS,
                                    zlib.DEF_MEM_LEVEL, 0)
        # RFC 1952 member header: magic, deflate, FNAME flag, mtime, XFL=2
        # (best compression), OS unknown, then the bare file name in
        # Latin-1 without a .gz suffix.
        fname = os.path.basename(self.name.removesuffix(".gz"))
        head = b"\x1f\x8b\x08\x08" + struct.pack("<L", int(time.time()))
        head += b"\x02\xff" + fname.encode("iso-8859-1", "replace") + NUL
        self._put(head)

    def _setup_bz2(self, level):
        bz2 = _load_codec("bz2")
        if self.mode == "r":
            self.exception = OSError
            self.cmp = bz2.BZ2Decompressor()
        else:
            self.cmp = bz2.BZ2Compressor(level)

    def _setup_xz(self, level):
        lzma = _load_codec("lzma")
        if self.mode == "r":
            self.exception = lzma.LZMAError
            self.cmp = lzma.LZMADecompressor()
        else:
            self.cmp = lzma.LZMACompressor()

    _SETUP = {"gz": _setup_gz, "bz2": _setup_bz2, "xz": _setup_xz}

    def _skip_gzip_header(self):
        if self._take(2) != b"\x1f\x8b":
            raise ReadError("not a gzip file")
        if self._take(1) != b"\x08":
            raise CompressionError("unsupported compression method")
        flags = self._take(1)[0]
        self._take(6)                       # mtime, XFL, OS
        if flags & 0x04:                    # FEXTRA: little-endian length
            extra = self._take(2)
            self._take(extra[0] | extra[1] << 8)
        for bit in (0x08, 0x10):            # FNAME, FCOMMENT: C strings
            if flags & bit:
                while self._take(1) not in (b"", NUL):
                    pass
        if flags & 0x02:                    # FHCRC
            self._take(2)

    # Writing.

    def write(self, s):
        if self.comptype == "gz":
            self.crc = self.zlib.crc32(s, self.crc)
        self.pos += len(s)
        self._put(s if self.cmp is None else self.cmp.compress(s))

    def _put(self, data):
        pending = self.buf + data
        size = self.bufsize
        while len(pending) > size:
            self.fileobj.write(pending[:size])
            pending = pending[size:]
        self.buf = pending

    def close(self):
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode == "w":
                rest = self.buf
                if self.cmp is not None:
                    rest += self.cmp.flush()
                self.buf = b""
                if rest:
                    self.fileobj.write(rest)
                    if self.comptype == "gz":
                        self.fileobj.write(struct.pack(
                            "<LL", self.crc, self.pos & 0xFFFFFFFF))
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    # Reading.

    def tell(self):
        return self.pos

    def seek(self, pos=0):
        """Skip forward to pos by reading; going back is impossible."""
        gap = pos - self.pos
        if gap < 0:
            raise StreamError("seeking backwards is not allowed")
        while gap > 0:
            step = min(gap, self.bufsize)
            self.read(step)
            gap -= step
        return self.pos

    def read(self, size):
        assert size is not None
        data = self._inflate(size) if self.cmp is not None else self._take(size)
        self.pos += len(data)
        return data

    def _inflate(self, size):
        out = [self.dbuf]
        have = len(self.dbuf)
        while have < size:
            raw, self.buf = self.buf, b""
            if not raw:
                raw = self.fileobj.read(self.bufsize)
                if not raw:
                    break
            try:
                plain = self.cmp.decompress(raw)
            except self.exception as e:
                raise ReadError("invalid compressed data") from e
            out.append(plain)
            have += len(plain)
        joined = b"".join(out)
        self.dbuf = joined[size:]
        return joined[:size]

    def _take(self, size):
        """size raw bytes (fewer at the end of the input)."""
        out = [self.buf]
        have = len(self.buf)
        while have < size:
            more = self.fileobj.read(self.bufsize)
            if not more:
                break
            out.append(more)
            have += len(more)
        joined = b"".join(out)
        self.buf = joined[size:]
        return joined[:size]


class _StreamProxy(object):
    """Peeks at the first block of a stream to recognise its compression;
    the first read() hands that block back."""

    _SIGNATURES = (
        ("gz", lambda b: b[:3] == b"\x1f\x8b\x08"),
        ("bz2", lambda b: b[:3] == b"BZh" and b[4:10] == b"1AY&SY"),
        ("xz", lambda b: b[:4] == b"\x5d\x00\x00\x80" or b[:5] == b"\xfd7zXZ"),
    )

    def __init__(self, fileobj):
        self.fileobj = fileobj
        self.buf = fileobj.read(BLOCKSIZE)
        self._peeked = True

    def read(self, size):
        if self._peeked:
            self._peeked = False
            return self.buf
        return self.fileobj.read(size)

    def getcomptype(self):
        for kind, matches in self._SIGNATURES:
            if matches(self.buf):
                return kind
        return "tar"

    def close(self):
        self.fileobj.close()


# ---------------------------------------------------------------------------
# A member's data as a file.

class _FileInFile(object):
    """Read-only view of `size` bytes of a member inside the archive file.
    A sparse member (blockinfo: (offset, length) runs present in the
    archive, stored back to back from `offset`) reads zeros in the holes."""

    def __init__(self, fileobj, offset, size, name, blockinfo=None):
        self.fileobj = fileobj
        self.offset = offset
        self.size = size
        self.name = name
        self.position = 0
        self.closed = False
        runs = [(0, size)] if blockinfo is None else blockinfo
        # Segments (start, stop, where): bytes start..stop of the member are
        # at `where` in the archive, or are a hole when where is None.
        self._segments = []
        cursor, stored = 0, offset
        for start, length in runs:
            if start > cursor:
                self._segments.append((cursor, start, None))
            self._segments.append((start, start + length, stored))
            stored += length
            cursor = start + length
        if cursor < size:
            self._segments.append((cursor, size, None))
        self._hint = 0

    @property
    def mode(self):
        return "rb"

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self.fileobj.seekable()

    def tell(self):
        return self.position

    def seek(self, position, whence=io.SEEK_SET):
        bases = {io.SEEK_SET: 0, io.SEEK_CUR: self.position, io.SEEK_END: self.size}
        if whence not in bases:
            raise ValueError("Invalid argument")
        self.position = min(max(bases[whence] + position, 0), self.size)
        return self.position

    def _segment_at(self, pos):
        # Reads are mostly sequential: start from the last segment used.
        count = len(self._segments)
        for step in range(count):
            index = (self._hint + step) % count
            start, stop, where = self._segments[index]
            if start <= pos < stop:
                self._hint = index
                return start, stop, where
        raise ReadError("unexpected end of data")

    def read(self, size=None):
        remaining = self.size - self.position
        if size is not None and size < remaining:
            remaining = size
        pieces = []
        while remaining > 0:
            start, stop, where = self._segment_at(self.position)
            step = min(remaining, stop - self.position)
            if where is None:
                pieces.append(bytes(step))
            else:
                self.fileobj.seek(where + self.position - start)
                chunk = self.fileobj.read(step)
                if len(chunk) != step:
                    raise ReadError("unexpected end of data")
                pieces.append(chunk)
            self.position += step
            remaining -= step
        return b"".join(pieces)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def close(self):
        self.closed = True


class ExFileObject(io.BufferedReader):
    def __init__(self, tarfile, tarinfo):
        view = _FileInFile(tarfile.fileobj, tarinfo.offset_data, tarinfo.size,
                           tarinfo.name, tarinfo.sparse)
        super().__init__(view)


# ---------------------------------------------------------------------------
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
                         + 'which is outside the destination')


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
                         + 'which is outside the destination')


def _inside(path, root):
    return os.path.commonpath([path, root]) == root


def _data_mode(member, mode):
    """The 'data' filter's mode for member, given its mode already cut down
    to rwxr-xr-x; None means the default for new files."""
    if member.isreg() or member.islnk():
        if not mode & stat.S_IXUSR:
            mode &= ~0o111              # nobody may execute it then
        return mode | 0o600             # the owner reads and writes
    if member.isdir() or member.issym():
        return None
    raise SpecialFileError(member)


def _get_filtered_attrs(member, dest_path, for_data=True):
    """Attribute changes the 'tar' filter (for_data false) or the 'data'
    filter makes to member; a FilterError for what it refuses."""
    changes = {}
    root = os.path.realpath(dest_path)
    name = member.name
    if name.startswith(("/", os.sep)):
        name = member.path.lstrip("/" + os.sep)
        changes["name"] = name
    if os.path.isabs(name):
        raise AbsolutePathError(member)
    landing = os.path.realpath(os.path.join(root, name))
    if not _inside(landing, root):
        raise OutsideDestinationError(member, landing)
    if member.mode is not None:
        mode = member.mode & 0o755      # no setuid/setgid/sticky, no g/o write
        if for_data:
            mode = _data_mode(member, mode)
        if mode != member.mode:
            changes["mode"] = mode
    if not for_data:
        return changes
    for owner_field in ("uid", "gid", "uname", "gname"):
        if getattr(member, owner_field) is not None:
            changes[owner_field] = None
    if member.issym() or member.islnk():
        if os.path.isabs(member.linkname):
            raise AbsoluteLinkError(member)
        base = os.path.join(root, os.path.dirname(name)) if member.issym() else root
        pointee = os.path.realpath(os.path.join(base, member.linkname))
        if not _inside(pointee, root):
            raise LinkOutsideDestinationError(member, pointee)
    return changes


def fully_trusted_filter(member, dest_path):
    return member


def _apply_filter(member, changes):
    return member.replace(**changes, deep=False) if changes else member


def tar_filter(member, dest_path):
    return _apply_filter(member, _get_filtered_attrs(member, dest_path, False))


def data_filter(member, dest_path):
    return _apply_filter(member, _get_filtered_attrs(member, dest_path, True))


_NAMED_FILTERS = {
    "fully_trusted": fully_trusted_filter,
    "tar": tar_filter,
    "data": data_filter,
}

_KEEP = object()

# A pax record: "<decimal length> <keyword>=<value>\n".
_PAX_LENGTH = re.compile(rb"(\d{1,20}) ")

# The ustar header block: (field, first byte, end byte, codec). Text fields
# use stn/nts, numeric ones itn/nti; chksum, type and magic are special.
_LAYOUT = (
    ("name", 0, 100, "text"),
    ("mode", 100, 108, "num"),
    ("uid", 108, 116, "num"),
    ("gid", 116, 124, "num"),
    ("size", 124, 136, "num"),
    ("mtime", 136, 148, "num"),
    ("chksum", 148, 156, "raw"),
    ("type", 156, 157, "raw"),
    ("linkname", 157, 257, "text"),
    ("magic", 257, 265, "raw"),
    ("uname", 265, 297, "text"),
    ("gname", 297, 329, "text"),
    ("devmajor", 329, 337, "num"),
    ("devminor", 337, 345, "num"),
    ("prefix", 345, 500, "text"),
)

# Old GNU sparse headers: four (offset, numbytes) pairs of 12-byte numbers
# from byte 386, a continuation flag at 482 and the real size at 483..495;
# continuation blocks hold 21 pairs and their own flag at byte 504.
_GNU_SPARSE_AT = 386
_GNU_EXT_FLAG = 482
_GNU_REALSIZE = slice(483, 495)


def _sparse_pairs(buf, start, count):
    pairs = []
    for pos in range(start, start + 24 * count, 24):
        try:
            pairs.append((nti(buf[pos:pos + 12]), nti(buf[pos + 12:pos + 24])))
        except ValueError:
            break
    return pairs


def _pax_record(keyword, value):
    """One pax record; its leading length counts its own digits."""
    tail = b" " + keyword + b"=" + value + b"\n"
    total = len(tail) + 1
    while len(tail) + len(str(total)) != total:
        total = len(tail) + len(str(total))
    return str(total).encode("ascii") + tail


def _encodes_as_utf8(text):
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _pax_decode(raw, encoding, fallback, errors):
    try:
        return raw.decode(encoding, "strict")
    except UnicodeDecodeError:
        return raw.decode(fallback, errors)


# ---------------------------------------------------------------------------
# Members.

class TarInfo(object):
    """Metadata of one archive member, i.e. one header."""

    __slots__ = dict(
        name="Member name inside the archive.",
        mode="Permission bits.",
        uid="Owner's numeric user id.",
        gid="Owner's numeric group id.",
        size="Data size in bytes.",
        mtime="Modification time (seconds since the epoch).",
        chksum="Stored header checksum.",
        type="Member type, one of the *TYPE constants.",
        linkname="Target of a hard or symbolic link member.",
        uname="Owner's user name.",
        gname="Owner's group name.",
        devmajor="Device major number.",
        devminor="Device minor number.",
        offset="Archive offset of the header.",
        offset_data="Archive offset of the data.",
        pax_headers="The member's pax extended header, as a dict.",
        sparse="Data runs of a sparse member, or None.",
        _tarfile=None,
        _sparse_structs=None,
        _link_target=None,
    )

    _FRESH = (("mode", 0o644), ("uid", 0), ("gid", 0), ("size", 0),
              ("mtime", 0), ("chksum", 0), ("type", REGTYPE),
              ("linkname", ""), ("uname", ""), ("gname", ""),
              ("devmajor", 0), ("devminor", 0), ("offset", 0),
              ("offset_data", 0), ("sparse", None))

    def __init__(self, name=""):
        self.name = name
        for attr, initial in self._FRESH:
            setattr(self, attr, initial)
        self.pax_headers = {}

    @staticmethod
    def _tarfile_deprecated():
        import warnings
        warnings.warn('The undocumented "tarfile" attribute of TarInfo objects '
                      + 'is deprecated and will be removed in Python 3.16',
                      DeprecationWarning, stacklevel=3)

    @property
    def tarfile(self):
        self._tarfile_deprecated()
        return self._tarfile

    @tarfile.setter
    def tarfile(self, tarfile):
        self._tarfile_deprecated()
        self._tarfile = tarfile

    path = property(lambda self: self.name,
                    lambda self, value: setattr(self, "name", value),
                    doc="pax's word for name.")
    linkpath = property(lambda self: self.linkname,
                        lambda self, value: setattr(self, "linkname", value),
                        doc="pax's word for linkname.")

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP,
                uid=_KEEP, gid=_KEEP, uname=_KEEP, gname=_KEEP,
                deep=True, _KEEP=_KEEP):
        """A copy (deep by default) with the given attributes changed."""
        clone = (copy.deepcopy if deep else copy.copy)(self)
        given = dict(name=name, mtime=mtime, mode=mode, linkname=linkname,
                     uid=uid, gid=gid, uname=uname, gname=gname)
        for attr, value in given.items():
            if value is not _KEEP:
                setattr(clone, attr, value)
        return clone

    _INFO_FIELDS = ("name", "mode", "uid", "gid", "size", "mtime", "chksum",
                    "type", "linkname", "uname", "gname", "devmajor", "devminor")

    def get_info(self):
        """The header fields as a dict (directory names end in a slash)."""
        info = {field: getattr(self, field) for field in self._INFO_FIELDS}
        if info["mode"] is not None:
            info["mode"] &= 0o7777
        if info["type"] == DIRTYPE and not info["name"].endswith("/"):
            info["name"] = info["name"] + "/"
        return info

    # Writing headers.

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The header block(s) for this member in the given format."""
        info = self.get_info()
        for field, value in info.items():
            if value is None:
                raise ValueError("%s may not be None" % field)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        builder = {USTAR_FORMAT: self.create_ustar_header,
                   GNU_FORMAT: self.create_gnu_header}.get(format)
        if builder is None:
            raise ValueError("invalid format")
        return builder(info, encoding, errors)

    def create_ustar_header(self, info, encoding, errors):
        info["magic"] = POSIX_MAGIC
        if len(info["linkname"].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError("linkname is too long")
        if len(info["name"].encode(encoding, errors)) > LENGTH_NAME:
            info["prefix"], info["name"] = self._posix_split_name(
                info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info["magic"] = GNU_MAGIC
        out = []
        for field, kind, limit in (("linkname", GNUTYPE_LONGLINK, LENGTH_LINK),
                                   ("name", GNUTYPE_LONGNAME, LENGTH_NAME)):
            if len(info[field].encode(encoding, errors)) > limit:
                out.append(self._create_gnu_long_header(info[field], kind,
                                                        encoding, errors))
        out.append(self._create_header(info, GNU_FORMAT, encoding, errors))
        return b"".join(out)

    _PAX_TEXT = (("name", "path", LENGTH_NAME), ("linkname", "linkpath", LENGTH_LINK),
                 ("uname", "uname", 32), ("gname", "gname", 32))
    _PAX_NUMBERS = (("uid", 8), ("gid", 8), ("size", 12), ("mtime", 12))

    def create_pax_header(self, info, encoding):
        """A ustar block, after a pax extended header when some field does
        not fit ustar (non-ASCII or long text, big or fractional numbers).
        Keywords already in self.pax_headers win."""
        info["magic"] = POSIX_MAGIC
        extra = dict(self.pax_headers)
        for field, keyword, limit in self._PAX_TEXT:
            text = info[field]
            if keyword not in extra and (len(text) > limit or not text.isascii()):
                extra[keyword] = text
        for field, digits in self._PAX_NUMBERS:
            value = info[field]
            inexact = isinstance(value, float)
            whole = round(value) if inexact else value
            fits = 0 <= whole < 8 ** (digits - 1)
            if fits and not inexact:
                continue
            # Rounded (or zero when too big) in the ustar block, exact in pax.
            info[field] = whole if fits else 0
            extra.setdefault(field, str(value))
        head = self._create_pax_generic_header(extra, XHDTYPE, encoding) if extra else b""
        return head + self._create_header(info, USTAR_FORMAT, "ascii", "replace")

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        """(prefix, name) for a name too long for ustar's name field, cut at
        the first slash that makes both parts fit."""
        def fits(text, limit):
            return len(text.encode(encoding, errors)) <= limit
        cut = name.find("/")
        while cut != -1:
            head, tail = name[:cut], name[cut + 1:]
            if fits(head, LENGTH_PREFIX) and fits(tail, LENGTH_NAME):
                return head, tail
            cut = name.find("/", cut + 1)
        raise ValueError("name is too long")

    @staticmethod
    def _create_header(info, format, encoding, errors):
        """One 512-byte header block from the fields in info."""
        device = info.get("type") in (CHRTYPE, BLKTYPE)
        kind = info.get("type", REGTYPE)
        if kind is None:
            raise ValueError("TarInfo.type must not be None")
        parts = []
        for field, lo, hi, codec in _LAYOUT:
            width = hi - lo
            if field == "chksum":
                parts.append(b" " * width)
            elif field == "type":
                parts.append(kind)
            elif field == "magic":
                parts.append(info.get("magic", POSIX_MAGIC))
            elif field in ("devmajor", "devminor") and not device:
                parts.append(NUL * width)
            elif codec == "text":
                parts.append(stn(info.get(field, ""), width, encoding, errors))
            else:
                value = info.get(field, 0)
                if field == "mode":
                    value &= 0o7777
                parts.append(itn(value, width, format))
        block = b"".join(parts).ljust(BLOCKSIZE, NUL)[:BLOCKSIZE]
        checksum = ("%06o" % calc_chksums(block)[0]).encode("ascii") + NUL
        return block[:148] + checksum + block[155:]

    @staticmethod
    def _create_payload(payload):
        return payload.ljust(_padded(len(payload)), NUL)

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        body = name.encode(encoding, errors) + NUL
        head = cls._create_header(
            {"name": "././@LongLink", "type": type, "size": len(body),
             "magic": GNU_MAGIC}, USTAR_FORMAT, encoding, errors)
        return head + cls._create_payload(body)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        """An extended (XHDTYPE) or global (XGLTYPE) header holding the
        records of pax_headers. Should a value not be valid UTF-8 (it
        carries surrogate escapes), all values are written as raw bytes in
        `encoding`, announced by a leading hdrcharset=BINARY record."""
        binary = not all(_encodes_as_utf8(v) for v in pax_headers.values())
        records = [b"21 hdrcharset=BINARY\n"] if binary else []
        for keyword, value in pax_headers.items():
            raw = value.encode(encoding, "surrogateescape") if binary else value.encode("utf-8")
            records.append(_pax_record(keyword.encode("utf-8"), raw))
        body = b"".join(records)
        head = cls._create_header(
            {"name": "././@PaxHeader", "type": type, "size": len(body),
             "magic": POSIX_MAGIC}, USTAR_FORMAT, "ascii", "replace")
        return head + cls._create_payload(body)

    # Reading headers.

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one header block."""
        if not buf:
            raise EmptyHeaderError("empty header")
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError("end of file header")
        stored = nti(buf[148:156])
        if stored not in calc_chksums(buf):
            raise InvalidHeaderError("bad checksum")
        fields = {}
        for field, lo, hi, codec in _LAYOUT:
            if codec == "text":
                fields[field] = nts(buf[lo:hi], encoding, errors)
            elif codec == "num":
                fields[field] = nti(buf[lo:hi])
        prefix = fields.pop("prefix")
        member = cls()
        for field, value in fields.items():
            setattr(member, field, value)
        member.chksum = stored
        member.type = buf[156:157]
        # A pre-POSIX archive marks directories by a trailing slash only.
        if member.type == AREGTYPE and member.name.endswith("/"):
            member.type = DIRTYPE
        if member.type == GNUTYPE_SPARSE:
            member._sparse_structs = (_sparse_pairs(buf, _GNU_SPARSE_AT, 4),
                                      bool(buf[_GNU_EXT_FLAG]),
                                      nti(buf[_GNU_REALSIZE]))
        if member.isdir():
            member.name = member.name.rstrip("/")
        if prefix and member.type not in GNU_TYPES:
            member.name = prefix + "/" + member.name
        return member

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of tarfile, with extended headers applied."""
        block = tarfile.fileobj.read(BLOCKSIZE)
        member = cls.frombuf(block, tarfile.encoding, tarfile.errors)
        member.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return member._proc_member(tarfile)

    # The _proc_*() methods finish a member read by fromtarfile(); they may
    # read more blocks, and they leave tarfile.offset at the next header.
    # Subclasses can override them to handle further types.

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type == GNUTYPE_SPARSE:
            return self._proc_sparse(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _data_end(self):
        """Where the next header starts, given offset_data."""
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            return self.offset_data + self._block(self.size)
        return self.offset_data

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self._data_end()
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip("/")
        return self

    def _following(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        payload = tarfile.fileobj.read(self._block(self.size))
        member = self._following(tarfile)
        member.offset = self.offset
        text = nts(payload, tarfile.encoding, tarfile.errors)
        if self.type == GNUTYPE_LONGNAME:
            member.name = text
        else:
            member.linkname = text
        if member.isdir():
            member.name = member.name.removesuffix("/")
        return member

    def _proc_sparse(self, tarfile):
        runs, more, realsize = self._sparse_structs
        del self._sparse_structs
        while more:
            block = tarfile.fileobj.read(BLOCKSIZE)
            runs.extend(run for run in _sparse_pairs(block, 0, 21) if run[0] and run[1])
            more = bool(block[504])
        self.sparse = runs
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self.offset_data + self._block(self.size)
        self.size = realsize
        return self

    @staticmethod
    def _split_pax_records(buf):
        """[(length, keyword, value)] of the raw records in buf."""
        records = []
        pos = 0
        while pos < len(buf) and buf[pos] != 0:
            found = _PAX_LENGTH.match(buf, pos)
            if found is None:
                raise InvalidHeaderError("invalid header")
            length = int(found.group(1))
            last = pos + length - 1         # the record's closing newline
            if length < 5 or last >= len(buf) or buf[last] != 0x0A:
                raise InvalidHeaderError("invalid header")
            keyword, sep, value = buf[found.end():last].partition(b"=")
            if not keyword or not sep:
                raise InvalidHeaderError("invalid header")
            records.append((length, keyword, value))
            pos += length
        return records

    def _proc_pax(self, tarfile):
        """An extended header (applies to the next member) or a global one
        (changes tarfile.pax_headers for all that follow)."""
        records = self._split_pax_records(tarfile.fileobj.read(self._block(self.size)))
        if self.type == XGLTYPE:
            headers = tarfile.pax_headers
        else:
            headers = tarfile.pax_headers.copy()
        # Name-like values are UTF-8 unless the first hdrcharset record says
        # BINARY, meaning the archive's own encoding.
        charset = "utf-8"
        for _, keyword, value in records:
            if keyword == b"hdrcharset":
                if value == b"BINARY":
                    charset = tarfile.encoding
                break
        errors = tarfile.errors
        for _, raw_key, raw_value in records:
            key = _pax_decode(raw_key, "utf-8", "utf-8", errors)
            if key in PAX_NAME_FIELDS:
                headers[key] = _pax_decode(raw_value, charset, tarfile.encoding, errors)
            else:
                headers[key] = _pax_decode(raw_value, "utf-8", "utf-8", errors)
        member = self._following(tarfile)
        # GNU tar's three ways of storing sparse files in pax archives.
        if "GNU.sparse.map" in headers:
            self._proc_gnusparse_01(member, headers)
        elif "GNU.sparse.size" in headers:
            self._proc_gnusparse_00(member, records)
        elif (headers.get("GNU.sparse.major"), headers.get("GNU.sparse.minor")) == ("1", "0"):
            self._proc_gnusparse_10(member, headers, tarfile)
        if self.type != XGLTYPE:
            member._apply_pax_info(headers, tarfile.encoding, tarfile.errors)
            member.offset = self.offset
            if "size" in headers:
                # The real size is known only now; so is the data's end.
                tarfile.offset = member._data_end()
        return member

    def _proc_gnusparse_00(self, next, raw_headers):
        columns = {b"GNU.sparse.offset": [], b"GNU.sparse.numbytes": []}
        for _, keyword, value in raw_headers:
            if keyword in columns:
                try:
                    columns[keyword].append(int(value.decode()))
                except ValueError:
                    raise InvalidHeaderError("invalid header")
        next.sparse = list(zip(*columns.values()))

    def _proc_gnusparse_01(self, next, pax_headers):
        numbers = list(map(int, pax_headers["GNU.sparse.map"].split(",")))
        next.sparse = list(zip(numbers[0::2], numbers[1::2]))

    def _proc_gnusparse_10(self, next, pax_headers, tarfile):
        # Version 1.0 keeps the map in front of the data, in decimal lines:
        # the number of runs, then offset and size of each.
        pending = tarfile.fileobj.read(BLOCKSIZE)
        line, pending = pending.split(b"\n", 1)
        wanted = 2 * int(line)
        numbers = []
        while len(numbers) < wanted:
            if b"\n" not in pending:
                pending += tarfile.fileobj.read(BLOCKSIZE)
            line, pending = pending.split(b"\n", 1)
            numbers.append(int(line))
        next.offset_data = tarfile.fileobj.tell()
        next.sparse = list(zip(numbers[0::2], numbers[1::2]))

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for key, value in pax_headers.items():
            if key == "GNU.sparse.name":
                self.path = value
            elif key in ("GNU.sparse.size", "GNU.sparse.realsize"):
                self.size = int(value)
            elif key in PAX_FIELDS:
                convert = PAX_NUMBER_FIELDS.get(key)
                if convert is not None:
                    try:
                        value = convert(value)
                    except ValueError:
                        value = 0
                elif key == "path":
                    value = value.rstrip("/")
                setattr(self, key, value)
        self.pax_headers = dict(pax_headers)

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        return _pax_decode(value, encoding, fallback_encoding, fallback_errors)

    def _block(self, count):
        return _padded(count)

    # Type tests.

    def isreg(self):
        """A regular file (any of REGULAR_TYPES)."""
        return self.type in REGULAR_TYPES

    def isfile(self):
        """Same as isreg()."""
        return self.isreg()

    def isdir(self):
        """A directory."""
        return self.type == DIRTYPE

    def issym(self):
        """A symbolic link."""
        return self.type == SYMTYPE

    def islnk(self):
        """A hard link."""
        return self.type == LNKTYPE

    def ischr(self):
        """A character device."""
        return self.type == CHRTYPE

    def isblk(self):
        """A block device."""
        return self.type == BLKTYPE

    def isfifo(self):
        """A named pipe."""
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        """A device or a named pipe."""
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


# ---------------------------------------------------------------------------
# Archives.

def _zlib_error():
    try:
        import zlib
    except ImportError:
        return ()
    return zlib.error


# Which TarInfo type a stat mode becomes (regular files and links aside).
_TYPE_OF_FMT = {
    stat.S_IFDIR: DIRTYPE,
    stat.S_IFIFO: FIFOTYPE,
    stat.S_IFLNK: SYMTYPE,
    stat.S_IFCHR: CHRTYPE,
    stat.S_IFBLK: BLKTYPE,
}

# And back, for list()'s mode column.
_FMT_OF_TYPE = {
    REGTYPE: stat.S_IFREG, DIRTYPE: stat.S_IFDIR, SYMTYPE: stat.S_IFLNK,
    FIFOTYPE: stat.S_IFIFO, CHRTYPE: stat.S_IFCHR, BLKTYPE: stat.S_IFBLK,
}

# The method of TarFile that creates each member type on disk.
_MAKERS = {
    DIRTYPE: "makedir", FIFOTYPE: "makefifo",
    CHRTYPE: "makedev", BLKTYPE: "makedev",
    LNKTYPE: "makelink", SYMTYPE: "makelink",
}

_FILE_MODES = {"r": "rb", "a": "r+b", "w": "wb", "x": "xb"}


class TarFile(object):
    """A tar archive open for reading, writing or appending."""

    debug = 0                   # 0 (quiet) .. 3 (chatty), on stderr
    dereference = False         # add what symlinks point to, not the links
    ignore_zeros = False        # read on past zero or broken blocks
    errorlevel = 1              # 0: log errors; 1: raise fatal; 2: raise all
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo           # the member class
    fileobject = ExFileObject   # what extractfile() returns
    extraction_filter = None

    def __init__(self, name=None, mode="r", fileobj=None, format=None,
            tarinfo=None, dereference=None, ignore_zeros=None, encoding=None,
            errors="surrogateescape", pax_headers=None, debug=None,
            errorlevel=None, copybufsize=None, stream=False):
        """Open the uncompressed archive `name` (or the file object
        `fileobj`) with mode 'r', 'a', 'w' or 'x'. Other arguments, when
        given, replace the class-level defaults."""
        if mode not in _FILE_MODES:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        self.mode = mode
        self._mode = _FILE_MODES[mode]
        self._extfileobj = bool(fileobj)
        if fileobj:
            label = getattr(fileobj, "name", None)
            if name is None and isinstance(label, (str, bytes)):
                name = label
            self._mode = getattr(fileobj, "mode", self._mode)
        else:
            if mode == "a" and not os.path.exists(name):
                self.mode, self._mode = "w", "wb"   # nothing to append to
            fileobj = bltn_open(name, self._mode)
        self.name = os.path.abspath(name) if name else None
        self.fileobj = fileobj
        self.stream = stream

        overrides = dict(format=format, tarinfo=tarinfo, dereference=dereference,
                         ignore_zeros=ignore_zeros, encoding=encoding,
                         debug=debug, errorlevel=errorlevel)
        for attr, value in overrides.items():
            if value is not None:
                setattr(self, attr, value)
        self.errors = errors
        usable = pax_headers is not None and self.format == PAX_FORMAT
        self.pax_headers = pax_headers if usable else {}
        self.copybufsize = copybufsize

        self.closed = False
        self.members = []
        self._loaded = False
        self.firstmember = None
        self.offset = self.fileobj.tell()
        self.inodes = {}            # (st_ino, st_dev) -> first arcname

        try:
            if self.mode == "r":
                self.firstmember = self.next()
            elif self.mode == "a":
                self._find_end()
            if self.mode != "r":
                self._loaded = True
                if self.pax_headers:
                    block = self.tarinfo.create_pax_global_header(dict(self.pax_headers))
                    self.fileobj.write(block)
                    self.offset += len(block)
        except:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _find_end(self):
        """Read the members of an archive opened for appending; leave the
        file at its end-of-archive blocks, which new members overwrite."""
        while True:
            self.fileobj.seek(self.offset)
            try:
                member = self.tarinfo.fromtarfile(self)
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                return
            except HeaderError as e:
                raise ReadError(str(e)) from None
            self.members.append(member)

    # Opening.

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open an archive. mode is 'r' or 'r:*' (any compression),
        'r:', 'r:gz', 'r:bz2', 'r:xz', 'a' or 'a:', 'w'/'x' optionally with
        ':gz', ':bz2', ':xz', or a stream mode 'r|*', 'r|', 'r|gz', ...,
        'w|', 'w|gz', ... for files that cannot seek."""
        if not name and not fileobj:
            raise ValueError("nothing to open")
        if mode in ("r", "r:*"):
            return cls._open_any(name, fileobj, kwargs)
        for sep, opener in ((":", cls._open_seekable), ("|", cls._open_stream)):
            if sep in mode:
                filemode, comptype = mode.split(sep, 1)
                return opener(name, filemode or "r", comptype or "tar",
                              fileobj, bufsize, kwargs)
        if mode in ("a", "w", "x"):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError("undiscernible mode")

    @classmethod
    def _open_any(cls, name, fileobj, kwargs):
        # Compressed formats first: a plain tar reader could be fooled.
        order = sorted(cls.OPEN_METH, key=lambda c: cls.OPEN_METH[c] == "taropen")
        failures = []
        for comptype in order:
            opener = getattr(cls, cls.OPEN_METH[comptype])
            start = fileobj.tell() if fileobj is not None else None
            try:
                return opener(name, "r", fileobj, **kwargs)
            except (ReadError, CompressionError) as e:
                failures.append(f"- method {comptype}: {e!r}")
                if fileobj is not None:
                    fileobj.seek(start)
        report = "\n".join(failures)
        raise ReadError(f"file could not be opened successfully:\n{report}")

    @classmethod
    def _open_seekable(cls, name, filemode, comptype, fileobj, bufsize, kwargs):
        if comptype not in cls.OPEN_METH:
            raise CompressionError("unknown compression type %r" % comptype)
        opener = getattr(cls, cls.OPEN_METH[comptype])
        return opener(name, filemode, fileobj, **kwargs)

    @classmethod
    def _open_stream(cls, name, filemode, comptype, fileobj, bufsize, kwargs):
        if filemode not in ("r", "w"):
            raise ValueError("mode must be 'r' or 'w'")
        level = kwargs.pop("compresslevel", 9)
        pipe = _Stream(name, filemode, comptype, fileobj, bufsize, level)
        try:
            archive = cls(name, filemode, pipe, **kwargs)
        except:
            pipe.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def taropen(cls, name, mode="r", fileobj=None, **kwargs):
        """Open an uncompressed archive."""
        if mode not in _FILE_MODES:
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def _over_compressed(cls, name, mode, wrapper, label, failures, kwargs):
        """taropen() over the decompressing file `wrapper`, which the archive
        then owns; `failures` while reading mean 'not a <label> file'."""
        try:
            archive = cls.taropen(name, mode, wrapper, **kwargs)
        except failures as e:
            wrapper.close()
            if mode == "r":
                raise ReadError("not %s %s file" % ("an" if label == "lzma" else "a", label)) from e
            raise
        except:
            wrapper.close()
            raise
        archive._extfileobj = False
        return archive

    @staticmethod
    def _compressed_mode(mode):
        if mode not in ("r", "w", "x"):
            raise ValueError("mode must be 'r', 'w' or 'x'")

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip-compressed archive (appending is impossible)."""
        cls._compressed_mode(mode)
        try:
            from gzip import GzipFile
        except ImportError:
            raise CompressionError("gzip module is not available") from None
        try:
            wrapper = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is not None and mode == "r":
                raise ReadError("not a gzip file") from e
            raise
        return cls._over_compressed(name, mode, wrapper, "gzip", OSError, kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a bzip2-compressed archive (appending is impossible)."""
        cls._compressed_mode(mode)
        try:
            from bz2 import BZ2File
        except ImportError:
            raise CompressionError("bz2 module is not available") from None
        wrapper = BZ2File(fileobj or name, mode, compresslevel=compresslevel)
        return cls._over_compressed(name, mode, wrapper, "bzip2",
                                    (OSError, EOFError), kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """Open an xz-compressed archive (appending is impossible)."""
        cls._compressed_mode(mode)
        try:
            from lzma import LZMAFile, LZMAError
        except ImportError:
            raise CompressionError("lzma module is not available") from None
        wrapper = LZMAFile(fileobj or name, mode, preset=preset)
        return cls._over_compressed(name, mode, wrapper, "lzma",
                                    (LZMAError, EOFError), kwargs)

    OPEN_METH = {
        "tar": "taropen",   # bzip2, gzip, xz and uncompressed
        "gz": "gzopen",
        "bz2": "bz2open",
        "xz": "xzopen",
    }

    def close(self):
        """Finish the archive (end blocks and record padding when writing)
        and close the file if this object opened it."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in "awx":
                trailer = 2 * BLOCKSIZE
                end = self.offset + trailer
                trailer += -end % RECORDSIZE
                self.fileobj.write(NUL * trailer)
                self.offset += 2 * BLOCKSIZE
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    # Looking at members.

    def getmember(self, name):
        """The TarInfo of member `name` (its last occurrence)."""
        found = self._getmember(name.rstrip("/"))
        if found is None:
            raise KeyError("filename %r not found" % name)
        return found

    def getmembers(self):
        """All members, in archive order."""
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """All member names, in archive order."""
        return [member.name for member in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo describing the file `name` (or the open file `fileobj`),
        to be stored as `arcname`; None for a file type tar cannot hold."""
        self._check("awx")
        if fileobj is not None:
            name = fileobj.name
        stored = name if arcname is None else arcname
        stored = os.path.splitdrive(stored)[1].replace(os.sep, "/").lstrip("/")

        info = self.tarinfo()
        info._tarfile = self
        if fileobj is not None:
            st = os.fstat(fileobj.fileno())
        else:
            st = (os.stat if self.dereference else os.lstat)(name)
        fmt = stat.S_IFMT(st.st_mode)
        target = ""
        if fmt == stat.S_IFREG:
            key = (st.st_ino, st.st_dev)
            first = self.inodes.get(key)
            if (not self.dereference and st.st_nlink > 1
                    and first is not None and first != stored):
                kind, target = LNKTYPE, first   # seen under another name
            else:
                kind = REGTYPE
                if st.st_ino:
                    self.inodes[key] = stored
        elif fmt in _TYPE_OF_FMT:
            kind = _TYPE_OF_FMT[fmt]
            if kind == SYMTYPE:
                target = os.readlink(name)
        else:
            return None

        info.name = stored
        info.mode = st.st_mode
        info.uid, info.gid = st.st_uid, st.st_gid
        info.size = st.st_size if kind == REGTYPE else 0
        info.mtime = st.st_mtime
        info.type = kind
        info.linkname = target
        for module, lookup, number, field in ((pwd, "getpwuid", info.uid, "uname"),
                                              (grp, "getgrgid", info.gid, "gname")):
            if module:
                try:
                    setattr(info, field, getattr(module, lookup)(number)[0])
                except KeyError:
                    pass
        if kind in (CHRTYPE, BLKTYPE) and hasattr(os, "major") and hasattr(os, "minor"):
            info.devmajor = os.major(st.st_rdev)
            info.devminor = os.minor(st.st_rdev)
        return info

    @staticmethod
    def _long_listing(member):
        """The ls -l style columns list() prints before a member's name."""
        if member.mode is None:
            yield "??????????"
        else:
            yield stat.filemode(_FMT_OF_TYPE.get(member.type, 0) | member.mode)
        yield "%s/%s" % (member.uname or member.uid, member.gname or member.gid)
        if member.ischr() or member.isblk():
            yield "%10s" % ("%d,%d" % (member.devmajor, member.devminor))
        else:
            yield "%10d" % member.size
        if member.mtime is None:
            yield "????-??-?? ??:??:??"
        else:
            yield "%d-%02d-%02d %02d:%02d:%02d" % time.localtime(member.mtime)[:6]

    def list(self, verbose=True, *, members=None):
        """Print the members' names; verbose adds ls -l like details."""
        self._check()
        for member in (self if members is None else members):
            columns = list(self._long_listing(member)) if verbose else []
            columns.append(member.name + ("/" if member.isdir() else ""))
            if verbose and member.issym():
                columns.append("-> " + member.linkname)
            if verbose and member.islnk():
                columns.append("link to " + member.linkname)
            for column in columns:
                _safe_print(column)
            print()

    # Writing.

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        """Store the file `name` as `arcname`, directories with everything
        below them unless recursive is false. filter(tarinfo) can change
        each member or drop it by returning None."""
        self._check("awx")
        if arcname is None:
            arcname = name
        if self.name is not None and os.path.abspath(name) == self.name:
            self._dbg(2, "tarfile: Skipped %r" % name)      # the archive itself
            return
        self._dbg(1, name)
        member = self.gettarinfo(name, arcname)
        if member is None:
            self._dbg(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None:
            member = filter(member)
            if member is None:
                self._dbg(2, "tarfile: Excluded %r" % name)
                return
        if not member.isreg():
            self.addfile(member)
        else:
            with bltn_open(name, "rb") as source:
                self.addfile(member, source)
        if member.isdir() and recursive:
            for entry in sorted(os.listdir(name)):
                self.add(os.path.join(name, entry), os.path.join(arcname, entry),
                         recursive, filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        """Write the member `tarinfo`, taking tarinfo.size bytes of data
        from fileobj."""
        self._check("awx")
        if fileobj is None and tarinfo.isreg() and tarinfo.size != 0:
            raise ValueError("fileobj not provided for non zero-size regular file")
        member = copy.copy(tarinfo)
        head = member.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(head)
        self.offset += len(head)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, member.size, bufsize=self.copybufsize)
            padding = _padded(member.size) - member.size
            if padding:
                self.fileobj.write(NUL * padding)
            self.offset += member.size + padding
        self.members.append(member)

    # Extracting.

    def _get_filter_function(self, filter):
        if filter is not None:
            if callable(filter):
                return filter
            if filter not in _NAMED_FILTERS:
                raise ValueError(f"filter {filter!r} not found")
            return _NAMED_FILTERS[filter]
        chosen = self.extraction_filter
        if chosen is None:
            import warnings
            warnings.warn("Python 3.14 will, by default, filter extracted tar "
                          + "archives and reject files or modify their metadata. "
                          + "Use the filter argument to control this behavior.",
                          DeprecationWarning, stacklevel=3)
            return fully_trusted_filter
        if isinstance(chosen, str):
            raise TypeError("String names are not supported for "
                            + "TarFile.extraction_filter. Use a function such as "
                            + "tarfile.data_filter directly.")
        return chosen

    def extractall(self, path=".", members=None, *, numeric_owner=False,
                   filter=None):
        """Extract all members (or those given) below path. Directories get
        their owner, times and mode at the end, deepest first, so that
        writing into them is not blocked."""
        apply_filter = self._get_filter_function(filter)
        deferred = []
        for member in (self if members is None else members):
            info = self._get_extract_tarinfo(member, apply_filter, path)
            if info is None:
                continue
            is_dir = info.isdir()
            if is_dir:
                deferred.append(info)
            self._extract_one(info, path, set_attrs=not is_dir,
                              numeric_owner=numeric_owner)
        for info in sorted(deferred, key=lambda d: d.name, reverse=True):
            where = os.path.join(path, info.name)
            try:
                self.chown(info, where, numeric_owner=numeric_owner)
                self.utime(info, where)
                self.chmod(info, where)
            except ExtractError as e:
                self._handle_nonfatal_error(e)

    def extract(self, member, path="", set_attrs=True, *, numeric_owner=False,
                filter=None):
        """Extract one member (name or TarInfo) below path."""
        apply_filter = self._get_filter_function(filter)
        info = self._get_extract_tarinfo(member, apply_filter, path)
        if info is not None:
            self._extract_one(info, path, set_attrs, numeric_owner)

    def _get_extract_tarinfo(self, member, filter_function, path):
        original = self.getmember(member) if isinstance(member, str) else member
        info = original
        try:
            info = filter_function(original, path)
        except (OSError, FilterError) as e:
            self._handle_fatal_error(e)
        except ExtractError as e:
            self._handle_nonfatal_error(e)
        if info is None:
            self._dbg(2, "tarfile: Excluded %r" % original.name)
            return None
        if info.islnk():
            # Hard links point at an already extracted file below path.
            info = copy.copy(info)
            info._link_target = os.path.join(path, info.linkname)
        return info

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
        if not isinstance(e, OSError):
            self._dbg(1, "tarfile: %s %s" % (type(e).__name__, e))
        elif e.filename is None:
            self._dbg(1, "tarfile: %s" % e.strerror)
        else:
            self._dbg(1, "tarfile: %s %r" % (e.strerror, e.filename))

    def extractfile(self, member):
        """A binary file object reading the data of member (name or
        TarInfo), following links; None when it has no data."""
        self._check("r")
        info = self.getmember(member) if isinstance(member, str) else member
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if not (info.islnk() or info.issym()):
            return None
        if isinstance(self.fileobj, _Stream):
            raise StreamError("cannot extract (sym)link as file object")
        return self.extractfile(self._find_link_target(info))

    def _extract_member(self, tarinfo, targetpath, set_attrs=True,
                        numeric_owner=False):
        """Create tarinfo's file at targetpath, parents included."""
        targetpath = targetpath.rstrip("/").replace("/", os.sep)
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent, exist_ok=True)
        linked = tarinfo.islnk() or tarinfo.issym()
        self._dbg(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname) if linked else tarinfo.name)
        if tarinfo.isreg():
            maker = "makefile"
        elif tarinfo.type in _MAKERS:
            maker = _MAKERS[tarinfo.type]
        elif tarinfo.type not in SUPPORTED_TYPES:
            maker = "makeunknown"
        else:
            maker = "makefile"
        getattr(self, maker)(tarinfo, targetpath)
        if set_attrs:
            self.chown(tarinfo, targetpath, numeric_owner)
            if not tarinfo.issym():
                self.chmod(tarinfo, targetpath)
                self.utime(tarinfo, targetpath)

    def makedir(self, tarinfo, targetpath):
        # Private (0o700) until extractall() sets the real mode at the end.
        try:
            if tarinfo.mode is not None:
                os.mkdir(targetpath, 0o700)
            else:
                os.mkdir(targetpath)
        except FileExistsError:
            if not os.path.isdir(targetpath):
                raise

    def makefile(self, tarinfo, targetpath):
        source = self.fileobj
        source.seek(tarinfo.offset_data)
        step = self.copybufsize
        with bltn_open(targetpath, "wb") as target:
            if tarinfo.sparse is None:
                copyfileobj(source, target, tarinfo.size, ReadError, step)
                return
            for start, length in tarinfo.sparse:
                target.seek(start)
                copyfileobj(source, target, length, ReadError, step)
            target.seek(tarinfo.size)
            target.truncate()

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._dbg(1, "tarfile: Unknown file type %r, " \
                     "extracted as regular file." % tarinfo.type)

    def makefifo(self, tarinfo, targetpath):
        if not hasattr(os, "mkfifo"):
            raise ExtractError("fifo not supported by system")
        os.mkfifo(targetpath)

    def makedev(self, tarinfo, targetpath):
        if not (hasattr(os, "mknod") and hasattr(os, "makedev")):
            raise ExtractError("special devices not supported by system")
        kind = stat.S_IFBLK if tarinfo.isblk() else stat.S_IFCHR
        perms = 0o600 if tarinfo.mode is None else tarinfo.mode
        os.mknod(targetpath, perms | kind,
                 os.makedev(tarinfo.devmajor, tarinfo.devminor))

    def makelink(self, tarinfo, targetpath):
        """A symbolic or hard link; where the system cannot make one, a copy
        of the member it points to."""
        try:
            if tarinfo.issym():
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)
                os.symlink(tarinfo.linkname, targetpath)
                return
            if os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
                return
            self._extract_member(self._find_link_target(tarinfo), targetpath)
        except symlink_exception:
            try:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            except KeyError:
                raise ExtractError("unable to resolve link inside archive") from None

    @staticmethod
    def _owner_id(module, lookup, name, fallback):
        if module and name:
            try:
                return getattr(module, lookup)(name)[2]
            except KeyError:
                pass
        return fallback

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Give targetpath tarinfo's owner and group (only root can): by
        name, falling back to the ids, or by id only when numeric_owner."""
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            return
        uid, gid = tarinfo.uid, tarinfo.gid
        if not numeric_owner:
            gid = self._owner_id(grp, "getgrnam", tarinfo.gname, gid)
            uid = self._owner_id(pwd, "getpwnam", tarinfo.uname, uid)
        uid = -1 if uid is None else uid
        gid = -1 if gid is None else gid
        change = os.lchown if tarinfo.issym() and hasattr(os, "lchown") else os.chown
        try:
            change(targetpath, uid, gid)
        except (OSError, OverflowError) as e:
            raise ExtractError("could not change owner") from e

    def chmod(self, tarinfo, targetpath):
        if tarinfo.mode is not None:
            try:
                os.chmod(targetpath, tarinfo.mode)
            except OSError as e:
                raise ExtractError("could not change mode") from e

    def utime(self, tarinfo, targetpath):
        stamp = tarinfo.mtime
        if stamp is not None and hasattr(os, "utime"):
            try:
                os.utime(targetpath, (stamp, stamp))
            except OSError as e:
                raise ExtractError("could not change modification time") from e

    # Iterating.

    def next(self):
        """The next member (None at the end); only when reading."""
        self._check("ra")
        if self.firstmember is not None:
            member, self.firstmember = self.firstmember, None
            return member
        # Position at the next header, making sure the previous member's
        # data really is there.
        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError("unexpected end of data")
        member = None
        while member is None:
            try:
                member = self.tarinfo.fromtarfile(self)
            except (EOFHeaderError, InvalidHeaderError, EmptyHeaderError,
                    TruncatedHeaderError, SubsequentHeaderError) as e:
                if not self._header_trouble(e):
                    break
            except _zlib_error() as e:
                raise ReadError(f"zlib error: {e}") from None
        if member is None:
            self._loaded = True
        elif not self.stream:
            self.members.append(member)
        return member

    def _header_trouble(self, e):
        """Decide about a bad header at self.offset: True to try the next
        block (ignore_zeros), False when the archive ends here; raises
        ReadError when it is no archive at all."""
        if isinstance(e, SubsequentHeaderError):
            raise ReadError(str(e)) from None
        if self.ignore_zeros and isinstance(e, (EOFHeaderError, InvalidHeaderError)):
            self._dbg(2, "0x%X: %s" % (self.offset, e))
            self.offset += BLOCKSIZE
            return True
        if self.offset == 0 and not isinstance(e, EOFHeaderError):
            message = "empty file" if isinstance(e, EmptyHeaderError) else str(e)
            raise ReadError(message) from None
        return False

    def _getmember(self, name, tarinfo=None, normalize=False):
        """The last member called name, searching only those before tarinfo
        when it is given (matched by offset if it is a copy)."""
        members = self.getmembers()
        stop = len(members)
        hunting = False
        if tarinfo is not None:
            try:
                stop = members.index(tarinfo)
            except ValueError:
                hunting = True
        canon = os.path.normpath if normalize else str
        wanted = canon(name)
        for member in reversed(members[:stop]):
            if hunting:
                hunting = member.offset != tarinfo.offset
            elif canon(member.name) == wanted:
                return member
        if hunting:
            raise ValueError(tarinfo)
        return None

    def _load(self):
        if self.stream:
            return
        while self.next() is not None:
            pass
        self._loaded = True

    def _check(self, mode=None):
        """OSError unless the archive is open (in one of the given modes)."""
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError("bad operation for mode %r" % self.mode)

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            # Relative to the link's own directory; anywhere in the archive.
            folder = os.path.dirname(tarinfo.name)
            linkname = folder + "/" + tarinfo.linkname if folder else tarinfo.linkname
            before = None
        else:
            # A hard link names a member stored earlier.
            linkname = tarinfo.linkname
            before = tarinfo
        target = self._getmember(linkname, tarinfo=before, normalize=True)
        if target is None:
            raise KeyError("linkname %r not found" % linkname)
        return target

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        # Read lazily; getmembers() may run meanwhile and read ahead, so
        # walk self.members by index.
        seen = 0
        if self.firstmember is not None:
            seen = 1
            yield self.next()
        while True:
            if seen < len(self.members):
                member = self.members[seen]
            elif self._loaded:
                return
            else:
                member = self.next()
                if not member:
                    self._loaded = True
                    return
            seen += 1
            yield member

    def _dbg(self, level, msg):
        if self.debug >= level:
            print(msg, file=sys.stderr)

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, type, value, traceback):
        if type is not None:
            # Leave a failed archive as it is, without end blocks.
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
        else:
            self.close()


def is_tarfile(name):
    """Whether name (a path or a file object) is a tar archive we can read."""
    try:
        if not hasattr(name, "read"):
            open(name).close()
            return True
        start = name.tell()
        archive = open(fileobj=name)
        name.seek(start)
        archive.close()
        return True
    except TarError:
        return False


open = TarFile.open


# ---------------------------------------------------------------------------
# python -m tarfile

_CREATE_SUFFIXES = {
    ".gz": "gz", ".tgz": "gz",
    ".xz": "xz", ".txz": "xz",
    ".bz2": "bz2", ".tbz": "bz2", ".tbz2": "bz2", ".tb2": "bz2",
}


def _cli_parser():
    import argparse
    parser = argparse.ArgumentParser(
        description="A simple command-line interface for tarfile module.")
    parser.add_argument("-v", "--verbose", action="store_true", default=False,
                        help="Verbose output")
    parser.add_argument("--filter", metavar="<filtername>", choices=_NAMED_FILTERS,
                        help="Filter for extraction")
    actions = parser.add_mutually_exclusive_group(required=True)
    for flags, options in (
            (("-l", "--list"), dict(metavar="<tarfile>",
                                    help="Show listing of a tarfile")),
            (("-e", "--extract"), dict(nargs="+", metavar=("<tarfile>", "<output_dir>"),
                                       help="Extract tarfile into target dir")),
            (("-c", "--create"), dict(nargs="+", metavar=("<name>", "<file>"),
                                      help="Create tarfile from sources")),
            (("-t", "--test"), dict(metavar="<tarfile>",
                                    help="Test if a tarfile is valid"))):
        actions.add_argument(*flags, **options)
    return parser


def main():
    parser = _cli_parser()
    args = parser.parse_args()
    if args.filter and args.extract is None:
        parser.exit(1, "--filter is only valid for extraction\n")

    def readable(src):
        if not is_tarfile(src):
            parser.exit(1, "{!r} is not a tar archive.\n".format(src))

    if args.test is not None:
        readable(args.test)
        with open(args.test, "r") as archive:
            archive.getmembers()
            print(archive.getmembers(), file=sys.stderr)
        if args.verbose:
            print("{!r} is a tar archive.".format(args.test))
    elif args.list is not None:
        readable(args.list)
        with TarFile.open(args.list, "r:*") as archive:
            archive.list(verbose=args.verbose)
    elif args.extract is not None:
        if len(args.extract) > 2:
            parser.exit(1, parser.format_help())
        src = args.extract[0]
        dest = args.extract[1] if len(args.extract) == 2 else os.curdir
        readable(src)
        with TarFile.open(src, "r:*") as archive:
            archive.extractall(path=dest, filter=args.filter)
        if args.verbose:
            if dest == ".":
                print("{!r} file is extracted.".format(src))
            else:
                print("{!r} file is extracted into {!r} directory.".format(src, dest))
    elif args.create is not None:
        target, *sources = args.create
        suffix = os.path.splitext(target)[1]
        mode = "w:" + _CREATE_SUFFIXES[suffix] if suffix in _CREATE_SUFFIXES else "w"
        with TarFile.open(target, mode) as archive:
            for source in sources:
                archive.add(source)
        if args.verbose:
            print("{!r} file created.".format(target))


if __name__ == "__main__":
    main()
