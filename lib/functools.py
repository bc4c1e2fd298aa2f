"""Higher-order functions: tools that act on or return other functions and
callable objects (partial application, caching, wrappers, dispatch on type).
"""

__all__ = [
    'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
    'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
    'singledispatch', 'singledispatchmethod', 'cached_property',
]

import sys as _sys
from abc import get_cache_token
from collections import namedtuple
from reprlib import recursive_repr
from _functools import cmp_to_key, partial, reduce, _lru_cache_wrapper

try:
    from _thread import RLock
except ImportError:
    class RLock:
        """A stand-in re-entrant lock for a build without threads."""

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

        def acquire(self, blocking=True, timeout=-1):
            return True

        def release(self):
            pass

GenericAlias = type(tuple[int])  # types.GenericAlias, without importing types


# --- update_wrapper() and wraps() ------------------------------------------

# The attributes a wrapper takes over from the function it wraps, and those
# it merges (dicts updated rather than replaced).
WRAPPER_ASSIGNMENTS = (
    '__module__', '__name__', '__qualname__', '__doc__', '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in assigned
    (when wrapped has them), merge the dicts named in updated, and set
    wrapper.__wrapped__ to wrapped.  Returns wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied from wrapped's __dict__ above
    # does not win over the function actually wrapped.
    setattr(wrapper, '__wrapped__', wrapped)
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator that applies update_wrapper(decorated, wrapped, ...) to
    the function it decorates: @wraps(func) on the inner function of a
    decorator makes it look like func."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


# --- total_ordering --------------------------------------------------------

# Given one ordering method, the other three follow.  Each derived method
# passes NotImplemented through, so that the reflected operation is tried.

def _derive(root, want):
    """The method want ('__gt__', ...) written in terms of root ('__lt__', ...)
    and ==."""
    # For root in (__lt__, __le__) "self root other" means self is below
    # (or at) other; for (__gt__, __ge__) above.
    below = root in ('__lt__', '__le__')
    strict = root in ('__lt__', '__gt__')
    want_below = want in ('__lt__', '__le__')
    want_strict = want in ('__lt__', '__gt__')

    def method(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        if want_below == below:
            # same direction, other strictness: add or remove equality
            if want_strict:
                return r and self != other
            return r or self == other
        # opposite direction
        if want_strict == strict:
            # a < b opposite strict is a > b: neither below nor equal
            return not r and self != other if strict else not r or self == other
        return not r

    method.__name__ = want
    method.__qualname__ = f'_{want.strip("_")}_from_{root.strip("_")}'
    method.__doc__ = (f'Return a {dict(__lt__="<", __le__="<=", __gt__=">", __ge__=">=")[want]} b.  '
                      f'Computed by @total_ordering from {root}.')
    return method


def total_ordering(cls):
    """Class decorator: given __eq__ and one of __lt__, __le__, __gt__ or
    __ge__, add the other three."""
    defined = [op for op in ('__lt__', '__le__', '__gt__', '__ge__')
               if getattr(cls, op, None) is not getattr(object, op, None)]
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(defined)  # prefer __lt__, then __le__, __gt__, __ge__
    for op in ('__lt__', '__le__', '__gt__', '__ge__'):
        if op not in defined:
            setattr(cls, op, _derive(root, op))
    return cls


# Found nowhere, in lookups with a default.
_NOT_FOUND = object()


# --- partialmethod ---------------------------------------------------------

def _check_method_like(func):
    # What partialmethod and singledispatchmethod accept: something callable
    # or something that binds.
    if not (callable(func) or hasattr(func, "__get__")):
        raise TypeError(f"{func!r} is not callable or a descriptor")


def _abstract_flag(obj):
    return getattr(obj, '__isabstractmethod__', False)


class partialmethod(object):
    """partial() for methods: a descriptor that binds like the callable it
    wraps (a plain function as an instance method, classmethod and
    staticmethod as themselves) with some arguments filled in."""

    def __init__(self, func, /, *args, **keywords):
        _check_method_like(func)
        if isinstance(func, partialmethod):
            # Flatten: one partialmethod over the innermost callable, its
            # arguments first and its keywords overridden by ours.
            target = func.func
            args = (*func.args, *args)
            keywords = func.keywords | keywords
        else:
            target = func
        self.func, self.args, self.keywords = target, args, keywords

    def __repr__(self):
        shown = [repr(self.func), *map(repr, self.args),
                 *(f'{k}={v!r}' for k, v in self.keywords.items())]
        kind = type(self)
        return f"{kind.__module__}.{kind.__qualname__}({', '.join(shown)})"

    def _make_unbound_method(self):
        # A plain function (named _method, as CPython's) that a class binds
        # like any method, calling func with the stored arguments after the
        # receiver.
        stored = self

        def _method(cls_or_self, /, *args, **keywords):
            return stored.func(cls_or_self, *stored.args, *args,
                               **(stored.keywords | keywords))

        vars(_method).update(__isabstractmethod__=self.__isabstractmethod__,
                             __partialmethod__=self)
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        bound = self.func if binder is None else binder(obj, cls)
        if bound is self.func:
            return self._make_unbound_method().__get__(obj, cls)
        # The callable is itself a descriptor (a classmethod, a staticmethod,
        # another partialmethod): bind through it, then fill in.
        filled = partial(bound, *self.args, **self.keywords)
        owner = getattr(bound, '__self__', _NOT_FOUND)
        if owner is not _NOT_FOUND:
            filled.__self__ = owner
        return filled

    @property
    def __isabstractmethod__(self):
        return _abstract_flag(self.func)


def _unwrap_partial(func):
    # The callable under any number of nested partial objects.
    inner = func
    while isinstance(inner, partial):
        inner = inner.func
    return inner


def _unwrap_partialmethod(func):
    # Peel partialmethod objects, the functions they make and partial
    # objects, in any mixture, until none is left.
    current, last = func, None
    while current is not last:
        last = current
        while isinstance(getattr(current, '__partialmethod__', None), partialmethod):
            current = current.__partialmethod__
        while isinstance(current, partialmethod):
            current = getattr(current, 'func')
        current = _unwrap_partial(current)
    return current


# --- LRU cache -------------------------------------------------------------

_CacheInfo = namedtuple('CacheInfo', 'hits misses maxsize currsize')


def lru_cache(maxsize=128, typed=False):
    """Decorator that remembers a function's results for its most recent
    maxsize distinct arguments (all of them when maxsize is None), dropping
    the least recently used first.

    With typed true, arguments of different types are told apart
    (f(3) and f(3.0) are cached separately); arguments must be hashable.
    The cached function has cache_info() (hits, misses, maxsize, currsize),
    cache_clear(), cache_parameters() and __wrapped__.
    """
    if not isinstance(maxsize, int):
        if maxsize is not None:
            if not (callable(maxsize) and isinstance(typed, bool)):
                raise TypeError('Expected first argument to be an integer, a callable, or None')
            # Used bare, as @lru_cache: maxsize is the function.
            return _cached(maxsize, 128, typed)
        limit = None
    else:
        limit = 0 if maxsize < 0 else maxsize

    def decorating_function(user_function):
        return _cached(user_function, limit, typed)

    return decorating_function


def _cached(user_function, limit, typed):
    # The native wrapper, dressed as user_function.
    memoized = _lru_cache_wrapper(user_function, limit, typed, _CacheInfo)
    memoized.cache_parameters = lambda: {'maxsize': limit, 'typed': typed}
    return update_wrapper(memoized, user_function)


def cache(user_function, /):
    "An unbounded lru_cache: every distinct call's result is kept (memoization)."
    return _cached(user_function, None, False)


# --- singledispatch() - single-dispatch generic function decorator ---------

def _linearise(cls, abcs):
    """cls.__mro__ with the ABCs of abcs that cls derives from virtually (by
    register() or a subclass hook) placed into it: each right after the last
    class of the MRO that is its subclass, the more specific of several first."""
    order = list(cls.__mro__)
    implicit = [a for a in abcs
                if a not in order and isinstance(a, type) and issubclass(cls, a)]
    # Insert the most general first so that a more specific ABC that lands at
    # the same spot ends up before it.
    implicit.sort(key=lambda a: -sum(issubclass(b, a) for b in implicit))
    for abc in implicit:
        spot = max((i for i, c in enumerate(order) if c is not abc and issubclass(c, abc)),
                   default=0)
        order.insert(spot + 1, abc)
    return order


def _find_impl(cls, registry):
    """The registered implementation for cls: the one of the first class of
    its (ABC-extended) MRO that has one.  Two unrelated ABCs that match
    equally well are an error rather than a guess."""
    chosen = None
    for klass in _linearise(cls, registry.keys()):
        if chosen is not None:
            if (klass in registry and klass not in cls.__mro__
                    and chosen not in cls.__mro__ and not issubclass(chosen, klass)):
                raise RuntimeError(f"Ambiguous dispatch: {chosen} or {klass}")
            break
        if klass in registry:
            chosen = klass
    return registry.get(chosen)


def _is_union(obj):
    """int | str, or typing.Union[int, str] (typing is loaded if obj is one)."""
    if isinstance(obj, type(int | str)):
        return True
    typing = _sys.modules.get('typing')
    return typing is not None and typing.get_origin(obj) is typing.Union


def _is_dispatch_type(obj):
    if isinstance(obj, type):
        return True
    return _is_union(obj) and all(isinstance(a, type) for a in obj.__args__)


def _annotations_of(func):
    from typing import get_type_hints  # forward references resolved, as CPython
    return get_type_hints(func)


def singledispatch(func):
    """Decorator making a generic function of func: calls are sent to the
    implementation registered for the type of the first argument (through
    its MRO, ABCs included), func being the one for object.  Register
    others with @generic.register(cls), or @generic.register on a function
    whose first parameter is annotated with the class."""
    impls = {object: func}  # class -> implementation
    memo = {}  # class -> implementation found for it
    # The ABC cache token when an ABC is registered (the answers for virtual
    # subclasses may change when it does); None while there is none.
    abc_token = None

    def dispatch(cls):
        """The implementation a call with a first argument of type cls runs."""
        nonlocal abc_token
        if abc_token is not None and abc_token != (now := get_cache_token()):
            # an ABC gained a virtual subclass: earlier answers may change
            memo.clear()
            abc_token = now
        found = memo.get(cls, _NOT_FOUND)
        if found is _NOT_FOUND:
            found = impls[cls] if cls in impls else _find_impl(cls, impls)
            memo[cls] = found
        return found

    def register(cls, func=None):
        """Register func as the implementation for cls (a class or a union of
        classes); without func, a decorator that does it."""
        nonlocal abc_token
        if not _is_dispatch_type(cls):
            # @register on an annotated function: the class is the first
            # parameter's annotation.
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. {cls!r} is not a class or union type.")
            if not getattr(cls, '__annotations__', {}):
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. Use either "
                                "`@register(some_class)` or plain `@register` on an annotated function.")
            func = cls
            argname, cls = next(iter(_annotations_of(func).items()))
            if not _is_dispatch_type(cls):
                what = "not all arguments are classes" if _is_union(cls) else "is not a class"
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} {what}.")
        elif func is None:
            return lambda impl: register(cls, impl)
        for klass in (cls.__args__ if _is_union(cls) else (cls,)):
            impls[klass] = func
            if abc_token is None and hasattr(klass, '__abstractmethods__'):
                abc_token = get_cache_token()
        memo.clear()
        return func

    label = getattr(func, '__name__', 'singledispatch function')

    def generic(*args, **kw):
        if args:
            return dispatch(args[0].__class__)(*args, **kw)
        raise TypeError(f'{label} requires at least 1 positional argument')

    generic.register, generic.dispatch = register, dispatch
    generic.registry = type(type.__dict__)(impls)  # a read-only view
    generic._clear_cache = memo.clear
    return update_wrapper(generic, func)


