packages = {
    'app': ['web', 'db', 'log'],
    'web': ['http', 'log', 'template'],
    'db': ['driver', 'log'],
    'http': ['socket'],
    'template': [],
    'driver': ['socket'],
    'socket': [],
    'log': [],
}
def install_order(pkg, graph):
    order, visiting, done = [], set(), set()
    def visit(p, chain):
        if p in done:
            return
        if p in visiting:
            raise RuntimeError('cycle: ' + ' -> '.join(chain + [p]))
        if p not in graph:
            raise LookupError(f'unknown package {p!r} required by {chain[-1]}')
        visiting.add(p)
        for dep in sorted(graph[p]):
            visit(dep, chain + [p])
        visiting.discard(p)
        done.add(p)
        order.append(p)
    visit(pkg, [])
    return order
print(install_order('app', packages))
print(install_order('db', packages))
cyclic = dict(packages, socket=['app'])
try:
    install_order('app', cyclic)
except RuntimeError as e:
    print(e)
broken = dict(packages, log=['missing'])
try:
    install_order('web', broken)
except LookupError as e:
    print(e)
rev = {}
for p, deps in packages.items():
    for d in deps:
        rev.setdefault(d, []).append(p)
print({k: sorted(v) for k, v in sorted(rev.items())})
