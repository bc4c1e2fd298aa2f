"""Bytes compressed and decompressed with bzip2 (needs the bz2 module)."""

import codecs
from encodings import _simple


def _encode(data):
    import bz2
    return bz2.compress(data)


def _decode(data):
    import bz2
    return bz2.decompress(data)


# encode/decode, Codec, the incremental and stream classes, getregentry().
_simple.install_bytes(globals(), 'bz2', packer=lambda: __import__('bz2').BZ2Compressor(),
                      unpacker=lambda: __import__('bz2').BZ2Decompressor())
del _simple
