def zeros(r, c):
    return [[0] * c for _ in range(r)]
def mul(a, b):
    out = zeros(len(a), len(b[0]))
    for i, row in enumerate(a):
        for k, v in enumerate(row):
            if v:
                for j, w in enumerate(b[k]):
                    out[i][j] += v * w
    return out
def transpose(m):
    return [list(col) for col in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def power(m, e):
    r = identity(len(m))
    while e:
        if e & 1:
            r = mul(r, m)
        m = mul(m, m)
        e >>= 1
    return r
A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
print(mul(A, B), mul(B, A), transpose([[1, 2, 3], [4, 5, 6]]), power([[1, 1], [1, 0]], 30)[0][1])
rot = [[0, -1], [1, 0]]
print(power(rot, 4) == identity(2), power(rot, 2), [sum(r) for r in power([[1, 1], [1, 1]], 10)])
grid = [[(i * 7 + j * 3) % 10 for j in range(5)] for i in range(4)]
print(grid, [max(r) for r in grid], [min(c) for c in zip(*grid)], sum(map(sum, grid)))
print([row[::-1] for row in grid][0], [list(r) for r in zip(*grid[::-1])][0])
