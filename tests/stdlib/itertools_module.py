# itertools: every iterator, its edge cases, reprs and CPython's messages.
import itertools as it
from itertools import *


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(" ", repr(r) if not hasattr(r, "__next__") else list(islice(r, 30)))
    except Exception as e:
        print(" ", type(e).__name__, e)


print(sorted(n for n in dir(it) if not n.startswith("__")))

print("accumulate")
t(accumulate, [1, 2, 3, 4])
t(accumulate, [1, 2, 3, 4], max)
t(accumulate, [3, 1, 4], lambda a, b: a * b)
t(accumulate, [], initial=5)
t(accumulate, [1, 2], initial=None)
t(accumulate, "abc")
t(accumulate, [1, 2], func=None, initial=100)
t(accumulate, [1, "a"])
t(accumulate)
t(accumulate, 1)
t(accumulate, [], None, None)
t(accumulate, [], x=1)
t(accumulate, iterable=[1, 2])

print("batched")
t(batched, "abcdefg", 3)
t(batched, range(4), 2)
t(batched, [], 2)
t(batched, [1], 0)
t(batched, [1], -1)
t(batched, [1], "a")
t(batched, [1])
t(batched, 1, 2)
t(batched, [1, 2, 3], 2, strict=True)
t(batched, [1, 2, 3, 4], 2, strict=True)
t(batched, [1], n=1)
t(batched, [1], 2**70)
b = batched([1, 2, 3], 2, strict=True)
print(next(b))
try:
    next(b)
except ValueError as e:
    print("ValueError", e)
print(list(b))

print("chain")
t(chain, "ab", [1, 2], (), range(2))
t(chain)
t(chain.from_iterable, ["ab", "", "cd"])
t(chain.from_iterable, [1])
t(chain, 1)
t(chain, x=1)
t(chain.from_iterable)
t(chain.from_iterable, [], [])
print(chain[int], type(chain.from_iterable([])).__name__)

print("combinations")
t(combinations, "abcd", 2)
t(combinations, range(4), 0)
t(combinations, range(3), 4)
t(combinations, [], 0)
t(combinations, "abc", 3)
t(combinations, [1], -1)
t(combinations, [1])
t(combinations, 1, 1)
t(combinations, [1], "a")
t(combinations, [1], 1.0)
print(len(list(combinations(range(10), 4))))

print("combinations_with_replacement")
t(combinations_with_replacement, "abc", 2)
t(combinations_with_replacement, "ab", 0)
t(combinations_with_replacement, [], 2)
t(combinations_with_replacement, [], 0)
t(combinations_with_replacement, "ab", 3)
t(combinations_with_replacement, [1], -1)
t(combinations_with_replacement, [1], "x")

print("compress")
t(compress, "abcdef", [1, 0, 1, 0, 1, 1])
t(compress, "abc", [1])
t(compress, "a", [1, 1, 1])
t(compress, [1], 1)
t(compress, [1])
t(compress, data=[1, 2], selectors=[0, 1])

print("count")
print(count(), count(5), count(1.5, 2), count(1, 1.5), count(2**70), count(step=-1), count(1j), count(0, 1.0), count(step=True), count(3, 0))
t(count, "a")
t(count, 1, "a")
t(count, x=1)
t(count, 1, 2, 3)
c = count(10, 5)
print(next(c), next(c), c)
c = count(0.1, 0.1)
print([next(c) for _ in range(4)])
c = count(2**63 - 2)
print([next(c) for _ in range(3)], c)


class MyCount(count):
    pass


print(MyCount(3), MyCount(3, 2))

print("cycle")
t(cycle, "abc")
t(cycle, [])
t(cycle)
t(cycle, 1)
t(cycle, [], [])
t(cycle, x=[1])

