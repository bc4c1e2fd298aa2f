# marshal.dumps of many values, in every version, byte for byte as python3.13
# writes them: singletons, ints around the 32-bit and digit boundaries, floats
# (binary and the text of versions 0-1), str of every kind (short and long ASCII,
# names and other text, Latin-1, non-BMP, surrogates), bytes and buffer objects,
# containers (nested, shared, self-referencing), and the round trip of each.
import array
import marshal
import sys

ints = [0, 1, -1, 5, -5, -6, 255, 256, 257, 1000, -1000, 2**15 - 1, 2**15, 2**30, 2**31 - 1, -2**31,
        2**31, -2**31 - 1, 2**32, 2**45, 2**60, 2**63 - 1, -2**63, 2**63, 2**64, -2**64, 10**30, -(10**40), 2**1000 + 7]
floats = [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e300, -1e-300, 5e-324, 1e16, 123456789.125, float('inf'),
          float('-inf'), 1e22, 1 / 3]
complexes = [0j, 1j, -1.5 + 2.5j, complex(float('inf'), -0.0), 1e300 - 1e-300j]
strs = ['', 'a', 'abc', 'hello_world', 'two words', 'a.b', '+', 'é', 'café', '€', 'ab\u20ac', '\U0001f600',
        'x' * 255, 'x' * 256, 'y' * 1000, 'mixed ' * 60, '\udc80', 'a\ud800b', 'Ā', '\x00\x01', '123', 'über_name']
bytess = [b'', b'a', b'abc', bytes(range(256)), b'\x00' * 300]
others = [None, True, False, ..., StopIteration, (), (1,), (1, 2, 3), tuple(range(200)), [], [1, [2, [3, []]]],
          {}, {'a': 1, 'b': [1, 2], 3: 'c'}, set(), {1, 2, 3}, frozenset(), frozenset({'x', 'y', 'z'}),
          frozenset({(1, 2), (3, 4)}), {'nested': {'deep': {'deeper': (1, [2, {3}])}}},
          [1.5, 1.5, 'abc', 'abc', 1000, 1000, 2**40, 2**40, b'xy', b'xy', (1, 2), (1, 2)]]

def show(label, v):
    for version in range(6):
        try:
            data = marshal.dumps(v, version)
        except ValueError as e:
            print(label, version, 'ValueError', e)
            continue
        back = marshal.loads(data)
        same = back == v if v == v else repr(back) == repr(v)
        print(label, version, data.hex(), same, type(back).__name__)

for i, v in enumerate(ints):
    show('int%d' % i, v)
for i, v in enumerate(floats):
    show('float%d' % i, v)
show('nan', float('nan'))
for i, v in enumerate(complexes):
    show('complex%d' % i, v)
for i, v in enumerate(strs):
    show('str%d' % i, v)
for i, v in enumerate(bytess):
    show('bytes%d' % i, v)
for i, v in enumerate(others):
    show('other%d' % i, v)

# Buffer objects are written as bytes.
for v in [bytearray(b'abc'), memoryview(b'hello'), array.array('i', [1, 2, 3]), array.array('b'),
          memoryview(b'abcdef')[::2] if False else memoryview(b'abcdef')[1:4]]:
    print(type(v).__name__, marshal.dumps(v).hex(), marshal.loads(marshal.dumps(v)))

# Shared and recursive objects.
# (Values are bound to names: CPython gives FLAG_REF to what something else
# refers to, and a value built in the call's argument has nothing else.)
x = [1, 2]
v = [x, x, (x,)]
print('shared list', marshal.dumps(v).hex())
t = ('shared', 'tuple')
v = [t, t, {t: t}]
print('shared tuple', marshal.dumps(v).hex())
d = {}
d['self'] = d
print('self dict', marshal.dumps(d).hex())
l = [1.5, 1.5]
l.append(l)
back = marshal.loads(marshal.dumps(l))
print('self list', marshal.dumps(l).hex(), back[2] is back, back[0] is back[1])
cyc = ([],)
cyc[0].append(cyc)
back = marshal.loads(marshal.dumps(cyc))
print('tuple cycle', marshal.dumps(cyc).hex(), back[0][0] is back)
s = sys.intern('an interned string')
pair = (s, s)
print('interned', marshal.dumps(s).hex(), marshal.dumps(pair).hex(), marshal.loads(marshal.dumps(s)) is s)
print('intern v2', marshal.dumps(s, 2).hex(), marshal.loads(marshal.dumps(s, 2)) is s)

# Sets are written in the order of their members' own marshalled bytes.
v = set(['b', 'a', 'c', 1, 2, 2.5, (1, 'a'), b'z'])
print(marshal.dumps(v).hex())
v = frozenset(['Spam', ('Spam', 1), ('Spam', 2), 0.5])
print(marshal.dumps(v).hex())
