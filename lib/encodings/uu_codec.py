"""Bytes to and from uuencoding, with its begin and end lines."""

import codecs
from encodings import _simple


def _encode(data, filename='<data>', mode=0o666):
    data = bytes(memoryview(data))
    out = [('begin %o %s\n' % (mode & 0o777, filename)).encode('ascii')]
    for i in range(0, len(data), 45):
        chunk = data[i:i + 45]
        line = bytearray([32 + len(chunk)])
        padded = chunk + b'\0' * (-len(chunk) % 3)
        for j in range(0, len(padded), 3):
            n = int.from_bytes(padded[j:j + 3], 'big')
            line += bytes(32 + ((n >> s) & 63) for s in (18, 12, 6, 0))
        out.append(bytes(line) + b'\n')
    out.append(b' \nend\n')
    return b''.join(out)


def _decode(data):
    lines = bytes(memoryview(data)).split(b'\n')
    i = 0
    while i < len(lines) and not lines[i].startswith(b'begin'):
        i += 1
    if i == len(lines):
        raise ValueError('Missing "begin" line in input data')
    out = bytearray()
    for line in lines[i + 1:]:
        if not line or line.startswith(b'end'):
            if line.startswith(b'end'):
                return bytes(out)
            continue
        count = (line[0] - 32) & 63
        if count == 0:
            continue
        body = [(c - 32) & 63 for c in line[1:]]
        body += [0] * (-len(body) % 4)
        chunk = bytearray()
        for j in range(0, len(body), 4):
            n = 0
            for v in body[j:j + 4]:
                n = n << 6 | v
            chunk += n.to_bytes(3, 'big')
        out += chunk[:count]
    raise ValueError('Truncated input data')


# encode/decode, Codec, the incremental and stream classes, getregentry().
_simple.install_bytes(globals(), 'uu')
del _simple
