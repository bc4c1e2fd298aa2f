# Pins dataclasses' error messages and generated-method rules: field ordering
# errors, mutable defaults, frozen inheritance, hash rules, InitVar,
# kw_only, slots, replace, asdict/astuple recursion, make_dataclass checks.
import dataclasses
from dataclasses import (dataclass, field, fields, InitVar, KW_ONLY, replace,
                         asdict, astuple, make_dataclass, is_dataclass,
                         FrozenInstanceError, MISSING, Field)
import collections


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


attempt('order', lambda: make('@dataclass\nclass C:\n a: int = 1\n b: int'))
attempt('mutable', lambda: make('@dataclass\nclass C:\n a: list = []'))
attempt('mutable dict', lambda: make('@dataclass\nclass C:\n a: dict = {}'))
attempt('both defaults', lambda: field(default=1, default_factory=list))
attempt('no annotation', lambda: make('@dataclass\nclass C:\n a = field()'))
attempt('initvar factory', lambda: make('@dataclass\nclass C:\n a: InitVar[list] = field(default_factory=list)'))
attempt('two KW_ONLY', lambda: make('@dataclass\nclass C:\n _: KW_ONLY\n a: int\n __: KW_ONLY'))
attempt('order no eq', lambda: make('@dataclass(order=True, eq=False)\nclass C:\n a: int'))
attempt('frozen from non', lambda: make('@dataclass\nclass B:\n a: int\n@dataclass(frozen=True)\nclass C(B):\n b: int'))
attempt('non from frozen', lambda: make('@dataclass(frozen=True)\nclass B:\n a: int\n@dataclass\nclass C(B):\n b: int'))
attempt('weakref no slots', lambda: make('@dataclass(weakref_slot=True)\nclass C:\n a: int'))
attempt('overwrite lt', lambda: make('@dataclass(order=True)\nclass C:\n a: int\n def __lt__(s, o): return 1'))
attempt('overwrite setattr', lambda: make('@dataclass(frozen=True)\nclass C:\n a: int\n def __setattr__(s, n, v): pass'))
attempt('unsafe hash explicit', lambda: make('@dataclass(unsafe_hash=True)\nclass C:\n a: int\n def __hash__(s): return 1'))
attempt('fields bad', lambda: fields(3))
attempt('asdict bad', lambda: asdict(3))
attempt('astuple class', lambda: astuple(int))
attempt('replace bad', lambda: replace(3))

# hash rules
for eq in (False, True):
    for frozen in (False, True):
        for unsafe in (False, True):
            for explicit in (False, True):
                src = (f'@dataclass(eq={eq}, frozen={frozen}, unsafe_hash={unsafe})\nclass C:\n a: int = 1\n'
                       + (' def __hash__(self): return 42\n' if explicit else ''))
                try:
                    C = make(src)['C']
                except TypeError as e:
                    print(eq, frozen, unsafe, explicit, 'TypeError', e)
                    continue
                h = C.__dict__.get('__hash__', 'absent')
                desc = 'None' if h is None else ('absent' if h == 'absent' else h.__qualname__)
                try:
                    v = hash(C()) == hash((1,))
                except TypeError as e:
                    v = 'unhashable'
                print(eq, frozen, unsafe, explicit, desc, v)

@dataclass
class EqDefined:
    a: int
    def __eq__(self, o): return True
print(EqDefined.__hash__)
@dataclass
class HashField:
    a: int
    b: int = field(hash=False)
    c: int = field(compare=False)
    d: int = field(compare=False, hash=True)
print(HashField(1, 2, 3, 4) == HashField(1, 2, 9, 9), HashField.__hash__)
@dataclass(unsafe_hash=True)
class HF(HashField):
    pass
print(hash(HF(1, 2, 3, 4)) == hash((1, 4)))

# InitVar / post_init (ClassVar needs typing)
@dataclass
class IV:
    a: int
    scale: InitVar[int] = 2
    b: int = field(init=False)
    def __post_init__(self, scale):
        self.b = self.a * scale
