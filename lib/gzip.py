"""gzip (RFC 1952) compressed files and byte strings.

GzipFile is a binary file object whose data is compressed on its way to, or
decompressed on its way from, another file; open() also offers text mode;
compress() and decompress() handle whole byte strings at once."""

# Layout of a member: a 10-byte header (magic 1f 8b, method 8, flags, mtime,
# extra flags, OS), optional fields chosen by the flags, raw DEFLATE data,
# then CRC-32 and the length modulo 2**32, both little-endian. Several
# members may follow one another, with zero bytes between them.
#
# Writing goes through a BufferedWriter whose raw side (_WriteBufferStream)
# hands each flushed block to GzipFile._write_raw for compressing. Reading
# goes through a BufferedReader over a _GzipReader, which parses the member
# headers and trailers itself and inflates with zlib._ZlibDecompressor.

import builtins, io
import os
import struct
import sys
import time
import zlib
import _compression

__all__ = [
    "BadGzipFile", "GzipFile", "open", "compress", "decompress",
]

# Header flag bits.
FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = (1 << bit for bit in range(5))

READ, WRITE = 'rb', 'wb'

_COMPRESS_LEVEL_FAST, _COMPRESS_LEVEL_TRADEOFF, _COMPRESS_LEVEL_BEST = 1, 6, 9

READ_BUFFER_SIZE = 131072
_WRITE_BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE * 4

_MAGIC = b'\x1f\x8b'
_TRUNCATED = ("Compressed file ended before the end-of-stream marker "
              "was reached")


def open(filename, mode="rb", compresslevel=_COMPRESS_LEVEL_BEST,
         encoding=None, errors=None, newline=None):
    """Open gzip-compressed data as a binary file ("rb", "wb", "xb", "ab",
    b optional) or, with "t" in mode, as text through io.TextIOWrapper.
    filename is a path or an object with read() or write()."""
    text_mode = "t" in mode
    if text_mode and "b" in mode:
        raise ValueError("Invalid mode: %r" % (mode,))
    if not text_mode:
        extras = {"encoding": encoding, "errors": errors, "newline": newline}
        for key, val in extras.items():
            if val is not None:
                raise ValueError(
                    "Argument '%s' not supported in binary mode" % key)

    gz_mode = mode.replace('t', '')
    if isinstance(filename, (bytes, str, os.PathLike)):
        binary = GzipFile(filename, gz_mode, compresslevel)
    elif any(hasattr(filename, m) for m in ("read", "write")):
        binary = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError("filename must be a str or bytes object, or a file")

    if text_mode:
        return io.TextIOWrapper(binary, io.text_encoding(encoding),
                                errors, newline)
    return binary


def write32u(output, value):
    """Write value to output as 4 bytes, little-endian, unsigned."""
    output.write(struct.pack('<I', value))


class _PaddedFile:
    """Reads a file with bytes pushed back in front of it. The reader gives
    back whatever the decompressor took beyond a member's end."""

    def __init__(self, f, prepend=b''):
        self.file, self._pending, self._pos = f, prepend, 0

    def read(self, size):
        pending = self._pending
        if pending is None:
            return self.file.read(size)
        start, stop = self._pos, self._pos + size
        if stop <= len(pending):
            self._pos = stop
            return pending[start:stop]
        # The pushed-back bytes run out: the rest comes from the file.
        self._pending = None
        tail = pending[start:]
        return tail + self.file.read(size - len(tail))

    def prepend(self, prepend=b''):
        if self._pending is None:
            self._pending, self._pos = prepend, 0
        else:
            # Given back: the bytes most recently taken from _pending.
            self._pos -= len(prepend)

    def seek(self, off):
        self._pending = None
        return self.file.seek(off)

    def seekable(self):
        return True  # forward seeks work by reading, even on a pipe


class BadGzipFile(OSError):
    """The data is not in valid gzip format."""


class _WriteBufferStream(io.RawIOBase):
    """The raw end of a writing GzipFile's BufferedWriter."""

    def __init__(self, gzip_file):
        self._owner = gzip_file

    def write(self, data):
        return self._owner._write_raw(data)

    def seekable(self):
        return False

    def writable(self):
        return True


def _ebadf(op, what):
    import errno
    return OSError(errno.EBADF, "%s() on %s GzipFile object" % (op, what))


