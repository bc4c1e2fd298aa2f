async def numbers(n):
    for i in range(n):
        yield i
async def squares(src):
    async for x in src:
        yield x * x
async def take(src, n):
    out = []
    async for x in src:
        if len(out) == n:
            break
        out.append(x)
    return out
async def collect():
    evens = [x async for x in squares(numbers(10)) if x % 2 == 0]
    first = await take(squares(numbers(100)), 4)
    return evens, first
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(collect()))
async def agen_with_cleanup(log):
    try:
        yield 1
        yield 2
    finally:
        log.append('closed')
async def use_and_close():
    log = []
    g = agen_with_cleanup(log)
    print(await g.__anext__())
    await g.aclose()
    return log
print(run(use_and_close()))
async def agen_send():
    received = yield 'ready'
    yield f'got {received}'
async def drive():
    g = agen_send()
    a = await g.asend(None)
    b = await g.asend('hello')
    try:
        await g.asend('more')
    except StopAsyncIteration:
        c = 'stopped'
    return a, b, c
print(run(drive()))
async def athrow_demo():
    async def g():
        try:
            yield 1
        except ValueError as e:
            yield f'caught {e}'
    it = g()
    await it.__anext__()
    return await it.athrow(ValueError('boom'))
print(run(athrow_demo()))
