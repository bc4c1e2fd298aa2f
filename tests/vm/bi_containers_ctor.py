print(list(), list('ab'), list(range(3)), list({1: 2}), list((1,)), list({3}), list(x for x in 'xy'), list(b'ab'))
print(tuple(), tuple([1, 2]), tuple('ab'), tuple({'k': 1}.items()), tuple(range(0)))
print(dict(), dict(a=1), dict([('a', 1), ['b', 2]]), dict({'x': 1}, y=2), dict(zip('ab', 'cd')), dict.fromkeys('ab', 0), dict([]))
print(sorted(set('hello')), set(), set([1, 1]), frozenset('aa'), sorted(frozenset(range(3))), set(x % 2 for x in range(5)))
for bad in [lambda: list(1), lambda: tuple(None), lambda: dict(1), lambda: dict([(1,)]), lambda: dict([1]), lambda: set(1), lambda: frozenset(1.5), lambda: list([], []), lambda: dict({}, {})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 'x'
l = L([1, 2])
print(l, l.extra, type(l[:]).__name__, type(l + l).__name__, l * 2, l == [1, 2])
class T(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
t = T(1, 2, 3)
print(t, len(t), type(t).__name__, t[0], t + (4,), isinstance(t, tuple))
class D(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = D(a=1)
print(d['A'], d.get('A'), 'A' in d, dict(d), len(d))
