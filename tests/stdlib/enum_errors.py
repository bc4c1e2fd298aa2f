# Pins enum's error messages and edge rules: EnumDict checks, class-creation
# errors, _missing_ and value lookup, Flag boundaries and operators, reprs,
# str/format of mixed-in enums, aliases, pickling hooks, verify/unique failures.
import enum
from enum import (Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, verify,
                  UNIQUE, CONTINUOUS, NAMED_FLAGS, STRICT, CONFORM, EJECT, KEEP,
                  member, nonmember, ReprEnum, EnumType, EnumDict)


def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=', repr(r))


def make(src):
    ns = {}
    exec(src, globals(), ns)
    return ns


class Desc:
    def __get__(self, obj, cls=None):
        return 1
    def __repr__(self):
        return 'Desc()'


def attempt_type(label, fn):
    try:
        fn()
    except Exception as e:
        print(label, '->', type(e).__name__, str(e).split(':')[0])


# EnumDict checks
attempt('private _sunder_', lambda: make('class E(Enum):\n _x_ = 1'))
attempt('dunder reuse', lambda: make('class E(Enum):\n A = 1\n A = 2'))
attempt('member then method', lambda: make('class E(Enum):\n A = 1\n def A(self): pass'))
attempt('key descriptor', lambda: make('class E(Enum):\n A = Desc()\n A = 1')['E'].__members__)
attempt('ignore str', lambda: make('class E(Enum):\n _ignore_ = "x y"\n x = 1\n y = 2\n z = 3')['E'].__members__)
attempt('ignore late', lambda: make('class E(Enum):\n A = 1\n _ignore_ = ["A"]'))
attempt('order mismatch', lambda: make('class E(Enum):\n _order_ = "B A"\n A = 1\n B = 2'))
attempt('generate after', lambda: make('class E(Enum):\n A = auto()\n def _generate_next_value_(n, s, c, l): return n'))
attempt('mro reserved', lambda: make('class E(Enum):\n mro = 1'))
attempt('names reserved', lambda: make('class E(Enum):\n _names_ = 1'))
attempt('extend', lambda: make('class E(Enum):\n A = 1\nclass F(E):\n B = 2'))
attempt_type('mixins', lambda: make('class E(int, str, Enum):\n A = 1'))
attempt('bad base order', lambda: make('class E(Enum, int):\n A = 1'))
attempt('dunder value ok', lambda: list(make('class E(Enum):\n __x__ = 1\n A = 2')['E']))
attempt('sunder repr', lambda: make('class E(Enum):\n _repr_ = 1'))

print('EnumDict', EnumDict.__name__, EnumDict.__mro__[1].__name__)

# lookup
class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    BLUE = [3]
    def describe(self):
        return self.name.lower()

attempt('lookup', lambda: Color(1))
attempt('alias', lambda: Color.CRIMSON)
attempt('unhashable', lambda: Color([3]))
attempt('bad value', lambda: Color(9))
attempt('bad name', lambda: Color['PURPLE'])
attempt('by name', lambda: Color['CRIMSON'])
print(list(Color), len(Color), list(reversed(Color)), Color.__members__.keys())
print(Color.RED in Color, 1 in Color, 9 in Color, [3] in Color)
attempt('set member', lambda: setattr(Color, 'RED', 5))
attempt('del member', lambda: delattr(Color, 'RED'))
attempt('value set', lambda: setattr(Color.RED, 'value', 5))
attempt('name set', lambda: setattr(Color.RED, 'name', 'x'))
attempt('call extend', lambda: Color('X', 'Y'))
attempt('bool', lambda: bool(Color.RED))
print(repr(Color.RED), str(Color.RED), format(Color.RED), f'{Color.RED:>10}|', Color.RED.describe())
print(Color.RED.__reduce_ex__(4), hash(Color.RED) == hash('RED'))
print(sorted(dir(Color.RED)), sorted(n for n in dir(Color) if not n.startswith('__')))

