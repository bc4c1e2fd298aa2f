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
except ImportError as failure:
    raise SystemError('Failed to load the builtin codecs: %s' % failure)

__all__ = """
    register lookup open EncodedFile
    BOM BOM_BE BOM_LE BOM32_BE BOM32_LE BOM64_BE BOM64_LE
    BOM_UTF8 BOM_UTF16 BOM_UTF16_LE BOM_UTF16_BE
    BOM_UTF32 BOM_UTF32_LE BOM_UTF32_BE
    CodecInfo Codec IncrementalEncoder IncrementalDecoder
    StreamReader StreamWriter StreamReaderWriter StreamRecoder
    getencoder getdecoder getincrementalencoder getincrementaldecoder
    getreader getwriter encode decode iterencode iterdecode
    strict_errors ignore_errors replace_errors xmlcharrefreplace_errors
    backslashreplace_errors namereplace_errors
    register_error lookup_error
""".split()

# --- Byte order marks ---------------------------------------------------------
# U+FEFF as it starts a UTF-8, UTF-16 or UTF-32 stream.  The BOM32/BOM64
# spellings are the historical names (from when UTF-16 was "32-bit" to
# somebody), kept as aliases.

BOM_UTF8 = bytes([0xEF, 0xBB, 0xBF])
BOM_LE = BOM_UTF16_LE = bytes([0xFF, 0xFE])
BOM_BE = BOM_UTF16_BE = bytes([0xFE, 0xFF])
BOM_UTF32_LE = BOM_UTF16_LE + bytes(2)
BOM_UTF32_BE = bytes(2) + BOM_UTF16_BE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE

_HOST_LITTLE = sys.byteorder == 'little'
BOM = BOM_UTF16 = BOM_UTF16_LE if _HOST_LITTLE else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if _HOST_LITTLE else BOM_UTF32_BE


# --- Helpers for defining the classes below -----------------------------------

def _named(cls):
    """Class decorator: methods written as lambdas get their attribute's name,
    so reprs and tracebacks read as if they were defs."""
    for attr, member in list(vars(cls).items()):
        if getattr(member, '__name__', None) == '<lambda>':
            member.__name__ = attr
            member.__qualname__ = cls.__qualname__ + '.' + attr
            member.__code__ = member.__code__.replace(
                co_name=attr, co_qualname=member.__qualname__)
    return cls


def _subclass_duty():
    # What the base-class placeholders do: the codec must supply them.
    raise NotImplementedError


def _wraps_stream(iterable):
    """Class decorator for the stream wrappers: unknown attributes come from
    the wrapped stream, `with` closes it, pickling is refused and (for the
    reading kinds) the object is its own iterator."""
    def decorate(cls):
        def __getattr__(self, name, getattr=getattr):
            return getattr(self.stream, name)

        def __enter__(self):
            return self

        def __exit__(self, type, value, tb):
            self.stream.close()

        def __reduce_ex__(self, proto):
            raise TypeError("can't serialize " + self.__class__.__name__)

        def __iter__(self):
            return self

        extra = [__getattr__, __enter__, __exit__, __reduce_ex__]
        if iterable:
            extra.append(__iter__)
        for fn in extra:
            fn.__qualname__ = cls.__qualname__ + '.' + fn.__name__
            setattr(cls, fn.__name__, fn)
        return cls
    return decorate


# --- What a lookup returns ----------------------------------------------------

