
class Future:
    def __init__(self):
        self.done = False
        self.result = None
    def __await__(self):
        if not self.done:
            yield self
        return self.result

class Loop:
    def __init__(self):
        self.ready = []
        self.log = []
    def spawn(self, coro):
        self.ready.append((coro, None))
    def run(self):
        while self.ready:
            coro, val = self.ready.pop(0)
            try:
                fut = coro.send(val)
            except StopIteration as e:
                self.log.append(("done", e.value))
                continue
            fut.done = True
            fut.result = "r%d" % len(self.log)
            self.log.append("step")
            self.ready.append((coro, fut.result))

async def work(name, n):
    total = []
    for i in range(n):
        r = await Future()
        total.append(r)
    return name, total

async def main():
    a = await work("a", 2)
    return a

loop = Loop()
loop.spawn(work("x", 3))
loop.spawn(main())
loop.run()
print(loop.log)

async def simple():
    return 42
c = simple()
print(type(c).__name__, c.__name__, c.cr_running, c.cr_frame is not None)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)

class legacy:
    def __await__(self):
        x = yield "yielded"
        return x
async def uses_legacy():
    return await legacy()
c = uses_legacy()
print(c.send(None))
try:
    c.send("sent")
except StopIteration as e:
    print(e.value)

async def bad():
    await 5
try:
    bad().send(None)
except TypeError as e:
    print(e)

class AW:
    def __await__(self):
        return iter([1, 2])
async def use_aw():
    return await AW()
c = use_aw()
print(c.send(None), c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

async def thrower():
    try:
        await Future()
    except ValueError as e:
        return "handled " + str(e)
c = thrower()
c.send(None)
try:
    c.throw(ValueError("v"))
except StopIteration as e:
    print(e.value)
c = simple()
c.close()
print("closed")
print(simple.__code__.co_flags & 0x80)
