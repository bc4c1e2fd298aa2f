class ARange:
    def __init__(self, n):
        self.n, self.i = n, 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen():
    yield 'a'
    yield 'b'
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def main():
    it = aiter(ARange(2))
    out = [await anext(it), await anext(it), await anext(it, 'default')]
    g = agen()
    out += [await anext(g), await anext(g, 'x'), await anext(g, 'end')]
    try:
        await anext(agen().__aiter__().__class__ and ARange(0))
    except StopAsyncIteration:
        out.append('StopAsyncIteration')
    return out
print(run(main()))
for bad in [lambda: aiter(5), lambda: anext(5), lambda: anext([1], 2)]:
    try:
        bad()
    except TypeError as e:
        print(e)
class BadAiter:
    def __aiter__(self):
        return 5
try:
    aiter(BadAiter())
except TypeError as e:
    print(e)
print(type(anext(agen(), None)).__name__, repr(copyright)[:9], type(help).__name__ if False else 'help')
import builtins
print(len([n for n in dir(builtins) if not n.startswith('_')]) > 100, 'aiter' in dir(builtins), sorted(dir(builtins))[:3])