iv = IV(3)
print(iv, IV(3, 5), [f.name for f in fields(IV)], list(IV.__dataclass_fields__))
print(repr(IV.__dataclass_fields__['scale']._field_type))
print(InitVar[int], InitVar[list[int]], InitVar('x'), type(InitVar[int]).__name__)
attempt('replace initvar missing', lambda: replace(make('@dataclass\nclass C:\n a: int\n s: InitVar[int]\n def __post_init__(self, s): pass')['C'](1, 2)))
attempt('replace init false', lambda: replace(iv, b=4))
print(replace(iv, a=10), replace(iv, scale=3), iv.__replace__(a=1))
attempt('replace unknown', lambda: replace(iv, zz=1))

# kw_only
@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2
@dataclass
class KW2(KW):
    c: int
    d: int = field(default=0, kw_only=False)
print(KW2(5, a=1), KW2.__match_args__, KW2.__doc__)
attempt('kw positional', lambda: KW(1))
@dataclass
class Mixed:
    x: int
    _: KW_ONLY
    y: int
    z: int = 0
    w: int = field(default=1, kw_only=False)
print(Mixed(1, 2, y=3), Mixed.__match_args__, Mixed.__doc__)

# defaults, factories, descriptors
@dataclass
class D:
    a: list = field(default_factory=list)
    b: int = field(default=5, repr=False)
    c: str = field(default='c', init=False)
    e: dict = field(default_factory=dict, init=False)
d1, d2 = D(), D()
print(d1, d1.a is not d2.a, D.b, D.c, hasattr(D, 'a'), d1.e, D.__doc__)
print(repr(fields(D)[0]).replace(repr(MISSING), 'MISSING'))
print(Field.__slots__ if hasattr(Field, '__slots__') else None)
f0 = field(default=1, metadata={'m': 1})
print(f0.metadata, type(f0.metadata).__name__, field().metadata, f0.kw_only is MISSING, f0.hash)
print(repr(MISSING).startswith('<dataclasses._MISSING_TYPE'), repr(dataclasses.KW_ONLY).startswith('<dataclasses._KW_ONLY_TYPE'))
print(repr(D.__dataclass_params__))

# frozen
@dataclass(frozen=True)
class Fr:
    a: int
    b: list = field(default_factory=list)
fr = Fr(1)
attempt('frozen set', lambda: setattr(fr, 'a', 2))
attempt('frozen del', lambda: delattr(fr, 'a'))
attempt('frozen new attr', lambda: setattr(fr, 'zz', 2))
class FrSub(Fr):
    pass
fs = FrSub(1)
fs.zz = 3
print(fs.zz)
attempt('frozen sub field', lambda: setattr(fs, 'a', 2))
print(issubclass(FrozenInstanceError, AttributeError), hash(fr) if False else 'skip')

# eq / order
@dataclass(order=True)
class Ord:
    a: int
    b: int = field(compare=False)
print(Ord(1, 2) == Ord(1, 3), Ord(1, 2) < Ord(2, 0), Ord(1, 2) == (1,), Ord(1, 2).__lt__((1,)))
attempt('order other', lambda: Ord(1, 2) < 3)
@dataclass(order=True)
class Sub(Ord):
    pass
print(Ord(1, 2) == Sub(1, 2), Ord(1, 2).__eq__(Sub(1, 2)))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(repr=False, init=False)
class Bare:
    a: int = 1
print('__repr__' in Bare.__dict__, '__init__' in Bare.__dict__, Bare().a)
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), Empty.__match_args__, Empty.__doc__)

# self as field name
@dataclass
class SelfField:
    self: int
    other: int = 0
print(SelfField(1, 2), SelfField(self=3))

# slots
@dataclass(slots=True)
class Sl:
    a: int
    b: int = 2
s = Sl(1)
attempt('slots new attr', lambda: setattr(s, 'c', 1))
print(Sl.__slots__, s, '__dict__' in dir(s))
@dataclass(slots=True, weakref_slot=True)
class SlW:
    a: int
print(SlW.__slots__)
@dataclass(slots=True)
class SlSub(Sl):
    c: int = 3
