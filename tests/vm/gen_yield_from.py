def inner():
    x = yield 'i1'
    print('inner got', x)
    yield 'i2'
    return 'inner result'
def outer():
    r = yield from inner()
    print('result', r)
    yield 'o1'
g = outer()
print(next(g), g.send('S'), next(g))
def deleg():
    yield from [1, 2, 3]
    yield from 'ab'
    yield from range(2)
print(list(deleg()))
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield 'inner caught ' + str(e)
def wrap():
    yield from thrower()
w = wrap()
next(w)
print(w.throw(ValueError('x')))
def closing():
    try:
        yield 1
    finally:
        print('inner finally')
def wrap2():
    try:
        yield from closing()
    finally:
        print('outer finally')
w = wrap2()
next(w)
w.close()
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)
print(list(tree(3)))
class It:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
def fromiter():
    r = yield from It()
    print('ret', r)
print(list(fromiter()))
def gen_ret():
    return (yield from (x * 2 for x in range(3)))
print(list(gen_ret()))
def sends():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
def driver():
    r = yield from sends()
    yield 'final ' + str(r)
d = driver()
next(d)
d.send(5)
d.send(6)
print(d.send(None))
