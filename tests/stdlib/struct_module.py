# struct: every format code in every byte order, sizes and alignment, round
# trips, Struct objects, pack_into/unpack_from/iter_unpack, and struct.error's
# messages.
import struct

print(struct.__all__, struct.error.__module__, struct.error.__mro__)
for order in ['', '@', '=', '<', '>', '!']:
    sizes = []
    for code in 'xcbB?hHiIlLqQnNefdspP':
        try:
            sizes.append((code, struct.calcsize(order + code)))
        except struct.error as e:
            sizes.append((code, str(e)))
    print(repr(order), sizes)

for fmt in ['ci', 'ic', 'bhilq', 'qlihb', '?d', 'xxi', 'i0q', 'i0l', '3s i', 'h 2x q', '5p', '0s', '10p',
            'ii ', ' i', '2 i', 'y', '3', '1000000000000000000000i', '@iQ', '=iQ', 'xi', 'ix', '?x',
            '<', '', 'e', '4e', '<2e', 'P', 'Pc', 'cP', 'nN', '<n', '=P', '!N', 'Z', '%']:
    try:
        print(repr(fmt), struct.calcsize(fmt), struct.calcsize(fmt.encode()))
    except struct.error as e:
        print(repr(fmt), 'error', e)

values = {
    'c': [b'a', b'\x00', b'\xff'], 'b': [-128, 0, 127], 'B': [0, 255], '?': [True, False],
    'h': [-32768, 32767], 'H': [0, 65535], 'i': [-2**31, 2**31 - 1], 'I': [0, 2**32 - 1],
    'l': [-2**63, 2**63 - 1], 'L': [0, 2**64 - 1], 'q': [-2**63, 2**63 - 1], 'Q': [0, 2**64 - 1],
    'n': [-2**63, 2**63 - 1], 'N': [0, 2**64 - 1], 'P': [0, 2**64 - 1],
    'e': [0.0, -0.0, 1.0, -2.5, 65504.0, 6e-8, 5.96e-08, 1e-5, 0.1, float('inf'), float('-inf'), 0.333, 65519.0],
    'f': [0.0, -0.0, 1.5, 0.1, 3.4e38, 1e-45, float('inf')], 'd': [0.0, -0.0, 0.1, 1e308, 5e-324, float('-inf')],
}
for order in ['@', '=', '<', '>']:
    for code, vals in values.items():
        if order != '@' and code in 'nNP':
            continue
        for v in vals:
            try:
                packed = struct.pack(order + code, v)
            except (struct.error, OverflowError) as e:
                print(order + code, v, type(e).__name__, e)
                continue
            print(order + code, v, packed.hex(), struct.unpack(order + code, packed))
# NaNs with the sign bit clear and set (no payload).
nans = struct.unpack('<2d', bytes.fromhex('000000000000f87f000000000000f8ff'))
for v in nans:
    for code in 'efd':
        for order in '<>':
            b = struct.pack(order + code, v)
            print(order + code, b.hex(), struct.unpack(order + code, b))
print(struct.pack('<?', []), struct.pack('<?', 'x'), struct.unpack('<3?', b'\x00\x01\x02'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcd'), struct.pack('s', b''), struct.pack('0s', b'x'))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcd'), struct.pack('p', b'abc'), struct.pack('300p', b'x' * 300)[:3])
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5s', b'ab\x00\x00\x00'), struct.unpack('0p', b''))
print(struct.pack('s', bytearray(b'z')), struct.pack('c', b'q'))
try:
    struct.pack('c', bytearray(b'q'))
except struct.error as e:
    print('error', e)


class Idx:
    def __index__(self):
        return 7


class Flt:
    def __float__(self):
        return 2.5


print(struct.pack('<h', Idx()), struct.pack('<d', Flt()), struct.pack('<d', 3), struct.pack('<d', Idx()))
print(struct.pack('<f', 1e300 if False else 1.0), struct.pack('@f', 1e300))

