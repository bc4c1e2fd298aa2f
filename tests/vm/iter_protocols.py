class OldSeq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(list(OldSeq()), 20 in OldSeq(), 25 in OldSeq(), [x for x in OldSeq()], list(iter(OldSeq())), type(iter(OldSeq())).__name__)
class It:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(It(3)), sum(It(4)), max(It(5)), sorted(It(3)), tuple(It(2)), set(It(2)) == {0, 1}, dict.fromkeys(It(2)))
a, b, c = It(3)
print(a, b, c)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self):
        return self
try:
    for _ in NoNext():
        pass
except TypeError as e:
    print(e)
class Cont:
    def __contains__(self, x):
        return x == 'yes'
print('yes' in Cont(), 'no' in Cont(), 'no' not in Cont())
class ContTruthy:
    def __contains__(self, x):
        return 'nonempty'
print(1 in ContTruthy())
class IterOnly:
    def __iter__(self):
        yield from [1, 2, 3]
print(2 in IterOnly(), 5 in IterOnly(), list(IterOnly()))
try:
    1 in 5
except TypeError as e:
    print(e)
class NotIterable:
    __iter__ = None
try:
    iter(NotIterable())
except TypeError as e:
    print(e)
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
e = enumerate('ab')
print(next(e), iter(e) is e, type(e).__name__)
z = zip([1], [2])
print(iter(z) is z, list(z), list(z))
m = map(abs, [-1])
print(next(m), next(m, 'end'))
r = reversed([1, 2])
print(r.__length_hint__(), next(r), r.__length_hint__())
print(list(iter(iter([5]))), iter([]).__length_hint__() if hasattr(iter([]), '__length_hint__') else 'x')
class Callable:
    def __init__(self):
        self.v = 0
    def __call__(self):
        self.v += 1
        return self.v
print(list(iter(Callable(), 3)))
def gen():
    yield 1
    yield 2
g = gen()
print(iter(g) is g, next(g), list(g))
class SelfIter:
    def __iter__(self):
        return iter([7, 8])
for x in SelfIter():
    print('got', x)
