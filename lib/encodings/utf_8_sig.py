"""UTF-8 with a signature: encoding puts the byte order mark EF BB BF first;
decoding drops one at the start if it is there."""

import codecs

_SIG = codecs.BOM_UTF8
_plain_out = codecs.utf_8_encode
_plain_in = codecs.utf_8_decode


def _undecided(data):
    # True while the bytes seen so far could still grow into the signature.
    return len(data) < len(_SIG) and _SIG.startswith(data)


def _skip_sig(data, errors, final):
    # Decode *data*, dropping a leading signature; the count includes it.
    lead = len(_SIG) if data[:len(_SIG)] == _SIG else 0
    text, used = _plain_in(data[lead:], errors, final)
    return (text, used + lead)


def encode(input, errors='strict'):
    return (_SIG + _plain_out(input, errors)[0], len(input))


def decode(input, errors='strict'):
    return _skip_sig(input, errors, True)


class IncrementalEncoder(codecs.IncrementalEncoder):
    # self.first is 1 until the signature has gone out.
    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.first = 1

    def encode(self, input, final=False):
        body = _plain_out(input, self.errors)[0]
        pending, self.first = self.first, 0
        return _SIG + body if pending else body

    def reset(self):
        super().reset()
        self.first = 1

    def getstate(self):
        return self.first

    def setstate(self, state):
        self.first = state


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    # self.first is 1 until the start of the stream has been examined.
    def __init__(self, errors='strict'):
        super().__init__(errors)
        self.first = 1

    def _buffer_decode(self, input, errors, final):
        if not self.first:
            return _plain_in(input, errors, final)
        if _undecided(input):
            return ("", 0)
        self.first = 0
        return _skip_sig(input, errors, final)

    def reset(self):
        super().reset()
        self.first = 1

    def getstate(self):
        return (self.buffer, self.first)

    def setstate(self, state):
        super().setstate(state)
        self.first = state[1]


class StreamWriter(codecs.StreamWriter):
    # The first write goes through the module's encode (with the signature);
    # an instance attribute then switches to plain UTF-8 until reset().
    def reset(self):
        super().reset()
        vars(self).pop('encode', None)

    def encode(self, input, errors='strict'):
        self.encode = _plain_out
        return encode(input, errors)


class StreamReader(codecs.StreamReader):
    def reset(self):
        super().reset()
        vars(self).pop('decode', None)

    def decode(self, input, errors='strict'):
        if _undecided(input):
            return ("", 0)
        self.decode = _plain_in
        return decode(input, errors)


def getregentry():
    parts = dict(encode=encode, decode=decode,
                 incrementalencoder=IncrementalEncoder,
                 incrementaldecoder=IncrementalDecoder,
                 streamreader=StreamReader, streamwriter=StreamWriter)
    return codecs.CodecInfo(name='utf-8-sig', **parts)
