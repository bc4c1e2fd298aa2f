# typing: reprs of special forms, aliases, unions, callables, literals, caching.
import collections.abc
import typing
from typing import *

T = TypeVar('T')
S = TypeVar('S', bound=int)
U_co = TypeVar('U_co', covariant=True)
V_contra = TypeVar('V_contra', contravariant=True)
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')

items = [
    Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final, Union,
    Optional, Literal, Annotated, Concatenate, TypeGuard, TypeIs, Unpack, Required,
    NotRequired, ReadOnly, Generic, Protocol, Callable, Tuple, List, Dict, Set,
    FrozenSet, Type, Deque, DefaultDict, OrderedDict, Counter, ChainMap, Iterable,
    Iterator, Mapping, MutableMapping, Sequence, MutableSequence, AbstractSet,
    MutableSet, Generator, AsyncGenerator, Awaitable, Coroutine, AsyncIterable,
    AsyncIterator, Hashable, Sized, Container, Collection, Reversible, KeysView,
    ItemsView, ValuesView, MappingView, ByteString, Text, AnyStr, NoDefault,
    SupportsInt, SupportsFloat, SupportsComplex, SupportsBytes, SupportsIndex,
    SupportsAbs, SupportsRound, IO, TextIO, BinaryIO,
    typing.Pattern, typing.Match, typing.ContextManager, typing.AsyncContextManager,
]
for x in items:
    print(repr(x))

print(T, S, U_co, V_contra, P, Ts, P.args, P.kwargs)
print(T.__name__, T.__bound__, S.__bound__, U_co.__covariant__, V_contra.__contravariant__)
print(T.__module__, typing.T.__module__, typing.AnyStr.__constraints__)

subs = [
    List[int], List[T], Dict[str, List[int]], Set[bytes], FrozenSet[T], Type[int],
    Tuple[int, str], Tuple[int, ...], Tuple[()], Callable[[int, str], bool],
    Callable[..., int], Callable[[], None], Callable[P, T], Callable[Concatenate[int, P], T],
    Optional[int], Optional[List[int]], Union[int, str], Union[int, None, str],
    Union[None, int], Union[int, 'str'], Literal[1, 'a', None, True], Literal[Literal[1, 2], 3],
    Annotated[int, 'meta', 1], Annotated[Annotated[int, 1], 2], ClassVar[int], Final[str],
    TypeGuard[int], TypeIs[str], Required[int], NotRequired[str], ReadOnly[int],
    Unpack[Ts], Unpack[tuple[int, str]], Generic[T], Generic[T, P], Protocol[T],
    Generator[int], Generator[int, str, bool], AsyncGenerator[int],
    typing.ContextManager[int], collections.abc.Callable[[int], str],
    list[int], dict[str, T], tuple[int, ...], int | str, int | None, T | int, int | T,
    List[int] | None, ForwardRef('X'), ForwardRef('X', module='m'), Optional['X'],
    Mapping[str, Callable[[int], T]], Iterable[Tuple[T, S]], type[int],
]
for x in subs:
    print(repr(x))

print(Union[int] is int, Union[int, int], Optional[None])
print(Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str] == (int | str), Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(Literal[1, 1, 2], Literal[0, False])
print(List[int] is List[int], Dict[str, int] is Dict[str, int], Union[int, str] is Union[int, str])
print(Callable[[int], str] is Callable[[int], str], Literal[1] is Literal[1])
print(List[T][int], Dict[T, S][str, int], Callable[P, T][[int, str], bool], Callable[P, T][..., int])
print(Callable[Concatenate[int, P], T][[str], bool], Tuple[T, ...][int])
print(list[T][int], dict[str, List[T]][bytes], (T | None)[int], tuple[T, *Ts][int, str, bytes])
print(Optional[T][int], Union[T, S][int, str], Annotated[T, 'x'][int])
print(type(List[int]).__name__, type(Union[int, str]).__name__, type(Literal[1]).__name__)
print(type(Callable[[int], str]).__name__, type(Annotated[int, 1]).__name__, type(List).__name__)
print(type(Tuple).__name__, type(Callable).__name__, type(Unpack[Ts]).__name__, type(Any).__name__)
print(List.__doc__, Dict.__doc__, Deque.__doc__, Iterable.__doc__)
print(List[int].__origin__, List[int].__args__, List[int].__parameters__, List.__origin__)
print(Dict[T, S].__parameters__, Callable[P, T].__parameters__, Tuple[T, *Ts].__parameters__)
print(Union[int, str].__args__, Optional[int].__args__, Literal[1, 2].__args__)
print(Annotated[int, 1, 2].__metadata__, Annotated[int, 1].__origin__)
print(Callable[[int, str], bool].__args__, Callable[..., int].__args__)
print(List.__name__, List[int].__name__, Union.__name__, Annotated[int, 1].__name__)
print(List[int].append is list.append, Dict[str, int].__mro_entries__((Dict[str, int],)))
print(Unpack[Ts].__typing_is_unpacked_typevartuple__, Unpack[tuple[int]].__typing_unpacked_tuple_args__)
print(list(Ts), [*Tuple[int, str]])
