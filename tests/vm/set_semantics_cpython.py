# Set operations whose visible behaviour follows setobject.c's algorithms: which
# operand is walked, early exits, the frozenset retry for set keys, in-place identity.


def count_from(n):
    while True:
        yield n
        n += 1


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return hash(self.v)

    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.v == other.v

    def __repr__(self):
        return "K%d" % self.v


s = {1, 2, 3}
print(s.isdisjoint(count_from(3)))              # stops at the first common element
print(s.issuperset(count_from(4)))              # stops at the first missing one
print(s.intersection(count_from(1)))            # stops once every element was seen
s.discard({1})                                  # a set key is retried as a frozenset
s.add(frozenset({1}))
print(frozenset({1}) in s, {1} in s)
s.remove({1})
print(s)
try:
    s.remove({9})
except KeyError as e:
    print("KeyError", e.args)
try:
    s.discard([1])
except TypeError as e:
    print("TypeError", e)

f = frozenset({1, 2})
print(f.copy() is f, f.union() is f, f.intersection() is f, f.difference() is f)
print(type(f.union()), type(set().union()))


class FS(frozenset):
    pass


class S(set):
    pass


x = FS({1, 2})
print(type(x | {3}), type(x.copy()), type(S({1}) & {1}), type(S({1}).symmetric_difference([2])))

# which operand's order the result follows (8, 16, 24 collide in an 8-slot table)
a = {8, 16, 24}
b = {24, 32, 40, 16}
print(list(a ^ b), list(b ^ a), list(a.symmetric_difference([48, 8, 56])))
print(list(a | b), list(b | a), list(a & b), list(b & a), list(b - a))
print(list(a.intersection([24, 8, 40])), list(a.union([48, 56], (64,))))

# in-place operators keep the object; the self cases
t = {1, 2, 3}
before = t
t |= {4}
t &= {1, 2, 4}
t -= {1}
t ^= {5}
print(t is before, t)
t -= t
print(t)
u = {1, 2}
u ^= u
print(u)
v = {1, 2}
v.symmetric_difference_update(v)
v.update(v)
print(v, {1, 2}.isdisjoint({1, 2}), set().isdisjoint(set()))

# comparisons with user __eq__ : how many comparisons CPython makes
ks = {Key(i) for i in range(5)}
Key.calls = 0
print(ks == {Key(i) for i in range(5)}, ks <= {Key(i) for i in range(6)}, Key.calls > 0)

# methods with several arguments and errors
try:
    set().union(1)
except TypeError as e:
    print(e)
try:
    set().update([1], 2)
except TypeError as e:
    print(e)
try:
    set().symmetric_difference_update([1], [2])
except TypeError as e:
    print(e)
try:
    set().union(x=1)
except TypeError as e:
    print(e)
print({1, 2, 3}.difference([1], {2}), {1, 2, 3}.intersection([1, 2], (2,)))
w = {1, 2, 3}
w.intersection_update([1, 2], [2, 3])
print(w)
w.difference_update([2], ())
print(w)

# the iterator's length hint and its size check
it = iter({1, 2, 3})
next(it)
print(it.__length_hint__())
z = {1, 2}
it = iter(z)
z.add(3)
try:
    next(it)
except RuntimeError as e:
    print(e)
print(it.__length_hint__())
d = {"a": 1, "b": 2}
print(sorted(set(d)), len({1}.union(d)), sorted(set(d.keys()) ^ {"a"}))
