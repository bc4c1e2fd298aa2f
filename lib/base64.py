#! /usr/bin/env python3
"""Base16, Base32, Base64 (RFC 4648), Base85, Ascii85 and Z85 encodings.

Encoders take bytes-like objects and return bytes; decoders also accept
ASCII-only str. Base64 is binascii's; the others are done here.
"""
import binascii
import struct

try:
    import re
except ImportError:
    re = None

__all__ = ('encode decode encodebytes decodebytes b64encode b64decode '
           'b32encode b32decode b32hexencode b32hexdecode b16encode b16decode '
           'b85encode b85decode a85encode a85decode z85encode z85decode '
           'standard_b64encode standard_b64decode urlsafe_b64encode '
           'urlsafe_b64decode').split()

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    # What a decoder accepts: ASCII str, or anything with the buffer protocol.
    if isinstance(s, str):
        if not s.isascii():
            raise ValueError(
                'string argument should contain only ASCII characters')
        return s.encode('ascii')
    if isinstance(s, bytes_types):
        return s
    try:
        view = memoryview(s)
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII '
                        'string, not %r' % s.__class__.__name__) from None
    return view.tobytes()


# -- Base64 ------------------------------------------------------------------

def b64encode(s, altchars=None):
    """Base64-encode the bytes-like object s; altchars, two bytes, replace
    '+' and '/' (for URL- or file-name-safe text)."""
    out = binascii.b2a_base64(s, newline=False)
    if altchars is None:
        return out
    assert len(altchars) == 2, repr(altchars)
    return out.translate(bytes.maketrans(b'+/', altchars))


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 text s (bytes-like or ASCII str) into bytes.

    altchars, two bytes or characters, stand for '+' and '/'. Without
    validate, characters outside the alphabet are skipped before the padding
    is checked; with it they are a binascii.Error (see binascii.a2b_base64's
    strict_mode).
    """
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    """Base64-encode s with the standard alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode standard-alphabet Base64; other characters are skipped."""
    return b64decode(s)


_urlsafe_encode_translation, _urlsafe_decode_translation = (
    bytes.maketrans(b'+/', b'-_'), bytes.maketrans(b'-_', b'+/'))


def urlsafe_b64encode(s):
    """Base64-encode s with '-' and '_' in place of '+' and '/'."""
    return b64encode(s).translate(_urlsafe_encode_translation)


def urlsafe_b64decode(s):
    """Decode Base64 written with '-' and '_' (or '+' and '/')."""
    return b64decode(_bytes_from_decode_data(s).translate(
        _urlsafe_decode_translation))


# -- Base32 ------------------------------------------------------------------

# The Base32 functions' docstrings, made from templates as CPython's are.
_B32_ENCODE_DOCSTRING = '''
Return the {encoding} text (bytes) of the bytes-like object s.
'''
_B32_DECODE_DOCSTRING = '''
Return the bytes whose {encoding} text is s (bytes-like or ASCII str).

With casefold true, lower-case letters are accepted as well (by default
they are not, so that every text has one meaning).
{extra_args}
binascii.Error is raised for bad padding or a letter outside the alphabet.
'''
_B32_DECODE_MAP01_DOCSTRING = '''
RFC 3548 lets the digit 0 stand for the letter O and the digit 1 for I or
L: map01, when given, is the letter 1 stands for (and 0 then reads as O).
By default neither digit is accepted.
'''
_b32alphabet = bytes(range(65, 91)) + b'234567'
_b32hexalphabet = b'0123456789' + bytes(range(65, 87))
_b32tab2 = {}   # alphabet -> the 1024 two-letter codes of 10-bit values
_b32rev = {}    # alphabet -> {letter: value}

# Base32 text of a final group of 1 to 4 bytes keeps 2, 4, 5 or 7 letters.
_B32_KEEP = {1: 2, 2: 4, 3: 5, 4: 7}


def _b32encode(alphabet, s):
    pairs = _b32tab2.get(alphabet)
    if pairs is None:
        singles = [bytes((c,)) for c in alphabet]
        pairs = _b32tab2[alphabet] = [a + b for a in singles for b in singles]
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    extra = len(s) % 5
    data = s + bytes(5 - extra) if extra else s
    out = bytearray()
    for i in range(0, len(data), 5):
        n = int.from_bytes(data[i:i + 5])
        out += pairs[n >> 30]
        out += pairs[n >> 20 & 0x3ff]
        out += pairs[n >> 10 & 0x3ff]
        out += pairs[n & 0x3ff]
    if extra:
        keep = _B32_KEEP[extra]
        out[len(out) - 8 + keep:] = b'=' * (8 - keep)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    values = _b32rev.get(alphabet)
    if values is None:
        values = _b32rev[alphabet] = {c: i for i, c in enumerate(alphabet)}
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    total = len(s)
    s = s.rstrip(b'=')
    pad = total - len(s)
    out = bytearray()
    n = 0
    for i in range(0, len(s), 8):
        n = 0
        for c in s[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            n = n << 5 | v
        out += n.to_bytes(5)
    if pad not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if pad and out:
        # The last group was short: shift it into place and keep its bytes.
        last = (n << 5 * pad).to_bytes(5)
        out[-5:] = last[:(43 - 5 * pad) // 8]
    return bytes(out)


def b32encode(s):
    return _b32encode(_b32alphabet, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_b32alphabet, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_b32hexalphabet, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_b32hexalphabet, s, casefold)


b32encode.__doc__ = _B32_ENCODE_DOCSTRING.format(encoding='base32')
b32decode.__doc__ = _B32_DECODE_DOCSTRING.format(
    encoding='base32', extra_args=_B32_DECODE_MAP01_DOCSTRING)
b32hexencode.__doc__ = _B32_ENCODE_DOCSTRING.format(encoding='base32hex')
b32hexdecode.__doc__ = _B32_DECODE_DOCSTRING.format(encoding='base32hex',
                                                    extra_args='')


# -- Base16 ------------------------------------------------------------------

_B16_DIGITS = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """Encode the bytes-like object s in Base16 (upper-case hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 text s; lower-case digits only with casefold."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if not _B16_DIGITS.issuperset(s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


# -- Ascii85, Base85 and Z85 -------------------------------------------------

_a85chars = _a85chars2 = None     # built on first use
_A85START, _A85END = b'<~', b'~>'


def _85encode(b, chars, chars2, pad=False, foldnuls=False, foldspaces=False):
    # Each 4-byte big-endian word becomes 5 base-85 digits (two lookups of
    # digit pairs and one single); a short last word loses as many digits as
    # it had padding bytes, unless pad.
    if not isinstance(b, bytes_types):
        b = memoryview(b).tobytes()
    missing = -len(b) % 4
    if missing:
        b = b + bytes(missing)
    out = []
    for (word,) in struct.iter_unpack('!I', b):
        if foldnuls and word == 0:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            out.append(chars2[word // 614125] + chars2[word // 85 % 7225]
                       + chars[word % 85])
    if missing and not pad:
        if out[-1] == b'z':
            out[-1] = chars[0] * 5
        out[-1] = out[-1][:-missing]
    return b''.join(out)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode the bytes-like object b in Ascii85.

    foldspaces writes 'y' for four spaces (btoa's extension); wrapcol, if
    not 0, breaks the output into lines of at most that many characters;
    pad pads the input to a multiple of 4 bytes; adobe frames the text in
    <~ and ~>.
    """
    global _a85chars, _a85chars2
    if _a85chars2 is None:
        _a85chars = [bytes((c,)) for c in range(33, 118)]
        _a85chars2 = [x + y for x in _a85chars for y in _a85chars]
    text = _85encode(b, _a85chars, _a85chars2, pad, True, foldspaces)
    if adobe:
        text = _A85START + text
    if wrapcol:
        width = max(wrapcol, 2 if adobe else 1)
        lines = [text[i:i + width] for i in range(0, len(text), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        text = b'\n'.join(lines)
    if adobe:
        text += _A85END
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode Ascii85 text b (bytes-like or ASCII str).

    foldspaces accepts 'y' for four spaces; adobe requires the ~> ending
    (and strips a <~ start); the bytes of ignorechars are skipped.
    """
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with "
                             "{!r}".format(_A85END))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    word = struct.Struct('!I').pack
    out = []
    group = []
    for c in b + b'uuuu':
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                n = 0
                for d in group:
                    n = n * 85 + d - 33
                try:
                    out.append(word(n))
                except struct.error:
                    raise ValueError('Ascii85 overflow') from None
                group.clear()
        elif c == 122:      # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 121:       # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c not in ignorechars:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    data = b''.join(out)
    extra = 4 - len(group)
    return data[:-extra] if extra else data


_b85alphabet = (b'0123456789' + bytes(range(65, 91)) + bytes(range(97, 123))
                + b'!#$%&()*+-;<=>?@^_`{|}~')
_b85chars = _b85chars2 = _b85dec = None     # built on first use


def b85encode(b, pad=False):
    """Encode the bytes-like object b in Base85 (as git and Mercurial do);
    pad pads the input to a multiple of 4 bytes first."""
    global _b85chars, _b85chars2
    if _b85chars2 is None:
        _b85chars = [bytes((c,)) for c in _b85alphabet]
        _b85chars2 = [x + y for x in _b85chars for y in _b85chars]
    return _85encode(b, _b85chars, _b85chars2, pad)


def b85decode(b):
    """Decode Base85 text b (bytes-like or ASCII str)."""
    global _b85dec
    if _b85dec is None:
        _b85dec = [None] * 256
        for i, c in enumerate(_b85alphabet):
            _b85dec[c] = i
    b = _bytes_from_decode_data(b)
    extra = -len(b) % 5
    b = b + b'~' * extra
    word = struct.Struct('!I').pack
    out = []
    for start in range(0, len(b), 5):
        n = 0
        for pos in range(start, start + 5):
            d = _b85dec[b[pos]]
            if d is None:
                raise ValueError('bad base85 character at position %d' % pos)
            n = n * 85 + d
        try:
            out.append(word(n))
        except struct.error:
            raise ValueError('base85 overflow in hunk starting at byte %d'
                             % start) from None
    data = b''.join(out)
    return data[:-extra] if extra else data


_z85alphabet = (b'0123456789' + bytes(range(97, 123)) + bytes(range(65, 91))
                + b'.-:+=^!/*?&<>()[]{}@%$#')
# Characters of Base85 that Z85 lacks: decoding maps them to a byte Base85
# rejects.
_z85_b85_decode_diff = b';_`|~'
_z85_decode_translation = bytes.maketrans(
    _z85alphabet + _z85_b85_decode_diff,
    _b85alphabet + b'\x00' * len(_z85_b85_decode_diff))
_z85_encode_translation = bytes.maketrans(_b85alphabet, _z85alphabet)


def z85encode(s):
    """Encode the bytes-like object s in Z85 (ZeroMQ's Base85)."""
    return b85encode(s).translate(_z85_encode_translation)


def z85decode(s):
    """Decode Z85 text s (bytes-like or ASCII str)."""
    s = _bytes_from_decode_data(s).translate(_z85_decode_translation)
    try:
        return b85decode(s)
    except ValueError as e:
        raise ValueError(e.args[0].replace('base85', 'z85')) from None


# -- The MIME interface: lines of 76 characters ------------------------------

MAXLINESIZE = 76                    # characters, without the newline
MAXBINSIZE = 3 * (MAXLINESIZE // 4)   # the bytes one line holds


def encode(input, output):
    """Base64-encode the binary file input into the binary file output, in
    lines of MAXLINESIZE characters."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            return
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode the Base64 lines of the binary file input into output."""
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))


def _input_type_check(s):
    try:
        view = memoryview(s)
    except TypeError as err:
        raise TypeError('expected bytes-like object, not %s'
                        % s.__class__.__name__) from err
    if view.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s'
                        % (view.format, s.__class__.__name__))
    if view.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s'
                        % (view.ndim, s.__class__.__name__))


