# enum classes, members and the functional API fed ill-typed arguments.
# No SystemError may come out.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto


class Color(Enum):
    RED = 1
    GREEN = 2


class Perm(Flag):
    R = 4
    W = 2
    X = 1


class IPerm(IntFlag):
    R = 4
    W = 2


class Name(StrEnum):
    A = auto()


values = [None, 0, -1, 7, 2**70, -2**70, "x", b"x", [], {}, (), (1, 2), 1.5, object(),
          Color.RED, Perm.R, IPerm.W, Name.A, Color, Perm, int]
bad = count = 0


def attempt(fn, *args, **kw):
    global bad, count
    count += 1
    try:
        r = fn(*args, **kw)
        repr(r), str(r)
    except SystemError as e:
        bad += 1
        print("SYSTEMERROR", fn, args, kw, e)
    except BaseException:
        pass


ops = [lambda a, b: a | b, lambda a, b: a & b, lambda a, b: a ^ b, lambda a, b: ~a,
       lambda a, b: a in b, lambda a, b: a == b, lambda a, b: a < b, lambda a, b: a + b,
       lambda a, b: format(a, str(b)), lambda a, b: len(a), lambda a, b: list(a)]
for cls in (Color, Perm, IPerm, Name, Enum, Flag, IntEnum, StrEnum, IntFlag):
    for v in values:
        attempt(cls, v)
        attempt(cls.__getitem__, v)
        attempt(cls.__contains__, v)
        attempt(cls, "New", v)
        attempt(cls, "New", "A B", type=v)
        attempt(cls, "New", "A B", start=v)
        attempt(cls, "New", "A B", boundary=v)
        for w in values:
            attempt(cls, v, w)
for a in values:
    for b in values:
        for op in ops:
            attempt(op, a, b)
for fn in (enum.unique, enum.verify(enum.UNIQUE), enum.verify(enum.CONTINUOUS),
           enum.verify(enum.NAMED_FLAGS), enum.global_enum,
           enum.member, enum.nonmember, enum.auto, enum.EnumDict, enum.global_str,
           enum.global_enum_repr, enum.global_flag_repr, enum.pickle_by_enum_name):
    for v in values:
        attempt(fn, v)
        attempt(fn, v, v)
for body in ["X = 1\n    X = 2", "_x_ = 1", "_ignore_ = 3", "_order_ = 5\n    A = 1",
             "A = auto()\n    B = 'x'\n    C = auto()", "mro = 1", "__new__ = 3\n    A = 1",
             "def __init__(self): pass\n    A = 1", "A = (1, 2)\n    def __new__(cls): return 3"]:
    for base in ("Enum", "Flag", "IntEnum", "StrEnum", "IntFlag"):
        count += 1
        try:
            exec("class T(%s):\n    %s\nlist(T)\nrepr(list(T))" % (base, body), vars(enum))
        except SystemError as e:
            bad += 1
            print("SYSTEMERROR", base, body, e)
        except BaseException:
            pass
# (show_flag_values and bin loop or grow without end on negative or huge
# arguments, in CPython too: only sane ones here.)
for v in [0, 5, 2**70, "x", None, 1.5]:
    attempt(enum.show_flag_values, v)
    attempt(enum.bin, v)
    attempt(enum.bin, v, 8)
print("calls", count, "system errors", bad)
