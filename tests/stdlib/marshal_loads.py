# (Lengths far beyond the data are in tests/safety: CPython allocates them first.)
# marshal.loads and marshal.load on good and bad data: CPython's exception types
# and messages (truncated data, unknown type codes, sizes out of range, invalid
# references, NULL objects, bad digits, depth limit), trailing bytes, file
# positions after load, misbehaving readers, and argument errors.
import io
import marshal


def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
        print(label, '->', repr(r)[:70])
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


cases = [b'', b'0', b'N', b'\xce', b'NN', b'S', b'.', b'T', b'F', b'f', b'i\x01', b'i\x01\x00\x00\x00',
         b'I\x01\x02', b'I\x01\x00\x00\x00\x00\x00\x00\x00', b'l\x02\x00\x00\x00\x00\x00\x00\x00',
         b'l\x01\x00\x00\x00\x00\x80', b'l\x00\x00\x00\x80', b'l\x00\x00\x00\x00',
         b'l\xfe\xff\xff\xff\x01\x00\x01\x00', b'[\x00\x00\x00\x80', b'(\x05\x00\x00\x00N',
         b')\x05N', b')', b'{N', b'{NN', b'{N0', b'{0', b'r\x00\x00\x00\x00', b'r\xff\xff\xff\xff',
         b'\xdb\x01\x00\x00\x00r\x00\x00\x00\x00', b'\xbe\x01\x00\x00\x00r\x00\x00\x00\x00',
         b'<\x01\x00\x00\x00[\x00\x00\x00\x00', b'f\x03abc', b'f\x05', b'f\x031.5', b'f\x04-inf', b'f\x03nan',
         b'f\x04 1.5', b'f\x041_00', b'f\x051e500', b'x\x011', b'x\x011\x012', b'g\x00', b'y',
         b's\x00\x00\x00\x80', b's\x02\x00\x00\x00ab', b'u\x01\x00\x00\x00\xff',
         b'u\x03\x00\x00\x00\xed\xb2\x80', b't\x02\x00\x00\x00\xc3\xa9', b'a\x01\x00\x00\x00\xe9',
         b'A\x02\x00\x00\x00ok', b'z', b'z\x05ab', b'Z\x02hi', b'?', b'\x00', b'c', b'c\x00\x00\x00\x00',
         b'(\x01\x00\x00\x000', b'[\x01\x00\x00\x000', b'<\x01\x00\x00\x000', b'>\x01\x00\x00\x000',
         b'>\x00\x00\x00\x00', b'<\x00\x00\x00\x00', b'\xe9\x01\x00\x00\x00', b'\xce\xe9\x01\x00\x00\x00',
         b'[\x02\x00\x00\x00\xe9\x07\x00\x00\x00r\x00\x00\x00\x00',
         b'[\x01\x00\x00\x00' * 1999 + b'N', b'[\x01\x00\x00\x00' * 2000 + b'N', b')\x01' * 100000 + b'N',
         b'{N' * 3000 + b'N' + b'0' * 3000, b'>\x01\x00\x00\x00' * 2500 + b'N']
for i, b in enumerate(cases):
    show('loads %d %s' % (i, b[:16].hex()), marshal.loads, b)
    f = io.BytesIO(b + b'tail')
    try:
        r = marshal.load(f)
        print('   load ->', repr(r)[:70], 'at', f.tell())
    except Exception as e:
        print('   load !!', type(e).__name__, e, 'at', f.tell())

# load() reads only what the object needs, so objects and other data interleave.
f = io.BytesIO()
for v in (1, 'abc', b'def', 1.0, (2, 'a', ['b', b'c']), {'k': {1, 2}}, 2**100):
    marshal.dump(v, f)
    f.write(b'0123')
f.seek(0)
for i in range(7):
    print(marshal.load(f), f.read(4), f.tell())
show('at end', marshal.load, f)


class BadReader(io.BytesIO):
    def readinto(self, buf):
        n = super().readinto(buf)
        if n is not None and n > 4:
            n += 10**6
        return n


for v in (1.0, 1j, b'0123456789', '0123456789', 7):
    show('bad reader %r' % (v,), marshal.load, BadReader(marshal.dumps(v)))


class TextFile:
    def read(self, n):
        return ''


show('text file', marshal.load, TextFile())
show('no read', marshal.load, 42)
show('loads str', marshal.loads, 'N')
show('loads int', marshal.loads, 5)
show('loads bytearray', marshal.loads, bytearray(b'i\x05\x00\x00\x00'))
show('loads memoryview', marshal.loads, memoryview(b'xxi\x05\x00\x00\x00')[2:])
show('dumps no args', marshal.dumps)
show('dumps version str', marshal.dumps, 1, 'x')
show('dumps version big', marshal.dumps, 1, 2**40)
show('dumps version float', marshal.dumps, 1, 2.0)
show('dumps object', marshal.dumps, object())
show('dumps nested object', marshal.dumps, [1, (2, {3: object()})])
show('dumps int subclass', marshal.dumps, type('I', (int,), {})(5))
show('dumps str subclass', marshal.dumps, type('S', (str,), {})('x'))
bsub = type('B', (bytes,), {})(b'x')
show('dumps bytes subclass', marshal.dumps, bsub)
show('dumps strided view', marshal.dumps, memoryview(b'abcdef')[::2])
show('loads kw', marshal.loads, b'N', allow_code=False)
deep = []
cur = deep
for i in range(1998):
    cur.append([0])
    cur = cur[-1]
data = marshal.dumps(deep)
print('deep ok', len(data), len(marshal.loads(data)))
cur.append([0])
show('too deep', marshal.dumps, deep)
show('too deep then unmarshallable', marshal.dumps, [deep, object()])
show('too deep v2 self', marshal.dumps, [[]] and (lambda l: (l.append(l), l)[1])([]), 2)
print(marshal.version)
