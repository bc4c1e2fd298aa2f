# A generator lambda returns what its yield expression evaluated to (its body's value).
f = lambda: (yield 1)
g = f()
print(next(g))
try:
    g.send(42)
except StopIteration as e:
    print('returned', e.value)

h = lambda x: (yield from x)
print(list(h([1, 2, 3])))


def sub():
    yield 'a'
    return 'done'


k = h(sub())
print(next(k))
try:
    next(k)
except StopIteration as e:
    print('returned', e.value)

# a StopIteration raised inside stays a StopIteration (no RuntimeError wrapper)
boom = lambda: ((yield 1), next(iter(())))
b = boom()
next(b)
try:
    b.send(None)
except StopIteration as e:
    print('StopIteration', repr(e.value))
except RuntimeError as e:
    print('RuntimeError', e)
print([type(x).__name__ for x in (f, f())], f.__code__.co_flags & 0x20 != 0)