class CodecInfo(tuple):
    """What the registry knows about one codec: its stateless functions, its
    stream and incremental classes, and its name. As a 4-tuple it is
    (encode, decode, streamreader, streamwriter), for old callers."""

    # Codecs between bytes and bytes (or str and str) say False here, so that
    # str.encode and bytes.decode refuse them.
    _is_text_encoding = True

    def __new__(cls, encode, decode,
                streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = super().__new__(cls, (encode, decode, streamreader, streamwriter))
        vars(self).update(
            name=name, encode=encode, decode=decode,
            incrementalencoder=incrementalencoder,
            incrementaldecoder=incrementaldecoder,
            streamwriter=streamwriter, streamreader=streamreader)
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        kind = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (
            kind.__module__, kind.__qualname__, self.name, id(self))

    __getnewargs__ = lambda self: tuple(self)


_named(CodecInfo)


# --- Base classes -------------------------------------------------------------

@_named
class Codec:
    """The stateless interface: encode(input, errors) and decode(input, errors)
    each return (output, length of input consumed).

    errors names the handler for malformed data: 'strict' (raise, the
    default), 'ignore', 'replace', 'surrogateescape', 'xmlcharrefreplace',
    'backslashreplace', 'namereplace', or any name given to register_error().
    """

    encode = lambda self, input, errors='strict': _subclass_duty()
    decode = lambda self, input, errors='strict': _subclass_duty()


def _through_buffer(coder, piece, final, step):
    # Shared by the buffered coders: run step over what was held back plus
    # the new piece, and hold back whatever step did not consume.
    pending = coder.buffer + piece
    produced, consumed = step(pending, coder.errors, final)
    coder.buffer = pending[consumed:]
    return produced


def _hold_nothing(coder, base, errors, empty):
    # __init__ of the buffered coders: the base's, then an empty buffer.
    base.__init__(coder, errors)
    coder.buffer = empty


@_named
class IncrementalEncoder:
    """Encodes input handed over in pieces; state carries between calls."""

    def __init__(self, errors='strict'):
        self.errors, self.buffer = errors, ""

    encode = lambda self, input, final=False: _subclass_duty()
    reset = lambda self: None
    reset.__doc__ = "Forget any state."
    getstate = lambda self: 0
    setstate = lambda self, state: None
    setstate.__doc__ = "Restore a state from getstate()."


@_named
class BufferedIncrementalEncoder(IncrementalEncoder):
    """An incremental encoder over a function that may leave part of its input
    unconsumed: the rest waits in self.buffer for the next call."""

    __init__ = lambda self, errors='strict': _hold_nothing(
        self, IncrementalEncoder, errors, "")
    _buffer_encode = lambda self, input, errors, final: _subclass_duty()
    encode = lambda self, input, final=False: _through_buffer(
        self, input, final, self._buffer_encode)

    reset = lambda self: setattr(self, 'buffer', "")
    getstate = lambda self: self.buffer or 0
    setstate = lambda self, state: setattr(self, 'buffer', state or "")


@_named
class IncrementalDecoder:
    """Decodes input handed over in pieces; state carries between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    decode = lambda self, input, final=False: _subclass_duty()
    reset = lambda self: None
    reset.__doc__ = "Forget any state."
    getstate = lambda self: (b"", 0)
    getstate.__doc__ = """The state as (bytes not yet decoded, an int of other
        state); the state just after construction or reset() is (b"", 0)."""
    setstate = lambda self, state: None
    setstate.__doc__ = "Restore a state from getstate()."


@_named
class BufferedIncrementalDecoder(IncrementalDecoder):
    """An incremental decoder over a function that may leave an incomplete
    sequence at the end of its input: it waits in self.buffer."""

    __init__ = lambda self, errors='strict': _hold_nothing(
        self, IncrementalDecoder, errors, b"")
    _buffer_decode = lambda self, input, errors, final: _subclass_duty()
    decode = lambda self, input, final=False: _through_buffer(
        self, input, final, self._buffer_decode)

    reset = lambda self: setattr(self, 'buffer', b"")
    getstate = lambda self: (self.buffer, 0)
    setstate = lambda self, state: setattr(self, 'buffer', state[0])


# --- Streams --------------------------------------------------------------------

@_wraps_stream(iterable=False)
class StreamWriter(Codec):
    """Writes encoded data to a byte stream; other attributes are the stream's."""

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors

    def write(self, object):
        encoded = self.encode(object, self.errors)[0]
        self.stream.write(encoded)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        """Flush what the encoder holds and start afresh (stateless here)."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if (offset, whence) == (0, 0):
            self.reset()


def _trim(line, keepends):
    # The line without its terminator, unless keepends.
    return line if keepends else line.splitlines()[0]


def _ends_in_cr(chunk):
    if isinstance(chunk, str):
        return chunk.endswith('\r')
    return isinstance(chunk, bytes) and chunk.endswith(b'\r')


@_named
@_wraps_stream(iterable=True)
class StreamReader(Codec):
    """Reads and decodes data from a byte stream; other attributes are the
    stream's."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream, self.errors = stream, errors
        self._empty_charbuffer = self.charbuffertype()
        StreamReader.reset(self)

    decode = lambda self, input, errors='strict': _subclass_duty()

    def read(self, size=-1, chars=-1, firstline=False):
        """Decode and return up to chars characters (all when negative),
        reading about size bytes at a time from the stream. With firstline,
        only the first line is returned if a decoding error follows it."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        # Without a character count, size doubles as one.
        want = size if chars < 0 else chars
        while want < 0 or len(self.charbuffer) < want:
            fresh = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + fresh
            if not data:
                break
            try:
                text, used = self.decode(data, self.errors)
            except UnicodeDecodeError as problem:
                if not firstline:
                    raise
                # Good enough if the part before the bad bytes holds a
                # complete first line.
                text, used = self.decode(data[:problem.start], self.errors)
                if len(text.splitlines(True)) < 2:
                    raise
            self.bytebuffer = data[used:]
            self.charbuffer += text
            if not fresh:
                break
        held = self.charbuffer
        if want < 0:
            self.charbuffer = self._empty_charbuffer
            return held
        self.charbuffer = held[want:]
        return held[:want]

    def readline(self, size=None, keepends=True):
        """Read one line; size bounds how much is read at a time."""
        queued = self.linebuffer
        if queued:
            head = queued.pop(0)
            if len(queued) == 1:
                # One piece left, maybe unterminated: it is plain buffer again.
                self.charbuffer, self.linebuffer = queued[0], None
            return _trim(head, keepends)

        step = size or 72
        got = self._empty_charbuffer
        while True:
            piece = self.read(step, firstline=True)
            if piece and _ends_in_cr(piece):
                # Fetch one more character in case it is the '\n' of '\r\n'.
                piece += self.read(size=1, chars=1)
            got += piece
            parts = got.splitlines(True)
            if len(parts) > 1:
                # At least one whole line; the rest is kept for later calls.
                head, rest = parts[0], parts[1:]
                if len(rest) == 1:
                    self.charbuffer = rest[0] + self.charbuffer
                else:
                    rest[-1] += self.charbuffer
                    self.linebuffer, self.charbuffer = rest, None
                return _trim(head, keepends)
            if parts:
                bare = parts[0].splitlines()[0]
                if bare != parts[0]:
                    return parts[0] if keepends else bare
            if size is not None or not piece:
                return _trim(got, keepends) if got else got
            if step < 8000:
                step += step

    def readlines(self, sizehint=None, keepends=True):
        """All the remaining lines (sizehint is ignored)."""
        return self.read().splitlines(keepends)

    def reset(self):
        """Drop whatever is buffered, to recover from a decoding error."""
        self.bytebuffer, self.linebuffer = b"", None
        self.charbuffer = self._empty_charbuffer

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        got = self.readline()
        if not got:
            raise StopIteration
        return got


@_named
@_wraps_stream(iterable=True)
class StreamReaderWriter:
    """A reader and a writer over one stream, seen as one object."""

    # The codec's name, when codecs.open() knows it.
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    read = lambda self, size=-1: self.reader.read(size)
    readline = lambda self, size=None: self.reader.readline(size)
    readlines = lambda self, sizehint=None: self.reader.readlines(sizehint)
    __next__ = lambda self: next(self.reader)
    write = lambda self, data: self.writer.write(data)
    writelines = lambda self, list: self.writer.writelines(list)

    reset = lambda self: _reset_both(self)

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if (offset, whence) == (0, 0):
            self.writer.reset()


def _reset_both(pair):
    pair.reader.reset()
    pair.writer.reset()


def _recoded(recoder, text):
    return recoder.encode(text, recoder.errors)[0]


def _decoded(recoder, data):
    return recoder.decode(data, recoder.errors)[0]


@_named
@_wraps_stream(iterable=True)
class StreamRecoder:
    """Translates between two encodings: data read from the stream is decoded
    by Reader and encoded again by encode(); data written is decoded by
    decode() and encoded by Writer."""

    # What the two sides are, when EncodedFile() knows them.
    data_encoding = file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream, self.errors = stream, errors
        self.encode, self.decode = encode, decode
        self.reader, self.writer = Reader(stream, errors), Writer(stream, errors)

    # Reading: text from the reader, re-encoded for the caller.
    read = lambda self, size=-1: _recoded(self, self.reader.read(size))
    readlines = lambda self, sizehint=None: (
        _recoded(self, self.reader.read()).splitlines(keepends=True))
    __next__ = lambda self: _recoded(self, next(self.reader))

    def readline(self, size=None):
        reader = self.reader
        return _recoded(self, reader.readline() if size is None else reader.readline(size))

    # Writing: the caller's data decoded, then handed to the writer.
    write = lambda self, data: self.writer.write(_decoded(self, data))
    writelines = lambda self, list: self.writer.write(_decoded(self, b''.join(list)))

    reset = lambda self: _reset_both(self)

    def seek(self, offset, whence=0):
        # The reader's buffers belong to the old position; the writer keeps
        # its state unless the stream goes back to its start.
        for side in (self.reader, self.writer):
            side.seek(offset, whence)


# --- Conveniences -----------------------------------------------------------------

def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file through a codec: what is read is decoded and what is
    written encoded with encoding (the file itself is opened in binary mode).
    Without an encoding this is the builtin open()."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    if 'b' not in mode:
        mode += 'b'
    raw = builtins.open(filename, mode, buffering)
    try:
        found = lookup(encoding)
        both = StreamReaderWriter(raw, found.streamreader, found.streamwriter, errors)
    except:
        raw.close()
        raise
    both.encoding = encoding
    return both


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Wrap file so that the program sees data_encoding while the file holds
    file_encoding (the same when not given)."""
    outer = lookup(data_encoding)
    inner = lookup(data_encoding if file_encoding is None else file_encoding)
    recoder = StreamRecoder(file, outer.encode, outer.decode,
                            inner.streamreader, inner.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = data_encoding if file_encoding is None else file_encoding
    return recoder


def _field_getter(field, label, text, required=False):
    # getencoder() and friends: one CodecInfo field by encoding name; the
    # incremental ones insist that the codec has the class.
    def getter(encoding):
        found = getattr(lookup(encoding), field)
        if required and found is None:
            raise LookupError(encoding)
        return found
    getter.__name__ = getter.__qualname__ = label
    getter.__doc__ = text
    return getter


getencoder = _field_getter('encode', 'getencoder',
                           "The encoding's stateless encode function.")
getdecoder = _field_getter('decode', 'getdecoder',
                           "The encoding's stateless decode function.")
getincrementalencoder = _field_getter(
    'incrementalencoder', 'getincrementalencoder',
    "The encoding's IncrementalEncoder class (LookupError if it has none).", True)
getincrementaldecoder = _field_getter(
    'incrementaldecoder', 'getincrementaldecoder',
    "The encoding's IncrementalDecoder class (LookupError if it has none).", True)
getreader = _field_getter('streamreader', 'getreader',
                          "The encoding's StreamReader class.")
getwriter = _field_getter('streamwriter', 'getwriter',
                          "The encoding's StreamWriter class.")


def _drive(coder, method, pieces, last):
    # Feed each piece to the incremental coder, then flush with final=True;
    # empty outputs are not passed on.
    step = getattr(coder, method)
    for piece in pieces:
        produced = step(piece)
        if produced:
            yield produced
    produced = step(last, True)
    if produced:
        yield produced


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the pieces iterator yields, one incremental encoder for all."""
    coder = getincrementalencoder(encoding)(errors, **kwargs)
    yield from _drive(coder, 'encode', iterator, "")


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the pieces iterator yields, one incremental decoder for all."""
    coder = getincrementaldecoder(encoding)(errors, **kwargs)
    yield from _drive(coder, 'decode', iterator, b"")


def make_identity_dict(rng):
    """{i: i for each i in rng}."""
    return {n: n for n in rng}


def make_encoding_map(decoding_map):
    """Invert a decoding map; a target reached from several keys maps to None
    (undefined), so that no character encodes ambiguously."""
    inverse = {}
    for code, char in decoding_map.items():
        inverse[char] = None if char in inverse else code
    return inverse


# --- The standard error handlers, as functions ------------------------------------
# Without the native handlers (a stripped-down embedding) these are None.

for _handler in ('strict', 'ignore', 'replace', 'xmlcharrefreplace',
                 'backslashreplace', 'namereplace'):
    try:
        globals()[_handler + '_errors'] = lookup_error(_handler)
    except LookupError:
        globals()[_handler + '_errors'] = None
del _handler

# Kept for modules that test it.
_false = 0
