# typing: Generic subclassing, parameters, substitution, defaults, PEP 695 classes,
# TypeVar/ParamSpec/TypeVarTuple details, reduction and copying of aliases.
import copy
import typing
from typing import *

T = TypeVar('T')
S = TypeVar('S')
K = TypeVar('K', default=int)
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')


class Box(Generic[T]):
    def __init__(self, v):
        self.v = v


class Pair(Box[T], Generic[T, S]):
    pass


class IntBox(Box[int]):
    pass


class Mixed(Dict[str, T], Box[T]):
    pass


class Star(Generic[T, *Ts]):
    pass


class WithP(Generic[P, T]):
    pass


class Defaulted(Generic[T, K]):
    pass


for c in [Box, Pair, IntBox, Mixed, Star, WithP, Defaulted]:
    print(c.__name__, c.__parameters__, c.__orig_bases__, [b.__name__ for b in c.__mro__])

print(Box[int], Pair[int, str], Pair[int, str].__origin__, Pair[int, str].__args__)
print(Star[int], Star[int, str, bytes], Star[int, *tuple[str, ...]], Star[int, Unpack[Ts]])
print(WithP[[int, str], bool], WithP[..., int], WithP[P, int], WithP[Concatenate[int, P], T])
print(Defaulted[str], Defaulted[str, bytes], K.__default__, K.has_default(), T.has_default())
b = Box[int](3)
print(b.v, b.__orig_class__, type(b).__name__)
print(Pair[T, S][int, str], Pair[T, int][str], Box[List[T]][int], Box[T].__parameters__)
print(Mixed[int], Mixed.__parameters__, Mixed[int].__args__)


class New[X, Y: int, *Zs, **Q]:
    pass


print(New.__type_params__, New.__parameters__, New[int, bool, str, bytes, [int]])
print(New.__type_params__[1].__bound__, New.__orig_bases__)


class Narrow[X](Box[X]):
    pass


print(Narrow.__parameters__, Narrow.__orig_bases__, Narrow[int])

type Alias[X] = list[X]
type Plain = int | str
print(Alias, Alias[int], Alias.__value__, Alias.__type_params__, Alias.__parameters__,
      Plain.__value__, Alias.__module__, Alias[int].__origin__, Alias[int].__args__)
A2 = TypeAliasType('A2', List[T], type_params=(T,))
print(A2, A2.__value__, A2[int], A2.__module__)

print(TypeVar('X', int, str).__constraints__, TypeVar('X', bound='Fwd').__bound__)
print(TypeVar('X', covariant=True), TypeVar('X', contravariant=True),
      TypeVar('X', infer_variance=True), TypeVar('X', default=None).__default__)
print(ParamSpec('Q', default=[int, str]).__default__, ParamSpec('Q').__default__)
print(TypeVarTuple('Us', default=Unpack[tuple[int, str]]).__default__)
print(P.args.__origin__ is P, P.args == P.args, P.kwargs == P.args, P.args == ParamSpec('P').args)
print(typing.ParamSpecArgs(P), typing.ParamSpecKwargs(P))
print(T.__typing_subst__(int), P.__typing_subst__([int, str]), P.__typing_subst__(...))
print(T | int, int | T, T | 'str', T | None, P.args.__class__.__name__)
print(list(Ts), [*Ts], Ts.__name__, Ts.has_default())

aliases = [List[int], Dict[str, List[T]], Optional[int], Union[int, str], Callable[[int], str],
           Callable[..., int], Callable[P, T], Tuple[int, ...], Literal[1, 'a'],
           Annotated[int, 'm'], ClassVar[int], Box[int], List, Callable, Tuple, Any, Union,
           T, P, Ts, P.args, Generic, Protocol, NoReturn, Unpack[Ts], Concatenate[int, P],
           list[int], int | str, Literal['x'], Final[int], SupportsInt]
for a in aliases:
    # what pickle would do with __reduce_ex__ (Kaa has no pickle yet)
    try:
        red = a.__reduce_ex__(2)
        if isinstance(red, str):
            r = getattr(typing, red, None) or globals()[red]
        else:
            r = red[0](*red[1])
        ok = r == a
    except Exception as e:
        ok = type(e).__name__
    print(repr(a), ok, copy.copy(a) == a, copy.deepcopy(a) == a)
print(T.__reduce__(), copy.copy(T) is T, copy.deepcopy(List[int]) is List[int])
print(List[int].__reduce__(), Union[int, str].__reduce__(), Callable[[int], str].__reduce__())
print(Annotated[int, 1].__reduce__(), List.__reduce__(), Any.__reduce__(3) if False else None)

# runtime pieces typing relies on
print((int | list[T])[str], (list[T] | dict[str, S])[int, bytes], (T | None)[int])
print(Tuple[T, T], [].__class__, type(list[int]()), (...).__reduce__(), NotImplemented.__reduce__())
print(NoDefault.__reduce__(), type(NoDefault)() is NoDefault, type(NoDefault).__doc__)
print(Generic.__flags__ & 512, TypeVar.__flags__ & 512, TypeAliasType.__flags__ & 512)
import operator
print(operator.getitem.__reduce__(), [].append.__reduce__()[1][1], len.__reduce_ex__(2))
print(list[int].__reduce__(), list[int].__name__, list[int].__qualname__, list[int].append)
print(next(iter(tuple[int])).__reduce__()[0],
      next(iter(tuple[int, str])).__typing_unpacked_tuple_args__, list[int].__typing_unpacked_tuple_args__)


class Seq(typing.Sized, list[int]):
    pass


class Tup(Tuple[T, S]):
    pass


print(Seq.__mro__, Tup[int, str]().__orig_class__, Tup.__mro__)
