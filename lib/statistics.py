"""Basic statistics for numeric data: averages, measures of spread,
relations between two variables, kernel density estimates and the
normal distribution.

Averages of int, float and Fraction data are computed exactly (as
fractions) and converted back to the type of the data at the end, so
results are correctly rounded.  Decimal data is supported whenever the
decimal module can be imported.
"""

__all__ = [
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'kde', 'kde_random', 'linear_regression',
    'mean', 'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]

import math, numbers, random, sys

from bisect import bisect_right, bisect_left
from collections import Counter, defaultdict, namedtuple
from fractions import Fraction
from functools import reduce
from itertools import groupby, repeat, count
from math import (acos, asin, atan, cos, cosh, erf, exp, fabs, fsum, hypot,
                  isfinite, isinf, log, pi, sin, sqrt, sumprod, tan, tau)
from operator import itemgetter

try:
    # Kaa has no decimal module; everything Decimal-specific is skipped then.
    from decimal import Decimal
except ImportError as _no_decimal:
    Decimal = None

_random, _SQRT2 = random, sqrt(2.0)


class StatisticsError(ValueError):
    pass


def _is_decimal_type(T):
    return Decimal is not None and issubclass(T, Decimal)


# ---------------------------------------------------------------------------
# Exact arithmetic helpers.  Every value is turned into an exact
# numerator/denominator pair; the pairs are added per denominator and only
# the final result is rounded to the type of the data.

def _exact_ratio(x):
    """Return the exact (numerator, denominator) of the real number x.

    Infinities and NaNs come back as (x, None).
    """
    as_ratio = getattr(x, 'as_integer_ratio', None)
    if as_ratio is not None:
        try:
            return as_ratio()
        except (OverflowError, ValueError):
            # inf or nan (float or Decimal)
            assert not _isfinite(x), x
            return (x, None)
    try:
        top, bottom = x.numerator, x.denominator
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}'"
                        " to numerator/denominator")
    return (top, bottom)


def _isfinite(x):
    method = getattr(x, 'is_finite', None)     # Decimal's
    return math.isfinite(x) if method is None else method()


def _coerce(T, S):
    """Return the type that a mix of types T and S is reported as.

    int (and bool) give way to anything; a subclass wins over its base;
    float wins over Fraction; anything else is a TypeError.
    """
    assert T is not bool, "initial type T is bool"
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s"
                    % (T.__name__, S.__name__))


def _sum(data):
    """Return (type, exact total, number of items) for numeric data."""
    kinds = set()
    by_den = {}
    n_items = 0
    for kind, run in groupby(data, type):
        kinds.add(kind)
        for num, den in map(_exact_ratio, run):
            by_den[den] = by_den.get(den, 0) + num
            n_items += 1
    if None in by_den:
        # An infinity or NaN swamps every finite value.
        total = by_den[None]
        assert not _isfinite(total)
    else:
        total = sum(Fraction(num, den) for den, num in by_den.items())
    return (reduce(_coerce, kinds, int), total, n_items)


def _ss(data, c=None):
    """Return (type, sum of squared deviations, mean, count) for data.

    With c given, deviations are taken from c instead of the exact mean
    and c is returned as the mean.
    """
    if c is not None:
        def squares():
            for x in data:
                dev = x - c
                yield dev * dev
        T, ssd, n_items = _sum(squares())
        return (T, ssd, c, n_items)
    kinds = set()
    lin = defaultdict(int)      # denominator -> sum of numerators
    quad = defaultdict(int)     # denominator -> sum of squared numerators
    n_items = 0
    for kind, run in groupby(data, type):
        kinds.add(kind)
        for num, den in map(_exact_ratio, run):
            lin[den] += num
            quad[den] += num * num
            n_items += 1
    if not n_items:
        ssd = centre = Fraction(0)
    elif None in lin:
        ssd = centre = lin[None]
        assert not _isfinite(ssd)
    else:
        s1 = sum(Fraction(num, den) for den, num in lin.items())
        s2 = sum(Fraction(num, den * den) for den, num in quad.items())
        ssd = (n_items * s2 - s1 * s1) / n_items
        centre = s1 / n_items
    return (reduce(_coerce, kinds, int), ssd, centre, n_items)


