class A:
    def who(self):
        return ["A"]
    @classmethod
    def cls_who(cls):
        return "A:" + cls.__name__
class B(A):
    def who(self):
        return ["B"] + super().who()
    @classmethod
    def cls_who(cls):
        return "B>" + super().cls_who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(D.cls_who(), B.cls_who())
print(super(B, D()).who(), super(C, D()).who())
s = super(D, D())
print(type(s).__name__, s.__thisclass__.__name__, type(s.__self__).__name__)

class P:
    def __init__(self, x):
        self.x = x
class Q(P):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
q = Q(1, 2)
print(q.x, q.y)

class Prop:
    @property
    def v(self):
        return "base"
class Prop2(Prop):
    @property
    def v(self):
        return "sub+" + super().v
print(Prop2().v)

def outside(self):
    return super(type(self), self).who()
print(outside(B()))
try:
    super()
except RuntimeError as e:
    print(e)
class E(A):
    def who(self):
        def inner():
            return super(E, self).who()
        return inner()
print(E().who())
class F(A):
    def who(self):
        return [f() for f in [lambda: super(F, self).who()]]
print(F().who())
class G(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) * 2
g = G(a=2)
print(g["a"])
class H(list):
    def append(self, x):
        super().append(x * 10)
h = H()
h.append(1)
print(h)
try:
    super(int, "x")
except TypeError as e:
    print(e)
class I:
    def __repr__(self):
        return "I+" + super().__repr__()[:9]
print(repr(I()))
class J(A):
    def who(self):
        __class__
        return super().who()
print(J().who())
print(super(A, A()).__class__ is super)
