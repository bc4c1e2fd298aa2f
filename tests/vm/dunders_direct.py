# Dunders called directly, as programs written elsewhere call them.
print(int.__pow__(2, 10, 7), (2).__pow__(10), (3).__rpow__(2, 5), int.__pow__(2, 3, None), int.__pow__(2, 3, 7.0))
print(float.__pow__(2.0, 3), pow(2, 10, 7))
for f, a in ((float.__pow__, (2.0, 3, 5)), (complex.__pow__, (1j, 2, 3)), (int.__pow__, (2,)),
             (int.__pow__, (2, 1, 2, 3)), (bool.__pow__, (True, 2, 1))):
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)

print((7).__divmod__(2), int.__rdivmod__(2, 7), (7).__divmod__(2.0), (7.5).__divmod__(2),
      float.__rdivmod__(2.0, 7), True.__divmod__(2))
print(divmod(7, 2), divmod(-7, 2.5), divmod(2**70, 3), divmod(True, 3))


class I(int):
    def __divmod__(self, o):
        return "I.divmod"

    def __rdivmod__(self, o):
        return "I.rdivmod"


class F(float):
    pass


print(divmod(I(7), 2), divmod(7, I(2)), divmod(7.0, I(2)), divmod(F(7), 2), divmod(7, F(2)))
for a, b in ((1, 0), (1.0, 0), ("a", 1), (1, "a")):
    try:
        print(divmod(a, b))
    except Exception as e:
        print(type(e).__name__, e)
print((1).__divmod__("x"), (1.0).__divmod__("x"))

# reflected operators of sets, dicts, dict views, str/bytes %
s = {1, 2}
print(set.__ror__(s, {3}), frozenset.__rsub__(frozenset({1}), {1, 2}), set.__rand__(s, [1]), set.__rxor__(s, {2}))
print({}.__ror__({1: 2}), dict.__ror__({}, 1), [1, 2] | {}.keys(), (1, 3) - {1: 2}.keys(),
      {3: 1}.items().__rxor__([(3, 1)]), sorted([5] | {1: 0}.keys()))
print(str.__rmod__("%d", 5), str.__rmod__("a%d", "x%s"), bytes.__rmod__(b"%d", 3),
      bytearray.__rmod__(bytearray(b"x"), b"%s"), bytearray.__rmod__(bytearray(b"x"), bytearray(b"%s")))
try:
    5 % "x"
except TypeError as e:
    print(e)

# complex, super, exceptions, type, mappingproxy, descriptors
print((1 + 2j).__complex__(), (1 + 2j).__getnewargs__())


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B"


unbound = super(B)
print(unbound.__get__(B()).who(), super(B, B()).__get__(A()).who())
e = ValueError(1)
e.__setstate__({"x": 5})
print(e.x, e.__reduce__())
for bad in (3, {1: 2}):
    try:
        e.__setstate__(bad)
    except TypeError as x:
        print(x)
print(hasattr(OSError(), "winerror"), int.__flags__ & (1 << 24) != 0, A.__flags__ & (1 << 9) != 0,
      bool.__flags__ & (1 << 10) == 0)
m = A.__dict__
print(m.get("who") is A.who, m.get("x", 5), type(m.copy()).__name__, sorted(m | {"z": 1})[-1])
try:
    m |= {}
except TypeError as x:
    print(x)
d = int.__dict__["from_bytes"]
print(d.__name__, d.__qualname__, d.__objclass__, d(int, b"\x01", "big"))
g = int.__dict__["real"]
print(g.__name__, g.__qualname__, g.__objclass__)
print(hasattr(len, "__objclass__"), hasattr((1).__add__, "__module__"), bytes.__getnewargs__(b"x"),
      hasattr(bytearray, "__getnewargs__"))
print(enumerate[int], type((x for x in ())).__class_getitem__(int))
