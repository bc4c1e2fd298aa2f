"""Exact rational numbers: the Fraction type."""

# Kaa's fractions. A Fraction keeps its numerator and denominator in lowest
# terms with a positive denominator; arithmetic avoids big gcd computations
# where it can (Knuth, TAOCP vol. 2, 4.5.1). Operators with other number
# types follow one rule (see _mixed_methods): exact with ints and Rationals,
# through float with floats, through complex with complexes.

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
# modulo the prime sys.hash_info.modulus.
_HASHING = sys.hash_info


@functools.lru_cache(maxsize=1 << 14)
def _rational_hash(top, bottom):
    # top/bottom hashes as top times the inverse of bottom, modulo the
    # prime; a bottom that is a multiple of the prime has no inverse, and
    # the value then hashes as infinity.
    prime = _HASHING.modulus
    if bottom % prime:
        result = hash(hash(abs(top)) * pow(bottom, -1, prime))
    else:
        result = _HASHING.inf
    if top < 0:
        result = -result
    return -2 if result == -1 else result


# The text a Fraction accepts: optional sign, then n/d, or a decimal number
# with optional fraction part and exponent; digits may be grouped with '_'.
_DIGITS = r'\d+(?:_\d+)*'
_LITERAL = re.compile(
    r'\A\s*(?P<sign>[-+]?)(?=\d|\.\d)(?P<num>\d*|' + _DIGITS + r')'
    r'(?:(?:\s*/\s*(?P<denom>' + _DIGITS + r'))?'
    r'|(?:\.(?P<decimal>\d*|' + _DIGITS + r'))?(?:E(?P<exp>[-+]?' + _DIGITS + r'))?)'
    r'\s*\Z', re.IGNORECASE)


def _parse_literal(text):
    # (numerator, denominator) of a Fraction literal, not yet reduced.
    found = _LITERAL.match(text)
    if found is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    top = int(found['num'] or '0')
    if found['denom']:
        bottom = int(found['denom'])
    else:
        # A decimal: the fraction digits extend the numerator, and the
        # exponent scales whichever side it points to.
        places = (found['decimal'] or '').replace('_', '')
        bottom = 10 ** len(places)
        top = top * bottom + int(places or '0')
        power = int(found['exp'] or '0')
        if power < 0:
            bottom *= 10 ** -power
        else:
            top *= 10 ** power
    if found['sign'] == '-':
        top = -top
    return top, bottom


def _ratio_of(value):
    # Fraction(value) for anything but an int: (numerator, denominator,
    # already in lowest terms?).
    if isinstance(value, numbers.Rational):
        return value.numerator, value.denominator, True
    if isinstance(value, float):
        return (*value.as_integer_ratio(), True)
    if isinstance(value, str):
        return (*_parse_literal(value), False)
    if Decimal is not None and isinstance(value, Decimal):
        return (*value.as_integer_ratio(), True)
    raise TypeError("argument should be a string or a Rational instance")


