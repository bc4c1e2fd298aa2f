class N:
    def __init__(self, v, *kids):
        self.v, self.kids = v, list(kids)
tree = N('a', N('b', N('d'), N('e', N('h'))), N('c', N('f'), N('g', N('i'), N('j'))))
def preorder(n):
    yield n.v
    for k in n.kids:
        yield from preorder(k)
def postorder(n):
    for k in n.kids:
        yield from postorder(k)
    yield n.v
def levels(n):
    out, frontier = [], [n]
    while frontier:
        out.append([x.v for x in frontier])
        frontier = [k for x in frontier for k in x.kids]
    return out
def height(n):
    return 1 + max(map(height, n.kids), default=0)
def leaves(n):
    return [n.v] if not n.kids else [l for k in n.kids for l in leaves(k)]
def path_to(n, target, acc=()):
    acc = acc + (n.v,)
    if n.v == target:
        return acc
    for k in n.kids:
        p = path_to(k, target, acc)
        if p:
            return p
print(list(preorder(tree)), list(postorder(tree)), levels(tree), height(tree), leaves(tree), path_to(tree, 'i'), path_to(tree, 'z'))
def iterative_dfs(root):
    stack, out = [root], []
    while stack:
        n = stack.pop()
        out.append(n.v)
        stack.extend(reversed(n.kids))
    return out
print(iterative_dfs(tree) == list(preorder(tree)))
def lca(root, a, b):
    pa, pb = path_to(root, a), path_to(root, b)
    common = [x for x, y in zip(pa, pb) if x == y]
    return common[-1]
print(lca(tree, 'h', 'd'), lca(tree, 'i', 'f'), lca(tree, 'h', 'j'))
