g = (x * x for x in range(4))
print(type(g).__name__, next(g), list(g))
y = 10
g = (x + y for x in range(3))
y = 20
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(e)
def f():
    n = 3
    return list(i * n for i in range(n))
print(f())
print(sum(x for x in range(10) if x % 2), max((len(s), s) for s in ['a', 'bbb', 'cc']))
print(list((i, j) for i in range(3) for j in range(i)))
class C:
    items = [1, 2, 3]
    doubled = [x * 2 for x in items]
    total = sum(x for x in items)
print(C.doubled, C.total)
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
print({k: v for k, v in zip('abc', range(3))}, {x % 3 for x in range(10)})
print([x for x in range(20) if x % 2 if x % 3], [a + b for a in 'xy' for b in '12'])
x = 'outer'
print([x for x in 'ab'], x)
print([(lambda: i)() for i in range(3)])
print(list(zip(*[iter(range(6))] * 2)))
gen = (i for i in range(3))
print(gen.gi_frame is not None, list(gen), gen.gi_frame)
print([y := 5, y ** 2], [last := i for i in range(4)], last)
