def f(a, b=2, *args, c=3, **kw):
    return f'a={a} b={b} args={args} c={c} kw={kw}'
print(f(1))
print(f(1, 2, 3, 4, c=5, d=6))
print(f(a=1, b=2, c=3, z=0))
print(f(*(1, 2), **{'c': 9, 'e': 10}))
def g(**kw):
    return list(kw.items())
print(g(b=1, a=2), g(**{'x y': 1, '1': 2}))
try:
    g(**{1: 2})
except TypeError as e:
    print(e)
def h(a, /, **kw):
    return a, kw
print(h(1, a=2))
def order(**kw):
    return list(kw)
print(order(z=1, y=2, x=3), order(**dict(b=1, a=2)), order(c=1, **{'b': 2}, a=3))
class P:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
p = P(x=1, y='two')
print(p.x, p.y, sorted(vars(p)))
def defaults_kwonly(*, a=1, b):
    return a, b
print(defaults_kwonly(b=2), defaults_kwonly(b=3, a=4))
try:
    defaults_kwonly()
except TypeError as e:
    print(e)
def star_only(*args):
    return args
print(star_only(), star_only(*[]), star_only(*'ab', *[1]))
def kw_collision(a, **kw):
    return a, kw
try:
    kw_collision(1, **{'a': 2})
except TypeError as e:
    print(e)
print(dict(a=1, **{'b': 2}), dict({'a': 1}, **{'a': 5}))
def many(a, b, c, d, e, f, g, h):
    return a + b + c + d + e + f + g + h
print(many(*range(8)), many(1, 2, 3, 4, *[5, 6], **{'g': 7, 'h': 8}))
import sys
print(sorted(set(f.__code__.co_varnames)), f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_flags & 0x04 != 0, f.__code__.co_flags & 0x08 != 0)
