"""Registration of reduction functions for pickle and copy, and the helpers
object.__reduce_ex__ relies on.

A reduction function registered with pickle() for a type is used instead of
the type's own __reduce_ex__; it only matters for types written in native
code, since classes can define __reduce__ themselves."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# type -> reduction function, consulted by pickle and copy.
dispatch_table = {}


def _check_callable(obj, what):
    if not callable(obj):
        raise TypeError(f"{what} must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    _check_callable(pickle_function, "reduction functions")
    dispatch_table.update({ob_type: pickle_function})
    # constructor_ob is a leftover of old pickle versions: only checked.
    if constructor_ob is None:
        return
    _check_callable(constructor_ob, "constructors")


def constructor(object):
    _check_callable(object, "constructors")


def pickle_complex(c):
    return (complex, (c.real, c.imag))


def pickle_union(obj):
    from functools import reduce
    from operator import or_
    return (reduce, (or_, obj.__args__))


dispatch_table[complex] = pickle_complex
dispatch_table[type(int | str)] = pickle_union


def _reconstructor(cls, base, state):
    # Protocols 0 and 1 rebuild an instance from its nearest builtin base:
    # base.__new__ (and base.__init__) with the base's value as state.
    if base is not object:
        made = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(made, state)
        return made
    return object.__new__(cls)


_HEAPTYPE = 0x200
_new_type = type(object.__new__)


def _native_base(cls):
    # The first class along the MRO that is not a heap type, or whose
    # __new__ is a builtin of its own.
    for klass in cls.__mro__:
        flags = getattr(klass, '__flags__', None)
        if flags is not None and not flags & _HEAPTYPE:
            return klass
        maker = klass.__new__
        if isinstance(maker, _new_type) and maker.__self__ is klass:
            return klass
    return object


def _reduce_ex(self, proto):
    # object.__reduce_ex__ for protocols 0 and 1.
    assert proto < 2
    kind = self.__class__
    base = _native_base(kind)
    if base is kind and base is not object:
        raise TypeError(f"cannot pickle {kind.__name__!r} object")
    value = None if base is object else base(self)
    slotted = bool(getattr(self, "__slots__", None))
    if not hasattr(self, "__getstate__"):
        if slotted:
            raise TypeError(f"cannot pickle {kind.__name__!r} object: a class that defines "
                            f"__slots__ without defining __getstate__ cannot be pickled "
                            f"with protocol {proto}")
        state = getattr(self, '__dict__', None)
    elif slotted and type(self).__getstate__ is object.__getstate__:
        raise TypeError("a class that defines __slots__ without defining "
                        "__getstate__ cannot be pickled")
    else:
        state = self.__getstate__()
    made_by = (_reconstructor, (kind, base, value))
    return made_by + (state,) if state else made_by


def __newobj__(cls, *args):
    make = cls.__new__
    return make(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Create cls with cls.__new__(cls, *args, **kwargs): what protocol 4
    records, so that keyword-only arguments survive."""
    make = cls.__new__
    return make(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of cls and its bases, as they are stored (private
    names mangled), without __dict__ and __weakref__.

    The list is cached in cls.__slotnames__ when the class allows it."""
    cached = cls.__dict__.get("__slotnames__")
    if cached is not None:
        return cached
    found = []
    for klass in (cls.__mro__ if hasattr(cls, "__slots__") else ()):
        declared = klass.__dict__.get("__slots__", ())
        for slot in ([declared] if isinstance(declared, str) else declared):
            if slot in ("__dict__", "__weakref__"):
                continue
            owner = klass.__name__.lstrip('_')
            if owner and slot.startswith('__') and not slot.endswith('__'):
                slot = f"_{owner}{slot}"
            found.append(slot)
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


# Extension codes: a registry that lets a pickle name a (module, name) global
# by a small integer. Codes 1-127 are for the standard library, 128-191 for
# Zope, 192-239 for third parties, 240-255 for private use. pickle holds on
# to these three dicts: they are changed in place, never rebound.
_extension_registry = {}    # (module, name) -> code
_inverted_registry = {}     # code -> (module, name)
_extension_cache = {}       # code -> object


def add_extension(module, name, code):
    """Register a code for the global module.name."""
    number = int(code)
    if not 0 < number < 0x80000000:
        raise ValueError("code out of range")
    pair = (module, name)
    if _extension_registry.get(pair) == number and _inverted_registry.get(number) == pair:
        return
    if pair in _extension_registry:
        raise ValueError(f"key {pair} is already registered with code {_extension_registry[pair]}")
    if number in _inverted_registry:
        raise ValueError(f"code {number} is already in use for key {_inverted_registry[number]}")
    _extension_registry[pair], _inverted_registry[number] = number, pair


def remove_extension(module, name, code):
    """Unregister an extension code (meant for tests)."""
    pair = (module, name)
    if _extension_registry.get(pair) != code or _inverted_registry.get(code) != pair:
        raise ValueError(f"key {pair} is not registered with code {code}")
    del _extension_registry[pair], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    """Forget the objects found for extension codes."""
    _extension_cache.clear()
