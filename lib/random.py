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
# is native; everything here is built on its random() and getrandbits(), and
# draws from them in the same order as CPython so that a seed reproduces
# CPython's sequences exactly.

import _random
import os as _os
from _collections_abc import Sequence as _Sequence
from bisect import bisect as _bisect
from itertools import accumulate as _accumulate, repeat as _repeat
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

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53        # bits in a float's significand
RECIP_BPF = 2 ** -BPF
_ONE = 1        # randrange's default step, told apart from an explicit 1
_sha512 = None  # imported on the first string seed


def _string_seed_v1(text):
    # The version 1 hash of a str or bytes seed (Python 2's string hash).
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    acc = ord(text[0]) << 7 if text else 0
    for code in map(ord, text):
        acc = ((1000003 * acc) ^ code) & 0xFFFFFFFFFFFFFFFF
    acc ^= len(text)
    return -2 if acc == -1 else acc


def _string_seed_v2(data):
    # The version 2 seed of a str, bytes or bytearray: all its bytes followed
    # by their SHA-512 digest, read as one big-endian integer.
    global _sha512
    if _sha512 is None:
        try:
            from _sha2 import sha512 as _sha512
        except ImportError:
            from hashlib import sha512 as _sha512
    if isinstance(data, str):
        data = data.encode()
    return int.from_bytes(data + _sha512(data).digest())


