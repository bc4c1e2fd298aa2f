puzzle = '530070000600195000098000060800060003400803001700020006060000280000419005000080079'
grid = [int(c) for c in puzzle]
def candidates(g, i):
    r, c = divmod(i, 9)
    used = {g[r * 9 + k] for k in range(9)} | {g[k * 9 + c] for k in range(9)}
    br, bc = r // 3 * 3, c // 3 * 3
    used |= {g[(br + dr) * 9 + bc + dc] for dr in range(3) for dc in range(3)}
    return [v for v in range(1, 10) if v not in used]
calls = 0
def solve(g):
    global calls
    calls += 1
    try:
        i = g.index(0)
    except ValueError:
        return True
    for v in candidates(g, i):
        g[i] = v
        if solve(g):
            return True
    g[i] = 0
    return False
print(solve(grid), calls)
for r in range(9):
    print(' '.join(map(str, grid[r * 9:r * 9 + 9])))
