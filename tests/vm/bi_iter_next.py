it = iter([1, 2])
print(type(it).__name__, next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', e.args)
print(type(iter('ab')).__name__, type(iter((1,))).__name__, type(iter({1: 2})).__name__, type(iter({1})).__name__, type(iter(range(2))).__name__, type(iter(b'x')).__name__)
vals = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(vals), 0)))
class Count:
    def __init__(self): self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
print(list(iter(Count(), 4)))
for bad in [lambda: iter(5), lambda: next([1]), lambda: iter(lambda: 1, 1, 2), lambda: next(iter([]))]:
    try:
        bad()
    except (TypeError, StopIteration) as e:
        print(type(e).__name__, e)
class Twice:
    def __iter__(self):
        return iter([1, 2])
t = Twice()
print(list(t), list(t), iter(t) is iter(t))
def g():
    yield 1
gen = g()
print(iter(gen) is gen, next(gen), next(gen, 'end'))
