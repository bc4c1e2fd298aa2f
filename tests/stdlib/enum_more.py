# More enum: mixins (str, float), __init__ with tuple values, aliases in IntEnum,
# __init_subclass__, custom str/repr, IntFlag arithmetic and formats, auto
# flags, extension errors, _add_alias_ and _add_value_alias_.
from enum import *
import enum
class Base(Enum):
    def describe(self): return self.name.lower()
    @classmethod
    def first(cls): return next(iter(cls))
class Sub(Base):
    A = 1
    B = 2
print(Sub.A.describe(), Sub.first(), Sub.__mro__)
class Mixed(str, Enum):
    X = "x"
    Y = "y"
print(Mixed.X, repr(Mixed.X), f"{Mixed.X}", Mixed.X == "x", Mixed("y"))
class FloatE(float, Enum):
    PI = 3.14
print(FloatE.PI, repr(FloatE.PI), FloatE.PI + 1)
class WithInit(Enum):
    A = 1, "one"
    B = 2, "two"
    def __init__(self, num, text):
        self.num = num
        self.text = text
print(WithInit.A.num, WithInit.B.text, WithInit((1, "one")), dir(WithInit.A))
class Shape(IntEnum):
    SQ = 2
    DI = 1
    CIRCLE = 3
    ALIAS = 2
print(list(Shape), Shape.ALIAS, Shape(2), Shape.__members__.keys(), max(Shape), Shape.SQ.bit_length())
class Sub2(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print("init_subclass", cls.__name__)
class Sub3(Sub2):
    Q = 1
print(Sub3.Q)
class Over(Enum):
    A = 1
    def __str__(self): return "custom"
    def __repr__(self): return "R"
print(Over.A, repr(Over.A), f"{Over.A}", [Over.A])
Animal = Enum("Animal", "ANT BEE", start=0)
print(list(Animal), Animal.ANT.value, Animal(1))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W | Perm.X, Perm(7), repr(Perm(7)), Perm.R in Perm(6), Perm(6) & 2, repr(Perm(6) & 2), Perm.R < 5)
print(format(Perm.R, "x"), f"{Perm.R | Perm.W!s}", str(Perm.R), bool(Perm(0)), list(Perm(0)))
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(Color.WHITE, list(Color.WHITE), ~Color.RED, Color.RED | Color.GREEN | Color.BLUE, Color(0), Color.WHITE.value)
print(Sub.A.__class__, type(Sub), isinstance(Sub, EnumMeta), Sub.__name__, Sub.A.__objclass__)
print(hash(Sub.A) == hash(Sub.A), {Sub.A: 1}[Sub.A], Sub.A is Sub(1), Sub.A != Sub.B)
try:
    class Bad(Sub): C = 3
except TypeError as e: print(e)
print(Sub.A.value, Sub.A._value_, Sub.A._name_, Sub._member_map_)
class E(Enum):
    A = 1
E.A._add_alias_("AA")
E.A._add_value_alias_(5)
print(E.AA, E(5), E.__members__)
