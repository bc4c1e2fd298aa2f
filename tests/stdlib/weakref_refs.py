# weakref.ref and proxy: callbacks, their order, hashing, equality, the types that
# refuse weak references, subclasses, and what a dead reference does.
import gc
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Thing({self.name})"

    def method(self, x):
        return (self.name, x)


log = []


def note(label):
    def callback(r):
        log.append((label, r() is None))
    return callback


a = Thing("a")
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a))
r1 = weakref.ref(a, note("first"))
r2 = weakref.ref(a, note("second"))
print(weakref.getweakrefs(a) == [r, r2, r1], a.__weakref__ is r)
print(r1 is not r2, r1 == r2, hash(r1) == hash(a))
print(r1.__callback__ is not None, r.__callback__)
del a
gc.collect()
print("log", log)
print(r(), r1(), r1.__callback__, r1 == r2, r1 == r1)
print(hash(r1) == hash(r1))

b = Thing("b")
rb = weakref.ref(b)
del b
gc.collect()
try:
    hash(rb)
except TypeError as e:
    print("TypeError", e)
print(repr(rb).endswith("; dead>"))

# the order of callbacks for objects dying together
log.clear()
xs = [Thing(i) for i in range(4)]
refs = [weakref.ref(x, note(x.name)) for x in xs]
del xs
gc.collect()
print(sorted(log))

# callbacks that raise go to sys.unraisablehook
import sys


def hook(u):
    print("unraisable", u.exc_type.__name__, u.exc_value, u.object.__name__)


sys.unraisablehook = hook


def bad(r):
    raise ValueError("from callback")


c = Thing("c")
rc = weakref.ref(c, bad)
del c
gc.collect()
sys.unraisablehook = sys.__unraisablehook__

for value in [1, 2.5, "s", (), [], {}, None, True, b"", 1j, object(), range(3), slice(1)]:
    try:
        weakref.ref(value)
        print(type(value).__name__, "ok")
    except TypeError as e:
        print(e)
for value in [set(), frozenset(), len, Thing, Thing("m").method, (lambda: 0).__code__, gc, (i for i in ())]:
    print(type(value).__name__, weakref.ref(value)() is not None)
for base in [int, str, tuple, bytes, list, dict, set, float, Exception]:
    sub = type("Sub", (base,), {})
    try:
        weakref.ref(sub())
        print("subclass of", base.__name__, "ok", "__weakref__" in sub.__dict__)
    except TypeError as e:
        print("subclass of", base.__name__, e)


class Slotted:
    __slots__ = ("x",)


class SlottedWeak:
    __slots__ = ("x", "__weakref__")


try:
    weakref.ref(Slotted())
except TypeError as e:
    print(e)
sw = SlottedWeak()
print(weakref.ref(sw)() is sw)


# subclasses of ref
class Named(weakref.ref):
    __slots__ = ("label",)

    def __new__(cls, obj, label):
        self = super().__new__(cls, obj)
        self.label = label
        return self

    def __init__(self, obj, label):
        super().__init__(obj)


d = Thing("d")
n = Named(d, "hello")
print(n.label, n() is d, n is not weakref.ref(d), isinstance(n, weakref.ReferenceType))
gc.collect()
print(weakref.getweakrefcount(d))


class WithDict(weakref.ref):
    pass


w = WithDict(d)
w.extra = 5
print(w.extra, w() is d)

# argument errors
for args in [(), (d, None, 3)]:
    try:
        weakref.ref(*args)
    except TypeError as e:
        print(e)
try:
    weakref.ref(d, callback=None)
except TypeError as e:
    print(e)
try:
    r(1)
except TypeError as e:
    print(e)
print(weakref.ref(d, None) is weakref.ref(d))
print(weakref.ReferenceType is weakref.ref, weakref.ProxyTypes)
print(weakref.ref[int])

# proxies
e = Thing("e")
p = weakref.proxy(e)
print(p.name, p.method(3), p == e, str(p), weakref.proxy(e) is p)
p.name = "E"
print(e.name)
del p.name
print(hasattr(e, "name"))
print(type(p).__name__, type(weakref.proxy(len)).__name__, weakref.proxy(len)("abc"))
try:
    hash(p)
except TypeError as e2:
    print(e2)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    __radd__ = __add__

    def __iadd__(self, o):
        self.v += o
        return self

    def __neg__(self):
        return Num(-self.v)

    def __index__(self):
        return self.v

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 2

    def __contains__(self, x):
        return x == 1

    def __iter__(self):
        return iter([self.v])

    def __bool__(self):
        return False

    def __lt__(self, other):
        return self.v < other.v

    def __call__(self, *a, **k):
        return (a, k)


k = Num(5)
q = weakref.proxy(k)
print((q + 1).v, (1 + q).v, (-q).v, len(q), q[4], 1 in q, list(q), bool(q))
print(q < Num(7), Num(1) < q, [1, 2, 3][q - 4 if False else 0], hex(q), q(1, b=2))
q += 2
print(type(q).__name__, k.v)
lst = [1, 2]
lp = weakref.proxy(Thing("tmp")) if False else None
del k
gc.collect()
try:
    q.v
except ReferenceError as e2:
    print("ReferenceError", e2)


# keyword arguments reach a subclass's __init__ (ref itself refuses them)
class Tagged(weakref.ref):
    def __init__(self, obj, callback=None, **tags):
        super().__init__(obj, callback)
        self.tags = tags


keep = Thing("tagged")
tg = Tagged(keep, color="red")
print(tg.tags, tg() is keep)

# a proxy passes for its referent in isinstance() and dir()
print(isinstance(weakref.proxy(keep), Thing), dir(weakref.proxy(keep)) == dir(keep))
print(weakref.proxy(keep).__class__.__name__, type(weakref.proxy(keep)).__name__)


class Powered:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)


pw = Powered()
print(pow(weakref.proxy(pw), 2, 5), pow(weakref.proxy(pw), 2), weakref.proxy(pw) ** 3)

# more builtin kinds: type parameters, files and streams, iterators, descriptors
import io
import sys


def generic[T, *Ts, **P]():
    pass


files = [open(__file__), open(__file__, "rb"), open(__file__, "rb", buffering=0)]
for value in [*generic.__type_params__, io.StringIO(), io.BytesIO(), *files, memoryview(b""), list[int], sys.flags,
              sys.version_info, iter(range(3)), reversed([]), enumerate([]), Exception(), int.__add__, (1).__add__,
              property(), super, sys.stdout]:
    try:
        weakref.ref(value)
        print(type(value).__name__, "ok")
    except TypeError as e:
        print(e)
for f in files:
    f.close()
