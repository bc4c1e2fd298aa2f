l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(-1, 99); l.insert(100, 7)
print(l, len(l), l.index(99), l.count(1), l.pop(), l.pop(0), l.pop(-2))
l.remove(l[1])
print(l)
l.reverse()
print(l, l.copy(), l.copy() is l)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.clear()
print(l)
for f in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(2, 0, 1), lambda: [].insert('a', 1), lambda: [].sort(1)]:
    try:
        f()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print([1, 2, 3, 2].index(2, 2), [1, 2].index(1, -2), list('abc'), list(range(3)), list({1: 2}), list((1, 2)))
a = [1, 2, 3, 4, 5]
print(a[1:3], a[::-1], a[::2], a[-2:], a[:-2], a[10:], a[-10:2], a[3:1], a[::-2], a[4:1:-1])
a[1:3] = ['x', 'y', 'z']
print(a)
a[::2] = [0, 0, 0]
print(a)
del a[::3]
print(a)
a[:] = []
print(a)
b = [1, 2, 3]
b[1:1] = [9, 9]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(e)
del b[1]
del b[-1:]
print(b, [1] * 3, [[]] * 2, 2 * [0], [1, 2] + [3], [] * 5)
print([1, 2] == [1, 2], [1, 2] < [1, 2, 0], [3] > [2, 9], [1, [2]] == [1, [2]])
c = [5, 3, 8]
print(sorted(c), c, min(c), max(c), sum(c), 8 in c, 4 not in c, c.__contains__(5), reversed(c).__class__.__name__, list(reversed(c)))
r = []
r.append(r)
print(r, [r, r])
print(list.__name__, type([].__iter__()).__name__, [].__class__ is list, isinstance([], list))
