# collections.abc: every ABC, its structural checks, the builtins registered
# with it, and the mixin methods.
import collections.abc as cabc
import _collections_abc
import sys

print(cabc is _collections_abc, cabc.__name__, sorted(cabc.__all__))
names = ["Hashable", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
         "AsyncGenerator", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
         "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
         "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
         "Sequence", "MutableSequence", "Buffer"]
for n in names:
    c = getattr(cabc, n)
    print(n, c.__module__, c.__qualname__, sorted(c.__abstractmethods__), [b.__name__ for b in c.__mro__])


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


co = coro()
ag = agen()
samples = {
    "int": 1, "str": "s", "bytes": b"b", "bytearray": bytearray(), "list": [], "tuple": (),
    "dict": {}, "set": set(), "frozenset": frozenset(), "range": range(3),
    "memoryview": memoryview(b""), "keys": {}.keys(), "values": {}.values(),
    "items": {}.items(), "gen": gen(), "coro": co, "agen": ag,
    "list_iter": iter([]), "str_iter": iter(""), "dict_iter": iter({}), "zip": zip(),
    "map": map(str, []), "func": len, "lambda": lambda: 0, "None": None,
    "mappingproxy": type.__dict__, "type": int, "reversed": reversed([]),
    "set_iter": iter(set()), "bytes_iter": iter(b""), "range_iter": iter(range(2)),
    "tuple_iter": iter(()),
}
for k, v in samples.items():
    print(k, "".join("1" if isinstance(v, getattr(cabc, n)) else "." for n in names))
co.close()

for n in ("bytes_iterator", "bytearray_iterator", "dict_keyiterator", "dict_valueiterator",
          "dict_itemiterator", "list_iterator", "list_reverseiterator", "range_iterator",
          "longrange_iterator", "set_iterator", "str_iterator", "tuple_iterator",
          "zip_iterator", "dict_keys", "dict_values", "dict_items", "mappingproxy",
          "generator", "coroutine", "async_generator"):
    print(n, getattr(cabc, n).__name__)


# Structural checks.
class OnlyLen:
    def __len__(self):
        return 0


class NoHash:
    __hash__ = None


class Iter:
    def __iter__(self):
        return iter([1, 2])


class IterNone(Iter):
    __iter__ = None


print(issubclass(OnlyLen, cabc.Sized), issubclass(OnlyLen, cabc.Collection),
      issubclass(NoHash, cabc.Hashable), issubclass(Iter, cabc.Iterable),
      issubclass(IterNone, cabc.Iterable), issubclass(Iter, cabc.Iterator))


class Full:
    def __len__(self): return 0
    def __iter__(self): return iter(())
    def __contains__(self, x): return False


print(issubclass(Full, cabc.Collection), issubclass(Full, cabc.Set), issubclass(Full, cabc.Reversible))


# Set mixins.
class LSet(cabc.Set):
    def __init__(self, it=()):
        self.data = []
        for x in it:
            if x not in self.data:
                self.data.append(x)
    def __contains__(self, x): return x in self.data
    def __iter__(self): return iter(self.data)
    def __len__(self): return len(self.data)
    def __repr__(self): return f"LSet({sorted(self.data)})"


a, b = LSet([1, 2, 3]), LSet([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, b - a)
print(a <= b, a < LSet([1, 2, 3, 4]), a >= LSet([1]), a > a, a == LSet([3, 2, 1]), a != b)
print(a & [1, 9], [1, 9] & a, a | [7], a - [1], [1, 5] - a, a ^ [1, 5])
print(a.isdisjoint([7, 8]), a.isdisjoint([3]))
print(LSet([1, 2])._hash() == hash(frozenset([1, 2])), LSet()._hash() == hash(frozenset()))
print(a.__eq__(3), a.__le__([1]), a.__and__(3), a.__sub__(3), a.__rsub__(3), a.__xor__(5))
print(a == {1, 2, 3}, {1, 2, 3} == a, a <= {1, 2, 3, 4})


class LMSet(LSet, cabc.MutableSet):
    def add(self, x):
        if x not in self.data:
            self.data.append(x)
    def discard(self, x):
        if x in self.data:
            self.data.remove(x)


s = LMSet([1, 2, 3])
s.remove(1)
try:
    s.remove(9)
except KeyError as e:
    print("KeyError", e)
print(s.pop(), s)
s |= [5, 6]
print(s)
s &= [5, 6, 7]
print(s)
s ^= [6, 8]
print(s)
s -= [8]
print(s)
s ^= s
print(s)
s.add(1)
s -= s
print(s)
s.add(3)
s.clear()
print(s)
try:
    s.pop()
except KeyError as e:
    print("KeyError", repr(e))


# Mapping mixins.
class DMap(cabc.MutableMapping):
    def __init__(self, *a, **k):
        self.d = {}
        self.update(*a, **k)
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)


