class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        return V(o + self.x) if isinstance(o, int) else NotImplemented
    def __sub__(self, o): return V(self.x - o.x)
    def __mul__(self, k): return V(self.x * k)
    __rmul__ = __mul__
    def __truediv__(self, k): return V(self.x / k)
    def __floordiv__(self, k): return V(self.x // k)
    def __mod__(self, k): return V(self.x % k)
    def __pow__(self, k, mod=None): return V(pow(self.x, k, mod))
    def __rpow__(self, b): return V(b ** self.x)
    def __matmul__(self, o): return self.x * o.x
    def __lshift__(self, k): return V(self.x << k)
    def __rshift__(self, k): return V(self.x >> k)
    def __and__(self, k): return V(self.x & k)
    def __or__(self, k): return V(self.x | k)
    def __xor__(self, k): return V(self.x ^ k)
    def __neg__(self): return V(-self.x)
    def __pos__(self): return V(+self.x)
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
    def __divmod__(self, k): return (self // k, self % k)
    def __rdivmod__(self, k): return ("r", k)

a, b = V(7), V(3)
print(a + b, a + 1, 1 + a, a - b, a * 2, 2 * a, a / 2, a // 2, a % 4, a ** 2, 2 ** b, pow(a, 2, 5))
print(a @ b, a << 2, a >> 1, a & 3, a | 8, a ^ 1, -a, +a, abs(V(-4)), ~a, divmod(a, 2), divmod(5, a))
try:
    a + "s"
except TypeError as e:
    print(e)
try:
    "s" - a
except TypeError as e:
    print(e)
try:
    -object()
except TypeError as e:
    print(e)
try:
    [] @ []
except TypeError as e:
    print(e)
try:
    a < b
except TypeError as e:
    print(e)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        self.items.append(o)
        return self
    def __add__(self, o):
        return "plain add"
acc = Acc()
ref = acc
acc += 1
acc += 2
print(acc is ref, acc.items)
class NoIadd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NoIadd(self.v + o)
n = NoIadd(1)
m = n
n += 5
print(n.v, m.v, n is m)
l = [1]
l2 = l
l += [2]
print(l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)

class Sub(V):
    def __radd__(self, o):
        return "Sub.__radd__ first"
print(V(1) + Sub(2))

class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq called")
        return isinstance(o, Cmp) and self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
    def __le__(self, o):
        return self.v <= o.v
print(Cmp(1) == Cmp(1), Cmp(1) != Cmp(2), Cmp(1) < Cmp(2), Cmp(3) > Cmp(2), Cmp(2) >= Cmp(2))
print(Cmp(1) == 5, 5 == Cmp(1))
print(sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c.v)[0].v, min(Cmp(4), Cmp(2)).v)
print(1 < 2 < 3, 1 < 3 < 2, (1 < 2) == True)
x = 5
print(0 < x <= 5, x == 5 == 5.0, None is None, x is not None)
class RichOnlyEq:
    def __eq__(self, o): return "custom"
print(RichOnlyEq() == 1, RichOnlyEq() != 1)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", [1, [2]] == [1, [2]])
try:
    [1] < ["a"]
except TypeError as e:
    print(e)
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7.5 // 2, -7.5 % 2, divmod(-7, 2), 2 ** -1, (-8) ** (1/3) if False else 0)
print(1 + True, True + True, 3 * "ab", [0] * 3, "a" * 0, -3 * [1])
print(10 / 4, 10 // 4, 2 ** 100, 1 << 70, -1 >> 3, 5 & -2, ~0)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 << -1
except ValueError as e:
    print(e)
