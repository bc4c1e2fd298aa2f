# A key whose __eq__ clears the container during a lookup: CPython restarts the
# lookup or raises RuntimeError; never an internal error.
class Evil:
    def __repr__(self):
        return '%s()' % type(self).__name__
    def __init__(self, d):
        self.d = d
    def __hash__(self):
        return 1
    def __eq__(self, other):
        self.d.clear()
        return False
class H:
    def __hash__(self):
        return 1
def attempt(name, f):
    try:
        r = f()
        print(name, 'ok', r if not isinstance(r, dict) else sorted(r, key=str))
    except Exception as e:
        print(name, type(e).__name__, e)
for op in ['get', 'getitem', 'in', 'pop', 'setdefault', 'del', 'update', 'setitem', 'popdefault']:
    d = {H(): 1, H(): 2}
    k = Evil(d)
    f = {
        'get': lambda: d.get(k),
        'getitem': lambda: d[k],
        'in': lambda: k in d,
        'pop': lambda: d.pop(k),
        'popdefault': lambda: d.pop(k, 'dflt'),
        'setdefault': lambda: d.setdefault(k, 3),
        'del': lambda: d.__delitem__(k),
        'update': lambda: d.update({k: 5}),
        'setitem': lambda: d.__setitem__(k, 6),
    }[op]
    attempt(op, f)
    print(' len', len(d))
# sets
for op in ['in', 'add', 'remove', 'discard']:
    s = {H(), H()}
    k = Evil(s)
    f = {'in': lambda: k in s, 'add': lambda: s.add(k), 'remove': lambda: s.remove(k), 'discard': lambda: s.discard(k)}[op]
    attempt('set ' + op, f)
    print(' len', len(s))
# iteration with same-size key change
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(5)}
try:
    print(max(d, key=lambda k: d.pop(k)))
except RuntimeError as e:
    print(type(e).__name__, e)
s = set(range(5))
try:
    for x in s:
        s.discard(x); s.add(x + 100)
except RuntimeError as e:
    print(type(e).__name__, e)
