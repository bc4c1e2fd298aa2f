# typing: the TypeError (and other) messages of misuse, as CPython words them.
import typing
from typing import *

T = TypeVar('T')
S = TypeVar('S')
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')
D = TypeVar('D', default=int)


class Box(Generic[T]):
    pass


class Two(Generic[T, S]):
    pass


class DefBox(Generic[T, D]):
    pass


cases = [
    'Union[()]', 'Union[1]', 'Union[int, ClassVar[int]]', 'Union[int, Generic]',
    'Optional[int, str]', 'Optional[()]', 'List[1]', 'List[int, str]', 'Dict[int]',
    'Tuple[int, ...][str]', 'Callable[int]', 'Callable[int, str, bool]', 'Callable[[int], 3]',
    'Callable[[int], ClassVar[int]]', 'ClassVar[int, str]', 'ClassVar[Final[int]]',
    'Final[int, str]', 'Any[int]', 'NoReturn[int]', 'Never[int]', 'Self[int]',
    'LiteralString[int]', 'TypeAlias[int]', 'Annotated[int]', 'Annotated[()]', 'Annotated[*Ts, 1]',
    'Concatenate[()]', 'Concatenate[int]', 'Concatenate[int, 1]', 'TypeGuard[int, str]',
    'Required[int, str]', 'NotRequired[()]', 'ReadOnly[1, 2]', 'Unpack[int, str]',
    'Generic[int]', 'Generic[()]', 'Generic[T, T]', 'Protocol[int]', 'Generic[T][int]',
    'Box[int, str]', 'Two[int]', 'Box[int][str]', 'int[str]', 'List[int][str]',
    'DefBox[()]', 'DefBox[int, str, bytes]', 'Box[()]', 'Hashable[int]',
    'Generator[int, str, bool, bytes]', 'Literal[1][2]', 'Any()', 'Union()', 'List()',
    'Dict()', 'Tuple()', 'Type()', 'ClassVar()', 'Callable()', 'TypeVar(1)',
    'TypeVar("X", int)', 'TypeVar("X", int, str, bound=int)', 'TypeVar("X", foo=1)',
    'TypeVar("X", covariant=True, contravariant=True)', 'TypeVar("X", bound=(int,))',
    'TypeVar("X", covariant=True, infer_variance=True)', 'ParamSpec("P", int)',
    'TypeVarTuple("Ts", bound=int)', 'TypeVar()', 'T.__typing_subst__(Unpack[Ts])',
    'T.__typing_subst__(*tuple[int])', 'P.__typing_subst__(3)', 'Ts.__typing_subst__(int)',
    'Callable[P, T][int, str]', 'Callable[P, int][3]', 'type("X", (T,), {})',
    'type("X", (P.args,), {})', 'type("X", (Union[int, str],), {})', 'type("X", (Any,), {})',
    'type("X", (ClassVar[int],), {})', 'type("X", (Union,), {})', 'type("X", (Generic,), {})',
    'type("X", (Generic[T], Generic[S]), {})', 'type("X", (Box[T], Generic[S]), {})',
    'type("X", (Literal[1],), {})', 'typing._SpecialForm.__init_subclass__()',
    'type("X", (typing._GenericAlias,), {})', 'isinstance(1, Annotated[int, 1])',
    'issubclass(int, Unpack[Ts])', 'Tuple[int, ...][1]', 'Unpack[int].__typing_unpacked_tuple_args__',
    'Box[*Ts]', 'Two[*tuple[int, ...], *tuple[str, ...]]', 'Generic[*Ts, *Ts]',
    'Literal[[1]] == Literal[[1]]', 'hash(Literal[[1]])', 'Union[int, [1]] == Union[[1], int]',
    'ForwardRef("x") == 1', 'List[int] == 1', 'Box[int] == Box[int]', 'Annotated[int, 1] == 1',
    'tuple[int, *Ts][int]', 'list[T][int, str]', 'list[int][int]', 'dict[T, S][int]',
    'type X = int; X[int]', 'typing.TypeAliasType("A", int, type_params=3)',
    'get_protocol_members(int)', 'typing.Callable[[int], str].__call__()',
    'list(int | str)', '1 in (int | str)', 'hasattr(int | str, "__iter__")',
    'type A[X] = list[X]; list(A)', 'type A[X] = list[X]; 1 in A',
]
for src in cases:
    try:
        if ';' in src:
            ns = {}
            exec(src.replace('; ', '\n'), globals(), ns)
            print(src, '->', 'ok')
        else:
            print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)


class Gen(Generic[T]):
    pass


for src in ['class A(Gen[T], Generic[S]): pass', 'class A(Generic): pass',
            'class A(Gen, Generic[T]): pass', 'class A(Generic[T], Generic[S]): pass',
            'class A(Box[int], Generic[T]): pass', 'class A(Protocol, int): pass',
            'class A[Q](Generic[Q]): pass', 'class A(Any): pass', 'class A(Protocol[T], Protocol[S]): pass']:
    try:
        exec(src, globals())
        print(src, '->', 'ok', getattr(A, '__parameters__', None), getattr(A, '__orig_bases__', None))
    except TypeError as e:
        print(src, '->', e)
