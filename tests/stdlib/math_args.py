# math: argument binding and messages of functions declared with py.Func signatures.
import math
for src in ["math.log()", "math.log(1,2,3)", "math.atan2(1)", "math.gcd(a=1)", "math.gcd()", "math.hypot(x=1)", "math.isclose(1)", "math.isclose(1,2,3)", "math.isclose(1,2,rel_tol='x')", "math.prod()", "math.prod([1], 2)", "math.prod([2,3], start=2)", "math.nextafter(1,2,3)", "math.nextafter(1.0, 2.0, steps=2)", "math.perm(5)", "math.perm(5, None)", "math.comb(5)", "math.sin(1,2)", "math.sin()", "math.fsum()", "math.lcm(4, 6)", "math.isclose(a=1, b=1.0000000001)", "math.log(8, 2)", "math.dist((1,2),(4,6))", "math.sumprod([1,2],[3,4])", "math.factorial(x=3)"]:
    try:
        print(src, '->', eval(src))
    except Exception as e:
        print(src, '!', type(e).__name__, e)
