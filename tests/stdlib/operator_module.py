# operator: every function, the getter classes' calls, reprs and __reduce__,
# and the errors bad arguments raise.
import operator as op


def t(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(" ", type(e).__name__, e)
    else:
        print(" ", repr(r))


pairs = [(7, 3), (2.5, 2), ("ab", "cd"), ([1], [2]), ({1, 2}, {2, 3}), (True, 5), ("a", 1), (1, 0)]
for name in ["add", "sub", "mul", "floordiv", "truediv", "mod", "pow", "lshift", "rshift",
             "and_", "or_", "xor", "lt", "le", "eq", "ne", "gt", "ge", "is_", "is_not",
             "matmul", "concat", "contains"]:
    f = getattr(op, name)
    print(name, f.__name__, f.__doc__)
    for a, b in pairs:
        t(f, a, b)
    t(f, 1)
    t(f, 1, 2, 3)
    t(f, a=1, b=2)

for name in ["abs", "neg", "pos", "inv", "invert", "not_", "truth", "index"]:
    f = getattr(op, name)
    print(name, f.__doc__)
    for a in [-3, 2.5, True, "x", [], [1], 0, 2**70]:
        t(f, a)
    t(f)
    t(f, 1, 2)

for name in ["iadd", "isub", "imul", "ifloordiv", "itruediv", "imod", "ipow", "ilshift",
             "irshift", "iand", "ior", "ixor", "imatmul", "iconcat"]:
    f = getattr(op, name)
    print(name, f.__doc__)
    for a, b in [(7, 3), ([1], [2]), ({1}, {2}), ("s", "t"), (1, "x"), (3, [1])]:
        t(f, a, b)

lst = [1, 2]
print(op.iadd(lst, [3]) is lst, lst, op.iconcat(lst, (4,)) is lst, lst)
s = {1}
print(op.ior(s, {2}) is s, op.iand(s, {2}) is s, s)

print("items")
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), d)
op.delitem(d, "a")
print(d)
t(op.getitem, d, "zz")
t(op.delitem, d, "zz")
t(op.getitem, 1, 1)
t(op.setitem, [1], 5, 2)
t(op.setitem, (1,), 0, 2)
t(op.setitem, [1], 0)
print(op.getitem([1, 2, 3], slice(1, None)), op.countOf([1, 2, 1, 1.0], 1), op.indexOf("abc", "c"))
t(op.countOf, 1, 1)
t(op.indexOf, [1], 2)
t(op.indexOf, 5, 2)
nan = float("nan")
print(op.countOf([nan, nan], nan), op.indexOf([0, nan], nan), op.contains([nan], nan))

print("length_hint")
print(op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(3), op.length_hint(3, 7))


class Hint:
    def __init__(self, v):
        self.v = v

    def __length_hint__(self):
        if isinstance(self.v, Exception):
            raise self.v
        return self.v


for v in [4, NotImplemented, -1, "x", 2**70, TypeError("t"), ValueError("v")]:
    t(op.length_hint, Hint(v), 9)
t(op.length_hint)
t(op.length_hint, [], 1, 2)
t(op.length_hint, [], "x")
t(op.length_hint, [], 1.5)
t(op.length_hint, [], default=1)

print("call")
print(op.call(max, 1, 5, key=lambda x: -x), op.call(dict, a=1))
t(op.call)
t(op.call, 1)

print("_compare_digest")
import _operator
cd = _operator._compare_digest
for a, b in [("a", "a"), ("a", "b"), ("abc", "ab"), (b"x", b"x"), (b"x", bytearray(b"x")), (b"x", memoryview(b"y")),
             ("a", b"a"), (b"a", "a"), (1, 2), (b"a", 1), ("\xe9", "\xe9"), ("a", "\xe9")]:
    t(cd, a, b)

print("itemgetter")
g = op.itemgetter(1)
print(g, g([5, 6]), g("xy"), op.itemgetter(0, -1)("hello"), op.itemgetter("k", "j")({"k": 1, "j": 2}))
print(g.__reduce__(), op.itemgetter(1, "a").__reduce__(), repr(op.itemgetter(1, "a")))
print(op.itemgetter.__module__, op.itemgetter.__name__, op.itemgetter.__doc__)
t(op.itemgetter)
t(op.itemgetter, 1, k=1)
t(g)
t(g, [1], [2])
t(g, [])
t(g, [1], x=1)
print(sorted([(2, "b"), (1, "z"), (3, "a")], key=op.itemgetter(1)))
try:
    class Sub(op.itemgetter):
        pass
except TypeError as e:
    print("TypeError", e)

print("attrgetter")


class P:
    pass


p = P()
p.a = P()
p.a.b = 42
p.c = "see"
g = op.attrgetter("a.b")
print(g, g(p), op.attrgetter("c", "a.b")(p), op.attrgetter("c")(p), op.attrgetter("a.b", "c").__reduce__())
print(op.attrgetter.__doc__)
t(op.attrgetter)
t(op.attrgetter, 1)
t(op.attrgetter, "a", 2)
t(op.attrgetter("x"), p)
t(op.attrgetter("a.x"), p)
t(op.attrgetter("a..b"), p)
t(g)
t(g, p, x=1)
t(op.attrgetter, "a", k=1)

print("methodcaller")
m = op.methodcaller("split", ",", maxsplit=1)
print(m, m("a,b,c"), op.methodcaller("upper")("x"), op.methodcaller("upper").__reduce__())
print(op.methodcaller("f", 1, "two").__reduce__(), repr(op.methodcaller("f", 1, "two", k=[3])))
print(op.methodcaller.__doc__)
t(op.methodcaller)
t(op.methodcaller, 1)
t(op.methodcaller, name="x")
t(op.methodcaller("nope"), 1)
t(m)
t(m, "a", "b")
t(m, "a", k=1)
print(op.methodcaller("get", "k", "d")({}), op.methodcaller("get", "k", default=4)({}) if False else "skip")
print(op.__name__, len(op.__all__), op.__doc__ == op.__doc__)
