import sys
sys.setrecursionlimit(5000)
def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    wrapper.cache = cache
    return wrapper
@memo
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)
print(grid_paths(16, 16), len(grid_paths.cache))
@memo
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)
print([partitions(n, n) for n in range(1, 20)], partitions(100, 100))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
def flood(grid, r, c, seen):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] == '#' or (r, c) in seen:
        return 0
    seen.add((r, c))
    return 1 + sum(flood(grid, r + dr, c + dc, seen) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))
g = ['..#....', '..#.##.', '....#..', '###.#..', '......#']
print(flood(g, 0, 0, set()), flood(g, 0, 6, set()))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(4000))
