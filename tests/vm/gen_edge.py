def g():
    yield 1
    yield 2
it = g()
print(it.gi_running, it.gi_suspended if hasattr(it, 'gi_suspended') else 'n/a', it.gi_yieldfrom)
next(it)
print(it.gi_frame.f_lineno > 0, it.gi_code.co_name)
def running():
    try:
        next(me)
    except ValueError as e:
        yield str(e)
me = running()
print(next(me))
def yf():
    yield from inner_gen
inner_gen = (x for x in range(3))
y = yf()
next(y)
print(y.gi_yieldfrom is inner_gen, type(y.gi_yieldfrom).__name__)
def ret_in_finally():
    try:
        yield 1
    finally:
        return 'from finally'
r = ret_in_finally()
next(r)
try:
    next(r)
except StopIteration as e:
    print('stop', e.value)
def gen_exc_state():
    try:
        raise KeyError('inside')
    except KeyError:
        yield __import__('sys').exc_info()[0].__name__
        yield __import__('sys').exc_info()[0].__name__
ge = gen_exc_state()
print(next(ge))
import sys
print(sys.exc_info()[0])
print(next(ge))
def close_twice():
    yield 1
c = close_twice()
c.close()
c.close()
print(list(c))
def send_after_done():
    yield 1
sd = send_after_done()
list(sd)
try:
    sd.send(1)
except StopIteration:
    print('StopIteration after exhaustion')
def throw_tb():
    yield 1
t = throw_tb()
next(t)
try:
    t.throw(ValueError, ValueError('tb style'), None)
except ValueError as e:
    print('throw with type,value', e)
def nested_gen():
    def inner():
        x = yield 'inner1'
        yield f'inner got {x}'
    i = inner()
    yield next(i)
    yield i.send('S')
print(list(nested_gen()))
print(type(g).__name__, type(g()).__name__, g.__code__.co_flags & 0x20 != 0)
class GenMethod:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        for i in range(self.n):
            yield i * self.n
print(list(GenMethod(3)), sum(GenMethod(4)))
def infinite():
    i = 0
    while True:
        yield i
        i += 1
inf = infinite()
print([next(inf) for _ in range(5)])
inf.close()
print(next(inf, 'closed'))
