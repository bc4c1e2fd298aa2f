# contextvars: variables, tokens and reset rules, copied contexts and run(),
# the mapping interface, per-thread contexts, and errors.
import contextvars as c
import re
import threading


def clean(text):
    return re.sub(r' at 0x[0-9a-f]+', '', str(text))


v = c.ContextVar('v', default=1)
w = c.ContextVar('w')
print(clean(repr(v)), clean(repr(w)), v.name, v.get(), w.get('dflt'), v.get(5))
try:
    w.get()
except LookupError as e:
    print('LookupError', clean(repr(e)))
t = v.set(2)
print(clean(repr(t)), t.var is v, t.old_value, c.Token.MISSING, v.get())
ctx = c.copy_context()
print(len(ctx), list(ctx.keys()) == [v], ctx[v], v in ctx, w in ctx, ctx.get(v), ctx.get(w, 'd'), list(ctx.values()), [(k.name, x) for k, x in ctx.items()])
v.reset(t)
print(v.get(), len(c.copy_context()))
for f, exc in [(lambda: v.reset(t), RuntimeError), (lambda: w.reset(v.set(3)), ValueError), (lambda: v.reset('x'), TypeError),
               (lambda: c.ContextVar(1), TypeError), (lambda: ctx[1], TypeError), (lambda: ctx[w], KeyError), (lambda: c.Token(), RuntimeError)]:
    try:
        f()
    except exc as e:
        print(type(e).__name__, clean(e))


def inner(x):
    v.set(x)
    return v.get(), len(c.copy_context())


print(ctx.run(inner, 9), ctx[v], v.get())
try:
    ctx.run(lambda: ctx.run(lambda: 0))
except RuntimeError as e:
    print('RuntimeError', clean(e))
other = c.Context()
tok = other.run(v.set, 42)
try:
    v.reset(tok)
except ValueError as e:
    print('ValueError', clean(e))
print(other[v], c.Context().get(v, 'dflt'), c.ContextVar[int], c.Token[int], ctx == ctx.copy(), ctx == other)
for cls in (c.ContextVar, c.Token, c.Context):
    try:
        type('X', (cls,), {})
    except TypeError as e:
        print('TypeError', e)
try:
    v.name = 'x'
except AttributeError as e:
    print('AttributeError', e)
seen = []
v.set(100)


def worker():
    seen.append(v.get())
    v.set(200)
    seen.append(v.get())


th = threading.Thread(target=worker)
th.start()
th.join()
print(seen, v.get(), hash(v) == hash(v), sorted(c.__all__))