def encodebytes(s):
    """Base64-encode s into lines of at most MAXLINESIZE characters, each
    ending in a newline."""
    _input_type_check(s)
    return b''.join(binascii.b2a_base64(s[i:i + MAXBINSIZE])
                    for i in range(0, len(s), MAXBINSIZE))


def decodebytes(s):
    """Decode the Base64 lines of s."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def main():
    """Encode or decode a file (or standard input) to standard output."""
    import sys
    usage = (f'usage: {sys.argv[0]} [-h|-d|-e|-u] [file|-]\n'
             '        -h: print this help message and exit\n'
             '        -d, -u: decode\n'
             '        -e: encode (default)')
    action = encode
    args = sys.argv[1:]
    while args and args[0].startswith('-') and args[0] != '-':
        arg = args.pop(0)
        if arg == '--':
            break
        for flag in arg[1:]:
            if flag == 'e':
                action = encode
            elif flag in 'du':
                action = decode
            elif flag == 'h':
                print(usage)
                return
            else:
                sys.stdout = sys.stderr
                print(f'option -{flag} not recognized')
                print(usage)
                sys.exit(2)
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            action(f, sys.stdout.buffer)
    else:
        action(sys.stdin.buffer, sys.stdout.buffer)


if __name__ == '__main__':
    main()
