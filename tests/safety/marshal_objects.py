# marshal with hostile data and ill-typed arguments: truncated and corrupted
# streams, every type code, lengths in headers far beyond the data (a list
# claiming 2**31-1 items must fail at once, allocating nothing), deep nesting,
# self-referencing containers, bad code objects and readers that misbehave.
# Any exception may come but SystemError from a Go panic (CPython's own
# SystemErrors for malformed code objects are allowed). Run by safety_test.go.
import io
import marshal
import time

ALLOWED_SYSTEM = ('bad argument to internal function', 'non-string found in code slot')
bad = count = 0


def call(label, f, *a, **k):
    global bad, count
    count += 1
    try:
        return f(*a, **k)
    except SystemError as e:
        if str(e) not in ALLOWED_SYSTEM:
            bad += 1
            print('SYSTEMERROR', label, repr(a)[:80], e)
    except RecursionError:
        bad += 1
        print('RECURSIONERROR', label, repr(a)[:80])
    except BaseException:
        pass


def code():
    return 42


samples = [None, True, 1, -2**40, 2**200, 1.5, 2j, 'abc', 'é€\U0001f600', '\udc80', b'xyz', (1, 'a'), [1, [2]],
           {'k': (1, 2)}, {1, 2}, frozenset({'a'}), ..., StopIteration, code.__code__, compile('x = [i for i in y]', 'f', 'exec')]
streams = []
for s in samples:
    for v in range(6):
        data = marshal.dumps(s, v)
        streams.append(data)
        # Every truncation, and every single-byte corruption of short streams.
        for i in range(len(data)):
            call('trunc', marshal.loads, data[:i])
        if len(data) < 200:
            for i in range(len(data)):
                for b in (0, 0x30, 0x72, 0x80, 0xff):
                    call('corrupt', marshal.loads, data[:i] + bytes([b]) + data[i + 1:])

# Every type code, with and without FLAG_REF, followed by junk.
for c in range(256):
    for tail in (b'', b'\x00', b'\xff\xff\xff\x7f', b'\x00\x00\x00\x80', b'\x05abc', b'\x01\x00\x00\x00N'):
        call('code', marshal.loads, bytes([c]) + tail)

# Lengths far beyond the data: must fail fast.
start = time.monotonic()
for code_byte in b'([<>{sautAl':
    for n in (2**31 - 1, 2**31 - 2, 2**30, 10**9, 2**31, 2**32 - 1):
        data = bytes([code_byte]) + n.to_bytes(4, 'little', signed=False) + b'N' * 10
        call('huge', marshal.loads, data)
        call('huge load', marshal.load, io.BytesIO(data))
call('huge small tuple', marshal.loads, b')\xff' + b'N' * 10)
call('huge float', marshal.loads, b'f\xff1.5')
print('huge headers fast:', time.monotonic() - start < 5)

# Deep nesting: ValueError, never a stack overflow.
for unit, end in ((b')\x01', b'N'), (b'(\x01\x00\x00\x00', b'N'), (b'[\x01\x00\x00\x00', b'N'),
                  (b'{N', b'N'), (b'>\x01\x00\x00\x00', b'N'), (b'<\x01\x00\x00\x00', b'N')):
    for depth in (1999, 2000, 2001, 100000):
        call('deep', marshal.loads, unit * depth + end)
deep = []
cur = deep
for i in range(5000):
    cur.append([])
    cur = cur[0]
call('deep dumps', marshal.dumps, deep)
call('deep dumps v2', marshal.dumps, deep, 2)

# Self-referencing containers, in every version (versions 0-2 have no references).
lst = []
lst.append(lst)
dct = {}
dct['me'] = dct
tup = ([],)
tup[0].append(tup)
for obj in (lst, dct, tup):
    for v in range(6):
        data = call('self dumps', marshal.dumps, obj, v)
        if data:
            call('self loads', marshal.loads, data)
# References to slots not yet filled (a frozenset or code object being read).
call('ref frozenset', marshal.loads, b'\xbe\x01\x00\x00\x00r\x00\x00\x00\x00')
call('ref code', marshal.loads, b'\xe3' + b'\x00' * 20 + b'r\x00\x00\x00\x00')
call('ref set in set', marshal.loads, b'\xbc\x01\x00\x00\x00r\x00\x00\x00\x00')
call('ref tuple in dict key', marshal.loads, b'\xa9\x01{r\x00\x00\x00\x00N0')

# Code objects with fields of the wrong type or inconsistent counts.
good = marshal.dumps(code.__code__)
for i in range(1, 21):
    for b in (0, 1, 0x7f, 0xff):
        call('code header', marshal.loads, good[:i] + bytes([b]) + good[i + 1:])
for field in (b'N', b'i\x01\x00\x00\x00', b')\x00', b'z\x00', b'[\x00\x00\x00\x00', b'0'):
    call('code field', marshal.loads, b'c' + b'\x00' * 20 + field * 16)
call('code disallowed', marshal.loads, good, allow_code=False)
call('code disallowed dumps', marshal.dumps, code.__code__, allow_code=False)


# Readers that misbehave.
class Liar(io.BytesIO):
    def readinto(self, buf):
        n = super().readinto(buf)
        return n + 10**6 if n else n


class NoneReader(io.BytesIO):
    def readinto(self, buf):
        return None


class StrReader:
    def read(self, n):
        return 'text'


class Raiser(io.BytesIO):
    def readinto(self, buf):
        raise OSError('no')


for cls in (Liar, NoneReader, Raiser):
    for data in streams[:40]:
        call(cls.__name__, marshal.load, cls(data))
call('str reader', marshal.load, StrReader())
call('no reader', marshal.load, 42)
call('no writer', marshal.dump, 1, 42)


# Ill-typed arguments.
class Sub(int):
    pass


for args in [(), (1, 'x'), (1, 2**70), (1, -2**70), (object(),), (Sub(3),), ([object()],), ({1: object()},),
             (memoryview(b'abcdef')[::2],), (1, 5, 6), ('x', None)]:
    call('dumps args', marshal.dumps, *args)
for args in [(), ('text',), (None,), (42,), (b'N', b'x'), (bytearray(b'N'),), (memoryview(b'iab'),)]:
    call('loads args', marshal.loads, *args)
call('kw', marshal.loads, b'N', allow_code=object())
call('kw', marshal.dumps, 1, allow_code=[])
print('calls', count, 'system errors', bad)
