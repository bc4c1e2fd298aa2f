graph = {'A': ['B', 'C'], 'B': ['D', 'E'], 'C': ['F'], 'D': [], 'E': ['F'], 'F': [], 'G': ['A']}
def bfs(start):
    seen, order, queue = {start}, [], [start]
    while queue:
        n = queue.pop(0)
        order.append(n)
        for m in graph[n]:
            if m not in seen:
                seen.add(m)
                queue.append(m)
    return order
def dfs(n, seen=None):
    seen = seen if seen is not None else []
    seen.append(n)
    for m in graph[n]:
        if m not in seen:
            dfs(m, seen)
    return seen
def topo():
    indeg = {n: 0 for n in graph}
    for n in graph:
        for m in graph[n]:
            indeg[m] += 1
    ready = sorted(n for n, d in indeg.items() if d == 0)
    out = []
    while ready:
        n = ready.pop(0)
        out.append(n)
        for m in graph[n]:
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    return out
print(bfs('A'), dfs('A'), topo())
weighted = {'s': {'a': 7, 'b': 2}, 'a': {'c': 1}, 'b': {'a': 3, 'c': 8}, 'c': {'d': 1}, 'd': {}}
def dijkstra(src):
    dist = {src: 0}
    heap = [(0, src)]
    def push(item):
        heap.append(item)
        i = len(heap) - 1
        while i and heap[(i - 1) // 2] > heap[i]:
            heap[i], heap[(i - 1) // 2] = heap[(i - 1) // 2], heap[i]
            i = (i - 1) // 2
    def pop():
        top = heap[0]
        last = heap.pop()
        if heap:
            heap[0] = last
            i = 0
            while True:
                c = 2 * i + 1
                if c >= len(heap):
                    break
                if c + 1 < len(heap) and heap[c + 1] < heap[c]:
                    c += 1
                if heap[i] <= heap[c]:
                    break
                heap[i], heap[c] = heap[c], heap[i]
                i = c
        return top
    done = set()
    while heap:
        d, n = pop()
        if n in done:
            continue
        done.add(n)
        for m, w in weighted[n].items():
            if d + w < dist.get(m, float('inf')):
                dist[m] = d + w
                push((d + w, m))
    return dist
print(dijkstra('s'))
grid = ['S.#.....', '.##.###.', '....#...', '.##...#E']
def maze():
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == 'S')
    prev = {start: None}
    q = [start]
    while q:
        r, c = q.pop(0)
        if grid[r][c] == 'E':
            path = []
            node = (r, c)
            while node:
                path.append(node)
                node = prev[node]
            return len(path) - 1
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != '#' and (nr, nc) not in prev:
                prev[(nr, nc)] = (r, c)
                q.append((nr, nc))
print(maze())
