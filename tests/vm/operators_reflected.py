class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f'V({self.v})'
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.v + o.v)
        if isinstance(o, int):
            return V(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return V(o + self.v) if isinstance(o, int) else NotImplemented
    def __sub__(self, o):
        return V(self.v - (o.v if isinstance(o, V) else o))
    def __rsub__(self, o):
        return V(o - self.v)
    def __mul__(self, o):
        return V(self.v * o)
    __rmul__ = __mul__
    def __truediv__(self, o): return V(self.v / o)
    def __floordiv__(self, o): return V(self.v // o)
    def __mod__(self, o): return V(self.v % o)
    def __pow__(self, o, m=None): return V(pow(self.v, o, m))
    def __rpow__(self, o): return V(o ** self.v)
    def __matmul__(self, o): return 'matmul'
    def __rmatmul__(self, o): return 'rmatmul'
    def __lshift__(self, o): return V(self.v << o)
    def __rshift__(self, o): return V(self.v >> o)
    def __and__(self, o): return V(self.v & o)
    def __or__(self, o): return V(self.v | o)
    def __xor__(self, o): return V(self.v ^ o)
    def __rand__(self, o): return 'rand'
    def __neg__(self): return V(-self.v)
    def __pos__(self): return V(+self.v)
    def __abs__(self): return V(abs(self.v))
    def __invert__(self): return V(~self.v)
    def __divmod__(self, o): return ('divmod', o)
    def __rdivmod__(self, o): return ('rdivmod', o)
a = V(5)
print(a + V(1), a + 1, 1 + a, a - 2, 10 - a, a * 3, 3 * a, a / 2, a // 2, a % 3, a ** 2, 2 ** a, pow(a, 2, 3))
print(a @ 1, 1 @ a, a << 1, a >> 1, a & 3, 3 & a, a | 2, a ^ 1, -a, +a, abs(V(-3)), ~a, divmod(a, 2), divmod(2, a))
try:
    a + 'x'
except TypeError as e:
    print(e)
try:
    'x' + a
except TypeError as e:
    print(e)
try:
    a < a
except TypeError as e:
    print(e)
class Sub(V):
    def __radd__(self, o):
        return 'Sub.__radd__ wins'
print(V(1) + Sub(2))
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return NotImplemented
try:
    N() + N()
except TypeError as e:
    print(e)
try:
    -N()
except TypeError as e:
    print(e)
class L(list):
    def __add__(self, o):
        return 'L.add'
print(L() + [], [] + L())
class RL(list):
    def __radd__(self, o):
        return 'RL.radd'
print([1] + RL())
print(1 + 2.5, 2.5 + 1, True + True, 3 * 'ab', [0] * 2, 7 // -2, -7 % 3, 2 ** -1, divmod(-7, 2), (-8) ** (1/3) == (-8) ** (1/3))
