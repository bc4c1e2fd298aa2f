# pickle: the bytes of every protocol for the built-in types (equal to
# CPython's), round trips of classes, reduce protocols, recursion, memo,
# persistent ids, dispatch tables, out-of-band order, and errors.
import collections
import copyreg
import io
import pickle
import re
import sys


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return type(other) is Point and vars(self) == vars(other)

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a, self.b = 1, [2]


class WithState:
    def __init__(self):
        self.v = 1

    def __getstate__(self):
        return {'v': self.v * 10}

    def __setstate__(self, state):
        self.v = state['v'] + 1


class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reduced, (self.a,), {'b': self.b})


class NewArgs(int):
    def __new__(cls, v, extra):
        self = int.__new__(cls, v)
        self.stored = extra
        return self

    def __getnewargs_ex__(self):
        return (int(self),), {'extra': self.stored}


class Outer:
    class Inner:
        pass


values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31 - 1, 2**31, 2**64, -2**100, 1.5, -0.0, float('inf'),
          '', 'abc', 'ünï\u20ac\U0001f600', '\\\n\r\x00\x1a', b'', b'bytes', bytearray(b'ba'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4),
          [], [1, [2]], {}, {'a': 1, 2: 'b'}, set(), {1, 2}, frozenset(), frozenset({3}), 'x' * 300, b'y' * 300, list(range(1005)),
          {i: i for i in range(1003)}, set(range(1002)), int, len, collections.OrderedDict, Outer.Inner, type(None),
          1j, range(5), slice(1, 2, 3), collections.OrderedDict(a=1), collections.deque([1, 2])]
for proto in range(6):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        ok = back == v if not isinstance(v, float) or v == v else True
        print(proto, repr(v)[:30], data if len(data) < 80 else (len(data), data[:40]), ok)
shared = [1, 2]
obj = {'a': shared, 'b': shared, 't': (shared, shared)}
for proto in range(6):
    data = pickle.dumps(obj, proto)
    back = pickle.loads(data)
    print(proto, data, back['a'] is back['b'] is back['t'][0])
rec = []
rec.append(rec)
rd = {}
rd['self'] = rd
for proto in range(6):
    b1, b2 = pickle.loads(pickle.dumps(rec, proto)), pickle.loads(pickle.dumps(rd, proto))
    print(proto, pickle.dumps(rec, proto), b1[0] is b1, b2['self'] is b2)
for proto in range(4):
    print(proto, pickle.dumps(type(...), proto), pickle.dumps(type(NotImplemented), proto), pickle.loads(pickle.dumps(type(...), proto)))
for proto in range(6):
    for v in [Point(1, 'why'), WithState(), Reduced(5, 6), NewArgs(7, 'e'), Slotted()]:
        try:
            data = pickle.dumps(v, proto)
        except TypeError as e:
            print(proto, type(v).__name__, 'TypeError', e)
            continue
        back = pickle.loads(data)
        print(proto, type(v).__name__, data, {k: getattr(back, k) for k in ('x', 'y', 'v', 'a', 'b', 'stored') if hasattr(back, k)})
buf = io.BytesIO()
p = pickle.Pickler(buf, 2)
p.dump([1, 2])
p.dump('more')
buf.seek(0)
u = pickle.Unpickler(buf)
print(u.load(), u.load(), pickle.dumps(Point, 0))


class PersPickler(pickle.Pickler):
    def persistent_id(self, obj):
        return 'P%d' % obj if isinstance(obj, int) and obj > 100 else None


class PersUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return int(pid[1:]) * 2


for proto in (0, 2, 4):
    b = io.BytesIO()
    PersPickler(b, proto).dump([1, 500])
    print(proto, b.getvalue(), PersUnpickler(io.BytesIO(b.getvalue())).load())
b = io.BytesIO()
tp = pickle.Pickler(b, 4)
tp.dispatch_table = copyreg.dispatch_table.copy()
tp.dispatch_table[Point] = lambda p: (complex, (p.x, p.y))
tp.dump(Point(1, 2))
print(b.getvalue(), pickle.loads(b.getvalue()))


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj == 42 or obj == [7]:
            return (str, ('forty-two',))
        return NotImplemented


b = io.BytesIO()
Override(b, 4).dump([42, 43, [7]])
print(pickle.loads(b.getvalue()))
print(pickle.loads(b"(lp0\nI1\naI2\na."), pickle.loads(b"cbuiltins\nset\n((lp0\nI1\natR."), pickle.loads(b"S'py2 str'\np0\n."),
      pickle.loads(b"U\x03abcq\x00.", encoding='bytes'), pickle.loads(b"c__builtin__\nxrange\n(I1\nI3\ntR."), pickle.loads(b'\x80\x02c__builtin__\nunicode\nq\x00.'))


def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, re.sub(' at 0x[0-9a-f]+', '', str(e)))


check(pickle.dumps, 1, 6)
check(pickle.dumps, lambda: 0)
check(pickle.loads, b'')
check(pickle.loads, 'str')
check(pickle.loads, b'\x80\x09.')
check(pickle.loads, b'}q\x05h\x07.')
check(pickle.loads, b'cnosuchmodule\nx\n.')
check(pickle.loads, b'cbuiltins\nnosuch\n.')
check(pickle.loads, b"S'unquoted\n.")
check(pickle.loads, b'\x8b\xff\xff\xff\xff.')
check(pickle.loads, b'(.')
check(pickle.Pickler, 5)
check(pickle.dumps, 1, 4, buffer_callback=print)
check(pickle.loads, b'\x97.')
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.format_version, pickle.compatible_formats, pickle.encode_long(-256),
      pickle.decode_long(b'\x00\xff'), pickle.whichmodule(Point, 'Point'), issubclass(pickle.UnpicklingError, pickle.PickleError))
print(sorted(n for n in pickle.__all__ if n != 'PickleBuffer'))
