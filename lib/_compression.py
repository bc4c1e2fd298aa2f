"""Internal classes used by the gzip, lzma and bz2 modules"""

# Shared by the compressed-file classes: BaseStream checks a file's mode and
# state; DecompressReader turns a decompressor object (decompress(data,
# max_length), eof, needs_input, unused_data) into a raw reader, continuing
# across concatenated streams and seeking by re-reading.

import io
import sys

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE


class BaseStream(io.BufferedIOBase):
    """Mode-checking helper functions."""

    def _check_not_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _check_can_read(self):
        if not self.readable():
            raise io.UnsupportedOperation("File not open for reading")

    def _check_can_write(self):
        if not self.writable():
            raise io.UnsupportedOperation("File not open for writing")

    def _check_can_seek(self):
        if not self.readable():
            raise io.UnsupportedOperation("Seeking is only supported "
                                          "on files open for reading")
        if not self.seekable():
            raise io.UnsupportedOperation("The underlying file object "
                                          "does not support seeking")


class DecompressReader(io.RawIOBase):
    """Adapts the decompressor API to a RawIOBase reader API"""

    def readable(self):
        return True

    def __init__(self, fp, decomp_factory, trailing_error=(), **decomp_args):
        self._fp = fp
        self._decomp_factory = decomp_factory
        self._decomp_args = decomp_args
        self._decompressor = decomp_factory(**decomp_args)
        # Errors that mean "what follows the last stream is not a stream":
        # the data ends there.
        self._trailing_error = trailing_error
        self._eof = False
        self._pos = 0
        self._size = -1      # known once the end was reached

    def close(self):
        self._decompressor = None
        return super().close()

    def seekable(self):
        return self._fp.seekable()

    def readinto(self, b):
        with memoryview(b) as whole, whole.cast("B") as target:
            chunk = self.read(len(target))
            target[:len(chunk)] = chunk
        return len(chunk)

    def _next_chunk(self, size):
        # One decompressor call's output, b"" at the end of all data.
        dec = self._decompressor
        if dec.eof:
            raw = dec.unused_data or self._fp.read(BUFFER_SIZE)
            if not raw:
                return None
            self._decompressor = self._decomp_factory(**self._decomp_args)
            try:
                return self._decompressor.decompress(raw, size)
            except self._trailing_error:
                return None
        if dec.needs_input:
            raw = self._fp.read(BUFFER_SIZE)
            if not raw:
                raise EOFError("Compressed file ended before the "
                               "end-of-stream marker was reached")
        else:
            raw = b""
        return dec.decompress(raw, size)

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if size == 0 or self._eof:
            return b""
        while True:
            chunk = self._next_chunk(size)
            if chunk is None:
                break
            if chunk:
                self._pos += len(chunk)
                return chunk
        self._eof = True
        self._size = self._pos
        return b""

    def readall(self):
        parts = []
        while True:
            chunk = self.read(sys.maxsize)
            if not chunk:
                return b"".join(parts)
            parts.append(chunk)

    def _rewind(self):
        self._fp.seek(0)
        self._eof = False
        self._pos = 0
        self._decompressor = self._decomp_factory(**self._decomp_args)

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_CUR:
            offset += self._pos
        elif whence == io.SEEK_END:
            if self._size < 0:
                while self.read(io.DEFAULT_BUFFER_SIZE):
                    pass
            offset += self._size
        elif whence != io.SEEK_SET:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if offset < self._pos:
            self._rewind()
            skip = offset
        else:
            skip = offset - self._pos
        while skip > 0:
            chunk = self.read(min(io.DEFAULT_BUFFER_SIZE, skip))
            if not chunk:
                break
            skip -= len(chunk)
        return self._pos

    def tell(self):
        """Return the current file position."""
        return self._pos
