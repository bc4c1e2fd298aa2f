data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print('long', n)
print([y for x in data if (y := x * 2) > 5], y)
print([last := x for x in range(5)], last)
while (item := data.pop()) != 3:
    print('popped', item)
print(data)
total = 0
print([total := total + x for x in range(5)], total)
def f():
    [z := i for i in range(3)]
    return z
print(f())
def g():
    return [(j := j + 1) for _ in range(3)] if (j := 10) else None
print(g())
vals = {k: v for k in 'ab' for v in (1, 2)}
print(vals)
print({x: [y for y in range(x)] for x in range(4)})
print([[i * j for j in range(3)] for i in range(3)], [(i, j) for i in range(3) for j in range(i)])
print(sum(x for x in range(100) if x % 7 == 0), list(x for x in 'abc'))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [x for row in matrix for x in row if x % 2])
x = 'global x'
print([x for x in range(2)], x)
class C:
    base = [1, 2]
    out = [b * 2 for b in base]
    try:
        bad = [base[0] + i for i in range(2)]
    except NameError as e:
        err = str(e)
print(C.out, C.err)
print((lambda: [k for k in range(3)])(), [(lambda v=v: v)() for v in range(3)])
gen = ((a, b) for a in range(2) for b in range(2))
print(list(gen))
print({len(w) for w in ['a', 'bb', 'cc', 'd']}, {w[0]: w for w in ['apple', 'avocado', 'banana']})
