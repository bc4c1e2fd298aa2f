"""Names for the interpreter's own types that builtins does not expose
(functions, code, generators, frames, descriptors...), and helpers to create
classes dynamically."""

import sys as _sys


def _samples():
    # One object of each type, made here; types' names map to their types.
    def plain(): pass

    def outer():
        free = None
        return (lambda: free).__closure__[0]

    def gen_fn():
        yield None

    async def coro_fn(): pass

    async def agen_fn():
        yield None

    class Slotted:
        __slots__ = ('member',)

        def bound(self): pass

    coro = coro_fn()
    coro.close()
    try:
        raise LookupError
    except LookupError as caught:
        tb = caught.__traceback__
    made = {
        'FunctionType': plain,
        'LambdaType': lambda: None,
        'CodeType': plain.__code__,
        'MappingProxyType': vars(object),
        'SimpleNamespace': _sys.implementation,
        'CellType': outer(),
        'GeneratorType': gen_fn(),
        'CoroutineType': coro,
        'AsyncGeneratorType': agen_fn(),
        'MethodType': Slotted().bound,
        'BuiltinFunctionType': abs,
        'BuiltinMethodType': {}.get,
        'WrapperDescriptorType': vars(object)['__init__'],
        'MethodWrapperType': (0).__add__,
        'MethodDescriptorType': vars(str)['join'],
        'ClassMethodDescriptorType': vars(dict)['fromkeys'],
        'ModuleType': _sys,
        'TracebackType': tb,
        'FrameType': tb.tb_frame,
        'GetSetDescriptorType': vars(type(plain))['__code__'],
        'MemberDescriptorType': vars(Slotted)['member'],
        'GenericAlias': tuple[int],
        'UnionType': int | None,
        'EllipsisType': ...,
        'NoneType': None,
        'NotImplementedType': NotImplemented,
    }
    return {name: type(obj) for name, obj in made.items()}


globals().update(_samples())
del _samples, _sys


def __getattr__(name):
    # CapsuleType is found on first use, through the capsule _socket exports;
    # without _socket (not in Kaa yet) the name is missing.
    if name in ('CapsuleType',):
        try:
            from _socket import CAPI
        except ImportError:
            pass
        else:
            return type(CAPI)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Build the class a class statement with these bases and keywords would
    build; exec_body(namespace), if given, fills in the namespace first."""
    given = bases
    bases = resolve_bases(given)
    metaclass, ns, extra = prepare_class(name, bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if given is not bases:
        ns['__orig_bases__'] = given
    return metaclass(name, bases, ns, **extra)


def resolve_bases(bases):
    """Replace each base that is not a class but has __mro_entries__ by the
    classes it names (PEP 560); bases itself comes back when nothing changed."""
    out = []
    replaced = False
    for item in bases:
        entries = None if isinstance(item, type) else getattr(item, '__mro_entries__', None)
        if entries is not None:
            got = entries(bases)
            if not isinstance(got, tuple):
                raise TypeError("__mro_entries__ must return a tuple")
            out.extend(got)
            replaced = True
        else:
            out.append(item)
    return tuple(out) if replaced else bases


def prepare_class(name, bases=(), kwds=None):
    """Find the metaclass and prepare the namespace of a class to be created.

    The result is (metaclass, namespace, kwds): the metaclass picked from
    kwds['metaclass'] or the bases, the namespace its __prepare__ returned,
    and a copy of kwds (empty if none was given) without 'metaclass'.
    """
    options = dict(kwds) if kwds is not None else {}
    chosen = options.pop('metaclass', type(bases[0]) if bases else type)
    if isinstance(chosen, type):
        # A metaclass that is a class yields to a more derived one among the
        # bases' metaclasses.
        chosen = _calculate_meta(chosen, bases)
    hook = getattr(chosen, '__prepare__', None)
    ns = hook(name, bases, **options) if hook is not None else {}
    return chosen, ns, options


def _calculate_meta(meta, bases):
    """The most derived of meta and the bases' metaclasses, or TypeError."""
    best = meta
    for kind in map(type, bases):
        if issubclass(kind, best) and not issubclass(best, kind):
            best = kind
        elif not issubclass(best, kind):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
    return best


def get_original_bases(cls, /):
    """The bases cls was defined with, before __mro_entries__ replaced
    any of them (its __orig_bases__), else its __bases__.

    For instance, for `class Baz(list[str]): ...` the result is (list[str],)
    where Baz.__bases__ is (list,).
    """
    try:
        own = cls.__dict__
        fallback = cls.__bases__
    except AttributeError:
        kind = type(cls).__name__
        raise TypeError(f"Expected an instance of type, not {kind!r}") from None
    return own.get("__orig_bases__", fallback)


