"""Bytes to and from MIME base64 (RFC 2045), in lines of 76 characters."""

import codecs
from encodings import _simple


_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_VALUE = {c: i for i, c in enumerate(_ALPHABET)}


def _encode_chunk(chunk):
    out = bytearray()
    for i in range(0, len(chunk), 3):
        group = chunk[i:i + 3]
        n = int.from_bytes(group + b'\0' * (3 - len(group)), 'big')
        quad = bytes(_ALPHABET[(n >> s) & 63] for s in (18, 12, 6, 0))
        out += quad[:len(group) + 1] + b'=' * (3 - len(group))
    return bytes(out)


def _encode(data):
    # Lines of 76 characters (57 bytes of input), each ending in a newline.
    data = bytes(memoryview(data))
    return b''.join(_encode_chunk(data[i:i + 57]) + b'\n' for i in range(0, len(data), 57))


def _decode(data):
    if isinstance(data, str):
        data = data.encode('ascii')
    values = [_VALUE[c] for c in bytes(memoryview(data)) if c in _VALUE]
    if len(values) % 4 == 1:
        raise ValueError('Invalid base64-encoded string: number of data characters (%d) '
                         'cannot be 1 more than a multiple of 4' % len(values))
    out = bytearray()
    for i in range(0, len(values), 4):
        group = values[i:i + 4]
        n = 0
        for v in group + [0] * (4 - len(group)):
            n = n << 6 | v
        out += n.to_bytes(3, 'big')[:len(group) - 1]
    return bytes(out)


# encode/decode, Codec, the incremental and stream classes, getregentry().
_simple.install_bytes(globals(), 'base64')
del _simple
