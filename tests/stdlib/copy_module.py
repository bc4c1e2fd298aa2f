# copy and copyreg: shallow and deep copies of builtin containers, recursive
# structures, classes with __copy__/__deepcopy__, __reduce__, __getstate__/__setstate__,
# slots, __getnewargs__(_ex), copyreg.dispatch_table, replace, and errors.
import copy
import copyreg
import types
import weakref

a = [1, [2, 3], {"k": (4, [5])}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is not a, s[1] is a[1], d[1] is not a[1], d[2]["k"][1] is not a[2]["k"][1], d == a)

rec = [1]
rec.append(rec)
rd = copy.deepcopy(rec)
print(rd[1] is rd, rd is not rec)
rt = ([],)
rt[0].append(rt)
rtd = copy.deepcopy(rt)
print(rtd[0][0] is rtd, rtd is not rt)
dd = {}
dd["self"] = dd
ddc = copy.deepcopy(dd)
print(ddc["self"] is ddc)
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is not shared)

atoms = [None, 1, 2.5, True, 1j, "s", b"b", (1, 2), frozenset({1}), range(3), len, copy.copy, int,
         types.SimpleNamespace, Ellipsis, NotImplemented, property()]
print([copy.copy(x) is x for x in atoms])
print([copy.deepcopy(x) is x for x in atoms])
t = (1, [2])
print(copy.deepcopy(t) is not t, copy.deepcopy((1, 2)) == (1, 2))
for x in [[1], {1: 2}, {1}, bytearray(b"x")]:
    c = copy.copy(x)
    print(type(c).__name__, c == x, c is not x)


class Plain:
    def __init__(self, v):
        self.v = v
        self.items = [v]


p = Plain(3)
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(type(pc).__name__, pc.v, pc.items is p.items, pd.items is not p.items, pd.items == p.items)


class Custom:
    def __init__(self):
        self.log = []

    def __copy__(self):
        print("__copy__ called")
        return "shallow"

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return "deep"


print(copy.copy(Custom()), copy.deepcopy(Custom()))


class Stateful:
    def __init__(self, n):
        self.n = n

    def __getstate__(self):
        print("getstate")
        return {"n": self.n * 10}

    def __setstate__(self, state):
        print("setstate", state)
        self.__dict__.update(state)


print(copy.copy(Stateful(2)).n, copy.deepcopy(Stateful(3)).n)


class Slotted:
    __slots__ = ("a", "b", "__c")

    def __init__(self):
        self.a = [1]
        self.__c = 3


sl = copy.deepcopy(Slotted())
print(sl.a, hasattr(sl, "b"), sl._Slotted__c, copyreg._slotnames(Slotted), Slotted.__slotnames__)
print(Slotted().__getstate__())


class Both:
    __slots__ = ("x", "__dict__")


b = Both()
b.x, b.y = 1, 2
bc = copy.copy(b)
print(bc.x, bc.y, b.__getstate__())


class Reducer:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        return (Reducer, (self.a, self.b + 1))


r = copy.deepcopy(Reducer(5))
print(r.a, r.b)


class Named:
    def __reduce__(self):
        return "Named"


n = Named()
print(copy.copy(n) is n, copy.deepcopy(n) is n)


class WithArgs(int):
    def __new__(cls, v, tag):
        self = super().__new__(cls, v)
        self.tag = tag
        return self

    def __getnewargs__(self):
        return (int(self), self.tag)


w = copy.copy(WithArgs(7, "t"))
print(type(w).__name__, int(w), w.tag)


class KwOnly:
    def __new__(cls, *, size):
        self = object.__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {"size": self.size}


k = copy.deepcopy(KwOnly(size=4))
print(k.size, KwOnly(size=1).__reduce_ex__(2)[0].__name__, KwOnly(size=1).__reduce_ex__(4)[1][2])


class L(list):
    pass


class D(dict):
    pass


lc = copy.deepcopy(L([1, [2]]))
dc = copy.copy(D(a=1))
print(type(lc).__name__, lc, type(dc).__name__, dc)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


print(copy.deepcopy({Point(1, 2): [Point(3, 4)]}) is not None)


class Meth:
    def m(self):
        return self


mo = Meth()
bm = copy.deepcopy(mo.m)
print(bm.__self__ is not mo, type(bm.__self__).__name__, copy.copy(mo.m) == mo.m)

