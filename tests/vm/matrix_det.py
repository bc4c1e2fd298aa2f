def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c + 1:] for row in m[1:]]) for c in range(n))
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
class Q:
    def __init__(self, n, d=1):
        g = gcd(n, d) or 1
        if d < 0:
            n, d = -n, -d
        self.n, self.d = n // g, d // g
    def __add__(s, o): o = o if isinstance(o, Q) else Q(o); return Q(s.n * o.d + o.n * s.d, s.d * o.d)
    def __sub__(s, o): o = o if isinstance(o, Q) else Q(o); return Q(s.n * o.d - o.n * s.d, s.d * o.d)
    def __mul__(s, o): o = o if isinstance(o, Q) else Q(o); return Q(s.n * o.n, s.d * o.d)
    def __truediv__(s, o): o = o if isinstance(o, Q) else Q(o); return Q(s.n * o.d, s.d * o.n)
    def __eq__(s, o): return (s.n, s.d) == ((o.n, o.d) if isinstance(o, Q) else (o, 1))
    def __repr__(s): return f'{s.n}' if s.d == 1 else f'{s.n}/{s.d}'
def inverse(m):
    n = len(m)
    a = [[Q(x) for x in row] + [Q(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for col in range(n):
        piv = next(r for r in range(col, n) if a[r][col] != 0)
        a[col], a[piv] = a[piv], a[col]
        p = a[col][col]
        a[col] = [x / p for x in a[col]]
        for r in range(n):
            if r != col and a[r][col] != 0:
                f = a[r][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
    return [row[n:] for row in a]
m = [[2, 1, 1], [1, 3, 2], [1, 0, 0]]
print(det(m), det([[1, 2], [3, 4]]), det([[5]]), det([[1, 2, 3], [4, 5, 6], [7, 8, 9]]))
inv = inverse(m)
print(inv)
prod = [[sum((Q(m[i][k]) * inv[k][j] for k in range(3)), Q(0)) for j in range(3)] for i in range(3)]
print(prod, all(prod[i][j] == int(i == j) for i in range(3) for j in range(3)))
print(det([[1, 0, 0, 0], [0, 2, 0, 0], [0, 0, 3, 0], [0, 0, 0, 4]]), inverse([[4, 7], [2, 6]]))
