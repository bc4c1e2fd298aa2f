# json.dumps with every option, through the native encoder (dumps) and the
# Python one (iterencode, as json.dump uses), and the errors they raise.
import json
import json.encoder
import io
import builtins


def print(*args):
    # Surrogates cannot be written to a UTF-8 stdout: those lines are shown in ascii().
    text = ' '.join(map(str, args))
    try:
        text.encode()
    except UnicodeEncodeError:
        text = ascii(text)
    builtins.print(text)


class MyInt(int):
    def __repr__(self):
        return 'MyInt!'


class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'


class MyStr(str):
    pass


class MyDict(dict):
    def items(self):
        return sorted(super().items(), reverse=True)


class MyList(list):
    def __iter__(self):
        return iter(['never'])


DATA = [
    None, True, False, 0, -1, 2**63, -2**64, 10**30, 1.5, -0.0, 1e300, 1e-300,
    1e16, 123456789.123456789, 0.1, float('inf'), float('-inf'), float('nan'),
    '', 'plain', 'quote " backslash \\ slash /', '\x00\x01\x1f\x7f\b\f\n\r\t',
    '\u00e9\u4e2d\U0001f600', '\ud800', '\udfff\ud800', 'a\ud83d\ude00b',
    [], {}, (), [1, [2, [3, []]]], (1, (2,)), {'a': {'b': {}}},
    {'b': 1, 'a': 2, 'c': [1, {'z': None, 'y': True}]},
    {1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'str': 's'},
    {-0.0: 1, float('inf'): 2, 10**20: 3, False: 4},
    MyInt(7), MyFloat(2.5), MyStr('sub'), MyDict(a=1, b=2), MyList([1, 2]),
    {MyStr('k'): MyInt(3), MyInt(5): MyFloat(1.25)},
    [{'\u00e9': '\u00e9'}, '\U0010ffff'],
]

OPTIONS = [
    {}, {'indent': 2}, {'indent': 0}, {'indent': '\t'}, {'indent': '--'},
    {'separators': (',', ':')}, {'separators': (' , ', ' : '), 'indent': 1},
    {'sort_keys': True}, {'ensure_ascii': False}, {'indent': 3, 'sort_keys': True},
    {'check_circular': False}, {'allow_nan': False},
]

for opts in OPTIONS:
    print('==', opts)
    for obj in DATA:
        try:
            native = json.dumps(obj, **opts)
        except (ValueError, TypeError) as e:
            native = f'{type(e).__name__}: {e}'
        buf = io.StringIO()
        try:
            json.dump(obj, buf, **opts)
            dumped = buf.getvalue()
        except (ValueError, TypeError) as e:
            dumped = f'{type(e).__name__}: {e}'
        print(native if native == dumped else (native, dumped))

print('== skipkeys and key errors')
for obj in [{(1, 2): 1, 'a': 2}, {b'x': 1}, {'a': 1, frozenset(): 2, 'b': 3}]:
    for skip in (False, True):
        for fn in (json.dumps, lambda o, **k: ''.join(json.JSONEncoder(**k).iterencode(o))):
            try:
                print(fn(obj, skipkeys=skip))
            except TypeError as e:
                print('TypeError:', e)

print('== sort_keys with mixed keys')
for obj in [{'b': 1, 1: 2}, {2: 'a', 1: 'b', 1.5: 'c'}]:
    try:
        print(json.dumps(obj, sort_keys=True))
    except TypeError as e:
        print('TypeError:', e)

