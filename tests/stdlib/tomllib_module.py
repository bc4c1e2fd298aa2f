# tomllib: a document with every kind of value and table, load() from a
# binary file, parse_float, and the error messages with their positions.
import fractions
import io
import tomllib

doc = '''
# A comment
title = "TOML \\u00e9 \\U0001F600 \\t\\"q\\""
literal = 'C:\\Users\\x'
multi = """
one \\
    two
three"""
multi_lit = \'\'\'
raw \\n \'\'\'\'
ints = [1_000, 0xff, 0xdead_beef, 0o755, 0b1101, +17, -0, 0]
floats = [3.14, -1e-3, 6.626e+34, 1_0.5, inf, -inf, nan]
bools = [true, false]
dates = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00.999999-07:00, 1979-05-27 07:32:00, 1979-05-27, 07:32:00.5, 00:00:00.1234567]
nested = [[1, 2], ["a", 'b'], [], [{x = 1}], ]
inline = { first = "Tom", last.name = "P", "quoted key" = 1 }
dotted.a.b = 1
dotted.a.c = 2
"" = "empty key"

[server]
host = "h"
  [server.alpha]
  ip = "10.0.0.1"

[[products]]
name = "Hammer"

[[products]]

[[products]]
name = "Nail"
[products.dims]
w = 1

[a.b.c]
[a]
d = 1
'''
data = tomllib.loads(doc)
for k, v in data.items():
    print(repr(k), repr(v))
print(tomllib.loads('x = 1.5\ny = [2.25, nan]', parse_float=fractions.Fraction if False else str))
print(tomllib.loads('x = 0.1', parse_float=lambda s: fractions.Fraction(s)))
print(tomllib.load(io.BytesIO(b'a = "b"\r\nc = 1\r\n')))
for bad in ['x = ', 'x = 1\nx = 2', '[t]\n[t]', 'a = {b = 1}\na.c = 2', 'x = "unterminated', "x = 'a\nb'", 'x = 1 y = 2',
            'x = [1, 2', 'x = {a = 1, a = 2}', 'x = 1979-02-30', 'x = "\\q"', 'x = "\\uD800"', 'x = "\\u12"', '= 1', 'a.b = 1\n[a.b]',
            '[[a]]\n[a]', 'a = [1]\n[[a]]', '[a]\nb = 1\n[a.b]', 'x = 1 # \x01', '[a', '[[a]', 'x = 0x', 'x = 01', 'x = tru',
            'x = {a = 1,}', '\x7f', 'a = """\x00"""', 'x = [1 2]', 'k = "v"\n\n  \n  bad']:
    try:
        tomllib.loads(bad)
        print(repr(bad), 'no error')
    except tomllib.TOMLDecodeError as e:
        print(repr(bad), type(e).__name__, e)
for bad in [lambda: tomllib.load(io.StringIO('a = 1')), lambda: tomllib.loads(b'a = 1'),
            lambda: tomllib.loads('x = 1.5', parse_float=lambda s: [])]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(tomllib.TOMLDecodeError.__module__, issubclass(tomllib.TOMLDecodeError, ValueError), tomllib.__all__)
