# reprlib: Repr's limits for every container, strings and ints, indent, and
# recursive_repr.
import reprlib
from collections import deque

r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(10))), reprlib.repr((1,)), reprlib.repr(set(range(20))))
print(reprlib.repr(frozenset("abcdefghij")), reprlib.repr(deque(range(20))), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr("x" * 100), reprlib.repr(2 ** 200), reprlib.repr(object).split(" at ")[0], reprlib.repr([[[[[[[1]]]]]]]))
print(reprlib.repr(set()), reprlib.repr(frozenset()), reprlib.repr({}), reprlib.repr([]), reprlib.repr(()))
print(reprlib.repr({"b": 1, "a": [1, 2, 3, 4, 5, 6, 7, 8]}), reprlib.repr(b"x" * 50), reprlib.repr(1.5))
r.maxlist = 2
r.maxstring = 10
r.maxlong = 8
r.maxlevel = 2
r.fillvalue = "<>"
print(r.repr([1, 2, 3]), r.repr("abcdefghijklmnop"), r.repr(123456789012), r.repr([[[1]]]), r.repr({1: {2: {3: 4}}}))
r2 = reprlib.Repr(indent=2, maxlevel=3)
print(r2.repr([1, [2, [3, [4]]], {"k": (5,)}]))
print(reprlib.Repr(indent="--").repr({"a": [1, 2]}))
print(reprlib.Repr(indent=0).repr([1, 2]), reprlib.Repr(indent=4).repr([]))
for bad in (-1, 1.5):
    try:
        reprlib.Repr(indent=bad).repr([1])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class Broken:
    def __repr__(self):
        raise RuntimeError


print(reprlib.repr(Broken()).split(" at ")[0])


class Custom(reprlib.Repr):
    def repr_int(self, x, level):
        return "INT"


print(Custom().repr([1, "a", 2]))


class Node:
    def __init__(self):
        self.children = [self]

    @reprlib.recursive_repr()
    def __repr__(self):
        "node repr"
        return f"Node({self.children!r})"


print(Node(), Node.__repr__.__name__, Node.__repr__.__doc__, Node.__repr__.__wrapped__.__name__)


class Alt(list):
    @reprlib.recursive_repr("<again>")
    def __repr__(self):
        return "Alt" + ",".join(map(repr, self))


a = Alt()
a.append(a)
print(a, sorted(reprlib.__all__), r.maxdict, r.maxtuple, r.maxother, r.maxarray, r.maxset, r.maxfrozenset, r.maxdeque)
