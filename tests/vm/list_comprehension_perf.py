n = 3000
squares = [i * i for i in range(n)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(i, j) for i in range(40) for j in range(i) if (i + j) % 7 == 0]
matrix = [[i * j % 10 for j in range(30)] for i in range(30)]
flat = [x for row in matrix for x in row]
print(len(squares), sum(evens), len(pairs), pairs[:5], sum(flat), max(flat), flat.count(0))
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'] * 50
lengths = {w: len(w) for w in words}
upper = {w.upper() for w in words}
print(lengths, sorted(upper), sum(len(w) for w in words))
transposed = [list(r) for r in zip(*matrix[:3])]
print(transposed[:2])
nested = [[[k for k in range(j)] for j in range(i)] for i in range(4)]
print(nested)
print([y for x in range(5) if x % 2 for y in range(x) if y], [(lambda v: v * 2)(v) for v in range(3)])
print(sorted({(a, b) for a in range(3) for b in range(3) if a != b}))
