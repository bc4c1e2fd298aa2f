"""Base16, Base32, Base64 (RFC 4648), Base85, Ascii85 and Z85 encodings.

Every encoder takes a bytes-like object and gives bytes back. Decoders take
the same, or a str holding only ASCII. Base64 itself is done by binascii;
the other alphabets are worked out in this module.
"""
import binascii, struct

try:
    import re   # present in CPython's module namespace; unused here
except ImportError:
    re = None

__all__ = [
    # the legacy file/MIME interface
    'encode', 'decode', 'encodebytes', 'decodebytes',
    # RFC 4648 families
    'b64encode', 'b64decode', 'b32encode', 'b32decode',
    'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
    # the base-85 variants
    'b85encode', 'b85decode', 'a85encode', 'a85decode',
    'z85encode', 'z85decode',
    # Base64 alphabet spellings
    'standard_b64encode', 'standard_b64decode',
    'urlsafe_b64encode', 'urlsafe_b64decode',
]

bytes_types = (bytes, bytearray)


def _as_input_bytes(data):
    """Turn what a decoder was given into bytes (ASCII str or a buffer)."""
    if isinstance(data, bytes_types):
        return data
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII '
                             'characters') from None
    try:
        return memoryview(data).tobytes()
    except TypeError:
        pass
    raise TypeError('argument should be a bytes-like object or ASCII '
                    'string, not %r' % data.__class__.__name__)


def _as_raw_bytes(data):
    # Encoders need real bytes for slicing; views are copied once.
    return data if isinstance(data, bytes_types) else memoryview(data).tobytes()


def _must_have_length(value, wanted):
    assert len(value) == wanted, repr(value)


# ---------------------------------------------------------------- Base64

def b64encode(s, altchars=None):
    """Base64 text of the bytes-like s.  A two-byte altchars, if given,
    takes the place of '+' and '/' (handy for URLs and file names)."""
    text = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        _must_have_length(altchars, 2)
        text = text.translate(bytes.maketrans(b'+/', altchars))
    return text


def b64decode(s, altchars=None, validate=False):
    """The bytes whose Base64 text is s (bytes-like or ASCII str).

    A two-character altchars names the characters used for '+' and '/'.
    By default stray characters outside the alphabet are dropped before
    the padding is looked at; validate=True makes them a binascii.Error
    instead (binascii.a2b_base64 in strict mode).
    """
    text = _as_input_bytes(s)
    if altchars is not None:
        alt = _as_input_bytes(altchars)
        _must_have_length(alt, 2)
        text = text.translate(bytes.maketrans(alt, b'+/'))
    return binascii.a2b_base64(text, strict_mode=validate)


def standard_b64encode(s):
    """Base64 text of s in the standard alphabet."""
    return b64encode(s, None)


def standard_b64decode(s):
    """Bytes of standard-alphabet Base64 s; foreign characters are dropped."""
    return b64decode(s, None)


_TO_URLSAFE = bytes.maketrans(b'+/', b'-_')
_FROM_URLSAFE = bytes.maketrans(b'-_', b'+/')


def urlsafe_b64encode(s):
    """Base64 text of s, spelling '+' and '/' as '-' and '_'."""
    return b64encode(s).translate(_TO_URLSAFE)


def urlsafe_b64decode(s):
    """Bytes of Base64 written with '-' and '_' (the usual pair also works)."""
    return b64decode(_as_input_bytes(s).translate(_FROM_URLSAFE))


# ---------------------------------------------------------------- Base32

_B32_STD = bytes(range(ord('A'), ord('Z') + 1)) + b'234567'
_B32_HEX = b'0123456789' + bytes(range(ord('A'), ord('V') + 1))
_b32_pair_tables = {}    # alphabet -> 1024 two-letter codes (10 bits each)
_b32_value_tables = {}   # alphabet -> {letter byte: 5-bit value}

# A final group of 1..4 bytes keeps this many significant letters of 8.
_B32_LETTERS_KEPT = (8, 2, 4, 5, 7)


