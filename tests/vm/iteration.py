class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Old()), 20 in Old(), 5 in Old(), [x for x in Old()])
it = iter(Old())
print(type(it).__name__, next(it), next(it), next(it), next(it, "done"))
class Counter:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Counter(3)), sum(Counter(4)), max(Counter(5)), sorted(Counter(3), reverse=True))
c = Counter(2)
for x in c:
    pass
print(list(c))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
calls = [0]
def f():
    calls[0] += 1
    return calls[0]
print(list(iter(f, 4)))
class Contains:
    def __contains__(self, x): return x == "yes"
print("yes" in Contains(), "no" in Contains(), "no" not in Contains())
class ContainsBool:
    def __contains__(self, x): return 5
print(1 in ContainsBool())
try:
    1 in 5
except TypeError as e:
    print(e)
class Call:
    def __call__(self, *a, **k): return ("called", a, k)
print(Call()(1, x=2), callable(Call()), callable(Call), callable(5), callable(len))
try:
    5()
except TypeError as e:
    print(e)
try:
    "abc"()
except TypeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic))
print(isinstance(1, (str, int)), isinstance(1, (str, (float, int))), issubclass(bool, (int,)), isinstance(True, int))
try:
    isinstance(1, 1)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object))
print(isinstance(1, int | str), issubclass(bool, int | None))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return i
print(list(reversed(Rev())))
class CustomRev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(CustomRev())))
print(list(enumerate("ab", 1)), list(zip("ab", [1, 2, 3])), list(map(lambda a, b: a + b, [1, 2], [10, 20])))
try:
    list(zip([1], [2, 3], strict=True))
except ValueError as e:
    print(e)
try:
    list(zip([1, 2], [2], strict=True))
except ValueError as e:
    print(e)
print(list(filter(None, [0, 1, "", "a"])), list(filter(lambda x: x > 1, [1, 2, 3])))
i = iter([1, 2, 3])
print(list(zip(i, i)), next(i, "end"))
print(all([]), any([]), all([1, 0]), any([0, 0, 1]), all(x > 0 for x in [1, 2]))
g = (x for x in range(3))
print(iter(g) is g, list(g), list(g))
d = {"a": 1, "b": 2}
print(list(iter(d)), list(d.items()), list(reversed(d)), list(reversed(d.values())))
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(e)
s = {1, 2}
try:
    for k in s:
        s.add(99)
except RuntimeError as e:
    print(e)
