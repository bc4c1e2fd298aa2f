class A:
    pass
a = A()
print(hash(a) == hash(a), type(hash(a)).__name__)
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
class EqHash:
    def __eq__(self, o):
        return isinstance(o, EqHash)
    def __hash__(self):
        return 42
print(hash(EqHash()), {EqHash(), EqHash()}.__len__())
class Inherit(EqHash):
    pass
print(hash(Inherit()))
class InheritEq(EqHash):
    def __eq__(self, o):
        return False
try:
    hash(InheritEq())
except TypeError as e:
    print(e)
class BigHash:
    def __hash__(self):
        return 2**100
print(hash(BigHash()) == hash(2**100))
class BadHash:
    def __hash__(self):
        return 'x'
try:
    hash(BadHash())
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(-2), hash(0.5), hash(2**61 - 1), hash(2**61), hash(-2**63))
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(float('inf')), hash(float('-inf')), hash(1e100) == hash(int(1e100)), hash(complex(1, 0)) == hash(1))
for v in [[], {}, set(), bytearray()]:
    try:
        hash(v)
    except TypeError as e:
        print(e)
try:
    hash(([],))
except TypeError as e:
    print(e)
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d)
print(hash(None) == hash(None), hash(...) == hash(...), hash(int) == hash(int))
class Unh:
    __hash__ = None
print(isinstance(Unh(), __import__('collections').abc.Hashable) if False else 'skip')
