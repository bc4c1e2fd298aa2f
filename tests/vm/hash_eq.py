class P:
    def __init__(self, x): self.x = x
    def __eq__(self, o): return isinstance(o, P) and self.x == o.x
print(P.__hash__ is None)
try:
    hash(P(1))
except TypeError as e:
    print(e)
try:
    {P(1)}
except TypeError as e:
    print(e)
class H(P):
    def __hash__(self): return hash(self.x)
print(len({H(1), H(1), H(2)}), H(1) in {H(1)}, {H(3): "v"}[H(3)])
class Inherit(H):
    pass
print(hash(Inherit(5)) == hash(5))
class EqOnlySub(H):
    def __eq__(self, o): return False
print(EqOnlySub.__hash__)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**20))
print(hash(1.5), hash(-0.5), hash(float("inf")), hash(float("-inf")), hash(1e100))
print(hash(()), hash((1, 2)), hash((1, (2, 3))), hash(None) == hash(None))
print({1: "a", 1.0: "b", True: "c"})
print(len({0, 0.0, False, -0.0}))
print(hash("") , hash(frozenset()), hash(frozenset({1, 2, 3})))
try:
    hash([])
except TypeError as e:
    print(e)
try:
    hash({})
except TypeError as e:
    print(e)
try:
    hash((1, []))
except TypeError as e:
    print(e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
o = object()
print(hash(o) == hash(o), o == o, o != object())
nan = float("nan")
print(nan == nan, nan is nan, [nan] == [nan], nan in [nan], {nan: 1}.get(nan))
class AlwaysEq:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
print([1, 2, 3].index(AlwaysEq()) if False else [1, 2].count(AlwaysEq()), AlwaysEq() in [5])
d = {}
d[1] = "int"
d[1.0] = "float"
print(d)
class Key:
    def __init__(self, k): self.k = k
    def __hash__(self): return 42
    def __eq__(self, o): return self.k == o.k
keys = {Key(i): i for i in range(5)}
print([keys[Key(i)] for i in range(5)], len(keys))
print(hash(complex(1, 0)) == hash(1), hash(complex(0, 1)))
