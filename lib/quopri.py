"""Quoted-printable encoding and decoding (RFC 1521), with the RFC 1522 header
variant where a space is written as an underscore."""

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = b'='
MAXLINESIZE = 76
HEX = b'0123456789ABCDEF'
EMPTYSTRING = b''

try:
    from binascii import a2b_qp, b2a_qp
except ImportError:
    a2b_qp = b2a_qp = None


def needsquoting(c, quotetabs, header):
    """Whether the one-byte bytes c must be written as an escape."""
    assert isinstance(c, bytes)
    # Blanks only when asked; in headers an underscore stands for a space,
    # so a real one is escaped.
    by_choice = {b' ': quotetabs, b'\t': quotetabs, b'_': header}
    if c in by_choice:
        return by_choice[c]
    return c == ESCAPE or c < b' ' or c > b'~'


def quote(c):
    """The escape (=XX) of the one-byte bytes c."""
    assert isinstance(c, bytes) and len(c) == 1
    hi, lo = divmod(c[0], 16)
    return ESCAPE + HEX[hi:hi + 1] + HEX[lo:lo + 1]


def _encode_line(line, quotetabs, header):
    parts = []
    for byte in line:
        ch = bytes((byte,))
        if needsquoting(ch, quotetabs, header):
            parts.append(quote(ch))
        elif header and ch == b' ':
            parts.append(b'_')
        else:
            parts.append(ch)
    return b''.join(parts)


def encode(input, output, quotetabs, header=False):
    """Encode the binary file input into the binary file output. quotetabs asks
    for every space and tab to be escaped (those ending a line always are);
    header writes spaces as underscores."""
    if b2a_qp:
        output.write(b2a_qp(input.read(), quotetabs=quotetabs, header=header))
        return

    def emit(text, ending=b'\n'):
        # a line may not end in white space, and a lone '.' is escaped
        if text[-1:] in (b' ', b'\t'):
            text = text[:-1] + quote(text[-1:])
        elif text == b'.':
            text = quote(text)
        output.write(text + ending)

    pending = None
    ending = b''
    while True:
        line = input.readline()
        if not line:
            break
        ending = b''
        if line.endswith(b'\n'):
            line, ending = line[:-1], b'\n'
        coded = _encode_line(line, quotetabs, header)
        if pending is not None:
            emit(pending)
        # soft line breaks: MAXLINESIZE counts the '=' that ends each piece
        while len(coded) > MAXLINESIZE:
            emit(coded[:MAXLINESIZE - 1], b'=\n')
            coded = coded[MAXLINESIZE - 1:]
        pending = coded
    if pending is not None:
        emit(pending, ending)


def encodestring(s, quotetabs=False, header=False):
    """The quoted-printable form of the bytes s."""
    if not b2a_qp:
        return _through_files(encode, s, quotetabs, header)
    return b2a_qp(s, quotetabs=quotetabs, header=header)


def _through_files(function, data, *options):
    # encode() or decode() from bytes to bytes.
    from io import BytesIO
    result = BytesIO()
    function(BytesIO(data), result, *options)
    return result.getvalue()


def decode(input, output, header=False):
    """Decode the binary file input into the binary file output; header reads
    underscores as spaces."""
    if a2b_qp:
        output.write(a2b_qp(input.read(), header=header))
        return
    buf = bytearray()
    while True:
        line = input.readline()
        if not line:
            break
        end = len(line)
        soft = True
        if line.endswith(b'\n'):
            soft = False
            end -= 1
            while end > 0 and line[end - 1:end] in (b' ', b'\t', b'\r'):
                end -= 1
        i = 0
        while i < end:
            ch = line[i:i + 1]
            if ch == b'_' and header:
                buf += b' '
                i += 1
            elif ch != ESCAPE:
                buf += ch
                i += 1
            elif i + 1 == end and not soft:
                soft = True  # '=' at the end: the line continues
                break
            elif i + 1 < end and line[i + 1:i + 2] == ESCAPE:
                buf += ESCAPE
                i += 2
            elif i + 2 < end and ishex(line[i + 1:i + 2]) and ishex(line[i + 2:i + 3]):
                buf.append(unhex(line[i + 1:i + 3]))
                i += 3
            else:
                buf += ch  # a malformed escape stays as it is
                i += 1
        if not soft:
            output.write(bytes(buf) + b'\n')
            buf.clear()
    if buf:
        output.write(bytes(buf))


def decodestring(s, header=False):
    """The bytes whose quoted-printable form is s."""
    if not a2b_qp:
        return _through_files(decode, s, header)
    return a2b_qp(s, header=header)


def ishex(c):
    """Whether the one-byte bytes c is an ASCII hexadecimal digit."""
    assert isinstance(c, bytes)
    return c != b'' and c in b'0123456789abcdefABCDEF' and len(c) == 1


def unhex(s):
    """The value of the hexadecimal digits s (bytes)."""
    value = 0
    for byte in s:
        ch = chr(byte)
        if '0' <= ch <= '9':
            digit = byte - 48
        elif 'a' <= ch <= 'f':
            digit = byte - 87
        elif 'A' <= ch <= 'F':
            digit = byte - 55
        else:
            assert False, "non-hex digit " + repr(bytes((byte,)))
        value = value * 16 + digit
    return value


def main():
    # python -m quopri [-t | -d] [file] ...: encode (or decode) the files,
    # or standard input, to standard output.
    import sys
    from getopt import getopt, GetoptError
    usage = ("usage: quopri [-t | -d] [file] ...", "-t: quote tabs",
             "-d: decode; default encode")
    try:
        flags, names = getopt(sys.argv[1:], 'td')
    except GetoptError as problem:
        for line in (problem, *usage):
            print(line, file=sys.stderr)
        sys.exit(2)
    given = {flag for flag, _ in flags}
    quote_tabs, decoding = '-t' in given, '-d' in given
    if quote_tabs and decoding:
        print("-t and -d are mutually exclusive", file=sys.stderr)
        sys.exit(2)
    failed = False
    for name in names or ['-']:
        if name == '-':
            source = sys.stdin.buffer
        else:
            try:
                source = open(name, "rb")
            except OSError as err:
                sys.stderr.write(f"{name}: can't open ({err})\n")
                failed = True
                continue
        try:
            if decoding:
                decode(source, sys.stdout.buffer)
            else:
                encode(source, sys.stdout.buffer, quote_tabs)
        finally:
            if source is not sys.stdin.buffer:
                source.close()
    if failed:
        sys.exit(1)


if __name__ == '__main__':
    main()
