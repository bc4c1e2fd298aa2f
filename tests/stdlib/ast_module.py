"""ast: parse and dump of many constructs, unparse, literal_eval, the helpers,
compile() of parsed and built trees, node constructors (3.13 rules)."""
import ast
src = '''
import os, sys as s
from . import x
from ..a.b import (c as d, e)
@dec
class C(B, metaclass=M):
    """doc"""
    x: int = 3
    def f[T: int, *Ts, **P](self, a, /, b=1, *args, c, d=2, **kw) -> T:
        global g
        return lambda x, *y: x + y[0] ** -2
async def g():
    async with a as b, c:
        await x
    async for i in y:
        yield i
    return [i async for i in z if i]
try:
    pass
except* E as e:
    raise X from e
else:
    del a[1:2, ::3], b.c
finally:
    assert x, "m"
while not a and b or c:
    break
else:
    continue
match p:
    case [1, 2, *rest] if rest:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0, y=_) | None:
        pass
    case (1 | 2) as z:
        pass
x = f"{a!r:>{w}} {b=} {{c}}" 'x'
y = {**a, 'b': 1}, {1, 2}, {*()}, {k: v for k, v in d.items()}
type A[T] = list[T]
with (open(f) as g):
    z = (yield)
a @= b; a //= 2
print(1 if x else 2, -(-1), (a := 5), 1 .real, ~x, not x, x < y <= z is not w)
'''
t = ast.parse(src)
print(ast.dump(t, indent=2))
print(ast.dump(t.body[0], include_attributes=True))
print(ast.unparse(t))
print(ast.dump(ast.parse("x", mode="eval"), annotate_fields=False))
print(ast.literal_eval("{'a': [1, 2.5, -3+4j, (None, True)], 'b': {1}, 'c': set()}"))
for bad in ["x", "1+x", "f()", "[1, a]", "-'s'"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(" object at ")[0])
print(ast.get_docstring(t.body[4]))
print(ast.get_source_segment(src, t.body[4].body[2]))
print(ast.get_source_segment(src, t.body[4].body[2], padded=True))
print(len(list(ast.walk(t))))
ns = {}
exec(compile(ast.parse("r = [i*i for i in range(5)]"), "<t>", "exec"), ns)
print(ns['r'])
print(ast.dump(ast.parse("1+2*3", optimize=1)))
print(ast.unparse(ast.parse("f'{x:{y}}' + f'\\n{a}' + '''a\\nb'''")))

import warnings

def ctor(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            r = f()
            print(ast.dump(r, include_attributes=True))
        except Exception as e:
            print(type(e).__name__, e)
    for x in w:
        print("  warn:", x.category.__name__, x.message)

ctor(lambda: ast.Name())
ctor(lambda: ast.Name("x"))
ctor(lambda: ast.Name("x", ast.Load(), 3))
ctor(lambda: ast.Name("x", id="y"))
ctor(lambda: ast.Name(foo=1))
ctor(lambda: ast.FunctionDef())
ctor(lambda: ast.Constant())
ctor(lambda: ast.BinOp(op=ast.Add()))
ctor(lambda: ast.Name(lineno=1, bar=2))
ctor(lambda: ast.AST(1))
ctor(lambda: ast.AST(foo=1))
ctor(lambda: ast.arguments())
ctor(lambda: ast.ImportFrom())
ctor(lambda: ast.Load(1))
ctor(lambda: ast.Constant(1, "u", lineno=3, col_offset=4))
r = ast.Name("x").__reduce__()
print(r[0], r[1], sorted(r[2]), ast.FunctionDef("f").__reduce__()[1])
print(ast.Name._fields, ast.Name.__match_args__, ast.expr._attributes, ast.FunctionDef._field_types)
print(ast.FunctionDef.__doc__)
print(ast.Load.__doc__, ast.Load._fields, ast.FunctionDef.returns, ast.expr.end_lineno)
print(issubclass(ast.Name, ast.expr), ast.Name.__mro__)
print(ast.PyCF_ONLY_AST, ast.PyCF_TYPE_COMMENTS, ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, ast.PyCF_OPTIMIZED_AST)

# Transform a tree and compile it.
class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

tree = Double().visit(ast.parse("x = 1 + 2\nprint(x, 'a', [3, 4])"))
ast.fix_missing_locations(tree)
exec(compile(tree, "<double>", "exec"))
print(ast.unparse(tree))
tree = ast.Module([ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Constant("built")], []))], [])
exec(compile(ast.fix_missing_locations(tree), "<built>", "exec"))
e = ast.parse("6 * 7", mode="eval")
print(eval(compile(e, "<e>", "eval")))
print(ast.dump(ast.increment_lineno(ast.parse("a\nb"), 3), include_attributes=True))
print(list(ast.iter_fields(ast.parse("a.b").body[0].value))[0][0])
print(ast.dump(ast.parse("x = 1 # type: int", type_comments=True)))
print(ast.dump(ast.parse("def f(a, # type: int\n): pass", type_comments=True)))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type")))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(ast.parse("é = 'ü' + x"), include_attributes=True))
print(ast.dump(ast.parse("a or b"), show_empty=True))
print(ast.dump(ast.parse("f(*a, **k)"), annotate_fields=False, indent="..."))
print(ast.parse("a+b").body[0].value.op is ast.parse("c+d").body[0].value.op)
print(ast.unparse(ast.parse(r'''
'\\'
"a\nb"
b'x'
f'{a!s}{b:{c}.{d}}'
1e400
-1e400j
"""x"y"""
def f():
    """  doc
    more"""
    return
''')))

# Optimized trees, feature versions, ASTs given back to parse().
print(ast.dump(ast.parse("__debug__", optimize=1)), ast.dump(ast.parse("__debug__")))
print(ast.dump(ast.parse("type T[X = 1 + 1] = (1, 2)[0]", optimize=1)))
print(ast.dump(ast.parse("x = -(2 ** 3) + 'a' * 3", optimize=2)))
for src, v in [("(a := 1)", (3, 7)), ("def f(a, /): pass", (3, 7)), ("match x:\n case 1: pass", (3, 9)),
               ("try: pass\nexcept* E: pass", (3, 10)), ("type X = int", (3, 11)), ("def f[T](): pass", (3, 11)),
               ("class C[T=int]: pass", (3, 12)), ("(a := 1)", (3, 8)), ("x", (2, 7))]:
    try:
        ast.parse(src, feature_version=v)
        print(v, "ok")
    except (SyntaxError, ValueError) as e:
        print(v, type(e).__name__, e.args[0])
c = ast.Constant(1)
print(ast.parse(c) is c, ast.unparse(ast.Constant((1,))))
print([cls.__name__ for cls in ast.stmt.__subclasses__()])
