import math
# cbrt and lgamma are rounded: glibc's cbrt and CPython's own Lanczos lgamma are not
# correctly rounded and Kaa does not copy their last bits (yet).
print(math.gcd(), math.gcd(12), math.gcd(12, 18, 30), math.gcd(-4, 6), math.gcd(0, 0), math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1))
print(math.comb(10, 0), math.comb(10, 11), math.comb(52, 5), math.perm(5), math.perm(5, 0), math.perm(10, 3), math.factorial(0), math.factorial(25))
for bad in [lambda: math.comb(-1, 2), lambda: math.isqrt(-1), lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.perm(3, -1), lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.acos(2)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(math.fsum([1e100, 1.0, -1e100]), math.fsum([0.1] * 10), math.prod(range(1, 10)), math.prod([1.5, 2]), math.prod([], start=5), math.prod([2, 3], start=10))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.hypot(), math.hypot(3), math.hypot(1, 2, 2), math.sumprod([1, 2, 3], [4, 5, 6]), math.sumprod([0.1] * 3, [3] * 3))
print(round(math.cbrt(27), 12), math.cbrt(-8), math.exp2(10), math.exp2(0.5), math.ulp(1.0), math.ulp(0.0), math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0, steps=2), math.nextafter(0.0, -1.0))
print(math.trunc(-1.5), math.floor(1e20), math.ceil(-0.5), math.fabs(-3), math.copysign(3, -0.0), math.fmod(7.5, 2), math.remainder(5, 3), math.modf(-2.5), math.frexp(0.0), math.ldexp(1, -1074))
print(math.degrees(math.pi), math.radians(180), math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-12, abs_tol=1e-9), math.isfinite(float('nan')), math.e, math.tau, math.inf, -math.inf)
print(math.log(8, 2), math.log(100, 10), math.log1p(1e-10), math.expm1(1e-10), math.log(2**1000), math.log10(10**300), math.log2(2**-1074))
print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5), math.erf(1), math.erfc(1), math.gamma(5), round(math.lgamma(10), 12))
