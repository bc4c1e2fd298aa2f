print(sorted([3, 1, 2]), sorted('bca'), sorted([3, 1, 2], reverse=True), sorted(['bb', 'a', 'ccc'], key=len), sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(sorted({3: 'c', 1: 'a'}), sorted({'b': 1, 'a': 2}.values()), sorted([-3, 2, -1], key=abs, reverse=True), sorted([]), sorted((x for x in [2, 1])))
print(sorted(['B', 'a', 'C'], key=str.lower), sorted([1.5, 1, True, 0.5]), sorted([[1, 2], [1], []]), sorted(range(5), key=lambda x: x % 2))
h = hash('abc')
print(h == hash('abc'), hash(1) == 1, hash(-1) == -2, hash(1.0) == hash(1), hash((1, 'a')) == hash((1, 'a')), hash(frozenset()) == hash(frozenset()), type(hash(object())).__name__)
a = object()
print(id(a) == id(a), id(a) != id(object()), type(id(a)).__name__, id(None) == id(None))
x = [1]
y = x
print(x is y, id(x) == id(y), [1] is [1], x == [1])
