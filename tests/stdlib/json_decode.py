# json.loads/load: the corpus of odd values, hooks, parse_* functions, bytes in
# every encoding detect_encoding knows, files, deep nesting and big ints.
import json
import os
import sys
from collections import OrderedDict

DOCS = [
    '0', '-0', '-0.0', '1.5', '-1.5e-3', '1E400', '-1e400', '1e-400', '2.5E+2',
    '123456789012345678', '1234567890123456789', '-9223372036854775809',
    '18446744073709551616', '0.1', '1.7976931348623157e308', '5e-324',
    '4.9406564584124654e-324', '9007199254740993', '9007199254740993.0',
    '"\\u0000\\u001f\\u007f\\u0080\\uffff"', '"\\ud83d\\ude00"', '"\\ud83d"',
    '"\\ude00\\ud83d"', '"\\ud800\\ud800\\udc00"', '"\\/\\b\\f\\n\\r\\t\\"\\\\"',
    '"\u00e9\U0001f600\u4e2d"', '"\ud800"', ' \t\n\r[ \t\n\r1 \t\n\r, 2 ] \t\n\r',
    '{"a": 1, "a": 2, "b": 3, "a": 4}', '{"": ""}', '[[[[[]]]]]', '[{}, {"x": []}]',
    'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]', 'true', 'false',
    'null', '{"k": [true, false, null, "s", 1, 1.0]}', '"\u2028\u2029"',
]

for doc in DOCS:
    v = json.loads(doc)
    again = json.loads(json.dumps(v))
    same = repr(again) == repr(v)
    print(repr(doc), '->', repr(v), type(v).__name__, same)

print('-- hooks')
doc = '{"b": 1, "a": {"c": [1.5, 2], "d": "x"}, "b": 3}'
print(json.loads(doc, object_hook=lambda d: sorted(d.items())))
print(json.loads(doc, object_pairs_hook=lambda p: p))
print(json.loads(doc, object_pairs_hook=OrderedDict))
print(json.loads(doc, object_hook=len, object_pairs_hook=tuple))
print(json.loads(doc, parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('[NaN, -Infinity, 1]', parse_constant=lambda s: '<' + s + '>'))
print(json.loads('[1.10, 2]', parse_float=str, parse_int=float))
try:
    json.loads('[1, 2]', parse_int=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    json.loads('NaN', parse_constant=lambda s: {}[s])
except KeyError as e:
    print('KeyError', e)


class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        kw['object_hook'] = lambda d: {k.upper(): v for k, v in d.items()}
        super().__init__(**kw)


print(json.loads('{"a": {"b": 1}}', cls=Dec), json.loads('[1]', cls=Dec, strict=False))
try:
    json.loads('[1]', bogus=1)
except TypeError as e:
    print('TypeError', e)
memo_keys = json.loads('[{"key": 1}, {"key": 2}]')
print(memo_keys[0].keys() == memo_keys[1].keys())

print('-- bytes')
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32',
            'utf-32-le', 'utf-32-be']:
    for doc in ['{"\u00e9": [1, "\U0001f600"]}', '7', '""', '[]']:
        b = doc.encode(enc)
        print(enc, json.detect_encoding(b), json.loads(b), json.loads(bytearray(b)))
print(ascii(json.loads(b'"\xed\xa0\x80"'.decode('utf-8', 'surrogatepass'))))
for bad in [1, None, [1], memoryview(b'1')]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)

print('-- big ints')
print(json.loads('1' * 4300) % 1000, json.loads('-' + '9' * 4300) % 1000)
for n in (4301, 5000):
    try:
        json.loads('1' * n)
    except ValueError as e:
        print('ValueError', e)
sys.set_int_max_str_digits(0)
print(json.loads('1' * 5000) % 7, len(json.dumps(10 ** 5000)))
sys.set_int_max_str_digits(4300)
print(json.loads('1.' + '1' * 5000), json.loads('1' + '0' * 400 + '.0'))

print('-- nesting')
for depth in (100, 5000):
    v = json.loads('[' * depth + ']' * depth)
    n = 0
    while v:
        v = v[0]
        n += 1
    print(depth, n)
    v = json.loads('{"a":' * depth + '1' + '}' * depth)
    print(len(json.dumps(v)))
for doc in ('[' * 100000, '{"a":' * 100000, '[' * 100000 + ']' * 100000):
    try:
        json.loads(doc)
    except RecursionError as e:
        print('RecursionError', e)
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
deep = {}
for _ in range(100000):
    deep = {'a': deep}
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)

print('-- files')
tmp = '/tmp/kaa_json_decode_%d' % os.getpid()
os.mkdir(tmp)
try:
    path = os.path.join(tmp, 'data.json')
    data = {'name': 'kaa', 'list': [1, 2.5, None, True], '\u00e9': '\U0001f600'}
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(data, f, indent=2, ensure_ascii=False, sort_keys=True)
    with open(path, encoding='utf-8') as f:
        print(f.read())
    with open(path, encoding='utf-8') as f:
        print(json.load(f) == data)
    with open(path, 'rb') as f:
        print(json.load(f) == data)
    with open(path, 'w') as f:
        json.dump([1, {'a': (2, 3)}], f, separators=(',', ':'))
    with open(path) as f:
        print(f.read(), json.load(open(path)))
finally:
    os.remove(path)
    os.rmdir(tmp)

print('-- module')
print(json.__all__, json.__version__, json.decoder.__all__, json.scanner.__all__)
print(json.JSONEncoder.item_separator, json.JSONEncoder.key_separator)
e = json.JSONEncoder(indent=1)
print(repr(e.item_separator), repr(e.key_separator), e.indent, e.skipkeys, e.sort_keys)
d = json.JSONDecoder()
print(d.strict, d.object_hook, d.parse_float, d.parse_int, d.parse_constant('NaN'))
s = d.scan_once
print(type(s).__name__, s.strict, s.object_hook, s.object_pairs_hook, s.parse_float, s.parse_int)
print(json.decoder.NaN, json.decoder.PosInf, json.decoder.NegInf,
      sorted(json.decoder.BACKSLASH.items()), repr(json.decoder.WHITESPACE_STR))
print(json.decoder.scanstring is json.decoder.c_scanstring,
      json.scanner.make_scanner is json.scanner.c_make_scanner)
