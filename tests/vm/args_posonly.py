def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=7))
for call in [lambda: f(1, b=2, c=3, e=5), lambda: f(1, 2, 3), lambda: f(1, 2, 3, 4, 5, e=1),
             lambda: f(a=1, b=2, c=3, e=4), lambda: f(1, 2, 3, e=5, g=1), lambda: f(1, 2, 3, c=3, e=1)]:
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

def g(x, /, **kw):
    return x, kw
print(g(1, x=2))

def h(a, b=2, /):
    return a + b
print(h(1), h(1, 5))
try:
    h()
except TypeError as e:
    print(e)
print(h.__code__.co_posonlyargcount, h.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__defaults__, f.__kwdefaults__)

class C:
    def m(self, x, /):
        return x * 2
print(C().m(4))
try:
    C().m(x=4)
except TypeError as e:
    print(e)
