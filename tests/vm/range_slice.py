r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], r[::2], 5 in r, 6 in r, r.index(8), r.count(8), r.start, r.stop, r.step)
print(range(5), range(0), list(range(-3)), list(range(5, 0, -2)), range(0, 10, 2) == range(0, 10, 2), range(0) == range(5, 2), range(3) == range(0, 3, 1))
print(range(10**15)[-1], 10**14 in range(10**15), list(range(10, 0, -3)), range(1, 10)[2:100:3])
for bad in [lambda: range(1, 2, 0), lambda: r.index(7), lambda: r[100], lambda: range('a'), lambda: range(1.5)]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), repr(range(1, 5, 2)))
print(bool(range(0)), bool(range(1)), min(range(5)), max(range(5)), sum(range(101)), sorted(range(3), reverse=True))
it = iter(range(3))
print(type(it).__name__, next(it), list(it))
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), s.indices(5), slice(-3, None).indices(10))
print([0, 1, 2, 3, 4, 5][s], 'abcdefgh'[slice(None, None, 3)], (1, 2, 3)[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), hash(slice(1, 2)) == hash(slice(1, 2)))
print(range(0, 10, 3)[-2], range(-5, 5)[3:7], list(range(3))[::-1], range(2, 2), len(range(5, 0)))
print(range(3).__contains__(2), range(0, 100, 7).index(49), 49.0 in range(50), 'a' in range(5))