print("dropwhile / takewhile / filterfalse / starmap")
t(dropwhile, lambda x: x < 5, [1, 4, 6, 4, 1])
t(takewhile, lambda x: x < 5, [1, 4, 6, 4, 1])
t(filterfalse, lambda x: x % 2, range(10))
t(filterfalse, None, [0, 1, "", "a", None])
t(filterfalse, bool, [0, 1])
t(starmap, pow, [(2, 5), (3, 2), (10, 3)])
t(starmap, lambda *a: a, ["ab", [1]])
t(starmap, len, [1])
t(dropwhile, None)
t(takewhile, 1)
t(filterfalse, None)
t(starmap, 1)
t(dropwhile, None, 1)
t(dropwhile, lambda x: x, [1], x=1)
t(dropwhile, None, [1])
t(takewhile, 1, [1])
print(list(takewhile(lambda x: 1 / x, [1, 2])))
try:
    list(takewhile(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

print("groupby")
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6], key=lambda x: x // 3)])
print([(k, list(g)) for k, g in groupby([])])
gb = groupby("aabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = groupby("aabbc")
k1, g1 = next(gb)
print(next(g1))
k2, g2 = next(gb)
print(list(g1), k2, next(g2))
t(groupby)
t(groupby, 1)
t(groupby, [], None, 1)
print([(k, list(g)) for k, g in groupby(iterable="abB", key=str.upper)])
print(type(g1).__name__, type(g1).__module__)

print("islice")
t(islice, "ABCDEFG", 2)
t(islice, "ABCDEFG", 2, 4)
t(islice, "ABCDEFG", 2, None)
t(islice, "ABCDEFG", 0, None, 2)
t(islice, "ABCDEFG", None)
t(islice, "ABCDEFG", None, None, None)
t(islice, count(), 3, 20, 4)
t(islice, "AB", 10)
t(islice, "AB", 2**70)
t(islice, "ABCD", 1, 2**70, 2**70)
t(islice, [])
t(islice, [], -1)
t(islice, [], -2)
t(islice, [], "a")
t(islice, [], 1.5)
t(islice, [], 1, 2, 0)
t(islice, [], -1, 2)
t(islice, [], "a", 2)
t(islice, [], 1, 2, -1)
t(islice, [], 1, 2, "x")
t(islice, [], 1, 2, 3, 4)
t(islice, 1, 2)
t(islice, [], 1, k=1)
t(islice, [], 1, -5)
itr = iter(range(10))
print(list(islice(itr, 3)), list(itr))

print("pairwise")
t(pairwise, "abcd")
t(pairwise, "a")
t(pairwise, "")
t(pairwise)
t(pairwise, 1)
t(pairwise, [], [])

print("permutations")
t(permutations, "abc")
t(permutations, "abc", 2)
t(permutations, "ab", 0)
t(permutations, "ab", 3)
t(permutations, [])
t(permutations, [], 0)
t(permutations, [1], -1)
t(permutations, [1], "a")
t(permutations, [1], 1.0)
t(permutations, [1], r=None)
t(permutations, 1)
print(len(list(permutations(range(6), 4))))

print("product")
t(product, "ab", range(2))
t(product, "ab", repeat=2)
t(product)
t(product, "ab", [])
t(product, [], repeat=0)
t(product, "ab", repeat=0)
t(product, 1)
t(product, [1], repeat=-1)
t(product, [1], x=1)
t(product, [1], repeat="a")
t(product, [1], repeat=1, x=2)

print("repeat")
print(repeat("a"), repeat("a", 3), repeat(1, times=2), repeat("a", -1), repeat(None, 0), repeat([1], 2))
t(repeat, "x", 3)
t(repeat)
t(repeat, 1, "a")
t(repeat, 1, 2, 3)
t(repeat, 1, x=2)
t(repeat, 1, 2**70)
r = repeat("z", 3)
print(r.__length_hint__(), next(r), r.__length_hint__(), r)
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print("TypeError", e)
print(list(map(pow, range(5), repeat(2))), list(zip(range(3), repeat("x"))))

print("tee")
a, b = tee(range(5))
print(next(a), next(a), list(b), list(a))
a, b, c = tee("abc", 3)
print(list(a), list(b), list(c))
print(tee("ab", 0), len(tee("ab", 1)), type(tee("ab")[0]).__name__)
a, b = tee(iter([1, 2, 3]))
c = a.__copy__()
print(next(a), list(c), list(b), list(a))
x, y = tee(a)
print(x is a, list(x), list(y))
t(tee, [], -1)
t(tee, 1)
t(tee)
t(tee, [], "a")
t(tee, [], 2**70)
t(tee, [], n=2)
big = tee(range(3000))
print(sum(big[0]), sum(big[1]))


def reenter():
    yield next(inner[0])


inner = tee(reenter())
try:
    next(inner[0])
except RuntimeError as e:
    print("RuntimeError", e)

print("zip_longest")
t(zip_longest, "ABCD", "xy", fillvalue="-")
t(zip_longest, "AB", "xyz")
t(zip_longest)
t(zip_longest, "a")
t(zip_longest, [], [])
t(zip_longest, x=1)
t(zip_longest, "a", fillvalue=1, x=2)
t(zip_longest, 1)
t(zip_longest, [1], 2)

print("exhaustion stays exhausted")


class Flaky:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 2:
            raise StopIteration
        return self.n


for mk in [lambda s: islice(s, 5), pairwise, lambda s: batched(s, 1), chain]:
    o = mk(Flaky())
    print(list(o), list(o))

print("subclassing")


class MyChain(chain):
    pass


print(list(MyChain("ab", "c")), type(MyChain.from_iterable(["a"])).__name__)
for tp in [accumulate, batched, combinations, compress, count, cycle, dropwhile, filterfalse,
           groupby, islice, pairwise, permutations, product, repeat, starmap, takewhile, zip_longest]:
    print(tp.__name__, tp.__module__, type(tp).__name__)
