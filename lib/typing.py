"""Names for type hints (PEP 484 and its successors).

The runtime side of static typing: special forms such as Union, Optional,
Literal and Annotated; generic aliases of the builtin and abstract collections
(List, Dict, Callable, ...); Generic and Protocol; TypedDict and NamedTuple;
NewType; and helpers that look at annotations (get_type_hints, get_origin,
get_args).  TypeVar, ParamSpec, TypeVarTuple, TypeAliasType and Generic
themselves live in the native _typing module, which calls back into this one.
"""

import collections, collections.abc, copyreg, functools, operator, sys, types
from abc import ABCMeta, abstractmethod
defaultdict = collections.defaultdict
from types import GenericAlias, MethodDescriptorType, MethodWrapperType, WrapperDescriptorType

from _typing import Generic, NoDefault, TypeAliasType, _idfunc
from _typing import TypeVar, ParamSpec, ParamSpecArgs, ParamSpecKwargs, TypeVarTuple

__all__ = [
    # Special forms and basic building blocks.
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final',
    'ForwardRef', 'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol',
    'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union',
    # Aliases of collections.abc.
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable',
    'ItemsView', 'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView',
    'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
    'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine',
    'Collection', 'AsyncGenerator', 'AsyncContextManager',
    # Structural checks.
    'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    # Concrete collections.
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    # Input and output.
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    # Everything else.
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
    'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads',
    'get_protocol_members', 'get_type_hints', 'is_protocol', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check',
    'no_type_check_decorator', 'NoDefault', 'NoReturn', 'NotRequired',
    'overload', 'override', 'ParamSpecArgs', 'ParamSpecKwargs', 'ReadOnly',
    'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
    'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'TypeIs', 'TypeAliasType',
    'Unpack',
]


# ---------------------------------------------------------------------------
# Small helpers shared by everything below.

_NoneType = type(None)


def _as_tuple(x):
    """x itself when it is a tuple, else the 1-tuple of it."""
    return x if isinstance(x, tuple) else (x,)


def _type_convert(value, module=None, *, allow_special_forms=False):
    """None becomes NoneType and a string a ForwardRef; the rest is kept."""
    if value is None:
        return _NoneType
    if not isinstance(value, str):
        return value
    return ForwardRef(value, module=module, is_class=allow_special_forms)


# The special forms that stand alone for a type; the qualifiers accepted
# where special forms are allowed.
_BARE_OK = None
_QUALIFIERS = None


def _type_check(value, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """Check that value may stand where a type is expected and return it
    (converted: None to NoneType, strings to forward references).

    Plain special forms, Generic and Protocol are refused, and so are
    ClassVar[...] and Final[...] unless allow_special_forms says they may
    appear (class-level annotations)."""
    if allow_special_forms:
        refused = (Generic, Protocol)
    elif is_argument:
        refused = (Generic, Protocol, ClassVar, Final)
    else:
        refused = (Generic, Protocol, ClassVar)
    value = _type_convert(value, module=module, allow_special_forms=allow_special_forms)
    if isinstance(value, _GenericAlias) and value.__origin__ in refused:
        raise TypeError(f"{value} is not valid as type argument")
    if value in _BARE_OK or (allow_special_forms and value in _QUALIFIERS):
        return value
    if isinstance(value, _SpecialForm) or value in (Generic, Protocol):
        raise TypeError(f"Plain {value} is not valid as type argument")
    if type(value) is tuple:
        raise TypeError(f"{msg} Got {value!r:.100}.")
    return value


def _is_param_expr(x):
    """Whether x can stand for a parameter list (of a Callable)."""
    return x is ... or isinstance(x, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _should_unflatten_callable_args(alias, arguments):
    """collections.abc.Callable[[int, str], bool] keeps its arguments flat,
    (int, str, bool); get_args and re-subscription need them regrouped."""
    if alias.__origin__ is not collections.abc.Callable:
        return False
    return len(arguments) != 2 or not _is_param_expr(arguments[0])


def _type_repr(x):
    """How an argument shows in the repr of an alias: classes by qualified
    name (builtins without the module), the ellipsis as '...', functions
    by name, lists of parameters in brackets, everything else by repr()."""
    if isinstance(x, type):
        mod = x.__module__
        return x.__qualname__ if mod == 'builtins' else f'{mod}.{x.__qualname__}'
    if x is ...:
        return '...'
    if isinstance(x, types.FunctionType):
        return x.__name__
    if isinstance(x, tuple):
        return '[' + ', '.join(map(_type_repr, x)) + ']'
    return repr(x)


def _collect_type_parameters(args, *, enforce_default_ordering=True):
    """The type variables found in args, in order of first appearance.

    With enforce_default_ordering, a parameter without a default may not come
    after one with a default, and none with a default after a TypeVarTuple."""
    found = []

    def add(p):
        if p not in found:
            found.append(p)

    seen_default = seen_tuple_var = False
    for a in args:
        if isinstance(a, type):
            continue  # a class's own __parameters__ descriptor is not wanted
        if isinstance(a, tuple):
            # a ParamSpec substituted by a list, e.g. [T, int]
            for item in a:
                for p in _collect_type_parameters([item]):
                    add(p)
        elif hasattr(a, '__typing_subst__'):
            if a in found:
                continue
            if enforce_default_ordering:
                defaulted = a.has_default()
                if defaulted and seen_tuple_var:
                    raise TypeError('Type parameter with a default follows TypeVarTuple')
                if not defaulted and seen_default:
                    raise TypeError(f'Type parameter {a!r} without a default follows '
                                    'type parameter with a default')
                seen_default = seen_default or defaulted
            found.append(a)
        else:
            seen_tuple_var = seen_tuple_var or _is_unpacked_typevartuple(a)
            for p in getattr(a, '__parameters__', ()):
                add(p)
    return tuple(found)


def _check_generic_specialization(generic, given):
    """Raise TypeError unless len(given) fits generic.__parameters__ (the
    trailing parameters with defaults may be left out)."""
    params = generic.__parameters__
    want, got = len(params), len(given)
    if not want:
        raise TypeError(f"{generic} is not a generic class")
    if got == want or (got < want and params[got].has_default()):
        return
    if got < want:
        want -= sum(1 for p in params if p.has_default())
        shown = f"at least {want}"
    else:
        shown = want
    raise TypeError(f"Too {'many' if got > want else 'few'} arguments for "
                    f"{generic}; actual {got}, expected {shown}")


def _unpack_args(*args):
    """Splice the items of *tuple[X, Y] into the argument list (but not of
    *tuple[X, ...], whose length is unknown)."""
    out = []
    for a in args:
        inner = getattr(a, '__typing_unpacked_tuple_args__', None)
        if inner is None or (inner and inner[-1] is ...):
            out.append(a)
        else:
            out.extend(inner)
    return out


def _deduplicate(items, *, unhashable_fallback=False):
    """The items once each, first occurrence first."""
    try:
        return list(dict.fromkeys(items))
    except TypeError:
        if unhashable_fallback:
            return _deduplicate_unhashable(items)
        raise


def _deduplicate_unhashable(items):
    kept = []
    for x in items:
        if x not in kept:
            kept.append(x)
    return kept


def _compare_args_orderless(left, right):
    """Multiset equality that works for unhashable items."""
    rest = list(right)
    for x in left:
        if x not in rest:
            return False
        rest.remove(x)
    return not rest


def _flatten(items, kind):
    """items with the arguments of those of class kind spliced in."""
    out = []
    for x in items:
        out.extend(x.__args__ if isinstance(x, kind) else (x,))
    return out


def _remove_dups_flatten(members):
    """Union arguments with nested unions opened and duplicates removed."""
    flat = _flatten(members, (_UnionGenericAlias, types.UnionType))
    return tuple(_deduplicate(flat, unhashable_fallback=True))


def _flatten_literal_params(values):
    """Literal arguments with nested Literal[...] opened."""
    return tuple(_flatten(values, _LiteralGenericAlias))


_cleanups, _caches = [], {}  # cache_clear functions; function -> its lru_cache


def _tp_cache(func=None, /, *, typed=False):
    """Memoise a subscription function; arguments that cannot be hashed
    skip the cache and call the function directly."""
    def wrap(fn):
        _caches[fn] = lru = functools.lru_cache(typed=typed)(fn)
        _cleanups.append(lru.cache_clear)

        @functools.wraps(fn)
        def cached(*args, **kwds):
            try:
                return _caches[fn](*args, **kwds)
            except TypeError:
                pass  # unhashable: the uncached call below reports real errors
            return fn(*args, **kwds)
        return cached

    return wrap if func is None else wrap(func)


def _warnings():
    import warnings
    return warnings


def _deprecation_warning_for_no_type_params_passed(funcname, stacklevel=3):
    _warnings().warn(
        f"Failing to pass a value to the 'type_params' parameter of {funcname!r} "
        "is deprecated, as it leads to incorrect behaviour when calling "
        f"{funcname} on a stringified annotation that references a PEP 695 "
        "type parameter. It will be disallowed in Python 3.15.",
        DeprecationWarning, stacklevel=stacklevel)


def _given_type_params(type_params, funcname):
    """type_params, or () with a deprecation warning when it was not given."""
    if type_params is not _sentinel:
        return type_params
    _deprecation_warning_for_no_type_params_passed(funcname, 4)
    return ()


class _Sentinel:
    __slots__ = ()
    __repr__ = lambda self: '<sentinel>'


_sentinel = _Sentinel()


def _eval_type(t, globalns, localns, type_params=_sentinel, *, recursive_guard=frozenset()):
    """Resolve the forward references inside t (recursively)."""
    type_params = _given_type_params(type_params, "typing._eval_type")

    def resolve(x):
        return _eval_type(x, globalns, localns, type_params, recursive_guard=recursive_guard)

    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, type_params, recursive_guard=recursive_guard)
    plain = isinstance(t, GenericAlias)
    if not (plain or isinstance(t, (_GenericAlias, types.UnionType))):
        return t
    if plain:
        # Re-subscribe so that string arguments become forward references.
        refs = tuple(ForwardRef(a) if isinstance(a, str) else a for a in t.__args__)
        starred = t.__unpacked__
        key = (refs[:-1], refs[-1]) if _should_unflatten_callable_args(t, refs) else refs
        t = t.__origin__[key]
        if starred:
            t = Unpack[t]
    done = tuple(map(resolve, t.__args__))
    if done == t.__args__:
        return t
    if isinstance(t, GenericAlias):
        return GenericAlias(t.__origin__, done)
    if isinstance(t, types.UnionType):
        return functools.reduce(operator.or_, done)
    return t.copy_with(done)


# ---------------------------------------------------------------------------
# Special forms.

class _Final:
    """Base of typing's own classes, which user code may not subclass."""

    __slots__ = ('__weakref__',)

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class _NotIterable:
    """Mixin that makes iter() fail, so that unpacking a special form
    (*Union[...]) is refused instead of yielding Unpack[...]."""

    __slots__ = ()
    __iter__ = None


def _or_union(self, rhs):
    return Union[self, rhs]


def _ror_union(self, lhs):
    return Union[lhs, self]


class _SpecialForm(_Final, _NotIterable, _root=True):
    # A name such as Union or ClassVar, subscripted through a function.
    # (No docstring: __doc__ is a slot, set from the function's.)

    __slots__ = ('_name', '__doc__', '_getitem')

    __or__, __ror__ = _or_union, _ror_union

    def __init__(self, getitem):
        self._name, self.__doc__ = getitem.__name__, getitem.__doc__
        self._getitem = getitem

    def __getattr__(self, name):
        if name not in ('__name__', '__qualname__'):
            raise AttributeError(name)
        return self._name

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return f'typing.{self._name}'

    def __reduce__(self):
        return self._name  # pickled by reference to the module attribute

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __instancecheck__(self, instance):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, klass):
        raise TypeError(f"{self} cannot be used with issubclass()")

    @_tp_cache
    def __getitem__(self, key):
        return self._getitem(self, key)