def _convert(value, T):
    """Convert an exact value to the numeric type T."""
    if type(value) is T:
        return value
    # An int-like type cannot hold a non-integral mean: give a float.
    target = float if issubclass(T, int) and value.denominator != 1 else T
    try:
        return target(value)
    except TypeError:
        if not _is_decimal_type(target):
            raise
        # Decimal does not take a Fraction; divide in Decimal arithmetic.
        return target(value.numerator) / target(value.denominator)


def _fail_neg(values, errmsg='negative value'):
    """Yield the values, raising StatisticsError at the first negative."""
    for v in values:
        if v < 0:
            raise StatisticsError(errmsg)
        yield v


def _rank(data, /, *, key=None, reverse=False, ties='average', start=1):
    """Return the rank of each item of data (lowest is start); ties share
    the average of their ranks."""
    if ties != 'average':
        raise ValueError(f'Unknown tie resolution method: {ties!r}')
    values = data if key is None else map(key, data)
    ordered = sorted(zip(values, count()), reverse=reverse)
    ranks = [0] * len(ordered)
    done = start - 1
    for _, same in groupby(ordered, key=itemgetter(0)):
        members = list(same)
        shared = done + (len(members) + 1) / 2
        for _, where in members:
            ranks[where] = shared
        done += len(members)
    return ranks


# ---------------------------------------------------------------------------
# Correctly rounded square roots of fractions n/m.

