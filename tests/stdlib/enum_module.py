# enum: Enum, IntEnum, StrEnum, Flag, IntFlag, their reprs, strs and formats,
# lookups and their errors, auto, aliases, the functional API, boundaries,
# unique/verify, member/nonmember, property, global_enum, _missing_,
# _ignore_, _order_, copying and __reduce_ex__.
import copy
import enum
import sys
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, EnumType,
                  EnumMeta, auto, unique, verify, UNIQUE, CONTINUOUS,
                  NAMED_FLAGS, FlagBoundary, STRICT, CONFORM, EJECT, KEEP,
                  member, nonmember, global_enum, show_flag_values)


def attempt(fn):
    try:
        r = fn()
    except Exception as e:
        print("  %s: %s" % (type(e).__name__, e))
    else:
        print("  ->", repr(r))


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return "%s is %d" % (self.name, self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN


print("-- Enum")
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], len(Color))
print(list(Color), list(reversed(Color)))
print(Color.CRIMSON is Color.RED, Color.__members__)
print(Color.RED.describe(), Color.favourite(), Color.RED.GREEN)
print(f"[{Color.RED}] [{Color.RED:>12}] [{Color.RED!r}]")
print(Color.RED == 1, Color.RED == Color.RED, Color.RED < Color.GREEN if False else "no order")
print(isinstance(Color.RED, Color), type(Color), EnumMeta is EnumType)
print(Color.RED in Color, 1 in Color, 5 in Color, "RED" in Color)
print(dir(Color))
print(dir(Color.RED))
print(Color._member_names_, Color._value2member_map_)
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.BLUE) is Color.BLUE)
print(Color.RED.__reduce_ex__(4))
print(bool(Color), bool(Color.RED), hash(Color.RED) == hash("RED"))
attempt(lambda: Color(7))
attempt(lambda: Color["PURPLE"])
attempt(lambda: setattr(Color, "RED", 5))
attempt(lambda: delattr(Color, "RED"))
attempt(lambda: setattr(Color.RED, "name", "x"))
attempt(lambda: Color.RED < Color.GREEN)

print("-- definition errors")


def define(body):
    try:
        exec(body, {"Enum": Enum, "IntEnum": IntEnum, "Flag": Flag, "auto": auto,
                    "ReprEnum": ReprEnum, "member": member, "nonmember": nonmember})
    except Exception as e:
        print("  %s: %s" % (type(e).__name__, e))
    else:
        print("  ok")


define("class A(Enum):\n    X = 1\n    X = 2\n")
define("class A(Enum):\n    _bad_ = 1\n")
define("class A(Enum):\n    X = 1\nclass B(A):\n    Y = 2\n")
define("class A(Enum):\n    mro = 1\n")
define("class A(Enum):\n    X = auto()\n    def _generate_next_value_(name, start, count, last):\n        return 1\n")
define("class A(Enum):\n    _order_ = 'Y X'\n    X = 1\n    Y = 2\n")
define("class A(Enum):\n    __order__ = 'X Y'\n    X = 1\n    Y = 2\n")
define("class A(ReprEnum):\n    X = 1\n")
define("class A(int, str, Enum):\n    X = 1\n")
define("class A(Enum, int):\n    X = 1\n")
define("class A(IntEnum):\n    X = 'abc'\n")
define("class A(Flag):\n    X = 1\n    Y = 6\n")
define("class A(Enum):\n    X = auto()\n    Y = 'a'\n    Z = auto()\n")

print("-- auto and _generate_next_value_")


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
    E = (auto(), auto())


print(list(Auto), repr(auto()), repr(auto(5)))


class Lower(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()


print(list(Lower))


class Strs(StrEnum):
    ALPHA = auto()
    BETA = "b"


print(Strs.ALPHA, repr(Strs.BETA), Strs.ALPHA == "alpha", f"{Strs.BETA:>3}", Strs.ALPHA.upper())
attempt(lambda: StrEnum("Bad", [("X", 1)]))

print("-- IntEnum")


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(Num.ONE, repr(Num.TWO), Num.ONE + Num.TWO, Num.TWO * 3, f"{Num.TWO:03d}", str(Num.ONE), Num(2))
print(sorted([Num.TWO, Num.ONE]), Num.ONE < 2, int(Num.TWO), Num.TWO.real, 2 in Num)
print(dir(Num)[:3], "bit_length" in dir(Num.ONE), Num.ONE.__reduce_ex__(2))

print("-- special members")


class Special(Enum):
    _ignore_ = "tmp i"
    A = 1
    B = nonmember(2)
    C = member(lambda: 3)
    tmp = 4

    @enum.property
    def doubled(self):
        return self.value * 2

    class Inner:
        pass


print([m.name for m in Special], Special.B, Special.A.doubled, Special.C.value(), hasattr(Special, "tmp"))
print(type(Special.__dict__["doubled"]).__name__, Special.Inner)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, Planet((3.303e+23, 2.4397e6)))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, "P.X")
    PY = (1, "P.Y")


