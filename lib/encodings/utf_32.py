"""UTF-32 with a byte order mark: encoding starts with a BOM and uses the
machine's byte order; decoding takes the order from the BOM, which must be
there."""

import codecs
import sys

encode = codecs.utf_32_encode


def decode(input, errors='strict'):
    return codecs.utf_32_decode(input, errors, True)


def _native_encoder():
    if sys.byteorder == 'little':
        return codecs.utf_32_le_encode
    return codecs.utf_32_be_encode


class IncrementalEncoder(codecs.IncrementalEncoder):
    def __init__(self, errors='strict'):
        codecs.IncrementalEncoder.__init__(self, errors)
        self.encoder = None

    def encode(self, input, final=False):
        if self.encoder is None:
            # The first piece carries the BOM.
            data = codecs.utf_32_encode(input, self.errors)[0]
            self.encoder = _native_encoder()
            return data
        return self.encoder(input, self.errors)[0]

    def reset(self):
        codecs.IncrementalEncoder.reset(self)
        self.encoder = None

    def getstate(self):
        # 2: the BOM is still to come; 0: it has been written.
        return 2 if self.encoder is None else 0

    def setstate(self, state):
        self.encoder = None if state else _native_encoder()


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def __init__(self, errors='strict'):
        codecs.BufferedIncrementalDecoder.__init__(self, errors)
        self.decoder = None

    def _buffer_decode(self, input, errors, final):
        if self.decoder is not None:
            return self.decoder(input, errors, final)
        text, used, order = codecs.utf_32_ex_decode(input, errors, 0, final)
        if order == -1:
            self.decoder = codecs.utf_32_le_decode
        elif order == 1:
            self.decoder = codecs.utf_32_be_decode
        elif used >= 4:
            raise UnicodeDecodeError("utf-32", input, 0, 4, "Stream does not start with BOM")
        return (text, used)

    def reset(self):
        codecs.BufferedIncrementalDecoder.reset(self)
        self.decoder = None

    def getstate(self):
        # Besides the pending bytes: 2 before the BOM, then whether the byte
        # order is the machine's (0) or the other one (1).
        pending = codecs.BufferedIncrementalDecoder.getstate(self)[0]
        if self.decoder is None:
            return (pending, 2)
        big = self.decoder is codecs.utf_32_be_decode
        return (pending, int((sys.byteorder == "big") != big))

    def setstate(self, state):
        codecs.BufferedIncrementalDecoder.setstate(self, state)
        flag = state[1]
        if flag == 0:
            self.decoder = (codecs.utf_32_be_decode if sys.byteorder == "big"
                            else codecs.utf_32_le_decode)
        elif flag == 1:
            self.decoder = (codecs.utf_32_le_decode if sys.byteorder == "big"
                            else codecs.utf_32_be_decode)
        else:
            self.decoder = None


class StreamWriter(codecs.StreamWriter):
    def __init__(self, stream, errors='strict'):
        codecs.StreamWriter.__init__(self, stream, errors)
        self.encoder = None

    def reset(self):
        codecs.StreamWriter.reset(self)
        self.encoder = None

    def encode(self, input, errors='strict'):
        if self.encoder is None:
            result = codecs.utf_32_encode(input, errors)
            self.encoder = _native_encoder()
            return result
        return self.encoder(input, errors)


class StreamReader(codecs.StreamReader):
    def reset(self):
        codecs.StreamReader.reset(self)
        self.__dict__.pop('decode', None)

    def decode(self, input, errors='strict'):
        text, used, order = codecs.utf_32_ex_decode(input, errors, 0, False)
        if order == -1:
            self.decode = codecs.utf_32_le_decode
        elif order == 1:
            self.decode = codecs.utf_32_be_decode
        elif used >= 4:
            raise UnicodeDecodeError("utf-32", input, 0, 4, "Stream does not start with BOM")
        return (text, used)


def getregentry():
    return codecs.CodecInfo(
        name='utf-32',
        encode=encode,
        decode=decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamreader=StreamReader,
        streamwriter=StreamWriter,
    )
