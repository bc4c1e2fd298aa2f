# typing: get_type_hints (forward references, include_extras, classes, modules),
# get_origin, get_args, ForwardRef, no_type_check, overloads, small helpers.
import collections.abc
import functools
import sys
import types
import typing
from typing import *

T = TypeVar('T')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')


class Node:
    value: int
    next: 'Node | None'
    label: Annotated[str, 'doc'] = ''
    count: ClassVar[int] = 0
    tags: 'List[str]'


class Child(Node):
    extra: Optional['Child']
    flag: Final[bool] = True


def f(a: int, b: 'str', c: 'List[Node]' = None, *args: 'int', d: None = None,
      **kw: Annotated[int, 'x']) -> 'Optional[Node]':
    pass


def show(d):
    return {k: v for k, v in sorted(d.items())}


print(show(get_type_hints(Node)))
print(show(get_type_hints(Node, include_extras=True)))
print(show(get_type_hints(Child)))
print(show(get_type_hints(f)))
print(show(get_type_hints(f, include_extras=True)))
print(get_type_hints(lambda: 0), get_type_hints(len), get_type_hints(sys))


@functools.wraps(f)
def wrapper(*a, **k):
    return f(*a, **k)


print(show(get_type_hints(wrapper)))


class Local:
    x: 'Inner'

    class Inner:
        pass


print(get_type_hints(Local, localns={'Inner': int}), get_type_hints(Local, {'Inner': str}))
try:
    get_type_hints(Local)
except NameError as e:
    print('NameError', e)
try:
    get_type_hints(3)
except TypeError as e:
    print(e)


def g[X](a: 'X', b: 'list[X]') -> 'X':
    pass


print(get_type_hints(g))


class Gen[Y]:
    attr: 'Y'
    other: 'list[Y]'


print(get_type_hints(Gen))


@no_type_check
def untyped(a: 'nonsense here') -> 'more':
    pass


@no_type_check
class Untyped:
    a: 'garbage'

    def m(self, x: 'junk'):
        pass


print(get_type_hints(untyped), untyped.__no_type_check__, get_type_hints(Untyped),
      Untyped.m.__no_type_check__)

mod = types.ModuleType('m')
mod.__annotations__ = {'x': 'int', 'y': 'List[int]'}
mod.List = List
print(get_type_hints(mod))

origins = [
    List[int], List, list[int], Dict[str, int], Tuple[int, ...], Tuple, Callable[[int], str],
    Callable[..., int], Callable, collections.abc.Callable[[int], str], Union[int, str],
    Optional[int], int | str, Literal[1], Final[int], ClassVar[int], Annotated[int, 1],
    Generic, Generic[T], Protocol[T], P.args, P.kwargs, Required[int], NotRequired[int],
    ReadOnly[int], Unpack[Ts], Concatenate[int, P], TypeGuard[int], TypeIs[int], int, T,
    None, 'str', Any, List[int] | None,
]
for tp in origins:
    print(repr(tp), get_origin(tp), get_args(tp))

fr = ForwardRef('List[int]')
print(fr, fr.__forward_arg__, fr.__forward_evaluated__, fr.__forward_is_argument__)
print(fr == ForwardRef('List[int]'), hash(fr) == hash(ForwardRef('List[int]')))
print(fr._evaluate(globals(), None, (), recursive_guard=frozenset()), fr.__forward_evaluated__)
print(ForwardRef('int') | None, None | ForwardRef('int'))
for bad in [1, '1 +', 'def']:
    try:
        ForwardRef(bad)
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__, e)
print(ForwardRef('*Ts').__forward_code__.co_names)
try:
    get_type_hints(types.SimpleNamespace(__annotations__={'a': '3'}))
except TypeError as e:
    print(e)


@overload
def over(x: int) -> int: ...
@overload
def over(x: str) -> str: ...
def over(x):
    return x


print(len(get_overloads(over)), [o.__annotations__ for o in get_overloads(over)])
try:
    typing._overload_dummy(1)
except NotImplementedError as e:
    print(e)
clear_overloads()
print(get_overloads(over))


@final
class Fin:
    @final
    def m(self):
        pass


class Ov(Fin):
    @override
    def m(self):
        pass


print(Fin.__final__, Fin.m.__final__, Ov.m.__override__)
print(cast(int, 'x'), cast('List[int]', 3), assert_type(5, int))
try:
    assert_never(3)
except AssertionError as e:
    print(e)
try:
    assert_never('x' * 200)
except AssertionError as e:
    print(len(str(e)), str(e)[-10:])
print(reveal_type(7))


@dataclass_transform(kw_only_default=True, field_specifiers=(int,), extra=1)
class Base:
    pass


print(Base.__dataclass_transform__)
UserId = NewType('UserId', int)
Deep = NewType('a.b.Deep', str)
print(UserId, UserId(5), UserId.__name__, UserId.__qualname__, UserId.__supertype__,
      UserId.__module__, Deep.__name__, Deep.__qualname__, UserId | None, int | UserId)
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print(e)
print(TYPE_CHECKING, Text is str, typing.__all__[:5], len(typing.__all__))
print(sorted(typing.EXCLUDED_ATTRIBUTES))
for name in ['io', 're']:
    try:
        __import__('typing.' + name)
    except ImportError as e:
        print(type(e).__name__, e)
print(hasattr(typing, 'io'), hasattr(typing, 're'))
try:
    typing.nope
except AttributeError as e:
    print(e)

# other modules that look at typing's objects
import dataclasses


@functools.singledispatch
def fun(x):
    return 'base'


@fun.register
def _(x: Union[int, str]):
    return 'int|str'


@fun.register(Optional[bytes])
def _(x):
    return 'bytes|None'


@fun.register
def _(x: 'List[int]' if False else list):
    return 'list'


print(fun(1), fun('a'), fun([]), fun(1.0), fun(b''), fun(None))
try:
    @fun.register
    def _(x: Union[int, 'list[int]']):
        pass
except TypeError as e:
    print(e)


@dataclasses.dataclass
class DC:
    a: ClassVar[int] = 3
    b: dataclasses.InitVar[int] = 0
    c: 'typing.ClassVar[str]' = 'x'
    d: 'ClassVar' = 1
    e: 'dataclasses.InitVar[int]' = 2
    f: int = 1


print([f.name for f in dataclasses.fields(DC)], DC.a, DC.c)

# deprecations and lazily made aliases
import warnings
print(typing.Pattern[str], typing.Match[bytes], typing.ContextManager[int],
      typing.AsyncContextManager[str, None], typing.Pattern.__doc__, typing.ContextManager.__origin__)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    isinstance(b'', typing.ByteString)
    issubclass(bytes, typing.ByteString)
    typing.no_type_check_decorator(lambda f: f)
    typing._collect_parameters
    typing._eval_type(int, {}, {})
    typing.ForwardRef('int')._evaluate({}, {}, recursive_guard=frozenset())
for w in caught:
    print(w.category.__name__, w.message, w.filename == __file__)
print(get_type_hints(typing.IO.read), typing.IO.__mro__, typing.Any.__mro__)
print(typing.Protocol.__init__ is object.__init__, typing.Generic.__module__, typing.Any.__module__)
