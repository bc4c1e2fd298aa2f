class ACM:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('aenter', self.name)
        return self.name
    async def __aexit__(self, et, ev, tb):
        print('aexit', self.name, et.__name__ if et else None)
        return et is KeyError
class ARange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen(n):
    for i in range(n):
        yield i * i
async def main():
    async with ACM('one') as a, ACM('two') as b:
        print('inside', a, b)
    async with ACM('suppress'):
        raise KeyError('x')
    out = []
    async for v in ARange(3):
        out.append(v)
    async for v in agen(4):
        out.append(v)
    print(out, [x async for x in agen(3)], {x async for x in ARange(2)})
    try:
        async with ACM('propagate'):
            raise ValueError('y')
    except ValueError as e:
        print('propagated', e)
    async for v in ARange(5):
        if v == 2:
            break
    else:
        print('no break')
    async for v in ARange(1):
        pass
    else:
        print('async for else')
    return 'main done'
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
async def bad_with():
    async with 5:
        pass
try:
    run(bad_with())
except TypeError as e:
    print(e)
async def bad_for():
    async for x in [1]:
        pass
try:
    run(bad_for())
except TypeError as e:
    print(e)
ag = agen(2)
print(type(ag).__name__, ag.__name__, type(ag.__anext__()).__name__)
print(run(ag.__anext__().__await__().__next__() if False else agen(0).aclose()))
