"""Bytes compressed and decompressed with bzip2 (needs the bz2 module)."""

import codecs


def _encode(data):
    import bz2
    return bz2.compress(data)


def _decode(data):
    import bz2
    return bz2.decompress(data)


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
            import bz2
            self.compressobj = bz2.BZ2Compressor()
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
            import bz2
            self.decompressobj = bz2.BZ2Decompressor()
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
        name='bz2',
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
        _is_text_encoding=False,
    )
