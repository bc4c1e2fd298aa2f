# marshal.dumps of code objects compiled from the same source, byte for byte as
# python3.13 writes them (the bytecode, constants, names, tables and the
# references among them), and code objects read back: equal to the original,
# runnable, and refused with allow_code=False.
import marshal

sources = {
    'expr': '1 + 2',
    'assign': 'x = 1\ny = x * 1000\nz = "hello"\n',
    'func': 'def f(a, b=2, *args, c, d=4, **kw):\n    x = a + b\n    return x, "hello", "a b", (1, 2), -0.0\n',
    'closure': 'def outer(n):\n    def inner(m):\n        return n + m\n    return inner\n',
    'class': 'class C:\n    y = 1000\n    def m(self):\n        return [1.5, 2**70, b"bytes", None, ...]\n',
    'comp': 'r = [i * i for i in range(10) if i % 2]\ns = {k: v for k, v in zip("ab", "cd")}\n',
    'try': 'try:\n    import os\nexcept ImportError as e:\n    raise\nfinally:\n    pass\n',
    'gen': 'def g():\n    yield 1\n    yield from range(3)\nasync def a():\n    await b()\n',
    'consts': 'x = ("a", "a", "b c", "b c", 1, 1.0, True, 2**64, 1j, b"", (), frozenset())\nif x in {1, 2, 3}: pass\n',
    'strings': 'a = "é"; b = "€uro"; c = "x" * 3; d = "name_like"; e = "two words"; f = "\\udc80"\n',
}
for name, src in sources.items():
    code = compile(src, name + '.py', 'exec')
    data = marshal.dumps(code)
    print(name, data.hex())
    back = marshal.loads(data)
    print(' equal', back == code, marshal.dumps(back) == data, back.co_filename, back.co_name)
    for v in range(5):
        d = marshal.dumps(code, v)
        print(' version', v, len(d), marshal.loads(d) == code)

ns = {}
exec(marshal.loads(marshal.dumps(compile(sources['func'], 'f.py', 'exec'))), ns)
print(ns['f'](1, c=3))
try:
    marshal.loads(marshal.dumps(compile('1', 'x', 'eval')), allow_code=False)
except ValueError as e:
    print('ValueError', e)
try:
    marshal.dumps([compile('1', 'x', 'eval')], allow_code=False)
except ValueError as e:
    print('ValueError', e)
c1 = compile('x', 'f1', 'exec')
c2 = compile('y', 'f2', 'exec')
pair = (c1, c2)
a, b = marshal.loads(marshal.dumps(pair))
print(a.co_filename, b.co_filename, marshal.dumps(pair).hex())
