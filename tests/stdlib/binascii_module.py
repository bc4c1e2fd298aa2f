# binascii: hex (with separators), base64 (strict and not), uuencode, CRC-32 and
# CRC-CCITT, with binascii.Error's messages and the argument errors.
import binascii

print(binascii.Error.__mro__, binascii.Incomplete.__mro__)
data = bytes(range(256)) + b'hello world'
for d in [b'', b'\x00', b'ab', b'abc', b'\xff\xfe\xfd\xfc', data]:
    print(binascii.hexlify(d)[:40], binascii.b2a_hex(d)[-10:], binascii.unhexlify(binascii.hexlify(d)) == d)
for sep, per in [('-', 1), (b':', 2), (' ', -2), ('_', 3), ('|', -3), ('.', 0), (b'x', 100), ('/', -100)]:
    print(repr(sep), per, binascii.hexlify(b'\x01\x02\x03\x04\x05\x06\x07', sep, per), binascii.b2a_hex(b'\xab', sep, per))
print(binascii.hexlify(b'abc', sep='-'), binascii.hexlify(data=b'ab', bytes_per_sep=1, sep=':'))
for args in [(b'ab', 'xx'), (b'ab', ''), (b'ab', '\u00e9'), (b'ab', '\u4e2d'), (b'ab', bytearray(b'-')), (b'ab', 5), ('ab',), (5,), (b'ab', '-', 'x'), (b'ab', '-', 2**70)]:
    try:
        print(binascii.hexlify(*args))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
for h in ['', 'abcd', 'ABCD', b'0aFf', bytearray(b'00'), 'abc', 'zz', 'a\u00e9', '0g', b'12 3', 5, memoryview(b'ff')]:
    for f in (binascii.unhexlify, binascii.a2b_hex):
        try:
            print(f(h))
        except (binascii.Error, ValueError, TypeError) as e:
            print(type(e).__name__, e)

print('-- base64')
for d in [b'', b'a', b'ab', b'abc', b'abcd', data[:100]]:
    enc = binascii.b2a_base64(d)
    print(enc, binascii.b2a_base64(d, newline=False), binascii.a2b_base64(enc) == d)
cases = ['', 'YQ==', 'YWI=', 'YWJj', 'YQ', 'YWI', 'Y', 'YWJjZ', 'YQ==YQ==', 'Y Q = =', '====', '=YQ==', 'YQ=',
         'YQ===', 'YQ==\n', 'Y\nQ\n=\n=', '!YWJj', 'YW!Jj', 'YWJj!', 'YWJ=j', 'YW==Jj', 'YWJjZA==', 'YWJjZA=',
         'YWJjZGU=', 'YWJjZGU', 'YWJjZGVm', 'YWJjZGVmZ', '*' * 5, 'YWJj\x80', b'YWJj\xff', 'YQ==\x00', 'Y=Q==', 'YWJjZA=x=',
         'YWJ=', 'YR==', 'Zm9v' * 3 + '=']
for c in cases:
    for strict in (False, True):
        try:
            print(repr(c), strict, binascii.a2b_base64(c, strict_mode=strict))
        except (binascii.Error, ValueError) as e:
            print(repr(c), strict, type(e).__name__, e)
for bad in [5, 'é', None]:
    try:
        binascii.a2b_base64(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    binascii.b2a_base64('text')
except TypeError as e:
    print('TypeError', e)

print('-- uu')
for d in [b'', b'a', b'ab', b'abc', b'\x00\x00\x00', data[:45]]:
    for bt in (False, True):
        enc = binascii.b2a_uu(d, backtick=bt)
        print(enc, binascii.a2b_uu(enc) == d)
for c in [b'', b' ', b'!', b'#86)C', b'#86)C\n', b'#86)C   ', b'#86)Cxx', b'#86', b'#86)C``', b'#\x7f6)C', '#86)C',
          b'M' + b'a' * 70]:
    try:
        print(c, binascii.a2b_uu(c))
    except binascii.Error as e:
        print(c, 'Error', e)
try:
    binascii.b2a_uu(b'x' * 46)
except binascii.Error as e:
    print('Error', e)

print('-- crc')
for d in [b'', b'a', b'hello world', data]:
    print(binascii.crc32(d), binascii.crc32(d, 1), binascii.crc32(d, -1), binascii.crc32(d, 2**40 + 5),
          binascii.crc_hqx(d, 0), binascii.crc_hqx(d, 0xffff), binascii.crc_hqx(d, -1), binascii.crc_hqx(d, 2**20 + 3))
crc = 0
for chunk in (b'hel', b'lo ', b'world'):
    crc = binascii.crc32(chunk, crc)
print(crc == binascii.crc32(b'hello world'))
for args in [('x',), (b'x', 'y'), (b'x', 1.5), ()]:
    for f in (binascii.crc32, binascii.crc_hqx):
        try:
            print(f(*args))
        except TypeError as e:
            print('TypeError', e)

print('-- qp')
class R:
    def __init__(self, s): self.s = s
    def next(self):
        self.s = (self.s * 1103515245 + 12345) % 2**31
        return self.s
    def randrange(self, a, b): return a + self.next() % (b - a)
    def choice(self, seq): return seq[self.next() % len(seq)]
rng = R(7)
alpha = b'ab =_.\t\r\n\x00\x7f\xff=3D' + bytes(range(30, 40))
cases = [b'', b'.', b'.\n', b'a.\n.', b'hello world', b'tab\t', b'sp ', b'sp \nx', b'sp \r\nx', b'=', b'a_b c',
         b'x' * 80, b'x' * 75 + b'\n' + b'y' * 76, b'\xff' * 40, b'a=b\r\nc', b'line\r\n', b'\r\n\r\n', b'\r', b'a\rb']
for _ in range(300):
    cases.append(bytes(rng.choice(alpha) for _ in range(rng.randrange(0, 200))))
for c in cases:
    for qt in (0, 1):
        for it in (0, 1):
            for h in (0, 1):
                print(binascii.b2a_qp(c, qt, it, h))
    for h in (0, 1):
        print(binascii.a2b_qp(c, h), binascii.a2b_qp(c.decode('latin-1').encode('ascii', 'replace'), header=h))
for c in ['=41=3d', '=4', '=4g', '==', '=\r\nx', '=\nx', '=\r', '=', 'a_b', '=\rx\ny', '=  \nx']:
    print(binascii.a2b_qp(c), binascii.a2b_qp(c, header=True))
