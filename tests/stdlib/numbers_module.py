# numbers: the tower's registrations, abstract methods, the provided
# operations, and subclassing.
import numbers


for v in [1, True, 1.5, 1j, 'x', None]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
for cls in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral):
    print(cls.__name__, sorted(cls.__abstractmethods__), cls.__hash__)
    try:
        cls()
    except TypeError as e:
        print('TypeError', str(e).split(' with')[0])


class MyInt(numbers.Integral):
    def __init__(self, v):
        self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(self.v ** e)
    def __lshift__(self, o): return NotImplemented
    __rlshift__ = __rshift__ = __rrshift__ = __and__ = __rand__ = __xor__ = __rxor__ = __or__ = __ror__ = __lshift__
    def __invert__(self): return MyInt(~self.v)
    def __add__(self, o): return MyInt(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return self
    def __mul__(self, o): return MyInt(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, b): return b ** self.v
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == int(o)
    def __trunc__(self): return self.v
    __floor__ = __ceil__ = __trunc__
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __repr__(self): return 'MyInt(%d)' % self.v


m = MyInt(7)
print(m, float(m), complex(m), m.real, m.imag, m.numerator, m.denominator, m.conjugate(), bool(m), bool(MyInt(0)))
print(m - 2, 10 - m, divmod(m, 2), divmod(20, m), [1, 2, 3, 4, 5, 6, 7, 8][m], m.__index__())

print(numbers.Complex.__add__.__qualname__, numbers.Integral.__pow__.__qualname__, numbers.Real.real.__isabstractmethod__, numbers.Rational.numerator.__isabstractmethod__)
print(sorted(numbers.__all__))
