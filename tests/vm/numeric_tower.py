vals = [3, 2**65, 2.5, -1.0, 1 + 2j, True]
for a in vals:
    for b in vals:
        r = a + b
        print(type(a).__name__[0], type(b).__name__[0], type(r).__name__, end='; ')
    print()
print(1 + 2.0, 2 ** 0.5, 10 / 4, 10 // 4, 10.0 // 4, 2 ** 64 * 1.0, 7 / 2 == 3.5, int(3.99), int(-3.99), float(2**70))
print(3 * 1j, 1j ** 2, (1 + 1j) * (1 - 1j), abs(3 + 4j), complex(2) == 2, 2.0 == 2 == 2 + 0j, hash(2.0) == hash(2) == hash(2 + 0j))
print(round(2.5), round(3.5), round(-2.5), int('7') + float('1.5'), float.is_integer(4.0), (4.5).is_integer(), (10).bit_length())
import math
print(math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(-2.5), math.trunc(2.9), math.gcd(12, 18), math.lcm(4, 6), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.sqrt(2), math.isqrt(99), math.log(math.e), math.log2(1024), math.log10(0.001), math.exp(1), math.hypot(3, 4), math.copysign(1, -0.0), math.fabs(-2))
print(math.inf > 10**308, -math.inf < -10**308, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]))
print(divmod(7, 2), divmod(-7, 2), divmod(7.0, -2), (-7) % 2, math.fmod(-7, 2), math.remainder(7, 2), math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4))
