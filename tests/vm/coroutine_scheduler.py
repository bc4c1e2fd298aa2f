class Task:
    _ids = 0
    def __init__(self, coro, name):
        Task._ids += 1
        self.id, self.coro, self.name = Task._ids, coro, name
        self.result = None
        self.done = False
class Yield:
    def __await__(self):
        yield 'yield'
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ('sleep', self.ticks)
class Scheduler:
    def __init__(self):
        self.ready, self.sleeping, self.tick, self.log = [], [], 0, []
    def spawn(self, coro, name):
        t = Task(coro, name)
        self.ready.append(t)
        return t
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.tick = min(w for w, _ in self.sleeping)
            for w, t in list(self.sleeping):
                if w <= self.tick:
                    self.sleeping.remove((w, t))
                    self.ready.append(t)
            if not self.ready:
                continue
            t = self.ready.pop(0)
            try:
                req = t.coro.send(None)
            except StopIteration as e:
                t.done, t.result = True, e.value
                self.log.append((self.tick, t.name, 'done', e.value))
                continue
            if isinstance(req, tuple) and req[0] == 'sleep':
                self.sleeping.append((self.tick + req[1], t))
            else:
                self.ready.append(t)
            self.tick += 1
async def worker(name, n, delay):
    total = 0
    for i in range(n):
        total += i
        await (Sleep(delay) if delay else Yield())
    return f'{name}={total}'
async def supervisor(sched):
    kids = [sched.spawn(worker(f'k{i}', 3, i), f'k{i}') for i in range(3)]
    while not all(k.done for k in kids):
        await Yield()
    return [k.result for k in kids]
s = Scheduler()
top = s.spawn(supervisor(s), 'super')
s.run()
print(top.result)
for entry in s.log:
    print(entry)
