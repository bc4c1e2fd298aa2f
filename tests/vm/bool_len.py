class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class B:
    def __bool__(self): return False
    def __len__(self): return 5
class Neither:
    pass
print(bool(L(0)), bool(L(3)), bool(B()), bool(Neither()), len(L(7)))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class NegLen:
    def __len__(self): return -1
try:
    len(NegLen())
except ValueError as e:
    print(e)
try:
    bool(NegLen())
except ValueError as e:
    print(e)
class BigLen:
    def __len__(self): return 2**100
try:
    len(BigLen())
except OverflowError as e:
    print(e)
class StrLen:
    def __len__(self): return '3'
try:
    len(StrLen())
except TypeError as e:
    print(e)
class IdxLen:
    def __len__(self):
        class I:
            def __index__(self): return 4
        return I()
print(len(IdxLen()))
print(not L(0), not L(1), L(0) or 'x', L(2) and 'y')
for v in [0, 0.0, 0j, '', (), [], {}, set(), None, range(0), b'', 1, -1, 'a', [0], float('nan')]:
    print(repr(v), bool(v))
if L(1):
    print('truthy in if')
while L(0):
    pass
print(all([L(1), B()]), any([L(0), Neither()]))
class BoolRaises:
    def __bool__(self): raise RuntimeError('no bool')
try:
    if BoolRaises(): pass
except RuntimeError as e:
    print(e)
print(bool.__mro__, True + 1, True & False, True | False, ~True, -True, True ^ True, type(True & True).__name__)
print(int(True), str(False), repr(True), True == 1, False is False, bool('False'), bool(0.0))