print('== default')


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def to_json(o):
    if isinstance(o, Point):
        return {'x': o.x, 'y': o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    if isinstance(o, complex):
        return [o.real, o.imag]
    raise TypeError(f'no way to write {type(o).__name__}')


for obj in [Point(1, 2), [Point(3, {4}), frozenset({5, 6})], {'c': 1j}, object]:
    for indent in (None, 1):
        try:
            print(json.dumps(obj, default=to_json, indent=indent))
        except TypeError as e:
            print('TypeError:', e)
        try:
            print(''.join(json.JSONEncoder(default=to_json, indent=indent).iterencode(obj)))
        except TypeError as e:
            print('TypeError:', e)
for obj in [{1, 2}, b'bytes', object(), 1j, bytearray()]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print('TypeError:', e)


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


print(json.dumps({'s': {3, 1, 2}}, cls=Enc), Enc(indent=2).encode([{1}]))
print(json.dumps([1], cls=Enc, sort_keys=True, separators=(';', '=')))

print('== circular')
a = []
a.append(a)
d = {}
d['d'] = d
loop = [1]
x = Point(0, 0)
for obj in [a, d, [d], {'k': [a]}]:
    for fn in (json.dumps, lambda o: ''.join(json.JSONEncoder().iterencode(o))):
        try:
            fn(obj)
        except ValueError as e:
            print('ValueError:', e)


def self_default(o):
    return o


try:
    json.dumps(x, default=self_default)
except ValueError as e:
    print('ValueError:', e)
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print('RecursionError')
shared = [1, 2]
print(json.dumps([shared, shared, {'a': shared}]))

print('== big ints and floats')
print(json.dumps([10**4000 - 1, -(10**4299)]) [:20])
try:
    json.dumps(10**5000)
except ValueError as e:
    print('ValueError:', e)
for f in [5e-324, 1.7976931348623157e308, 2.0**53, 0.30000000000000004, 1e22, 1e21, 123e-20]:
    print(json.dumps(f), json.dumps({f: f}))
print(json.dumps(float('nan'), allow_nan=True), json.dumps({float('nan'): 1}))
for bad in [float('nan'), float('-inf'), [float('inf')], {float('nan'): 1}, MyFloat('inf')]:
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print('ValueError:', e)

print('== encode_basestring')
for fn in (json.encoder.encode_basestring, json.encoder.encode_basestring_ascii,
           json.encoder.py_encode_basestring, json.encoder.py_encode_basestring_ascii):
    print(fn('a"b\\c\x00\x1f\x7f\u00e9\U0001f600\ud800'))
for fn in (json.encoder.c_encode_basestring, json.encoder.c_encode_basestring_ascii):
    try:
        fn(1)
    except TypeError as e:
        print('TypeError:', e)
print(json.encoder.ESCAPE_DCT['\x1f'], json.encoder.INFINITY)

print('== c_make_encoder')
mk = json.encoder.c_make_encoder
enc = mk(None, str, json.encoder.encode_basestring, None, ':', ',', False, False, True)
print(enc([1, 'a', {'b': None}], 0), enc.markers, enc.indent, enc.key_separator,
      enc.item_separator, enc.sort_keys, enc.skipkeys)
enc = mk({}, repr, lambda s: '<' + s + '>', '  ', ' = ', '; ', True, True, True)
print(enc({'b': [1, 2], 'a': object}, 1))
enc = mk({}, repr, lambda s: '<' + s + '>', '  ', ' = ', '; ', False, True, True)
print(enc({'b': [1, 2], (1,): 3, 'a': object}, 1))
for args in [(1, str, str, None, ':', ',', 0, 0, 0), (None, str, str, [], ':', ',', 0, 0, 0),
             (None, str, str, None, 1, ',', 0, 0, 0), (None, str, str, None, ':', 2, 0, 0, 0)]:
    try:
        mk(*args)
    except TypeError as e:
        print('TypeError:', e)
for ind in (4, []):
    try:
        print(mk(None, str, str, ind, ':', ',', 0, 0, 0)(1, 0), mk(None, str, str, ind, ':', ',', 0, 0, 0)([], 0))
        mk(None, str, str, ind, ':', ',', 0, 0, 0)([1], 0)
    except TypeError as e:
        print('TypeError:', e)
bad = mk(None, str, lambda s: 5, None, ':', ',', False, False, True)
try:
    bad(['x'], 0)
except TypeError as e:
    print('TypeError:', e)
