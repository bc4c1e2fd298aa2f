class Data:
    def __get__(self, obj, typ):
        return ("data-get", obj is not None, typ.__name__)
    def __set__(self, obj, v):
        print("data-set", v)
    def __delete__(self, obj):
        print("data-delete")
class NonData:
    def __get__(self, obj, typ):
        return "nondata"
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, C.d)
c.d = 5
del c.d
print(c.n)
c.__dict__["n"] = "instance wins"
c.__dict__["d"] = "ignored"
print(c.n, c.d)

class P:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("neg")
        self._x = v
    @x.deleter
    def x(self):
        print("deleting")
        self._x = None
p = P()
p.x = 3
print(p.x, P.x.__doc__)
try:
    p.x = -1
except ValueError as e:
    print(e)
del p.x
print(p.x)
class RO:
    @property
    def v(self):
        return 1
try:
    RO().v = 2
except AttributeError as e:
    print(e)
try:
    del RO().v
except AttributeError as e:
    print(e)

class GA:
    def __getattr__(self, name):
        if name.startswith("dyn"):
            return name[3:]
        raise AttributeError(f"no {name}")
    real = 1
g = GA()
print(g.real, g.dynfoo, getattr(g, "zzz", "dflt"), hasattr(g, "nope"))

class GAttr:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
    other = 5
ga = GAttr()
print(ga.secret, ga.other, ga.missing)

class SA:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
s = SA()
s.a = 21
print(s.a)
del s.a
print(hasattr(s, "a"))

class Slotted:
    __slots__ = ("a",)
print(type(Slotted.a).__name__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
class Pt:
    __slots__ = ("x",)
try:
    Pt().z = 1
except AttributeError as e:
    print(e)
try:
    Pt().x
except AttributeError as e:
    print(e)
class Plain:
    pass
try:
    Plain().nothing
except AttributeError as e:
    print(e)
try:
    Plain.nothing
except AttributeError as e:
    print(e)
class M:
    def meth(self):
        return self
m = M()
print(M.meth(m) is m, m.meth.__func__ is M.meth, type(m.meth).__name__, type(M.meth).__name__)
print(M.__dict__["meth"].__get__(m, M)() is m)
print(staticmethod(len)("abc"), classmethod(lambda c: c.__name__).__get__(None, M)())
print(property.__name__ if hasattr(property, "__name__") else "", type(P.__dict__["x"]).__name__)
class Cached:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class UsesCached:
    calls = 0
    @Cached
    def val(self):
        UsesCached.calls += 1
        return 42
u = UsesCached()
print(u.val, u.val, UsesCached.calls)
