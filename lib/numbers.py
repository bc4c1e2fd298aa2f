"""The numeric tower of PEP 3141 as abstract base classes.

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


def _add_concrete(cls, methods=(), properties=()):
    # Give cls the methods it defines from the abstract ones: (name,
    # function, docstring) each; properties likewise.
    for table, wrap in ((methods, None), (properties, property)):
        for name, function, doc in table:
            function.__name__ = name
            function.__qualname__ = f"{cls.__name__}.{name}"
            function.__doc__ = doc
            setattr(cls, name, wrap(function) if wrap else function)


class Number(metaclass=ABCMeta):
    """The root of the numeric tower.

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
    # As a class body defining __eq__ would have it.
    __hash__ = None


_add_concrete(Complex, [
    ('__bool__', lambda self: self != 0, "bool(self): whether the number is nonzero."),
    ('__sub__', lambda self, other: self + -other, "self - other, as self + -other."),
    ('__rsub__', lambda self, other: -self + other, "other - self, as -self + other."),
])
_add_abstracts(Complex, [
    ('__complex__', ()),
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


_add_concrete(Real, [
    ('__divmod__', lambda self, other: (self // other, self % other),
     "divmod(self, other): (self // other, self % other)."),
    ('__rdivmod__', lambda self, other: (other // self, other % self),
     "divmod(other, self): (other // self, other % self)."),
    ('__complex__', lambda self: complex(float(self)),
     "complex(self): the float value with imaginary part 0."),
    ('conjugate', lambda self: +self, "A real number is its own conjugate."),
], properties=[
    ('real', lambda self: +self, "A real number is its own real part."),
    ('imag', lambda self: 0, "A real number's imaginary part is 0."),
])
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


# The division is of ints, so that it rounds once, correctly.
_add_concrete(Rational, [
    ('__float__', lambda self: int(self.numerator) / int(self.denominator),
     "float(self): numerator / denominator, rounded once."),
])
_add_abstracts(Rational, [], properties=('numerator', 'denominator'))


class Integral(Rational):
    """Integers: Rational with denominator 1, and the bitwise operations."""

    __slots__ = ()


_add_concrete(Integral, [
    ('__index__', lambda self: int(self),
     "operator.index(self): the int value, for slicing and the like."),
    ('__float__', lambda self: float(int(self)), "float(self): the int value as a float."),
], properties=[
    ('numerator', lambda self: +self, "An integer is its own numerator."),
    ('denominator', lambda self: 1, "An integer's denominator is 1."),
])
_add_abstracts(Integral, [
    ('__int__', ()), ('__pow__', ('exponent', 'modulus=None')),
    ('__lshift__', _OTHER), ('__rlshift__', _OTHER), ('__rshift__', _OTHER),
    ('__rrshift__', _OTHER), ('__and__', _OTHER), ('__rand__', _OTHER),
    ('__xor__', _OTHER), ('__rxor__', _OTHER), ('__or__', _OTHER),
    ('__ror__', _OTHER), ('__invert__', ()),
])

Integral.register(int)

del _OTHER
