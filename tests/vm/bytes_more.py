data = bytes(range(256))
print(len(data), data[:16], data[-4:], data.hex()[:32], data.count(b'\x00'), data.find(b'\xfe\xff'), data.isascii(), data[:128].isascii())
print(b'Hello'.center(11, b'-'), b'x'.ljust(3, b'\x00'), b'%b-%s' % (b'a', bytearray(b'b')), b'%x %o %e' % (255, 8, 1.5), b'%-5d|' % 3, b'%r' % b'q')
ba = bytearray()
for i in range(5):
    ba += bytes([i * 50])
ba.extend(range(3))
print(ba, ba.hex(' '), bytes(ba[::2]), ba.index(100), ba.rfind(b'\x00'), list(ba).count(0))
ba[1:3] = bytearray(b'ZZZ')
del ba[-2:]
ba.insert(0, 255)
print(ba, len(ba), ba.pop(0), ba.startswith(b'\x00Z'), ba.upper(), ba.strip(b'\x00'))
m = memoryview(ba)
print(m.tolist(), m[1:4].tobytes(), m.nbytes, bytes(m) == bytes(ba))
ba[0] = 9
print(m[0], m.tolist()[0])
m[1] = 65
print(ba)
print(b'a\tb\nc'.expandtabs(4), b'  x  '.lstrip(), b'a b c'.split(None, 1), b'abc'.rsplit(b'b'), b'ab\r\ncd'.splitlines(keepends=True))
print(bytes.fromhex('de ad be ef').hex('-'), int.from_bytes(b'\x00\x01', 'little'), (1024).to_bytes(2, 'little'), b'\x80abc'.decode('latin-1'), 'é'.encode('utf-16'), 'é'.encode('utf-32-be'))
print(b'hello' == bytearray(b'hello'), b'a' < b'b' < bytearray(b'c'), hash(b'abc') == hash(b'abc'), {b'k': 1}[bytes(b'k')], sorted([b'b', b'a', b'']), max(b'hello'))
print(b'abc'.title(), b'ABC def'.swapcase(), b'x1y2'.isalnum(), b'  '.isspace(), b'Ab Cd'.istitle(), b'123'.isdigit(), b'abc'.islower(), bytearray(b'Q').isupper())
print(b','.join(b'%d' % i for i in range(4)), b''.join([bytes([c]) for c in b'xyz']), bytearray(b'-').join([b'a', b'b']))
print(repr(bytes(5)), repr(bytearray(3)), bytes([7]) * 3, 2 * bytearray(b'ab'), b'ab' in bytearray(b'cabd'), 99 in b'abc', bytearray(b'x') + b'y')
