"""Reading and writing gzip (RFC 1952) files and data.

GzipFile is a binary file object whose contents are compressed on the way to
or from an underlying file; open() adds text mode; compress() and decompress()
work on whole byte strings."""

# Writing: a gzip header, then raw DEFLATE from a zlib compressobj fed through a
# BufferedWriter, then the CRC-32 and size trailer at close. Reading: a
# _GzipReader (a _compression.DecompressReader) parses member headers itself,
# inflates the members' raw DEFLATE with zlib._ZlibDecompressor, checks each
# trailer, and goes on across concatenated members (zero padding allowed).

import struct, sys, time, os
import zlib
import builtins
import io
import _compression

__all__ = ["BadGzipFile", "GzipFile", "open", "compress", "decompress"]

# Header flag bits.
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ = 'rb'
WRITE = 'wb'

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024
_WRITE_BUFFER_SIZE = 4 * io.DEFAULT_BUFFER_SIZE


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open a gzip file by name or over a file object, in binary mode ("rb",
    "wb", "xb", "ab", or without the b) or text mode (with t: the GzipFile is
    wrapped in an io.TextIOWrapper with encoding, errors and newline)."""
    text = "t" in mode
    if text:
        if "b" in mode:
            raise ValueError("Invalid mode: %r" % (mode,))
    else:
        for name, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
            if value is not None:
                raise ValueError("Argument '%s' not supported in binary mode" % name)
    binary_mode = mode.replace("t", "")
    if isinstance(filename, (str, bytes, os.PathLike)):
        gz = GzipFile(filename, binary_mode, compresslevel)
    elif hasattr(filename, "read") or hasattr(filename, "write"):
        gz = GzipFile(None, binary_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")
    if not text:
        return gz
    return io.TextIOWrapper(gz, io.text_encoding(encoding), errors, newline)


def write32u(output, value):
    """Write value as an unsigned little-endian 32-bit integer."""
    output.write(struct.pack("<L", value))


class _PaddedFile:
    """A read-only view of a file with some bytes put back in front of it:
    what the decompressor read past the end of a member goes back here."""

    def __init__(self, f, prepend=b''):
        self.file = f
        self._buffer = prepend
        self._length = len(prepend)
        self._read = 0          # position in _buffer; None once it is used up

    def read(self, size):
        if self._read is None:
            return self.file.read(size)
        start = self._read
        if start + size <= self._length:
            self._read = start + size
            return self._buffer[start:self._read]
        self._read = None
        head = self._buffer[start:]
        return head + self.file.read(size - len(head))

    def prepend(self, prepend=b''):
        if self._read is not None:
            # The bytes given back are the last ones taken from the buffer.
            self._read -= len(prepend)
            return
        self._buffer = prepend
        self._length = len(prepend)
        self._read = 0

    def seek(self, off):
        self._read = None
        self._buffer = None
        return self.file.seek(off)

    def seekable(self):
        return True  # forward seeks work by reading, even on a pipe


class BadGzipFile(OSError):
    """Raised for data that is not a valid gzip file."""


class _WriteBufferStream(io.RawIOBase):
    """The raw stream under a writing GzipFile's BufferedWriter: each flush of
    the buffer is compressed into the GzipFile."""

    def __init__(self, gzip_file):
        self.gzip_file = gzip_file

    def write(self, data):
        return self.gzip_file._write_raw(data)

    def seekable(self):
        return False

    def writable(self):
        return True


def _bad_mode(op, mode):
    import errno
    return OSError(errno.EBADF, "%s() on %s GzipFile object" % (op, mode))


class GzipFile(_compression.BaseStream):
    """A binary file object over gzip-compressed data (no truncate()).

    filename names the file to open, or, with fileobj, is only recorded in
    the header (default: fileobj's name); mode is 'r', 'w', 'a' or 'x' with or
    without 'b' (default: fileobj's mode, else 'rb'); compresslevel is 0-9;
    mtime is the time written in the header (default: now)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError("Invalid mode: {!r}".format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        given_mode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')

        if mode.startswith('r'):
            self.mode = READ
            self._buffer = io.BufferedReader(_GzipReader(fileobj))
            self.name = filename
        elif mode.startswith(('w', 'a', 'x')):
            if given_mode is None:
                import warnings
                warnings.warn(
                    "GzipFile was opened for writing, but this will "
                    "change in future Python releases.  "
                    "Specify the mode argument for opening it for writing.",
                    FutureWarning, 2)
            self.mode = WRITE
            self._init_write(filename)
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED,
                                             -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._buffer_size = _WRITE_BUFFER_SIZE
            self._buffer = io.BufferedWriter(_WriteBufferStream(self),
                                             buffer_size=self._buffer_size)
        else:
            raise ValueError("Invalid mode: {!r}".format(mode))

        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """The modification time of the last member header read, or None."""
        return self._buffer.raw._last_mtime

    def __repr__(self):
        inner = repr(self.fileobj)
        return '<gzip ' + inner[1:-1] + ' ' + hex(id(self)) + '>'

    def _init_write(self, filename):
        self.name = filename
        self.crc = zlib.crc32(b"")
        self.size = 0
        self.writebuf = []
        self.bufsize = 0
        self.offset = 0

    def tell(self):
        self._check_not_closed()
        self._buffer.flush()
        return super().tell()

    def _write_gzip_header(self, compresslevel):
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        if compresslevel == _COMPRESS_LEVEL_BEST:
            xfl = 2
        elif compresslevel == _COMPRESS_LEVEL_FAST:
            xfl = 4
        else:
            xfl = 0
        # magic, method 8 (deflate), flags, mtime, extra flags, OS 255 (unknown)
        self.fileobj.write(b'\x1f\x8b\x08' + bytes([FNAME if fname else 0]))
        write32u(self.fileobj, int(mtime))
        self.fileobj.write(bytes([xfl, 255]))
        if fname:
            self.fileobj.write(fname + b'\0')

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise _bad_mode("write", "read-only")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        return self._buffer.write(data)

    def _write_raw(self, data):
        if isinstance(data, (bytes, bytearray)):
            n = len(data)
        else:
            data = memoryview(data)
            n = data.nbytes
        if n:
            self.fileobj.write(self.compress.compress(data))
            self.size += n
            self.crc = zlib.crc32(data, self.crc)
            self.offset += n
        return n

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            raise _bad_mode("read", "write-only")
        return self._buffer.read(size)

    def read1(self, size=-1):
        """Read up to size bytes with at most one read of the underlying data
        (a buffer's worth when size is negative)."""
        self._check_not_closed()
        if self.mode != READ:
            raise _bad_mode("read1", "write-only")
        if size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        return self._buffer.read1(size)

    def peek(self, n):
        self._check_not_closed()
        if self.mode != READ:
            raise _bad_mode("peek", "write-only")
        return self._buffer.peek(n)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        fileobj = self.fileobj
        if fileobj is None or self._buffer.closed:
            return
        try:
            if self.mode == WRITE:
                self._buffer.flush()
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
            elif self.mode == READ:
                self._buffer.close()
        finally:
            self.fileobj = None
            own = self.myfileobj
            if own:
                self.myfileobj = None
                own.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self._buffer.flush()
            self.fileobj.write(self.compress.flush(zlib_mode))
            self.fileobj.flush()

    def fileno(self):
        """The underlying file's descriptor (AttributeError if it has none)."""
        return self.fileobj.fileno()

    def rewind(self):
        """Go back to the start of the uncompressed data (reading only)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._buffer.seek(0)

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == READ:
            self._check_not_closed()
            return self._buffer.seek(offset, whence)
        if self.mode == WRITE:
            self._check_not_closed()
            self._buffer.flush()
            if whence == io.SEEK_CUR:
                offset += self.offset
            elif whence != io.SEEK_SET:
                raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            # Moving forward while writing writes zeros.
            gap = offset - self.offset
            block = b'\0' * self._buffer_size
            for _ in range(gap // self._buffer_size):
                self.write(block)
            self.write(b'\0' * (gap % self._buffer_size))
        return self.offset

    def readline(self, size=-1):
        self._check_not_closed()
        return self._buffer.readline(size)


def _read_exact(fp, n):
    """Read n bytes from fp, which may return short reads; EOFError if it
    ends first."""
    data = fp.read(n)
    while len(data) < n:
        more = fp.read(n - len(data))
        if not more:
            raise EOFError("Compressed file ended before the "
                           "end-of-stream marker was reached")
        data += more
    return data


def _skip_zero_terminated(fp):
    while True:
        c = fp.read(1)
        if not c or c == b'\0':
            return


def _read_gzip_header(fp):
    """Read a member header from fp; return its mtime, or None at the end of
    the data."""
    magic = fp.read(2)
    if magic == b'':
        return None
    if magic != b'\x1f\x8b':
        raise BadGzipFile('Not a gzipped file (%r)' % magic)
    method, flags, mtime = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    if flags & FEXTRA:
        size, = struct.unpack("<H", _read_exact(fp, 2))
        _read_exact(fp, size)
    if flags & FNAME:
        _skip_zero_terminated(fp)
    if flags & FCOMMENT:
        _skip_zero_terminated(fp)
    if flags & FHCRC:
        _read_exact(fp, 2)
    return mtime


class _GzipReader(_compression.DecompressReader):
    def __init__(self, fp):
        super().__init__(_PaddedFile(fp), zlib._ZlibDecompressor,
                         wbits=-zlib.MAX_WBITS)
        self._new_member = True
        self._last_mtime = None

    def _init_read(self):
        self._crc = zlib.crc32(b"")
        self._stream_size = 0

    def _read_gzip_header(self):
        mtime = _read_gzip_header(self._fp)
        if mtime is None:
            return False
        self._last_mtime = mtime
        return True

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if not size:
            return b""
        while True:
            if self._decompressor.eof:
                # A member ended: check its trailer, start the next.
                self._read_eof()
                self._new_member = True
                self._decompressor = self._decomp_factory(**self._decomp_args)
            if self._new_member:
                self._init_read()
                if not self._read_gzip_header():
                    self._size = self._pos
                    return b""
                self._new_member = False
            raw = b""
            if self._decompressor.needs_input:
                raw = self._fp.read(READ_BUFFER_SIZE)
                chunk = self._decompressor.decompress(raw, size)
            else:
                chunk = self._decompressor.decompress(b"", size)
            leftover = self._decompressor.unused_data
            if leftover != b"":
                self._fp.prepend(leftover)
            if chunk != b"":
                break
            if raw == b"" and self._decompressor.needs_input:
                raise EOFError("Compressed file ended before the "
                               "end-of-stream marker was reached")
        self._crc = zlib.crc32(chunk, self._crc)
        self._stream_size += len(chunk)
        self._pos += len(chunk)
        return chunk

    def _read_eof(self):
        crc, isize = struct.unpack("<II", _read_exact(self._fp, 8))
        if crc != self._crc:
            raise BadGzipFile("CRC check failed %s != %s" % (hex(crc), hex(self._crc)))
        if isize != self._stream_size & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        # Members may be followed by zero bytes of padding.
        c = b"\0"
        while c == b"\0":
            c = self._fp.read(1)
        if c:
            self._fp.prepend(c)

    def _rewind(self):
        super()._rewind()
        self._new_member = True


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """Return data gzip-compressed at compresslevel (0-9), the header
    carrying mtime (default: now)."""
    body = zlib.compress(data, level=compresslevel, wbits=31)
    if mtime is None:
        mtime = time.time()
    # zlib's header has mtime 0 and its own OS byte: put ours in.
    return struct.pack("<4sLBB", body, int(mtime), body[8], 255) + body[10:]


def decompress(data):
    """Return the uncompressed contents of the gzip data (all members)."""
    members = []
    while True:
        fp = io.BytesIO(data)
        if _read_gzip_header(fp) is None:
            return b"".join(members)
        inflater = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        plain = inflater.decompress(data[fp.tell():])
        rest = inflater.unused_data
        if not inflater.eof or len(rest) < 8:
            raise EOFError("Compressed file ended before the end-of-stream "
                           "marker was reached")
        crc, size = struct.unpack("<II", rest[:8])
        if crc != zlib.crc32(plain):
            raise BadGzipFile("CRC check failed")
        if size != len(plain) & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        members.append(plain)
        data = rest[8:].lstrip(b"\0")


def main():
    from argparse import ArgumentParser
    parser = ArgumentParser(description=
        "A simple command line interface for the gzip module: act like gzip, "
        "but do not delete the input file.")
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--fast', action='store_true', help='compress faster')
    group.add_argument('--best', action='store_true', help='compress better')
    group.add_argument("-d", "--decompress", action="store_true",
                       help="act like gunzip instead of gzip")
    parser.add_argument("args", nargs="*", default=["-"], metavar='file')
    args = parser.parse_args()

    level = _COMPRESS_LEVEL_TRADEOFF
    if args.fast:
        level = _COMPRESS_LEVEL_FAST
    elif args.best:
        level = _COMPRESS_LEVEL_BEST

    for arg in args.args:
        if args.decompress:
            if arg == "-":
                src = GzipFile(filename="", mode="rb", fileobj=sys.stdin.buffer)
                dst = sys.stdout.buffer
            else:
                if arg[-3:] != ".gz":
                    sys.exit(f"filename doesn't end in .gz: {arg!r}")
                src = open(arg, "rb")
                dst = builtins.open(arg[:-3], "wb")
        elif arg == "-":
            src = sys.stdin.buffer
            dst = GzipFile(filename="", mode="wb", fileobj=sys.stdout.buffer,
                           compresslevel=level)
        else:
            src = builtins.open(arg, "rb")
            dst = open(arg + ".gz", "wb")
        while chunk := src.read(READ_BUFFER_SIZE):
            dst.write(chunk)
        if dst is not sys.stdout.buffer:
            dst.close()
        if src is not sys.stdin.buffer:
            src.close()


if __name__ == '__main__':
    main()
