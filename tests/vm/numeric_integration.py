import math
def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)
def simpson(f, a, b, n):
    if n % 2:
        n += 1
    h = (b - a) / n
    s = f(a) + f(b) + sum((4 if i % 2 else 2) * f(a + i * h) for i in range(1, n))
    return s * h / 3
for name, f, a, b, exact in [('x^2', lambda x: x * x, 0, 3, 9.0), ('sin', math.sin, 0, math.pi, 2.0), ('exp', math.exp, 0, 1, math.e - 1), ('1/x', lambda x: 1 / x, 1, 2, math.log(2))]:
    t, s = trapezoid(f, a, b, 100), simpson(f, a, b, 100)
    print(f'{name:<4} trap={t:.10f} simp={s:.12f} err_t={abs(t - exact):.2e} err_s={abs(s - exact):.2e}')
def bisect_root(f, lo, hi, tol=1e-12):
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if (f(lo) < 0) == (f(mid) < 0):
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2
print(round(bisect_root(lambda x: x ** 3 - 2 * x - 5, 2, 3), 10), round(bisect_root(math.cos, 0, 2), 10), round(math.pi / 2, 10))
def euler(f, y0, t0, t1, n):
    h, y, t = (t1 - t0) / n, y0, t0
    for _ in range(n):
        y += h * f(t, y)
        t += h
    return y
print([round(euler(lambda t, y: y, 1.0, 0, 1, n), 6) for n in (10, 100, 1000)], round(math.e, 6))
