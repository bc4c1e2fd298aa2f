def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Fraction:
    __slots__ = ('n', 'd')
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError(f'Fraction({n}, 0)')
        if isinstance(n, float):
            n, d2 = n.as_integer_ratio()
            d *= d2
        g = gcd(n, d)
        s = -1 if d < 0 else 1
        self.n, self.d = s * n // g, s * d // g
    def __add__(a, b): b = _f(b); return Fraction(a.n * b.d + b.n * a.d, a.d * b.d)
    def __sub__(a, b): b = _f(b); return Fraction(a.n * b.d - b.n * a.d, a.d * b.d)
    def __mul__(a, b): b = _f(b); return Fraction(a.n * b.n, a.d * b.d)
    def __truediv__(a, b): b = _f(b); return Fraction(a.n * b.d, a.d * b.n)
    __radd__ = __add__
    __rmul__ = __mul__
    def __rsub__(a, b): return _f(b) - a
    def __neg__(a): return Fraction(-a.n, a.d)
    def __pow__(a, k): return Fraction(a.n ** k, a.d ** k) if k >= 0 else Fraction(a.d ** -k, a.n ** -k)
    def __eq__(a, b): b = _f(b); return a.n == b.n and a.d == b.d
    def __lt__(a, b): b = _f(b); return a.n * b.d < b.n * a.d
    def __hash__(a): return hash((a.n, a.d))
    def __float__(a): return a.n / a.d
    def __repr__(a): return f'{a.n}/{a.d}' if a.d != 1 else str(a.n)
def _f(x):
    return x if isinstance(x, Fraction) else Fraction(x)
h = sum(Fraction(1, k) for k in range(1, 21))
print(h, float(h), Fraction(0.75), Fraction(1, 3) + 0.5, 1 - Fraction(1, 3), Fraction(2, 3) ** -2, -Fraction(3, 4))
print(sorted([Fraction(1, 2), Fraction(1, 3), Fraction(2, 3), Fraction(1, 6)]), Fraction(2, 4) == Fraction(1, 2), {Fraction(1, 2), Fraction(2, 4)})
x = Fraction(1)
for _ in range(6):
    x = (x + 2 / x) / 2 if False else (x + Fraction(2) / x) / 2
print(x, float(x), abs(float(x) ** 2 - 2) < 1e-15)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(e)
