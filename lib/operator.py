# The operator module: every function is native (_operator).  What this file
# adds is the public name list and, for most functions, a second name with
# double underscores (__add__ for add, __and__ for and_, ...) that is the very
# same object.  The module's docstring is _operator's.

from _operator import *
from _operator import __doc__

__all__ = """
    abs add and_ attrgetter call concat contains countOf delitem eq floordiv
    ge getitem gt iadd iand iconcat ifloordiv ilshift imatmul imod imul index
    indexOf inv invert ior ipow irshift is_ is_not isub itemgetter itruediv
    ixor le length_hint lshift lt matmul methodcaller mod mul ne neg not_ or_
    pos pow rshift setitem sub truediv truth xor
""".split()

_abs = abs


def _alias_with_dunders(namespace):
    # The getter classes and the predicates without an operator symbol
    # have no double-underscore spelling.
    no_alias = frozenset(('attrgetter', 'itemgetter', 'methodcaller', 'countOf',
                          'indexOf', 'is_', 'is_not', 'length_hint', 'truth'))
    for plain in __all__:
        if plain in no_alias:
            continue
        namespace[f'__{plain.rstrip("_")}__'] = namespace[plain]


_alias_with_dunders(globals())
del _alias_with_dunders
