def counter():
    n = 0
    def inc(k=1):
        nonlocal n
        n += k
        return n
    def get():
        return n
    return inc, get

inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def outer():
    x = 1
    def mid():
        def inner():
            return x
        return inner
    x = 2
    return mid()()
print(outer())

def make():
    def rec(n):
        return 1 if n == 0 else n * rec(n - 1)
    return rec
print(make()(10))

x = "global"
def g1():
    return x
def g2():
    x = "local"
    def h():
        return x
    return h()
def g3():
    global x
    x = "changed"
print(g1(), g2()); g3(); print(x)

def unbound():
    def h():
        return y
    try:
        h()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return h()
print(unbound())

def cell_del():
    z = 1
    def h():
        return z
    del z
    try:
        h()
    except NameError as e:
        print(e)
cell_del()

class K:
    a = 1
    b = [a * i for i in range(3)] if False else None
    def m(self):
        return __class__
print(K().m() is K)

def adders():
    return [(lambda y, x=x: x + y) for x in range(3)]
print([f(10) for f in adders()])

def nested_nonlocal():
    a = 0
    def l1():
        def l2():
            nonlocal a
            a += 1
        l2(); l2()
    l1()
    return a
print(nested_nonlocal())
def f():
    v = 3
    return lambda: v
print(type(f().__closure__[0]).__name__)
