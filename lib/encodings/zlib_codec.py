"""Bytes compressed and decompressed with zlib (needs the zlib module)."""

import codecs


def _encode(data):
    import zlib
    return zlib.compress(data)


def _decode(data):
    import zlib
    return zlib.decompress(data)


def encode(input, errors='strict'):
    assert errors == 'strict'
    return (_encode(input), len(input))


def decode(input, errors='strict'):
    assert errors == 'strict'
    return (_decode(input), len(input))


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return encode(input, errors)

    def decode(self, input, errors='strict'):
        return decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        self.errors = errors
        self.compressobj = None

    def encode(self, input, final=False):
        if self.compressobj is None:
            import zlib
            self.compressobj = zlib.compressobj()
        data = self.compressobj.compress(input)
        if final:
            data += self.compressobj.flush()
            self.compressobj = None
        return data

    def reset(self):
        self.compressobj = None


class IncrementalDecoder(codecs.IncrementalDecoder):
    def __init__(self, errors='strict'):
        assert errors == 'strict'
        self.errors = errors
        self.decompressobj = None

    def decode(self, input, final=False):
        if self.decompressobj is None:
            import zlib
            self.decompressobj = zlib.decompressobj()
        try:
            data = self.decompressobj.decompress(input)
        except EOFError:
            return b''
        if final:
            self.decompressobj = None
        return data

    def reset(self):
        self.decompressobj = None


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = bytes


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = bytes


def getregentry():
    return codecs.CodecInfo(
        name='zlib',
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
        _is_text_encoding=False,
    )
