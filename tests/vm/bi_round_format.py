for v in [0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 1.005, 0.125, 1e300, -1e-300, 123.456, 5, -5, 2**70, 15, 25, True]:
    print(repr(v), round(v), round(v, 1), round(v, 2), round(v, -1), round(v, 0))
class R:
    def __round__(self, n=None): return ('R', n)
print(round(R()), round(R(), 3), round(R(), None))
for bad in [lambda: round('x'), lambda: round(1.5, 'a'), lambda: round(float('nan')), lambda: round(float('inf'))]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(format(1234.5678, ',.2f'), format(0.000123, '.2e'), format(42, '08d'), format(42, '^9'), format('s', '*<4'), format(255, 'x'), format(True), format(None), format(3j))
print(format(12, ''), format([1, 2]), format((1,), ''), format(1e20), format(1e-20, ''), format(-0.0, '.1f'))
try:
    format(object(), 'spec')
except TypeError as e:
    print(e)
