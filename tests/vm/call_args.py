def f(a, b, /, c, d=4, *args, e, f=6, **kw):
    return (a, b, c, d, args, e, f, sorted(kw.items()))

print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, e=5))
print(f(1, 2, 3, 4, 5, 6, e=7, g=8, h=9))
print(f(*[1, 2], *(3,), **{"e": 5}, z=1))
print(f(1, 2, 3, **{"d": 10}, e=0))

def errors():
    cases = [
        lambda: f(1),
        lambda: f(1, 2, 3),
        lambda: f(1, 2, 3, e=1, c=2),
        lambda: f(a=1, b=2, c=3, e=4),
        lambda: f(1, 2, 3, e=4, **{"e": 5}),
        lambda: (lambda x: x)(),
        lambda: (lambda x: x)(1, 2),
        lambda: (lambda x, y=2: x)(1, 2, 3),
        lambda: (lambda *, k: k)(1),
        lambda: (lambda *, k: k)(),
        lambda: (lambda x: x)(y=2),
        lambda: (lambda x, /: x)(x=2),
        lambda: (lambda **k: k)(**{1: 2}),
        lambda: (lambda: 0)(**[1]),
        lambda: (lambda: 0)(*1),
        lambda: (lambda a, b, c: 0)(1),
        lambda: (lambda a, b, c, *, d, e: 0)(1, 2, 3),
    ]
    for c in cases:
        try:
            c()
        except TypeError as e:
            print("TypeError:", e)

errors()

def defaults(a, b=[], *, c={}):
    b.append(a)
    c[a] = len(b)
    return b, c

print(defaults(1))
print(defaults(2))
print(defaults.__defaults__, defaults.__kwdefaults__)
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
print(f.__name__, f.__qualname__, errors.__code__.co_name)

class C:
    def m(self, x, y=1):
        return (self.__class__.__name__, x, y)
    @classmethod
    def cm(cls, *a):
        return (cls.__name__, a)
    @staticmethod
    def sm(*a, **k):
        return (a, k)

c = C()
print(c.m(1), C.m(c, 2, y=3), c.cm(1, 2), C.cm(), c.sm(1, k=2), C.sm())
bm = c.m
print(bm(5), bm.__self__ is c, bm.__func__ is C.m)
print(C.__dict__["cm"].__func__(C, 9))
try:
    C.m()
except TypeError as e:
    print(e)
try:
    c.m(1, 2, 3)
except TypeError as e:
    print(e)
try:
    c.m(1, x=1)
except TypeError as e:
    print(e)

def kwonly_default(*, a=1, b):
    return a, b
print(kwonly_default(b=2), kwonly_default(b=3, a=4))
print((lambda *a, **k: (a, k))(*range(3), **dict(x=1), y=2))
def gen_args(*args):
    return len(args)
print(gen_args(*(i for i in range(10))))
print(gen_args(*"abc", *b"de"))