def _cross_ratio(numerator, denominator):
    # Fraction(p, q): p / q as a pair of ints, not yet reduced.
    if type(numerator) is int and type(denominator) is int:
        return numerator, denominator
    if (isinstance(numerator, numbers.Rational)
            and isinstance(denominator, numbers.Rational)):
        return (numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
    raise TypeError("both arguments should be Rational instances")


# Rounding the exact value, for format().

def _nearest_units(n, d, exponent, no_neg_zero=False):
    """n/d rounded, ties to even, to a whole number of units of 10**exponent:
    (is it negative, how many units).  With no_neg_zero a value that rounds
    to zero is not negative."""
    if exponent < 0:
        n *= 10 ** -exponent
    else:
        d *= 10 ** exponent
    units, rest = divmod(2 * n + d, 2 * d)
    if not rest and units % 2:
        units -= 1      # exactly half way: take the even neighbour
    below_zero = units < 0 if no_neg_zero else n < 0
    return below_zero, abs(units)


def _leading_figures(n, d, figures):
    """n/d to figures significant digits: (is it negative, the digits as an
    int, exponent of the last digit).  Zero gives (False, 0, 1 - figures)."""
    if not n:
        return False, 0, 1 - figures
    upper, lower = str(abs(n)), str(d)
    # 10**(order - 1) <= |n/d| < 10**order
    order = len(upper) - len(lower) + (lower <= upper)
    last = order - figures
    below_zero, digits = _nearest_units(n, d, last)
    if digits >= 10 ** figures:
        # Rounding carried into a new leading digit.
        digits //= 10
        last += 1
    return below_zero, digits, last


# format() specifications: without a presentation type (shows n/d), and
# the float-like ones (e, E, f, F, g, G, %).
_FILL_SIGN = r'(?:(?P<fill>.)?(?P<align>[<>=^]))?(?P<sign>[-+ ]?)'
_WIDTH_SEP = r'(?P<minimumwidth>0|[1-9][0-9]*)?(?P<thousands_sep>[,_])?'
_RATIO_SPEC = re.compile(
    _FILL_SIGN + r'(?P<alt>#)?' + _WIDTH_SEP, re.DOTALL).fullmatch
_FLOAT_SPEC = re.compile(
    _FILL_SIGN + r'(?P<no_neg_zero>z)?(?P<alt>#)?(?P<zeropad>0(?=[0-9]))?' + _WIDTH_SEP
    + r'(?:\.(?P<precision>0|[1-9][0-9]*))?(?P<presentation_type>[eEfFgG%])',
    re.DOTALL).fullmatch


def _aligned(body, sign, spec, width):
    # sign and body padded to width with the spec's fill and alignment
    # (right by default; '=' pads between the sign and the body).
    fill = spec['fill'] or ' '
    room = max(width - len(sign) - len(body), 0)
    align = spec['align'] or '>'
    if align == '=':
        return sign + fill * room + body
    before = {'<': 0, '>': room, '^': room // 2}[align]
    return fill * before + sign + body + fill * (room - before)


def _with_separators(digits, separator):
    # digits grouped in threes from the right.
    head = len(digits) % 3 or 3
    groups = [digits[:head]]
    groups.extend(digits[i:i + 3] for i in range(head, len(digits), 3))
    return separator.join(groups)


def _sign_text(negative, spec):
    if negative:
        return '-'
    return '' if spec['sign'] == '-' else spec['sign']


class Fraction(numbers.Rational):
    """An exact rational number, kept as numerator/denominator in lowest
    terms (the denominator positive).

    Fraction(p, q) takes two Rationals; Fraction(x) one Rational, float or
    Decimal, or a string like '3/7', '-1.5', ' 2e-3 '; Fraction() is 0.
    """

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None):
        """Build the Fraction numerator/denominator (see the class)."""
        if denominator is None:
            if type(numerator) is int:
                return cls._reduced(numerator, 1)
            top, bottom, in_lowest_terms = _ratio_of(numerator)
            if in_lowest_terms:
                return cls._reduced(top, bottom)
        else:
            top, bottom = _cross_ratio(numerator, denominator)
        if not bottom:
            raise ZeroDivisionError('Fraction(%s, 0)' % top)
        common = math.gcd(top, bottom)
        if bottom < 0:
            common = -common        # the sign moves to the numerator
        return cls._reduced(top // common, bottom // common)

    @classmethod
    def _reduced(cls, top, bottom, /):
        """Wrap two ints already in lowest terms, bottom > 0."""
        made = super(Fraction, cls).__new__(cls)
        made._numerator = top
        made._denominator = bottom
        return made

    @classmethod
    def from_float(cls, f):
        """Exactly the value of the float f (ints are accepted too)."""
        if isinstance(f, float):
            return cls._reduced(*f.as_integer_ratio())
        if not isinstance(f, numbers.Integral):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)"
                            % (cls.__name__, f, type(f).__name__))
        return cls(f)

    @classmethod
    def from_decimal(cls, dec):
        """Exactly the value of the Decimal dec (ints are accepted too)."""
        import decimal
        if isinstance(dec, numbers.Integral):
            dec = decimal.Decimal(int(dec))
        elif not isinstance(dec, decimal.Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)"
                            % (cls.__name__, dec, type(dec).__name__))
        return cls._reduced(*dec.as_integer_ratio())

    def is_integer(self):
        """True when the denominator is 1."""
        return self._denominator == 1

    def as_integer_ratio(self):
        """The pair (numerator, denominator), in lowest terms."""
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """Of the Fractions with a denominator up to max_denominator, the
        one nearest to self (for example, 311/99 for 355/113 with at most
        100)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        den = self._denominator
        if den <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction of self: the answer is the last
        # convergent whose denominator fits, or the semiconvergent after it
        # with the largest denominator that fits, whichever is nearer.
        older, newer = (0, 1), (1, 0)       # convergents as (p, q)
        top, bottom = self._numerator, den
        while True:
            term = top // bottom
            q = older[1] + term * newer[1]
            if q > max_denominator:
                break
            older, newer = newer, (older[0] + term * newer[0], q)
            top, bottom = bottom, top - term * bottom
        steps = (max_denominator - older[1]) // newer[1]
        semi = (older[0] + steps * newer[0], older[1] + steps * newer[1])
        # On a tie the convergent wins: its denominator is smaller.
        if 2 * bottom * semi[1] <= den:
            return Fraction._reduced(*newer)
        return Fraction._reduced(*semi)

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
        text = str(self._numerator)
        if self._denominator != 1:
            text += f'/{self._denominator}'
        return text

    # Formatting.

    def _format_ratio(self, spec):
        # format() without a presentation type: n/d, or n for an integer
        # unless the '#' flag asks for the denominator.
        group = spec['thousands_sep'] or ''
        body = f"{abs(self._numerator):{group}}"
        if spec['alt'] or self._denominator != 1:
            body += f"/{self._denominator:{group}}"
        return _aligned(body, _sign_text(self._numerator < 0, spec), spec,
                        int(spec['minimumwidth'] or '0'))

    def _format_as_float(self, spec):
        # format() with e, E, f, F, g, G or %: as a float would show, but
        # rounded from the exact value.
        kind = spec['presentation_type']
        places = int(spec['precision'] or '6')
        alternate = bool(spec['alt'])
        width = int(spec['minimumwidth'] or '0')
        group = spec['thousands_sep']
        if kind in 'fF%':
            power = -places - 2 if kind == '%' else -places
            negative, digits = _nearest_units(
                self._numerator, self._denominator, power,
                bool(spec['no_neg_zero']))
            after = places          # digits after the point
            exponent_text = ''
        else:
            figures = max(places, 1) if kind in 'gG' else places + 1
            negative, digits, power = _leading_figures(
                self._numerator, self._denominator, figures)
            # g and G use fixed point for exponents from -4 to figures - 1.
            fixed = kind in 'gG' and -4 < power + figures <= figures
            after = -power if fixed else figures - 1
            exponent_text = '' if fixed else '%s%+03d' % (
                'E' if kind in 'EG' else 'e', power + after)
        text = str(digits).rjust(after + 1, '0')
        whole, tail = text[:len(text) - after], text[len(text) - after:]
        if kind in 'gG' and not alternate:
            tail = tail.rstrip('0')
        if alternate or tail:
            tail = '.' + tail
        tail += '%' if kind == '%' else exponent_text
        sign = _sign_text(negative, spec)
        if spec['zeropad']:
            room = width - len(sign) - len(tail)
            # With separators, the zeros are padded to a width that leaves
            # room for the separators they will get.
            whole = whole.zfill(3 * room // 4 + 1 if group else room)
        if group:
            whole = _with_separators(whole, group)
        return _aligned(whole + tail, sign, spec, width)

    def __format__(self, format_spec, /):
        """format(self, format_spec)"""
        spec = _RATIO_SPEC(format_spec)
        if spec:
            return self._format_ratio(spec)
        spec = _FLOAT_SPEC(format_spec)
        # Zero padding and an explicit alignment may not go together.
        if spec and (spec['align'] is None or spec['zeropad'] is None):
            return self._format_as_float(spec)
        raise ValueError(
            f"Invalid format specifier {format_spec!r} "
            f"for object of type {type(self).__name__!r}"
        )

    # Arithmetic.  The binary operators are made below by _mixed_methods
    # from exact functions on two Fractions.

    def __pow__(a, b):
        """a ** b, exact when b is an integer (a Rational with denominator
        1), else through float or complex."""
        if isinstance(b, (float, complex)):
            return float(a) ** b
        if not isinstance(b, numbers.Rational):
            return NotImplemented
        if b.denominator != 1:
            return float(a) ** float(b)
        power = b.numerator
        top, bottom = a._numerator, a._denominator
        if power < 0:
            if not top:
                raise ZeroDivisionError('Fraction(%s, 0)' % (bottom ** -power))
            # Invert, keeping the denominator positive.
            power = -power
            top, bottom = (bottom, top) if top > 0 else (-bottom, -top)
        return Fraction._reduced(top ** power, bottom ** power)

    def __rpow__(b, a):
        """a ** b, b being the Fraction"""
        whole = b._denominator == 1
        if whole and b._numerator >= 0:
            # a keeps its own type under a natural power.
            return a ** b._numerator
        if isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        return a ** (b._numerator if whole else float(b))

    def __pos__(a):
        """+a, always of type Fraction"""
        return Fraction._reduced(a._numerator, a._denominator)

    def __neg__(a):
        """-a"""
        return Fraction._reduced(-a._numerator, a._denominator)

    def __abs__(a):
        """abs(a)"""
        return Fraction._reduced(abs(a._numerator), a._denominator)

    def __int__(a, _index=operator.index):
        """int(a), rounding toward zero"""
        # _index turns the result of an int subclass into a plain int.
        return _index(a.__trunc__())

    def __trunc__(a):
        """math.trunc(a): toward zero"""
        size = abs(a._numerator) // a._denominator
        return -size if a._numerator < 0 else size

    def __floor__(a):
        """math.floor(a)"""
        return a._numerator // a._denominator

    def __ceil__(a):
        """math.ceil(a)"""
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self[, ndigits]): ties to even; an int without ndigits,
        else a Fraction."""
        if ndigits is None:
            floor, rest = divmod(self._numerator, self._denominator)
            twice = 2 * rest
            if twice == self._denominator:
                return floor + floor % 2      # a tie: to the even side
            return floor + (twice > self._denominator)
        step = 10 ** abs(ndigits)
        if ndigits <= 0:
            return Fraction(round(self / step) * step)
        return Fraction(round(self * step), step)

    def __hash__(self):
        """hash(self), equal to the hash of an equal int, float or Decimal"""
        return _rational_hash(self._numerator, self._denominator)

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

    def _compare(self, other, op):
        # self op other for an ordering op: exact against Rationals and
        # finite floats; against nan and the infinities self acts as 0.
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
        return bool(a._numerator)   # bool(), not ==, so the result is a bool

    # Fractions are immutable: a copy of an exact Fraction is the object
    # itself; a subclass instance is rebuilt.

    def __reduce__(self):
        return type(self), (self._numerator, self._denominator)

    def __copy__(self):
        if type(self) is not Fraction:
            return type(self)(self._numerator, self._denominator)
        return self

    def __deepcopy__(self, memo):
        return self.__copy__()


