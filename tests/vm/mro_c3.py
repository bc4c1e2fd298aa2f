class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))
class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.__mro__])
try:
    class Bad(A, B): pass
except TypeError as e:
    print(e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(e)
class F:
    def who(self):
        return 'F'
class G(F):
    def who(self):
        return 'G>' + super().who()
class H(F):
    def who(self):
        return 'H>' + super().who()
class I(G, H):
    def who(self):
        return 'I>' + super().who()
print(I().who())
print(I.__bases__, I.__base__, object.__bases__, object.__mro__)
class Meta(type):
    def mro(cls):
        return [cls, object]
class Odd(A, metaclass=Meta): pass
print(Odd.__mro__)
print(issubclass(D, A), issubclass(D, (int, C)), issubclass(A, D), isinstance(D(), B))
print(type.__mro__, int.__mro__, bool.__mro__)
