class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print('eq called', self.v)
        return isinstance(o, V) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
    __hash__ = None
print(V(1) == V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1), V(1) >= V(1))
print(V(1) == 5, 5 == V(1))
class OnlyEq:
    def __eq__(self, o):
        return NotImplemented
a = OnlyEq()
print(a == a, a == OnlyEq(), a != a)
try:
    a < a
except TypeError as e:
    print(e)
class Weird:
    def __eq__(self, o):
        return 'truthy string'
    def __ne__(self, o):
        return 0
print(Weird() == 1, Weird() != 1)
class Sub(V):
    def __eq__(self, o):
        return 'Sub.eq first'
print(V(1) == Sub(1))
print(1 < 2 < 3, 1 < 3 < 2, (1 < 2) == True)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), 'abc' < 'abd', [1] == [1.0], (1, 'a') < (1, 'b'))
try:
    [1, 'a'] < [1, 2]
except TypeError as e:
    print(e)
nan = float('nan')
print(nan == nan, nan != nan, [nan] == [nan], nan in [nan], (nan,) == (nan,))
print(None == None, None is None, None != 0)
try:
    None < 1
except TypeError as e:
    print(e)
print({1, 2} < {1, 2, 3}, {1} <= {1}, {1, 2} > {1}, {1} == frozenset({1}))
print({'a': 1} == {'a': 1}, {'a': 1} != {'a': 2})
try:
    {'a': 1} < {'a': 2}
except TypeError as e:
    print(e)
class Order:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f'O{self.k}'
print(sorted([Order(3), Order(1), Order(2)]), max([Order(3), Order(5)]), min(Order(4), Order(2)))
print(1 == 1.0, 1 == True, 0.1 + 0.2 == 0.3, 2**53 + 1 == float(2**53 + 1), 10**20 == 1e20)
