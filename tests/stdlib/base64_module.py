# base64: every encoding round-tripped and its errors, the MIME line functions
# and the file interface.
import base64
import io

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', b'\x00\x00\x00\x00', b'    ',
           bytes(range(256)), b'\xff' * 7]
for s in samples:
    row = [base64.b64encode(s), base64.standard_b64encode(s), base64.urlsafe_b64encode(s),
           base64.b64encode(s, altchars=b'-_'), base64.b32encode(s), base64.b32hexencode(s),
           base64.b16encode(s), base64.b85encode(s), base64.b85encode(s, pad=True), base64.a85encode(s),
           base64.a85encode(s, foldspaces=True), base64.a85encode(s, pad=True, adobe=True),
           base64.z85encode(s) if len(s) % 4 == 0 else None]
    print([r[:60] if r else r for r in row])
    assert base64.b64decode(row[0]) == s and base64.urlsafe_b64decode(row[2]) == s
    assert base64.b32decode(row[4]) == s and base64.b32hexdecode(row[5]) == s
    assert base64.b16decode(row[6]) == s and base64.b85decode(row[7]) == s
    assert base64.a85decode(row[9]) == s and base64.a85decode(row[10], foldspaces=True) == s
    assert base64.a85decode(row[11], adobe=True)[:len(s)] == s
    if row[12] is not None:
        assert base64.z85decode(row[12]) == s
print(base64.a85encode(bytes(range(100)), wrapcol=20, adobe=True))
print(base64.a85encode(b'x' * 30, wrapcol=7), base64.a85encode(b'ab', wrapcol=1, adobe=True))
print(base64.b64decode('YWJj'), base64.b64decode(bytearray(b'YWJj')), base64.b64decode(memoryview(b'YWJj')))
print(base64.b64decode(b'YW!Jj'), base64.b64decode('-_-_', altchars='-_'), base64.urlsafe_b64decode('-_-_'))
print(base64.b32decode('mzxw6===', casefold=True), base64.b32decode('0O1I====', map01='I') if False else '')
print(base64.b32decode(b'ME======'), base64.b32decode(b'MFRA====', map01=b'L'), base64.b16decode('abcd', casefold=True))

errors = [
    (base64.b64decode, ('YWJ',)), (base64.b64decode, ('YW!Jj', None, True)), (base64.b64decode, ('\u00e9',)),
    (base64.b64decode, (5,)), (base64.b32decode, ('MZXW6==',)), (base64.b32decode, ('MZXW6YQ=',)),
    (base64.b32decode, ('mzxw6===',)), (base64.b32decode, ('M=======',)), (base64.b32decode, ('MZ1W6===',)),
    (base64.b32hexdecode, ('WWWWWWWW',)), (base64.b16decode, ('abcd',)), (base64.b16decode, ('ABC',)),
    (base64.b16decode, ('AG',)), (base64.b85decode, (b'|NsC0~',)), (base64.b85decode, (b'"abc',)),
    (base64.b85decode, (b'~~~~~',)), (base64.a85decode, (b'abz',)), (base64.a85decode, (b'ab\x7f',)),
    (base64.a85decode, (b'<~ab',), {'adobe': True}), (base64.a85decode, (b'ay',), {'foldspaces': True}),
    (base64.a85decode, (b'uuuuu',)), (base64.z85decode, (b'~abcd',)), (base64.z85decode, (b'#####',)),
    (base64.encodebytes, ('text',)), (base64.decodebytes, (5,)), (base64.b64encode, ('text',)),
]
for f, args, *kw in errors:
    try:
        print(f.__name__, args, f(*args, **(kw[0] if kw else {})))
    except Exception as e:
        print(f.__name__, args, type(e).__name__, e)

long = bytes(range(256)) * 2
enc = base64.encodebytes(long)
print(enc.count(b'\n'), max(map(len, enc.split(b'\n'))), base64.decodebytes(enc) == long)
print(base64.encodebytes(b''), base64.encodebytes(bytearray(b'abc')), base64.decodebytes(b'YWJj\nZGVm\n'))
out = io.BytesIO()
base64.encode(io.BytesIO(long), out)
print(out.getvalue() == enc)
back = io.BytesIO()
base64.decode(io.BytesIO(enc), back)
print(back.getvalue() == long)
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types, base64.__all__)
