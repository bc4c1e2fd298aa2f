# Errors found after parsing, by the symbol table and the compiler: message and
# location of the SyntaxError compile() raises.
SOURCES = [
    "f(a=23, a=234)\n",
    "f(a=1, b=2, **k, a=3)\n",
    "class A(x=1, x=2): pass\n",
    "o.m(a=1, a=2)\n",
    "f(__debug__=1, __debug__=2)\n",
    "def f[T: ((x:= 3), int)](): pass\n",
    "def f[T = ((x:=3))](): pass\n",
    "def f[T: (x:=3)](): pass\n",
    "type A[T: (int, (yield 3))] = int\n",
    "class A[T = (yield)]: pass\n",
    "class A[*Ts = (yield)]: pass\n",
    "class A[**P = [(yield), int]]: pass\n",
    "def f[T: (await x)](): pass\n",
    "def f[T: [y for y in (x := [1])]](): pass\n",
]

for src in SOURCES:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

# Source encodings by Python's codec aliases.
for src in [b'# coding=latin\n(aaaaaaaaaaaaaaaaa\naaaaaaaaaaa\xb5', b'# coding=latin\nx = "\xb5"\n',
            b'# coding: l1\nx = "\xb5"\n', b'# coding: 8859\nx = "\xb5"\n', b'# coding: cp819\nx = "\xb5"\n']:
    try:
        d = {}
        exec(compile(src, "<s>", "exec"), d)
        print("OK", ascii(d.get("x")))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
