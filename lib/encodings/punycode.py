"""Punycode (RFC 3492): Unicode strings as ASCII, for internationalised domain
names. The ASCII characters are copied first, then, after a '-', the places
and values of the others as variable-length base-36 integers."""

import codecs
from encodings import _simple

_BASE, _TMIN, _TMAX = 36, 1, 26
_SKEW, _DAMP = 38, 700
_FIRST_BIAS, _FIRST_CODE = 72, 128
_DIGITS = b'abcdefghijklmnopqrstuvwxyz0123456789'


def _adapt(delta, count, first):
    delta = delta // _DAMP if first else delta // 2
    delta += delta // count
    shift = 0
    while delta > ((_BASE - _TMIN) * _TMAX) // 2:
        delta //= _BASE - _TMIN
        shift += _BASE
    return shift + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _threshold(k, bias):
    if k <= bias:
        return _TMIN
    if k >= bias + _TMAX:
        return _TMAX
    return k - bias


def punycode_encode(text):
    codes = [ord(c) for c in text]
    out = bytearray(c for c in codes if c < 128)
    done = len(out)
    if out:
        out += b'-'
    n, delta, bias = _FIRST_CODE, 0, _FIRST_BIAS
    handled = done
    while handled < len(codes):
        m = min(c for c in codes if c >= n)
        delta += (m - n) * (handled + 1)
        n = m
        for c in codes:
            if c < n:
                delta += 1
            elif c == n:
                q, k = delta, _BASE
                while True:
                    t = _threshold(k, bias)
                    if q < t:
                        break
                    out.append(_DIGITS[t + (q - t) % (_BASE - t)])
                    q = (q - t) // (_BASE - t)
                    k += _BASE
                out.append(_DIGITS[q])
                bias = _adapt(delta, handled + 1, handled == done)
                delta = 0
                handled += 1
        delta += 1
        n += 1
    return bytes(out)


def _digit_value(c):
    if 0x41 <= c <= 0x5A:
        return c - 0x41
    if 0x61 <= c <= 0x7A:
        return c - 0x61
    if 0x30 <= c <= 0x39:
        return c - 22
    return None


def punycode_decode(text, errors):
    if isinstance(text, str):
        text = text.encode('ascii')
    if isinstance(text, memoryview):
        text = bytes(text)
    cut = text.rfind(b'-')
    if cut < 0:
        chars, rest = [], text
        cut = -1
    else:
        chars, rest = list(str(text[:cut], 'ascii', errors)), text[cut + 1:]
    n, i, bias = _FIRST_CODE, 0, _FIRST_BIAS
    pos = 0
    while pos < len(rest):
        old, weight, k = i, 1, _BASE
        while True:
            if pos >= len(rest):
                if errors == 'strict':
                    at = cut + 1 + pos
                    raise UnicodeDecodeError('punycode', text, at, at + 1, 'incomplete punycode string')
                return ''.join(chars)
            d = _digit_value(rest[pos])
            pos += 1
            if d is None:
                if errors == 'strict':
                    at = cut + pos
                    raise UnicodeDecodeError('punycode', text, at, at + 1,
                                             "Invalid extended code point '%s'" % rest[pos - 1])
                return ''.join(chars)
            i += d * weight
            t = _threshold(k, bias)
            if d < t:
                break
            weight *= _BASE - t
            k += _BASE
        bias = _adapt(i - old, len(chars) + 1, old == 0)
        n += i // (len(chars) + 1)
        i %= len(chars) + 1
        if n > 0x10FFFF:
            if errors == 'strict':
                raise UnicodeDecodeError('punycode', text, pos - 1, pos, 'Invalid character U+%x' % n)
            n = ord('?')
        chars.insert(i, chr(n))
        i += 1
    return ''.join(chars)


def _decode_with(data, errors):
    # Only these three handlers make sense for Punycode's own errors.
    if errors in ('strict', 'replace', 'ignore'):
        return punycode_decode(data, errors)
    raise UnicodeError(f"Unsupported error handling: {errors}")


def _build(space):
    # Codec, the incremental and stream classes and getregentry(), made by
    # encodings._simple's class maker: the stateless methods answer with the
    # input's length, the incremental ones with the converted piece alone.
    make = _simple._cls
    whole = {
        'encode': lambda self, input, errors='strict': (punycode_encode(input), len(input)),
        'decode': lambda self, input, errors='strict': (_decode_with(input, errors), len(input)),
    }
    base = make(space, 'Codec', (codecs.Codec,), whole)
    make(space, 'IncrementalEncoder', (codecs.IncrementalEncoder,),
         {'encode': lambda self, input, final=False: punycode_encode(input)})
    make(space, 'IncrementalDecoder', (codecs.IncrementalDecoder,),
         {'decode': lambda self, input, final=False: _decode_with(input, self.errors)})
    for role in ('StreamWriter', 'StreamReader'):
        make(space, role, (base, getattr(codecs, role)), {})

    def getregentry():
        one = space['Codec']()
        return codecs.CodecInfo(one.encode, one.decode, name='punycode',
                                incrementalencoder=space['IncrementalEncoder'],
                                incrementaldecoder=space['IncrementalDecoder'],
                                streamwriter=space['StreamWriter'],
                                streamreader=space['StreamReader'])
    _simple._as_module_level(space, getregentry)
    space['getregentry'] = getregentry


_build(globals())
del _build, _simple