def _base32_encode(alphabet, data):
    table = _b32_pair_tables.get(alphabet)
    if table is None:
        one = [bytes([ch]) for ch in alphabet]
        table = _b32_pair_tables[alphabet] = [x + y for x in one for y in one]
    data = _as_raw_bytes(data)
    tail = len(data) % 5
    if tail:
        data = data + b'\0' * (5 - tail)
    pieces = bytearray()
    for pos in range(0, len(data), 5):
        block = int.from_bytes(data[pos:pos + 5], 'big')
        for shift in (30, 20, 10, 0):
            pieces += table[(block >> shift) & 0x3ff]
    if tail:
        kept = _B32_LETTERS_KEPT[tail]
        del pieces[len(pieces) - 8 + kept:]
        pieces += b'=' * (8 - kept)
    return bytes(pieces)


def _base32_decode(alphabet, text, casefold=False, map01=None):
    lookup = _b32_value_tables.get(alphabet)
    if lookup is None:
        lookup = _b32_value_tables[alphabet] = dict(
            zip(alphabet, range(32)))
    text = _as_input_bytes(text)
    if len(text) % 8 != 0:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        letter = _as_input_bytes(map01)
        _must_have_length(letter, 1)
        text = text.translate(bytes.maketrans(b'01', b'O' + letter))
    if casefold:
        text = text.upper()
    body = text.rstrip(b'=')
    padding = len(text) - len(body)
    result = bytearray()
    block = 0
    for pos in range(0, len(body), 8):
        block = 0
        for ch in body[pos:pos + 8]:
            try:
                block = (block << 5) | lookup[ch]
            except KeyError:
                raise binascii.Error('Non-base32 digit found') from None
        result += block.to_bytes(5, 'big')
    if padding not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padding and result:
        # The final group was short: realign it and keep its real bytes.
        realigned = (block << (5 * padding)).to_bytes(5, 'big')
        result[-5:] = realigned[:(43 - 5 * padding) // 8]
    return bytes(result)


def b32encode(s):
    """
Encode the bytes-like object s using base32 and return a bytes object.
"""
    return _base32_encode(_B32_STD, s)


def b32decode(s, casefold=False, map01=None):
    """
Decode the base32 encoded bytes-like object or ASCII string s.

Optional casefold lets lower-case letters through (they are refused by
default, so that each text has a single reading).

RFC 3548 allows the digit 0 to stand for the letter O and the digit 1 for
I or L.  map01, when not None, names the letter that 1 means (0 then means
O); by default neither digit is accepted.

binascii.Error is raised for wrong padding or a character outside the
alphabet.
"""
    return _base32_decode(_B32_STD, s, casefold, map01)


def b32hexencode(s):
    """
Encode the bytes-like object s using base32hex and return a bytes object.
"""
    return _base32_encode(_B32_HEX, s)


def b32hexdecode(s, casefold=False):
    """
Decode the base32hex encoded bytes-like object or ASCII string s.

Optional casefold lets lower-case letters through (they are refused by
default).  binascii.Error is raised for wrong padding or a character
outside the alphabet.
"""
    return _base32_decode(_B32_HEX, s, casefold)


# ---------------------------------------------------------------- Base16

_HEX_UPPER = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """Base16 (upper-case hexadecimal) text of the bytes-like s."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Bytes of Base16 text s; lower-case digits need casefold=True."""
    text = _as_input_bytes(s)
    if casefold:
        text = text.upper()
    if _HEX_UPPER.issuperset(text):
        return binascii.unhexlify(text)
    raise binascii.Error('Non-base16 digit found')


# ------------------------------------------------- Ascii85, Base85, Z85

_A85_OPEN, _A85_CLOSE = b'<~', b'~>'
_digit_tables = {}   # name -> (single digits, digit pairs), made lazily


def _digits_for(name, alphabet):
    tables = _digit_tables.get(name)
    if tables is None:
        one = [bytes([ch]) for ch in alphabet]
        tables = _digit_tables[name] = (one, [x + y for x in one for y in one])
    return tables


def _base85_words(data, tables, pad=False, zero_as_z=False, spaces_as_y=False):
    # Big-endian 32-bit words turn into five digits (a pair, a pair, a
    # single).  When the input is not a whole number of words and pad is
    # off, the last group is cut by the number of filler bytes.
    one, two = tables
    data = _as_raw_bytes(data)
    filler = (4 - len(data) % 4) % 4
    if filler:
        data = data + b'\0' * filler
    groups = []
    for (word,) in struct.iter_unpack('>I', data):
        if word == 0 and zero_as_z:
            groups.append(b'z')
        elif word == 0x20202020 and spaces_as_y:
            groups.append(b'y')
        else:
            hi, rest = divmod(word, 614125)
            groups.append(two[hi] + two[rest // 85] + one[rest % 85])
    if filler and not pad:
        last = groups.pop()
        if last == b'z':
            last = one[0] * 5
        groups.append(last[:5 - filler])
    return b''.join(groups)


def _pack_word(value, overflow_message):
    if value > 0xffffffff:
        raise ValueError(overflow_message)
    return value.to_bytes(4, 'big')


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 text of the bytes-like b.

    foldspaces writes four spaces as 'y' (an extension from btoa); a
    non-zero wrapcol splits the text into lines no longer than that; pad
    fills the input up to a multiple of four bytes; adobe wraps the text in
    the <~ ... ~> markers Adobe uses.
    """
    text = _base85_words(b, _digits_for('a85', range(33, 118)), pad,
                         zero_as_z=True, spaces_as_y=foldspaces)
    if adobe:
        text = _A85_OPEN + text
    if wrapcol:
        width = max(wrapcol, 2 if adobe else 1)
        rows = [text[at:at + width] for at in range(0, len(text), width)]
        if adobe and len(rows[-1]) > width - 2:
            rows.append(b'')
        text = b'\n'.join(rows)
    return text + _A85_CLOSE if adobe else text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Bytes of the Ascii85 text b (bytes-like or ASCII str).

    foldspaces reads 'y' as four spaces; adobe insists on the closing ~>
    (and drops an opening <~); bytes listed in ignorechars are passed over.
    """
    text = _as_input_bytes(b)
    if adobe:
        if text[-2:] != _A85_CLOSE:
            raise ValueError('Ascii85 encoded byte sequences must end with '
                             + repr(_A85_CLOSE))
        text = text[2 if text[:2] == _A85_OPEN else 0:-2]
    chunks = []
    pending = []
    # Four 'u's (the largest digit) complete any partial last group.
    for ch in text + b'uuuu':
        if 33 <= ch <= 117:
            pending.append(ch - 33)
            if len(pending) < 5:
                continue
            value = 0
            for digit in pending:
                value = value * 85 + digit
            chunks.append(_pack_word(value, 'Ascii85 overflow'))
            pending = []
        elif ch == 0x7a:
            if pending:
                raise ValueError('z inside Ascii85 5-tuple')
            chunks.append(b'\0' * 4)
        elif ch == 0x79 and foldspaces:
            if pending:
                raise ValueError('y inside Ascii85 5-tuple')
            chunks.append(b' ' * 4)
        elif ch not in ignorechars:
            raise ValueError('Non-Ascii85 digit found: %c' % ch)
    decoded = b''.join(chunks)
    surplus = 4 - len(pending)
    return decoded[:len(decoded) - surplus]


_B85_ALPHABET = (b'0123456789' + bytes(range(ord('A'), ord('Z') + 1))
                 + bytes(range(ord('a'), ord('z') + 1))
                 + b'!#$%&()*+-;<=>?@^_`{|}~')
_b85_values = []     # filled on first decode: byte -> digit value or None


def b85encode(b, pad=False):
    """Base85 text (the git/Mercurial alphabet) of the bytes-like b; pad
    fills the input up to a multiple of four bytes first."""
    return _base85_words(b, _digits_for('b85', _B85_ALPHABET), pad)


def b85decode(b):
    """Bytes of the Base85 text b (bytes-like or ASCII str)."""
    if not _b85_values:
        _b85_values.extend([None] * 256)
        for value, ch in enumerate(_B85_ALPHABET):
            _b85_values[ch] = value
    text = _as_input_bytes(b)
    missing = (5 - len(text) % 5) % 5
    text = text + b'~' * missing
    chunks = []
    for start in range(0, len(text), 5):
        value = 0
        for at in range(start, start + 5):
            digit = _b85_values[text[at]]
            if digit is None:
                raise ValueError('bad base85 character at position %d' % at)
            value = value * 85 + digit
        if value > 0xffffffff:
            raise ValueError('base85 overflow in hunk starting at byte %d'
                             % start)
        chunks.append(value.to_bytes(4, 'big'))
    decoded = b''.join(chunks)
    return decoded[:len(decoded) - missing]


_Z85_ALPHABET = (b'0123456789' + bytes(range(ord('a'), ord('z') + 1))
                 + bytes(range(ord('A'), ord('Z') + 1))
                 + b'.-:+=^!/*?&<>()[]{}@%$#')
# Base85 digits Z85 has no use for; decoding sends them to NUL, which the
# Base85 decoder rejects.
_B85_ONLY = b';_`|~'
_Z85_TO_B85 = bytes.maketrans(_Z85_ALPHABET + _B85_ONLY,
                              _B85_ALPHABET + bytes(len(_B85_ONLY)))
_B85_TO_Z85 = bytes.maketrans(_B85_ALPHABET, _Z85_ALPHABET)


def z85encode(s):
    """Z85 text (ZeroMQ's Base85 alphabet) of the bytes-like s."""
    return b85encode(s).translate(_B85_TO_Z85)


def z85decode(s):
    """Bytes of the Z85 text s (bytes-like or ASCII str)."""
    text = _as_input_bytes(s).translate(_Z85_TO_B85)
    try:
        return b85decode(text)
    except ValueError as exc:
        message = exc.args[0].replace('base85', 'z85')
    raise ValueError(message) from None


# ------------------------------------ MIME style: lines of 76 characters

MAXLINESIZE = 76                        # characters, newline not counted
MAXBINSIZE = (MAXLINESIZE // 4) * 3     # input bytes that fill one line


def _read_full(stream, size):
    # read() may return less than asked before end of file; gather a line's
    # worth so that only the last line is short.
    got = stream.read(size)
    while got and len(got) < size:
        more = stream.read(size - len(got))
        if not more:
            break
        got += more
    return got


def encode(input, output):
    """Base64-encode binary file input into binary file output, one line
    per MAXLINESIZE characters."""
    for chunk in iter(lambda: _read_full(input, MAXBINSIZE), b''):
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode the Base64 lines of binary file input into output."""
    for line in iter(input.readline, b''):
        output.write(binascii.a2b_base64(line))


def _check_byte_buffer(obj):
    kind = obj.__class__.__name__
    try:
        view = memoryview(obj)
    except TypeError as exc:
        raise TypeError('expected bytes-like object, not %s' % kind) from exc
    if view.format not in ('c', 'b', 'B'):
        raise TypeError('expected single byte elements, not %r from %s'
                        % (view.format, kind))
    if view.ndim != 1:
        raise TypeError('expected 1-D data, not %d-D data from %s'
                        % (view.ndim, kind))


def encodebytes(s):
    """Base64 text of s in lines of at most MAXLINESIZE characters, each
    with a trailing newline."""
    _check_byte_buffer(s)
    lines = [binascii.b2a_base64(s[at:at + MAXBINSIZE])
             for at in range(0, len(s), MAXBINSIZE)]
    return b''.join(lines)


def decodebytes(s):
    """Bytes of the Base64 lines in s."""
    _check_byte_buffer(s)
    return binascii.a2b_base64(s)


def main():
    """Encode (default) or decode a file or standard input to standard
    output; see the usage text for the flags."""
    import sys
    usage = (f'usage: {sys.argv[0]} [-h|-d|-e|-u] [file|-]\n'
             '        -h: print this help message and exit\n'
             '        -d, -u: decode\n'
             '        -e: encode (default)')
    actions = {'e': encode, 'd': decode, 'u': decode}
    action = encode
    rest = sys.argv[1:]
    while rest and rest[0] != '-' and rest[0][:1] == '-':
        option = rest.pop(0)
        if option == '--':
            break
        for flag in option[1:]:
            if flag == 'h':
                print(usage)
                return
            if flag not in actions:
                sys.stdout = sys.stderr
                print(f'option -{flag} not recognized')
                print(usage)
                sys.exit(2)
            action = actions[flag]
    if not rest or rest[0] == '-':
        action(sys.stdin.buffer, sys.stdout.buffer)
        return
    with open(rest[0], 'rb') as source:
        action(source, sys.stdout.buffer)


if __name__ == '__main__':
    main()
