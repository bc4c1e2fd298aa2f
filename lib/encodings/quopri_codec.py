"""Bytes to and from quoted-printable (RFC 1521), with tabs and spaces quoted."""

import codecs
from encodings import _simple


_HEX = b'0123456789ABCDEF'


def _encode(data):
    # Quoted-printable with tabs and spaces quoted, lines of at most 76.
    data = bytes(memoryview(data))
    lines = data.split(b'\n')
    out = []
    for n, line in enumerate(lines):
        if n == len(lines) - 1 and not line:
            break
        enc = bytearray()
        for c in line:
            if c in b'=\t _' or c < 32 or c > 126:
                piece = b'=' + bytes([_HEX[c >> 4], _HEX[c & 15]])
            else:
                piece = bytes([c])
            enc += piece
        # Soft line breaks keep each line within 76 characters.
        pieces = []
        while len(enc) > 76:
            cut = 75
            while enc[cut - 1:cut] == b'=' or enc[cut - 2:cut - 1] == b'=':
                cut -= 1
            pieces.append(bytes(enc[:cut]) + b'=')
            enc = enc[cut:]
        pieces.append(bytes(enc))
        out.append(b'\n'.join(pieces) + (b'\n' if n < len(lines) - 1 else b''))
    return b''.join(out)


def _decode(data):
    data = bytes(memoryview(data))
    out = bytearray()
    i = 0
    while i < len(data):
        c = data[i:i + 1]
        if c == b'=':
            if data[i + 1:i + 2] == b'\n':
                i += 2
                continue
            pair = data[i + 1:i + 3]
            if len(pair) == 2 and all(x in b'0123456789abcdefABCDEF' for x in pair):
                out.append(int(pair, 16))
                i += 3
                continue
            if i + 1 >= len(data):
                i += 1
                continue
        out += c
        i += 1
    return bytes(out)


# encode/decode, Codec, the incremental and stream classes, getregentry().
_simple.install_bytes(globals(), 'quopri')
del _simple
