# A list or tuple subclass that overrides __iter__ is iterated through it wherever CPython does (constructors, join, unpacking, star-args, extend).
class L(list):
    def __iter__(self):
        yield 'x'
class T(tuple):
    def __iter__(self):
        yield 'y'
l, t = L([1, 2]), T((3, 4))
print(list(l), tuple(l), set(l), sorted(l), ''.join(l), [*l], dict.fromkeys(l), max(l), min(t))
print(list(t), tuple(t), set(t), sorted(t), ''.join(t), [*t], dict.fromkeys(t), sum(1 for _ in l))
a, = l
b, = t
print(a, b, any(l), all(t), list(enumerate(l)), list(zip(l, t)), list(map(str, l)), list(filter(None, t)))
x = []
x.extend(l); x.extend(t); x += l
print(x, len(l), l[0], str(l), repr(t))
print(' '.join(L(['a', 'b'])), frozenset(l), bytes(L([65])) if False else '', list(reversed(l)))
c, *d = l
print(c, d)
for q in l: print(q, end=' ')
print()
def g(): yield from t
def h(*a): return a
print(list(g()), h(*l), h(*t), bytearray(L([65, 66])) if False else '', str.join('-', l))
print(*l, *t, sep=',')
import itertools
print(list(itertools.chain(l, t)), list(itertools.product(l, t)), sorted(l + ['z'], key=str), l * 2 == [1, 2, 1, 2])
