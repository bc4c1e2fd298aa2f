calls = []
def d():
    calls.append(1)
    return len(calls)

def f(x=d(), y=[]):
    y.append(x)
    return y
print(calls, f(), f(), f(5, []), f())
print(f.__defaults__)
f.__defaults__ = (100, [])
print(f(), f())
def g(a, b=1, c=2):
    return a, b, c
print(g(0), g(0, c=9), g(0, 8), g(*[1, 2, 3]), g(**{'a': 1, 'c': 5}))
try:
    g(1, 2, 3, 4)
except TypeError as e:
    print(e)
def h(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(h(1, c=3), h(1, 2, 3, 4, c=5, e=6))
print(h.__defaults__, h.__kwdefaults__, h.__code__.co_varnames, h.__code__.co_flags & 0xc)
x = 10
def late(v=x):
    return v
x = 20
print(late())
