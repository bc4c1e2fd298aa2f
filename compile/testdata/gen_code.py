"""Writes code.json: for each program below, marshal.dumps (hex) of the module code
object python3.13 compiles from it. codegen_test.go compiles the same source and
compares every code object field by field.

Run: PYENV_VERSION=3.13.0 python3.13 testdata/gen_code.py
"""
import json, marshal, os, sys

assert sys.version_info[:2] == (3, 13)
PROGRAMS = [
    "x = 1\n",
    "x = 1\ny = x\nprint(y)\n",
    '"""Module docstring."""\nimport_me = 2\n',
    "y = f(2) + a.b(c)\nx.y = z[1] = 3\n",
    "print(a < b, a or b, a if b else c, {1: 2})\n",
    "def g(a, b=1):\n    return a * b\n",
    "def f(a):\n    return a\ndef g():\n    \"\"\"doc\"\"\"\n    x = 1\n",
    "y = f(2) + 3\nif y:\n    z = -y\nelse:\n    z = not y\n",
    "a, b = c\nx += 1\ndel x\n",
    "x = [1, (2, 3), {4: 5}, {6}]\nx = -1\nx = not a\n",
    "x = a.b(1, k=2)\nprint(x[0])\n",
    "if a:\n    pass\nx = 2\n",
    "def f(x):\n    if x > 3:\n        return x\n    return -x\n",
    "def f(a, b):\n    c = a + b\n    d = c * a\n    return c, d\n",
    "x = a and b and c\ny = a or b\n",
    "if a and b:\n    x = 1\nelif c or d:\n    x = 2\nelse:\n    x = 3\n",
    "def f():\n    global g\n    g = 1\n    return h\n",
    "x = 1 + 2 * 3\ny = (1, 2) + (3,)\nz = -(5)\n",
    "x = a is None\ny = b in c\nz = d is not e\nw = f not in g\n",
    "print('hello', sep='', end='\\n')\n",
    "def f(a):\n    while a:\n        a -= 1\n        if a == 5:\n            break\n    for i in range(3):\n        if i:\n            continue\n        print(i)\n    else:\n        a = 2\n    return a\n",
    "for x in y:\n    print(x)\n",
    "while x:\n    x = f(x)\nelse:\n    done()\n",
    "def f(n):\n    t = 0\n    for i in range(n):\n        for j in range(i):\n            t += i * j\n    return t\n",
    "i = 0\nwhile i < 10:\n    i += 1\n    if i == 3:\n        continue\n    print(i)\n",
    "def f(xs):\n    for x in xs:\n        if x:\n            return x\n    return None\n",
    "import os\nimport os.path\nimport a.b.c as d\nimport x as y, z\n",
    "from __future__ import annotations\nfrom . import a\nfrom ..b import c as d, e\nfrom os.path import *\n",
    "def f(x):\n    assert x, 'msg'\n    assert x > 1\n    if x:\n        raise ValueError(x)\n    raise\n",
    "def f():\n    try_ = 1\n    raise E from C\n",
    "class C(B):\n    \"\"\"Doc.\"\"\"\n    x = 1\n    def m(self, a):\n        self.y = a\n        self.z, w = 1, 2\n        return self.y\nclass D:\n    pass\n",
    "@dec\n@dec2(1)\ndef f(a: int, /, b=1, *args: str, c, d=2, **kw) -> bool:\n    return a\ndef g(*, x=3):\n    pass\n@deco\nclass K:\n    pass\n",
    "\"\"\"d\"\"\"\nx: int = 1\ny: str\nclass C:\n    a: int = 2\ndef f(w):\n    z: int = 3\n    s = f\"{z!r:>{w}} {z}\"\n    s[1:2] = s[::2], s[z], s[:], f''\n    return s[1:2], s[::2], s[z]\n",
    "def outer(a, b):\n    c = 1\n    def inner(x):\n        nonlocal c\n        c += x\n        return a + c\n    def other():\n        return inner\n    return inner, other\n",
    "def f():\n    x = 1\n    class K:\n        y = x\n    return K\n",
    "del a.b, c[1], d[1:2]\nx.y += 1\nz[i] -= 2\nz[1:2] *= 3\nq = a < b < c\nif a < b <= c:\n    pass\nf = lambda x, y=1: x + y\ng = lambda: (yield_ := 1)\n",
    "f(*a)\nf(1, *a, 2)\nf(**k)\nf(x=1, **k, y=2)\no.m(*a, k=1)\nf(a, b=2, c=3, **d)\nprint(*args, sep='')\n",
    "def f():\n    try:\n        a()\n    except ValueError as e:\n        b(e)\n    except:\n        c()\n    else:\n        d()\n    return 1\ntry:\n    import curses\nexcept ImportError:\n    import _curses\nprint(1)\n",
    "class A:\n    class B:\n        def f(self):\n            def g():\n                return 1\n            return g\n",
    'import os\nos.\\\n  path(c)\na.\\\n  b(*c)\nf(*a, *b, 1, **k, x=1)\nclass A(B, metaclass=M, x=1): pass\nclass A(*B, metaclass=M, x=1): pass\nclass A(B, **k): pass\nx = [*a, 1, *b]\ny = {*a, 1}\nz = (1, 2, *a)\na, *b, c = x\n*a, = x\nd = {**a, 1: 2, **b}\nd = {1: 2, **b}\n',
    'async def f(a, *b):\n    async for x in a:\n        if x:\n            break\n        await g(x)\n    else:\n        pass\n    async with a as b, c:\n        return 1\n    async with d:\n        pass\n    return [x async for x in a]\n\nasync def gen():\n    yield 1\n    async for y in z:\n        continue\n\nclass C:\n    async def m(self):\n        async with self.lock:\n            return await super().m()\n',
    'from __future__ import annotations\nimport typing\nx: int = 1\ny: dict[str, list[int | None]]\nz: "quoted" = 2\nw: Callable[..., Awaitable[T]]\nv: tuple[int, ...] | None\nclass C:\n    a: ClassVar[int] = 3\n    b: lambda x, *y, z=1, **k: x + y * z ** -k\n    c: f"a{b!r:>{w}}c{ {1}}"\n    d: a if b else c\n    e: (not a) and (b or c) and not d\n    f: a[1:2, ::3]\n    g: a[b,]\n    h: 1 .real\n    i: -(1 ** 2) ** -3\n    j: [*a, {**b, \'x\': 1}, {1, 2}]\n    self.x: int\n    k: {*()} \n    def m(self, a: int, /, b: str = "x", *args: *Ts, c: list[int] = [], **kw: dict) -> Optional[C]:\n        q: int = 2\n        return q\nasync def af(x: Awaitable[int]) -> AsyncIterator[str]: pass\ndef g(a, b: 1e999, c: 1j) -> (x for x in y if z): pass\nobj.attr: int\nobj[1]: int\n(p): int = 3\n',
    'def f():\n    a = 1\n    (a, 1)\n    1 if a else 2\n',
    'def f(x):\n    match x:\n        case 1 | 2:\n            return "small"\n        case -1:\n            return "neg"\n        case 1+2j:\n            pass\n        case None:\n            return None\n        case [a, b, *rest]:\n            return a\n        case [first, *_, last]:\n            return first\n        case [_, _]:\n            pass\n        case (p, q) if p > q:\n            return p\n        case {"k": v, **kw}:\n            return kw\n        case {"a": 1, "b": w}:\n            return w\n        case {}:\n            pass\n        case Point(x=0, y=yy) | Point(yy, 0):\n            return yy\n        case Point(1, _, z=_):\n            pass\n        case str() as s:\n            return s\n        case ([m, n] | (n, m)):\n            return m\n        case Color.RED:\n            pass\n        case _:\n            return "other"\n\ndef g(cmd):\n    match cmd:\n        case _:\n            pass\n    match cmd.split():\n        case [action]:\n            pass\n        case [action, obj]:\n            pass\n        case x if x:\n            pass\n    match cmd:\n        case [*_]:\n            pass\n        case [*a]:\n            pass\n        case _ if cmd:\n            pass\n',
    'def f():\n    try:\n        g()\n    except* ValueError as e:\n        print(e)\n    except* (TypeError, KeyError):\n        pass\n    else:\n        h()\n    try:\n        g()\n    except* OSError:\n        x = 1\n    finally:\n        done()\n    for i in y:\n        try:\n            pass\n        except* E as e:\n            del e\n',
    'def f[T](x: T) -> T:\n    return x\ndef g[T: int, *Ts, **P](a=1, *, b=2) -> list[T]:\n    pass\ndef h[T: (int, str) = int](a=1): pass\nclass C[T](Base, metaclass=M):\n    x: T\n    def m[U](self, u: U) -> T: return u\n    type A[V] = dict[T, V]\ntype Alias = int | str\ntype G[K, V = K] = dict[K, V]\nclass D:\n    class E[T]: pass\n    def m[S](self): pass\n    type X = D\ndef outer():\n    def inner[T](): pass\n    class K[T]: pass\n',
    'def f(*args: *Ts, **k: int): pass\n',
    'def f():\n    return [list(filter(lambda x: x & s, range(3))) for s in y]\n',
    "_state_names = [''.join(m for i, m in e if i & s) for s in _states]\n",
    "_state_names = [''.join(m for i, m in e if i & s) for s in _states]\nfor s in _states:\n    pass\n",
    "with a as b, c:\n    pass\nx = {**a, 'k': 1, **b}\n[a, *b] = c\n",
]
out = []
for src in PROGRAMS:
    code = compile(src, "prog.py", "exec")
    out.append({"src": src, "marshal": marshal.dumps(code).hex()})
with open(os.path.join(os.path.dirname(__file__), "code.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
