"""Exact rational numbers: the Fraction type."""

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
from abc import update_abstractmethods as _update_abstractmethods
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


# A Fraction literal: optional sign, then n/d, or a decimal number with
# optional fraction part and exponent; digits may be grouped with '_'.
_DIGITS = r'\d+(?:_\d+)*'
_RATIONAL_FORMAT = re.compile(
    r'\A\s*(?P<sign>[-+]?)(?=\d|\.\d)(?P<num>\d*|' + _DIGITS + r')'
    r'(?:(?:\s*/\s*(?P<denom>' + _DIGITS + r'))?'
    r'|(?:\.(?P<decimal>\d*|' + _DIGITS + r'))?(?:E(?P<exp>[-+]?' + _DIGITS + r'))?)'
    r'\s*\Z', re.IGNORECASE)


def _round_to_exponent(n, d, exponent, no_neg_zero=False):
    """Round n/d, ties to even, to a whole number of units of
    10**exponent; return (negative?, that number of units, unsigned).
    no_neg_zero: a result rounded to zero counts as not negative."""
    if exponent < 0:
        n *= 10 ** -exponent
    else:
        d *= 10 ** exponent
    units, left = divmod(2 * n + d, 2 * d)
    if left == 0 and units & 1:
        units -= 1      # exactly half way: the even one of the two
    negative = units < 0 if no_neg_zero else n < 0
    return negative, abs(units)


def _round_to_figures(n, d, figures):
    """Round n/d to figures significant digits: (negative?, significand
    of figures digits, exponent), the value being significand *
    10**exponent.  For zero: (False, 0, 1 - figures)."""
    if not n:
        return False, 0, 1 - figures
    top, bottom = str(abs(n)), str(d)
    # |n/d| has this many digits before the point: 10**(m-1) <= |n/d| < 10**m.
    magnitude = len(top) - len(bottom) + (bottom <= top)
    negative, significand = _round_to_exponent(n, d, magnitude - figures)
    if significand >= 10 ** figures:
        # Rounded up to a power of ten: one digit too many.
        return negative, significand // 10, magnitude - figures + 1
    return negative, significand, magnitude - figures


# format() specifications: without a presentation type (shows n/d), and
# the float-like ones (e, E, f, F, g, G, %).
_FILL_SIGN = r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ]?)'
_WIDTH_SEP = r'(?P<minimumwidth>0|[1-9][0-9]*)?(?P<thousands_sep>[,_])?'
_GENERAL_FORMAT_SPECIFICATION_MATCHER = re.compile(
    _FILL_SIGN + r'(?P<alt>#)?' + _WIDTH_SEP, re.DOTALL).fullmatch
_FLOAT_FORMAT_SPECIFICATION_MATCHER = re.compile(
    _FILL_SIGN + r'(?P<no_neg_zero>z)?(?P<alt>#)?(?P<zeropad>0(?=[0-9]))?' + _WIDTH_SEP
    + r'(?:\.(?P<precision>0|[1-9][0-9]*))?(?P<presentation_type>[eEfFgG%])',
    re.DOTALL).fullmatch


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


def _two_rationals(numerator, denominator):
    # Fraction(p, q): p * q.denominator over q * p.denominator (ints as
    # they are).
    if type(numerator) is int and type(denominator) is int:
        return numerator, denominator
    if not (isinstance(numerator, numbers.Rational)
            and isinstance(denominator, numbers.Rational)):
        raise TypeError("both arguments should be Rational instances")
    return (numerator.numerator * denominator.denominator,
            denominator.numerator * numerator.denominator)


def _parse_fraction(text):
    # (numerator, denominator) of a Fraction literal, not yet reduced.
    parts = _RATIONAL_FORMAT.match(text)
    if parts is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    top = int(parts['num'] or '0')
    bottom = 1
    if parts['denom']:
        bottom = int(parts['denom'])
    else:
        digits = (parts['decimal'] or '').replace('_', '')
        if digits:
            top = top * 10 ** len(digits) + int(digits)
            bottom = 10 ** len(digits)
        if parts['exp']:
            shift = int(parts['exp'])
            if shift < 0:
                bottom *= 10 ** -shift
            else:
                top *= 10 ** shift
    return (-top if parts['sign'] == '-' else top), bottom



