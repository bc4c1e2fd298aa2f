"""Fraction, infinite-precision, rational numbers."""

# Kaa's fractions. A Fraction keeps its numerator and denominator in lowest
# terms with a positive denominator; arithmetic avoids big gcd computations
# where it can (Knuth, TAOCP vol. 2, 4.5.1). Operators with other number
# types follow one rule (_operator_fallbacks): exact with ints and
# Rationals, through float with floats, through complex with complexes.

try:
    from decimal import Decimal
except ImportError:
    Decimal = None      # no decimal module (yet): from_decimal will say so
import functools
import math
import numbers
import operator
import re
import sys

__all__ = ['Fraction']

# Hashes agree with those of equal ints, floats and Decimals: the value
# modulo the prime P = sys.hash_info.modulus.
_PyHASH_MODULUS = sys.hash_info.modulus
_PyHASH_INF = sys.hash_info.inf

_FLOAT_LIKE = (float,) if Decimal is None else (float, Decimal)


@functools.lru_cache(maxsize=1 << 14)
def _hash_algorithm(numerator, denominator):
    # n/d hashes as n * d**-1 modulo P; a denominator divisible by P has no
    # inverse and hashes as infinity.
    try:
        inverse = pow(denominator, -1, _PyHASH_MODULUS)
    except ValueError:
        value = _PyHASH_INF
    else:
        value = hash(hash(abs(numerator)) * inverse)
    if numerator < 0:
        value = -value
    return -2 if value == -1 else value


_RATIONAL_FORMAT = re.compile(r"""
    \A\s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*|\d+(_\d+)*)
    (?:
       (?:\s*/\s*(?P<denom>\d+(_\d+)*))?
    |
       (?:\.(?P<decimal>\d*|\d+(_\d+)*))?
       (?:E(?P<exp>[-+]?\d+(_\d+)*))?
    )
    \s*\Z
""", re.VERBOSE | re.IGNORECASE)


def _round_to_exponent(n, d, exponent, no_neg_zero=False):
    """n/d rounded (half to even) to a multiple of 10**exponent, as (is
    negative, absolute value in units of 10**exponent)."""
    if exponent >= 0:
        d *= 10 ** exponent
    else:
        n *= 10 ** -exponent
    q, r = divmod(n + (d >> 1), d)
    if r == 0 and d & 1 == 0:
        q &= -2     # exactly halfway: to the even neighbour
    return (q < 0 if no_neg_zero else n < 0), abs(q)


def _round_to_figures(n, d, figures):
    """n/d rounded to figures significant digits: (is negative, significand
    of exactly figures digits, exponent), so that the value is about
    significand * 10**exponent.  Zero gives (False, 0, 1 - figures)."""
    if n == 0:
        return False, 0, 1 - figures
    str_n, str_d = str(abs(n)), str(d)
    # The number of digits before the point: 10**(m-1) <= |n/d| < 10**m.
    m = len(str_n) - len(str_d) + (str_d <= str_n)
    exponent = m - figures
    negative, significand = _round_to_exponent(n, d, exponent)
    if len(str(significand)) == figures + 1:
        # Rounding carried into a new digit.
        significand //= 10
        exponent += 1
    return negative, significand, exponent


# Format specifications: without a presentation type (n/d itself), and the
# float-style ones (e, f, g, %).
_GENERAL_FORMAT_SPECIFICATION_MATCHER = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<alt>\#)?
    (?P<minimumwidth>0|[1-9][0-9]*)?
    (?P<thousands_sep>[,_])?
