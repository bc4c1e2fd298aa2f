"""Abstract base classes (PEP 3119).

ABCMeta is a metaclass whose classes can declare methods abstract and can
adopt unrelated classes as "virtual subclasses" with register().  The
bookkeeping (registries, caches, the global invalidation counter) lives in
the native _abc module; this file is the thin Python face of it.

How isinstance(x, A) is answered for an ABC A: a positive cache of classes
known to be subclasses, a negative cache of classes known not to be, then
A.__subclasshook__, the registry of virtual subclasses and the real
subclasses, recursively.  Any register() anywhere bumps a global counter
(get_cache_token()), which makes every negative cache stale at once.
"""

import _abc as _native
from _abc import (
    get_cache_token,
    _abc_init, _abc_register, _abc_instancecheck, _abc_subclasscheck,
    _get_dump, _reset_registry, _reset_caches,
)
# (The _abc helpers are also module globals here, under the names CPython's
# abc module gives them; ABCMeta reaches them through _native.)


def _flag_abstract(obj):
    # The marker every abstractness test looks for.
    obj.__isabstractmethod__ = True
    return obj


def abstractmethod(funcobj):
    """Mark a method as abstract.

    A class whose metaclass is ABCMeta (or derived from it) cannot be
    instantiated while any abstract method is left without an override.
    Combine with other decorators by applying this one innermost, that
    is, listing it last above the def: classmethod, staticmethod and
    property then see the flag on the function they wrap and carry it.

    The flag only matters to classes built by ABCMeta; adding abstract
    methods to a class after it was made needs update_abstractmethods().
    """
    return _flag_abstract(funcobj)


# The three legacy wrappers below predate stacking decorators on top of
# abstractmethod; each marks both itself and the function it wraps.

class abstractclassmethod(classmethod):
    """An abstract classmethod (deprecated: stack classmethod on
    abstractmethod instead)."""

    def __init__(self, callable):
        super().__init__(_flag_abstract(callable))


class abstractstaticmethod(staticmethod):
    """An abstract staticmethod (deprecated: stack staticmethod on
    abstractmethod instead)."""

    def __init__(self, callable):
        super().__init__(_flag_abstract(callable))


class abstractproperty(property):
    """An abstract property (deprecated: stack property on abstractmethod
    instead)."""


for _legacy in (abstractclassmethod, abstractstaticmethod, abstractproperty):
    _legacy.__isabstractmethod__ = True
del _legacy


class ABCMeta(type):
    """Metaclass of abstract base classes.

    Classes made with it track their abstract methods and may be given
    virtual subclasses with register(); isinstance() and issubclass() then
    accept those (and whatever __subclasshook__ approves) without any
    inheritance.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        made = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(made)  # computes __abstractmethods__, sets up the registry
        return made

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; return it, so that
        register can decorate a class."""
        return _native._abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """Answer isinstance(instance, cls)."""
        return _native._abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """Answer issubclass(subclass, cls)."""
        return _native._abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches (a debugging aid), to file or,
        when file is None, to sys.stdout."""
        print("Class:", f"{cls.__module__}.{cls.__qualname__}", file=file)
        print("Inv. counter:", get_cache_token(), file=file)
        labels = ("_abc_registry", "_abc_cache", "_abc_negative_cache",
                  "_abc_negative_cache_version")
        for label, value in zip(labels, _get_dump(cls)):
            print(f"{label}: {value!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass."""
        return _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Forget the cached answers."""
        return _reset_caches(cls)


def update_abstractmethods(cls):
    """Work out cls.__abstractmethods__ again, after methods were added to or
    removed from an ABC once its class statement finished (as a class
    decorator might).  Classes that are not ABCs are returned untouched, and
    so is cls.

    Subclasses already made are not updated.
    """
    try:
        cls.__abstractmethods__
    except AttributeError:
        return cls  # not an ABC

    def still_abstract(value):
        return getattr(value, "__isabstractmethod__", False)

    # Inherited names stay abstract unless cls now overrides them with
    # something concrete; names defined here count by their own flag.
    inherited = {attr for parent in cls.__bases__
                 for attr in getattr(parent, '__abstractmethods__', ())
                 if still_abstract(getattr(cls, attr, None))}
    own = {attr for attr, value in cls.__dict__.items() if still_abstract(value)}
    cls.__abstractmethods__ = frozenset(inherited | own)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta: inherit from it to make an
    abstract base class without naming the metaclass.

    It has empty __slots__, so that inheriting from it adds no __dict__.
    """
    __slots__ = ()
