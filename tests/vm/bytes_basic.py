# bytes: construction, repr, indexing, slicing, operators
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b'', b'abc', b"it's", b'say "hi"', b'both \' and "', b'\x00\x7f\x80\xff\t\n\r\\')
print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(range(65, 70)), bytes(b'xy'), bytes(bytearray(b'z')))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', 'latin-1'), bytes(True))
print(bytes('ab', encoding='utf-16-le'))
show(lambda: bytes('abc'))
show(lambda: bytes(1, 'utf-8'))
show(lambda: bytes(-1))
show(lambda: bytes(3.0))
show(lambda: bytes([256]))
show(lambda: bytes(['a']))
show(lambda: bytes([-1]))
show(lambda: bytes('é', 'ascii'))
class B:
    def __bytes__(self):
        return b'from dunder'
print(bytes(B()))
class Bad:
    def __bytes__(self):
        return 'nope'
show(lambda: bytes(Bad()))
x = b'hello world'
print(x[0], x[-1], x[1:4], x[::-1], x[::2], x[100:], x[-3:])
show(lambda: x[11])
show(lambda: x['a'])
print(len(x), x + b'!', b'ab' * 3, 3 * b'ab', b'ab' * 0, b'ab' * -1)
show(lambda: x + 'a')
show(lambda: x + 1)
show(lambda: 'a' + x)
print(b'wor' in x, 111 in x, 200 in x, b'' in x, bytearray(b'lo') in x)
show(lambda: 'a' in x)
show(lambda: 256 in x)
print(b'a' < b'b', b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'a' == b'a', b'a' != b'a')
print(b'a' == 'a', b'a' == bytearray(b'a'), bytearray(b'a') == b'a', b'a' <= bytearray(b'b'))
show(lambda: b'a' < 'a')
print(hash(b'abc') == hash(b'abc'), hash(b'') == hash(b''), {b'a': 1}[b'a'])
print(list(b'abc'), [c for c in b'\x01\x02'], tuple(reversed(b'xyz')))
it = iter(b'ab')
print(type(it).__name__, next(it), next(it), next(it, 'end'))
print(type(b'').__name__, isinstance(b'', bytes), issubclass(bytes, object))
print(b'abc'.__getitem__(1), b'%d' % 5)
class MyBytes(bytes):
    pass
m = MyBytes(b'abc')
print(m, type(m).__name__, type(m + b'x').__name__, type(m[1:]).__name__, m == b'abc')
print(bytes.fromhex('41 42  43'), bytes.fromhex(''), MyBytes.fromhex('4142'), type(MyBytes.fromhex('41')).__name__)
show(lambda: bytes.fromhex('4'))
show(lambda: bytes.fromhex('zz'))
show(lambda: bytes.fromhex('41 4'))
print(b'\xde\xad\xbe\xef'.hex(), b'\xde\xad\xbe\xef'.hex(':'), b'\xde\xad\xbe\xef'.hex('-', 2), b'\x01\x02\x03'.hex(' ', -2), b''.hex())
print(bytes(memoryview(b'mv')), bytes(x[1:3]))
