"""Reading and writing ZIP archives.

ZipFile opens an archive for reading ('r'), writing ('w', 'x') or appending
('a'); ZipInfo describes one member; Path walks an archive like pathlib."""

# Layout of an archive: for each member a local header (ZipInfo.FileHeader),
# its data and, when the sizes were not known in advance, a data descriptor;
# then the central directory (one record per member), optionally the ZIP64
# end record and its locator, and the end-of-central-directory record with the
# archive comment. Reading starts from the end record and trusts the central
# directory; each member's local header is checked when it is opened.

import binascii
import importlib.util
import io
import os
import shutil
import stat
import struct
import sys
import threading
import time

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    crc32 = binascii.crc32

try:
    import bz2
except ImportError:
    bz2 = None

try:
    import lzma
except ImportError:
    lzma = None

__all__ = ["BadZipFile", "BadZipfile", "error",
           "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2", "ZIP_LZMA",
           "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing would need ZIP64 extensions and they are off."""


error = BadZipfile = BadZipFile      # the old names

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

# Compression methods.
ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

# Versions needed to extract.
DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

# The records' struct layouts, signatures and sizes.
structEndArchive = b"<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)

structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)

structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)

structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)

structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\x06\x06"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)

# Field positions in the unpacked end record (the last two are added by
# _EndRecData: the comment and the record's offset in the file).
(_ECD_SIGNATURE, _ECD_DISK_NUMBER, _ECD_DISK_START, _ECD_ENTRIES_THIS_DISK,
 _ECD_ENTRIES_TOTAL, _ECD_SIZE, _ECD_OFFSET, _ECD_COMMENT_SIZE,
 _ECD_COMMENT, _ECD_LOCATION) = range(10)

# Field positions in an unpacked central directory record.
(_CD_SIGNATURE, _CD_CREATE_VERSION, _CD_CREATE_SYSTEM, _CD_EXTRACT_VERSION,
 _CD_EXTRACT_SYSTEM, _CD_FLAG_BITS, _CD_COMPRESS_TYPE, _CD_TIME, _CD_DATE,
 _CD_CRC, _CD_COMPRESSED_SIZE, _CD_UNCOMPRESSED_SIZE, _CD_FILENAME_LENGTH,
 _CD_EXTRA_FIELD_LENGTH, _CD_COMMENT_LENGTH, _CD_DISK_NUMBER_START,
 _CD_INTERNAL_FILE_ATTRIBUTES, _CD_EXTERNAL_FILE_ATTRIBUTES,
 _CD_LOCAL_HEADER_OFFSET) = range(19)

# General purpose flag bits.
_MASK_ENCRYPTED = 1 << 0
_MASK_COMPRESS_OPTION_1 = 1 << 1
_MASK_USE_DATA_DESCRIPTOR = 1 << 3
_MASK_COMPRESSED_PATCH = 1 << 5
_MASK_STRONG_ENCRYPTION = 1 << 6
_MASK_UTF_FILENAME = 1 << 11

# Field positions in an unpacked local header.
(_FH_SIGNATURE, _FH_EXTRACT_VERSION, _FH_EXTRACT_SYSTEM,
 _FH_GENERAL_PURPOSE_FLAG_BITS, _FH_COMPRESSION_METHOD, _FH_LAST_MOD_TIME,
 _FH_LAST_MOD_DATE, _FH_CRC, _FH_COMPRESSED_SIZE, _FH_UNCOMPRESSED_SIZE,
 _FH_FILENAME_LENGTH, _FH_EXTRA_FIELD_LENGTH) = range(12)

# Field positions in an unpacked ZIP64 end record.
(_CD64_SIGNATURE, _CD64_DIRECTORY_RECSIZE, _CD64_CREATE_VERSION,
 _CD64_EXTRACT_VERSION, _CD64_DISK_NUMBER, _CD64_DISK_NUMBER_START,
 _CD64_NUMBER_ENTRIES_THIS_DISK, _CD64_NUMBER_ENTRIES_TOTAL,
 _CD64_DIRECTORY_SIZE, _CD64_OFFSET_START_CENTDIR) = range(10)

_DD_SIGNATURE = 0x08074b50


class _Extra(bytes):
    """One extra field (header and data), with its id."""
    FIELD_STRUCT = struct.Struct('<HH')

    def __new__(cls, val, id=None):
        return super().__new__(cls, val)

    def __init__(self, val, id=None):
        self.id = id

    @classmethod
    def read_one(cls, raw):
        if len(raw) >= 4:
            xid, xlen = cls.FIELD_STRUCT.unpack(raw[:4])
        else:
            xid, xlen = None, 0
        return cls(raw[:4 + xlen], xid), raw[4 + xlen:]

    @classmethod
    def split(cls, data):
        rest = memoryview(data)
        while rest:
            field, rest = cls.read_one(rest)
            yield field

    @classmethod
    def strip(cls, data, xids):
        """data without the fields whose id is in xids."""
        return b''.join(f for f in cls.split(data) if f.id not in xids)


def _check_zipfile(fp):
    try:
        return bool(_EndRecData(fp))
    except OSError:
        return False


def is_zipfile(filename):
    """Whether filename (a path or a binary file object) ends with a ZIP end
    record."""
    try:
        if hasattr(filename, "read"):
            return _check_zipfile(fp=filename)
        with open(filename, "rb") as fp:
            return _check_zipfile(fp)
    except OSError:
        return False


def _EndRecData64(fpin, offset, endrec):
    """Update endrec from the ZIP64 records just before the end record at
    offset (from the end of the file), when they are there."""
    try:
        fpin.seek(offset - sizeEndCentDir64Locator, 2)
    except OSError:
        return endrec
    data = fpin.read(sizeEndCentDir64Locator)
    if len(data) != sizeEndCentDir64Locator:
        return endrec
    sig, diskno, reloff, disks = struct.unpack(structEndArchive64Locator, data)
    if sig != stringEndArchive64Locator:
        return endrec
    if diskno != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    fpin.seek(offset - sizeEndCentDir64Locator - sizeEndCentDir64, 2)
    data = fpin.read(sizeEndCentDir64)
    if len(data) != sizeEndCentDir64:
        return endrec
    (sig, _, _, _, disk_num, disk_dir, count, count2,
     dirsize, diroffset) = struct.unpack(structEndArchive64, data)
    if sig != stringEndArchive64:
        return endrec
    endrec[_ECD_SIGNATURE] = sig
    endrec[_ECD_DISK_NUMBER] = disk_num
    endrec[_ECD_DISK_START] = disk_dir
    endrec[_ECD_ENTRIES_THIS_DISK] = count
    endrec[_ECD_ENTRIES_TOTAL] = count2
    endrec[_ECD_SIZE] = dirsize
    endrec[_ECD_OFFSET] = diroffset
    return endrec


