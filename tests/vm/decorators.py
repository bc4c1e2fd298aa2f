calls = []
def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@trace
def add(a, b):
    'adds'
    return a + b
@repeat(3)
@trace
def hello(name):
    return 'hi ' + name
print(add(1, 2), add.__name__, add.__doc__, hello('x'), calls)
def memoize(fn):
    cache = {}
    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    inner.cache = cache
    return inner
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *a):
        self.count += 1
        return self.fn(*a)
@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.count)
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
reg = {}
@register(reg)
class Plugin:
    pass
print(reg)
def method_deco(fn):
    def w(self, *a):
        return f'[{fn(self, *a)}]'
    return w
class C:
    @method_deco
    def m(self, x):
        return x * 2
    @property
    @method_deco
    def p(self):
        return 'prop'
print(C().m(5), C().p)
def deco_with_state():
    n = 0
    def deco(fn):
        nonlocal n
        n += 1
        fn.order = n
        return fn
    return deco
d = deco_with_state()
@d
def first(): pass
@d
def second(): pass
print(first.order, second.order)
@(lambda f: f())
def computed():
    return 'called at definition'
print(computed)
