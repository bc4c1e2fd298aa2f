class Ready:
    def __await__(self):
        return (yield "tick")

def run(coro):
    ticks = 0
    val = None
    while True:
        try:
            coro.send(val)
            ticks += 1
        except StopIteration as e:
            return e.value, ticks

async def agen(n):
    for i in range(n):
        await Ready()
        yield i * 10
    print("agen end")

async def consume():
    out = []
    async for x in agen(3):
        out.append(x)
    return out
print(run(consume()))

async def comp():
    return [x async for x in agen(2)], {x: 1 async for x in agen(2)}
print(run(comp()))

class ACM:
    async def __aenter__(self):
        print("enter")
        await Ready()
        return "res"
    async def __aexit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return True

async def use_cm():
    async with ACM() as r:
        print("inside", r)
        raise ValueError
    return "after"
print(run(use_cm()))

class AIter:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        self.i += 1
        if self.i > 3:
            raise StopAsyncIteration
        return self.i
async def use_aiter():
    s = 0
    async for v in AIter():
        s += v
    else:
        s += 100
    return s
print(run(use_aiter()))

async def agen_send():
    x = yield 1
    print("received", x)
    yield 2
async def drive():
    g = agen_send()
    print(await g.__anext__())
    print(await g.asend("hello"))
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    g2 = agen_send()
    await g2.__anext__()
    await g2.aclose()
    print("aclosed")
    print(type(g).__name__, g.__name__)
run(drive())

async def agen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("agen finally")
async def breaker():
    g = agen_finally()
    async for x in g:
        break
    await g.aclose()
    return x
print(run(breaker()))

async def athrow_demo():
    async def g():
        try:
            yield 1
        except KeyError:
            yield "caught"
    it = g()
    await it.__anext__()
    return await it.athrow(KeyError())
print(run(athrow_demo()))
try:
    async def bad_with():
        async with 5:
            pass
    run(bad_with())
except TypeError as e:
    print(e)
try:
    async def bad_for():
        async for x in 5:
            pass
    run(bad_for())
except TypeError as e:
    print(e)