""", re.DOTALL | re.VERBOSE).fullmatch

_FLOAT_FORMAT_SPECIFICATION_MATCHER = re.compile(r"""
    (?:(?P<fill>.)?(?P<align>[<>=^]))?
    (?P<sign>[-+ ]?)
    (?P<no_neg_zero>z)?
    (?P<alt>\#)?
    (?P<zeropad>0(?=[0-9]))?
    (?P<minimumwidth>0|[1-9][0-9]*)?
    (?P<thousands_sep>[,_])?
    (?:\.(?P<precision>0|[1-9][0-9]*))?
    (?P<presentation_type>[eEfFgG%])
""", re.DOTALL | re.VERBOSE).fullmatch


def _pad(body, sign, fill, align, width):
    padding = fill * (width - len(sign) - len(body))
    if align == '>':
        return padding + sign + body
    if align == '<':
        return sign + body + padding
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return sign + padding + body        # '=': padding after the sign


def _group_thousands(digits, separator):
    first = 1 + (len(digits) - 1) % 3
    return digits[:first] + ''.join(
        separator + digits[pos:pos + 3] for pos in range(first, len(digits), 3))


class Fraction(numbers.Rational):
    """This class implements rational numbers.

    Fraction(8, 6) is 4/3; Fraction(3) is 3/1; Fraction() is 0.  A single
    argument may also be a Rational, a float, a Decimal, or a string such
    as '3/7', '-1.5' or '2e-3'.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        """Make a Fraction from numerator and denominator (Rationals), or
        from one number or string."""
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator, self._denominator = numerator, 1
                return self
            if isinstance(numerator, numbers.Rational):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, _FLOAT_LIKE):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if not isinstance(numerator, str):
                raise TypeError("argument should be a string or a Rational instance")
            numerator, denominator = cls._parse(numerator)
        elif type(numerator) is int is type(denominator):
            pass
        elif (isinstance(numerator, numbers.Rational) and
                isinstance(denominator, numbers.Rational)):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        g = math.gcd(numerator, denominator)
        if denominator < 0:
            g = -g
        self._numerator = numerator // g
        self._denominator = denominator // g
        return self

    @staticmethod
    def _parse(text):
        # (numerator, denominator) of a string, not yet in lowest terms.
        m = _RATIONAL_FORMAT.match(text)
        if m is None:
            raise ValueError('Invalid literal for Fraction: %r' % text)
        numerator = int(m.group('num') or '0')
        if m.group('denom'):
            denominator = int(m.group('denom'))
        else:
            denominator = 1
            decimal = m.group('decimal')
            if decimal:
                decimal = decimal.replace('_', '')
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
            exp = m.group('exp')
            if exp:
                exp = int(exp)
                if exp >= 0:
                    numerator *= 10 ** exp
                else:
                    denominator *= 10 ** -exp
        if m.group('sign') == '-':
            numerator = -numerator
        return numerator, denominator

    @classmethod
    def from_float(cls, f):
        """The float f as an exact Fraction (an int is taken as it is)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls._from_coprime_ints(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The Decimal dec as an exact Fraction (an int is taken as it is)."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            dec = Decimal(int(dec))
        elif not isinstance(dec, Decimal):
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" %
                (cls.__name__, dec, type(dec).__name__))
        return cls._from_coprime_ints(*dec.as_integer_ratio())

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        """A Fraction of ints already in lowest terms (denominator > 0)."""
        made = super(Fraction, cls).__new__(cls)
        made._numerator = numerator
        made._denominator = denominator
        return made

    def is_integer(self):
        """Whether the Fraction is an integer."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """(numerator, denominator), in lowest terms with a positive
        denominator."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most
        max_denominator.

        >>> Fraction('3.141592653589793').limit_denominator(10)
        Fraction(22, 7)
        >>> Fraction('3.141592653589793').limit_denominator(100)
        Fraction(311, 99)
        """
        # The best approximation is a convergent of self's continued
        # fraction or a semiconvergent between the last two that fit.
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The convergent p1/q1 or the semiconvergent, whichever is closer
        # (the convergent on a tie: its denominator is smaller).
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction._from_coprime_ints(p1, q1)
        return Fraction._from_coprime_ints(p0 + k * p1, q0 + k * q1)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Formatting.

    def _format_general(self, match):
        """format() without a presentation type: n/d (or n for integers,
        unless the '#' flag asks for the denominator)."""
        sep = match['thousands_sep'] or ''
        n, d = self._numerator, self._denominator
        body = f"{abs(n):{sep}}"
        if d > 1 or match['alt']:
            body += f"/{d:{sep}}"
        plus = '' if match['sign'] == '-' else match['sign']
        sign = '-' if n < 0 else plus
        return _pad(body, sign, match['fill'] or ' ', match['align'] or '>',
                    int(match['minimumwidth'] or '0'))

    def _format_float_style(self, match):
        """format() with e, E, f, F, g, G or %: as a float would be
        formatted, but rounded from the exact value."""
        kind = match['presentation_type']
        alternate = bool(match['alt'])
        width = int(match['minimumwidth'] or '0')
        sep = match['thousands_sep']
        precision = int(match['precision'] or '6')
        trim_zeros = kind in 'gG' and not alternate
        marker = 'E' if kind in 'EFG' else 'e'
        if kind in 'fF%':
            exponent = -precision - (2 if kind == '%' else 0)
            negative, significand = _round_to_exponent(
                self._numerator, self._denominator, exponent, bool(match['no_neg_zero']))
            scientific = False
            point_pos = precision
        else:
            figures = max(precision, 1) if kind in 'gG' else precision + 1
            negative, significand, exponent = _round_to_figures(
                self._numerator, self._denominator, figures)
            scientific = (kind in 'eE' or exponent > 0 or exponent + figures <= -4)
            point_pos = figures - 1 if scientific else -exponent
        if kind == '%':
            suffix = '%'
        elif scientific:
            suffix = f"{marker}{exponent + point_pos:+03d}"
        else:
            suffix = ''
        digits = f"{significand:0{point_pos + 1}d}"
        plus = '' if match['sign'] == '-' else match['sign']
        sign = '-' if negative else plus
        whole, fraction = digits[:len(digits) - point_pos], digits[len(digits) - point_pos:]
        if trim_zeros:
            fraction = fraction.rstrip('0')
        point = '.' if alternate or fraction else ''
        tail = point + fraction + suffix
        if match['zeropad']:
            room = width - len(sign) - len(tail)
            # With separators, the zeros are padded to a width that leaves
            # room for the separators they will get.
            whole = whole.zfill(3 * room // 4 + 1 if sep else room)
        if sep:
            whole = _group_thousands(whole, sep)
        return _pad(whole + tail, sign, match['fill'] or ' ', match['align'] or '>', width)

    def __format__(self, format_spec, /):
        """format(self, format_spec)"""
        if match := _GENERAL_FORMAT_SPECIFICATION_MATCHER(format_spec):
            return self._format_general(match)
        if match := _FLOAT_FORMAT_SPECIFICATION_MATCHER(format_spec):
            # Zero padding and an explicit alignment may not go together.
            if match['align'] is None or match['zeropad'] is None:
                return self._format_float_style(match)
        raise ValueError(
            f"Invalid format specifier {format_spec!r} "
            f"for object of type {type(self).__name__!r}"
        )

    # Arithmetic.

    def _operator_fallbacks(monomorphic_operator, fallback_operator,
                            handle_complex=True):
        """The forward and reverse operator methods for an operation on two
        Fractions: exact with ints and Rationals, through float with real
        numbers, through complex with complex ones (when handle_complex)."""
        def forward(a, b):
            if isinstance(b, Fraction):
                return monomorphic_operator(a, b)
            if isinstance(b, int):
                return monomorphic_operator(a, Fraction(b))
            if isinstance(b, float):
                return fallback_operator(float(a), b)
            if handle_complex and isinstance(b, complex):
                return fallback_operator(complex(a), b)
            return NotImplemented
        forward.__name__ = '__' + fallback_operator.__name__ + '__'
        forward.__doc__ = monomorphic_operator.__doc__

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                # Exact, including other Rational types.
                return monomorphic_operator(Fraction(a), b)
            if isinstance(a, numbers.Real):
                return fallback_operator(float(a), float(b))
            if handle_complex and isinstance(a, numbers.Complex):
                return fallback_operator(complex(a), complex(b))
            return NotImplemented
        reverse.__name__ = '__r' + fallback_operator.__name__ + '__'
        reverse.__doc__ = monomorphic_operator.__doc__
        return forward, reverse

    def _add_or_sub(a, b, op):
        # a op b for op + or -: with g = gcd(da, db), the result's
        # denominator needs only gcd(t, g) taken out.
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g = math.gcd(da, db)
        if g == 1:
            return Fraction._from_coprime_ints(op(na * db, da * nb), da * db)
        s = da // g
        t = op(na * (db // g), nb * s)
        g2 = math.gcd(t, g)
        if g2 == 1:
            return Fraction._from_coprime_ints(t, s * db)
        return Fraction._from_coprime_ints(t // g2, s * (db // g2))

    def _add(a, b):
        """a + b"""
        return Fraction._add_or_sub(a, b, operator.add)

    __add__, __radd__ = _operator_fallbacks(_add, operator.add)

    def _sub(a, b):
        """a - b"""
        return Fraction._add_or_sub(a, b, operator.sub)

    __sub__, __rsub__ = _operator_fallbacks(_sub, operator.sub)

    def _mul(a, b):
        """a * b"""
        na, da = a._numerator, a._denominator
        nb, db = b._numerator, b._denominator
        g1 = math.gcd(na, db)
        if g1 > 1:
            na, db = na // g1, db // g1
        g2 = math.gcd(nb, da)
        if g2 > 1:
            nb, da = nb // g2, da // g2
        return Fraction._from_coprime_ints(na * nb, db * da)

    __mul__, __rmul__ = _operator_fallbacks(_mul, operator.mul)

    def _div(a, b):
        """a / b"""
        nb, db = b._numerator, b._denominator
        if nb == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % db)
        na, da = a._numerator, a._denominator
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na, nb = na // g1, nb // g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da, db = da // g2, db // g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction._from_coprime_ints(n, d)

    __truediv__, __rtruediv__ = _operator_fallbacks(_div, operator.truediv)

    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    __floordiv__, __rfloordiv__ = _operator_fallbacks(_floordiv, operator.floordiv, False)

    def _divmod(a, b):
        """(a // b, a % b)"""
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    __divmod__, __rdivmod__ = _operator_fallbacks(_divmod, divmod, False)

    def _mod(a, b):
        """a % b"""
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    __mod__, __rmod__ = _operator_fallbacks(_mod, operator.mod, False)

    def __pow__(a, b):
        """a ** b: exact for integral b, else through float (complex for a
        complex b)."""
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            power = b.numerator
            n, d = a._numerator, a._denominator
            if power >= 0:
                return Fraction._from_coprime_ints(n ** power, d ** power)
            if n > 0:
                return Fraction._from_coprime_ints(d ** -power, n ** -power)
            if n == 0:
                raise ZeroDivisionError('Fraction(%s, 0)' % (d ** -power))
            return Fraction._from_coprime_ints((-d) ** -power, (-n) ** -power)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            # A nonnegative integral power keeps a's type.
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        """+a: Coerces a subclass instance to Fraction"""
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a)"""
        # _index makes an int subclass numerator an exact int.
        if a._numerator < 0:
            return _index(-(-a._numerator // a._denominator))
        return _index(a._numerator // a._denominator)

    def __trunc__(a):
        """math.trunc(a)"""
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self, ndigits): half to even; with ndigits, a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            twice = remainder * 2
            if twice < self._denominator:
                return floor
            if twice > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        """hash(self)"""
        return _hash_algorithm(self._numerator, self._denominator)

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, numbers.Rational):
            return (a._numerator == b.numerator and
                    a._denominator == b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                # Equal to no finite value.
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        """self op other for an ordering comparison: exact against
        Rationals and finite floats."""
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        """a < b"""
        return a._richcmp(b, operator.lt)

    def __gt__(a, b):
        """a > b"""
        return a._richcmp(b, operator.gt)

    def __le__(a, b):
        """a <= b"""
        return a._richcmp(b, operator.le)

    def __ge__(a, b):
        """a >= b"""
        return a._richcmp(b, operator.ge)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # Pickling and copying: Fractions are immutable, so copies of a plain
    # Fraction are itself.

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