class DynamicClassAttribute:
    """A property on instances that the class itself does not show.

    Reading the attribute from an instance calls fget as a property would;
    reading it from the class raises AttributeError, so that the class's
    metaclass __getattr__ decides instead. Enum uses it for members and
    attributes of the same name; inspect knows the type.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget, self.fset, self.fdel = fget, fset, fdel
        self.overwrite_doc = doc is None
        self.__doc__ = fget.__doc__ if doc is None else doc
        abstract = getattr(fget, '__isabstractmethod__', False)
        self.__isabstractmethod__ = bool(abstract)

    def __get__(self, instance, ownerclass=None):
        if instance is not None:
            if self.fget is not None:
                return self.fget(instance)
            raise AttributeError("unreadable attribute")
        if not self.__isabstractmethod__:
            raise AttributeError()
        return self

    def __set__(self, instance, value):
        if self.fset is not None:
            return self.fset(instance, value)
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        if self.fdel is not None:
            return self.fdel(instance)
        raise AttributeError("can't delete attribute")

    def _with(self, **accessors):
        # A copy with some accessors replaced, the doc carried over as given.
        parts = dict(fget=self.fget, fset=self.fset, fdel=self.fdel)
        parts.update(accessors)
        parts['doc'] = None if self.overwrite_doc else self.__doc__
        copy = type(self)(**parts)
        copy.overwrite_doc = self.overwrite_doc
        return copy

    def getter(self, fget):
        copy = self._with(fget=fget)
        if self.overwrite_doc:
            copy.__doc__ = fget.__doc__
        return copy

    def setter(self, fset):
        return self._with(fset=fset)

    def deleter(self, fdel):
        return self._with(fdel=fdel)


class _GeneratorWrapper:
    # What coroutine() puts around a generator returned by a function that is
    # not a generator function itself: the generator protocol forwarded, the
    # coroutine's attributes, and __await__.
    def __init__(self, gen):
        self.__inner = gen
        self.__plain = type(gen) is GeneratorType
        for attr in ('__name__', '__qualname__'):
            setattr(self, attr, getattr(gen, attr, None))

    def send(self, val): return self.__inner.send(val)
    def throw(self, tp, *rest): return self.__inner.throw(tp, *rest)
    def close(self): return self.__inner.close()
    def __next__(self): return self.__inner.__next__()
    def __iter__(self): return self.__inner if self.__plain else self

    __await__ = __iter__

    gi_code = cr_code = property(lambda self: self.__inner.gi_code)
    gi_frame = cr_frame = property(lambda self: self.__inner.gi_frame)
    gi_running = cr_running = property(lambda self: self.__inner.gi_running)
    gi_yieldfrom = cr_await = property(lambda self: self.__inner.gi_yieldfrom)


_GENERATOR_FLAG = 0x20
_ITERABLE_COROUTINE_FLAG = 0x100
_ASYNC_FLAGS = 0x80 | 0x100 | 0x200


def coroutine(func):
    """Make a generator-based function usable with await: a generator
    function's code is flagged as an iterable coroutine; other callables are
    wrapped so that a generator they return becomes awaitable."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None) if type(func) is FunctionType else None
    if type(code) is CodeType:
        flags = code.co_flags
        if flags & _ASYNC_FLAGS:
            return func
        if flags & _GENERATOR_FLAG:
            func.__code__ = code.replace(co_flags=flags | _ITERABLE_COROUTINE_FLAG)
            return func

    import functools
    import _collections_abc

    def awaitable(*args, **kwargs):
        produced = func(*args, **kwargs)
        kind = type(produced)
        if kind is CoroutineType:
            return produced
        if kind is GeneratorType and produced.gi_code.co_flags & _ITERABLE_COROUTINE_FLAG:
            return produced
        if isinstance(produced, _collections_abc.Generator) and not isinstance(produced, _collections_abc.Coroutine):
            return _GeneratorWrapper(produced)
        return produced

    return functools.wraps(func)(awaitable)


__all__ = [
    'FunctionType', 'LambdaType', 'CodeType', 'MappingProxyType', 'SimpleNamespace',
    'CellType', 'GeneratorType', 'CoroutineType', 'AsyncGeneratorType', 'MethodType',
    'BuiltinFunctionType', 'BuiltinMethodType', 'WrapperDescriptorType',
    'MethodWrapperType', 'MethodDescriptorType', 'ClassMethodDescriptorType',
    'ModuleType', 'TracebackType', 'FrameType', 'GetSetDescriptorType',
    'MemberDescriptorType', 'new_class', 'resolve_bases', 'prepare_class',
    'get_original_bases', 'DynamicClassAttribute', 'coroutine', 'GenericAlias',
    'UnionType', 'EllipsisType', 'NoneType', 'NotImplementedType', 'CapsuleType',
]
