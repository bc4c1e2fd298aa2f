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


def _import_or_none(modname):
    try:
        return __import__(modname)
    except ImportError:
        return None


pwd = _import_or_none("pwd")
grp = _import_or_none("grp")

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
    digits = s.partition(NUL)[0]
    try:
        return int(digits.decode("ascii").strip() or "0", 8)
    except ValueError:      # bad digits, or not ASCII at all
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
    if length is not None:
        left = length
        while left > 0:
            want = step if left > step else left
            chunk = src.read(want)
            if len(chunk) < want:
                raise exception("unexpected end of data")
            dst.write(chunk)
            left -= want
    else:
        shutil.copyfileobj(src, dst, step)


def _safe_print(s):
    enc = getattr(sys.stdout, "encoding", None)
    text = s if enc is None else s.encode(enc, "backslashreplace").decode(enc)
    print(text, end=" ")


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
        flags = self._FLAGS[mode] | getattr(os, "O_BINARY", 0)
        self._descriptor = os.open(name, flags, 0o666)

    def read(self, size):
        return os.read(self._descriptor, size)

    def write(self, data):
        os.write(self._descriptor, data)

    def close(self):
        os.close(self._descriptor)


def _load_codec(module):
    found = _import_or_none(module)
    if found is None:
        raise CompressionError("%s module is not available" % module) from None
    return found


class _Stream:
    """Sequential archive file for the '|' modes, over something that can
    only be read or written front to back (pipe, socket, tape). It
    compresses or decompresses on the fly; comptype is 'tar' (none), 'gz',
    'bz2', 'xz', or '*' to sniff it from the first block when reading."""

    def __init__(self, name, mode, comptype, fileobj, bufsize, compresslevel):
        self._borrowed = fileobj is not None
        raw = fileobj if self._borrowed else _FdFile(name, mode)
        if comptype == "*":
            raw = _StreamProxy(raw)
            comptype = raw.getcomptype()
        self.name = name or ""
        self.mode = mode
        self.closed = False
        self._raw = raw
        self._kind = comptype
        self._chunk = bufsize
        self._pending = b""     # raw bytes: unwritten output, unread input
        self._plain = b""       # decompressed bytes not handed out yet
        self._at = 0            # position in the uncompressed archive
        self._codec = None      # the (de)compressor object
        try:
            if comptype in self._SETUP:
                self._SETUP[comptype](self, compresslevel)
            elif comptype != "tar":
                raise CompressionError("unknown compression type %r" % comptype)
        except:
            self._shut()
            raise

    def _shut(self):
        self.closed = True
        if not self._borrowed:
            self._raw.close()

    def __del__(self):
        if getattr(self, "closed", True) is False:
            self.close()

    # Compression set-up, one method per comptype.

    def _setup_gz(self, level):
        zlib = self._zlib = _load_codec("zlib")
        self._crc = zlib.crc32(b"")
        if self.mode == "w":
            self._codec = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS,
                                           zlib.DEF_MEM_LEVEL, 0)
            self._put(self._gzip_header())
        else:
            self._broken = zlib.error
            self._codec = zlib.decompressobj(-zlib.MAX_WBITS)
            self._skip_gzip_header()

    def _setup_bz2(self, level):
        bz2 = _load_codec("bz2")
        if self.mode == "w":
            self._codec = bz2.BZ2Compressor(level)
        else:
            self._broken, self._codec = OSError, bz2.BZ2Decompressor()

    def _setup_xz(self, level):
        lzma = _load_codec("lzma")
        if self.mode == "w":
            self._codec = lzma.LZMACompressor()
        else:
            self._broken, self._codec = lzma.LZMAError, lzma.LZMADecompressor()

    _SETUP = {"gz": _setup_gz, "bz2": _setup_bz2, "xz": _setup_xz}

    def _gzip_header(self):
        # RFC 1952 member header: magic, deflate, FNAME flag, mtime, XFL=2
        # (best compression), OS unknown, then the bare file name in
        # Latin-1 without a .gz suffix.
        fname = os.path.basename(self.name.removesuffix(".gz"))
        return b"".join([b"\x1f\x8b\x08\x08", struct.pack("<L", int(time.time())),
                         b"\x02\xff", fname.encode("iso-8859-1", "replace"), NUL])

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
        self._at += len(s)
        if self._codec is None:
            self._put(s)
            return
        if self._kind == "gz":
            self._crc = self._zlib.crc32(s, self._crc)
        self._put(self._codec.compress(s))

    def _put(self, data):
        pending = self._pending + data
        size = self._chunk
        while len(pending) > size:
            self._raw.write(pending[:size])
            pending = pending[size:]
        self._pending = pending

    def close(self):
        if self.closed:
            return
        try:
            if self.mode == "w":
                rest, self._pending = self._pending, b""
                if self._codec is not None:
                    rest += self._codec.flush()
                if rest:
                    self._raw.write(rest)
                    if self._kind == "gz":
                        self._raw.write(struct.pack(
                            "<LL", self._crc, self._at & 0xFFFFFFFF))
        finally:
            self._shut()

    # Reading.

    def tell(self):
        return self._at

    def seek(self, pos=0):
        """Skip forward to pos by reading; going back is impossible."""
        gap = pos - self._at
        if gap < 0:
            raise StreamError("seeking backwards is not allowed")
        while gap > 0:
            step = min(gap, self._chunk)
            self.read(step)
            gap -= step
        return self._at

    def read(self, size):
        assert size is not None
        data = self._take(size) if self._codec is None else self._inflate(size)
        self._at += len(data)
        return data

    def _inflate(self, size):
        out = [self._plain]
        have = len(self._plain)
        while have < size:
            raw, self._pending = self._pending, b""
            if not raw:
                raw = self._raw.read(self._chunk)
                if not raw:
                    break
            try:
                plain = self._codec.decompress(raw)
            except self._broken as e:
                raise ReadError("invalid compressed data") from e
            out.append(plain)
            have += len(plain)
        joined = b"".join(out)
        self._plain = joined[size:]
        return joined[:size]

    def _take(self, size):
        """size raw bytes (fewer at the end of the input)."""
        out = [self._pending]
        have = len(self._pending)
        while have < size:
            more = self._raw.read(self._chunk)
            if not more:
                break
            out.append(more)
            have += len(more)
        joined = b"".join(out)
        self._pending = joined[size:]
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
        self._inner = fileobj
        self._head = fileobj.read(BLOCKSIZE)
        self._replayed = False

    def read(self, size):
        if self._replayed:
            return self._inner.read(size)
        self._replayed = True
        return self._head

    def getcomptype(self):
        for kind, matches in self._SIGNATURES:
            if matches(self._head):
                return kind
        return "tar"

    def close(self):
        self._inner.close()


