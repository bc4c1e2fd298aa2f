# dataclasses: the generated methods, every dataclass() and field() option,
# InitVar, KW_ONLY, __post_init__, inheritance, slots, asdict/astuple,
# make_dataclass, replace, and the errors with their messages.
import copy
import dataclasses
from collections import namedtuple, defaultdict, OrderedDict
from dataclasses import (dataclass, field, fields, asdict, astuple, replace,
                         make_dataclass, is_dataclass, InitVar, KW_ONLY,
                         FrozenInstanceError, MISSING, Field)


def attempt(fn):
    try:
        r = fn()
    except Exception as e:
        print("  %s: %s" % (type(e).__name__, e))
    else:
        print("  ->", repr(r))


def show_field(f):
    print("  ", f.name, f.type, "default" if f.default is not MISSING else "-",
          f.default if f.default is not MISSING else "",
          f.default_factory if f.default_factory is not MISSING else "-",
          f.init, f.repr, f.hash, f.compare, dict(f.metadata), f.kw_only, f._field_type)


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
    secret: str = field(default="s", repr=False, compare=False)
    meta: int = field(default=1, metadata={"unit": "m"}, hash=True)


print("-- basics")
p = Point(1, 2)
print(p, repr(Point(3)), p == Point(1, 2), p == Point(1, 3), p == Point(1, 2, secret="t"))
print(Point.__doc__, Point.__match_args__, Point.__hash__, Point.__eq__(p, 3))
print(Point.__init__.__annotations__, Point.__init__.__qualname__, Point.__repr__.__qualname__)
print(Point.__dataclass_params__)
for f in fields(Point):
    show_field(f)
print(fields(p) == fields(Point), is_dataclass(p), is_dataclass(Point), is_dataclass(3), is_dataclass(int))
print(Point(1).tags is not Point(1).tags, Point.y, hasattr(Point, "tags"))
attempt(lambda: Point())
attempt(lambda: Point(1, 2, 3, 4, 5, 6))
attempt(lambda: Point(1, z=3))
attempt(lambda: fields(3))
attempt(lambda: p < p)
match p:
    case Point(a, b):
        print("matched", a, b)

print("-- order, frozen, hash")


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


v = Version(1, 2)
print(v, v < Version(1, 3), v >= Version(1, 2, "x"), sorted([Version(2), Version(1, 5), Version(1)]))
print(hash(v) == hash((1, 2)), {v: 1}[Version(1, 2, "other")])
attempt(lambda: setattr(v, "major", 3))
attempt(lambda: delattr(v, "minor"))
attempt(lambda: setattr(v, "other", 3))
attempt(lambda: v < 3)
print(copy.copy(v), copy.deepcopy(v) == v)


@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
    b: list = field(default=None, hash=False)


print(hash(Unsafe(1)) == hash((1,)))


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


@dataclass
class ExplicitHash:
    a: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))


@dataclass(repr=False, init=False, match_args=False)
class Bare:
    a: int = 3


print(Bare().a, "__match_args__" in Bare.__dict__, Bare.__repr__ is object.__repr__)

print("-- errors at definition")


def define(body, **ns):
    g = {"dataclass": dataclass, "field": field, "InitVar": InitVar, "KW_ONLY": KW_ONLY}
    try:
        exec(body, g)
    except Exception as e:
        print("  %s: %s" % (type(e).__name__, e))
    else:
        print("  ok")


define("@dataclass\nclass A:\n    x: int = 1\n    y: int\n")
define("@dataclass\nclass A:\n    x: list = []\n")
define("@dataclass\nclass A:\n    x: dict = {}\n")
define("@dataclass\nclass A:\n    x: set = set()\n")
define("@dataclass\nclass A:\n    x = field()\n")
define("@dataclass(order=True, eq=False)\nclass A:\n    x: int\n")
define("@dataclass(order=True)\nclass A:\n    x: int\n    def __lt__(self, o): return 1\n")
define("@dataclass(frozen=True)\nclass A:\n    x: int\n    def __setattr__(self, n, v): pass\n")
define("@dataclass(unsafe_hash=True)\nclass A:\n    x: int\n    def __hash__(self): return 1\n")
define("@dataclass\nclass A:\n    _: KW_ONLY\n    x: int\n    __: KW_ONLY\n")
define("@dataclass\nclass A:\n    x: InitVar[int] = field(default_factory=list)\n")
define("@dataclass(frozen=True)\nclass A:\n    x: int\n@dataclass\nclass B(A):\n    y: int\n")
define("@dataclass\nclass A:\n    x: int\n@dataclass(frozen=True)\nclass B(A):\n    y: int\n")
define("@dataclass(weakref_slot=True)\nclass A:\n    x: int\n")
define("field(default=1, default_factory=list)")

