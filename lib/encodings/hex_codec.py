"""Bytes to and from their hexadecimal digits (two per byte)."""

import codecs
from encodings import _simple


_DIGITS = b'0123456789abcdef'


def _encode(data):
    return bytes(memoryview(data)).hex().encode('ascii')


def _decode(data):
    data = bytes(memoryview(data)) if not isinstance(data, str) else data.encode('ascii')
    if len(data) % 2:
        raise ValueError('Odd-length string')
    out = bytearray()
    for i in range(0, len(data), 2):
        pair = data[i:i + 2].lower()
        if pair[0] not in _DIGITS or pair[1] not in _DIGITS:
            raise ValueError('Non-hexadecimal digit found')
        out.append(int(pair, 16))
    return bytes(out)


# encode/decode, Codec, the incremental and stream classes, getregentry().
_simple.install_bytes(globals(), 'hex')
del _simple
