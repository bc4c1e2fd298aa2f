d = {'a': 1, 'b': 2}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(d.pop('a'), d.pop('z', 'default'), d)
try:
    d.pop('z')
except KeyError as e:
    print('KeyError', e)
print(d.setdefault('b', 100), d.setdefault('new', []), d)
d.update({'x': 1}, y=2)
d.update([('z', 3)])
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c.clear()
print(c, d is not c, dict.fromkeys('ab'), dict.fromkeys([1, 2], 0))
print(dict(a=1), dict([(1, 2)]), dict({'k': 'v'}, k2='v2'), dict(zip('ab', range(2))), dict())
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(e)
try:
    dict([1])
except TypeError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    d['missing']
except KeyError as e:
    print(repr(e))
class Missing(dict):
    def __missing__(self, k):
        return k * 2
m = Missing(a=1)
print(m['a'], m['zz'], m.get('zz'), 'zz' in m)
print({1: 'a', 2: 'b'} | {2: 'c', 3: 'd'}, {**{'a': 1}, **{'a': 2}})
e = {}
e |= {'q': 1}
print(e, dict(sorted({'b': 1, 'a': 2}.items())), sorted({'b': 1, 'a': 2}))
f = {i: i * i for i in range(5)}
del f[2]
f[2] = 'back'
print(f, list(f), list(reversed(f)), next(iter(f)))
try:
    for k in f:
        f[k + 100] = 1
except RuntimeError as e:
    print(e)
try:
    {}[[]]
except TypeError as e:
    print(e)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, dict.__name__, type({}.keys()).__name__)
nested = {'x': {'y': {'z': 1}}}
print(nested['x']['y']['z'], repr({'q': "it's"}), {None: None, (1, 2): [3]}, {1.5: True})
