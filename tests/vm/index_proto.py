class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
l = list(range(10))
print(l[I(2)], l[I(1):I(4)], 'abcdef'[I(-1)], (1, 2, 3)[I(0)], range(10)[I(3)])
print(bin(I(5)), oct(I(8)), hex(I(255)), [0] * I(3), 'x' * I(2), int(I(7)), operator_index := I(9).__index__())
print(round(2.5, I(0)), chr(I(65)), I(3).__index__(), bytes(I(2)), list(range(I(3))))
class Bad:
    def __index__(self): return 'x'
try:
    l[Bad()]
except TypeError as e:
    print(e)
try:
    l['a']
except TypeError as e:
    print(e)
try:
    l[1.0]
except TypeError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
class BigI:
    def __index__(self): return 2**100
try:
    l[BigI()]
except IndexError as e:
    print(e)
print(l[BigI():], l[:BigI()][:2], l[-2**100:][:1])
class IntOnly:
    def __int__(self): return 3
try:
    l[IntOnly()]
except TypeError as e:
    print(e)
print(int(IntOnly()), [1, 2, 3][True], 'ab'[False])
class Sl:
    def __getitem__(self, k): return k
s = Sl()
print(s[1], s[1:2], s[::3], s[1, 2], s[...], s[:, 1], s[I(1)].__class__.__name__)
sl = slice(1, 10, 2)
print(sl.start, sl.stop, sl.step, sl.indices(5), slice(None).indices(3), slice(-1, None, -1).indices(4), repr(slice(1, 2)))
print(slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(e)