class Missing(Enum):
    A = 1
    B = 2
    @classmethod
    def _missing_(cls, value):
        if value == 'a':
            return cls.A
        if value == 'bad':
            return 5
        if value == 'boom':
            raise KeyError('k')
        return None

attempt('missing ok', lambda: Missing('a'))
attempt('missing bad', lambda: Missing('bad'))
attempt('missing none', lambda: Missing('zz'))
attempt('missing raises', lambda: Missing('boom'))

class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f'{name}:{start}:{count}:{last_values}'
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), Auto.D.value)

class AutoNum(Enum):
    A = auto()
    B = 5
    C = auto()
    D = 'x'
attempt('auto after str', lambda: make('class E(Enum):\n A = "x"\n B = auto()')['E'].B)
print(list(AutoNum))
attempt('auto tuple', lambda: list(make('class E(Enum):\n A = auto(), 5\n B = auto(), 6')['E']))
print(repr(auto()), auto().value is enum._auto_null if hasattr(enum, '_auto_null') else 'n/a')

class IE(IntEnum):
    X = 1
    Y = 2
print(repr(IE.X), str(IE.X), format(IE.X), f'{IE.X:03d}', IE.X + 1, IE(2), IE.X < IE.Y)
class SE(StrEnum):
    A = auto()
    Bee = 'b'
print(repr(SE.A), str(SE.A), format(SE.A), SE.Bee.upper(), list(SE))
attempt('strenum int', lambda: make('class E(StrEnum):\n A = 1'))
attempt('strenum enc', lambda: list(make('class E(StrEnum):\n A = (b"x", "ascii")')['E']))
attempt('strenum 4', lambda: make('class E(StrEnum):\n A = ("a", "b", "c", "d")'))
attempt('strenum enc bad', lambda: make('class E(StrEnum):\n A = ("a", 1)'))

class FE(float, Enum):
    PI = 3.14
print(repr(FE.PI), str(FE.PI), format(FE.PI))
attempt('float fmt', lambda: f'{FE.PI:.1f}')
class Tup(tuple, Enum):
    A = (1, 2)
print(repr(Tup.A), Tup.A[0], Tup((1, 2)))
class Pt(Enum):
    A = (1, 2)
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Pt.A.x, Pt.A.y, Pt.A.value, Pt((1, 2)))
class WithNew(int, Enum):
    def __new__(cls, value, label):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
    ONE = 1, 'one'
    TWO = 2, 'two'
print(WithNew.ONE.label, WithNew(2), repr(WithNew.TWO))

attempt('reprenum plain', lambda: make('class R(ReprEnum):\n A = 1'))
class R(int, ReprEnum):
    A = 1
print(repr(R.A), str(R.A), format(R.A))

# member / nonmember / property
class MN(Enum):
    A = 1
    B = nonmember(2)
    @member
    def f(x):
        return x
    @enum.property
    def double(self):
        return self.value * 2
print(list(MN.__members__), MN.B, MN.A.double, MN.f.value(3))
attempt('prop on class', lambda: MN.double)

# Flag
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(repr(Perm.R | Perm.W), str(Perm.R | Perm.W), repr(Perm(0)), str(Perm(0)), Perm.RWX, repr(~Perm.R))
print(list(Perm.RWX), list(Perm), len(Perm.R | Perm.X), Perm.R in Perm.RWX, bool(Perm(0)))
print(Perm.R & Perm.W, Perm.R ^ Perm.RWX, Perm.RWX & ~Perm.W, Perm.R | 1 if False else 'skip')
attempt('flag or int', lambda: Perm.R | 1)
attempt('flag and str', lambda: Perm.R & 'x')
attempt('flag contains int', lambda: 3 in Perm.RWX)
attempt('flag bad value', lambda: Perm(8))
attempt('flag neg', lambda: Perm(-1))
attempt('flag str value', lambda: Perm('x'))
print([m.name for m in Perm], Perm._flag_mask_, Perm._all_bits_, Perm._boundary_)