m = DMap({"a": 1}, b=2)
m.update([("c", 3)])


class KeysOnly:
    def keys(self): return ["z"]
    def __getitem__(self, k): return 26


m.update(KeysOnly())
print(sorted(m.items()), m.get("a"), m.get("q"), m.get("q", 0), "a" in m, "q" in m)
print(list(m.keys()), list(m.values()), ("a", 1) in m.items(), ("a", 2) in m.items(), ("x", 1) in m.items(), 2 in m.values(), 9 in m.values())
print(len(m.keys()), sorted(m.keys() & {"a", "b", "x"}), m.items() | {(1, 2)} == set(m.items()) | {(1, 2)})
print(m.pop("a"), m.pop("a", "gone"), m.setdefault("b", 0), m.setdefault("n", 5), m.popitem())
try:
    m.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(m == DMap(b=2, c=3, z=26), m == {"b": 2, "c": 3, "z": 26}, m == 3, m != DMap())
m.clear()
print(len(m), m.__reversed__)
try:
    m.popitem()
except KeyError as e:
    print("KeyError", repr(e))
print(repr(cabc.KeysView({1: 2})), repr(cabc.ItemsView({})), repr(cabc.ValuesView({1: 2})))
print(cabc.KeysView[int], cabc.Iterable[int], cabc.Mapping[str, int])


# Sequence mixins.
class Seq(cabc.MutableSequence):
    def __init__(self, it=()): self.l = list(it)
    def __getitem__(self, i): return self.l[i]
    def __setitem__(self, i, v): self.l[i] = v
    def __delitem__(self, i): del self.l[i]
    def __len__(self): return len(self.l)
    def insert(self, i, v): self.l.insert(i, v)
    def __repr__(self): return f"Seq({self.l})"


q = Seq([1, 2, 3, 2])
print(list(q), 2 in q, 9 in q, list(reversed(q)), q.index(2), q.index(2, 2), q.index(2, -2), q.count(2))
try:
    q.index(2, 0, 1)
except ValueError as e:
    print("ValueError", repr(e))
q.append(4)
q.extend([5])
q.extend(q)
q.reverse()
print(q, q.pop(), q.pop(0), q)
q.remove(2)
q += [7]
print(q)
q.clear()
print(q)
match q:
    case []:
        print("empty sequence pattern")
match DMap(a=1):
    case {"a": x}:
        print("mapping pattern", x)


class Regd:
    def __getitem__(self, i): raise IndexError
    def __len__(self): return 0


cabc.Sequence.register(Regd)
match Regd():
    case []:
        print("registered sequence matches")
    case _:
        print("registered sequence does not match")

# Generator / Coroutine mixins.
class G(cabc.Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2:
            raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


print(list(G()))
g = G()
print(next(g))
g.close()
try:
    G().throw(ValueError, ValueError("boom"))
except ValueError as e:
    print("ValueError", e)
try:
    G().throw(KeyError)
except KeyError as e:
    print("KeyError", repr(e))


class Stubborn(cabc.Generator):
    def send(self, v): return 1
    def throw(self, *a): return 1


try:
    Stubborn().close()
except RuntimeError as e:
    print("RuntimeError", e)


class Aw(cabc.Awaitable):
    def __await__(self):
        return iter([])


print(isinstance(Aw(), cabc.Awaitable), issubclass(Aw, cabc.Coroutine))

# Callable aliases.
C = cabc.Callable[[int, str], float]
print(C, C.__args__, C.__origin__, cabc.Callable[..., int].__args__, cabc.Callable[[], None])
print(C.__reduce__()[1][1], type(C).__name__)
try:
    cabc.Callable[int]
except TypeError as e:
    print("TypeError", e)
try:
    cabc.Callable[int, str]
except TypeError as e:
    print("TypeError", e)
print(isinstance(len, cabc.Callable), isinstance(3, cabc.Callable))

# ByteString is deprecated (the warning goes to standard error).
print(isinstance(b"", cabc.ByteString), isinstance([], cabc.ByteString))
