class Sleep:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield ('sleep', self.n)
        return self.n * 10
class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, coro, name):
        self.ready.append((coro, None, name))
    def run(self):
        results = {}
        while self.ready:
            coro, val, name = self.ready.pop(0)
            try:
                req = coro.send(val)
                self.log.append((name, req))
                self.ready.append((coro, req[1], name))
            except StopIteration as e:
                results[name] = e.value
        return results
async def worker(name, steps):
    total = 0
    for i in range(steps):
        total += await Sleep(i)
    return f'{name}:{total}'
async def parent():
    a = await worker('child', 2)
    return 'parent got ' + a
loop = Loop()
loop.spawn(worker('w1', 3), 'w1')
loop.spawn(worker('w2', 1), 'w2')
loop.spawn(parent(), 'p')
print(loop.run())
print(loop.log)
c = worker('x', 0)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print('immediate', e.value)
async def raiser():
    await Sleep(1)
    raise ValueError('in coro')
r = raiser()
print(r.send(None))
try:
    r.send(None)
except ValueError as e:
    print(e)
async def catcher():
    try:
        await Sleep(1)
    except KeyError as e:
        return 'caught ' + repr(e)
k = catcher()
k.send(None)
try:
    k.throw(KeyError('thrown'))
except StopIteration as e:
    print(e.value)
cl = catcher()
cl.send(None)
cl.close()
print(cl.cr_frame)
try:
    cl.send(None)
except RuntimeError as e:
    print(e)
class BadAwait:
    def __await__(self):
        return 5
async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print(e)
async def not_awaitable():
    await 5
try:
    not_awaitable().send(None)
except TypeError as e:
    print(e)
