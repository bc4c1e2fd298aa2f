"""Bytes to and from their hexadecimal digits (two per byte)."""

import codecs


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
    def encode(self, input, final=False):
        assert self.errors == 'strict'
        return _encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        assert self.errors == 'strict'
        return _decode(input)


class StreamWriter(Codec, codecs.StreamWriter):
    charbuffertype = bytes


class StreamReader(Codec, codecs.StreamReader):
    charbuffertype = bytes


def getregentry():
    return codecs.CodecInfo(
        name='hex',
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
        _is_text_encoding=False,
    )