class _TypedCacheSpecialForm(_SpecialForm, _root=True):
    """A special form whose function takes the arguments spread out."""

    def __getitem__(self, key):
        return self._getitem(self, *_as_tuple(key))


class _AnyMeta(type):
    def __instancecheck__(self, instance):
        if self is not Any:
            return super().__instancecheck__(instance)
        raise TypeError("typing.Any cannot be used with isinstance()")

    def __repr__(self):
        return "typing.Any" if self is Any else super().__repr__()


class Any(metaclass=_AnyMeta):
    """The type every type is consistent with, in both directions.

    It cannot be instantiated nor used with isinstance(); it may be
    subclassed, to let a class pass where anything is accepted."""

    def __new__(cls, *args, **kwargs):
        if cls is not Any:
            return super().__new__(cls)
        raise TypeError("Any cannot be instantiated")


def _not_subscriptable(form, key):
    raise TypeError(f"{form} is not subscriptable")


def _make_special(fn, impl=_not_subscriptable):
    """A _SpecialForm named and documented after fn, subscripted by impl."""
    def getitem(form, key):
        return impl(form, key)
    getitem.__name__ = getitem.__qualname__ = fn.__name__
    getitem.__doc__ = fn.__doc__
    return _SpecialForm(getitem)


def _special_with(impl):
    return functools.partial(_make_special, impl=impl)


@_make_special
def NoReturn():
    """The type of a function that never returns (it always raises, or
    loops forever).  The same as Never."""


@_make_special
def Never():
    """The bottom type, which has no values: the type of what can never
    happen, for example after an exhaustive isinstance chain."""


@_make_special
def Self():
    """The type of the instance the method is bound to (PEP 673)."""


@_make_special
def LiteralString():
    """Any string literal, or a string built only from literals (PEP 675)."""


@_make_special
def TypeAlias():
    """Marks an assignment as the definition of a type alias (PEP 613):
    ``Numbers: TypeAlias = list[int]``."""


def _one_arg_form(form, key, allow_special_forms=False):
    """form[key] for the forms taking exactly one type."""
    arg = _type_check(key, f'{form} accepts only single type.',
                      allow_special_forms=allow_special_forms)
    return _GenericAlias(form, (arg,))


def _qualifier(form, key):
    return _one_arg_form(form, key, allow_special_forms=True)


@_special_with(_qualifier)
def ClassVar():
    """Marks a class attribute that instances do not have (dataclasses
    skip it).  ClassVar[int] accepts exactly one type."""


@_special_with(_qualifier)
def Final():
    """Marks a name that may not be re-assigned or overridden (PEP 591)."""


def _union_getitem(form, key):
    if key == ():
        raise TypeError("Cannot take a Union of no types.")
    members = _remove_dups_flatten(
        [_type_check(m, "Union[arg, ...]: each arg must be a type.") for m in _as_tuple(key)])
    if len(members) == 1:
        return members[0]
    optional = len(members) == 2 and _NoneType in members
    return _UnionGenericAlias(form, members, name="Optional" if optional else None)


@_special_with(_union_getitem)
def Union():
    """Union[X, Y] (also written X | Y) is either X or Y.

    Nested unions are opened, duplicates dropped, the order of first
    appearance kept; a union of one type is that type."""


def _make_union(left, right):
    """TypeVar.__or__ and __ror__ call this, so that a union may contain
    strings (forward references), which types.UnionType refuses."""
    return Union[(left, right)]


def _optional_getitem(form, key):
    return Union[_type_check(key, f"{form} requires a single type."), _NoneType]


@_special_with(_optional_getitem)
def Optional():
    """Optional[X] is Union[X, None]."""


def Literal(form, *values):
    """Literal[v1, v2, ...]: exactly one of these values (PEP 586).

    Duplicates are dropped (1 and True count as different, since their
    types differ) and nested Literal[...] opened."""
    values = _flatten_literal_params(values)
    try:
        values = tuple(v for v, _ in _deduplicate(_value_and_type_iter(values)))
    except TypeError:  # unhashable values stay as they are
        pass
    return _LiteralGenericAlias(form, values)


Literal = _TypedCacheSpecialForm(_tp_cache(typed=True)(Literal))


def Concatenate(form, key):
    """Concatenate[A, B, P]: the parameters A and B followed by those of
    the ParamSpec P, for Callable[Concatenate[...], R] (PEP 612)."""
    if key == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    *head, last = _as_tuple(key)
    if last is not ... and not isinstance(last, ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec "
                        "variable or ellipsis.")
    head = [_type_check(h, "Concatenate[arg, ...]: each arg must be a type.") for h in head]
    return _ConcatenateGenericAlias(form, (*head, last))


Concatenate = _SpecialForm(Concatenate)


@_special_with(_one_arg_form)
def TypeGuard():
    """The return annotation of a function that narrows its argument to a
    type when it returns True (PEP 647)."""


@_special_with(_one_arg_form)
def TypeIs():
    """Like TypeGuard, but also narrows the argument away from the type
    when the function returns False (PEP 742)."""


_BARE_OK = (Any, LiteralString, NoReturn, Never, Self, TypeAlias)
_QUALIFIERS = (ClassVar, Final)


# ---------------------------------------------------------------------------
# Forward references.

class ForwardRef(_Final, _root=True):
    """A type written as a string, evaluated later by get_type_hints()."""

    __slots__ = ('__forward_arg__', '__forward_code__', '__forward_evaluated__',
                 '__forward_value__', '__forward_is_argument__',
                 '__forward_is_class__', '__forward_module__')

    __or__, __ror__ = _or_union, _ror_union

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        # '*Ts' (from `*args: *Ts`) is not an expression on its own.
        source = f'({arg},)[0]' if arg.startswith('*') else arg
        try:
            compiled = compile(source, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError(f"Forward reference must be an expression -- got {arg!r}")
        self.__forward_arg__, self.__forward_code__ = arg, compiled
        self.__forward_evaluated__, self.__forward_value__ = False, None
        self.__forward_is_argument__, self.__forward_is_class__ = is_argument, is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, type_params=_sentinel, *, recursive_guard):
        type_params = _given_type_params(type_params, "typing.ForwardRef._evaluate")
        text = self.__forward_arg__
        if text in recursive_guard:
            return self
        if self.__forward_evaluated__ and localns is globalns:
            return self.__forward_value__
        if globalns is None:
            globalns = {} if localns is None else localns
        localns = globalns if localns is None else localns
        if self.__forward_module__ is not None:
            home = sys.modules.get(self.__forward_module__, None)
            globalns = getattr(home, '__dict__', globalns)
        if type_params:
            # Type parameters live in a scope of their own: above the
            # globals, below a class body's names.
            globalns, localns = dict(globalns), dict(localns)
            for tp in type_params:
                if self.__forward_is_class__ and tp.__name__ in globalns:
                    continue
                globalns[tp.__name__] = tp
                localns.pop(tp.__name__, None)
        found = eval(self.__forward_code__, globalns, localns)
        found = _type_check(found, "Forward references must evaluate to types.",
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        self.__forward_value__ = _eval_type(found, globalns, localns, type_params,
                                            recursive_guard=recursive_guard | {text})
        self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, that):
        if not isinstance(that, ForwardRef):
            return NotImplemented
        if self.__forward_arg__ != that.__forward_arg__:
            return False
        if self.__forward_evaluated__ and that.__forward_evaluated__:
            return self.__forward_value__ == that.__forward_value__
        return self.__forward_module__ == that.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        mod = self.__forward_module__
        extra = '' if mod is None else f', module={mod!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


