# Malformed JSON documents: JSONDecodeError's message, pos, lineno and colno,
# from the native scanner and from the Python one (json.decoder.py_scanstring,
# json.scanner.py_make_scanner).
import json
import json.decoder
import json.scanner

BAD = [
    '', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '{"a" 1}', '{"a": }',
    '{"a": 1,}', '{"a": 1 "b": 2}', '{1: 2}', "{'a': 1}", '{"a":1,"b"}',
    '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12g4"', '"\\ud800\\u12g4"',
    '"a\nb"', '"\x00"', '\t\n[1,\n  2,\n  x]', 'nul', 'tru', 'fals', 'NaNa',
    '-', '-x', '01', '1.', '1e', '.5', '1.5e+', '[1] 2', '{"a":[}', '[,1]',
    '{"a" : 1, }', '[1, ]', '  \n  {"x": 1} \n y', '\ufeff[1]', '[\n\n',
    '{"a":1', '["a", "b"', '{"\\ud83d\\ude00": "\\u00e9", "k": x}',
    '"\u00e9\u00e9\\q"', '[1,,2]', '{,}', '{"a"::1}', 'Infinit', '-Infinit',
    '[true false]', '[null,', '"\\', '"\\u', '"\\u123', '"\\u1234',
    '\u00e9', '[\u00e9]', '{"\u00e9": \u00e9}',
]


def show(fn, doc):
    try:
        r = fn(doc)
    except json.JSONDecodeError as e:
        print(repr(doc), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
    except Exception as e:
        print(repr(doc), '->', type(e).__name__, e)
    else:
        print(repr(doc), '=', repr(r))


for doc in BAD:
    show(json.loads, doc)

print('-- strict=False')
for doc in ['"a\nb"', '"\x00\x1f"', '{"a\tb": "c\rd"}']:
    show(lambda d: json.loads(d, strict=False), doc)

print('-- python scanner')
dec = json.JSONDecoder()
dec.parse_string = json.decoder.py_scanstring
dec.scan_once = json.scanner.py_make_scanner(dec)
for doc in BAD:
    show(dec.decode, doc)

print('-- scanstring')
for fn in (json.decoder.c_scanstring, json.decoder.py_scanstring):
    for args in [('"abc"', 1), ('x"abc" ', 2), ('"a\\nb\\u00e9"', 1),
                 ('"abc', 1), ('"\u00e9\u00e9"  ', 1), ('"\\ud83d\\ude00"', 1),
                 ('"\\ud83dx"', 1), ('"\\ud83d\\u0041"', 1), ('"\\udc00"', 1),
                 ('"a\tb"', 1, False), ('"a\tb"', 1, True)]:
        try:
            print(repr(fn(*args)))
        except json.JSONDecodeError as e:
            print('error', e)
try:
    json.decoder.c_scanstring('"abc"', 10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.decoder.c_scanstring(5, 1)
except TypeError as e:
    print(type(e).__name__, e)

print('-- raw_decode')
print(dec.raw_decode('[1, 2] tail'))
print(json.JSONDecoder().raw_decode('xx{"a": 1}yy', 2))
print(json.JSONDecoder().raw_decode('\u00e9\u00e9["\u00e9"] x', 2))
try:
    json.JSONDecoder().raw_decode(' [1]')
except json.JSONDecodeError as e:
    print(e)
s = json.scanner.make_scanner(json.JSONDecoder())
for args in [('[1]', 0), ('[1]', 3), ('[1]', 5), ('x', 0)]:
    try:
        print(s(*args))
    except StopIteration as e:
        print('StopIteration', e.value)
try:
    s('[1]', -1)
except ValueError as e:
    print('ValueError', e)

print('-- pickle-ish')
e = json.JSONDecodeError('m', 'a\nbc', 3)
print(e.__reduce__(), e.args, isinstance(e, ValueError))
