t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t.count(2), t.index(2), t.index(2, 2), 2 in t, t + (4,), t * 2, (1,) * 0)
print((), (1,), tuple(), tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple({1: 2}), type(()).__name__)
try:
    t.index(9)
except ValueError as e:
    print(e)
try:
    t[10]
except IndexError as e:
    print(e)
try:
    t[0] = 1
except TypeError as e:
    print(e)
try:
    del t[0]
except TypeError as e:
    print(e)
try:
    t + [1]
except TypeError as e:
    print(e)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (1,) < (1, 0), () < (0,), (1, 'a') == (1, 'a'), max((1, 5), (1, 3)))
a, b = (1, 2)
print(a, b, (a, b) == (1, 2), hash((1, 2)) == hash((1, 2)), repr((1,)), repr(((1, 2), [3])), str(('a', "b'")))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested), [x for x, *_ in [(1, 2, 3)]], tuple(x * 2 for x in t))
class T(tuple):
    pass
st = T([1, 2])
print(st, type(st).__name__, type(st + (3,)).__name__, st == (1, 2), isinstance(st, tuple), type(st[0:1]).__name__)
print(t.__getitem__(slice(1, None)), sorted(t), min(t), sum(t), list(enumerate(t))[:2], tuple(reversed(t)))
print((1, 2, 3)[-2:], (0,) * 3, tuple(tuple(range(i)) for i in range(3)), (1, 2).__len__(), (1, 2).__contains__(2))
