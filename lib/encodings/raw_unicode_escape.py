"""The raw Unicode escape codec."""

import codecs

# The stateless functions.
encode = codecs.raw_unicode_escape_encode


def decode(input, errors='strict'):
    return codecs.raw_unicode_escape_decode(input, errors, True)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return codecs.raw_unicode_escape_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    # An escape cut off at the end of a piece waits for the next one.
    def _buffer_decode(self, input, errors, final):
        return codecs.raw_unicode_escape_decode(input, errors, final)


class StreamWriter(codecs.StreamWriter):
    encode = codecs.raw_unicode_escape_encode


class StreamReader(codecs.StreamReader):
    def decode(self, input, errors='strict'):
        return codecs.raw_unicode_escape_decode(input, errors, False)


class Codec(codecs.Codec):
    encode = codecs.raw_unicode_escape_encode
    decode = codecs.raw_unicode_escape_decode


def getregentry():
    return codecs.CodecInfo(
        name='raw-unicode-escape',
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )
