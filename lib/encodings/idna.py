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


def ToASCII(label):
    """One label as ASCII bytes (RFC 3490 ToASCII)."""
    try:
        data = label.encode('ascii')
    except UnicodeEncodeError:
        pass
    else:
        if 0 < len(data) < 64:
            return data
        raise UnicodeEncodeError('idna', label, 0, len(label), 'label empty or too long')
    label = nameprep(label)
    try:
        data = label.encode('ascii')
    except UnicodeEncodeError:
        pass
    else:
        if 0 < len(data) < 64:
            return data
        raise UnicodeEncodeError('idna', label, 0, len(label), 'label empty or too long')
    if label.startswith(_ACE_STR):
        raise UnicodeEncodeError('idna', label, 0, 4, 'Label starts with ACE prefix')
    data = _ACE + punycode.punycode_encode(label)
    if len(data) < 64:
        return data
    raise UnicodeEncodeError('idna', label, 0, len(label), 'label empty or too long')


def ToUnicode(label):
    """One label as text (RFC 3490 ToUnicode)."""
    if isinstance(label, (bytes, bytearray)):
        raw = bytes(label)
    else:
        try:
            raw = label.encode('ascii')
        except UnicodeEncodeError:
            raw = None
    if raw is None:
        label = nameprep(label)
        raw = ToASCII(label)
    if not raw.lower().startswith(_ACE):
        return str(raw, 'ascii').lower()
    text = punycode.punycode_decode(raw[len(_ACE):], 'strict')
    if ToASCII(text).lower() != raw.lower():
        raise UnicodeDecodeError('idna', raw, 0, len(raw), 'IDNA does not round-trip')
    return text


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError(f"Unsupported error handling: {errors}")
        if not input:
            return b'', 0
        labels = _split(input)
        trailing = b''
        if labels and not labels[-1]:
            trailing = b'.'
            del labels[-1]
        return b'.'.join(ToASCII(label) for label in labels) + trailing, len(input)

    def decode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError(f"Unsupported error handling: {errors}")
        if not input:
            return '', 0
        if not isinstance(input, bytes):
            input = bytes(input)
        labels = input.split(b'.')
        trailing = ''
        if labels and not labels[-1]:
            trailing = '.'
            del labels[-1]
        return '.'.join(ToUnicode(label) for label in labels) + trailing, len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        if not input:
            return b'', 0
        labels = _split(input)
        trailing = b''
        if labels and not labels[-1]:
            trailing = b'.'
            del labels[-1]
        elif not final:
            # The last label may still grow.
            del labels[-1]
            if labels:
                trailing = b'.'
        out = b'.'.join(ToASCII(label) for label in labels) + trailing
        used = sum(len(label) + 1 for label in labels) if trailing or final else 0
        return out, min(used, len(input)) if not final else len(input)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        if not input:
            return '', 0
        labels = bytes(input).split(b'.')
        trailing = ''
        if labels and not labels[-1]:
            trailing = '.'
            del labels[-1]
        elif not final:
            del labels[-1]
            if labels:
                trailing = '.'
        out = '.'.join(ToUnicode(label) for label in labels) + trailing
        used = sum(len(label) + 1 for label in labels)
        return out, len(input) if final else min(used, len(input))


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(
        name='idna',
        encode=Codec().encode,
        decode=Codec().decode,
        incrementalencoder=IncrementalEncoder,
        incrementaldecoder=IncrementalDecoder,
        streamwriter=StreamWriter,
        streamreader=StreamReader,
    )
