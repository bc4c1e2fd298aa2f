"""Conversion between Python values and packed C structs.

Everything here is the native _struct's; see its docstring (kept as this
module's) for the format language.
"""
from _struct import (Struct, calcsize, error, iter_unpack, pack, pack_into,
                     unpack, unpack_from, _clearcache, __doc__)

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from',
           'iter_unpack', 'Struct', 'error']
