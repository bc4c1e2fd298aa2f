"""Random numbers: a generator with reproducible sequences, and the
distributions built on it.

    integers      randrange, randint, getrandbits
    bytes         randbytes
    sequences     choice, choices (with weights), sample, shuffle
    real line     uniform, triangular, normalvariate, gauss, lognormvariate,
                  expovariate, gammavariate, betavariate, paretovariate,
                  weibullvariate
    circle        vonmisesvariate (angles from 0 to 2*pi)
    discrete      binomialvariate

The generator underneath is the Mersenne Twister, with a period of
2**19937-1; each of its random() calls is one indivisible step, so sharing a
generator between threads is safe.  The module's functions share one hidden
generator; make Random objects for independent sequences, or SystemRandom for
numbers from the operating system's entropy source.
"""

# Kaa's random module. The generator core (_random.Random, a Mersenne Twister)
# is native; everything here is built on its random() and getrandbits().
# Reproducibility is the contract: for a given seed every method consumes the
# core's output in exactly the order CPython's does and does the same float
# arithmetic on it, so sequences match CPython's bit for bit.

import _random
import os as _os
from _collections_abc import Sequence as _Sequence
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate
from math import (
    acos as _acos, ceil as _ceil, cos as _cos, e as _e, exp as _exp,
    fabs as _fabs, floor as _floor, isfinite as _isfinite, lgamma as _lgamma,
    log as _log, log2 as _log2, pi as _pi, sin as _sin, sqrt as _sqrt,
    tau as TWOPI)
from operator import index as _index
from os import urandom as _urandom

__all__ = [
    "Random", "SystemRandom", "betavariate", "binomialvariate", "choice",
    "choices", "expovariate", "gammavariate", "gauss", "getrandbits",
    "getstate", "lognormvariate", "normalvariate", "paretovariate",
    "randbytes", "randint", "random", "randrange", "sample", "seed",
    "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate",
    "weibullvariate",
]

# Public constants of the algorithms below.
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53        # bits in a float's significand
RECIP_BPF = 2 ** -BPF

_ONE = 1        # randrange's default step, told apart from an explicit 1
_SEEDABLE = (type(None), int, float, str, bytes, bytearray)


def _legacy_text_seed(text):
    """The int that seed(text, version=1) uses: Python 2's string hash."""
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    mask = (1 << 64) - 1
    acc = ord(text[0]) << 7 if text else 0
    for code in map(ord, text):
        acc = (acc * 1000003 ^ code) & mask
    acc ^= len(text)
    # A result of -1 cannot happen after masking; kept for fidelity.
    return -2 if acc == -1 else acc


def _text_seed(data):
    """The int that seed(data) uses for str, bytes and bytearray: the bytes
    followed by their SHA-512 digest, read as one big-endian number."""
    from hashlib import sha512
    raw = data.encode() if isinstance(data, str) else data
    return int.from_bytes(raw + sha512(raw).digest())


def _unsigned_words(words):
    # Version 2 states held the twister's words as C longs, which may be
    # negative; version 3 wants them as unsigned 32-bit values.
    try:
        return tuple(w % (1 << 32) for w in words)
    except ValueError as exc:
        raise TypeError from exc


