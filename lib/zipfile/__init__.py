"""ZIP archives for Kaa: ZipFile reads, writes ('w', 'x') and appends to
them ('a'), ZipInfo describes one member, PyZipFile stores Python modules
and Path walks an archive the way pathlib walks a directory."""

# What an archive looks like, front to back:
#   for each member: local header (ZipInfo.FileHeader), file name, extra
#     fields, the (maybe compressed, maybe encrypted) data, and a data
#     descriptor when the sizes were unknown while writing the header;
#   the central directory: one record per member, with the same facts plus
#     comment, attributes and the offset of the local header;
#   for big archives, the ZIP64 end record and its locator;
#   the end record (counts, directory size and offset) and the archive
#     comment.
# A reader starts from the end record and believes the central directory;
# a member's local header is only checked when the member is opened.

import binascii, importlib.util, io, os, shutil, stat, struct, sys, threading, time


def _optional(module):
    try:
        return __import__(module)
    except ImportError:
        return None


zlib = _optional("zlib")
bz2 = _optional("bz2")
lzma = _optional("lzma")
crc32 = binascii.crc32 if zlib is None else zlib.crc32

__all__ = [
    "ZipFile", "ZipInfo", "PyZipFile", "Path", "is_zipfile",
    "BadZipFile", "BadZipfile", "error", "LargeZipFile",
    "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """The archive would need ZIP64 extensions, which are turned off."""


error = BadZipfile = BadZipFile      # older spellings

# Beyond these the ZIP64 extensions are needed. Looked up at each use, so
# that tests can lower them.
ZIP64_LIMIT = 0x7FFFFFFF
ZIP_FILECOUNT_LIMIT = 0xFFFF
ZIP_MAX_COMMENT = 0xFFFF

# Compression methods this module knows.
ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

# "Version needed to extract" values.
DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

# Record layouts (struct formats), signatures and sizes.
structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = 22

structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = 46

structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = 30

structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
sizeEndCentDir64Locator = 20

structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\x06\x06"
sizeEndCentDir64 = 56

# General purpose flag bits.
_MASK_ENCRYPTED = 0x0001
_MASK_COMPRESS_OPTION_1 = 0x0002
_MASK_USE_DATA_DESCRIPTOR = 0x0008
_MASK_COMPRESSED_PATCH = 0x0020
_MASK_STRONG_ENCRYPTION = 0x0040
_MASK_UTF_FILENAME = 0x0800

_DD_SIGNATURE = 0x08074B50           # optional data descriptor signature
_SATURATED = 0xFFFFFFFF              # a 32-bit field whose value is in ZIP64


class _Extra(bytes):
    """One extra field record (its 4-byte header included), with its id."""

    _HEAD = struct.Struct("<HH")

    def __new__(cls, val, id=None):
        record = super().__new__(cls, val)
        record.id = id
        return record

    @classmethod
    def read_one(cls, raw):
        """(first record, what follows it) of raw."""
        if len(raw) < 4:
            return cls(raw, None), raw[len(raw):]
        ident, size = cls._HEAD.unpack(raw[:4])
        return cls(raw[:4 + size], ident), raw[4 + size:]

    @classmethod
    def split(cls, data):
        rest = memoryview(data)
        while rest:
            record, rest = cls.read_one(rest)
            yield record

    @classmethod
    def strip(cls, data, xids):
        """data without the records whose id is in xids."""
        return b"".join(r for r in cls.split(data) if r.id not in xids)


# ---------------------------------------------------------------------------
# Finding the end record.

class _EndRecord:
    """What the reader needs from the end-of-central-directory record (or
    the ZIP64 one that supersedes it)."""

    def __init__(self, fields, comment, position):
        self.signature = fields[0]
        self.dir_size = fields[5]
        self.dir_offset = fields[6]
        self.comment = comment
        self.position = position      # where the classic end record starts


def _zip64_end(fp, back, record):
    """record, updated from the ZIP64 end record when its locator sits just
    before the classic end record (`back` bytes before the file's end)."""
    try:
        fp.seek(back - sizeEndCentDir64Locator, 2)
    except OSError:
        return record
    raw = fp.read(sizeEndCentDir64Locator)
    if len(raw) != sizeEndCentDir64Locator:
        return record
    magic, disk, _, disks = struct.unpack(structEndArchive64Locator, raw)
    if magic != stringEndArchive64Locator:
        return record
    if disk != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    fp.seek(back - sizeEndCentDir64Locator - sizeEndCentDir64, 2)
    raw = fp.read(sizeEndCentDir64)
    if len(raw) != sizeEndCentDir64:
        return record
    fields = struct.unpack(structEndArchive64, raw)
    if fields[0] != stringEndArchive64:
        return record
    record.signature = fields[0]
    record.dir_size, record.dir_offset = fields[8], fields[9]
    return record


def _find_end(fp):
    """The archive's _EndRecord, or None when fp holds no ZIP archive."""
    fp.seek(0, 2)
    total = fp.tell()
    # Usually there is no comment and the record fills the last 22 bytes.
    try:
        fp.seek(-sizeEndCentDir, 2)
    except OSError:
        return None
    tail = fp.read()
    if (len(tail) == sizeEndCentDir and tail.startswith(stringEndArchive)
            and tail.endswith(b"\0\0")):
        fields = struct.unpack(structEndArchive, tail)
        return _zip64_end(fp, -sizeEndCentDir, _EndRecord(fields, b"", total - sizeEndCentDir))
    # Otherwise look for it where a comment of any length would put it.
    window = max(total - ZIP_MAX_COMMENT - sizeEndCentDir, 0)
    fp.seek(window)
    tail = fp.read()
    at = tail.rfind(stringEndArchive)
    if at < 0:
        return None
    raw = tail[at:at + sizeEndCentDir]
    if len(raw) != sizeEndCentDir:
        return None
    fields = struct.unpack(structEndArchive, raw)
    comment = tail[at + sizeEndCentDir:at + sizeEndCentDir + fields[7]]
    found = _EndRecord(fields, comment, window + at)
    return _zip64_end(fp, window + at - total, found)


def _check_zipfile(fp):
    try:
        return _find_end(fp) is not None
    except OSError:
        return False


def is_zipfile(filename):
    """Whether filename (a path or a binary file object) looks like a ZIP
    archive, i.e. has an end record."""
    try:
        if hasattr(filename, "read"):
            return _check_zipfile(fp=filename)
        with open(filename, "rb") as handle:
            return _check_zipfile(handle)
    except OSError:
        return False


# ---------------------------------------------------------------------------
# Members.

def _sanitize_filename(filename):
    """A member name as stored: cut at the first NUL, '/' as separator."""
    filename = filename.partition("\0")[0]
    for other in {os.sep, os.altsep} - {None, "/"}:
        filename = filename.replace(other, "/")
    return filename


def _to_dos(date_time):
    """(date, time) words of MS-DOS format for a 6-tuple."""
    year, month, day, hour, minute, second = date_time[:6]
    return ((year - 1980) << 9 | month << 5 | day,
            hour << 11 | minute << 5 | second // 2)


def _from_dos(date, clock):
    return ((date >> 9) + 1980, (date >> 5) & 0x0F, date & 0x1F,
            clock >> 11, (clock >> 5) & 0x3F, (clock & 0x1F) * 2)


class ZipInfo:
    """Everything the archive records about one member."""

    __slots__ = ("orig_filename", "filename", "date_time", "compress_type",
                 "compress_level", "comment", "extra", "create_system",
                 "create_version", "extract_version", "reserved",
                 "flag_bits", "volume", "internal_attr", "external_attr",
                 "header_offset", "CRC", "compress_size", "file_size",
                 "_raw_time", "_end_offset")

    _FRESH = (("compress_type", ZIP_STORED), ("compress_level", None),
              ("comment", b""), ("extra", b""),
              ("create_system", 0 if sys.platform == "win32" else 3),
              ("create_version", DEFAULT_VERSION),
              ("extract_version", DEFAULT_VERSION), ("reserved", 0),
              ("flag_bits", 0), ("volume", 0), ("internal_attr", 0),
              ("external_attr", 0), ("compress_size", 0), ("file_size", 0),
              ("_end_offset", None))

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        self.filename = _sanitize_filename(filename)
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        for attr, initial in self._FRESH:
            setattr(self, attr, initial)

    # The name this attribute had before Python 3.13.
    _compresslevel = property(lambda self: self.compress_level,
                              lambda self, value: setattr(self, "compress_level", value))

    def __repr__(self):
        out = ["<%s filename=%r" % (type(self).__name__, self.filename)]
        method = self.compress_type
        if method != ZIP_STORED:
            out.append(" compress_type=%s" % compressor_names.get(method, method))
        unix, dos = self.external_attr >> 16, self.external_attr & 0xFFFF
        if unix:
            out.append(" filemode=%r" % stat.filemode(unix))
        if dos:
            out.append(" external_attr=%#x" % dos)
        folder = self.is_dir()
        if self.file_size or not folder:
            out.append(" file_size=%r" % self.file_size)
        shrunk = method != ZIP_STORED or self.file_size != self.compress_size
        if shrunk and (self.compress_size or not folder):
            out.append(" compress_size=%r" % self.compress_size)
        out.append(">")
        return "".join(out)

    def _needed_version(self, zip64):
        """The least "version needed to extract" for this member."""
        floor = ZIP64_VERSION if zip64 else 0
        by_method = {ZIP_BZIP2: BZIP2_VERSION, ZIP_LZMA: LZMA_VERSION}
        return max(floor, by_method.get(self.compress_type, 0))

    def FileHeader(self, zip64=None):
        """The local header record (with name and extra fields); zip64=None
        means ZIP64 fields only when the sizes need them."""
        date, clock = _to_dos(self.date_time)
        if self.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            crc = packed = plain = 0        # they come after the data
        else:
            crc, packed, plain = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        if zip64 is None:
            zip64 = max(plain, packed) > ZIP64_LIMIT
        if zip64:
            extra += struct.pack("<HHQQ", 1, 16, plain, packed)
            plain = packed = _SATURATED
        needed = self._needed_version(zip64)
        self.extract_version = max(needed, self.extract_version)
        self.create_version = max(needed, self.create_version)
        name, flags = self._encodeFilenameFlags()
        fixed = struct.pack(structFileHeader, stringFileHeader, self.extract_version,
                            self.reserved, flags, self.compress_type, clock, date,
                            crc, packed, plain, len(name), len(extra))
        return fixed + name + extra

    def _encodeFilenameFlags(self):
        if self.filename.isascii():
            return self.filename.encode("ascii"), self.flag_bits
        return self.filename.encode("utf-8"), self.flag_bits | _MASK_UTF_FILENAME

    def _decodeExtra(self, filename_crc):
        """Apply the extra fields this module understands: ZIP64 sizes and
        offset (0x0001) and Info-ZIP's Unicode path (0x7075)."""
        rest = self.extra
        while len(rest) >= 4:
            ident, size = struct.unpack("<HH", rest[:4])
            if size + 4 > len(rest):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (ident, size))
            body, rest = rest[4:size + 4], rest[size + 4:]
            if ident == 0x0001:
                self._apply_zip64(body)
            elif ident == 0x7075:
                self._apply_unicode_path(body, filename_crc)

    def _apply_zip64(self, body):
        # Only the saturated fields of the fixed record are present, in
        # this order.
        present = []
        if self.file_size in (0xFFFFFFFFFFFFFFFF, _SATURATED):
            present.append(("File size", "file_size"))
        if self.compress_size == _SATURATED:
            present.append(("Compress size", "compress_size"))
        if self.header_offset == _SATURATED:
            present.append(("Header offset", "header_offset"))
        for index, (label, attr) in enumerate(present):
            chunk = body[8 * index:8 * index + 8]
            if len(chunk) < 8:
                raise BadZipFile(f"Corrupt zip64 extra field. {label} not found.")
            setattr(self, attr, int.from_bytes(chunk, "little"))

    def _apply_unicode_path(self, body, filename_crc):
        if len(body) < 5:
            raise BadZipFile("Corrupt unicode path extra field (0x7075)")
        version, checksum = body[0], int.from_bytes(body[1:5], "little")
        if version != 1 or checksum != filename_crc:
            return                          # stale: the name was changed
        try:
            text = body[5:].decode("utf-8")
        except UnicodeDecodeError as e:
            raise BadZipFile("Corrupt unicode path extra field (0x7075): "
                             + "invalid utf-8 bytes") from e
        if not text:
            import warnings
            warnings.warn("Empty unicode path extra field (0x7075)", stacklevel=3)
            return
        self.filename = _sanitize_filename(text)

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory filename, stored as arcname
        (by default filename without drive and leading separators)."""
        filename = os.fspath(filename) if isinstance(filename, os.PathLike) else filename
        st = os.stat(filename)
        folder = stat.S_ISDIR(st.st_mode)
        stamp = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps:
            # Clamp into what the DOS format can hold.
            if stamp[0] < 1980:
                stamp = (1980, 1, 1, 0, 0, 0)
            elif stamp[0] > 2107:
                stamp = (2107, 12, 31, 23, 59, 59)
        stored = os.path.normpath(os.path.splitdrive(filename if arcname is None else arcname)[1])
        stored = stored.lstrip(os.sep + (os.altsep or ""))
        if folder:
            stored += "/"
        info = cls(stored, stamp)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if folder:
            info.external_attr |= 0x10      # the MS-DOS directory bit
        info.file_size = 0 if folder else st.st_size
        return info

    def is_dir(self):
        """Whether the member is a directory (its name ends with a slash)."""
        if os.path.altsep:
            return self.filename.endswith(("/", os.path.sep, os.path.altsep))
        return self.filename[-1:] == "/"


# ---------------------------------------------------------------------------
# Traditional PKWARE decryption.

_CRC_TABLE = []


def _crc_table():
    if not _CRC_TABLE:
        for byte in range(256):
            value = byte
            for _ in range(8):
                value = value >> 1 ^ (0xEDB88320 if value & 1 else 0)
            _CRC_TABLE.append(value)
    return _CRC_TABLE


class _PkwareKeys:
    """The three-key stream cipher of traditional ZIP encryption, keyed by
    a password; calling it decrypts bytes."""

    def __init__(self, pwd):
        self._table = _crc_table()
        self._k0, self._k1, self._k2 = 0x12345678, 0x23456789, 0x34567890
        for byte in pwd:
            self._mix(byte)

    def _mix(self, byte):
        table = self._table
        self._k0 = self._k0 >> 8 ^ table[(self._k0 ^ byte) & 0xFF]
        self._k1 = ((self._k1 + (self._k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        self._k2 = self._k2 >> 8 ^ table[(self._k2 ^ self._k1 >> 24) & 0xFF]

    def __call__(self, data):
        plain = bytearray(data)
        for index, byte in enumerate(plain):
            stream = self._k2 | 2
            byte ^= (stream * (stream ^ 1)) >> 8 & 0xFF
            self._mix(byte)
            plain[index] = byte
        return bytes(plain)


# ---------------------------------------------------------------------------
# Compression.

class LZMACompressor:
    """Raw LZMA1 with ZIP's framing: version 9.4, properties size, the
    properties, then the stream."""

    def __init__(self):
        self._engine = None

    def _start(self):
        props = lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1})
        filters = [lzma._decode_filter_properties(lzma.FILTER_LZMA1, props)]
        self._engine = lzma.LZMACompressor(lzma.FORMAT_RAW, filters=filters)
        return struct.pack("<BBH", 9, 4, len(props)) + props

    def compress(self, data):
        head = b"" if self._engine is not None else self._start()
        return head + self._engine.compress(data)

    def flush(self):
        head = b"" if self._engine is not None else self._start()
        return head + self._engine.flush()


class LZMADecompressor:
    """Undoes LZMACompressor: reads the framing, then raw LZMA1."""

    def __init__(self):
        self._engine = None
        self._unconsumed = b""
        self.eof = False

    def decompress(self, data):
        if self._engine is None:
            pending = self._unconsumed + data
            self._unconsumed = pending
            if len(pending) <= 4:
                return b""
            props_end = 4 + int.from_bytes(pending[2:4], "little")
            if len(pending) <= props_end:
                return b""
            filters = [lzma._decode_filter_properties(lzma.FILTER_LZMA1,
                                                      pending[4:props_end])]
            self._engine = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=filters)
            data = pending[props_end:]
            self._unconsumed = b""
        out = self._engine.decompress(data)
        self.eof = self._engine.eof
        return out


compressor_names = {
    0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce",
    5: "reduce", 6: "implode", 7: "tokenize", 8: "deflate", 9: "deflate64",
    10: "implode", 12: "bzip2", 14: "lzma", 18: "terse", 19: "lz77",
    97: "wavpack", 98: "ppmd",
}

# The module each method needs (looked up when used: tests hide them).
_METHOD_MODULES = {ZIP_DEFLATED: "zlib", ZIP_BZIP2: "bz2", ZIP_LZMA: "lzma"}


def _check_compression(compression):
    if compression == ZIP_STORED:
        return
    needed = _METHOD_MODULES.get(compression)
    if needed is None:
        raise NotImplementedError("That compression method is not supported")
    if not globals()[needed]:
        raise RuntimeError("Compression requires the (missing) %s module" % needed)


def _get_compressor(compress_type, compresslevel=None):
    if compress_type == ZIP_DEFLATED:
        level = zlib.Z_DEFAULT_COMPRESSION if compresslevel is None else compresslevel
        return zlib.compressobj(level, zlib.DEFLATED, -15)
    if compress_type == ZIP_BZIP2:
        args = () if compresslevel is None else (compresslevel,)
        return bz2.BZ2Compressor(*args)
    if compress_type == ZIP_LZMA:
        return LZMACompressor()
    return None


def _get_decompressor(compress_type):
    _check_compression(compress_type)
    makers = {
        ZIP_STORED: lambda: None,
        ZIP_DEFLATED: lambda: zlib.decompressobj(-15),
        ZIP_BZIP2: lambda: bz2.BZ2Decompressor(),
        ZIP_LZMA: LZMADecompressor,
    }
    if compress_type in makers:
        return makers[compress_type]()
    label = compressor_names.get(compress_type)
    if label:
        raise NotImplementedError("compression type %d (%s)" % (compress_type, label))
    raise NotImplementedError("compression type %d" % (compress_type,))


# ---------------------------------------------------------------------------
# File objects.

_BUSY_WRITING = ("while there is an open writing handle on it. "
                 + "Close the writing handle before trying to read.")


class _SharedFile:
    """The archive's file as seen by one open member: its own position,
    moves guarded by the archive's lock, refused during a write."""

    def __init__(self, file, pos, close, lock, writing):
        self._handle = file
        self._at = pos
        self._release = close
        self._guard = lock
        self._busy = writing
        self.seekable = file.seekable

    def _refuse_if_writing(self, what):
        if self._busy():
            raise ValueError("Can't %s the ZIP file %s" % (what, _BUSY_WRITING))

    def tell(self):
        return self._at

    def seek(self, offset, whence=0):
        with self._guard:
            self._refuse_if_writing("reposition in")
            if whence == 1:
                self._handle.seek(self._at)      # relative to our position
            self._handle.seek(offset, whence)
            self._at = self._handle.tell()
            return self._at

    def read(self, n=-1):
        with self._guard:
            self._refuse_if_writing("read from")
            self._handle.seek(self._at)
            chunk = self._handle.read(n)
            self._at = self._handle.tell()
            return chunk

    def close(self):
        handle, self._handle = self._handle, None
        if handle is not None:
            self._release(handle)


class _Tellable:
    """Counts the bytes written, for outputs that cannot tell()."""

    def __init__(self, fp):
        self._inner = fp
        self._count = 0

    def write(self, data):
        written = self._inner.write(data)
        self._count += written
        return written

    def tell(self):
        return self._count

    def flush(self):
        self._inner.flush()

    def close(self):
        self._inner.close()


class ZipExtFile(io.BufferedIOBase):
    """A member open for reading, as ZipFile.open() returns it. Data is
    decompressed (and decrypted) on the way; the CRC is checked at the
    end."""

    MAX_N = 1 << 31 - 1                 # "everything", for one step
    MIN_READ_SIZE = 4096                # least raw bytes read at a time
    MAX_SEEK_READ = 1 << 24             # step when seeking by reading

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._raw = fileobj
        self._password = pwd
        self._owns_raw = close_fileobj
        self._method = zipinfo.compress_type
        self._packed_left = zipinfo.compress_size    # raw bytes to read
        self._plain_left = zipinfo.file_size                 # data bytes to produce
        self._unpacker = _get_decompressor(self._method)
        self._done = False
        # Data read ahead: _readbuffer[_offset:] is not handed out yet.
        self._readbuffer = b""
        self._offset = 0
        self.newlines = None
        self.mode = mode
        self.name = zipinfo.filename
        self._crc_wanted = getattr(zipinfo, "CRC", None)
        self._crc_so_far = crc32(b"")
        self._can_seek = False
        try:
            can_seek = fileobj.seekable()
        except AttributeError:
            can_seek = False
        if can_seek:
            # What seeking backwards needs to start the member again.
            self._data_start = fileobj.tell()
            self._packed_size = zipinfo.compress_size
            self._plain_size = zipinfo.file_size
            self._crc_initial = self._crc_so_far
            self._crc_stored = self._crc_wanted
            self._can_seek = True
        self._cipher = None
        if pwd:
            # The 12-byte encryption header ends with a byte that must match
            # the CRC's high byte (or the time's, with a data descriptor).
            if zipinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                expected = zipinfo._raw_time >> 8 & 0xFF
            else:
                expected = zipinfo.CRC >> 24 & 0xFF
            if self._start_cipher() != expected:
                raise RuntimeError("Bad password for file %r" % zipinfo.orig_filename)

    def _start_cipher(self):
        self._cipher = _PkwareKeys(self._password)
        header = self._cipher(self._raw.read(12))
        self._packed_left -= 12
        return header[11]

    def __repr__(self):
        kind = type(self)
        out = ["<%s.%s" % (kind.__module__, kind.__qualname__)]
        if self.closed:
            out.append(" [closed]")
        else:
            out.append(" name=%r" % (self.name,))
            method = self._method
            if method != ZIP_STORED:
                out.append(" compress_type=%s" % compressor_names.get(method, method))
        out.append(">")
        return "".join(out)

    def _take_buffered(self):
        rest = self._readbuffer[self._offset:]
        self._readbuffer, self._offset = b"", 0
        return rest

    def _keep_excess(self, data, wanted):
        """The first `wanted` bytes of data; the rest stays buffered."""
        self._readbuffer, self._offset = data, wanted
        return data[:wanted]

    def readline(self, limit=-1):
        """One line (at most limit bytes when limit >= 0)."""
        if limit < 0:
            newline = self._readbuffer.find(b"\n", self._offset)
            if newline >= 0:
                line = self._readbuffer[self._offset:newline + 1]
                self._offset = newline + 1
                return line
        return io.BufferedIOBase.readline(self, limit)

    def peek(self, n=1):
        """Buffered bytes (up to 512) without consuming them; reads more
        when fewer than n are buffered."""
        if len(self._readbuffer) - self._offset < n:
            fresh = self.read(n)
            if len(fresh) > self._offset:
                self._readbuffer = fresh + self._readbuffer[self._offset:]
                self._offset = 0
            else:
                self._offset -= len(fresh)
        return self._readbuffer[self._offset:self._offset + 512]

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def read(self, n=-1):
        """Up to n bytes; everything that is left when n is None or < 0."""
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            parts = [self._take_buffered()]
            while not self._done:
                parts.append(self._step(self.MAX_N))
            return b"".join(parts)
        return self._read_sized(n, once=False)

    def _read_sized(self, n, once):
        """n bytes (fewer at the end); with once, stop at the first fresh data."""
        stop = self._offset + n
        if stop < len(self._readbuffer):
            chunk = self._readbuffer[self._offset:stop]
            self._offset = stop
            return chunk
        missing = stop - len(self._readbuffer)
        out = self._take_buffered()
        while missing > 0 and not self._done:
            fresh = self._step(missing)
            if len(fresh) > missing:
                return out + self._keep_excess(fresh, missing)
            if once and fresh:
                return out + fresh
            out += fresh
            missing -= len(fresh)
        return out

    def read1(self, n):
        """Up to n bytes, reading the archive at most about once."""
        if n is None or n < 0:
            out = self._take_buffered()
            while not self._done:
                fresh = self._step(self.MAX_N)
                if fresh:
                    return out + fresh
            return out
        return self._read_sized(n, once=True)

    def _check_crc(self, newdata):
        if self._crc_wanted is None:
            return                  # unknown, or no longer checkable
        self._crc_so_far = crc32(newdata, self._crc_so_far)
        if self._done and self._crc_so_far != self._crc_wanted:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def _step(self, n):
        """About n bytes of member data from one step of decompression."""
        if self._done or n <= 0:
            return b""
        method = self._method
        if method == ZIP_DEFLATED:
            raw = self._unpacker.unconsumed_tail
            if len(raw) < n:
                raw += self._raw_chunk(n - len(raw))
        else:
            raw = self._raw_chunk(n)
        if method == ZIP_STORED:
            data = raw
            self._done = self._packed_left <= 0
        elif method == ZIP_DEFLATED:
            inflater = self._unpacker
            data = inflater.decompress(raw, max(n, self.MIN_READ_SIZE))
            drained = self._packed_left <= 0 and not inflater.unconsumed_tail
            self._done = inflater.eof or drained
            if self._done:
                data += inflater.flush()
        else:
            data = self._unpacker.decompress(raw)
            self._done = self._unpacker.eof or self._packed_left <= 0
        data = data[:self._plain_left]
        self._plain_left -= len(data)
        self._done = self._done or self._plain_left <= 0
        self._check_crc(data)
        return data

    def _raw_chunk(self, n):
        """Up to n raw bytes of the member (decrypted, not decompressed)."""
        if self._packed_left <= 0:
            return b""
        want = min(max(n, self.MIN_READ_SIZE), self._packed_left)
        raw = self._raw.read(want)
        if not raw:
            raise EOFError
        self._packed_left -= len(raw)
        return raw if self._cipher is None else self._cipher(raw)

    def close(self):
        try:
            if self._owns_raw:
                self._raw.close()
        finally:
            super().close()

    def _require_seekable(self, what):
        if self.closed:
            raise ValueError("%s on closed file." % what)
        if not self._can_seek:
            raise io.UnsupportedOperation("underlying stream is not seekable")

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._can_seek

    def _restart(self):
        """Back to the member's first byte."""
        self._raw.seek(self._data_start)
        self._crc_so_far = self._crc_initial
        self._crc_wanted = self._crc_stored
        self._packed_left = self._packed_size
        self._plain_left = self._plain_size
        self._readbuffer, self._offset = b"", 0
        self._unpacker = _get_decompressor(self._method)
        self._done = False
        if self._cipher is not None:
            self._start_cipher()

    def seek(self, offset, whence=os.SEEK_SET):
        self._require_seekable("seek")
        here = self.tell()
        bases = {os.SEEK_SET: 0, os.SEEK_CUR: here, os.SEEK_END: self._plain_size}
        if whence not in bases:
            raise ValueError("whence must be os.SEEK_SET (0), "
                             + "os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = min(max(bases[whence] + offset, 0), self._plain_size)
        ahead = target - here
        in_buffer = self._offset + ahead
        if 0 <= in_buffer < len(self._readbuffer):
            self._offset = in_buffer
            ahead = 0
        elif ahead > 0 and self._method == ZIP_STORED and self._cipher is None:
            # Plain stored data: skip it in the archive file. The CRC can
            # no longer be checked then.
            self._crc_wanted = None
            ahead -= len(self._readbuffer) - self._offset
            self._raw.seek(ahead, os.SEEK_CUR)
            self._plain_left -= ahead
            self._readbuffer, self._offset = b"", 0
            ahead = 0
        elif ahead < 0:
            self._restart()
            ahead = target
        while ahead > 0:
            step = min(ahead, self.MAX_SEEK_READ)
            self.read(step)
            ahead -= step
        return self.tell()

    def tell(self):
        self._require_seekable("tell")
        unread = len(self._readbuffer) - self._offset
        return self._plain_size - self._plain_left - unread


class _ZipWriteFile(io.BufferedIOBase):
    """A new member open for writing (ZipFile.open(name, 'w')). Closing it
    completes the member: sizes and CRC go into the local header (rewritten
    in place) or into a data descriptor."""

    def __init__(self, zf, zinfo, zip64):
        self._info = zinfo
        self._wide = zip64
        self._archive = zf
        self._packer = _get_compressor(zinfo.compress_type, zinfo.compress_level)
        self._plain_count = 0
        self._packed_count = 0
        self._checksum = 0

    _out = property(lambda self: self._archive.fp)
    name = property(lambda self: self._info.filename)
    mode = property(lambda self: "wb")

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        if isinstance(data, (bytes, bytearray)):
            count = len(data)
        else:
            data = memoryview(data)
            count = data.nbytes
        self._plain_count += count
        self._checksum = crc32(data, self._checksum)
        if self._packer:
            data = self._packer.compress(data)
            self._packed_count += len(data)
        self._out.write(data)
        return count

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            self._finish()
        finally:
            self._archive._write_open = False

    def _finish(self):
        info, out, archive = self._info, self._out, self._archive
        if self._packer:
            tail = self._packer.flush()
            self._packed_count += len(tail)
            out.write(tail)
        else:
            self._packed_count = self._plain_count
        info.compress_size = self._packed_count
        info.CRC = self._checksum
        info.file_size = self._plain_count
        if not self._wide:
            for size, what in ((self._plain_count, "File size"),
                               (self._packed_count, "Compressed size")):
                if size > ZIP64_LIMIT:
                    raise RuntimeError("%s too large, try using force_zip64" % what)
        if info.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            layout = "<LLQQ" if self._wide else "<LLLL"
            out.write(struct.pack(layout, _DD_SIGNATURE, info.CRC,
                                  info.compress_size, info.file_size))
            archive.start_dir = out.tell()
        else:
            # The header went out with zero sizes: write it again.
            archive.start_dir = out.tell()
            out.seek(info.header_offset)
            out.write(info.FileHeader(self._wide))
            out.seek(archive.start_dir)
        archive._remember(info)


# ---------------------------------------------------------------------------
# Archives.

# How ZipFile opens a file by name for each mode, and what it tries next
# when that fails ('w+b' then 'wb', for instance, for write-only files).
_OPEN_FALLBACKS = {"r": "rb", "w": "w+b", "x": "x+b", "a": "r+b",
                   "r+b": "w+b", "w+b": "wb", "x+b": "xb"}

_CLOSED_FOR_WRITING = "Attempt to write to ZIP archive that was already closed"


def _open_with_fallbacks(path, mode):
    how = _OPEN_FALLBACKS[mode]
    while True:
        try:
            return io.open(path, how)
        except OSError:
            if how not in _OPEN_FALLBACKS:
                raise
            how = _OPEN_FALLBACKS[how]


def _decode_name(raw, flags, encoding):
    if flags & _MASK_UTF_FILENAME:
        return raw.decode("utf-8")
    return raw.decode(encoding or "cp437")


def _size_problem(count, offset, size):
    """What of a finished archive needs ZIP64, or None."""
    if count > ZIP_FILECOUNT_LIMIT:
        return "Files count"
    if offset > ZIP64_LIMIT:
        return "Central directory offset"
    if size > ZIP64_LIMIT:
        return "Central directory size"
    return None


class ZipFile:
    """An open ZIP archive.

    ZipFile(file, mode="r", compression=ZIP_STORED, allowZip64=True,
            compresslevel=None, *, strict_timestamps=True, metadata_encoding=None)

    file is a path or a binary file object; mode 'r' reads, 'w' writes a
    new archive, 'x' writes one that must not exist yet, 'a' appends (to
    an archive, or to any file). compression and compresslevel apply to
    new members; allowZip64 permits archives and members beyond 2 GiB;
    metadata_encoding decodes names that are not flagged as UTF-8."""

    fp = None                   # the archive's file; None once closed
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for reading files")
        vars(self).update(
            mode=mode, compression=compression, compresslevel=compresslevel,
            metadata_encoding=metadata_encoding, debug=0, pwd=None,
            filelist=[],                # ZipInfo objects, in archive order
            NameToInfo={},              # name -> its last ZipInfo
            _comment=b"", _zip64_ok=allowZip64, _strict_times=strict_timestamps,
            _dirty=False,               # the central directory must be written
            _users=1,                   # the archive plus each open member
            _mutex=threading.RLock(), _can_seek=True, _write_open=False)
        file = os.fspath(file) if isinstance(file, os.PathLike) else file
        self._caller_file = not isinstance(file, str)
        if self._caller_file:
            self.fp, self.filename = file, getattr(file, "name", None)
        else:
            self.fp, self.filename = _open_with_fallbacks(file, mode), file
        try:
            {"r": self._start_reading, "w": self._start_writing,
             "x": self._start_writing, "a": self._start_appending}[mode]()
        except:
            handle, self.fp = self.fp, None
            self._drop_user(handle)
            raise

    def _start_reading(self):
        self._load_directory()

    def _start_writing(self):
        self._dirty = True
        try:
            self.start_dir = self.fp.tell()
        except (AttributeError, OSError):
            # Cannot even tell: count the bytes ourselves.
            self.fp = _Tellable(self.fp)
            self.start_dir = 0
            self._can_seek = False
            return
        try:
            self.fp.seek(self.start_dir)
        except (AttributeError, OSError):
            self._can_seek = False

    def _start_appending(self):
        try:
            self._load_directory()
        except BadZipFile:
            # Not an archive (yet): add one after what is there.
            self.fp.seek(0, 2)
            self._dirty = True
            self.start_dir = self.fp.tell()
        else:
            # New members overwrite the old central directory.
            self.fp.seek(self.start_dir)

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        kind = type(self)
        out = ["<%s.%s" % (kind.__module__, kind.__qualname__)]
        if self.fp is None:
            out.append(" [closed]")
        else:
            if self._caller_file:
                out.append(" file=%r" % self.fp)
            elif self.filename is not None:
                out.append(" filename=%r" % self.filename)
            out.append(" mode=%r" % self.mode)
        out.append(">")
        return "".join(out)

    # Reading the central directory.

    def _load_directory(self):
        """Load the central directory into filelist and NameToInfo."""
        try:
            end = _find_end(self.fp)
        except OSError:
            end = None
        if end is None:
            raise BadZipFile("File is not a zip file")
        self._comment = end.comment
        # Bytes in front of the archive (a self-extractor's stub, say) move
        # every offset: compare where the directory is with where the end
        # record says it is.
        shift = end.position - end.dir_size - end.dir_offset
        if end.signature == stringEndArchive64:
            shift -= sizeEndCentDir64 + sizeEndCentDir64Locator
        self.start_dir = end.dir_offset + shift
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        self.fp.seek(self.start_dir, 0)
        directory = io.BytesIO(self.fp.read(end.dir_size))
        consumed = 0
        while consumed < end.dir_size:
            info, length = self._read_central_record(directory)
            info.header_offset += shift
            self._remember(info)
            consumed += length
        # Members may not overlap (a zip bomb trick): each one must end
        # where the next begins at the latest.
        limit = self.start_dir
        for info in sorted(self.filelist, key=lambda i: i.header_offset, reverse=True):
            info._end_offset = limit
            limit = info.header_offset

    def _read_central_record(self, directory):
        """(ZipInfo, record length) of the next central directory record."""
        fixed = directory.read(sizeCentralDir)
        if len(fixed) != sizeCentralDir:
            raise BadZipFile("Truncated central directory")
        fields = struct.unpack(structCentralDir, fixed)
        if fields[0] != stringCentralDir:
            raise BadZipFile("Bad magic number for central directory")
        name_len, extra_len, comment_len = fields[12:15]
        raw_name = directory.read(name_len)
        info = ZipInfo(_decode_name(raw_name, fields[5], self.metadata_encoding))
        info.extra = directory.read(extra_len)
        info.comment = directory.read(comment_len)
        info.header_offset = fields[18]
        (info.create_version, info.create_system, info.extract_version,
         info.reserved, info.flag_bits, info.compress_type, clock, date,
         info.CRC, info.compress_size, info.file_size) = fields[1:12]
        if info.extract_version > MAX_EXTRACT_VERSION:
            raise NotImplementedError("zip file version %.1f" % (info.extract_version / 10))
        info.volume, info.internal_attr, info.external_attr = fields[15:18]
        info._raw_time = clock
        info.date_time = _from_dos(date, clock)
        info._decodeExtra(crc32(raw_name))
        return info, sizeCentralDir + name_len + extra_len + comment_len

    # Looking at members.

    def namelist(self):
        """The member names, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The members' ZipInfo objects, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Print name, time and size of each member."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """Read all members; the name of the first with a bad CRC or
        header, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as member:
                    while member.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        """The ZipInfo of the member called name."""
        found = self.NameToInfo.get(name)
        if found is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return found

    def setpassword(self, pwd):
        """The password tried for encrypted members by default."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd if pwd else None

    @property
    def comment(self):
        """The archive's comment (bytes, at most ZIP_MAX_COMMENT long)."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._dirty = True

    def read(self, name, pwd=None):
        """All the data of member name."""
        with self.open(name, "r", pwd) as member:
            return member.read()

    # Opening members.

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object for member name (or ZipInfo): reading it ('r',
        with pwd for encrypted members) or writing it as a new member ('w';
        force_zip64 when it may exceed 2 GiB and its size is unknown)."""
        if mode != "r" and mode != "w":
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == "r":
            info = self.getinfo(name)
        else:
            info = ZipInfo(name)
            info.compress_type = self.compression
            info.compress_level = self.compresslevel
        if mode == "w":
            return self._open_to_write(info, force_zip64=force_zip64)
        if self._write_open:
            raise ValueError("Can't read from the ZIP file %s" % _BUSY_WRITING)
        self._users += 1
        view = _SharedFile(self.fp, info.header_offset, self._drop_user,
                           self._mutex, lambda: self._write_open)
        try:
            self._check_local_header(view, info)
            return ZipExtFile(view, mode + "b", info, self._member_password(info, name, pwd), True)
        except:
            view.close()
            raise

    def _check_local_header(self, view, info):
        """Read member info's local header from view, leaving view at the
        data; the header has to agree with the central directory."""
        fixed = view.read(sizeFileHeader)
        if len(fixed) != sizeFileHeader:
            raise BadZipFile("Truncated file header")
        fields = struct.unpack(structFileHeader, fixed)
        if fields[0] != stringFileHeader:
            raise BadZipFile("Bad magic number for file header")
        raw_name = view.read(fields[10])
        if fields[11]:
            view.seek(fields[11], whence=1)         # the extra fields
        for mask, what in ((_MASK_COMPRESSED_PATCH, "compressed patched data (flag bit 5)"),
                           (_MASK_STRONG_ENCRYPTION, "strong encryption (flag bit 6)")):
            if info.flag_bits & mask:
                raise NotImplementedError(what)
        if _decode_name(raw_name, fields[3], self.metadata_encoding) != info.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (info.orig_filename, raw_name))
        limit = info._end_offset
        if limit is not None and view.tell() + info.compress_size > limit:
            raise BadZipFile(f"Overlapped entries: {info.orig_filename!r} (possible zip bomb)")

    def _member_password(self, info, name, pwd):
        if not info.flag_bits & _MASK_ENCRYPTED:
            return None
        pwd = pwd or self.pwd
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if not pwd:
            raise RuntimeError("File %r is encrypted, password "
                               "required for extraction" % name)
        return pwd

    def _open_to_write(self, info, force_zip64=False):
        if force_zip64 and not self._zip64_ok:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             + "the ZIP file.")
        if self._write_open:
            raise ValueError("Can't write to the ZIP file while there is "
                             + "another write handle open on it. "
                             + "Close the first handle before opening another.")
        info.compress_size = info.CRC = 0
        info.flag_bits = _MASK_COMPRESS_OPTION_1 if info.compress_type == ZIP_LZMA else 0
        if not self._can_seek:
            # No going back to the header: sizes follow the data.
            info.flag_bits |= _MASK_USE_DATA_DESCRIPTOR
        if not info.external_attr:
            info.external_attr = 0o600 << 16              # -rw-------
        # Compressing can grow the data a little: leave room for that.
        zip64 = force_zip64 or info.file_size * 1.05 > ZIP64_LIMIT
        if zip64 and not self._zip64_ok:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        info.header_offset = self._append_position()
        self._writecheck(info)
        self._dirty = True
        header = info.FileHeader(zip64)
        self.fp.write(header)
        self._write_open = True
        return _ZipWriteFile(self, info, zip64)

    def _append_position(self):
        """Where the next member goes (over the old central directory)."""
        if self._can_seek:
            self.fp.seek(self.start_dir)
        return self.fp.tell()

    # Extracting.

    def extract(self, member, path=None, pwd=None):
        """Write member (name or ZipInfo) below path (default: the current
        directory); the path of the file created."""
        base = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, base, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract the members given (default: all) below path (default:
        the current directory)."""
        base = os.getcwd() if path is None else os.fspath(path)
        for member in (self.namelist() if members is None else members):
            self._extract_member(member, base, pwd)

    @classmethod
    def _sanitize_windows_name(cls, arcname, pathsep):
        """arcname with the characters Windows forbids replaced by '_' and
        trailing dots and blanks dropped from each part."""
        table = cls._windows_illegal_name_trans_table
        if not table:
            forbidden = ':<>|"?*'
            table = str.maketrans(forbidden, "_" * len(forbidden))
            cls._windows_illegal_name_trans_table = table
        parts = (part.rstrip(" .") for part in arcname.translate(table).split(pathsep))
        return pathsep.join(part for part in parts if part)

    @staticmethod
    def _local_name(filename):
        """A member name as a relative path for this system: no drive, no
        root, no '.' or '..' parts."""
        sep = os.path.sep
        local = filename.replace("/", sep)
        if os.path.altsep:
            local = local.replace(os.path.altsep, sep)
        local = os.path.splitdrive(local)[1]
        dropped = ("", os.path.curdir, os.path.pardir)
        return sep.join(part for part in local.split(sep) if part not in dropped)

    def _extract_member(self, member, targetpath, pwd):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        relative = self._local_name(info.filename)
        if os.path.sep == "\\":
            relative = self._sanitize_windows_name(relative, os.path.sep)
        if not relative and not info.is_dir():
            raise ValueError("Empty filename.")
        destination = os.path.normpath(os.path.join(targetpath, relative))
        parent = os.path.dirname(destination)
        if parent and not os.path.exists(parent):
            os.makedirs(parent, exist_ok=True)
        if info.is_dir():
            if not os.path.isdir(destination):
                try:
                    os.mkdir(destination)
                except FileExistsError:
                    if not os.path.isdir(destination):
                        raise
            return destination
        with self.open(info, pwd=pwd) as source, open(destination, "wb") as target:
            shutil.copyfileobj(source, target)
        return destination

    # Writing.

    def _writecheck(self, info):
        """Whether info can be added now; warns about duplicate names."""
        if info.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % info.filename, stacklevel=3)
        if self.mode not in ("w", "x", "a"):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(info.compress_type)
        if self._zip64_ok:
            return
        for too_big, what in ((len(self.filelist) >= ZIP_FILECOUNT_LIMIT, "Files count"),
                              (info.file_size > ZIP64_LIMIT, "Filesize"),
                              (info.header_offset > ZIP64_LIMIT, "Zipfile size")):
            if too_big:
                raise LargeZipFile(what + " would require ZIP64 extensions")

    def _ready_to_add(self, suffix=""):
        if not self.fp:
            raise ValueError(_CLOSED_FOR_WRITING)
        if self._write_open:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists"
                             + suffix)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Store the file or directory filename as member arcname."""
        self._ready_to_add()
        info = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_times)
        if info.is_dir():
            info.compress_size = info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info.compress_level = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as source, self.open(info, "w") as target:
            shutil.copyfileobj(source, target, 8 * 1024)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Store data (bytes, or str as UTF-8) as a member named by
        zinfo_or_arcname (a name or a ZipInfo)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(filename=zinfo_or_arcname,
                           date_time=time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info.compress_level = self.compresslevel
            if info.filename[-1:] == "/":
                info.external_attr = 0o40775 << 16 | 0x10      # drwxrwxr-x, DOS dir
            else:
                info.external_attr = 0o600 << 16               # -rw-------
        self._ready_to_add(".")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info.compress_level = compresslevel
        info.file_size = len(data)
        with self._mutex, self.open(info, mode="w") as target:
            target.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory member (a name, or a ZipInfo of a directory)."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            dirname = zinfo_or_directory_name
            info = ZipInfo(dirname if dirname.endswith("/") else dirname + "/")
            info.compress_size = info.CRC = info.file_size = 0
            info.external_attr = ((stat.S_IFDIR | mode) & 0xFFFF) << 16 | 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._mutex:
            info.header_offset = self._append_position()
            if info.compress_type == ZIP_LZMA:
                info.flag_bits |= _MASK_COMPRESS_OPTION_1
            self._writecheck(info)
            self._dirty = True
            self._remember(info)
            self.fp.write(info.FileHeader(False))
            self.start_dir = self.fp.tell()

    def _remember(self, info):
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info

    def __del__(self):
        self.close()

    def close(self):
        """Close the archive; a changed one gets its central directory."""
        if self.fp is None:
            return
        if self._write_open:
            raise ValueError("Can't close the ZIP file while there is "
                             + "an open writing handle on it. "
                             + "Close the writing handle before closing the zip.")
        try:
            if self._dirty and self.mode != "r":
                with self._mutex:
                    self._append_position()
                    self._write_end_record()
        finally:
            handle, self.fp = self.fp, None
            self._drop_user(handle)

    @staticmethod
    def _central_record(info):
        """The central directory record of info, name, extra and comment
        included."""
        date, clock = _to_dos(info.date_time)
        wide = []                   # values that go into a ZIP64 field
        plain, packed = info.file_size, info.compress_size
        if max(plain, packed) > ZIP64_LIMIT:
            wide += [plain, packed]
            plain = packed = _SATURATED
        offset = info.header_offset
        if offset > ZIP64_LIMIT:
            wide.append(offset)
            offset = _SATURATED
        extra = info.extra
        if wide:
            zip64 = struct.pack("<HH%dQ" % len(wide), 1, 8 * len(wide), *wide)
            extra = zip64 + _Extra.strip(extra, (1,))
        needed = info._needed_version(bool(wide))
        name, flags = info._encodeFilenameFlags()
        fixed = struct.pack(
            structCentralDir, stringCentralDir,
            max(needed, info.create_version), info.create_system,
            max(needed, info.extract_version), info.reserved, flags,
            info.compress_type, clock, date, info.CRC, packed, plain,
            len(name), len(extra), len(info.comment), 0,
            info.internal_attr, info.external_attr, offset)
        return fixed + name + extra + info.comment

    def _write_end_record(self):
        out = self.fp
        for info in self.filelist:
            out.write(self._central_record(info))
        dir_end = out.tell()
        count = len(self.filelist)
        dir_size = dir_end - self.start_dir
        dir_offset = self.start_dir
        problem = _size_problem(count, dir_offset, dir_size)
        if problem:
            if not self._zip64_ok:
                raise LargeZipFile(problem + " would require ZIP64 extensions")
            out.write(struct.pack(structEndArchive64, stringEndArchive64,
                                  44, 45, 45, 0, 0, count, count, dir_size, dir_offset))
            out.write(struct.pack(structEndArchive64Locator,
                                  stringEndArchive64Locator, 0, dir_end, 1))
            count = min(count, 0xFFFF)
            dir_size = min(dir_size, _SATURATED)
            dir_offset = min(dir_offset, _SATURATED)
        out.write(struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count,
                              dir_size, dir_offset, len(self._comment)))
        out.write(self._comment)
        if self.mode == "a":
            out.truncate()
        out.flush()

    def _drop_user(self, fp):
        """One user (the archive, an open member) less; the last one closes
        the file, unless it came from the caller."""
        if self._users <= 0:
            raise AssertionError("archive file released too often")
        self._users -= 1
        if self._users == 0 and not self._caller_file:
            fp.close()


# ---------------------------------------------------------------------------
# Python modules.

def _member_path(path, basename):
    """Where file `path` goes in the archive, below package `basename`."""
    leaf = os.path.basename(path)
    return basename + "/" + leaf if basename else leaf


class PyZipFile(ZipFile):
    """A ZipFile that stores Python modules and packages, compiled."""

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=True, optimize=-1):
        super().__init__(file, mode=mode, compression=compression,
                         allowZip64=allowZip64)
        self._optimize = optimize

    def _say(self, *words):
        if self.debug:
            print(*words)

    def _refused(self, filterfunc, path, what):
        if filterfunc and not filterfunc(path):
            self._say("%s %r skipped by filterfunc" % (what, path))
            return True
        return False

    def _store_module(self, stem, basename, label="Adding"):
        compiled, arcname = self._get_codename(stem, basename)
        self._say(label, arcname)
        self.write(compiled, arcname)

    def writepy(self, pathname, basename="", filterfunc=None):
        """Store a module (a .py file), a package (a directory with
        __init__.py, with its subpackages) or the modules of a plain
        directory, as compiled files when possible. filterfunc(path) can
        leave any of them out."""
        pathname = os.fspath(pathname)
        folder = os.path.isdir(pathname)
        if self._refused(filterfunc, pathname, "path" if folder else "file"):
            return
        if not folder:
            if pathname[-3:] != ".py":
                raise RuntimeError('Files added with writepy() must end with ".py"')
            self._store_module(pathname[:-3], basename, "Adding file")
            return
        init = os.path.join(pathname, "__init__.py")
        if not os.path.isfile(init):
            self._say("Adding files from directory", pathname)
            for entry in sorted(os.listdir(pathname)):
                path = os.path.join(pathname, entry)
                if os.path.splitext(entry)[1] == ".py" and not self._refused(filterfunc, path, "file"):
                    self._store_module(path[:-3], basename)
            return
        package = os.path.basename(pathname)
        basename = basename + "/" + package if basename else package
        self._say("Adding package in", pathname, "as", basename)
        self._store_module(init[:-3], basename)
        for entry in sorted(os.listdir(pathname)):
            if entry == "__init__.py":
                continue
            path = os.path.join(pathname, entry)
            if os.path.isdir(path):
                if os.path.isfile(os.path.join(path, "__init__.py")):
                    self.writepy(path, basename, filterfunc=filterfunc)
            elif os.path.splitext(entry)[1] == ".py" and not self._refused(filterfunc, path, "file"):
                self._store_module(path[:-3], basename)

    def _compile(self, source, optimize=-1):
        import py_compile
        self._say("Compiling", source)
        try:
            py_compile.compile(source, doraise=True, optimize=optimize)
        except py_compile.PyCompileError as err:
            print(err.msg)
            return False
        return True

    def _get_codename(self, pathname, basename):
        """(file to store, member name) for module pathname (no .py): a
        compiled file at least as new as the source, compiling one when
        needed; the source itself when it does not compile."""
        source = pathname + ".py"
        legacy = pathname + ".pyc"
        cached = [importlib.util.cache_from_source(source, optimization=level)
                  for level in ("", 1, 2)]
        source_time = None

        def current(path):
            nonlocal source_time
            if not os.path.isfile(path):
                return False
            if source_time is None:
                source_time = os.stat(source).st_mtime
            return os.stat(path).st_mtime >= source_time

        as_source = (source, _member_path(source, basename))
        as_compiled = _member_path(legacy, basename)
        if self._optimize == -1:
            for candidate in [legacy] + cached:
                if current(candidate):
                    return candidate, as_compiled
            if not self._compile(source):
                return as_source
            return cached[min(sys.flags.optimize, 2)], as_compiled
        if self._optimize not in (0, 1, 2):
            raise ValueError("invalid value for 'optimize': {!r}".format(self._optimize))
        wanted = cached[self._optimize]
        if current(wanted) or self._compile(source, optimize=self._optimize):
            return wanted, as_compiled
        return as_source


# ---------------------------------------------------------------------------
# python -m zipfile

def _cli_parser():
    import argparse
    parser = argparse.ArgumentParser(
        description="A simple command-line interface for zipfile module.")
    actions = parser.add_mutually_exclusive_group(required=True)
    for flags, options in (
            (("-l", "--list"), dict(metavar="<zipfile>",
                                    help="Show listing of a zipfile")),
            (("-e", "--extract"), dict(nargs=2, metavar=("<zipfile>", "<output_dir>"),
                                       help="Extract zipfile into target dir")),
            (("-c", "--create"), dict(nargs="+", metavar=("<name>", "<file>"),
                                      help="Create zipfile from sources")),
            (("-t", "--test"), dict(metavar="<zipfile>",
                                    help="Test if a zipfile is valid"))):
        actions.add_argument(*flags, **options)
    parser.add_argument("--metadata-encoding", metavar="<encoding>",
                        help="Specify encoding of member names for -l, -e and -t")
    return parser


def _add_tree(archive, path, member):
    """Store file or directory path (recursively) as member."""
    if os.path.isfile(path):
        archive.write(path, member, ZIP_DEFLATED)
    elif os.path.isdir(path):
        if member:
            archive.write(path, member)
        for entry in sorted(os.listdir(path)):
            _add_tree(archive, os.path.join(path, entry), os.path.join(member, entry))


def main(args=None):
    opts = _cli_parser().parse_args(args)
    encoding = opts.metadata_encoding
    if opts.test is not None:
        with ZipFile(opts.test, "r", metadata_encoding=encoding) as archive:
            broken = archive.testzip()
        if broken:
            print("The following enclosed file is corrupted: {!r}".format(broken))
        print("Done testing")
    elif opts.list is not None:
        with ZipFile(opts.list, "r", metadata_encoding=encoding) as archive:
            archive.printdir()
    elif opts.extract is not None:
        source, destination = opts.extract
        with ZipFile(source, "r", metadata_encoding=encoding) as archive:
            archive.extractall(destination)
    elif opts.create is not None:
        if encoding:
            print("Non-conforming encodings not supported with -c.", file=sys.stderr)
            sys.exit(1)
        target, *sources = opts.create
        with ZipFile(target, "w") as archive:
            for path in sources:
                member = os.path.basename(path) or os.path.basename(os.path.dirname(path))
                if member in ("", os.curdir, os.pardir):
                    member = ""
                _add_tree(archive, path, member)


from ._path import (  # noqa: E402
    Path,
    CompleteDirs,  # noqa: F401
)