print(SlSub.__slots__, SlSub(1))
attempt('slots explicit', lambda: make('@dataclass(slots=True)\nclass C:\n __slots__ = ("a",)\n a: int'))

# asdict / astuple recursion
@dataclass
class Inner:
    x: int
    tags: list
@dataclass
class Outer:
    inner: Inner
    items: list
    mapping: dict
    pair: tuple
    nt: tuple
    dd: dict
Pt = collections.namedtuple('Pt', 'x y')
o = Outer(Inner(1, ['a']), [Inner(2, [])], {'k': Inner(3, [1])}, (Inner(4, []), 5),
          Pt(Inner(5, []), 6), collections.defaultdict(list, {'z': [Inner(6, [])]}))
print(asdict(o))
print(astuple(o))
print(asdict(o, dict_factory=lambda kv: [k for k, v in kv]))
print(astuple(Inner(1, [2]), tuple_factory=list))
ad = asdict(o)
print(ad['inner']['tags'] is not o.inner.tags, type(ad['dd']).__name__, type(ad['nt']).__name__)
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(3), is_dataclass(Inner(1, [])))

# make_dataclass
M = make_dataclass('M', ['a', ('b', int), ('c', int, 3), ('d', list, field(default_factory=list))],
                   bases=(object,), namespace={'meth': lambda self: self.a}, order=True)
print(M(1, 2), M(1, 2).meth(), M.__module__, M.__annotations__, M.__qualname__)
attempt('make bad id', lambda: make_dataclass('X', ['a b']))
attempt('make keyword', lambda: make_dataclass('X', ['class']))
attempt('make dup', lambda: make_dataclass('X', ['a', 'a']))
attempt('make bad item', lambda: make_dataclass('X', [('a', int, 1, 2)]))
attempt('make non str', lambda: make_dataclass('X', [(1, int)]))
M2 = make_dataclass('M2', [('x', int)], frozen=True, slots=True, module='mymod')
print(M2(1), M2.__module__, M2.__slots__)

# repr of nested/recursive
@dataclass
class Node:
    val: int
    nxt: 'Node' = None
n = Node(1); n.nxt = n
print(n, Node.__repr__.__qualname__, Node.__init__.__qualname__)
class Outer2:
    @dataclass
    class In:
        a: int
print(Outer2.In(1))

# match_args and __match_args__ kept
@dataclass(match_args=False)
class NoMA:
    a: int
print(hasattr(NoMA, '__match_args__'))
@dataclass
class OwnMA:
    __match_args__ = ('b',)
    a: int
    b: int = 0
print(OwnMA.__match_args__)
match Mixed(1, 2, y=3):
    case Mixed(x, w):
        print('matched', x, w)

# inheritance order and overriding defaults
@dataclass
class Base:
    x: int = 0
    y: int = 1
@dataclass
class Child(Base):
    z: int = 5
    x: int = 10
print(Child(), [f.name for f in fields(Child)], Child.__doc__)
class NotDC(Base):
    q: int = 3
@dataclass
class GrandChild(NotDC):
    r: int = 4
print(GrandChild(), [f.name for f in fields(GrandChild)])
print(dataclasses.__all__)

# class docstrings: the signature of whichever __init__ the class has
@dataclass(init=False)
class Bare:
    a: int = 1
print(Bare.__doc__)
@dataclass
class Base:
    x: int
@dataclass(init=False)
class Sub(Base):
    y: int = 2
print(Sub.__doc__)
@dataclass
class Own:
    a: int
    def __init__(self, q, /, r=3, *args, s, t: 'x'=4, **kw) -> int: pass
print(Own.__doc__)
@dataclass
class Dict(dict):
    a: int = 0
print(Dict.__doc__)
class E(Exception): pass
@dataclass(init=False)
class Ex(E):
    a: int = 0
print(Ex.__doc__)
@dataclass
class Ann:
    a: 'list[int]'
    b: list[int] = None
    c: object = field(default_factory=object)
print(Ann.__doc__)
