# Behaviour of the statistics module: exact results and their types for
# int, float and Fraction data, error messages, kde and NormalDist.
import math
import pickle
import statistics as st
from fractions import Fraction as F


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__, e.args)
    else:
        print(label, '->', type(r).__name__, repr(r))


ints = [2, 4, 4, 4, 5, 5, 7, 9]
floats = [0.1, 0.2, 0.3, 0.4, 1e-3, 2.5]
fracs = [F(1, 3), F(2, 7), F(5, 4), F(-1, 6)]
mixed = [1, 2.5, F(1, 4)]
for name, data in [('ints', ints), ('floats', floats), ('fracs', fracs),
                   ('mixed', mixed), ('bools', [True, False, True])]:
    for fn in ('mean', 'fmean', 'median', 'median_low', 'median_high',
               'median_grouped', 'mode', 'multimode', 'variance', 'pvariance',
               'stdev', 'pstdev', 'quantiles'):
        show(f'{fn}({name})', getattr(st, fn), data)
    show(f'geometric_mean({name})', st.geometric_mean, [abs(x) for x in data])
    show(f'harmonic_mean({name})', st.harmonic_mean, [abs(x) for x in data])

show('mean big', st.mean, [1e50, 1, -1e50] * 100)
show('mean iter', st.mean, iter([1, 2, 3, 4]))
show('mean inf', st.mean, [1.0, math.inf, 3])
show('mean nan', st.mean, [1.0, math.nan])
show('mean infs', st.mean, [math.inf, -math.inf])
show('mean empty', st.mean, [])
show('mean str', st.mean, ['a', 'b'])
show('mean mixed bad', st.mean, [F(1, 2), 1.5, 2])
show('fmean gen', st.fmean, (x for x in [1, 2, 3]))
show('fmean weights', st.fmean, [1, 2, 3], [3, 2, 1])
show('fmean weights gen', st.fmean, [1, 2, 3], iter([1, 1, 0]))
show('fmean empty', st.fmean, [])
show('fmean empty gen', st.fmean, iter([]))
show('fmean bad weights', st.fmean, [1, 2], [1])
show('fmean zero weights', st.fmean, [1, 2], [1, -1])
show('geometric zero', st.geometric_mean, [0, 4, 5])
show('geometric neg', st.geometric_mean, [4, -1])
show('geometric empty', st.geometric_mean, [])
show('geometric nan', st.geometric_mean, [1.0, math.nan])
show('geometric inf zero', st.geometric_mean, [math.inf, 0.0])
show('harmonic one', st.harmonic_mean, [F(3, 4)])
show('harmonic one neg', st.harmonic_mean, [-1])
show('harmonic one str', st.harmonic_mean, ['x'])
show('harmonic empty', st.harmonic_mean, [])
show('harmonic zero', st.harmonic_mean, [1, 0, 3])
show('harmonic neg', st.harmonic_mean, [1, -2, 3])
show('harmonic weights', st.harmonic_mean, [40, 60], weights=[5, 30])
show('harmonic weights iter', st.harmonic_mean, iter([40, 60]), weights=iter([1, 3]))
show('harmonic weights len', st.harmonic_mean, [40, 60], weights=[5])
show('harmonic weights neg', st.harmonic_mean, [40, 60], weights=[-5, 1])
show('harmonic weights zero', st.harmonic_mean, [40, 60], weights=[0, 0])
show('median even ints', st.median, [1, 3, 5, 7])
show('median empty', st.median, [])
show('median_low empty', st.median_low, [])
show('median_high empty', st.median_high, [])
show('median_grouped', st.median_grouped, [52, 52, 53, 54], 2)
show('median_grouped str', st.median_grouped, ['a'], 2)
show('median_grouped empty', st.median_grouped, [])
show('mode str', st.mode, 'aabbbc')
show('mode empty', st.mode, [])
show('multimode', st.multimode, 'aabbcdd')
show('multimode empty', st.multimode, '')
show('variance xbar', st.variance, ints, 5)
show('pvariance mu', st.pvariance, fracs, F(1, 2))
show('stdev xbar', st.stdev, [1.5, 2.5, 3.5], 2.5)
show('pstdev mu', st.pstdev, [1, 2, 3], 2)
show('variance one', st.variance, [1])
show('pvariance empty', st.pvariance, [])
show('stdev one', st.stdev, [1])
show('pstdev empty', st.pstdev, [])
show('stdev inf', st.stdev, [1.0, math.inf])
show('pstdev big', st.pstdev, [10**400, 3 * 10**400])

for n in (1, 2, 3, 4, 5, 10):
    show(f'quantiles n={n}', st.quantiles, [1, 5, 2, 8, 9, 3, 3.5], n=n)
    show(f'quantiles incl n={n}', st.quantiles, [1, 5, 2, 8, 9, 3, 3.5],
         n=n, method='inclusive')
