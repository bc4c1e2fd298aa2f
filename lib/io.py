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

# The public names, in CPython's order.
__all__ = [
    "BlockingIOError",
    "open",
    "open_code",
    "IOBase",
    "RawIOBase",
    "FileIO",
    "BytesIO",
    "StringIO",
    "BufferedIOBase",
    "BufferedReader",
    "BufferedWriter",
    "BufferedRWPair",
    "BufferedRandom",
    "TextIOBase",
    "TextIOWrapper",
    "UnsupportedOperation",
    "SEEK_SET",
    "SEEK_CUR",
    "SEEK_END",
    "DEFAULT_BUFFER_SIZE",
    "text_encoding",
    "IncrementalNewlineDecoder",
]

import _io

# Everything concrete comes straight from the native module.
from _io import (
    BlockingIOError,
    UnsupportedOperation,
    DEFAULT_BUFFER_SIZE,
    open,
    open_code,
    text_encoding,
    FileIO,
    BytesIO,
    StringIO,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    BufferedRWPair,
    TextIOWrapper,
    IncrementalNewlineDecoder,
)

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


# The public ABCs sit over _io's private bases (which hold the generic method
# implementations) and take their docstrings.

class IOBase(_io._IOBase, metaclass=_Meta):
    pass


class RawIOBase(_io._RawIOBase, IOBase):
    pass


class BufferedIOBase(_io._BufferedIOBase, IOBase):
    pass


class TextIOBase(_io._TextIOBase, IOBase):
    pass


def _adopt_native_types():
    # Each ABC: its native base (for the docstring) and the concrete stream
    # types that count as its subclasses.
    table = (
        (IOBase, _io._IOBase, ()),
        (RawIOBase, _io._RawIOBase, (FileIO,)),
        (BufferedIOBase, _io._BufferedIOBase,
         (BytesIO, BufferedReader, BufferedWriter, BufferedRandom,
          BufferedRWPair)),
        (TextIOBase, _io._TextIOBase, (StringIO, TextIOWrapper)),
    )
    for family, native, members in table:
        family.__doc__ = native.__doc__
        for member in members:
            family.register(member)


_adopt_native_types()
del _adopt_native_types, _Meta


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
