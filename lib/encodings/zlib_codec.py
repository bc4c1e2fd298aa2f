"""Bytes compressed and decompressed with zlib (needs the zlib module)."""

import codecs
from encodings import _simple


def _encode(data):
    import zlib
    return zlib.compress(data)


def _decode(data):
    import zlib
    return zlib.decompress(data)


# encode/decode, Codec, the incremental and stream classes, getregentry().
_simple.install_bytes(globals(), 'zlib', packer=lambda: __import__('zlib').compressobj(),
                      unpacker=lambda: __import__('zlib').decompressobj())
del _simple
