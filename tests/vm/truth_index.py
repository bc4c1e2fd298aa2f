class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
class Neither:
    pass
for o in [B(True), B(False), L(0), L(3), Both(), Neither(), 0, 0.0, 0j, "", "a", [], [0], {}, set(), None, (), range(0), range(1), b"", bytearray(1)]:
    print(type(o).__name__, bool(o), "yes" if o else "no", not o)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self): return -1
try:
    bool(NegLen())
except ValueError as e:
    print(e)
try:
    len(NegLen())
except ValueError as e:
    print(e)
class HugeLen:
    def __len__(self): return 2**70
try:
    len(HugeLen())
except OverflowError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)

class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][I(1)], "abc"[I(-1)], bin(I(5)), hex(I(255)), oct(I(8)), range(I(3)), [1, 2, 3, 4][I(1):I(3)])
print(int(I(7)) if hasattr(int, "__index__") else 0, (1).__index__(), operator_index if False else 0)
try:
    [1][I("x")]
except TypeError as e:
    print(e)
try:
    [1]["x"]
except TypeError as e:
    print(e)
try:
    "abc"[1.0]
except TypeError as e:
    print(e)
print(bool(I), 3 * I(2) if False else "x" * I(3))
class F:
    def __float__(self): return 2.5
class N:
    def __int__(self): return 9
print(float(F()), int(N()), complex(F()) if False else 0)
import math
print(math.floor(2.7), math.ceil(F()) if False else 3, round(2.675, 2), round(2.5), round(3.5), round(-0.5))
class R:
    def __round__(self, n=None): return ("round", n)
print(round(R()), round(R(), 3))
class Tr:
    def __trunc__(self): return 4
print(math.trunc(Tr()))
