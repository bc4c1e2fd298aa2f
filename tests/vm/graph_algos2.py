edges = [('a', 'b', 4), ('a', 'c', 2), ('b', 'c', 5), ('b', 'd', 10), ('c', 'e', 3), ('e', 'd', 4), ('d', 'f', 11)]
nodes = sorted({n for e in edges for n in e[:2]})
def kruskal():
    parent = {n: n for n in nodes}
    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    tree = []
    for u, v, w in sorted(edges, key=lambda e: (e[2], e[0], e[1])):
        ru, rv = find(u), find(v)
        if ru != rv:
            parent[ru] = rv
            tree.append((u, v, w))
    return tree, sum(w for *_, w in tree)
print(kruskal())
INF = float('inf')
dist = {u: {v: (0 if u == v else INF) for v in nodes} for u in nodes}
for u, v, w in edges:
    dist[u][v] = dist[v][u] = w
for k in nodes:
    for i in nodes:
        for j in nodes:
            if dist[i][k] + dist[k][j] < dist[i][j]:
                dist[i][j] = dist[i][k] + dist[k][j]
print({n: dist['a'][n] for n in nodes}, dist['f']['a'], max(max(r.values()) for r in dist.values()))
adj = {}
for u, v, _ in edges:
    adj.setdefault(u, []).append(v)
def has_cycle():
    state = {}
    def visit(n):
        state[n] = 'active'
        for m in adj.get(n, []):
            if state.get(m) == 'active' or (m not in state and visit(m)):
                return True
        state[n] = 'done'
        return False
    return any(visit(n) for n in nodes if n not in state)
print(has_cycle())
adj['f'] = ['a']
print(has_cycle())
def components(pairs):
    g = {}
    for a, b in pairs:
        g.setdefault(a, set()).add(b)
        g.setdefault(b, set()).add(a)
    seen, comps = set(), []
    for n in sorted(g):
        if n in seen:
            continue
        stack, comp = [n], []
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            comp.append(x)
            stack.extend(sorted(g[x] - seen))
        comps.append(sorted(comp))
    return comps
print(components([(1, 2), (2, 3), (4, 5), (6, 6), (7, 5)]))
