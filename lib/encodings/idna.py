"""IDNA 2003 (RFC 3490): internationalised domain names, each label that is
not ASCII written as 'xn--' and its Punycode.

Kaa has no unicodedata tables yet, so nameprep is reduced to case folding:
labels that need NFKC normalisation or are prohibited by stringprep are not
treated as RFC 3491 would.
"""

import codecs
from encodings import punycode

# The label separators RFC 3490 section 3.1 lists.
_DOTS = ('.', '\u3002', '\uff0e', '\uff61')
_ACE = b'xn--'
_ACE_STR = 'xn--'


def nameprep(label):
    """A label mapped as far as Kaa can: case-folded."""
    return label.casefold()


def _split(text):
    for dot in _DOTS[1:]:
        text = text.replace(dot, '.')
    return text.split('.')


def _too_long(label):
    return UnicodeEncodeError('idna', label, 0, len(label), 'label empty or too long')


def _as_plain_ascii(label):
    # The label's bytes if it is all ASCII (checking RFC 3490's 1-63 length
    # limit), else None.
    if not label.isascii():
        return None
    data = label.encode('ascii')
    if 0 < len(data) < 64:
        return data
    raise _too_long(label)


def ToASCII(label):
    """One label as ASCII bytes (RFC 3490 ToASCII)."""
    for step in (str, nameprep):
        label = step(label)
        data = _as_plain_ascii(label)
        if data is not None:
            return data
    if label.startswith(_ACE_STR):
        raise UnicodeEncodeError('idna', label, 0, 4, 'Label starts with ACE prefix')
    data = _ACE + punycode.punycode_encode(label)
    if len(data) >= 64:
        raise _too_long(label)
    return data


def ToUnicode(label):
    """One label as text (RFC 3490 ToUnicode)."""
    if isinstance(label, (bytes, bytearray)):
        raw = bytes(label)
    else:
        raw = label.encode('ascii') if label.isascii() else None
    if raw is None:
        raw = ToASCII(nameprep(label))
    if not raw.lower().startswith(_ACE):
        return str(raw, 'ascii').lower()
    text = punycode.punycode_decode(raw[len(_ACE):], 'strict')
    if ToASCII(text).lower() != raw.lower():
        raise UnicodeDecodeError('idna', raw, 0, len(raw), 'IDNA does not round-trip')
    return text


def _require_strict(errors):
    if errors != 'strict':
        raise UnicodeError(f"Unsupported error handling: {errors}")


def _peel(labels, dot, final=True):
    # Returns the labels to convert and what follows them.  An empty last
    # label stands for a trailing dot (kept as *dot*).  Otherwise, when more
    # input may come, the last label is unfinished and waits in the buffer.
    nothing = dot[:0]
    if labels and not labels[-1]:
        return labels[:-1], dot
    if final:
        return labels, nothing
    labels = labels[:-1]
    return labels, (dot if labels else nothing)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        _require_strict(errors)
        if not input:
            return b'', 0
        labels, tail = _peel(_split(input), b'.')
        return b'.'.join(map(ToASCII, labels)) + tail, len(input)

    def decode(self, input, errors='strict'):
        _require_strict(errors)
        if not input:
            return '', 0
        raw = input if isinstance(input, bytes) else bytes(input)
        labels, tail = _peel(raw.split(b'.'), '.')
        return '.'.join(map(ToUnicode, labels)) + tail, len(raw)


def _consumed(labels, tail, final, size):
    # How much of the buffered input a partial conversion used up: each
    # finished label and its dot.
    if final:
        return size
    return min(sum(len(label) + 1 for label in labels), size) if tail else 0


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        if not input:
            return b'', 0
        labels, tail = _peel(_split(input), b'.', final)
        out = b'.'.join(map(ToASCII, labels)) + tail
        return out, _consumed(labels, tail, final, len(input))


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        if not input:
            return '', 0
        labels, tail = _peel(bytes(input).split(b'.'), '.', final)
        out = '.'.join(map(ToUnicode, labels)) + tail
        return out, _consumed(labels, tail, final, len(input))


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    one = Codec()
    return codecs.CodecInfo(one.encode, one.decode, name='idna',
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