# ---------------------------------------------------------------------------
# A member's data as a file.

class _FileInFile(object):
    """Read-only view of `size` bytes of a member inside the archive file.
    A sparse member (blockinfo: (offset, length) runs present in the
    archive, stored back to back from `offset`) reads zeros in the holes."""

    def __init__(self, fileobj, offset, size, name, blockinfo=None):
        self.name = name
        self.closed = False
        self._archive = fileobj
        self._length = size
        self._cursor = 0
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

    mode = property(lambda self: "rb")

    def flush(self):
        pass

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return self._archive.seekable()

    def tell(self):
        return self._cursor

    def seek(self, position, whence=io.SEEK_SET):
        bases = {io.SEEK_SET: 0, io.SEEK_CUR: self._cursor, io.SEEK_END: self._length}
        if whence not in bases:
            raise ValueError("Invalid argument")
        self._cursor = min(max(bases[whence] + position, 0), self._length)
        return self._cursor

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
        remaining = self._length - self._cursor
        if size is not None and size < remaining:
            remaining = size
        pieces = []
        while remaining > 0:
            start, stop, where = self._segment_at(self._cursor)
            step = min(remaining, stop - self._cursor)
            if where is None:
                pieces.append(bytes(step))
            else:
                self._archive.seek(where + self._cursor - start)
                chunk = self._archive.read(step)
                if len(chunk) != step:
                    raise ReadError("unexpected end of data")
                pieces.append(chunk)
            self._cursor += step
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
        super().__init__(_FileInFile(tarfile.fileobj, tarinfo.offset_data,
                                     tarinfo.size, tarinfo.name, tarinfo.sparse))


# ---------------------------------------------------------------------------
# Extraction filters.

class FilterError(TarError):
    pass


def _refuse(error, tarinfo, message, path=None):
    """Fill in a FilterError subclass instance."""
    error.tarinfo = tarinfo
    if path is not None:
        error._path = path
    Exception.__init__(error, message)


class AbsolutePathError(FilterError):
    def __init__(self, tarinfo):
        _refuse(self, tarinfo, f'member {tarinfo.name!r} has an absolute path')


class OutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        _refuse(self, tarinfo, f'{tarinfo.name!r} would be extracted to {path!r}, '
                + 'which is outside the destination', path)


class SpecialFileError(FilterError):
    def __init__(self, tarinfo):
        _refuse(self, tarinfo, f'{tarinfo.name!r} is a special file')


class AbsoluteLinkError(FilterError):
    def __init__(self, tarinfo):
        _refuse(self, tarinfo, f'{tarinfo.name!r} is a link to an absolute path')


class LinkOutsideDestinationError(FilterError):
    def __init__(self, tarinfo, path):
        _refuse(self, tarinfo, f'{tarinfo.name!r} would link to {path!r}, '
                + 'which is outside the destination', path)


def _inside(path, root):
    return os.path.commonpath([path, root]) == root


def _data_mode(member, mode):
    """The 'data' filter's mode for member, given its mode already cut down
    to rwxr-xr-x; None means the default for new files."""
    if member.isdir() or member.issym():
        return None
    if not (member.isreg() or member.islnk()):
        raise SpecialFileError(member)
    if not mode & stat.S_IXUSR:
        mode &= ~0o111                  # nobody may execute it then
    return mode | 0o600                 # the owner reads and writes


def _get_filtered_attrs(member, dest_path, for_data=True):
    """Attribute changes the 'tar' filter (for_data false) or the 'data'
    filter makes to member; a FilterError for what it refuses."""
    changes = {}
    root = os.path.realpath(dest_path)
    relative = member.name
    if relative.startswith(("/", os.sep)):
        relative = changes["name"] = member.path.lstrip("/" + os.sep)
    if os.path.isabs(relative):
        raise AbsolutePathError(member)
    landing = os.path.realpath(os.path.join(root, relative))
    if not _inside(landing, root):
        raise OutsideDestinationError(member, landing)
    if member.mode is not None:
        mode = member.mode & 0o755      # no setuid/setgid/sticky, no g/o write
        if for_data:
            mode = _data_mode(member, mode)
        if member.mode != mode:
            changes["mode"] = mode
    if not for_data:
        return changes
    for owner_field in ("uid", "gid", "uname", "gname"):
        if getattr(member, owner_field) is not None:
            changes[owner_field] = None
    if member.issym() or member.islnk():
        if os.path.isabs(member.linkname):
            raise AbsoluteLinkError(member)
        base = os.path.join(root, os.path.dirname(relative)) if member.issym() else root
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


_NAMED_FILTERS = dict(fully_trusted=fully_trusted_filter, tar=tar_filter,
                      data=data_filter)

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
    ends = range(start + 12, start + 24 * count, 24)
    return [(nti(buf[end - 12:end]), nti(buf[end:end + 12])) for end in ends]


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
        return True
    except UnicodeEncodeError:
        return False


def _pax_decode(raw, encoding, fallback, errors):
    try:
        return raw.decode(encoding, "strict")
    except UnicodeDecodeError:
        return raw.decode(fallback, errors)


