def read_lines():
    data = 'alpha 1\nbeta 22\n\ngamma 333\n# comment\ndelta 4444\n'
    for line in data.splitlines():
        yield line
def non_empty(lines):
    return (l for l in lines if l.strip() and not l.startswith('#'))
def parse(lines):
    for l in lines:
        name, num = l.split()
        yield name, int(num)
def running_total(pairs):
    total = 0
    for name, n in pairs:
        total += n
        yield name, n, total
for row in running_total(parse(non_empty(read_lines()))):
    print(row)
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
def chunks(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield buf
            buf = []
    if buf:
        yield buf
print(list(take(5, naturals())), list(chunks(range(7), 3)), list(take(3, (x * x for x in naturals() if x % 3 == 0))))
def flatten(x):
    for item in x:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, (4, 5)], []], 6])))
def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)
print(list(interleave('abc', [1, 2], 'XYZW')))
def coroutine_avg():
    total, count, avg = 0, 0, None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
c = coroutine_avg()
next(c)
print([c.send(v) for v in [10, 20, 60]])
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(pairwise('abcd')), list(pairwise([])))
gen = (i for i in range(3))
print(sum(gen), sum(gen))
def accumulate(it, fn=lambda a, b: a + b):
    it = iter(it)
    try:
        acc = next(it)
    except StopIteration:
        return
    yield acc
    for x in it:
        acc = fn(acc, x)
        yield acc
print(list(accumulate([1, 2, 3, 4])), list(accumulate('abc')), list(accumulate([3, 1, 4], max)))
