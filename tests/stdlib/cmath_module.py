# cmath: every function over a grid of special (inf, nan, signed zeros) and
# ordinary values, the special-value tables, ValueError/OverflowError, constants,
# isclose, phase/polar/rect and argument conversion (__complex__, __float__,
# __index__). Values are printed to 12 significant digits so that a last-bit
# difference of the C library does not show.
import cmath
import math

inf, nan = math.inf, math.nan


def fmt(x):
    if isinstance(x, complex):
        return '(%s, %s)' % (fmt(x.real), fmt(x.imag))
    if isinstance(x, tuple):
        return '(' + ', '.join(fmt(v) for v in x) + ')'
    if isinstance(x, float):
        if x != x:
            return 'nan'
        return '%.12g' % x
    return repr(x)


def call(f, *a):
    try:
        return fmt(f(*a))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        return '%s(%s)' % (type(e).__name__, e)


specials = [0.0, -0.0, 1.0, -1.0, 2.5, -0.5, 1e-310, 1e300, -1e300, 720.0, -720.0, inf, -inf, nan]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']
for name in names:
    f = getattr(cmath, name)
    print('--', name)
    for re in specials:
        print(' '.join(call(f, complex(re, im)) for im in specials))
print('-- rect')
for r in specials:
    print(' '.join(call(cmath.rect, r, phi) for phi in specials))
print('-- log with base')
for z in [1, 0, 2, -1, 1j, 10, inf, complex(0, nan)]:
    print(' '.join(call(cmath.log, z, b) for b in [2, 10, 1, 0, -1, 1j, 0.5, inf, nan]))

print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1j * cmath.pi).real, cmath.polar(1j), cmath.polar(-1))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(-0.0), cmath.phase(complex(-0.0, -0.0)))

# argument conversion


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.0


class I:
    def __index__(self):
        return 9


class Bad:
    def __complex__(self):
        return 5


class Sub(complex):
    pass


for arg in [C(), F(), I(), Bad(), Sub(1, 1), True, 2**1100, 'x', None, [1], 3]:
    print(type(arg).__name__, call(cmath.sqrt, arg), call(cmath.phase, arg), call(cmath.isnan, arg))

# isclose
for a, b, kw in [(1, 1 + 1e-10, {}), (1, 1.1, {}), (1j, 1.0000000001j, {}), (0, 1e-10, {}),
                 (0, 1e-10, {'abs_tol': 1e-9}), (inf, inf, {}), (inf, -inf, {}), (complex(inf, 1), complex(inf, 1), {}),
                 (nan, nan, {}), (1, 2, {'rel_tol': 0.6}), (1, 2, {'rel_tol': -1}), (1, 2, {'abs_tol': -1}),
                 (1 + 1j, 1 + 1.0000001j, {'rel_tol': 1e-6}), (complex(inf, nan), complex(inf, nan), {})]:
    print(a, b, kw, call(lambda: cmath.isclose(a, b, **kw)))

# argument count and keyword errors
for src in ['cmath.sqrt()', 'cmath.sqrt(1, 2)', 'cmath.log()', 'cmath.log(1, 2, 3)', 'cmath.rect(1)',
            'cmath.rect(1, 2, 3)', 'cmath.polar()', 'cmath.isclose(1)', 'cmath.isclose(1, 2, 3)',
            'cmath.isclose(1, 2, tol=1)', 'cmath.sqrt(z=1)', 'cmath.rect("a", 1)', 'cmath.rect(1, 1j)',
            'cmath.log(1, "a")', 'cmath.isclose(1, 2, rel_tol="x")']:
    try:
        print(src, eval(src))
    except TypeError as e:
        print(src, 'TypeError', e)
print(cmath.sqrt.__name__, cmath.isclose.__name__, type(cmath.sqrt).__name__)
