"""Codec registry, base classes for codecs, and helpers built on them.

The registry itself (register, lookup, the error handlers) and the primitive
encode/decode functions live in the native _codecs module; this module adds
the classes codec modules derive from (Codec, the incremental coders, the
stream readers and writers), the byte order marks, and conveniences such as
open(), EncodedFile() and iterencode().
"""

import builtins
import sys

try:
    from _codecs import *
except ImportError as why:
    raise SystemError('Failed to load the builtin codecs: %s' % why)

__all__ = ["register", "lookup", "open", "EncodedFile",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

# --- Byte order marks -------------------------------------------------------

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'

if sys.byteorder == 'little':
    BOM_UTF16 = BOM = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM_UTF16 = BOM = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE

# The names these marks had before UTF-16 and UTF-32 were called so.
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


# --- What a lookup returns ---------------------------------------------------

class CodecInfo(tuple):
    """What the registry knows about one codec: its stateless functions, its
    stream and incremental classes, and its name. As a 4-tuple it is
    (encode, decode, streamreader, streamwriter), for old callers."""

    # Codecs between bytes and bytes (or str and str) say False here, so that
    # str.encode and bytes.decode refuse them.
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name = name
        info.encode = encode
        info.decode = decode
        info.incrementalencoder = incrementalencoder
        info.incrementaldecoder = incrementaldecoder
        info.streamwriter = streamwriter
        info.streamreader = streamreader
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        cls = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (
            cls.__module__, cls.__qualname__, self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


# --- Base classes --------------------------------------------------------------

class Codec:
    """The stateless interface: encode(input, errors) and decode(input, errors)
    each return (output, length of input consumed).

    errors names the handler for malformed data: 'strict' (raise, the
    default), 'ignore', 'replace', 'surrogateescape', 'xmlcharrefreplace',
    'backslashreplace', 'namereplace', or any name given to register_error().
    """

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input handed over in pieces; state carries between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forget any state."""

    def getstate(self):
        return 0

    def setstate(self, state):
        """Restore a state from getstate()."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder over a function that may leave part of its input
    unconsumed: the rest waits in self.buffer for the next call."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder:
    """Decodes input handed over in pieces; state carries between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        """Forget any state."""

    def getstate(self):
        """The state as (bytes not yet decoded, an int of other state); the
        state just after construction or reset() is (b"", 0)."""
        return (b"", 0)

    def setstate(self, state):
        """Restore a state from getstate()."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder over a function that may leave an incomplete
    sequence at the end of its input: it waits in self.buffer."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        output, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return output

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# --- Streams -------------------------------------------------------------------

class StreamWriter(Codec):
    """Writes encoded data to a byte stream; other attributes are the stream's."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, _ = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        """Flush what the encoder holds and start afresh (stateless here)."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReader(Codec):
    """Reads and decodes data from a byte stream; other attributes are the
    stream's."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """Decode and return up to chars characters (all when negative),
        reading about size bytes at a time from the stream. With firstline,
        only the first line is returned if a decoding error follows it."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            # size is only a hint for how much to read at a time.
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            if size < 0:
                fresh = self.stream.read()
            else:
                fresh = self.stream.read(size)
            data = self.bytebuffer + fresh
            if not data:
                break
            try:
                text, used = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if not firstline:
                    raise
                # Decode as far as the error and keep the first line only.
                text, used = self.decode(data[:exc.start], self.errors)
                lines = text.splitlines(keepends=True)
                if len(lines) <= 1:
                    raise
            self.bytebuffer = data[used:]
            self.charbuffer += text
            if not fresh:
                break
        if chars < 0:
            out = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            out = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return out

    def readline(self, size=None, keepends=True):
        """Read one line; size bounds how much is read at a time."""
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            del self.linebuffer[0:0]
            if len(self.linebuffer) == 1:
                # The last piece may be an incomplete line: back into the buffer.
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line

        step = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(step, firstline=True)
            if data:
                # A '\r' at the end may be the first half of '\r\n'.
                if (isinstance(data, str) and data.endswith("\r")) or \
                   (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    # A whole line, and more: keep the rest for later.
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                first = lines[0]
                bare = lines[0].splitlines(keepends=False)[0]
                if first != bare:
                    # The line is complete.
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = first if keepends else bare
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if step < 8000:
                step *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        """All the remaining lines (sizehint is ignored)."""
        return self.read().splitlines(keepends)

    def reset(self):
        """Drop whatever is buffered, to recover from a decoding error."""
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReaderWriter:
    """A reader and a writer over one stream, seen as one object."""

    # The codec's name, when codecs.open() knows it.
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamRecoder:
    """Translates between two encodings: data read from the stream is decoded
    by Reader and encoded again by encode(); data written is decoded by
    decode() and encoded by Writer."""

    # What the two sides are, when EncodedFile() knows them.
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data, _ = self.encode(self.reader.read(size), self.errors)
        return data

    def readline(self, size=None):
        if size is None:
            line = self.reader.readline()
        else:
            line = self.reader.readline(size)
        data, _ = self.encode(line, self.errors)
        return data

    def readlines(self, sizehint=None):
        data, _ = self.encode(self.reader.read(), self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data, _ = self.encode(next(self.reader), self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        text, _ = self.decode(data, self.errors)
        return self.writer.write(text)

    def writelines(self, list):
        text, _ = self.decode(b''.join(list), self.errors)
        return self.writer.write(text)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        # The reader's buffers belong to the old position; the writer keeps
        # its state unless the stream goes back to its start.
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


# --- Conveniences -------------------------------------------------------------

def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file through a codec: what is read is decoded and what is
    written encoded with encoding (the file itself is opened in binary mode).
    Without an encoding this is the builtin open()."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        wrapped = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        wrapped.encoding = encoding
        return wrapped
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Wrap file so that the program sees data_encoding while the file holds
    file_encoding (the same when not given)."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    recoder = StreamRecoder(file, data_info.encode, data_info.decode,
                            file_info.streamreader, file_info.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = file_encoding
    return recoder


def getencoder(encoding):
    """The encoding's stateless encode function."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The encoding's stateless decode function."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """The encoding's IncrementalEncoder class (LookupError if it has none)."""
    cls = lookup(encoding).incrementalencoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getincrementaldecoder(encoding):
    """The encoding's IncrementalDecoder class (LookupError if it has none)."""
    cls = lookup(encoding).incrementaldecoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getreader(encoding):
    """The encoding's StreamReader class."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The encoding's StreamWriter class."""
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the pieces iterator yields, one incremental encoder for all."""
    coder = getincrementalencoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = coder.encode(piece)
        if out:
            yield out
    out = coder.encode("", True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the pieces iterator yields, one incremental decoder for all."""
    coder = getincrementaldecoder(encoding)(errors, **kwargs)
    for piece in iterator:
        out = coder.decode(piece)
        if out:
            yield out
    out = coder.decode(b"", True)
    if out:
        yield out


def make_identity_dict(rng):
    """{i: i for each i in rng}."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Invert a decoding map; a target reached from several keys maps to None
    (undefined), so that no character encodes ambiguously."""
    inverse = {}
    for key, value in decoding_map.items():
        if value in inverse:
            inverse[value] = None
        else:
            inverse[value] = key
    return inverse


# --- The standard error handlers, as functions -----------------------------------

try:
    strict_errors = lookup_error("strict")
    ignore_errors = lookup_error("ignore")
    replace_errors = lookup_error("replace")
    xmlcharrefreplace_errors = lookup_error("xmlcharrefreplace")
    backslashreplace_errors = lookup_error("backslashreplace")
    namereplace_errors = lookup_error("namereplace")
except LookupError:
    # Without the native handlers (a stripped-down embedding) these stay unset.
    strict_errors = None
    ignore_errors = None
    replace_errors = None
    xmlcharrefreplace_errors = None
    backslashreplace_errors = None
    namereplace_errors = None

# Kept for modules that test it.
_false = 0