for f, v in [('b', 200), ('B', -1), ('h', 1 << 20), ('H', -1), ('i', 1 << 40), ('I', -1), ('l', 1 << 70),
             ('L', -1), ('q', 1 << 70), ('Q', -1), ('n', 1 << 70), ('N', -1), ('P', -1), ('<b', 200),
             ('<B', -1), ('<h', 1 << 20), ('<H', -1), ('<i', 1 << 40), ('<I', -1), ('<l', 1 << 40),
             ('<L', -1), ('<q', 1 << 70), ('<Q', -1), ('>Q', 1 << 64), ('b', 1.5), ('<e', 1e10),
             ('<e', 65520.0), ('<f', 1e300), ('d', 'x'), ('c', b'ab'), ('c', 'a'), ('s', 1), ('p', 'x'),
             ('P', 1.5), ('i', '3'), ('h', None), ('<q', -2**63 - 1), ('<q', -2**63), ('P', 2**64),
             ('P', -2**63 - 1), ('e', 'x'), ('?', 1)]:
    try:
        print(f, v, struct.pack(f, v))
    except (struct.error, OverflowError, TypeError) as e:
        print(f, v, type(e).__name__, e)

s = struct.Struct('<hi')
print(s, repr(s), s.format, s.size, struct.Struct(b'>q').format, repr(struct.Struct(b'>q')))
for a in [(b'x',), (b'123456',), (b'1234567',), (bytearray(b'123456'),), (memoryview(b'123456'),), ('123456',)]:
    try:
        print(s.unpack(*a))
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
for args in [(b'12345', 2), (b'12345', 9), (b'12345', -9), (b'1234567', -6), (b'1234567', 1), (b'123456',),
             (b'1234567', -7), (b'12345678', 2)]:
    try:
        print(s.unpack_from(*args), struct.unpack_from('<hi', *args))
    except struct.error as e:
        print('error', e)
print(s.unpack_from(buffer=b'12345678', offset=1))
for off in (0, 1, 2, 9, -3, -9, -6, -8):
    b = bytearray(8)
    try:
        s.pack_into(b, off, 1, 2)
        print(off, b.hex())
    except struct.error as e:
        print(off, 'error', e)
for args in [(bytearray(8),), (), (bytearray(8), 0, 1), (bytes(8), 0, 1, 2)]:
    try:
        s.pack_into(*args)
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
for args in [(1,), (1, 2, 3), (1, 'x')]:
    try:
        s.pack(*args)
    except struct.error as e:
        print('error', e)
for fmt, data in [('<h', b'123'), ('', b'123'), ('<h', b''), ('<h', b'1234')]:
    try:
        it = struct.iter_unpack(fmt, data)
        print(type(it).__name__, it.__length_hint__(), list(it), it.__length_hint__())
    except struct.error as e:
        print('error', e)
it = s.iter_unpack(b'123456abcdef')
print(next(it), it.__length_hint__(), list(it), list(it))
for bad in [lambda: struct.Struct(5), lambda: struct.pack(), lambda: struct.Struct(), lambda: struct.calcsize(1),
            lambda: struct.unpack('i'), lambda: struct.pack('i', 1, x=2), lambda: struct.Struct('i').pack(x=1),
            lambda: struct.unpack('i', 5), lambda: struct.Struct(bytearray(b'i'))]:
    try:
        print(bad())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(struct.pack('=bhilqBHILQ', -1, -2, -3, -4, -5, 1, 2, 3, 4, 5).hex())
print(struct.unpack('@bhilq', struct.pack('@bhilq', 1, 2, 3, 4, 5)), struct.calcsize('@bhilq'))
print(struct.pack('>3h2x?', 1, 2, 3, True), struct.unpack('>3h2x?', struct.pack('>3h2x?', 1, 2, 3, True)))
struct._clearcache()
for i in range(300):
    struct.calcsize('%di' % i)
print(struct.calcsize('299i'))


class Sub(struct.Struct):
    pass


print(Sub('<i').pack(5), Sub('<i').size, isinstance(Sub('b'), struct.Struct))
