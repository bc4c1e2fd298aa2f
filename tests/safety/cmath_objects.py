# cmath with ill-typed and hostile arguments: every function with strings, None,
# huge ints, objects whose __complex__ returns the wrong type or raises, extreme
# floats and wrong argument counts. Any exception may come but SystemError (a Go
# panic in Kaa). Run by safety_test.go.
import cmath


class BadComplex:
    def __complex__(self):
        return 'no'


class Raising:
    def __complex__(self):
        raise RuntimeError('boom')


class BadFloat:
    def __float__(self):
        return 'x'


values = [None, 'a', b'b', [], 2**5000, -2**5000, 1e308, -1e308, 5e-324, float('inf'), float('nan'),
          complex(1e308, 1e308), complex(-1e308, float('nan')), BadComplex(), Raising(), BadFloat(), True, 0, 0j]
bad = count = 0
for n in dir(cmath):
    f = getattr(cmath, n)
    if n.startswith('_') or not callable(f):
        continue
    arglists = [()] + [(v,) for v in values] + [(v, w) for v in values for w in values[:8]] + [(1, 2, 3)]
    for a in arglists:
        for kw in [{}, {'rel_tol': -1}, {'abs_tol': 'x'}, {'base': 2}]:
            count += 1
            try:
                f(*a, **kw)
            except SystemError as e:
                bad += 1
                print('SYSTEMERROR', n, a, kw, e)
            except BaseException:
                pass
print('calls', count, 'system errors', bad)