for b in (STRICT, CONFORM, EJECT, KEEP):
    class BF(Flag, boundary=b):
        A = 1
        B = 2
    attempt(f'{b.name} 7', lambda: BF(7))
    attempt(f'{b.name} 4', lambda: BF(4))
    attempt(f'{b.name} ~A', lambda: ~BF.A)
class BI(IntFlag, boundary=KEEP):
    A = 1
    B = 4
print(repr(BI(3)), repr(BI(16)), repr(~BI.A), str(BI(3)), format(BI(3)))
class II(IntFlag):
    A = 1
    B = 2
print(repr(II.A | 4), II.A | 4, repr(II(8)), II.A + 1, repr(~II.A), repr(II.A ^ II.B), repr(II.A & 3), repr(3 | II.A))
attempt('strict', lambda: make('class E(Flag, boundary=STRICT):\n A = 1\n B = 4')['E'](2))
class Multi(Flag):
    A = 1
    B = 2
    AB = 3
    C = 8
print(repr(Multi(11)), repr(Multi(3)), list(Multi(11)), repr(Multi.A | Multi.C))
attempt('alias flag', lambda: list(Multi.__members__))
class AutoF(Flag):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in AutoF], repr(AutoF.A | AutoF.C))
attempt('auto flag bad', lambda: make('class E(Flag):\n A = "x"\n B = auto()'))

# verify / unique failures
attempt('unique', lambda: unique(Color))
attempt('verify unique', lambda: verify(UNIQUE)(Color))
attempt('continuous', lambda: make('@verify(CONTINUOUS)\nclass E(IntEnum):\n A = 1\n B = 3\n C = 4'))
attempt('named flags', lambda: make('@verify(NAMED_FLAGS)\nclass E(Flag):\n A = 1\n B = 2\n C = 7'))
attempt('continuous flag', lambda: make('@verify(CONTINUOUS)\nclass E(Flag):\n A = 1\n B = 4'))
attempt('verify ok', lambda: list(make('@verify(UNIQUE, CONTINUOUS)\nclass E(IntEnum):\n A = 1\n B = 2')['E']))

# functional API
F = Enum('F', 'a b c', start=5)
print(list(F), F.__module__, F.__qualname__)
G = Enum('G', [('x', 10), ('y', 20)], type=int)
print(repr(G.x), G.x + 1)
H = IntFlag('H', {'P': 1, 'Q': 2}, boundary=KEEP)
print(repr(H(7)), H._boundary_)
attempt('functional empty', lambda: list(Enum('Empty', [])))
attempt('functional bad', lambda: Enum('B', 5))

# repr helpers
print(enum.show_flag_values(13), enum._simple_enum is not None, enum.EnumCheck.UNIQUE, repr(enum.FlagBoundary.STRICT))
print(repr(Enum), repr(EnumType), EnumType.__name__, Color.__class__.__name__)
print(Color.__dir__(Color)[:3] if False else 'x', isinstance(Color, EnumType), issubclass(IE, int))

# pickling
import copy
for v in (Color.RED, IE.Y, Perm.R | Perm.W, II.A | 4, SE.A, WithNew.ONE):
    print(v.__reduce_ex__(4), copy.copy(v) is v, copy.deepcopy(v) == v)

# __init_subclass__, _add_alias_, _add_value_alias_
class Base(Enum):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw, list(cls.__members__))
        super().__init_subclass__()
class Sub(Base, tag=1):
    A = 1
class AV(Enum):
    A = 1
    B = 2
AV.A._add_alias_('ALPHA')
AV.B._add_value_alias_(22)
print(AV.ALPHA, AV(22), list(AV.__members__))
attempt('add alias dup', lambda: AV.B._add_alias_('A'))
attempt('value alias dup', lambda: AV.A._add_value_alias_(2))

# global_enum
@enum.global_enum
class GE(Enum):
    GA = 1
