# Small data-model behaviours programs written elsewhere ran into.
import sys

# object.__ne__ inverts __eq__ for None and for types too
print(None.__ne__(None), None.__eq__(None), None.__ne__(1), type(None).__ne__(None, None))
print(type.__ne__(int, int), type.__ne__(int, str), int.__ne__(1, 1), object().__ne__(1))
print(NotImplemented.__ne__(NotImplemented), ....__ne__(...))


# isinstance(obj, cls) is True without asking the metaclass when type(obj) is cls
class Meta(type):
    calls = 0

    def __instancecheck__(cls, obj):
        Meta.calls += 1
        return False

    def __subclasscheck__(cls, sub):
        Meta.calls += 1
        return False


class C(metaclass=Meta):
    pass


class D(C):
    pass


print(isinstance(C(), C), Meta.calls)
print(isinstance(D(), C), Meta.calls)
print(isinstance(1, C), Meta.calls)
print(isinstance(C(), (int, C)), Meta.calls)
print(issubclass(C, C), Meta.calls)


# ascii() returns the str __repr__ returned when it is ASCII, subclass and all
class S(str):
    pass


class R:
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return S(self.text)


for text in ("plain", "caf\xe9"):
    r = ascii(R(text))
    print(type(r).__name__, r, type(repr(R(text))).__name__)


# frame.f_locals, f_builtins, f_lasti
def show():
    a = 1
    b = [a]
    frame = sys._getframe()
    print(sorted(frame.f_locals), frame.f_locals["b"], frame.f_builtins is __builtins__.__dict__, frame.f_lasti > 0)
    print(sys._getframe(0).f_back.f_locals is globals())


show()


# del obj.__dict__ on instances of classes
class Obj:
    pass


o = Obj()
o.x = 1
d = o.__dict__
del o.__dict__
print(o.__dict__, d, hasattr(o, "x"))
o.y = 2
print(o.__dict__)
try:
    o.__dict__ = 5
except TypeError as e:
    print(e)


def f():
    pass


for target in (f, ValueError()):
    try:
        del target.__dict__
    except TypeError as e:
        print(type(target).__name__, e)


# a keyword already given through *args
def g(a, b, c=3):
    return a, b, c


for args, kw in (((1, 2), {"b": 3}), ((1,), {"a": 2}), ((1, 2, 3), {"c": 4})):
    try:
        g(*args, **kw)
    except TypeError as e:
        print(e)
