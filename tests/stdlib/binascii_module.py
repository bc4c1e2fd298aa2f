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