print(repr(GE.GA), str(GE.GA), GE.GA.__module__ if hasattr(GE.GA, '__module__') else '')
@enum.global_enum
class GF(IntFlag):
    FA = 1
    FB = 2
print(repr(GF.FA | GF.FB), repr(GF(0)), str(GF.FA))

# rules the rewrite follows CPython 3.13 on
attempt('non-flag boundary', lambda: Color._boundary_)
print(Perm._boundary_, Perm._singles_mask_, hasattr(Enum, '_flag_mask_'), hasattr(Flag, '_flag_mask_'))
attempt('order with alias', lambda: list(make('class E(Enum):\n _order_ = "A B"\n A = 1\n B = 2\n C = 1')['E']))
attempt('order flag', lambda: list(make('class E(Flag):\n _order_ = "A B"\n A = 1\n B = 2\n AB = 3')['E']))
attempt('show neg', lambda: enum.show_flag_values(-1))
attempt('show member', lambda: enum.show_flag_values(Perm.RWX))
print(enum.bin(0), enum.bin(5), enum.bin(-3), enum.bin(-11), enum.bin(3, 6), enum.bin(-3, 6))
attempt('tuple lookup', lambda: Pt(1, 2))
attempt('call none', lambda: Color(1, None))
attempt('empty call', lambda: Enum('X'))
attempt('no members', lambda: make('class E(Enum):\n pass')['E'](1))
attempt('super new', lambda: make('class E(int, Enum):\n def __new__(cls, v):\n  return super().__new__(cls, v)\n A = 1'))
from dataclasses import dataclass
@dataclass
class Pos:
    x: int
    y: int = 0
class DC(Pos, Enum):
    ORIGIN = 0, 0
    UNIT = 1, 1
print(repr(DC.UNIT), str(DC.UNIT), DC.UNIT.x, DC((0, 0)) if False else '')
class Nested(Enum):
    A = 1
    class Inner:
        pass
print(list(Nested), Nested.Inner.__name__)
class Priv(Enum):
    _Priv__secret = 5
    A = 1
print(list(Priv), Priv._Priv__secret)
class OldOrder(Enum):
    __order__ = 'A B'
    A = 1
    B = 2
print(list(OldOrder))
class Gnv(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    X = auto()
print(Gnv.X.value, type(Gnv.__dict__['_generate_next_value_']).__name__)
class Desc2(Enum):
    A = 1
    @property
    def name(self):
        return 'N:' + self._name_
print(Desc2.A.name, Desc2.A)
class ValueMember(Enum):
    value = 1
    name = 2
print(ValueMember.value, ValueMember.name, ValueMember.value.value, ValueMember.name.name)
class WithAttr(Enum):
    A = 1
    def mro_like(self):
        return 1
class Sub2(int, Enum):
    real = 5
    imag = 6
print(Sub2.real, Sub2.real.real, Sub2.imag.value)
attempt('eject op', lambda: make('class E(Flag, boundary=EJECT):\n A = 1\n B = 2')['E'].A | 4)
attempt('invert eject', lambda: ~make('class E(IntFlag, boundary=EJECT):\n A = 1\n B = 2')['E'].A)
attempt('keep neg', lambda: make('class E(Flag, boundary=KEEP):\n A = 1\n B = 2')['E'](-1))
attempt('conform neg', lambda: make('class E(Flag, boundary=CONFORM):\n A = 1\n B = 2')['E'](-2))
attempt('strict alias', lambda: make('class E(Flag):\n A = 1\n C = 4\n AC = 5')['E'](5))
attempt('intflag str', lambda: [str(II.A | II.B), format(II.A | II.B, 'x'), repr(II(0))])
print(sorted(dir(Perm.R))[:5], 'name' in dir(Perm), '__new__' in dir(IE), len(dir(IE)) > 20)
print(sorted(set(dir(Color)) - {'__init_subclass__'}))
