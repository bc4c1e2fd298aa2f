# typing: Protocol, runtime_checkable, isinstance/issubclass with CPython's errors,
# protocol members, the Supports* protocols, IO classes.
import collections.abc
from typing import *


class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class RCloser(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class HasX(Protocol):
    x: int

    def method(self): ...


class File:
    def close(self):
        pass


class WithX:
    def __init__(self):
        self.x = 1

    def method(self):
        pass


class NoneClose:
    close = None


print(isinstance(File(), RCloser), isinstance(1, RCloser), issubclass(File, RCloser))
print(isinstance(NoneClose(), RCloser), issubclass(NoneClose, RCloser))
print(isinstance(WithX(), HasX), isinstance(File(), HasX))
for thunk in [lambda: isinstance(File(), Closer), lambda: issubclass(File, Closer),
              lambda: issubclass(WithX, HasX), lambda: issubclass(1, RCloser),
              lambda: issubclass(1, Closer), lambda: Closer(), lambda: RCloser(),
              lambda: runtime_checkable(File), lambda: runtime_checkable(int),
              lambda: isinstance(1, Protocol), lambda: type(Protocol()).__name__,
              lambda: get_protocol_members(File)]:
    try:
        print(thunk())
    except TypeError as e:
        print('TypeError:', e)

print(sorted(Closer.__protocol_attrs__), sorted(HasX.__protocol_attrs__))
print(sorted(get_protocol_members(HasX)), sorted(HasX.__non_callable_proto_members__))
print(is_protocol(Closer), is_protocol(Protocol), is_protocol(File), is_protocol(1))
print(Closer._is_protocol, RCloser._is_runtime_protocol, Closer._is_runtime_protocol)


class Impl(Closer):
    def __init__(self, n):
        self.n = n


class ImplNoInit(RCloser):
    pass


print(Impl(3).n, Impl._is_protocol, type(ImplNoInit()).__name__, isinstance(Impl(1), Impl))


class SubProto(RCloser, Protocol):
    def open(self): ...


print(is_protocol(SubProto), sorted(SubProto.__protocol_attrs__), SubProto._is_runtime_protocol)
try:
    class Bad(File, Protocol):
        pass
except TypeError as e:
    print(e)


class Sized2(collections.abc.Sized, Protocol):
    pass


print(sorted(Sized2.__protocol_attrs__))

T = TypeVar('T')


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...


class IntBox:
    def get(self):
        return 1


print(Box[int], Box.__parameters__, isinstance(IntBox(), Box))
try:
    isinstance(IntBox(), Box[int])
except TypeError as e:
    print(e)


class PEP695[T](Protocol):
    def put(self, x: T) -> None: ...


print(PEP695.__parameters__, PEP695[int], PEP695.__orig_bases__, PEP695.__mro__)

for p, good, bad in [(SupportsInt, 3.5, 'x'), (SupportsFloat, 1, 'x'), (SupportsIndex, 1, 1.0),
                     (SupportsAbs, -1, 'x'), (SupportsRound, 1.5, 'x'), (SupportsBytes, b'', 1),
                     (SupportsComplex, 1j, 1)]:
    print(p.__name__, isinstance(good, p), isinstance(bad, p), sorted(p.__protocol_attrs__),
          p.__abstractmethods__, p.__module__)
print(SupportsAbs[int], SupportsAbs.__parameters__, SupportsRound[float])
print(IO.__parameters__, TextIO.__mro__, BinaryIO.__orig_bases__, IO[str])
print(sorted(n for n in vars(IO) if not n.startswith('_')))
print(sorted(n for n in vars(TextIO) if not n.startswith('_')))
print(IO.read.__isabstractmethod__, isinstance(IO.__dict__['mode'], property))
print(isinstance([], Iterable), isinstance([], Sized), issubclass(list, Sequence),
      isinstance({}, Mapping), issubclass(dict, MutableMapping), isinstance(3, Hashable))
for thunk in [lambda: isinstance([], List[int]), lambda: issubclass(list, List[int]),
              lambda: isinstance(1, Union[int, str]), lambda: issubclass(bool, Optional[int]),
              lambda: isinstance(1, Any), lambda: isinstance(1, Literal[1]),
              lambda: isinstance(1, ClassVar), lambda: issubclass(int, Final),
              lambda: isinstance([], List), lambda: issubclass(List, Sequence),
              lambda: isinstance(1, int | str), lambda: isinstance([], list[int]),
              lambda: isinstance({}, TypedDict), lambda: isinstance(1, Callable),
              lambda: isinstance(len, Callable[[int], int]), lambda: issubclass(Dict, Mapping)]:
    try:
        print(thunk())
    except TypeError as e:
        print('TypeError:', e)
