# typing: TypedDict (class and functional forms, totality, Required/NotRequired/
# ReadOnly, inheritance, generics) and NamedTuple (class and functional forms,
# defaults, methods, generics, errors).
import warnings
from typing import *

T = TypeVar('T')


def ob(c):
    # __orig_bases__ with the TypedDict/NamedTuple functions by name (no addresses)
    return [getattr(b, '__qualname__', b) if hasattr(b, '__code__') else b
            for b in c.__orig_bases__]


class Movie(TypedDict):
    title: str
    year: int


class Partial(TypedDict, total=False):
    a: int
    b: Required[str]


class Mixed(Movie, total=False):
    rating: float
    studio: NotRequired[str]
    id: ReadOnly[int]
    note: Annotated[Required[str], 'meta']


def keys(td):
    return (sorted(td.__required_keys__), sorted(td.__optional_keys__),
            sorted(td.__readonly_keys__), sorted(td.__mutable_keys__), td.__total__)


for td in [Movie, Partial, Mixed]:
    print(td.__name__, td.__annotations__, keys(td), ob(td),
          [b.__name__ for b in td.__mro__], td.__module__)

m = Movie(title='x', year=1)
print(m, type(m), Movie(), is_typeddict(Movie), is_typeddict(dict), is_typeddict(TypedDict))
F = TypedDict('F', {'a': int, 'b': 'str', 'in': NotRequired[List[int]]}, total=False)
print(F.__annotations__, keys(F), F.__module__, ob(F), F.__name__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    E = TypedDict('E')
    E2 = TypedDict('E2', None)
print(E.__annotations__, E2.__annotations__, [str(x.message) for x in w])


class G(TypedDict, Generic[T]):
    item: T
    items: List[T]


class G2[X](TypedDict):
    x: X


print(G.__parameters__, G[int], ob(G), G.__mro__, G2.__parameters__, G2[str])
print(get_type_hints(Mixed), get_type_hints(Mixed, include_extras=True))
for thunk in [lambda: isinstance({}, Movie), lambda: issubclass(dict, Movie),
              lambda: TypedDict('X', {'a': 1}), lambda: type('B', (Movie, int), {}),
              lambda: TypedDict('X', {'a': ClassVar[int]})]:
    try:
        print(thunk())
    except TypeError as e:
        print('TypeError:', e)
try:
    class Bad(Movie, int):
        pass
except TypeError as e:
    print(e)
try:
    class RO(Movie):
        title: ReadOnly[str]
except TypeError as e:
    print(e)


class Base(TypedDict):
    x: ReadOnly[int]


class Over(Base):
    x: int


print(keys(Base), keys(Over))


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'

    def norm(self):
        return self.x + self.y

    @property
    def double(self):
        return 2 * self.x

    """doc"""


p = Point(1, 2)
print(p, p.norm(), p.double, Point._fields, Point._field_defaults, Point.__annotations__)
print(Point.__mro__, ob(Point), Point.__doc__, p._replace(x=5), p._asdict())
print(Point.__new__.__annotations__, Point.__module__, Point.__qualname__)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp._fields, Emp.__annotations__, ob(Emp), Emp.__module__)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    K = NamedTuple('K', a=int, b=str)
    Z = NamedTuple('Z')
    Z2 = NamedTuple('Z2', None)
print(K._fields, Z._fields, Z2._fields, [str(x.message) for x in w])


class GP(NamedTuple, Generic[T]):
    a: T
    b: List[T]


print(GP(1, [2]), GP[int], GP.__parameters__, GP.__bases__, ob(GP))


class Descr:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)


class WithDescr(NamedTuple):
    a: int
    d = Descr()


for src in ['class A(NamedTuple):\n    x: int = 1\n    y: int\n',
            'class A(NamedTuple):\n    x: int = 1\n    z: int = 2\n    y: int\n',
            'class A(NamedTuple):\n    x: int\n    def _asdict(self): pass\n',
            'class A(NamedTuple, int):\n    x: int\n',
            'class A(NamedTuple):\n    x: 3\n',
            'NamedTuple("A", [("x", int)], y=int)',
            'NamedTuple("A", None, y=int)',
            'class A(NamedTuple):\n    x: int\n    _fields = 1\n']:
    try:
        exec(src, globals())
        print('ok')
    except (TypeError, AttributeError, SyntaxError, ValueError) as e:
        print(type(e).__name__, e)


class BadSet:
    def __set_name__(self, owner, name):
        raise RuntimeError('boom')


try:
    class N2(NamedTuple):
        a: int
        b = BadSet()
except RuntimeError as e:
    print(e, e.__notes__)
