# functools: partial, reduce, cmp_to_key, lru_cache/cache, wraps,
# total_ordering, singledispatch, singledispatchmethod, partialmethod,
# cached_property, with CPython's reprs and messages.
import functools
from functools import *
import collections.abc as cabc
import operator


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(" ", repr(r))
    except Exception as e:
        print(" ", type(e).__name__, e)


print(sorted(functools.__all__), functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

print("partial")
p = partial(max, 1, key=abs)
print(repr(p), p.func, p.args, p.keywords, p(-5, 3), p(2, key=None))
print(repr(partial(p, 2, x=3)), partial(p).func is max)
print(p.__reduce__())
p.attr = 1
print(p.__dict__, repr(partial(p)), partial(p).func is p)


class MyPartial(partial):
    pass


print(repr(MyPartial(len)), MyPartial(len)("abc"), type(MyPartial(len)).__mro__[1])
t(partial)
t(partial, 1)
t(partial, func=len)
q = partial(int)
q.__setstate__((int, ("10",), {"base": 2}, None))
print(q(), repr(q))
t(q.__setstate__, (1, (), None, None))
t(q.__setstate__, (int, [], None, None))
t(q.__setstate__, (int,))
t(q.__setstate__, 5)
print(partial(dict, a=1)(b=2), partial[int])
rp = partial(print)
rp.__setstate__((print, (rp,), {}, None))
print(repr(rp))

print("reduce")
print(reduce(operator.add, [1, 2, 3]), reduce(operator.add, [], 10), reduce(operator.mul, range(1, 6), 1), reduce(lambda a, b: a + b, "abc"))
t(reduce, operator.add, [])
t(reduce, 1, [1, 2])
t(reduce)
t(reduce, None, 1)
t(reduce, operator.add, [], 1, 2)
t(reduce, operator.add, [1], initial=3)

print("cmp_to_key")
k = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), type(k(1)).__name__, k(1).obj)
print(k(1) < k(2), k(2) <= k(2), k(3) == k(3), k(1) != k(2), k(2) > k(1), k(1) >= k(2))
t(cmp_to_key)
t(k)
t(k(1).__lt__, 2)
t(hash, k(1))

print("lru_cache")
calls = []


@lru_cache(maxsize=2)
def sq(x):
    "square it"
    calls.append(x)
    return x * x


print(sq(2), sq(2), sq(3), sq(4), sq(2), calls, sq.cache_info(), sq.cache_parameters())
print(sq.__name__, sq.__qualname__, sq.__doc__, sq.__wrapped__.__name__, sq.__module__, type(sq).__name__)
sq.cache_clear()
print(sq.cache_info())


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info(), fib.cache_parameters())


@cache
def ident(*a, **k):
    calls.append((a, k))
    return len(calls)


calls.clear()
print(ident(1), ident(1), ident(1.0), ident(1, x=2), ident(1, x=2), ident("a"), ident.cache_info(), ident.cache_parameters())


@lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


@lru_cache(maxsize=-5)
def neg(x):
    return x


print(neg.cache_info())
t(lru_cache, 1.5)
t(lru_cache(maxsize=2), 1)
t(sq, [])
t(sq)


class C:
    @lru_cache
    def method(self, x):
        return (id(self) > 0, x)


print(C().method(5), C.method.cache_info().misses >= 1, sq.__reduce__())


def recurse(n):
    return n


print(lru_cache(maxsize=None)(recurse)(3))

print("wraps / update_wrapper")


def deco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        "wrapper doc"
        return fn(*a, **k)
    return wrapper


@deco
def hello(name: str) -> str:
    "say hello"
    return "hi " + name


hello.extra = 1
print(hello("x"), hello.__name__, hello.__doc__, hello.__annotations__, hello.__wrapped__.__name__, hello.__qualname__)


def plain():
    pass


plain.__dict__["k"] = "v"


def w2():
    pass


update_wrapper(w2, plain, assigned=("__doc__",), updated=())
print(w2.__name__, w2.__wrapped__ is plain, getattr(w2, "k", None))
update_wrapper(w2, plain)
print(w2.__name__, w2.k)


