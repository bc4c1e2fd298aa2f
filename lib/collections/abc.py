# collections.abc is _collections_abc under its public name: the same module
# object, so that both names give the same classes.
import sys
import _collections_abc
from _collections_abc import *
from _collections_abc import __all__, _CallableGenericAlias

sys.modules[__name__] = _collections_abc