# ---------------------------------------------------------------------------
# Substitution hooks the native TypeVar, ParamSpec and TypeVarTuple call.

def _is_unpacked_typevartuple(x):
    if isinstance(x, type):
        return False
    return bool(getattr(x, '__typing_is_unpacked_typevartuple__', False))


def _is_typevar_like(x):
    return _is_unpacked_typevartuple(x) or isinstance(x, (TypeVar, ParamSpec))


def _typevar_subst(tv, value):
    value = _type_check(value, "Parameters to generic types must be types.", is_argument=True)
    if isinstance(value, _GenericAlias):
        starred = value.__origin__ is Unpack
    else:
        starred = isinstance(value, GenericAlias) and getattr(value, '__unpacked__', False)
    if starred:
        raise TypeError(f"{value} is not valid as type argument")
    return value


def _typevartuple_prepare_subst(tvt, alias, given):
    """Group the arguments a TypeVarTuple takes into one tuple."""
    params = alias.__parameters__
    at = params.index(tvt)
    if any(isinstance(p, TypeVarTuple) for p in params[at + 1:]):
        raise TypeError(f"More than one TypeVarTuple parameter in {alias}")
    count, nparams = len(given), len(params)
    before, after = at, nparams - at - 1
    star_at = filler = None
    for k, g in enumerate(given):
        inner = None if isinstance(g, type) else getattr(g, '__typing_unpacked_tuple_args__', None)
        if not inner or len(inner) != 2 or inner[-1] is not ...:
            continue
        if star_at is not None:
            raise TypeError("More than one unpacked arbitrary-length tuple argument")
        star_at, filler = k, inner[0]
    if star_at is not None:
        before, after = min(before, star_at), min(after, count - star_at - 1)
    elif before + after > count:
        raise TypeError(f"Too few arguments for {alias}; actual {count}, "
                        f"expected at least {nparams - 1}")
    if before == count - after and tvt.has_default():
        middle = _unpack_args(tvt.__default__)
    else:
        middle = given[before:count - after]
    return (*given[:before], *[filler] * (at - before), middle,
            *[filler] * (nparams - after - before - at - 1), *given[count - after:])


def _paramspec_subst(ps, value):
    if isinstance(value, (list, tuple)):
        return tuple(_type_check(v, "Expected a type.") for v in value)
    if _is_param_expr(value):
        return value
    raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or "
                    f"Concatenate. Got {value}")


def _paramspec_prepare_subst(ps, alias, given):
    params = alias.__parameters__
    at = params.index(ps)
    if at == len(given) and ps.has_default():
        given = (*given, ps.__default__)
    if at >= len(given):
        raise TypeError(f"Too few arguments for {alias}")
    if len(params) == 1 and not _is_param_expr(given[0]):
        # X[int, str] means X[[int, str]] when P is the only parameter.
        return (given,)
    if isinstance(given[at], list):
        given = (*given[:at], tuple(given[at]), *given[at + 1:])
    return given


@_tp_cache
def _generic_class_getitem(cls, args):
    """Generic.__class_getitem__: Generic[T, ...] and Protocol[T, ...]
    declare parameters; C[int] for a generic class C substitutes them."""
    given = tuple(map(_type_convert, _as_tuple(args)))
    if cls is Generic or cls is Protocol:
        if not given:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        if not all(map(_is_typevar_like, given)):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                            "or parameter specification variables.")
        if len(given) != len(set(given)):
            raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        return _GenericAlias(cls, given)
    params = cls.__parameters__
    for p in params:
        hook = getattr(p, '__typing_prepare_subst__', None)
        given = given if hook is None else hook(cls, given)
    _check_generic_specialization(cls, given)
    flat = []
    for p, g in zip(params, given):
        flat.extend(g) if isinstance(p, TypeVarTuple) else flat.append(g)
    return _GenericAlias(cls, tuple(flat))


def _generic_init_subclass(cls, *args, **kwargs):
    """Generic.__init_subclass__: work out the subclass's __parameters__."""
    super(Generic, cls).__init_subclass__(*args, **kwargs)
    orig = cls.__dict__.get('__orig_bases__')
    if orig is not None:
        plain = Generic in orig
    else:
        plain = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                 and type(cls) != _TypedDictMeta)
    if plain:
        raise TypeError("Cannot inherit from plain Generic")
    if orig is None:
        cls.__parameters__ = ()
        return
    params = _collect_type_parameters(orig)
    declared = [b for b in orig if isinstance(b, _GenericAlias) and b.__origin__ is Generic]
    if len(declared) > 1:
        raise TypeError("Cannot inherit from Generic[...] multiple times.")
    if declared:
        listed = declared[0].__parameters__
        stray = [p for p in params if p not in set(listed)]
        if stray:
            raise TypeError(f"Some type variables ({', '.join(map(str, stray))}) are not "
                            f"listed in Generic[{', '.join(map(str, listed))}]")
        params = listed
    cls.__parameters__ = tuple(params)


# ---------------------------------------------------------------------------
# Generic aliases.

def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__'


_ALIAS_OWN_ATTRS = frozenset({'_name', '_inst', '_nparams', '_defaults'})


def _brings_generic(base, bases):
    if isinstance(base, _BaseGenericAlias):
        return True
    if isinstance(base, type):
        return issubclass(base, Generic)
    entries = getattr(base, "__mro_entries__", None)
    entries = entries(bases) if entries else None
    return isinstance(entries, tuple) and any(
        isinstance(e, type) and issubclass(e, Generic) for e in entries)


