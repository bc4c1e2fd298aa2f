"""Streams: text and binary I/O over files and memory.

The classes and open() are implemented natively in the _io module; this module
adds the public abstract base classes IOBase, RawIOBase, BufferedIOBase and
TextIOBase, under which every stream type of _io is registered, so that
isinstance(f, io.TextIOBase) holds for any text stream.

The layers, from the bottom up:

  raw streams (FileIO)            unbuffered bytes, straight to the descriptor
  buffered streams (Buffered*)    bytes through a read-ahead buffer
  text streams (TextIOWrapper)    str, encoded and decoded, newlines translated

StringIO and BytesIO keep their data in memory.
"""

__author__ = "the Kaa authors, after the design of PEP 3116"

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

import _io

from _io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation,
                 open, open_code, FileIO, BytesIO, StringIO, BufferedReader,
                 BufferedWriter, BufferedRWPair, BufferedRandom,
                 IncrementalNewlineDecoder, text_encoding, TextIOWrapper)

try:
    import abc
    _Meta = abc.ABCMeta
except ImportError:
    abc = None

    class _Meta(type):
        """A stand-in for abc.ABCMeta while abc is missing: register() and the
        isinstance/issubclass checks that follow the registered classes."""

        def __new__(meta, name, bases, ns, **kw):
            cls = super().__new__(meta, name, bases, ns, **kw)
            cls._registered = []
            return cls

        def register(cls, sub):
            cls._registered.append(sub)
            return sub

        def __subclasscheck__(cls, sub):
            if type.__subclasscheck__(cls, sub):
                return True
            for known in cls._registered:
                if issubclass(sub, known):
                    return True
            return any(issubclass(sub, kid) for kid in type.__subclasses__(cls))

        def __instancecheck__(cls, obj):
            return cls.__subclasscheck__(type(obj))


# The offsets' origins for seek().
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class IOBase(_io._IOBase, metaclass=_Meta):
    __doc__ = _io._IOBase.__doc__


class RawIOBase(_io._RawIOBase, IOBase):
    __doc__ = _io._RawIOBase.__doc__


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    __doc__ = _io._BufferedIOBase.__doc__


class TextIOBase(_io._TextIOBase, IOBase):
    __doc__ = _io._TextIOBase.__doc__


RawIOBase.register(FileIO)

for _cls in (BytesIO, BufferedReader, BufferedWriter, BufferedRandom,
             BufferedRWPair):
    BufferedIOBase.register(_cls)

for _cls in (StringIO, TextIOWrapper):
    TextIOBase.register(_cls)
del _cls, _Meta


def _register_standard_streams():
    # Kaa's standard streams are the runtime's own objects, made before any
    # module can be imported; they behave as TextIOWrapper over a buffer, and are
    # registered so that isinstance(sys.stdout, io.TextIOBase) holds.
    import sys
    for name in ('__stdin__', '__stdout__', '__stderr__'):
        stream = getattr(sys, name, None)
        if stream is None or isinstance(stream, TextIOWrapper):
            continue
        TextIOBase.register(type(stream))
        binary = type(stream.buffer)
        if binary.__name__ == 'FileIO':
            RawIOBase.register(binary)
        else:
            BufferedIOBase.register(binary)


_register_standard_streams()
del _register_standard_streams
