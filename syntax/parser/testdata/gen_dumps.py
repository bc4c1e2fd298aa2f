"""Writes dumps.json: for each snippet, python3.13's
ast.dump(ast.parse(src, type_comments=True), include_attributes=True, indent=1),
so the parser is checked construct by construct even where python3.13 is absent.

Run: PYENV_VERSION=3.13.0 python3.13 testdata/gen_dumps.py
"""
import ast, json, os, sys, warnings

assert sys.version_info[:2] == (3, 13)
SNIPPETS = [
    "x = 1\n", "a, *b = c\n", "x: int = 5\n", "(x): int\n", "a.b: str\n", "x += 1\n", "a = b = c\n", "del a, b[1], c.d\n",
    "pass; break; continue\n", "return\n", "return 1, 2\n", "raise\n", "raise E from c\n", "global a, b\n", "nonlocal x\n",
    "assert x, 'msg'\n", "import a.b.c as d, e\n", "from ... import x\n", "from .a import (b as c, d,)\n", "from a import *\n",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n", "while x:\n    break\nelse:\n    pass\n",
    "for i, j in x:\n    continue\nelse:\n    pass\n", "async def f():\n    async for x in y:\n        await z\n    async with a as b:\n        pass\n",
    "with a as (b, c), d:\n    pass\n", "with (a as b, c as d,):\n    pass\n", "with (a, b):\n    pass\n",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* (A, B) as e:\n    pass\n", "@a.b(c)\n@d\nclass C(B, metaclass=M, **kw):\n    '''doc'''\n    x = 1\n",
    "def f(a, b=1, /, c=2, *d, e, f=3, **g) -> int:\n    return a\n", "def f(*, a):\n    pass\n", "lambda: 0\n",
    "lambda a, /, b=1, *c, d, **e: a\n", "def f[T, *Ts, **P](x: T) -> T: ...\n", "class A[T: int = str, *Ts = *tuple[int], **P = [int]]: pass\n",
    "type X = int\n", "type L[T] = list[T]\n", "type = 1\nmatch = 2\ncase = 3\n_ = 4\n", "match(x)\n", "print(match, case, type)\n",
    "x if y else z\n", "a or b or c and d and not e\n", "a < b <= c is not d not in e in f is g == h != i > j >= k\n",
    "-a + +b - ~c * d / e // f % g @ h ** -i\n", "a | b ^ c & d << e >> f\n", "await x\n", "(yield)\n", "(yield from x)\n",
    "x = yield a, b\n", "f(a, *b, c=d, **e)\n", "f(x for x in y)\n", "f(a)(b)[c].d\n", "x[a:b:c, ::, d:]\n", "x[()]\n", "x[a, *b]\n",
    "[1, *a, 2]\n", "(1,)\n", "()\n", "{}\n", "{1, 2}\n", "{a: b, **c}\n", "[x for x in y if z if w for a in b]\n",
    "{x for x in y}\n", "{k: v for k, v in d.items()}\n", "(x async for x in y)\n", "(x := 1)\n", "f(y := 2)\n", "x[y := 1]\n",
    "...\n", "None, True, False\n", "1, 1.5, 1j, 0x1f, 0o17, 0b101, 1_000, 1e10, 1.5e-3j, 123456789012345678901234567890\n",
    "'a' 'b'\n", "u'x'\n", "b'a' b'b'\n", "r'\\d', rb'\\d'\n", "'''multi\nline'''\n", "'\\x41\\u00e9\\N{BULLET}\\U0001F600\\t'\n",
    "f'a{b}c{d!r}e{f:>{g}}h'\n", "f'{x=}' f'{y = !s:^10}'\n", "f'{a}' 'b' f'{c}'\n", "f'{\"nested\" + f\"{x}\"}'\n",
    "f'''{\n  x\n}'''\n", "f'{x:{{}}}'\n", "rf'\\d{x}'\n", "f''\n", "f'{{}}'\n",
    "match x:\n    case 1 | -2 | 3.0 | 1+2j | 'a' 'b' | b'c':\n        pass\n    case None | True | False:\n        pass\n",
    "match x:\n    case [a, *rest] | (a, *_):\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(1, y=2) as p if p:\n        pass\n    case a.b.c:\n        pass\n    case _:\n        pass\n",
    "match a, *b:\n    case (x,):\n        pass\n    case []:\n        pass\n    case ():\n        pass\n",
    "x = 1  # type: int\n", "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\n", "import x  # type: ignore[attr]\n",
    "for x in y:  # type: int\n    pass\n", "with a as b:  # type: T\n    pass\n", "x = 1; y = 2;\n",
    "if x:\n    pass\n\n\n# comment\n", "\\\nx = 1\n", "x = (1 +\n     2)\n", "\ufeffx = 'é'\n", "é = ñ\n", "ﬁ = 1\n",
    "def f():\n\tif x:\n\t\treturn 1\n", "class C:\n    def m(self):\n        return super().m()\n",
]
out = []
warnings.simplefilter("ignore")
for s in SNIPPETS:
    tree = ast.parse(s.encode(), "<snippet>", type_comments=True)
    out.append({"src": s, "dump": ast.dump(tree, include_attributes=True, indent=1)})
with open(os.path.join(os.path.dirname(__file__), "dumps.json"), "w") as f:
    json.dump(out, f, indent=1, ensure_ascii=True)
    f.write("\n")
print(len(out), "snippets")