def _split_pax_records(buf):
    """[(length, keyword, value)] of the raw records in buf."""
    records = []
    start = 0
    while start < len(buf) and buf[start]:
        found = _PAX_LENGTH.match(buf, start)
        if found is None:
            raise InvalidHeaderError("invalid header")
        length = int(found.group(1))
        newline = start + length - 1        # the record's last byte
        if length < 5 or newline >= len(buf) or buf[newline] != 0x0A:
            raise InvalidHeaderError("invalid header")
        keyword, sep, value = buf[found.end():newline].partition(b"=")
        if not keyword or not sep:
            raise InvalidHeaderError("invalid header")
        records.append((length, keyword, value))
        start = newline + 1
    return records


# ---------------------------------------------------------------------------
# Members.

def _warn_tarfile_attribute():
    import warnings
    warnings.warn('The undocumented "tarfile" attribute of TarInfo objects '
                  + 'is deprecated and will be removed in Python 3.16',
                  DeprecationWarning, stacklevel=3)


def _type_test(doc, *types):
    """A TarInfo.isX() method: whether the member's type is among types."""
    def test(self):
        return self.type in types
    test.__doc__ = doc
    return test


class TarInfo(object):
    """Metadata of one archive member, i.e. one header."""

    __slots__ = {
        "name": "Member name inside the archive.",
        "mode": "Permission bits.",
        "uid": "Owner's numeric user id.",
        "gid": "Owner's numeric group id.",
        "size": "Data size in bytes.",
        "mtime": "Modification time (seconds since the epoch).",
        "chksum": "Stored header checksum.",
        "type": "Member type, one of the *TYPE constants.",
        "linkname": "Target of a hard or symbolic link member.",
        "uname": "Owner's user name.",
        "gname": "Owner's group name.",
        "devmajor": "Device major number.",
        "devminor": "Device minor number.",
        "offset": "Archive offset of the header.",
        "offset_data": "Archive offset of the data.",
        "pax_headers": "The member's pax extended header, as a dict.",
        "sparse": "Data runs of a sparse member, or None.",
        "_tarfile": None,
        "_sparse_structs": None,
        "_link_target": None,
    }

    # What a new TarInfo holds, besides its name and an empty pax_headers.
    _FRESH = (("mode", 0o644), ("uid", 0), ("gid", 0), ("size", 0),
              ("mtime", 0), ("chksum", 0), ("type", REGTYPE),
              ("linkname", ""), ("uname", ""), ("gname", ""),
              ("devmajor", 0), ("devminor", 0), ("offset", 0),
              ("offset_data", 0), ("sparse", None))

    def __init__(self, name=""):
        for attr, initial in (("name", name),) + self._FRESH:
            setattr(self, attr, initial)
        self.pax_headers = dict()

    def _get_tarfile(self):
        _warn_tarfile_attribute()
        return self._tarfile

    def _set_tarfile(self, archive):
        _warn_tarfile_attribute()
        self._tarfile = archive

    tarfile = property(_get_tarfile, _set_tarfile)
    del _get_tarfile, _set_tarfile

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
        fields = {key: getattr(self, key) for key in self._INFO_FIELDS}
        if fields["mode"] is not None:
            fields["mode"] &= 0o7777
        if fields["type"] == DIRTYPE and fields["name"][-1:] != "/":
            fields["name"] = fields["name"] + "/"
        return fields

    # Writing headers.

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors="surrogateescape"):
        """The header block(s) for this member in the given format."""
        fields = self.get_info()
        unset = [key for key, value in fields.items() if value is None]
        if unset:
            raise ValueError("%s may not be None" % unset[0])
        builders = {USTAR_FORMAT: (self.create_ustar_header, errors),
                    GNU_FORMAT: (self.create_gnu_header, errors),
                    PAX_FORMAT: (self.create_pax_header, None)}
        if format not in builders:
            raise ValueError("invalid format")
        build, how = builders[format]
        return build(fields, encoding) if how is None else build(fields, encoding, how)

    @staticmethod
    def _too_long(text, limit, encoding, errors):
        return len(text.encode(encoding, errors)) > limit

    def create_ustar_header(self, info, encoding, errors):
        info.update(magic=POSIX_MAGIC)
        if self._too_long(info["linkname"], LENGTH_LINK, encoding, errors):
            raise ValueError("linkname is too long")
        if self._too_long(info["name"], LENGTH_NAME, encoding, errors):
            info["prefix"], info["name"] = self._posix_split_name(
                info["name"], encoding, errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info.update(magic=GNU_MAGIC)
        out = []
        for field, kind, limit in (("linkname", GNUTYPE_LONGLINK, LENGTH_LINK),
                                   ("name", GNUTYPE_LONGNAME, LENGTH_NAME)):
            if self._too_long(info[field], limit, encoding, errors):
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
        info.update(magic=POSIX_MAGIC)
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
        block = self._create_header(info, USTAR_FORMAT, "ascii", "replace")
        if not extra:
            return block
        return self._create_pax_generic_header(extra, XHDTYPE, encoding) + block

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, "utf-8")

    def _posix_split_name(self, name, encoding, errors):
        """(prefix, name) for a name too long for ustar's name field, cut at
        the first slash that makes both parts fit."""
        cut = name.find("/")
        while cut >= 0:
            head, tail = name[:cut], name[cut + 1:]
            if not (self._too_long(head, LENGTH_PREFIX, encoding, errors) or
                    self._too_long(tail, LENGTH_NAME, encoding, errors)):
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
        for key, text in pax_headers.items():
            raw = text.encode(encoding, "surrogateescape") if binary else text.encode("utf-8")
            records.append(_pax_record(key.encode("utf-8"), raw))
        body = b"".join(records)
        head = cls._create_header(
            {"name": "././@PaxHeader", "type": type, "size": len(body),
             "magic": POSIX_MAGIC}, USTAR_FORMAT, "ascii", "replace")
        return head + cls._create_payload(body)

    # Reading headers.

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one header block."""
        size = len(buf)
        if size == 0:
            raise EmptyHeaderError("empty header")
        if size != BLOCKSIZE:
            raise TruncatedHeaderError("truncated header")
        if not buf.strip(NUL):
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
        if member.type == AREGTYPE and member.name[-1:] == "/":
            member.type = DIRTYPE
        if member.type == GNUTYPE_SPARSE:
            member._sparse_structs = (_sparse_pairs(buf, _GNU_SPARSE_AT, 4),
                                      bool(buf[_GNU_EXT_FLAG]),
                                      nti(buf[_GNU_REALSIZE]))
        if member.type == DIRTYPE:
            member.name = member.name.rstrip("/")
        if prefix and member.type not in GNU_TYPES:
            member.name = "/".join((prefix, member.name))
        return member

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of tarfile, with extended headers applied."""
        source = tarfile.fileobj
        member = cls.frombuf(source.read(BLOCKSIZE), tarfile.encoding, tarfile.errors)
        member.offset = source.tell() - BLOCKSIZE
        return member._proc_member(tarfile)

    # The _proc_*() methods finish a member read by fromtarfile(); they may
    # read more blocks, and they leave tarfile.offset at the next header.
    # Subclasses can override them to handle further types.

    _PROCESSORS = {
        GNUTYPE_LONGNAME: "_proc_gnulong", GNUTYPE_LONGLINK: "_proc_gnulong",
        GNUTYPE_SPARSE: "_proc_sparse",
        XHDTYPE: "_proc_pax", XGLTYPE: "_proc_pax", SOLARIS_XHDTYPE: "_proc_pax",
    }

    def _proc_member(self, tarfile):
        return getattr(self, self._PROCESSORS.get(self.type, "_proc_builtin"))(tarfile)

    def _data_end(self):
        """Where the next header starts, given offset_data."""
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            return self.offset_data + _padded(self.size)
        return self.offset_data

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = self._data_end()
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.type == DIRTYPE:
            self.name = self.name.rstrip("/")
        return self

    def _following(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as e:
            raise SubsequentHeaderError(str(e)) from None

    def _proc_gnulong(self, tarfile):
        payload = tarfile.fileobj.read(_padded(self.size))
        member = self._following(tarfile)
        member.offset = self.offset
        text = nts(payload, tarfile.encoding, tarfile.errors)
        setattr(member, "name" if self.type == GNUTYPE_LONGNAME else "linkname", text)
        if member.type == DIRTYPE:
            member.name = member.name.removesuffix("/")
        return member

    def _proc_sparse(self, tarfile):
        runs, more, realsize = self._sparse_structs
        self._sparse_structs = None
        while more:
            block = tarfile.fileobj.read(BLOCKSIZE)
            runs.extend(run for run in _sparse_pairs(block, 0, 21) if run[0] and run[1])
            more = bool(block[504])
        self.sparse = runs
        start = self.offset_data = tarfile.fileobj.tell()
        tarfile.offset = start + _padded(self.size)
        self.size = realsize
        return self

    def _proc_pax(self, tarfile):
        """An extended header (applies to the next member) or a global one
        (changes tarfile.pax_headers for all that follow)."""
        records = _split_pax_records(tarfile.fileobj.read(_padded(self.size)))
        is_global = self.type == XGLTYPE
        headers = tarfile.pax_headers if is_global else dict(tarfile.pax_headers)
        # Name-like values are UTF-8 unless the first hdrcharset record says
        # BINARY, meaning the archive's own encoding.
        charset = "utf-8"
        for _, key, value in records:
            if key == b"hdrcharset":
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
        if not is_global:
            member._apply_pax_info(headers, tarfile.encoding, tarfile.errors)
            member.offset = self.offset
            if "size" in headers:
                # The real size is known only now; so is the data's end.
                tarfile.offset = member._data_end()
        return member

    def _proc_gnusparse_00(self, next, raw_headers):
        columns = {b"GNU.sparse.offset": [], b"GNU.sparse.numbytes": []}
        for _, key, text in raw_headers:
            if key in columns:
                try:
                    columns[key].append(int(text.decode()))
                except ValueError:
                    raise InvalidHeaderError("invalid header")
        next.sparse = list(zip(*columns.values()))

    def _proc_gnusparse_01(self, next, pax_headers):
        numbers = list(map(int, pax_headers["GNU.sparse.map"].split(",")))
        next.sparse = list(zip(numbers[0::2], numbers[1::2]))

    def _proc_gnusparse_10(self, next, pax_headers, tarfile):
        # Version 1.0 keeps the map in front of the data, in decimal lines:
        # the number of runs, then offset and size of each.
        source = tarfile.fileobj
        line, pending = source.read(BLOCKSIZE).split(b"\n", 1)
        wanted = 2 * int(line)
        numbers = []
        while len(numbers) < wanted:
            if b"\n" not in pending:
                pending += source.read(BLOCKSIZE)
            line, pending = pending.split(b"\n", 1)
            numbers.append(int(line))
        next.offset_data = source.tell()
        next.sparse = list(zip(numbers[0::2], numbers[1::2]))

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for key, text in pax_headers.items():
            if key == "GNU.sparse.name":
                self.path = text
            elif key in ("GNU.sparse.size", "GNU.sparse.realsize"):
                self.size = int(text)
            elif key in PAX_FIELDS:
                convert = PAX_NUMBER_FIELDS.get(key)
                if convert is not None:
                    try:
                        text = convert(text)
                    except ValueError:
                        text = 0
                elif key == "path":
                    text = text.rstrip("/")
                setattr(self, key, text)
        self.pax_headers = dict(pax_headers)

    def _decode_pax_field(self, value, encoding, fallback_encoding, fallback_errors):
        return _pax_decode(value, encoding, fallback_encoding, fallback_errors)

    def _block(self, count):
        return _padded(count)

    # Type tests.

    isreg = _type_test("A regular file (any of REGULAR_TYPES).", *REGULAR_TYPES)
    isdir = _type_test("A directory.", DIRTYPE)
    issym = _type_test("A symbolic link.", SYMTYPE)
    islnk = _type_test("A hard link.", LNKTYPE)
    ischr = _type_test("A character device.", CHRTYPE)
    isblk = _type_test("A block device.", BLKTYPE)
    isfifo = _type_test("A named pipe.", FIFOTYPE)
    isdev = _type_test("A device or a named pipe.", CHRTYPE, BLKTYPE, FIFOTYPE)

    def isfile(self):
        """Same as isreg()."""
        return self.isreg()

    def issparse(self):
        """Whether the member has holes (sparse is set)."""
        return self.sparse is not None

    for _test in ("isreg", "isdir", "issym", "islnk", "ischr", "isblk",
                  "isfifo", "isdev"):
        vars()[_test].__name__ = _test
        vars()[_test].__qualname__ = "TarInfo." + _test
    del _test

# ---------------------------------------------------------------------------
# Archives.

def _zlib_error():
    zlib = _import_or_none("zlib")
    return () if zlib is None else zlib.error


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

# The header errors TarFile.next() sorts out itself.
_HEADER_TROUBLES = (EOFHeaderError, InvalidHeaderError, EmptyHeaderError,
                    TruncatedHeaderError, SubsequentHeaderError)


class _Tolerance:
    """Context manager applying an archive's errorlevel: exceptions of the
    `fatal` kinds propagate when errorlevel > 0, ExtractErrors when
    errorlevel > 1; below that they are only logged (debug >= 1)."""

    def __init__(self, archive, fatal=()):
        self._archive = archive
        self._fatal = fatal

    def __enter__(self):
        return self

    def __exit__(self, kind, exc, tb):
        if kind is None:
            return False
        if issubclass(kind, self._fatal):
            if self._archive.errorlevel > 0:
                return False
            self._archive._log(1, _describe_failure(exc))
            return True
        if issubclass(kind, ExtractError):
            if self._archive.errorlevel > 1:
                return False
            self._archive._log(1, "tarfile: %s" % exc)
            return True
        return False


def _describe_failure(exc):
    if not isinstance(exc, OSError):
        return "tarfile: %s %s" % (type(exc).__name__, exc)
    if exc.filename is None:
        return "tarfile: %s" % exc.strerror
    return "tarfile: %s %r" % (exc.strerror, exc.filename)


def _long_listing(member):
    """The ls -l style columns list() prints before a member's name."""
    if member.mode is None:
        yield "??????????"
    else:
        yield stat.filemode(_FMT_OF_TYPE.get(member.type, 0) | member.mode)
    yield "%s/%s" % (member.uname or member.uid, member.gname or member.gid)
    if member.type in (CHRTYPE, BLKTYPE):
        yield "%10s" % ("%d,%d" % (member.devmajor, member.devminor))
    else:
        yield "%10d" % member.size
    if member.mtime is None:
        yield "????-??-?? ??:??:??"
    else:
        yield "%d-%02d-%02d %02d:%02d:%02d" % time.localtime(member.mtime)[:6]


def _owner_id(module, lookup, name, fallback):
    """uid/gid of a user/group name via pwd/grp, else fallback."""
    if not (module and name):
        return fallback
    try:
        return getattr(module, lookup)(name)[2]
    except KeyError:
        return fallback


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
        if not fileobj and mode == "a" and not os.path.exists(name):
            mode = "w"                      # nothing yet to append to
        self.mode, self._mode = mode, _FILE_MODES[mode]
        self._extfileobj = bool(fileobj)
        if self._extfileobj:
            label = getattr(fileobj, "name", None)
            if name is None and isinstance(label, (str, bytes)):
                name = label
            self._mode = getattr(fileobj, "mode", self._mode)
        else:
            fileobj = bltn_open(name, self._mode)
        self.fileobj = fileobj
        self.name = os.path.abspath(name) if name else None

        settings = dict(format=format, tarinfo=tarinfo, dereference=dereference,
                        ignore_zeros=ignore_zeros, encoding=encoding,
                        debug=debug, errorlevel=errorlevel)
        for attr, value in settings.items():
            if value is not None:
                setattr(self, attr, value)
        usable = pax_headers is not None and self.format == PAX_FORMAT
        vars(self).update(errors=errors, stream=stream, copybufsize=copybufsize,
                          pax_headers=pax_headers if usable else {})

        self.closed = False
        self._loaded = False
        self.members = []
        self.firstmember = None
        self.inodes = {}            # (st_ino, st_dev) -> first arcname
        self.offset = fileobj.tell()
        try:
            self._start()
        except:
            self._release()
            raise

    def _start(self):
        if self.mode == "r":
            self.firstmember = self.next()
            return
        if self.mode == "a":
            self._find_end()
        self._loaded = True
        if self.pax_headers:
            block = self.tarinfo.create_pax_global_header(dict(self.pax_headers))
            self.fileobj.write(block)
            self.offset += len(block)

    def _release(self):
        self.closed = True
        if not self._extfileobj:
            self.fileobj.close()

    def _find_end(self):
        """Read the members of an archive opened for appending; leave the
        file at its end-of-archive blocks, which new members overwrite."""
        while True:
            self.fileobj.seek(self.offset)
            try:
                member = self.tarinfo.fromtarfile(self)
            except EOFHeaderError:
                break
            except HeaderError as e:
                raise ReadError(str(e)) from None
            self.members.append(member)
        self.fileobj.seek(self.offset)

    # Opening.

    @classmethod
    def open(cls, name=None, mode="r", fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """Open an archive. mode is 'r' or 'r:*' (any compression),
        'r:', 'r:gz', 'r:bz2', 'r:xz', 'a' or 'a:', 'w'/'x' optionally with
        ':gz', ':bz2', ':xz', or a stream mode 'r|*', 'r|', 'r|gz', ...,
        'w|', 'w|gz', ... for files that cannot seek."""
        if not (name or fileobj):
            raise ValueError("nothing to open")
        if mode == "r" or mode == "r:*":
            return cls._open_any(name, fileobj, kwargs)
        for sep, opener in ((":", cls._open_seekable), ("|", cls._open_stream)):
            if sep in mode:
                filemode, comptype = mode.split(sep, 1)
                return opener(name, filemode or "r", comptype or "tar",
                              fileobj, bufsize, kwargs)
        if mode not in ("a", "w", "x"):
            raise ValueError("undiscernible mode")
        return cls.taropen(name, mode, fileobj, **kwargs)

    @classmethod
    def _open_any(cls, name, fileobj, kwargs):
        # Compressed formats first: a plain tar reader could be fooled.
        order = sorted(cls.OPEN_METH, key=lambda c: cls.OPEN_METH[c] == "taropen")
        failures = []
        for comptype in order:
            opener = getattr(cls, cls.OPEN_METH[comptype])
            start = None if fileobj is None else fileobj.tell()
            try:
                return opener(name, "r", fileobj, **kwargs)
            except (ReadError, CompressionError) as e:
                failures.append(f"- method {comptype}: {e!r}")
                if start is not None:
                    fileobj.seek(start)
        report = "\n".join(failures)
        raise ReadError(f"file could not be opened successfully:\n{report}")

    @classmethod
    def _open_seekable(cls, name, filemode, comptype, fileobj, bufsize, kwargs):
        method = cls.OPEN_METH.get(comptype)
        if method is None:
            raise CompressionError("unknown compression type %r" % comptype)
        return getattr(cls, method)(name, filemode, fileobj, **kwargs)

    @classmethod
    def _open_stream(cls, name, filemode, comptype, fileobj, bufsize, kwargs):
        if filemode != "r" and filemode != "w":
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
            if mode != "r":
                raise
            article = "an" if label == "lzma" else "a"
            raise ReadError("not %s %s file" % (article, label)) from e
        except:
            wrapper.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def gzopen(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a gzip-compressed archive (appending is impossible)."""
        _no_append(mode)
        GzipFile = _load_codec("gzip").GzipFile
        try:
            wrapper = GzipFile(name, mode + "b", compresslevel, fileobj)
        except OSError as e:
            if fileobj is None or mode != "r":
                raise
            raise ReadError("not a gzip file") from e
        return cls._over_compressed(name, mode, wrapper, "gzip", OSError, kwargs)

    @classmethod
    def bz2open(cls, name, mode="r", fileobj=None, compresslevel=9, **kwargs):
        """Open a bzip2-compressed archive (appending is impossible)."""
        _no_append(mode)
        bz2 = _load_codec("bz2")
        wrapper = bz2.BZ2File(fileobj or name, mode, compresslevel=compresslevel)
        return cls._over_compressed(name, mode, wrapper, "bzip2",
                                    (OSError, EOFError), kwargs)

    @classmethod
    def xzopen(cls, name, mode="r", fileobj=None, preset=None, **kwargs):
        """Open an xz-compressed archive (appending is impossible)."""
        _no_append(mode)
        lzma = _load_codec("lzma")
        wrapper = lzma.LZMAFile(fileobj or name, mode, preset=preset)
        return cls._over_compressed(name, mode, wrapper, "lzma",
                                    (lzma.LZMAError, EOFError), kwargs)

    # comptype -> the opener method; "tar" must stay the uncompressed one.
    OPEN_METH = {
        "tar": "taropen",
        "gz": "gzopen",
        "bz2": "bz2open",
        "xz": "xzopen",
    }

    def close(self):
        """Finish the archive (end blocks and record padding when writing)
        and close the file if this object opened it."""
        if self.closed:
            return
        try:
            if self.mode != "r":
                trailer = 2 * BLOCKSIZE
                trailer += -(self.offset + trailer) % RECORDSIZE
                self.fileobj.write(NUL * trailer)
                self.offset += 2 * BLOCKSIZE
        finally:
            self._release()

    # Looking at members.

    def getmember(self, name):
        """The TarInfo of member `name` (its last occurrence)."""
        found = self._getmember(name.rstrip("/"))
        if found is None:
            raise KeyError("filename %r not found" % name)
        return found

    def getmembers(self):
        """All members, in archive order."""
        self._require()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        """All member names, in archive order."""
        return [member.name for member in self.getmembers()]

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        """A TarInfo describing the file `name` (or the open file `fileobj`),
        to be stored as `arcname`; None for a file type tar cannot hold."""
        self._require("awx")
        if fileobj is None:
            st = (os.stat if self.dereference else os.lstat)(name)
        else:
            name = fileobj.name
            st = os.fstat(fileobj.fileno())
        stored = name if arcname is None else arcname
        stored = os.path.splitdrive(stored)[1].replace(os.sep, "/").lstrip("/")

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

        info = self.tarinfo()
        info._tarfile = self
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

    def list(self, verbose=True, *, members=None):
        """Print the members' names; verbose adds ls -l like details."""
        self._require()
        for member in (self if members is None else members):
            columns = list(_long_listing(member)) if verbose else []
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
        self._require("awx")
        stored = name if arcname is None else arcname
        if self.name is not None and self.name == os.path.abspath(name):
            self._log(2, "tarfile: Skipped %r" % name)      # the archive itself
            return
        self._log(1, name)
        member = self.gettarinfo(name, stored)
        if member is None:
            self._log(1, "tarfile: Unsupported type %r" % name)
            return
        if filter is not None and (member := filter(member)) is None:
            self._log(2, "tarfile: Excluded %r" % name)
            return
        if not member.isreg():
            self.addfile(member)
        else:
            with bltn_open(name, "rb") as source:
                self.addfile(member, source)
        if member.isdir() and recursive:
            for entry in sorted(os.listdir(name)):
                self.add(os.path.join(name, entry), os.path.join(stored, entry),
                         recursive, filter=filter)

    def addfile(self, tarinfo, fileobj=None):
        """Write the member `tarinfo`, taking tarinfo.size bytes of data
        from fileobj."""
        self._require("awx")
        if fileobj is None and tarinfo.isreg() and tarinfo.size:
            raise ValueError("fileobj not provided for non zero-size regular file")
        member = copy.copy(tarinfo)
        out = self.fileobj
        head = member.tobuf(self.format, self.encoding, self.errors)
        out.write(head)
        self.offset += len(head)
        if fileobj is not None:
            copyfileobj(fileobj, out, member.size, bufsize=self.copybufsize)
            padding = _padded(member.size) - member.size
            if padding:
                out.write(NUL * padding)
            self.offset += member.size + padding
        self.members.append(member)

    # Extracting.

    def _get_filter_function(self, filter):
        if filter is None:
            return self._default_filter()
        if callable(filter):
            return filter
        try:
            return _NAMED_FILTERS[filter]
        except KeyError:
            raise ValueError(f"filter {filter!r} not found") from None

    def _default_filter(self):
        chosen = self.extraction_filter
        if isinstance(chosen, str):
            raise TypeError("String names are not supported for "
                            + "TarFile.extraction_filter. Use a function such as "
                            + "tarfile.data_filter directly.")
        if chosen is not None:
            return chosen
        import warnings
        warnings.warn("Python 3.14 will, by default, filter extracted tar "
                      + "archives and reject files or modify their metadata. "
                      + "Use the filter argument to control this behavior.",
                      DeprecationWarning, stacklevel=4)
        return fully_trusted_filter

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
            if info.isdir():
                deferred.append(info)
            self._extract_one(info, path, not info.isdir(), numeric_owner)
        deferred.sort(key=lambda d: d.name, reverse=True)
        for info in deferred:
            where = os.path.join(path, info.name)
            with _Tolerance(self):
                self.chown(info, where, numeric_owner=numeric_owner)
                self.utime(info, where)
                self.chmod(info, where)

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
        with _Tolerance(self, (OSError, FilterError)):
            info = filter_function(original, path)
        if info is None:
            self._log(2, "tarfile: Excluded %r" % original.name)
            return None
        if info.islnk():
            # Hard links point at an already extracted file below path.
            info = copy.copy(info)
            info._link_target = os.path.join(path, info.linkname)
        return info

    def _extract_one(self, tarinfo, path, set_attrs, numeric_owner):
        self._require("r")
        with _Tolerance(self, OSError):
            self._extract_member(tarinfo, os.path.join(path, tarinfo.name),
                                 set_attrs=set_attrs, numeric_owner=numeric_owner)

    def extractfile(self, member):
        """A binary file object reading the data of member (name or
        TarInfo), following links; None when it has no data."""
        self._require("r")
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
        self._log(1, "%s -> %s" % (tarinfo.name, tarinfo.linkname) if linked else tarinfo.name)
        if tarinfo.isreg():
            maker = "makefile"
        elif tarinfo.type in _MAKERS:
            maker = _MAKERS[tarinfo.type]
        else:
            maker = "makefile" if tarinfo.type in SUPPORTED_TYPES else "makeunknown"
        getattr(self, maker)(tarinfo, targetpath)
        if not set_attrs:
            return
        self.chown(tarinfo, targetpath, numeric_owner)
        if tarinfo.type != SYMTYPE:
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
            if os.path.isdir(targetpath):
                return
            raise

    def makefile(self, tarinfo, targetpath):
        archive = self.fileobj
        archive.seek(tarinfo.offset_data)
        step = self.copybufsize
        runs = tarinfo.sparse
        with bltn_open(targetpath, "wb") as out:
            if runs is None:
                copyfileobj(archive, out, tarinfo.size, ReadError, step)
                return
            for start, length in runs:
                out.seek(start)
                copyfileobj(archive, out, length, ReadError, step)
            out.seek(tarinfo.size)      # trailing hole
            out.truncate()

    def makeunknown(self, tarinfo, targetpath):
        self.makefile(tarinfo, targetpath)
        self._log(1, "tarfile: Unknown file type %r, " \
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
        device = os.makedev(tarinfo.devmajor, tarinfo.devminor)
        os.mknod(targetpath, perms | kind, device)

    def makelink(self, tarinfo, targetpath):
        """A symbolic or hard link; where the system cannot make one, a copy
        of the member it points to."""
        try:
            if tarinfo.type == SYMTYPE:
                if os.path.lexists(targetpath):
                    os.unlink(targetpath)   # symlink() will not replace
                os.symlink(tarinfo.linkname, targetpath)
            elif os.path.exists(tarinfo._link_target):
                os.link(tarinfo._link_target, targetpath)
            else:
                self._extract_member(self._find_link_target(tarinfo), targetpath)
            return
        except symlink_exception:
            pass
        # No links here: copy the member instead.
        try:
            self._extract_member(self._find_link_target(tarinfo), targetpath)
        except KeyError:
            raise ExtractError("unable to resolve link inside archive") from None

    def chown(self, tarinfo, targetpath, numeric_owner):
        """Give targetpath tarinfo's owner and group (only root can): by
        name, falling back to the ids, or by id only when numeric_owner."""
        if not hasattr(os, "geteuid") or os.geteuid() != 0:
            return
        uid, gid = tarinfo.uid, tarinfo.gid
        if not numeric_owner:
            gid = _owner_id(grp, "getgrnam", tarinfo.gname, gid)
            uid = _owner_id(pwd, "getpwnam", tarinfo.uname, uid)
        uid = -1 if uid is None else uid
        gid = -1 if gid is None else gid
        change = os.lchown if tarinfo.issym() and hasattr(os, "lchown") else os.chown
        try:
            change(targetpath, uid, gid)
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
        stamp = tarinfo.mtime
        if stamp is None or not hasattr(os, "utime"):
            return
        try:
            os.utime(targetpath, (stamp, stamp))
        except OSError as e:
            raise ExtractError("could not change modification time") from e

    # Iterating.

    def next(self):
        """The next member (None at the end); only when reading."""
        self._require("ra")
        pending = self.firstmember
        if pending is not None:
            self.firstmember = None
            return pending
        # Position at the next header, making sure the previous member's
        # data really is there.
        source = self.fileobj
        if source.tell() != self.offset:
            if not self.offset:
                return None
            source.seek(self.offset - 1)
            if not source.read(1):
                raise ReadError("unexpected end of data")
        found = None
        while found is None:
            try:
                found = self.tarinfo.fromtarfile(self)
            except _HEADER_TROUBLES as e:
                if not self._header_trouble(e):
                    break
            except _zlib_error() as e:
                raise ReadError(f"zlib error: {e}") from None
        if found is None:
            self._loaded = True
        elif not self.stream:
            self.members.append(found)
        return found

    def _header_trouble(self, e):
        """Decide about a bad header at self.offset: True to try the next
        block (ignore_zeros), False when the archive ends here; raises
        ReadError when it is no archive at all."""
        if isinstance(e, SubsequentHeaderError):
            raise ReadError(str(e)) from None
        if self.ignore_zeros and isinstance(e, (EOFHeaderError, InvalidHeaderError)):
            self._log(2, "0x%X: %s" % (self.offset, e))
            self.offset += BLOCKSIZE
            return True
        if self.offset == 0 and not isinstance(e, EOFHeaderError):
            message = "empty file" if isinstance(e, EmptyHeaderError) else str(e)
            raise ReadError(message) from None
        return False

    def _getmember(self, name, tarinfo=None, normalize=False):
        """The last member called name, searching only those before tarinfo
        when it is given (matched by offset if it is a copy)."""
        everyone = self.getmembers()
        stop = len(everyone)
        hunting = False
        if tarinfo is not None:
            try:
                stop = everyone.index(tarinfo)
            except ValueError:
                hunting = True
        canon = os.path.normpath if normalize else str
        wanted = canon(name)
        for candidate in reversed(everyone[:stop]):
            if hunting:
                hunting = candidate.offset != tarinfo.offset
            elif canon(candidate.name) == wanted:
                return candidate
        if hunting:
            raise ValueError(tarinfo)
        return None

    def _load(self):
        if not self.stream:
            for _ in iter(self.next, None):
                pass
            self._loaded = True

    def _require(self, modes=None):
        """OSError unless the archive is open (in one of the given modes)."""
        if self.closed:
            raise OSError("%s is closed" % type(self).__name__)
        if modes is not None and self.mode not in modes:
            raise OSError("bad operation for mode %r" % self.mode)

    _check = _require

    def _find_link_target(self, tarinfo):
        if tarinfo.type == SYMTYPE:
            # Relative to the link's own directory; anywhere in the archive.
            folder = os.path.dirname(tarinfo.name)
            wanted = folder + "/" + tarinfo.linkname if folder else tarinfo.linkname
            before = None
        else:
            # A hard link names a member stored earlier.
            wanted, before = tarinfo.linkname, tarinfo
        target = self._getmember(wanted, tarinfo=before, normalize=True)
        if target is None:
            raise KeyError("linkname %r not found" % wanted)
        return target

    def __iter__(self):
        if self._loaded:
            return iter(self.members)
        return self._iter_lazily()

    def _iter_lazily(self):
        # getmembers() may run meanwhile and read ahead, so walk
        # self.members by index rather than just calling next().
        seen = 0
        if self.firstmember is not None:
            seen = 1
            yield self.next()
        while True:
            if seen < len(self.members):
                current = self.members[seen]
            elif self._loaded:
                return
            else:
                current = self.next()
                if not current:
                    self._loaded = True
                    return
            seen += 1
            yield current

    def _log(self, level, message):
        if self.debug >= level:
            print(message, file=sys.stderr)

    _dbg = _log

    def __enter__(self):
        self._require()
        return self

    def __exit__(self, type, value, traceback):
        if type is None:
            self.close()
        else:
            self._release()     # leave a failed archive without end blocks


def _no_append(mode):
    if mode not in ("r", "w", "x"):
        raise ValueError("mode must be 'r', 'w' or 'x'")


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
    opts = parser.parse_args()
    if opts.filter and opts.extract is None:
        parser.exit(1, "--filter is only valid for extraction\n")

    def readable(src):
        if not is_tarfile(src):
            parser.exit(1, "{!r} is not a tar archive.\n".format(src))

    if opts.test is not None:
        readable(opts.test)
        with open(opts.test, "r") as archive:
            archive.getmembers()
            print(archive.getmembers(), file=sys.stderr)
        if opts.verbose:
            print("{!r} is a tar archive.".format(opts.test))
    elif opts.list is not None:
        readable(opts.list)
        with TarFile.open(opts.list, "r:*") as archive:
            archive.list(verbose=opts.verbose)
    elif opts.extract is not None:
        if len(opts.extract) > 2:
            parser.exit(1, parser.format_help())
        src, dest = (opts.extract + [os.curdir])[:2]
        readable(src)
        with TarFile.open(src, "r:*") as archive:
            archive.extractall(path=dest, filter=opts.filter)
        if opts.verbose:
            if dest == ".":
                print("{!r} file is extracted.".format(src))
            else:
                print("{!r} file is extracted into {!r} directory.".format(src, dest))
    elif opts.create is not None:
        target, *sources = opts.create
        suffix = os.path.splitext(target)[1]
        mode = "w:" + _CREATE_SUFFIXES[suffix] if suffix in _CREATE_SUFFIXES else "w"
        with TarFile.open(target, mode) as archive:
            for source in sources:
                archive.add(source)
        if opts.verbose:
            print("{!r} file created.".format(target))


if __name__ == "__main__":
    main()
