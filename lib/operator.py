"""Operator interface.

This module exports a set of functions implemented in C corresponding
to the intrinsic operators of Python.  For example, operator.add(x, y)
is equivalent to the expression x+y.  The function names are those
used for special methods; variants without leading and trailing
'__' are also provided for convenience.
"""

# Kaa's operators are all native (_operator); this module adds the names
# with double underscores, each the same function as its plain twin.
from _operator import *
from _operator import __doc__

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'call', 'concat', 'contains', 'countOf',
           'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand',
           'iconcat', 'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul',
           'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow', 'irshift',
           'is_', 'is_not', 'isub', 'itemgetter', 'itruediv', 'ixor', 'le',
           'length_hint', 'lshift', 'lt', 'matmul', 'methodcaller', 'mod',
           'mul', 'ne', 'neg', 'not_', 'or_', 'pos', 'pow', 'rshift',
           'setitem', 'sub', 'truediv', 'truth', 'xor']

_abs = abs


def _dunder_aliases(space):
    # __add__ for add, __and__ for and_, __not__ for not_, ...; the
    # predicates and the getter classes have no dunder form.
    plain_only = {'attrgetter', 'itemgetter', 'methodcaller', 'countOf', 'indexOf',
                  'is_', 'is_not', 'length_hint', 'truth'}
    for name in __all__:
        if name not in plain_only:
            space['__' + name.rstrip('_') + '__'] = space[name]


_dunder_aliases(globals())
del _dunder_aliases