def _buffer_of(gz, needed=None, op=None):
    """gz's buffered stream, once gz is known open (and, with needed, in
    that mode)."""
    gz._check_not_closed()
    if needed is not None and gz.mode != needed:
        raise _ebadf(op, "write-only" if needed == READ else "read-only")
    return gz._buffer


def _header_name(name):
    """The file name as stored in a header: base name, latin-1, no .gz."""
    base = os.path.basename(name)
    try:
        raw = base if isinstance(base, bytes) else base.encode('latin-1')
    except UnicodeEncodeError:
        return b''
    return raw[:-3] if raw.endswith(b'.gz') else raw


class GzipFile(_compression.BaseStream):
    """Binary file object over gzip-compressed data (truncate() excepted).

    filename: the file to open; with fileobj, only the name recorded in the
    header (default: fileobj.name). mode: 'r', 'w', 'a' or 'x', 'b' optional
    (default: fileobj.mode, else 'rb'). compresslevel: 0 to 9. mtime: the
    time stamp written in the header (default: the current time)."""

    myfileobj = None

    def __init__(self, filename=None, mode=None,
                 compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode:
            if 't' in mode or 'U' in mode:
                raise ValueError("Invalid mode: {!r}".format(mode))
            if 'b' not in mode:
                mode = mode + 'b'
        if fileobj is None:
            fileobj = builtins.open(filename, mode or 'rb')
            self.myfileobj = fileobj
        if filename is not None:
            filename = os.fspath(filename)
        else:
            named = getattr(fileobj, 'name', '')
            filename = named if isinstance(named, (bytes, str)) else ''
        effective = getattr(fileobj, 'mode', 'rb') if mode is None else mode

        if effective.startswith('r'):
            self.mode, self.name = READ, filename
            self._buffer = io.BufferedReader(_GzipReader(fileobj))
        elif effective.startswith(('w', 'a', 'x')):
            if mode is None:
                import warnings
                warnings.warn("GzipFile was opened for writing, but this "
                              "will change in future Python releases.  "
                              "Specify the mode argument for opening it "
                              "for writing.", FutureWarning, 2)
            self.mode, self.name = WRITE, filename
            # Running totals of what was written: CRC-32 and length.
            self.crc, self.size, self.offset = zlib.crc32(b""), 0, 0
            self.writebuf, self.bufsize = [], 0
            self.compress = zlib.compressobj(
                compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS,
                zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime, self._buffer_size = mtime, _WRITE_BUFFER_SIZE
            self._buffer = io.BufferedWriter(
                _WriteBufferStream(self), buffer_size=_WRITE_BUFFER_SIZE)
        else:
            raise ValueError("Invalid mode: {!r}".format(effective))

        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    @property
    def mtime(self):
        """Time stamp of the most recently read member header, or None."""
        return self._buffer.raw._member_mtime

    def __repr__(self):
        return f'<gzip {repr(self.fileobj)[1:-1]} {hex(id(self))}>'

    def tell(self):
        _buffer_of(self).flush()
        return _compression.BaseStream.tell(self)

    def _write_gzip_header(self, compresslevel):
        stored_name = _header_name(self.name)
        stamp = time.time() if self._write_mtime is None else self._write_mtime
        xfl = {_COMPRESS_LEVEL_BEST: 2, _COMPRESS_LEVEL_FAST: 4}
        out = self.fileobj
        out.write(_MAGIC + bytes((8, FNAME if stored_name else 0)))
        write32u(out, int(stamp))
        out.write(bytes((xfl.get(compresslevel, 0), 255)))  # 255: OS unknown
        if stored_name:
            out.write(stored_name + b'\0')

    def write(self, data):
        buf = _buffer_of(self, WRITE, "write")
        if self.fileobj is None:
            raise ValueError("write() on closed GzipFile object")
        return buf.write(data)

    def _write_raw(self, data):
        plain = data if isinstance(data, (bytes, bytearray)) else memoryview(data)
        count = plain.nbytes if type(plain) is memoryview else len(plain)
        if count > 0:
            self.fileobj.write(self.compress.compress(plain))
            self.crc = zlib.crc32(plain, self.crc)
            self.size += count
            self.offset += count
        return count

    def read(self, size=-1):
        return _buffer_of(self, READ, "read").read(size)

    def read1(self, size=-1):
        """Read up to size bytes, reading the underlying data at most once
        (size < 0: a buffer's worth)."""
        buf = _buffer_of(self, READ, "read1")
        return buf.read1(io.DEFAULT_BUFFER_SIZE if size < 0 else size)

    def peek(self, n):
        return _buffer_of(self, READ, "peek").peek(n)

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        target, buf = self.fileobj, self._buffer
        if target is None or buf.closed:
            return
        try:
            if self.mode == READ:
                buf.close()
            elif self.mode == WRITE:
                buf.flush()
                target.write(self.compress.flush())
                target.write(struct.pack('<II', self.crc,
                                         self.size & 0xffffffff))
        finally:
            self.fileobj = None
            owned, self.myfileobj = self.myfileobj, None
            if owned:
                owned.close()

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        buf = _buffer_of(self)
        if self.mode != WRITE:
            return
        buf.flush()
        out = self.fileobj
        out.write(self.compress.flush(zlib_mode))
        out.flush()

    def fileno(self):
        """The underlying file's descriptor (AttributeError if it has none)."""
        return self.fileobj.fileno()

    def rewind(self):
        """Return to the start of the data (reading only)."""
        if self.mode == READ:
            self._buffer.seek(0, io.SEEK_SET)
        else:
            raise OSError("Can't rewind in write mode")

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def seekable(self):
        return True

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == READ:
            return _buffer_of(self).seek(offset, whence)
        if self.mode == WRITE:
            _buffer_of(self).flush()
            if whence not in (io.SEEK_SET, io.SEEK_CUR):
                raise ValueError('Seek from end not supported')
            target = offset + self.offset if whence == io.SEEK_CUR else offset
            if target < self.offset:
                raise OSError('Negative seek in write mode')
            # Seeking forward while writing writes zero bytes.
            blocks, rest = divmod(target - self.offset, self._buffer_size)
            zeros = bytes(self._buffer_size)
            for _ in range(blocks):
                self.write(zeros)
            self.write(bytes(rest))
        return self.offset

    def readline(self, size=-1):
        return _buffer_of(self).readline(size)


def _read_exact(fp, n):
    """n bytes from fp, reading as often as needed; EOFError if fp runs out
    first."""
    got = fp.read(n)
    while len(got) < n:
        more = fp.read(n - len(got))
        if not more:
            raise EOFError(_TRUNCATED)
        got += more
    return got


def _skip_cstring(fp):
    c = fp.read(1)
    while c and c != b'\0':
        c = fp.read(1)


def _read_gzip_header(fp):
    """Parse one member header from fp. Returns its mtime, or None if fp is
    already at its end."""
    start = fp.read(2)
    if not start:
        return None
    if start != _MAGIC:
        raise BadGzipFile('Not a gzipped file (%r)' % start)
    method, flags, stamp = struct.unpack("<BBIxx", _read_exact(fp, 8))
    if method != zlib.DEFLATED:
        raise BadGzipFile('Unknown compression method')
    if flags & FEXTRA:
        _read_exact(fp, int.from_bytes(_read_exact(fp, 2), 'little'))
    for bit in (FNAME, FCOMMENT):
        if flags & bit:
            _skip_cstring(fp)
    if flags & FHCRC:
        _read_exact(fp, 2)
    return stamp


class _GzipReader(_compression.DecompressReader):
    """Raw reader of a gzip stream's data: parses each member's header and
    trailer around the DEFLATE body."""

    def __init__(self, fp):
        _compression.DecompressReader.__init__(
            self, _PaddedFile(fp), zlib._ZlibDecompressor,
            wbits=-zlib.MAX_WBITS)
        self._member_mtime = None
        self._in_member = False
        self._crc, self._stream_size = zlib.crc32(b""), 0

    def _begin_member(self):
        # False when there are no more members.
        self._crc, self._stream_size = zlib.crc32(b""), 0
        stamp = _read_gzip_header(self._fp)
        if stamp is None:
            return False
        self._member_mtime = stamp
        self._in_member = True
        return True

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if size == 0:
            return b""
        out = b""
        while not out:
            if self._dec.eof:
                # End of a member: verify its trailer, then expect another.
                self._check_trailer()
                self._in_member = False
                self._fresh()
            if not self._in_member and not self._begin_member():
                self._total = self._offset
                return b""
            dec = self._dec
            starved = False
            if dec.needs_input:
                raw = self._fp.read(READ_BUFFER_SIZE)
                starved = not raw
                out = dec.decompress(raw, size)
            else:
                out = dec.decompress(b"", size)
            if dec.unused_data:
                self._fp.prepend(dec.unused_data)
            if not out and starved:
                raise EOFError(_TRUNCATED)
        self._crc = zlib.crc32(out, self._crc)
        self._stream_size += len(out)
        self._offset += len(out)
        return out

    def _check_trailer(self):
        stored_crc, stored_len = struct.unpack("<II", _read_exact(self._fp, 8))
        if stored_crc != self._crc:
            raise BadGzipFile("CRC check failed %s != %s"
                              % (hex(stored_crc), hex(self._crc)))
        if stored_len != self._stream_size & 0xffffffff:
            raise BadGzipFile("Incorrect length of data produced")
        # Skip zero padding between members.
        while True:
            b = self._fp.read(1)
            if b != b"\0":
                break
        if b:
            self._fp.prepend(b)

    def _rewind(self):
        _compression.DecompressReader._rewind(self)
        self._in_member = False


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """gzip-compress data at compresslevel (0-9) into one member whose
    header carries mtime (default: the current time)."""
    member = zlib.compress(data, level=compresslevel, wbits=31)
    stamp = time.time() if mtime is None else mtime
    # zlib writes mtime 0 and its own OS byte; put ours in their place.
    return (member[:4] + struct.pack("<L", int(stamp))
            + bytes((member[8], 255)) + member[10:])


def decompress(data):
    """The uncompressed bytes of gzip data, all members joined."""
    parts = []
    while True:
        src = io.BytesIO(data)
        if _read_gzip_header(src) is None:
            return b"".join(parts)
        inflater = zlib.decompressobj(wbits=-zlib.MAX_WBITS)
        plain = inflater.decompress(data[src.tell():])
        after = inflater.unused_data
        if len(after) < 8 or not inflater.eof:
            raise EOFError(_TRUNCATED)
        want_crc, want_len = struct.unpack("<II", after[:8])
        if zlib.crc32(plain) != want_crc:
            raise BadGzipFile("CRC check failed")
        if len(plain) & 0xffffffff != want_len:
            raise BadGzipFile("Incorrect length of data produced")
        parts.append(plain)
        data = after[8:].lstrip(b"\0")


def _cli_streams(name, unzip, level):
    """(source, destination) for one command-line operand."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    if unzip:
        if name == "-":
            return GzipFile(filename="", mode="rb", fileobj=stdin), stdout
        if not name.endswith(".gz"):
            sys.exit(f"filename doesn't end in .gz: {name!r}")
        return open(name, "rb"), builtins.open(name[:-3], "wb")
    if name == "-":
        return stdin, GzipFile(filename="", mode="wb", fileobj=stdout,
                               compresslevel=level)
    return builtins.open(name, "rb"), open(name + ".gz", "wb")


def main():
    from argparse import ArgumentParser
    cli = ArgumentParser(description=(
        "A simple command line interface for the gzip module: act like "
        "gzip, but do not delete the input file."))
    choices = cli.add_mutually_exclusive_group()
    for flags, text in ((("--fast",), "compress faster"),
                        (("--best",), "compress better"),
                        (("-d", "--decompress"),
                         "act like gunzip instead of gzip")):
        choices.add_argument(*flags, action="store_true", help=text)
    cli.add_argument("args", nargs="*", default=["-"], metavar="file")
    opts = cli.parse_args()

    level = (_COMPRESS_LEVEL_FAST if opts.fast else
             _COMPRESS_LEVEL_BEST if opts.best else _COMPRESS_LEVEL_TRADEOFF)
    for name in opts.args:
        src, dst = _cli_streams(name, opts.decompress, level)
        for block in iter(lambda: src.read(READ_BUFFER_SIZE), b""):
            dst.write(block)
        if dst is not sys.stdout.buffer:
            dst.close()
        if src is not sys.stdin.buffer:
            src.close()


if __name__ == '__main__':
    main()