class Random(_random.Random):
    """A random number generator with its own state.

    The module's functions are the methods of one shared instance; create
    more for independent streams.  A subclass can supply its own core
    generator by overriding random(), seed(), getstate() and setstate(),
    and getrandbits() too if randrange() must reach arbitrarily large
    ranges.
    """

    VERSION = 3     # the layout of getstate()'s result

    def __init__(self, x=None):
        """Seed the new generator from x, as seed() does."""
        self.seed(x)
        # A subclass's seed() may not reset it, so do it here too.
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Reset the generator's state from a, or from fresh entropy when a is None.

        a may be None, an int (all of its bits count), a float, a str, bytes
        or bytearray.  With version 2, the default, every bit of a string
        counts; version 1 reproduces the narrower string seeding of very old
        Python versions.
        """
        if isinstance(a, (str, bytes, bytearray)):
            # Text is hashed to an int; other versions pass it on as it is.
            if version == 2:
                a = _text_seed(a)
            elif version == 1 and not isinstance(a, bytearray):
                a = _legacy_text_seed(a)
        elif not isinstance(a, _SEEDABLE):
            raise TypeError('The only supported seed types are:\n'
                            'None, int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return the generator's state, for setstate() to restore later."""
        core = super().getstate()
        return self.VERSION, core, self.gauss_next

    def setstate(self, state):
        """Restore a state that getstate() returned."""
        if state[0] not in (2, 3):
            raise ValueError(f"state with version {state[0]} passed to "
                             f"Random.setstate() of version {self.VERSION}")
        version, words, self.gauss_next = state
        super().setstate(_unsigned_words(words) if version == 2 else words)

    # Pickling goes through getstate/setstate; copy and pickle use
    # __reduce__, the other two are kept for code that calls them directly.

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return self.__class__, (), self.getstate()

    def __init_subclass__(cls, /, **kwargs):
        """Choose how a subclass draws integers below a bound.

        A subclass with its own getrandbits() uses it, so any range works; one
        with only its own random() scales floats, which limits ranges to
        2**53.
        """
        # The nearest class defining one of the three decides.
        choose = {'_randbelow': None,
                  'getrandbits': cls._randbelow_with_getrandbits,
                  'random': cls._randbelow_without_getrandbits}
        for klass in cls.__mro__:
            for name, method in choose.items():
                if name in klass.__dict__:
                    if method is not None:
                        cls._randbelow = method
                    return

    # Integers below n, the primitive every integer method uses.

    def _randbelow_with_getrandbits(self, n):
        """An int in [0, n), n > 0, from getrandbits()."""
        width = n.bit_length()
        while True:
            # Draw as many bits as n has; redraw the (less than half) values
            # that overshoot, which keeps every result equally likely.
            candidate = self.getrandbits(width)
            if candidate < n:
                return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1<<BPF):
        """An int in [0, n), n > 0, using random() alone."""
        if n < maxsize:
            # Floats from random() are multiples of 1/maxsize.  Only those
            # below the largest multiple of n that fits are used, so that
            # reducing them modulo n favours no residue.
            usable = (maxsize - maxsize % n) / maxsize
            while True:
                x = self.random()
                if x < usable:
                    return _floor(x * maxsize) % n
        import warnings
        warnings.warn(
            "Underlying random() generator does not supply \n"
            "enough bits to choose from a population range this large.\n"
            "To remove the range limitation, add a getrandbits() method.")
        return _floor(self.random() * n)

    _randbelow = _randbelow_with_getrandbits

    # Integers, bytes and sequences.

    def randbytes(self, n):
        """Return n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, 'little')

    def randrange(self, start, stop=None, step=_ONE):
        """Return a random member of range(start, stop, step).

        As choice(range(start, stop, step)), without building the range, so
        that ranges of any size are fine.  With one argument it is the stop.
        """
        first = _index(start)
        if stop is not None:
            span = _index(stop) - first
            stride = _index(step)
            if not stride:
                raise ValueError("zero step for randrange()")
            count = -(-span // stride)  # how many members: span / stride rounded up
            if count > 0:
                return first + stride * self._randbelow(count)
            if stride == 1:
                raise ValueError(f"empty range in randrange({start}, {stop})")
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        # randrange(n): n is the stop, and no step may be given.
        if step is _ONE:
            if first > 0:
                return self._randbelow(first)
            raise ValueError("empty range for randrange()")
        raise TypeError("Missing a non-None stop argument")

    def randint(self, a, b):
        """Return a random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """Return a random item of the non-empty sequence seq."""
        size = len(seq)
        if size:
            return seq[self._randbelow(size)]
        raise IndexError('Cannot choose from an empty sequence')

    def shuffle(self, x):
        """Put the items of the list x in random order, in place."""
        # Fisher-Yates, from the back: each slot in turn takes a random item
        # from those not placed yet.
        below = self._randbelow
        for top in range(len(x) - 1, 0, -1):
            other = below(top + 1)
            x[top], x[other] = x[other], x[top]

    def sample(self, population, k, *, counts=None):
        """Return k distinct picks from population, in the order they were drawn.

        The population is a sequence (for a set or dict, pass sorted(s)); it is
        left unchanged.  Any prefix of the result is itself a random sample.
        Repeated items are separate choices; counts gives each item's
        repetitions without writing them out, so that counts=[4, 2] over
        ['red', 'blue'] picks from four 'red' and two 'blue'.  A range is an
        efficient population, however large: sample(range(10**7), 60).
        """
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is None:
            return self._sample_distinct(population, size, k)
        return self._sample_counted(population, size, k, counts)

    def _sample_distinct(self, population, size, k):
        below = self._randbelow
        if k < 0 or k > size:
            raise ValueError("Sample larger than population or is negative")
        picks = [None] * k
        if size <= _pool_limit(k):
            # Draw from a shrinking copy: the drawn slot is refilled with the
            # last undrawn item.
            rest = list(population)
            for left in range(size, size - k, -1):
                j = below(left)
                picks[size - left] = rest[j]
                rest[j] = rest[left - 1]
            return picks
        # A large population: draw indexes, redrawing the ones already taken.
        taken = set()
        for slot in range(k):
            j = below(size)
            while j in taken:
                j = below(size)
            taken.add(j)
            picks[slot] = population[j]
        return picks

    def _sample_counted(self, population, size, k, counts):
        # sample() with repeat counts: sample positions in the expanded
        # population, then map each back through the running totals.
        totals = list(_accumulate(counts))
        if len(totals) != size:
            raise ValueError('The number of counts does not match the population')
        total = totals.pop()
        if not isinstance(total, int):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        positions = self.sample(range(total), k=k)
        return [population[_bisect(totals, pos)] for pos in positions]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return k picks from population, each made independently.

        weights gives relative weights, or cum_weights their running totals;
        without either every item is equally likely.
        """
        draw = self.random
        size = len(population)
        if weights is not None:
            if cum_weights is not None:
                raise TypeError('Cannot specify both weights and cumulative weights')
            cum_weights = _running_totals(weights)
        elif cum_weights is None:
            scale = float(size)
            return [population[_floor(draw() * scale)] for _ in range(k)]
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        # The last item is never past the end, whatever rounding does to the
        # scaled draw.
        last = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, last)]
                for _ in range(k)]

    # Real-valued distributions.

    def uniform(self, a, b):
        """Return a float between a and b (b itself may come out, by rounding).

        Mean (a + b) / 2, variance (b - a) ** 2 / 12.
        """
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Return a float from the triangular distribution on [low, high].

        Its density rises linearly from low to the peak at mode (the midpoint
        by default) and falls linearly to high.  Mean (low + high + mode) / 3.
        """
        u = self.random()
        try:
            # Where the mode sits, as a fraction of the interval.
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low      # an empty interval
        if u > split:
            # Mirror the draw onto the other side of the mode.
            u, split, low, high = 1.0 - u, 1.0 - split, high, low
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Return a float from the normal distribution: mean mu, standard deviation sigma."""
        return mu + self._ratio_of_uniforms() * sigma

    def _ratio_of_uniforms(self):
        # A standard normal variate by Kinderman and Monahan's method: the
        # scaled ratio (u - 1/2) / v is accepted when it falls inside the
        # region bounded by -4 log(v).
        draw = self.random
        while True:
            u = draw()
            v = 1.0 - draw()
            z = NV_MAGICCONST * (u - 0.5) / v
            if z * z / 4.0 <= -_log(v):
                return z

    def gauss(self, mu=0.0, sigma=1.0):
        """Return a float from the normal distribution (mean mu, deviation sigma).

        A little faster than normalvariate(); it keeps the second value of
        each pair it computes for the next call, so concurrent callers need a
        lock around it.
        """
        # Box-Muller: each pair of draws gives two values; the second waits in
        # gauss_next for the following call.
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Return a float whose natural logarithm is normally distributed.

        mu and sigma are that normal distribution's mean and standard
        deviation; sigma must be positive.
        """
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Return a float from the exponential distribution with rate lambd.

        The mean is 1 / lambd, which must not be zero.  A positive rate gives
        values from 0 to infinity, a negative one from minus infinity to 0.
        """
        return _unit_exponential(self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Return an angle in [0, 2*pi) from the von Mises distribution.

        mu is the mean angle in radians; kappa >= 0 the concentration.  At
        kappa 0 every angle is equally likely.
        """
        # Best and Fisher's rejection method (Applied Statistics, 1979).
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _sqrt(1.0 + half * half)
        while True:
            z = _cos(_pi * draw())
            d = z / (rho + z)
            u = draw()
            if u < 1.0 - d * d or u <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / rho
        offset = _acos((q + z) / (1.0 + q * z))
        if draw() > 0.5:
            return (mu + offset) % TWOPI
        return (mu - offset) % TWOPI

    def gammavariate(self, alpha, beta):
        """Return a float from the gamma distribution with shape alpha and
        scale beta, both positive (this is not the gamma function).

        Mean alpha * beta, variance alpha * beta ** 2; the density at x is
        proportional to x ** (alpha - 1) * exp(-x / beta).
        """
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            return _unit_exponential(self.random()) * beta
        return self._gamma_small(alpha) * beta

    def _gamma_cheng(self, alpha):
        # Cheng's GB algorithm (1977) for alpha > 1, with scale 1: a
        # log-logistic proposal, a quick acceptance test, then the exact one.
        draw = self.random
        spread = _sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        lift = alpha + spread
        while True:
            u = draw()
            if not 1e-7 < u < 0.9999999:
                continue
            w = 1.0 - draw()
            v = _log(u / (1.0 - u)) / spread
            candidate = alpha * _exp(v)
            z = u * u * w
            r = shift + lift * v - candidate
            if SG_MAGICCONST + r - 4.5 * z >= 0.0:
                return candidate
            if r >= _log(z):
                return candidate

    def _gamma_small(self, alpha):
        # Ahrens and Dieter's GS algorithm for 0 < alpha < 1, with scale 1:
        # the proposal mixes a power law near zero with an exponential tail.
        draw = self.random
        bound = (_e + alpha) / _e
        while True:
            p = bound * draw()
            if p <= 1.0:
                candidate = p ** (1.0 / alpha)
                accept = _exp(-candidate)
            else:
                candidate = -_log((bound - p) / alpha)
                accept = candidate ** (alpha - 1.0)
            if draw() <= accept:
                return candidate

    def betavariate(self, alpha, beta):
        """Return a float in [0, 1] from the beta distribution.

        alpha > 0 and beta > 0; the mean is alpha / (alpha + beta).
        """
        # With X ~ Gamma(alpha) and Y ~ Gamma(beta), X / (X + Y) ~ Beta.
        x = self.gammavariate(alpha, 1.0)
        if not x:
            return 0.0
        return x / (x + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Return a float from the Pareto distribution of shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Return a float from the Weibull distribution: scale alpha, shape beta."""
        return alpha * _unit_exponential(self.random()) ** (1.0 / beta)

    # Discrete distributions.

    def binomialvariate(self, n=1, p=0.5):
        """Return how many of n independent trials succeed, each with probability p.

        The same distribution as sum(random() < p for i in range(n)), an int
        from 0 to n, with mean n * p and variance n * p * (1 - p).
        """
        if n < 0:
            raise ValueError("n must be non-negative")
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        if n == 1:
            return _index(self.random() < p)
        # Count failures instead when they are the rarer outcome.
        if p > 0.5:
            return n - self._binomial_upto_half(n, 1.0 - p)
        return self._binomial_upto_half(n, p)

    def _binomial_upto_half(self, n, p):
        mean = n * p
        if mean < 10.0:
            return self._binomial_skips(n, p)
        # (A NaN p reaches here and fails this, as in CPython.)
        assert mean >= 10.0
        return self._binomial_btrs(n, p, mean)

    def _binomial_skips(self, n, p):
        # Few successes expected: jump from one success to the next over
        # geometrically distributed gaps, counting until past trial n.
        rate = _log2(1.0 - p)
        hits = 0
        if not rate:
            return hits     # p too small to register
        trial = 0
        while True:
            trial += _floor(_log2(self.random()) / rate) + 1
            if trial > n:
                return hits
            hits += 1

    def _binomial_btrs(self, n, p, mean):
        # Hormann's BTRS, transformed rejection with squeeze ("The
        # generation of binomial random variates", 1993), for n * p >= 10
        # and p <= 0.5.  The names follow the paper.
        draw = self.random
        spq = _sqrt(mean * (1.0 - p))       # the standard deviation
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = mean + 0.5
        v_r = 0.92 - 4.2 / b
        two_a = 2.0 * a
        exact = None    # the exact test's constants, made when first needed
        while True:
            u = draw() - 0.5
            us = 0.5 - _fabs(u)
            k = _floor((two_a / us + b) * u + c)
            if 0 <= k <= n:     # else outside the support: draw again
                v = draw()
                if us >= 0.07 and v <= v_r:
                    return k    # inside the squeeze: accept at once
                if exact is None:
                    mode = _floor((n + 1) * p)
                    exact = ((2.83 + 5.1 / b) * spq, _log(p / (1.0 - p)),
                             mode, _lgamma(mode + 1) + _lgamma(n - mode + 1))
                alpha, lpq, mode, h = exact
                v *= alpha / (a / (us * us) + b)
                log_ratio = h - _lgamma(k + 1) - _lgamma(n - k + 1)
                if _log(v) <= log_ratio + (k - mode) * lpq:
                    return k


def _unit_exponential(u):
    # An Exp(1) variate from a uniform draw u in [0, 1).
    return -_log(1.0 - u)


def _pool_limit(k):
    # sample() copies the population when it has at most this many items,
    # and otherwise tracks drawn indexes in a set: a set for k entries costs
    # about as much memory as a list of this length.
    limit = 21
    if k > 5:
        limit += 4 ** _ceil(_log(k * 3, 4))
    return limit


def _running_totals(weights):
    # choices(): cumulative weights, with a pointed message for the common
    # mistake of passing k positionally.
    try:
        return list(_accumulate(weights))
    except TypeError:
        if isinstance(weights, int):
            raise TypeError('The number of choices must be a keyword '
                            f'argument: k={weights!r}') from None
        raise


class SystemRandom(Random):
    """A generator drawing on the operating system's entropy (os.urandom).

    Its numbers cannot be reproduced: seeding does nothing, and there is no
    state to save or restore.
    """

    def random(self):
        """Return a float in [0.0, 1.0) from os.urandom()."""
        # A float's worth of random bits, scaled into [0, 1).
        return self.getrandbits(BPF) * RECIP_BPF

    def getrandbits(self, k):
        """Return an int of k random bits from os.urandom()."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = -(-k // 8)
        surplus = nbytes * 8 - k
        return int.from_bytes(_urandom(nbytes)) >> surplus

    def randbytes(self, n):
        """Return n bytes from os.urandom()."""
        return _urandom(n)

    def seed(self, *args, **kwds):
        """Do nothing: the entropy source takes no seed."""
        return None

    def _notimplemented(self, *args, **kwds):
        """Refuse: the entropy source has no state."""
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# The module's functions are the bound methods of one shared generator.
_inst = Random()
for _name in __all__:
    if _name[0].islower():
        globals()[_name] = getattr(_inst, _name)
del _name

# A forked child must not replay its parent's numbers.
if hasattr(_os, "register_at_fork"):
    _os.register_at_fork(after_in_child=_inst.seed)


# A rough self-check: python -m random --test [N] times each distribution
# and prints its sample statistics.

_TEST_CASES = (
    ('random', ()), ('normalvariate', (0.0, 1.0)),
    ('lognormvariate', (0.0, 1.0)), ('vonmisesvariate', (0.0, 1.0)),
    ('binomialvariate', (15, 0.60)), ('binomialvariate', (100, 0.75)),
    ('gammavariate', (0.01, 1.0)), ('gammavariate', (0.1, 1.0)),
    ('gammavariate', (0.1, 2.0)), ('gammavariate', (0.5, 1.0)),
    ('gammavariate', (0.9, 1.0)), ('gammavariate', (1.0, 1.0)),
    ('gammavariate', (2.0, 1.0)), ('gammavariate', (20.0, 1.0)),
    ('gammavariate', (200.0, 1.0)), ('gauss', (0.0, 1.0)),
    ('betavariate', (3.0, 3.0)), ('triangular', (0.0, 1.0, 1.0 / 3.0)),
)


def _test(N=10_000):
    import statistics
    import time
    for name, args in _TEST_CASES:
        func = globals()[name]
        began = time.perf_counter()
        data = [func(*args) for _ in range(N)]
        took = time.perf_counter() - began
        mean = statistics.fmean(data)
        spread = statistics.stdev(data, mean)
        print(f'{took:.3f} sec, {N} times {name}{args!r}')
        print(f'avg {mean:g}, stddev {spread:g}, min {min(data):g}, '
              f'max {max(data):g}\n')


# The command line: python -m random [options] [input ...]

_OPTIONS = (
    (("-c", "--choice"), {"nargs": "+", "help": "print a random choice"}),
    (("-i", "--integer"), {
        "type": int, "metavar": "N",
        "help": "print a random integer between 1 and N inclusive"}),
    (("-f", "--float"), {
        "type": float, "metavar": "N",
        "help": "print a random floating-point number between 0 and N inclusive"}),
)

_INPUT_HELP = """\
if no options given, output depends on the input
    string or multiple: same as --choice
    integer: same as --integer
    float: same as --float"""


def _parse_args(arg_list: list[str] | None):
    from argparse import ArgumentParser, RawTextHelpFormatter, SUPPRESS
    parser = ArgumentParser(formatter_class=RawTextHelpFormatter)
    exclusive = parser.add_mutually_exclusive_group()
    for flags, settings in _OPTIONS:
        exclusive.add_argument(*flags, **settings)
    # --test [N] is for maintainers and stays out of the help.
    exclusive.add_argument("--test", type=int, const=10_000, nargs="?",
                           help=SUPPRESS)
    parser.add_argument("input", nargs="*", help=_INPUT_HELP)
    return parser.parse_args(arg_list), parser.format_help()


def _one_to(n):
    return randint(1, n)


def _zero_to(x):
    return uniform(0, x)


def _from_word(word):
    # A lone input word: an int N picks from 1..N, a float X from [0, X];
    # anything else is split into words to choose among.  A number that
    # fails its pick (say 0 for randint) falls through to the next reading.
    for convert, pick in ((int, _one_to), (float, _zero_to)):
        try:
            return pick(convert(word))
        except ValueError:
            pass
    return choice(word.split())


def _run_test(n):
    _test(n)
    return ""


def main(arg_list: list[str] | None = None) -> int | str:
    args, help_text = _parse_args(arg_list)
    # The options exclude one another; --test 0 counts as not given.
    explicit = ((args.choice, choice), (args.integer, _one_to),
                (args.float, _zero_to), (args.test or None, _run_test))
    for given, act in explicit:
        if given is not None:
            return act(given)
    words = args.input
    if len(words) == 1:
        return _from_word(words[0])
    # Several words: choose one; none: show how to use the command.
    return choice(words) if words else help_text


if __name__ == '__main__':
    print(main())
