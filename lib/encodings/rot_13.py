"""ROT13: each ASCII letter moves 13 places along the alphabet, str to str.

    >>> import codecs
    >>> codecs.encode('Hello', 'rot13')
    'Uryyb'
"""

import codecs


def _rotation_table():
    src = dst = ''
    for first in ('a', 'A'):
        letters = ''.join(chr(ord(first) + i) for i in range(26))
        src += letters
        dst += letters[13:] + letters[:13]
    return str.maketrans(src, dst)


rot13_map = _rotation_table()
del _rotation_table


def _turn(text):
    return str.translate(text, rot13_map)


class Codec(codecs.Codec):
    # ROT13 is its own inverse: both directions are the same table.
    def encode(self, input, errors='strict'):
        return (_turn(input), len(input))

    decode = encode


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _turn(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return _turn(input)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    one = Codec()
    return codecs.CodecInfo(one.encode, one.decode, name='rot-13',
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamreader=StreamReader, streamwriter=StreamWriter,
                            _is_text_encoding=False)


def rot13(infile, outfile):
    outfile.write(codecs.encode(infile.read(), 'rot-13'))
