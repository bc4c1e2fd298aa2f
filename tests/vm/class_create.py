class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a)
        return super().__call__(*a, **k)

class A(metaclass=Meta, flag=True):
    x = 1
    def f(self):
        return self.x
print(A.injected, A.kw, type(A).__name__)
a = A()
print(a.f())

class B(A):
    y = 2
print(type(B).__name__, B.kw, B.injected)

class Base:
    subclasses = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subclasses.append(cls.__name__)
class C1(Base, tag="one"):
    pass
class C2(C1):
    pass
print(Base.subclasses, C1.tag, C2.tag)

class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "default-" + self.name)
class D:
    a = Field()
    b = Field()
d = D()
print(d.a, D.a.name)
d.__dict__["a"] = "set"
print(d.a)

class G:
    def __class_getitem__(cls, item):
        return f"G[{item!r}]"
print(G[int], G["x", 1])

class WithSlots:
    __slots__ = ("p", "q")
    def __init__(self):
        self.p = 1
w = WithSlots()
print(w.p, hasattr(w, "q"), hasattr(w, "__dict__"))
try:
    w.r = 3
except AttributeError as e:
    print(e)
try:
    w.q
except AttributeError as e:
    print(e)

Dyn = type("Dyn", (A,), {"z": 26, "__module__": "mod"})
print(Dyn.__name__, Dyn.__qualname__, Dyn.__module__, Dyn.z, Dyn.__bases__, Dyn.__mro__)
print(type(Dyn).__name__)

class Outer:
    class Inner:
        def m(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
print(A.__dict__["f"].__name__, "f" in A.__dict__, "x" in vars(A))

try:
    class Bad(1):
        pass
except TypeError as e:
    print(e)
class MroA: pass
class MroB(MroA): pass
try:
    class MroC(MroA, MroB): pass
except TypeError as e:
    print(e)

class Entry:
    def __mro_entries__(self, bases):
        return (dict,)
class FromEntry(Entry()):
    pass
print(FromEntry.__bases__, FromEntry.__orig_bases__[0].__class__.__name__)

class Doc:
    "docstring here"
print(Doc.__doc__, Doc.__module__, Doc.__name__)
class Empty:
    pass
print(Empty.__doc__, Empty.__bases__, Empty.__base__)
print(sorted(k for k in Empty.__dict__.keys()))
