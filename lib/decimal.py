"""Decimal fixed- and floating-point arithmetic (the General Decimal
Arithmetic Specification), as correctly rounded decimal numbers under a
context of precision, rounding, exponent limits and trapped signals.

Kaa's arithmetic is the native _decimal module; this module re-exports it.
"""

try:
    from _decimal import *
    from _decimal import __version__
    from _decimal import __libmpdec_version__
except ImportError:
    import _pydecimal
    import sys
    _pydecimal.__doc__ = __doc__
    sys.modules[__name__] = _pydecimal