class Fraction(numbers.Rational):
    """An exact rational number, kept as numerator/denominator in lowest
    terms (the denominator positive).

    Fraction(p, q) takes two Rationals; Fraction(x) one Rational, float or
    Decimal, or a string like '3/7', '-1.5', ' 2e-3 '; Fraction() is 0.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        """Build the Fraction numerator/denominator (see the class)."""
        if denominator is not None:
            top, bottom = _two_rationals(numerator, denominator)
        elif type(numerator) is int:
            return cls._from_coprime_ints(numerator, 1)
        elif isinstance(numerator, numbers.Rational):
            return cls._from_coprime_ints(numerator.numerator, numerator.denominator)
        elif isinstance(numerator, _FLOAT_LIKE):
            return cls._from_coprime_ints(*numerator.as_integer_ratio())
        elif isinstance(numerator, str):
            top, bottom = _parse_fraction(numerator)
        else:
            raise TypeError("argument should be a string or a Rational instance")
        if not bottom:
            raise ZeroDivisionError('Fraction(%s, 0)' % top)
        common = math.gcd(top, bottom)
        if bottom < 0:
            common = -common
        return cls._from_coprime_ints(top // common, bottom // common)

    @classmethod
    def from_float(cls, f):
        """Exactly the value of the float f (ints are accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if isinstance(f, float):
            return cls._from_coprime_ints(*f.as_integer_ratio())
        raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                        % (cls.__name__, f, type(f).__name__))

    @classmethod
    def from_decimal(cls, dec):
        """Exactly the value of the Decimal dec (ints are accepted too)."""
        from decimal import Decimal
        if isinstance(dec, numbers.Integral):
            return cls._from_coprime_ints(*Decimal(int(dec)).as_integer_ratio())
        if isinstance(dec, Decimal):
            return cls._from_coprime_ints(*dec.as_integer_ratio())
        raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                        % (cls.__name__, dec, type(dec).__name__))

    @classmethod
    def _from_coprime_ints(cls, numerator, denominator, /):
        """Wrap two ints known to be in lowest terms, denominator > 0."""
        made = super(Fraction, cls).__new__(cls)
        made._numerator, made._denominator = numerator, denominator
        return made

    def is_integer(self):
        """True when the denominator is 1."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """The pair (numerator, denominator), in lowest terms."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """Of the Fractions with a denominator up to max_denominator, the
        nearest to self.

        >>> Fraction(355, 113).limit_denominator(100)
        Fraction(311, 99)
        >>> Fraction(1, 3).limit_denominator(2)
        Fraction(1, 2)
        """
        # Walk the continued fraction of self: the answer is the last
        # convergent whose denominator fits, or the semiconvergent after it
        # with the largest denominator that fits, whichever is nearer.
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        prev_p, prev_q, cur_p, cur_q = 0, 1, 1, 0
        num, den = self._numerator, self._denominator
        while True:
            term = num // den
            next_q = prev_q + term * cur_q
            if next_q > max_denominator:
                break
            prev_p, prev_q, cur_p, cur_q = cur_p, cur_q, prev_p + term * cur_p, next_q
            num, den = den, num - term * den
        steps = (max_denominator - prev_q) // cur_q
        semi_q = prev_q + steps * cur_q
        # On a tie the convergent wins: its denominator is smaller.
        if 2 * den * semi_q <= self._denominator:
            return Fraction._from_coprime_ints(cur_p, cur_q)
        return Fraction._from_coprime_ints(prev_p + steps * cur_p, semi_q)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """Fraction(n, d)"""
        return f'{type(self).__name__}({self._numerator}, {self._denominator})'

    def __str__(self):
        """'n/d', or 'n' for an integer"""
        if self._denominator == 1:
            return str(self._numerator)
        return f'{self._numerator}/{self._denominator}'

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

    # Arithmetic.  Each binary operator is exact between Fractions (ints
    # and other Rationals become Fractions), goes through float with other
    # reals and through complex with complex numbers.

    def _operator_fallbacks(monomorphic_operator, fallback_operator,
                            handle_complex=True):
        """(forward, reverse) methods for one operator: monomorphic_operator
        works on two Fractions, fallback_operator (an operator module
        function) on floats or complexes."""
        name = fallback_operator.__name__

        def forward(a, b):
            if isinstance(b, (Fraction, int)):
                if not isinstance(b, Fraction):
                    b = Fraction(b)
                return monomorphic_operator(a, b)
            if isinstance(b, float):
                return fallback_operator(float(a), b)
            if handle_complex and isinstance(b, complex):
                return fallback_operator(complex(a), b)
            return NotImplemented

        def reverse(b, a):
            if isinstance(a, numbers.Rational):
                return monomorphic_operator(Fraction(a), b)
            if isinstance(a, numbers.Real):
                kind = float
            elif handle_complex and isinstance(a, numbers.Complex):
                kind = complex
            else:
                return NotImplemented
            return fallback_operator(kind(a), kind(b))

        forward.__name__, reverse.__name__ = f'__{name}__', f'__r{name}__'
        forward.__doc__ = reverse.__doc__ = monomorphic_operator.__doc__
        return forward, reverse

    def _sum(a, nb, db):
        # a + nb/db, with db > 0.  Only gcd(da, db) can be shared by the two
        # denominators, and only its divisors can cancel afterwards.
        na, da = a._numerator, a._denominator
        shared = math.gcd(da, db)
        if shared == 1:
            return Fraction._from_coprime_ints(na * db + da * nb, da * db)
        da_part = da // shared
        top = na * (db // shared) + nb * da_part
        cancel = math.gcd(top, shared)
        if cancel == 1:
            return Fraction._from_coprime_ints(top, da_part * db)
        return Fraction._from_coprime_ints(top // cancel, da_part * (db // cancel))

    def _add(a, b):
        """a + b"""
        return a._sum(b._numerator, b._denominator)


    def _sub(a, b):
        """a - b"""
        return a._sum(-b._numerator, b._denominator)


    @staticmethod
    def _product(n1, d1, n2, d2):
        # (n1/d1) * (n2/d2) from two reduced fractions: cancel across,
        # then the result is reduced; the sign goes to the numerator.
        cross1 = math.gcd(n1, d2)
        cross2 = math.gcd(n2, d1)
        top = (n1 // cross1) * (n2 // cross2)
        bottom = (d1 // cross2) * (d2 // cross1)
        if bottom < 0:
            top, bottom = -top, -bottom
        return Fraction._from_coprime_ints(top, bottom)

    def _mul(a, b):
        """a * b"""
        return Fraction._product(a._numerator, a._denominator,
                                 b._numerator, b._denominator)


    def _div(a, b):
        """a / b"""
        if not b._numerator:
            raise ZeroDivisionError('Fraction(%s, 0)' % b._denominator)
        return Fraction._product(a._numerator, a._denominator,
                                 b._denominator, b._numerator)


    def _floordiv(a, b):
        """a // b"""
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)


    def _divmod(a, b):
        """(a // b, a % b)"""
        common = a.denominator * b.denominator
        quotient, rest = divmod(a.numerator * b.denominator, a.denominator * b.numerator)
        return quotient, Fraction(rest, common)


    def _mod(a, b):
        """a % b"""
        left = a.numerator * b.denominator
        right = b.numerator * a.denominator
        return Fraction(left % right, a.denominator * b.denominator)


    def __pow__(a, b):
        """a ** b, exact when b is an integer (a Rational with denominator
        1), else through float or complex."""
        if isinstance(b, (float, complex)):
            return float(a) ** b
        if not isinstance(b, numbers.Rational):
            return NotImplemented
        if b.denominator != 1:
            return float(a) ** float(b)
        exp = b.numerator
        num, den = a._numerator, a._denominator
        if exp < 0:
            if not num:
                raise ZeroDivisionError('Fraction(%s, 0)' % (den ** -exp))
            # Invert, keeping the denominator positive.
            num, den, exp = den, num, -exp
            if den < 0:
                num, den = -num, -den
        return Fraction._from_coprime_ints(num ** exp, den ** exp)

    def __rpow__(b, a):
        """a ** b, b being the Fraction"""
        integral = b._denominator == 1
        if integral and b._numerator >= 0:
            # a keeps its own type under a natural power.
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        return a ** (b._numerator if integral else float(b))

    def __pos__(a):
        """+a, always of type Fraction"""
        return Fraction._from_coprime_ints(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction._from_coprime_ints(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return Fraction._from_coprime_ints(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a), rounding toward zero"""
        # _index turns the result of an int subclass into a plain int.
        whole = abs(a._numerator) // a._denominator
        return _index(whole if a._numerator >= 0 else -whole)

    def __trunc__(a):
        """math.trunc(a): toward zero"""
        whole = abs(a._numerator) // a._denominator
        return whole if a._numerator >= 0 else -whole

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -((-a._numerator) // a._denominator)

    def __round__(self, ndigits=None):
        """round(self[, ndigits]): ties to even; an int without ndigits,
        else a Fraction."""
        if ndigits is not None:
            scale = 10 ** abs(ndigits)
            if ndigits > 0:
                return Fraction(round(self * scale), scale)
            return Fraction(round(self / scale) * scale)
        low, left = divmod(self._numerator, self._denominator)
        doubled = 2 * left
        if doubled == self._denominator:
            return low + (low & 1)
        return low + (doubled > self._denominator)

    def __hash__(self):
        """hash(self), equal to the hash of an equal int, float or Decimal"""
        return _hash_algorithm(self._numerator, self._denominator)

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, numbers.Rational):
            return (a._numerator, a._denominator) == (b.numerator, b.denominator)
        if isinstance(b, numbers.Complex) and b.imag == 0:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if math.isfinite(b):
            return a == a.from_float(b)
        return b == 0.0     # nan and the infinities equal no Fraction

    def _richcmp(self, other, op):
        """self op other, op an ordering from operator; exact for
        Rationals and finite floats."""
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator,
                      self._denominator * other.numerator)
        if not isinstance(other, float):
            return NotImplemented
        if math.isfinite(other):
            return op(self, self.from_float(other))
        return op(0.0, other)

    def __bool__(a):
        """a != 0"""
        return bool(a._numerator)

    # Fractions are immutable: a copy of an exact Fraction is the object
    # itself; a subclass instance is rebuilt.

    def __reduce__(self):
        return type(self), (self._numerator, self._denominator)

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return type(self)(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return type(self)(self._numerator, self._denominator)


# The binary operators, from the exact methods and the operator module
# functions (which also give the method names); divmod, // and % have no
# complex form.
for _exact, _inexact, _complex_too in (
        (Fraction._add, operator.add, True), (Fraction._sub, operator.sub, True),
        (Fraction._mul, operator.mul, True), (Fraction._div, operator.truediv, True),
        (Fraction._floordiv, operator.floordiv, False),
        (Fraction._divmod, divmod, False), (Fraction._mod, operator.mod, False)):
    for _method in Fraction._operator_fallbacks(_exact, _inexact, _complex_too):
        setattr(Fraction, _method.__name__, _method)


def _ordering(op, symbol):
    def compare(a, b):
        return a._richcmp(b, op)
    compare.__name__ = f'__{op.__name__}__'
    compare.__qualname__ = f'Fraction.{compare.__name__}'
    compare.__doc__ = f'a {symbol} b'
    return compare


for _op, _symbol in ((operator.lt, '<'), (operator.gt, '>'),
                     (operator.le, '<='), (operator.ge, '>=')):
    setattr(Fraction, f'__{_op.__name__}__', _ordering(_op, _symbol))
del _exact, _inexact, _complex_too, _method, _op, _symbol
# numbers.Rational declared them abstract: now they exist.
_update_abstractmethods(Fraction)
