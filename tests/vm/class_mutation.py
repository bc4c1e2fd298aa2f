class A:
    def who(self): return 'A'
class B:
    def who(self): return 'B'
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
try:
    a.__class__ = int
except TypeError as e:
    print(e)
a.__dict__ = {'x': 1}
print(a.x, vars(a))
vars(a).update(y=2)
print(a.y)
class C(A): pass
print([k.__name__ for k in A.__subclasses__()])
C.__name__ = 'Renamed'
C.__qualname__ = 'Q.Renamed'
print(C.__name__, C.__qualname__, repr(C))
C.__doc__ = 'doc'
print(C.__doc__)
class D: pass
try:
    C.__bases__ = (D,)
    print('bases', C.__bases__, C.__mro__)
except TypeError as e:
    print(e)
print(object() == object(), (lambda o: o == o)(object()))
class OnlyEq:
    def __eq__(self, o): return True
x = OnlyEq()
print(x != x, x != 1)
class E(A):
    pass
class F(E):
    pass
print([k.__name__ for k in F.__mro__])
E.__bases__ = (B,)
print([k.__name__ for k in F.__mro__], F().who())
for bad in [(), 5, (1,), (F,)]:
    try:
        E.__bases__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(e)
