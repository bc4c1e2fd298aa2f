d = {}
for i, w in enumerate('one two three four five six'.split()):
    d[w] = i
print(d, list(d)[::2], d.get('three'), d.get('ten', -1), len(d))
del d['two']
d['two'] = 99
print(list(d.items()))
print({k: v for k, v in d.items() if v % 2}, dict(sorted(d.items(), key=lambda kv: kv[1])), max(d, key=d.get), min(d.items(), key=lambda kv: kv[1]))
inv = {v: k for k, v in d.items()}
print(inv, sorted(inv))
merged = {'a': 1, 'b': 2} | {'b': 3, 'c': 4}
merged |= {'d': 5}
print(merged, {**merged, 'a': 0}, dict(merged, e=6))
counts = {}
for ch in 'abracadabra':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1])[:2])
groups = {}
for w in ['apple', 'bob', 'avocado', 'cat', 'banana']:
    groups.setdefault(w[0], []).append(w)
print(groups)
nested = {'a': {'b': {'c': 1}}}
nested['a']['b']['d'] = 2
print(nested, nested['a']['b'].keys() & {'c', 'z'})
print(dict.fromkeys(range(3), []), list(zip(*{'x': 1, 'y': 2}.items())), {(1, 2): 'tuple key', 3.5: 'float key', None: 'none'})
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()), 999 in big, 998 in big)
e = dict(a=1)
e.update(b=2)
e.update({'c': 3}, d=4)
e.update([('e', 5)])
print(e, e.pop('a'), e.popitem(), list(e), e.setdefault('z', 26), e)
class Key:
    def __init__(self, n): self.n = n
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, Key) and self.n == o.n
    def __repr__(self): return f'K{self.n}'
kd = {Key(1): 'a', Key(2): 'b', Key(1): 'c'}
print(kd, kd[Key(2)], Key(3) in kd)
print(repr({}), str({'q': [1, {2: (3,)}]}), {1: 1}.__len__(), dict().__class__.__name__, type({}.items()).__name__)
