s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(4)
print(sorted(s), len(s), 1 in s, 9 not in s)
try:
    s.remove(10)
except KeyError as e:
    print('KeyError', e)
a, b = {1, 2, 3}, {2, 3, 4}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b), a <= b, {2} < a, a >= {1}, a.isdisjoint({9}), a.issubset(range(5)), a.issuperset([1, 2]))
print(sorted(a.union([9], (8,))), sorted(a.intersection(b, {3})), sorted(a.difference({1}, {2})), sorted(a.symmetric_difference([3, 5])))
c = a.copy()
c.update([10], {11})
c.intersection_update(range(12))
c.difference_update({1})
c.symmetric_difference_update({2, 99})
print(sorted(c))
print(set(), set('aab') == {'a', 'b'}, set([1, 1, 2]), frozenset(), frozenset([1]), repr(set()), repr(frozenset()))
p = set([5])
print(p.pop(), p)
try:
    p.pop()
except KeyError as e:
    print(e)
f = frozenset([1, 2])
print(f | {3}, type(f | {3}).__name__, type({3} | f).__name__, f & {1}, hash(f) == hash(frozenset([2, 1])), {f: 'ok'}[frozenset([1, 2])])
try:
    f.add(1)
except AttributeError as e:
    print(e)
try:
    {[]}
except TypeError as e:
    print(e)
try:
    a | [1]
except TypeError as e:
    print(e)
s2 = {1, 2}
s2.clear()
print(s2, {x % 3 for x in range(9)} == {0, 1, 2}, {1, 2} == frozenset({1, 2}), set('abc') - set('b') == {'a', 'c'})
print(sorted({'b', 'a', 'c'}), sorted({3.5, 1, 2}), len({1, 1.0, True}), {1, 2}.__contains__(2))
try:
    for x in s:
        s.add(x + 100)
except RuntimeError as e:
    print(e)
class FS(frozenset):
    pass
print(type(FS([1]) | {2}).__name__, FS([1]) == {1}, set.__name__, type(iter(set())).__name__)
print(sorted(set(range(20)) - set(range(0, 20, 2))), {i for i in 'hello'} == set('helo'))
