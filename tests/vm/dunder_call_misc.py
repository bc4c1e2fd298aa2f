class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, times=1):
        return (x + self.n) * times
add5 = Adder(5)
print(add5(1), add5(1, times=3), callable(add5), list(map(add5, [1, 2])))
class Desc:
    def __get__(self, obj, typ):
        return f'got from {typ.__name__}' + (' instance' if obj is not None else ' class')
class H:
    d = Desc()
print(H.d, H().d)
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == getattr(o, 'v', o)
    def __ne__(self, o): return not self == o
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __gt__(self, o): return self.v > o.v
    def __ge__(self, o): return self.v >= o.v
    def __hash__(self): return hash(self.v)
a, b = Cmp(1), Cmp(2)
print(a < b, a <= b, a > b, a >= b, a == 1, a != b, b in [Cmp(2)], {a: 'x'}[Cmp(1)], sorted([b, a])[0].v)
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __complex__(self): return complex(self.v, 1)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return 'rounded' if n is None else f'rounded {n}'
    def __trunc__(self): return 'trunc'
    def __floor__(self): return 'floor'
    def __ceil__(self): return 'ceil'
n = Num(3.7)
import math
print(int(n), float(n), complex(n), round(n), round(n, 1), math.trunc(n), math.floor(n), math.ceil(n), bin(Num(5)), [1, 2, 3, 4][Num(1)])
class Ctx:
    def __enter__(self): return self
    def __exit__(self, *a): return False
    def __len__(self): return 3
    def __bool__(self): return True
    def __reversed__(self): return iter('cba')
    def __iter__(self): return iter('abc')
with Ctx() as c:
    print(len(c), bool(c), list(reversed(c)), list(c))
class Hashy:
    def __hash__(self): return -1
print(hash(Hashy()))
class Sized:
    def __len__(self): return 0
print(bool(Sized()), not Sized())
class Neg:
    def __neg__(self): return 'negated'
    def __pos__(self): return 'positive'
    def __invert__(self): return 'inverted'
    def __abs__(self): return 'absolute'
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
class Getter:
    def __getitem__(self, k): return k
print(Getter()[1:2:3], Getter()['k'], Getter()[1, 2], Getter()[...])
class Dir:
    def __dir__(self): return ['b', 'a']
print(dir(Dir()))
class Init:
    def __init__(self):
        return None
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
class New:
    def __new__(cls, *a):
        return 'not an instance'
print(New(), type(New()))
class NewOther:
    def __new__(cls):
        return object.__new__(Init)
    def __init__(self):
        print('not called')
print(type(NewOther()).__name__)
