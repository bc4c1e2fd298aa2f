a, (b, c), *d = 1, (2, 3), 4, 5
print(a, b, c, d)
(x, y), (z, *w) = [[1, 2], 'abc']
print(x, y, z, w)
for i, (k, v) in enumerate({'a': 1, 'b': 2}.items()):
    print(i, k, v)
first, *_, last = range(10)
print(first, last)
*head, tail = 'x'
print(head, tail)
p = q = r = 0
p, q = q + 1, p + 2
print(p, q, r)
t = 1, 2, 3
print(t, type(t).__name__, (1,) + t, t[::-1], t * 2, len(t))
def multi():
    return 1, 'two', [3]
n, s, l = multi()
print(n, s, l, multi())
swap = [1, 2, 3]
swap[0], swap[2] = swap[2], swap[0]
print(swap)
i = 0
lst = [0, 0]
i, lst[i] = 1, 5
print(i, lst)
try:
    a, b = 1
except TypeError as e:
    print(e)
try:
    a, b = 'xyz'
except ValueError as e:
    print(e)
try:
    (a, b), c = [1, 2], 3
except TypeError as e:
    print(e)
matrix = [(1, 2, 3), (4, 5, 6)]
for a, *rest in matrix:
    print(a, rest)
print([(b, a) for a, b in [(1, 2), (3, 4)]], dict((v, k) for k, v in {'a': 1}.items()))
print(*[1, 2], *'ab', sep='-')
print({**{'a': 1}}, [*range(3), *{4: 5}], (*'ab',), {*(1, 2), *[2, 3]})
