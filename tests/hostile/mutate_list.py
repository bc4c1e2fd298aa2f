# Lists mutated by user code during an operation.
class Idx:
    def __init__(self, l):
        self.l = l
    def __index__(self):
        self.l.clear()
        return 1
def attempt(name, f):
    try:
        print(name, 'ok', f())
    except Exception as e:
        print(name, type(e).__name__, e)
l = [1, 2, 3]; attempt('getitem', lambda: l[Idx(l)])
l = [1, 2, 3]; attempt('setitem', lambda: l.__setitem__(Idx(l), 9)); print(l)
l = [1, 2, 3]; attempt('delitem', lambda: l.__delitem__(Idx(l))); print(l)
l = [1, 2, 3]; attempt('slice get', lambda: l[Idx(l):Idx(l)])
l = [1, 2, 3]; attempt('slice set', lambda: l.__setitem__(slice(Idx(l), 3), [7])); print(l)
l = [1, 2, 3]; attempt('slice del', lambda: l.__delitem__(slice(0, Idx(l)))); print(l)
l = [1, 2, 3]; attempt('insert', lambda: l.insert(Idx(l), 5)); print(l)
l = [1, 2, 3]; attempt('pop', lambda: l.pop(Idx(l))); print(l)
l = [1, 2, 3, 4]; attempt('index', lambda: l.index(3, Idx(l))); print(l)
l = [1, 2, 3, 4]
def gen():
    for i in range(5):
        if l: l.pop()
        yield i
attempt('slice assign gen', lambda: l.__setitem__(slice(1, 3), gen())); print(l)
l = [1, 2, 3, 4]
def gen2():
    l.clear()
    yield 1
attempt('extended slice gen', lambda: l.__setitem__(slice(0, 4, 2), gen2())); print(l)
class Popper:
    def __repr__(self):
        return '%s()' % type(self).__name__
    def __init__(self, l):
        self.l = l
    def __eq__(self, other):
        if self.l: self.l.pop()
        return False
for op in ['count', 'index', 'in', 'remove', 'eq']:
    l = [1, 2, 3, 4, 5]
    p = Popper(l)
    f = {'count': lambda: l.count(p), 'index': lambda: l.index(p), 'in': lambda: p in l,
         'remove': lambda: l.remove(p), 'eq': lambda: l == [p] * 5}[op]
    attempt(op, f); print(l)
class Clearer:
    def __init__(self, l): self.l = l
    def __lt__(self, o):
        self.l.clear(); return False
l = [Clearer(None) for i in range(5)]
for c in l: c.l = l
attempt('sort', lambda: l.sort())
l = [3, 1, 2]
attempt('sort key mutate', lambda: l.sort(key=lambda x: l.append(x) or x)); print(l)
class R:
    def __init__(self, l): self.l = l
    def __repr__(self):
        self.l.clear(); return 'R'
l = [1, 2]; l.append(R(l)); l.append(R(l)); attempt('repr', lambda: repr(l))
class LT:
    def __init__(self, l): self.l = l
    def __lt__(self, o):
        self.l.clear(); return NotImplemented
    def __gt__(self, o): return False
a = [1, LT(None)]; a[1].l = a
attempt('cmp', lambda: a < [1, 2])
