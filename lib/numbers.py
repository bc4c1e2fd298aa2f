"""Abstract Base Classes (ABCs) for numbers, according to PEP 3141.

Number > Complex > Real > Rational > Integral: each level adds the
operations its numbers support.  The built-in complex, float and int are
registered at their levels; isinstance(x, numbers.Real) asks whether x is a
real number of any type."""

# Kaa's numbers. The many abstract operators of each class are made from a
# table (name and parameters) rather than written out one by one; the
# concrete methods the ABCs provide follow each table.

from abc import ABCMeta, abstractmethod
from abc import update_abstractmethods as _update_abstractmethods

__all__ = ["Number", "Complex", "Real", "Rational", "Integral"]


def _abstract_operator(owner, name, params):
    # An abstract method owner.name(self, *params) raising NotImplementedError.
    args = ', '.join(('self',) + params)
    namespace = {}
    exec(f"def {name}({args}):\n    raise NotImplementedError\n", namespace)
    method = namespace[name]
    method.__qualname__ = f"{owner}.{name}"
    method.__module__ = __name__
    return abstractmethod(method)


def _abstract_property(owner, name):
    def getter(self):
        raise NotImplementedError
    getter.__name__ = name
    getter.__qualname__ = f"{owner}.{name}"
    return property(abstractmethod(getter))


def _add_abstracts(cls, operators, properties=()):
    # Give cls the abstract operators and properties, and recompute its
    # abstract-method set.
    for name, params in operators:
        setattr(cls, name, _abstract_operator(cls.__name__, name, params))
    for name in properties:
        setattr(cls, name, _abstract_property(cls.__name__, name))
    _update_abstractmethods(cls)
    return cls


_OTHER = ('other',)


class Number(metaclass=ABCMeta):
    """All numbers inherit from this class.

    To check whether a value is a number of any kind, whatever its type, use
    isinstance(x, Number).
    """
    __slots__ = ()

    # Numbers compare by value across types: no hash unless a class says.
    __hash__ = None


class Complex(Number):
    """Complex numbers: the operations of the built-in complex type.

    Concrete subclasses provide the abstract methods and properties; those
    given here (__bool__, subtraction) are defined from them.
    """

    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        """complex(self): the value as a built-in complex."""

    def __bool__(self):
        """bool(self): whether the number is nonzero."""
        return self != 0

    def __sub__(self, other):
        """self - other, as self + -other."""
        return self + -other

    def __rsub__(self, other):
        """other - self, as -self + other."""
        return -self + other


_add_abstracts(Complex, [
    ('__add__', _OTHER), ('__radd__', _OTHER), ('__neg__', ()), ('__pos__', ()),
    ('__mul__', _OTHER), ('__rmul__', _OTHER), ('__truediv__', _OTHER),
    ('__rtruediv__', _OTHER), ('__pow__', ('exponent',)), ('__rpow__', ('base',)),
    ('__abs__', ()), ('conjugate', ()), ('__eq__', _OTHER),
], properties=('real', 'imag'))

Complex.register(complex)


class Real(Complex):
    """Real numbers: Complex, with order, floor division and conversion to
    float; the imaginary part is 0."""

    __slots__ = ()

    def __divmod__(self, other):
        """divmod(self, other): (self // other, self % other)."""
        return (self // other, self % other)

    def __rdivmod__(self, other):
        """divmod(other, self): (other // self, other % self)."""
        return (other // self, other % self)

    def __complex__(self):
        """complex(self): the float value with imaginary part 0."""
        return complex(float(self))

    @property
    def real(self):
        """A real number is its own real part."""
        return +self

    @property
    def imag(self):
        """A real number's imaginary part is 0."""
        return 0

    def conjugate(self):
        """A real number is its own conjugate."""
        return +self


_add_abstracts(Real, [
    ('__float__', ()), ('__trunc__', ()), ('__floor__', ()), ('__ceil__', ()),
    ('__round__', ('ndigits=None',)), ('__floordiv__', _OTHER),
    ('__rfloordiv__', _OTHER), ('__mod__', _OTHER), ('__rmod__', _OTHER),
    ('__lt__', _OTHER), ('__le__', _OTHER),
])

Real.register(float)


class Rational(Real):
    """Rational numbers: Real, as a numerator over a denominator."""

    __slots__ = ()

    def __float__(self):
        """float(self) = self.numerator / self.denominator

        The division is of ints, so that it rounds once, correctly.
        """
        return int(self.numerator) / int(self.denominator)


_add_abstracts(Rational, [], properties=('numerator', 'denominator'))


class Integral(Rational):
    """Integers: Rational with denominator 1, and the bitwise operations."""

    __slots__ = ()

    def __index__(self):
        """operator.index(self): the int value, for slicing and the like."""
        return int(self)

    def __float__(self):
        """float(self): the int value as a float."""
        return float(int(self))

    @property
    def numerator(self):
        """An integer is its own numerator."""
        return +self

    @property
    def denominator(self):
        """An integer's denominator is 1."""
        return 1


_add_abstracts(Integral, [
    ('__int__', ()), ('__pow__', ('exponent', 'modulus=None')),
    ('__lshift__', _OTHER), ('__rlshift__', _OTHER), ('__rshift__', _OTHER),
    ('__rrshift__', _OTHER), ('__and__', _OTHER), ('__rand__', _OTHER),
    ('__xor__', _OTHER), ('__rxor__', _OTHER), ('__or__', _OTHER),
    ('__ror__', _OTHER), ('__invert__', ()),
])

Integral.register(int)

del _OTHER
