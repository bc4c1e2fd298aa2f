# fractions: construction from every kind of argument, arithmetic with ints,
# floats, complexes and other Fractions, comparisons, hashing, rounding,
# limit_denominator, formatting, and errors.
import copy
import math
from fractions import Fraction as F

for args in [(), (3,), (8, 6), (-8, 6), (8, -6), (F(1, 3),), (F(1, 2), F(3, 4)), (0.75,), (1.1,), ('3/7',), (' -1.5 ',), ('2e-3',), ('1_000.5',),
             ('7',), ('.5',), ('3.E2',), (True,), (10**30, 7)]:
    print(args, repr(F(*args)), str(F(*args)))
for args in [('x',), ('1/0',), (1, 0), ('1.5/2',), (1.5, 2), ([],), (float('nan'),), (float('inf'),), ('',), ('3 /7',)]:
    try:
        print(args, F(*args))
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(args, type(e).__name__, e)
a, b = F(1, 3), F(-5, 4)
for x, y in [(a, b), (a, 2), (2, a), (a, 0.5), (0.5, a), (a, 1j), (b, F(7, 12))]:
    print(x, y, x + y, x - y, x * y, x / y)
print(a // b, b // a, a % b, b % a, divmod(a, b), divmod(7, a), a ** 2, a ** -2, b ** -3, a ** 0.5, 2 ** a, 4 ** F(1, 2), F(4) ** F(1, 2), a ** F(2))
for bad in [lambda: a / 0, lambda: F(0) ** -1, lambda: a // 0, lambda: a % F(0), lambda: a + 'x', lambda: a // 1j]:
    try:
        bad()
    except (ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)
print(-a, +b, abs(b), int(b), math.trunc(b), math.floor(b), math.ceil(b), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 100), 1), round(F(1234, 100), -1))
print(a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, F(1, 2) == 0.5 + 0j, a < b, a > 0.3, a <= F(1, 3), a >= float('inf'), a != float('nan'))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(10**20, 3)), hash(F(1, 2**61 - 1)))
print(F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100), F(1, 3).limit_denominator(), F(5, 7).limit_denominator(7))
try:
    a.limit_denominator(0)
except ValueError as e:
    print('ValueError', e)
print(F.from_float(0.1), F.from_float(5), a.is_integer(), F(4, 2).is_integer(), b.as_integer_ratio(), a.numerator, a.denominator)
for bad in ['x', 1.5]:
    try:
        F.from_float(bad)
    except TypeError as e:
        print('TypeError', e)
for spec in ['', '10', '<10', '^12', '=+10', '#', ',', '_', 'f', '.3f', '10.2f', 'e', '.2E', 'g', '.3g', '%', '.1%', '+.2f', ' .2f', 'z.1f',
             '015.3f', '0<10.2f', ',.2f', '015,.2f', '#.0f', '#g', 'x<+12.4e', '.0e', '.10g']:
    try:
        print(repr(spec), repr(format(F(-2, 3), spec)), repr(format(F(123456789, 1000), spec)), repr(format(F(0), spec)))
    except ValueError as e:
        print(repr(spec), 'ValueError', e)
print(format(F(-1, 10**20), 'z.2f'), format(F(1, 3), '.50f'))
print(copy.copy(a) is a, copy.deepcopy(a) is a, a.__reduce__(), bool(F(0)), bool(a))


class Sub(F):
    pass


s = Sub(1, 2)
print(repr(s), repr(copy.copy(s)), type(s + 1).__name__, type(+s).__name__, repr(Sub.from_float(0.5)))
print(sorted([F(1, 2), F(1, 3), 0.4, 1]), sum([F(1, n) for n in range(1, 10)]), max(F(2, 3), 0.6))
