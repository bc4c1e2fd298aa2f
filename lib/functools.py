"""Higher-order functions: tools that act on or return other functions and
callable objects (partial application, caching, wrappers, dispatch on type).
"""

__all__ = [
    'update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES', 'total_ordering',
    'cache', 'cmp_to_key', 'lru_cache', 'reduce', 'partial', 'partialmethod',
    'singledispatch', 'singledispatchmethod', 'cached_property',
]

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

GenericAlias = type(list[int])


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
    wrapper.__wrapped__ = wrapped
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


# --- partialmethod ---------------------------------------------------------

def _check_method_like(func):
    # What partialmethod and singledispatchmethod accept: something callable
    # or something that binds.
    if callable(func) or hasattr(func, "__get__"):
        return
    raise TypeError(f"{func!r} is not callable or a descriptor")


class partialmethod(object):
    """partial() for methods: a descriptor that binds like the callable it
    wraps (a plain function as an instance method, classmethod and
    staticmethod as themselves) with some arguments filled in."""

    def __init__(self, func, /, *args, **keywords):
        _check_method_like(func)
        if isinstance(func, partialmethod):
            # Flatten: one partialmethod over the innermost callable.
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __repr__(self):
        shown = [repr(self.func), *map(repr, self.args),
                 *(f'{k}={v!r}' for k, v in self.keywords.items())]
        kind = type(self)
        return f"{kind.__module__}.{kind.__qualname__}({', '.join(shown)})"

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            merged = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **merged)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.__partialmethod__ = self
        return _method

    def __get__(self, obj, cls=None):
        binder = getattr(self.func, "__get__", None)
        if binder is not None:
            bound = binder(obj, cls)
            if bound is not self.func:
                # The callable is itself a descriptor (a classmethod, a
                # staticmethod, another partialmethod): bind through it.
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
                return result
        return self._make_unbound_method().__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


def _unwrap_partialmethod(func):
    prev = None
    while func is not prev:
        prev = func
        while isinstance(getattr(func, "__partialmethod__", None), partialmethod):
            func = func.__partialmethod__
        while isinstance(func, partialmethod):
            func = getattr(func, 'func')
        func = _unwrap_partial(func)
    return func


# --- LRU cache -------------------------------------------------------------

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])


def lru_cache(maxsize=128, typed=False):
    """Decorator that remembers a function's results for its most recent
    maxsize distinct arguments (all of them when maxsize is None), dropping
    the least recently used first.

    With typed true, arguments of different types are told apart
    (f(3) and f(3.0) are cached separately); arguments must be hashable.
    The cached function has cache_info() (hits, misses, maxsize, currsize),
    cache_clear(), cache_parameters() and __wrapped__.
    """
    if isinstance(maxsize, int):
        maxsize = max(maxsize, 0)
    elif callable(maxsize) and isinstance(typed, bool):
        # Used bare, as @lru_cache: maxsize is the function.
        return _cached(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _cached(user_function, maxsize, typed)

    return decorating_function


def _cached(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo)
    wrapper.cache_parameters = lambda: {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    "An unbounded lru_cache: every distinct call's result is kept (memoization)."
    return lru_cache(maxsize=None)(user_function)


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
    return isinstance(obj, type(int | str))


def _is_dispatch_type(obj):
    if isinstance(obj, type):
        return True
    return _is_union(obj) and all(isinstance(a, type) for a in obj.__args__)


def _annotations_of(func):
    hints = dict(getattr(func, '__annotations__', {}))
    scope = getattr(func, '__globals__', {})
    for name, value in hints.items():
        if isinstance(value, str):
            hints[name] = eval(value, scope)
    return hints


def singledispatch(func):
    """Decorator making a generic function of func: calls are sent to the
    implementation registered for the type of the first argument (through
    its MRO, ABCs included), func being the one for object.  Register
    others with @generic.register(cls), or @generic.register on a function
    whose first parameter is annotated with the class."""
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """The implementation a call with a first argument of type cls runs."""
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                # an ABC gained a virtual subclass: earlier answers may change
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = registry[cls] if cls in registry else _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func as the implementation for cls (a class or a union of
        classes); without func, a decorator that does it."""
        nonlocal cache_token
        if _is_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
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
        for klass in (cls.__args__ if _is_union(cls) else (cls,)):
            registry[klass] = func
            if cache_token is None and hasattr(klass, '__abstractmethods__'):
                cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = type(type.__dict__)(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the type of the first
    argument after self (or cls), and binds as the callable it wraps does."""

    def __init__(self, func):
        _check_method_like(func)
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Register method as the implementation for cls (see singledispatch)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            if not args:
                name = getattr(self.func, '__name__', 'singledispatchmethod method')
                raise TypeError(f'{name} requires at least 1 positional argument')
            return dispatch(args[0].__class__).__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# --- cached_property() - property result cached as instance attribute ------

_NOT_FOUND = object()


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = func.__module__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
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
        if value is _NOT_FOUND:
            value = self.func(instance)
            try:
                store[name] = value
            except TypeError:
                owner_name = type(instance).__name__
                raise TypeError(f"The '__dict__' attribute on {owner_name!r} instance does not support item assignment for caching {name!r} property.") from None
        return value

    __class_getitem__ = classmethod(GenericAlias)
