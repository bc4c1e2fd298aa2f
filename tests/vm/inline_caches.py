# The attribute and global caches must follow every change: each site runs in a
# loop, so that it is cached before the change and checked after it.
import builtins

def run(f, n=6):
    return [f(i) for i in range(n)]

# Globals: rebinding, deleting, shadowing a builtin, changing builtins.
X = 1
def gx(i):
    global X
    if i == 3:
        X = 2
    return X
print("global rebound", run(gx))

def glen(i):
    if i == 2:
        globals()["len"] = lambda s: -1
    if i == 4:
        del globals()["len"]
    return len("ab")
print("builtin shadowed", run(glen))

def gbuiltin(i):
    if i == 2:
        builtins.my_builtin = "b"
    try:
        return my_builtin
    except NameError as e:
        return str(e)
print("builtin added", run(gbuiltin))
del builtins.my_builtin

Y = 5
def gdel(i):
    global Y
    if i == 3:
        del Y
    try:
        return Y
    except NameError as e:
        return str(e)
print("global deleted", run(gdel))

# Instance attributes, class attributes, methods.
class A:
    k = "class k"
    def m(self):
        return "A.m"
class B(A):
    pass

b = B()
b.x = "inst x"
def attrs(i):
    if i == 1:
        b.k = "inst k"
    if i == 2:
        del b.k
    if i == 3:
        A.k = "new class k"
    if i == 4:
        B.k = property(lambda self: "prop k")
    return b.k
print("class attr", run(attrs))

def meth(i):
    if i == 1:
        A.m = lambda self: "A.m2"
    if i == 2:
        B.m = lambda self: "B.m"
    if i == 3:
        b.m = lambda: "inst m"
    if i == 4:
        del b.m
    if i == 5:
        del B.m
    return b.m()
print("method", run(meth, 7))

class Other:
    def m(self):
        return "Other.m"
    x = "Other x"
def cls_assign(i):
    if i == 3:
        b.__class__ = Other
    return b.m(), b.x
print("__class__", run(cls_assign))
b.__class__ = B

def getattr_added(i):
    if i == 2:
        B.__getattr__ = lambda self, n: "getattr " + n
    if i == 4:
        B.__getattribute__ = lambda self, n: "getattribute " + n
    try:
        return b.missing, b.x
    except AttributeError as e:
        return str(e)
print("hooks", run(getattr_added))
del B.__getattribute__, B.__getattr__

def bases(i):
    class P:
        def who(self):
            return "P"
    class Q:
        def who(self):
            return "Q"
    return P, Q
P, Q = bases(0)
class R(P):
    pass
r = R()
def rebase(i):
    if i == 3:
        R.__bases__ = (Q,)
    return r.who()
print("__bases__", run(rebase))

# Slots.
class S:
    __slots__ = ("a", "b")
s = S()
s.a = 1
def slots(i):
    if i == 2:
        del s.a
    if i == 3:
        s.a = 3
    try:
        return s.a
    except AttributeError as e:
        return str(e)
print("slots", run(slots))

def slot_store(i):
    s.b = i
    return s.b
print("slot store", run(slot_store))

# Stores: a data descriptor added later takes over.
class T:
    pass
t = T()
log = []
def store(i):
    if i == 3:
        T.v = property(lambda self: "prop", lambda self, v: log.append(v))
    t.v = i
    return t.v
print("store", run(store), log)

def setattr_added(i):
    if i == 2:
        T.__setattr__ = lambda self, n, v: log.append((n, v))
    t.w = i
    return t.__dict__.get("w")
print("__setattr__", run(setattr_added), log[-3:])

# A polymorphic site.
class U:
    def __init__(self, v):
        self.v = v
class V:
    __slots__ = ("v",)
    def __init__(self, v):
        self.v = v
class W:
    v = "class v"
objs = [U(1), V(2), W(), U(3), V(4), W()] * 3
print("polymorphic", [o.v for o in objs])

# Modules.
import types
mod = types.ModuleType("mod")
mod.a = 1
def modattr(i):
    if i == 2:
        mod.a = 2
    if i == 3:
        del mod.a
    if i == 4:
        mod.__getattr__ = lambda n: "module getattr " + n
    try:
        return mod.a
    except AttributeError as e:
        return str(e)
print("module", run(modattr))

# A descriptor class gaining __get__.
class Desc:
    pass
class H:
    d = Desc()
h = H()
def desc(i):
    if i == 3:
        Desc.__get__ = lambda self, obj, typ: "got"
    return type(h.d).__name__ if i < 3 else h.d
print("descriptor", run(desc))

# Instance dicts of different shapes at one site.
class K:
    pass
ks = []
for n in range(4):
    k = K()
    for j in range(n):
        setattr(k, "f%d" % j, j)
    k.z = n
    ks.append(k)
print("shapes", [k.z for k in ks * 3])
