"""Deprecated since Python 3.11: the names of re._compiler."""

import warnings  # left in the namespace, as CPython's shim leaves it
warnings.warn("module %r is deprecated" % (__name__,), DeprecationWarning, stacklevel=2)

import re._compiler as _
globals().update((name, value) for name, value in vars(_).items()
                 if not name.startswith('__'))
