sq = lambda x: x * x
print(sq(4), sq.__name__, sq.__qualname__, (lambda: None)())
print((lambda *a, **k: (a, k))(1, b=2))
print((lambda x, y=2: x + y)(1), list(map(lambda p: p[0], [(1, 2), (3, 4)])))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, abs)(-5))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda: (yield 1))().__class__.__name__)
print([(lambda x: x + i)(0) for i in range(3)])
def f():
    return lambda: __name__
print(f()())
class C:
    attr = (lambda: 'lambda in class')()
print(C.attr)
print((lambda x: (x, lambda y: x + y))(1)[1](2))
