def spiral(n):
    m = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or m[nr][nc]:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m
for row in spiral(5):
    print(' '.join(f'{x:2}' for x in row))
def spiral_order(m):
    out = []
    while m:
        out += m[0]
        m = [list(r) for r in zip(*m[1:])][::-1]
    return out
print(spiral_order(spiral(4)) == list(range(1, 17)), spiral_order([[1, 2, 3], [4, 5, 6]]), spiral_order([]))
def rotate(m):
    return [list(r) for r in zip(*m[::-1])]
m = [[1, 2], [3, 4]]
print(rotate(m), rotate(rotate(m)), rotate(rotate(rotate(rotate(m)))) == m)
def magic_square(n):
    sq = [[0] * n for _ in range(n)]
    i, j = 0, n // 2
    for k in range(1, n * n + 1):
        sq[i][j] = k
        ni, nj = (i - 1) % n, (j + 1) % n
        if sq[ni][nj]:
            ni, nj = (i + 1) % n, j
        i, j = ni, nj
    return sq
ms = magic_square(5)
print(ms[0], {sum(r) for r in ms}, {sum(c) for c in zip(*ms)}, sum(ms[i][i] for i in range(5)), sum(ms[i][4 - i] for i in range(5)))
