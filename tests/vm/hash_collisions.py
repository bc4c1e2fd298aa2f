class K:
    def __init__(self, v, h):
        self.v, self.h = v, h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v
    def __repr__(self):
        return f'K{self.v}'
keys = [K(i, i % 3) for i in range(12)]
d = {k: k.v * 10 for k in keys}
print(len(d), d[K(7, 1)], K(7, 2) in d, K(20, 0) in d, list(d)[:4])
for k in keys[::2]:
    del d[k]
print(len(d), sorted(k.v for k in d), d.get(K(3, 0)), d.get(K(4, 1)))
s = set(keys) | {K(0, 0), K(100, 1)}
print(len(s), K(100, 1) in s, sorted(k.v for k in s)[-3:])
class Eq1:
    def __hash__(self): return 1
    def __eq__(self, o): return True
print(len({Eq1(), Eq1(), Eq1()}), list({Eq1(): 'a', Eq1(): 'b'}.values()))
print(len({1, 1.0, True, 1 + 0j}), {1: 'int', 1.0: 'float'}, {(): 0, frozenset(): 1, '': 2, 0: 3, None: 4})
print(hash((1, 2)) == hash((1, 2)), hash(frozenset({1, 2})) == hash(frozenset({2, 1})), {frozenset({1, 2}): 'x'}[frozenset([2, 1])])
big = {}
for i in range(5000):
    big[(i, str(i))] = i
print(len(big), big[(4999, '4999')], sum(1 for k in big if k[0] % 1000 == 0))
