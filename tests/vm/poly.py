class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]
    def __add__(self, o):
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])
    def __mul__(self, o):
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)
    def __call__(self, x):
        r = 0
        for a in reversed(self.c):
            r = r * x + a
        return r
    def deriv(self):
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])
    def __repr__(self):
        terms = []
        for i, a in reversed(list(enumerate(self.c))):
            if a == 0 and len(self.c) > 1:
                continue
            t = f'{a}' if i == 0 else (f'{a}x' if i == 1 else f'{a}x^{i}')
            terms.append(t)
        return ' + '.join(terms).replace('+ -', '- ')
    def __eq__(self, o):
        return self.c == o.c
p = Poly([1, 2, 3])
q = Poly([0, 1])
print(p, q, p + q, p * q, p * p, p(2), (p * q)(3), p.deriv(), (p * p).deriv(), Poly([0, 0, 0]), Poly([5, 0, -1]))
print(Poly([1, 1]) * Poly([1, -1]) == Poly([1, 0, -1]), [Poly([1, -3, 2])(x) for x in range(4)])
def newton(f, x, steps=20):
    df = f.deriv()
    for _ in range(steps):
        x = x - f(x) / df(x)
    return x
print(round(newton(Poly([-2, 0, 1]), 1.0), 12), round(newton(Poly([-27, 0, 0, 1]), 2.0), 12))
