# collections: deque, defaultdict, namedtuple, Counter, OrderedDict, ChainMap,
# UserDict, UserList, UserString, with CPython's reprs and messages.
import collections
from collections import *
import collections.abc as cabc


def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(" ", repr(r))
    except Exception as e:
        print(" ", type(e).__name__, e)


print(sorted(collections.__all__))

print("deque")
d = deque([1, 2, 3], maxlen=5)
print(repr(d), repr(deque()), repr(deque("ab")), d.maxlen, deque().maxlen)
t(deque, 1)
t(deque, [], -1)
t(deque, [], "a")
t(deque, [], 1, 2)
t(deque, x=1)
t(deque, iterable=[1], maxlen=1)
print(d.pop(), d.popleft(), d)
t(deque().pop)
t(deque().popleft)
d = deque(range(5))
d.append(5)
d.appendleft(-1)
d.extend([6, 7])
d.extendleft("ab")
print(d, len(d), d[0], d[-1], d[3])
t(d.__getitem__, 100)
t(d.__getitem__, "x")
t(d.__getitem__, slice(1))
d[1] = "A"
del d[0]
print(d)
t(d.__setitem__, 100, 1)
t(d.__delitem__, -100)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate()
print(d)
d.rotate(0)
d.rotate(100)
print(d)
t(d.rotate, "x")
t(d.rotate, 1, 2)
print(d.index(3), d.index(3, 2), d.index(3, -6, -1), d.count(3), 3 in d, 99 in d)
t(d.index, 99)
t(d.index, 3, 0, 2)
t(d.index)
t(d.count)
d.remove(3)
t(d.remove, 99)
d.insert(1, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
print(d)
d.reverse()
print(d)
t(deque([1], 1).insert, 0, 2)
t(d.insert, 0)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m)
m.appendleft(-1)
print(m)
m.extend(range(10, 20))
print(m)
m.extendleft([7, 8])
print(m)
z = deque(maxlen=0)
z.append(1)
z.extend([1, 2])
print(z, len(z))
e = deque([1, 2])
e.extend(e)
print(e)
e += [3]
print(e, e * 2, 2 * e, e * 0, e * -1)
e *= 2
print(e)
print(deque([1, 2], maxlen=3) * 3, deque([1, 2]) + deque([3]), deque([1], maxlen=2) + deque([2, 3, 4]))
t(deque().__add__, [1])
t(deque().__mul__, "a")
print(deque([1, 2]) == deque([1, 2]), deque([1]) == [1], deque([1]) < deque([1, 2]), deque([2]) > deque([1, 5]),
      deque([1, 2]) <= deque([1, 2]), deque([1.0]) == deque([1]), deque([1]) != deque([2]))
