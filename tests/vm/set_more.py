s = set(range(10))
evens = {x for x in s if x % 2 == 0}
print(sorted(s - evens), sorted(s & {3, 4, 20}), sorted(evens | {11}), sorted(s ^ set(range(5, 15))), evens < s, s > evens, evens <= evens, s.isdisjoint({-1}))
s.difference_update(range(5))
s.intersection_update(range(3, 9))
s.symmetric_difference_update({8, 9, 100})
print(sorted(s))
u = set()
for w in 'the quick brown the lazy quick'.split():
    u.add(w)
print(sorted(u), len(u), 'lazy' in u, u.discard('nope'), sorted(u.copy()) == sorted(u))
f = frozenset('hello')
print(sorted(f), len(f), 'h' in f, f == frozenset('olleh'), hash(f) == hash(frozenset('lohel')), sorted(f | {'z'}), sorted(f.union('ab')), type(f.copy()).__name__, f.copy() is f)
print(set([1, 2]) == {2, 1}, {1, 2} != {1}, {frozenset([1])}, set([(1, 2), (1, 2)]), {None, 0, False, ''} == {None, 0, ''}, len({1, 1.0, True}))
try:
    {1} < [1]
except TypeError as e:
    print(e)
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print(e)
nested = {frozenset({1, 2}): 'a', frozenset({3}): 'b'}
print(nested[frozenset([2, 1])], sorted(len(k) for k in nested))
s2 = {1, 2, 3}
print(s2.pop() in {1, 2, 3}, len(s2), s2.issubset([1, 2, 3, 4]), s2.issuperset(()), set('abc').union(), set().intersection())
class H:
    def __init__(self, k): self.k = k
    def __hash__(self): return hash(self.k % 3)
    def __eq__(self, o): return self.k == o.k
hs = {H(1), H(4), H(1), H(7)}
print(len(hs), sorted(h.k for h in hs))
print(sorted({x % 5 for x in range(50)}), sorted(set('mississippi')), sorted(frozenset(range(3)) ^ {2, 3}))
print(repr({1, 2} - {1, 2}), repr(frozenset()), str({'a'}), set.__name__, frozenset.__name__)
