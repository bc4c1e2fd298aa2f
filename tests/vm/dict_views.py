d = {'a': 1, 'b': 2, 'c': 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), 'a' in k, 2 in v, ('a', 1) in it, ('a', 2) in it)
d['d'] = 4
print(list(k), list(v), list(it))
print(k & {'a', 'z'}, k | {'z'}, k - {'a'}, k ^ {'a', 'q'}, it & {('a', 1)}, k == {'a', 'b', 'c', 'd'}, k <= {'a', 'b', 'c', 'd', 'e'})
print(sorted(k), list(reversed(k)), list(reversed(v)), list(reversed(it)), k.isdisjoint({'x'}), it.isdisjoint([('a', 1)]))
print(type(k).__name__, type(v).__name__, type(it).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
print(k.mapping['a'], type(k.mapping).__name__)
try:
    v & v
except TypeError as e:
    print(e)
try:
    hash(k)
except TypeError as e:
    print(e)
print(v == v, v == d.values(), {'x': 1}.keys() == {'x': 2}.keys(), {'x': 1}.items() == {'x': 1}.items())
e = {}
print(list(e.keys()), e.items() == set(), bool(e.keys()), bool(d.values()))
m = dict.fromkeys('abc', 0)
for key in m.keys():
    m[key] += 1
print(m)
try:
    for key in m.keys():
        del m[key]
except RuntimeError as e:
    print(e)
print({1: 'x'}.keys() | [2, 3], [2] + list({1: 'x'}.values()), {'a': 1}.items() | {('b', 2)} == {('a', 1), ('b', 2)})
print(repr({}.keys()), repr({1: [2]}.values()), repr({(1, 2): None}.items()))
