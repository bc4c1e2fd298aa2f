"""The generic charmap codec: encode and decode through a mapping given to each
call (a dict, or a str of 256 characters for decoding); without one, Latin-1."""

import codecs


class Codec(codecs.Codec):
    # The _codecs builtins are not descriptors, so these stay plain
    # functions taking (input, errors, mapping) rather than methods.
    encode = codecs.charmap_encode
    decode = codecs.charmap_decode


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict', mapping=None):
        super().__init__(errors)
        self.mapping = mapping

    def encode(self, input, final=False):
        out, _ = codecs.charmap_encode(input, self.errors, self.mapping)
        return out


class IncrementalDecoder(codecs.IncrementalDecoder):
    def __init__(self, errors='strict', mapping=None):
        super().__init__(errors)
        self.mapping = mapping

    def decode(self, input, final=False):
        out, _ = codecs.charmap_decode(input, self.errors, self.mapping)
        return out


class StreamWriter(Codec, codecs.StreamWriter):
    def __init__(self, stream, errors='strict', mapping=None):
        codecs.StreamWriter.__init__(self, stream, errors)
        self.mapping = mapping

    def encode(self, input, errors='strict'):
        # Per-stream mapping, passed on every chunk.
        return codecs.charmap_encode(input, errors, self.mapping)


class StreamReader(Codec, codecs.StreamReader):
    def __init__(self, stream, errors='strict', mapping=None):
        codecs.StreamReader.__init__(self, stream, errors)
        self.mapping = mapping

    def decode(self, input, errors='strict'):
        return codecs.charmap_decode(input, errors, self.mapping)


def getregentry():
    return codecs.CodecInfo(Codec.encode, Codec.decode, name='charmap',
                            streamreader=StreamReader, streamwriter=StreamWriter,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder)
