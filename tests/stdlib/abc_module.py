# abc: ABCMeta, abstract methods, register, caches, update_abstractmethods.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Base(ABC):
    @abstractmethod
    def run(self): ...

    @abstractmethod
    def stop(self): ...

    @classmethod
    @abstractmethod
    def make(cls): ...

    @property
    @abstractmethod
    def name(self): ...


print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Half(Base):
    def run(self):
        return "run"


try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Full(Half):
    def stop(self):
        return "stop"

    @classmethod
    def make(cls):
        return cls()

    @property
    def name(self):
        return "full"


f = Full.make()
print(f.run(), f.stop(), f.name, Full.__abstractmethods__)
print(isinstance(f, Base), issubclass(Full, Base), issubclass(int, Base))


class Plain:
    pass


print(Base.register(Plain) is Plain)
print(isinstance(Plain(), Base), issubclass(Plain, Base))


class SubPlain(Plain):
    pass


print(issubclass(SubPlain, Base), isinstance(SubPlain(), Half))
print(Base.register(Full) is Full)
try:
    Full.register(Base)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    Base.register(3)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(3, Base)
except TypeError as e:
    print("TypeError:", e)

t0 = abc.get_cache_token()


class Other(ABC):
    pass


Other.register(int)
print(abc.get_cache_token() - t0, isinstance(3, Other), issubclass(bool, Other))
Other.register(int)
print(abc.get_cache_token() - t0)


class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            if any("quack" in B.__dict__ for B in C.__mro__):
                return True
            if any("bark" in B.__dict__ for B in C.__mro__):
                return False
        return NotImplemented


class Duck:
    def quack(self): ...


class Dog:
    def bark(self): ...


Hook.register(Dog)
print(issubclass(Duck, Hook), isinstance(Duck(), Hook), issubclass(Dog, Hook), issubclass(int, Hook))


class BadHook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42


try:
    issubclass(int, BadHook)
except AssertionError as e:
    print("AssertionError:", e)

# Deprecated decorators.
class Old(metaclass=ABCMeta):
    @abc.abstractclassmethod
    def c(cls): ...

    @abc.abstractstaticmethod
    def s(): ...

    @abc.abstractproperty
    def p(self): ...


print(sorted(Old.__abstractmethods__))
print(abc.abstractclassmethod.__isabstractmethod__, abc.abstractproperty.__isabstractmethod__)


# update_abstractmethods
class Late(ABC):
    @abstractmethod
    def a(self): ...


def a(self):
    return 1


Late.a = a
print(sorted(Late.__abstractmethods__), abc.update_abstractmethods(Late) is Late, sorted(Late.__abstractmethods__))
Late()
Late.b = abstractmethod(lambda self: 2)
abc.update_abstractmethods(Late)
print(sorted(Late.__abstractmethods__))
print(abc.update_abstractmethods(int) is int)

# Metaclass keyword arguments reach __init_subclass__.
class WithKw(ABC):
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class Tagged(WithKw, tag="x"):
    pass


print(Tagged.tag, type(Tagged).__name__, type(ABC), ABC.__slots__)

# Caches and the registry can be cleared.
class Reg(ABC):
    pass


Reg.register(float)
print(isinstance(1.5, Reg))
Reg._abc_registry_clear()
Reg._abc_caches_clear()
print(isinstance(1.5, Reg))
print(type(Reg._abc_impl).__name__)

# isinstance/issubclass through a metaclass's __instancecheck__.
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 7

    def __subclasscheck__(cls, sub):
        return sub is str


class Any7(metaclass=Meta):
    pass


print(isinstance(7, Any7), isinstance(8, Any7), issubclass(str, Any7), issubclass(int, Any7))
print(isinstance(7, (int, Any7)), issubclass(str, (Any7, int)))
print(abstractmethod(lambda: 0).__isabstractmethod__)
print(abc.ABCMeta.register.__doc__ is not None, abc.__name__)