print("-- InitVar, __post_init__, KW_ONLY, kw_only")


@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    c: list = field(init=False, default_factory=lambda: ["made"])

    def __post_init__(self, scale):
        self.b = self.a * scale


w = WithInit(5)
print(w, WithInit(5, 10), [f.name for f in fields(WithInit)], repr(InitVar[int]), repr(InitVar[list[int]]))
print(WithInit.__dataclass_fields__["scale"]._field_type, "scale" in WithInit.__match_args__)
print(replace(w, scale=3))
attempt(lambda: replace(w, b=3))


@dataclass
class Kw:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = field(kw_only=False, default=5)


print(Kw(1, 7, b=2), Kw.__match_args__, Kw.__doc__)
attempt(lambda: Kw(1, 2, 3))


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2


print(AllKw(a=1), AllKw.__doc__)
attempt(lambda: AllKw(1))


@dataclass
class MustInit:
    v: InitVar[int]

    def __post_init__(self, v):
        self.w = v


attempt(lambda: replace(MustInit(1)))

print("-- inheritance")


@dataclass
class Base:
    x: int = 1
    y: int = 2


@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10


print(Derived(), [f.name for f in fields(Derived)], Derived.__match_args__, Derived(4, 5, 6) == Derived(4, 5, 6))
print(Base(1, 2) == Derived(1, 2))


class Plain(Base):
    pass


print(is_dataclass(Plain), Plain(7))

print("-- slots")


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
attempt(lambda: setattr(s, "c", 1))


@dataclass(slots=True, weakref_slot=True, frozen=True)
class WeakSlotted:
    a: int


import weakref
ws = WeakSlotted(1)
print(WeakSlotted.__slots__, weakref.ref(ws)() is ws, ws.__getstate__())

print("-- asdict and astuple")


@dataclass
class Inner:
    n: int
    items: list


@dataclass
class Outer:
    name: str
    inner: Inner
    many: list
    mapping: dict
    pair: tuple


NT = namedtuple("NT", "a b")
o = Outer("o", Inner(1, [Inner(2, [])]), [Inner(3, [1])], {"k": Inner(4, [])}, (Inner(5, []), NT(1, Inner(6, []))))
print(asdict(o))
print(astuple(o))
print(asdict(o, dict_factory=OrderedDict)["inner"])
print(astuple(Inner(1, [2]), tuple_factory=list))
dd = defaultdict(list, {"a": [Inner(7, [])]})
print(asdict(Outer("d", Inner(0, []), [], dd, ()))["mapping"])
orig = [1, [2]]
copied = asdict(Inner(1, orig))["items"]
print(copied == orig, copied is orig)
attempt(lambda: asdict(3))
attempt(lambda: astuple(Point))
attempt(lambda: replace(3))

print("-- make_dataclass")
C = make_dataclass("C", ["a", ("b", int), ("c", int, field(default=5)), ("d", list, field(default_factory=list))],
                   namespace={"double": lambda self: self.b * 2}, order=True)
c = C(1, 2)
print(c, c.double(), C.__module__, C.__qualname__, [f.type for f in fields(C)], C(1, 2) < C(1, 3))
attempt(lambda: make_dataclass("X", ["a", "a"]))
attempt(lambda: make_dataclass("X", ["class"]))
attempt(lambda: make_dataclass("X", ["1a"]))
attempt(lambda: make_dataclass("X", [("a", int, 1, 2)]))
D = make_dataclass("D", [("x", int)], bases=(Base,), frozen=False, module="mymod")
print(D(), D.__module__, D.__doc__)

print("-- replace and recursion")
attempt(lambda: replace(p, z=1))
print(replace(p), replace(p, x=9, tags=[1]), copy.replace(p, y=0) if hasattr(copy, "replace") else "n/a")


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


n = Node(1)
n.children.append(n)
print(n)


@dataclass
class Described:
    """My own doc."""
    a: int


print(Described.__doc__)
print(Field.__class_getitem__(int), type(MISSING).__name__, FrozenInstanceError.__mro__[1].__name__)
print(sorted(n for n in dir(dataclasses) if not n.startswith("_") and n not in ("inspect", "re")))