def _integer_sqrt_of_frac_rto(n, m):
    """isqrt(n/m) with round-to-odd: the low bit records inexactness."""
    root = math.isqrt(n // m)
    if root * root * m != n:
        root |= 1
    return root


# Bits kept before the final rounding: twice the float precision plus 3.
_sqrt_bit_width: int = 2 * sys.float_info.mant_dig + 3


def _float_sqrt_of_frac(n, m):
    """The square root of n/m, correctly rounded to a float."""
    shift = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if shift < 0:
        top = _integer_sqrt_of_frac_rto(n << (-2 * shift), m)
        return top / (1 << -shift)
    return (_integer_sqrt_of_frac_rto(n, m << (2 * shift)) << shift) / 1


def _decimal_sqrt_of_frac(n, m):
    """The square root of n/m, correctly rounded to a Decimal."""
    if n <= 0:
        if n == 0:
            return Decimal('0.0')
        n, m = -n, -m
    guess = (Decimal(n) / Decimal(m)).sqrt()
    gn, gd = guess.as_integer_ratio()
    # Compare n/m with the square of the midpoint between guess and its
    # neighbour, all in integers: 4*n*(gd*d)^2 vs m*(gd*num + d*gn)^2.
    above = guess.next_plus()
    an, ad = above.as_integer_ratio()
    if 4 * n * (gd * ad) ** 2 > m * (gd * an + ad * gn) ** 2:
        return above
    below = guess.next_minus()
    bn, bd = below.as_integer_ratio()
    if 4 * n * (gd * bd) ** 2 < m * (gd * bn + bd * gn) ** 2:
        return below
    return guess


# ---------------------------------------------------------------------------
# Averages

_NO_MEDIAN = 'no median for empty data'

def mean(data):
    """Return the sample arithmetic mean of data, exactly rounded to the
    type of the data.  Raises StatisticsError if data is empty."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Return the arithmetic mean of data (optionally weighted) as a float."""
    if weights is not None:
        if not isinstance(weights, (list, tuple)):
            weights = list(weights)     # used twice below
        try:
            weighted = sumprod(data, weights)
        except ValueError:
            raise StatisticsError('data and weights must be the same length')
        total_weight = fsum(weights)
        if not total_weight:
            raise StatisticsError('sum of weights must be non-zero')
        return weighted / total_weight
    try:
        size = len(data)
    except TypeError:
        # An iterator: count the items as fsum consumes them.
        seen = [0]

        def counted(items):
            for i, item in enumerate(items, 1):
                seen[0] = i
                yield item
        total = fsum(counted(data))
        size = seen[0]
    else:
        total = fsum(data)
    if not size:
        raise StatisticsError('fmean requires at least one data point')
    return total / size


def geometric_mean(data):
    """Return the geometric mean of data, computed with floats.

    Raises StatisticsError for empty data or a negative value; returns 0.0
    when a value is zero."""
    state = {'n': 0, 'zero': False}

    def positives(items):
        for i, x in enumerate(items, 1):
            state['n'] = i
            if x > 0.0 or math.isnan(x):
                yield x
            elif x == 0.0:
                state['zero'] = True
            else:
                raise StatisticsError('No negative inputs allowed', x)
    logsum = fsum(map(log, positives(data)))
    n = state['n']
    if not n:
        raise StatisticsError('Must have a non-empty dataset')
    if math.isnan(logsum):
        return math.nan
    if state['zero']:
        return math.nan if logsum == math.inf else 0.0
    return exp(logsum / n)


def harmonic_mean(data, weights=None):
    """Return the (optionally weighted) harmonic mean of data: the
    reciprocal of the mean of the reciprocals.  Negative values raise
    StatisticsError; a zero value makes the result 0."""
    values = list(data) if iter(data) is data else data
    negative = 'harmonic mean does not support negative values'
    size = len(values)
    if not size:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if weights is None:
        if size == 1:
            # A single value is its own harmonic mean.
            only = values[0]
            real = (numbers.Real,) if Decimal is None else (numbers.Real, Decimal)
            if not isinstance(only, real):
                raise TypeError('unsupported type')
            if only < 0:
                raise StatisticsError(negative)
            return only
        weights, total_weight = repeat(1, size), size
    else:
        weights = list(weights) if iter(weights) is weights else weights
        if len(weights) != size:
            raise StatisticsError('Number of weights does not match data size')
        total_weight = _sum(_fail_neg(weights, negative))[1]
    terms = ((w / v) if w else 0
             for w, v in zip(weights, _fail_neg(values, negative)))
    try:
        T, total, _ = _sum(terms)
    except ZeroDivisionError:
        return 0      # a zero value (with non-zero weight)
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(total_weight / total, T)


def median(data):
    """Return the median of data; for an even count, the mean of the two
    middle values."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError(_NO_MEDIAN)
    half = n // 2
    if n % 2:
        return ordered[half]
    return (ordered[half - 1] + ordered[half]) / 2


def median_low(data):
    """Return the low median: the smaller middle value for an even count."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError(_NO_MEDIAN)
    return ordered[(n - 1) // 2]


def median_high(data):
    """Return the high median: the larger middle value for an even count."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError(_NO_MEDIAN)
    return ordered[n // 2]


def median_grouped(data, interval=1.0):
    """Estimate the median of data grouped in bins of width interval,
    each value being the midpoint of its bin, by interpolating within
    the median bin."""
    ordered = sorted(data)
    n = len(ordered)
    if not n:
        raise StatisticsError(_NO_MEDIAN)
    mid = ordered[n // 2]
    lo = bisect_left(ordered, mid)
    hi = bisect_right(ordered, mid, lo=lo)
    try:
        interval = float(interval)
        mid = float(mid)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower_limit = mid - interval / 2.0
    return lower_limit + interval * (n / 2 - lo) / (hi - lo)


def mode(data):
    """Return the most common value of discrete or nominal data (the first
    one met when several are equally common)."""
    top = Counter(iter(data)).most_common(1)
    if not top:
        raise StatisticsError('no mode for empty data') from None
    return top[0][0]


def multimode(data):
    """Return the list of the most common values, in first-seen order."""
    tally = Counter(iter(data))
    if not tally:
        return []
    best = max(tally.values())
    return [value for value, seen in tally.items() if seen == best]


# ---------------------------------------------------------------------------
# Kernel density estimation

def _kernel(name):
    """Return (density, cumulative, support) for a kernel name, support
    being None for kernels with unbounded support."""
    if name in ('normal', 'gauss'):
        root_tau = sqrt(2 * pi)
        root_two = sqrt(2)
        return (lambda t: exp(-0.5 * t * t) / root_tau,
                lambda t: 0.5 * (1.0 + erf(t / root_two)),
                None)
    if name == 'logistic':
        return (lambda t: 0.5 / (1.0 + cosh(t)),
                lambda t: 1.0 - 1.0 / (exp(t) + 1.0),
                None)
    if name == 'sigmoid':
        a = 1 / pi
        b = 2 / pi
        return (lambda t: a / cosh(t),
                lambda t: b * atan(exp(t)),
                None)
    if name in ('rectangular', 'uniform'):
        return (lambda t: 0.5,
                lambda t: 0.5 * t + 0.5,
                1.0)
    if name == 'triangular':
        return (lambda t: 1.0 - abs(t),
                lambda t: t * t * (0.5 if t < 0.0 else -0.5) + t + 0.5,
                1.0)
    if name in ('parabolic', 'epanechnikov'):
        return (lambda t: 0.75 * (1.0 - t * t),
                lambda t: -0.25 * t**3 + 0.75 * t + 0.5,
                1.0)
    if name in ('quartic', 'biweight'):
        return (lambda t: 0.9375 * (1.0 - t * t) ** 2,
                _quartic_cdf,
                1.0)
    if name == 'triweight':
        return (lambda t: 1.09375 * (1.0 - t * t) ** 3,
                _triweight_cdf,
                1.0)
    if name == 'cosine':
        a = pi / 4
        b = pi / 2
        return (lambda t: a * cos(b * t),
                lambda t: 0.5 * sin(b * t) + 0.5,
                1.0)
    raise StatisticsError(f'Unknown kernel name: {name!r}')


def _quartic_cdf(t):
    return 0.1875 * t**5 - 0.625 * t**3 + 0.9375 * t + 0.5


def _triweight_cdf(t):
    return 1.09375 * ((-1 / 7) * t**7 + 0.6 * t**5 - t**3 + t) + 0.5


def _check_kde_args(data, h):
    if not len(data):
        raise StatisticsError('Empty data sequence')
    if not isinstance(data[0], (int, float)):
        raise TypeError('Data sequence must contain ints or floats')
    if h <= 0.0:
        raise StatisticsError(f'Bandwidth h must be positive, not {h=!r}')


def kde(data, h, kernel='normal', *, cumulative=False):
    """Kernel Density Estimation: return a function estimating the
    probability density (or, with cumulative true, the cumulative
    distribution) of the population that data was sampled from.

    h is the bandwidth.  Kernels: normal (gauss), logistic, sigmoid,
    rectangular (uniform), triangular, parabolic (epanechnikov), quartic
    (biweight), triweight and cosine.  The returned function follows later
    changes to the data sequence.
    """
    _check_kde_args(data, h)
    K, W, support = _kernel(kernel)

    if support is None:
        def pdf(x):
            return sum(K((x - xi) / h) for xi in data) / (len(data) * h)

        def cdf(x):
            return sum(W((x - xi) / h) for xi in data) / len(data)
    else:
        reach = h * support
        cache = [len(data), sorted(data)]

        def window(x):
            # Only points within reach of x contribute; everything below
            # the window has cumulative weight 1.
            if len(data) != cache[0]:
                cache[:] = [len(data), sorted(data)]
            pts = cache[1]
            lo = bisect_left(pts, x - reach)
            hi = bisect_right(pts, x + reach)
            return lo, pts[lo:hi], cache[0]

        def pdf(x):
            _, near, n = window(x)
            return sum(K((x - xi) / h) for xi in near) / (n * h)

        def cdf(x):
            below, near, n = window(x)
            return sum((W((x - xi) / h) for xi in near), below) / n

    if cumulative:
        cdf.__doc__ = f'CDF estimate with {h=!r} and {kernel=!r}'
        return cdf
    pdf.__doc__ = f'PDF estimate with {h=!r} and {kernel=!r}'
    return pdf


# ---------------------------------------------------------------------------
# Quantiles, spread

def quantiles(data, *, n=4, method='exclusive'):
    """Return the n - 1 cut points dividing data into n intervals of equal
    probability, interpolating linearly between data points.

    method 'exclusive' (default) treats data as a sample; 'inclusive'
    treats it as the whole population (minimum and maximum are the 0th and
    100th percentiles)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    ordered = sorted(data)
    size = len(ordered)
    if size < 2:
        if size == 1:
            return ordered * (n - 1)
        raise StatisticsError('must have at least one data point')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, frac = divmod(i * span, n)
            cuts.append((ordered[j] * (n - frac) + ordered[j + 1] * frac) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            frac = i * span - j * n
            cuts.append((ordered[j - 1] * (n - frac) + ordered[j] * frac) / n)
        return cuts
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    """Return the sample variance of data (at least two values).  xbar, if
    given, is taken as the mean without checking."""
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Return the population variance of data (at least one value).  mu,
    if given, is taken as the mean without checking."""
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def _root_of(T, frac):
    if _is_decimal_type(T):
        return _decimal_sqrt_of_frac(frac.numerator, frac.denominator)
    return _float_sqrt_of_frac(frac.numerator, frac.denominator)


def stdev(data, xbar=None):
    """Return the sample standard deviation: the square root of variance()."""
    T, ss, _, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root_of(T, ss / (n - 1))


def pstdev(data, mu=None):
    """Return the population standard deviation: the square root of
    pvariance()."""
    T, ss, _, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root_of(T, ss / n)


def _mean_stdev(data):
    """Return the mean and the sample standard deviation, as floats."""
    T, ss, centre, n = _ss(data)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    spread = ss / (n - 1)
    try:
        return float(centre), _float_sqrt_of_frac(spread.numerator,
                                                  spread.denominator)
    except AttributeError:
        # ss is an infinity or NaN
        return float(centre), float(centre) / float(ss)


def _sqrtprod(x, y):
    """sqrt(x * y), without needless overflow or underflow and with one
    correction step for accuracy."""
    root = sqrt(x * y)
    if not isfinite(root):
        if isinf(root) and not isinf(x) and not isinf(y):
            # the product overflowed: scale down by 2**-512 each
            small = 2.0 ** -512
            return _sqrtprod(small * x, small * y) / small
        return root
    if not root:
        if x and y:
            # the product underflowed
            big = 2.0 ** 537
            return _sqrtprod(big * x, big * y) / big
        return root
    err = sumprod((x, root), (y, -root))
    return root + err / (2.0 * root)


# ---------------------------------------------------------------------------
# Two variables

def _pair_lengths(x, y, what):
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f'{what} requires that both inputs have same'
                              ' number of data points')
    if n < 2:
        raise StatisticsError(f'{what} requires at least two data points')
    return n


def covariance(x, y, /):
    """Return the sample covariance of x and y."""
    n = _pair_lengths(x, y, 'covariance')
    mx = fsum(x) / n
    my = fsum(y) / n
    return sumprod((a - mx for a in x), (b - my for b in y)) / (n - 1)


def correlation(x, y, /, *, method='linear'):
    """Return Pearson's correlation coefficient of x and y, or with
    method='ranked' Spearman's rank correlation coefficient."""
    n = _pair_lengths(x, y, 'correlation')
    if method not in {'linear', 'ranked'}:
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'linear':
        mx = fsum(x) / n
        my = fsum(y) / n
        dx = [a - mx for a in x]
        dy = [b - my for b in y]
    else:
        middle = (n - 1) / -2      # ranks centred on zero
        dx = _rank(x, start=middle)
        dy = _rank(y, start=middle)
    try:
        return sumprod(dx, dy) / _sqrtprod(sumprod(dx, dx), sumprod(dy, dy))
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    """Return LinearRegression(slope, intercept) fitted to x and y by
    ordinary least squares; with proportional true the line goes through
    the origin and the intercept is 0.0."""
    n = _pair_lengths(x, y, 'linear regression')
    if proportional:
        dx, dy = x, y
    else:
        mx = fsum(x) / n
        my = fsum(y) / n
        dx = [a - mx for a in x]
        dy = (b - my for b in y)
    sxy = sumprod(dx, dy) + 0.0
    sxx = sumprod(dx, dx)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    if proportional:
        return LinearRegression(slope=slope, intercept=0.0)
    return LinearRegression(slope=slope, intercept=my - slope * mx)


# ---------------------------------------------------------------------------
# The normal distribution

# Wichura's algorithm AS241 (Applied Statistics, 1988): rational
# approximations, highest-degree coefficient first.
_AS241_CENTRAL = (
    (2.5090809287301226727e+3, 3.3430575583588128105e+4,
     6.7265770927008700853e+4, 4.5921953931549871457e+4,
     1.3731693765509461125e+4, 1.9715909503065514427e+3,
     1.3314166789178437745e+2, 3.3871328727963666080e+0),
    (5.2264952788528545610e+3, 2.8729085735721942674e+4,
     3.9307895800092710610e+4, 2.1213794301586595867e+4,
     5.3941960214247511077e+3, 6.8718700749205790830e+2,
     4.2313330701600911252e+1, 1.0),
)
_AS241_NEAR = (
    (7.74545014278341407640e-4, 2.27238449892691845833e-2,
     2.41780725177450611770e-1, 1.27045825245236838258e+0,
     3.64784832476320460504e+0, 5.76949722146069140550e+0,
     4.63033784615654529590e+0, 1.42343711074968357734e+0),
    (1.05075007164441684324e-9, 5.47593808499534494600e-4,
     1.51986665636164571966e-2, 1.48103976427480074590e-1,
     6.89767334985100004550e-1, 1.67638483018380384940e+0,
     2.05319162663775882187e+0, 1.0),
)
_AS241_FAR = (
    (2.01033439929228813265e-7, 2.71155556874348757815e-5,
     1.24266094738807843860e-3, 2.65321895265761230930e-2,
     2.96560571828504891230e-1, 1.78482653991729133580e+0,
     5.46378491116411436990e+0, 6.65790464350110377720e+0),
    (2.04426310338993978564e-15, 1.42151175831644588870e-7,
     1.84631831751005468180e-5, 7.86869131145613259100e-4,
     1.48753612908506148525e-2, 1.36929880922735805310e-1,
     5.99832206555887937690e-1, 1.0),
)


def _horner(coeffs, r):
    acc = coeffs[0]
    for c in coeffs[1:]:
        acc = acc * r + c
    return acc


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if fabs(q) <= 0.425:
        r = 0.180625 - q * q
        top, bottom = _AS241_CENTRAL
        z = (_horner(top, r) * q) / _horner(bottom, r)
        return mu + (z * sigma)
    tail = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(tail))
    if r <= 5.0:
        r = r - 1.6
        top, bottom = _AS241_NEAR
    else:
        r = r - 5.0
        top, bottom = _AS241_FAR
    z = _horner(top, r) / _horner(bottom, r)
    if q < 0.0:
        z = -z
    return mu + (z * sigma)


try:
    # Use the C version when the interpreter has one.
    from _statistics import _normal_dist_inv_cdf
except ImportError:
    pass


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = dict(
        _mu='Arithmetic mean of a normal distribution',
        _sigma='Standard deviation of a normal distribution',
    )

    def __init__(self, mu=0.0, sigma=1.0):
        "A normal distribution with mean mu and standard deviation sigma."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu, self._sigma = float(mu), float(sigma)

    @classmethod
    def from_samples(cls, data):
        "Fit a normal distribution to sample data (mean and sample stdev)."
        mu, sigma = _mean_stdev(data)
        return cls(mu, sigma)

    def samples(self, n, *, seed=None):
        "Draw n random values from the distribution (reproducibly if seeded)."
        uniform = (random.random if seed is None
                   else random.Random(seed).random)
        return [_normal_dist_inv_cdf(uniform(), self._mu, self._sigma)
                for _ in repeat(None, n)]

    def _need_spread(self, what):
        if not self._sigma:
            raise StatisticsError(what + '() not defined when sigma is zero')

    def pdf(self, x):
        "Probability density at x: P(x <= X < x+dx) / dx."
        var = self._sigma * self._sigma
        if not var:
            raise StatisticsError('pdf() not defined when sigma is zero')
        d = x - self._mu
        return exp(d * d / (-2.0 * var)) / sqrt(tau * var)

    def cdf(self, x):
        "Cumulative probability P(X <= x)."
        self._need_spread('cdf')
        z = (x - self._mu) / (self._sigma * _SQRT2)
        return 0.5 * (1.0 + erf(z))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function: the x for which
        P(X <= x) equals p (also called the quantile function)."""
        if p <= 0.0 or p >= 1.0:   # a NaN p passes through
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        mu, sigma = self._mu, self._sigma
        return _normal_dist_inv_cdf(p, mu, sigma)

    def quantiles(self, n=4):
        """Return the n - 1 cut points dividing the distribution into n
        intervals of equal probability."""
        return [self.inv_cdf(k / n) for k in range(1, n)]

    def overlap(self, other):
        """Return the overlapping coefficient (OVL) of two normal
        distributions: the area shared by their density functions, between
        0.0 and 1.0."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        a, b = self, other
        if (b._sigma, b._mu) < (a._sigma, a._mu):
            a, b = b, a          # same answer whichever way round
        va, vb = a.variance, b.variance
        if not (va and vb):
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = vb - va
        dm = fabs(b._mu - a._mu)
        if not dv:
            return 1.0 - erf(dm / (2.0 * a._sigma * _SQRT2))
        # The densities cross at two points x1 and x2.
        lin = a._mu * vb - b._mu * va
        rad = a._sigma * b._sigma * sqrt(dm * dm + dv * log(vb / va))
        x1 = (lin + rad) / dv
        x2 = (lin - rad) / dv
        return 1.0 - (fabs(b.cdf(x1) - a.cdf(x1)) + fabs(b.cdf(x2) - a.cdf(x2)))

    def zscore(self, x):
        """Return the standard score of x: (x - mean) / stdev."""
        self._need_spread('zscore')
        return (x - self._mu) / self._sigma

    mean = property(lambda self: self._mu,
                    doc="Arithmetic mean of the normal distribution.")
    median = property(lambda self: self._mu,
                      doc="The median of the distribution (equal to the mean).")
    mode = property(lambda self: self._mu,
                    doc="The mode of the distribution, where the pdf peaks "
                        "(equal to the mean).")
    stdev = property(lambda self: self._sigma,
                     doc="Standard deviation of the normal distribution.")
    variance = property(lambda self: self._sigma * self._sigma,
                        doc="Square of the standard deviation.")

    def __add__(self, other):
        """Shift by a constant, or add an independent NormalDist (means add,
        variances add)."""
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu,
                              hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        """Shift by minus a constant, or subtract an independent NormalDist
        (means subtract, variances add)."""
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu,
                              hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        "other - self, for a constant other."
        return -(self - other)

    def __mul__(self, k):
        "Scale mu by a constant and sigma by its absolute value."
        return NormalDist(self._mu * k, self._sigma * fabs(k))

    def __truediv__(self, k):
        "Divide mu by a constant and sigma by its absolute value."
        return NormalDist(self._mu / k, self._sigma / fabs(k))

    __radd__, __rmul__ = __add__, __mul__

    def __pos__(self):
        "A copy of the distribution."
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        "The mirror image: mean negated, same sigma."
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        "Equal when both mean and standard deviation are equal."
        if isinstance(other, NormalDist):
            return self._mu == other._mu and self._sigma == other._sigma
        return NotImplemented

    def __hash__(self):
        "Hash of the (mean, standard deviation) pair."
        return hash((self._mu, self._sigma))

    def __repr__(self):
        name = type(self).__name__
        return f'{name}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return (self._mu, self._sigma)

    def __setstate__(self, state):
        self._mu, self._sigma = state


# ---------------------------------------------------------------------------
# Random selection from a kernel density estimate: pick a data point and
# add h times a draw from the kernel (by inverting its cdf).

def _newton_raphson(f_inv_estimate, f, f_prime, tolerance=1e-12):
    def f_inv(y):
        "Return x such that f(x) ≈ y within the specified tolerance."
        x = f_inv_estimate(y)
        while True:
            miss = f(x) - y
            if abs(miss) <= tolerance:
                return x
            x -= miss / f_prime(x)
    return f_inv


def _mirrored(p):
    return (1.0, p) if p <= 0.5 else (-1.0, 1.0 - p)


def _quartic_invcdf_estimate(p):
    sign, p = _mirrored(p)
    x = (2.0 * p) ** 0.4258865685331 - 1.0
    if p >= 0.004:
        x += 0.026818732 * sin(7.101753784 * p + 2.73230839482953)
    return x * sign


def _triweight_invcdf_estimate(p):
    sign, p = _mirrored(p)
    return ((2.0 * p) ** 0.3400218741872791 - 1.0) * sign


_quartic_invcdf = _newton_raphson(
    _quartic_invcdf_estimate, _quartic_cdf,
    lambda t: 0.9375 * (1.0 - t * t) ** 2)

_triweight_invcdf = _newton_raphson(
    _triweight_invcdf_estimate, _triweight_cdf,
    lambda t: 1.09375 * (1.0 - t * t) ** 3)


def _triangular_invcdf(p):
    if p < 0.5:
        return sqrt(2 * p) - 1
    return 1 - sqrt(2 - 2 * p)


_kernel_invcdfs = {
    'normal': NormalDist().inv_cdf,
    'logistic': lambda p: log(p / (1 - p)),
    'sigmoid': lambda p: log(tan(p * pi / 2)),
    'rectangular': lambda p: 2 * p - 1,
    'parabolic': lambda p: 2 * cos((acos(2 * p - 1) + pi) / 3),
    'quartic': _quartic_invcdf,
    'triweight': _triweight_invcdf,
    'triangular': _triangular_invcdf,
    'cosine': lambda p: 2 * asin(2 * p - 1) / pi,
}
for _alias, _name in (('gauss', 'normal'), ('uniform', 'rectangular'),
                      ('epanechnikov', 'parabolic'), ('biweight', 'quartic')):
    _kernel_invcdfs[_alias] = _kernel_invcdfs[_name]
del _alias, _name


def kde_random(data, h, kernel='normal', *, seed=None):
    """Return a function that draws random values from the density
    estimated by kde(data, h, kernel).  A seed (int, float, str or bytes)
    makes the draws reproducible."""
    _check_kde_args(data, h)
    invcdf = _kernel_invcdfs.get(kernel)
    if invcdf is None:
        raise StatisticsError(f'Unknown kernel name: {kernel!r}')
    gen = _random.Random(seed)
    pick = gen.choice
    uniform = gen.random

    def rand():
        base = pick(data)
        return base + h * invcdf(uniform())
    rand.__doc__ = f'Random KDE selection with {h=!r} and {kernel=!r}'
    return rand
