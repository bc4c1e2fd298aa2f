class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node['$'] = True
    def complete(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == '$':
                    out.append(prefix + acc)
                else:
                    walk(n[k], acc + k)
        walk(node, '')
        return out
t = Trie()
for w in 'car card care careful cat dog dot do'.split():
    t.insert(w)
print(t.complete('car'), t.complete('do'), t.complete('x'), t.complete(''))
class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a == b:
            return False
        if self.size[a] < self.size[b]:
            a, b = b, a
        self.parent[b] = a
        self.size[a] += self.size[b]
        return True
d = DSU(10)
edges = [(0, 1), (2, 3), (1, 2), (5, 6), (3, 0), (7, 8), (8, 9), (9, 7)]
print([d.union(a, b) for a, b in edges])
groups = {}
for i in range(10):
    groups.setdefault(d.find(i), []).append(i)
print(sorted(groups.values()))
def merge_intervals(iv):
    out = []
    for s, e in sorted(iv):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out
print(merge_intervals([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (0, 0)]))
