class LCG:
    def __init__(self, seed): self.s = seed
    def rand(self, n):
        self.s = (self.s * 1103515245 + 12345) & 0x7fffffff
        return self.s % n
def make_maze(w, h, seed):
    rng = LCG(seed)
    grid = [['#'] * (2 * w + 1) for _ in range(2 * h + 1)]
    stack = [(0, 0)]
    seen = {(0, 0)}
    grid[1][1] = ' '
    while stack:
        x, y = stack[-1]
        nbrs = [(x + dx, y + dy, dx, dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)) if 0 <= x + dx < w and 0 <= y + dy < h and (x + dx, y + dy) not in seen]
        if not nbrs:
            stack.pop()
            continue
        nx, ny, dx, dy = nbrs[rng.rand(len(nbrs))]
        grid[2 * y + 1 + dy][2 * x + 1 + dx] = ' '
        grid[2 * ny + 1][2 * nx + 1] = ' '
        seen.add((nx, ny))
        stack.append((nx, ny))
    return grid
def solve(grid):
    h, w = len(grid), len(grid[0])
    start, goal = (1, 1), (h - 2, w - 2)
    prev = {start: None}
    q = [start]
    while q:
        cur = q.pop(0)
        if cur == goal:
            break
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if grid[nr][nc] == ' ' and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                q.append((nr, nc))
    node, n = goal, 0
    while node:
        grid[node[0]][node[1]] = '.'
        node = prev[node]
        n += 1
    return n
g = make_maze(8, 5, 2024)
steps = solve(g)
print('\n'.join(''.join(row) for row in g))
print(steps)