t(deque([1]).__lt__, [1])
t(lambda: deque([1]) < [1])
t(hash, deque())
print(d.copy(), d.copy() is d, type(d.__copy__()).__name__)
r = deque([1], 4).__reduce__()
print(r[0], r[1], r[2], list(r[3]))
print(deque().__reduce__()[1])
rec = deque()
rec.append(rec)
print(rec)
it = iter(d)
next(it)
d.append(1)
t(next, it)
it = iter(deque([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(list(reversed(deque([1, 2, 3]))), type(reversed(deque())).__name__, type(iter(deque())).__name__)
dd = deque([1, 2, 3])
try:
    for x in dd:
        if x == 2:
            dd.append(9)
except RuntimeError as ex:
    print("RuntimeError", ex)
print(dd)
d2 = deque([1, 2])
d2.clear()
print(d2, bool(d2), bool(deque([0])))


class MyDeque(deque):
    pass


md = MyDeque([1, 2], 3)
print(md, md.copy(), type(md.copy()).__name__, type(md + MyDeque([3])).__name__, MyDeque.__mro__[1])
print(isinstance(d, cabc.MutableSequence), deque[int], deque.__module__)
match deque([1, 2]):
    case [a, b]:
        print("deque matches a sequence pattern", a, b)

print("defaultdict")
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dd.default_factory, dict(dd), dd.copy(), type(dd.copy()).__name__)
print(dd | {"c": 3}, {"c": 3} | dd, type({"c": 3} | dd).__name__)
dd |= {"z": 0}
print(dd)
t(defaultdict, 1)
t(defaultdict().__missing__, "k")
t(defaultdict(int).__missing__, "k")
t(defaultdict(int).__missing__)
print(repr(defaultdict()), repr(defaultdict(int, a=1)), defaultdict(None, [(1, 2)]), defaultdict(int).__reduce__()[:4])
print(defaultdict(list, {1: 2}).__reduce__()[:2], list(defaultdict(list, {1: 2}).__reduce__()[4]))
cnt = defaultdict(int)
for ch in "hello":
    cnt[ch] += 1
print(cnt, cnt.get("q"), "q" in cnt)
dd.default_factory = None
t(dd.__getitem__, "nope")
rd = defaultdict()
rd.default_factory = rd.copy
print(repr(rd)[:25])


class MyDD(defaultdict):
    pass


print(MyDD(int, a=1), isinstance(MyDD(), dict))

print("namedtuple")
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._fields, P.__doc__, P.x.__doc__, P._field_defaults, P.__module__, P.__name__, P.__match_args__)
print(p._asdict(), p._replace(x=9), P._make([5, 6]), p == (1, 2), tuple(p), p.__getnewargs__(), hash(p) == hash((1, 2)))
x, y = p
print(x, y, P.__new__.__doc__, P._make.__doc__, P._replace.__doc__)
Q = namedtuple("Q", ["a", "b", "c"], defaults=[20, 30])
print(Q(1), Q(1, 2), Q._field_defaults, Q.__new__.__defaults__)
R = namedtuple("R", "a, def, _b, a", rename=True)
print(R._fields)
S = namedtuple("S", "v", module="somewhere")
print(S.__module__, S(1), S.__doc__)
for args, kw in [(("P", "x x"), {}), (("P", "def"), {}), (("P", "_x"), {}), (("1P", "x"), {}), (("P", "x"), {"defaults": [1, 2]}),
                 (("P", ["x", 1]), {}), (("class", "x"), {}), ((5, "x"), {})]:
    t(namedtuple, *args, **kw)
t(P)
t(P, 1, 2, 3)
t(P, 1, z=1)
t(p._replace, z=2)
t(P._make, [1])
t(setattr, p, "x", 3)
match p:
    case P(a, b):
        print("class pattern", a, b)
E = namedtuple("E", "")
print(E(), E._fields)


class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return abs(self.x) + abs(self.y)


print(Point(3, -4).norm, Point(1, 2))

print("Counter")
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common(), c.most_common(0), c.total(), sorted(c.elements()))
c.update("aaz")
c.update({"b": 10})
c.subtract("a")
c.subtract({"b": 20})
print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3, b=1) | Counter(a=1, b=2),
      Counter(a=3, b=1) & Counter(a=1, b=2), +Counter(a=1, b=-1, c=0), -Counter(a=1, b=-1))
x = Counter(a=1)
x += Counter(a=1, b=-5)
print(x)
x -= Counter(a=5)
print(x)
x |= Counter(q=2)
x &= Counter(q=1)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) < Counter(a=2), Counter(a=1) <= Counter(a=1), Counter(a=2) > Counter(a=1),
      Counter(a=1) >= Counter(b=1), Counter(a=1) != Counter(a=2), Counter() == {})
t(Counter.fromkeys, "abc")
t(lambda: Counter() + 1)
t(lambda: Counter() < 1)
del c["zzz"]
del c["a"]
print(c, repr(Counter()), Counter({"x": 1, "y": "s"}), Counter(a=2).copy(), Counter(a=1).__reduce__())
print(Counter([1, 1, 2]), Counter(cats=4, dogs=8), Counter(None))

