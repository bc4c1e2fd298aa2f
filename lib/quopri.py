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
    if c == b' ' or c == b'\t':
        return quotetabs
    if c == b'_':
        # in headers an underscore stands for a space, so a real one is escaped
        return header
    return c == ESCAPE or not (b' ' <= c <= b'~')


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
    if b2a_qp is not None:
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
    if b2a_qp is not None:
        return b2a_qp(s, quotetabs=quotetabs, header=header)
    from io import BytesIO
    out = BytesIO()
    encode(BytesIO(s), out, quotetabs, header)
    return out.getvalue()


def decode(input, output, header=False):
    """Decode the binary file input into the binary file output; header reads
    underscores as spaces."""
    if a2b_qp is not None:
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
    if a2b_qp is not None:
        return a2b_qp(s, header=header)
    from io import BytesIO
    out = BytesIO()
    decode(BytesIO(s), out, header=header)
    return out.getvalue()


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
    import sys
    import getopt
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'td')
    except getopt.error as msg:
        sys.stdout = sys.stderr
        print(msg)
        print("usage: quopri [-t | -d] [file] ...")
        print("-t: quote tabs")
        print("-d: decode; default encode")
        sys.exit(2)
    flags = {o for o, _ in opts}
    tabs, deco = '-t' in flags, '-d' in flags
    if tabs and deco:
        sys.stdout = sys.stderr
        print("-t and -d are mutually exclusive")
        sys.exit(2)
    status = 0
    for name in args or ['-']:
        if name == '-':
            fp = sys.stdin.buffer
        else:
            try:
                fp = open(name, "rb")
            except OSError as msg:
                sys.stderr.write("%s: can't open (%s)\n" % (name, msg))
                status = 1
                continue
        try:
            if deco:
                decode(fp, sys.stdout.buffer)
            else:
                encode(fp, sys.stdout.buffer, tabs)
        finally:
            if name != '-':
                fp.close()
    if status:
        sys.exit(status)


if __name__ == '__main__':
    main()
