class A:
    __private = 'A private'
    _single = 'single'
    def __init__(self):
        self.__x = 1
        self.__y__ = 'dunder not mangled'
    def get(self):
        return self.__x, self.__private, A.__private
    def __method(self):
        return 'mangled method'
    def call(self):
        return self.__method()
class B(A):
    __private = 'B private'
    def __init__(self):
        super().__init__()
        self.__x = 2
    def get_b(self):
        return self.__x, self.__private
b = B()
print(b.get(), b.get_b(), b.call(), sorted(k for k in vars(b)), b.__y__)
print(A._A__private, B._B__private, hasattr(b, '__x'), b._A__x, b._B__x)
try:
    b.__method()
except AttributeError as e:
    print(e)
class _Under:
    __attr = 1
    def f(self):
        return self.__attr
print(_Under().f(), [k for k in vars(_Under) if 'attr' in k])
class C:
    def f(self):
        __local = 5
        return __local, sorted(locals())
print(C().f())
class D:
    __slots__ = ('__s',)
    def __init__(self):
        self.__s = 'slot'
    def g(self):
        return self.__s
print(D().g(), D.__slots__, [k for k in dir(D) if 's' in k and k.startswith('_D')])
class E:
    def m(self):
        return __name__
print(E().m())
import sys as __sysmod
class F:
    def uses(self):
        try:
            return __sysmod.maxsize > 0
        except NameError as e:
            return str(e)
print(F().uses())