def _EndRecData(fpin):
    """The end-of-central-directory record as a list (its nine fields, the
    comment and the record's offset), or None when there is none."""
    fpin.seek(0, 2)
    filesize = fpin.tell()
    # Most archives have no comment: the record is the last 22 bytes.
    try:
        fpin.seek(-sizeEndCentDir, 2)
    except OSError:
        return None
    data = fpin.read()
    if (len(data) == sizeEndCentDir and data[:4] == stringEndArchive
            and data[-2:] == b"\0\0"):
        endrec = list(struct.unpack(structEndArchive, data))
        endrec += [b"", filesize - sizeEndCentDir]
        return _EndRecData64(fpin, -sizeEndCentDir, endrec)
    # Otherwise search the last 64 KiB (the longest comment) for it.
    start = max(filesize - (1 << 16) - sizeEndCentDir, 0)
    fpin.seek(start, 0)
    data = fpin.read()
    pos = data.rfind(stringEndArchive)
    if pos < 0:
        return None
    record = data[pos:pos + sizeEndCentDir]
    if len(record) != sizeEndCentDir:
        return None
    endrec = list(struct.unpack(structEndArchive, record))
    size = endrec[_ECD_COMMENT_SIZE]
    endrec.append(data[pos + sizeEndCentDir:pos + sizeEndCentDir + size])
    endrec.append(start + pos)
    return _EndRecData64(fpin, start + pos - filesize, endrec)


def _sanitize_filename(filename):
    """Cut the name at a NUL and use '/' as the only separator."""
    nul = filename.find("\0")
    if nul >= 0:
        filename = filename[:nul]
    for sep in (os.sep, os.altsep):
        if sep and sep != "/" and sep in filename:
            filename = filename.replace(sep, "/")
    return filename


