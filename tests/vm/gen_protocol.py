def g():
    x = yield 1
    print('got', x)
    try:
        y = yield 2
        print('got', y)
    except KeyError as e:
        print('caught', repr(e))
        yield 'after throw'
    return 'done'
it = g()
print(next(it), it.send('a'), it.throw(KeyError('k')))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value)
it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
print(it.gi_running, it.gi_frame is not None, it.gi_code.co_name, it.__name__, it.__qualname__)
def h():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
x = h()
next(x)
print(x.close())
print(x.gi_frame)
def r():
    try:
        yield
    except GeneratorExit:
        return 'close value'
z = r()
next(z)
print(z.close())
def bad():
    try:
        yield
    except GeneratorExit:
        yield 'oops'
b = bad()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(e)
def once():
    yield 1
o = once()
print(list(o), list(o))
def raiser():
    yield 1
    raise ValueError('in gen')
try:
    list(raiser())
except ValueError as e:
    print(e)
def stops():
    yield 1
    raise StopIteration
try:
    list(stops())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)
t = once()
try:
    t.throw(ValueError('thrown before start'))
except ValueError as e:
    print(e)
print(next(t, 'exhausted'))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'reset':
            n = 0
        else:
            n += 1
c = counter()
print(next(c), next(c), next(c), c.send('reset'), next(c))
def running():
    yield r2.gi_running
r2 = running()
print(next(r2))
def selfref():
    yield next(s)
s = selfref()
try:
    next(s)
except ValueError as e:
    print(e)
