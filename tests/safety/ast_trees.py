# Gives compile() malformed AST trees: every field of every node of a few parsed
# programs replaced in turn by values of the wrong type, None, empty lists,
# cycles and impossible positions; also the _ast constructors and helpers with
# hostile arguments. Each may raise any exception but SystemError (a Go panic
# or an internal compiler error). Run by safety_test.go.
import ast
import warnings
warnings.simplefilter('ignore')
bad = count = 0
SOURCES = ['''
import a.b as c
from .. import d
@deco(1)
class K(B, metaclass=M):
    x: int = 1
    def f[T](self, a, /, b=2, *c, d, e=3, **f) -> T:
        global g
        nonlocal h
        return lambda x=1: (yield x)
async def g():
    async with a as b:
        await c
    async for i in j:
        pass
    return [i async for i in k if i]
''', '''
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
    case [1, *r] if r: pass
    case {"k": v, **kw}: pass
    case P(x=0, y=_) | None: pass
    case (1 | 2) as z: pass
    case -1 + 2j: pass
x = f"{a!r:>{w}}" 'y'
y = {**a, 'b': 1}, {1, 2}, {k: v for k, v in d}, (i for i in a), {i for i in b}
type A[T, *Ts, **P] = list[T]
a @= b; a[1] += 2
print(1 if x else 2, -1, (a := 5), ~x, x < y <= z)
''']
VALUES = [None, -1, 2**80, 'None', [], [None], object(), ast.Store(), ast.Pass(), ast.Constant([1])]


def attempt(tree, mode='exec'):
    global bad, count
    count += 1
    try:
        compile(tree, '<tree>', mode)
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', ast.dump(tree)[:200], e)
    except (TypeError, ValueError, RecursionError, OverflowError, SyntaxError):
        pass
    except BaseException as e:
        print('other', type(e).__name__, e)


def nodes(tree):
    return list(ast.walk(tree))


MISSING = object()
for src in SOURCES:
    tree = ast.parse(src)
    for node in nodes(tree):
        for name in list(node._fields) + list(node._attributes):
            values = VALUES + ['CYCLE', 'PARENT', 'DELETE']
            if name in node._attributes:
                values = [None, -1, 2**80, 'x', 'DELETE']
            saved = getattr(node, name, MISSING)
            for v in values:
                # Each mutation is undone before the next, so that one field
                # at a time is wrong.
                if v == 'DELETE':
                    if saved is MISSING:
                        continue
                    delattr(node, name)
                elif v == 'CYCLE':
                    setattr(node, name, node)
                elif v == 'PARENT':
                    setattr(node, name, [tree])
                else:
                    setattr(node, name, v)
                attempt(tree)
                if saved is MISSING:
                    if hasattr(node, name):
                        delattr(node, name)
                else:
                    setattr(node, name, saved)
    attempt(tree)
# Whole trees of the wrong kind, and modes.
for tree in [ast.Module(), ast.Expression(), ast.Interactive(), ast.FunctionType(), ast.AST(),
             ast.Module([ast.Expr(ast.Name('x', ast.Load()))], []), ast.Name('x'), 1, None]:
    for mode in ('exec', 'eval', 'single', 'func_type', 'bogus'):
        attempt(tree, mode)
# Deep nesting and a long cycle.
e = ast.Name('x', ast.Load(), lineno=1, col_offset=0)
for _ in range(100000):
    e = ast.UnaryOp(ast.Not(), e, lineno=1, col_offset=0)
attempt(ast.Expression(e), 'eval')
a = ast.List([], ast.Load(), lineno=1, col_offset=0)
b = ast.List([a], ast.Load(), lineno=1, col_offset=0)
a.elts.append(b)
attempt(ast.Expression(a), 'eval')
t = ast.Constant((1,), lineno=1, col_offset=0)
attempt(ast.Expression(t), 'eval')
# Constructors and helpers with hostile arguments.
for cls in [ast.AST, ast.Name, ast.Constant, ast.FunctionDef, ast.arguments, ast.Load, ast.MatchAs]:
    for args in [(), (1,), (1, 2, 3, 4, 5, 6, 7, 8), (None,)]:
        for kw in [{}, {'id': 1}, {'lineno': 'x'}, {'bogus': 1}, {'_fields': 1}]:
            count += 1
            try:
                node = cls(*args, **kw)
                ast.dump(node, include_attributes=True)
                ast.unparse(node)
                ast.fix_missing_locations(node)
                list(ast.walk(node))
                node.__reduce__()
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', cls, args, kw, e)
            except BaseException:
                pass
for v in VALUES + ['1+', 'x', '[1, {2: (3,)}]', '-' * 10000 + '1']:
    for f in (ast.literal_eval, ast.parse, ast.dump, ast.unparse, ast.get_docstring, ast.increment_lineno):
        count += 1
        try:
            f(v)
        except SystemError as e:
            bad += 1
            print('SYSTEMERROR', f, v, e)
        except BaseException:
            pass
class Odd(ast.AST):
    _fields = 5
for f in (lambda: Odd(1), lambda: compile(Odd(), '', 'exec'), lambda: ast.dump(Odd())):
    count += 1
    try:
        f()
    except SystemError as e:
        bad += 1
        print('SYSTEMERROR', e)
    except BaseException:
        pass
print('calls', count, 'system errors', bad)