def _dos_time(dt):
    return ((dt[0] - 1980) << 9 | dt[1] << 5 | dt[2],
            dt[3] << 11 | dt[4] << 5 | (dt[5] // 2))


class ZipInfo:
    """The description of one archive member."""

    __slots__ = (
        'orig_filename', 'filename', 'date_time', 'compress_type',
        'compress_level', 'comment', 'extra', 'create_system',
        'create_version', 'extract_version', 'reserved', 'flag_bits',
        'volume', 'internal_attr', 'external_attr', 'header_offset', 'CRC',
        'compress_size', 'file_size', '_raw_time', '_end_offset',
    )

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        self.filename = _sanitize_filename(filename)
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.compress_type = ZIP_STORED
        self.compress_level = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == 'win32' else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    @property
    def _compresslevel(self):
        return self.compress_level

    @_compresslevel.setter
    def _compresslevel(self, value):
        self.compress_level = value

    def __repr__(self):
        parts = ['<%s filename=%r' % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(' compress_type=%s' % compressor_names.get(
                self.compress_type, self.compress_type))
        mode, dos = self.external_attr >> 16, self.external_attr & 0xFFFF
        if mode:
            parts.append(' filemode=%r' % stat.filemode(mode))
        if dos:
            parts.append(' external_attr=%#x' % dos)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(' file_size=%r' % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(' compress_size=%r' % self.compress_size)
        parts.append('>')
        return ''.join(parts)

    def _min_version(self, zip64):
        version = ZIP64_VERSION if zip64 else 0
        if self.compress_type == ZIP_BZIP2:
            version = max(BZIP2_VERSION, version)
        elif self.compress_type == ZIP_LZMA:
            version = max(LZMA_VERSION, version)
        return version

    def FileHeader(self, zip64=None):
        """The local header of this member, as bytes; zip64 None means: when
        the sizes need it."""
        dosdate, dostime = _dos_time(self.date_time)
        if self.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            crc = compress_size = file_size = 0   # they follow the data
        else:
            crc, compress_size, file_size = self.CRC, self.compress_size, self.file_size
        extra = self.extra
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack('<HHQQ', 1, 16, file_size, compress_size)
            file_size = compress_size = 0xffffffff
        version = self._min_version(zip64)
        self.extract_version = max(version, self.extract_version)
        self.create_version = max(version, self.create_version)
        name, flags = self._encodeFilenameFlags()
        return struct.pack(structFileHeader, stringFileHeader,
                           self.extract_version, self.reserved, flags,
                           self.compress_type, dostime, dosdate, crc,
                           compress_size, file_size, len(name), len(extra)) + name + extra

    def _encodeFilenameFlags(self):
        if self.filename.isascii():
            return self.filename.encode('ascii'), self.flag_bits
        return self.filename.encode('utf-8'), self.flag_bits | _MASK_UTF_FILENAME

    def _decodeExtra(self, filename_crc):
        extra = self.extra
        while len(extra) >= 4:
            tp, ln = struct.unpack('<HH', extra[:4])
            if ln + 4 > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tp, ln))
            body = extra[4:ln + 4]
            if tp == 0x0001:
                self._read_zip64_field(body)
            elif tp == 0x7075:
                self._read_unicode_path(body, filename_crc)
            extra = extra[ln + 4:]

    def _read_zip64_field(self, data):
        # The 64-bit values are present only for the fields saturated in
        # the fixed record, in this order.
        wanted = []
        if self.file_size in (0xFFFF_FFFF_FFFF_FFFF, 0xFFFF_FFFF):
            wanted.append(("File size", "file_size"))
        if self.compress_size == 0xFFFF_FFFF:
            wanted.append(("Compress size", "compress_size"))
        if self.header_offset == 0xFFFF_FFFF:
            wanted.append(("Header offset", "header_offset"))
        for label, attr in wanted:
            if len(data) < 8:
                raise BadZipFile(f"Corrupt zip64 extra field. {label} not found.")
            setattr(self, attr, struct.unpack('<Q', data[:8])[0])
            data = data[8:]

    def _read_unicode_path(self, data, filename_crc):
        if len(data) < 5:
            raise BadZipFile("Corrupt unicode path extra field (0x7075)")
        version, name_crc = struct.unpack('<BL', data[:5])
        if version != 1 or name_crc != filename_crc:
            return
        try:
            name = data[5:].decode('utf-8')
        except UnicodeDecodeError as e:
            raise BadZipFile('Corrupt unicode path extra field (0x7075): invalid utf-8 bytes') from e
        if name:
            self.filename = _sanitize_filename(name)
        else:
            import warnings
            warnings.warn("Empty unicode path extra field (0x7075)", stacklevel=2)

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory filename, named arcname in the
        archive (default: filename without drive and leading separators)."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        isdir = stat.S_ISDIR(st.st_mode)
        date_time = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps:
            if date_time[0] < 1980:
                date_time = (1980, 1, 1, 0, 0, 0)
            elif date_time[0] > 2107:
                date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(os.path.splitdrive(arcname)[1])
        while arcname[0] in (os.sep, os.altsep):
            arcname = arcname[1:]
        if isdir:
            arcname += '/'
        info = cls(arcname, date_time)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10       # the MS-DOS directory bit
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        """Whether the member is a directory (its name ends with a slash)."""
        if self.filename.endswith('/'):
            return True
        if os.path.altsep:
            return self.filename.endswith((os.path.sep, os.path.altsep))
        return False


# Traditional PKWARE encryption (decryption only).
_crctable = None


def _gen_crc(crc):
    for _ in range(8):
        crc = (crc >> 1) ^ 0xEDB88320 if crc & 1 else crc >> 1
    return crc


def _ZipDecrypter(pwd):
    global _crctable
    if _crctable is None:
        _crctable = [_gen_crc(i) for i in range(256)]
    table = _crctable
    keys = [0x12345678, 0x23456789, 0x34567890]

    def update(c):
        keys[0] = (keys[0] >> 8) ^ table[(keys[0] ^ c) & 0xFF]
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = (keys[2] >> 8) ^ table[(keys[2] ^ (keys[1] >> 24)) & 0xFF]

    for c in pwd:
        update(c)

    def decrypter(data):
        out = bytearray(len(data))
        for i, c in enumerate(data):
            k = keys[2] | 2
            c ^= ((k * (k ^ 1)) >> 8) & 0xFF
            update(c)
            out[i] = c
        return bytes(out)
    return decrypter


class LZMACompressor:
    """ZIP's LZMA framing (a small properties header) around raw LZMA1."""

    def __init__(self):
        self._comp = None

    def _init(self):
        props = lzma._encode_filter_properties({'id': lzma.FILTER_LZMA1})
        self._comp = lzma.LZMACompressor(lzma.FORMAT_RAW, filters=[
            lzma._decode_filter_properties(lzma.FILTER_LZMA1, props)])
        return struct.pack('<BBH', 9, 4, len(props)) + props

    def compress(self, data):
        head = self._init() if self._comp is None else b''
        return head + self._comp.compress(data)

    def flush(self):
        head = self._init() if self._comp is None else b''
        return head + self._comp.flush()


class LZMADecompressor:
    def __init__(self):
        self._decomp = None
        self._unconsumed = b''
        self.eof = False

    def decompress(self, data):
        if self._decomp is None:
            self._unconsumed += data
            if len(self._unconsumed) <= 4:
                return b''
            psize, = struct.unpack('<H', self._unconsumed[2:4])
            if len(self._unconsumed) <= 4 + psize:
                return b''
            self._decomp = lzma.LZMADecompressor(lzma.FORMAT_RAW, filters=[
                lzma._decode_filter_properties(lzma.FILTER_LZMA1,
                                               self._unconsumed[4:4 + psize])])
            data = self._unconsumed[4 + psize:]
            del self._unconsumed
        out = self._decomp.decompress(data)
        self.eof = self._decomp.eof
        return out


compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce',
    5: 'reduce', 6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64',
    10: 'implode', 12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77',
    97: 'wavpack', 98: 'ppmd',
}

_NEEDS = {ZIP_DEFLATED: 'zlib', ZIP_BZIP2: 'bz2', ZIP_LZMA: 'lzma'}


def _check_compression(compression):
    if compression == ZIP_STORED:
        return
    module = _NEEDS.get(compression)
    if module is None:
        raise NotImplementedError("That compression method is not supported")
    if not globals()[module]:
        raise RuntimeError("Compression requires the (missing) %s module" % module)


def _get_compressor(compress_type, compresslevel=None):
    if compress_type == ZIP_DEFLATED:
        level = zlib.Z_DEFAULT_COMPRESSION if compresslevel is None else compresslevel
        return zlib.compressobj(level, zlib.DEFLATED, -15)
    if compress_type == ZIP_BZIP2:
        return bz2.BZ2Compressor() if compresslevel is None else bz2.BZ2Compressor(compresslevel)
    if compress_type == ZIP_LZMA:
        return LZMACompressor()
    return None


def _get_decompressor(compress_type):
    _check_compression(compress_type)
    if compress_type == ZIP_STORED:
        return None
    if compress_type == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    if compress_type == ZIP_BZIP2:
        return bz2.BZ2Decompressor()
    if compress_type == ZIP_LZMA:
        return LZMADecompressor()
    name = compressor_names.get(compress_type)
    if name:
        raise NotImplementedError("compression type %d (%s)" % (compress_type, name))
    raise NotImplementedError("compression type %d" % (compress_type,))


_WRITING_READ = ("Can't read from the ZIP file while there "
                 "is an open writing handle on it. "
                 "Close the writing handle before trying to read.")


class _SharedFile:
    """A view of the archive's file with its own position, so that several
    members can be read at once."""

    def __init__(self, file, pos, close, lock, writing):
        self._file = file
        self._pos = pos
        self._close = close
        self._lock = lock
        self._writing = writing
        self.seekable = file.seekable

    def tell(self):
        return self._pos

    def seek(self, offset, whence=0):
        with self._lock:
            if self._writing():
                raise ValueError("Can't reposition in the ZIP file while "
                                 "there is an open writing handle on it. "
                                 "Close the writing handle before trying to read.")
            self._file.seek(offset, whence)
            self._pos = self._file.tell()
            return self._pos

    def read(self, n=-1):
        with self._lock:
            if self._writing():
                raise ValueError(_WRITING_READ)
            self._file.seek(self._pos)
            data = self._file.read(n)
            self._pos = self._file.tell()
            return data

    def close(self):
        if self._file is not None:
            f, self._file = self._file, None
            self._close(f)


class _Tellable:
    """Counts what is written to an output that cannot tell()."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += n
        return n

    def tell(self):
        return self.offset

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


class ZipExtFile(io.BufferedIOBase):
    """A member opened for reading (what ZipFile.open returns)."""

    MAX_N = 1 << 31 - 1
    MIN_READ_SIZE = 4096
    MAX_SEEK_READ = 1 << 24

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._fileobj = fileobj
        self._pwd = pwd
        self._close_fileobj = close_fileobj
        self._compress_type = zipinfo.compress_type
        self._compress_left = zipinfo.compress_size
        self._left = zipinfo.file_size
        self._decompressor = _get_decompressor(self._compress_type)
        self._eof = False
        self._readbuffer = b''
        self._offset = 0
        self.newlines = None
        self.mode = mode
        self.name = zipinfo.filename
        if hasattr(zipinfo, 'CRC'):
            self._expected_crc = zipinfo.CRC
            self._running_crc = crc32(b'')
        else:
            self._expected_crc = None
        self._seekable = False
        try:
            if fileobj.seekable():
                self._orig_compress_start = fileobj.tell()
                self._orig_compress_size = zipinfo.compress_size
                self._orig_file_size = zipinfo.file_size
                self._orig_start_crc = self._running_crc
                self._orig_crc = self._expected_crc
                self._seekable = True
        except AttributeError:
            pass
        self._decrypter = None
        if pwd:
            # The last byte of the decrypted 12-byte header checks the password.
            if zipinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                check = (zipinfo._raw_time >> 8) & 0xff
            else:
                check = (zipinfo.CRC >> 24) & 0xff
            if self._init_decrypter() != check:
                raise RuntimeError("Bad password for file %r" % zipinfo.orig_filename)

    def _init_decrypter(self):
        self._decrypter = _ZipDecrypter(self._pwd)
        header = self._fileobj.read(12)
        self._compress_left -= 12
        return self._decrypter(header)[11]

    def __repr__(self):
        parts = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        if self.closed:
            parts.append(' [closed]')
        else:
            parts.append(' name=%r' % (self.name,))
            if self._compress_type != ZIP_STORED:
                parts.append(' compress_type=%s' % compressor_names.get(
                    self._compress_type, self._compress_type))
        parts.append('>')
        return ''.join(parts)

    def readline(self, limit=-1):
        """Read a line (at most limit bytes when limit >= 0)."""
        if limit < 0:
            end = self._readbuffer.find(b'\n', self._offset) + 1
            if end > 0:
                line = self._readbuffer[self._offset:end]
                self._offset = end
                return line
        return io.BufferedIOBase.readline(self, limit)

    def peek(self, n=1):
        """Up to 512 buffered bytes, reading more if fewer than n are there."""
        if n > len(self._readbuffer) - self._offset:
            chunk = self.read(n)
            if len(chunk) > self._offset:
                self._readbuffer = chunk + self._readbuffer[self._offset:]
                self._offset = 0
            else:
                self._offset -= len(chunk)
        return self._readbuffer[self._offset:self._offset + 512]

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def _take_buffer(self):
        buf = self._readbuffer[self._offset:]
        self._readbuffer = b''
        self._offset = 0
        return buf

    def read(self, n=-1):
        """Read up to n bytes (all that is left when n is None or negative)."""
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            buf = self._take_buffer()
            while not self._eof:
                buf += self._read1(self.MAX_N)
            return buf
        end = self._offset + n
        if end < len(self._readbuffer):
            buf = self._readbuffer[self._offset:end]
            self._offset = end
            return buf
        need = end - len(self._readbuffer)
        buf = self._take_buffer()
        while need > 0 and not self._eof:
            data = self._read1(need)
            if len(data) > need:
                self._readbuffer, self._offset = data, need
                return buf + data[:need]
            buf += data
            need -= len(data)
        return buf

    def _update_crc(self, newdata):
        if self._expected_crc is None:
            return
        self._running_crc = crc32(newdata, self._running_crc)
        if self._eof and self._running_crc != self._expected_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def read1(self, n):
        """Read up to n bytes with at most one read of the archive."""
        if n is None or n < 0:
            buf = self._take_buffer()
            while not self._eof:
                data = self._read1(self.MAX_N)
                if data:
                    return buf + data
            return buf
        end = self._offset + n
        if end < len(self._readbuffer):
            buf = self._readbuffer[self._offset:end]
            self._offset = end
            return buf
        need = end - len(self._readbuffer)
        buf = self._take_buffer()
        if need > 0:
            while not self._eof:
                data = self._read1(need)
                if len(data) > need:
                    self._readbuffer, self._offset = data, need
                    return buf + data[:need]
                if data:
                    return buf + data
        return buf

    def _read1(self, n):
        # One step of decompression: up to about n bytes of member data.
        if self._eof or n <= 0:
            return b''
        kind = self._compress_type
        if kind == ZIP_DEFLATED:
            raw = self._decompressor.unconsumed_tail
            if n > len(raw):
                raw += self._read2(n - len(raw))
        else:
            raw = self._read2(n)
        if kind == ZIP_STORED:
            data = raw
            self._eof = self._compress_left <= 0
        elif kind == ZIP_DEFLATED:
            data = self._decompressor.decompress(raw, max(n, self.MIN_READ_SIZE))
            self._eof = (self._decompressor.eof or
                         self._compress_left <= 0 and not self._decompressor.unconsumed_tail)
            if self._eof:
                data += self._decompressor.flush()
        else:
            data = self._decompressor.decompress(raw)
            self._eof = self._decompressor.eof or self._compress_left <= 0
        data = data[:self._left]
        self._left -= len(data)
        if self._left <= 0:
            self._eof = True
        self._update_crc(data)
        return data

    def _read2(self, n):
        # Up to n raw (compressed, decrypted) bytes of the member.
        if self._compress_left <= 0:
            return b''
        n = min(max(n, self.MIN_READ_SIZE), self._compress_left)
        data = self._fileobj.read(n)
        self._compress_left -= len(data)
        if not data:
            raise EOFError
        if self._decrypter is not None:
            data = self._decrypter(data)
        return data

    def close(self):
        try:
            if self._close_fileobj:
                self._fileobj.close()
        finally:
            super().close()

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def seek(self, offset, whence=os.SEEK_SET):
        if self.closed:
            raise ValueError("seek on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        here = self.tell()
        if whence == os.SEEK_SET:
            target = offset
        elif whence == os.SEEK_CUR:
            target = here + offset
        elif whence == os.SEEK_END:
            target = self._orig_file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), "
                             "os.SEEK_CUR (1), or os.SEEK_END (2)")
        target = max(0, min(target, self._orig_file_size))
        forward = target - here
        in_buffer = forward + self._offset
        if 0 <= in_buffer < len(self._readbuffer):
            self._offset = in_buffer
            forward = 0
        elif self._compress_type == ZIP_STORED and self._decrypter is None and forward > 0:
            # Stored data: skip in the archive directly (the CRC can no
            # longer be checked).
            self._expected_crc = None
            forward -= len(self._readbuffer) - self._offset
            self._fileobj.seek(forward, os.SEEK_CUR)
            self._left -= forward
            forward = 0
            self._readbuffer, self._offset = b'', 0
        elif forward < 0:
            # Backwards: start the member again.
            self._fileobj.seek(self._orig_compress_start)
            self._running_crc = self._orig_start_crc
            self._expected_crc = self._orig_crc
            self._compress_left = self._orig_compress_size
            self._left = self._orig_file_size
            self._readbuffer, self._offset = b'', 0
            self._decompressor = _get_decompressor(self._compress_type)
            self._eof = False
            forward = target
            if self._decrypter is not None:
                self._init_decrypter()
        while forward > 0:
            step = min(self.MAX_SEEK_READ, forward)
            self.read(step)
            forward -= step
        return self.tell()

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._orig_file_size - self._left - len(self._readbuffer) + self._offset


class _ZipWriteFile(io.BufferedIOBase):
    """A member opened for writing; closing it completes the member."""

    def __init__(self, zf, zinfo, zip64):
        self._zinfo = zinfo
        self._zip64 = zip64
        self._zipfile = zf
        self._compressor = _get_compressor(zinfo.compress_type, zinfo.compress_level)
        self._file_size = 0
        self._compress_size = 0
        self._crc = 0

    @property
    def _fileobj(self):
        return self._zipfile.fp

    @property
    def name(self):
        return self._zinfo.filename

    @property
    def mode(self):
        return 'wb'

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            n = len(data)
        else:
            data = memoryview(data)
            n = data.nbytes
        self._file_size += n
        self._crc = crc32(data, self._crc)
        if self._compressor:
            data = self._compressor.compress(data)
            self._compress_size += len(data)
        self._fileobj.write(data)
        return n

    def close(self):
        if self.closed:
            return
        try:
            super().close()
            info = self._zinfo
            if self._compressor:
                tail = self._compressor.flush()
                self._compress_size += len(tail)
                self._fileobj.write(tail)
                info.compress_size = self._compress_size
            else:
                info.compress_size = self._file_size
            info.CRC = self._crc
            info.file_size = self._file_size
            if not self._zip64:
                if self._file_size > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if self._compress_size > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            if info.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
                fmt = '<LLQQ' if self._zip64 else '<LLLL'
                self._fileobj.write(struct.pack(fmt, _DD_SIGNATURE, info.CRC,
                                                info.compress_size, info.file_size))
                self._zipfile.start_dir = self._fileobj.tell()
            else:
                # Go back and write the header again, now with the sizes.
                self._zipfile.start_dir = self._fileobj.tell()
                self._fileobj.seek(info.header_offset)
                self._fileobj.write(info.FileHeader(self._zip64))
                self._fileobj.seek(self._zipfile.start_dir)
            self._zipfile.filelist.append(info)
            self._zipfile.NameToInfo[info.filename] = info
        finally:
            self._zipfile._writing = False


class ZipFile:
    """An open ZIP archive.

    ZipFile(file, mode="r", compression=ZIP_STORED, allowZip64=True,
            compresslevel=None, *, strict_timestamps=True, metadata_encoding=None)

    file is a path or a binary file object; mode is 'r', 'w', 'x' or 'a';
    compression and compresslevel are the defaults for new members;
    allowZip64 permits the ZIP64 extensions for large archives;
    metadata_encoding decodes member names that are not flagged UTF-8."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b''
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if metadata_encoding and mode != 'r':
            raise ValueError("metadata_encoding is only supported for reading files")

        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            # Each open mode falls back to the next when the first fails.
            fallback = {'r': 'rb', 'w': 'w+b', 'x': 'x+b', 'a': 'r+b',
                        'r+b': 'w+b', 'w+b': 'wb', 'x+b': 'xb'}
            filemode = fallback[mode]
            while True:
                try:
                    self.fp = io.open(file, filemode)
                    break
                except OSError:
                    if filemode not in fallback:
                        raise
                    filemode = fallback[filemode]
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, 'name', None)
        self._fileRefCnt = 1
        self._lock = threading.RLock()
        self._seekable = True
        self._writing = False

        try:
            if mode == 'r':
                self._RealGetContents()
            elif mode in ('w', 'x'):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.fp = _Tellable(self.fp)
                    self.start_dir = 0
                    self._seekable = False
                else:
                    try:
                        self.fp.seek(self.start_dir)
                    except (AttributeError, OSError):
                        self._seekable = False
            else:
                try:
                    self._RealGetContents()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    # Not an archive: append one at its end.
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except:
            fp, self.fp = self.fp, None
            self._fpclose(fp)
            raise

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        parts = ['<%s.%s' % (type(self).__module__, type(self).__qualname__)]
        if self.fp is None:
            parts.append(' [closed]')
        else:
            if self._filePassed:
                parts.append(' file=%r' % self.fp)
            elif self.filename is not None:
                parts.append(' filename=%r' % self.filename)
            parts.append(' mode=%r' % self.mode)
        parts.append('>')
        return ''.join(parts)

    def _RealGetContents(self):
        """Read the central directory."""
        fp = self.fp
        try:
            endrec = _EndRecData(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if not endrec:
            raise BadZipFile("File is not a zip file")
        size_cd = endrec[_ECD_SIZE]
        offset_cd = endrec[_ECD_OFFSET]
        self._comment = endrec[_ECD_COMMENT]
        # Data prepended to the archive (a self-extractor's stub) shifts
        # every offset by concat.
        concat = endrec[_ECD_LOCATION] - size_cd - offset_cd
        if endrec[_ECD_SIGNATURE] == stringEndArchive64:
            concat -= sizeEndCentDir64 + sizeEndCentDir64Locator
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir, 0)
        cd = io.BytesIO(fp.read(size_cd))
        total = 0
        while total < size_cd:
            record = cd.read(sizeCentralDir)
            if len(record) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            record = struct.unpack(structCentralDir, record)
            if record[_CD_SIGNATURE] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            raw_name = cd.read(record[_CD_FILENAME_LENGTH])
            name_crc = crc32(raw_name)
            flags = record[_CD_FLAG_BITS]
            if flags & _MASK_UTF_FILENAME:
                name = raw_name.decode('utf-8')
            else:
                name = raw_name.decode(self.metadata_encoding or 'cp437')
            info = ZipInfo(name)
            info.extra = cd.read(record[_CD_EXTRA_FIELD_LENGTH])
            info.comment = cd.read(record[_CD_COMMENT_LENGTH])
            info.header_offset = record[_CD_LOCAL_HEADER_OFFSET]
            (info.create_version, info.create_system, info.extract_version,
             info.reserved, info.flag_bits, info.compress_type, t, d,
             info.CRC, info.compress_size, info.file_size) = record[1:12]
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (info.extract_version / 10))
            info.volume, info.internal_attr, info.external_attr = record[15:18]
            info._raw_time = t
            info.date_time = ((d >> 9) + 1980, (d >> 5) & 0xF, d & 0x1F,
                              t >> 11, (t >> 5) & 0x3F, (t & 0x1F) * 2)
            info._decodeExtra(name_crc)
            info.header_offset += concat
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            total += (sizeCentralDir + record[_CD_FILENAME_LENGTH]
                      + record[_CD_EXTRA_FIELD_LENGTH] + record[_CD_COMMENT_LENGTH])
        # Each member must end before the next begins (zip bomb check).
        end = self.start_dir
        for info in sorted(self.filelist, key=lambda i: i.header_offset, reverse=True):
            info._end_offset = end
            end = info.header_offset

    def namelist(self):
        """The members' names."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The members' ZipInfo objects, in archive order."""
        return self.filelist

    def printdir(self, file=None):
        """Print a table of contents."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, date, info.file_size), file=file)

    def testzip(self):
        """Read every member; the name of the first one that is bad, or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as f:
                    while f.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename

    def getinfo(self, name):
        """The ZipInfo of member name (KeyError if there is none)."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        """Set the default password for encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The archive's comment (bytes)."""
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
        self._didModify = True

    def read(self, name, pwd=None):
        """The contents of member name."""
        with self.open(name, "r", pwd) as f:
            return f.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """Open member name (or a ZipInfo) for reading ('r') or writing a new
        member ('w'); pwd decrypts; force_zip64 allows a member of unknown
        size beyond 2 GiB."""
        if mode not in {"r", "w"}:
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == 'w':
            info = ZipInfo(name)
            info.compress_type = self.compression
            info.compress_level = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == 'w':
            return self._open_to_write(info, force_zip64=force_zip64)
        if self._writing:
            raise ValueError(_WRITING_READ)

        self._fileRefCnt += 1
        shared = _SharedFile(self.fp, info.header_offset, self._fpclose,
                             self._lock, lambda: self._writing)
        try:
            header = shared.read(sizeFileHeader)
            if len(header) != sizeFileHeader:
                raise BadZipFile("Truncated file header")
            header = struct.unpack(structFileHeader, header)
            if header[_FH_SIGNATURE] != stringFileHeader:
                raise BadZipFile("Bad magic number for file header")
            raw_name = shared.read(header[_FH_FILENAME_LENGTH])
            if header[_FH_EXTRA_FIELD_LENGTH]:
                shared.seek(header[_FH_EXTRA_FIELD_LENGTH], whence=1)
            if info.flag_bits & _MASK_COMPRESSED_PATCH:
                raise NotImplementedError("compressed patched data (flag bit 5)")
            if info.flag_bits & _MASK_STRONG_ENCRYPTION:
                raise NotImplementedError("strong encryption (flag bit 6)")
            if header[_FH_GENERAL_PURPOSE_FLAG_BITS] & _MASK_UTF_FILENAME:
                header_name = raw_name.decode("utf-8")
            else:
                header_name = raw_name.decode(self.metadata_encoding or "cp437")
            if header_name != info.orig_filename:
                raise BadZipFile('File name in directory %r and header %r differ.'
                                 % (info.orig_filename, raw_name))
            if (info._end_offset is not None and
                    shared.tell() + info.compress_size > info._end_offset):
                raise BadZipFile(f"Overlapped entries: {info.orig_filename!r} (possible zip bomb)")
            if info.flag_bits & _MASK_ENCRYPTED:
                if not pwd:
                    pwd = self.pwd
                if pwd and not isinstance(pwd, bytes):
                    raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
                if not pwd:
                    raise RuntimeError("File %r is encrypted, password "
                                       "required for extraction" % name)
            else:
                pwd = None
            return ZipExtFile(shared, mode + 'b', info, pwd, True)
        except:
            shared.close()
            raise

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             "the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is "
                             "another write handle open on it. "
                             "Close the first handle before opening another.")
        zinfo.compress_size = 0
        zinfo.CRC = 0
        zinfo.flag_bits = 0x00
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= _MASK_COMPRESS_OPTION_1
        if not self._seekable:
            zinfo.flag_bits |= _MASK_USE_DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        # Compressed data can be a little larger than the input.
        zip64 = force_zip64 or zinfo.file_size * 1.05 > ZIP64_LIMIT
        if not self._allowZip64 and zip64:
            raise LargeZipFile("Filesize would require ZIP64 extensions")
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def extract(self, member, path=None, pwd=None):
        """Extract member (a name or ZipInfo) under path (default: the
        current directory); return the path written."""
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract members (default: all) under path (default: the current
        directory)."""
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for member in members:
            self._extract_member(member, path, pwd)

    @classmethod
    def _sanitize_windows_name(cls, arcname, pathsep):
        """Replace characters Windows forbids and drop trailing dots and
        spaces of each part."""
        table = cls._windows_illegal_name_trans_table
        if not table:
            bad = ':<>|"?*'
            table = cls._windows_illegal_name_trans_table = str.maketrans(bad, '_' * len(bad))
        parts = (p.rstrip(' .') for p in arcname.translate(table).split(pathsep))
        return pathsep.join(p for p in parts if p)

    def _extract_member(self, member, targetpath, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        # The name becomes a relative path: no drive, no root, no . or ..
        arcname = member.filename.replace('/', os.path.sep)
        if os.path.altsep:
            arcname = arcname.replace(os.path.altsep, os.path.sep)
        arcname = os.path.splitdrive(arcname)[1]
        skip = ('', os.path.curdir, os.path.pardir)
        arcname = os.path.sep.join(p for p in arcname.split(os.path.sep) if p not in skip)
        if os.path.sep == '\\':
            arcname = self._sanitize_windows_name(arcname, os.path.sep)
        if not arcname and not member.is_dir():
            raise ValueError("Empty filename.")
        targetpath = os.path.normpath(os.path.join(targetpath, arcname))
        parent = os.path.dirname(targetpath)
        if parent and not os.path.exists(parent):
            os.makedirs(parent, exist_ok=True)
        if member.is_dir():
            if not os.path.isdir(targetpath):
                try:
                    os.mkdir(targetpath)
                except FileExistsError:
                    if not os.path.isdir(targetpath):
                        raise
            return targetpath
        with self.open(member, pwd=pwd) as source, open(targetpath, "wb") as target:
            shutil.copyfileobj(source, target)
        return targetpath

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % zinfo.filename, stacklevel=3)
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if not self._allowZip64:
            what = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                what = "Files count"
            elif zinfo.file_size > ZIP64_LIMIT:
                what = "Filesize"
            elif zinfo.header_offset > ZIP64_LIMIT:
                what = "Zipfile size"
            if what:
                raise LargeZipFile(what + " would require ZIP64 extensions")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add the file or directory filename as arcname."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        info = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info.compress_level = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src, self.open(info, 'w') as dest:
            shutil.copyfileobj(src, dest, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member with contents data (bytes, or str written as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(filename=zinfo_or_arcname,
                           date_time=time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info.compress_level = self.compresslevel
            if info.filename.endswith('/'):
                info.external_attr = 0o40775 << 16 | 0x10
            else:
                info.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info.compress_level = compresslevel
        info.file_size = len(data)
        with self._lock:
            with self.open(info, mode='w') as dest:
                dest.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory member."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            info = ZipInfo(name)
            info.compress_size = 0
            info.CRC = 0
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
            info.file_size = 0
        else:
            raise TypeError("Expected type str or ZipInfo")
        with self._lock:
            if self._seekable:
                self.fp.seek(self.start_dir)
            info.header_offset = self.fp.tell()
            if info.compress_type == ZIP_LZMA:
                info.flag_bits |= _MASK_COMPRESS_OPTION_1
            self._writecheck(info)
            self._didModify = True
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
            self.fp.write(info.FileHeader(False))
            self.start_dir = self.fp.tell()

    def __del__(self):
        self.close()

    def close(self):
        """Close the archive, writing the central directory if it changed."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is "
                             "an open writing handle on it. "
                             "Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._didModify:
                with self._lock:
                    if self._seekable:
                        self.fp.seek(self.start_dir)
                    self._write_end_record()
        finally:
            fp, self.fp = self.fp, None
            self._fpclose(fp)

    def _write_end_record(self):
        for info in self.filelist:
            dosdate, dostime = _dos_time(info.date_time)
            big = []
            if info.file_size > ZIP64_LIMIT or info.compress_size > ZIP64_LIMIT:
                big += [info.file_size, info.compress_size]
                file_size = compress_size = 0xffffffff
            else:
                file_size, compress_size = info.file_size, info.compress_size
            if info.header_offset > ZIP64_LIMIT:
                big.append(info.header_offset)
                header_offset = 0xffffffff
            else:
                header_offset = info.header_offset
            extra = info.extra
            if big:
                extra = struct.pack('<HH' + 'Q' * len(big), 1, 8 * len(big), *big) + \
                    _Extra.strip(extra, (1,))
            version = info._min_version(bool(big))
            name, flags = info._encodeFilenameFlags()
            self.fp.write(struct.pack(
                structCentralDir, stringCentralDir,
                max(version, info.create_version), info.create_system,
                max(version, info.extract_version), info.reserved,
                flags, info.compress_type, dostime, dosdate, info.CRC,
                compress_size, file_size, len(name), len(extra), len(info.comment),
                0, info.internal_attr, info.external_attr, header_offset))
            self.fp.write(name)
            self.fp.write(extra)
            self.fp.write(info.comment)

        end = self.fp.tell()
        count = len(self.filelist)
        size = end - self.start_dir
        offset = self.start_dir
        what = None
        if count > ZIP_FILECOUNT_LIMIT:
            what = "Files count"
        elif offset > ZIP64_LIMIT:
            what = "Central directory offset"
        elif size > ZIP64_LIMIT:
            what = "Central directory size"
        if what:
            if not self._allowZip64:
                raise LargeZipFile(what + " would require ZIP64 extensions")
            self.fp.write(struct.pack(structEndArchive64, stringEndArchive64,
                                      44, 45, 45, 0, 0, count, count, size, offset))
            self.fp.write(struct.pack(structEndArchive64Locator,
                                      stringEndArchive64Locator, 0, end, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        self.fp.write(struct.pack(structEndArchive, stringEndArchive, 0, 0,
                                  count, count, size, offset, len(self._comment)))
        self.fp.write(self._comment)
        if self.mode == "a":
            self.fp.truncate()
        self.fp.flush()

    def _fpclose(self, fp):
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()


class PyZipFile(ZipFile):
    """A ZipFile that adds Python modules and packages as compiled files."""

    def __init__(self, file, mode="r", compression=ZIP_STORED,
                 allowZip64=True, optimize=-1):
        ZipFile.__init__(self, file, mode=mode, compression=compression,
                         allowZip64=allowZip64)
        self._optimize = optimize

    def _add_module(self, path, basename, filterfunc, what):
        if filterfunc and not filterfunc(path):
            if self.debug:
                print('%s %r skipped by filterfunc' % (what, path))
            return
        fname, arcname = self._get_codename(path[:-3], basename)
        if self.debug:
            print("Adding", arcname)
        self.write(fname, arcname)

    def writepy(self, pathname, basename="", filterfunc=None):
        """Add a module (a .py file), a package directory (recursively) or
        the modules of a plain directory, compiled; filterfunc(path) may
        refuse any of them."""
        pathname = os.fspath(pathname)
        if filterfunc and not filterfunc(pathname):
            if self.debug:
                label = 'path' if os.path.isdir(pathname) else 'file'
                print('%s %r skipped by filterfunc' % (label, pathname))
            return
        parent, name = os.path.split(pathname)
        if not os.path.isdir(pathname):
            if pathname[-3:] != ".py":
                raise RuntimeError('Files added with writepy() must end with ".py"')
            fname, arcname = self._get_codename(pathname[:-3], basename)
            if self.debug:
                print("Adding file", arcname)
            self.write(fname, arcname)
            return
        init = os.path.join(pathname, "__init__.py")
        if os.path.isfile(init):
            basename = "%s/%s" % (basename, name) if basename else name
            if self.debug:
                print("Adding package in", pathname, "as", basename)
            fname, arcname = self._get_codename(init[:-3], basename)
            if self.debug:
                print("Adding", arcname)
            self.write(fname, arcname)
            for entry in sorted(os.listdir(pathname)):
                if entry == "__init__.py":
                    continue
                path = os.path.join(pathname, entry)
                if os.path.isdir(path):
                    if os.path.isfile(os.path.join(path, "__init__.py")):
                        self.writepy(path, basename, filterfunc=filterfunc)
                elif os.path.splitext(entry)[1] == ".py":
                    self._add_module(path, basename, filterfunc, 'file')
            return
        if self.debug:
            print("Adding files from directory", pathname)
        for entry in sorted(os.listdir(pathname)):
            path = os.path.join(pathname, entry)
            if os.path.splitext(entry)[1] == ".py":
                self._add_module(path, basename, filterfunc, 'file')

    def _get_codename(self, pathname, basename):
        """(file to store, name in the archive) for module pathname (without
        .py): a fresh enough compiled file, compiling when needed, else the
        source."""
        def compile_it(file, optimize=-1):
            import py_compile
            if self.debug:
                print("Compiling", file)
            try:
                py_compile.compile(file, doraise=True, optimize=optimize)
            except py_compile.PyCompileError as err:
                print(err.msg)
                return False
            return True

        source = pathname + ".py"
        legacy = pathname + ".pyc"
        cached = [importlib.util.cache_from_source(source, optimization=o)
                  for o in ('', 1, 2)]

        def fresh(path):
            return os.path.isfile(path) and os.stat(path).st_mtime >= os.stat(source).st_mtime

        if self._optimize == -1:
            if fresh(legacy):
                return legacy, self._in_archive(legacy, basename)
            for path in cached:
                if fresh(path):
                    return path, self._in_archive(legacy, basename)
            if compile_it(source):
                level = min(sys.flags.optimize, 2)
                return cached[level], self._in_archive(legacy, basename)
            return source, self._in_archive(source, basename)
        if self._optimize not in (0, 1, 2):
            raise ValueError("invalid value for 'optimize': {!r}".format(self._optimize))
        fname = cached[self._optimize]
        if not fresh(fname) and not compile_it(source, optimize=self._optimize):
            return source, self._in_archive(source, basename)
        return fname, self._in_archive(legacy, basename)

    @staticmethod
    def _in_archive(path, basename):
        name = os.path.split(path)[1]
        return "%s/%s" % (basename, name) if basename else name


def main(args=None):
    import argparse

    parser = argparse.ArgumentParser(
        description='A simple command-line interface for zipfile module.')
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('-l', '--list', metavar='<zipfile>',
                       help='Show listing of a zipfile')
    group.add_argument('-e', '--extract', nargs=2,
                       metavar=('<zipfile>', '<output_dir>'),
                       help='Extract zipfile into target dir')
    group.add_argument('-c', '--create', nargs='+',
                       metavar=('<name>', '<file>'),
                       help='Create zipfile from sources')
    group.add_argument('-t', '--test', metavar='<zipfile>',
                       help='Test if a zipfile is valid')
    parser.add_argument('--metadata-encoding', metavar='<encoding>',
                        help='Specify encoding of member names for -l, -e and -t')
    args = parser.parse_args(args)
    encoding = args.metadata_encoding

    if args.test is not None:
        with ZipFile(args.test, 'r', metadata_encoding=encoding) as zf:
            bad = zf.testzip()
        if bad:
            print("The following enclosed file is corrupted: {!r}".format(bad))
        print("Done testing")
    elif args.list is not None:
        with ZipFile(args.list, 'r', metadata_encoding=encoding) as zf:
            zf.printdir()
    elif args.extract is not None:
        src, dest = args.extract
        with ZipFile(src, 'r', metadata_encoding=encoding) as zf:
            zf.extractall(dest)
    elif args.create is not None:
        if encoding:
            print("Non-conforming encodings not supported with -c.", file=sys.stderr)
            sys.exit(1)
        zip_name, *sources = args.create

        def add(zf, path, zippath):
            if os.path.isfile(path):
                zf.write(path, zippath, ZIP_DEFLATED)
            elif os.path.isdir(path):
                if zippath:
                    zf.write(path, zippath)
                for entry in sorted(os.listdir(path)):
                    add(zf, os.path.join(path, entry), os.path.join(zippath, entry))

        with ZipFile(zip_name, 'w') as zf:
            for path in sources:
                zippath = os.path.basename(path) or os.path.basename(os.path.dirname(path))
                if zippath in ('', os.curdir, os.pardir):
                    zippath = ''
                add(zf, path, zippath)


from ._path import (  # noqa: E402
    Path,
    CompleteDirs,  # noqa: F401
)
