import math
for a in [(0.0, 1.0, 10**18), (1.0, -1.0, 3), (-0.0, 1.0, 2), (1.0, 1.0, 5), (5e-324, -1.0, 2), (1.0, math.inf, 10**30), (math.nan, 1, 3), (1.0, 2.0, 0), (-0.0, 0.0, 0), (-0.0, 0.0, 1), (0.0, -0.0, 3), (-math.inf, math.inf, 1), (1e308, math.inf, 2**62), (-1.0, -2.0, 4)]:
    print(a, math.nextafter(*a[:2], steps=a[2]))
print(math.dist(iter([1]), [2]), math.dist((1, 2), (4, 6)), math.hypot(3, 4, 12), math.hypot(-5))
for a in [('ab', [1, 2]), (5, [1]), ([1], 5)]:
    try: print(math.dist(*a))
    except Exception as e: print(type(e).__name__, e)