show('quantiles one', st.quantiles, [7], n=4)
show('quantiles fracs', st.quantiles, fracs, n=3)
show('quantiles empty', st.quantiles, [])
show('quantiles n0', st.quantiles, [1, 2], n=0)
show('quantiles method', st.quantiles, [1, 2], method='x')

x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show('covariance', st.covariance, x, y)
show('covariance len', st.covariance, x, y[:-1])
show('covariance short', st.covariance, [1], [2])
show('correlation', st.correlation, x, y)
show('correlation ranked', st.correlation, [3, 1, 2, 2], [10, 30, 20, 25],
     method='ranked')
show('correlation method', st.correlation, x, y, method='kendall')
show('correlation const', st.correlation, x, [1] * 9)
show('correlation len', st.correlation, x, y[:3])
show('correlation short', st.correlation, [1], [1])
show('linear_regression', st.linear_regression, x, [2 * v + 1 for v in x])
show('linear_regression prop', st.linear_regression, x, [3 * v for v in x],
     proportional=True)
show('linear_regression const', st.linear_regression, [1, 1], [1, 2])
show('linear_regression len', st.linear_regression, [1, 2], [1])
show('linear_regression short', st.linear_regression, [1], [1])
r = st.linear_regression([1, 2, 3], [2, 4, 7])
print(r.slope, r.intercept, r._fields)

data = [-2.1, -1.3, -0.4, 1.9, 5.1, 6.2]
for kernel in ('normal', 'gauss', 'logistic', 'sigmoid', 'rectangular',
               'uniform', 'triangular', 'parabolic', 'epanechnikov',
               'quartic', 'biweight', 'triweight', 'cosine'):
    f = st.kde(data, h=1.5, kernel=kernel)
    g = st.kde(data, h=1.5, kernel=kernel, cumulative=True)
    print(kernel, f.__doc__, g.__doc__)
    print(' ', [f(t) for t in (-3, 0, 0.5, 4, 6.2, 9)])
    print(' ', [g(t) for t in (-3, 0, 0.5, 4, 6.2, 9)])
    rnd = st.kde_random(data, 1.5, kernel, seed=8675309)
    print(' ', rnd.__doc__, [rnd() for _ in range(5)])
grow = [1.0, 2.0]
f = st.kde(grow, 1.0, 'triangular')
print(f(1.5))
grow.append(1.5)
print(f(1.5))
show('kde empty', st.kde, [], 1)
show('kde str', st.kde, ['a'], 1)
show('kde h', st.kde, [1], 0)
show('kde kernel', st.kde, [1], 1, 'box')
show('kde_random empty', st.kde_random, [], 1)
show('kde_random str', st.kde_random, ['a'], 1)
show('kde_random h', st.kde_random, [1], -1.5)
show('kde_random kernel', st.kde_random, [1], 1, 'box')

N = st.NormalDist(100, 15)
print(N, N.mean, N.median, N.mode, N.stdev, N.variance)
print(N.pdf(110), N.cdf(110), N.inv_cdf(0.9), N.zscore(130))
print(N.quantiles(), N.quantiles(10))
print([N.inv_cdf(p) for p in (1e-300, 0.001, 0.02, 0.3, 0.5, 0.97, 0.999999)])
print(st.NormalDist().inv_cdf(0.5), st.NormalDist(3, 0).inv_cdf(0.2))
M = st.NormalDist(90, 10)
print(N.overlap(M), M.overlap(N), N.overlap(N), N.overlap(st.NormalDist(95, 15)))
print(N + M, N - M, N + 5, 5 + N, N - 5, 5 - N, N * 2, 2 * N, N * -2, N / 4,
      N / -4, +N, -N)
print(N == st.NormalDist(100.0, 15.0), N == M, N == 5, N != M,
      hash(N) == hash(st.NormalDist(100, 15)))
print(st.NormalDist.from_samples([2.5, 3.25, 5.5, 11.25, 11.75]))
print(st.NormalDist.from_samples(iter([1, 2, 3, 4])))
print(N.samples(5, seed=42))
print(len(N.samples(3)))
print(pickle.loads(pickle.dumps(N)) == N)
Z = st.NormalDist(1, 0)
for meth, arg in (('pdf', 1), ('cdf', 1), ('zscore', 1), ('inv_cdf', 0),
                  ('inv_cdf', 1), ('inv_cdf', 1.5)):
    show(f'NormalDist(1, 0).{meth}({arg})', getattr(Z, meth), arg)
print(math.isnan(N.inv_cdf(math.nan)))
show('overlap zero', Z.overlap, N)
show('overlap type', N.overlap, 5)
show('NormalDist neg', st.NormalDist, 0, -1)
show('from_samples one', st.NormalDist.from_samples, [1])
print(N.__slots__ if isinstance(N.__slots__, dict) else None)
print(issubclass(st.StatisticsError, ValueError))
print(sorted(st.__all__))
