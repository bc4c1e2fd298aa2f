class LRU:
    def __init__(self, cap):
        self.cap, self.d, self.hits, self.misses = cap, {}, 0, 0
    def get(self, k):
        if k in self.d:
            self.hits += 1
            v = self.d.pop(k)
            self.d[k] = v
            return v
        self.misses += 1
        return None
    def put(self, k, v):
        if k in self.d:
            self.d.pop(k)
        elif len(self.d) >= self.cap:
            oldest = next(iter(self.d))
            del self.d[oldest]
        self.d[k] = v
c = LRU(3)
for op in ['p1', 'p2', 'p3', 'g1', 'p4', 'g2', 'g3', 'g4', 'p5', 'g1']:
    k = int(op[1])
    if op[0] == 'p':
        c.put(k, k * 10)
    else:
        print('get', k, c.get(k))
print(list(c.d.items()), c.hits, c.misses)
class Emitter:
    def __init__(self):
        self.handlers = {}
    def on(self, event, fn=None):
        def register(f):
            self.handlers.setdefault(event, []).append(f)
            return f
        return register(fn) if fn else register
    def emit(self, event, *args):
        return [h(*args) for h in self.handlers.get(event, [])]
em = Emitter()
log = []
@em.on('data')
def first(x):
    log.append(('first', x))
    return x * 2
em.on('data', lambda x: log.append(('lambda', x)) or 'lam')
class Listener:
    def __init__(self, name):
        self.name = name
    def __call__(self, x):
        return f'{self.name}:{x}'
em.on('data', Listener('obj'))
print(em.emit('data', 21), em.emit('none'), log)
