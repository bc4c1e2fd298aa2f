class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self): return f'Vec({self.x}, {self.y})'
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k) if isinstance(k, (int, float)) else self.x * k.x + self.y * k.y
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __bool__(self): return bool(self.x or self.y)
a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 3 * a, a * b, -a, abs(b), a == Vec(1, 2), {a, Vec(1, 2)}, list(a), a[1], bool(Vec(0, 0)), tuple(b))
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __pow__(self, n):
        r = Matrix.identity(len(self.rows))
        base = self
        while n:
            if n & 1:
                r = r @ base
            base = base @ base
            n >>= 1
        return r
    def transpose(self):
        return Matrix(zip(*self.rows))
    def __eq__(self, o):
        return self.rows == o.rows
    def __repr__(self):
        return 'Matrix(' + repr(self.rows) + ')'
    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return '\n'.join(' '.join(f'{x:>{w}}' for x in r) for r in self.rows)
m = Matrix([[1, 1], [1, 0]])
print(m ** 10, (m ** 90).rows[0][1])
print(Matrix([[1, 2, 3], [4, 5, 6]]).transpose())
print(Matrix([[1, 2], [3, 4]]) @ Matrix.identity(2) == Matrix([[1, 2], [3, 4]]), repr(Matrix.identity(2)))
class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError('zero denominator')
        g = self._gcd(abs(n), abs(d))
        s = -1 if d < 0 else 1
        self.n, self.d = s * n // g, abs(d) // g
    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1
    def __add__(self, o): o = o if isinstance(o, Frac) else Frac(o); return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o): o = o if isinstance(o, Frac) else Frac(o); return Frac(self.n * o.n, self.d * o.d)
    def __truediv__(self, o): return Frac(self.n * o.d, self.d * o.n)
    def __eq__(self, o): return (self.n, self.d) == ((o.n, o.d) if isinstance(o, Frac) else (o, 1))
    def __lt__(self, o): return self.n * o.d < o.n * self.d
    def __float__(self): return self.n / self.d
    def __repr__(self): return f'{self.n}/{self.d}'
h = sum((Frac(1, k) for k in range(1, 11)), Frac(0))
print(h, float(h), Frac(1, 2) + Frac(1, 3), Frac(2, 4) == Frac(1, 2), Frac(3, -6), Frac(1, 2) * 4, 1 + Frac(1, 2), sorted([Frac(1, 2), Frac(1, 3), Frac(3, 4)]))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
