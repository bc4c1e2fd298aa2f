"""Abstract base classes (PEP 3119).

ABCMeta is a metaclass whose classes can declare methods abstract and can
adopt unrelated classes as "virtual subclasses" with register().  The
bookkeeping lives in the native _abc module.
"""

from _abc import (get_cache_token, _abc_init, _abc_register,
                  _abc_instancecheck, _abc_subclasscheck, _get_dump,
                  _reset_registry, _reset_caches)


def abstractmethod(funcobj):
    """Mark a method as abstract.

    A class whose metaclass is ABCMeta (or derived from it) cannot be
    instantiated while any abstract method is left without an override.
    Combine with other decorators by applying this one innermost:

        class C(ABC):
            @classmethod
            @abstractmethod
            def make(cls): ...
    """
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """An abstract classmethod (deprecated: stack classmethod on
    abstractmethod instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """An abstract staticmethod (deprecated: stack staticmethod on
    abstractmethod instead)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    """An abstract property (deprecated: stack property on abstractmethod
    instead)."""

    __isabstractmethod__ = True


class ABCMeta(type):
    """Metaclass of abstract base classes.

    Classes made with it track their abstract methods and may be given
    virtual subclasses with register(); isinstance() and issubclass() then
    accept those (and whatever __subclasshook__ approves) without any
    inheritance.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _abc_init(cls)
        return cls

    def register(cls, subclass):
        """Make subclass a virtual subclass of this ABC; return it, so that
        register can decorate a class."""
        return _abc_register(cls, subclass)

    def __instancecheck__(cls, instance):
        """Answer isinstance(instance, cls)."""
        return _abc_instancecheck(cls, instance)

    def __subclasscheck__(cls, subclass):
        """Answer issubclass(subclass, cls)."""
        return _abc_subclasscheck(cls, subclass)

    def _dump_registry(cls, file=None):
        """Print the ABC's registry and caches (a debugging aid)."""
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        registry, cache, negative, version = _get_dump(cls)
        print(f"_abc_registry: {registry!r}", file=file)
        print(f"_abc_cache: {cache!r}", file=file)
        print(f"_abc_negative_cache: {negative!r}", file=file)
        print(f"_abc_negative_cache_version: {version!r}", file=file)

    def _abc_registry_clear(cls):
        """Forget every registered virtual subclass."""
        _reset_registry(cls)

    def _abc_caches_clear(cls):
        """Forget the cached answers."""
        _reset_caches(cls)


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False)


def update_abstractmethods(cls):
    """Work out cls.__abstractmethods__ again, after methods were added to or
    removed from an ABC once its class statement finished (as a class
    decorator might).  Classes that are not ABCs are returned untouched, and
    so is cls.

    Subclasses already made are not updated.
    """
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    pending = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                pending.add(name)
    pending.update(name for name, value in cls.__dict__.items()
                   if _is_abstract(value))
    cls.__abstractmethods__ = frozenset(pending)
    return cls


class ABC(metaclass=ABCMeta):
    """A base class whose metaclass is ABCMeta: inherit from it to make an
    abstract base class without naming the metaclass."""
    __slots__ = ()
