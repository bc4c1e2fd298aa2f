class MetaCheck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, 'quack')
    def __subclasscheck__(cls, sub):
        return hasattr(sub, 'quack')
class Duck(metaclass=MetaCheck):
    pass
class Mallard:
    quack = True
class Dog:
    pass
print(isinstance(Mallard(), Duck), isinstance(Dog(), Duck), issubclass(Mallard, Duck), issubclass(Dog, Duck))
print(isinstance(Mallard(), (int, Duck)), issubclass(Mallard, (str, Duck)))
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance([], (list, tuple)), isinstance(1, ()), issubclass(bool, (int,)))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), issubclass(type, object), isinstance(None, type(None)))
try:
    isinstance(1, 'int')
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
try:
    issubclass(int, 1)
except TypeError as e:
    print(e)
class Fake:
    @property
    def __class__(self):
        return int
print(isinstance(Fake(), int), type(Fake()) is Fake, Fake().__class__)
print(isinstance(1, (int, (str, float))), isinstance('a', (int, (str, float))))
class A: pass
class B(A): pass
print(issubclass(B, A), issubclass(A, B), issubclass(B, B), B.__subclasses__() if False else A.__subclasses__())
print(isinstance(B(), A), type(B()) == A, type(B()) is B)
class WithBases:
    __bases__ = (A,)
print(int | str, type(int | str).__name__, isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | None), (int | None))