class singledispatchmethod:
    """singledispatch for methods: dispatches on the type of the first
    argument after self (or cls), and binds as the callable it wraps does."""

    def __init__(self, func):
        _check_method_like(func)
        self.dispatcher, self.func = singledispatch(func), func

    def register(self, cls, method=None):
        """Register method as the implementation for cls (see singledispatch)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        pick = self.dispatcher.dispatch

        def bound_generic(*args, **kwargs):
            if args:
                chosen = pick(args[0].__class__)
                return chosen.__get__(obj, cls)(*args, **kwargs)
            label = getattr(self.func, '__name__', 'singledispatchmethod method')
            raise TypeError(f'{label} requires at least 1 positional argument')

        vars(bound_generic).update(__isabstractmethod__=self.__isabstractmethod__,
                                   register=self.register)
        return update_wrapper(bound_generic, self.func)

    @property
    def __isabstractmethod__(self):
        return _abstract_flag(self.func)


# --- cached_property() - property result cached as instance attribute ------

class cached_property:
    # A non-data descriptor: the first access computes the value and stores
    # it in the instance's __dict__ under the same name, where later
    # lookups find it before the descriptor.

    def __init__(self, func):
        self.func, self.attrname = func, None
        self.__doc__, self.__module__ = func.__doc__, func.__module__

    def __set_name__(self, owner, name):
        known = self.attrname
        if known is None:
            self.attrname = name
        elif known != name:
            raise TypeError(f"Cannot assign the same cached_property to two different names ({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            store = instance.__dict__
        except AttributeError:
            owner_name = type(instance).__name__
            raise TypeError(f"No '__dict__' attribute on {owner_name!r} instance to cache {name!r} property.") from None
        value = store.get(name, _NOT_FOUND)
        if value is not _NOT_FOUND:
            return value
        value = self.func(instance)
        try:
            store[name] = value
        except TypeError:
            owner_name = type(instance).__name__
            raise TypeError(f"The '__dict__' attribute on {owner_name!r} instance does not support item assignment for caching {name!r} property.") from None
        return value


for _generic in (partialmethod, cached_property):
    _generic.__class_getitem__ = classmethod(GenericAlias)  # Class[T]
del _generic
