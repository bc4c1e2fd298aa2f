import math
cases = [(math.sqrt,(-1,)),(math.log,(0,)),(math.log,(-1,)),(math.exp,(1000,)),(math.acos,(2,)),(math.gamma,(0,)),(math.gamma,(200,)),(math.lgamma,(-1,)),(math.pow,(0,-1)),(math.pow,(-8,0.5)),(math.fmod,(1,0)),(math.ldexp,(1,10000)),(math.factorial,(-1,)),(math.factorial,(2.0,)),(math.isqrt,(-1,)),(math.comb,(-1,2)),(math.perm,(3,-1)),(math.log,(10,1)),(math.atanh,(1,)),(math.cosh,(1000,)),(math.tan,(math.inf,)),(math.fsum,([math.inf,-math.inf],)),(math.fsum,([1e308,1e308],)),(math.dist,([1],[1,2])),(math.sumprod,([1],[1,2])),(math.fma,(math.inf,0,1)),(math.fma,(1e308,10,0)),(math.sqrt,('x',)),(math.isclose,(1,1,)),(math.log,(0.0,)), (math.log2,(-2,)),(math.log10,(0,)),(math.log1p,(-1,)),(math.acosh,(0,)),(math.asin,(2,)),(math.floor,('x',)),(math.trunc,('x',)),(math.gcd,(1.5,)),(math.ulp,(math.nan,)),(math.nextafter,(1,2)),(math.exp2,(5000,)),(math.sinh,(1e4,)),(math.erf,(math.nan,)), (math.modf,(math.inf,)), (math.frexp,(0,)), (math.copysign,(1,-0.0)), (math.remainder,(5,0)), (math.remainder,(math.inf,1)), (math.hypot,(math.inf, math.nan)), (math.log,(-(2**2000),)), (math.isqrt,(10**40,)), (math.expm1,(1000,)),
    (math.factorial, (20,)), (math.factorial, (30,)), (math.gcd, (12, 18, 27)), (math.gcd, ()), (math.lcm, (4, 6, 10)), (math.lcm, (0, 5)), (math.comb, (10, 3)), (math.comb, (3, 10)), (math.perm, (5,)), (math.perm, (5, 2)), (math.comb, (100, 50)),
    (math.fsum, ([0.1] * 10,)), (math.fsum, ([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50],)), (math.fsum, ([],)), (math.fsum, ([1, 2.5, 3],)),
    (math.hypot, (3, 4)), (math.hypot, ()), (math.hypot, (1, 1, 1)), (math.hypot, (1e-320, 1e-320)), (math.dist, ((0, 0), (3, 4))), (math.dist, ([1.5, 2.5, 3.5], [0.5, 0.25, 9.0])),
    (math.prod, ([1, 2, 3, 4],)), (math.prod, ([],)), (math.prod, ([1.5, 2],)), (math.sumprod, ([1, 2, 3], [4, 5, 6])), (math.sumprod, ([0.1, 0.2, 0.3], [1.0, 1.0, 1.0])),
    (math.floor, (-2.5,)), (math.ceil, (-2.5,)), (math.floor, (7,)), (math.trunc, (-3.7,)), (math.floor, (1e20,)), (math.floor, (math.inf,)), (math.ceil, (math.nan,)),
    (math.isqrt, (99,)), (math.isqrt, (2**100,)), (math.frexp, (8.0,)), (math.frexp, (-0.1,)), (math.ldexp, (0.5, 4)), (math.modf, (3.75,)), (math.modf, (-3.75,)),
    (math.fmod, (7, 3)), (math.fmod, (-7, 3)), (math.fmod, (7, math.inf)), (math.remainder, (7, 3)), (math.remainder, (5, 2)), (math.remainder, (-5, 2)),
    (math.copysign, (3, -1)), (math.fabs, (-2,)), (math.isinf, (math.inf,)), (math.isnan, (math.nan,)), (math.isfinite, (1e308,)), (math.isclose, (1.0, 1.0 + 1e-10)), (math.isclose, (1, 1.1, )),
    (math.pow, (2, 10)), (math.pow, (2, 0.5)), (math.pow, (math.nan, 0)), (math.pow, (1, math.nan)), (math.pow, (-2, 3)), (math.pow, (0, 0)), (math.pow, (math.inf, -1)), (math.pow, (-math.inf, 3)),
    (math.sqrt, (16,)), (math.sqrt, (2,)), (math.sqrt, (2**1000,)), (math.exp, (0,)), (math.log, (math.e,)), (math.log, (8, 2)), (math.log2, (1024,)), (math.log10, (1000,)), (math.log, (2**2000,)), (math.log10, (10**400,)), (math.log2, (2**3000,)),
    (math.degrees, (math.pi,)), (math.radians, (180,)), (math.ulp, (1.0,)), (math.ulp, (0.0,)), (math.nextafter, (0.0, -1.0)), (math.nextafter, (1.0, 2.0, )),
    (math.gamma, (5,)), (math.gamma, (0.5,)), (math.lgamma, (10,)), (math.erf, (0,)), (math.erfc, (0,)), (math.fma, (2, 3, 4)), (math.cbrt, (8,)), (math.exp2, (10,)),
    (math.atan2, (1, 1)), (math.atan2, (0.0, -0.0)), (math.sin, (0,)), (math.cos, (0,)), (math.tanh, (math.inf,)), (math.asinh, (0,)), (math.acosh, (1,)), (math.atan, (math.inf,)),
]
for f, a in cases:
    try:
        r = f(*a)
        if isinstance(r, float) and math.isfinite(r) and r != 0 and f.__name__ not in ("fsum", "hypot", "dist", "sqrt", "ldexp", "frexp", "fmod", "remainder", "ulp", "nextafter", "sumprod", "fma", "modf"):
            r = round(r, 12)
        print(f.__name__, a if len(repr(a)) < 60 else "...", repr(r))
    except Exception as e:
        print(f.__name__, a if len(repr(a)) < 60 else "...", type(e).__name__, e)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.nextafter(1.0, 2.0, steps=3), math.isclose(1, 1.05, rel_tol=0.1), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.prod(range(1, 6), start=2), math.prod([2, 3], start=1.5))
class C:
    def __ceil__(self): return "ceil!"
    def __floor__(self): return "floor!"
print(math.ceil(C()), math.floor(C()))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print(e)
try:
    math.factorial(10**20)
except OverflowError as e:
    print(e)
print(math.comb(10**3, 2), math.perm(10, 10), len(str(math.factorial(1000))))
print(type(math.floor(2.0)).__name__, math.floor(True), math.gcd(-4, 6), math.lcm(-4, 6), math.lcm())
