# More dataclasses: string annotations (from __future__ import annotations) with
# InitVar and KW_ONLY, descriptor defaults, init=False fields, abstract bases,
# kw_only inheritance, frozen slots, recursive reprs, order, empty classes.
from __future__ import annotations
import dataclasses
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields
import abc

@dataclass
class S:
    a: int
    v: InitVar[int] = 3
    _: KW_ONLY
    k: str = "k"
    def __post_init__(self, v):
        self.total = self.a + v
s = S(1, 4, k="z")
print(s, s.total, [f.name for f in fields(S)], S.__doc__, S.__match_args__)
print(S.__dataclass_fields__["v"]._field_type, S.__init__.__annotations__)

class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, typ=None):
        if obj is None: return 7
        return getattr(obj, self.name, 7)
    def __set__(self, obj, value):
        setattr(obj, self.name, value * 2)

@dataclass
class WithDesc:
    d: int = Desc()
w = WithDesc()
print(w, WithDesc(5))

@dataclass
class NoInit:
    a: int = field(init=False)
try: print(NoInit())
except AttributeError as e: print("AttributeError", e)

class A(abc.ABC):
    @abc.abstractmethod
    def m(self): ...
@dataclass
class B(A):
    x: int
    def m(self): return self.x
print(B(1).m(), B.__abstractmethods__)

@dataclass
class P1:
    a: int
    b: int = field(default=1, kw_only=True)
@dataclass
class P2(P1):
    c: int
print(P2(1, 2), P2.__doc__, P2.__match_args__)

@dataclass(frozen=True, slots=True)
class FS:
    x: int
    y: int = 0
f = FS(1)
print(f, hash(f) == hash((1, 0)), FS.__slots__, f.__getstate__())
try: f.x = 2
except dataclasses.FrozenInstanceError as e: print("frozen", e)

@dataclass
class Rec:
    items: list = field(default_factory=list)
    other: object = None
r = Rec(); r.other = r; r.items.append([r])
print(r)
@dataclass(order=True)
class O:
    a: int
    b: str
print(sorted([O(2, "a"), O(1, "b"), O(1, "a")]), O(1, "a") <= O(1, "a"), O.__lt__.__qualname__)
print(dataclasses.asdict(O(1, "x")), dataclasses.astuple(O(1, "y")))
@dataclass
class Empty: pass
print(Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__, dataclasses.astuple(Empty()))