# copyreg's dispatch table


class Special:
    def __init__(self, v):
        self.v = v


def reduce_special(obj):
    print("reduce_special")
    return Special, (obj.v * 2,)


copyreg.pickle(Special, reduce_special)
print(copy.copy(Special(4)).v, copy.deepcopy(Special(5)).v)
print(copy.dispatch_table is copyreg.dispatch_table, complex in copyreg.dispatch_table)
print(copyreg.pickle_complex(3 + 4j))
try:
    copyreg.pickle(Special, 5)
except TypeError as e:
    print(e)
try:
    copyreg.constructor(5)
except TypeError as e:
    print(e)
copyreg.add_extension("mod", "name", 200)
copyreg.add_extension("mod", "name", 200)
for args in [("mod", "name", 201), ("mod", "other", 200), ("mod", "x", 0), ("mod", "x", 2**31)]:
    try:
        copyreg.add_extension(*args)
    except ValueError as e:
        print(e)
print(copyreg._extension_registry, copyreg._inverted_registry)
copyreg.remove_extension("mod", "name", 200)
try:
    copyreg.remove_extension("mod", "name", 200)
except ValueError as e:
    print(e)
copyreg.clear_extension_cache()
print(type(copyreg.__newobj__(Plain, 1)).__name__, copyreg.__newobj_ex__(KwOnly, (), {"size": 9}).size)
print(copyreg._reconstructor(L, list, [1, 2]), type(copyreg._reconstructor(Plain, object, None)).__name__)
print(copyreg._reduce_ex(Plain(1), 0)[0].__name__, copyreg._reduce_ex(Plain(1), 1)[1])

# protocols of object.__reduce_ex__
pl = Plain(1)
for proto in range(6):
    rv = pl.__reduce_ex__(proto)
    print(proto, rv[0].__name__, rv[1], rv[2])
print(object().__reduce__()[0].__name__, (5).__reduce_ex__(2)[1], (1, 2).__reduce_ex__(3)[1])
for bad in [lambda: copy.copy((i for i in [1])), lambda: Slotted().__reduce_ex__(1), lambda: copy.deepcopy((x for x in []))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# replace
print(copy.replace(types.SimpleNamespace(a=1, b=2), b=3))
try:
    copy.replace([1], x=1)
except TypeError as e:
    print(e)


class Rep:
    def __init__(self, v):
        self.v = v

    def __replace__(self, **changes):
        return Rep(changes.get("v", self.v))


print(copy.replace(Rep(1), v=7).v, copy.replace(Rep(2)).v)
print(issubclass(copy.Error, Exception), copy.error is copy.Error, copy.__all__)
memo = {}
x = [1, 2]
y = copy.deepcopy(x, memo)
print(memo[id(x)] is y, memo[id(memo)] == [x])
wr = weakref.ref(Plain)
print(copy.copy(wr) is wr, copy.deepcopy(wr) is wr)


# subclasses of builtins keep their type and attributes; native objects refuse
class Failure(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code


f2 = copy.deepcopy(Failure("boom", 3))
print(type(f2).__name__, f2.args, f2.code, copy.copy(ValueError("x")).args)


class Int(int):
    pass


iv = Int(5)
iv.tag = "t"
iv2 = copy.deepcopy(iv)
print(type(iv2).__name__, iv2, iv2.tag)


class Str(str):
    pass


class Tup(tuple):
    pass


class Bytes(bytearray):
    pass


class Flt(float):
    pass


class Frozen(frozenset):
    pass


class Mset(set):
    pass


ms = Mset({1})
ms.x = 1
print(repr(copy.copy(Str("abc"))), copy.deepcopy(Tup((1, [2]))), copy.copy(Bytes(b"xy")), copy.deepcopy(Flt(1.5)) + 1)
print(sorted(copy.deepcopy(Frozen({1, 2}))), type(copy.copy(Frozen({1}))).__name__, type(copy.deepcopy(ms)).__name__, copy.deepcopy(ms).x)
print(copy.deepcopy(slice(1, 2)), copy.copy(range(3)), bytearray(b"\xffa").__reduce_ex__(2), bytearray(b"a").__reduce_ex__(3))
for thing in [(i for i in ()), copy]:
    try:
        copy.deepcopy(thing)
    except TypeError as e:
        print("TypeError", e)