class NoName:
    def __call__(self):
        pass


def w3():
    pass


update_wrapper(w3, NoName())
print(w3.__name__)

print("total_ordering")


@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, V) and self.v == o.v

    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v


print(V(1) <= V(2), V(2) >= V(1), V(3) > V(2), V(1) > V(1), V(2) <= V(1), V.__gt__.__name__)
t(lambda: V(1) > 5)
for root in ("__le__", "__gt__", "__ge__"):
    ns = {"__init__": lambda self, v: setattr(self, "v", v),
          "__eq__": lambda self, o: self.v == o.v,
          root: (lambda r: lambda self, o: getattr(self.v, r)(o.v))(root)}
    K = total_ordering(type("K" + root, (), ns))
    print(root, [(op, getattr(K(a), op)(K(b))) for op in ("__lt__", "__le__", "__gt__", "__ge__") for a, b in [(1, 2), (2, 2), (3, 2)]])
t(total_ordering, type("N", (), {}))

print("singledispatch")


@singledispatch
def show(x):
    return "object"


@show.register
def _(x: int):
    return "int"


@show.register(list)
def _(x):
    return "list"


@show.register(cabc.Sequence)
def _(x):
    return "sequence"


@show.register(float | complex)
def _(x):
    return "float or complex"


show.register(dict, lambda x: "dict")
print(show(1), show(True), show([]), show(()), show("s"), show(1.5), show(1j), show({}), show(set()), show(None))
print(show.dispatch(int).__name__, show.dispatch(bytes).__name__, sorted(k.__name__ for k in show.registry), type(show.registry).__name__)
print(show.__name__, show.__wrapped__.__name__)
t(show)
t(show.register, 1)
t(show.register, int, 1) if False else None




def bad2(x: 1 | 2 if False else list[int]):
    pass


t(show.register, bad2)
try:
    show.register(lambda x: x)
except TypeError as e:
    print("TypeError", str(e).split(":")[0])
t(show.register, "x", print)


class Z:
    pass


cabc.Sized.register(Z)


@show.register(cabc.Sized)
def _(x):
    return "sized"


print(show(Z()), show(b""))

print("singledispatchmethod")


class Shape:
    @singledispatchmethod
    def area(self, arg):
        return "generic"

    @area.register
    def _(self, arg: int):
        return "int"

    @area.register(str)
    def _(self, arg):
        return "str"

    @singledispatchmethod
    @classmethod
    def make(cls, arg):
        return "cls generic " + cls.__name__

    @make.register
    @classmethod
    def _(cls, arg: int):
        return "cls int " + cls.__name__


s = Shape()
print(s.area(1), s.area("x"), s.area(1.5), Shape.make(1), Shape.make("a"), Shape.area.__name__)
t(singledispatchmethod, 1)

print("partialmethod")


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, *, loud=False):
        self.alive = state
        return (state, loud)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, loud=True)
    cm = partialmethod(classmethod(lambda cls, a, b: (cls.__name__, a, b)), 1)
    sm = partialmethod(staticmethod(lambda a, b: (a, b)), "s")


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, Cell.cm(2), c.sm(3))
print(repr(Cell.__dict__["set_dead"]).replace(hex(id(Cell.set_state)), "X").split(" at ")[0])
print(repr(partialmethod(len, 1)))
t(partialmethod, 1)
nested = partialmethod(partialmethod(Cell.set_state, True), loud=2)
print(nested.args, nested.keywords, nested.func is Cell.set_state)

print("cached_property")


class Data:
    def __init__(self):
        self.n = 0

    @cached_property
    def value(self):
        "the value"
        self.n += 1
        return self.n * 10


d = Data()
print(d.value, d.value, d.n, Data.value.__doc__, Data.value.attrname, type(Data.value).__name__)
del d.value
print(d.value, d.n)
d.value = 5
print(d.value)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def prop(self):
        return 1


t(lambda: Slotted().prop)
cp = cached_property(lambda self: 1)
t(cp.__get__, Data())
try:
    class Twice:
        a = cp
        b = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
print(cached_property[int])