class _BaseGenericAlias(_Final, _root=True):
    """What the aliases have in common: an origin (a class or special form),
    a name for the typing.X ones, and whether calling creates instances."""

    def __init__(self, origin, *, inst=True, name=None):
        self.__origin__ = origin
        self._inst, self._name = inst, name
        self.__slots__ = None

    def __call__(self, *args, **kwargs):
        origin = self.__origin__
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use "
                            f"{origin.__name__}() instead")
        made = origin(*args, **kwargs)
        try:
            made.__orig_class__ = self
        except Exception:  # objects without a writable dict refuse it
            pass
        return made

    def __mro_entries__(self, bases):
        # Generic is added unless a later base brings it (itself, as a
        # subclass, or through its own __mro_entries__), so that it appears
        # once among the final bases.
        entries = () if self.__origin__ in bases else (self.__origin__,)
        later = bases[bases.index(self) + 1:]
        if any(map(_brings_generic, later, [bases] * len(later))):
            return entries
        return (*entries, Generic)

    def __getattr__(self, name):
        if name == '__name__' or name == '__qualname__':
            return self._name or self.__origin__.__name__
        # List[int].append and the like come from the origin; dunders do not
        # (copy and pickle probe for them).
        relay = (name not in ('__origin__', '__args__') and not _is_dunder(name)
                 and '__origin__' in self.__dict__)
        if relay:
            return getattr(self.__origin__, name)
        raise AttributeError(name)

    def __setattr__(self, name, value):
        if name in _ALIAS_OWN_ATTRS or _is_dunder(name):
            super().__setattr__(name, value)
        else:
            setattr(self.__origin__, name, value)

    def __instancecheck__(self, instance):
        return self.__subclasscheck__(type(instance))

    def __subclasscheck__(self, klass):
        raise TypeError("Subscripted generics cannot be used with class and "
                        "instance checks")

    def __dir__(self):
        mine = super().__dir__()
        return list(set(mine).union(n for n in dir(self.__origin__) if not _is_dunder(n)))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """An origin with arguments: List[int], Box[T], ClassVar[str], ...

    Its __parameters__ are the type variables still free in the arguments;
    subscripting substitutes them."""

    __or__, __ror__ = _or_union, _ror_union

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        args = _as_tuple(args)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        ordered = origin in (Generic, Protocol)
        self.__parameters__ = _collect_type_parameters(args, enforce_default_ordering=ordered)
        if not name:
            self.__module__ = origin.__module__

    def __eq__(self, that):
        if isinstance(that, _GenericAlias):
            return (self.__origin__, self.__args__) == (that.__origin__, that.__args__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    @_tp_cache
    def __getitem__(self, key):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        values = _unpack_args(*map(_type_convert, _as_tuple(key)))
        return self.copy_with(self._determine_new_args(values))

    def _determine_new_args(self, values):
        """The new __args__ once the parameters take the given values."""
        params = self.__parameters__
        for p in params:
            hook = getattr(p, '__typing_prepare_subst__', None)
            if hook is not None:
                values = hook(self, values)
        got, want = len(values), len(params)
        if got != want:
            raise TypeError(f"Too {'many' if got > want else 'few'} arguments for {self}; "
                            f"actual {got}, expected {want}")
        return tuple(self._make_substitution(self.__args__, dict(zip(params, values))))

    def _make_substitution(self, old_args, value_of):
        out = []
        flat_callable = self.__origin__ == collections.abc.Callable
        for old in old_args:
            if isinstance(old, type):
                out.append(old)
                continue
            subst = getattr(old, '__typing_subst__', None)
            if subst:
                new = subst(value_of[old])
            elif inner := getattr(old, '__parameters__', ()):
                values = []
                for p in inner:
                    v = value_of[p]
                    values.extend(v) if isinstance(p, TypeVarTuple) else values.append(v)
                new = old[tuple(values)]
            else:
                new = old
            if (flat_callable and isinstance(new, tuple)) or _is_unpacked_typevartuple(old):
                # Callable[P, T][[int, str], float] stays flat; *Ts takes several.
                out.extend(new)
            elif isinstance(old, tuple):
                out.append(tuple(self._make_substitution(old, value_of)))
            else:
                out.append(new)
        return out

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        head = f'typing.{self._name}' if self._name else _type_repr(self.__origin__)
        shown = ", ".join(map(_type_repr, self.__args__)) or "()"
        return f'{head}[{shown}]'

    def __reduce__(self):
        target = globals()[self._name] if self._name else self.__origin__
        key = tuple(self.__args__)
        if len(key) == 1 and not isinstance(key[0], tuple):
            key = key[0]
        return operator.getitem, (target, key)

    def __mro_entries__(self, bases):
        origin = self.__origin__
        if isinstance(origin, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:  # List[int] and friends
            return super().__mro_entries__(bases)
        if origin is Generic:
            if Protocol in bases:
                return ()
            later = bases[bases.index(self) + 1:]
            if any(isinstance(b, _BaseGenericAlias) and b is not self for b in later):
                return ()
        return (origin,)

    def __iter__(self):
        yield Unpack[self]


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """typing.List, typing.Mapping, ...: an unsubscripted alias of a class
    taking nparams arguments (the last ones may have defaults)."""

    __or__, __ror__ = _or_union, _ror_union

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        super().__init__(origin, inst=inst, name=origin.__name__ if name is None else name)
        self._nparams, self._defaults = nparams, defaults
        where = '' if origin.__module__ == 'builtins' else origin.__module__ + '.'
        self.__doc__ = f'A generic version of {where}{origin.__qualname__}.'

    @_tp_cache
    def __getitem__(self, key):
        msg = "Parameters to generic types must be types."
        values = tuple(_type_check(k, msg) for k in _as_tuple(key))
        want, defaults = self._nparams, self._defaults
        if defaults and len(values) < want <= len(values) + len(defaults):
            values += defaults[len(values) - want:]
        got = len(values)
        if got == want:
            return self.copy_with(values)
        if not want:
            raise TypeError(f"{self} is not a generic class")
        shown = f"at least {want - len(defaults)}" if defaults else str(want)
        raise TypeError(f"Too {'many' if got > want else 'few'} arguments for {self}; "
                        f"actual {got}, expected {shown}")

    def copy_with(self, args):
        return _GenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        return f'typing.{self._name}'

    def __subclasscheck__(self, klass):
        if isinstance(klass, _SpecialGenericAlias):
            return issubclass(klass.__origin__, self.__origin__)
        if isinstance(klass, _GenericAlias):
            return super().__subclasscheck__(klass)
        return issubclass(klass, self.__origin__)

    def __reduce__(self):
        return self._name


class _DeprecatedGenericAlias(_SpecialGenericAlias, _root=True):
    """An alias whose isinstance checks warn (typing.ByteString)."""

    def __init__(self, origin, nparams, *, removal_version, inst=True, name=None):
        super().__init__(origin, nparams, inst=inst, name=name)
        self._removal_version = removal_version

    def __instancecheck__(self, instance):
        _warnings()._deprecated(f"{self.__module__}.{self._name}",
                                remove=self._removal_version)
        return super().__instancecheck__(instance)


def _callable_is_flat(args):
    """Whether Callable arguments are (params..., result) rather than
    (ParamSpec-like, result)."""
    return not (len(args) == 2 and _is_param_expr(args[0]))


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        assert self._name == 'Callable'
        *params, result = self.__args__
        if not _callable_is_flat(self.__args__):
            return super().__repr__()
        return f'typing.Callable[[{", ".join(map(_type_repr, params))}], {_type_repr(result)}]'

    def __reduce__(self):
        key = self.__args__
        if _callable_is_flat(key):
            key = list(key[:-1]), key[-1]
        return operator.getitem, (Callable, key)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, name=self._name, inst=self._inst)

    def __getitem__(self, key):
        if type(key) is not tuple and not isinstance(key, tuple) or len(key) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        params, result = key
        # Lists are not hashable: the cache below sees a tuple.
        return self.__getitem_inner__((tuple(params) if isinstance(params, list) else params,
                                       result))

    @_tp_cache
    def __getitem_inner__(self, key):
        params, result = key
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        if params is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        return self.copy_with((*map(_type_convert, _as_tuple(params)), result))


class _TupleType(_SpecialGenericAlias, _root=True):
    @_tp_cache
    def __getitem__(self, key):
        items = _as_tuple(key)
        if len(items) > 1 and items[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            return self.copy_with((*[_type_check(i, msg) for i in items[:-1]], _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        return self.copy_with(tuple(_type_check(i, msg) for i in items))


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def copy_with(self, args):
        return Union[args]

    def __eq__(self, that):
        if not isinstance(that, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        try:
            return set(self.__args__) == set(that.__args__)
        except TypeError:  # unhashable arguments
            return _compare_args_orderless(self.__args__, that.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        members = self.__args__
        if len(members) == 2 and _NoneType in members:
            other = members[1] if members[0] is _NoneType else members[0]
            return f'typing.Optional[{_type_repr(other)}]'
        return super().__repr__()

    def __instancecheck__(self, instance):
        return self.__subclasscheck__(type(instance))

    def __subclasscheck__(self, klass):
        return any(issubclass(klass, m) for m in self.__args__)

    def __reduce__(self):
        getitem, (_, key) = super().__reduce__()
        return getitem, (Union, key)


def _value_and_type_iter(values):
    return ((v, type(v)) for v in values)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def _typed_values(self):
        return frozenset(_value_and_type_iter(self.__args__))

    def __eq__(self, that):
        if isinstance(that, _LiteralGenericAlias):
            return self._typed_values() == that._typed_values()
        return NotImplemented

    def __hash__(self):
        return hash(self._typed_values())


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, args):
        *head, last = args
        if isinstance(last, (list, tuple)):
            return (*head, *last)
        if isinstance(last, _ConcatenateGenericAlias):
            args = (*head, *last.__args__)
        return super().copy_with(args)


def _unpack_getitem(form, key):
    arg = _type_check(key, f'{form} accepts only single type.')
    return _UnpackGenericAlias(origin=form, args=(arg,))


@_special_with(_unpack_getitem)
def Unpack():
    """Unpack[Ts] is *Ts: a TypeVarTuple or tuple[...] spread into the
    surrounding argument list (PEP 646).  Unpack of a TypedDict types
    **kwargs (PEP 692)."""


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return f'typing.Unpack[{_type_repr(self._only_arg())}]'

    def _only_arg(self):
        assert self.__origin__ is Unpack and len(self.__args__) == 1
        return self.__args__[0]

    def __getitem__(self, key):
        if self.__typing_is_unpacked_typevartuple__:
            return key
        return super().__getitem__(key)

    @property
    def __typing_unpacked_tuple_args__(self):
        inner = self._only_arg()
        if not isinstance(inner, (_GenericAlias, types.GenericAlias)):
            return None
        if inner.__origin__ is not tuple:
            raise TypeError("Unpack[...] must be used with a tuple type")
        return inner.__args__

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self._only_arg(), TypeVarTuple)


class _TypingEllipsis:
    """Stands for ... in Callable[..., R] and Tuple[X, ...] while the
    arguments are built."""


# ---------------------------------------------------------------------------
# Protocols.

# Bookkeeping names of generic classes and protocols, and the names every
# class body has: none of them counts as a protocol member.
_TYPING_INTERNALS = frozenset(
    '__parameters__ __orig_bases__ __orig_class__ _is_protocol _is_runtime_protocol '
    '__protocol_attrs__ __non_callable_proto_members__ __type_params__'.split())

_SPECIAL_NAMES = frozenset(
    '__abstractmethods__ __annotations__ __dict__ __doc__ __init__ __module__ __new__ '
    '__slots__ __subclasshook__ __weakref__ __class_getitem__ __match_args__ '
    '__static_attributes__ __firstlineno__'.split())

EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS.union(_SPECIAL_NAMES, ['_MutableMapping__marker'])


def _get_protocol_attrs(proto):
    """The members a protocol asks for: the names its classes (but Protocol,
    Generic and object) define or annotate, bookkeeping names aside."""
    members = set()
    for klass in proto.__mro__[:-1]:
        if klass.__name__ == 'Protocol' or klass.__name__ == 'Generic':
            continue
        names = [*klass.__dict__, *getattr(klass, '__annotations__', {})]
        members.update(n for n in names
                       if n not in EXCLUDED_ATTRIBUTES and not n.startswith('_abc_'))
    return members


def _no_init_or_replace_init(self, *args, **kwargs):
    """The __init__ given to protocols: a protocol itself cannot be
    instantiated; a concrete subclass finds the real __init__ along its MRO
    the first time and installs it."""
    kind = type(self)
    if kind._is_protocol:
        raise TypeError('Protocols cannot be instantiated')
    if kind.__init__ is _no_init_or_replace_init:
        inits = (k.__dict__.get('__init__', _no_init_or_replace_init) for k in kind.__mro__)
        kind.__init__ = next((i for i in inits if i is not _no_init_or_replace_init),
                             object.__init__)
        kind.__init__(self, *args, **kwargs)


def _caller(depth=1, default='__main__'):
    """The name of the module depth frames above the caller."""
    getname = getattr(sys, '_getframemodulename', None)
    if getname is not None:
        return getname(depth + 1) or default
    try:
        return sys._getframe(depth + 1).f_globals.get('__name__', default)
    except (AttributeError, ValueError):
        return None


def _allow_reckless_class_checks(depth=2):
    """abc and functools run isinstance/issubclass over whole MROs, which
    may hold non-runtime protocols: they are let through."""
    return _caller(depth) in ('abc', 'functools', None)


# Classes outside typing that protocols may derive from.
_PROTO_ALLOWLIST = {
    'collections.abc': ('Callable Awaitable Iterable Iterator AsyncIterable Hashable '
                        'Sized Container Collection Reversible Buffer').split(),
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


_MISSING = object()


def _getattr_static(obj, name):
    """inspect.getattr_static, reduced to what protocol checks need: look
    name up without running descriptors or __getattr__."""
    mro_of = type.__dict__['__mro__'].__get__
    dict_of = type.__dict__['__dict__'].__get__
    try:
        own = object.__getattribute__(obj, '__dict__')
    except AttributeError:
        own = None
    in_class = next((dict_of(k)[name] for k in mro_of(type(obj)) if name in dict_of(k)),
                    _MISSING)
    if in_class is not _MISSING:
        kind = type(in_class)
        if hasattr(kind, '__set__') or hasattr(kind, '__delete__'):
            return in_class  # data descriptors win over the instance dict
    if isinstance(own, dict) and name in own:
        return own[name]
    if in_class is not _MISSING:
        return in_class
    if isinstance(obj, type):
        for k in mro_of(obj):
            if name in dict_of(k):
                return dict_of(k)[name]
    raise AttributeError(name)


copyreg.pickle(ParamSpecArgs, lambda a: (ParamSpecArgs, (a.__origin__,)))
copyreg.pickle(ParamSpecKwargs, lambda a: (ParamSpecKwargs, (a.__origin__,)))


_abc_instancecheck, _abc_subclasscheck = ABCMeta.__instancecheck__, ABCMeta.__subclasscheck__


def _type_check_issubclass_arg_1(x):
    """issubclass()'s own message for a first argument that is no class."""
    if isinstance(x, type):
        return
    raise TypeError('issubclass() arg 1 must be a class')


def _proto_base_ok(base):
    if base is object or base is Generic:
        return True
    if base.__name__ in _PROTO_ALLOWLIST.get(base.__module__, ()):
        return True
    return issubclass(base, Generic) and getattr(base, "_is_protocol", False)


_RUNTIME_ONLY = "Instance and class checks can only be used with @runtime_checkable protocols"


class _ProtocolMeta(ABCMeta):
    """Metaclass of Protocol: checks bases, records the members and makes
    isinstance/issubclass structural for @runtime_checkable protocols."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        defining_protocol = name == "Protocol" and bases == (Generic,)
        if not defining_protocol and Protocol in bases:
            bad = next((b for b in bases if not _proto_base_ok(b)), None)
            if bad is not None:
                raise TypeError(f"Protocols can only inherit from other protocols, got {bad!r}")
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def __init__(proto, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(proto, "_is_protocol", False):
            proto.__protocol_attrs__ = _get_protocol_attrs(proto)

    def __subclasscheck__(proto, klass):
        if proto is Protocol:
            return type.__subclasscheck__(proto, klass)
        if getattr(proto, '_is_protocol', False) and not _allow_reckless_class_checks():
            if not getattr(proto, '_is_runtime_protocol', False):
                _type_check_issubclass_arg_1(klass)
                raise TypeError(_RUNTIME_ONLY)
            data = proto.__non_callable_proto_members__
            if data and proto.__dict__.get("__subclasshook__") is _proto_hook:
                _type_check_issubclass_arg_1(klass)
                listed = str(sorted(data))[1:-1]
                raise TypeError("Protocols with non-method members don't support "
                                f"issubclass(). Non-method members: {listed}.")
        return _abc_subclasscheck(proto, klass)

    def __instancecheck__(proto, instance):
        if proto is Protocol:
            return type.__instancecheck__(proto, instance)
        if not getattr(proto, "_is_protocol", False):
            return _abc_instancecheck(proto, instance)  # a concrete subclass
        runtime = getattr(proto, '_is_runtime_protocol', False)
        if not runtime and not _allow_reckless_class_checks():
            raise TypeError(_RUNTIME_ONLY)
        if _abc_instancecheck(proto, instance):
            return True
        for member in proto.__protocol_attrs__:
            try:
                found = _getattr_static(instance, member)
            except AttributeError:
                return False
            if found is None and member not in proto.__non_callable_proto_members__:
                return False  # a method explicitly set to None
        return True


def _member_in(klass, member, other):
    """Whether member is defined on klass (True), blocked by None there
    (None), annotated on a protocol klass (True) or absent (False)."""
    d = klass.__dict__
    if member in d:
        return None if d[member] is None else True
    notes = getattr(klass, '__annotations__', {})
    return (isinstance(notes, collections.abc.Mapping) and member in notes
            and issubclass(other, Generic) and getattr(other, '_is_protocol', False))


@classmethod
def _proto_hook(proto, other):
    """__subclasshook__ of protocols: every member must be found on other's
    MRO (annotated, for a sub-protocol), and none may be None."""
    if not proto.__dict__.get('_is_protocol', False):
        return NotImplemented
    for member in proto.__protocol_attrs__:
        state = False
        for klass in other.__mro__:
            state = _member_in(klass, member, other)
            if state is not False:
                break
        if not state:
            return NotImplemented
    return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class of protocols: classes that describe the methods and
    attributes a type must have, for structural ("duck") typing (PEP 544).

        class SupportsClose(Protocol):
            def close(self) -> None: ...

    Any class with a suitable close() matches, without inheriting from it.
    A protocol decorated with @runtime_checkable also works with
    isinstance() and issubclass(), which only check that the members exist.
    Generic protocols are written class P[T](Protocol) or Protocol[T]."""

    __slots__ = ()
    _is_protocol, _is_runtime_protocol = True, False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        own = cls.__dict__
        if not own.get('_is_protocol', False):
            cls._is_protocol = Protocol in cls.__bases__
        if '__subclasshook__' not in own:
            cls.__subclasshook__ = _proto_hook
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


# ---------------------------------------------------------------------------
# Annotated.

class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """Annotated[T, x, ...]: T carrying the metadata x, ...; nested
    Annotated flatten, the innermost metadata first."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            origin, metadata = origin.__origin__, origin.__metadata__ + metadata
        super().__init__(origin, origin, name='Annotated')
        self.__metadata__ = metadata

    def copy_with(self, args):
        (inner,) = args
        return _AnnotatedAlias(inner, self.__metadata__)

    def __repr__(self):
        shown = ", ".join(map(repr, self.__metadata__))
        return f"typing.Annotated[{_type_repr(self.__origin__)}, {shown}]"

    def __reduce__(self):
        return operator.getitem, (Annotated, (self.__origin__, *self.__metadata__))

    def __eq__(self, that):
        if isinstance(that, _AnnotatedAlias):
            return (self.__origin__, self.__metadata__) == (that.__origin__, that.__metadata__)
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, name):
        if name == '__name__' or name == '__qualname__':
            return 'Annotated'
        return super().__getattr__(name)

    def __mro_entries__(self, bases):
        return (self.__origin__,)


def Annotated(form, *args):
    """Annotated[T, x]: the type T with context-specific metadata x (PEP 593).

    Type checkers see T; get_type_hints(include_extras=True) and the
    alias's __metadata__ give the metadata to the code that wants it.  At
    least a type and one piece of metadata are required."""
    if len(args) < 2:
        raise TypeError("Annotated[...] should be used with at least two "
                        "arguments (a type and an annotation).")
    first, *metadata = args
    if _is_unpacked_typevartuple(first):
        raise TypeError("Annotated[...] should not be used with an unpacked TypeVarTuple")
    first = _type_check(first, "Annotated[t, ...]: t must be a type.", allow_special_forms=True)
    return _AnnotatedAlias(first, tuple(metadata))


Annotated = _TypedCacheSpecialForm(_tp_cache(typed=True)(Annotated))


def runtime_checkable(cls):
    """Let isinstance() and issubclass() work with the protocol cls (they
    then only check that its members are present)."""
    if not (issubclass(cls, Generic) and getattr(cls, '_is_protocol', False)):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, '
                        f'got {cls!r}')
    cls._is_runtime_protocol = True
    data = set()
    for member in cls.__protocol_attrs__:
        try:
            if not callable(getattr(cls, member, None)):
                data.add(member)
        except Exception as e:
            raise TypeError(f"Failed to determine whether protocol member {member!r} "
                            "is a method member") from e
    cls.__non_callable_proto_members__ = data
    return cls


def cast(typ, val):
    """Tell a type checker that val has the type typ; at run time val is
    returned as it is, unchecked."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm that val's inferred type is typ; at run
    time val is returned unchanged."""
    return val


# ---------------------------------------------------------------------------
# Introspection.

# Objects that may lack __annotations__ but still count as annotatable.
_allowed_types = (types.FunctionType, types.BuiltinFunctionType, types.MethodType,
                  types.ModuleType, WrapperDescriptorType, MethodWrapperType,
                  MethodDescriptorType)


def _resolve_hint(hint, gns, lns, type_params, is_argument, is_class):
    if hint is None:
        hint = _NoneType
    elif isinstance(hint, str):
        hint = ForwardRef(hint, is_argument=is_argument, is_class=is_class)
    return _eval_type(hint, gns, lns, type_params)


def _class_hints(cls, globalns, localns):
    hints = {}
    for klass in cls.__mro__[::-1]:
        notes = klass.__dict__.get('__annotations__', {})
        if isinstance(notes, types.GetSetDescriptorType):
            notes = {}
        gns = globalns
        if gns is None:
            gns = getattr(sys.modules.get(klass.__module__, None), '__dict__', {})
        lns = dict(vars(klass)) if localns is None else localns
        if localns is None and globalns is None:
            # Historical order: a class's forward references see the
            # module's names before the class body's.
            gns, lns = lns, gns
        for key, hint in notes.items():
            hints[key] = _resolve_hint(hint, gns, lns, klass.__type_params__, False, True)
    return hints


def _object_globals(obj):
    if isinstance(obj, types.ModuleType):
        return obj.__dict__
    while hasattr(obj, '__wrapped__'):
        obj = obj.__wrapped__
    return getattr(obj, '__globals__', {})


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a module, class, method or function, with the
    string ones (forward references) evaluated and None replaced by
    NoneType.  A class's dict includes the annotations of its bases.
    Annotated[T, ...] becomes T unless include_extras is true.

    Names in forward references are looked up in localns then globalns;
    by default both are the globals of obj (of its module for a class, where
    the class body's names come second).  One namespace given serves as
    both.  An object marked with @no_type_check gives {}."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        hints = _class_hints(obj, globalns, localns)
    else:
        gns = _object_globals(obj) if globalns is None else globalns
        lns = gns if localns is None else localns
        notes = getattr(obj, '__annotations__', None)
        if notes is None:
            if not isinstance(obj, _allowed_types):
                raise TypeError(f'{obj!r} is not a module, class, method, or function.')
            return {}
        tparams = getattr(obj, '__type_params__', ())
        in_signature = not isinstance(obj, types.ModuleType)
        hints = {key: _resolve_hint(hint, gns, lns, tparams, in_signature, False)
                 for key, hint in dict(notes).items()}
    if not include_extras:
        hints = {key: _strip_annotations(hint) for key, hint in hints.items()}
    return hints


def _strip_annotations(t):
    """t without Annotated, Required, NotRequired and ReadOnly wrappers."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if getattr(t, '__origin__', None) in _KEY_QUALIFIERS:
        return _strip_annotations(t.__args__[0])
    if not isinstance(t, (_GenericAlias, GenericAlias, types.UnionType)):
        return t
    bare = tuple(map(_strip_annotations, t.__args__))
    if bare == t.__args__:
        return t
    if isinstance(t, _GenericAlias):
        return t.copy_with(bare)
    if isinstance(t, GenericAlias):
        return GenericAlias(t.__origin__, bare)
    return functools.reduce(operator.or_, bare)


def get_origin(tp):
    """The unsubscripted form of tp: list for list[int] and List[int],
    collections.abc.Callable for Callable[...], Union, Literal, ClassVar,
    Annotated, Generic, ... for those forms, types.UnionType for int | str,
    the ParamSpec for P.args and P.kwargs; None for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return Generic if tp is Generic else None


def get_args(tp):
    """The arguments tp was subscripted with, as a tuple ((int, str) for
    Dict[int, str]); a Callable's parameters come back as a list
    (([int], str) for Callable[[int], str]).  () for anything else."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__, *tp.__metadata__)
    if isinstance(tp, (_GenericAlias, GenericAlias)):
        found = tp.__args__
        if _should_unflatten_callable_args(tp, found):
            return (list(found[:-1]), found[-1])
        return found
    return tp.__args__ if isinstance(tp, types.UnionType) else ()


def is_typeddict(tp):
    """Whether tp is a class made by TypedDict."""
    return isinstance(tp, _TypedDictMeta)


_ASSERT_NEVER_REPR_MAX_LENGTH = 100


def assert_never(arg: Never, /) -> Never:
    """Mark code a type checker should prove unreachable (for instance the
    last branch of an exhaustive match); reaching it at run time raises
    AssertionError."""
    shown = repr(arg)
    limit = _ASSERT_NEVER_REPR_MAX_LENGTH
    if len(shown) > limit:
        shown = f'{shown[:limit]}...'
    raise AssertionError(f"Expected code to be unreachable, but got: {shown}")


def _defined_in(member, cls):
    """Whether member (a function or class) was defined in cls's body."""
    qual = getattr(member, '__qualname__', None)
    return (qual is not None and qual == f'{cls.__qualname__}.{member.__name__}'
            and getattr(member, '__module__', None) == cls.__module__)


def no_type_check(arg):
    """Decorator: the annotations of this function or class (and of the
    methods and classes defined directly in it) are not type hints;
    get_type_hints() then returns {} for them."""
    if isinstance(arg, type):
        for member in [getattr(arg, key) for key in dir(arg)]:
            if not _defined_in(member, arg):
                continue
            if isinstance(member, types.FunctionType):
                member.__no_type_check__ = True
            elif isinstance(member, types.MethodType):
                member.__func__.__no_type_check__ = True
            elif isinstance(member, type):
                no_type_check(member)
    try:
        arg.__no_type_check__ = True
    except TypeError:  # builtin classes
        pass
    return arg


def no_type_check_decorator(decorator):
    """Turn decorator into one that also applies @no_type_check
    (deprecated since 3.13)."""
    _warnings()._deprecated("typing.no_type_check_decorator", remove=(3, 15))

    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))

    return functools.wraps(decorator)(wrapped_decorator)


def _overload_dummy(*args, **kwds):
    """What an @overload-decorated name refers to: calling it is an error."""
    raise NotImplementedError(
        "You should not call an overloaded function. A series of "
        "@overload-decorated functions outside a stub module should always "
        "be followed by an implementation that is not @overload-ed.")


# module -> qualified name -> first line -> the overload's function
_overload_registry = defaultdict(functools.partial(defaultdict, dict))


def overload(func):
    """Declare one signature of an overloaded function or method; the
    undecorated definition that follows is the implementation.  The
    overloads are recorded for get_overloads()."""
    fn = getattr(func, "__func__", func)  # through classmethod/staticmethod
    try:
        where = fn.__module__, fn.__qualname__, fn.__code__.co_firstlineno
    except AttributeError:
        return _overload_dummy  # not a plain function: not recorded
    _overload_registry[where[0]][where[1]][where[2]] = func
    return _overload_dummy


def get_overloads(func):
    """The @overload signatures recorded for func, in definition order."""
    fn = getattr(func, "__func__", func)
    per_module = _overload_registry.get(fn.__module__, {})
    return list(per_module.get(fn.__qualname__, {}).values())


def clear_overloads():
    """Forget every recorded overload."""
    _overload_registry.clear()


def _mark(obj, attr):
    """Set attr = True on obj if it takes attributes; return obj."""
    try:
        setattr(obj, attr, True)
    except (AttributeError, TypeError):
        pass
    return obj


def final(f):
    """Decorator for type checkers: the method may not be overridden, the
    class may not be subclassed.  Sets __final__ = True where it can."""
    return _mark(f, '__final__')


# Type variables used by the aliases below (and by older code).
T, KT, VT = TypeVar('T'), TypeVar('KT'), TypeVar('VT')
T_co, V_co, VT_co = (TypeVar(n, covariant=True) for n in ('T_co', 'V_co', 'VT_co'))
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', bound=type, covariant=True)

# str or bytes, never a mix of both.
AnyStr = TypeVar('AnyStr', bytes, str)


# ---------------------------------------------------------------------------
# Deprecated aliases of builtin and collections.abc classes.

_alias = _SpecialGenericAlias

# collections.abc classes: name -> number of parameters.
for _name, _nparams in dict(
        Hashable=0, Awaitable=1, Coroutine=3, AsyncIterable=1, AsyncIterator=1,
        Iterable=1, Iterator=1, Reversible=1, Sized=0, Container=1, Collection=1,
        MutableSet=1, Mapping=2, MutableMapping=2, Sequence=1, MutableSequence=1,
        MappingView=1, KeysView=1, ItemsView=2, ValuesView=1).items():
    globals()[_name] = _alias(getattr(collections.abc, _name), _nparams)

# Builtin classes: not callable through the alias (List() is refused).
for _name, _origin, _nparams in (('List', list, 1), ('Set', set, 1), ('Dict', dict, 2),
                                 ('FrozenSet', frozenset, 1), ('Type', type, 1)):
    globals()[_name] = _alias(_origin, _nparams, inst=False, name=_name)

# The collections module's classes.
for _name, _origin, _nparams in (('Deque', collections.deque, 1),
                                 ('DefaultDict', collections.defaultdict, 2),
                                 ('OrderedDict', collections.OrderedDict, 2),
                                 ('Counter', collections.Counter, 1),
                                 ('ChainMap', collections.ChainMap, 2)):
    globals()[_name] = _alias(_origin, _nparams, name=_name)

del _name, _origin, _nparams

AbstractSet = _alias(collections.abc.Set, 1, name='AbstractSet')
Generator = _alias(collections.abc.Generator, 3, defaults=(_NoneType, _NoneType))
AsyncGenerator = _alias(collections.abc.AsyncGenerator, 2, defaults=(_NoneType,))
ByteString = _DeprecatedGenericAlias(collections.abc.ByteString, 0, removal_version=(3, 14))

Callable = _CallableType(collections.abc.Callable, 2)
Callable.__doc__ = """Deprecated alias of collections.abc.Callable.

    Callable[[int, str], float] takes an int and a str and returns a float;
    Callable[..., float] takes any arguments.  A ParamSpec or Concatenate
    may stand for the parameter list."""

Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
Tuple.__doc__ = """Deprecated alias of tuple.

    Tuple[int, str] is a pair of an int and a str; Tuple[int, ...] is a
    tuple of ints of any length; Tuple[()] is the empty tuple."""

Type.__doc__ = """Deprecated alias of type.

    Type[C] is the class C or one of its subclasses (the class object, not
    an instance): def make(kind: Type[User]) -> User: return kind()."""


# ---------------------------------------------------------------------------
# The Supports* protocols (one abstract method each).

def _supports_protocol(method, result):
    """A runtime-checkable protocol with the single abstract method named."""
    def body(self) -> result: pass
    name = 'Supports' + method.strip('_').capitalize()
    body.__name__, body.__qualname__ = method, f'{name}.{method}'
    ns = {'__module__': __name__, '__slots__': (), method: abstractmethod(body),
          '__doc__': f"A protocol: classes with an abstract {method}."}
    return runtime_checkable(types.new_class(name, (Protocol,), exec_body=lambda d: d.update(ns)))


SupportsInt = _supports_protocol('__int__', int)
SupportsFloat = _supports_protocol('__float__', float)
SupportsComplex = _supports_protocol('__complex__', complex)
SupportsBytes = _supports_protocol('__bytes__', bytes)
SupportsIndex = _supports_protocol('__index__', int)


@runtime_checkable
class SupportsAbs[T](Protocol):
    """A protocol: classes with an abstract __abs__, covariant in its result."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self) -> T: pass


@runtime_checkable
class SupportsRound[T](Protocol):
    """A protocol: classes with an abstract __round__, covariant in its result."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits: int = 0) -> T: pass


del _supports_protocol


# ---------------------------------------------------------------------------
# NamedTuple.

def _make_nmtuple(name, fields, module, defaults=()):
    pairs = list(fields)
    checked = {key: _type_check(tp, f"field {key} annotation must be a type")
               for key, tp in pairs}
    made = collections.namedtuple(name, [key for key, _ in pairs], defaults=defaults,
                                  module=module)
    made.__annotations__ = made.__new__.__annotations__ = checked
    return made


# Names a NamedTuple class body may not define, and those it has anyway.
_prohibited = frozenset(['__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
                         '_field_defaults', '_make', '_replace', '_asdict', '_source'])
_special = frozenset(['__module__', '__name__', '__annotations__'])


def _nmtuple_defaults(ns, fields):
    """The default values of the class body, checking that no field
    without a default follows one with."""
    with_default = []
    for field in fields:
        if field in ns:
            with_default.append(field)
        elif with_default:
            plural = 's' if len(with_default) > 1 else ''
            raise TypeError(f"Non-default namedtuple field {field} "
                            f"cannot follow default field{plural} "
                            f"{', '.join(with_default)}")
    return [ns[f] for f in with_default]


def _set_name_on(value, owner, key, typename):
    set_name = getattr(type(value), '__set_name__', None)
    if set_name is None:
        return
    try:
        set_name(value, owner, key)
    except BaseException as e:
        e.add_note(f"Error calling __set_name__ on {type(value).__name__!r} "
                   f"instance {key!r} in {typename!r}")
        raise


class NamedTupleMeta(type):
    """Makes `class P(NamedTuple): ...` a collections.namedtuple class."""

    def __new__(cls, typename, bases, ns):
        assert _NamedTuple in bases
        if any(b is not _NamedTuple and b is not Generic for b in bases):
            raise TypeError('can only inherit from a NamedTuple type and Generic')
        fields = ns.get('__annotations__', {})
        made = _make_nmtuple(typename, fields.items(), module=ns['__module__'],
                             defaults=_nmtuple_defaults(ns, fields))
        made.__bases__ = tuple(tuple if b is _NamedTuple else b for b in bases)
        generic = Generic in bases
        if generic:
            made.__class_getitem__ = classmethod(_generic_class_getitem)
        for key, value in ns.items():
            if key in _prohibited:
                raise AttributeError(f"Cannot overwrite NamedTuple attribute {key}")
            if key in _special:
                continue
            if key not in made._fields:
                setattr(made, key, value)
            _set_name_on(value, made, key, typename)
        if generic:
            made.__init_subclass__()
        return made


_FIELDS_DEPRECATION = ("{name} is deprecated and will be disallowed in Python {remove}. "
                       "To create a %s class with 0 fields using the functional syntax, "
                       "pass an empty %s, e.g. `%s = %s(%r, %s)`.")


def NamedTuple(typename, fields=_sentinel, /, **kwargs):
    """A collections.namedtuple with field types:

        class Employee(NamedTuple):
            name: str
            id: int = 3

    or, functionally, Employee = NamedTuple('Employee', [('name', str),
    ('id', int)]).  The types are in __annotations__; the class body may
    also give defaults, methods and docstrings."""
    missing = fields is _sentinel or fields is None
    if kwargs and fields is None:
        raise TypeError("Cannot pass `None` as the 'fields' parameter "
                        "and also specify fields using keyword arguments")
    if kwargs and not missing:
        raise TypeError("Either list of fields or keywords can be provided to "
                        "NamedTuple, not both")
    if missing:
        if kwargs:
            what = "Creating NamedTuple classes using keyword arguments"
            message = ("{name} is deprecated and will be disallowed in Python {remove}. "
                       "Use the class-based or functional syntax instead.")
        else:
            what = ("Failing to pass a value for the 'fields' parameter" if fields is _sentinel
                    else "Passing `None` as the 'fields' parameter")
            message = _FIELDS_DEPRECATION % ('NamedTuple', 'list', typename, 'NamedTuple',
                                             typename, '[]')
        _warnings()._deprecated(what, message=message, remove=(3, 15))
        fields = kwargs.items()
    made = _make_nmtuple(typename, fields, module=_caller())
    made.__orig_bases__ = (NamedTuple,)
    return made


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    assert NamedTuple in bases
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


# ---------------------------------------------------------------------------
# TypedDict.

def _get_typeddict_qualifiers(annotation_type):
    """Yield Required, NotRequired and ReadOnly for each one wrapping the
    annotation (through Annotated)."""
    tp = annotation_type
    while True:
        origin = get_origin(tp)
        if origin is Annotated:
            args = get_args(tp)
            if not args:
                return
            tp = args[0]
        elif origin in _KEY_QUALIFIERS:
            yield origin
            (tp,) = get_args(tp)
        else:
            return


class _TypedDictMeta(type):
    """Metaclass of TypedDict classes: plain dicts at run time, which keep
    the keys' types and their required/read-only status."""

    def __new__(cls, name, bases, ns, total=True):
        if any(type(b) is not _TypedDictMeta and b is not Generic for b in bases):
            raise TypeError('cannot inherit from both a TypedDict type and a '
                            'non-TypedDict base class')
        generic = (Generic,) if any(issubclass(b, Generic) for b in bases) else ()
        made = type.__new__(_TypedDictMeta, name, (*generic, dict), ns)
        if not hasattr(made, '__orig_bases__'):
            made.__orig_bases__ = bases
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {k: _type_check(v, msg, module=made.__module__)
               for k, v in ns.get('__annotations__', {}).items()}
        merged = {}
        required, optional, readonly, mutable = set(), set(), set(), set()
        for base in bases:
            d = base.__dict__
            merged.update(d.get('__annotations__', {}))
            req = d.get('__required_keys__', set())
            opt = d.get('__optional_keys__', set())
            required = (required | req) - opt
            optional = (optional - req) | opt
            readonly.update(d.get('__readonly_keys__', ()))
            mutable.update(d.get('__mutable_keys__', ()))
        merged.update(own)
        for key, tp in own.items():
            quals = set(_get_typeddict_qualifiers(tp))
            if Required in quals:
                needed = True
            elif NotRequired in quals:
                needed = False
            else:
                needed = total
            (required if needed else optional).add(key)
            (optional if needed else required).discard(key)
            if ReadOnly not in quals:
                mutable.add(key)
                readonly.discard(key)
            elif key in mutable:
                raise TypeError(f"Cannot override mutable key {key!r} with read-only key")
            else:
                readonly.add(key)
        assert required.isdisjoint(optional), (
            f"Required keys overlap with optional keys in {name}:"
            f" required_keys={required!r}, optional_keys={optional!r}")
        made.__annotations__ = merged
        made.__required_keys__, made.__optional_keys__ = frozenset(required), frozenset(optional)
        made.__readonly_keys__, made.__mutable_keys__ = frozenset(readonly), frozenset(mutable)
        made.__total__ = total
        return made

    __call__ = dict  # instances are plain dicts

    def __subclasscheck__(cls, klass):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=_sentinel, /, *, total=True):
    """A dict type with a fixed set of string keys, each with its own value
    type (PEP 589); at run time instances are plain dicts.

        class Point(TypedDict):
            x: int
            y: int
            label: NotRequired[str]

    or Point = TypedDict('Point', {'x': int, 'y': int}).  Keys are
    required unless total=False or NotRequired[...] says otherwise
    (Required[...] overrides total=False); ReadOnly[...] marks keys that
    must not be changed.  The class records __required_keys__,
    __optional_keys__, __readonly_keys__, __mutable_keys__ and __total__."""
    if fields is _sentinel or fields is None:
        what = ("Failing to pass a value for the 'fields' parameter" if fields is _sentinel
                else "Passing `None` as the 'fields' parameter")
        message = _FIELDS_DEPRECATION % ('TypedDict', 'dictionary', typename, 'TypedDict',
                                         typename, '{{}}')
        _warnings()._deprecated(what, message=message, remove=(3, 15))
        fields = {}
    namespace = {'__annotations__': dict(fields)}
    home = _caller()
    if home is not None:
        namespace['__module__'] = home  # for pickling
    made = _TypedDictMeta(typename, (), namespace, total=total)
    made.__orig_bases__ = (TypedDict,)
    return made


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def _key_qualifier(form, key):
    arg = _type_check(key, f'{form._name} accepts only a single type.')
    return _GenericAlias(form, (arg,))


@_special_with(_key_qualifier)
def Required():
    """Marks a TypedDict key that must be present, even with total=False."""


@_special_with(_key_qualifier)
def NotRequired():
    """Marks a TypedDict key that may be missing."""


@_special_with(_key_qualifier)
def ReadOnly():
    """Marks a TypedDict key whose value must not be changed (PEP 705)."""


_KEY_QUALIFIERS = (Required, NotRequired, ReadOnly)


# ---------------------------------------------------------------------------
# NewType.

class NewType:
    """NewType('UserId', int) makes a distinct type for type checkers; at
    run time it is a callable returning its argument unchanged.

        UserId = NewType('UserId', int)
        def name_of(user: UserId) -> str: ...
        name_of(UserId(5))   # accepted; name_of(5) is an error for checkers
    """

    __call__ = _idfunc

    __or__, __ror__ = _or_union, _ror_union

    def __init__(self, name, tp):
        self.__qualname__, self.__name__ = name, name.rpartition('.')[2]
        self.__supertype__ = tp
        home = _caller()
        if home != 'typing':
            self.__module__ = home

    def __mro_entries__(self, bases):
        # Subclassing is refused with a hint at what was probably meant.
        base_name = self.__name__

        class Dummy:
            def __init_subclass__(sub):
                n = sub.__name__
                raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were "
                                f"looking for: `{n} = NewType({n!r}, {base_name})`")

        return (Dummy,)

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __reduce__(self):
        return self.__qualname__


Text = str

# Always false at run time; type checkers take it as true.
TYPE_CHECKING = False


# ---------------------------------------------------------------------------
# I/O.

def _all_abstract(cls, properties=()):
    """Mark every function of cls's body abstract (as @abstractmethod would)
    and turn those named in properties into abstract read-only properties."""
    for key, member in list(vars(cls).items()):
        if not isinstance(member, types.FunctionType):
            continue
        member.__isabstractmethod__ = True
        if key in properties:
            setattr(cls, key, property(member))
    return cls


class IO(Generic[AnyStr]):
    """The interface of open()'s results, generic in str or bytes
    (TextIO and BinaryIO are the two cases)."""

    __slots__ = ()

    def mode(self) -> str: pass
    def name(self) -> str: pass
    def close(self) -> None: pass
    def closed(self) -> bool: pass
    def fileno(self) -> int: pass
    def flush(self) -> None: pass
    def isatty(self) -> bool: pass
    def read(self, n: int = -1) -> AnyStr: pass
    def readable(self) -> bool: pass
    def readline(self, limit: int = -1) -> AnyStr: pass
    def readlines(self, hint: int = -1) -> list[AnyStr]: pass
    def seek(self, offset: int, whence: int = 0) -> int: pass
    def seekable(self) -> bool: pass
    def tell(self) -> int: pass
    def truncate(self, size: int = None) -> int: pass
    def writable(self) -> bool: pass
    def write(self, s: AnyStr) -> int: pass
    def writelines(self, lines: list[AnyStr]) -> None: pass
    def __enter__(self) -> 'IO[AnyStr]': pass
    def __exit__(self, type, value, traceback) -> None: pass


class BinaryIO(IO[bytes]):
    """IO over bytes."""

    __slots__ = ()

    def write(self, s: bytes | bytearray) -> int: pass
    def __enter__(self) -> 'BinaryIO': pass


class TextIO(IO[str]):
    """IO over str."""

    __slots__ = ()

    def buffer(self) -> BinaryIO: pass
    def encoding(self) -> str: pass
    def errors(self) -> Optional[str]: pass
    def line_buffering(self) -> bool: pass
    def newlines(self) -> Any: pass
    def __enter__(self) -> 'TextIO': pass


_all_abstract(IO, ('mode', 'name', 'closed'))
_all_abstract(BinaryIO)
_all_abstract(TextIO, ('buffer', 'encoding', 'errors', 'line_buffering', 'newlines'))


# ---------------------------------------------------------------------------
# Decorators and functions for type checkers.

def reveal_type[T](obj: T, /) -> T:
    """Ask a type checker to show obj's inferred type; at run time the
    runtime type's name goes to stderr and obj is returned."""
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


class _IdentityCallable(Protocol):
    def __call__[T](self, arg: T, /) -> T:
        ...


def dataclass_transform(*, eq_default: bool = True, order_default: bool = False,
                        kw_only_default: bool = False, frozen_default: bool = False,
                        field_specifiers: tuple[type[Any] | Callable[..., Any], ...] = (),
                        **kwargs: Any) -> _IdentityCallable:
    """Mark a decorator, base class or metaclass as making dataclass-like
    classes (PEP 681).  At run time the options are stored in the
    decorated object's __dataclass_transform__ dict."""
    settings = dict(eq_default=eq_default, order_default=order_default,
                    kw_only_default=kw_only_default, frozen_default=frozen_default,
                    field_specifiers=field_specifiers, kwargs=kwargs)

    def decorator(target):
        target.__dataclass_transform__ = settings
        return target
    return decorator


type _Func = Callable[..., Any]


def override[F: _Func](method: F, /) -> F:
    """Decorator for type checkers: the method overrides one of a base
    class (PEP 698).  Sets __override__ = True where it can."""
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def is_protocol(tp: type, /) -> bool:
    """Whether tp is a protocol class (but not Protocol itself)."""
    return isinstance(tp, type) and getattr(tp, '_is_protocol', False) and tp != Protocol


def get_protocol_members(tp: type, /) -> frozenset[str]:
    """The names of the members the protocol tp asks for; TypeError if tp
    is no protocol."""
    if not is_protocol(tp):
        raise TypeError(f'{tp!r} is not a Protocol')
    return frozenset(tp.__protocol_attrs__)


def _lazy_regex_alias(name):
    import re
    return _alias(getattr(re, name), 1)


def _lazy_context_alias(name):
    import contextlib
    return _alias(getattr(contextlib, 'Abstract' + name), 2, name=name,
                  defaults=(bool | None,))


def _lazy_collect_parameters(name):
    _warnings().warn("The private _collect_parameters function is deprecated and will be "
                     "removed in a future version of Python. Any use of private functions "
                     "is discouraged and may break in the future.",
                     category=DeprecationWarning, stacklevel=3)
    return _collect_type_parameters


_LAZY = {'Pattern': _lazy_regex_alias, 'Match': _lazy_regex_alias,
         'ContextManager': _lazy_context_alias, 'AsyncContextManager': _lazy_context_alias,
         '_collect_parameters': _lazy_collect_parameters}


def __getattr__(attr):
    """Names built on first use, because building them costs imports."""
    make = _LAZY.get(attr)
    if make is None:
        raise AttributeError(f"module {__name__!r} has no attribute {attr!r}")
    value = globals()[attr] = make(attr)
    return value
