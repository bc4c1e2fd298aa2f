"""Base classes shared by Kaa's gzip, bz2 and lzma file objects."""

# BaseStream: the state checks every compressed-file class performs.
# DecompressReader: a raw reader built on any decompressor object offering
# decompress(data, max_length), eof, needs_input and unused_data. It keeps
# going across back-to-back compressed streams and seeks by decompressing
# again from the start when it has to go backwards.

import io
import sys

BUFFER_SIZE = io.DEFAULT_BUFFER_SIZE

_TRUNCATED = ("Compressed file ended before the end-of-stream marker "
              "was reached")


def _require(condition, exc_type, message):
    if not condition:
        raise exc_type(message)


class BaseStream(io.BufferedIOBase):
    """State checks for compressed file objects."""

    def _check_not_closed(self):
        _require(not self.closed, ValueError, "I/O operation on closed file")

    def _check_can_read(self):
        _require(self.readable(), io.UnsupportedOperation,
                 "File not open for reading")

    def _check_can_write(self):
        _require(self.writable(), io.UnsupportedOperation,
                 "File not open for writing")

    def _check_can_seek(self):
        _require(self.readable(), io.UnsupportedOperation,
                 "Seeking is only supported on files open for reading")
        _require(self.seekable(), io.UnsupportedOperation,
                 "The underlying file object does not support seeking")


class DecompressReader(io.RawIOBase):
    """Raw reader producing the decompressed bytes of a file object."""

    def readable(self):
        return True

    def __init__(self, fp, decomp_factory, trailing_error=(), **decomp_args):
        self._fp, self._make, self._make_kw = fp, decomp_factory, decomp_args
        self._dec = decomp_factory(**decomp_args)
        # Exceptions meaning the bytes after the last stream are not a new
        # stream; the data simply ends there.
        self._junk_errors = trailing_error
        self._done = False
        self._offset = 0
        self._total = -1      # known once the end was reached

    def close(self):
        self._dec = None
        return io.RawIOBase.close(self)

    def seekable(self):
        return bool(self._fp.seekable())

    def readinto(self, b):
        with memoryview(b) as whole, whole.cast("B") as target:
            chunk = self.read(len(target))
            target[:len(chunk)] = chunk
        return len(chunk)

    def _fresh(self):
        self._dec = self._make(**self._make_kw)
        return self._dec

    def _next_chunk(self, size):
        # Output of one decompressor call; None once all data is used up.
        dec = self._dec
        if dec.eof:
            raw = dec.unused_data or self._fp.read(BUFFER_SIZE)
            if not raw:
                return None
            try:
                return self._fresh().decompress(raw, size)
            except self._junk_errors:
                return None
        raw = b""
        if dec.needs_input:
            raw = self._fp.read(BUFFER_SIZE)
            if not raw:
                raise EOFError(_TRUNCATED)
        return dec.decompress(raw, size)

    def read(self, size=-1):
        if size < 0:
            return self.readall()
        if self._done or not size:
            return b""
        chunk = b""
        while not chunk:
            chunk = self._next_chunk(size)
            if chunk is None:
                self._done = True
                self._total = self._offset
                return b""
        self._offset += len(chunk)
        return chunk

    def readall(self):
        pieces = []
        piece = self.read(sys.maxsize)
        while piece:
            pieces.append(piece)
            piece = self.read(sys.maxsize)
        return b"".join(pieces)

    def _rewind(self):
        self._fp.seek(0)
        self._done = False
        self._offset = 0
        self._fresh()

    def seek(self, offset, whence=io.SEEK_SET):
        if whence == io.SEEK_SET:
            target = offset
        elif whence == io.SEEK_CUR:
            target = self._offset + offset
        elif whence == io.SEEK_END:
            if self._total < 0:
                # Read to the end once to learn the size.
                while self.read(BUFFER_SIZE):
                    pass
            target = self._total + offset
        else:
            raise ValueError("Invalid value for whence: {}".format(whence))
        if target < self._offset:
            self._rewind()
        remaining = target - self._offset
        while remaining > 0:
            got = len(self.read(min(BUFFER_SIZE, remaining)))
            if not got:
                break
            remaining -= got
        return self._offset

    def tell(self):
        """The position in the decompressed data."""
        return self._offset
