def f(*, a, b=2):
    return a, b
print(f(a=1), f(b=3, a=4))
for c in [lambda: f(1), lambda: f(), lambda: f(a=1, c=2), lambda: f(b=1)]:
    try:
        c()
    except TypeError as e:
        print(e)

def g(x, *args, key=None, **rest):
    return x, args, key, rest
print(g(1), g(1, 2, 3), g(1, key='k'), g(1, 2, key=3, z=4))

def h(*, a, b, c):
    pass
try:
    h()
except TypeError as e:
    print(e)
try:
    h(a=1)
except TypeError as e:
    print(e)

def k(a, b, *, c):
    pass
for c in [lambda: k(), lambda: k(1), lambda: k(1, 2), lambda: k(1, 2, 3)]:
    try:
        c()
    except TypeError as e:
        print(e)
print(k.__kwdefaults__, f.__kwdefaults__)
f.__kwdefaults__ = {'a': 10, 'b': 20}
print(f())
