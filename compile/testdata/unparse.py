"""Regenerates unparse.json: annotation source -> the string python3.13 stores for it
under `from __future__ import annotations` (ast_unparse.c). Run with python3.13."""
import json
import os

EXPRS = r'''
int
dict[str, list[int | None]]
"quoted"
'it''s'
b'bytes'
u'unicode'
Callable[..., Awaitable[T]]
tuple[int, ...] | None
lambda: 0
lambda x, *y, z=1, **k: x + y * z ** -k
lambda *a: a
lambda a, /, b=2, *, c, d=4: 0
f"a{b!r:>{w}}c{ {1}}"
f"{x=}"
f"{'nested'} {x:{'>' if a else '<'}10}"
f"{{literal}} {lambda: 1}"
a if b else c
(a if b else c) if d else e
(not a) and (b or c) and not d
not (a and b)
a or b and c
(a or b) and c
a[1:2, ::3]
a[b,]
a[()]
a[:]
a[1:2:3]
1 .real
1.5.real
-(1 ** 2) ** -3
(-1) ** 2
2 ** -1
a ** b ** c
(a ** b) ** c
[*a, {**b, 'x': 1}, {1, 2}]
{*()}
{}
()
(1,)
(1, 2)
x[1, 2]
f(*a, **k, x=1)
f(a for a in b)
f((a for a in b), c)
[x for x in y if x if not x for z in w]
{k: v async for k, v in items}
{x for x in y}
(a := 1)
await x
a < b <= c != d is e is not f in g not in h
a + b - c * d / e // f % g @ h
a << b >> c & d ^ e | f
(a | b) & c
a - (b - c)
a - b - c
~a
+a
1e999
1e999j
-1e999
1j
0.1
10 ** 100
None
True
...
Ellipsis
x.y.z
f().g[0](1)
(yield_ := 3)
a if b else lambda: c
*a
'''.strip().splitlines()

out = []
for e in EXPRS:
    src = "from __future__ import annotations\nx: " + e + "\n"
    ns = {}
    try:
        exec(compile(src, "<t>", "exec"), ns)
    except SyntaxError:
        continue
    out.append([e, ns["__annotations__"]["x"]])
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "unparse.json"), "w") as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(len(out), "of", len(EXPRS))