print(str(Coord.PY), Coord(1).label, Coord.PX.value)


class Missing(Enum):
    A = "a"
    B = "b"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() in ("a", "b"):
            return cls(value.lower())
        if value == 0:
            return 0
        return None


print(Missing("A"), Missing("b"))
attempt(lambda: Missing("z"))
attempt(lambda: Missing(0))


class Unhashable(Enum):
    L = [1, 2]
    D = {"k": 1}


print(Unhashable([1, 2]), Unhashable({"k": 1}), [1, 2] in Unhashable)

print("-- functional API")
F1 = Enum("F1", "A B C")
F2 = Enum("F2", "X, Y", start=10)
F3 = Enum("F3", [("P", 5), ("Q", 6)])
F4 = Enum("F4", {"K": "k"})
F5 = IntEnum("F5", ["U", "V"])
F6 = Enum("F6", "A", module="mymod", qualname="Outer.F6")
F7 = Enum("F7", "S T", type=str)
F8 = Flag("F8", "R W X")
for e in (F1, F2, F3, F4, F5, F6, F7, F8):
    print(repr(e), list(e), e.__module__, e.__qualname__)
attempt(lambda: Enum("Empty", ()))
attempt(lambda: list(Enum("Empty2", [])))
attempt(lambda: Enum(1))

print("-- Flag")


class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
    NONE = 0


print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.RWX, repr(~Perm.R), Perm(0), repr(Perm(0)))
print(list(Perm), list(Perm.RWX), len(Perm.R | Perm.X), Perm.R in Perm.RWX, bool(Perm.NONE))
print(Perm.R & Perm.W, Perm.R ^ Perm.RWX, ~Perm.RWX, ~Perm.NONE, Perm(5), Perm.__members__.keys())
print(f"{Perm.R | Perm.X}", str(Perm(3)), Perm.R.__reduce_ex__(2))
attempt(lambda: Perm(8))
attempt(lambda: Perm("x"))
attempt(lambda: 1 in Perm.R)
attempt(lambda: Perm.R | 1)
attempt(lambda: Perm.R + Perm.W)


class Order(Flag):
    B = 2
    A = 1
    C = 4


print(list(Order), list(Order(7)), Order(3))


class AutoFlag(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


print(list(AutoFlag), AutoFlag.AB, repr(AutoFlag(7)))

print("-- boundaries")


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


attempt(lambda: Strict(7))
print(repr(Conform(7)), repr(Eject(7)), repr(Keep(7)), str(Keep(7)), repr(~Keep.A), repr(~Conform.A))
print(Strict._boundary_, Keep._boundary_, repr(FlagBoundary.KEEP), list(FlagBoundary))
print(show_flag_values(13), enum.bin(5), enum.bin(-3), enum.bin(0), enum.bin(5, 8))

print("-- IntFlag")


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


print(IPerm.R | IPerm.W, repr(IPerm.R | IPerm.W), repr(IPerm.R | 8), IPerm(9), repr(~IPerm.R))
print(IPerm.R + 1, IPerm.R | 1, repr(IPerm.R | 1), repr(1 | IPerm.R), repr(IPerm(0)), IPerm.W == 2)
print(f"{IPerm.R | IPerm.X}", list(IPerm(7)), IPerm(-1), repr(IPerm(-1)))

print("-- unique and verify")
attempt(lambda: unique(Color))
print(unique(Num) is Num)
attempt(lambda: verify(UNIQUE)(Color))


def cont():
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        B = 2
        D = 4
        F = 6
cont_f = lambda: cont()
attempt(cont_f)


def cont_flag():
    @verify(CONTINUOUS)
    class FGaps(Flag):
        A = 1
        C = 4
        E = 16


attempt(cont_flag)


def named():
    @verify(NAMED_FLAGS)
    class Named(Flag):
        A = 1
        B = 2
        ABC = 7
        FULL = 31


attempt(named)
print(verify(UNIQUE, CONTINUOUS)(Num) is Num)
print(list(enum.EnumCheck), repr(UNIQUE))

print("-- global_enum")


@global_enum
class Globe(Enum):
    NORTH = 1
    SOUTH = 2


print(repr(NORTH), str(SOUTH), repr(Globe.NORTH), Globe.NORTH is NORTH)


@global_enum
class GFlag(Flag):
    GA = 1
    GB = 2


print(repr(GFlag.GA | GFlag.GB), repr(GA), repr(GFlag(0)), str(GFlag.GA | GFlag.GB))

print("-- pickling helpers")


class ByName(Enum):
    __reduce_ex__ = enum.pickle_by_enum_name
    A = 1


print(ByName.A.__reduce_ex__(2), enum.pickle_by_global_name(Color.RED, 2))
print(sorted(n for n in dir(enum) if not n.startswith("_")))