_SEED_TYPES = (type(None), int, float, str, bytes, bytearray)


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
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Reset the generator's state from a, or from fresh entropy when a is None.

        a may be None, an int (all of its bits count), a float, a str, bytes
        or bytearray.  With version 2, the default, every bit of a string
        counts; version 1 reproduces the narrower string seeding of very old
        Python versions.
        """
        if version == 1 and isinstance(a, (str, bytes)):
            a = _string_seed_v1(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            a = _string_seed_v2(a)
        elif not isinstance(a, _SEED_TYPES):
            raise TypeError('The only supported seed types are:\n'
                            'None, int, float, str, bytes, and bytearray.')
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return the generator's state, for setstate() to restore later."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore a state that getstate() returned."""
        version = state[0]
        if version not in (2, 3):
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))
        version, words, self.gauss_next = state
        if version == 2:
            # Version 2 states may hold words beyond 32 bits (signed longs).
            try:
                words = tuple(w % (2 ** 32) for w in words)
            except ValueError as exc:
                raise TypeError from exc
        super().setstate(words)

    # Pickling goes through getstate/setstate.

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
        draw = self.getrandbits
        width = n.bit_length()
        r = draw(width)
        while r >= n:       # rejection keeps the distribution even
            r = draw(width)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1<<BPF):
        """An int in [0, n), n > 0, using random() alone."""
        draw = self.random
        if n >= maxsize:
            from warnings import warn
            warn("Underlying random() generator does not supply \n"
                 "enough bits to choose from a population range this large.\n"
                 "To remove the range limitation, add a getrandbits() method.")
            return _floor(draw() * n)
        cutoff = (maxsize - maxsize % n) / maxsize
        r = draw()
        while r >= cutoff:
            r = draw()
        return _floor(r * maxsize) % n

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
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if first <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(first)
        span = _index(stop) - first
        stride = _index(step)
        if stride == 1:
            if span <= 0:
                raise ValueError(f"empty range in randrange({start}, {stop})")
            return first + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # The count of values, rounding the span away from zero.
        count = (span + stride - (1 if stride > 0 else -1)) // stride
        if count <= 0:
            raise ValueError(f"empty range in randrange({start}, {stop}, {step})")
        return first + stride * self._randbelow(count)

    def randint(self, a, b):
        """Return a random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """Return a random item of the non-empty sequence seq."""
        size = len(seq)
        if not size:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Put the items of the list x in random order, in place."""
        below = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Return k distinct picks from population, in the order they were drawn.

        The population is a sequence (for a set or dict, pass sorted(s)); it is
        left unchanged.  Any prefix of the result is itself a random sample.
        Repeated items are separate choices; counts gives each item's
        repetitions without writing them out:

            sample(['red', 'blue'], counts=[4, 2], k=5)

        picks from four 'red' and two 'blue'.  A range is an efficient
        population, however large:

            sample(range(10000000), 60)
        """
        if not isinstance(population, _Sequence):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, k, counts)
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        below = self._randbelow
        # A small population is copied and drawn from without replacement; a
        # large one is sampled by rejecting repeated indexes, kept in a set,
        # whichever costs less memory (the set's table size decides).
        table = 21
        if k > 5:
            table += 4 ** _ceil(_log(k * 3, 4))
        if size <= table:
            pool = list(population)
            picked = []
            for left in range(size, size - k, -1):
                j = below(left)
                picked.append(pool[j])
                pool[j] = pool[left - 1]
            return picked
        seen = set()
        picked = []
        for _ in range(k):
            j = below(size)
            while j in seen:
                j = below(size)
            seen.add(j)
            picked.append(population[j])
        return picked

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
        if cum_weights is None:
            if weights is None:
                scale = size + 0.0
                return [population[_floor(draw() * scale)] for _ in _repeat(None, k)]
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if isinstance(weights, int):
                    k = weights
                    raise TypeError(
                        f'The number of choices must be a keyword argument: {k=}'
                    ) from None
                raise
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, last)]
                for _ in _repeat(None, k)]

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
            split = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > split:
            # Mirror the draw onto the other side of the mode.
            u, split, low, high = 1.0 - u, 1.0 - split, high, low
        return low + (high - low) * _sqrt(u * split)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Return a float from the normal distribution: mean mu, standard deviation sigma."""
        # Kinderman and Monahan's ratio-of-uniforms method.
        draw = self.random
        while True:
            u = draw()
            v = 1.0 - draw()
            z = NV_MAGICCONST * (u - 0.5) / v
            if z * z / 4.0 <= -_log(v):
                return mu + z * sigma

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
            draw = self.random
            angle = draw() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - draw()))
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
        return -_log(1.0 - self.random()) / lambd

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
        """Return a float from the gamma distribution (not the gamma function).

        alpha is the shape and beta the scale, both > 0; the mean is
        alpha * beta and the variance alpha * beta ** 2.  The density is

                    x ** (alpha - 1) * math.exp(-x / beta)
          pdf(x) =  --------------------------------------
                      math.gamma(alpha) * beta ** alpha
        """
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        return self._gamma_small(alpha) * beta

    def _gamma_cheng(self, alpha):
        # Cheng's GB algorithm (1977) for alpha > 1, with scale 1.
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
            x = alpha * _exp(v)
            z = u * u * w
            r = shift + lift * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x

    def _gamma_small(self, alpha):
        # Ahrens and Dieter's GS algorithm for 0 < alpha < 1, with scale 1.
        draw = self.random
        while True:
            bound = (_e + alpha) / _e
            p = bound * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if draw() <= _exp(-x):
                    return x
            else:
                x = -_log((bound - p) / alpha)
                if draw() <= x ** (alpha - 1.0):
                    return x

    def betavariate(self, alpha, beta):
        """Return a float in [0, 1] from the beta distribution.

        alpha > 0 and beta > 0; the mean is alpha / (alpha + beta).
        """
        # Two gamma draws: y / (y + w) is beta-distributed.
        y = self.gammavariate(alpha, 1.0)
        if not y:
            return 0.0
        return y / (y + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        """Return a float from the Pareto distribution of shape alpha."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Return a float from the Weibull distribution: scale alpha, shape beta."""
        return alpha * (-_log(1.0 - self.random())) ** (1.0 / beta)

    # Discrete distributions.

    def binomialvariate(self, n=1, p=0.5):
        """Return how many of n independent trials succeed, each with probability p.

        The same distribution as sum(random() < p for i in range(n)), an int
        from 0 to n, with mean n * p and variance n * p * (1 - p).
        """
        if n < 0:
            raise ValueError("n must be non-negative")
        if not 0.0 < p < 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        if n == 1:
            return _index(self.random() < p)
        if p > 0.5:
            return n - self.binomialvariate(n, 1.0 - p)
        if n * p < 10.0:
            return self._binomial_geometric(n, p)
        return self._binomial_btrs(n, p)

    def _binomial_geometric(self, n, p):
        # Few expected successes: jump between them with geometric skips.
        draw = self.random
        hits = trials = 0
        step = _log2(1.0 - p)
        if not step:
            return hits
        while True:
            trials += _floor(_log2(draw()) / step) + 1
            if trials > n:
                return hits
            hits += 1

    def _binomial_btrs(self, n, p):
        # Hormann's BTRS transformed rejection with squeeze (1993), for
        # n * p >= 10 and p <= 0.5.
        draw = self.random
        spq = _sqrt(n * p * (1.0 - p))
        b = 1.15 + 2.53 * spq
        a = -0.0873 + 0.0248 * b + 0.01 * p
        c = n * p + 0.5
        vr = 0.92 - 4.2 / b
        exact = None    # the constants of the exact test, made when first needed
        while True:
            u = draw() - 0.5
            us = 0.5 - _fabs(u)
            k = _floor((2.0 * a / us + b) * u + c)
            if k < 0 or k > n:
                continue
            v = draw()
            if us >= 0.07 and v <= vr:
                return k
            if exact is None:
                mode = _floor((n + 1) * p)
                exact = ((2.83 + 5.1 / b) * spq, _log(p / (1.0 - p)), mode,
                         _lgamma(mode + 1) + _lgamma(n - mode + 1))
            alpha, lpq, mode, h = exact
            v *= alpha / (a / (us * us) + b)
            if _log(v) <= h - _lgamma(k + 1) - _lgamma(n - k + 1) + (k - mode) * lpq:
                return k


class SystemRandom(Random):
    """A generator drawing on the operating system's entropy (os.urandom).

    Its numbers cannot be reproduced: seeding does nothing, and there is no
    state to save or restore.
    """

    def random(self):
        """Return a float in [0.0, 1.0) from os.urandom()."""
        return (int.from_bytes(_urandom(7)) >> 3) * RECIP_BPF

    def getrandbits(self, k):
        """Return an int of k random bits from os.urandom()."""
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        nbytes = (k + 7) // 8
        return int.from_bytes(_urandom(nbytes)) >> (nbytes * 8 - k)

    def randbytes(self, n):
        """Return n bytes from os.urandom()."""
        # os.urandom(n) fails with ValueError for n < 0
        # and returns an empty bytes string for n == 0.
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

if hasattr(_os, "fork"):
    _os.register_at_fork(after_in_child=_inst.seed)


def _test_generator(n, func, args):
    from statistics import stdev, fmean
    from time import perf_counter
    start = perf_counter()
    data = [func(*args) for _ in _repeat(None, n)]
    elapsed = perf_counter() - start
    mean = fmean(data)
    print(f'{elapsed:.3f} sec, {n} times {func.__name__}{args!r}')
    print('avg %g, stddev %g, min %g, max %g\n'
          % (mean, stdev(data, mean), min(data), max(data)))


def _test(N=10_000):
    cases = [(random, ()), (normalvariate, (0.0, 1.0)),
             (lognormvariate, (0.0, 1.0)), (vonmisesvariate, (0.0, 1.0)),
             (binomialvariate, (15, 0.60)), (binomialvariate, (100, 0.75))]
    cases += [(gammavariate, args) for args in
              [(0.01, 1.0), (0.1, 1.0), (0.1, 2.0), (0.5, 1.0), (0.9, 1.0),
               (1.0, 1.0), (2.0, 1.0), (20.0, 1.0), (200.0, 1.0)]]
    cases += [(gauss, (0.0, 1.0)), (betavariate, (3.0, 3.0)),
              (triangular, (0.0, 1.0, 1.0 / 3.0))]
    for func, args in cases:
        _test_generator(N, func, args)


def _parse_args(arg_list: list[str] | None):
    import argparse
    parser = argparse.ArgumentParser(
        formatter_class=argparse.RawTextHelpFormatter)
    group = parser.add_mutually_exclusive_group()
    group.add_argument("-c", "--choice", nargs="+",
                       help="print a random choice")
    group.add_argument("-i", "--integer", type=int, metavar="N",
                       help="print a random integer between 1 and N inclusive")
    group.add_argument("-f", "--float", type=float, metavar="N",
                       help="print a random floating-point number between 0 and N inclusive")
    group.add_argument("--test", type=int, const=10_000, nargs="?",
                       help=argparse.SUPPRESS)
    parser.add_argument("input", nargs="*", help=(
        "if no options given, output depends on the input\n"
        "    string or multiple: same as --choice\n"
        "    integer: same as --integer\n"
        "    float: same as --float"))
    return parser.parse_args(arg_list), parser.format_help()


def _guess(text):
    # A single command-line word: an int, a float, or words to choose from.
    for convert, pick in ((int, lambda v: randint(1, v)),
                          (float, lambda v: uniform(0, v))):
        try:
            value = convert(text)
        except ValueError:
            continue
        return pick(value)
    return choice(text.split())


def main(arg_list: list[str] | None = None) -> int | str:
    args, help_text = _parse_args(arg_list)
    if args.choice:
        return choice(args.choice)
    if args.integer is not None:
        return randint(1, args.integer)
    if args.float is not None:
        return uniform(0, args.float)
    if args.test:
        _test(args.test)
        return ""
    if len(args.input) == 1:
        return _guess(args.input[0])
    if len(args.input) >= 2:
        return choice(args.input)
    return help_text


if __name__ == '__main__':
    print(main())