print("OrderedDict")
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), list(reversed(od)), list(od.keys()), list(od.values()), list(od.items()))
od.move_to_end("b")
print(list(od))
od.move_to_end("b", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od)
t(od.move_to_end, "zz")
t(OrderedDict().popitem)
od = OrderedDict.fromkeys("xyz", 0)
print(od, od.pop("y"), od.pop("q", "dflt"), od.setdefault("w", 5), od.setdefault("x", 9), od)
t(od.pop, "nope")
print(od == OrderedDict([("x", 0), ("z", 0), ("w", 5)]), od == OrderedDict([("z", 0), ("x", 0), ("w", 5)]), od == {"z": 0, "x": 0, "w": 5})
print(list(reversed(od.keys())), list(reversed(od.items())), list(reversed(od.values())))
od2 = od.copy()
od2["new"] = 1
del od2["x"]
print(od2, od, od | {"a": 1}, {"a": 1} | od)
od2 |= {"q": 1}
print(od2, repr(OrderedDict()), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1))
r = OrderedDict(a=1).__reduce__()
print(r[0], r[1], r[2], list(r[4]))
od3 = OrderedDict()
od3["self"] = od3
print(od3)
od.clear()
print(od, len(od))
od.update([(3, 4)], k=5)
print(od)

print("ChainMap")
a, b = {"x": 1}, {"x": 2, "y": 3}
cm = ChainMap(a, b)
print(cm, cm["x"], cm["y"], len(cm), list(cm), sorted(cm.items()), "y" in cm, cm.get("q"), bool(cm), bool(ChainMap({})))
cm["z"] = 9
del cm["x"]
print(a, b, cm.maps)
t(cm.__delitem__, "y")
t(cm.__getitem__, "nope")
t(cm.pop, "y")
print(cm.pop("z"), cm.pop("y", "d"))
t(ChainMap({}).popitem)
child = cm.new_child({"c": 1})
print(child, child.parents, cm.new_child(), cm.new_child(k=1), ChainMap.fromkeys("ab", 0))
print(cm.copy(), cm | {"w": 1}, {"w": 1} | cm)
cm |= {"v": 2}
print(cm)
cm.clear()
print(cm, repr(ChainMap()))


class DefChain(ChainMap):
    def __missing__(self, key):
        return "missing"


print(DefChain({})["q"])

print("UserDict")
ud = UserDict({"a": 1}, b=2)
print(ud, len(ud), ud["a"], "b" in ud, ud.get("q", 0), list(ud), ud.data)
ud["c"] = 3
del ud["a"]
print(ud, ud.copy(), type(ud.copy()).__name__, ud | {"z": 1}, {"z": 1} | ud, UserDict.fromkeys("ab"))
ud |= {"y": 0}
print(ud, isinstance(ud, cabc.MutableMapping))
t(ud.__getitem__, "nope")


class DefUD(UserDict):
    def __missing__(self, key):
        return key * 2


print(DefUD()["ab"])

print("UserList")
ul = UserList([3, 1, 2])
print(ul, ul[0], ul[1:], type(ul[1:]).__name__, len(ul), 2 in ul, ul == [3, 1, 2], ul < [4], ul + [9], [9] + ul, ul * 2)
ul.append(5)
ul.insert(0, 0)
ul.extend(UserList([7]))
ul.sort()
print(ul, ul.pop(), ul.pop(0), ul.index(2), ul.count(2))
ul.remove(2)
ul.reverse()
ul += (8,)
ul *= 2
print(ul, ul.copy(), UserList(), UserList(UserList([1])), UserList("ab"))
ul[0] = "x"
del ul[1]
ul.sort(key=str)
print(ul)
ul.clear()
print(ul)

print("UserString")
us = UserString("Hello, World")
print(us, repr(us), len(us), us[0], us[::-1], us.upper(), us.lower(), us.split(", "), us.find("o"), us.count("l"),
      us.replace("l", "L", 1), us.startswith("He"), us.isalpha(), us + "!", "!" + us, us * 2, us % () if "%" not in us else 0)
print(us == "Hello, World", us < "Z", "ell" in us, UserString("x") in us, us.center(20, "*"), us.zfill(15), us.strip("Hd"), us.encode())
print(type(us.upper()).__name__, type(us.split()).__name__, hash(us) == hash("Hello, World"), int(UserString("12")), float(UserString("1.5")))
print(us.partition(", "), us.title(), us.swapcase(), us.casefold(), us.removeprefix("Hell"), us.join("ab"), us.format(), UserString("%s!") % "hi")
t(us.index, "q")
