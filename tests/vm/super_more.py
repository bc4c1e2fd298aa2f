class A:
    def __init__(self):
        self.trace = ['A']
    def hello(self):
        return 'A.hello'
    @classmethod
    def cm(cls):
        return f'A.cm({cls.__name__})'
    @staticmethod
    def sm():
        return 'A.sm'
    @property
    def p(self):
        return 'A.p'
class B(A):
    def __init__(self):
        super().__init__()
        self.trace.append('B')
    def hello(self):
        return 'B>' + super().hello()
    @classmethod
    def cm(cls):
        return 'B>' + super().cm()
    def sm_via_super(self):
        return super().sm()
    @property
    def p(self):
        return 'B>' + super().p
b = B()
print(b.trace, b.hello(), B.cm(), b.sm_via_super(), b.p)
print(super(B, b).hello(), super(B, B).cm(), super(A, b).__init__ is not None)
s = super(B, b)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__, repr(s).startswith('<super:'))
try:
    super(B, 1)
except TypeError as e:
    print(e)
def outside():
    try:
        super()
    except RuntimeError as e:
        print(e)
outside()
class C:
    def m(self):
        return [super().__class__.__name__, __class__.__name__]
print(C().m())
class D(B):
    def hello(self):
        f = lambda: super(D, self).hello()
        return 'D>' + f()
print(D().hello())
class E(A):
    def hello(self):
        return [super().hello() for _ in range(2)]
print(E().hello())
class Base:
    def __new__(cls, *a):
        obj = super().__new__(cls)
        obj.created = True
        return obj
class Derived(Base):
    def __new__(cls, x):
        return super().__new__(cls, x)
    def __init__(self, x):
        self.x = x
d = Derived(3)
print(d.created, d.x)
try:
    super(int, 'str')
except TypeError as e:
    print(e)
class GetAttr(A):
    def __getattribute__(self, name):
        return super().__getattribute__(name)
print(GetAttr().hello(), super(GetAttr, GetAttr()).hello())