# Exact arithmetic on two Fractions.

def _plus(x, top, bottom):
    # x + top/bottom, with bottom > 0.  Only g = gcd of the denominators can
    # be shared by them, and only divisors of g can cancel afterwards.
    xn, xd = x._numerator, x._denominator
    g = math.gcd(xd, bottom)
    if g == 1:
        return Fraction._reduced(xn * bottom + xd * top, xd * bottom)
    xd_over_g = xd // g
    total = xn * (bottom // g) + top * xd_over_g
    g2 = math.gcd(total, g)
    if g2 == 1:
        return Fraction._reduced(total, xd_over_g * bottom)
    return Fraction._reduced(total // g2, xd_over_g * (bottom // g2))


def _times(n1, d1, n2, d2):
    # (n1/d1) * (n2/d2) from two reduced fractions: cancel across first,
    # and the product is reduced; the sign goes to the numerator.
    g1 = math.gcd(n1, d2)
    g2 = math.gcd(n2, d1)
    top = (n1 // g1) * (n2 // g2)
    bottom = (d1 // g2) * (d2 // g1)
    if bottom < 0:
        return Fraction._reduced(-top, -bottom)
    return Fraction._reduced(top, bottom)


def _exact_add(a, b):
    """a + b"""
    return _plus(a, b._numerator, b._denominator)


def _exact_sub(a, b):
    """a - b"""
    return _plus(a, -b._numerator, b._denominator)


def _exact_mul(a, b):
    """a * b"""
    return _times(a._numerator, a._denominator, b._numerator, b._denominator)


def _exact_truediv(a, b):
    """a / b"""
    if not b._numerator:
        raise ZeroDivisionError('Fraction(%s, 0)' % b._denominator)
    return _times(a._numerator, a._denominator, b._denominator, b._numerator)


def _scaled_pair(a, b):
    # a and b over the common denominator a.d * b.d: their two numerators.
    return a.numerator * b.denominator, b.numerator * a.denominator


def _exact_floordiv(a, b):
    """a // b"""
    left, right = _scaled_pair(a, b)
    return left // right


def _exact_divmod(a, b):
    """(a // b, a % b)"""
    left, right = _scaled_pair(a, b)
    whole, rest = divmod(left, right)
    return whole, Fraction(rest, a.denominator * b.denominator)


def _exact_mod(a, b):
    """a % b"""
    left, right = _scaled_pair(a, b)
    return Fraction(left % right, a.denominator * b.denominator)


def _mixed_methods(exact, inexact, complex_too):
    """The forward and reflected methods of one binary operator: exact works
    on two Fractions (an int or Rational operand becomes one), inexact (the
    operator module's function) on floats, or complexes if complex_too."""

    def forward(a, b):
        if isinstance(b, Fraction):
            return exact(a, b)
        if isinstance(b, int):
            return exact(a, Fraction(b))
        for kind in (float, complex) if complex_too else (float,):
            if isinstance(b, kind):
                return inexact(kind(a), b)
        return NotImplemented

    def reflected(b, a):
        if isinstance(a, numbers.Rational):
            return exact(Fraction(a), b)
        if isinstance(a, numbers.Real):
            kind = float
        elif complex_too and isinstance(a, numbers.Complex):
            kind = complex
        else:
            return NotImplemented
        return inexact(kind(a), kind(b))

    name = inexact.__name__
    for method, prefix in ((forward, '__'), (reflected, '__r')):
        method.__name__ = f'{prefix}{name}__'
        method.__qualname__ = f'Fraction.{method.__name__}'
        method.__doc__ = exact.__doc__
    return forward, reflected


# divmod, // and % have no complex form.
for _exact, _inexact, _complex_too in (
        (_exact_add, operator.add, True), (_exact_sub, operator.sub, True),
        (_exact_mul, operator.mul, True), (_exact_truediv, operator.truediv, True),
        (_exact_floordiv, operator.floordiv, False),
        (_exact_divmod, divmod, False), (_exact_mod, operator.mod, False)):
    for _method in _mixed_methods(_exact, _inexact, _complex_too):
        setattr(Fraction, _method.__name__, _method)


def _ordering(op, symbol):
    def compare(a, b):
        return a._compare(b, op)
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
