def averager():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError:
            total = count = 0
            avg = None
            continue
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return ('final', avg)
a = averager()
print(next(a), a.send(10), a.send(20), a.throw(ValueError), a.send(7))
try:
    a.send(None)
except StopIteration as e:
    print(e.value)
def delegator():
    result = yield from averager()
    print('delegate got', result)
    yield 'after'
d = delegator()
next(d)
print(d.send(4), d.send(6))
print(d.send(None))
def gen_with_return_in_try():
    try:
        yield 1
        return 'done'
    finally:
        print('cleanup ran')
g = gen_with_return_in_try()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value', e.value)
def echo():
    received = []
    while True:
        v = yield len(received)
        received.append(v)
        if len(received) == 3:
            return received
e = echo()
next(e)
e.send('a'); e.send('b')
try:
    e.send('c')
except StopIteration as s:
    print(s.value)
def chain(*gens):
    for g in gens:
        yield from g
print(list(chain(range(2), 'ab', (x * x for x in range(3)))))
def count_up():
    n = 0
    while True:
        step = yield n
        n += step if step is not None else 1
c = count_up()
print([next(c), c.send(10), next(c), c.send(-5)])
def gen_throw_unhandled():
    yield 1
    yield 2
gt = gen_throw_unhandled()
next(gt)
try:
    gt.throw(KeyError('k'))
except KeyError as ke:
    print('propagated', ke)
print(next(gt, 'exhausted after throw'))
