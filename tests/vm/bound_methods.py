class A:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
    def __eq__(self, o):
        return isinstance(o, A) and self.n == o.n
    __hash__ = object.__hash__

a = A(1)
m = a.get
print(m(), m.__self__ is a, m.__func__ is A.get, m.__name__, m.__qualname__)
print(a.get == a.get, a.get is a.get, A(1).get == A(1).get, a.get != A(2).get)
print(type(m).__name__, callable(m), repr(m).startswith('<bound method A.get of <'))
print(A.get(a), A.get.__name__, type(A.get).__name__)
f = A.get
a.n = 5
print(f(a), m())
print(hash(a.get) == hash(a.get))
class B:
    def __call__(self, x):
        return x + 1
b = B()
print(b(1), B.__call__(b, 2))
import sys
print(type(sys.exit).__name__, type([].append).__name__, type(list.append).__name__, type(str.join).__name__)
print([].append.__self__, [1].pop.__name__, str.upper('x'), list.__len__([1, 2]))
meth = 'abc'.upper
print(meth(), meth.__self__)
class C:
    def f(self):
        return 'C.f'
c = C()
c.f = lambda: 'instance attr'
print(c.f(), C.f(c))
del c.f
print(c.f())
bm = c.f
print(bm.__func__.__qualname__, getattr(bm, '__doc__'))
def outside(self):
    return 'outside', type(self).__name__
C.g = outside
print(c.g())
