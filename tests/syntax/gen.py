"""Generates cases.json: bad source snippets and the SyntaxError python3.13's parser
raises for each (ast.parse, so compiler-stage errors are not included).

Run: PYENV_VERSION=3.13.0 python3.13 gen.py
"""
import ast, json, sys, warnings

assert sys.version_info[:2] == (3, 13), sys.version

SNIPPETS = [
    # invalid syntax at a token
    "x = = 1\n", "1 +\n", "def f(:\n    pass\n", "a b\n", "x = (1 2)\n", "if x\n    pass\n",
    "for x in range(10)\n    pass\n", "while True\n    pass\n", "class A\n    pass\n", "def f()\n    pass\n",
    "with open(f) as g\n    pass\n", "try\n    pass\n", "else:\n    pass\n", "x = 1 +* 2\n", "import\n",
    "from x import\n", "from x import (a, b\n", "lambda x: = 1\n", "f(**)\n", "x.1\n", "return return\n",
    # brackets
    "x = (1, 2\n", "x = [1, 2\n", "x = {1: 2\n", "x = (1, 2]\n", "x = [1, 2)\n", "foo())\n", "x = }\n",
    "x = (\n1,\n2]\n", "(" * 201 + ")" * 201 + "\n", "[" * 201 + "]" * 201 + "\n",
    # strings
    "x = 'abc\n", 'x = "abc\n', "x = '''abc\n\n", 'x = """abc\n', "x = b'\u00e9'\n", "x = bu'a'\n", "x = ur'a'\n",
    "x = 'abc' b'def'\n", "x = '\\x1'\n", "x = '\\N{NOT A REAL NAME}'\n", "x = '\\N'\n", "x = b'\\u1234' 'a'\n",
    # indentation
    "if x:\npass\n", "  x = 1\n", "if x:\n    a\n  b\n", "def f():\n\tif x:\n        pass\n", "for x in y:\n\n",
    "class A:\n", "x = 1\n    y = 2\n", "try:\n    pass\nexcept:\npass\n", "if x:\n    pass\nelse:\nfoo\n",
    # assignment targets
    "1 = x\n", "f() = 1\n", "None = 1\n", "True = 1\n", "x + 1 = 2\n", "(a, 1) = x\n", "[a, b()] = x\n",
    "'abc' = 1\n", "a if b else c = 1\n", "del f()\n", "del 1\n", "x += 1, 2 += 3\n", "(x for x in y) = 1\n",
    "f() += 1\n", "[x for x in y] = 1\n", "{a: b} = 1\n", "lambda: 1 = 1\n", "a, b += 1\n", "x: int, y: int = 1, 2\n",
    "*a = 1\n", "del *a\n",
    # print and friends
    "print 'hello'\n", "print x\n", "exec 'x'\n",
    # numbers
    "x = 0777\n", "x = 1_000_\n", "x = 0x\n", "x = 0b102\n", "x = 0o8\n", "x = 1__0\n", "x = 1e\n", "x = 1.2.3\n",
    "x = 12abc\n", "x = 0xg\n", "x = 1 if 2else 3\n",
    # f-strings
    "f'{'\n", "f'}'\n", "f'{}'\n", "f'{x!z}'\n", "f'{x!}'\n", "f'{x=!}'\n", "f'{x:{y:{z:{w}}}}'\n", "f'{lambda x: 1}'\n",
    "f'{x'\n", "f'{x:\n}'\n",
    # misc
    "def f(x, x=1, y):\n    pass\n", "def f(*):\n    pass\n", "def f(**k, a):\n    pass\n", "def f(a, /, /):\n    pass\n",
    "def f(*a, *b):\n    pass\n", "f(x for x in y, 1)\n", "f(a=1, b)\n", "f(**a, b)\n", "f(a for a in b for)\n",
    "x = yield = 1\n", "a := 1\n", "(a.b := 1)\n", "def f[]():\n    pass\n", "class A[]:\n    pass\n",
    "match x:\n    case 1 + 1:\n        pass\n", "match x:\ncase 1:\n    pass\n", "try:\n    pass\n", "x = 1 if 2\n",
    "except A, B:\n    pass\n", "try:\n    pass\nexcept A, B:\n    pass\n", "x = $\n", "x = a ? b : c\n",
    "x = `a`\n", "\\ x\n", "x = \\\n", "x = 1\x00\n", b"x = '\xff'\n", b"# coding: bogus\nx = 1\n", "x = 1 €\n",
    "x\u00a0= 1\n", "def f():\n    return *a\n", "a, *b, *c = d\n", "import a.b as c.d\n", "from .a import *, b\n",
    "@\ndef f(): pass\n", "async x = 1\n", "nonlocal\n", "global x,\n", "assert\n", "raise from x\n",
    "with (a as b, c as d:\n    pass\n", "x = [1, 2,, 3]\n", "x = {1, 2,, 3}\n", "x = {**a: 1}\n", "x = {*a: 1}\n",
    "if x = 1:\n    pass\n", "while x = 1:\n    pass\n", "f(a, b=1, *c, d)\n", "a = 1; ; b = 2\n", "type X[T: int = ] = T\n",
    # star arguments and displays
    "f(**x, *y)\n", "f(a, **x, *y, z)\n", "f(**x, *y, a=1)\n", "f(**x, *y, **w)\n", "class A(**k, *b): pass\n",
    "f(**x, *y for y in z)\n", "f(**x,\n *y)\n", "f(**x, *)\n", "f(**x, *y=1)\n", "f(x, *)\n", "f(*y=1)\n",
    "f(*x=)\n", "[*]\n", "[*, 1]\n", "[1, *]\n", "(*, 1)\n", "A[*]\n", "A[*:]\n", "A[:*]\n", "x = 1, *",
    "return *",
    # CPython's invalid_* rules (second-pass messages)
    "import a from b\n", "import a.y.z, b.y.z, c.y.z from b.y.z as bar\n", "import a as x from b\n", "import a from\n",
    "3 + not 3\n", "+ not 3\n", "3 + - not 3\n", "3 + not 3 == 4 and 5\n", "x = 3 ** not 3\n", "x = 3 | not 3\n",
    "def f:\n", "async def f[T]:\n", "def f -> int:\n", "def f(x) x:\n    pass\n", "def f(x) -> int = 3:\n    pass\n",
    "def foo(a=1,/*,b,c):\n    pass\n", "def foo(a,d=,c):\n    pass\n", "def foo(a,d: int=):\n    pass\n",
    "lambda a=1,/*,b,c: None\n", "lambda a,d=,c: None\n", "lambda a,d=: None\n", "def f(*, a=): pass\n",
    "def f(x, (y, z), w):\n    pass\n", "def f((x: int, y,)):\n    pass\n", "def f(x=1, (y, z)):\n    pass\n",
    "def f(()):\n    pass\n", "lambda x, (y, z), w: None\n", "lambda (x,): None\n",
    "[x for x if range(1)]\n", "tuple(x for x if range(1))\n", "[x for a, b, (c + 1, d()) if y]\n", "[x for a b in y]\n",
    "[x async for x if y]\n", "[x for x]\n", "[x for 1 in y]\n", "[x,y for x,y in range(100)]\n", "{x,y for x,y in z}\n",
    "[x, for x in y]\n", "[x, y, z for x in y]\n", "(x, y for x in y)\n", "{1, 2 3}\n", "{1:2, 2:5 3:12}\n",
    "{1:2, 3:4, 5}\n", "{1:2, 3:4, 5:}\n", "{1: *12+1, 23: 1}\n", "{1: 23, 1: *12+1}\n", "{1:}\n", "{1:2, **a: 3}\n",
    "{*a: 3}\n", "{1: **a}\n",
    "f(x()=2)\n", "f((x)=2)\n", "f(a=)\n", "f(a, b, c=, d)\n", "f(**kwargs={'a': 1})\n", "f(a, *b, **c={'a': 1})\n",
    "f(a.b := 1)\n", "f(a, b := 1, c)\n", "f(x = y = 1)\n", "f(x, y=1 2)\n", "class A(x()=1): pass\n", "f(**k=)\n",
    "for x in range 10:\n    pass\n", "with (blech as something)\n    pass\n", "with (a, b as c)\n    pass\n",
    "with block ad something:\n    pass\n", "with a as b\n    pass\n", "try:\n    pass\nexcept\n    pass\n",
    "try:\n    pass\nexcept* A as a:\n    pass\nexcept*:\n    pass\n", "try:\n    pass\nexcept*\n    pass\n",
    "match x\n    case list():\n        pass\n", "if x y:\n    pass\n", "while x 1:\n    pass\n", "class A x:\n    pass\n",
    "class A(x) y:\n    pass\n", "for x in y z:\n    pass\n", "try x:\n    pass\n", "try:\n    pass\nfinally x:\n    pass\n",
    "if x:\n    pass\nelse x:\n    pass\n", "if x:\n    pass\nelif y z:\n    pass\n", "try:\n    pass\nexcept A B:\n    pass\n",
    "try:\n    pass\nexcept A as b c:\n    pass\n", "match x:\n    case 1\n        pass\n", "match x:\n    case 1 2:\n        pass\n",
    "with a as b c:\n    pass\n", "match x y:\n    case 1: pass\n", "match(x)\nmatch y\n", "while x\n    pass\n",
    "A[*(1:2)]\n", "del A[*(1:2)]\n", "f(*(1:2))\n", "f(a, *(1:2), b)\n", "f(*[1 for])\n", "A[*a if b else c]\n",
    "class C(x for x in L):\n    pass\n", "class C(x for x in L, a):\n    pass\n", "class C(a, x for x in L):\n    pass\n",
    "match x:\n    case {**_}:\n        pass\n", "match x:\n    case 42 as 1+2+4:\n        pass\n",
    "match x:\n    case 42 as a.b:\n        pass\n", "match x:\n    case 42 as (a):\n        pass\n",
    "if True:\n    print('Hello'\n\nif 2:\n   print(123))\n", "x = a if b: c\n", "x[a if b:c]\n", "f(a if b: c)\n",
    "try: pass\nexcept ValueError: pass\nexcept* TypeError: pass\n", "try: pass\nexcept* ValueError: pass\nexcept: pass\n",
    "x = = 1\ny = 'abc\n", "x = = 1\nf'{a b c\n", "x = (1 2\ny = 3\n", "x = (1 2)\nif x:\n        a\n    b\n",
    "x = = 1\ny = 1 $ 2\n", "x = = 1\ny = 1abc\n", "x = = 1\ny = )\n", "x = = 1\ny = (]\n", 'x = = 1\ny = """abc\n',
    "x = = 1\ny = f'{1}abc\n", "x = = 1\ny = 0b12\n", "x = = 1\ny = 1 \\ 2\n", "x = = 1\nif x:\n  a\n\tb\n",
    "a = ( 1, 2, 3\nb=3\n", "func(\n    a=['unclosed], # a quote: '\n    b=2,\n)\n", "with(0,,):\n\x01\n", "def f(:\n    x = (\n",
    "\\\npass\n        \\\n\npass\n", "\\\ndef fib(n):\n    \\\n'''Doc.'''\n    \\\na, b = 0, 1\n",
    "\\\nif x:\n    y = 1\n  \\\n  foo = 1\n", "if x:\n    y = 1\n    \\\nfoo = 1\n", "if x:\n  \\\n    y = 1\n", "x = 1\n    \\\n",
    '"blech\\"\n', 'r"blech\\"\n', "'a\\'b\n", "'''a\\'''\n",
    "match y:\n case e(e=v,v,", "match y:\n case e(e=v, a, b):\n  pass\n", "match y:\n case e(e=v, a, b, c=1):\n  pass\n",
    "match y:\n case e(e=v, a, 1+):\n  pass\n", "match y:\n case e(e=v, a,):\n  pass\n",
]

cases = []
for s in SNIPPETS:
    src = s if isinstance(s, bytes) else s.encode("utf-8", "surrogatepass")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            ast.parse(src, "snippet.py")
            err = None
        except SyntaxError as e:
            err = dict(type=type(e).__name__, msg=e.msg, lineno=e.lineno, offset=e.offset,
                       end_lineno=e.end_lineno, end_offset=e.end_offset)
        except (ValueError, MemoryError, RecursionError) as e:
            err = dict(type=type(e).__name__, msg=str(e))
    cases.append(dict(src=src.decode("latin-1"), error=err))

with open("cases.json", "w") as f:
    json.dump(cases, f, indent=1, ensure_ascii=True)
    f.write("\n")
print(len(cases), "cases;", sum(c["error"] is None for c in cases), "parse without error")
