def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
print(c.__closure__[0].cell_contents, c.__code__.co_freevars, counter.__code__.co_cellvars)

fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])

def outer():
    x = 'outer'
    def mid():
        def inner():
            return x
        return inner
    x = 'changed'
    return mid()()
print(outer())

x = 'global'
def reads():
    return x
def shadows():
    x = 'local'
    return x
print(reads(), shadows(), x)
def glob():
    global x
    x = 'set by glob'
glob()
print(x)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def free_unbound():
    def g():
        return z
    try:
        g()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
free_unbound()
try:
    undefined_name
except NameError as e:
    print(e)
class K:
    v = 1
    w = [v * 2 for _ in range(2)] if False else None
    def m(self):
        return v if False else 'no class scope'
print(K().m())
def make():
    cells = []
    for i in range(3):
        def f(i=i):
            return i * 10
        cells.append(f)
    return cells
print([f() for f in make()])
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3
        return l2
    return l1()()()
print(deep())
def nl():
    v = []
    def add(x):
        v.append(x)
    add(1); add(2)
    return v
print(nl())
